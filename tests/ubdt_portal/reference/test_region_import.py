"""Editors import a region list from a CSV file in the admin: a preview before anything is
saved, a Vietnamese message for every bad row, nothing saved from a file with errors, and a
list for a decision already imported replaces the old one."""

import re
from datetime import date
from html import unescape

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accounts import roles
from ubdt_portal.reference.models import Commune, CommuneClassification, RegionList

pytestmark = pytest.mark.django_db

IMPORT = reverse("admin:reference_regionlist_import")
HEADER = "ma_xa,khu_vuc,thon_dbkk,quyet_dinh\n"


@pytest.fixture
def codes():
    lao_cai = {c.slug: c.code for c in Commune.objects.filter(province__slug="lao-cai")}
    return lao_cai


def upload(client, text, *, title="Danh sách xã khu vực I, II, III", sample=False, name="ds.csv"):
    data = text.encode("utf-8") if isinstance(text, str) else text
    fields = {
        "file": SimpleUploadedFile(name, data, content_type="text/csv"),
        "decision_date": "29/01/2026",
        "title": title,
    }
    if sample:
        fields["is_sample"] = "on"
    return client.post(IMPORT, fields)


def confirm(client, preview):
    payload = re.search(r'name="payload" value="([^"]+)"', preview.content.decode()).group(1)
    return client.post(IMPORT, {"payload": unescape(payload)})


def page_errors(response):
    html = response.content.decode()
    return [
        unescape(e) for e in re.findall(r"<li>(Dòng [^<]+|Tệp [^<]+|Dòng đầu [^<]+)</li>", html)
    ]


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def test_an_editor_previews_then_saves_a_list(editor_client, codes):
    text = HEADER + (
        f"{codes['ta-van']},III,Thôn Séo Mý Tỷ; Thôn Tả Van Giáy,60/QĐ-BDTTG\n"
        f"{codes['sa-pa']},I,,60/QĐ-BDTTG\n"
        f"{codes['lao-cai']},,Thôn X,60/QĐ-BDTTG\n"
    )
    listing = editor_client.get(reverse("admin:reference_regionlist_changelist")).content
    assert IMPORT.encode() in listing
    preview = upload(editor_client, text)
    html = preview.content.decode()
    assert "Xem trước: chưa lưu gì" in html
    assert "60/QĐ-BDTTG, 29/01/2026" in html
    assert "3 (I: 1; II: 0; III: 1; ngoài vùng: 1)" in html
    assert "Xã Tả Van, Lào Cai" in html
    assert not RegionList.objects.exists()  # nothing saved by the preview

    saved = confirm(editor_client, preview)
    assert saved.status_code == 302
    region_list = RegionList.objects.get()
    assert (region_list.decision_number, region_list.decision_date) == (
        "60/QĐ-BDTTG",
        date(2026, 1, 29),
    )
    assert not region_list.is_sample
    ta_van = Commune.objects.get(code=codes["ta-van"]).current_classification()
    assert ta_van.region.code == "III" and ta_van.in_minority_area
    assert ta_van.village_list == ["Thôn Séo Mý Tỷ", "Thôn Tả Van Giáy"]
    outside = Commune.objects.get(code=codes["lao-cai"]).current_classification()
    assert outside.region is None and not outside.in_minority_area
    message = editor_client.get(saved.headers["Location"]).content.decode()
    assert "Đã lưu danh sách 60/QĐ-BDTTG: 3 xã." in message


def test_every_bad_row_is_named_in_vietnamese_and_nothing_is_saved(editor_client, codes):
    text = HEADER + (
        f"{codes['ta-van']},III,,60/QĐ-BDTTG\n"
        "99999,II,,60/QĐ-BDTTG\n"
        "abc,I,,60/QĐ-BDTTG\n"
        f"{codes['sa-pa']},IV,,60/QĐ-BDTTG\n"
        f"{codes['ta-van']},III,,60/QĐ-BDTTG\n"
        f"{codes['y-ty']},III,,104/QĐ-BDTTG\n"
        f"{codes['ban-ho']},KV III,,\n"
        ",I,,60/QĐ-BDTTG\n"
    )
    response = upload(editor_client, text)
    assert response.status_code == 200
    assert page_errors(response) == [
        "Dòng 3: không có xã nào mang mã 99999.",
        "Dòng 4: “abc” không phải mã xã (năm chữ số).",
        "Dòng 5: khu vực “IV” không phải I, II, III hoặc để trống (ngoài vùng).",
        f"Dòng 6: xã mã {codes['ta-van']} đã có ở dòng 2.",
        "Dòng 7: quyết định “104/QĐ-BDTTG” khác với “60/QĐ-BDTTG” ở dòng đầu tiên.",
        "Dòng 8: thiếu số quyết định.",
        "Dòng 9: thiếu mã xã.",
    ]
    assert "Chưa lưu gì: tệp có 7 lỗi." in response.content.decode()
    assert 'name="payload"' not in response.content.decode()  # no way to save it
    assert not RegionList.objects.exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "Tập tin được gửi là rỗng."),  # Django's own check of the upload
        (b"\n\n", "Tệp không có nội dung."),
        (HEADER.encode(), "Tệp không có dòng nào về xã."),
        ("ma_xa,khu_vuc\n00001,I\n", "Dòng đầu phải ghi tên các cột"),
        (
            "Mã xã;Khu vực\n".encode("cp1258", "replace") + b"\xff\xfe",
            "Tệp không phải văn bản mã UTF-8",
        ),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "Tệp không phải văn bản mã UTF-8"),
        (b"ma_xa,khu_vuc,quyet_dinh\n\x00\x00", "Tệp không phải tệp văn bản CSV."),
    ],
)
def test_a_file_that_is_not_a_list_is_refused_with_a_reason(editor_client, content, message):
    response = upload(editor_client, content)
    assert response.status_code == 200
    assert message in unescape(response.content.decode())
    assert not RegionList.objects.exists()


def test_vietnamese_headers_semicolons_and_a_bom_are_understood(editor_client, codes):
    text = "\ufeffMã xã;Khu vực;Thôn ĐBKK;Quyết định\n" + f"{codes['ta-van']};kv iii;;60/QĐ-BDTTG\n"
    preview = upload(editor_client, text)
    assert "Xem trước" in preview.content.decode()
    confirm(editor_client, preview)
    assert Commune.objects.get(code=codes["ta-van"]).current_classification().region.code == "III"


def test_importing_a_decision_again_replaces_its_list(editor_client, codes):
    first = HEADER + f"{codes['ta-van']},III,,60/QĐ-BDTTG\n{codes['sa-pa']},I,,60/QĐ-BDTTG\n"
    confirm(editor_client, upload(editor_client, first))
    second = HEADER + f"{codes['ta-van']},II,Thôn A,60/QĐ-BDTTG\n"
    preview = upload(editor_client, second, title="Danh sách đã sửa")
    assert (
        "Khi lưu, danh sách của quyết định 60/QĐ-BDTTG đã nhập trước đây (2 xã) sẽ được thay thế."
        in unescape(preview.content.decode())
    )
    saved = confirm(editor_client, preview)
    assert (
        "Đã thay danh sách 60/QĐ-BDTTG: 1 xã."
        in editor_client.get(saved.headers["Location"]).content.decode()
    )
    region_list = RegionList.objects.get()
    assert region_list.title == "Danh sách đã sửa"
    assert list(region_list.classifications.values_list("region__code", flat=True)) == ["II"]
    assert Commune.objects.get(code=codes["sa-pa"]).current_classification() is None


def test_a_bad_file_never_touches_the_list_already_imported(editor_client, codes):
    confirm(editor_client, upload(editor_client, HEADER + f"{codes['ta-van']},III,,60/QĐ-BDTTG\n"))
    upload(editor_client, HEADER + f"{codes['ta-van']},II,,60/QĐ-BDTTG\n99999,I,,60/QĐ-BDTTG\n")
    assert CommuneClassification.objects.get().region.code == "III"


def test_what_is_saved_is_what_was_previewed(editor_client, codes):
    preview = upload(editor_client, HEADER + f"{codes['ta-van']},III,,60/QĐ-BDTTG\n")
    payload = re.search(r'name="payload" value="([^"]+)"', preview.content.decode()).group(1)
    response = editor_client.post(IMPORT, {"payload": unescape(payload)[:-3] + "abc"})
    assert "Bản xem trước này đã hết hạn hoặc đã bị thay đổi." in response.content.decode()
    assert not RegionList.objects.exists()


def test_a_sample_list_is_saved_as_sample(editor_client, codes):
    preview = upload(editor_client, HEADER + f"{codes['ta-van']},III,,MẪU\n", sample=True)
    assert "Có: các trang sẽ ghi rõ đây là dữ liệu mẫu" in preview.content.decode()
    confirm(editor_client, preview)
    assert RegionList.objects.get().is_sample


@pytest.mark.parametrize("data", [{}, {"payload": ""}, {"payload": "x" * 5000}, {"file": "abc"}])
def test_junk_posts_get_a_normal_page(editor_client, data):
    assert editor_client.post(IMPORT, data).status_code == 200
    assert not RegionList.objects.exists()


def test_only_those_who_may_import_see_the_import(client, staff, codes):
    client.force_login(staff(roles.QA_OFFICER))
    assert client.get(IMPORT).status_code == 403
    text = HEADER + f"{codes['ta-van']},III,,60/QĐ-BDTTG\n"
    assert upload(client, text).status_code == 403
    assert (
        IMPORT not in client.get(reverse("admin:reference_regionlist_changelist")).content.decode()
    )
    client.logout()
    assert client.get(IMPORT).status_code == 302  # to the login page


def test_the_demo_sample_list_names_real_communes_and_is_labelled(client):
    from ubdt_portal.reference.demo import SAMPLE_COMMUNES, seed_sample_regions

    seed_sample_regions()
    seed_sample_regions()  # seeding twice changes nothing
    region_list = RegionList.objects.get()
    assert region_list.is_sample
    assert region_list.classifications.count() == len(SAMPLE_COMMUNES)
    lao_cai_iii = CommuneClassification.objects.filter(
        commune__province__slug="lao-cai", region__code="III"
    )
    assert lao_cai_iii.count() >= 5
    html = client.get("/xa/lao-cai/ta-van/").content.decode()
    assert "<strong>Khu vực III</strong>" in html
    assert "Dữ liệu mẫu." in html and "không phải danh sách chính thức" in html


def test_a_full_list_of_every_commune_takes_a_bounded_number_of_queries(
    editor_client, django_assert_max_num_queries
):
    rows = [
        f"{code},III,Thôn 1;Thôn 2,60/QĐ-BDTTG"
        for code in Commune.objects.values_list("code", flat=True)
    ]
    text = HEADER + "\n".join(rows) + "\n"
    with django_assert_max_num_queries(20):
        preview = upload(editor_client, text)
    assert "3321 (I: 0; II: 0; III: 3321; ngoài vùng: 0)" in preview.content.decode()
    with django_assert_max_num_queries(25):
        confirm(editor_client, preview)
    assert CommuneClassification.objects.count() == 3321
