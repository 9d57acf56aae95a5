from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from ubdt_portal import sitemaps, views
from ubdt_portal.files import views as file_views

# Any content type's page as the public will see it, for staff, whatever its status.
PREVIEW_PATH = "xem-truoc/"

admin.site.site_header = _("Ethnic policy portal — administration")
admin.site.site_title = _("Portal administration")
admin.site.index_title = _("Content management")

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    # For crawlers, in no language of their own: every language's pages are listed together.
    path(
        "robots.txt",
        views.robots_txt,
        # Staff pages, a citizen's own question, and pages that are only a query's answers:
        # endless, and repeating the pages the sitemap lists.
        {"disallow": ["/" + PREVIEW_PATH, "qa:lookup", "search:search", "policies:finder?"]},
        name="robots",
    ),
    path("sitemap.xml", sitemaps.index, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemaps.section, name="sitemap_section"),
    # Browsers ask for /favicon.ico on pages that name no icon (the admin, files).
    path("favicon.ico", views.favicon),
    # A staff member sets a new password from the link the system administrator's "send a
    # password reset e-mail" sent to their own address (there is no public reset form).
    path(
        f"{settings.ADMIN_URL}dat-lai-mat-khau/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        f"{settings.ADMIN_URL}dat-lai-mat-khau/xong/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path(settings.ADMIN_URL, admin.site.urls),
    # Uploads, each checked against the visibility of the content it belongs to.
    path(f"{settings.MEDIA_URL.strip('/')}/<path:name>", file_views.serve, name="media"),
]

# Vietnamese has no prefix; every other language is the same path under its code.
urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("chinh-sach/", include("policies.urls")),
    path("van-ban/", include("documents.urls")),
    path("dan-toc/", include("ubdt_portal.reference.urls")),
    # The 3,321 communes: choose a province, then a commune, or look one up by name.
    path("xa/", include("ubdt_portal.reference.commune_urls")),
    path("tin-tuc/", include("news.urls")),
    path("hoi-dap/", include("qa.urls")),
    path("tim-kiem/", include("ubdt_portal.search.urls")),
    path("rss/", include("news.feed_urls")),
    path("rss/", include("policies.feed_urls")),
    path(PREVIEW_PATH, include("ubdt_portal.publishing.urls")),
    prefix_default_language=False,
)

handler400 = "ubdt_portal.views.bad_request"
handler403 = "ubdt_portal.views.permission_denied"
handler404 = "ubdt_portal.views.page_not_found"
handler500 = "ubdt_portal.views.server_error"
