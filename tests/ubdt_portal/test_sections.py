"""Pages composed of sections that apps contribute: shown in order, each given what the page is
about, left out when it has nothing to show; a misspelt page is refused at registration."""

import pytest
from django.test import RequestFactory

from ubdt_portal import sections


@pytest.fixture
def contributed(monkeypatch):
    """Register sections on pages that have none of the apps' own, for this test only."""
    for page in sections.PAGES:
        monkeypatch.setitem(sections._sections, page, {})
    return sections.register


def test_sections_come_in_order_with_what_the_page_is_about(contributed):
    request = RequestFactory().get("/dan-toc/mong/")
    contributed(
        "ethnic_group",
        "z-later",
        order=90,
        template_name="later.html",
        get_context=lambda request, group: {"about": f"sau {group}"},
    )
    contributed(
        "ethnic_group",
        "a-first",
        order=1,
        template_name="first.html",
        get_context=lambda request, group: {"about": f"trước {group}"},
    )
    contributed(
        "ethnic_group",
        "empty",
        order=50,
        template_name="empty.html",
        get_context=lambda request, group: {},
    )
    shown = [
        (section["template_name"], section["context"])
        for section in sections.render("ethnic_group", request, group="Mông")
    ]
    assert shown == [("first.html", {"about": "trước Mông"}), ("later.html", {"about": "sau Mông"})]


def test_a_section_for_a_page_that_does_not_exist_is_refused():
    with pytest.raises(ValueError, match="home-page"):
        sections.register("home-page", "x", order=1, template_name="x.html", get_context=dict)


def test_a_page_must_pass_what_its_sections_expect(rf):
    with pytest.raises(TypeError):
        sections.render("ethnic_group", rf.get("/"))
