"""The rule table, deadlines_for and the supervision grounds, on the rules.md worked examples."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from ledger.deadlines import deadline_json, deadlines_for, is_overdue
from ledger.grounds import GROUNDS, ground_for_rule, overdue_grounds, ruling_differs
from ledger.rules import RULES, RuleKind, needs_ruling_type, rule, rules_closed_by, rules_triggered_by
from models.vocab import Actor, Counting, DocType, EventKind, RulingType

RULES_MD = Path("/work/shared/domain/rules.md")


def _by_code(found):
    return {d.code: d for d in found}


# --- the table itself ------------------------------------------------------------------------


def test_codes_are_unique_and_rows_look_like_rules_md_ids():
    codes = [r.code for r in RULES]
    assert len(codes) == len(set(codes))
    for r in RULES:
        assert re.fullmatch(r"[ACRUD]\d{1,2}", r.row), r.row
        assert r.basis and r.label_zh and r.triggers


@pytest.mark.skipif(not RULES_MD.exists(), reason="shared spec not mounted")
def test_every_row_exists_in_rules_md():
    text = RULES_MD.read_text(encoding="utf-8")
    for r in RULES:
        assert f"| {r.row} |" in text, r.row


def test_every_contract_event_starts_something():
    for event in ("decision_served", "demand_served", "application_filed", "court_received_application",
                  "case_accepted", "acceptance_received", "refusal_ruled", "suggestion_received", "quarter_end"):
        assert rules_triggered_by(event), event
    assert needs_ruling_type("ruling_received")
    assert not needs_ruling_type("refusal_ruled")
    assert rules_triggered_by("ruling_received", ruling_type="enforce")


def test_lookup_by_code_and_row():
    assert rule("court_accept").row == "C5"
    assert rule("C5").code == "court_accept"
    assert rule("lawsuit_window_demolition").demolition is True
    with pytest.raises(LookupError, match="several variants"):
        rule("A8")
    with pytest.raises(LookupError):
        rule("Z9")


def test_conditions_select_variants():
    general = {r.code for r in rules_triggered_by(EventKind.DECISION_SERVED)}
    assert general == {"reconsideration_window", "lawsuit_window", "apply_enforcement"}
    demolition = {r.code for r in rules_triggered_by(EventKind.DECISION_SERVED, demolition=True)}
    assert "lawsuit_window_demolition" in demolition and "lawsuit_window" not in demolition
    assert "fine_payment" in {r.code for r in rules_triggered_by(EventKind.DECISION_SERVED, fine=True)}
    enforce = {r.row for r in rules_triggered_by("ruling_received", ruling_type="enforce")}
    refuse = {r.row for r in rules_triggered_by("ruling_received", ruling_type="refuse")}
    not_accepted = {r.row for r in rules_triggered_by("ruling_received", ruling_type="not_accepted")}
    assert enforce == {"C9"}
    assert refuse == {"R2", "D3"}
    assert not_accepted == {"R1", "D3"}


def test_closing_events_and_documents():
    assert {r.row for r in rules_closed_by(DocType.ENFORCEMENT_APPLICATION)} == {"C1"}
    assert {r.row for r in rules_closed_by(EventKind.COPY_SENT)} == {"C4", "C6", "C9"}
    assert {r.row for r in rules_closed_by(DocType.COURT_ACCEPTANCE)} == {"C5"}
    assert {r.row for r in rules_closed_by(DocType.COURT_RULING, "not_accepted")} == {"C5"}
    assert {r.row for r in rules_closed_by(DocType.COURT_RULING, RulingType.ENFORCE)} == {"C7"}
    assert rules_closed_by(DocType.COURT_RULING, "suspend") == []
    assert {r.row for r in rules_closed_by(DocType.SUGGESTION_REPLY)} == {"D1"}


def test_seed_rows_are_marked():
    assert {r.row for r in RULES if r.seed == "lhasa"} == {"C4", "C6", "C9"}
    assert rule("reply_suggestion").seed == "ezhou"
    assert rule("quarterly_sharing").per_quarter


# --- deadlines_for on the worked examples ----------------------------------------------------


def test_penalty_decision_served_gives_the_application_window():
    found = _by_code(deadlines_for("decision_served", date(2025, 1, 10)))
    assert found["reconsideration_window"].due == date(2025, 3, 11)
    assert found["lawsuit_window"].due == date(2025, 7, 10)
    apply = found["apply_enforcement"]
    assert (apply.due, apply.rule, apply.actor, apply.months) == (date(2025, 10, 10), "C1", Actor.BUREAU, 3)
    assert apply.counted_from == date(2025, 7, 10)


def test_demolition_order_window_opens_after_60_day_reconsideration_period():
    found = _by_code(deadlines_for("decision_served", date(2025, 9, 20), demolition=True))
    lawsuit = found["lawsuit_window_demolition"]
    assert (lawsuit.raw_due, lawsuit.due) == (date(2025, 10, 5), date(2025, 10, 9))
    assert found["reconsideration_window"].due == date(2025, 11, 19)
    apply = found["apply_enforcement"]
    assert apply.counted_from == date(2025, 11, 19)
    assert (apply.raw_due, apply.due) == (date(2026, 2, 19), date(2026, 2, 24))  # 春节 2026


def test_demand_served_wait_court_received_and_lhasa_copies():
    (wait,) = deadlines_for("demand_served", date(2025, 9, 26))
    assert (wait.due, wait.kind, wait.counting) == (date(2025, 10, 16), RuleKind.WAIT, Counting.WORKING_DAYS)
    accept = _by_code(deadlines_for("court_received_application", date(2025, 4, 30)))["court_accept"]
    assert (accept.due, accept.actor, accept.days) == (date(2025, 5, 12), Actor.COURT, 5)
    assert deadlines_for("application_filed", date(2025, 2, 24))[0].due == date(2025, 3, 5)
    assert deadlines_for("application_filed", date(2025, 2, 24), region="lhasa")[0].due == date(2025, 3, 11)
    assert deadlines_for("application_filed", date(2026, 2, 12))[0].due == date(2026, 2, 28)
    assert deadlines_for("application_filed", date(2026, 2, 12), region="lhasa")[0].due == date(2026, 3, 4)


def test_suggestion_two_months_and_quarter_end():
    (reply,) = deadlines_for("suggestion_received", date(2025, 12, 31))
    assert (reply.due, reply.months, reply.rule) == (date(2026, 2, 28), 2, "D1")
    (sharing,) = deadlines_for("quarter_end", date(2025, 8, 15))
    assert sharing.due == date(2025, 9, 30)


def test_stated_period_replaces_statutory_payment_period():
    found = _by_code(deadlines_for("decision_served", date(2025, 3, 3), fine=True, stated_days=30))
    assert found["fine_payment"].days == 30
    assert found["fine_payment"].due == date(2025, 4, 2)
    assert "stated_days" not in deadline_json(found["reconsideration_window"])
    assert found["reconsideration_window"].days == 60


def test_provisional_2027():
    (wait,) = deadlines_for("demand_served", date(2026, 12, 20))
    assert wait.provisional and wait.due == date(2027, 1, 4)
    (accept, _) = deadlines_for("court_received_application", date(2026, 6, 1))
    assert not accept.provisional


def test_deadline_json_is_the_contract_shape():
    accept = deadlines_for("court_received_application", date(2025, 4, 30))[0]
    assert deadline_json(accept) == {
        "code": "court_accept", "actor": "court", "due": "2025-05-12", "counting": "working_days", "days": 5,
        "basis": "《行政强制法》第五十六条", "rule": "C5", "raw_due": "2025-05-12", "provisional": False,
    }
    reply = deadline_json(deadlines_for("suggestion_received", date(2025, 12, 31))[0])
    assert reply["months"] == 2 and "days" not in reply


def test_overdue_only_after_the_rolled_last_day():
    lawsuit = _by_code(deadlines_for("decision_served", date(2025, 9, 20), demolition=True))
    apply = lawsuit["apply_enforcement"]
    assert not is_overdue(apply, date(2026, 2, 24))
    assert is_overdue(apply, date(2026, 2, 25))
    assert not is_overdue(lawsuit["reconsideration_window"], date(2026, 1, 1))  # a right, not a duty


# --- supervision grounds ------------------------------------------------------------------------


def test_court_overdue_deadlines_are_grounds_with_basis():
    assert {g.rule for g in GROUNDS if g.rule} == {"C5", "C7", "C8", "C10"}
    c5 = ground_for_rule("C5")
    assert "第一百一十一条第（一）项" in c5.basis and "鄂州检会〔2021〕5号" in c5.local_basis
    assert "第一百一十一条第（二）项" in ground_for_rule("C7").basis
    assert ground_for_rule("C4") is None  # a bureau duty is never a ground against the court


def test_overdue_grounds_skip_fulfilled_and_not_yet_due():
    received = deadlines_for("court_received_application", date(2025, 4, 30))
    assert overdue_grounds(received, date(2025, 5, 12)) == []
    (finding,) = overdue_grounds(received, date(2025, 5, 15))
    assert finding.ground.code == "court_not_accepted"
    assert "已过 3 日" in finding.detail_zh
    assert overdue_grounds(received, date(2025, 5, 15), fulfilled={"court_accept"}) == []
    refusal = deadlines_for("refusal_ruled", date(2025, 9, 30))
    assert refusal[0].due == date(2025, 10, 14)
    assert overdue_grounds(refusal, date(2025, 10, 15))[0].ground.code == "refusal_not_served"


def test_ruling_that_differs_from_the_application():
    finding = ruling_differs(["拆除违法建筑", "罚款"], ["罚款"], explained=False)
    assert finding is not None
    assert finding.ground.code == "ruling_differs"
    assert "申请但未准予：拆除违法建筑" in finding.detail_zh
    assert "第一百零九条第（八）项" in finding.ground.basis
    assert ruling_differs(["拆除违法建筑", "罚款"], ["罚款"], explained=True) is None
    assert ruling_differs(["罚款 "], ["罚款"], explained=False) is None
