"""Parties a form names without a role label: 姓名 lines over identity lines, and a disclosure table's columns.

A town government's decision may open with a form per person ("姓名:X⏎居民身份证:…⏎
住址:…") and no 当事人 label at all; a disclosure page may print its table with
the headings in one row ("行政相对人名称 | 行政处罚决定书文号 | …") and the
values in the row below.  Both are read on plain text and returned as offsets;
parties.py decides the role from the document type.
"""

from __future__ import annotations

import re

# A 姓名/名称 line counts only with identity lines under it: alone it is a field of any form.
_NAME_LINE = re.compile(
    r"^[ \t]*(?:姓名|名称|单位名称)[ \t]*[:：][ \t]*(?P<name>[^\n:：,，;；|]{2,40}?)[ \t]*\n"
    r"(?=[ \t]*(?:性别|居民身份|公民身份|身份证|住址|住所|地址|出生|统一社会信用代码|法定代表人|民族))",
    re.M,
)
# The label of a table row or column that holds the party's name (行政相对人名称, 被处罚人姓名…).
TABLE_PARTY_LABELS = "行政相对人|被处罚单位|被处罚人|当事人"
_COLUMN_HEAD = re.compile(r"(?:" + TABLE_PARTY_LABELS + r")(?:名称|姓名)?")


def name_lines(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Names of "姓名:X" lines followed by identity lines."""
    return [m.span("name") for m in _NAME_LINE.finditer(text, lo, hi)]


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A "|"-separated row's cells as stripped ranges (a leading or trailing rule gives no cell)."""
    cells: list[tuple[int, int]] = []
    pos = start
    for piece in text[start:end].split("|"):
        stripped = piece.strip()
        at = pos + piece.find(stripped) if stripped else pos
        cells.append((at, at + len(stripped)))
        pos += len(piece) + 1
    if cells and cells[0][0] == cells[0][1] and text[start:end].lstrip().startswith("|"):
        cells = cells[1:]
    return cells


def column_values(text: str) -> list[tuple[str, int, int]]:
    """(column heading, value start, value end) for each party column of a heading row and the row below it."""
    found: list[tuple[str, int, int]] = []
    for line in re.finditer(r"^[^\n]*\|[^\n]*$", text, re.M):
        heads = _cells(text, *line.span())
        wanted = [i for i, (s, e) in enumerate(heads) if _COLUMN_HEAD.fullmatch(text, s, e)]
        if not wanted or len(heads) < 3:
            continue
        next_start = line.end() + 1
        next_end = text.find("\n", next_start)
        values = _cells(text, next_start, next_end if next_end >= 0 else len(text))
        if len(values) < 3:  # not a value row (a long cell may wrap the row over several lines)
            continue
        complete = len(values) >= len(heads) - 1
        for index in wanted:
            # the last cell of a wrapped row is cut at the line break: only a cell the row closes counts
            if (index < len(values) - 1 or complete and index < len(values)) and values[index][1] > values[index][0]:
                found.append((text[heads[index][0] : heads[index][1]], *values[index]))
    return found
