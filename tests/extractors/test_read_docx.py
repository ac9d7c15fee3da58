"""DOCX reader: paragraphs and tables in body order, page breaks, 文号 in the header."""

from __future__ import annotations

import docx
from docx.enum.text import WD_BREAK

from extractors.backend.read_docx import CELL_SEP
from extractors.read import read
from models.vocab import Reader


def _decision(path, *, page_break=False, header_number=False):
    doc = docx.Document()
    if header_number:
        doc.sections[0].header.paragraphs[0].text = "某自然资罚字〔2023〕第16号"
    doc.add_paragraph("某某县自然资源局")
    doc.add_paragraph("行政处罚决定书")
    if not header_number:
        doc.add_paragraph("某自然资罚字〔2023〕第15号")
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "当事人"
    table.cell(0, 1).text = "某某建材有限公司"
    table.cell(1, 0).text = "统一社会信用代码"
    table.cell(1, 1).text = "91610125MA6TXXXX1Q"
    para = doc.add_paragraph("经查，当事人未经批准擅自占用集体土地523.4平方米。")
    if page_break:
        para.add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph("当事人应自收到本决定书之日起十五日内缴纳罚款。")
    doc.save(path)
    return path


def test_paragraphs_and_table_rows_in_reading_order(tmp_path):
    result = read(_decision(tmp_path / "decision.docx"))
    assert result.reader == Reader.DOCX
    assert result.format == "docx"
    assert len(result.pages) == 1
    texts = [ln.text for ln in result.pages[0].lines]
    assert texts[:3] == ["某某县自然资源局", "行政处罚决定书", "某自然资罚字〔2023〕第15号"]
    assert texts[3] == f"当事人{CELL_SEP}某某建材有限公司"
    assert texts[4] == f"统一社会信用代码{CELL_SEP}91610125MA6TXXXX1Q"
    assert texts[5].startswith("经查")


def test_line_offsets_point_into_page_text(tmp_path):
    page = read(_decision(tmp_path / "decision.docx")).pages[0]
    for ln in page.lines:
        assert page.text[ln.start : ln.end] == ln.text


def test_explicit_page_break_starts_a_page(tmp_path):
    result = read(_decision(tmp_path / "decision.docx", page_break=True))
    assert len(result.pages) == 2
    assert result.pages[0].text.endswith("523.4平方米。")
    assert result.pages[1].text == "当事人应自收到本决定书之日起十五日内缴纳罚款。"
    assert [p.number for p in result.pages] == [1, 2]


def test_header_holding_the_doc_number_opens_page_one(tmp_path):
    result = read(_decision(tmp_path / "decision.docx", header_number=True))
    assert result.pages[0].lines[0].text == "某自然资罚字〔2023〕第16号"


def test_plain_header_is_left_out(tmp_path):
    path = tmp_path / "decision.docx"
    doc = docx.Document()
    doc.sections[0].header.paragraphs[0].text = "某某县自然资源局执法文书"
    doc.add_paragraph("行政处罚决定书")
    doc.save(path)
    assert read(path).text == "行政处罚决定书"
