"""The archive and the quarantine: where every incoming file's bytes end up.

Nothing is ever deleted or moved here: the original stays where the caller found
it, and a copy is written beside its final name first and then renamed into
place, so a crash leaves either no copy or a complete one.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import Session, select

from models.tables import QuarantineEntry

_CHUNK = 1 << 20


def sha256_file(path: Path) -> str:
    """Hash in chunks: scans can be hundreds of megabytes."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def archive_path_for(home: Path, sha256: str, suffix: str) -> Path:
    """<home>/archive/ab/abcdef….pdf — the first two hex digits spread files over folders."""
    return home / "archive" / sha256[:2] / f"{sha256}{suffix.lower()}"


def _copy_atomically(src: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(f".{dest.name}.partial-{os.getpid()}")
    shutil.copyfile(src, partial)
    os.replace(partial, dest)


def archive_file(src: Path, home: Path, sha256: str | None = None) -> Path:
    """Copy `src` byte for byte into the archive and return the archived path.

    Archiving the same bytes again returns the existing copy; a stored copy whose
    bytes no longer match its name (a damaged disk) is replaced from `src`.
    """
    digest = sha256 or sha256_file(src)
    dest = archive_path_for(home, digest, src.suffix)
    if dest.exists() and sha256_file(dest) == digest:
        return dest
    _copy_atomically(src, dest)
    if sha256_file(dest) != digest:
        raise OSError(f"归档副本与原文件不一致：{src}")
    return dest


def _free_name(folder: Path, name: str, sha256: str) -> Path:
    """Keep the user's file name; add the hash only when another file already has it."""
    candidate = folder / name
    if not candidate.exists() or sha256_file(candidate) == sha256:
        return candidate
    stem, suffix = os.path.splitext(name)
    return folder / f"{stem}.{sha256[:12]}{suffix}"


def quarantine_file(src: Path, home: Path, reason: str, sha256: str | None = None) -> Path:
    """Copy `src` to <home>/quarantine/ with <name>.reason.txt beside it, and return the copy."""
    digest = sha256 or sha256_file(src)
    folder = home / "quarantine"
    dest = _free_name(folder, src.name, digest)
    _copy_atomically(src, dest)
    note = (
        f"文件：{src.name}\n"
        f"原路径：{src}\n"
        f"SHA-256：{digest}\n"
        f"隔离时间：{datetime.now(UTC).isoformat(timespec='seconds')}\n"
        f"原因：{reason}\n"
    )
    dest.with_name(dest.name + ".reason.txt").write_text(note, encoding="utf-8")
    return dest


def record_quarantine(
    session: Session, *, original_name: str, sha256: str, reason: str, path: Path | str
) -> QuarantineEntry:
    """Remember a quarantined file in the ledger; the same bytes with the same reason once only."""
    existing = session.exec(
        select(QuarantineEntry).where(QuarantineEntry.sha256 == sha256, QuarantineEntry.reason == reason)
    ).first()
    if existing is not None:
        return existing
    entry = QuarantineEntry(original_name=original_name, sha256=sha256, reason=reason, path=str(path))
    session.add(entry)
    session.flush()
    return entry
