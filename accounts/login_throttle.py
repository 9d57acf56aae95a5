"""Login throttling: django-axes's database handler with a second, higher limit per address.

axes counts failures per account and address (AXES_LOCKOUT_PARAMETERS), so a stranger's wrong
passwords lock only the stranger's own tries at that account, never the staff member at their
own address. That alone would let one client guess a few passwords at every account, so a
client's failures across all accounts are counted too, against LOGIN_ADDRESS_FAILURE_LIMIT.

axes compares every lockout parameter with the one AXES_FAILURE_LIMIT and has no separate limit
per parameter (its maintainers point to a custom handler, jazzband/django-axes#661). Adding
"ip_address" as a parameter would also let a successful login (AXES_RESET_ON_SUCCESS) wipe the
address's failures at other accounts: an insider could guess at colleagues' passwords without
end by logging in as themselves in between. Counting the address here keeps those failures.
"""

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_cool_off, get_failure_limit
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum


class AccountAndAddressHandler(AxesDatabaseHandler):
    def get_failures(self, request, credentials=None):
        failures = super().get_failures(request, credentials)
        attempts = AccessAttempt.objects.filter(ip_address=request.axes_ip_address)
        if get_cool_off(request) is not None:
            attempts = attempts.filter(attempt_time__gte=get_cool_off_threshold(request))
        at_address = attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
        if at_address >= settings.LOGIN_ADDRESS_FAILURE_LIMIT:
            # axes locks when this count reaches AXES_FAILURE_LIMIT: report at least that.
            return max(failures, get_failure_limit(request, credentials))
        return failures
