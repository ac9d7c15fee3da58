"""Timeline events from documents: stated dates, 送达回证, estimates and confirmations."""

from __future__ import annotations

from datetime import date

import ledger_docs as docs

from ledger.events import case_events, confirm_event
from ledger.obligations import recompute_case

TODAY = date(2025, 9, 1)


def _events(session, case_id):
    return [(e.kind, e.date.isoformat(), e.date_is_estimated) for e in case_events(session, case_id)]


def test_a_decision_alone_has_an_estimated_service(session):
    case_id = docs.ingest(session, docs.penalty_decision(), TODAY).case_id
    assert _events(session, case_id) == [
        ("decision_made", "2025-01-06", False),
        ("decision_served", "2025-01-06", True),
    ]
    served = case_events(session, case_id)[1]
    assert "暂以文书日期代替" in served.note


def test_a_service_receipt_fixes_the_service_date(session):
    case_id = docs.ingest(session, docs.penalty_decision(), TODAY).case_id
    receipt = docs.ingest(session, docs.service_receipt("2025-01-10"), TODAY)
    assert receipt.case_id == case_id
    served = [e for e in case_events(session, case_id) if e.kind == "decision_served"]
    assert [(e.date, e.date_is_estimated, e.document_id) for e in served] == [
        (date(2025, 1, 10), False, receipt.document_id)
    ]


def test_a_service_date_stated_in_the_document(session):
    line = docs.demand_notice()
    line["fields"]["dates"].append(docs.dated("2025-07-17", "served"))
    del line["fields"]["references"]
    case_id = docs.ingest(session, line, TODAY).case_id
    assert ("demand_served", "2025-07-17", False) in _events(session, case_id)


def test_court_events_from_application_acceptance_and_ruling(session):
    docs.ingest(session, docs.penalty_decision(), TODAY)
    case_id = docs.ingest(session, docs.enforcement_application(), TODAY).case_id
    assert ("court_received_application", "2025-08-05", True) in _events(session, case_id)
    docs.ingest(session, docs.court_acceptance(), TODAY)
    events = _events(session, case_id)
    assert ("court_received_application", "2025-08-06", False) in events
    assert ("court_received_application", "2025-08-05", True) not in events  # the estimate gave way
    assert ("case_accepted", "2025-08-08", False) in events
    assert ("acceptance_received", "2025-08-08", True) in events
    docs.ingest(session, docs.court_ruling(served="2025-08-18"), TODAY)
    ruled = [e for e in case_events(session, case_id) if e.kind in ("ruled", "ruling_received")]
    assert [(e.kind, e.date.isoformat(), e.date_is_estimated, e.ruling_type) for e in ruled] == [
        ("ruled", "2025-08-14", False, "enforce"),
        ("ruling_received", "2025-08-18", False, "enforce"),
    ]


def test_suggestion_reply_and_copy_events(session):
    docs.ingest(session, docs.penalty_decision(), TODAY)
    case_id = docs.ingest(session, docs.procuratorial_suggestion(received="2026-01-04"), TODAY).case_id
    docs.ingest(session, docs.suggestion_reply("2026-02-10"), TODAY)
    docs.ingest(session, docs.copy_letter("2025-08-12", docs.DECISION_NO), TODAY)
    events = _events(session, case_id)
    assert ("suggestion_received", "2026-01-04", False) in events
    assert ("reply_sent", "2026-02-10", False) in events
    assert ("copy_sent", "2025-08-12", False) in events


def test_a_confirmed_date_survives_rebuilds_and_moves_deadlines(session):
    case_id = docs.ingest(session, docs.penalty_decision(), TODAY).case_id
    served = next(e for e in case_events(session, case_id) if e.kind == "decision_served")
    confirm_event(session, served.id, date(2025, 1, 10), who="赵书记员")
    obligations = docs.by_code(recompute_case(session, case_id, TODAY))
    assert obligations["apply_enforcement"].due == date(2025, 10, 10)
    assert not obligations["apply_enforcement"].estimated
    recompute_case(session, case_id, TODAY)
    kept = [e for e in case_events(session, case_id) if e.kind == "decision_served"]
    assert [(e.date, e.source, e.confirmed_by) for e in kept] == [(date(2025, 1, 10), "reviewer", "赵书记员")]
