from django import template

from ubdt_portal.publishing import home

register = template.Library()


@register.simple_tag(takes_context=True)
def home_panels(context):
    """The admin home page's panels for the person logged in (ubdt_portal.publishing.home)."""
    return home.panels(context["request"])
