"""Files that an app's demo content ships (images, documents, recordings), put into storage.

An app keeps them beside its loader, in `<app>/demo/media/`, and its `seed()` stores each with
`copy_demo_file` and gives the returned name to the file field, e.g.

    Image.objects.get_or_create(file=copy_demo_file(MEDIA / "ruong.jpg", "anh"), defaults=…)

Demo files have fixed names (`<folder>/demo/<file name>`), so that seeding twice stores nothing
new; they are served, like any upload, only when the content they belong to is public.
"""

from pathlib import Path

from django.core.files import File
from django.core.files.storage import default_storage


def copy_demo_file(source, folder):
    """Store `source` (a path) under `folder`/demo/ unless it is there already; its name in
    storage."""
    source = Path(source)
    name = default_storage.generate_filename(f"{folder}/demo/{source.name}")
    if default_storage.exists(name):
        return name
    with source.open("rb") as handle:
        return default_storage.save(name, File(handle))
