"""The review queue: which documents need a person, why, and in what order.

A document is queued when a field is below the confidence threshold, carries
conflicting readings, has no case or more than one candidate case, or starts a
deadline from an estimated date.  The nearest deadline the document's fields
drive comes first, because a wrong date there costs the most.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from models.tables import Document, DocumentField, LinkCandidate, Obligation
from models.vocab import Actor, DocumentStatus, FieldStatus, LinkStatus, ObligationStatus

_AGENCY_WORDS: tuple[tuple[str, Actor], ...] = (
    ("人民法院", Actor.COURT),
    ("法院", Actor.COURT),
    ("检察院", Actor.PROCURATORATE),
    ("公安", Actor.POLICE),
    ("纪律检查", Actor.DISCIPLINE_INSPECTION),
    ("纪委", Actor.DISCIPLINE_INSPECTION),
    ("监察", Actor.DISCIPLINE_INSPECTION),
    ("人民政府", Actor.GOVERNMENT),
)


def agency_of(issuer: str | None) -> Actor:
    """Which kind of agency issued a document, from its issuer's name; bureaus are the default sender."""
    for word, actor in _AGENCY_WORDS:
        if issuer and word in issuer:
            return actor
    return Actor.BUREAU


@dataclass
class QueueItem:
    document: Document
    issuer: str | None
    agency: Actor
    reasons: list[str] = field(default_factory=list)
    nearest_due: date | None = None
    open_fields: int = 0

    def to_json(self) -> dict[str, Any]:
        d = self.document
        return {
            "id": d.id,
            "original_name": d.original_name,
            "doc_type": d.doc_type,
            "doc_number": d.doc_number,
            "issuer": self.issuer,
            "agency": str(self.agency),
            "case_id": d.case_id,
            "status": d.status,
            "reasons": self.reasons,
            "fields_to_review": self.open_fields,
            "nearest_due": self.nearest_due.isoformat() if self.nearest_due else None,
        }


@dataclass(frozen=True)
class QueueFilter:
    doc_type: str | None = None
    agency: str | None = None
    status: str | None = None  # a DocumentStatus; None means "documents that need a person"


def _field_reasons(rows: list[DocumentField]) -> tuple[list[str], int]:
    low = [r for r in rows if r.status == FieldStatus.NEEDS_REVIEW]
    conflicting = [
        r
        for r in rows
        if r.status not in (FieldStatus.CONFIRMED, FieldStatus.CORRECTED) and (r.value or {}).get("alternatives")
    ]
    reasons = []
    if low:
        reasons.append(f"低置信度字段 {len(low)} 个")
    if conflicting:
        reasons.append(f"存在冲突值 {len(conflicting)} 处")
    return reasons, len({r.id for r in low + conflicting})


def _link_reasons(document: Document, candidates: int) -> list[str]:
    if candidates > 1:
        return [f"关联案件有歧义（候选 {candidates} 个）"]
    if document.case_id is None:
        return ["未关联案件"]
    return []


def _index(session: Session, model: Any, key: Any, ids: list[int], *where: Any) -> dict[int, list[Any]]:
    grouped: dict[int, list[Any]] = {}
    if not ids:
        return grouped
    for row in session.exec(select(model).where(col(key).in_(ids), *where)).all():
        grouped.setdefault(getattr(row, key.key), []).append(row)
    return grouped


def build_queue(session: Session, filters: QueueFilter = QueueFilter()) -> list[QueueItem]:
    statement = select(Document)
    if filters.doc_type:
        statement = statement.where(Document.doc_type == filters.doc_type)
    if filters.status:
        statement = statement.where(Document.status == filters.status)
    documents = list(session.exec(statement).all())
    ids = [d.id for d in documents if d.id is not None]
    fields = _index(session, DocumentField, DocumentField.document_id, ids)
    candidates = _index(session, LinkCandidate, LinkCandidate.document_id, ids, LinkCandidate.status == LinkStatus.OPEN)
    live = col(Obligation.status).in_([ObligationStatus.OPEN, ObligationStatus.OVERDUE])
    triggered = _index(session, Obligation, Obligation.trigger_document_id, ids, live)
    items = []
    for document in documents:
        rows = fields.get(document.id or 0, [])
        issuer = next(((r.value or {}).get("value") for r in rows if r.name == "issuer"), None)
        item = QueueItem(document=document, issuer=issuer, agency=agency_of(issuer))
        item.reasons, item.open_fields = _field_reasons(rows)
        item.reasons += _link_reasons(document, len(candidates.get(document.id or 0, [])))
        obligations = triggered.get(document.id or 0, [])
        if any(o.estimated for o in obligations):
            item.reasons.append("期限按估算日期计算（缺少送达/收到日期）")
        item.nearest_due = min((o.due for o in obligations), default=None)
        if filters.agency and item.agency != filters.agency:
            continue
        if filters.status is None and not item.reasons and document.status != DocumentStatus.NEEDS_REVIEW:
            continue
        items.append(item)
    items.sort(key=lambda i: (i.nearest_due or date.max, i.document.received_at or datetime.max, i.document.id or 0))
    return items


def next_in_queue(session: Session, after_id: int, filters: QueueFilter = QueueFilter()) -> int | None:
    """The document to open after `after_id`: the next one in queue order, wrapping to the first."""
    ids = [i.document.id for i in build_queue(session, filters) if i.document.id is not None]
    others = [i for i in ids if i != after_id]
    if not others:
        return None
    if after_id in ids:
        position = ids.index(after_id)
        following = [i for i in ids[position + 1 :] if i != after_id]
        if following:
            return following[0]
    return others[0]
