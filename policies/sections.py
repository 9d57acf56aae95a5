"""What the policy library contributes to pages it does not own: the home page and the
site-wide search."""

from django.utils.translation import gettext as _

from .models import Policy

HOME_FEATURED = 4


def home_context(request):
    policies = list(Policy.objects.for_listing().filter(featured=True)[:HOME_FEATURED])
    return {"policies": policies} if policies else {}


def short_list(objects, limit=6):
    names = ", ".join(str(o) for o in objects[:limit])
    return names + ", …" if len(objects) > limit else names


def match_reasons(policy, group=None, province=None, region=None, topic=None):
    """Why a policy came up in the finder, in plain words, from its prefetched targeting."""
    groups = list(policy.ethnic_groups.all())
    provinces = list(policy.provinces.all())
    regions = list(policy.regions.all())
    reasons = []
    if not groups:
        reasons.append(_("Covers every ethnic minority"))
    elif group in groups:
        reasons.append(_("Meant for the %(group)s people") % {"group": group.name})
    else:
        reasons.append(_("Meant for: %(groups)s") % {"groups": short_list(groups)})
    if not provinces:
        reasons.append(_("Applies nationwide"))
    elif province in provinces:
        reasons.append(_("Applies in %(province)s") % {"province": province.name})
    else:
        reasons.append(_("Only in: %(provinces)s") % {"provinces": short_list(provinces)})
    if regions:
        names = ", ".join(r.name for r in regions)
        if region in regions:
            reasons.append(_("For communes of %(regions)s") % {"regions": names})
        else:
            reasons.append(
                _("Only in communes of %(regions)s — ask your commune which region it is in")
                % {"regions": names}
            )
    if topic:
        reasons.append(_("Topic: %(topic)s") % {"topic": topic.name})
    return reasons
