"""An ethnic group's page: the group itself, then what every app contributes about it."""

import pytest

from policies.models import Benefit
from tests.factories import make
from ubdt_portal import sections
from ubdt_portal.reference.models import EthnicGroup

pytestmark = pytest.mark.django_db


def benefit(title, *groups):
    item = make(Benefit, title_vi=title)
    item.ethnic_groups.set(groups)
    return item


def test_ethnic_group_page_lists_its_benefits(client):
    mong = EthnicGroup.objects.get(slug="mong")
    named = benefit("Chính sách hỗ trợ nhà ở cho đồng bào Mông", mong)
    benefit("Chính sách chung cho mọi dân tộc")
    html = client.get("/dan-toc/mong/").content.decode()
    assert "Chính sách cho đồng bào dân tộc Mông" in html
    assert "1 chính sách nêu rõ dân tộc Mông" in html
    assert named.title_vi in html
    assert "Chính sách chung cho mọi dân tộc" not in html
    assert "Ngoài ra còn 1 chính sách áp dụng chung cho mọi dân tộc thiểu số." in html
    assert 'href="/chinh-sach/?group=mong"' in html
    assert "H&#x27;Mông" in html or "H'Mông" in html  # other names shown


def test_the_page_is_about_the_group(client):
    EthnicGroup.objects.filter(slug="o-du").update(description="Sống chủ yếu ở Nghệ An.")
    response = client.get("/dan-toc/o-du/")
    html = response.content.decode()
    assert "<title>Dân tộc Ơ Đu" in html and "<h1>Dân tộc Ơ Đu</h1>" in html
    assert "Dân tộc rất ít người (dưới 10.000 người), được hưởng thêm hỗ trợ." in html
    assert "Sống chủ yếu ở Nghệ An." in html
    assert "Chưa có chính sách nào nêu riêng dân tộc này." in html


def test_a_group_with_many_benefits_is_shown_a_page_at_a_time(client, monkeypatch):
    monkeypatch.setattr("policies.views.PER_PAGE", 2)  # three benefits make two pages
    mong = EthnicGroup.objects.get(slug="mong")
    for n in range(3):
        benefit(f"Chính sách số {n} cho đồng bào Mông", mong)
    first = client.get("/dan-toc/mong/").content.decode()
    assert "3 chính sách nêu rõ dân tộc Mông" in first
    assert first.count("cho đồng bào Mông</a>") == 2
    assert 'href="?page=2"' in first
    second = client.get("/dan-toc/mong/", {"page": 2}).content.decode()
    assert second.count("cho đồng bào Mông</a>") == 1


def test_the_page_shows_every_section_an_app_contributes(client, settings, tmp_path):
    (tmp_path / "news_section.html").write_text(
        "<section><h2>Tin tức về đồng bào {{ section.group.name }}</h2></section>"
    )
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], tmp_path]}
    ]
    # Under a name of its own: the news app's real section stays registered for other tests.
    sections.register(
        "ethnic_group",
        "example",
        order=30,
        template_name="news_section.html",
        get_context=lambda request, group: {"group": group},
    )
    try:
        html = client.get("/dan-toc/mong/").content.decode()
    finally:
        sections.unregister("ethnic_group", "example")
    assert "<h2>Tin tức về đồng bào Mông</h2>" in html
    # After the benefits (order 10).
    assert html.index("Chính sách cho đồng bào dân tộc Mông") < html.index("Tin tức về đồng bào")


@pytest.mark.parametrize("path", ["/dan-toc/khong-co/", "/en/dan-toc/khong-co/"])
def test_unknown_groups_are_not_found(client, path):
    assert client.get(path).status_code == 404
