"""The audit trail: every change a person or a run makes to the ledger leaves an entry."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlmodel import Session

from models.tables import AuditEntry


def _jsonable(value: Any) -> Any:
    """Dates and nested containers as JSON can store them."""
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_jsonable(v) for v in value]
    return value


def audit(
    session: Session, *, who: str, entity: str, entity_id: int | None, action: str,
    old: Any = None, new: Any = None,
) -> AuditEntry:
    entry = AuditEntry(who=who, entity=entity, entity_id=entity_id, action=action,
                       old=_jsonable(old), new=_jsonable(new))
    session.add(entry)
    return entry
