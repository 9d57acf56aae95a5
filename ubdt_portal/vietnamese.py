"""Vietnamese text handling shared by every app: NFC normalisation, accent folding, slugs."""

import re
import unicodedata

# đ/Đ carry no combining mark, so NFD does not split them; legacy text sometimes has the
# Icelandic eth (U+00D0) where Đ was meant.
_LETTER_MAP = str.maketrans({"đ": "d", "Đ": "D", "Ð": "D", "ð": "d"})


def nfc(text):
    """Text as stored: Unicode NFC (TCVN 6909)."""
    return unicodedata.normalize("NFC", text or "")


def fold(text):
    """Lower-case text with Vietnamese diacritics removed: "Hỗ trợ Đất ở" -> "ho tro dat o".

    Non-Latin scripts (Khmer, Tai Viet) keep their letters, only combining marks are dropped
    from Latin letters, so those texts are matched as NFC text.
    """
    text = nfc(text).translate(_LETTER_MAP)
    decomposed = unicodedata.normalize("NFD", text)
    kept = []
    for char in decomposed:
        if unicodedata.combining(char) and kept and kept[-1].isascii():
            continue
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept)).lower()


def slugify(text, max_length=200):
    """ASCII slug from a Vietnamese title: "Hỗ trợ đất ở" -> "ho-tro-dat-o", cut at a word
    boundary when longer than max_length."""
    ascii_text = fold(text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > max_length:
        cut = slug[: max_length + 1]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else slug[:max_length]
    return slug
