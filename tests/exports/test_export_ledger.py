"""The Excel ledger, opened with openpyxl as a clerk's Excel would read it."""

from __future__ import annotations

from datetime import date, datetime
from io import BytesIO
from pathlib import Path

import export_docs
import ledger_docs as docs
from openpyxl import load_workbook

from ledger.cases import cases_json
from ledger.export_ledger import LedgerFilters, export_ledger, ledger_workbook_bytes

TODAY = export_docs.TODAY


def _rows(sheet) -> list[dict]:
    values = list(sheet.iter_rows(values_only=True))
    header = values[0]
    return [dict(zip(header, row, strict=True)) for row in values[1:]]


def _as_date(value) -> date | None:
    return value.date() if isinstance(value, datetime) else value


def _iso(value) -> str | None:
    day = _as_date(value)
    return day.isoformat() if day else None


def _export(session, tmp_path: Path, filters: LedgerFilters | None = None):
    out = tmp_path / "台账.xlsx"
    count = export_ledger(session, out, filters, TODAY)
    return count, load_workbook(out)


def test_every_case_once_with_the_clerks_columns_and_chinese_text(two_cases, tmp_path):
    session = two_cases
    count, book = _export(session, tmp_path)
    assert count == 2
    assert book.sheetnames == ["案件台账", "待办期限", "文书"]
    rows = _rows(book["案件台账"])
    assert [r["案件编号"] for r in rows] == [1, 2]
    first, second = rows
    assert first["当事人"] == docs.COMPANY
    assert first["执法机关"] == docs.BUREAU
    assert first["违法类型"] == "土地违法（第七十七条）"
    assert first["违法地点"] == docs.PLACE and first["面积（平方米）"] == 523.4 and first["罚款（元）"] == 52340
    assert first["处罚决定文号"] == docs.DECISION_NO
    assert first["法院案号"] == docs.COURT_NO and first["裁定类型"] == "准予强制执行"
    assert first["裁定文号"] == "(2025)陕0118行审45号"
    assert first["当前下一步"] == "将受理通知书复印件报送人民检察院"
    assert first["责任方"] == "自然资源主管部门"
    assert first["状态"] == "已逾期" and first["逾期天数"] == (TODAY - date(2025, 8, 19)).days
    assert second["当事人"] == "张某某" and second["送达日期为估计"] == "是"


def test_dates_are_excel_dates_and_agree_with_the_cases_json(two_cases, tmp_path):
    session = two_cases
    _, book = _export(session, tmp_path)
    sheet = book["案件台账"]
    header = [c.value for c in sheet[1]]
    decision_col = header.index("处罚决定日期") + 1
    cell = sheet.cell(row=2, column=decision_col)
    assert isinstance(cell.value, datetime) and cell.number_format == "yyyy-mm-dd"
    by_id = {c["id"]: c for c in cases_json(session, TODAY)}
    for row in _rows(sheet):
        data = by_id[row["案件编号"]]
        events = {e["kind"]: e["date"] for e in reversed(data["events"])}
        decision = next(d for d in data["documents"] if d["doc_type"] == "penalty_decision")
        assert _iso(row["处罚决定日期"]) == decision["issue_date"]
        assert _iso(row["送达日期"]) == events.get("decision_served")
        assert _iso(row["申请强制执行日期"]) == events.get("application_filed")
        done = {o["code"]: o["done_on"] for o in data["obligations"]}
        assert _iso(row["抄送检察院日期（申请材料）"]) == done.get("copy_application")
    first = _rows(sheet)[0]
    assert _iso(first["抄送检察院日期（申请材料）"]) == "2025-08-12"
    assert _iso(first["报送检察院日期（受理通知书）"]) is None
    assert _iso(first["法院受理日期"]) == "2025-08-08" and _iso(first["裁定日期"]) == "2025-08-14"


def test_open_obligations_sheet_lists_each_pending_obligation_once(two_cases, tmp_path):
    session = two_cases
    _, book = _export(session, tmp_path)
    rows = _rows(book["待办期限"])
    expected = sorted(
        (c["id"], o["rule"], o["due"]) for c in cases_json(session, TODAY) for o in c["obligations"]
        if o["status"] != "done"
    )
    got = sorted((r["案件编号"], r["规则"], _iso(r["期限"])) for r in rows)
    assert got == expected and len(set(got)) == len(got)
    assert rows[0]["状态"] == "已逾期"  # overdue first
    assert {r["事项"] for r in rows} >= {"将准予执行裁定书报送同级人民检察院", "法院执行机构执结"}


def test_documents_sheet_lists_every_document_once(two_cases, tmp_path):
    session = two_cases
    _, book = _export(session, tmp_path)
    rows = _rows(book["文书"])
    expected = sorted(d["id"] for c in cases_json(session, TODAY) for d in c["documents"])
    assert sorted(r["文书编号"] for r in rows) == expected
    types = {r["文书类型"] for r in rows}
    assert {"行政处罚决定书", "送达回证", "强制执行申请书", "受理案件通知书", "行政裁定书"} <= types


def test_sheets_are_built_to_be_worked_in(two_cases, tmp_path):
    session = two_cases
    _, book = _export(session, tmp_path)
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref.startswith("A1:")
    cases = book["案件台账"]
    assert cases.auto_filter.ref == "A1:Z3"
    fills = [cases.cell(row=r, column=1).fill.start_color.rgb for r in (2, 3)]
    assert all(str(f).endswith("FFC7CE") for f in fills)  # both cases have an overdue duty
    obligations = book["待办期限"]
    marked = [(row[10].value, str(row[0].fill.start_color.rgb).endswith("FFC7CE"))
              for row in obligations.iter_rows(min_row=2)]
    assert all(mark == (status == "已逾期") for status, mark in marked)


def test_filters_by_agency_date_range_and_status(two_cases, tmp_path):
    session = two_cases
    assert _export(session, tmp_path, LedgerFilters(agency="拉萨市自然资源局"))[0] == 0
    assert _export(session, tmp_path, LedgerFilters(agency="鄠邑区"))[0] == 2
    count, book = _export(session, tmp_path, LedgerFilters(date_from=date(2025, 7, 1), date_to=date(2025, 9, 30)))
    assert count == 1 and _rows(book["案件台账"])[0]["案件编号"] == 2
    assert {r["案件编号"] for r in _rows(book["待办期限"])} == {2}
    assert _export(session, tmp_path, LedgerFilters(status="overdue"))[0] == 2
    assert _export(session, tmp_path, LedgerFilters(status="done"))[0] == 0


def test_web_download_bytes_open_as_the_same_workbook(two_cases):
    session = two_cases
    data = ledger_workbook_bytes(session, LedgerFilters(status="overdue"), TODAY)
    book = load_workbook(BytesIO(data))
    assert [r["案件编号"] for r in _rows(book["案件台账"])] == [1, 2]


def test_empty_ledger_gives_headers_only(session, tmp_path):
    count, book = _export(session, tmp_path)
    assert count == 0
    assert [c.value for c in book["案件台账"][1]][:3] == ["案件编号", "案件名称", "当事人"]
    assert book["案件台账"].max_row == 1
