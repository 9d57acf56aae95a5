from django.core.exceptions import BadRequest


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
