from django.shortcuts import render
from django.views.decorators.http import require_GET


@require_GET
def policy_list(request):
    return render(request, "policies/policy_list.html", {"policies": []})


@require_GET
def finder(request):
    return render(request, "policies/policy_list.html", {"policies": []})
