"""The addressee of a letter or notice: the line before the body that says whom it speaks to.

"XX公司：" names an organisation; "张某某：", "张某、李某：" name persons, and a
notice may print a masked name alone on its line without a colon ("李××").  A
bare "XX：" or "XX" line may be any label or heading, so a written-out person's
name counts only when the text after it speaks to them ("你于…", "你二人…");
a masked name is a person's name by its shape.  Works on plain text and returns
offsets; parties.py gives the addressee its role by the document type.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.fields.party_names import (
    IDENTITY_WORDS,
    LABEL,
    MASK,
    NOT_A_NAME,
    ORG_SUFFIX,
    ROLE_LABELS,
    split_names,
)

# An organisation's addressee line may carry its code in brackets ("XX镇人民政府(机构代码:…):").
_CODE_NOTE = r"(?:[(（][^()（）\n]{0,12}(?:代码|信用|身份证|证号|注册号)[^()（）\n]{0,30}[)）])?"
# A scan may join the title line and the addressee line below it ("…行政处罚决定书XX有限公司:").
_TITLE_KINDS = r"(?:决定书|通知书|告知书|催告书|建议书)"
_GLUED_TITLE = re.compile(rf"^[^:：]*?{_TITLE_KINDS}(?=[^书]{{2,}}$)")
_SALUTATION = re.compile(
    r"(?:^|(?<=\n)|(?<=号)|(?<=\s\s)|(?<=定书|知书|告书|议书))\s*(?P<name>[^\s:：,，。;；|()\d]{2,40}?)\s*"
    + _CODE_NOTE
    + r"\s*[:：]",
    re.M,
)
_BARE_LINE = re.compile(r"^[ \t]*(?P<name>[\u4e00-\u9fff][^\s:：,，。;；|()\d]{1,30})[ \t]*$", re.M)
_NOT_ADDRESSEE = re.compile(
    r"(?:机构|日期|索引号|分类|文号|案号|时间|名称|主题词|号|人|期限|地点|电话|事由|案由|来源|附件|抄送|抄报|"
    r"标题|地址|方式|范围|备注|说明|情况|理由|依据|内容|结果|如下|经过|认为)$"
)
# A case table's field name ("法院:XX人民法院", "处罚机关:…") is no addressee, unlike "XX人民法院:".
_FIELD_NAME = re.compile(r"(?:审理|承办|管辖|作出|执行)?法院|(?:处罚|执法|作出|复议|发布)?机关")
_PERSON_NAME = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff*×X·]{1,5}")
# OCR may read one × of a mask as x ("李×x"): a run with a × in it is a mask.
_MASKED_NAME = re.compile(r"[\u4e00-\u9fff]{1,2}(?:某某|某|XX|\*{1,3}|[×xX]{0,2}×[×xX]{0,2}|X{1,3})[\u4e00-\u9fff]?")
_ACTS = r"(?:涉嫌|未经|擅自|非法|违法|于\s*\d|在)"
_ADDRESSED = re.compile(r"\s*[^。\n]{0,30}?你")
# An organisation's name alone on the line right above the body that speaks to it (…对你单位, 你公司于…).
_ADDRESSED_BODY = re.compile(r"\s*\n\s*[^\n]{0,200}?(?:你|对)(?:单位|公司|厂|局|社|村)[^\n]*。")

Found = tuple[int, str, float]  # start, name, confidence


def addressees(text: str, lo: int, hi: int, bare_after: int | None, metadata: list[tuple[int, int]]) -> list[Found]:
    """The addressee line between lo and hi: the first "name：" line that names one, else (when
    `bare_after` is given: a notice to a person, past its title) a name alone on its line."""
    for match in _SALUTATION.finditer(text, lo, hi):
        name_start, name, glued = _past_glued_title(text, match)
        if _not_a_name(name) or any(s <= match.start() < e for s, e in metadata):  # a page's 相关企业: field
            continue
        line_end = text.find("\n", match.end())
        # "XX公司：" alone on its line is how a letter names its addressee; inside a line it may be a label.
        alone = not text[match.end() : line_end if line_end >= 0 else len(text)].strip()
        confidence = 0.75 if glued else 0.85 if alone else 0.7
        persons = _persons(name, name_start, alone and bool(_ADDRESSED.match(text, match.end())))
        if persons:
            return [(start, person, confidence) for start, person in persons]
        if ORG_SUFFIX.search(name) or (len(name) <= 4 and MASK.search(name)):
            return [(name_start, name, confidence)]
        if alone and len(name) >= 4 and re.search(re.escape(name) + _ACTS, text[match.end() : match.end() + 300]):
            return [(name_start, name, 0.75)]  # 宁波鄞州云峰寺: no suffix, but the facts name it as the one who acted
    return _bare_line(text, max(lo, bare_after), hi, metadata) if bare_after is not None else []


def _past_glued_title(text: str, match: re.Match[str]) -> tuple[int, str, bool]:
    """The salutation's name and start, past a title a scan glued before it on the same line; and
    whether it was glued (the lost line break makes the reading one a person should check)."""
    name, start = match.group("name"), match.start("name")
    glued = _GLUED_TITLE.match(name)
    if glued is not None:
        return start + glued.end(), name[glued.end() :], True
    return start, name, bool(re.search(rf"{_TITLE_KINDS}$", text[max(0, start - 3) : start]))


_GLUED_SALUTATION = re.compile(r"[ \t]*(?P<name>[\u4e00-\u9fff]{2,4})[ \t]*[:：](?=[^。\n]{0,30}?你)")


def glued_salutation(text: str, line_start: int) -> list[Found]:
    """A web copy that joined the salutation to its first sentence ("刘凤军:经现场检查发现,你…"), so that
    the line opens the body: a written-out name spoken to at once.  Any word may stand before a colon there
    (经查:你…), so the segmenter's reading decides: jieba tags a person's name nr."""
    match = _GLUED_SALUTATION.match(text, line_start)
    if match is None or _not_a_name(match.group("name")) or not _tagged_person(match.group("name")):
        return []
    return [(match.start("name"), match.group("name"), 0.7)]


@lru_cache(maxsize=256)
def _tagged_person(name: str) -> bool:
    """jieba's part-of-speech tagger (loaded on first use: most pages never need it) reads the word as a
    person's name."""
    import jieba.posseg

    words = list(jieba.posseg.cut(name))
    return len(words) == 1 and words[0].flag == "nr"


def _not_a_name(name: str) -> bool:
    return bool(
        name in ROLE_LABELS
        or _FIELD_NAME.fullmatch(name)
        or _NOT_ADDRESSEE.search(name)
        or LABEL.match(name)
        or re.search(IDENTITY_WORDS, name)
        or NOT_A_NAME.search(name)  # a record's field (经办法院:), a job title, a pronoun
    )


def _persons(name: str, start: int, addressed: bool) -> list[tuple[int, str]]:
    """One person, or several joined by 、: masked names always, written-out ones only when spoken to."""
    pieces = split_names(name, start) if "、" in name else [(start, name)]
    for _, piece in pieces:
        masked = len(piece) <= 5 and _MASKED_NAME.fullmatch(piece)
        if not (masked or (addressed and _PERSON_NAME.fullmatch(piece) and not ORG_SUFFIX.search(piece))):
            return []
    return pieces


_FIELD_ABOVE = re.compile(r"(?:姓名|名称|全称)[ \t]*[:：]?\s*\n\s*\Z")


def _bare_line(text: str, lo: int, hi: int, metadata: list[tuple[int, int]]) -> list[Found]:
    """A person named alone on a line under the title, without a colon ("李××" over "本机关…对你…")."""
    for match in _BARE_LINE.finditer(text, lo, hi):
        name = match.group("name")
        if any(s <= match.start("name") < e for s, e in metadata) or _not_a_name(name):
            continue
        above = text[max(0, match.start("name") - 40) : match.start("name")]
        if _FIELD_ABOVE.search(above):  # a table cell's value under its label (…姓名⏎邓某军)
            continue
        persons = _persons(name, match.start("name"), bool(_ADDRESSED.match(text, match.end())))
        if persons and all(len(p) <= 4 for _, p in persons):
            return [(start, person, 0.75) for start, person in persons]
        if ORG_SUFFIX.search(name) and _ADDRESSED_BODY.match(text, match.end()):
            return [(match.start("name"), name, 0.6)]  # a site that dropped the salutation's colon
    return []
