"""The ledger as an Excel workbook (台账.xlsx): cases, open deadlines and documents, one row each.

Clerks keep their 台账 in Excel and hand it to their head of unit and to the
procuratorate, so the workbook is built to be worked in: real Excel dates
(yyyy-mm-dd), a frozen header, auto-filter, overdue rows in red.  Every value
is read through `ledger.case_summary` from the case JSON, so the workbook and
`xianjie cases --json` agree on every date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from sqlmodel import Session

from ledger.case_summary import CaseSummary, summarise
from ledger.cases import STATUS_LABELS, case_json, list_cases
from models.vocab import ACTOR_LABELS, DOC_TYPE_LABELS, DOCUMENT_STATUS_LABELS, RULING_TYPE_LABELS, ObligationStatus

DATE_FORMAT = "yyyy-mm-dd"
OVERDUE_FILL = PatternFill("solid", start_color="FFC7CE", end_color="FFC7CE")
HEADER_FILL = PatternFill("solid", start_color="DDEBF7", end_color="DDEBF7")
CASE_STATUSES = tuple(str(s) for s in ObligationStatus)


@dataclass(frozen=True)
class Column:
    header: str
    width: float = 14
    number_format: str | None = None


@dataclass(frozen=True)
class LedgerFilters:
    """Which cases go into the workbook.

    `agency` matches part of the deciding/applying agency's name; the date range
    applies to the penalty decision's date (a case without a decision: its
    earliest document); `status` is the case's worst obligation status
    (overdue / open / done).
    """

    agency: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    status: str | None = None

    def accepts(self, summary: CaseSummary) -> bool:
        if self.agency and self.agency not in summary.agency + summary.data.get("title", ""):
            return False
        when = summary.decision_date or summary.first_date
        if (self.date_from or self.date_to) and when is None:
            return False
        if self.date_from and when and when < self.date_from:
            return False
        if self.date_to and when and when > self.date_to:
            return False
        return not self.status or summary.status == self.status


def write_table(sheet: Worksheet, columns: Sequence[Column], rows: Sequence[Sequence[Any]],
                highlight: Sequence[bool] = ()) -> None:
    """Header, rows, formats, frozen first row, auto-filter over the whole table, red highlighted rows, print setup."""
    sheet.append([c.header for c in columns])
    for cell in sheet[1]:
        cell.font, cell.fill = Font(bold=True), HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    for index, row in enumerate(rows):
        sheet.append(list(row))
        excel_row = index + 2
        for position, column in enumerate(columns, start=1):
            cell = sheet.cell(row=excel_row, column=position)
            if column.number_format and cell.value is not None:
                cell.number_format = column.number_format
            if index < len(highlight) and highlight[index]:
                cell.fill = OVERDUE_FILL
    for position, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(position)].width = column.width
    sheet.freeze_panes = "A2"
    sheet.print_title_rows = "1:1"  # printed 台账: header on every page, landscape, all columns on one page
    sheet.page_setup.orientation, sheet.page_setup.paperSize = "landscape", sheet.PAPERSIZE_A3
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(len(rows) + 1, 1)}"


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _label(table: dict[Any, str], code: str | None) -> str:
    return next((label for key, label in table.items() if str(key) == code), code or "")


CASE_COLUMNS = (
    Column("案件编号", 9), Column("案件名称", 26), Column("当事人", 26), Column("执法机关", 22),
    Column("违法类型", 22), Column("违法地点", 24), Column("面积（平方米）", 12, "#,##0.00"),
    Column("罚款（元）", 12, "#,##0.00"), Column("处罚决定文号", 26), Column("处罚决定日期", 12, DATE_FORMAT),
    Column("送达日期", 12, DATE_FORMAT), Column("送达日期为估计", 8), Column("申请强制执行日期", 12, DATE_FORMAT),
    Column("法院案号", 22), Column("法院受理日期", 12, DATE_FORMAT), Column("裁定类型", 14),
    Column("裁定文号", 22), Column("裁定日期", 12, DATE_FORMAT),
    Column("抄送检察院日期（申请材料）", 14, DATE_FORMAT), Column("报送检察院日期（受理通知书）", 14, DATE_FORMAT),
    Column("报送检察院日期（准予执行裁定）", 14, DATE_FORMAT), Column("当前下一步", 30),
    Column("期限", 12, DATE_FORMAT), Column("责任方", 16), Column("状态", 10), Column("逾期天数", 8),
)


def case_row(s: CaseSummary) -> list[Any]:
    return [
        s.case_id, s.title, s.parties, s.agency, s.violation, s.location, s.area_m2, s.fine, s.decision_number,
        s.decision_date, s.served, "是" if s.served_estimated else "", s.application_date, s.acceptance_number,
        s.accepted, s.ruling_type, s.ruling_number, s.ruled, s.copies.get("copy_application"),
        s.copies.get("copy_acceptance"), s.copies.get("copy_ruling"), s.next_step, s.next_due, s.next_actor,
        _label(STATUS_LABELS, s.status), s.overdue_days or None,
    ]


OBLIGATION_COLUMNS = (
    Column("案件编号", 9), Column("案件名称", 26), Column("事项", 34), Column("责任方", 16),
    Column("期限", 12, DATE_FORMAT), Column("计算方式", 10), Column("法律依据", 36), Column("规则", 6),
    Column("起算文书", 28), Column("起算日为估计", 8), Column("状态", 10), Column("逾期天数", 8),
)
COUNTING_LABELS = {"working_days": "工作日", "calendar_days": "日", "months": "个月"}


def obligation_rows(summaries: Sequence[CaseSummary], today: date) -> tuple[list[list[Any]], list[bool]]:
    """Open and overdue obligations of the chosen cases, overdue first, then by due date."""
    found: list[tuple[CaseSummary, dict[str, Any]]] = [
        (s, o) for s in summaries for o in s.data["obligations"] if o["status"] != ObligationStatus.DONE
    ]
    found.sort(key=lambda pair: (pair[1]["status"] != ObligationStatus.OVERDUE, pair[1]["due"], pair[0].case_id))
    rows, marks = [], []
    for s, o in found:
        due = _day(o["due"])
        overdue = o["status"] == ObligationStatus.OVERDUE
        amount = o.get("months", o.get("days"))
        trigger = o["trigger_document"] or {}
        rows.append([
            s.case_id, s.title, o["label"], _label(ACTOR_LABELS, o["actor"]), due,
            f"{amount}{COUNTING_LABELS.get(o['counting'], o['counting'])}", o["basis"], o["rule"],
            trigger.get("doc_number") or trigger.get("original_name") or "", "是" if o["estimated"] else "",
            _label(STATUS_LABELS, o["status"]), (today - due).days if overdue and due else None,
        ])
        marks.append(overdue)
    return rows, marks


DOCUMENT_COLUMNS = (
    Column("文书编号", 9), Column("案件编号", 9), Column("文书类型", 18), Column("文号", 28),
    Column("文书日期", 12, DATE_FORMAT), Column("裁定类型", 14), Column("审核状态", 10), Column("原文件名", 36),
    Column("SHA-256", 20),
)


def document_rows(summaries: Sequence[CaseSummary]) -> list[list[Any]]:
    return [
        [d["id"], s.case_id, _label(DOC_TYPE_LABELS, d["doc_type"]), d["doc_number"] or "", _day(d["issue_date"]),
         _label(RULING_TYPE_LABELS, d["ruling_type"]) if d["ruling_type"] else "",
         _label(DOCUMENT_STATUS_LABELS, d["status"]), d["original_name"], d["sha256"]]
        for s in summaries for d in s.data["documents"]
    ]


def ledger_summaries(session: Session, filters: LedgerFilters, today: date) -> list[CaseSummary]:
    """The chosen live cases, oldest first, each read once through the case JSON."""
    summaries = [summarise(session, case_json(session, c.id or 0, today), today) for c in list_cases(session)]
    return [s for s in summaries if filters.accepts(s)]


def new_workbook() -> Workbook:
    """A workbook without openpyxl's default empty sheet: every sheet is one of ours."""
    book = Workbook()
    book.remove(book.active)
    return book


def add_sheet(book: Workbook, title: str, columns: Sequence[Column], rows: Sequence[Sequence[Any]],
              highlight: Sequence[bool] = ()) -> Worksheet:
    sheet = book.create_sheet(title)
    write_table(sheet, columns, rows, highlight)
    return sheet


def build_ledger_workbook(session: Session, filters: LedgerFilters | None = None,
                          today: date | None = None) -> Workbook:
    """Three sheets: 案件台账 (one row per case), 待办期限 (open obligations), 文书 (documents)."""
    day = today or date.today()
    summaries = ledger_summaries(session, filters or LedgerFilters(), day)
    book = new_workbook()
    add_sheet(book, "案件台账", CASE_COLUMNS, [case_row(s) for s in summaries],
              [s.status == ObligationStatus.OVERDUE for s in summaries])
    rows, marks = obligation_rows(summaries, day)
    add_sheet(book, "待办期限", OBLIGATION_COLUMNS, rows, marks)
    add_sheet(book, "文书", DOCUMENT_COLUMNS, document_rows(summaries))
    book.properties.title = f"自然资源执法案件台账（截至 {day.isoformat()}）"
    return book


def workbook_bytes(book: Workbook) -> bytes:
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def ledger_workbook_bytes(session: Session, filters: LedgerFilters | None = None, today: date | None = None) -> bytes:
    """The .xlsx bytes, for a web download (Content-Type application/vnd.openxmlformats-…sheet)."""
    return workbook_bytes(build_ledger_workbook(session, filters, today))


def export_ledger(session: Session, out: Path, filters: LedgerFilters | None = None,
                  today: date | None = None) -> int:
    """Write the workbook to `out` (parent folders created); returns how many cases it lists."""
    book = build_ledger_workbook(session, filters, today)
    out.parent.mkdir(parents=True, exist_ok=True)
    book.save(out)
    return book["案件台账"].max_row - 1
