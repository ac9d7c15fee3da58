"""The quarterly sharing report (鄂州检会〔2021〕5号 二（二）): workbook and covering letter."""

from __future__ import annotations

from datetime import date, datetime

import docx
import export_docs
import ledger_docs as docs
import pytest
from openpyxl import load_workbook
from sqlmodel import select

from ledger.report_quarterly import Quarter, QuarterError, satellite_mentions, write_quarterly_report
from models.tables import AuditEntry, Document

TODAY = export_docs.TODAY


def _rows(sheet) -> list[dict]:
    values = list(sheet.iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


def _day(value) -> date | None:
    return value.date() if isinstance(value, datetime) else value


def _text(path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def test_quarter_parsing_and_bounds():
    q = Quarter.parse("2026Q3")
    assert (q.first_day, q.last_day, q.label) == (date(2026, 7, 1), date(2026, 9, 30), "2026年第三季度")
    assert Quarter.parse("2024q1").last_day == date(2024, 3, 31)
    assert Quarter.parse("2025-Q4").last_day == date(2025, 12, 31)
    assert date(2026, 9, 30) in q and date(2026, 10, 1) not in q
    with pytest.raises(QuarterError, match="2026Q3"):
        Quarter.parse("2026Q5")


def test_third_quarter_workbook_has_the_four_parts(two_cases, tmp_path):
    files = write_quarterly_report(two_cases, Quarter.parse("2025Q3"), tmp_path, today=TODAY, bureau=None,
                                   procuratorate="西安市鄠邑区人民检察院")
    book = load_workbook(files.workbook)
    assert book.sheetnames == ["处罚决定", "执行情况", "法院申请与裁定", "卫片线索"]
    decisions = _rows(book["处罚决定"])
    assert [(r["当事人"], r["处罚决定文号"], _day(r["决定日期"])) for r in decisions] == [
        ("张某某", export_docs.SATELLITE_DECISION_NO, date(2025, 7, 2))]
    assert book["处罚决定"]["D2"].number_format == "yyyy-mm-dd"
    enforcement = {r["案件编号"]: r for r in _rows(book["执行情况"])}
    assert enforcement[1]["执行阶段"] == "法院已裁定准予强制执行"
    assert enforcement[2]["执行阶段"] == "已作出决定，送达日期待核实"
    court = [(r["事项"], _day(r["日期"]), r["裁定类型"]) for r in _rows(book["法院申请与裁定"])]
    assert court == [("申请强制执行", date(2025, 8, 5), None), ("法院立案受理", date(2025, 8, 8), None),
                     ("法院作出裁定", date(2025, 8, 14), "准予强制执行")]
    satellite = _rows(book["卫片线索"])
    assert len(satellite) == 1 and satellite[0]["案件编号"] == 2 and "卫片图斑" in satellite[0]["违法地点"]
    assert satellite[0]["提及位置"] == "location"


def test_covering_letter_names_the_quarter_counts_and_clues(two_cases, tmp_path):
    files = write_quarterly_report(two_cases, Quarter.parse("2025Q3"), tmp_path, today=TODAY, bureau=None,
                                   procuratorate="西安市鄠邑区人民检察院")
    text = _text(files.letter)
    assert "关于报送2025年第三季度自然资源行政处罚及执行信息的函" in text
    assert "西安市鄠邑区人民检察院：" in text
    assert "2025年7月1日至2025年9月30日" in text
    assert "本季度共作出土地行政处罚决定1件" in text and "罚款合计8,000.00元" in text
    assert "2025年8月14日，西安一宇路桥建设养护有限公司案法院作出裁定" in text
    assert "卫片图斑2025-118号" in text
    assert docs.BUREAU in text  # signed by the agency the cases name when no bureau name is set
    assert "{{" not in text
    entry = two_cases.exec(select(AuditEntry).where(AuditEntry.entity == "reports")).one()
    assert entry.new["quarter"] == "2025Q3" and entry.new["satellite"] == 1


def test_first_quarter_has_the_january_decision_and_no_court_steps(two_cases, tmp_path):
    files = write_quarterly_report(two_cases, Quarter.parse("2025Q1"), tmp_path, today=TODAY, bureau="某某局",
                                   procuratorate="某某检察院")
    assert [r.case_id if hasattr(r, "case_id") else r[0] for r in files.report.decisions] == [1]
    assert files.report.court == [] and files.report.satellite == []
    text = _text(files.letter)
    assert "本季度无向人民法院申请强制执行及法院裁定情况。" in text
    assert "本季度卫片执法未发现违法用地线索。" in text


def test_satellite_rule_reads_values_extraction_and_file_name(session):
    line = docs.penalty_decision(number="鄠自然资罚字〔2025〕第40号", company="李某")
    line["file"] = "inbox/2025年卫片执法图斑核查_处罚决定.pdf"
    docs.ingest(session, line, TODAY)
    plain = docs.penalty_decision(number="鄠自然资罚字〔2025〕第41号", company="王某")
    plain["fields"]["legal_basis"].append(docs.item("经2025年度卫星遥感监测发现", 0.9))
    docs.ingest(session, plain, TODAY)
    found = {d.doc_number: satellite_mentions(session, d) for d in session.exec(select(Document)).all()}
    assert found["鄠自然资罚字〔2025〕第40号"] == ["file name"]
    assert found["鄠自然资罚字〔2025〕第41号"] == ["legal_basis"]
