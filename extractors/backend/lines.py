"""Building a page's text from its lines, so every Line's start/end index that text exactly.

Lines with boxes (PDF text layer, OCR) are visual lines, and a Chinese paragraph wraps
anywhere — inside a date, a 文号 or a credit code.  A line that runs to the right
margin and is followed, without a gap, by an unindented line that does not open a new
item continues its paragraph: the two are joined with nothing between them in
`page.text`, the way the DOCX and .txt readers see the same paragraph.  Every visual
line still gets its own Line and box, so a span can still be drawn on the page.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable

from extractors.backend.entities import decode_entities
from extractors.document import Box, Line, Page

Row = tuple[str, Box | None, float | None]

RIGHT_SLACK = 1.5  # in line heights: how far short of the right margin a full line may stop
INDENT = 0.8  # in line heights: a line starting further right than this is indented
CELL_GAP = re.compile(r"[^\x00-\x7f]\s+[^\x00-\x7f]")  # words apart on one line: cells, not prose
CELL_BARS = re.compile(r"[|｜].*[|｜]")  # a row of cells or a site's menu (无障碍浏览|长辈版|…), read without its gaps
MAX_GAP = 1.2  # in line heights: a bigger vertical gap separates blocks
# Item openers; not 第…条, which as often just happens to fall at the start of a wrapped line, nor a bracketed
# year: (2014)第282号 is a cited number going on.
NEW_ITEM = re.compile(r"^\s*([一二三四五六七八九十]+、|[（(](?:[一二三四五六七八九十]+|\d{1,2})[)）]|\d+[.、．](?!\d))")
# A court's header under a case name the site printed first (…拆除违法建筑案 ⏎ XX市中级人民法院 ⏎ 行政裁定书).
_COURT_ALONE = re.compile(r"^[ \t\u3000]*[\u4e00-\u9fff]{2,30}法院[ \t\u3000]*$")
_COURT_TITLE = re.compile(r"\s*(?:[\u4e00-\u9fff]\s*){0,8}?(?:判\s*决|裁\s*定)(?:\s*书)?\s*$")  # its title line
_CASE_NAME_END = re.compile(r"(?:书|案|案件|号)[ \t\u3000]*$")


def opens_court_header(line: str, nxt: str, after: str = "") -> bool:
    """A court's name alone on its line under a case name (…再审行政裁定书, …拆除违法建筑案, …行审137号)
    opens the court's header, and so does one with its title on the line `after` it, under any line (a
    lawyer's blurb ending …的成功案例); not the rest of a court's name a wrap cut (经办法院:青⏎海省…人民法院).
    Nor does the court's name run on into its title when a page ends between them."""
    under_case_name = _COURT_ALONE.match(nxt) and (_CASE_NAME_END.search(line) or _COURT_TITLE.match(after))
    return bool(under_case_name or (_COURT_ALONE.match(line) and _COURT_TITLE.match(nxt)))


def page_from_lines(
    number: int,
    rows: Iterable[Row],
    *,
    width: float | None = None,
    height: float | None = None,
    ocr: bool = False,
    rotation: int = 0,
    layout: list[Box] | None = None,
    pieces: list[int] | None = None,
) -> Page:
    """Join (text, box, confidence) rows into one Page: newlines between paragraphs, nothing within.

    `layout` are the boxes to judge margins by when they differ from the stored ones (deskewed OCR);
    `pieces` counts the OCR boxes merged into each line (more than one means a form or table row).
    """
    rows = [(decode_entities(text), box, confidence) for text, box, confidence in rows]
    boxes = layout if layout is not None else [box for _, box, _ in rows]
    joined = continuations(boxes, [text for text, _, _ in rows], pieces)
    lines: list[Line] = []
    parts: list[str] = []
    pos = 0
    for (text, box, confidence), glued in zip(rows, joined, strict=True):
        if lines and not glued:
            parts.append("\n")
            pos += 1
        lines.append(Line(text, pos, pos + len(text), box, confidence))
        parts.append(text)
        pos += len(text)
    return Page(number, "".join(parts), lines, width, height, ocr, rotation)


def continuations(boxes: list[Box] | list[Box | None], texts: list[str], pieces: list[int] | None = None) -> list[bool]:
    """For each line, whether it continues the paragraph of the line before it.

    A line made of separate pieces (several OCR boxes, or text-layer words with a gap
    between Chinese characters) is a form or table row, never part of a paragraph.
    """
    glued = [False] * len(boxes)
    pieces = pieces or [1] * len(boxes)
    tabular = [n > 1 or bool(CELL_GAP.search(t) or CELL_BARS.search(t)) for n, t in zip(pieces, texts, strict=True)]
    if len(boxes) < 2 or any(b is None for b in boxes):
        return glued
    known: list[Box] = [b for b in boxes if b is not None]
    line_height = statistics.median(b[3] - b[1] for b in known) or 1.0
    left = min(b[0] for b in known)
    right = max(b[2] for b in known)
    for i in range(1, len(known)):
        prev, cur = known[i - 1], known[i]
        glued[i] = (
            prev[2] >= right - RIGHT_SLACK * line_height
            and cur[0] <= left + INDENT * line_height
            and 0 <= cur[1] - prev[3] <= MAX_GAP * line_height
            and not NEW_ITEM.match(texts[i])
            and not (tabular[i - 1] or tabular[i])
            and not opens_court_header(texts[i - 1], texts[i], texts[i + 1] if i + 1 < len(texts) else "")
        )
    return glued
