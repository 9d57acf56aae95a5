"""Admin lists filter by what they offer, and a junk filter value sends the user back to the
unfiltered list (Django's own answer to a wrong filter) instead of failing.

Django's change list also applies any lookup on the model's own fields that the address names
(`?ip_address=x`, `?last_login__year=99999999999`, `?name__regex=(`), and only the database,
halfway through the page, finds the value unusable: a server error. Here the list accepts the
parameters of its own filters and date links and nothing else; those filters check their values.
"""

from datetime import MAXYEAR, MINYEAR

from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.views.main import ChangeList
from django.contrib.admin.widgets import url_params_from_lookup_dict

# The date links' parts and the values Django can turn into a range of dates (it adds a year,
# a month or a day to the date it builds, so the last year has no next one).
DATE_LINK_RANGES = {"year": (MINYEAR, MAXYEAR - 1), "month": (1, 12), "day": (1, 31)}


class OfferedFiltersChangeList(ChangeList):
    def get_filters(self, request):
        if self.date_hierarchy:
            self._check_date_links(request)
        filters = super().get_filters(request)
        remaining = filters[2]  # what no filter of this list took as its own
        unknown = set(remaining) - self._own_lookups(request)
        if unknown:
            raise IncorrectLookupParameters(f"Not a filter of this list: {sorted(unknown)}")
        return filters

    def _check_date_links(self, request):
        # Django guards int() but not the dates it then builds (a year of 99999999999, or 9999
        # and its following year, fail after its check).
        for part, (lowest, highest) in DATE_LINK_RANGES.items():
            for value in request.GET.getlist(f"{self.date_hierarchy}__{part}"):
                try:
                    number = int(value)
                except ValueError as error:
                    raise IncorrectLookupParameters(error) from error
                if not lowest <= number <= highest:
                    raise IncorrectLookupParameters(f"{part} out of range: {number}")

    def _own_lookups(self, request):
        """The lookups the list makes itself: the range the date links stand for, and the
        limits a related model's pop-up list is opened with (`limit_choices_to`)."""
        own = set()
        if self.date_hierarchy and f"{self.date_hierarchy}__year" in request.GET:
            own |= {f"{self.date_hierarchy}__gte", f"{self.date_hierarchy}__lt"}
        for limits in self.model._meta.related_fkey_lookups:
            limits = limits() if callable(limits) else limits
            for name, value in url_params_from_lookup_dict(limits).items():
                if request.GET.getlist(name) == [value]:
                    own.add(name)
        return own


class OfferedFiltersAdmin:
    """Mix into every ModelAdmin (before the admin class): its list filters only by what it
    offers. tests/ubdt_portal/test_admin_junk.py sweeps every registered admin."""

    def get_changelist(self, request, **kwargs):
        return OfferedFiltersChangeList
