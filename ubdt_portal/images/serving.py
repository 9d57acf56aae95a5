"""Which stored files are images or their renditions, for ubdt_portal.files.

Renditions are named after their original (imagekit's `source_name_as_path`):
`<IMAGEKIT_CACHEFILE_DIR>/<original's name without extension>/<hash>.<ext>`.
"""

import posixpath

from ubdt_portal.files.registry import FoundFile

from .models import ORIGINALS_DIR, RENDITIONS_DIR, Image


def find(name):
    if name.startswith(RENDITIONS_DIR + "/"):
        return _find_rendition(name)
    if name.startswith(ORIGINALS_DIR + "/"):
        image = Image.objects.filter(file=name).first()
        if image is not None:
            return FoundFile(image.file, image, staff_only=True)
    return None


def _find_rendition(name):
    stem = posixpath.dirname(name[len(RENDITIONS_DIR) + 1 :])
    for image in Image.objects.filter(file__startswith=stem + "."):
        if posixpath.splitext(image.file.name)[0] != stem:
            continue
        for rendition in image.renditions():
            if rendition.name == name:
                return FoundFile(rendition, image)
    return None
