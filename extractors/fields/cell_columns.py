"""A disclosure table a site copied cell by cell, column headings first: every heading on its own line
(行政相对人名称 ⏎ 行政相对人类别 ⏎ … ⏎ 行政处罚决定书文号 ⏎ …, each maybe closed by a cell bar |), then the
first row's values in the same order.  Which heading a value line stands under is the only thing that says
what the value is; cell_alignment decides it where an empty cell was left out or a cell ran over two lines."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from extractors.fields.cell_alignment import align

# Words only a column heading holds; a value (a company, 企业, 罚款, a date) holds none of them alone on a line.
_HEADING = re.compile(
    r"[\u4e00-\u9fff()（）、/]{0,20}"
    r"(?:名称|姓名|类别|类型|代码|编码|号码|文号|编号|案号|序号|事实|依据|内容|金额|日期|时间|决定|机关|证件|法定代表人|"
    r"负责人|备注|期限|方式|案由|结果|种类|被处罚人|当事人|相对人)"
    r"[\u4e00-\u9fff()（）、/]{0,12}"
)
# The first line of a heading its cell wrapped (主要违法 ⏎ 事实): a few characters, no digit, no punctuation.
_FRAGMENT = re.compile(r"[\u4e00-\u9fff]{2,8}")
# A page number between two cells of a table that ran over a page (-1-, — 2 —, 第1页 共3页); OCR reads a
# dash as 一.
_PAGE_MARK = re.compile(r"[-—–一]\s*\d{1,3}\s*[-—–一]|第\s*\d{1,3}\s*页(?:\s*[,，]?\s*共\s*\d{1,3}\s*页)?")
_MIN_HEADINGS = 5
_MORE_VALUES = 8  # lines past one per heading that a row's wrapped cells may take


# Not sections._lines: each line's cell without the bars a site closed it with (项目 名称 |), and no line of
# bars alone, blank line or page number, so a value's place counts only the cells printed between.
@lru_cache(maxsize=4)  # asked for every number and date of the same few texts (as printed, flat for parties)
def _lines(text: str) -> tuple[tuple[int, int], ...]:
    spans = ((m.start(), m.end()) for m in re.finditer(r"[^\n|｜ \t][^\n]*?(?=[ \t|｜]*(?:\n|$))", text))
    return tuple((s, e) for s, e in spans if not _PAGE_MARK.fullmatch(text[s:e].strip()))


def _cell(text: str, span: tuple[int, int]) -> str:
    return re.sub(r"\s+", "", text[span[0] : span[1]])


def _is_heading(text: str, span: tuple[int, int]) -> bool:
    return bool(_HEADING.fullmatch(_cell(text, span)))


def _headings_ending(text: str, lines: tuple[tuple[int, int], ...], last: int) -> list[tuple[int, int]]:
    """The heading cells whose run ends at line `last`, first to last; a heading wrapped onto two lines is
    one cell, its first line a fragment that is no heading alone (主要违法 over 事实)."""
    cells: list[tuple[int, int]] = []
    index = last
    while index >= 0:
        if _is_heading(text, lines[index]):
            cells.append(lines[index])
        elif cells and cells[-1][0] == lines[index + 1][0] and _FRAGMENT.fullmatch(_cell(text, lines[index])):
            cells[-1] = (lines[index][0], cells[-1][1])
        else:
            break
        index -= 1
    return cells[::-1]


def _heading_goes_on(text: str, lines: tuple[tuple[int, int], ...], index: int) -> bool:
    """Whether line `index` is another heading, or the first line of one its cell wrapped."""
    if _is_heading(text, lines[index]):
        return True
    fragment = _FRAGMENT.fullmatch(_cell(text, lines[index]))
    return bool(fragment) and index + 1 < len(lines) and _is_heading(text, lines[index + 1])


def _heading_runs(text: str) -> Iterator[tuple[int, list[tuple[int, int]]]]:
    """Each run of at least _MIN_HEADINGS heading cells: the index of its last line, and its cells."""
    lines = _lines(text)
    for last in range(len(lines) - 1):
        if not _is_heading(text, lines[last]) or _heading_goes_on(text, lines, last + 1):
            continue
        headings = _headings_ending(text, lines, last)
        if len(headings) >= _MIN_HEADINGS:
            yield last, headings


@lru_cache(maxsize=4)
def row_cells(text: str) -> tuple[tuple[str, int, int], ...]:
    """(heading, value start, value end) for each cell of the first row under every run of headings.

    Where the headings say nothing of their values, the values keep the order they are printed in, so a
    caller still checks that a value looks like what its heading asks for.
    """
    lines = _lines(text)
    found: list[tuple[str, int, int]] = []
    for last, headings in _heading_runs(text):
        values = lines[last + 1 : last + 1 + len(headings) + _MORE_VALUES]
        names = [_cell(text, h) for h in headings]
        for name, taken in zip(names, align(names, [_cell(text, v) for v in values]), strict=True):
            if taken is not None:
                found.append((name, *values[taken]))
    return tuple(found)


@lru_cache(maxsize=4)
def heading_cells(text: str) -> tuple[tuple[int, int], ...]:
    """Where the headings of such tables stand: a role word there (被处罚人 |) labels a column, not a name."""
    return tuple(cell for _, headings in _heading_runs(text) for cell in headings)


def heading_above(text: str, pos: int) -> str | None:
    """The column heading of the value line holding `pos`, when the lines before it are such a table."""
    return next((heading for heading, start, end in row_cells(text) if start <= pos < end), None)
