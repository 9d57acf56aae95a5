"""The pages of reference data: an ethnic group's page and a commune's page show the group or
commune and what each domain app contributes about it (ubdt_portal/sections.py); the commune
pages are reached without JavaScript by choosing a province, then a commune, or by name."""

from django.db.models.functions import Collate
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_safe

from ubdt_portal import sections
from ubdt_portal.vietnamese import slugify

from .forms import CommuneFinderForm
from .models import Commune, CommuneClassification, CommuneRegion, EthnicGroup, Province

# A name search lists at most this many communes; a longer list asks for more of the name.
MAX_FOUND = 50


@require_safe
def ethnic_group(request, slug):
    group = get_object_or_404(EthnicGroup, slug=slug)
    return render(
        request,
        "reference/ethnic_group.html",
        {"group": group, "sections": sections.render("ethnic_group", request, group=group)},
    )


def current_classifications(commune_ids):
    """{commune id: its classification in the most recent list that names it}, in one query
    (the same rule as Commune.current_classification)."""
    rows = (
        CommuneClassification.objects.filter(commune_id__in=commune_ids)
        .select_related("region", "region_list")
        .order_by("commune_id", "-region_list__decision_date", "-region_list_id")
        .distinct("commune_id")
    )
    return {row.commune_id: row for row in rows}


@require_safe
def communes(request):
    """Choose a province (its list of communes), or look a commune up by name or code."""
    form = CommuneFinderForm(request.GET or None)
    found = None
    if form.is_valid():
        province, query = form.cleaned_data["province"], form.cleaned_data["q"]
        if province and not query:
            return redirect(province.get_communes_url())
        words = slugify(query)
        if words:
            matches = Commune.objects.select_related("province").order_by(
                Collate("name", "vi-x-icu"), "code"
            )
            if province:
                matches = matches.filter(province=province)
            if query.isdigit():
                matches = matches.filter(code=query.zfill(5))
            else:
                matches = matches.filter(slug__contains=words)
            found = list(matches[: MAX_FOUND + 1])
    return render(
        request,
        "reference/communes.html",
        {
            "form": form,
            "found": found[:MAX_FOUND] if found is not None else None,
            "too_many": found is not None and len(found) > MAX_FOUND,
            "max_found": MAX_FOUND,
            "provinces": Province.objects.all(),
        },
    )


@require_safe
def communes_of_province(request, province):
    """A province's communes (up to 168), each with its current region: rows built here, not
    by the template, because this is the longest list the commune pages show."""
    province = get_object_or_404(Province, slug=province)
    communes = province.communes.order_by(Collate("name", "vi-x-icu"), "code").values_list(
        "pk", "kind", "name", "slug"
    )
    regions = {region.pk: region for region in CommuneRegion.objects.all()}
    classified = {
        commune_id: (regions.get(region_id), is_sample)
        for commune_id, region_id, is_sample in CommuneClassification.objects.filter(
            commune__province=province
        )
        .order_by("commune_id", "-region_list__decision_date", "-region_list_id")
        .distinct("commune_id")
        .values_list("commune_id", "region_id", "region_list__is_sample")
    }
    base = province.get_communes_url()
    rows = [
        {
            "url": f"{base}{slug}/",
            "name": f"{Commune.KIND_PREFIX.get(kind, '')} {name}".strip(),
            "classified": pk in classified,
            "region": classified.get(pk, (None, False))[0],
            "sample": classified.get(pk, (None, False))[1],
        }
        for pk, kind, name, slug in communes
    ]
    return render(
        request,
        "reference/communes_of_province.html",
        {
            "province": province,
            # Regional notices (e.g. a flood alert) of this province show on its pages.
            "notice_provinces": [province.pk],
            "communes": rows,
            "sample": any(is_sample for _region, is_sample in classified.values()),
            "form": CommuneFinderForm(initial={"province": province}),
        },
    )


@require_safe
def commune(request, province, commune):
    commune = get_object_or_404(
        Commune.objects.select_related("province"), province__slug=province, slug=commune
    )
    return render(
        request,
        "reference/commune.html",
        {
            "commune": commune,
            "notice_provinces": [commune.province_id],
            "classification": commune.current_classification(),
            "sections": sections.render("commune", request, commune=commune),
        },
    )
