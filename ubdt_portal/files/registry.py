"""Which uploaded files the portal serves, and who decides whether a visitor may fetch one.

Every file under MEDIA_ROOT belongs to a row of a registered model; the row belongs to a piece of
content (a Publishable) whose visibility rule decides for the file too. Domain apps register
their file fields from AppConfig.ready(); the shared code never imports them. A file of no
registered field or finder is never served.

Files whose owner is not reached through one relation (an image shown by any content that uses
it, and the renditions made from it) are found by a finder registered with `register_finder`.
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

    def may_hold(self, name):
        """Whether a file called `name` can be this field's: a field that stores under a folder
        of its own (random_folder) holds only names under it, so a download asks the database
        of the fields that can hold it, not of every registered field."""
        upload_to = self.model._meta.get_field(self.field_name).upload_to
        prefix = getattr(upload_to, "prefix", None)
        return prefix is None or name.startswith(f"{prefix}/")


@dataclass(frozen=True)
class FoundFile:
    file: object  # the FieldFile, or any file with `name` and `storage`
    # Whose visibility decides: anything with `is_public` and model `_meta` (a Publishable); staff
    # allowed to view that model fetch it for preview.
    owner: object
    # Served to those staff only, even when the owner is public (an original image, which may
    # carry the camera's metadata; the public gets its renditions).
    staff_only: bool = False


_fields: list[ServedField] = []
_finders: list = []


def register(model, field_name, *, owner=""):
    entry = ServedField(model, field_name, owner)
    if not issubclass(entry.owner_model(), Publishable):
        raise ImproperlyConfigured(
            f"{model.__name__}.{field_name}: the owner of a served file must be Publishable."
        )
    if entry not in _fields:
        _fields.append(entry)


def register_finder(finder):
    """`finder(name)` answers a FoundFile for the stored files it knows, else None."""
    if finder not in _finders:
        _finders.append(finder)


def find(name):
    """The stored file called `name` and the content it belongs to, or None."""
    for finder in _finders:
        found = finder(name)
        if found is not None:
            return found
    for entry in _fields:
        if not entry.may_hold(name):
            continue
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
