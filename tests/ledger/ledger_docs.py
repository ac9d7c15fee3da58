"""Realistic extraction JSON lines (contract.md) for ledger tests, one builder per document kind.

The case: 西安市鄠邑区自然资源局 against 西安一宇路桥建设养护有限公司 for occupying
collective land at 鄠邑区玉蝉街道东韩村 — penalty decision, 送达回证, 催告书,
enforcement application, court acceptance, ruling, copies to the procuratorate.
"""

from __future__ import annotations

import hashlib
from typing import Any

BUREAU = "西安市鄠邑区自然资源局"
COMPANY = "西安一宇路桥建设养护有限公司"
COURT = "西安市鄠邑区人民法院"
PROCURATORATE = "西安市鄠邑区人民检察院"
PLACE = "鄠邑区玉蝉街道东韩村"
DECISION_NO = "鄠自然资罚字〔2025〕第12号"
DEMAND_NO = "鄠自然资催字〔2025〕第3号"
APPLICATION_NO = "鄠自然资执申〔2025〕5号"
COURT_NO = "（2025）陕0118行审45号"


def item(value: Any, confidence: float = 0.95, start: int = 0, **extra: Any) -> dict[str, Any]:
    text = str(value)
    return {"value": value, **extra, "confidence": confidence,
            "span": {"page": 1, "start": start, "end": start + len(text)}, "source": "rule"}


def party(role: str, name: str, kind: str = "organization", confidence: float = 0.93, **extra: Any
          ) -> dict[str, Any]:
    return {"role": role, "name": name, "kind": kind, **extra, "confidence": confidence,
            "span": {"page": 1, "start": 40, "end": 40 + len(name)}, "source": "rule"}


def reference(number: str, doc_type: str | None = None, date: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"doc_number": number}
    if doc_type:
        out["doc_type"] = doc_type
    if date:
        out["date"] = date
    return {**out, "confidence": 0.9, "span": {"page": 1, "start": 100, "end": 100 + len(number)}, "source": "rule"}


def dated(value: str, role: str, confidence: float = 0.9) -> dict[str, Any]:
    return item(value, confidence, start=300, role=role)


def extraction(name: str, fields: dict[str, Any], reader: str = "ocr", pages: int = 2) -> dict[str, Any]:
    """One `xianjie extract --json` line; the hash stands in for the file's bytes."""
    sha = hashlib.sha256(f"{name}|{sorted(fields)}|{fields.get('doc_number')}".encode()).hexdigest()
    return {"file": f"inbox/{name}", "sha256": sha, "reader": reader, "pages": pages, "seconds": 1.2,
            "fields": fields}


def penalty_decision(number: str = DECISION_NO, issued: str = "2025-01-06", company: str = COMPANY,
                     place: str = PLACE, fine: float = 52340.0, demolition: bool = False) -> dict[str, Any]:
    title = "行政处罚决定书"
    fields: dict[str, Any] = {
        "doc_type": item("penalty_decision", 0.97),
        "title": item(title, 0.98),
        "doc_number": item(number, 0.96),
        "issuer": item(BUREAU, 0.95),
        "issue_date": item(issued, 0.94),
        "parties": [party("party", company, credit_code="91610125MA6U12345X", address="西安市鄠邑区甘亭街道")],
        "fine_amount": item(fine, 0.9),
        "area_m2": item(523.4, 0.9),
        "location": item(place, 0.88),
        "legal_basis": [item("《中华人民共和国土地管理法》第七十七条", 0.92)],
        "stated_deadlines": [item("自收到本决定书之日起十五日内", 0.9, days=15, unit="calendar_days")],
        "dates": [dated(issued, "issued")],
    }
    if demolition:
        fields["demolition"] = item(True, 0.9)
    return extraction(f"处罚决定书_{number}.pdf", fields)


def service_receipt(served: str, cited: str = DECISION_NO, cited_type: str = "penalty_decision",
                    company: str = COMPANY) -> dict[str, Any]:
    fields = {
        "doc_type": item("service_receipt", 0.95),
        "title": item("送达回证", 0.97),
        "issuer": item(BUREAU, 0.9),
        "parties": [party("party", company)],
        "references": [reference(cited, cited_type)],
        "dates": [dated(served, "served", 0.88)],
    }
    return extraction(f"送达回证_{cited}_{served}.jpg", fields, pages=1)


def demand_notice(issued: str = "2025-07-15", number: str = DEMAND_NO) -> dict[str, Any]:
    fields = {
        "doc_type": item("demand_notice", 0.96),
        "title": item("催告书", 0.98),
        "doc_number": item(number, 0.95),
        "issuer": item(BUREAU, 0.95),
        "issue_date": item(issued, 0.93),
        "parties": [party("party", COMPANY)],
        "references": [reference("鄠自然资罚字[2025]12号", "penalty_decision", "2025-01-06")],
        "stated_deadlines": [item("自收到本催告书之日起十日内", 0.9, days=10, unit="working_days")],
        "dates": [dated(issued, "issued")],
    }
    return extraction(f"催告书_{number}.pdf", fields)


def enforcement_application(issued: str = "2025-08-05") -> dict[str, Any]:
    fields = {
        "doc_type": item("enforcement_application", 0.96),
        "title": item("强制执行申请书", 0.97),
        "doc_number": item(APPLICATION_NO, 0.93),
        "issuer": item(BUREAU, 0.95),
        "recipient": item(COURT, 0.94),
        "issue_date": item(issued, 0.95),
        "parties": [party("applicant", BUREAU), party("respondent", COMPANY)],
        "references": [reference("鄠自然资罚字（2025）第12号", "penalty_decision"),
                       reference(DEMAND_NO, "demand_notice")],
        "location": item(PLACE, 0.85),
        "dates": [dated(issued, "issued")],
    }
    return extraction("强制执行申请书.docx", fields, reader="docx")


def court_acceptance(received: str = "2025-08-06", accepted: str = "2025-08-08") -> dict[str, Any]:
    fields = {
        "doc_type": item("court_acceptance", 0.95),
        "title": item("受理案件通知书", 0.97),
        "doc_number": item(COURT_NO, 0.94),
        "issuer": item(COURT, 0.95),
        "recipient": item(BUREAU, 0.93),
        "issue_date": item(accepted, 0.94),
        "parties": [party("applicant", BUREAU), party("respondent", COMPANY)],
        "references": [reference(DECISION_NO, "penalty_decision")],
        "dates": [dated(received, "received"), dated(accepted, "accepted")],
    }
    return extraction("受理案件通知书.pdf", fields, reader="pdf_text", pages=1)


def court_ruling(ruled: str = "2025-08-14", ruling_type: str = "enforce", served: str | None = None,
                 number: str = "(2025)陕0118行审45号") -> dict[str, Any]:
    dates = [dated(ruled, "issued"), dated("2025-08-08", "accepted")]
    if served:
        dates.append(dated(served, "served"))
    fields = {
        "doc_type": item("court_ruling", 0.97),
        "title": item("行政裁定书", 0.98),
        "doc_number": item(number, 0.95),
        "issuer": item(COURT, 0.96),
        "issue_date": item(ruled, 0.95),
        "parties": [party("applicant", BUREAU), party("respondent", COMPANY)],
        "references": [reference("鄠自然资罚字〔2025〕第12號", "penalty_decision", "2025-01-06")],
        "ruling_type": item(ruling_type, 0.93),
        "executor": item("court", 0.85),
        "dates": dates,
    }
    return extraction(f"行政裁定书_{ruling_type}.pdf", fields, reader="pdf_text")


def copy_letter(issued: str, cited: str, name: str = "抄送函") -> dict[str, Any]:
    """A 抄送/报送 letter from the bureau to the procuratorate, citing what it sends."""
    fields = {
        "doc_type": item("case_referral", 0.8),
        "title": item("关于报送非诉执行案件材料的函", 0.9),
        "issuer": item(BUREAU, 0.95),
        "recipient": item(PROCURATORATE, 0.94),
        "issue_date": item(issued, 0.95),
        "references": [reference(cited)],
        "dates": [dated(issued, "issued")],
    }
    return extraction(f"{name}_{issued}.docx", fields, reader="docx", pages=1)


def procuratorial_suggestion(issued: str = "2025-12-31", received: str | None = None,
                             number: str = "鄠检行建〔2025〕8号") -> dict[str, Any]:
    dates = [dated(issued, "issued")]
    if received:
        dates.append(dated(received, "received"))
    fields = {
        "doc_type": item("procuratorial_suggestion", 0.95),
        "title": item("检察建议书", 0.98),
        "doc_number": item(number, 0.94),
        "issuer": item(PROCURATORATE, 0.95),
        "recipient": item(BUREAU, 0.93),
        "issue_date": item(issued, 0.94),
        "references": [reference(DECISION_NO, "penalty_decision")],
        "dates": dates,
    }
    return extraction("检察建议书.pdf", fields)


def suggestion_reply(issued: str, cited: str = "鄠检行建〔2025〕8号") -> dict[str, Any]:
    fields = {
        "doc_type": item("suggestion_reply", 0.92),
        "title": item("关于检察建议落实情况的回复", 0.9),
        "issuer": item(BUREAU, 0.95),
        "recipient": item(PROCURATORATE, 0.94),
        "issue_date": item(issued, 0.95),
        "references": [reference(cited, "procuratorial_suggestion")],
        "dates": [dated(issued, "issued")],
    }
    return extraction("检察建议回复.docx", fields, reader="docx")


def ingest(session: Any, extraction_line: dict[str, Any], today: Any, region: str = "national") -> Any:
    """What `xianjie ingest` does after extraction (ledger.filing); returns the link outcome."""
    from ledger.filing import file_document

    sha = extraction_line["sha256"]
    filed = file_document(session, sha256=sha, original_name=extraction_line["file"],
                          archive_path=f"archive/{sha[:2]}/{sha}", extraction=extraction_line, today=today,
                          region=region)
    session.commit()
    return filed.link


def by_code(obligations: list[Any]) -> dict[str, Any]:
    """Obligations (rows or JSON dicts) keyed by code; the tests' cases have one of each."""
    out: dict[str, Any] = {}
    for o in obligations:
        code = o["code"] if isinstance(o, dict) else o.code
        out[code] = o
    return out
