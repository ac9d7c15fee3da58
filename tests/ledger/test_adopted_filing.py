"""The adopted local rules reach every ledger call that recomputes a case, and `xianjie deadlines`.

C4 (Lhasa seed: copy the enforcement application to the procuratorate within 7
working days) binds a Lhasa case always, a case elsewhere only where adopted.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import ledger_docs as docs
import pytest
from sqlmodel import Session
from typer.testing import CliRunner

from ledger.corrections import correct_field
from ledger.filing import file_document
from ledger.linking import merge_cases, split_document
from ledger.obligations import case_obligations
from ledger.rules import parse_adopted
from xianjie.cli import app
from xianjie.settings import get_settings

NONE = parse_adopted("none")
TODAY = date(2025, 8, 6)


def _file(session: Session, line: dict, region: str = "national", adopted: frozenset[str] | None = None) -> int:
    filed = file_document(session, sha256=line["sha256"], original_name=line["file"],
                          archive_path=f"archive/{line['sha256'][:2]}/{line['sha256']}", extraction=line,
                          today=TODAY, region=region, adopted=adopted)
    session.commit()
    assert filed.case_id is not None
    return filed.case_id


def _codes(session: Session, case_id: int) -> dict[str, date]:
    return {o.code: o.due for o in case_obligations(session, case_id)}


def test_filing_without_the_seed_adopted_has_no_copy_duty(session: Session) -> None:
    case_id = _file(session, docs.enforcement_application(), adopted=NONE)
    codes = _codes(session, case_id)
    assert "copy_application" not in codes and codes["court_accept"] == date(2025, 8, 12)


def test_filing_with_the_default_has_the_copy_duty(session: Session) -> None:
    case_id = _file(session, docs.enforcement_application())
    assert _codes(session, case_id)["copy_application"] == date(2025, 8, 14)


def test_a_lhasa_case_always_has_the_copy_duty(session: Session) -> None:
    case_id = _file(session, docs.enforcement_application(), region="lhasa", adopted=NONE)
    assert _codes(session, case_id)["copy_application"] == date(2025, 8, 14)


def test_corrections_merges_and_splits_keep_the_setting(session: Session) -> None:
    case_id = _file(session, docs.enforcement_application(), adopted=NONE)
    document_id = case_obligations(session, case_id)[0].trigger_document_id
    assert document_id is not None
    correct_field(session, document_id, name="issue_date", value="2025-08-04", who="审核员", today=TODAY,
                  adopted=NONE)
    assert "copy_application" not in _codes(session, case_id)
    moved = split_document(session, document_id, who="审核员", today=TODAY, adopted=NONE)
    assert moved.id is not None and "copy_application" not in _codes(session, moved.id)
    kept = merge_cases(session, case_id, moved.id, who="审核员", today=TODAY)  # default: every seed rule
    assert kept.id == case_id and "copy_application" in _codes(session, case_id)


@pytest.fixture
def adopted_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """Sets XIANJIE_ADOPTED_LOCAL_RULES for one CLI call; the cached settings are dropped around it."""
    def use(value: str) -> None:
        monkeypatch.setenv("XIANJIE_ADOPTED_LOCAL_RULES", value)
        monkeypatch.setenv("XIANJIE_HOME", str(tmp_path / "var"))
        get_settings.cache_clear()

    yield use
    get_settings.cache_clear()


def _deadline_codes(*args: str) -> list[str]:
    result = CliRunner().invoke(app, ["deadlines", "application_filed", "2025-08-05", "--json", *args])
    assert result.exit_code == 0, result.output
    return [row["code"] for row in json.loads(result.stdout)]


def test_deadlines_command_honours_the_setting(adopted_env) -> None:
    adopted_env("none")
    assert _deadline_codes() == []  # national law sets no duty on filing the application itself
    assert _deadline_codes("--region", "lhasa") == ["copy_application"]
    adopted_env("lhasa")
    assert _deadline_codes() == ["copy_application"]
    adopted_env("all")
    assert _deadline_codes() == ["copy_application"]


def test_a_misspelt_setting_is_refused_with_the_known_names(adopted_env) -> None:
    adopted_env("lasa")
    result = CliRunner().invoke(app, ["deadlines", "application_filed", "2025-08-05"])
    assert result.exit_code == 2
    assert "XIANJIE_ADOPTED_LOCAL_RULES 设置有误：未知的地方规则：lasa" in result.output


def test_cases_command_recomputes_with_the_setting(adopted_env, tmp_path: Path) -> None:
    from models.db import init_db, session_scope

    adopted_env("all")
    url = get_settings().db_url
    init_db(url)
    with session_scope(url) as session:
        case_id = _file(session, docs.enforcement_application())
    adopted_env("none")
    result = CliRunner().invoke(app, ["case", str(case_id), "--json", "--today", "2025-08-06"])
    assert result.exit_code == 0, result.output
    assert "copy_application" not in {o["code"] for o in json.loads(result.stdout)["obligations"]}
    adopted_env("C4")
    result = CliRunner().invoke(app, ["cases", "--json", "--today", "2025-08-06"])
    assert result.exit_code == 0, result.output
    assert "copy_application" in {o["code"] for o in json.loads(result.stdout.splitlines()[0])["obligations"]}
