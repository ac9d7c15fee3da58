"""Stated deadlines: the time limits a document itself states ("自收到本决定书之日起十五日内").

The value is the phrase as written, from its anchor (自/从/在/于 … 之日起) to 内,
or just the count ("六个月内") when no anchor is written.  extra gives the count
and how it runs: {"days": N, "unit": "calendar_days" | "working_days"} or
{"months": N, "unit": "months"}; a fixed date ("在2017年3月1日前") gives
{"date": "2017-03-01"}.  The ledger computes legal deadlines from its own rule
table; these are what the document told its reader, for comparison.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extractors.field_model import Extracted
from extractors.fields.numerals import parse_number
from extractors.fields.parties import flat_ocr, flat_sections, flat_span, flat_text, party_region
from extractors.pipeline import add_item
from models.vocab import Counting

_COUNT = re.compile(
    r"(?P<num>\d+|[零〇一二两三四五六七八九十百]+)\s*(?P<unit>个\s*工作日|工作日|日|天|个\s*月)\s*(?:以)?\s*内"
)
_ANCHORED = re.compile(r"(?:自|从|在|于)[^自从在于,，。;；\n]{1,40}?(?:之日起|之日|后|起)\s*$")
_EVENT = re.compile(r"(?:收到|接到|送达|签收|知道|作出|公告)[^,，。;；\n]{0,30}?(?:之日起|之日|后|起)\s*$")
_CN_DATE_DIGITS = "〇○零OＯ0一二三四五六七八九"
_DATE_BEFORE = re.compile(
    r"(?:在|于|限|须|应)\s*(?P<date>(?P<y>\d{4}|["
    + _CN_DATE_DIGITS
    + r"]{4})\s*年\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})"
    r"\s*月\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)\s*(?:之前|以前|前)(?!后)"
)


def _clause_start(text: str, pos: int) -> int:
    return max(text.rfind(ch, 0, pos) for ch in "。;；\n,，") + 1


def _count_extra(num: float, unit: str) -> dict[str, object]:
    unit = unit.replace(" ", "")
    if unit.endswith("月"):
        return {"months": int(num), "unit": str(Counting.MONTHS)}
    counting = Counting.WORKING_DAYS if "工作日" in unit else Counting.CALENDAR_DAYS
    return {"days": int(num), "unit": str(counting)}


def _counts(text: str) -> list[tuple[int, int, dict[str, object], float]]:
    found: list[tuple[int, int, dict[str, object], float]] = []
    for match in _COUNT.finditer(text):
        num = parse_number(match.group("num"))
        if num is None or num <= 0 or num != int(num):
            continue
        before = text[_clause_start(text, match.start()) : match.start()]
        anchored = _ANCHORED.search(before) or _EVENT.search(before)
        start = match.start() - len(before) + anchored.start() if anchored else match.start()
        found.append((start, match.end(), _count_extra(num, match.group("unit")), 0.9 if anchored else 0.8))
    return found


_YEAR_DIGIT = {ch: i % 10 for i, ch in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0, "O": 0, "Ｏ": 0}


def _date_part(text: str) -> int | None:
    """A year, month or day in Arabic or Chinese numerals; years read digit by digit (二〇一七, 二O一七)."""
    if text.isascii() and text.isdigit():
        return int(text)
    if len(text) == 4:
        digits = [_YEAR_DIGIT.get(ch, int(ch) if ch.isdigit() else -1) for ch in text]
        return None if -1 in digits else int("".join(map(str, digits)))
    value = parse_number(text)
    return int(value) if value is not None else None


def _dates(text: str) -> list[tuple[int, int, dict[str, object], float]]:
    found: list[tuple[int, int, dict[str, object], float]] = []
    for match in _DATE_BEFORE.finditer(text):
        year, month, day = (_date_part(match.group(k)) for k in ("y", "m", "d"))
        if not (year and month and day) or not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        found.append((match.start(), match.end(), {"date": f"{year:04d}-{month:02d}-{day:02d}"}, 0.85))
    return found


@Language.component("xianjie_stated_deadlines")
def find_stated_deadlines(doc: Doc) -> Doc:
    text = flat_text(doc).text
    party_end = party_region(doc)[1]
    signature = flat_sections(doc).get("signature")
    seen: set[str] = set()
    for start, end, extra, confidence in sorted(_counts(text) + _dates(text), key=lambda item: item[0]):
        value = flat_text(doc).written(start, end)
        if value in seen:
            continue
        seen.add(value)
        if start < party_end or (signature and signature[0] <= start < signature[1]):
            confidence *= 0.7  # a time limit belongs in the body, not the party block or signature
        confidence *= flat_ocr(doc, start, end)
        add_item(doc, "stated_deadlines", Extracted(value, confidence, flat_span(doc, start, end), extra=extra))
    return doc
