"""Checks on uploaded files: size, and that the content really is of the type its name claims
(the first bytes of the file), so a renamed executable or HTML page is refused."""

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

MAX_UPLOAD_BYTES = 20 * 1024 * 1024

# Extension -> accepted leading bytes (offset, bytes).
SIGNATURES = {
    "pdf": [(0, b"%PDF-")],
    "docx": [(0, b"PK\x03\x04")],
    "doc": [(0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")],
    "mp3": [(0, b"ID3"), (0, b"\xff\xfb"), (0, b"\xff\xf3"), (0, b"\xff\xf2")],
    "ogg": [(0, b"OggS")],
    "opus": [(0, b"OggS")],
    "m4a": [(4, b"ftyp")],
    "jpg": [(0, b"\xff\xd8\xff")],
    "jpeg": [(0, b"\xff\xd8\xff")],
    "png": [(0, b"\x89PNG\r\n\x1a\n")],
    "webp": [(8, b"WEBP")],
}


def validate_upload_size(file):
    if file.size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("The file is %(size)s; the limit is %(limit)s."),
            params={"size": filesizeformat(file.size), "limit": filesizeformat(MAX_UPLOAD_BYTES)},
            code="too_large",
        )


def validate_file_signature(file):
    extension = file.name.rsplit(".", 1)[-1].lower() if "." in file.name else ""
    signatures = SIGNATURES.get(extension)
    if signatures is None:
        return
    position = file.tell() if hasattr(file, "tell") else 0
    file.seek(0)
    head = file.read(16)
    file.seek(position)
    if not any(head[offset : offset + len(magic)] == magic for offset, magic in signatures):
        raise ValidationError(
            _("The file's content is not a .%(extension)s file."),
            params={"extension": extension},
            code="wrong_type",
        )
