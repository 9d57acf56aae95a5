"""Uploads are checked by parsing their whole content with a well-kept parser of the format their
name claims: real files pass, and files that only look like one at the start are refused with a
Vietnamese message. (The messages beside the admin's fields: tests/policies/test_admin.py.)"""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from pypdf import PdfWriter

from tests import samples
from ubdt_portal import uploads


def refusals(kind, name, data):
    """The messages that a file field holding `kind` gives for this upload; [] when accepted."""
    upload = SimpleUploadedFile(name, data)
    messages = []
    for validator in uploads.upload_validators(kind):
        try:
            validator(upload)
        except ValidationError as error:
            messages += error.messages
    return messages


NOT_A_PDF = "Tệp có đuôi .pdf nhưng không mở được như một tài liệu PDF có trang nội dung."
NOT_A_DOCX = "Tệp có đuôi .docx nhưng không mở được như một văn bản Word."


def test_real_pdf_and_word_documents_are_accepted():
    assert refusals("document", "quyet-dinh.pdf", samples.pdf()) == []
    assert refusals("document", "quyet-dinh.docx", samples.docx()) == []
    assert refusals("document", "QUYET-DINH.PDF", samples.pdf()) == []


def test_a_file_that_starts_like_a_pdf_and_continues_as_html_is_refused():
    html = b"%PDF-1.7\n<html><body><script>alert(document.cookie)</script></body></html>\n"
    assert refusals("document", "van-ban.pdf", html) == [NOT_A_PDF]
    # Even with an end-of-file marker, there is no PDF structure to open.
    assert refusals("document", "van-ban.pdf", html + b"%%EOF\n") == [NOT_A_PDF]


@pytest.mark.parametrize(
    "data",
    [
        b"<html><script>alert(1)</script></html>",
        samples.pdf()[:200],  # cut off after the header
        samples.docx(),  # a Word document renamed
        b"",
    ],
    ids=["html", "truncated", "docx-renamed", "empty"],
)
def test_files_that_do_not_open_as_a_pdf_are_refused(data):
    assert refusals("document", "van-ban.pdf", data) == [NOT_A_PDF]


def test_a_pdf_without_pages_is_refused():
    empty = io.BytesIO()
    PdfWriter().write(empty)
    assert refusals("document", "trong.pdf", empty.getvalue()) == [NOT_A_PDF]


def test_a_password_protected_pdf_is_refused_with_its_own_message():
    assert refusals("document", "mat.pdf", samples.pdf(password="bi-mat")) == [
        "Tệp PDF được bảo vệ bằng mật khẩu; hãy tải lên bản mở được mà không cần mật khẩu."
    ]


def _docm():
    """A real Word document whose package says it is macro-enabled (.docm)."""
    source = zipfile.ZipFile(io.BytesIO(samples.docx()))
    members = {}
    for name in source.namelist():
        data = source.read(name)
        if name == "[Content_Types].xml":
            data = data.replace(
                b"wordprocessingml.document.main+xml", b"ms-word.document.macroEnabled.main+xml"
            )
        members[name] = data
    return samples.zip_archive(members)


@pytest.mark.parametrize(
    "data",
    [
        samples.zip_archive({"readme.txt": b"not a Word document"}),
        _docm(),
        samples.docx()[:5000],
        b"PK\x03\x04<html><script>alert(1)</script></html>",
        samples.pdf(),
    ],
    ids=["plain-zip", "macro-enabled", "truncated", "zip-header-then-html", "pdf-renamed"],
)
def test_files_that_do_not_open_as_a_word_document_are_refused(data):
    assert refusals("document", "van-ban.docx", data) == [NOT_A_DOCX]


def test_a_word_document_that_unpacks_to_too_much_is_refused(monkeypatch):
    monkeypatch.setattr(uploads, "MAX_UNPACKED_BYTES", 1024 * 1024)
    bomb = samples.zip_archive({"[Content_Types].xml": b"\0" * (2 * 1024 * 1024)})
    assert len(bomb) < 10_000
    assert refusals("document", "bom.docx", bomb) == [
        "Văn bản Word khi giải nén có dung lượng 2,0\xa0MB; giới hạn là 1,0\xa0MB."
    ]


def test_old_word_documents_are_not_accepted():
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1000
    [message] = refusals("document", "van-ban.doc", ole)
    assert "“doc”" in message and "pdf, docx" in message


@pytest.mark.parametrize("name", ["tone.mp3", "tone.ogg", "tone.opus", "tone.m4a"])
def test_real_audio_of_each_format_is_accepted(name):
    assert refusals("audio", name, samples.audio(name)) == []


def test_opus_in_an_ogg_file_is_accepted():
    assert refusals("audio", "tom-tat.ogg", samples.audio("tone.opus")) == []


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("tom-tat.mp3", b"<html><body>" + b"x" * 4000 + b"</body></html>"),
        ("tom-tat.mp3", samples.audio("tone.ogg")),
        ("tom-tat.ogg", samples.audio("tone.mp3")),
        ("tom-tat.opus", samples.audio("tone.ogg")),
        ("tom-tat.m4a", samples.audio("tone.mp3")),
        ("tom-tat.mp3", samples.audio("tone.m4a")),
        ("tom-tat.m4a", samples.audio("video-only.m4a")),
        ("tom-tat.ogg", b"OggS" + b"\0" * 200),
    ],
    ids=[
        "html-as-mp3",
        "vorbis-as-mp3",
        "mp3-as-ogg",
        "vorbis-as-opus",
        "mp3-as-m4a",
        "m4a-as-mp3",
        "video-only-m4a",
        "ogg-magic-only",
    ],
)
def test_audio_must_parse_as_the_format_its_name_claims(name, data):
    extension = name.rsplit(".", 1)[1]
    assert refusals("audio", name, data) == [
        f"Tệp có đuôi .{extension} nhưng nội dung không phải là âm thanh định dạng đó."
    ]


@pytest.mark.parametrize(
    ("name", "image_format"),
    [("anh.png", "PNG"), ("anh.jpg", "JPEG"), ("anh.jpeg", "JPEG"), ("anh.webp", "WEBP")],
)
def test_real_images_are_accepted(name, image_format):
    assert refusals("image", name, samples.image(image_format)) == []


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("anh.png", samples.image("PNG", size=(200, 200))[:-40]),
        ("anh.jpg", samples.image("JPEG", size=(400, 300))[:300]),
        ("anh.jpg", samples.image("PNG")),
        ("anh.png", b"\x89PNG\r\n\x1a\n<html><script>alert(1)</script></html>"),
    ],
    ids=["truncated-png", "truncated-jpeg", "png-as-jpg", "png-header-then-html"],
)
def test_images_must_decode_as_the_format_their_name_claims(name, data):
    extension = name.rsplit(".", 1)[1]
    assert refusals("image", name, data) == [
        f"Tệp có đuôi .{extension} nhưng không mở được như một ảnh định dạng đó."
    ]


# A web page followed by a real file: pypdf, zipfile and mutagen find the format further on, and
# a browser sniffing the content sees the page.
WEB_PAGE = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>\n"
DOES_NOT_BEGIN_AS = (
    "Tệp có đuôi .{extension} nhưng không bắt đầu như một tệp định dạng đó: có nội dung khác "
    "(ví dụ một trang web) đứng trước. Hãy lưu lại tệp từ chương trình đã tạo ra nó rồi tải lên "
    "bản đó."
)


NOT_AUDIO = "Tệp có đuôi .{extension} nhưng nội dung không phải là âm thanh định dạng đó."
NOT_AN_IMAGE = "Tệp có đuôi .{extension} nhưng không mở được như một ảnh định dạng đó."


@pytest.mark.parametrize(
    ("kind", "name", "data", "message"),
    [
        # pypdf, zipfile and mutagen's MP3 reader find the file after the page: they are told why.
        ("document", "van-ban.pdf", samples.pdf(), DOES_NOT_BEGIN_AS),
        ("document", "van-ban.docx", samples.docx(), DOES_NOT_BEGIN_AS),
        ("audio", "tom-tat.mp3", samples.audio("tone.mp3"), DOES_NOT_BEGIN_AS),
        # These parsers read from the first byte and do not open the file at all.
        ("audio", "tom-tat.ogg", samples.audio("tone.ogg"), NOT_AUDIO),
        ("audio", "tom-tat.opus", samples.audio("tone.opus"), NOT_AUDIO),
        ("audio", "tom-tat.m4a", samples.audio("tone.m4a"), NOT_AUDIO),
        ("image", "anh.png", samples.image("PNG"), NOT_AN_IMAGE),
        ("image", "anh.jpg", samples.image("JPEG"), NOT_AN_IMAGE),
        ("image", "anh.webp", samples.image("WEBP"), NOT_AN_IMAGE),
    ],
    ids=["pdf", "docx", "mp3", "ogg", "opus", "m4a", "png", "jpeg", "webp"],
)
def test_a_web_page_followed_by_a_real_file_is_refused(kind, name, data, message):
    assert refusals(kind, name, data) == []  # the file itself is accepted
    extension = name.rsplit(".", 1)[1]
    assert refusals(kind, name, WEB_PAGE + data) == [message.format(extension=extension)]


def test_an_mp3_without_a_tag_begins_with_its_first_frame_and_is_accepted():
    tagged = samples.audio("tone.mp3")
    assert tagged.startswith(b"ID3")
    # An ID3v2 tag is a 10-byte header and the size in its last four bytes, 7 bits each.
    size = 10 + sum(byte << (7 * (3 - i)) for i, byte in enumerate(tagged[6:10]))
    untagged = tagged[size:]
    assert untagged[0] == 0xFF
    assert refusals("audio", "tom-tat.mp3", untagged) == []
    assert refusals("audio", "tom-tat.mp3", b"\0" + untagged) == [
        DOES_NOT_BEGIN_AS.format(extension="mp3")
    ]


TOO_MANY_PIXELS = "Ảnh có hơn {limit} triệu điểm ảnh; hãy thu nhỏ ảnh rồi tải lên lại."


def test_an_image_with_too_many_pixels_is_refused_before_it_is_decoded():
    # 7,000 × 7,000 one-bit pixels: a 30 KB file that would decode to 49 million pixels.
    data = samples.image("PNG", size=(7000, 7000), mode="1")
    assert len(data) < 100_000
    assert refusals("image", "anh.png", data) == [TOO_MANY_PIXELS.format(limit=40)]


def test_a_decompression_bomb_is_reported_as_too_large_not_as_broken(monkeypatch):
    # Pillow refuses outright an image above twice its own limit; shrink that limit to see it.
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100)
    monkeypatch.setattr(uploads, "MAX_IMAGE_PIXELS", 1_000_000_000)
    assert refusals("image", "anh.png", samples.image("PNG", size=(40, 30))) == [
        TOO_MANY_PIXELS.format(limit=1000)
    ]


def test_a_file_over_the_size_limit_is_refused(monkeypatch):
    monkeypatch.setattr(uploads, "MAX_UPLOAD_BYTES", 1000)
    assert "Tệp có dung lượng" in refusals("document", "lon.pdf", samples.pdf())[0]


def test_a_checked_file_is_handed_back_at_its_start_for_saving():
    pdf = samples.pdf()
    upload = SimpleUploadedFile("quyet-dinh.pdf", pdf)
    for validator in uploads.upload_validators("document"):
        validator(upload)
    assert upload.read() == pdf


def test_files_are_served_with_the_type_of_their_extension():
    assert uploads.content_type("chinh-sach/abc/quyet-dinh.PDF") == "application/pdf"
    assert uploads.content_type("chinh-sach/abc/tom-tat.opus") == "audio/ogg"
    assert uploads.content_type("chinh-sach/abc/cu.doc") == "application/octet-stream"
    assert uploads.is_document("chinh-sach/abc/cu.doc")
    assert not uploads.is_document("chinh-sach/abc/tom-tat.m4a")


def test_each_upload_gets_a_folder_of_its_own_and_keeps_its_name():
    upload_to = uploads.random_folder("chinh-sach")
    first = upload_to(None, "quyet-dinh.pdf")
    second = upload_to(None, "quyet-dinh.pdf")
    assert first != second
    for name in (first, second):
        prefix, folder, filename = name.split("/")
        assert (prefix, filename) == ("chinh-sach", "quyet-dinh.pdf")
        assert len(folder) == 32  # 128 random bits: not guessable


def test_the_upload_folder_is_written_into_migrations_by_its_prefix():
    path, args, kwargs = uploads.random_folder("anh").deconstruct()
    assert (path, args, kwargs) == ("ubdt_portal.uploads.random_folder", ("anh",), {})
