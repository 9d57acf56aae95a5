from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImagesConfig(AppConfig):
    name = "ubdt_portal.images"
    label = "images"
    verbose_name = _("Images")

    def ready(self):
        from ubdt_portal.files import registry as files

        from . import models, serving

        files.register_finder(serving.find)
        models.connect_signals()
