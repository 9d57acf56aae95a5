from django.conf import settings
from django.core.exceptions import BadRequest
from django.shortcuts import render


class RejectNullBytesMiddleware:
    """A NUL byte is never part of a real address or search; PostgreSQL refuses it in text.
    Answer such requests with the Vietnamese 400 page instead of letting a view fail."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or any(
            "\x00" in key or any("\x00" in value for value in values)
            for key, values in request.GET.lists()
        ):
            raise BadRequest("NUL byte in the request")
        return self.get_response(request)


class RejectLongAddressesMiddleware:
    """No page needs an address longer than MAX_URL_LENGTH; answer longer ones with the
    Vietnamese 414 page. The application server lets them through (see gunicorn.conf.py) so
    that a visitor never meets its English error page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        length = len(request.path_info) + len(request.META.get("QUERY_STRING", ""))
        if length > settings.MAX_URL_LENGTH:
            return render(request, "414.html", status=414)
        return self.get_response(request)
