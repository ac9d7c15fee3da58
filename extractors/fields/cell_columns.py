"""A disclosure table a site copied cell by cell, column headings first: every heading on its own line
(行政相对人名称 ⏎ 行政相对人类别 ⏎ … ⏎ 行政处罚决定书文号 ⏎ …), then the first row's values in the same order.
Which heading a value line stands under is the only thing that says what the value is."""

from __future__ import annotations

import re
from functools import lru_cache

# Words only a column heading holds; a value (a company, 企业, 罚款, a date) holds none of them alone on a line.
_HEADING = re.compile(
    r"[\u4e00-\u9fff()（）、/]{0,20}"
    r"(?:名称|姓名|类别|类型|代码|号码|文号|编号|案号|序号|事实|依据|内容|金额|日期|时间|决定|机关|证件|法定代表人|"
    r"负责人|备注|期限|方式|案由|结果|种类)"
    r"[\u4e00-\u9fff()（）、/]{0,12}"
)
_MIN_HEADINGS = 5


# Not sections._lines: blank lines are left out, so a value's place counts only the printed lines between cells.
@lru_cache(maxsize=1)  # asked once for every number of the same text
def _lines(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text))


def heading_above(text: str, pos: int) -> str | None:
    """The column heading of the value line holding `pos`, when the lines before it are such a table."""
    lines = _lines(text)
    at = next((i for i, (s, e) in enumerate(lines) if s <= pos < e), None)
    if at is None:
        return None
    for last in range(at - 1, max(-1, at - 40), -1):
        first = last
        while first >= 0 and _HEADING.fullmatch(text[lines[first][0] : lines[first][1]].strip()):
            first -= 1
        count = last - first
        if count >= _MIN_HEADINGS:
            index = at - (last + 1)  # the value's place in the row is its heading's place in the list
            if index >= count:
                return None
            start, end = lines[first + 1 + index]
            return re.sub(r"\s+", "", text[start:end])
    return None
