"""Which value line of a table copied cell by cell stands under which heading.

Counting lines is not enough: a site leaves an empty cell out (权力编码 with no value), and a long
cell runs over two lines (处罚决定1、… ⏎ 2、…).  Some columns say what their value looks like —
序号 a small number, 文号 a document number, 日期/时间 a date, 被处罚人 a name or a list of names —
so the values are aligned with the headings the way two sequences are aligned: each heading takes
the next value, or no value (an empty cell), or a value takes the line after it too (a wrapped
cell), whichever way the values fit their columns best.  Columns that ask for nothing in particular
keep the plain order.
"""

from __future__ import annotations

import re
from enum import Enum

_SKIP = -0.4  # an empty cell left out, or a cell's second line
_FIT, _SERIAL_FIT = 2.0, 2.0
_NAME_FIT = 1.0
_MISFIT = -1.5
_STRAY = -0.5  # a serial number or a bare date under a column that asks for neither


class Column(Enum):
    SERIAL = "serial"
    NUMBER = "number"
    CODE = "code"
    DATE = "date"
    NAME = "name"
    ANY = "any"


# A serial, a number, a code or a date never runs over two lines; a name seldom does.
_WRAP = {Column.SERIAL: _MISFIT, Column.NUMBER: _MISFIT, Column.CODE: _MISFIT, Column.DATE: _MISFIT, Column.NAME: -0.8}


_SERIAL_HEAD = re.compile(r"序号|编号")
_NUMBER_HEAD = re.compile(r".{0,10}(?:文号|文书号|案号|决定书编号)")
_CODE_HEAD = re.compile(r".{0,14}(?:信用代码|机构代码|身份证号码?|证件号码?)")
_DATE_HEAD = re.compile(r".{0,14}(?:日期|时间)")
# The labels of a table's column that names whom the penalty is on (行政相对人名称, 被处罚人姓名…), and the
# disclosure template's own (违法企业名称或违法自然人姓名, 违法主体名称或姓名); party_form_rows reads them as parties.
TABLE_PARTY_LABELS = "行政相对人|被处罚单位|被处罚人|当事人"
OFFENDER_WORDS = r"违法(?:主体|企业|单位|当事人)"
_NAME_HEAD = re.compile(
    r"(?:" + TABLE_PARTY_LABELS + r"|被处罚对象|" + OFFENDER_WORDS + r")"
    r"(?:名称|姓名)?(?:或(?:违法)?(?:自然人)?(?:名称|姓名))?"
    r"|(?:法定代表人|负责人)(?:[(（](?:负责人|法定代表人)[)）])?(?:姓名)?"  # a name too, though no party's
)

_SERIAL = re.compile(r"\d{1,3}")
_NUMBER = re.compile(r".{0,30}(?:[〔\[(（【]\s*(?:19|20)\d\d\s*[〕\])）】]|(?:19|20)\d\d.{0,8}号|第\s*\d+\s*号).{0,12}")
_DATE = re.compile(
    r"(?:19|20)\d\d\s*(?:年|[.\-/])\s*\d{1,2}\s*(?:月|[.\-/])\s*\d{1,2}"
    r"|[〇○O0零一二][〇○O0零一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"
)
_CODE = re.compile(r"[0-9A-Z*×X]{15,18}")
_EMPTY_MARK = re.compile(r"[-—/无]|暂无")
# A name, or names joined by 、: a person (masks kept) or a body by its ending.
_ONE_NAME = (
    r"(?:[\u4e00-\u9fff][\u4e00-\u9fff*×X某]{1,3}"
    r"|[\u4e00-\u9fff()（）*×X]{2,40}(?:公司|厂|场|社|店|部|院|局|政府|委员会|中心|所|站|队|村|组|处|会|户))"
)
_NAMES = re.compile(_ONE_NAME + r"(?:[、,，]" + _ONE_NAME + r")*")
_MAX_DATE_CELL = 40  # a date column's cell: the date, maybe the agency before it


def column_of(heading: str) -> Column:
    """What a heading's column holds, so far as the heading says."""
    if _SERIAL_HEAD.fullmatch(heading):
        return Column.SERIAL
    if _NUMBER_HEAD.fullmatch(heading):
        return Column.NUMBER
    if _NAME_HEAD.fullmatch(heading):
        return Column.NAME
    if _CODE_HEAD.fullmatch(heading):
        return Column.CODE
    if _DATE_HEAD.fullmatch(heading):
        return Column.DATE
    return Column.ANY


# A cell that names its part (履行方式:自动履行, 机关名称:X局) fits the heading that holds that word.
_PART_LABEL = re.compile(r"([\u4e00-\u9fff]{2,6})[:：]")
_PART_FIT = 1.0
_LONG_WORDS = re.compile(r"事实|依据|内容|结果|案由|情况|决定")  # columns of sentences
_LONG = 20


def _fit(heading: str, column: Column, value: str) -> float:
    """How well a value line fits a column: positive fits, negative does not, 0 says nothing."""
    part = _PART_LABEL.match(value)
    if part and (part.group(1) in heading or part.group(1)[-2:] in heading):
        return _PART_FIT
    if column is Column.ANY and _LONG_WORDS.search(heading):
        return 0.3 if len(value) >= _LONG else -0.3
    return _shape_fit(column, value)


def _shape_fit(column: Column, value: str) -> float:
    serial = bool(_SERIAL.fullmatch(value))
    dated = len(value) <= _MAX_DATE_CELL and _DATE.search(value) is not None
    if column is Column.SERIAL:
        return _SERIAL_FIT if serial else _MISFIT
    if column is Column.NUMBER:
        return _FIT if _NUMBER.fullmatch(value) else _MISFIT
    if column is Column.DATE:
        return _FIT if dated else _MISFIT
    if column is Column.CODE:
        return _FIT if _CODE.fullmatch(value) else 0.0 if _EMPTY_MARK.fullmatch(value) else _MISFIT
    if column is Column.NAME:
        return _NAME_FIT if _NAMES.fullmatch(value) else _MISFIT
    return _STRAY if serial or (dated and _DATE.match(value)) else 0.0


def align(headings: list[str], values: list[str]) -> list[int | None]:
    """For each heading, the index of its value line, or None for a cell left empty.

    Values after the row ends (the page's next text) cost nothing; skipping a heading or taking a
    second line into a cell costs a little, so the plain order wins when the shapes say nothing.
    """
    columns = [column_of(h) for h in headings]
    n, m = len(headings), len(values)
    score = [[float("-inf")] * (m + 1) for _ in range(n + 1)]
    step: list[list[str]] = [[""] * (m + 1) for _ in range(n + 1)]
    score[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if i == 0 and j == 0:
                continue
            options = []
            if i and j:
                options.append((score[i - 1][j - 1] + _fit(headings[i - 1], columns[i - 1], values[j - 1]), "match"))
            if i:
                options.append((score[i - 1][j] + _SKIP, "empty"))
            if j and i:  # a cell's next line: only once a cell has begun
                options.append((score[i][j - 1] + _WRAP.get(columns[i - 1], _SKIP), "wrap"))
            score[i][j], step[i][j] = max(options, key=lambda o: o[0]) if options else (float("-inf"), "")
    end = max(range(m + 1), key=lambda j: (score[n][j], -j))  # what follows the row is free
    return _backtrack(step, n, end)


def _backtrack(step: list[list[str]], i: int, j: int) -> list[int | None]:
    taken: list[int | None] = [None] * i
    while i > 0:
        move = step[i][j]
        if move == "match":
            taken[i - 1] = j - 1
            i, j = i - 1, j - 1
        elif move == "empty":
            i -= 1
        else:
            j -= 1
    return taken
