"""Every full date in a document with its role, and the document's own date (issue_date).

Dates are found with regex on the text (jieba glues 日至/日前 into one token)
and read without a parser: Arabic, ISO and Chinese-numeral forms with any of
the zero glyphs 〇○O0.  The role comes from the words next to the date; the
issue date comes from the signature block, else from a labelled field (裁判日期,
a judgment database's 【审结时间】, a disclosure table's 处罚决定日期 | …), never
from web metadata (发布日期, 成文日期, 公开日期, 更新时间: formats.md gives those
to the page).  Broken dates are recovered only when one reading is possible, otherwise flagged for review.
No general time parser is used: jionlp's parse_time, for one, widens an impossible date
(2024年13月45日) to its whole year and a lost day (2019年7月18) to its month, a guess where a
flag is due, while every real form seen so far (stray spaces, slash and dot dates) reads here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from extractors.field_model import Extracted
from extractors.fields.cell_columns import heading_above
from extractors.fields.numerals import cn_number
from extractors.fields.site_metadata import DATED_COURT_LINE
from extractors.normalise import original_range, unwrapped
from extractors.pipeline import add_item, ocr_confidence, set_field, span_at
from models.vocab import DateRole

_CN = "〇○Oo0零一二两三四五六七八九十"
_SP = r"\s*"
_PART = rf"(?:\d{{1,2}}|[{_CN}]{{1,3}})"
# After a month-only date ("2019年12月5号地块", "2019年12月10余亩") the number counts things, not days.
_NOT_DAY = "[楼院房栋地宗线门室库井坑区段桩点]"
_COUNTED = "[时点分秒余宗个处亩平米元万号人户间栋层块份次天周名辆台吨方公多条项楼地]"
DATE = re.compile(
    rf"(?P<ay>\d{{4}}|[{_CN}]{{4}}|[12][\dOo]{{3}}){_SP}年{_SP}(?P<am>{_PART}){_SP}月{_SP}(?P<ad>{_PART}){_SP}(?:日|号(?!{_NOT_DAY}))"
    rf"|(?<![\d-])(?P<iy>(?:19|20)\d\d)(?P<sep>[-/.])(?P<im>\d{{1,2}})(?P=sep)(?P<id>\d{{1,2}})(?![\d.:])"
)
# Broken forms seen in OCR and re-typed copies, each recovered or flagged.
BROKEN = re.compile(
    r"(?P<my>\d{4})月(?P<mm>\d{1,2})月(?P<md>\d{1,2})日"  # 2017月6月19日
    # 2019年7月18作出
    r"|(?P<ny>\d{4})年(?P<nm>\d{1,2})月(?P<nd>\d{1,2})(?=[\u4e00-\u9fff])(?![日号月])(?!" + _COUNTED + ")"
    r"|(?<![\d年月])(?P<run>(?:19|20)\d{4,6})日"  # 202549日
    # 2022/12/70:00:00: OCR lost the space between a database's date and its time of day
    r"|(?<![\d-])(?P<ty>(?:19|20)\d\d)(?P<tsep>[-/.])(?P<tm>\d{1,2})(?P=tsep)(?P<trun>\d{2,4}):[0-5]\d"
    r"|(?P<ey>\d{4})\s*年\s*(?P<em>\d{1,2})\s*月\s*(?P<ed>\d{1,2})\s*[曰目月](?![\d份])"  # 2020年5月20月 (OCR)
    # 2020年2月21 closing the signature line: its 日 lost under the seal or at the page edge (a sentence's
    # date cut off by the end of a truncated page is no signature)
    r"|(?<![。，,；;：:、])(?P<zy>\d{4})\s*年\s*(?P<zm>\d{1,2})\s*月\s*(?P<zd>\d{1,2})(?=[ \t|]*(?:\n|$))"
    # 二〇二一年四月八曰, or the 日 lost under the seal at the end of the signature line
    rf"|(?P<cy>[{_CN}]{{4}})\s*年\s*(?P<cm>{_PART})\s*月\s*(?P<cd>{_PART})\s*(?:[曰目]|(?=[ \t]*(?:\n|$)))"
)
# A date whose year the seal covered: only its last digit(s) survive (六年四月二十八日).
PARTIAL_YEAR = re.compile(
    rf"(?<![\d{_CN}])(?P<py>[{_CN}]{{1,3}}|\d{{1,2}})\s*年\s*(?P<pm>{_PART})\s*月\s*(?P<pd>{_PART})"
    r"\s*(?:[日曰目月]|(?=[ \t]*(?:\n|$)))"  # the day mark may be under the seal too
)
# A label ends where its value begins: a colon, a table's cell bar (处罚决定日期 | …, or the bar on a line
# of its own) or a judgment database's 【审结时间】 bracket may stand between the two; so may a page's
# bracketed label and its bullet ([ 发布日期 ]• 2023-06-02).
_LABEL_END = r"[ \t]*[〕\]】]?[\s|｜:：•·]*$"
# A judgment database's 裁判日期/审结时间 is the document's date (labelling convention), so is a
# disclosure table's 处罚决定日期 or a summary page's 作出行政处罚日期.
ISSUED_LABEL = re.compile(
    r"(?:(?:裁判|处罚决定|决定|作出|签发|落款|文书)日期|(?:审结|裁判|判决|裁定|结案)(?:时间|日期)"
    r"|(?:作出)?(?:行政)?处罚(?:决定)?(?:书)?(?:作出|下达)?日期|决定书?(?:作出|下达)日期)" + _LABEL_END
)
# A disclosure's record of when the penalty was decided: the page around it is signed when it was published
# (处罚决定日期:2024年12月2日 … X局 2024年12月4日), so the field, not that signature, dates the decision.
PENALTY_DATE_LABEL = re.compile(r"(?:作出)?(?:行政)?处罚(?:决定)?(?:书)?(?:作出|下达)?日期" + _LABEL_END)
# A disclosure table's column of when the penalty was decided, copied cell by cell (cell_columns), or the
# 日期 part of the cell 作出行政处罚的机关名称和日期 under its 机关名称 part.
_DATE_COLUMN = re.compile(r"[\u4e00-\u9fff()（）]{0,14}(?:决定|处罚|作出)[\u4e00-\u9fff()（）]{0,10}(?:日期|时间)")
_AGENCY_THEN_DATE = re.compile(
    r"(?:机关名称|处罚机关|执法机关|决定机关)[ \t]*[:：][^\n]{2,40}\n\s*日期[ \t]*[:：]?[ \t]*\Z"
)
# The page's own dates, never the document's.
WEB_LABEL = re.compile(
    r"(?:成文日期|发布日期|发布时间|发布于|更新时间|更新日期|公开日期|公开时间|生效日期|访问时间|录入时间|信息时间|浏览)"
    + _LABEL_END
)

# Words after the date decide first (于2016年9月2日送达), then words before it (送达日期：…).
ROLE_AFTER: tuple[tuple[re.Pattern[str], DateRole], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"^[,，]?[^。,，；]{0,12}?(?:签收|送达|留置送达|公告送达|邮寄送达)", DateRole.SERVED),
        (r"^[,，]?[^。,，；]{0,10}?(?:收到|收悉|接到|收讫)", DateRole.RECEIVED),
        (r"^[,，]?[^。,，；]{0,10}?(?:立案(?!调查|查处|侦查|审查|编号|号|文号)|受理)", DateRole.ACCEPTED),
        (r"^[,，]?[^。,，；]{0,16}?(?:申请|提出.{0,6}申请|提交|提起|起诉)", DateRole.APPLICATION_FILED),
        (r"^[,，]?[^。,，；]{0,12}?(?:作出|作岀|下发|出具|决定|签发).{0,20}?(?:裁定|判决)", DateRole.RULED),
        (r"^[,，]?[^。,，；]{0,12}?(?:裁定|判决)", DateRole.RULED),
        (r"^[,，]?(?:[^。,，；]{0,12}?|对[^。,，；]{0,30}?)(?:作出|作岀|下发|出具|决定|签发)", DateRole.DECISION),
        (
            r"^[^。,，；]{0,24}?(?:发现|巡查|检查|核查|踏勘|举报|卫片|动态|占用|开工|建设|建成|修建|挖|开采|违法|未经|擅自|非法)",
            DateRole.VIOLATION_FOUND,
        ),
    )
)
# Party labels hold verbs (申请执行人) that would read as the date's role.
_PARTY_WORDS = re.compile(r"被?申请(?:执行)?人|被执行人|受送达人|送达人|送达地点")
# Labels of form fields (送达时间：…) outrank even the signature position.
ROLE_LABEL: tuple[tuple[re.Pattern[str], DateRole], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"(?:送达|签收)(?:时间|日期)\s*[:：]?\s*$|(?:签收|签名|盖章|签字)[^。\n]{0,24}$", DateRole.SERVED),
        (r"(?:收到|收文|收件)(?:时间|日期)\s*[:：]?\s*$", DateRole.RECEIVED),
        (r"(?:立案|受理)(?:时间|日期)\s*[:：]?\s*$", DateRole.ACCEPTED),
        (r"(?:申请)(?:时间|日期)\s*[:：]?\s*$", DateRole.APPLICATION_FILED),
        (r"(?:发现|巡查|检查)(?:时间|日期)\s*[:：]?\s*$", DateRole.VIOLATION_FOUND),
        (r"出生(?:日期|年月)?\s*[:：]?\s*$|(?:截至|截止|截止到|直至|至今)\s*$", DateRole.OTHER),
    )
)
# A clause led by the date ("2015年8月31日，申请执行人以……为由作出……决定") takes the role of its verb.
ROLE_CLAUSE: tuple[tuple[re.Pattern[str], DateRole], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"^(?:起|开始|以来|前后|左右)", DateRole.VIOLATION_FOUND),
        (r"^[,，][^。；;]{0,80}?(?:作出|作岀|下发|出具)[^。；;]{0,20}?(?:裁定|判决)", DateRole.RULED),
        (r"^[,，][^。；;]{0,80}?(?:作出|作岀|下发|出具)", DateRole.DECISION),
        (r"^[,，][^。；;]{0,60}?(?:送达|签收)", DateRole.SERVED),
        (r"^[,，][^。；;]{0,60}?(?:向[^。；;]{0,20}申请|提出[^。；;]{0,10}申请)", DateRole.APPLICATION_FILED),
        (r"^[,，][^。；;]{0,60}?(?:发现|巡查|未经批准|擅自|非法占用|违法占用|开工|动工)", DateRole.VIOLATION_FOUND),
    )
)
ROLE_BEFORE: tuple[tuple[re.Pattern[str], DateRole], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"(?:巡查|检查|卫片|举报)[^。]{0,6}$", DateRole.VIOLATION_FOUND),
        (r"(?:本院|法院)[^。，,]{0,4}$", DateRole.OTHER),
    )
)


def _part(text: str) -> int | None:
    return int(text) if text.isdigit() and text.isascii() else cn_number(text)


def _iso(year: int | None, month: int | None, day: int | None) -> str | None:
    if year is None or month is None or day is None:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


@dataclass
class FoundDate:
    start: int
    end: int
    value: str | None  # ISO, None when a broken date has no single reading
    confidence: float
    extra: dict[str, Any] = field(default_factory=dict)


def find_dates(text: str) -> list[FoundDate]:
    out = []
    for m in DATE.finditer(text):
        misread = bool(m.group("ay")) and not m.group("ay").isdigit() and m.group("ay")[0].isdigit()
        if misread:  # OCR's letter O in an Arabic year (2O19年): the one reading, but not a sure one
            year = int(m.group("ay").replace("O", "0").replace("o", "0"))
            value = _iso(year, _part(m.group("am")), _part(m.group("ad")))
        elif m.group("ay"):
            value = _iso(*(_part(m.group(g)) for g in ("ay", "am", "ad")))
        else:
            value = _iso(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        if value is not None and misread:
            out.append(FoundDate(m.start(), m.end(), value, 0.6, {"recovered": True, "raw": m.group(0)}))
        elif value is not None:
            out.append(FoundDate(m.start(), m.end(), value, 0.95))
        else:
            out.append(FoundDate(m.start(), m.end(), None, 0.3, {"broken": True, "raw": m.group(0)}))
    taken = [(d.start, d.end) for d in out]
    for m in BROKEN.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            out.append(_broken(m))
            taken.append((m.start(), m.end()))
    known = [d.value for d in out if d.value]
    for m in PARTIAL_YEAR.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            out.append(_printed_elsewhere(m, known) or _partial_year(m, [int(v[:4]) for v in known]))
    return sorted(out, key=lambda d: d.start)


def _printed_elsewhere(m: re.Match[str], known: list[str]) -> FoundDate | None:
    """A year OCR lost a digit of (二〇二年十二月十五日) is the one of the same day the document prints
    elsewhere (a case record's 审结日期 2020.12.15), when the surviving digits are in it in order."""
    month, day = _part(m.group("pm")), _part(m.group("pd"))
    digits = [_part(ch) for ch in re.sub(r"\s+", "", m.group("py"))]
    if month is None or day is None or any(d is None for d in digits):
        return None
    kept = "".join(str(d) for d in digits)
    same_day = {v for v in known if v[5:] == f"{month:02d}-{day:02d}" and _in_order(kept, v[:4])}
    if len(same_day) != 1:
        return None
    return FoundDate(m.start(), m.end(), same_day.pop(), 0.6, {"recovered": True, "raw": m.group(0)})


def _in_order(kept: str, year: str) -> bool:
    rest = iter(year)
    return all(ch in rest for ch in kept)


def _partial_year(m: re.Match[str], years: list[int]) -> FoundDate:
    """The year is the one ending in the surviving digits just after the document's latest other date."""
    tail, raw = _part(m.group("py")), m.group(0)
    month, day = _part(m.group("pm")), _part(m.group("pd"))
    if tail is None or not years:
        return FoundDate(m.start(), m.end(), None, 0.3, {"broken": True, "raw": raw})
    latest = max(years)  # a signature comes after the dates the document cites, rarely years after
    readings: list[str] = []
    digits = m.group("py").strip()
    # OCR may also garble the first surviving digit (三二一 for 〇二一): use the longest tail that fits.
    for keep in range(len(digits), 0, -1):
        tail = _part(digits[-keep:])
        if tail is None:
            continue
        fits = {y for y in range(latest - 1, latest + 4) if y % 10**keep == tail % 10**keep}
        readings = sorted({v for v in (_iso(y, month, day) for y in fits) if v})
        if readings:
            break
    if len(readings) == 1:
        conf = 0.5 if keep == len(digits) else 0.45
        return FoundDate(m.start(), m.end(), readings[0], conf, {"recovered": True, "raw": raw})
    return FoundDate(m.start(), m.end(), None, 0.3, {"broken": True, "raw": raw, "candidates": readings})


def _broken(m: re.Match[str]) -> FoundDate:
    raw = m.group(0)
    if m.group("my"):
        readings = [_iso(int(m.group("my")), int(m.group("mm")), int(m.group("md")))]
    elif m.group("ny"):
        readings = [_iso(int(m.group("ny")), int(m.group("nm")), int(m.group("nd")))]
    elif m.group("ey"):
        readings = [_iso(int(m.group("ey")), int(m.group("em")), int(m.group("ed")))]
    elif m.group("zy"):
        readings = [_iso(int(m.group("zy")), int(m.group("zm")), int(m.group("zd")))]
    elif m.group("cy"):
        readings = [_iso(*(_part(m.group(g)) for g in ("cy", "cm", "cd")))]
    elif m.group("ty"):
        run, year, month = m.group("trun"), int(m.group("ty")), int(m.group("tm"))
        readings = [_iso(year, month, int(run[:i])) for i in (1, 2) if i < len(run) and int(run[i:]) <= 23]
    else:
        run = m.group("run")
        year, rest = int(run[:4]), run[4:]
        splits = [(rest[:i], rest[i:]) for i in range(1, len(rest))]
        readings = [_iso(year, int(a), int(b)) for a, b in splits if not b.startswith("0") or len(b) == 2]
    unique = sorted({r for r in readings if r})
    if len(unique) == 1:
        return FoundDate(m.start(), m.end(), unique[0], 0.6, {"recovered": True, "raw": raw})
    return FoundDate(m.start(), m.end(), None, 0.3, {"broken": True, "raw": raw, "candidates": unique})


def date_role(text: str, start: int, end: int, in_signature: bool) -> tuple[DateRole, float]:
    """The role and how sure the context makes it."""
    before = text[max(0, start - 16) : start]
    same_line = text[max(text.rfind("\n", 0, start) + 1, start - 30) : start]
    for pattern, role in ROLE_LABEL:
        if pattern.search(same_line):
            return role, 0.92
    if in_signature or ISSUED_LABEL.search(before):
        return DateRole.ISSUED, 0.95
    if _AGENCY_THEN_DATE.search(text, max(0, start - 60), start):
        return DateRole.ISSUED, 0.85
    if not same_line.strip() and DATED_COURT_LINE.match(text, text.rfind("\n", 0, start) + 1):
        return DateRole.ISSUED, 0.8  # a site's record line: the ruling's date before its court and number
    # A date closing a line in running text is a wrap the unwrapper missed (photos skew line widths).
    after = _PARTY_WORDS.sub(lambda m: "□" * len(m.group(0)), text[end : end + 100].lstrip(" \t\n"))
    for pattern, role in ROLE_AFTER:
        if pattern.search(after[:30]):
            return role, 0.85
    for pattern, role in ROLE_CLAUSE:
        if pattern.search(after):
            return role, 0.75
    for pattern, role in ROLE_BEFORE:
        if pattern.search(before):
            return role, 0.75
    return DateRole.OTHER, 0.6


def _issue_date(
    items: list[tuple[FoundDate, DateRole, str]], penalty_dated: set[str] | None = None
) -> tuple[FoundDate, float] | None:
    """The signature's last date, else a labelled 裁判日期/处罚决定日期 (which may sit in metadata).
    `penalty_dated`: values under a 处罚决定日期 label, which outrank a publication's signature."""
    signed = [d for d, role, where in items if role is DateRole.ISSUED and where == "signature" and d.value]
    recorded = [d for d, role, where in items if where != "signature" and d.value in (penalty_dated or set())]
    if signed and recorded and recorded[0].value != signed[-1].value:  # kept for review: the two disagree
        return replace(recorded[0], extra={**recorded[0].extra, "alternatives": [signed[-1].value]}), 0.7
    if signed:
        others = {d.value for d, role, _ in items if role is DateRole.ISSUED and d.value} - {signed[-1].value}
        if others:  # a 裁判日期 field or a second signature disagrees: a reviewer decides
            return replace(signed[-1], extra={**signed[-1].extra, "alternatives": sorted(others)}), 0.7
        return signed[-1], 0.95
    labelled = [d for d, role, _ in items if role is DateRole.ISSUED and d.value]
    if not labelled:
        return None
    # a case book's 一审 and 二审审结时间: the last instance's is the document's (a reviewer confirms it when
    # it is not the first printed)
    latest = max(labelled, key=lambda d: str(d.value))
    return latest, 0.8 if latest is labelled[0] else 0.7


def _place(found: FoundDate, joined: str, in_meta: bool, in_sig: bool) -> tuple[DateRole, float, str]:
    """Role, how sure, and where the date stands (metadata, signature or running text)."""
    before = joined[max(0, found.start - 16) : found.start]
    if (in_meta and not ISSUED_LABEL.search(before)) or WEB_LABEL.search(before):
        return DateRole.OTHER, 0.9, "metadata"
    role, conf = date_role(joined, found.start, found.end, in_sig)
    return role, conf, "signature" if in_sig else "text"


_SENTENCE_MARK = re.compile(r"[。，,；;]")
_LIST_ITEM = re.compile(r"[ \t]*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]\D|[ \t]*[(（]\d{1,2}[)）]")
# What follows a signature date on a page printed as one line: the clerk, the seal, the certification.
_AFTER_SIGNATURE = re.compile(r"[ \t\u3000]*(?:书记员|法官助理|执行员|速录员|院印|印章|本件与原本核对无异|附[:：件])")


def _in_sentence(text: str, start: int, end: int) -> bool:
    """A date inside running text is a fact of the story even where a truncated page ends: a signature
    line holds the date alone, or after the issuer's name, never in a sentence that goes on after it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    rest = text[end : len(text) if line_end < 0 else line_end]
    # a date closed by a bracket stands in an aside of the sentence ((…施行时间(2008年1月1日),因此…)
    goes_on = re.match(r"[ \t]*(?:[)）〕\]][ \t]*[,，、；;]?[ \t]*)?[\u4e00-\u9fff\dA-Za-z《“‘「『]", rest)
    goes_on = goes_on and not _AFTER_SIGNATURE.match(rest)
    # an item of a list (7、卷宗2014年7月7日和2014年8月12) tells the story even where the copy is cut inside it
    return (bool(_SENTENCE_MARK.search(line)) and bool(goes_on)) or bool(_LIST_ITEM.match(line))


# The page publishes the decision (行政处罚决定公示, 公示期限:3个月): its signature dates the publication.
_PUBLICITY = re.compile(r"处罚(?:决定|信息|结果)?(?:信息)?公示|公示期限")


def _penalty_dated(joined: str, found_dates: list[FoundDate]) -> set[str]:
    """Values printed under a 处罚决定日期 label on their own line of a publicity page; a decision's own
    copy that carries such a field too is dated by its signature."""
    if not _PUBLICITY.search(joined):
        return set()
    return {
        found.value
        for found in found_dates
        if found.value and PENALTY_DATE_LABEL.search(joined[joined.rfind("\n", 0, found.start) + 1 : found.start])
    }


_Placed = tuple[FoundDate, int, int, bool, bool]  # date, original start and end, in web metadata, in signature


def _placed(
    joined: str,
    index: list[int],
    found_dates: list[FoundDate],
    metadata: list[tuple[int, int]],
    signature: tuple[int, int] | None,
) -> list[_Placed]:
    """Each date with its range in the reader's text and where it stands: web metadata, or the signature
    block (a date inside a sentence there is a fact of the story, not the signing)."""
    placed: list[_Placed] = []
    for found in found_dates:
        start, end = original_range(index, found.start, found.end)
        in_meta = any(s <= start < e for s, e in metadata)
        in_sig = bool(signature and signature[0] <= start < signature[1]) and not in_meta
        in_sig = in_sig and not _in_sentence(joined, found.start, found.end)
        placed.append((found, start, end, in_meta, in_sig))
    return placed


def _seal_score(doc: Doc, signature: tuple[int, int] | None) -> float:
    """The lowest OCR score of the signature block and the two lines above it.

    A seal stamped over the signature garbles the lines it covers; the date under it may
    read cleanly and still have lost a character (二十五日 read as 十五日), so a badly read
    neighbour line is evidence against the date too.  1.0 for born-digital text.
    """
    if not signature:
        return 1.0
    start = signature[0]
    for _ in range(2):
        start = doc._.text.rfind("\n", 0, max(0, start - 1)) + 1
    return ocr_confidence(doc, start, signature[1])


@Language.component("xianjie_dates")
def dates_component(doc: Doc) -> Doc:
    """Dates are read on the unwrapped text (a PDF line may end inside a date) and mapped back."""
    joined, index = unwrapped(doc)
    sections: dict[str, tuple[int, int]] = doc._.sections or {}
    metadata = doc._.metadata_spans or []
    signature = sections.get("signature")
    items: list[tuple[FoundDate, DateRole, str]] = []
    placed = _placed(joined, index, find_dates(joined), metadata, signature)
    signed_values = {found.value for found, _, _, _, in_sig in placed if in_sig and found.value}
    seal = _seal_score(doc, signature)
    for found, start, end, in_meta, in_sig in placed:
        role, role_conf, where = _place(found, joined, in_meta, in_sig)
        # a table copied cell by cell is read on the text as printed: the unwrapper may have joined its cells
        if where == "text" and _DATE_COLUMN.fullmatch(heading_above(doc._.text, start) or ""):
            role, role_conf = DateRole.ISSUED, 0.85
        found = FoundDate(start, end, found.value, found.confidence, found.extra)
        items.append((found, role, where))
        if where == "metadata" or (in_meta and role is not DateRole.ISSUED):  # the page's dates, not the document's
            continue
        if role is DateRole.ISSUED and where != "signature" and found.value in signed_values:
            continue  # a 裁判日期 field repeating the signature date is one date, not two
        extra = {"role": str(role), **found.extra}
        read = min(ocr_confidence(doc, start, end), seal if where == "signature" else 1.0)
        conf = found.confidence * read * (1.0 if found.confidence < 0.5 else role_conf)
        add_item(doc, "dates", Extracted(found.value, round(conf, 3), span_at(doc, start, end), extra=extra))
    issued = _issue_date(items, _penalty_dated(joined, find_dates(joined)))
    if issued is not None:
        found, conf = issued
        read = ocr_confidence(doc, found.start, found.end)
        if signature and signature[0] <= found.start < signature[1]:
            read = min(read, seal)
        conf = min(conf, found.confidence + 0.1) * read
        span = span_at(doc, found.start, found.end)
        set_field(doc, "issue_date", Extracted(found.value, round(conf, 3), span, extra=dict(found.extra)))
    return doc
