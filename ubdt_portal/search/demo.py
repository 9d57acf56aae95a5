"""The search pages `manage.py benchmark` times (search has no demo content of its own)."""


def benchmark_pages():
    return ["/tim-kiem/?q=hoc+sinh"]
