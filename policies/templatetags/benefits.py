from django import template

from ubdt_portal import sections

register = template.Library()


@register.simple_tag(takes_context=True)
def benefit_sections(context, benefit):
    """The sections other apps contribute to a benefit's page (news and answers about it), for
    the public page and the staff preview alike."""
    return sections.render("benefit", context["request"], benefit=benefit)
