"""The page of one item, for every content type: the public page of a published item and the
staff preview of any item, rendered by the same view so the preview is what the public will see.

A content type declares on its model (defaults in `Publishable`) the queryset its page needs
(`detail_queryset()`), its template (`detail_template_name`) and its public list
(`list_url_name`), and routes its address to `PublishedDetailView.as_view(model=...)`. The
preview needs nothing more: `/xem-truoc/<app_label>.<model>/<pk>/` serves every content type.
"""

from django.apps import apps
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView

from . import drafts
from .models import PendingChange, Publishable


class ItemPage(DetailView):
    """One item on its model's own template, as `object` and under the model's name."""

    http_method_names = ["get", "head"]
    preview = False

    def get_queryset(self):
        return self.model.detail_queryset()

    def get_template_names(self):
        if self.model.detail_template_name:
            return [self.model.detail_template_name]
        return super().get_template_names()  # "<app_label>/<model_name>_detail.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(preview=self.preview, **kwargs)


class PublishedDetailView(ItemPage):
    """The public page at a slug: the published item; else, for an item renamed since, a 301 to
    its current address when it is public; 410 Gone for an item archived while it was public;
    404 otherwise, so that nothing tells a draft from an address that never existed."""

    def get_queryset(self):
        return super().get_queryset().published()

    def get(self, request, *args, **kwargs):
        try:
            self.object = self.get_object()
        except Http404:
            return not_published(request, self.model, kwargs[self.slug_url_kwarg])
        return self.render_to_response(self.get_context_data(object=self.object))


def not_published(request, model, slug):
    """What a slug that shows no published item answers (only on that path: no cost to pages
    that are found)."""
    item = model._default_manager.filter(slug=slug).first()
    if item is None and hasattr(model, "from_old_slug"):
        item = model.from_old_slug(slug)
        if item is not None and item.is_public:
            return redirect(item, permanent=True)
    if item is not None and item.is_gone:
        # A shared link to withdrawn content: say it was withdrawn, for good, and where to look
        # instead, rather than "no such page". Nothing about the item itself is shown.
        list_url = reverse(model.list_url_name) if model.list_url_name else None
        context = {"list_url": list_url, "list_name": model._meta.verbose_name_plural}
        return render(request, "publishing/gone.html", context, status=410)
    raise Http404


def publishable_model(label):
    """The content type named "<app_label>.<model_name>", or 404."""
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError) as error:
        raise Http404 from error
    if not issubclass(model, Publishable):
        raise Http404
    return model


@method_decorator(never_cache, name="dispatch")
class PreviewView(PermissionRequiredMixin, ItemPage):
    """Any item, whatever its status, exactly as the public will see it, for staff who may view
    its content type (anonymous visitors are sent to log in; others get 403). Never cached,
    never indexed."""

    preview = True

    def dispatch(self, request, *args, label, **kwargs):
        self.model = publishable_model(label)
        response = super().dispatch(request, *args, **kwargs)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    def get_permission_required(self):
        opts = self.model._meta
        return [f"{opts.app_label}.view_{opts.model_name}"]

    def get_object(self, queryset=None):
        # A published item with a change waiting for approval is previewed with the change.
        obj = super().get_object(queryset)
        pending = PendingChange.of(obj)
        if pending is not None:
            drafts.apply_in_memory(obj, pending.data)
            self.pending_change = pending
        return obj

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            pending_change=getattr(self, "pending_change", None), **kwargs
        )
