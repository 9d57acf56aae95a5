import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ubdt_portal.settings")

application = get_wsgi_application()

# Only the web process bounds its database round trips (management commands may run long).
from ubdt_portal import database_deadline  # noqa: E402 (needs the settings configured)

database_deadline.install()
