"""The pages: sign-in, rate limit, CSRF, what each role may open, escaping, and the reviewer's forms."""

from __future__ import annotations

import re

import pytest

from tests.review.conftest import PASSWORD, login


def _csrf(page: str) -> str:
    return re.search(r'name="csrf-token" content="([^"]+)"', page).group(1)


def test_pages_send_strangers_to_the_sign_in_page(client):
    response = client.get("/cases/1", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/login?next=/cases/1"
    assert client.get("/", follow_redirects=False).headers["location"] == "/login"
    assert "登录" in client.get("/login").text


def test_sign_in_goes_to_the_role_home_and_sign_out_ends_it(client):
    response = login(client, "clerk")
    assert response.status_code == 303 and response.headers["location"] == "/due"
    page = client.get("/due").text
    assert "本周到期" in page and "clerk（办案人员）" in page
    assert client.post("/logout", data={"csrf_token": _csrf(page)}, follow_redirects=False).status_code == 303
    assert client.get("/due", follow_redirects=False).status_code == 303


def test_sign_in_never_redirects_off_site(client):
    token = _csrf(client.get("/login").text)
    response = client.post("/login", data={"username": "reviewer", "password": PASSWORD, "csrf_token": token,
                                           "next": "//evil.example/x"}, follow_redirects=False)
    assert response.headers["location"] == "/queue"


def test_forms_without_the_csrf_token_are_refused(client):
    response = client.post("/login", data={"username": "reviewer", "password": PASSWORD})
    assert response.status_code == 403 and "表单已过期" in response.text


def test_failed_sign_ins_are_rate_limited(client):
    for _ in range(4):
        assert login(client, "reviewer", "wrong-password").status_code == 401
    assert login(client, "reviewer", "wrong-password").status_code == 429  # the fifth failure locks
    locked = login(client, "reviewer")  # even the right password waits now
    assert locked.status_code == 429 and "登录失败次数过多" in locked.text


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        ("reviewer", {"/queue", "/cases", "/cases/1", "/due", "/dashboard", "/documents/1"}),
        ("clerk", {"/cases", "/cases/1", "/due", "/dashboard", "/documents/1"}),
        ("procuratorate", {"/cases", "/cases/1", "/dashboard", "/documents/1"}),
        ("admin", {"/queue", "/cases", "/cases/1", "/due", "/dashboard", "/documents/1"}),
    ],
)
def test_each_role_opens_only_its_pages(client, role, allowed):
    login(client, role)
    for path in ("/queue", "/cases", "/cases/1", "/due", "/dashboard", "/documents/1"):
        response = client.get(path)
        assert response.status_code == (200 if path in allowed else 403), (role, path)
        if response.status_code == 403:
            assert "无权访问" in response.text


def test_menu_shows_only_allowed_pages(client):
    login(client, "procuratorate")
    page = client.get("/dashboard").text
    assert 'href="/dashboard"' in page and 'href="/queue"' not in page and 'href="/due"' not in page


def test_extracted_text_is_shown_escaped(client, ledger):
    login(client, "reviewer")
    page = client.get(f"/documents/{ledger.ruling_id}").text
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;某某建材厂" in page


def test_review_page_says_why_a_value_is_doubted(client, ledger):
    login(client, "reviewer")
    page = client.get(f"/documents/{ledger.ruling_id}").text
    assert "存疑：名称既不像人名，也不以单位名称常见的结尾结束" in page


def test_review_page_shows_source_fields_and_shortcuts(client, ledger):
    login(client, "reviewer")
    page = client.get(f"/documents/{ledger.penalty_id}").text
    assert "户国土罚字〔2025〕第12号" in page
    assert f'src="/documents/{ledger.penalty_id}/pages/1.png"' in page
    assert "<kbd>j</kbd>" in page and "<kbd>a</kbd> 确认" in page
    assert re.search(r'data-name="doc_number"[^>]*data-box="[\d.]+,[\d.]+,[\d.]+,[\d.]+"', page, re.S)
    assert "送达行政处罚决定书" in page  # the case's duties beside the fields


def test_read_only_roles_get_no_forms(client, ledger):
    login(client, "clerk")
    page = client.get(f"/documents/{ledger.penalty_id}").text
    assert "/corrections" not in page and "只读" in page


def test_page_images_render_for_pdfs_only(client, ledger):
    login(client, "procuratorate")
    image = client.get(f"/documents/{ledger.penalty_id}/pages/1.png")
    assert image.status_code == 200 and image.content.startswith(b"\x89PNG")
    assert client.get(f"/documents/{ledger.ruling_id}/pages/1.png").status_code == 404
    assert client.get(f"/documents/{ledger.penalty_id}/pages/9.png").status_code == 404


def test_queue_page_lists_and_filters(client, ledger):
    login(client, "reviewer")
    page = client.get("/queue").text
    assert page.index(f"/documents/{ledger.penalty_id}\"") < page.index(f"/documents/{ledger.ruling_id}\"")
    assert "存在冲突值" in page
    courts = client.get("/queue?agency=court").text
    assert f"/documents/{ledger.ruling_id}\"" in courts and f"/documents/{ledger.penalty_id}\"" not in courts


def test_correcting_by_form_moves_the_deadline_on_the_case_page(client, ledger):
    login(client, "reviewer")
    review = client.get(f"/documents/{ledger.penalty_id}").text
    case_path = re.search(r'href="(/cases/\d+)"', review).group(1)
    assert "2025-05-06" in client.get(case_path).text
    response = client.post(f"/documents/{ledger.penalty_id}/corrections", data={
        "csrf_token": _csrf(review), "field": "dates", "value": "2025-03-10", "role": "served", "position": "3"},
        follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].endswith("?f=3")
    assert "已保存更正" in client.get(response.headers["location"]).text
    case_page = client.get(case_path).text
    assert "2025-05-09" in case_page and "2025-05-06" not in case_page
    assert "<svg" in case_page and "处罚决定送达" in case_page


def test_bad_form_values_come_back_as_a_message(client, ledger):
    login(client, "reviewer")
    review = client.get(f"/documents/{ledger.penalty_id}").text
    response = client.post(f"/documents/{ledger.penalty_id}/corrections", data={
        "csrf_token": _csrf(review), "field": "issue_date", "value": "三月四日"})
    assert "未保存" in response.text and "YYYY-MM-DD" in response.text


def test_confirming_a_field_by_form(client, ledger):
    login(client, "reviewer")
    review = client.get(f"/documents/{ledger.penalty_id}").text
    action = re.search(r'action="(/documents/\d+/fields/\d+/confirm)"', review).group(1)
    response = client.post(action, data={"csrf_token": _csrf(review), "position": "0"}, follow_redirects=False)
    assert response.headers["location"].endswith("?f=1")
    assert "已确认" in client.get(response.headers["location"]).text


def test_relinking_a_document_to_a_new_case(client, ledger):
    login(client, "reviewer")
    review = client.get(f"/documents/{ledger.ruling_id}").text
    old_case = re.search(r'所属案件 <a href="/cases/(\d+)"', review).group(1)
    response = client.post(f"/documents/{ledger.ruling_id}/case", data={"csrf_token": _csrf(review), "case_id": ""})
    assert "文书已归入案件" in response.text
    new_case = re.search(r'所属案件 <a href="/cases/(\d+)"', response.text).group(1)
    assert new_case != old_case


def test_clerk_cannot_post_corrections(client, ledger):
    login(client, "clerk")
    page = client.get("/due").text
    response = client.post(f"/documents/{ledger.penalty_id}/corrections",
                           data={"csrf_token": _csrf(page), "field": "title", "value": "x"})
    assert response.status_code == 403


def test_due_list_and_dashboard_count_by_actor_and_agency(client):
    login(client, "admin")
    due = client.get("/due").text
    assert "自然资源主管部门" in due and "送达行政处罚决定书" in due and "已逾期" in due
    dashboard = client.get("/dashboard").text
    assert "按责任主体" in dashboard and "按制发机关" in dashboard and "户县国土资源局" in dashboard


def test_pages_forbid_inline_scripts_and_framing(client):
    response = client.get("/login")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-frame-options"] == "DENY"


def test_a_photo_shows_its_ocr_box_on_the_page_image(client, ledger, tmp_path):
    from PIL import Image

    from ledger.archive import archive_file, sha256_file
    from ledger.record import record_document
    from models.db import session_scope

    photo = tmp_path / "催告书照片.png"
    Image.new("RGB", (1000, 1400), "white").save(photo)
    sha = sha256_file(photo)
    fields = {"doc_type": {"value": "demand_notice", "confidence": 0.9},
              "doc_number": {"value": "户国土催字〔2025〕第3号", "confidence": 0.62,
                             "span": {"page": 1, "start": 4, "end": 17, "box": [100, 140, 600, 210]}}}
    with session_scope(ledger.url) as session:
        outcome = record_document(session, sha256=sha, original_name=photo.name,
                                  archive_path=str(archive_file(photo, ledger.settings.home, sha)),
                                  extraction={"reader": "ocr", "pages": 1, "fields": fields})
    login(client, "reviewer")
    page = client.get(f"/documents/{outcome.document_id}").text
    assert 'data-box="10.0,10.0,60.0,15.0"' in page
    image = client.get(f"/documents/{outcome.document_id}/pages/1.png")
    assert image.status_code == 200 and image.content.startswith(b"\x89PNG")


def test_uploads_land_in_the_inbox_for_the_drop_folder_checks(client, ledger, tmp_path):
    from dataclasses import replace

    client.app.state.config = replace(client.app.state.config, inbox=tmp_path / "inbox", max_file_bytes=1024)
    login(client, "clerk")
    token = _csrf(client.get("/upload").text)
    files = [("files", ("../../etc/处罚决定.txt", "行政处罚决定书\n户国土罚字〔2025〕第13号".encode(), "text/plain")),
             ("files", ("大扫描件.pdf", b"%PDF-" + b"0" * 2048, "application/pdf"))]
    page = client.post("/upload", data={"csrf_token": token}, files=files).text
    assert "已放入收件箱：处罚决定.txt" in page and "超过大小上限" in page
    assert sorted(p.name for p in (tmp_path / "inbox").iterdir()) == ["处罚决定.txt"]
    login(client, "procuratorate")
    assert client.get("/upload").status_code == 403
