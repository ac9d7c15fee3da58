"""Parties a form names without a role label: 姓名 lines over identity lines, and a disclosure table's columns.

A town government's decision may open with a form per person ("姓名:X⏎居民身份证:…⏎
住址:…") and no 当事人 label at all; a disclosure page may print its table with
the headings in one row ("行政相对人名称 | 行政处罚决定书文号 | …") and the
values in the row below (a narrow photo wraps that heading row over several
lines).  Both are read on plain text and returned as offsets; parties.py decides
the role from the document type.  A form row OCR read without its spaces glues
the next label onto the name; `glued_label_at` says where the name stops.
"""

from __future__ import annotations

import re

from extractors.fields.cell_alignment import OFFENDER_WORDS, TABLE_PARTY_LABELS
from extractors.fields.cell_columns import row_cells

# A 姓名/名称 line counts only with identity lines under it: alone it is a field of any form.
_NAME_LINE = re.compile(
    r"^[ \t]*(?:姓[ \t]*名|名[ \t]*称|单位名称)[ \t]*[:：][ \t]*"  # letter-spaced on a form (姓 名:王*玲)
    r"(?P<name>[^\n:：,，;；|]{2,40}?)(?:[ \t]*\n[ \t]*|[ \t]+)"
    r"(?=(?:性别|居民身份|公民身份|身份证|证件(?:类型|号码)|住址|住所|地址|出生|统一社会信用代码|法定代表人|民族))",
    re.M,
)
# Labels of a registration form's row that follow the name on the same line.  Printed after a space
# ("X家庭农场 营业执照注册号(…):"), but OCR reads the row as one box and loses the space, so the
# label is glued on ("X家庭农场营业执照注册号"): a name stops where one of these starts.  The
# identity labels (性别, 住址, 注册号…) already stop a name; these are the ones that would leave a
# word of the label on it (营业执照 before 注册号, 单位 before 地址) or that nothing else stops.
GLUED_ROW_LABELS = (
    r"营业执照|执照号|工作单位|单位地址|经营地址|注册地址|家庭住址|户籍地址|证件类型|证件号码|证件号|"
    r"年龄|籍贯|文化程度|政治面貌|邮政编码|联系方式|手机号码|法人代表|企业类型|经营范围|成立日期|注册资本|"
    r"(?:行政)?相对人(?:类型|类别|代码)"  # a disclosure's next row: 行政相对人名称 X, 行政相对人类型 法人…
)
# The row naming the agency that decided (执法部门: X局); a summary page may run it onto the party's row.
ISSUER_ROW_WORDS = (
    r"(?:(?:行政)?处罚机关|处罚决定机关|决定机关|作出决定机关|作出处罚决定的(?:机关|部门|单位)|执法机关|实施机关"
    r"|执法部门|执法单位|处罚部门|(?<!被)处罚单位)(?:名称)?"
)
_GLUED_LABEL = re.compile(r"(?:" + GLUED_ROW_LABELS + r")|" + ISSUER_ROW_WORDS + r"(?=[ \t]*[:：])")


def glued_label_at(text: str, start: int, end: int) -> int:
    """Where a name read between `start` and `end` stops when a form label was glued onto it, else `end`.
    A label at the very start is no name's tail (the row holds no name)."""
    # searched a little past the end: an issuer row's label is known by the colon that follows it
    label = _GLUED_LABEL.search(text, start + 1, min(len(text), end + 3))
    return label.start() if label is not None and label.start() < end else end


# The label of a table row or column that holds the party's name (行政相对人名称, 被处罚人姓名…).
_COLUMN_HEAD = re.compile(r"(?:" + TABLE_PARTY_LABELS + r")(?:名称|姓名)?")
# The disclosure template's column of whom the penalty is on (违法企业名称或违法自然人姓名, 违法主体名称或姓名):
# that is the 当事人.
_OFFENDER_HEAD = re.compile(OFFENDER_WORDS + r"(?:名称)?(?:或(?:违法)?(?:自然人)?(?:名称|姓名))?")


def _party_label(heading: str) -> str | None:
    """The role label a party column stands for, or None when the column holds no party."""
    heading = re.sub(r"\s+", "", heading)
    if _COLUMN_HEAD.fullmatch(heading):
        return re.sub(r"(?:名称|姓名)$", "", heading)
    return "当事人" if _OFFENDER_HEAD.fullmatch(heading) else None


def name_lines(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Names of "姓名:X" lines followed by identity lines, or by identity fields on the same line."""
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


# A heading row a scan or photo wrapped: the line stops inside a cell (no closing bar) and the lines
# below hold more short headings, never a value (a year, a number or a date has four digits in a row),
# up to the line that closes the row with its bar.  A table that never closes its rows with a bar
# gives no such line, and its heading row is taken as printed.
_HEADINGS_ONLY = re.compile(r"[^\n\d|]{0,20}(?:\|[^\n\d|]{0,20})+\|?[ \t]*")
_MAX_HEADING_LINES = 4


def _heading_row_end(text: str, line_start: int, line_end: int) -> int:
    """Where a heading row ends once the lines it was wrapped onto are taken in."""
    if text[line_start:line_end].rstrip().endswith("|"):
        return line_end
    end = line_end
    for _ in range(_MAX_HEADING_LINES - 1):
        if end >= len(text):
            break
        next_end = text.find("\n", end + 1)
        next_end = len(text) if next_end < 0 else next_end
        if not _HEADINGS_ONLY.fullmatch(text, end + 1, next_end):
            break
        if text[end + 1 : next_end].rstrip().endswith("|"):
            return next_end
        end = next_end
    return line_end


def column_values(text: str) -> list[tuple[str, int, int]]:
    """(role label, value start, value end) for each party column of a table: a heading row over the row
    below it, or headings one per line over the first row's cells (cell_columns)."""
    found = [(label, s, e) for head, s, e in row_cells(text) if (label := _party_label(head))]
    for line in re.finditer(r"^[^\n]*\|[^\n]*$", text, re.M):
        heading_end = _heading_row_end(text, *line.span())
        heads = _cells(text, line.start(), heading_end)
        labels = [_party_label(text[s:e]) for s, e in heads]
        wanted = [i for i, label in enumerate(labels) if label]
        if not wanted or len(heads) < 3:
            continue
        next_start = heading_end + 1
        next_end = text.find("\n", next_start)
        values = _cells(text, next_start, next_end if next_end >= 0 else len(text))
        if len(values) < 3:  # not a value row (a long cell may wrap the row over several lines)
            continue
        complete = len(values) >= len(heads) - 1
        for index in wanted:
            # the last cell of a wrapped row is cut at the line break: only a cell the row closes counts
            if (index < len(values) - 1 or complete and index < len(values)) and values[index][1] > values[index][0]:
                found.append((labels[index] or "", *values[index]))
    return found
