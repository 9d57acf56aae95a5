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
    def explanation(cls, value):
        """What the status means for a citizen, in plain words."""
        return {
            cls.IN_FORCE: "",
            cls.NOT_YET: _("Not yet in force: it will apply from the date shown below."),
            cls.EXPIRED: _("This document no longer applies."),
            cls.PARTLY_EXPIRED: _(
                "Some parts of this document have been changed by a later one; the rest applies."
            ),
            cls.SUSPENDED: _("This document has been suspended and does not apply for now."),
            cls.OBSOLETE: _(
                "The period or programme of this document has ended; ask your commune which "
                "policy applies now."
            ),
        }[value]

    @classmethod
    def applicable(cls):
        """Statuses under which a citizen can still claim something."""
        return [cls.IN_FORCE, cls.PARTLY_EXPIRED, cls.NOT_YET]
