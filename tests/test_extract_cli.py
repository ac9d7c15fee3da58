"""`xianjie extract` and `xianjie eval` as a user runs them, on the committed samples."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractors.evaluation import evaluate
from xianjie.cli import app
from xianjie.commands_extract import extract_one

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
runner = CliRunner()
FORMATS = ("docx", "pdf", "text", "html", "scan", "photo")


def _one_sample(folder: str) -> str:
    docs = sorted(p for p in (SAMPLES / folder).glob("*") if not p.name.endswith(".json"))
    return str(docs[0])


def test_extract_json_lines_in_order_and_exit_code(tmp_path):
    bad = tmp_path / "空文件.pdf"
    bad.write_bytes(b"")
    good = _one_sample("text")
    result = runner.invoke(app, ["extract", good, str(bad), "--json"])
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert result.exit_code == 1
    assert [line["file"] for line in lines] == [good, str(bad)]
    assert "fields" in lines[0] and lines[0]["reader"] == "text"
    assert "error" in lines[1] and "空文件.pdf" in lines[1]["error"]


def test_extract_readable_summary():
    result = runner.invoke(app, ["extract", _one_sample("docx")])
    assert result.exit_code == 0
    assert "doc_type" in result.stdout and "读取方式 docx" in result.stdout


@pytest.mark.slow
@pytest.mark.parametrize("folder", FORMATS)
def test_eval_on_samples_holds_095_on_every_field(folder):
    report = evaluate(SAMPLES / folder, extract_one)
    assert report.files >= 3
    assert not report.errors
    low = {name: round(s.f1, 3) for name, s in report.scores.items() if s.f1 < 0.95}
    assert not low, "\n".join([str(low), *report.mismatches[:40]])


def test_eval_command_prints_summary_line():
    result = runner.invoke(app, ["eval", str(SAMPLES / "text")])
    assert result.exit_code == 0
    assert "summary:" in result.stdout and "F1=" in result.stdout


def test_eval_fields_option_scores_only_the_named_fields():
    result = runner.invoke(app, ["eval", str(SAMPLES / "text"), "--fields", "doc_type,parties", "--json"])
    assert result.exit_code == 0
    scores = json.loads(result.stdout)["全部"]
    named = {name for name in scores if name in ("doc_type", "parties", "issue_date", "fine_amount")}
    assert named == {"doc_type", "parties"}


def test_eval_fields_option_rejects_unknown_names():
    result = runner.invoke(app, ["eval", str(SAMPLES / "text"), "--fields", "doc_typo"])
    assert result.exit_code == 2
    assert "doc_typo" in result.stdout


def test_eval_by_format_names_the_format_of_each_mismatch(tmp_path):
    for fmt in ("pdf", "scan"):  # same file name in two format folders, as samples/ has
        folder = tmp_path / fmt
        folder.mkdir()
        (folder / "ruling.txt").write_text("某某人民法院\n行政裁定书\n", encoding="utf-8")
        expected = {"file": f"{fmt}/ruling.txt", "fields": {"doc_type": {"value": "penalty_decision"}}}
        (folder / "ruling.expected.json").write_text(json.dumps(expected), encoding="utf-8")
    result = runner.invoke(app, ["eval", str(tmp_path), "--by-format", "--mismatches", "--fields", "doc_type"])
    assert "pdf/ruling.txt: doc_type" in result.stdout
    assert "scan/ruling.txt: doc_type" in result.stdout


def test_eval_counts_a_reference_once_whatever_spellings_the_label_lists(tmp_path):
    """A page citing 淄…罚字[2023]4002号 and 淄…罚字〔2023〕4002号 cites one decision: a label that lists both
    spellings is not missing a second reference when the extractor reports it once."""
    text = (
        "淄博市人民政府\n行政复议决定书\n淄政复〔2023〕508号\n"
        "申请人对被申请人于2023年9月7日作出的淄自然规划执土罚字〔2023〕4002号《行政处罚决定书》不服，"
        "申请行政复议。被申请人作出的淄自然规划执土罚字[2023]4002号《行政处罚决定书》，责令申请人退还土地。\n"
    )
    (tmp_path / "review.txt").write_text(text, encoding="utf-8")
    spellings = ["淄自然规划执土罚字〔2023〕4002号", "淄自然规划执土罚字[2023]4002号"]
    expected = {"file": "review.txt", "fields": {"references": [{"doc_number": s} for s in spellings]}}
    (tmp_path / "review.expected.json").write_text(json.dumps(expected, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, ["eval", str(tmp_path), "--fields", "references", "--json"])
    score = json.loads(result.stdout)["全部"]["references"]
    assert (score["p"], score["r"], score["support"]) == (1.0, 1.0, 1)
