"""The search page in headless Chromium (axe-core) and the Nu HTML Checker, with results of
every searchable content type, one type paged through, and nothing found."""

import pytest

from tests.conftest import html_errors
from tests.factories import make, publishable_models
from ubdt_portal.languages import default_language, localized_name
from ubdt_portal.search import registry
from ubdt_portal.search.models import Searchable

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def pages():
    for model in publishable_models():
        if issubclass(model, Searchable):
            column = localized_name(model, model.search_title_fields[0], default_language())
            for n in range(registry.PER_PAGE + 2):
                make(model, **{column: f"Hỗ trợ sinh kế số {n}"})
    found = {"every type": "/tim-kiem/?q=ho+tro+sinh+ke", "nothing": "/tim-kiem/?q=khongco"}
    for source in registry.sources():
        found[source.key] = f"/tim-kiem/?q=ho+tro+sinh+ke&type={source.key}&page=2"
    return found


def test_search_pages_are_accessible_and_valid(portal, client, pages):
    violations = {}
    for name, path in pages.items():
        portal.goto(path)
        if found := portal.axe_violations():
            violations[name] = found
    assert violations == {}
    portal.assert_clean()
    documents = {name: client.get(path).content.decode() for name, path in pages.items()}
    assert html_errors(documents) == {}
