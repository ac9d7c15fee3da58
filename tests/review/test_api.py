"""The JSON API: shapes per contract.md, corrections that stick and move deadlines, and refusals."""

from __future__ import annotations

import pytest
from sqlmodel import select

from ledger.record import record_document
from models.db import session_scope
from models.tables import AuditEntry, Document
from tests.review.conftest import bearer, login

ROUTES = [
    ("get", "/api/queue"),
    ("get", "/api/documents/1"),
    ("post", "/api/documents/1/corrections"),
    ("get", "/api/cases"),
    ("get", "/api/cases/1"),
]


def _due(case: dict, code: str) -> str:
    return next(o["due"] for o in case["obligations"] if o["code"] == code)


@pytest.mark.parametrize(("method", "path"), ROUTES)
def test_every_route_refuses_anonymous_and_bad_tokens(client, method, path):
    body = {"json": {"field": "title", "value": "x"}} if method == "post" else {}
    assert getattr(client, method)(path, **body).status_code == 401
    bad = getattr(client, method)(path, headers={"Authorization": "Bearer xj_not-a-token"}, **body)
    assert bad.status_code == 401
    assert bad.json()["detail"] == "未登录或令牌无效"


@pytest.mark.parametrize(
    ("role", "allowed"),
    [("reviewer", {0, 1, 2, 3, 4}), ("admin", {0, 1, 2, 3, 4}), ("clerk", {1, 3, 4}), ("procuratorate", {1, 3, 4})],
)
def test_roles_see_only_what_they_may(client, ledger, role, allowed):
    for number, (method, path) in enumerate(ROUTES):
        body = {"json": {"field": "title", "value": "行政处罚决定书"}} if method == "post" else {}
        response = getattr(client, method)(path, headers=bearer(ledger, role), **body)
        assert response.status_code == (200 if number in allowed else 403), (role, path, response.text)


def test_queue_puts_the_nearest_deadline_first_and_filters(client, ledger):
    items = client.get("/api/queue", headers=bearer(ledger, "reviewer")).json()
    ids = [i["id"] for i in items]
    assert ids[0] == ledger.penalty_id  # its serve-decision duty is due 2025-03-12
    penalty = items[0]
    assert penalty["nearest_due"] == "2025-03-12"
    assert any("低置信度" in r for r in penalty["reasons"])
    assert any("估算" in r for r in penalty["reasons"])
    ruling = next(i for i in items if i["id"] == ledger.ruling_id)
    assert any("冲突" in r for r in ruling["reasons"]) and ruling["agency"] == "court"
    courts = client.get("/api/queue?agency=court", headers=bearer(ledger, "reviewer")).json()
    assert [i["id"] for i in courts] == [ledger.ruling_id]
    penalties = client.get("/api/queue?doc_type=penalty_decision", headers=bearer(ledger, "reviewer")).json()
    assert [i["id"] for i in penalties] == [ledger.penalty_id]


def test_document_fields_are_shaped_like_extract_with_source(client, ledger):
    doc = client.get(f"/api/documents/{ledger.penalty_id}", headers=bearer(ledger, "clerk")).json()
    fields = doc["fields"]
    assert fields["doc_number"]["value"] == "户国土罚字〔2025〕第12号"
    assert fields["doc_number"]["source"] == "rule"
    assert fields["issue_date"]["status"] == "needs_review"
    assert fields["parties"][0]["name"] == "西安一宇路桥建设养护有限公司"
    assert fields["parties"][0]["span"]["page"] == 1
    assert client.get("/api/documents/999", headers=bearer(ledger, "clerk")).status_code == 404


def test_correction_is_a_reviewer_value_audited_and_kept_by_reextraction(client, ledger):
    headers = bearer(ledger, "reviewer")
    response = client.post(f"/api/documents/{ledger.penalty_id}/corrections", headers=headers,
                           json={"field": "issue_date", "value": "2025-03-04"})
    assert response.status_code == 200
    assert response.json()["fields"]["issue_date"] == response.json()["fields"]["issue_date"] | {
        "value": "2025-03-04", "source": "reviewer", "status": "corrected"}
    again = client.get(f"/api/documents/{ledger.penalty_id}", headers=headers).json()
    assert again["fields"]["issue_date"]["source"] == "reviewer"
    with session_scope(ledger.url) as session:
        entry = session.exec(select(AuditEntry).where(AuditEntry.action == "correct")).one()
        assert entry.who == "reviewer" and entry.new["value"] == {"value": "2025-03-04"}
        document = session.get(Document, ledger.penalty_id)
        rerun = dict(document.extraction)
        rerun["fields"] = {**rerun["fields"], "issue_date": {"value": "2025-03-03", "confidence": 0.99}}
        record_document(session, sha256=document.sha256, original_name=document.original_name,
                        archive_path=document.archive_path, extraction=rerun, reextract=True)
    after = client.get(f"/api/documents/{ledger.penalty_id}", headers=headers).json()
    assert after["fields"]["issue_date"]["value"] == "2025-03-04"


def test_adding_a_service_date_moves_the_case_deadlines(client, ledger):
    headers = bearer(ledger, "reviewer")
    case_id = client.get(f"/api/documents/{ledger.penalty_id}", headers=headers).json()["case_id"]
    before = client.get(f"/api/cases/{case_id}", headers=headers).json()
    assert _due(before, "reconsideration_window") == "2025-05-06"  # 60 days from the estimated 2025-03-03
    response = client.post(f"/api/documents/{ledger.penalty_id}/corrections", headers=headers,
                           json={"field": "dates", "value": {"value": "2025-03-10", "role": "served"}})
    assert response.status_code == 200
    added = response.json()["fields"]["dates"][-1]
    assert added["value"] == "2025-03-10" and added["role"] == "served" and added["source"] == "reviewer"
    after = client.get(f"/api/cases/{case_id}", headers=headers).json()
    assert _due(after, "reconsideration_window") == "2025-05-09"
    window = next(o for o in after["obligations"] if o["code"] == "reconsideration_window")
    assert window["estimated"] is False


def test_list_items_are_corrected_by_index_and_added_without(client, ledger):
    headers = bearer(ledger, "reviewer")
    url = f"/api/documents/{ledger.ruling_id}/corrections"
    fixed = client.post(url, headers=headers, json={"field": "parties", "index": 1,
                                                     "value": {"role": "respondent", "name": "户县某某建材厂"}})
    assert fixed.status_code == 200
    parties = fixed.json()["fields"]["parties"]
    assert parties[1]["name"] == "户县某某建材厂" and parties[1]["kind"] == "organization"
    added = client.post(url, headers=headers, json={"field": "parties", "value": {
        "role": "third_party", "name": "户县玉蝉镇人民政府", "kind": "organization"}})
    assert [p["name"] for p in added.json()["fields"]["parties"]][-1] == "户县玉蝉镇人民政府"
    confirmed = client.post(url, headers=headers, json={"field": "ruling_type", "value": "enforce"}).json()
    assert "alternatives" not in confirmed["fields"]["ruling_type"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"field": "issue_date", "value": "2025年3月4日"}, "YYYY-MM-DD"),
        ({"field": "ruling_type", "value": "maybe"}, "不是有效代码"),
        ({"field": "colour", "value": "红"}, "未知字段"),
        ({"field": "parties", "index": 7, "value": {"role": "party", "name": "张三"}}, "没有第 7 项"),
        ({"field": "parties", "value": {"role": "boss", "name": "张三"}}, "不是有效代码"),
        ({"field": "title", "index": 0, "value": "决定书"}, "不是列表"),
    ],
)
def test_bad_corrections_are_refused_in_chinese(client, ledger, body, message):
    response = client.post(f"/api/documents/{ledger.penalty_id}/corrections", headers=bearer(ledger, "reviewer"),
                           json=body)
    assert response.status_code == 422
    assert message in response.json()["detail"]


def test_session_calls_need_the_csrf_header_but_tokens_do_not(client, ledger):
    assert login(client, "reviewer").status_code == 303
    url = f"/api/documents/{ledger.penalty_id}/corrections"
    body = {"field": "title", "value": "行政处罚决定书"}
    assert client.get("/api/queue").status_code == 200
    refused = client.post(url, json=body)
    assert refused.status_code == 403 and "表单已过期" in refused.json()["detail"]
    page = client.get("/queue").text
    token = page.split('name="csrf-token" content="')[1].split('"')[0]
    assert client.post(url, json=body, headers={"X-CSRF-Token": token}).status_code == 200


def test_cases_follow_the_contract(client, ledger):
    cases = client.get("/api/cases", headers=bearer(ledger, "procuratorate")).json()
    assert len(cases) == 2
    linked = next(c for c in cases if len(c["documents"]) == 2)  # the ruling cites the decision's number
    assert {d["doc_type"] for d in linked["documents"]} == {"penalty_decision", "court_ruling"}
    obligation = linked["obligations"][0]
    assert {"code", "actor", "due", "counting", "basis", "rule", "status", "trigger_document"} <= set(obligation)
    assert client.get("/api/cases/999", headers=bearer(ledger, "clerk")).status_code == 404


def test_openapi_documents_the_api(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/queue", "/api/documents/{document_id}", "/api/documents/{document_id}/corrections",
            "/api/cases", "/api/cases/{case_id}"} <= set(paths)
    assert "/login" not in paths


def test_api_docs_page_needs_no_network(client):
    page = client.get("/docs")
    assert page.status_code == 200
    assert "/static/swagger/swagger-ui-bundle.js" in page.text and "cdn" not in page.text.lower()
    script = client.get("/static/swagger/swagger-ui-bundle.js")
    assert script.status_code == 200 and len(script.content) > 100_000


def test_unlinked_and_ambiguous_documents_are_queued(client, ledger):
    from models.tables import Case, LinkCandidate

    with session_scope(ledger.url) as session:
        notice = session.get(Document, ledger.notice_id)
        first = notice.case_id
        other = Case(title="市资规告字〔2025〕第7号（另案）")
        session.add(other)
        session.flush()
        notice.case_id = None
        session.add(notice)
        session.add(LinkCandidate(document_id=ledger.notice_id, case_id=first, reason="当事人相同"))
        session.add(LinkCandidate(document_id=ledger.notice_id, case_id=other.id, reason="当事人相同"))
    items = client.get("/api/queue", headers=bearer(ledger, "admin")).json()
    notice_item = next(i for i in items if i["id"] == ledger.notice_id)
    assert "关联案件有歧义（候选 2 个）" in notice_item["reasons"]
    assert notice_item["nearest_due"] is None and items[-1]["id"] == ledger.notice_id  # no deadline: last
