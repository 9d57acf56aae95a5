from django.shortcuts import render
from django.views.decorators.http import require_safe

from policies.models import Benefit


@require_safe
def ask(request):
    # The online question form arrives with the Q&A issue. Until then this page names the
    # benefit the reader came from and gives the channels that answer today.
    slug = request.GET.get("chinh-sach", "")[:200]
    policy = Benefit.objects.published().filter(slug=slug).first() if slug else None
    return render(request, "qa/ask.html", {"policy": policy})
