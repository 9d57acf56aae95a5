"""Real small files for upload and download tests.

Documents and images are made here, with the libraries that the portal uses to check them. The
audio clips beside this file (half a second of a 440 Hz tone, a few KB each) were encoded once
with Debian's ffmpeg 5.1, so that no encoder is needed to run the tests:

    ffmpeg -f lavfi -i sine=frequency=440:duration=0.5 -ac 1 -ar 16000 <codec> \
        -map_metadata -1 -fflags +bitexact -flags:a +bitexact tone.<ext>

with <codec> `-c:a libmp3lame -b:a 32k` (mp3), `-c:a libvorbis -q:a 0` (ogg),
`-c:a libopus -b:a 12k` (opus) and `-c:a aac -b:a 24k -movflags +faststart` (m4a); and an MP4
holding video alone: `ffmpeg -f lavfi -i color=c=red:s=64x64:d=0.5 -c:v mpeg4 -f mp4
video-only.m4a`.
"""

import io
import zipfile
from pathlib import Path

import docx as python_docx
from PIL import Image
from pypdf import PdfWriter
from pypdf.annotations import FreeText

HERE = Path(__file__).resolve().parent


def audio(name):
    return (HERE / name).read_bytes()


def pdf(title="Quyết định số 1719/QĐ-TTg", password=None):
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.add_annotation(0, FreeText(text=title, rect=(50, 700, 545, 780)))
    writer.add_metadata(
        {
            "/Title": title,
            "/Subject": "Phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội "
            "vùng đồng bào dân tộc thiểu số và miền núi",
        }
    )
    if password:
        writer.encrypt(password)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def docx(text="Quyết định số 1719/QĐ-TTg"):
    document = python_docx.Document()
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def zip_archive(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def image(image_format="PNG", size=(40, 30), mode="RGB"):
    out = io.BytesIO()
    Image.new(mode, size, "white" if mode != "1" else 1).save(out, image_format)
    return out.getvalue()


def photo(width=1600, height=1000):
    """JPEG bytes of a photograph-like picture: sky, hills, fields and fine grain, so that
    encoders have about as much detail to keep as in a real photograph."""
    from PIL import ImageChops, ImageDraw

    picture = Image.new("RGB", (width, height), (110, 160, 210))
    pen = ImageDraw.Draw(picture)
    for n in range(12):
        top = height * 35 // 100 + n * height // 20
        peaks = [(x, top + (x * (n + 3) // 7) % 120) for x in range(0, width + 80, 80)]
        pen.polygon([(0, height), *peaks, (width, height)], fill=(40 + n * 12, 110 + n * 8, 50))
    for n in range(60):
        x, y = (n * 271) % width, height // 2 + (n * 131) % (height // 2)
        pen.rectangle([x, y, x + 40 + n % 30, y + 30 + n % 20], fill=(150 + n, 90 + n, 60))
    # Texture at the scale of leaves and stones, which survives resizing as a photograph's does.
    grain = Image.effect_noise((width // 3, height // 3), 30).resize((width, height))
    grain = grain.convert("RGB")
    picture = ImageChops.add(
        ImageChops.multiply(picture, Image.new("RGB", picture.size, (230,) * 3)),
        grain,
        scale=1.6,
        offset=-20,
    )
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=90)
    return out.getvalue()
