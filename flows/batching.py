"""What a batch is made of: files given on the command line, the files under a folder, or claims.

Kept free of Prefect so that `xianjie ingest` can expand its arguments without
paying Prefect's import time.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from flows.journal import Claim, claim
from flows.watcher import DEFAULT_IGNORE, is_ignored

TEXT_LAYER_CHARS = 20  # a first page with fewer characters than this is taken for a scan


@dataclass(frozen=True)
class Item:
    """One file of a batch; `claim_folder` is set when the file was taken into processing/."""

    path: str
    original_name: str
    claim_folder: str = ""


def expand(paths: Sequence[Path], ignore: Sequence[str] = DEFAULT_IGNORE) -> list[Item]:
    """Files as given, and the files under given folders (ignoring lock and temp files), in order."""
    items: list[Item] = []
    for path in paths:
        if not path.is_dir():
            items.append(Item(str(path), path.name))
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not is_ignored(Path(d), ignore))
            for name in sorted(files):
                if not is_ignored(Path(name), ignore):
                    full = Path(root) / name
                    items.append(Item(str(full), full.relative_to(path).as_posix()))
    return items


def claim_item(taken: Claim) -> Item:
    return Item(str(taken.path), taken.original_name, str(taken.folder))


def take_folder(folder: Path, processing: Path, ignore: Sequence[str]) -> list[Item]:
    """Claim every file of `folder` into processing/ (crash-safe) and return them as batch items."""
    items: list[Item] = []
    for found in expand([folder], ignore):
        taken = claim(Path(found.path), processing, found.original_name)
        if taken is not None:
            items.append(claim_item(taken))
    return items


def needs_ocr(item: Item) -> bool:
    """Photos and PDFs without a text layer on their first page: seconds of OCR, so a task each.

    Only a scheduling guess: a scan taken for born-digital merely shares a chunk,
    and a file that cannot be opened here is left to the reader to judge.
    """
    from extractors.sniff import IMAGES, sniff

    try:
        kind = sniff(item.path)  # by content, as the reader decides: a photo named .dat is still a photo
    except OSError:
        return False  # gone or unreadable: the reader says why, quickly
    if kind in IMAGES:
        return True
    if kind != "pdf":
        return False
    return _first_page_chars(Path(item.path)) < TEXT_LAYER_CHARS


def _first_page_chars(path: Path) -> int:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, OSError):
        return TEXT_LAYER_CHARS  # unreadable: quick to quarantine, no OCR will run
    try:
        if len(pdf) == 0:
            return TEXT_LAYER_CHARS
        page = pdf[0]
        textpage = page.get_textpage()
        try:
            return int(textpage.count_chars())
        finally:
            textpage.close()
            page.close()
    finally:
        pdf.close()
