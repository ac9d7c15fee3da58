"""One case as a clerk's ledger row: the facts a 台账 keeps, read from the case JSON.

Every date comes from `ledger.cases.case_json`, the same object `xianjie cases
--json` prints, so the Excel ledger, the quarterly report and the command line
can never disagree about a date.  The row is flat (one value per column); the
caller decides how to show it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlmodel import Session

from ledger.cases import STATUS_LABELS, case_json
from ledger.fields import document_values
from models.vocab import ACTOR_LABELS, RULING_TYPE_LABELS, Actor, DocType, ObligationStatus, RulingType

COPY_CODES = ("copy_application", "copy_acceptance", "copy_ruling")  # rules.md C4, C6, C9
VIOLATOR_ROLES = ("party", "respondent", "defendant", "plaintiff")
AGENCY_ROLES = ("applicant",)
# The statute a decision cites names the kind of violation clerks file it under.
VIOLATION_KINDS = (("城乡规划法", "违法建设（城乡规划）"), ("矿产资源法", "矿产资源违法"),
                   ("土地管理法", "土地违法"), ("森林法", "林地违法"))
_ARTICLE = re.compile(r"第[零〇一二三四五六七八九十百千\d]+条")


@dataclass
class CaseSummary:
    """The ledger columns of one case; dates are dates, absent facts are None."""

    case_id: int
    title: str
    parties: str = ""
    agency: str = ""
    violation: str = ""
    location: str = ""
    area_m2: float | None = None
    fine: float | None = None
    decision_number: str = ""
    decision_date: date | None = None
    served: date | None = None
    served_estimated: bool = False
    application_date: date | None = None
    acceptance_number: str = ""
    accepted: date | None = None
    ruling_type: str = ""
    ruling_number: str = ""
    ruled: date | None = None
    copies: dict[str, date | None] = field(default_factory=dict)  # COPY_CODES -> day done
    next_step: str = ""
    next_due: date | None = None
    next_actor: str = ""
    status: str = ObligationStatus.DONE
    overdue_days: int = 0
    first_date: date | None = None
    data: dict[str, Any] = field(default_factory=dict)  # the case JSON it was read from

    @property
    def status_label(self) -> str:
        label = STATUS_LABELS.get(ObligationStatus(self.status), self.status)
        return f"{label} {self.overdue_days} 日" if self.overdue_days else label


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _event(data: dict[str, Any], kind: str, latest: bool = False) -> dict[str, Any] | None:
    found = [e for e in data["events"] if e["kind"] == kind]
    if not found:
        return None
    return found[-1] if latest else found[0]


def _docs(data: dict[str, Any], doc_type: DocType) -> list[dict[str, Any]]:
    return [d for d in data["documents"] if d["doc_type"] == doc_type]


def _names(data: dict[str, Any], roles: tuple[str, ...]) -> str:
    names: list[str] = []
    for p in data["parties"]:
        if p["role"] in roles and p["name"] not in names:
            names.append(p["name"])
    return "、".join(names)


def violation_kind(legal_basis: list[str]) -> str:
    """"土地违法（第七十七条）": the statute cited picks the kind, its article says which offence."""
    for basis in legal_basis:
        for law, kind in VIOLATION_KINDS:
            if law in basis:
                article = _ARTICLE.search(basis.split(law, 1)[1])
                return f"{kind}（{article.group(0)}）" if article else kind
    return ""


def _decision_facts(session: Session, summary: CaseSummary, data: dict[str, Any]) -> None:
    decisions = _docs(data, DocType.PENALTY_DECISION) or _docs(data, DocType.STOP_ORDER)
    if not decisions:
        return
    first = decisions[0]
    summary.decision_number = first["doc_number"] or ""
    summary.decision_date = _day(first["issue_date"])
    values = document_values(session, first["id"])
    summary.violation = violation_kind([str(b.get("value", "")) for b in values.get("legal_basis", [])])
    summary.location = str(values.get("location") or "")
    area, fine = values.get("area_m2"), values.get("fine_amount")
    summary.area_m2 = float(area) if isinstance(area, int | float) else None
    summary.fine = float(fine) if isinstance(fine, int | float) else None
    issuer = values.get("issuer")
    summary.agency = summary.agency or (issuer if isinstance(issuer, str) else "")


def _court_facts(summary: CaseSummary, data: dict[str, Any]) -> None:
    acceptance = _docs(data, DocType.COURT_ACCEPTANCE)
    if acceptance:
        summary.acceptance_number = acceptance[0]["doc_number"] or ""
    accepted = _event(data, "case_accepted")
    summary.accepted = _day(accepted["date"]) if accepted else None
    rulings = _docs(data, DocType.COURT_RULING)
    if rulings:
        last = rulings[-1]
        summary.ruling_number = last["doc_number"] or ""
        code = last["ruling_type"]
        summary.ruling_type = RULING_TYPE_LABELS[RulingType(code)] if code in set(RulingType) else (code or "")
        ruled = [e for e in data["events"] if e["kind"] == "ruled" and e["document_id"] == last["id"]]
        summary.ruled = _day(ruled[0]["date"]) if ruled else _day(last["issue_date"])
        summary.acceptance_number = summary.acceptance_number or summary.ruling_number


def _next_step(summary: CaseSummary, data: dict[str, Any], today: date) -> None:
    """The first pending duty (overdue first, then soonest), else the first pending window or wait."""
    pending = [o for o in data["obligations"] if o["status"] != ObligationStatus.DONE]
    duties = [o for o in pending if o["kind"] == "duty"]
    chosen = (duties or pending or [None])[0]
    if any(o["status"] == ObligationStatus.OVERDUE for o in pending):
        summary.status = ObligationStatus.OVERDUE
    elif pending:
        summary.status = ObligationStatus.OPEN
    if chosen is None:
        return
    summary.next_step, summary.next_due = chosen["label"], _day(chosen["due"])
    actor = chosen["actor"]
    summary.next_actor = ACTOR_LABELS[Actor(actor)] if actor in set(Actor) else actor
    if chosen["status"] == ObligationStatus.OVERDUE and summary.next_due:
        summary.overdue_days = (today - summary.next_due).days


def summarise(session: Session, data: dict[str, Any], today: date) -> CaseSummary:
    """The ledger row of a case already read with `case_json` (so the caller reads each case once)."""
    summary = CaseSummary(case_id=data["id"], title=data["title"], data=data)
    summary.parties = _names(data, VIOLATOR_ROLES)
    summary.agency = _names(data, AGENCY_ROLES).split("、")[0]
    _decision_facts(session, summary, data)
    served = _event(data, "decision_served")
    if served:
        summary.served, summary.served_estimated = _day(served["date"]), bool(served["estimated"])
    applied = _event(data, "application_filed")
    summary.application_date = _day(applied["date"]) if applied else None
    _court_facts(summary, data)
    done = {o["code"]: _day(o["done_on"]) for o in data["obligations"] if o["status"] == ObligationStatus.DONE}
    summary.copies = {code: done.get(code) for code in COPY_CODES}
    _next_step(summary, data, today)
    dated = [d for d in (_day(doc["issue_date"]) for doc in data["documents"]) if d]
    summary.first_date = min(dated) if dated else None
    return summary


def summarise_case(session: Session, case_id: int, today: date) -> CaseSummary:
    return summarise(session, case_json(session, case_id, today), today)
