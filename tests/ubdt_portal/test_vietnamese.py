import pytest

from ubdt_portal.vietnamese import fold, nfc, slugify


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Hỗ trợ đất ở", "ho-tro-dat-o"),
        ("Ê Đê", "e-de"),
        ("ĐẮK LẮK", "dak-lak"),
        ("Ðắk Nông", "dak-nong"),  # legacy U+00D0 for Đ
        ("Quyết định 1719/QĐ-TTg", "quyet-dinh-1719-qd-ttg"),
        ("  Chính sách — dân tộc  ", "chinh-sach-dan-toc"),
    ],
)
def test_slugs_are_ascii_with_diacritics_folded(title, slug):
    assert slugify(title) == slug


def test_tone_placement_styles_fold_to_the_same_text():
    assert fold("hoà thuỷ") == fold("hòa thủy") == "hoa thuy"


def test_decomposed_input_is_stored_as_nfc():
    decomposed = "Vie\u0323\u0302t"  # "Việt" typed with combining marks
    assert nfc(decomposed) == "Việt"
    assert len(nfc(decomposed)) == 4


def test_non_latin_scripts_keep_their_marks():
    khmer = "ខ្មែរ"
    assert fold(khmer) == khmer
