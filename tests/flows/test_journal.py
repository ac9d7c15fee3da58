"""The intake journal: every state a kill -9 can leave behind is finished or tidied on recovery."""

from __future__ import annotations

import json
from pathlib import Path

from flows.journal import CLAIM_NOTE, claim, recover


def test_claim_moves_the_file_with_its_note(tmp_path: Path) -> None:
    inbox, processing = tmp_path / "inbox", tmp_path / "processing"
    (inbox / "2024").mkdir(parents=True)
    source = inbox / "2024" / "处罚决定书.pdf"
    source.write_bytes(b"%PDF-1.4 scan")
    taken = claim(source, processing, "2024/处罚决定书.pdf")
    assert taken is not None
    assert not source.exists()
    assert taken.path.read_bytes() == b"%PDF-1.4 scan"
    note = json.loads((taken.folder / CLAIM_NOTE).read_text(encoding="utf-8"))
    assert note["original_name"] == "2024/处罚决定书.pdf"
    taken.release()
    assert not taken.folder.exists()


def test_claim_of_a_vanished_file_leaves_nothing(tmp_path: Path) -> None:
    processing = tmp_path / "processing"
    assert claim(tmp_path / "gone.pdf", processing, "gone.pdf") is None
    assert list(processing.iterdir()) == []


def test_recover_finishes_a_file_in_flight(tmp_path: Path) -> None:
    processing = tmp_path / "processing"
    source = tmp_path / "裁定书.txt"
    source.write_text("行政裁定书", encoding="utf-8")
    taken = claim(source, processing, "裁定书.txt")
    assert taken is not None
    pending = recover(processing)  # as if the process died right after the claim
    assert [(c.path, c.original_name) for c in pending] == [(taken.path, "裁定书.txt")]


def test_recover_drops_a_note_whose_move_never_happened(tmp_path: Path) -> None:
    """Killed between writing the note and the rename: the file is still in the inbox, taken again later."""
    processing = tmp_path / "processing" / "abc"
    processing.mkdir(parents=True)
    source = tmp_path / "inbox" / "告知书.txt"
    source.parent.mkdir()
    source.write_text("行政处罚告知书", encoding="utf-8")
    (processing / CLAIM_NOTE).write_text(json.dumps({"original_name": "告知书.txt", "source": str(source)}))
    assert recover(processing.parent) == []
    assert not processing.exists()
    assert source.exists()


def test_recover_tidies_a_finished_claim(tmp_path: Path) -> None:
    """Killed after the file reached the archive but before the claim folder was removed."""
    folder = tmp_path / "processing" / "def"
    folder.mkdir(parents=True)
    (folder / CLAIM_NOTE).write_text(json.dumps({"original_name": "x.txt", "source": str(tmp_path / "x.txt")}))
    assert recover(folder.parent) == []
    assert not folder.exists()


def test_recover_completes_a_cross_device_move(tmp_path: Path) -> None:
    """A copy from a network share finished but the source was not yet unlinked: finish the move."""
    folder = tmp_path / "processing" / "ghi"
    folder.mkdir(parents=True)
    source = tmp_path / "share" / "催告书.txt"
    source.parent.mkdir()
    source.write_text("催告书", encoding="utf-8")
    (folder / "催告书.txt").write_text("催告书", encoding="utf-8")
    (folder / "催告书.txt.partial").write_text("催", encoding="utf-8")
    (folder / CLAIM_NOTE).write_text(json.dumps({"original_name": "催告书.txt", "source": str(source)}))
    pending = recover(folder.parent)
    assert [c.original_name for c in pending] == ["催告书.txt"]
    assert not source.exists()
