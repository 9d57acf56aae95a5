"""Which uploaded files the portal serves, and who decides whether a visitor may fetch one.

Every file under MEDIA_ROOT belongs to a row of a registered model; the row belongs to a piece of
content (a Publishable) whose visibility rule decides for the file too. Domain apps register
their file fields from AppConfig.ready(); the shared code never imports them. A file of no
registered field is never served.
"""

from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured

from ubdt_portal.publishing.models import Publishable


@dataclass(frozen=True)
class ServedField:
    model: type
    field_name: str
    # The relation from the file's row to the content it belongs to; "" when the row is itself
    # the content.
    owner: str

    def owner_model(self):
        if not self.owner:
            return self.model
        return self.model._meta.get_field(self.owner).related_model


@dataclass(frozen=True)
class FoundFile:
    file: object  # the FieldFile
    owner: Publishable


_fields: list[ServedField] = []


def register(model, field_name, *, owner=""):
    entry = ServedField(model, field_name, owner)
    if not issubclass(entry.owner_model(), Publishable):
        raise ImproperlyConfigured(
            f"{model.__name__}.{field_name}: the owner of a served file must be Publishable."
        )
    if entry not in _fields:
        _fields.append(entry)


def find(name):
    """The stored file called `name` and the content it belongs to, or None."""
    for entry in _fields:
        queryset = entry.model._default_manager.filter(**{entry.field_name: name})
        # The owner's visibility needs two columns, not its long translated texts.
        if entry.owner:
            queryset = queryset.select_related(entry.owner).only(
                entry.field_name,
                entry.owner,
                f"{entry.owner}__status",
                f"{entry.owner}__publish_at",
            )
        else:
            queryset = queryset.only(entry.field_name, "status", "publish_at")
        row = queryset.first()
        if row is not None:
            owner = getattr(row, entry.owner) if entry.owner else row
            # A file whose row belongs to no content (a nullable relation) is nobody's to see.
            return FoundFile(getattr(row, entry.field_name), owner) if owner else None
    return None
