"""Checks on uploaded files: the size, and that the whole content opens, with a well-kept parser
of that format, as the type the file's name claims — a PDF with pypdf, a Word document with
python-docx, audio with mutagen, an image with Pillow. A renamed HTML page, a file that only
starts like a PDF, or an image that would unpack to gigabytes is refused with a message beside the
field. Documents and audio must also begin with their format's signature (`SIGNATURES`): pypdf,
zipfile and mutagen find their format anywhere in a file, so a web page followed by a real PDF
would open as a PDF, and a browser that sniffs the content would show the page.

Every file field of the portal takes its validators from `upload_validators(kind)`, so that all
fields of a kind accept the same formats and are checked the same way.

Old Word documents (.doc) are not accepted: nothing well-kept parses their content (olefile reads
the container, not the document inside), the format carries macros, and every Word since 2007
saves .docx or PDF, which the public can open without Microsoft Office.
"""

import logging
import posixpath
import uuid
import zipfile

import docx
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.template.defaultfilters import filesizeformat
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _
from mutagen.mp3 import MP3
from mutagen.mp4 import MP4
from mutagen.oggopus import OggOpus
from mutagen.oggvorbis import OggVorbis
from PIL import Image
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError

# pypdf logs each defect of a damaged or fake PDF as a warning; the editor is told beside the
# field, and a refused upload is no event for the server's log.
logging.getLogger("pypdf").setLevel(logging.ERROR)

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
# A .docx is a ZIP archive; what it unpacks to is what python-docx holds in memory.
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
# Larger than any photograph a page needs (a 48-megapixel phone camera), small enough that
# decoding cannot take the server's memory: about 160 MB as RGBA.
MAX_IMAGE_PIXELS = 40_000_000

# Extension -> the Content-Type the file is served with.
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "mp3": "audio/mpeg",
    "ogg": "audio/ogg",
    "opus": "audio/ogg",
    "m4a": "audio/mp4",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "webp": "image/webp",
}
EXTENSIONS = {
    "document": ["pdf", "docx"],
    "audio": ["mp3", "ogg", "opus", "m4a"],
    "image": ["jpg", "jpeg", "png", "webp"],
}


def extension_of(name):
    base = posixpath.basename(name or "")
    return base.rsplit(".", 1)[-1].lower() if "." in base else ""


def content_type(name):
    return CONTENT_TYPES.get(extension_of(name), "application/octet-stream")


def is_document(name):
    """Documents are downloaded; audio and images are shown in the page."""
    return extension_of(name) not in EXTENSIONS["audio"] + EXTENSIONS["image"]


@deconstructible
class random_folder:  # noqa: N801 - used like the function it replaces: upload_to=random_folder(…)
    """`upload_to` that stores each file in a folder of its own with a random name, under
    `prefix`: the file keeps the name it was uploaded with (made safe by the storage), and the
    files of unpublished content cannot be found by guessing addresses."""

    def __init__(self, prefix):
        self.prefix = prefix.strip("/")

    def __call__(self, instance, filename):
        return f"{self.prefix}/{uuid.uuid4().hex}/{posixpath.basename(filename)}"

    def __eq__(self, other):
        return isinstance(other, random_folder) and other.prefix == self.prefix


def upload_validators(kind):
    """The validators of a file field holding `kind` ("document", "audio" or "image")."""
    return [
        FileExtensionValidator(EXTENSIONS[kind]),
        validate_upload_size,
        CONTENT_VALIDATORS[kind],
    ]


def _new_upload(file):
    """Files already stored were checked when they were uploaded. Saving a form again must not
    read every stored file back (nor fail when one is missing from storage)."""
    return not getattr(file, "_committed", False)


def validate_upload_size(file):
    if _new_upload(file) and file.size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("The file is %(size)s; the limit is %(limit)s."),
            params={"size": filesizeformat(file.size), "limit": filesizeformat(MAX_UPLOAD_BYTES)},
            code="too_large",
        )


def _parse(file, parse):
    """`parse(file)` from the file's start, or None when it fails; the file is put back at its
    start for saving. Any exception means the content is not of the format: parsers of hostile
    input fail in many ways (their own errors, but also KeyError, ValueError, struct.error…)."""
    file.seek(0)
    try:
        return parse(file)
    except ValidationError:
        raise
    except Exception:
        return None
    finally:
        file.seek(0)


def _pdf_pages(stream):
    try:
        return len(PdfReader(stream).pages)
    except FileNotDecryptedError:
        raise ValidationError(
            _("The PDF is protected by a password; upload a copy that opens without one."),
            code="encrypted",
        ) from None


def _unpacked_size(stream):
    with zipfile.ZipFile(stream) as archive:
        return sum(member.file_size for member in archive.infolist())


# The first bytes that each format begins with. Nothing may come before them: the PDF
# specification tolerates up to 1,024 bytes of anything before `%PDF-`, but no program that makes
# PDFs writes any, and what comes first is what a sniffing browser judges the file by. An MP3
# begins with an ID3 tag or with the sync bits of its first MPEG audio frame (11 bits set). Images
# need no entry: Pillow itself reads them from their first byte.
SIGNATURES = {
    "pdf": lambda head: head.startswith(b"%PDF-"),
    "docx": lambda head: head.startswith(b"PK\x03\x04"),
    "mp3": lambda head: head.startswith(b"ID3") or (head[:1] == b"\xff" and head[1:2] >= b"\xe0"),
    "ogg": lambda head: head.startswith(b"OggS"),
    "opus": lambda head: head.startswith(b"OggS"),
    "m4a": lambda head: head[4:8] == b"ftyp",
}


def _check_signature(file, extension):
    """Refuse a file whose content parses but does not begin with its format's signature."""
    begins_right = SIGNATURES.get(extension)
    if begins_right is not None and not _parse(file, lambda stream: begins_right(stream.read(8))):
        raise ValidationError(
            _(
                "The file is named .%(extension)s but does not begin as such a file: something "
                "else (a web page, for example) comes before its content. Save the file again "
                "from the program that made it and upload that copy."
            ),
            params={"extension": extension},
            code="wrong_type",
        )


def validate_document_content(file):
    if not _new_upload(file):
        return
    extension = extension_of(file.name)
    if extension == "pdf" and not _parse(file, _pdf_pages):
        raise ValidationError(
            _("The file is named .pdf but does not open as a PDF document with pages."),
            code="wrong_type",
        )
    if extension == "docx":
        # A .docx is a ZIP archive: refuse one that would unpack to more than memory allows
        # before python-docx reads it. python-docx then refuses any package whose main part is
        # not a Word document (a plain ZIP, a spreadsheet, a macro-enabled .docm).
        size = _parse(file, _unpacked_size)
        if size is not None and size > MAX_UNPACKED_BYTES:
            raise ValidationError(
                _("The Word document unpacks to %(size)s; the limit is %(limit)s."),
                params={
                    "size": filesizeformat(size),
                    "limit": filesizeformat(MAX_UNPACKED_BYTES),
                },
                code="too_large",
            )
        if size is None or _parse(file, docx.Document) is None:
            raise ValidationError(
                _("The file is named .docx but does not open as a Word document."),
                code="wrong_type",
            )
    _check_signature(file, extension)


# What each extension may hold; the browser is told the type from the extension.
AUDIO_PARSERS = {"mp3": [MP3], "ogg": [OggVorbis, OggOpus], "opus": [OggOpus], "m4a": [MP4]}


def _is_audio(parsed):
    if isinstance(parsed, MP4):
        # An MP4 container may hold video alone; an .m4a must carry an audio track (AAC, ALAC).
        return parsed.info.length > 0 and parsed.info.codec.startswith(("mp4a", "alac"))
    return parsed.info.length > 0


def validate_audio_content(file):
    if not _new_upload(file):
        return
    extension = extension_of(file.name)
    parsers = AUDIO_PARSERS.get(extension)
    if parsers is None:
        return
    for parser in parsers:
        parsed = _parse(file, parser)
        if parsed is not None and _is_audio(parsed):
            _check_signature(file, extension)
            return
    raise ValidationError(
        _("The file is named .%(extension)s but its content is not audio of that format."),
        params={"extension": extension},
        code="wrong_type",
    )


IMAGE_FORMATS = {"jpg": "JPEG", "jpeg": "JPEG", "png": "PNG", "webp": "WEBP"}


def _image_header(stream):
    try:
        with Image.open(stream) as image:
            return image.size, image.format
    except Image.DecompressionBombError:
        # Pillow's own limit is far above ours: report it as too large, not as broken.
        return (MAX_IMAGE_PIXELS + 1, 1), None


def _decode_image(stream):
    # verify() checks the structure (PNG checksums) and leaves the image unusable, so the file
    # is opened again; load() decodes every pixel, so a truncated file fails there.
    with Image.open(stream) as image:
        image.verify()
    stream.seek(0)
    with Image.open(stream) as image:
        image.load()
    return True


def validate_image_content(file):
    if not _new_upload(file):
        return
    extension = extension_of(file.name)
    if extension not in IMAGE_FORMATS:
        return
    wrong_type = ValidationError(
        _("The file is named .%(extension)s but does not open as an image of that format."),
        params={"extension": extension},
        code="wrong_type",
    )
    header = _parse(file, _image_header)
    if header is None:
        raise wrong_type
    (width, height), image_format = header
    # Checked before decoding: a small file can unpack to gigabytes of pixels.
    if width * height > MAX_IMAGE_PIXELS:
        raise ValidationError(
            _(
                "The image has more than %(limit)s million pixels; make it smaller and upload "
                "it again."
            ),
            params={"limit": MAX_IMAGE_PIXELS // 1_000_000},
            code="too_large",
        )
    if image_format != IMAGE_FORMATS[extension] or not _parse(file, _decode_image):
        raise wrong_type


CONTENT_VALIDATORS = {
    "document": validate_document_content,
    "audio": validate_audio_content,
    "image": validate_image_content,
}
