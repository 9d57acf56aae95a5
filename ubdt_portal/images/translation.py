from django.conf import settings
from modeltranslation.translator import TranslationOptions, register

from .models import Image


@register(Image)
class ImageTranslation(TranslationOptions):
    fields = ("alt", "caption")
    required_languages = (settings.MODELTRANSLATION_DEFAULT_LANGUAGE,)
