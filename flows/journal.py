"""The intake journal: a file is claimed by moving it into <home>/processing/ before any work.

A claim is a folder `processing/<id>/` holding `claim.json` (where the file came
from and under which name) and the file itself.  The claim note is written and
flushed *before* the file is moved, and the folder is removed only *after* the
file has reached the archive or quarantine, so a crash (kill -9) at any point
leaves one of three states that `recover()` can tell apart:

- note without file, source still in the inbox: the move never happened; drop
  the note and let the watcher take the file again;
- note with file: the work was in flight; finish it (recording is idempotent by
  SHA-256, so a half-done run is simply done again);
- note without file, source gone: the file already reached its end; tidy up.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

CLAIM_NOTE = "claim.json"


@dataclass(frozen=True)
class Claim:
    """A file held in processing/; `original_name` is what the ledger will call it."""

    folder: Path
    path: Path
    original_name: str
    source: str

    def release(self) -> None:
        """Forget the claim once its file has reached the archive or quarantine."""
        shutil.rmtree(self.folder, ignore_errors=True)


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable: on POSIX a rename is only safe once its directory is synced."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_note(folder: Path, note: dict[str, str]) -> None:
    tmp = folder / (CLAIM_NOTE + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(note, fh, ensure_ascii=False)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, folder / CLAIM_NOTE)
    _fsync_dir(folder)


def _move_across_devices(source: Path, target: Path) -> None:
    """A network share and the local disk cannot rename into each other: copy, sync, then unlink."""
    partial = target.with_name(target.name + ".partial")
    shutil.copy2(source, partial)
    with open(partial, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(partial, target)
    _fsync_dir(target.parent)
    source.unlink()


def claim(source: Path, processing: Path, original_name: str) -> Claim | None:
    """Move `source` into a fresh claim folder; None when the file vanished before we got it."""
    folder = processing / uuid.uuid4().hex
    folder.mkdir(parents=True)
    note = {
        "original_name": original_name,
        "source": str(source.resolve()),
        "claimed_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    _write_note(folder, note)
    target = folder / Path(original_name).name
    try:
        os.rename(source, target)
    except FileNotFoundError:
        shutil.rmtree(folder, ignore_errors=True)
        return None
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        _move_across_devices(source, target)
    _fsync_dir(folder)
    return Claim(folder=folder, path=target, original_name=original_name, source=note["source"])


def _read_note(folder: Path) -> dict[str, str] | None:
    try:
        return json.loads((folder / CLAIM_NOTE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _held_file(folder: Path) -> Path | None:
    files = [
        p
        for p in folder.iterdir()
        if p.is_file() and p.name not in (CLAIM_NOTE, CLAIM_NOTE + ".tmp") and not p.name.endswith(".partial")
    ]
    return files[0] if files else None


def recover(processing: Path) -> list[Claim]:
    """The claims a crash left in flight, to be finished before anything new is taken."""
    if not processing.is_dir():
        return []
    pending: list[Claim] = []
    for folder in sorted(p for p in processing.iterdir() if p.is_dir()):
        note = _read_note(folder)
        held = _held_file(folder)
        if held is None:
            # Either the move never happened (the source is still in the inbox and will be
            # taken again) or the file already reached the archive/quarantine.
            shutil.rmtree(folder, ignore_errors=True)
            continue
        if note is None:
            # Cannot happen by our ordering (the note is written first), but a file is never
            # dropped: keep it under its own name.
            note = {"original_name": held.name, "source": ""}
        source = Path(note.get("source") or "")
        if note.get("source") and source.is_file() and source.stat().st_size == held.stat().st_size:
            source.unlink()  # a cross-device move that copied but did not yet unlink
        pending.append(
            Claim(folder=folder, path=held, original_name=note["original_name"], source=note.get("source", ""))
        )
    return pending
