"""A judgment site's case-name headline: "A与B…一审行政判决书", "A诉B…判决书", "A与B非诉执行审查行政裁定书".

Web copies of rulings and judgments print the case name above (or instead of)
the document's own title.  It is no title: the section finder has to recognise
it so it can look past it, and the party readers take the sides from it when the
party block was lost.  What such a headline looks like (the separator, the words
that describe the case, its stage and its kind) is written here once; the
finder asks `looks_like_case_name`, the party readers `read_case_names`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


def _either(*words: str) -> str:
    return "(?:" + "|".join(words) + ")"


# The kinds a case name ends in; a photo's OCR may lose the last character at the page edge (…行政判决).
_KIND = r"(?:裁定书?|判决书?|决定书)"
_SEPARATOR = "与|诉"
STAGES = ("一审", "二审", "再审")
# What a court's case name is the name of (an agency's 决定书 has no case name of its own).
COURT_KINDS = ("裁定书", "判决书")
# A case name may print each side's label: 申请执行人A与被执行人B…, 上诉人A等诉被上诉人B…,
# an appeal's with the side's first-instance role in brackets (上诉人(原审原告)A…).
_LAWSUIT_LABELS = ("被上诉人", "上诉人", "原审原告", "原审被告", "原审第三人", "原告", "被告")
_LABEL = _either(
    _either("申请执行人", "被申请执行人", "被执行人", "被申请人", "申请人"),
    _either(*_LAWSUIT_LABELS) + r"(?:\([^()\n]{2,8}\))?",
)
# The words that describe the case after the last name (土地行政处罚, 非诉执行审查, 资源行政管理, 一审…).
_CASE_WORDS = _either(
    *("一案", "土地", "国土", "林业", "矿产", "资源", "行政", "非诉", "强制", "执行", "审查", "申请"),
    *("城建", "城乡", "规划", "房屋", "其他", *STAGES),
    *("草原", "森林", "水利", "河道", "环境", "环保", "海洋", "海域"),  # other trades' causes (草原行政处罚纠纷)
    # a database's cause of action after the names (处罚类纠纷, 违章建筑, 拆迁补偿, 征收决定…)
    *("处罚", "违章", "违法", "拆迁", "拆除", "征收", "纠纷", "赔偿", "补偿"),
    *("不履行", "履行", "不作为"),  # a suit to make the agency act (不履行法定职责)
    "案(?=一审|二审|再审)",  # a site's "…第三人X案一审行政裁定书"
)
# How the name of an organ or a company ends; a side that ends so is named whole.
_SIDE_END = _either(
    *("局", "人民政府", "政府", "委员会", "办公室", "管理处", "管委会", "办事处", "街道"),
    *("公司", "厂", "站", "合作社", "社", "中心", "场", "店", "部", "院", "矿", "队", "会", "所", "村", "组"),
)
# A database page's next heading or a page's part number, glued onto the headline by a wrap or OCR.
_GLUED = r"(?:\(\d{1,2}\))?(?:审理经过|当事人信息|案件基本信息|原告诉称|裁判文书)?"
# (a PDF may wrap the case words onto a second line); a site's case title may end in 一案 without a kind.
# (a case book's or a court's write-up is titled by the suit alone: "A诉B环保行政处罚案", "A等人诉B…纠纷案")
_TAIL = rf"(?P<tail>{_CASE_WORDS}[^\n]{{0,48}}?\n?[^\n]{{0,16}}?(?P<kind>裁定书|判决书|决定书|一案|案)){_GLUED}[ \t|]*$"


def _sides(second: str) -> re.Pattern[str]:
    return re.compile(
        rf"[ \t]*(?:(?P<la>{_LABEL})[:：]?)?(?P<a>[^\n与诉:：|]{{2,80}}?)等?"  # "A、B等诉…": 等 is no part of B
        rf"[ \t]*(?P<sep>{_SEPARATOR})[ \t]*(?:(?P<lb>{_LABEL})[:：]?)?(?P<b>{second})等?"
        # a third party the site's headline names after the two sides ("…与被告B第三人C案一审…", "…B及第三人C…")
        rf"(?:[ \t、]*及?第三人[:：]?(?P<c>[^\n与诉:：|]{{2,80}}?))?等?(?={_TAIL})",
        re.MULTILINE,
    )


# The second side ends in an organ's or a company's ending when it can; a person's name ends anywhere.
_NAMED = _sides(rf"[^\n:：|]{{1,80}}?{_SIDE_END}")
_ANY = _sides(r"[^\n:：|]{1,80}?")

# The shapes a headline line takes, compacted (no white space): sides and kind, a stage and kind,
# or "X因…一案…判决书".
_SHAPE = re.compile(
    rf"[\u4e00-\u9fff*×X]{{2,}}(?:{_SEPARATOR})[\u4e00-\u9fff*×X、]{{2,}}.{{0,30}}{_KIND}$"
    rf"|(?:非诉执行审查|非诉审查|执行审查|审查与执行|{'|'.join(STAGES)})[\u4e00-\u9fff]{{0,6}}(?:裁定书?|判决书?)$"
    rf"|[\u4e00-\u9fff]{{2,}}因[\u4e00-\u9fff]{{2,40}}一案[\u4e00-\u9fff]{{0,4}}(?:裁定书?|判决书?)$"
    # a non-litigation case: "X局申请强制执行张某交出土地的决定行政裁定书"
    rf"|[\u4e00-\u9fff*×X]{{2,}}申请(?:强制)?执行[\u4e00-\u9fff*×X]{{2,60}}(?:裁定书?|判决书?)$"
    # a review body's page names its case: "张某不服X省人民政府征地批复案驳回行政复议申请决定书"
    rf"|[\u4e00-\u9fff*×X]{{2,}}不服[\u4e00-\u9fff]{{2,40}}案[\u4e00-\u9fff]{{0,12}}决定书$"
    # or who asked about whom: "蒋某阳对市资规局未履行查处职责申请复议维持决定书"
    rf"|[\u4e00-\u9fff*×X]{{2,}}对[\u4e00-\u9fff]{{2,30}}?(?:局|政府|委员会|办事处)[\u4e00-\u9fff]{{0,30}}复议"
    rf"[\u4e00-\u9fff]{{0,8}}决定书$"
    # a criminal case by its accused and charge: "李某犯非法占用农用地罪一审刑事判决书"
    rf"|[\u4e00-\u9fff*×X、]{{2,}}犯[\u4e00-\u9fff、]{{2,40}}罪[\u4e00-\u9fff]{{0,8}}(?:裁定书?|判决书?)$"
)


def looks_like_case_name(compact: str) -> bool:
    """A line without white space that is a case name, not a document's title."""
    return bool(_SHAPE.search(compact))


@dataclass(frozen=True)
class CaseName:
    """The two sides a case name puts around 与/诉, as offsets in the text it was read from."""

    first: tuple[int, int]
    second: tuple[int, int]
    separator: str
    kind: str  # 裁定书, 判决书 or 决定书
    stages: tuple[str, ...]  # 一审/二审/再审 as printed after the names
    named: bool  # the second side ends in an organ's or a company's ending
    lawsuit: bool  # a side is labelled as in a lawsuit (上诉人, 原告…), not as in an enforcement case
    third: tuple[int, int] | None = None  # a third party named after the two sides


def read_case_names(text: str, start: int, end: int) -> Iterator[CaseName]:
    """Each line from `start` to `end` that is a whole case name, split into its sides."""
    pos = start
    while pos < end:
        line_end = text.find("\n", pos, end)
        found = _NAMED.match(text, pos, end) or _ANY.match(text, pos, end)
        if found is not None:
            yield _case_name(found, found.re is _NAMED)
        pos = end if line_end < 0 else line_end + 1


def _case_name(found: re.Match[str], named: bool) -> CaseName:
    stages = tuple(re.findall("|".join(STAGES), found.group("tail").replace("\n", "")))
    labels = (found.group("la") or "") + (found.group("lb") or "")
    lawsuit = any(label in labels for label in _LAWSUIT_LABELS)
    third = found.span("c") if found.group("c") else None
    sides = (_unclosed_cut(found, "a"), _unclosed_cut(found, "b"), found.group("sep"), found.group("kind"))
    return CaseName(*sides, stages, named, lawsuit, third)


def _unclosed_cut(found: re.Match[str], group: str) -> tuple[int, int]:
    """A side ends before a bracket the site never closed ("徐**(徐**行政诉讼一案": a mask ate its end)."""
    start, end = found.span(group)
    side = found.group(group)
    opening = max(side.rfind("("), side.rfind("（"))
    closed = opening >= 0 and (")" in side[opening:] or "）" in side[opening:])
    return (start, start + opening) if opening > 0 and not closed else (start, end)


def case_title_line(text: str, pos: int) -> tuple[int, int] | None:
    """The line that starts at `pos` when it is a whole case name ("上诉人A等诉被上诉人B土地行政处罚一案"):
    the role labels in it belong to the headline, not to a party block."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:pos].strip() or re.search(r"[。，,;；]", text[line_start:line_end]):
        return None
    return (line_start, line_end) if next(read_case_names(text, line_start, line_end), None) is not None else None
