"""How a copy prints the words that both finders read it by: sections (a document's parts) and site_metadata
(a web page's metadata blocks).

The two must agree on a letter-spaced word, a title phrase and a line's end, and sections asks site_metadata
where the page's blocks are; these shapes sit below both so that neither imports the other back.
"""

from __future__ import annotations

import re

LETTER_SPACE = r"[ \t]*"  # letter spacing inside titles and labels


def spaced(word: str) -> str:
    """A word as a pattern that also matches it letter-spaced (行 政 裁 定 书)."""
    return LETTER_SPACE.join(re.escape(ch) for ch in word)


def spaced_words(alternatives: str) -> str:
    """One group of "|"-separated words, each letter-spaced or not, the longest tried first."""
    return "(?:" + "|".join(spaced(w) for w in sorted(alternatives.split("|"), key=len, reverse=True)) + ")"


# Title phrases by how they end; the longest alternatives first so 行政处罚决定书 beats 决定书.
# A notice's title may bracket the procedure it announces: 行政处罚事先(听证)告知书, 责令(限期)改正通知书.
TITLE_BRACKET_WORD = r"[(（](?:听证|事先|限期|陈述申辩|简易程序)[)）]"
# A side's own paper to the court: 行政上诉状 / 起诉状 / 申诉状, 申诉书, a lawyer's 代理词, an answer's 答辩状.
SIDE_PAPER_TITLES = "诉状|申诉书|代理词|答辩状"
TITLE_ENDINGS = (
    "行政处罚决定书|行政处罚告知书|听证告知书|告知书|处罚决定书|决定书|裁定书|"
    "判决书|调解书|建议书|移送书|移送函|申请书|通知书|催告书|回证|情况报告|" + SIDE_PAPER_TITLES + "|"
    "报告|回复|复函|函"
)
# A decision's title as some pages print it, without its 书 (行政处罚决定, 林业行政处罚决定), and the same
# words letter-spaced for reading a title line.
_BARE_DECISION_WORDS = "行政处罚决定"
BARE_DECISION_TITLE = "(?:林业|国土资源)?" + _BARE_DECISION_WORDS
SPACED_BARE_DECISION_TITLE = "(?:林业|国土资源)?" + spaced_words(_BARE_DECISION_WORDS)
# A form label (行政处罚决定书文号:) or the tail of a cited 《title》 wrapped onto its own line
# names a document without being its title.
# A table's column header (| 行政处罚决定书文号 |) is such a label too.
# So is a disclosure record's field name, whatever separates it from its value (决定书文号 X罚字…,
# 决定书(通知书)名称 | …): no title goes on with 文号/名称.
NOT_A_TITLE_AFTER = re.compile(
    r"[ \t]*(?:[\u4e00-\u9fff]{1,4}[ \t]*[:：|]|[:：》>〉,，、;；。])"  # (a comma, a stop: a sentence a line broke;
    r"|(?:[(（][\u4e00-\u9fff]{1,6}[)）])?(?:文号|编号|字号|名称|日期)"
)  # a colon: a case book's field, 二审判决书:…)


# The headings an application opens its requests and grounds with (申请事项, 监督请求, 事实与理由): the sides
# were all named above them, and a 申请人 below is a word of the story (申请人桃园因修路被占用).
REQUEST_HEADING = (
    r"(?:(?<=\s)|^)(?:申请事项|监督请求|请求事项|申请请求|复议请求|事实(?:与|和|及)理由)[ \t]*(?:[:：]|(?=\s))"
)


def line_end(text: str, at: int) -> int:
    """Where the line holding `at` ends (the text's end on its last line)."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def compact(text: str) -> str:
    """The text without white space: a letter-spaced or wrapped phrase compares equal to its plain print."""
    return re.sub(r"\s+", "", text)


# A notice that serves a document by publication ("《行政处理意见(听证)告知书》送达公告") prints that
# document's text under its own headline, its agency on the line above: the kind named in 《》 is the text's.
_SERVED_BY_NOTICE = re.compile(
    r"(?m)^[ \t]*[\u4e00-\u9fff]{0,30}?[《<〈](?P<kind>[^》>〉\n]{2,30}?)[》>〉][ \t]*的?(?:送达|公示)?公告[ \t]*$"
)


def served_by_notice(text: str, sections: dict[str, tuple[int, int]]) -> re.Match[str] | None:
    """That headline in the page's header (its first 300 characters when no header was found); the type
    reader takes the kind from it, the issuer reader the agency line above it."""
    lo, hi = sections.get("header", (0, min(len(text), 300)))
    return _SERVED_BY_NOTICE.search(text, lo, hi)


# A criminal or civil court's paper is no administrative case document: its title (刑事判决书, 民事裁定书)
# or a criminal trial's own words (公诉机关, 向本院提起公诉) say so, and its 被告人 is the accused, not the
# defendant agency of a lawsuit.
OTHER_COURT_TITLE = spaced_words("刑事|民事") + "(?:附带民事)?" + spaced_words("判决书|裁定书|调解书")
# The prosecution as a label opening its clause (公诉机关X人民检察院。, an appeal's 原公诉机关…), or the court
# saying it was charged before it; a lawsuit's facts may tell of a prosecution (被公诉机关以…提起公诉) in passing.
CRIMINAL_TRIAL = r"(?:^|(?<=[\n。；;号]))[ \t]*原?公诉机关|向本院提起公诉"
_CRIMINAL_TRIAL = re.compile(CRIMINAL_TRIAL)


def criminal_trial(text: str) -> bool:
    return bool(_CRIMINAL_TRIAL.search(text))
