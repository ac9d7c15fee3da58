"""A reviewer's corrections and confirmations of extracted values, and what they ripple into.

A corrected or confirmed value is marked so that no later extraction replaces it
(ledger/record.py), the document's summary is re-derived, and its case's events
and obligations are recomputed, so a corrected service date moves its deadlines.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlmodel import Session, col, func, select

from ledger.audit import audit
from ledger.linking import link_document
from ledger.obligations import recompute_case
from ledger.record import refresh_document
from models.tables import Document, DocumentField, utcnow
from models.vocab import LIST_FIELDS, FieldSource, FieldStatus


def _row(session: Session, document_id: int, name: str, index: int | None) -> DocumentField | None:
    statement = select(DocumentField).where(DocumentField.document_id == document_id, DocumentField.name == name)
    statement = statement.where(col(DocumentField.index).is_(None) if index is None else DocumentField.index == index)
    return session.exec(statement).first()


def _next_index(session: Session, document_id: int, name: str) -> int:
    highest = session.exec(
        select(func.max(DocumentField.index)).where(DocumentField.document_id == document_id,
                                                    DocumentField.name == name)
    ).first()
    return 0 if highest is None else highest + 1


def _after_change(session: Session, document: Document, today: date, region: str,
                  adopted: frozenset[str] | None) -> None:
    refresh_document(session, document)
    if document.case_id is None:
        link_document(session, document.id or 0, region=region)
    if document.case_id is not None:
        recompute_case(session, document.case_id, today, adopted)


def correct_field(
    session: Session, document_id: int, *, name: str, value: Any, index: int | None = None,
    who: str, today: date, region: str = "national", adopted: frozenset[str] | None = None,
) -> DocumentField:
    """Set a field to a reviewer's value.  List fields: `index` replaces that item, None adds one."""
    document = session.get(Document, document_id)
    if document is None:
        raise LookupError(f"没有文书 #{document_id}")
    is_list = name in LIST_FIELDS or index is not None
    if is_list and index is None:
        index = _next_index(session, document_id, name)
    payload = value if (is_list and isinstance(value, dict)) else {"value": value}
    row = _row(session, document_id, name, index if is_list else None)
    old = None if row is None else row.value
    if row is None:
        row = DocumentField(document_id=document_id, name=name, index=index if is_list else None, value=payload)
    row.value, row.confidence = payload, 1.0
    row.source, row.status = FieldSource.REVIEWER, FieldStatus.CORRECTED
    row.updated_by, row.updated_at = who, utcnow()
    session.add(row)
    session.flush()
    audit(session, who=who, entity="document_fields", entity_id=row.id, action="correct",
          old={"document_id": document_id, "name": name, "index": row.index, "value": old},
          new={"document_id": document_id, "name": name, "index": row.index, "value": payload})
    _after_change(session, document, today, region, adopted)
    return row


def confirm_field(session: Session, field_id: int, *, who: str, today: date, region: str = "national",
                  adopted: frozenset[str] | None = None) -> DocumentField:
    """A reviewer agrees with an extracted value: it leaves the queue and no re-run replaces it."""
    row = session.get(DocumentField, field_id)
    if row is None:
        raise LookupError(f"没有字段 #{field_id}")
    old_status = row.status
    row.status, row.updated_by, row.updated_at = FieldStatus.CONFIRMED, who, utcnow()
    session.add(row)
    audit(session, who=who, entity="document_fields", entity_id=field_id, action="confirm",
          old={"status": old_status}, new={"status": FieldStatus.CONFIRMED})
    session.flush()
    document = session.get(Document, row.document_id)
    assert document is not None
    _after_change(session, document, today, region, adopted)
    return row


def review_queue(session: Session) -> list[DocumentField]:
    """Field values below the confidence threshold that nobody has looked at yet, oldest document first."""
    statement = select(DocumentField).where(DocumentField.status == FieldStatus.NEEDS_REVIEW).order_by(
        col(DocumentField.document_id), col(DocumentField.name), col(DocumentField.index)
    )
    return list(session.exec(statement).all())
