"""A recorded document's field values as they stand now (extraction plus reviewers' work).

Field rows store each item without its confidence/span/source (the "payload"), so
the contract JSON of `xianjie extract` is payload + confidence + span + source.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from models.tables import Document, DocumentField, DocumentReference
from models.vocab import LIST_FIELDS, DocType

META_KEYS = ("confidence", "span", "source", "status")
DEMOLITION_WORDS = ("拆除",)


def split_item(item: dict[str, Any]) -> tuple[dict[str, Any], float, dict[str, Any] | None, str | None]:
    """(payload, confidence, span, source) of one item of an extraction's `fields`."""
    payload = {k: v for k, v in item.items() if k not in META_KEYS}
    span = item.get("span") if isinstance(item.get("span"), dict) else None
    return payload, float(item.get("confidence") or 0.0), span, item.get("source")


def field_rows(session: Session, document_id: int) -> list[DocumentField]:
    statement = (
        select(DocumentField)
        .where(DocumentField.document_id == document_id)
        .order_by(DocumentField.name, col(DocumentField.index))
    )
    return list(session.exec(statement).all())


def is_list_field(name: str, index: int | None) -> bool:
    return index is not None or name in LIST_FIELDS


def _values(rows: list[DocumentField]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for row in sorted(rows, key=lambda r: (r.name, -1 if r.index is None else r.index)):
        payload = row.value or {}
        if is_list_field(row.name, row.index):
            values.setdefault(row.name, []).append(payload)
        else:
            values[row.name] = payload.get("value")
    return values


def document_values(session: Session, document_id: int) -> dict[str, Any]:
    """Scalars as plain values, list fields as lists of payload dicts, in index order."""
    return _values(field_rows(session, document_id))


def values_of_documents(session: Session, document_ids: list[int]) -> dict[int, dict[str, Any]]:
    """document_values for many documents in one query (a case page, a recompute)."""
    rows = session.exec(select(DocumentField).where(col(DocumentField.document_id).in_(document_ids))).all()
    grouped: dict[int, list[DocumentField]] = {i: [] for i in document_ids}
    for row in rows:
        grouped[row.document_id].append(row)
    return {i: _values(r) for i, r in grouped.items()}


def reference_keys(session: Session, document_ids: list[int]) -> dict[int, set[str]]:
    """The canonical numbers each document cites, in one query."""
    rows = session.exec(
        select(DocumentReference.document_id, DocumentReference.doc_number_key)
        .where(col(DocumentReference.document_id).in_(document_ids))
    ).all()
    out: dict[int, set[str]] = {i: set() for i in document_ids}
    for document_id, key in rows:
        out[document_id].add(key)
    return out


def document_fields_json(session: Session, document_id: int) -> dict[str, Any]:
    """The `fields` object of the contract for a recorded document, each item with source and status."""
    out: dict[str, Any] = {}
    for row in field_rows(session, document_id):
        item: dict[str, Any] = dict(row.value or {})
        item["confidence"] = row.confidence
        if row.span is not None:
            item["span"] = row.span
        item["source"] = row.source
        item["status"] = row.status
        item["field_id"] = row.id
        if is_list_field(row.name, row.index):
            out.setdefault(row.name, []).append(item)
        else:
            out[row.name] = item
    return out


def parse_date(value: Any) -> date | None:
    """ISO dates from the contract; anything else (unreadable OCR) is no date."""
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def dates_with_role(values: dict[str, Any], *roles: str) -> list[date]:
    """The document's dates carrying one of `roles`, earliest first."""
    found = [parse_date(item.get("value")) for item in values.get("dates", []) if item.get("role") in roles]
    return sorted(d for d in found if d is not None)


def is_demolition(document: Document, values: dict[str, Any]) -> bool:
    """A 责令限期拆除 order (土地管理法第83条), which shortens the lawsuit period to 15 days."""
    if values.get("demolition"):
        return True
    title = values.get("title") or ""
    decision = document.doc_type in (DocType.PENALTY_DECISION, DocType.STOP_ORDER)
    return decision and isinstance(title, str) and any(w in title for w in DEMOLITION_WORDS)
