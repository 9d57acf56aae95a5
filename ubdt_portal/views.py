"""Pages that belong to the portal as a whole rather than to one domain app."""

import sys

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.db import connection
from django.db.utils import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from ubdt_portal import sections


@require_safe
def home(request):
    # The home page shows every alert in force, wherever it applies (ubdt_portal/notices.py).
    context = {"sections": sections.render("home", request), "notice_everything": True}
    return render(request, "home.html", context)


@require_safe
def robots_txt(request, disallow=()):
    """What crawlers may index: the public site, but not the admin nor `disallow`, in every
    language. An entry of `disallow` is a URL name ("qa:lookup"), "?" after it keeping the page
    itself and disallowing its answers to a query only, or a path under each language's root
    beginning with "/" (a prefix with no page of its own)."""
    lines = ["User-agent: *", f"Disallow: /{settings.ADMIN_URL}", "Disallow: /healthz"]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            root = reverse("home")
            for entry in disallow:
                if entry.startswith("/"):
                    lines.append(f"Disallow: {root}{entry.lstrip('/')}")
                else:
                    name, query = entry.removesuffix("?"), "?" if entry.endswith("?") else ""
                    lines.append(f"Disallow: {reverse(name)}{query}")
    lines += ["Allow: /", "", f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


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


# How long a client should wait before trying again while the database is unavailable.
RETRY_AFTER_SECONDS = 30


def bad_request(request, exception=None):
    if isinstance(exception, RequestDataTooBig):
        return render(request, "413.html", status=413)
    return render(request, "400.html", status=400)


def csrf_failure(request, reason=""):
    """A form sent without a valid security token (an expired page, blocked cookies)."""
    return render(request, "403_csrf.html", status=403)


def server_error(request):
    """The 500 page, or the 503 page when the cause is a database that cannot be reached or
    did not answer in time. Both are rendered without the page shell's context (site settings
    live in the database)."""
    if isinstance(sys.exception(), OperationalError | InterfaceError):
        response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return HttpResponse(render_to_string("500.html"), status=500)


def permission_denied(request, exception=None):
    return render(request, "403.html", status=403)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)
