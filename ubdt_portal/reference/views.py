"""The pages of reference data: an ethnic group's page shows the group and what each domain
app contributes about it (ubdt_portal/sections.py)."""

from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from ubdt_portal import sections

from .models import EthnicGroup


@require_safe
def ethnic_group(request, slug):
    group = get_object_or_404(EthnicGroup, slug=slug)
    return render(
        request,
        "reference/ethnic_group.html",
        {"group": group, "sections": sections.render("ethnic_group", request, group=group)},
    )
