"""The public forms' choice lists (ubdt_portal/choices.py): the same HTML as Django's select, one
query for a list, and the chosen value found in that list rather than asked for again."""

import pytest
from django import forms

from ubdt_portal import choices
from ubdt_portal.reference.models import Province

pytestmark = pytest.mark.django_db


class ProvinceForm(forms.Form):
    province = choices.ModelChoiceField(
        Province.objects.order_by("name"), to_field_name="slug", required=False
    )


def test_a_chosen_value_and_the_list_shown_cost_one_query(django_assert_num_queries):
    form = ProvinceForm({"province": "lao-cai"})
    with django_assert_num_queries(1):
        assert form.is_valid()
        html = str(form["province"])
    assert form.cleaned_data["province"] == Province.objects.get(slug="lao-cai")
    assert '<option value="lao-cai" selected>Lào Cai</option>' in html
    assert html.count("<option") == Province.objects.count() + 1


@pytest.mark.parametrize("value", ["khong-co", "1", "<b>", "x" * 500])
def test_a_value_not_in_the_list_is_a_vietnamese_form_error(value):
    form = ProvinceForm({"province": value})
    assert not form.is_valid()
    assert form.errors["province"] == DjangosProvinceForm({"province": value}).errors["province"]
    assert "Select a valid choice" not in str(form.errors)


def test_a_nul_character_is_refused_as_Django_does():
    form = ProvinceForm({"province": "lao\x00cai"})
    assert not form.is_valid()


class DjangosProvinceForm(forms.Form):
    province = forms.ModelChoiceField(
        Province.objects.order_by("name"), to_field_name="slug", required=False
    )


def test_same_html_as_djangos_own_select():
    def normalised(form):
        return " ".join(str(form["province"]).split())

    chosen = {"province": "ha-noi"}
    assert normalised(ProvinceForm(chosen)) == normalised(DjangosProvinceForm(chosen))
