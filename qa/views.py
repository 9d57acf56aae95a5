from django.shortcuts import render
from django.views.decorators.http import require_GET


@require_GET
def question_list(request):
    # Questions arrive with the Q&A issue; until then the page says so and gives the hotline.
    return render(request, "qa/question_list.html", {"questions": []})
