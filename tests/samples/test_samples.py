"""The committed samples: every file has a valid expected extraction, and the generator reproduces them."""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from models.vocab import (
    LIST_FIELDS,
    SCALAR_FIELDS,
    Counting,
    DateRole,
    DocType,
    Executor,
    PartyKind,
    PartyRole,
    RulingType,
)

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
FORMATS = ("docx", "pdf", "scan", "photo", "text")
MAIN_TYPES = {
    DocType.PENALTY_DECISION,
    DocType.COURT_RULING,
    DocType.PROCURATORIAL_SUGGESTION,
    DocType.ENFORCEMENT_APPLICATION,
    DocType.DEMAND_NOTICE,
    DocType.CRIMINAL_REFERRAL,
    DocType.CLUE_REFERRAL,
}
FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")


def sample_files(fmt: str) -> list[Path]:
    return sorted(p for p in (SAMPLES / fmt).iterdir() if not p.name.endswith(".expected.json"))


def expected_of(path: Path) -> dict:
    name = path.name.rsplit(".", 1)[0]
    return json.loads((path.parent / f"{name}.expected.json").read_text(encoding="utf-8"))


ALL_SAMPLES = [p for fmt in FORMATS for p in sample_files(fmt)]


def _check_scalars(fields: dict) -> None:
    DocType(fields["doc_type"]["value"])
    if "ruling_type" in fields:
        RulingType(fields["ruling_type"]["value"])
        assert fields["doc_type"]["value"] == DocType.COURT_RULING
    if "executor" in fields:
        Executor(fields["executor"]["value"])
    if "issue_date" in fields:
        date.fromisoformat(fields["issue_date"]["value"])
    for name in ("fine_amount", "area_m2"):
        if name in fields:
            assert isinstance(fields[name]["value"], float) and fields[name]["value"] > 0
    for name in ("confiscation", "demolition", "return_land"):
        if name in fields:
            assert fields[name]["value"] is True
    for name in ("title", "doc_number", "issuer", "recipient", "location"):
        if name in fields:
            assert isinstance(fields[name]["value"], str) and fields[name]["value"].strip()


def _check_lists(fields: dict) -> None:
    for party in fields.get("parties", []):
        PartyRole(party["role"])
        PartyKind(party["kind"])
        assert party["name"]
    for ref in fields.get("references", []):
        assert ref["doc_number"]
        if "doc_type" in ref:
            DocType(ref["doc_type"])
        if "date" in ref:
            date.fromisoformat(ref["date"])
    for basis in fields.get("legal_basis", []):
        assert basis["value"].startswith("《") and basis["value"].endswith("条")
    for deadline in fields.get("stated_deadlines", []):
        unit = Counting(deadline["unit"])
        key = "months" if unit == Counting.MONTHS else "days"
        assert isinstance(deadline[key], int) and deadline[key] > 0
    for item in fields.get("dates", []):
        date.fromisoformat(item["value"])
        DateRole(item["role"])


@pytest.mark.parametrize("path", ALL_SAMPLES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_expected_file_is_valid(path: Path) -> None:
    expected = expected_of(path)
    assert expected["file"] == path.relative_to(ROOT).as_posix()
    fields = expected["fields"]
    assert set(fields) <= set(SCALAR_FIELDS) | set(LIST_FIELDS)
    assert all(value not in ({}, [], "", None) for value in fields.values()), "absent, not empty"
    _check_scalars(fields)
    _check_lists(fields)


def test_every_expected_file_has_its_sample() -> None:
    for fmt in FORMATS:
        for expected in (SAMPLES / fmt).glob("*.expected.json"):
            target = ROOT / json.loads(expected.read_text(encoding="utf-8"))["file"]
            assert target.exists(), expected


def _types_in(fmt: str) -> Counter:
    return Counter(expected_of(p)["fields"]["doc_type"]["value"] for p in sample_files(fmt))


def test_every_doc_type_in_every_layout_format() -> None:
    wanted = {t.value for t in DocType} - {DocType.OTHER.value}
    for fmt in ("docx", "pdf", "scan", "text"):
        assert set(_types_in(fmt)) >= wanted, fmt
    assert set(_types_in("photo")) >= {t.value for t in MAIN_TYPES}
    main_counts = _types_in("scan")
    assert all(main_counts[t.value] >= 3 for t in MAIN_TYPES), main_counts


def test_court_rulings_cover_the_outcomes() -> None:
    rulings = [expected_of(p)["fields"] for p in sample_files("docx")]
    rulings = [f for f in rulings if f["doc_type"]["value"] == DocType.COURT_RULING]
    types = {f["ruling_type"]["value"] for f in rulings}
    assert types >= {RulingType.ENFORCE, RulingType.REFUSE, RulingType.NOT_ACCEPTED}
    assert any(f.get("executor", {}).get("value") == Executor.GOVERNMENT for f in rulings)


def test_hard_cases_keep_page_dates_out_and_truncation_has_no_issue_date() -> None:
    truncated = expected_of(SAMPLES / "text" / "hard_truncated_court_ruling_04.txt")["fields"]
    assert "issue_date" not in truncated and "ruling_type" not in truncated
    assert all(d["role"] != DateRole.ISSUED for d in truncated["dates"])
    web = expected_of(SAMPLES / "text" / "hard_site_metadata_penalty_decision_02.txt")["fields"]
    assert {"2020-06-03", "2020-05-26"}.isdisjoint(d["value"] for d in web["dates"])
    assert web["issue_date"]["value"] == "2020-05-20"


def test_sizes_stay_small() -> None:
    assert all(p.stat().st_size < 420_000 for p in sample_files("scan"))
    assert all(p.stat().st_size < 520_000 for p in sample_files("photo"))
    total = sum(p.stat().st_size for p in SAMPLES.rglob("*") if p.is_file())
    assert total < 40_000_000


def test_scans_have_no_text_layer_and_pdfs_do() -> None:
    pdfium = pytest.importorskip("pypdfium2")
    scan = pdfium.PdfDocument(SAMPLES / "scan" / "court_ruling_02.pdf")
    assert scan[0].get_textpage().get_text_range().strip() == ""
    text_pdf = pdfium.PdfDocument(SAMPLES / "pdf" / "court_ruling_02.pdf")
    assert "(2021)鄂0704行审3号" in text_pdf[0].get_textpage().get_text_range()


@pytest.fixture(scope="module")
def generator():
    sys.path.insert(0, str(SAMPLES))
    import make_samples

    return make_samples


def test_text_and_expected_files_are_up_to_date(generator, tmp_path: Path) -> None:
    """Regenerating the .txt samples and every expected file gives the committed bytes (no fonts needed)."""
    docs = generator.all_documents()
    (tmp_path / "text").mkdir()
    for doc in docs:
        text = generator.plain_text(doc)
        assert (SAMPLES / "text" / f"{doc.name}.txt").read_text(encoding="utf-8") == text
        generator.write_expected(tmp_path, "text", doc.name, generator.expected_fields(doc.records, text))
    generator.write_hard_cases(docs, tmp_path)
    for made in (tmp_path / "text").iterdir():
        assert made.read_bytes() == (SAMPLES / "text" / made.name).read_bytes(), made.name


@pytest.mark.skipif(not FONT.exists(), reason="regenerating PDFs needs fonts-wqy-zenhei")
def test_docx_and_pdf_regenerate_byte_for_byte(generator, tmp_path: Path) -> None:
    docs = {doc.name: doc for doc in generator.all_documents()}
    for fmt in FORMATS:
        (tmp_path / fmt).mkdir()
    for name in ("court_ruling_02", "penalty_decision_02"):
        generator.render(docs[name], tmp_path, formats=("docx", "pdf"))
        for fmt, ext in (("docx", "docx"), ("pdf", "pdf")):
            made = (tmp_path / fmt / f"{name}.{ext}").read_bytes()
            assert made == (SAMPLES / fmt / f"{name}.{ext}").read_bytes(), f"{fmt}/{name}"
