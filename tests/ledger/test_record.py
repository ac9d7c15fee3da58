"""Recording extractions: fields with their review status, duplicates, reviewers' values kept; the archive."""

from __future__ import annotations

import copy
import hashlib
from datetime import date

import ledger_docs as docs
import pytest
from sqlmodel import select

from ledger.archive import archive_file, quarantine_file, record_quarantine, sha256_file
from ledger.corrections import confirm_field, correct_field, review_queue
from ledger.fields import document_fields_json, document_values
from ledger.record import record_document
from models.tables import AuditEntry, Document, DocumentField, DocumentReference, Party, QuarantineEntry

TODAY = date(2025, 8, 20)


def _record(session, line, **kwargs):
    return record_document(session, sha256=line["sha256"], original_name=line["file"],
                           archive_path="archive/x", extraction=line, **kwargs)


def test_record_stores_document_and_one_row_per_value(session):
    line = docs.penalty_decision()
    outcome = _record(session, line)
    session.commit()
    assert outcome.created and not outcome.duplicate and "已入账" in outcome.message
    document = session.get(Document, outcome.document_id)
    assert document.doc_type == "penalty_decision"
    assert document.doc_number == docs.DECISION_NO and document.doc_number_key == "鄠自然资罚字(2025)12号"
    assert document.issue_date == date(2025, 1, 6) and document.reader == "ocr" and document.pages == 2
    assert document.extraction["fields"]["fine_amount"]["value"] == 52340.0
    rows = session.exec(select(DocumentField).where(DocumentField.document_id == document.id)).all()
    scalars = [r for r in rows if r.index is None]
    assert {r.name for r in scalars} >= {"doc_type", "doc_number", "issue_date", "fine_amount", "location"}
    party = next(r for r in rows if r.name == "parties")
    assert party.index == 0 and party.value["name"] == docs.COMPANY and party.source == "rule"
    assert party.span == {"page": 1, "start": 40, "end": 54}
    parties = session.exec(select(Party).where(Party.document_id == document.id)).all()
    assert [p.credit_code for p in parties] == ["91610125MA6U12345X"]


def test_low_confidence_values_go_to_review(session):
    line = docs.penalty_decision()
    line["fields"]["location"]["confidence"] = 0.55
    outcome = _record(session, line)
    assert outcome.needs_review == ["location"]
    assert "待人工审核字段：location" in outcome.message
    assert session.get(Document, outcome.document_id).status == "needs_review"
    assert [f.name for f in review_queue(session)] == ["location"]


def test_threshold_is_a_parameter(session):
    outcome = _record(session, docs.penalty_decision(), threshold=0.95)
    assert "location" in outcome.needs_review and "doc_type" not in outcome.needs_review


def test_same_bytes_twice_is_a_no_op_that_says_so(session):
    line = docs.penalty_decision()
    first = _record(session, line)
    count = len(session.exec(select(DocumentField)).all())
    second = _record(session, copy.deepcopy(line))
    assert second.duplicate and not second.created and second.document_id == first.document_id
    assert "未重复记录" in second.message
    assert len(session.exec(select(DocumentField)).all()) == count
    assert len(session.exec(select(Document)).all()) == 1


def test_reextraction_never_overwrites_a_reviewer(session):
    line = docs.penalty_decision()
    outcome = _record(session, line)
    correct_field(session, outcome.document_id, name="fine_amount", value=50000.0, who="王审核", today=TODAY)
    location = session.exec(select(DocumentField).where(DocumentField.name == "location")).one()
    confirm_field(session, location.id, who="王审核", today=TODAY)
    again = copy.deepcopy(line)
    again["fields"]["fine_amount"]["value"] = 99999.0
    again["fields"]["location"]["value"] = "鄠邑区甘亭街道"
    again["fields"]["area_m2"]["value"] = 600.0
    redo = _record(session, again, reextract=True)
    assert redo.duplicate and set(redo.kept_reviewer_fields) == {"fine_amount", "location"}
    values = document_values(session, outcome.document_id)
    assert values["fine_amount"] == 50000.0 and values["location"] == docs.PLACE
    assert values["area_m2"] == 600.0  # machine values do follow the new run
    shown = document_fields_json(session, outcome.document_id)
    assert shown["fine_amount"]["source"] == "reviewer" and shown["fine_amount"]["status"] == "corrected"
    assert shown["location"]["status"] == "confirmed"


def test_corrections_add_and_replace_list_items(session):
    outcome = _record(session, docs.court_ruling())
    correct_field(session, outcome.document_id, name="parties", index=1,
                  value={"role": "respondent", "name": "西安一宇路桥建设养护有限责任公司", "kind": "organization"},
                  who="李审核", today=TODAY)
    correct_field(session, outcome.document_id, name="references",
                  value={"doc_number": "鄠自然资催字〔2025〕第3号", "doc_type": "demand_notice"},
                  who="李审核", today=TODAY)
    shown = document_fields_json(session, outcome.document_id)
    assert shown["parties"][1]["name"] == "西安一宇路桥建设养护有限责任公司"
    assert shown["parties"][1]["source"] == "reviewer"
    assert [r["doc_number"] for r in shown["references"]][-1] == "鄠自然资催字〔2025〕第3号"
    keys = {r.doc_number_key for r in session.exec(select(DocumentReference)).all()}
    assert "鄠自然资催字(2025)3号" in keys
    actions = [a.action for a in session.exec(select(AuditEntry)).all()]
    assert actions.count("correct") == 2 and "record" in actions


def test_an_error_line_is_not_recorded(session):
    with pytest.raises(ValueError, match="不能入账"):
        record_document(session, sha256="c" * 64, original_name="坏文件.pdf", archive_path="x",
                        extraction={"file": "坏文件.pdf", "sha256": "c" * 64, "error": "PDF 文件已损坏"})


def test_archive_keeps_bytes_under_their_hash(tmp_path):
    source = tmp_path / "inbox" / "处罚决定书.PDF"
    source.parent.mkdir()
    data = "行政处罚决定书 鄠自然资罚字〔2025〕第12号".encode() * 100
    source.write_bytes(data)
    digest = hashlib.sha256(data).hexdigest()
    stored = archive_file(source, tmp_path / "home")
    assert stored == tmp_path / "home" / "archive" / digest[:2] / f"{digest}.pdf"
    assert stored.read_bytes() == data and source.read_bytes() == data  # the original stays
    assert archive_file(source, tmp_path / "home", sha256=digest) == stored
    assert sha256_file(stored) == digest


def test_quarantine_keeps_file_and_reason(tmp_path, session):
    home = tmp_path / "home"
    first = tmp_path / "a" / "扫描件.jpg"
    second = tmp_path / "b" / "扫描件.jpg"
    for path, body in ((first, b"\xff\xd8 broken one"), (second, b"\xff\xd8 broken two")):
        path.parent.mkdir()
        path.write_bytes(body)
    kept = quarantine_file(first, home, "图片无法解码")
    other = quarantine_file(second, home, "图片无法解码")
    assert kept == home / "quarantine" / "扫描件.jpg" and kept.read_bytes() == b"\xff\xd8 broken one"
    assert other != kept and other.read_bytes() == b"\xff\xd8 broken two"
    note = (home / "quarantine" / "扫描件.jpg.reason.txt").read_text(encoding="utf-8")
    assert "图片无法解码" in note and sha256_file(first) in note
    assert first.exists() and second.exists()
    entry = record_quarantine(session, original_name=first.name, sha256=sha256_file(first), reason="图片无法解码",
                              path=kept)
    again = record_quarantine(session, original_name=first.name, sha256=sha256_file(first), reason="图片无法解码",
                              path=kept)
    assert entry.id == again.id and len(session.exec(select(QuarantineEntry)).all()) == 1


def test_filing_the_same_bytes_twice_only_says_so(session):
    from ledger.filing import file_document

    line = docs.penalty_decision()
    kwargs = {"sha256": line["sha256"], "original_name": "处罚决定书.pdf", "archive_path": "archive/x",
              "extraction": line, "today": TODAY}
    first = file_document(session, **kwargs)
    assert first.case_id is not None and "立为新案件" in first.message
    second = file_document(session, **kwargs)
    assert second.record.duplicate and second.link is None and "未重复记录" in second.message
