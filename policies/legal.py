"""Vocabulary of Vietnamese legal documents: types and the national legal database's in-force
status labels."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DocumentType(models.TextChoices):
    LAW = "luat", _("Law")
    RESOLUTION = "nghi-quyet", _("Resolution")
    DECREE = "nghi-dinh", _("Decree")
    DECISION = "quyet-dinh", _("Decision")
    CIRCULAR = "thong-tu", _("Circular")
    DIRECTIVE = "chi-thi", _("Directive")
    NOTICE = "thong-bao", _("Notice")
    GUIDANCE = "huong-dan", _("Guidance")
    PLAN = "ke-hoach", _("Plan")
    SCHEME = "de-an", _("Scheme")


class LegalStatus(models.TextChoices):
    IN_FORCE = "con-hieu-luc", _("In force")
    NOT_YET = "chua-co-hieu-luc", _("Not yet in force")
    EXPIRED = "het-hieu-luc-toan-bo", _("No longer in force")
    PARTLY_EXPIRED = "het-hieu-luc-mot-phan", _("Partly no longer in force")
    SUSPENDED = "ngung-hieu-luc", _("Suspended")
    OBSOLETE = "khong-con-phu-hop", _("No longer applicable")

    @classmethod
    def tone(cls, value):
        """How the badge looks: ok (applies), warn (partly, or not yet), off (does not apply)."""
        if value == cls.IN_FORCE:
            return "ok"
        if value in (cls.PARTLY_EXPIRED, cls.NOT_YET):
            return "warn"
        return "off"

    @classmethod
    def applicable(cls):
        """Statuses under which a citizen can still claim something."""
        return [cls.IN_FORCE, cls.PARTLY_EXPIRED, cls.NOT_YET]
