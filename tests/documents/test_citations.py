"""A citation (a benefit's legal basis, a published answer's, an officer's draft answer's) reads
the articles one way: each part as written, linked to the article's heading when it names one."""

import pytest

from policies.models import LegalBasis
from qa.models import AnswerCitation, QuestionCitation

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", [LegalBasis, AnswerCitation, QuestionCitation])
def test_each_article_cited_links_to_its_heading(model, loan_decree):
    citation = model(document=loan_decree, articles="Điều 14, khoản 2; Điều 3a")
    url = loan_decree.get_absolute_url()
    assert citation.article_links() == [
        ("Điều 14", f"{url}#dieu-14"),
        ("khoản 2", url),
        ("Điều 3a", f"{url}#dieu-3a"),
    ]
    assert model(document=loan_decree, articles="").article_links() == []
