from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from .finder import match_reasons
from .forms import FinderForm, PolicyFilterForm
from .models import Policy

PER_PAGE = 20


def paginate(request, queryset):
    return Paginator(queryset, PER_PAGE).get_page(request.GET.get("page"))


@require_safe
def policy_list(request):
    form = PolicyFilterForm(request.GET, language=get_language())
    form.is_valid()
    policies = form.filter(Policy.objects.for_listing())
    return render(
        request, "policies/policy_list.html", {"form": form, "page": paginate(request, policies)}
    )


@require_safe
def finder(request):
    form = FinderForm(request.GET)
    page = None
    if form.is_valid() and any(form.cleaned_data.values()):
        choices = form.cleaned_data
        policies = (
            Policy.objects.published()
            .applicable_to(**choices)
            .without_long_texts()
            .prefetch_related("ethnic_groups", "provinces", "regions", "topics")
            .order_by("-featured", "-signed_date", "-pk")
        )
        page = paginate(request, policies)
        for policy in page:
            policy.reasons = match_reasons(policy, **choices)
    return render(request, "policies/finder.html", {"form": form, "page": page})
