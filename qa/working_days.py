"""Working days in Vietnam: Monday to Friday, less the public holidays of the Labour Code
(New Year, the Lunar New Year days, Hùng Kings' day, 30/4, 1/5, National Day and the days
the government moves), as the `holidays` package computes them, lunar dates included."""

from datetime import timedelta
from functools import lru_cache

import holidays


@lru_cache(maxsize=64)
def _holidays(year):
    return frozenset(holidays.country_holidays("VN", years=[year]).keys())


def is_working_day(day):
    return day.weekday() < 5 and day not in _holidays(day.year)


def add_working_days(day, count):
    """The date `count` working days after `day` (before it when negative)."""
    step = 1 if count >= 0 else -1
    remaining = abs(count)
    while remaining:
        day += timedelta(days=step)
        if is_working_day(day):
            remaining -= 1
    return day
