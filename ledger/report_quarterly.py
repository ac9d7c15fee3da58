"""The quarterly sharing report to the procuratorate (鄂州检会〔2021〕5号 二（二）, rules.md D8).

"自然资源主管部门每季度末向检察机关提供本季度土地行政处罚信息、行政处罚执行情况、
卫片执法等发现的违法用地线索……包括法院裁定情况、裁定后的执行情况": four parts,
each a sheet of the workbook and a section of the covering letter.

- 处罚决定: penalty decisions (and 责令限期拆除 orders) dated in the quarter.
- 执行情况: every case decided by the quarter's end and not closed before it
  started, with its stage, next step and deadline as of the report day.
- 法院申请与裁定: applications filed, cases accepted and rulings made in the quarter.
- 卫片线索: cases with a document that mentions satellite-image enforcement.
  The ledger keeps extracted values, not full texts, so the rule is: a
  document counts when "卫片", "卫星遥感", "遥感监测" or "图斑" appears in any
  of its field values, in any string of its stored extraction line, or in its
  file name (clerks name 卫片 files after the 图斑 number).  A case counts in
  the quarter when such a document is dated in it (undated: recorded in it).
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlmodel import Session

from ledger.audit import audit
from ledger.case_summary import CaseSummary
from ledger.docx_templates import render_docx
from ledger.export_ledger import DATE_FORMAT, Column, LedgerFilters, add_sheet, ledger_summaries, new_workbook
from ledger.fields import document_values
from ledger.letter_content import chinese_date
from ledger.rules import EZHOU
from models.tables import Document
from models.vocab import EVENT_LABELS, RULING_TYPE_LABELS, ObligationStatus

SATELLITE_WORDS = ("卫片", "卫星遥感", "遥感监测", "图斑")
QUARTER_NAMES = {1: "一", 2: "二", 3: "三", 4: "四"}
_QUARTER = re.compile(r"^\s*(\d{4})\s*[-_ ]?\s*[Qq]\s*([1-4])\s*$")
COURT_EVENTS = ("application_filed", "case_accepted", "ruled")


class QuarterError(ValueError):
    """A quarter the command line could not read."""


@dataclass(frozen=True)
class Quarter:
    year: int
    number: int

    @classmethod
    def parse(cls, text: str) -> Quarter:
        match = _QUARTER.match(text)
        if not match:
            raise QuarterError(f"季度格式应为 2026Q3：{text}")
        return cls(int(match.group(1)), int(match.group(2)))

    @property
    def first_day(self) -> date:
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def last_day(self) -> date:
        month = 3 * self.number
        return date(self.year, month, monthrange(self.year, month)[1])

    @property
    def label(self) -> str:
        return f"{self.year}年第{QUARTER_NAMES[self.number]}季度"

    def __contains__(self, day: date | None) -> bool:
        return day is not None and self.first_day <= day <= self.last_day


def satellite_mentions(session: Session, document: Document) -> list[str]:
    """Where the document mentions satellite-image enforcement: field names, 'extraction', 'file name'."""
    found: list[str] = []
    for name, value in document_values(session, document.id or 0).items():
        if any(word in str(value) for word in SATELLITE_WORDS):
            found.append(name)
    line = {k: v for k, v in (document.extraction or {}).items() if k != "file"}  # the name is checked below
    if not found and any(word in _strings(line) for word in SATELLITE_WORDS):
        found.append("extraction")
    if any(word in document.original_name for word in SATELLITE_WORDS):
        found.append("file name")
    return found


def _strings(value: Any) -> str:
    if isinstance(value, dict):
        return " ".join(_strings(v) for v in value.values())
    if isinstance(value, list):
        return " ".join(_strings(v) for v in value)
    return value if isinstance(value, str) else ""


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def stage(summary: CaseSummary) -> str:
    """Where enforcement stands, in the words of a 台账."""
    if summary.ruling_type:
        return f"法院已裁定{summary.ruling_type}"
    if summary.accepted:
        return "法院已受理，待裁定"
    if summary.application_date:
        return "已申请人民法院强制执行"
    if summary.served and not summary.served_estimated:
        return "决定已送达，履行、复议或诉讼期间"
    if summary.served:
        return "已作出决定，送达日期待核实"
    return "已作出决定，待送达"


DECISION_COLUMNS = (
    Column("案件编号", 9), Column("当事人", 26), Column("处罚决定文号", 26), Column("决定日期", 12, DATE_FORMAT),
    Column("违法类型", 22), Column("违法地点", 26), Column("面积（平方米）", 12, "#,##0.00"),
    Column("罚款（元）", 12, "#,##0.00"), Column("送达日期", 12, DATE_FORMAT),
)
ENFORCEMENT_COLUMNS = (
    Column("案件编号", 9), Column("当事人", 26), Column("处罚决定文号", 26), Column("执行阶段", 24),
    Column("申请强制执行日期", 12, DATE_FORMAT), Column("法院案号", 22), Column("裁定类型", 14),
    Column("裁定日期", 12, DATE_FORMAT), Column("当前下一步", 30), Column("期限", 12, DATE_FORMAT),
    Column("责任方", 16), Column("状态", 12),
)
COURT_COLUMNS = (
    Column("案件编号", 9), Column("当事人", 26), Column("事项", 18), Column("日期", 12, DATE_FORMAT),
    Column("文号/案号", 26), Column("裁定类型", 14),
)
SATELLITE_COLUMNS = (
    Column("案件编号", 9), Column("当事人", 26), Column("违法地点", 30), Column("处罚决定文号", 26),
    Column("线索文书", 30), Column("文书日期", 12, DATE_FORMAT), Column("提及位置", 20),
)


@dataclass
class QuarterlyReport:
    quarter: Quarter
    decisions: list[list[Any]]
    enforcement: list[list[Any]]
    enforcement_overdue: list[bool]
    court: list[list[Any]]
    satellite: list[list[Any]]
    agency: str = ""  # the agency most cases name: signs the letter unless a bureau name is set


def _decision_rows(summaries: list[CaseSummary], q: Quarter) -> list[list[Any]]:
    return [[s.case_id, s.parties, s.decision_number, s.decision_date, s.violation, s.location, s.area_m2, s.fine,
             s.served] for s in summaries if s.decision_date in q]


def _closed_before(summary: CaseSummary, q: Quarter) -> bool:
    done = [_day(o["done_on"]) or _day(o["due"]) for o in summary.data["obligations"]]
    pending = [o for o in summary.data["obligations"] if o["status"] != ObligationStatus.DONE]
    return not pending and bool(done) and max(d for d in done if d) < q.first_day


def _enforcement_rows(summaries: list[CaseSummary], q: Quarter) -> tuple[list[list[Any]], list[bool]]:
    chosen = [s for s in summaries if s.decision_date and s.decision_date <= q.last_day and not _closed_before(s, q)]
    rows = [[s.case_id, s.parties, s.decision_number, stage(s), s.application_date, s.acceptance_number,
             s.ruling_type, s.ruled, s.next_step, s.next_due, s.next_actor, s.status_label] for s in chosen]
    return rows, [s.status == ObligationStatus.OVERDUE for s in chosen]


def _court_rows(summaries: list[CaseSummary], q: Quarter) -> list[list[Any]]:
    rows = []
    for s in summaries:
        docs = {d["id"]: d for d in s.data["documents"]}
        for e in s.data["events"]:
            when = _day(e["date"])
            if e["kind"] not in COURT_EVENTS or when not in q:
                continue
            doc = docs.get(e["document_id"]) or {}
            label = next((v for k, v in EVENT_LABELS.items() if str(k) == e["kind"]), e["kind"])
            code = e.get("ruling_type") or doc.get("ruling_type")
            ruling = next((v for k, v in RULING_TYPE_LABELS.items() if str(k) == code), code or "")
            rows.append([s.case_id, s.parties, label, when, doc.get("doc_number") or "", ruling])
    return sorted(rows, key=lambda r: (r[3], r[0]))


def _satellite_rows(session: Session, summaries: list[CaseSummary], q: Quarter) -> list[list[Any]]:
    rows = []
    for s in summaries:
        for d in s.data["documents"]:
            document = session.get(Document, d["id"])
            if document is None:
                continue
            when = _day(d["issue_date"]) or document.received_at.date()
            where = satellite_mentions(session, document) if when in q else []
            if where:
                rows.append([s.case_id, s.parties, s.location, s.decision_number,
                             d["doc_number"] or d["original_name"], _day(d["issue_date"]), "、".join(where)])
                break
    return rows


def build_report(session: Session, quarter: Quarter, today: date) -> QuarterlyReport:
    summaries = ledger_summaries(session, LedgerFilters(), today)
    enforcement, overdue = _enforcement_rows(summaries, quarter)
    agencies = Counter(s.agency for s in summaries if s.agency)
    return QuarterlyReport(quarter, _decision_rows(summaries, quarter), enforcement, overdue,
                           _court_rows(summaries, quarter), _satellite_rows(session, summaries, quarter),
                           agencies.most_common(1)[0][0] if agencies else "")


def report_workbook(report: QuarterlyReport, today: date) -> Workbook:
    book = new_workbook()
    add_sheet(book, "处罚决定", DECISION_COLUMNS, report.decisions)
    add_sheet(book, "执行情况", ENFORCEMENT_COLUMNS, report.enforcement, report.enforcement_overdue)
    add_sheet(book, "法院申请与裁定", COURT_COLUMNS, report.court)
    add_sheet(book, "卫片线索", SATELLITE_COLUMNS, report.satellite)
    book.properties.title = f"{report.quarter.label}自然资源行政处罚及执行信息（{today.isoformat()}）"
    return book


def _money(value: float | None) -> str:
    return f"{value:,.2f}元" if value else "—"


def _numbered(lines: list[str], empty: str) -> str:
    return "\n".join(f"{i}. {line}" for i, line in enumerate(lines, 1)) or empty


def _short(value: date | None) -> str:
    return chinese_date(value) if value else "—"


def letter_values(report: QuarterlyReport, bureau: str, procuratorate: str, workbook_name: str,
                  today: date) -> dict[str, str]:
    q = report.quarter
    fines = sum(r[7] or 0 for r in report.decisions)
    area = sum(r[6] or 0 for r in report.decisions)
    decisions = [f"{r[1] or '当事人不详'}，{r[2] or '无文号'}，{_short(r[3])}作出，{r[4] or '违法类型待补'}，"
                 f"地点{r[5] or '—'}，面积{r[6] or '—'}平方米，罚款{_money(r[7])}。" for r in report.decisions]
    enforcement = [f"{r[1] or '当事人不详'}（{r[2] or '无文号'}）：{r[3]}；下一步：{r[8] or '无'}"
                   + (f"，期限{_short(r[9])}（{r[10]}，{r[11]}）" if r[9] else "") + "。" for r in report.enforcement]
    court = [f"{_short(r[3])}，{r[1] or '当事人不详'}案{r[2]}" + (f"（{r[4]}）" if r[4] else "")
             + (f"：{r[5]}" if r[5] else "") + "。" for r in report.court]
    satellite = [f"{r[1] or '当事人不详'}，地点{r[2] or '—'}，线索文书{r[4]}。" for r in report.satellite]
    return {
        "bureau": bureau, "procuratorate": procuratorate, "date": chinese_date(today), "period": q.label,
        "date_from": chinese_date(q.first_day), "date_to": chinese_date(q.last_day),
        "letter_number": f"信息共享〔{q.year}〕{q.number}号", "basis": f"{EZHOU} 二（二）",
        "decision_summary": f"本季度共作出土地行政处罚决定{len(report.decisions)}件，涉及面积{area:,.2f}平方米，"
                            f"罚款合计{fines:,.2f}元。",
        "decision_lines": _numbered(decisions, "本季度无新作出的行政处罚决定。"),
        "enforcement_lines": _numbered(enforcement, "无在办执行案件。"),
        "court_lines": _numbered(court, "本季度无向人民法院申请强制执行及法院裁定情况。"),
        "satellite_lines": _numbered(satellite, "本季度卫片执法未发现违法用地线索。"),
        "workbook_name": workbook_name,
    }


@dataclass(frozen=True)
class ReportFiles:
    workbook: Path
    letter: Path
    report: QuarterlyReport


def write_quarterly_report(session: Session, quarter: Quarter, out_dir: Path, *, today: date,
                           bureau: str | None, procuratorate: str, templates_dir: Path | None = None,
                           who: str = "system") -> ReportFiles:
    """The workbook and its covering letter in `out_dir`; the audit trail records that they were made."""
    report = build_report(session, quarter, today)
    stem = f"{quarter.label}自然资源行政处罚及执行信息"
    out_dir.mkdir(parents=True, exist_ok=True)
    workbook = out_dir / f"{stem}.xlsx"
    report_workbook(report, today).save(workbook)
    signer = bureau or report.agency or "自然资源主管部门"
    letter = render_docx("quarterly_letter.docx", letter_values(report, signer, procuratorate, workbook.name, today),
                         out_dir / f"{stem}（报送函）.docx", templates_dir)
    audit(session, who=who, entity="reports", entity_id=None, action="quarterly",
          new={"quarter": f"{quarter.year}Q{quarter.number}", "workbook": str(workbook), "letter": str(letter),
               "decisions": len(report.decisions), "enforcement": len(report.enforcement),
               "court": len(report.court), "satellite": len(report.satellite)})
    return ReportFiles(workbook, letter, report)
