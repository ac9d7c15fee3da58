"""Where did every dropped file end?  The invariant of design.md, checked from the disk and the ledger."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlmodel import select

from models.db import session_scope
from models.tables import Document, QuarantineEntry


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fingerprint(paths: list[Path]) -> dict[str, str]:
    """sha256 -> name for files about to be dropped (read before the watcher can take them)."""
    return {sha(p): p.name for p in paths}


def whereabouts(db_url: str, home: Path, digests: set[str]) -> dict[str, str]:
    """sha256 -> "recorded" or "quarantined", only when the bytes really are in the archive/quarantine."""
    found: dict[str, str] = {}
    with session_scope(db_url) as session:
        for doc in session.exec(select(Document)).all():
            if doc.sha256 in digests and Path(doc.archive_path).is_file() and sha(Path(doc.archive_path)) == doc.sha256:
                found[doc.sha256] = "recorded"
        for entry in session.exec(select(QuarantineEntry)).all():
            stored = Path(entry.path)
            note = stored.with_name(stored.name + ".reason.txt")
            if entry.sha256 in digests and stored.is_file() and note.is_file() and entry.sha256 not in found:
                found[entry.sha256] = "quarantined"
    return found


def leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []
