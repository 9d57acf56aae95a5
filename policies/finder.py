"""The finder on benefits: which benefits can apply to the person asking, the most specific
first, and why each came up, in plain words."""

from django.db.models import Case, IntegerField, Q, Value, When
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from .models import ENDED_RANK, AppliesNow, Benefit


def find(
    *,
    group=None,
    province=None,
    commune=None,
    region=None,
    difficult_villages=False,
    topic=None,
    situation=None,
    ended=False,
    reasons=True,
    known=(),
):
    """Published benefits that can apply: each targeting list is empty ("all") or holds the
    answer; those tied to commune regions stay in when the region is unknown. What applies now
    (or starts soon) only, unless `ended`. Ordered by how many answers a benefit names
    explicitly (a benefit for the Mông in Lào Cai before one for everyone). With `reasons`, each
    comes with the targeting lists match_reasons() reads, made of the `known` objects (ethnic
    groups, provinces, regions the page has read already) where they can."""
    queryset = Benefit.objects.published()
    if not ended:
        queryset = queryset.not_ended()
    specific = []
    if group:
        queryset = queryset.for_group(group)
        specific.append(Q(pk__in=Benefit.objects.names(Benefit.ethnic_groups, group)))
        if group.is_very_small:
            specific.append(Q(for_very_small_groups=True))
    if province:
        queryset = queryset.targeting(Benefit.provinces, province)
        specific.append(Q(pk__in=Benefit.objects.names(Benefit.provinces, province)))
    if region or difficult_villages:
        queryset = queryset.for_region(region, difficult_villages)
        if region:
            specific.append(Q(pk__in=Benefit.objects.names(Benefit.regions, region)))
    if topic:
        queryset = queryset.with_topic(topic)
    if situation:
        queryset = queryset.for_situation(situation)
    score = Value(0, output_field=IntegerField())
    for condition in specific:
        score = score + Case(When(condition, then=Value(1)), default=Value(0))
    ranking = {
        "specificity": score,
        "ended_last": Case(When(applies_now_rank=ENDED_RANK, then=Value(1)), default=Value(0)),
    }
    order = ["ended_last", "-specificity", "-featured", "title", "pk"]
    return Matches(queryset, ranking, order, known if reasons else None)


class Matches:
    """The finder's matches, for a paginator or a slice. Every match must be ranked, but only
    on columns the listing index holds (policies_listing_<language>), so the ranking reads
    that narrow index rather than the benefits table: the ids of all matches, in order, in one
    query (which also counts them); the rows of one slice are then read by id, with what a
    card and the reasons show."""

    def __init__(self, matches, ranking, order, known=None):
        self.matches = matches
        self.ranking = ranking
        self.order = order
        self.known = known

    def ranked(self, queryset):
        return queryset.annotate(**self.ranking).order_by(*self.order)

    @cached_property
    def ids(self):
        return list(self.ranked(self.matches).values_list("pk", flat=True))

    def count(self):
        return len(self.ids)

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return self[key : key + 1][0]
        ids = self.ids[key]
        rows = Benefit.objects.filter(pk__in=ids).without_long_texts().prefetch_related("amounts")
        by_id = {benefit.pk: benefit for benefit in rows}
        benefits = [by_id[pk] for pk in ids]
        if self.known is not None:
            attach_targeting(benefits, self.known)
        return benefits

    def __iter__(self):
        return iter(self[:])


# The targeting lists the reasons name, each sorted as its model orders them; provinces, in
# Vietnamese dictionary order, as the known ones come (`rank`: their positions).
TARGETING = {
    "ethnic_groups": lambda group, rank: (group.census_rank, group.name),
    "provinces": lambda province, rank: (rank.get(province.pk, len(rank)), province.name),
    "regions": lambda region, rank: region.code,
}


def attach_targeting(benefits, known=()):
    """Give each benefit `targeting`: its ethnic groups, provinces and regions, read from the
    link tables (one small query each) and made of the `known` objects where they can — a
    prefetch would build every one of them again for each page."""
    objects = {(type(obj), obj.pk): obj for obj in known}
    for benefit in benefits:
        benefit.targeting = {name: [] for name in TARGETING}
    by_id = {benefit.pk: benefit for benefit in benefits}
    for name, sort_key in TARGETING.items():
        relation = getattr(Benefit, name)
        model = relation.rel.model
        links = list(
            relation.through.objects.filter(benefit_id__in=by_id).values_list(
                "benefit_id", relation.field.m2m_reverse_name()
            )
        )
        missing = {pk for _benefit, pk in links if (model, pk) not in objects}
        objects.update({(model, obj.pk): obj for obj in model.objects.filter(pk__in=missing)})
        for benefit_id, pk in links:
            by_id[benefit_id].targeting[name].append(objects[(model, pk)])
        rank = {obj.pk: n for n, obj in enumerate(o for o in known if type(o) is model)}
        for benefit in benefits:
            benefit.targeting[name].sort(key=lambda obj, key=sort_key: key(obj, rank))


def short_list(objects, limit=6):
    names = ", ".join(str(o) for o in objects[:limit])
    return names + ", …" if len(objects) > limit else names


def match_reasons(benefit, group=None, province=None, region=None, commune=None, **_answers):
    """Why a benefit came up in the finder, from its `targeting` (attach_targeting)."""
    groups = benefit.targeting["ethnic_groups"]
    provinces = benefit.targeting["provinces"]
    regions = benefit.targeting["regions"]
    reasons = []
    if benefit.for_very_small_groups:
        reasons.append(_("Only for ethnic groups of fewer than 10,000 people"))
    if not groups:
        if not benefit.for_very_small_groups:
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
            if commune:
                reasons.append(
                    _("%(commune)s is a commune of %(region)s")
                    % {"commune": commune.name, "region": region.name}
                )
            else:
                reasons.append(_("For communes of %(regions)s") % {"regions": names})
        elif benefit.for_difficult_villages and commune:
            reasons.append(
                _("For communes of %(regions)s and for especially difficult villages")
                % {"regions": names}
            )
        else:
            reasons.append(
                _("Only in communes of %(regions)s — ask your commune which region it is in")
                % {"regions": names}
            )
    if benefit.applies_now == AppliesNow.UPCOMING:
        reasons.append(_("Not yet: it starts soon"))
    return reasons
