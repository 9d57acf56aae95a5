"""Demo news: the articles of articles.py, pictures drawn here with Pillow (nothing is
downloaded), and two sample alerts, one expired and one in force.

Idempotent: an article is found by its slug and saved only when its text differs; pictures are
stored once under fixed names; the sample alerts are found by their message.
"""

import datetime
import io
from datetime import timedelta

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone
from django.utils.html import escape
from PIL import Image as PILImage
from PIL import ImageDraw

from documents.models import LegalDocument
from news.models import Alert, AlertLevel, Article, Category
from ubdt_portal.images.models import ORIGINALS_DIR, Image
from ubdt_portal.publishing.models import Status
from ubdt_portal.publishing.richtext import sanitize
from ubdt_portal.reference.models import EthnicGroup, Province

from .articles import ARTICLES

# name: (what it shows — its text alternative, its caption)
PICTURES = {
    "ruong": (
        "Hình vẽ ruộng bậc thang xanh dưới dãy núi",
        "Hình vẽ minh họa: ruộng bậc thang vùng núi (không phải ảnh chụp).",
    ),
    "nui": (
        "Hình vẽ những dãy núi xếp lớp dưới bầu trời",
        "Hình vẽ minh họa: núi rừng vùng cao (không phải ảnh chụp).",
    ),
    "hop": (
        "Hình vẽ một bàn họp dài với các ghế hai bên",
        "Hình vẽ minh họa: phòng họp (không phải ảnh chụp).",
    ),
    "truong": (
        "Hình vẽ một ngôi trường nhỏ mái đỏ bên sân cờ",
        "Hình vẽ minh họa: trường học vùng cao (không phải ảnh chụp).",
    ),
    "nha": (
        "Hình vẽ một ngôi nhà sàn bên đồi",
        "Hình vẽ minh họa: nhà ở vùng cao (không phải ảnh chụp).",
    ),
    "tram-y-te": (
        "Hình vẽ một trạm y tế có dấu chữ thập đỏ",
        "Hình vẽ minh họa: trạm y tế xã (không phải ảnh chụp).",
    ),
    "song": (
        "Hình vẽ dòng sông uốn quanh chân núi",
        "Hình vẽ minh họa: sông suối mùa mưa (không phải ảnh chụp).",
    ),
    "rung": (
        "Hình vẽ rừng cây xanh trên sườn đồi",
        "Hình vẽ minh họa: rừng đầu nguồn (không phải ảnh chụp).",
    ),
    "dien-thoai": (
        "Hình vẽ một chiếc điện thoại hiện trang tra cứu chính sách",
        "Hình vẽ minh họa: đọc cổng thông tin trên điện thoại (không phải ảnh chụp).",
    ),
}
CREDIT = "Hình vẽ minh họa của dữ liệu mẫu"
SIZE = (1200, 675)

SAMPLE_ALERTS = [
    {
        "message_vi": "[Cảnh báo mẫu] Mưa lớn có thể gây lũ quét và sạt lở đất ở vùng núi. Hãy "
        "theo dõi thông báo của chính quyền xã và tránh xa sườn dốc, bờ suối.",
        "message_en": "[Sample alert] Heavy rain may cause flash floods and landslides in the "
        "mountains. Follow the commune's announcements and keep away from slopes and streams.",
        "level": AlertLevel.WARNING,
        "provinces": ["Lào Cai", "Điện Biên", "Lai Châu"],
        "active": True,
    },
    {
        "message_vi": "[Cảnh báo mẫu, đã hết hạn] Bão đã đi qua; cảnh báo này chỉ còn trong "
        "lịch sử và không hiện trên trang.",
        "message_en": "[Sample alert, expired] The storm has passed; this alert is kept in the "
        "history and no longer shown.",
        "level": AlertLevel.DANGER,
        "provinces": [],
        "active": False,
    },
]


def draw(name, width=SIZE[0], height=SIZE[1]):
    """A simple flat drawing for the picture `name`, as JPEG bytes."""
    picture = PILImage.new("RGB", (width, height), (196, 224, 240))
    pen = ImageDraw.Draw(picture)
    horizon = height * 55 // 100
    for n, shade in enumerate([(120, 150, 130), (90, 130, 100), (60, 110, 80)]):
        top = horizon - height // 4 + n * height // 10
        peaks = [(x, top + ((x // 7 + n * 40) % 90)) for x in range(0, width + 200, 200)]
        pen.polygon([(0, height), *peaks, (width, height)], fill=shade)
    ground = (70, 140, 70)
    if name == "ruong":
        for n in range(8):
            y = horizon + n * (height - horizon) // 8
            pen.rectangle([0, y, width, y + 30], fill=(110 + n * 12, 170 + n * 6, 60))
    elif name == "song":
        pen.rectangle([0, horizon, width, height], fill=ground)
        for n in range(12):
            x = width // 3 + (n % 3) * 40
            pen.ellipse(
                [x - 200, horizon + n * 25, x + 260, horizon + n * 25 + 60], fill=(80, 140, 200)
            )
    elif name == "rung":
        pen.rectangle([0, horizon, width, height], fill=ground)
        for n in range(40):
            x, y = (n * 137) % width, horizon + (n * 53) % (height - horizon)
            pen.polygon([(x, y - 90), (x - 35, y), (x + 35, y)], fill=(30, 90 + n % 40, 40))
    elif name in {"hop", "truong", "nha", "tram-y-te"}:
        pen.rectangle([0, horizon, width, height], fill=ground)
        left, top = width // 3, horizon - height // 5
        wall = {"hop": (230, 220, 200), "truong": (240, 230, 180)}.get(name, (200, 170, 120))
        pen.rectangle([left, top, 2 * width // 3, horizon + 60], fill=wall)
        pen.polygon(
            [(left - 40, top), (width // 2, top - 120), (2 * width // 3 + 40, top)],
            fill=(170, 40, 40),
        )
        if name == "tram-y-te":
            cx, cy = width // 2, top + 90
            pen.rectangle([cx - 15, cy - 50, cx + 15, cy + 50], fill=(200, 0, 0))
            pen.rectangle([cx - 50, cy - 15, cx + 50, cy + 15], fill=(200, 0, 0))
        if name == "hop":
            pen.rectangle(
                [left + 60, horizon - 20, 2 * width // 3 - 60, horizon + 20], fill=(120, 80, 40)
            )
    elif name == "dien-thoai":
        pen.rectangle([0, horizon, width, height], fill=ground)
        pen.rounded_rectangle(
            [width // 2 - 130, 80, width // 2 + 130, height - 60], 30, fill=(30, 30, 30)
        )
        pen.rectangle([width // 2 - 110, 130, width // 2 + 110, height - 110], fill=(250, 250, 250))
        for n in range(6):
            y = 160 + n * 55
            pen.rectangle(
                [width // 2 - 90, y, width // 2 + 90 - (n % 3) * 30, y + 18], fill=(160, 20, 25)
            )
    else:
        pen.rectangle([0, horizon + 80, width, height], fill=ground)
    data = io.BytesIO()
    picture.save(data, "JPEG", quality=85)
    return data.getvalue()


def demo_image(name):
    """The drawn picture `name`, stored once under a fixed name, with its description."""
    file_name = f"{ORIGINALS_DIR}/demo/{name}.jpg"
    image = Image.objects.filter(file=file_name).first()
    if image is not None:
        return image
    if not default_storage.exists(file_name):
        file_name = default_storage.save(file_name, ContentFile(draw(name)))
    alt, caption = PICTURES[name]
    image = Image(file=file_name, alt_vi=alt, caption_vi=caption, credit=CREDIT)
    image.save()
    return image


def stored(article, field):
    """The field's value, with an empty translation read as "" (it may be stored as NULL)."""
    value = getattr(article, field)
    return "" if value is None else value


def paragraphs(texts):
    """HTML paragraphs as they are stored (sanitised), so that a second run sees no change."""
    return sanitize("\n".join(f"<p>{escape(text)}</p>" for text in texts))


# The hour a dated report is published on its day.
REPORTED_AT = datetime.time(16, 0)


def seed(command):
    categories = {c.slug: c for c in Category.objects.all()}
    groups = {g.name: g for g in EthnicGroup.objects.all()}
    provinces = {p.name: p for p in Province.objects.all()}
    images = {}
    now = timezone.now()
    for n, entry in enumerate(ARTICLES):
        if entry["picture"] not in images:
            images[entry["picture"]] = demo_image(entry["picture"])
        values = {"category": categories[entry["category"]], "image": images[entry["picture"]]}
        for language in ("vi", "en"):
            if language in entry["title"]:
                values[f"title_{language}"] = entry["title"][language]
                values[f"lead_{language}"] = entry["lead"][language]
                values[f"body_{language}"] = paragraphs(entry["body"][language])
        if "date" in entry:
            # A report is dated the day of what it reports (afternoon, Vietnam time).
            day = datetime.date.fromisoformat(entry["date"])
            values["publish_at"] = timezone.make_aware(datetime.datetime.combine(day, REPORTED_AT))
        values["is_sample"] = entry.get("sample", False)
        values["author_vi"] = "Ban biên tập (dữ liệu mẫu)" if values["is_sample"] else ""
        article = Article.objects.filter(slug=entry["slug"]).first()
        if article is None:
            # Listed in the order of the file, newest first, published when seeded.
            article = Article(
                slug=entry["slug"],
                status=Status.PUBLISHED,
                publish_at=now - timedelta(hours=n),
                featured=n < 3,
            )
        if article.pk is None or any(stored(article, k) != v for k, v in values.items()):
            for field, value in values.items():
                setattr(article, field, value)
            article.save()
        article.ethnic_groups.set([groups[name] for name in entry.get("groups", [])])
        article.provinces.set([provinces[name] for name in entry.get("provinces", [])])
        article.related_documents.set(
            LegalDocument.objects.filter(document_number__in=entry.get("documents", []))
        )
    seed_alerts(provinces, now)
    command.stdout.write(
        f"Demo news: {len(ARTICLES)} articles, {len(SAMPLE_ALERTS)} sample alerts."
    )


def seed_alerts(provinces, now):
    for entry in SAMPLE_ALERTS:
        alert = Alert.objects.filter(message_vi=entry["message_vi"]).first()
        if entry["active"]:
            starts, expires = now - timedelta(hours=1), now + timedelta(days=7)
        else:
            starts, expires = now - timedelta(days=10), now - timedelta(days=9)
        if alert is None:
            alert = Alert(message_vi=entry["message_vi"], starts_at=starts, expires_at=expires)
        elif entry["active"] and alert.expires_at <= now:
            # The sample that shows how an alert looks stays in force on a demo machine.
            alert.starts_at, alert.expires_at = starts, expires
        elif alert.message_en == entry["message_en"]:
            continue
        alert.message_en = entry["message_en"]
        alert.level = entry["level"]
        alert.is_published = True
        alert.is_sample = True
        alert.save()
        alert.provinces.set([provinces[name] for name in entry["provinces"]])


def benchmark_pages():
    """The news pages `manage.py benchmark` times: the list, a category, one article, a feed."""
    pages = ["/tin-tuc/", "/tin-tuc/?category=phong-chong-thien-tai&page=1", "/rss/tin-tuc.xml"]
    article = Article.objects.published().order_by("pk").first()
    if article:
        pages.append(article.get_absolute_url())
    return pages
