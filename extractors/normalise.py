"""Length-preserving clean-up of reader text before field extraction.

Every replacement maps one character to one character (HTML entities were
decoded by the reader, extractors/backend/entities.py), so an offset in the
normalised text is the same offset in the reader's text and spans need no
mapping table.  `unwrap` is the one exception: it drops soft line breaks so a
regex can see a number or date that a PDF line split, and returns the index that
maps its offsets back.  It is the one place that decides what a soft wrap is;
its callers differ only by a WrapRule.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import opencc
from spacy.tokens import Doc

from extractors.backend.lines import opens_court_header
from extractors.fields.printed_text import spaced

_FULLWIDTH = {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
_FULLWIDTH["\u3000"] = " "
# Brackets and marks that documents mix freely; the Chinese forms are kept for
# 〔〕 year brackets, which are part of a document number's identity.
_MARKS = {"﹝": "〔", "﹞": "〕", "［": "[", "］": "]", "【": "〔", "】": "〕", "\u00a0": " ", "\t": " "}
# Variant forms OpenCC's table leaves out that published pages use: 陜 for 陕 (陜西省洛南縣人民法院).
_VARIANTS = {ord("陜"): "陕"}
# Traditional characters seen in published court texts, one to one.
_TRADITIONAL = str.maketrans(
    "號執裁書決處罰國土資源區縣鄉鎮村說請發當們條證據屬實與為義務關機後應於內"
    "從開違對這門產設築農規劃廳檢議審員長記認現場價額費貳參陸萬經營辦會華灣廣東陝龍護並時間報紀監責還復訴訟聽採礦線項計結終駁準強組織構裡戶",
    "号执裁书决处罚国土资源区县乡镇村说请发当们条证据属实与为义务关机后应于内"
    "从开违对这门产设筑农规划厅检议审员长记认现场价额费贰参陆万经营办会华湾广东陕龙护并时间报纪监责还复诉讼听采矿线项计结终驳准强组织构里户",
) | _VARIANTS
# OCR reads the mask of a name (赵XX) in lower or mixed case (赵xx, 赵Xx); all must compare equal.
_LOWER_MASK = re.compile(r"(?<=[\u4e00-\u9fff])(?=X{0,3}x)[Xx]{1,4}(?![A-Za-z0-9])")
# Pinyin a web copy printed after a character (執(zhí)法, 區(qū)): blanked with a space of its own
# (GLOSS_BLANK, whitespace to every regex) so that unwrap() and the flat text can drop it and
# rejoin the word it split.
GLOSS_BLANK = "\u2006"
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
# OCR may capitalise the first letter (機(Ji)關); "(HK)" is no syllable and stays.
_PINYIN = re.compile(
    rf"(?<=[\u4e00-\u9fff])\((?=[A-Za-z{_TONED}][a-z{_TONED}]{{0,5}}\))[A-Za-z{_TONED}][a-z{_TONED}]*\)"
)
# A reply spelled with 覆 (批覆, 答覆), which the character table keeps since 覆 is simplified too.
_REPLY = re.compile(r"(?<=[批答回函])覆")
# Characters only a traditional text uses; a text with several of them is converted whole.
_TRADITIONAL_ONLY = re.compile(
    "[號執書決處罰國資區縣鄉鎮說請發當們條證據屬實與為義務關機後應內從開違對這門產設築農規劃廳檢議審員長記認現場]"
)


@lru_cache(maxsize=1)
def _traditional_table() -> dict[int, str]:
    """OpenCC's character table (traditional → simplified), one character to one, first reading."""
    table: dict[int, str] = {}
    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        source, _, targets = line.partition("\t")
        target = targets.split(" ")[0]
        if len(source) == 1 and len(target) == 1 and source != target:
            table[ord(source)] = target
    return table | _VARIANTS


def simplified_spelling(text: str) -> str:
    """A value as the extractor spells it: traditional characters simplified and a site's pinyin glosses
    (執(zhí)) dropped, so that a label copied from a traditional page compares with what was read from it."""
    return _PINYIN.sub("", text).translate(_traditional_table())


# A blank the page's encoding could not carry, served as an ASCII "?" before it (行? 政? 判? 决? 书,
# "? 裁判要点"): a blank too.  A question in Chinese is asked with the full-width ？, left as it is.
_LOST_BLANK = re.compile(r"(?:(?<=[\u4e00-\u9fff])|^)\?(?=[ \t\u3000])", re.M)


def normalise(text: str) -> str:
    """Full-width to ASCII, bracket variants unified, traditional to simplified, pinyin
    blanked, a name's lower-case mask (王xx) upper-cased, a blank served as "?" blanked."""
    out = "".join(_FULLWIDTH.get(ch) or _MARKS.get(ch) or ch for ch in text)
    lost = [m.start() for m in _LOST_BLANK.finditer(text)]  # in the text as served, before ？ became ?
    if lost:
        chars = list(out)
        for at in lost:
            chars[at] = " "
        out = "".join(chars)
    # A few traditional characters turn up in simplified copies; a traditional text is converted whole.
    traditional = len(set(_TRADITIONAL_ONLY.findall(out))) >= 5
    out = out.translate(_traditional_table() if traditional else _TRADITIONAL)
    if traditional:
        out = _REPLY.sub("复", out)
    out = _PINYIN.sub(lambda m: GLOSS_BLANK * len(m.group(0)), out)
    out = _LOWER_MASK.sub(lambda m: m.group(0).upper(), out)
    assert len(out) == len(text)
    return out


_SP = r"[^\S\n]*"  # white space within the footer's line
PAGE_FOOTER = (
    rf"[-—–－]{_SP}\d{{1,3}}{_SP}[-—–－]|第{_SP}\d{{1,3}}{_SP}页(?:{_SP}[,，/]?{_SP}共{_SP}\d{{1,3}}{_SP}页)?"
    rf"|\d{{1,3}}{_SP}/{_SP}\d{{1,3}}"
)
PAGE_FOOTER_LINE = re.compile(PAGE_FOOTER)
# "XX公司：" alone on a line: a letter's addressee, never the wrapped end of the line before.
ADDRESSEE_LINE = re.compile(r"^[ \t]*[^\s:：,，。;；|()]{2,40}[:：][ \t]*$", re.MULTILINE)
# A web page's controls (打印本页 关闭窗口, 【打印】【关闭】, 分享到): a line holding them is page furniture
# however long it is, and whatever follows it (often the document's number) starts a line of its own.
# (Not 关闭 alone: 责令关闭 is a penalty.)  A pattern: 【打印】 is 〔打印〕 once normalised.
PAGE_CONTROLS = (
    r"关闭窗口|打印本页|打印此页|打印页面|关闭本页|设为首页|加入收藏|返回顶部|分享到|大 中 小|大中小"
    r"|[〔【\[](?:打印|关闭)[〕】\]]"
)
_HARD_END = re.compile(r"(?:[。：:；;！!？?」”\"〕]|(?:" + PAGE_CONTROLS + r")[\]】〕]?)\s*$")
# A field row (当事人:…, 文号:…) under a long line starts a line of its own: a case page prints its fields under
# a headline as wide as the text.
_ROLES = ("申请执行人", "被申请人", "被上诉人", "被执行人", "第三人", "上诉人", "申请人", "当事人", "原告", "被告")
_ROLE_WORDS = "(?:" + "|".join(_ROLES) + ")"
# A party's label, letter-spaced or not (当 事 人:), starts a row of its own too, whatever comes after the colon.
_SPACED_ROLES = "|".join(spaced(word) for word in _ROLES)
# (counted off, or with the side's earlier roles in brackets: 第二申请人(一审原告、二审上诉人):)
_FIELD_ROW = re.compile(
    r"^[ \t]*(?:[\u4e00-\u9fff]{2,6}[ \t]*[:：][ \t]|(?:第[一二三四五六七八九十]{1,2})?(?:"
    + _SPACED_ROLES
    + r")[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?[:：])"
)


# Words whose halves on two lines can only be a wrap, however short the first line is: a page of
# varying line widths (a one-line web copy laid out as a PDF) defeats the width test.
SPLIT_WORDS = (
    "被申请执行人",
    "申请执行人",
    "被执行人",
    "被申请人",
    "申请人",
    "当事人",
    "法定代表人",
    "委托代理人",
    "委托诉讼代理人",
    "负责人",
    "行政裁定书",
    "行政判决书",
    "行政处罚决定书",
)
_SPLITS = tuple((word[:k], word[k:]) for word in SPLIT_WORDS for k in range(1, len(word)))
# An article or an amount broken after its numeral ("第五十⏎三条", "罚款5⏎000元").
_SPLIT_LEFT = re.compile(r"(?:第|[0-9零〇一二两三四五六七八九十百千万]|[《〈])$")
_SPLIT_RIGHT = re.compile(r"^[0-9零〇一二两三四五六七八九十百千万]*(?:条|款|项|日|个月|号|元|平方米|亩|公顷)")


# A long line (a paragraph's, or a one-line copy's) that ends with a party label and a name's first characters
# ("…第00001号原告成⏎元洪,系…"): the name goes on at the start of the next line.
_LABEL_THEN_PART = re.compile(_ROLE_WORDS + r"[\u4e00-\u9fff]{1,3}$")
_OPENS_OWN_LINE = re.compile(
    _ROLE_WORDS + r"|法定代表人|负责人|委托|代理人|住所|住址|地址|身份|男|女|[^\u4e00-\u9fff]"
)


def _name_cut_after_label(line: str, next_line: str) -> bool:
    end, start = line.rstrip(), next_line.lstrip()
    return len(end) >= 20 and bool(_LABEL_THEN_PART.search(end)) and bool(start) and not _OPENS_OWN_LINE.match(start)


def splits_word(line: str, next_line: str) -> bool:
    """The line break falls inside one of SPLIT_WORDS ("申请执⏎行人"), inside a number ("〔202⏎4〕")
    or between an article's numeral and its unit ("第五十⏎三条")."""
    end, start = line.rstrip(), next_line.lstrip()
    if end[-1:].isdigit() and start[:1].isdigit() and not PAGE_FOOTER_LINE.fullmatch(next_line.strip()):
        return True
    if _SPLIT_LEFT.search(line) and _SPLIT_RIGHT.match(next_line):
        return True
    if _name_cut_after_label(line, next_line):
        return True
    return any(end.endswith(left) and start.startswith(right) for left, right in _SPLITS)


@dataclass(frozen=True)
class WrapRule:
    """What a reader of the text counts as a soft wrap besides a word split across lines.

    The section finder and the date and number readers take the page width from its longest
    lines and drop page footers; the party block's readers take it from the median wide line and
    keep a table row or a block that starts a line (a party label, a numbered item) apart.
    Measured on the tuning corpora, neither rule can replace the other without changing values.
    """

    median_width: bool = False  # the median display width of wide lines, else the 90th-percentile length
    drop_footers: bool = True  # a page number between two halves of a sentence is dropped with its line
    table_rows: bool = False  # a line holding a table's | cell boundary is never joined to the next
    block_start: re.Pattern[str] | None = None  # a next line this matches opens a block: never joined


LAYOUT = WrapRule()


def unwrap(text: str, rule: WrapRule = LAYOUT, hard_breaks: Collection[int] = ()) -> tuple[str, list[int]]:
    """The text with soft line wraps, page footers and blanked pinyin removed, and for each kept
    character its offset in `text`.

    PDF text layers and OCR break lines at the page width, splitting numbers and
    dates ("户国\\n土资告字", "2019年6月2\\n4日").  A line counts as wrapped when it is
    nearly as long as the page's long lines and does not end a sentence.  The breaks at
    `hard_breaks` (those extractors/run_on.py put into a flattened copy) are never soft.
    """
    dropped = _dropped(text, rule, set(hard_breaks))
    keep = [i for i, ch in enumerate(text) if ch != GLOSS_BLANK and i not in dropped]
    return "".join(text[i] for i in keep), keep


# Where make_doc keeps the offsets of the line breaks run_on put into a flattened copy.
INSERTED_BREAKS = "xianjie_breaks_at"


def unwrapped(doc: Doc, rule: WrapRule = LAYOUT) -> tuple[str, list[int]]:
    """doc.text without its soft wraps; a break that run_on put into a flattened copy is never one, or a
    line it cut off (…裁判文书中华人民⏎共和国最高人民法院) would be joined back."""
    return unwrap(doc._.text, rule, doc.user_data.get(INSERTED_BREAKS) or ())


def _page_width(lines: list[str], rule: WrapRule) -> int | None:
    """How wide a full line of the page is (None: too few lines to tell)."""
    if rule.median_width:
        wide = sorted(w for w in (_display_width(line) for line in lines) if w >= 40)
        return wide[len(wide) // 2] if len(wide) >= 3 else None
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    if len(lengths) < 3:
        return None
    width = lengths[int(len(lengths) * 0.9) - 1] if len(lengths) >= 10 else lengths[-1]
    return width if width >= 20 else None


def _display_width(line: str) -> int:
    return sum(1 if ord(ch) < 0x2E80 else 2 for ch in line.strip())


def _line_width(line: str, rule: WrapRule) -> int:
    return _display_width(line) if rule.median_width else len(line.strip())


def _dropped(text: str, rule: WrapRule, hard_breaks: set[int]) -> set[int]:
    """Offsets of the line breaks that are soft wraps and of the page-footer lines."""
    lines = text.split("\n")
    width = _page_width(lines, rule)
    footer = [
        rule.drop_footers and 0 < i < len(lines) - 1 and bool(PAGE_FOOTER_LINE.fullmatch(line.strip()))
        for i, line in enumerate(lines)
    ]
    dropped: set[int] = set()
    pos = 0
    for number, line in enumerate(lines[:-1]):
        if footer[number]:
            dropped.update(range(pos, pos + len(line) + 1))
        elif (
            pos + len(line) not in hard_breaks
            and _runs_on(line, lines[number + 1], width, footer[number + 1], rule)
            and not opens_court_header(line, *_next_printed(lines, footer, number))
        ):
            dropped.add(pos + len(line))
        pos += len(line) + 1
    return dropped


def _next_printed(lines: list[str], footer: list[bool], number: int) -> tuple[str, str]:
    """The line after `number` that the page prints as text (a page footer between them is skipped), and
    the line after that one."""
    after = number + 1
    while after < len(lines) - 1 and footer[after]:
        after += 1
    return lines[after], lines[after + 1] if after + 1 < len(lines) else ""


def _runs_on(line: str, nxt: str, width: int | None, footer_next: bool, rule: WrapRule) -> bool:
    """The break after `line` is soft: a word split across it, or a full line (or one a page footer
    cut) that ends no sentence, before a line that starts nothing of its own."""
    # "XX公司：" alone on a line starts a letter; a field row starts a line of its own
    if ADDRESSEE_LINE.fullmatch(nxt) or _FIELD_ROW.match(nxt):
        return False
    if splits_word(line, nxt):
        return True
    full = width is not None and _line_width(line, rule) >= 0.8 * width
    if not (full or (footer_next and line.strip())) or _HARD_END.search(line):
        return False
    return not ((rule.table_rows and "|" in line) or (rule.block_start and rule.block_start.match(nxt)))


def unwrapped_offset(index: list[int], offset: int) -> int:
    """Map an offset of the text back into its unwrapped form (the inverse of original_range's mapping)."""
    return bisect.bisect_left(index, offset)


def original_range(index: list[int], start: int, end: int) -> tuple[int, int]:
    """Map a range of the unwrapped text back to the text it came from."""
    if end <= start:
        pos = index[start] if start < len(index) else (index[-1] + 1 if index else 0)
        return pos, pos
    return index[start], index[end - 1] + 1
