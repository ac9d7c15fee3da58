"""One case from penalty decision to enforcement ruling, ingested in order, checked after every document;
then the same ledger through `xianjie cases --json` and `xianjie case ID`."""

from __future__ import annotations

import json
from datetime import date

import ledger_docs as docs
from typer.testing import CliRunner

import xianjie.commands_ledger as commands_ledger
from ledger.cases import case_json
from xianjie.cli import app
from xianjie.settings import Settings


def _status(session, case_id, today):
    return {o["code"]: (o["status"], o["due"], o["estimated"])
            for o in case_json(session, case_id, today)["obligations"]}


def _ingest_the_whole_case(session):
    steps = []
    d = date
    case_id = docs.ingest(session, docs.penalty_decision(), d(2025, 1, 8)).case_id
    steps.append(_status(session, case_id, d(2025, 1, 8)))
    for line, today in [
        (docs.service_receipt("2025-01-10"), d(2025, 1, 13)),
        (docs.demand_notice(), d(2025, 7, 16)),
        (docs.service_receipt("2025-07-18", docs.DEMAND_NO, "demand_notice"), d(2025, 7, 21)),
        (docs.enforcement_application(), d(2025, 8, 5)),
        (docs.court_acceptance(), d(2025, 8, 8)),
        (docs.court_ruling(), d(2025, 8, 15)),
        (docs.copy_letter("2025-08-12", docs.APPLICATION_NO), d(2025, 8, 15)),
        (docs.copy_letter("2025-08-15", docs.COURT_NO, name="报送函"), d(2025, 8, 15)),
    ]:
        outcome = docs.ingest(session, line, today)
        assert outcome.case_id == case_id, outcome.message
        steps.append(_status(session, case_id, today))
    return case_id, steps


def test_a_case_from_decision_to_ruling(session):
    case_id, steps = _ingest_the_whole_case(session)
    decision, receipt, demand, demand_receipt, application, acceptance, ruling, copy1, copy2 = steps
    # the decision alone: clocks run from its own date, marked estimated
    assert decision["apply_enforcement"] == ("open", "2025-10-09", True)
    assert decision["serve_decision"][0] == "open"
    # the 送达回证 fixes service on 2025-01-10 (rules.md worked example)
    assert receipt["apply_enforcement"] == ("open", "2025-10-10", False)
    assert receipt["reconsideration_window"] == ("open", "2025-03-11", False)
    assert receipt["serve_decision"][0] == "done"
    # the 催告书 starts the 10-working-day wait; its receipt moves it to 2025-08-01
    assert demand["demand_wait"] == ("open", "2025-07-29", True)
    assert demand_receipt["demand_wait"] == ("open", "2025-08-01", False)
    assert demand_receipt["lawsuit_window"][0] == "done"  # lapsed 2025-07-10
    # the application fulfils C1 and starts the court's 5 working days and the 7-day copy
    assert application["apply_enforcement"][0] == "done"
    assert application["court_accept"] == ("open", "2025-08-12", True)
    assert application["copy_application"] == ("open", "2025-08-14", False)
    # the acceptance notice: the court received it 08-06 and accepted 08-08, within its 5 days
    assert acceptance["court_accept"] == ("done", "2025-08-13", False)
    assert acceptance["court_rule"] == ("open", "2025-08-19", False)
    assert acceptance["copy_acceptance"] == ("open", "2025-08-19", True)
    # the ruling (准予执行) fulfils the court's duty and starts execution and the copy of the ruling
    assert ruling["court_rule"][0] == "done"
    assert ruling["court_execute"] == ("open", "2025-11-14", False)
    assert ruling["copy_ruling"] == ("open", "2025-08-25", True)
    assert ruling["copy_application"][0] == "overdue"  # due 08-14, nothing sent yet
    # the copies arrive: each closes the duty for the document it sends
    assert copy1["copy_application"][0] == "done" and copy1["copy_acceptance"][0] == "open"
    assert copy2["copy_acceptance"][0] == "done"
    assert copy2["copy_ruling"][0] == "done"  # sent 08-15 citing the court number, after the ruling
    open_now = {code for code, (status, _, _) in copy2.items() if status != "done"}
    assert open_now == {"court_execute", "escalate_execution"}


def test_the_cases_commands_read_the_ledger(session, db_url, monkeypatch):
    case_id, _ = _ingest_the_whole_case(session)
    session.commit()
    monkeypatch.setattr(commands_ledger, "get_settings", lambda: Settings(database_url=db_url))
    runner = CliRunner()
    listed = runner.invoke(app, ["cases", "--json", "--today", "2025-08-20"])
    assert listed.exit_code == 0, listed.output
    cases = [json.loads(line) for line in listed.stdout.splitlines() if line.strip()]
    assert [c["id"] for c in cases] == [case_id]
    case = cases[0]
    assert {p["name"] for p in case["parties"]} == {docs.COMPANY, docs.BUREAU}
    assert {d["doc_type"] for d in case["documents"]} >= {"penalty_decision", "court_ruling", "service_receipt"}
    ruling = next(d for d in case["documents"] if d["doc_type"] == "court_ruling")
    assert ruling["doc_number"] == "(2025)陕0118行审45号"
    assert {"value": "2025-08-14", "role": "issued"} in ruling["dates"]
    execute = next(o for o in case["obligations"] if o["code"] == "court_execute")
    assert execute == execute | {"actor": "court", "due": "2025-11-14", "counting": "months", "months": 3,
                                 "rule": "C10", "status": "open", "estimated": False}
    assert execute["trigger_document"]["doc_type"] == "court_ruling"
    assert execute["basis"].startswith("《最高人民法院关于严格执行案件审理期限制度的若干规定》")

    page = runner.invoke(app, ["case", str(case_id), "--today", "2025-12-01"])
    assert page.exit_code == 0, page.output
    assert "时间线：" in page.stdout and "处罚决定送达" in page.stdout
    waiting = page.stdout.split("待办期限（逾期在前）：")[1].split("已完成或已届满：")[0]
    assert waiting.strip().splitlines()[0].startswith("[已逾期] 2025-11-14")
    summary = runner.invoke(app, ["cases", "--today", "2025-12-01"])
    assert "逾期 1 项" in summary.stdout
    missing = runner.invoke(app, ["case", "999"])
    assert missing.exit_code == 1 and "没有案件 #999" in missing.output
