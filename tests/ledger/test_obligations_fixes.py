"""Fixes to obligations: same-numbered court documents, regional seed rules, the quarterly sharing duty (D8)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import ledger_docs as docs
import pytest
from sqlmodel import Session, select
from typer.testing import CliRunner

from ledger.cases import case_json
from ledger.obligations import case_obligations, recompute_all, recompute_case
from ledger.quarterly_sharing import bureau_obligations, mark_quarter_shared, recompute_quarterly
from ledger.rules import parse_adopted, rules_triggered_by
from models.db import dispose_engine, get_engine
from models.tables import AuditEntry, Document
from xianjie.cli import app
from xianjie.settings import get_settings

RULING_NO = "(2025)陕0118行审45号"  # the acceptance notice's number, written the court's other way


def _court_case(session: Session) -> int:
    """Decision, application, acceptance (08-08) and an allowing ruling received 08-15, one case number."""
    docs.ingest(session, docs.penalty_decision(), date(2025, 8, 16))
    docs.ingest(session, docs.enforcement_application(), date(2025, 8, 16))
    docs.ingest(session, docs.court_acceptance(), date(2025, 8, 16))
    ruling = docs.court_ruling(ruled="2025-08-14", served="2025-08-15", number=RULING_NO)
    return docs.ingest(session, ruling, date(2025, 8, 16)).case_id


def _letter(issued: str, title: str, cited_type: str | None, name: str) -> dict:
    line = docs.copy_letter(issued, docs.COURT_NO, name=name)
    line["fields"]["title"] = docs.item(title, 0.9)
    line["fields"]["references"] = [docs.reference(docs.COURT_NO, cited_type)]
    return line


def test_a_copy_of_the_acceptance_notice_does_not_close_the_ruling_copy(session):
    case_id = _court_case(session)
    letter = _letter("2025-08-18", "关于报送强制执行案件材料的函", "court_acceptance", "抄送函_受理")
    docs.ingest(session, letter, date(2025, 8, 20))
    found = docs.by_code(case_obligations(session, case_id))
    assert found["copy_acceptance"].status == "done"
    assert found["copy_ruling"].status == "open" and found["copy_ruling"].done_on is None
    assert found["copy_ruling"].due == date(2025, 8, 26)


def test_the_letter_title_says_which_document_it_sends(session):
    case_id = _court_case(session)
    docs.ingest(session, _letter("2025-08-18", "关于报送准予执行裁定书的函", None, "报送裁定书"), date(2025, 8, 20))
    found = docs.by_code(case_obligations(session, case_id))
    assert found["copy_ruling"].status == "done" and found["copy_ruling"].done_on == date(2025, 8, 18)
    assert found["copy_acceptance"].status == "overdue"  # due 2025-08-19, no letter for it yet
    docs.ingest(session, _letter("2025-08-19", "关于报送受理案件通知书复印件的函", None, "报送受理通知书"),
                date(2025, 8, 20))
    assert docs.by_code(case_obligations(session, case_id))["copy_acceptance"].done_on == date(2025, 8, 19)


def test_a_letter_that_does_not_say_still_covers_both(session):
    case_id = _court_case(session)
    docs.ingest(session, _letter("2025-08-18", "关于报送非诉执行案件材料的函", None, "抄送函"), date(2025, 8, 20))
    found = docs.by_code(case_obligations(session, case_id))
    assert found["copy_acceptance"].status == "done" and found["copy_ruling"].status == "done"


def _application_only(issued: str) -> dict:
    line = docs.enforcement_application(issued)
    del line["fields"]["references"]
    return line


def test_lhasa_copy_duties_apply_elsewhere_only_when_adopted(session):
    case_id = docs.ingest(session, _application_only("2025-02-24"), date(2025, 2, 25)).case_id
    assert docs.by_code(case_obligations(session, case_id))["copy_application"].due == date(2025, 3, 5)  # §2.1
    recompute_case(session, case_id, date(2025, 2, 25), adopted=frozenset())
    assert "copy_application" not in docs.by_code(case_obligations(session, case_id))
    assert "court_accept" in docs.by_code(case_obligations(session, case_id))  # national law stays
    recompute_case(session, case_id, date(2025, 2, 25), adopted=frozenset({"C4"}))
    assert docs.by_code(case_obligations(session, case_id))["copy_application"].due == date(2025, 3, 5)


def test_lhasa_cases_keep_the_lhasa_rules_whatever_is_adopted(session):
    case_id = docs.ingest(session, _application_only("2025-02-24"), date(2025, 2, 25), region="lhasa").case_id
    recompute_case(session, case_id, date(2025, 2, 25), adopted=frozenset())
    assert docs.by_code(case_obligations(session, case_id))["copy_application"].due == date(2025, 3, 11)


def test_rule_reach_and_the_adopted_setting():
    assert rules_triggered_by("application_filed", region="national", adopted=frozenset()) == []
    assert rules_triggered_by("court_received_application", adopted=frozenset())[0].code == "court_accept"
    assert "copy_application" in {r.code for r in rules_triggered_by("application_filed")}
    assert parse_adopted(None) is None and parse_adopted("all") is None
    assert parse_adopted("none") == frozenset()
    assert parse_adopted("lhasa，D8") == frozenset({"lhasa", "D8"})
    with pytest.raises(ValueError, match="未知的地方规则"):
        parse_adopted("shanghai")


def _decision_recorded(session: Session, received: datetime) -> int:
    case_id = docs.ingest(session, docs.penalty_decision(issued="2024-02-05"), date(2024, 2, 6)).case_id
    for document in session.exec(select(Document)).all():
        document.received_at = received
        session.add(document)
    session.commit()
    return case_id


def test_each_bureau_owes_a_quarterly_report(session):
    case_id = _decision_recorded(session, datetime(2024, 2, 6, 2, 0, tzinfo=UTC))
    assert recompute_all(session, date(2024, 7, 2)) == 1
    rows = bureau_obligations(session)
    assert [(o.period, o.raw_due, o.due, o.status) for o in rows] == [
        ("2024Q1", date(2024, 3, 31), date(2024, 4, 1), "overdue"),  # a Sunday, rolled to Monday
        ("2024Q2", date(2024, 6, 30), date(2024, 7, 1), "overdue"),  # a Sunday too
        ("2024Q3", date(2024, 9, 30), date(2024, 9, 30), "open"),
    ]
    assert {(o.bureau, o.rule, o.code, o.actor, o.case_id) for o in rows} == {
        (docs.BUREAU, "D8", "quarterly_sharing", "bureau", None)}
    assert all(o["code"] != "quarterly_sharing" for o in case_json(session, case_id, date(2024, 7, 2))["obligations"])


def test_marking_the_report_sent_closes_that_quarter_only(session):
    _decision_recorded(session, datetime(2024, 2, 6, 2, 0, tzinfo=UTC))
    recompute_all(session, date(2024, 7, 2))
    mark_quarter_shared(session, docs.BUREAU, "2024q2", date(2024, 7, 1), "张三", today=date(2024, 7, 2))
    recompute_all(session, date(2024, 7, 3))
    found = {o.period: o for o in bureau_obligations(session)}
    assert (found["2024Q2"].status, found["2024Q2"].done_on) == ("done", date(2024, 7, 1))
    assert found["2024Q1"].status == "overdue" and found["2024Q3"].status == "open"
    entry = session.exec(select(AuditEntry).where(AuditEntry.action == "quarter_shared")).one()
    assert entry.who == "张三" and entry.new["quarter"] == "2024Q2"
    with pytest.raises(ValueError, match="季度开始前"):
        mark_quarter_shared(session, docs.BUREAU, "2024Q4", date(2024, 9, 30), "张三")


def test_no_quarterly_duty_where_d8_is_not_adopted_but_sent_reports_stay(session):
    _decision_recorded(session, datetime(2024, 2, 6, 2, 0, tzinfo=UTC))
    recompute_all(session, date(2024, 7, 2))
    mark_quarter_shared(session, docs.BUREAU, "2024Q1", date(2024, 4, 3), "张三")
    recompute_quarterly(session, date(2024, 7, 2), adopted=frozenset({"lhasa"}))
    assert [(o.period, o.status) for o in bureau_obligations(session)] == [("2024Q1", "done")]


def test_a_backlog_import_does_not_owe_past_quarters(session):
    _decision_recorded(session, datetime(2026, 11, 20, 2, 0, tzinfo=UTC))  # decided 2024, recorded 2026
    recompute_all(session, date(2026, 11, 23))
    assert [(o.period, o.due, o.status) for o in bureau_obligations(session)] == [
        ("2026Q4", date(2026, 12, 31), "open")]


@pytest.fixture
def cli_home(tmp_path: Path, sqlite_template: Path, monkeypatch: pytest.MonkeyPatch):
    db = tmp_path / "cli.db"
    db.write_bytes(sqlite_template.read_bytes())
    url = f"sqlite:///{db}"
    with Session(get_engine(url), expire_on_commit=False) as session:
        _decision_recorded(session, datetime(2024, 2, 6, 2, 0, tzinfo=UTC))
    monkeypatch.setenv("XIANJIE_HOME", str(tmp_path / "var"))
    monkeypatch.setenv("XIANJIE_DATABASE_URL", url)
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()
    dispose_engine(url)


def test_report_sent_and_obligations_commands(cli_home):
    import json

    runner = CliRunner()
    listed = runner.invoke(app, ["obligations", "--json", "--today", "2024-07-02"])
    assert listed.exit_code == 0, listed.output
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [(r["period"], r["status"]) for r in rows] == [("2024Q1", "overdue"), ("2024Q2", "overdue"),
                                                          ("2024Q3", "open")]
    assert rows[0]["bureau"] == docs.BUREAU and rows[0]["basis"].startswith("鄂州检会〔2021〕5号")
    sent = runner.invoke(app, ["report", "sent", "2024Q2", "--date", "2024-07-03", "--today", "2024-07-03"])
    assert sent.exit_code == 0, sent.output
    assert f"已登记：{docs.BUREAU} 2024年第二季度信息共享报表于 2024-07-03 报送检察院（逾期报送）" in sent.stdout
    readable = runner.invoke(app, ["obligations", "--today", "2024-07-03"])
    assert "2024Q2" in readable.stdout and "已完成，2024-07-03 已报送" in readable.stdout
    assert runner.invoke(app, ["report", "sent", "2024Q5"]).exit_code == 2
