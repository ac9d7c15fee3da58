"""DOCX through python-docx: paragraphs and tables in the order they stand in the body.

Table rows become one line each, cells joined by " | " (a merged cell counts once), so a
row such as 当事人 | 某某公司 stays together for field extraction.  The body is one Page
unless the author put explicit page breaks in it; each break starts a new Page.  Headers
and footers are skipped unless they hold a 文号 the body does not repeat: then that text
opens page 1, because some bureaus print the number only in the header.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from extractors.backend.lines import page_from_lines
from extractors.document import Page
from extractors.errors import ReadError

CELL_SEP = " | "
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DOC_NUMBER = re.compile(r"[〔\[［(（【]\s*(19|20)\d{2}\s*[〕\]］)）】].{0,12}?号")
PAGE_BREAK = "\f"


def check_zip(path: Path, max_uncompressed: int) -> None:
    """Refuse a broken zip or one that would inflate past the limit, before anything is extracted."""
    try:
        with zipfile.ZipFile(path) as zf:
            total = sum(info.file_size for info in zf.infolist())
            names = set(zf.namelist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ReadError(path, "corrupt_docx", "DOCX 文件已损坏或不是 zip 格式", f"not a valid zip: {exc}") from exc
    if total > max_uncompressed:
        raise ReadError(
            path,
            "zip_bomb",
            f"解压后大小 {total // 2**20} MB 超过上限 {max_uncompressed // 2**20} MB，疑似压缩炸弹",
            f"uncompressed size {total} bytes exceeds {max_uncompressed}",
        )
    if "word/document.xml" not in names:
        raise ReadError(path, "corrupt_docx", "DOCX 缺少正文 word/document.xml", "word/document.xml missing")


def read_docx(path: Path, max_uncompressed: int) -> list[Page]:
    check_zip(path, max_uncompressed)
    import docx

    try:
        document = docx.Document(str(path))
        blocks = [_block_text(block) for block in document.iter_inner_content()]
        header = _header_numbers(document, "\n".join(blocks))
    except ReadError:
        raise
    except Exception as exc:  # python-docx and lxml raise many kinds on malformed parts
        raise ReadError(path, "corrupt_docx", "DOCX 内容无法解析", f"cannot parse the document: {exc}") from exc
    pages_text = "\n".join(header + blocks).split(PAGE_BREAK)
    pages = []
    for number, text in enumerate(pages_text, start=1):
        rows = (line for line in text.strip("\n").split("\n"))
        pages.append(page_from_lines(number, ((row, None, None) for row in rows)))
    return pages


def _block_text(block: Any) -> str:
    """A paragraph's text (explicit page breaks as \\f), or a table as one line per row."""
    if hasattr(block, "rows"):
        return "\n".join(_row_text(row) for row in block.rows)
    return _paragraph_text(block._p)


def _paragraph_text(p: Any) -> str:
    """Runs in order; python-docx's Paragraph.text drops the page breaks we need."""
    out: list[str] = []
    for node in p.iter():
        tag = node.tag
        if tag == W_NS + "t":
            out.append(node.text or "")
        elif tag == W_NS + "tab":
            out.append("\t")
        elif tag == W_NS + "br":
            out.append(PAGE_BREAK if node.get(W_NS + "type") == "page" else "\n")
        elif tag == W_NS + "pageBreakBefore" and node.get(W_NS + "val") not in ("0", "false"):
            out.insert(0, PAGE_BREAK)
    return "".join(out)


def _row_text(row: Any) -> str:
    cells: list[str] = []
    seen: set[int] = set()
    for cell in row.cells:
        if id(cell._tc) in seen:
            continue  # a horizontally merged cell repeats in row.cells
        seen.add(id(cell._tc))
        cells.append(" ".join(t.strip() for t in cell.text.split("\n") if t.strip()))
    return CELL_SEP.join(cells)


def _header_numbers(document: Any, body: str) -> list[str]:
    """Header/footer paragraphs holding a 文号 not found in the body."""
    found: list[str] = []
    for section in document.sections:
        for part in (section.header, section.first_page_header, section.footer):
            if part.is_linked_to_previous:
                continue  # no header of its own (accessing it would add one)
            for para in part.paragraphs:
                text = para.text.strip()
                match = DOC_NUMBER.search(text)
                if match and match.group(0) not in body and text not in found:
                    found.append(text)
    return found
