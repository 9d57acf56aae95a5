"""Logging filters for the portal's handlers."""

import logging


class ClientErrorsOneLine(logging.Filter):
    """Log a request that failed by the client's fault (a 4xx answer, or a suspicious request
    Django refused) as one line, without the traceback: it says nothing about our code, and
    anyone could otherwise fill the disk by sending bad requests. Server errors keep theirs."""

    def filter(self, record):
        status = getattr(record, "status_code", None)
        client_error = (status is not None and 400 <= status < 500) or record.name.startswith(
            "django.security."
        )
        if client_error and record.exc_info:
            record.exc_info = None
            record.exc_text = None
        if client_error:
            # The message may quote what the client sent: keep it on one line.
            record.msg = str(record.getMessage()).replace("\n", "\\n").replace("\r", "\\r")
            record.args = ()
        return True
