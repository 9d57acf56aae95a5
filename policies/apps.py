from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PoliciesConfig(AppConfig):
    name = "policies"
    verbose_name = _("Policies")

    def ready(self):
        from ubdt_portal import sections as pages
        from ubdt_portal.files import registry as files
        from ubdt_portal.search import registry

        from . import search, sections
        from .models import PolicyAttachment, PolicyAudio

        pages.register(
            "home",
            "policies",
            order=10,
            template_name="policies/home_section.html",
            get_context=sections.home_context,
        )
        pages.register(
            "ethnic_group",
            "policies",
            order=10,
            template_name="policies/ethnic_group_section.html",
            get_context=sections.ethnic_group_context,
        )
        registry.register(search.policies)
        registry.register(search.benefits)
        # A policy's files are public when the policy is.
        files.register(PolicyAttachment, "file", owner="policy")
        files.register(PolicyAudio, "file", owner="policy")
