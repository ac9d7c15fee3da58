"""Regenerate every sample document and its expected extraction in place (`make samples`).

Output: samples/{docx,pdf,scan,photo,html,text}/NAME.<ext> with NAME.expected.json
beside each.  Everything is seeded from the sample name, so running this twice
gives the same bytes and the committed files need no fonts to be used.
"""

from __future__ import annotations

import json
import shutil
import sys
import zlib
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(ROOT))

from generator.builder import SampleDoc, compact, expected_fields  # noqa: E402
from generator.catalogue import all_documents  # noqa: E402
from generator.hard_cases import hard_cases  # noqa: E402
from generator.layout import page_text  # noqa: E402
from generator.render_docx import write_docx  # noqa: E402
from generator.render_html import write_html  # noqa: E402
from generator.render_pdf import write_pdf  # noqa: E402
from generator.render_photo import write_photo  # noqa: E402
from generator.render_scan import write_scan  # noqa: E402
from generator.render_text import plain_text, write_text  # noqa: E402

FORMAT_DIRS = ("docx", "pdf", "scan", "photo", "html", "text")
EXTENSIONS = {"text": "txt", "docx": "docx", "pdf": "pdf", "scan": "pdf", "photo": "jpg", "html": "html"}


def write_expected(out: Path, fmt: str, name: str, fields: dict[str, Any]) -> None:
    """NAME.expected.json beside the sample; `file` is the repository path of the committed sample."""
    expected = {"file": f"samples/{fmt}/{name}.{EXTENSIONS[fmt]}", "fields": fields}
    target = out / fmt / f"{name}.expected.json"
    target.write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def check_consistent(doc: SampleDoc, text: str) -> None:
    """Every recorded fact must be printed, or the expected file would claim what is not there."""
    visible = compact(text)
    missing = [r.shown for r in doc.records if compact(r.shown) not in visible]
    if missing:
        raise SystemExit(f"{doc.name}: recorded but not printed: {missing}")


def render(doc: SampleDoc, out: Path, formats: tuple[str, ...] = FORMAT_DIRS) -> None:
    """Write the document in each format (photo only for first-page-photo documents) under `out`."""
    seed = zlib.crc32(doc.name.encode())
    text = plain_text(doc)
    check_consistent(doc, text)
    fields = expected_fields(doc.records, text)
    path = {fmt: out / fmt / f"{doc.name}.{ext}" for fmt, ext in EXTENSIONS.items()}
    if "text" in formats:
        write_text(text, path["text"])
    if "docx" in formats:
        write_docx(doc, path["docx"])
    if "html" in formats:
        write_html(doc, path["html"], seed)
    pages = write_pdf(doc, path["pdf"])
    if "scan" in formats:
        write_scan(doc, pages, path["scan"], seed)
    for fmt in ("text", "docx", "pdf", "scan", "html"):
        if fmt in formats or fmt == "pdf":
            write_expected(out, fmt, doc.name, fields)
    if doc.photo and "photo" in formats:
        write_photo(doc, pages[0], path["photo"], seed)
        write_expected(out, "photo", doc.name, expected_fields(doc.records, page_text(pages[0])))


def write_hard_cases(docs: list[SampleDoc], out: Path) -> int:
    cases = hard_cases({doc.name: doc for doc in docs})
    for name, (text, fields) in cases.items():
        write_text(text, out / "text" / f"{name}.txt")
        write_expected(out, "text", name, fields)
    return len(cases)


def main(out: Path = HERE, formats: tuple[str, ...] = FORMAT_DIRS) -> None:
    """Regenerate the given formats (all by default: `python samples/make_samples.py html` redoes one)."""
    for fmt in formats:
        shutil.rmtree(out / fmt, ignore_errors=True)
        (out / fmt).mkdir(parents=True)
    docs = all_documents()
    for doc in docs:
        render(doc, out, formats)
    count = write_hard_cases(docs, out) if "text" in formats else 0
    print(f"{len(docs)} documents, {count} hard text cases written under {out}")


if __name__ == "__main__":
    main(formats=tuple(sys.argv[1:]) or FORMAT_DIRS)
