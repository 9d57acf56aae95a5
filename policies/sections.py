"""What the policy library contributes to pages it does not own: the home page and the page of
an ethnic group (its search source is declared in search.py)."""

from .models import Policy
from .views import paginate

HOME_FEATURED = 4


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
