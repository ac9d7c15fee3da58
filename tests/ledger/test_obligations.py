"""Obligations from events: due dates from the rule table, fulfilment by later documents, overdue."""

from __future__ import annotations

from datetime import date

import ledger_docs as docs

from ledger.cases import case_json
from ledger.obligations import case_obligations, recompute_all, recompute_case


def _application_only(issued: str) -> dict:
    line = docs.enforcement_application(issued)
    del line["fields"]["references"]
    return line


def test_worked_example_decision_served_2025_01_10(session):
    docs.ingest(session, docs.penalty_decision(), date(2025, 1, 12))
    case_id = docs.ingest(session, docs.service_receipt("2025-01-10"), date(2025, 1, 12)).case_id
    found = docs.by_code(case_obligations(session, case_id))
    assert found["reconsideration_window"].due == date(2025, 3, 11)
    assert found["lawsuit_window"].due == date(2025, 7, 10)
    apply = found["apply_enforcement"]
    assert (apply.due, apply.rule, apply.counting, apply.amount) == (date(2025, 10, 10), "C1", "months", 3)
    assert apply.basis == "《行政强制法》第五十三条" and apply.status == "open" and not apply.estimated
    assert found["fine_payment"].actor == "respondent"
    assert found["serve_decision"].status == "done"  # the receipt proves service


def test_before_the_receipt_the_deadlines_are_estimated(session):
    case_id = docs.ingest(session, docs.penalty_decision(), date(2025, 1, 8)).case_id
    found = docs.by_code(case_obligations(session, case_id))
    assert found["apply_enforcement"].estimated and found["reconsideration_window"].estimated
    assert found["serve_decision"].status == "open"  # holding the decision proves no service


def test_demolition_order_has_the_15_day_lawsuit_period(session):
    line = docs.penalty_decision(number="鄠自然资罚字〔2025〕第88号", issued="2025-09-15", demolition=True)
    docs.ingest(session, line, date(2025, 9, 22))
    receipt = docs.service_receipt("2025-09-20", cited="鄠自然资罚字〔2025〕第88号")
    case_id = docs.ingest(session, receipt, date(2025, 9, 22)).case_id
    found = docs.by_code(case_obligations(session, case_id))
    demolition = found["lawsuit_window_demolition"]
    assert (demolition.raw_due, demolition.due) == (date(2025, 10, 5), date(2025, 10, 9))
    assert "lawsuit_window" not in found


def test_court_acceptance_overdue_after_five_working_days(session):
    case_id = docs.ingest(session, _application_only("2025-04-30"), date(2025, 5, 12)).case_id
    accept = docs.by_code(case_obligations(session, case_id))["court_accept"]
    assert (accept.due, accept.status, accept.estimated, accept.actor) == (date(2025, 5, 12), "open", True, "court")
    recompute_case(session, case_id, date(2025, 5, 13))
    assert docs.by_code(case_obligations(session, case_id))["court_accept"].status == "overdue"
    shown = case_json(session, case_id, date(2025, 5, 13))
    assert shown["obligations"][0]["status"] == "overdue"  # overdue first


def test_reading_later_shows_overdue_without_a_recompute(session):
    case_id = docs.ingest(session, _application_only("2025-04-30"), date(2025, 5, 1)).case_id
    shown = docs.by_code(case_json(session, case_id, date(2025, 6, 1))["obligations"])
    assert shown["court_accept"]["status"] == "overdue"
    assert shown["escalate_execution"]["status"] == "open"  # a wait, not a duty


def test_a_reply_fulfils_the_suggestion(session):
    docs.ingest(session, docs.penalty_decision(), date(2026, 1, 5))
    case_id = docs.ingest(session, docs.procuratorial_suggestion(received="2025-12-31"), date(2026, 1, 5)).case_id
    reply = docs.by_code(case_obligations(session, case_id))["reply_suggestion"]
    assert (reply.due, reply.status, reply.rule) == (date(2026, 2, 28), "open", "D1")
    answer = docs.ingest(session, docs.suggestion_reply("2026-02-10"), date(2026, 3, 2))
    reply = docs.by_code(case_obligations(session, case_id))["reply_suggestion"]
    assert (reply.status, reply.done_by_document_id, reply.done_on) == ("done", answer.document_id,
                                                                         date(2026, 2, 10))


def test_a_refusal_ruling_opens_the_appeal(session):
    docs.ingest(session, docs.penalty_decision(), date(2025, 8, 20))
    case_id = docs.ingest(session, docs.court_ruling(ruling_type="refuse", served="2025-08-18"),
                          date(2025, 8, 20)).case_id
    found = docs.by_code(case_obligations(session, case_id))
    assert (found["appeal_refusal"].due, found["appeal_refusal"].rule) == (date(2025, 9, 2), "R2")
    assert found["serve_refusal"].status == "done"  # the bureau received it
    assert "court_execute" not in found and "copy_ruling" not in found


def test_a_copy_letter_closes_only_what_it_cites(session):
    docs.ingest(session, docs.penalty_decision(), date(2025, 8, 20))
    docs.ingest(session, docs.enforcement_application(), date(2025, 8, 20))
    case_id = docs.ingest(session, docs.court_acceptance(), date(2025, 8, 20)).case_id
    docs.ingest(session, docs.copy_letter("2025-08-12", docs.COURT_NO), date(2025, 8, 20))
    found = docs.by_code(case_obligations(session, case_id))
    assert found["copy_acceptance"].status == "done"
    assert found["copy_application"].status == "overdue"  # due 2025-08-14, nothing sent for it


def test_lhasa_counts_tibetan_new_year(session):
    case_id = docs.ingest(session, _application_only("2025-02-24"), date(2025, 2, 25), region="lhasa").case_id
    copy = docs.by_code(case_obligations(session, case_id))["copy_application"]
    assert copy.due == date(2025, 3, 11) and copy.counting == "working_days" and copy.amount == 7


def test_recompute_all_visits_every_case(session):
    docs.ingest(session, _application_only("2025-04-30"), date(2025, 5, 1))
    docs.ingest(session, docs.penalty_decision(number="鄠自然资罚字〔2025〕第40号", company="西安华通建材有限公司",
                                               place="鄠邑区草堂街道"), date(2025, 5, 1))
    assert recompute_all(session, date(2025, 6, 1)) == 2


def test_a_reconsideration_decision_restarts_the_enforcement_window(session):
    docs.ingest(session, docs.penalty_decision(), date(2025, 1, 12))
    docs.ingest(session, docs.service_receipt("2025-01-10"), date(2025, 1, 12))
    fields = {
        "doc_type": docs.item("reconsideration_decision", 0.95),
        "title": docs.item("行政复议决定书", 0.97),
        "doc_number": docs.item("西政复决字〔2025〕第31号", 0.94),
        "issuer": docs.item("西安市人民政府", 0.95),
        "issue_date": docs.item("2025-04-25", 0.95),
        "parties": [docs.party("party", docs.COMPANY)],
        "references": [docs.reference(docs.DECISION_NO, "penalty_decision")],
        "dates": [docs.dated("2025-04-25", "issued"), docs.dated("2025-04-28", "served")],
    }
    case_id = docs.ingest(session, docs.extraction("行政复议决定书.pdf", fields), date(2025, 5, 6)).case_id
    wanted = ("apply_enforcement", "lawsuit_after_reconsideration")
    found = [o for o in case_obligations(session, case_id) if o.code in wanted]
    assert [(o.code, o.due) for o in found] == [
        ("lawsuit_after_reconsideration", date(2025, 5, 13)),
        ("apply_enforcement", date(2025, 8, 13)),
    ]
    docs.ingest(session, docs.enforcement_application("2025-08-01"), date(2025, 8, 2))
    assert docs.by_code(case_obligations(session, case_id))["apply_enforcement"].status == "done"
