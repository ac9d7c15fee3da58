"""A recorded document as the pages and the API show it: contract-shaped fields, and rows for the review page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from ledger.cases import list_cases
from ledger.fields import document_fields_json
from models.tables import Case, Document, LinkCandidate, Obligation
from models.vocab import (
    DOC_TYPE_LABELS,
    LIST_FIELDS,
    PARTY_ROLE_LABELS,
    RULING_TYPE_LABELS,
    SCALAR_FIELDS,
    DateRole,
    DocType,
    Executor,
    FieldStatus,
    LinkStatus,
    PartyRole,
    RulingType,
)
from review.page_source import SourcePage, span_box
from review.templating import DATE_ROLE_LABELS, FIELD_LABELS

EXECUTOR_LABELS = {"court": "人民法院", "government": "人民政府", "applicant": "申请人"}
# Fields whose value is a code: the edit form offers a list instead of free text.
CODE_CHOICES: dict[str, list[tuple[str, str]]] = {
    "doc_type": [(str(c), DOC_TYPE_LABELS[c]) for c in DocType],
    "ruling_type": [(str(c), RULING_TYPE_LABELS[c]) for c in RulingType],
    "executor": [(str(c), EXECUTOR_LABELS[str(c)]) for c in Executor],
}
ROLE_CHOICES: dict[str, list[tuple[str, str]]] = {
    "parties": [(str(c), PARTY_ROLE_LABELS[c]) for c in PartyRole],
    "dates": [(str(c), DATE_ROLE_LABELS[str(c)]) for c in DateRole],
}


def document_json(session: Session, document: Document) -> dict[str, Any]:
    """The API's document: summary columns plus `fields` shaped as `xianjie extract` prints them."""
    assert document.id is not None
    return {
        "id": document.id,
        "sha256": document.sha256,
        "original_name": document.original_name,
        "doc_type": document.doc_type,
        "doc_number": document.doc_number,
        "issue_date": document.issue_date.isoformat() if document.issue_date else None,
        "case_id": document.case_id,
        "status": document.status,
        "reader": document.reader,
        "pages": document.pages,
        "fields": document_fields_json(session, document.id),
    }


@dataclass
class FieldRow:
    """One line of the review page's field list."""

    name: str
    index: int | None
    label: str
    display: str
    edit_value: str
    role: str | None
    item: dict[str, Any]
    box: tuple[float, ...] | None

    @property
    def status(self) -> str:
        return str(self.item.get("status", ""))

    @property
    def span(self) -> dict[str, Any]:
        span = self.item.get("span")
        return span if isinstance(span, dict) else {}

    @property
    def alternatives(self) -> list[Any]:
        alts = self.item.get("alternatives")
        return alts if isinstance(alts, list) else []


def _display(name: str, item: dict[str, Any]) -> tuple[str, str, str | None]:
    """(what the reviewer reads, what the edit box starts with, the item's role if it has one)."""
    if name == "parties":
        role = item.get("role")
        label = PARTY_ROLE_LABELS.get(role, role or "")  # type: ignore[call-overload]
        return f"{item.get('name', '')}（{label}）", str(item.get("name", "")), role
    if name == "references":
        number = str(item.get("doc_number") or item.get("value") or "")
        return number + (f"（{item['date']}）" if item.get("date") else ""), number, None
    if name == "dates":
        role = item.get("role")
        return (
            f"{item.get('value', '')}（{DATE_ROLE_LABELS.get(role or '', role or '')}）",
            str(item.get("value", "")),
            role,
        )
    value = item.get("value")
    raw = "" if value is None else str(value)
    if name == "doc_type":
        return f"{DOC_TYPE_LABELS.get(value, raw)}（{raw}）", raw, None  # type: ignore[call-overload]
    if name == "ruling_type":
        return f"{RULING_TYPE_LABELS.get(value, raw)}（{raw}）", raw, None  # type: ignore[call-overload]
    if name == "executor":
        return f"{EXECUTOR_LABELS.get(raw, raw)}（{raw}）", raw, None
    return raw, raw, None


def field_rows(fields: dict[str, Any], pages: list[SourcePage]) -> list[FieldRow]:
    """Scalars in contract order, then list items; unknown extra fields last."""
    names = [n for n in SCALAR_FIELDS if n in fields] + [n for n in LIST_FIELDS if n in fields]
    names += sorted(n for n in fields if n not in names)
    rows = []
    for name in names:
        raw = fields[name]
        items = list(enumerate(raw)) if isinstance(raw, list) else [(None, raw)]
        for index, item in items:
            display, edit_value, role = _display(name, item)
            label = FIELD_LABELS.get(name, name) + (f" {index + 1}" if index is not None else "")
            box = span_box(item.get("span"), pages)
            rows.append(FieldRow(name, index, label, display, edit_value, role, item, box))
    return rows


def first_to_review(rows: list[FieldRow]) -> int:
    return next((i for i, r in enumerate(rows) if r.status == FieldStatus.NEEDS_REVIEW), 0)


def case_obligations(session: Session, case_id: int | None) -> list[Obligation]:
    if case_id is None:
        return []
    statement = select(Obligation).where(Obligation.case_id == case_id).order_by(col(Obligation.due))
    return list(session.exec(statement).all())


def link_candidates(session: Session, document_id: int) -> list[tuple[LinkCandidate, Case | None]]:
    rows = session.exec(
        select(LinkCandidate).where(LinkCandidate.document_id == document_id, LinkCandidate.status == LinkStatus.OPEN)
    ).all()
    return [(row, session.get(Case, row.case_id)) for row in rows]


def case_choices(session: Session) -> list[Case]:
    """Live cases (not merged away), newest first, for the re-link list."""
    return list(reversed(list_cases(session)))
