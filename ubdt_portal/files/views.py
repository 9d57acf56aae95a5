"""Uploaded files, served at MEDIA_URL to whoever may see the content they belong to.

Public content's files are public (and cacheable); a draft's or a scheduled item's files answer
404, as its page does, except to staff allowed to view it (for preview). Documents download under
their own name; audio and images open in the page. With MEDIA_ACCEL_REDIRECT_PREFIX set, the
proxy in front (nginx) sends the bytes from an internal location after this view has decided.
"""

import posixpath
from urllib.parse import quote

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_safe

from ubdt_portal import uploads

from . import registry

# Long enough for caches to spare the server, short enough that a withdrawn item's files leave
# shared caches within the hour.
PUBLIC_MAX_AGE = 60 * 60


def _is_clean(name):
    """A relative path of plain segments: no "..", ".", empty segment, backslash or NUL. Stored
    names never contain them, so a request that does is not for a file we hold."""
    if not name or "\\" in name or "\x00" in name:
        return False
    return all(part not in ("", ".", "..") for part in name.split("/"))


def _may_preview(user, owner):
    opts = owner._meta
    return user.is_authenticated and user.has_perm(f"{opts.app_label}.view_{opts.model_name}")


@require_safe
def serve(request, name):
    if not _is_clean(name):
        raise Http404
    found = registry.find(name)
    if found is None:
        raise Http404
    if found.owner.is_public and not found.staff_only:
        public = True
    elif _may_preview(request.user, found.owner):
        public = False
    else:
        raise Http404

    filename = posixpath.basename(name)
    as_attachment = uploads.is_document(name)
    content_type = uploads.content_type(name)
    prefix = settings.MEDIA_ACCEL_REDIRECT_PREFIX
    if prefix:
        response = HttpResponse(content_type=content_type)
        response["X-Accel-Redirect"] = prefix.rstrip("/") + "/" + quote(name)
        response["Content-Disposition"] = content_disposition_header(as_attachment, filename)
    else:
        try:
            handle = found.file.storage.open(found.file.name, "rb")
        except OSError:
            # The row is there but the file is not (a restored database without its media).
            raise Http404 from None
        response = FileResponse(
            handle, as_attachment=as_attachment, filename=filename, content_type=content_type
        )
    response["X-Content-Type-Options"] = "nosniff"
    if public:
        patch_cache_control(response, public=True, max_age=PUBLIC_MAX_AGE)
    else:
        patch_cache_control(response, private=True, no_store=True)
    return response
