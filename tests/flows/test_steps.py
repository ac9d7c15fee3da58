"""One file end to end without Prefect: recorded, linked, duplicate, quarantined — and the CLI over it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from flow_docs import write_bad_files, write_penalty, write_penalty_docx, write_ruling
from sqlmodel import select
from typer.testing import CliRunner

from flows.steps import IngestConfig, Status, process_file
from models.db import session_scope
from models.tables import AuditEntry, Document, Obligation


def test_penalty_decision_is_recorded_archived_and_gets_deadlines(tmp_path: Path, config: IngestConfig) -> None:
    path = write_penalty(tmp_path / "in", 7)
    outcome = process_file(path, path.name, config)
    assert outcome.status is Status.RECORDED, outcome.reason
    assert outcome.doc_type == "penalty_decision"
    assert outcome.case_id is not None
    assert Path(outcome.stored_at).read_bytes() == path.read_bytes()
    assert path.exists()  # the steps copy; taking files out of the inbox is the journal's job
    with session_scope(config.db_url) as session:
        assert session.exec(select(Obligation).where(Obligation.case_id == outcome.case_id)).first() is not None


def test_ruling_citing_the_decision_joins_its_case(tmp_path: Path, config: IngestConfig) -> None:
    decision = process_file(write_penalty(tmp_path, 3), "处罚决定书.txt", config)
    ruling = process_file(write_ruling(tmp_path, 3), "执行裁定.txt", config)
    assert ruling.status is Status.RECORDED, ruling.reason
    assert ruling.doc_type == "court_ruling"
    assert ruling.case_id == decision.case_id


def test_docx_is_recorded(tmp_path: Path, config: IngestConfig) -> None:
    path = write_penalty_docx(tmp_path, 11)
    outcome = process_file(path, path.name, config)
    assert outcome.status is Status.RECORDED, outcome.reason
    assert outcome.doc_type == "penalty_decision"


def test_saved_web_pages_are_recorded_and_linked_into_one_case(tmp_path: Path, config: IngestConfig) -> None:
    samples = Path(__file__).resolve().parents[2] / "samples" / "html"
    decision = process_file(samples / "penalty_decision_01.html", "处罚决定书.html", config)
    ruling = process_file(samples / "court_ruling_01.html", "执行裁定（网页）.htm", config)
    assert decision.status is Status.RECORDED and ruling.status is Status.RECORDED, ruling.reason
    assert (decision.doc_type, ruling.doc_type) == ("penalty_decision", "court_ruling")
    assert ruling.case_id == decision.case_id


def test_redropped_bytes_are_a_recognised_duplicate(tmp_path: Path, config: IngestConfig) -> None:
    first = write_penalty(tmp_path, 5, "原件.txt")
    again = write_penalty(tmp_path / "again", 5, "再次投放.txt")
    recorded = process_file(first, first.name, config)
    duplicate = process_file(again, again.name, config)
    assert duplicate.status is Status.DUPLICATE
    assert duplicate.document_id == recorded.document_id
    assert "原件.txt" in duplicate.reason
    with session_scope(config.db_url) as session:
        assert len(session.exec(select(Document)).all()) == 1
        notes = session.exec(select(AuditEntry).where(AuditEntry.action == "duplicate")).all()
        assert [n.new["original_name"] for n in notes] == ["再次投放.txt"]


def test_bad_files_are_quarantined_with_a_readable_reason(tmp_path: Path, config: IngestConfig) -> None:
    for bad in write_bad_files(tmp_path):
        outcome = process_file(bad, bad.name, config)
        assert outcome.status is Status.QUARANTINED
        assert bad.name in outcome.reason
        stored = Path(outcome.stored_at)
        assert stored.read_bytes() == bad.read_bytes()
        assert "原因" in stored.with_name(stored.name + ".reason.txt").read_text(encoding="utf-8")


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, home: Path) -> Path:
    from xianjie.settings import get_settings

    monkeypatch.setenv("XIANJIE_HOME", str(home))
    monkeypatch.delenv("XIANJIE_DATABASE_URL", raising=False)
    get_settings.cache_clear()
    yield home
    get_settings.cache_clear()


def test_cli_ingest_prints_each_outcome_and_fails_on_quarantine(tmp_path: Path, cli_env: Path) -> None:
    from xianjie.cli import app

    folder = tmp_path / "案卷"
    write_penalty(folder, 21)
    write_penalty(folder / "子文件夹", 22)
    (folder / "~$处罚决定书.docx").write_bytes(b"lock")  # Word's lock file is not a document
    runner = CliRunner()
    ok = runner.invoke(app, ["ingest", str(folder)])
    assert ok.exit_code == 0, ok.output
    assert ok.output.count("已登记") == 3  # two lines and the summary
    again = runner.invoke(app, ["ingest", str(folder / "处罚决定书_021.txt"), *map(str, write_bad_files(tmp_path))])
    assert again.exit_code == 1
    assert "重复文件" in again.output and "已隔离" in again.output

    docs = [json.loads(line) for line in runner.invoke(app, ["documents", "--json"]).output.splitlines()]
    assert {d["original_name"] for d in docs} == {"处罚决定书_021.txt", "子文件夹/处罚决定书_022.txt"}
    assert set(docs[0]) == {"id", "sha256", "original_name", "doc_type", "case_id", "status"}
    quarantined = [json.loads(line) for line in runner.invoke(app, ["quarantine", "--json"]).output.splitlines()]
    assert {q["original_name"] for q in quarantined} == {"损坏的文书.docx", "扫描件.pdf"}
    assert all(set(q) == {"original_name", "sha256", "reason"} for q in quarantined)


def test_cli_ingest_json_lines(tmp_path: Path, cli_env: Path) -> None:
    from xianjie.cli import app

    result = CliRunner().invoke(app, ["ingest", "--json", str(write_penalty(tmp_path, 30))])
    line = json.loads(result.output.strip().splitlines()[-1])
    assert line["status"] == "recorded" and line["doc_type"] == "penalty_decision"
