"""The home page is composed of sections that the domain apps contribute.

The portal's shared code never imports a domain app: each app registers its section (a template
and a function that returns its context) from its AppConfig.ready(), and the home page shows the
sections in order. A section whose context is empty is left out.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class HomeSection:
    order: int
    template_name: str
    get_context: Callable


_sections: dict[str, HomeSection] = {}


def register(name, *, order, template_name, get_context):
    _sections[name] = HomeSection(order, template_name, get_context)


def render_sections(request):
    rendered = []
    for section in sorted(_sections.values(), key=lambda s: s.order):
        context = section.get_context(request)
        if context:
            rendered.append({"template_name": section.template_name, "context": context})
    return rendered
