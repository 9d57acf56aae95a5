"""Pages that belong to the portal as a whole rather than to one domain app."""

from django.db import connection
from django.db.utils import DatabaseError
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from ubdt_portal import home as home_sections


@require_safe
def home(request):
    return render(request, "home.html", {"sections": home_sections.render_sections(request)})


def favicon(request):
    return redirect(static("img/favicon.svg"), permanent=True)


@never_cache
def healthz(request):
    """Liveness plus a real round trip to the database; 503 when the database is unreachable."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def bad_request(request, exception=None):
    return render(request, "400.html", status=400)


def permission_denied(request, exception=None):
    return render(request, "403.html", status=403)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)
