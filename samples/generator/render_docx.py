"""DOCX rendering with python-docx, byte-for-byte reproducible.

python-docx stamps the save time into core properties and into every zip
entry; both are pinned so that regenerating leaves git with nothing to commit.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph
from generator.builder import Block, SampleDoc

FIXED_TIME = datetime(2024, 1, 1, 8, 0, 0)
ZIP_TIME = (2024, 1, 1, 8, 0, 0)
_FONTS = {"head": ("黑体", 16), "title": ("方正小标宋简体", 22), "number": ("仿宋_GB2312", 14)}
_ALIGN = {
    "head": WD_ALIGN_PARAGRAPH.CENTER,
    "title": WD_ALIGN_PARAGRAPH.CENTER,
    "number": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}


def _styled_run(paragraph: Paragraph, text: str, font: str, size: int) -> None:
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.font.name = font
    run.element.rPr.rFonts.set(qn("w:eastAsia"), font)


def _add_block(document: Document, block: Block) -> None:  # type: ignore[valid-type]
    if block.kind == "table":
        table = document.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for label, value in block.rows:
            cells = table.add_row().cells
            cells[0].text = label
            cells[1].text = value
        return
    paragraph = document.add_paragraph()
    font, size = _FONTS.get(block.kind, ("仿宋_GB2312", 14))
    if block.kind in _ALIGN:
        paragraph.alignment = _ALIGN[block.kind]
    if block.kind == "para":
        paragraph.paragraph_format.first_line_indent = Pt(2 * size)
    if block.text:
        _styled_run(paragraph, block.text, font, size)


def _pin_zip_times(data: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            pinned = zipfile.ZipInfo(info.filename, ZIP_TIME)
            pinned.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(pinned, source.read(info.filename))
    return out.getvalue()


def write_docx(doc: SampleDoc, path: Path) -> None:
    document = Document()
    props = document.core_properties
    props.author = props.last_modified_by = doc.seal_text or "xianjie"
    props.created = props.modified = FIXED_TIME
    props.revision = 1
    for block in doc.blocks:
        _add_block(document, block)
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(_pin_zip_times(buffer.getvalue()))
