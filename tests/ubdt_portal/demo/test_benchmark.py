"""`manage.py benchmark` times the home page and the pages each app names in its demo.py."""

from io import StringIO

import pytest
from django.core.management import call_command

from tests.factories import make, publishable_models

pytestmark = pytest.mark.django_db


def test_benchmark_times_the_pages_every_app_names():
    items = [make(model) for model in publishable_models()]
    out = StringIO()
    call_command("benchmark", requests=1, stdout=out)
    lines = out.getvalue().splitlines()
    timed = [line.split()[0] for line in lines[2:] if not line.startswith(" ")]
    assert timed[0] == "/"
    # One from each of the apps that name pages today: reference, search, policies.
    assert {"/dan-toc/mong/", "/tim-kiem/?q=hoc+sinh", "/chinh-sach/"} <= set(timed)
    assert {item.get_absolute_url() for item in items} <= set(timed)
    assert lines[0].startswith("Published: 1 ")
    # Under each page, the plan of its slowest query.
    assert any(line.startswith("    slowest query ") for line in lines)
    assert any("Scan" in line for line in lines if line.startswith("      "))
