"""Pages composed of sections that the domain apps contribute.

A page that shows several domains (the home page, an ethnic group's page) belongs to the portal,
which never imports a domain app: each app registers its sections from its AppConfig.ready() —
a template and a function returning the section's context — and the page shows them in order.
A section whose context is empty is left out.

    sections.register("ethnic_group", "policies", order=10,
                      template_name="policies/ethnic_group_section.html",
                      get_context=ethnic_group_context)  # get_context(request, group=...)

    sections.render("ethnic_group", request, group=group)
"""

from collections.abc import Callable
from dataclasses import dataclass

# The pages that show contributed sections, and what each passes to get_context besides the
# request. A page is added here with the view that renders it.
PAGES = {
    "home": (),
    "ethnic_group": ("group",),
    # One commune's page (reference app): its region and what applies there.
    "commune": ("commune",),
    # A benefit's page and a legal document's page: the news and answers that concern them.
    "benefit": ("benefit",),
    "document": ("document",),
}


@dataclass(frozen=True)
class Section:
    name: str
    order: int
    template_name: str
    get_context: Callable


_sections: dict[str, dict[str, Section]] = {page: {} for page in PAGES}


def register(page, name, *, order, template_name, get_context):
    """Add (or replace) the section `name` of `page`."""
    if page not in PAGES:
        # A misspelt page would leave the section silently unshown.
        raise ValueError(f"No page {page!r} shows sections; known pages: {', '.join(PAGES)}")
    _sections[page][name] = Section(name, order, template_name, get_context)


def unregister(page, name):
    _sections[page].pop(name, None)


def render(page, request, **objects):
    """The sections of `page` to include, in order: [{"template_name", "context"}]. `objects`
    are what the page is about (e.g. group=...), passed on to each section's get_context."""
    if set(objects) != set(PAGES[page]):
        raise TypeError(f"The {page!r} page passes {PAGES[page]}, not {tuple(objects)}")
    rendered = []
    for section in sorted(_sections[page].values(), key=lambda s: (s.order, s.name)):
        context = section.get_context(request, **objects)
        if context:
            rendered.append({"template_name": section.template_name, "context": context})
    return rendered
