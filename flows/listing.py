"""What the intake produced, as contract.md shapes: recorded documents and quarantined files."""

from __future__ import annotations

from typing import Any

from sqlmodel import select

from models.db import init_db, session_scope
from models.tables import Document, QuarantineEntry


def list_documents(db_url: str) -> list[dict[str, Any]]:
    """One object per recorded document: id, sha256, original_name, doc_type, case_id, status."""
    init_db(db_url)
    with session_scope(db_url) as session:
        rows = session.exec(select(Document).order_by(Document.id)).all()
        return [
            {
                "id": d.id,
                "sha256": d.sha256,
                "original_name": d.original_name,
                "doc_type": d.doc_type,
                "case_id": d.case_id,
                "status": d.status,
            }
            for d in rows
        ]


def list_quarantine(db_url: str) -> list[dict[str, Any]]:
    """One object per quarantined file: original_name, sha256, reason."""
    init_db(db_url)
    with session_scope(db_url) as session:
        rows = session.exec(select(QuarantineEntry).order_by(QuarantineEntry.id)).all()
        return [{"original_name": q.original_name, "sha256": q.sha256, "reason": q.reason} for q in rows]
