from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from ubdt_portal.reference.models import EthnicGroup

from .forms import FinderForm, PolicyFilterForm
from .models import Policy, PolicyAudio
from .sections import match_reasons

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


def detail_queryset():
    published = (
        Policy.objects.published().with_legal_status().without_long_texts().order_by("-signed_date")
    )
    return Policy.objects.with_legal_status().prefetch_related(
        "topics",
        "ethnic_groups",
        "provinces",
        "regions",
        "attachments",
        "updates",
        Prefetch(
            "recordings",
            queryset=PolicyAudio.objects.filter(
                language__in={get_language(), settings.LANGUAGE_CODE}
            ),
        ),
        Prefetch("related", queryset=published),
        Prefetch("replaces", queryset=published),
        Prefetch("replaced_by", queryset=published),
        Prefetch("amends", queryset=published),
        Prefetch("amended_by", queryset=published),
    )


@require_safe
def policy_detail(request, slug):
    policy = detail_queryset().published().filter(slug=slug).first()
    if policy is None:
        renamed = Policy.from_old_slug(slug)
        if renamed is not None and renamed.is_public:
            return redirect(renamed, permanent=True)
        raise Http404
    return render(request, "policies/policy_detail.html", {"policy": policy})


@never_cache
@require_safe
@permission_required("policies.view_policy")
def policy_preview(request, pk):
    """A draft exactly as the public will see it, for staff only and never indexed."""
    policy = get_object_or_404(detail_queryset(), pk=pk)
    response = render(request, "policies/policy_detail.html", {"policy": policy, "preview": True})
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@require_safe
def ethnic_group(request, slug):
    group = get_object_or_404(EthnicGroup, slug=slug)
    listed = Policy.objects.for_listing()
    return render(
        request,
        "policies/ethnic_group.html",
        {
            "group": group,
            "page": paginate(request, listed.naming(Policy.ethnic_groups, group)),
            "general_count": listed.for_everyone_in(Policy.ethnic_groups).count()
            if group.is_minority
            else 0,
        },
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
