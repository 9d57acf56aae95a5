"""What benefits contribute to pages they do not own: the home page, an ethnic group's page, a
commune's page and a legal document's page (the search source is declared in search.py)."""

from .finder import find
from .models import Benefit, LegalBasis
from .views import paginate

HOME_FEATURED = 4
COMMUNE_LISTED = 20


def home_context(request):
    benefits = list(Benefit.objects.for_listing().not_ended().filter(featured=True)[:HOME_FEATURED])
    return {"benefits": benefits} if benefits else {}


def ethnic_group_context(request, group):
    """The benefits that name the group, a page at a time, and how many more cover every
    minority (always shown: "none names this group" is worth saying)."""
    listed = Benefit.objects.for_listing()
    return {
        "group": group,
        "page": paginate(request, listed.naming(Benefit.ethnic_groups, group)),
        "general_count": listed.for_everyone_in(Benefit.ethnic_groups).count()
        if group.is_minority
        else 0,
    }


def commune_context(request, commune):
    """The benefits that can apply to anyone living in the commune: its province, its region
    and its especially difficult villages from the current region list."""
    classification = commune.current_classification()
    region = classification.region if classification else None
    villages = bool(classification and classification.village_list)
    found = find(
        province=commune.province, region=region, difficult_villages=villages, reasons=False
    )
    benefits = list(found[: COMMUNE_LISTED + 1])
    return {
        "commune": commune,
        "benefits": benefits[:COMMUNE_LISTED],
        "more": len(benefits) > COMMUNE_LISTED,
        "finder_query": f"province={commune.province.slug}&commune={commune.code}",
    }


def document_context(request, document):
    """The benefits that rest on the document; an ended one names the benefit that took its
    place, one tap away."""
    benefits = list(
        Benefit.objects.published()
        .without_long_texts()
        .filter(pk__in=LegalBasis.objects.filter(document=document).values("benefit_id"))
        .select_related("successor")
        .prefetch_related("amounts")
        .order_by("title", "pk")
    )
    return {"benefits": benefits} if benefits else {}
