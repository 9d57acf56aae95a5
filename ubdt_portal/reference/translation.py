from modeltranslation.translator import TranslationOptions, register

from .models import (
    CommuneRegion,
    EthnicGroup,
    FormerProvince,
    LifeSituation,
    Province,
    SiteSettings,
    Topic,
)


@register(EthnicGroup)
class EthnicGroupTranslation(TranslationOptions):
    fields = ("name", "description")


@register(Province)
class ProvinceTranslation(TranslationOptions):
    fields = ("name",)


@register(FormerProvince)
class FormerProvinceTranslation(TranslationOptions):
    fields = ("name",)


@register(Topic)
class TopicTranslation(TranslationOptions):
    fields = ("name", "description")


@register(CommuneRegion)
class CommuneRegionTranslation(TranslationOptions):
    fields = ("name", "description")


@register(LifeSituation)
class LifeSituationTranslation(TranslationOptions):
    fields = ("name",)


@register(SiteSettings)
class SiteSettingsTranslation(TranslationOptions):
    fields = (
        "site_name",
        "organisation_name",
        "operating_unit",
        "address",
        "responsible_person",
        "licence",
        "copyright_notice",
    )
