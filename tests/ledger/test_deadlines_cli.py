"""`xianjie deadlines` through the real CLI entry (typer's CliRunner)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from xianjie.cli import app

runner = CliRunner()

CONTRACT_KEYS = {"code", "actor", "due", "counting", "basis", "rule", "raw_due", "provisional"}


def run(*args: str):
    return runner.invoke(app, ["deadlines", *args])


def test_contract_example_court_received_application():
    result = run("court_received_application", "2025-04-30", "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows[0] == {
        "code": "court_accept", "actor": "court", "due": "2025-05-12", "counting": "working_days", "days": 5,
        "basis": "《行政强制法》第五十六条", "rule": "C5", "raw_due": "2025-05-12", "provisional": False,
    }
    for row in rows:
        assert set(row) >= CONTRACT_KEYS and ("days" in row) != ("months" in row)


def test_decision_served_json_array_with_application_window():
    result = run("decision_served", "2025-01-10", "--json")
    assert result.exit_code == 0, result.output
    rows = {r["rule"]: r for r in json.loads(result.stdout)}
    assert rows["A7"]["due"] == "2025-03-11"
    assert rows["A8"]["due"] == "2025-07-10"
    assert rows["C1"] == {
        "code": "apply_enforcement", "actor": "bureau", "due": "2025-10-10", "counting": "months", "months": 3,
        "basis": "《行政强制法》第五十三条", "rule": "C1", "raw_due": "2025-10-10", "provisional": False,
    }


def test_region_lhasa_changes_the_copy_deadline():
    national = json.loads(run("application_filed", "2026-02-12", "--json").stdout)
    lhasa = json.loads(run("application_filed", "2026-02-12", "--region", "lhasa", "--json").stdout)
    assert national[0]["due"] == "2026-02-28"
    assert lhasa[0]["due"] == "2026-03-04"
    assert lhasa[0]["rule"] == "C4"


def test_ruling_received_needs_and_uses_ruling_type():
    missing = run("ruling_received", "2025-06-03", "--json")
    assert missing.exit_code == 2
    assert "--ruling-type" in missing.output
    refuse = json.loads(run("ruling_received", "2025-06-03", "--ruling-type", "refuse", "--json").stdout)
    assert {r["rule"] for r in refuse} == {"R2", "D3"}
    assert next(r for r in refuse if r["rule"] == "R2")["due"] == "2025-06-18"


def test_demolition_rolls_and_readable_output_is_chinese():
    result = run("decision_served", "2025-09-20", "--demolition")
    assert result.exit_code == 0, result.output
    assert "2025-10-09（2025-10-05 为休息日，顺延）" in result.output
    assert "《土地管理法》第八十三条" in result.output
    assert "申请人民法院强制执行" in result.output


def test_provisional_year_is_flagged_in_both_outputs():
    rows = json.loads(run("demand_served", "2026-12-20", "--json").stdout)
    assert rows == [{
        "code": "demand_wait", "actor": "bureau", "due": "2027-01-04", "counting": "working_days", "days": 10,
        "basis": "《行政强制法》第五十四条", "rule": "C2", "raw_due": "2027-01-04", "provisional": True,
    }]
    assert "推算" in run("demand_served", "2026-12-20").output


def test_extra_holiday_file_makes_2027_official(tmp_path: Path):
    notice = tmp_path / "2027.toml"
    notice.write_text('[national.2027]\nrest = [2027-01-01, "2027-01-04"]\nwork = []\n', encoding="utf-8")
    rows = json.loads(run("demand_served", "2026-12-20", "--holidays", str(notice), "--json").stdout)
    assert rows[0]["due"] == "2027-01-05"
    assert rows[0]["provisional"] is False


def test_bad_input_exits_2_with_chinese_message():
    assert "未知事件代码" in run("lunch_served", "2025-01-01").output
    assert run("lunch_served", "2025-01-01").exit_code == 2
    assert "YYYY-MM-DD" in run("demand_served", "2025/13/01").output
    bad_region = run("demand_served", "2025-01-02", "--region", "atlantis")
    assert bad_region.exit_code == 2 and "未知地区代码" in bad_region.output
    assert run("ruling_received", "2025-01-02", "--ruling-type", "maybe").exit_code == 2


def test_event_without_deadlines_prints_empty_array():
    result = run("copy_sent", "2025-01-02", "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []
