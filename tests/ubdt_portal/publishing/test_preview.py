"""The staff preview, for every content type: any item, whatever its status, on the page the
public would see, only for those allowed to view that content type, never cached or indexed;
the admin's "View on site" opens it."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from tests.factories import make, publishable_models
from ubdt_portal.publishing.models import Status

pytestmark = pytest.mark.django_db

every_content_type = pytest.mark.parametrize(
    "model", publishable_models(), ids=lambda model: model._meta.label_lower
)


def staff_who_may(*codenames):
    user = User.objects.create_user(
        email="nguoi-xem@example.test", password="a-long-enough-password-1", is_staff=True
    )
    user.user_permissions.set(Permission.objects.filter(codename__in=codenames))
    return user


def view_permission(model):
    return f"view_{model._meta.model_name}"


@every_content_type
@pytest.mark.parametrize(
    "state",
    [
        {"status": Status.DRAFT, "publish_at": None},
        {"status": Status.REVIEW, "publish_at": None},
        {"status": Status.ARCHIVED},
    ],
    ids=["draft", "in-review", "archived"],
)
def test_staff_who_may_view_the_content_type_preview_any_item(client, model, state):
    item = make(model, **state)
    client.force_login(staff_who_may(view_permission(model)))
    response = client.get(item.get_preview_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert response.context["object"] == item
    assert 'class="notice preview-banner"' in html and "Xem trước" in html
    assert f"chưa công khai; trạng thái: {item.get_status_display()}." in html
    assert response.headers["X-Robots-Tag"] == "noindex, nofollow"
    cache_control = set(response.headers["Cache-Control"].split(", "))
    assert {"no-store", "private"} <= cache_control


@every_content_type
def test_the_preview_of_a_public_item_says_it_is_public(client, model):
    item = make(model)
    client.force_login(staff_who_may(view_permission(model)))
    response = client.get(item.get_preview_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="notice preview-banner"' in html
    shown = timezone.localtime(item.publish_at).strftime("%H:%M %d/%m/%Y")
    assert f"đang công khai từ {shown}." in html
    assert "chưa công khai" not in html
    english = client.get("/en" + item.get_preview_url()).content.decode()
    assert f"public since {shown}." in english and "not public" not in english


@every_content_type
def test_the_preview_is_the_public_page(client, model):
    item = make(model)
    public = client.get(item.get_absolute_url())
    client.force_login(staff_who_may(view_permission(model)))
    preview = client.get(item.get_preview_url())
    assert preview.templates[0].name == public.templates[0].name
    assert "preview-banner" not in public.content.decode()


@every_content_type
def test_a_scheduled_item_says_when_it_will_be_published(client, model):
    publish_at = timezone.now() + timedelta(days=2)
    item = make(model, publish_at=publish_at)
    client.force_login(staff_who_may(view_permission(model)))
    html = client.get(item.get_preview_url()).content.decode()
    shown = timezone.localtime(publish_at).strftime("%H:%M %d/%m/%Y")
    assert f"chưa công khai; sẽ đăng lúc {shown}." in html


@every_content_type
def test_anonymous_visitors_are_sent_to_log_in(client, model):
    item = make(model, status=Status.DRAFT)
    response = client.get(item.get_preview_url())
    assert response.status_code == 302
    assert response.headers["Location"] == (
        f"{reverse('admin:login')}?next={item.get_preview_url()}"
    )


@every_content_type
def test_staff_without_the_view_permission_are_refused(client, model):
    item = make(model, status=Status.DRAFT)
    client.force_login(staff_who_may())
    response = client.get(item.get_preview_url())
    assert response.status_code == 403
    assert item.slug_source() not in response.content.decode()


@every_content_type
def test_unknown_items_are_not_found(client, model):
    item = make(model)
    client.force_login(staff_who_may(view_permission(model)))
    url = reverse("publishing:preview", kwargs={"label": model._meta.label_lower, "pk": 0})
    assert client.get(url).status_code == 404
    assert client.get(item.get_preview_url()).status_code == 200


@pytest.mark.parametrize("label", ["reference.ethnicgroup", "accounts.user", "khong.co", "x"])
def test_only_content_types_can_be_previewed(admin_client, label):
    url = reverse("publishing:preview", kwargs={"label": label, "pk": 1})
    assert admin_client.get(url).status_code == 404


@every_content_type
def test_view_on_site_in_the_admin_opens_the_preview(admin_client, model):
    item = make(model, status=Status.DRAFT)
    opts = model._meta
    change_url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[item.pk])
    html = admin_client.get(change_url).content.decode()
    assert f'<a href="{item.get_preview_url()}" class="viewsitelink">' in html
    assert admin_client.get(item.get_preview_url()).status_code == 200
