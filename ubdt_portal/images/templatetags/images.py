from django import template

from ..models import FALLBACK_WIDTH

register = template.Library()


@register.inclusion_tag("images/picture.html")
def picture(image, sizes="100vw", lazy=True, caption=True):
    """`<picture>` with WebP renditions and a JPEG fallback, its width and height given so that
    nothing moves while it loads. `sizes` says how wide it is shown (e.g. "(min-width: 48rem)
    45rem, 100vw"); `lazy=False` for an image seen without scrolling, which must not wait."""
    width, height = image.rendition_size(FALLBACK_WIDTH)
    return {
        "image": image,
        "sizes": sizes,
        "lazy": lazy,
        "caption": caption and (image.caption or image.credit),
        "fallback_url": image.rendition_url("jpeg", FALLBACK_WIDTH),
        "width": width,
        "height": height,
        "webp_srcset": image.srcset("webp"),
        "jpeg_srcset": image.srcset("jpeg"),
    }
