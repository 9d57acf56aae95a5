"""The Q&A officers' queue: questions filtered by state, topic, province, officer, overdue and
pending requests; one page per question to assign, answer (citing the legal basis), keep
private notes, approve or publish, reject. Moves go through qa.workflow, the one table.

Only holders of `qa.view_personal_data` (the Q&A roles) see the asker's personal data; the
editorial and system roles hold no permission on questions at all."""

from datetime import datetime, time

from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from documents.admin import CitationInline
from ubdt_portal.admin_lists import OfferedFiltersAdmin
from ubdt_portal.reference.models import SiteSettings

from . import workflow
from .models import InternalNote, Question, QuestionCitation
from .privacy import REQUEST_WORKING_DAYS
from .working_days import add_working_days

PERSONAL = "qa.view_personal_data"


def overdue_cutoff(today=None):
    """Open questions received before this moment are overdue: their working days to answer
    (site settings) have passed, weekends and public holidays not counted."""
    today = today or timezone.localdate()
    day = add_working_days(today, -SiteSettings.load().qa_overdue_working_days)
    return timezone.make_aware(datetime.combine(day, time.min))


def due_date(question):
    return add_working_days(
        timezone.localdate(question.created_at), SiteSettings.load().qa_overdue_working_days
    )


class OverdueFilter(admin.SimpleListFilter):
    title = _("deadline")
    parameter_name = "han"

    def lookups(self, request, model_admin):
        return [("qua-han", _("overdue")), ("trong-han", _("within the deadline"))]

    def queryset(self, request, queryset):
        if self.value() == "qua-han":
            return queryset.open().filter(created_at__lt=overdue_cutoff())
        if self.value() == "trong-han":
            return queryset.open().filter(created_at__gte=overdue_cutoff())
        return queryset


class RequestFilter(admin.SimpleListFilter):
    title = _("asker's requests")
    parameter_name = "yeu-cau"

    def lookups(self, request, model_admin):
        return [("cho-xu-ly", _("waiting (2 working days)"))]

    def queryset(self, request, queryset):
        if self.value() == "cho-xu-ly":
            return queryset.pending_requests()
        return queryset


class OfficerFilter(admin.SimpleListFilter):
    title = _("officer")
    parameter_name = "can-bo"

    def lookups(self, request, model_admin):
        officers = get_user_model().objects.filter(assigned_questions__isnull=False).distinct()
        return [("toi", _("assigned to me")), ("chua", _("nobody"))] + [
            (str(user.pk), str(user)) for user in officers
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "toi":
            return queryset.filter(assigned_to=request.user)
        if value == "chua":
            return queryset.filter(assigned_to__isnull=True)
        if value and value.isascii() and value.isdigit() and len(value) < 19:
            return queryset.filter(assigned_to_id=int(value))
        return queryset


def qa_staff():
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(
            Q(groups__permissions__codename="answer_question")
            | Q(user_permissions__codename="answer_question")
        )
        .distinct()
    )


class QuestionForm(forms.ModelForm):
    action = forms.ChoiceField(label=_("Next step"), required=False)
    officer = forms.ModelChoiceField(
        get_user_model().objects.none(), label=_("Officer"), required=False
    )
    reason = forms.CharField(
        label=_("Reason (shown to the asker when rejecting)"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    class Meta:
        model = Question
        fields = ["public_title", "public_question", "short_answer", "answer"]

    TEXTS = Meta.fields

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The wording for publication starts from the asker's text, for the officer to edit.
        if "public_question" in self.fields and not self.instance.public_question:
            self.initial["public_question"] = self.instance.text

    def clean(self):
        data = super().clean()
        action = data.get("action")
        if action:
            message = workflow.problem(
                self.instance,
                action,
                self.user,
                data.get("reason", ""),
                data.get("officer"),
                **{field: data.get(field) for field in self.TEXTS if field in self.fields},
            )
            if message:
                self.add_error("action", message)
        return data


class QuestionCitationInline(CitationInline):
    model = QuestionCitation
    extra = 1
    fields = ("document", "articles", "benefit", "order")
    autocomplete_fields = ("document", "benefit")


class NoteInline(admin.StackedInline):
    """Private notes: added, never changed or deleted; the author and time are recorded."""

    model = InternalNote
    extra = 1
    fields = ["text", "author", "created_at"]
    readonly_fields = ["author", "created_at"]

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request, obj=None):
        return request.user.has_perm("qa.add_internalnote")


@admin.register(Question)
class QuestionAdmin(OfferedFiltersAdmin, admin.ModelAdmin):
    form = QuestionForm
    list_display = [
        "code",
        "state",
        "topic",
        "province",
        "assigned_to",
        "created_at",
        "deadline",
        "request_deadline",
    ]
    list_filter = [
        "state",
        OverdueFilter,
        RequestFilter,
        OfficerFilter,
        ("topic", admin.RelatedOnlyFieldListFilter),
        ("province", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["topic", "province", "assigned_to"]
    search_fields = ["tracking_code"]
    date_hierarchy = None
    inlines = [QuestionCitationInline, NoteInline]
    actions = ["erase_now"]
    readonly_fields = [
        "code",
        "state",
        "created_at",
        "topic",
        "text",
        "benefit",
        "document",
        "name",
        "email",
        "phone",
        "province",
        "commune",
        "ethnic_group",
        "consent_list",
        "assigned_to",
        "answered_by",
        "answered_at",
        "decision_reason",
        "request_summary",
        "history",
        "published_link",
    ]

    def get_fieldsets(self, request, obj=None):
        fieldsets = [
            (
                _("Question"),
                {"fields": ["code", "state", "created_at", "topic", "text", "benefit", "document"]},
            ),
        ]
        if request.user.has_perm(PERSONAL):
            fieldsets.append(
                (
                    _("Asker (personal data)"),
                    {
                        "fields": [
                            "name",
                            "email",
                            "phone",
                            "province",
                            "commune",
                            "ethnic_group",
                            "consent_list",
                            "request_summary",
                        ]
                    },
                )
            )
        else:
            fieldsets[0][1]["fields"].append("province")
        fieldsets += [
            (
                _("Answer"),
                {
                    "fields": [
                        "assigned_to",
                        "public_title",
                        "public_question",
                        "short_answer",
                        "answer",
                        "answered_by",
                        "answered_at",
                        "decision_reason",
                        "published_link",
                    ]
                },
            ),
            (_("Next step"), {"fields": ["action", "officer", "reason"]}),
            (_("History"), {"fields": ["history"]}),
        ]
        return fieldsets

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        form.user = request.user
        choices = [("", _("— keep as it is —"))]
        if obj is not None:
            choices += [
                (name, workflow.TRANSITIONS[name].label)
                for name in workflow.available(obj, request.user)
            ]
        form.base_fields["action"].choices = choices
        form.base_fields["officer"].queryset = qa_staff()
        form.base_fields["officer"].initial = request.user.pk
        return form

    def get_readonly_fields(self, request, obj=None):
        readonly = list(self.readonly_fields)
        if obj is None or not request.user.has_perm(workflow.ANSWER) or not obj.is_open:
            readonly += ["public_title", "public_question", "short_answer", "answer"]
        return readonly

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("consents")

    def has_add_permission(self, request):
        return False  # questions come from the public form

    def has_delete_permission(self, request, obj=None):
        return False  # personal data is erased, the record stays

    def get_inlines(self, request, obj):
        if obj is not None and not obj.is_open:
            return [NoteInline]
        return self.inlines

    def save_related(self, request, form, formsets, change):
        for formset in formsets:
            if formset.model is InternalNote:
                for note_form in formset.forms:
                    if note_form.has_changed() and not note_form.instance.pk:
                        note_form.instance.author = request.user
        super().save_related(request, form, formsets, change)
        action = form.cleaned_data.get("action")
        if action:
            workflow.apply(
                form.instance,
                action,
                request.user,
                reason=form.cleaned_data.get("reason", ""),
                officer=form.cleaned_data.get("officer"),
            )
            messages.success(
                request,
                _("Done: %(step)s.") % {"step": workflow.TRANSITIONS[action].label},
            )

    @admin.display(description=_("code"), ordering="tracking_code")
    def code(self, obj):
        return obj.display_code

    @admin.display(description=_("answer due"))
    def deadline(self, obj):
        if not obj.is_open:
            return "—"
        due = due_date(obj)
        if due < timezone.localdate():
            return format_html("<strong>{} ({})</strong>", due.strftime("%d/%m/%Y"), _("overdue"))
        return due.strftime("%d/%m/%Y")

    @admin.display(description=_("request due"))
    def request_deadline(self, obj):
        if not obj.request_at or obj.request_done_at:
            return "—"
        due = add_working_days(timezone.localdate(obj.request_at), REQUEST_WORKING_DAYS)
        what = _("erasure") if obj.erasure_requested else _("consent withdrawn")
        return f"{what}: {due.strftime('%d/%m/%Y')}"

    @admin.display(description=_("consents"))
    def consent_list(self, obj):
        rows = [
            (
                consent.get_purpose_display(),
                timezone.localtime(consent.given_at).strftime("%H:%M %d/%m/%Y"),
                consent.notice_version,
                _("withdrawn %(at)s")
                % {"at": timezone.localtime(consent.withdrawn_at).strftime("%H:%M %d/%m/%Y")}
                if consent.withdrawn_at
                else "",
            )
            for consent in obj.consents.all()
        ]
        return format_html(
            "<ul>{}</ul>",
            format_html_join("", "<li>{} — {} ({}) {}</li>", rows),
        )

    @admin.display(description=_("asker's request"))
    def request_summary(self, obj):
        if not obj.request_at:
            return "—"
        return self.request_deadline(obj)

    @admin.display(description=_("published Q&A"))
    def published_link(self, obj):
        if not obj.published_id:
            return "—"
        from django.urls import reverse

        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:qa_publishedquestion_change", args=[obj.published_id]),
            obj.published,
        )

    @admin.display(description=_("steps"))
    def history(self, obj):
        rows = [
            (
                timezone.localtime(event.at).strftime("%H:%M %d/%m/%Y"),
                str(event.actor or _("the asker")),
                event.get_from_state_display() or "—",
                event.get_to_state_display(),
                event.note,
            )
            for event in obj.events.select_related("actor")
        ]
        return format_html(
            "<ul>{}</ul>",
            format_html_join("", "<li>{} · {} · {} → {} {}</li>", rows),
        )

    @admin.action(description=_("Erase the asker's personal data now"), permissions=["erase"])
    def erase_now(self, request, queryset):
        erased = 0
        for question in queryset.filter(erased_at__isnull=True):
            if question.erasure_requested or not question.is_open:
                question.erase()
                erased += 1
        self.message_user(
            request,
            ngettext(
                "Erased the personal data of %(count)d question (open questions are erased only "
                "when their asker asks).",
                "Erased the personal data of %(count)d questions (open questions are erased "
                "only when their asker asks).",
                erased,
            )
            % {"count": erased},
        )

    def has_erase_permission(self, request):
        return request.user.has_perm(workflow.APPROVE)
