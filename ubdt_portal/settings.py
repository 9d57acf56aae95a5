"""Settings for the ethnic-policy portal.

One module for every environment: everything that differs between a laptop, CI and production is
read from environment variables (see `.env.example`). A `.env` file beside manage.py is read when
present; the setup script writes one with a local database URL and a random secret key.
"""

from datetime import timedelta
from pathlib import Path

import environ
from django.conf.locale import LANG_INFO

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)

if DEBUG:
    SECRET_KEY = env("SECRET_KEY", default="dev-only-insecure-key-never-use-in-production")
else:
    SECRET_KEY = env("SECRET_KEY")

ALLOWED_HOSTS = env.list(
    "ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"] if DEBUG else []
)
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

ADMIN_URL = env("ADMIN_URL", default="quan-tri/").strip("/") + "/"
# The admin's home page lists published content not reviewed for this many months.
PUBLISHING_STALE_MONTHS = env.int("PUBLISHING_STALE_MONTHS", default=12)

# Demo content (accounts with published passwords) may be loaded only when this is set, and
# never while ALLOWED_HOSTS names a host other than this machine: see seed_demo.
DEMO = env.bool("DEMO", default=False)

INSTALLED_APPS = [
    # modeltranslation must come before the admin so its admin patches apply.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    # Its templates (sitemap.xml, sitemap_index.xml), for ubdt_portal/sitemaps.py.
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "axes",
    "csp",
    "simple_history",
    # The portal's shared machinery, then the domain apps that use it.
    "ubdt_portal",
    "ubdt_portal.reference",
    "ubdt_portal.publishing",
    "ubdt_portal.search",
    "ubdt_portal.files",
    "ubdt_portal.images",
    "imagekit",
    "ubdt_portal.demo",
    "accounts",
    "documents",
    "policies",
    "news",
    "qa",
    # Last, so that it sees every model's file fields: a file leaves storage when its row is
    # deleted or its file replaced, once the transaction has committed.
    "django_cleanup.apps.CleanupConfig",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "ubdt_portal.middleware.RejectNullBytesMiddleware",
    "ubdt_portal.middleware.RejectLongAddressesMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Axes last, so it sees the outcome of every authentication attempt.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "ubdt_portal.urls"
WSGI_APPLICATION = "ubdt_portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "ubdt_portal.context_processors.portal",
            ],
            "libraries": {"portal": "ubdt_portal.templatetags.portal"},
        },
    },
]

# Database -------------------------------------------------------------------------------------
# Persistent connections with health checks: opening a PostgreSQL connection costs more than
# rendering most pages, and the health check lets the app survive a database restart.
DATABASES = {
    "default": env.db("DATABASE_URL", default="postgres://postgres@127.0.0.1:5432/ubdt_portal"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=600)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# A database that accepts connections but never answers must not hang the workers: give up
# connecting after a few seconds and stop any statement that runs too long, so that pages answer
# with the 503 page instead. JIT compilation costs the finder and the library more than it saves
# (from ~9,000 policies PostgreSQL starts compiling them: 43 ms -> 193 ms), so it is off.
DATABASE_CONNECT_TIMEOUT = env.int("DATABASE_CONNECT_TIMEOUT", default=3)
DATABASE_STATEMENT_TIMEOUT = env.int("DATABASE_STATEMENT_TIMEOUT", default=15)
# ... and a server that stops answering on an open connection (ubdt_portal/database_deadline.py):
# the web process gives up on a query after this many seconds (a little longer than the
# server's own statement timeout, so that it normally cancels the statement first).
DATABASE_ANSWER_TIMEOUT = env.float(
    "DATABASE_ANSWER_TIMEOUT", default=DATABASE_STATEMENT_TIMEOUT + 1
)
DATABASES["default"].setdefault("OPTIONS", {}).update(
    {
        "connect_timeout": DATABASE_CONNECT_TIMEOUT,
        "options": f"-c jit=off -c statement_timeout={DATABASE_STATEMENT_TIMEOUT * 1000}",
    }
)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}

# Accounts -------------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "admin:login"

# Failed logins: five tries per account and address, twenty per address across all accounts,
# then an hour's pause (see accounts/login_throttle.py). A stranger's guesses thus never lock a
# staff member out at their own address, and guessing across many accounts stops too.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
LOGIN_ADDRESS_FAILURE_LIMIT = env.int("LOGIN_ADDRESS_FAILURE_LIMIT", default=20)
AXES_HANDLER = "accounts.login_throttle.AccountAndAddressHandler"
AXES_COOLOFF_TIME = timedelta(hours=1)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_CALLABLE = "accounts.models.login_attempt_username"
# Number of our own reverse proxies in front of the app; see ubdt_portal/client_address.py.
PROXY_COUNT = env.int("PROXY_COUNT", default=0)
AXES_CLIENT_IP_CALLABLE = "ubdt_portal.client_address.client_address"

# Languages ------------------------------------------------------------------------------------
# The content languages are fixed here because modeltranslation adds a column per language.
# (code, name in Vietnamese as used mid-sentence, name in the language itself for the switcher)
PORTAL_LANGUAGES = [
    ("vi", "tiếng Việt", "Tiếng Việt"),
    ("en", "tiếng Anh", "English"),
    ("hmn", "tiếng Mông", "Hmoob"),
    ("blt", "tiếng Thái", "Tai Dam"),
    ("km", "tiếng Khmer", "ខ្មែរ"),
    ("rad", "tiếng Ê Đê", "Êđê"),
    ("jra", "tiếng Gia Rai", "Jrai"),
    ("bdq", "tiếng Ba Na", "Bahnar"),
]
for _code, _name_vi, _name_local in PORTAL_LANGUAGES:
    LANG_INFO[_code] = {
        "bidi": False,
        "code": _code,
        "name": LANG_INFO.get(_code, {}).get("name", _name_vi),
        "name_local": _name_local,
        "name_vi": _name_vi,
    }

LANGUAGE_CODE = "vi"
LANGUAGES = [(code, name_local) for code, _name_vi, name_local in PORTAL_LANGUAGES]
# Languages whose interface strings are translated; the others show the Vietnamese interface.
INTERFACE_LANGUAGES = ["vi", "en"]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Ho_Chi_Minh"
# Dates the Vietnamese way (dd/mm/yyyy) in every language, see ubdt_portal/formats.
FORMAT_MODULE_PATH = ["ubdt_portal.formats"]
DATE_FORMAT = SHORT_DATE_FORMAT = "d/m/Y"
DATETIME_FORMAT = SHORT_DATETIME_FORMAT = "H:i d/m/Y"

MODELTRANSLATION_DEFAULT_LANGUAGE = "vi"
MODELTRANSLATION_LANGUAGES = tuple(code for code, _n, _l in PORTAL_LANGUAGES)
MODELTRANSLATION_FALLBACK_LANGUAGES = ("vi",)
# The tabbed translation admin would load jQuery UI from a CDN; serve our own copy.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

# Static and media files -----------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
# Uploads are served by ubdt_portal.files, which checks that their content is public. Behind
# nginx, set this to an `internal` location that maps to MEDIA_ROOT: the view then answers with
# X-Accel-Redirect and nginx sends the bytes (see README, Configuration).
MEDIA_ACCEL_REDIRECT_PREFIX = env("MEDIA_ACCEL_REDIRECT_PREFIX", default="")
# Renditions of images (ubdt_portal/images) are made when the image is saved, and their
# addresses are then written into pages without asking storage whether they exist.
IMAGEKIT_CACHEFILE_DIR = "ban-sao-anh"
IMAGEKIT_DEFAULT_CACHEFILE_STRATEGY = "imagekit.cachefiles.strategies.Optimistic"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Tests render pages without running collectstatic first.
WHITENOISE_MANIFEST_STRICT = False

# E-mail ---------------------------------------------------------------------------------------
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="cong-thong-tin@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# The portal's public address, for links in e-mails (to the Q&A lookup page).
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000")

# Questions and answers (qa) -------------------------------------------------------------------
# Questions one client (address, see client_address.py) may send per window of seconds, and
# wrong tracking codes one client may try per window before the lookup pauses. The counts live
# in the cache: with several app servers, CACHE_URL must name a shared cache.
QA_ASK_LIMIT = env.int("QA_ASK_LIMIT", default=5)
QA_ASK_WINDOW = env.int("QA_ASK_WINDOW", default=3600)
QA_LOOKUP_FAILURE_LIMIT = env.int("QA_LOOKUP_FAILURE_LIMIT", default=10)
QA_LOOKUP_WINDOW = env.int("QA_LOOKUP_WINDOW", default=3600)
# Days after a question is closed before `erase_personal_data` erases the asker's data.
QA_RETENTION_DAYS = env.int("QA_RETENTION_DAYS", default=365)
# Tries of an e-mail to an asker (send_question_emails) before it is left for staff to see.
QA_EMAIL_MAX_ATTEMPTS = env.int("QA_EMAIL_MAX_ATTEMPTS", default=10)

# Security -------------------------------------------------------------------------------------
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if env.bool("BEHIND_TLS_PROXY", default=False) else None
)
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=False)
# The load balancer probes the health check over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = 0 if DEBUG else env.int("SECURE_HSTS_SECONDS", default=31536000)
# Both bind every subdomain (and, with preload, browsers' built-in lists) to HTTPS for a year or
# more: a decision for whoever runs the domain, so off unless set.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=False)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=False)
# Django warns about both being off; here that is a decision made above, not an oversight.
SILENCED_SYSTEM_CHECKS = ["security.W005", "security.W021"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=not DEBUG)
CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=not DEBUG)
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
CSRF_FAILURE_VIEW = "ubdt_portal.views.csrf_failure"
# Longest address (path and query string) a page answers; longer ones get the 414 page.
MAX_URL_LENGTH = 8192

# No inline script or style anywhere, nothing from another host. The admin lives with the same
# policy: Django's admin and the portal's admin assets need no inline code.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "media-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "camera": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
}

# Logging: errors to stderr, where gunicorn and systemd collect them. A client's mistake (4xx)
# is one line, never a traceback, so a flood of bad requests cannot fill the disk.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"client_errors_one_line": {"()": "ubdt_portal.log_filters.ClientErrorsOneLine"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["client_errors_one_line"]}
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="WARNING")},
}
