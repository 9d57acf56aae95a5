"""What the policy library contributes to pages it does not own: the home page, the page of an
ethnic group, and the site-wide search."""

from urllib.parse import urlencode

from django.urls import reverse

from ubdt_portal.search.engine import search
from ubdt_portal.search.registry import SourceResults
from ubdt_portal.templatetags.portal import shown_language

from .models import LISTING_DEFERRED, Policy
from .views import paginate

HOME_FEATURED = 4
SEARCH_LIMIT = 20


def home_context(request):
    policies = list(Policy.objects.for_listing().filter(featured=True)[:HOME_FEATURED])
    return {"policies": policies} if policies else {}


def ethnic_group_context(request, group):
    """The policies that name the group, a page at a time, and how many more cover every
    minority (always shown: "none names this group" is worth saying)."""
    listed = Policy.objects.for_listing()
    return {
        "group": group,
        "page": paginate(request, listed.naming(Policy.ethnic_groups, group)),
        "general_count": listed.for_everyone_in(Policy.ethnic_groups).count()
        if group.is_minority
        else 0,
    }


def search_results(query):
    found = search(Policy.objects.published().defer(*LISTING_DEFERRED), query)
    return SourceResults(
        count=found.count(),
        results=[
            {
                "title": f"{policy.document_number} — {policy.title}",
                "url": policy.get_absolute_url(),
                "summary": policy.summary,
                "lang": shown_language(policy, "title"),
            }
            for policy in found[:SEARCH_LIMIT]
        ],
        more_url=f"{reverse('policies:list')}?{urlencode({'q': query})}",
    )
