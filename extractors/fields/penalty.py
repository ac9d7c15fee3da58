"""What a penalty imposes: fine, confiscation, demolition, return of land, and the violation's area and site.

Values come from the decision part when there is one (the facts mention areas
and earlier orders, the party block mentions addresses) and the party block is
never read.  Choices:
- fine_amount: a stated total (共计/合计罚款…) wins; otherwise, when several
  items are fined separately, the sum, with extra {"items": [...]}.  The same
  amount written twice (小写 and 大写, or repeated in the payment instruction)
  counts once; per-unit rates (每平方米10元) are not fines.
- area_m2: 亩 × 666.6667 and 公顷 × 10000; of several areas (a total and its
  parts) the stated total, else the largest, preferring a figure written in
  square metres over a converted one that says the same.
Amounts are read by `parse_number` (Arabic with 万/亿, and Chinese numerals
including 大写 壹贰叁), which stated deadlines reuse for their day counts.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extractors.field_model import Extracted
from extractors.fields.numerals import ARABIC, CN_NUMERAL, parse_number
from extractors.fields.parties import flat_ocr, flat_sections, flat_span, flat_text, party_blocks, party_region
from extractors.pipeline import set_field
from models.vocab import DocType

_MONEY = re.compile(rf"(?P<num>{ARABIC}|[{CN_NUMERAL}]+)\s*(?P<big>[万亿])?\s*元")
_RATE_BEFORE = re.compile(r"每\s*(?:平方米|平米|㎡|m2|亩|公顷|立方米|吨|日|天)[^\d]{0,4}$")
_RATE_AFTER = re.compile(r"^\s*(?:/|每)\s*(?:平方米|平米|㎡|m|亩|立方)")
_FINE_BEFORE = re.compile(r"罚\s*款|罚\s*金")
_FINE_AFTER = re.compile(r"^\s*(?:整\s*)?(?:的)?\s*罚\s*款")
_NOT_FINE = re.compile(r"没收|违法所得|已缴|已交|缴纳了|执行费|受理费")
_TOTAL = re.compile(r"(?:共计|合计|总计|总额|共|总计罚款|合计罚款)\s*(?:罚款)?\s*(?:金额)?\s*(?:为)?\s*(?:人民币)?\s*$")

_AREA = re.compile(rf"(?P<num>{ARABIC}|[{CN_NUMERAL}点]+)\s*(?P<unit>平方米|平米|㎡|m2|m²|M2|亩|公顷)")
_AREA_FACTOR = {"亩": 2000 / 3, "公顷": 10_000.0}
_AREA_TOTAL = re.compile(r"(?:共计|合计|总计|总面积|共|总占地|总)[^\d,，。;；]{0,8}$")

_LOC_LABEL = re.compile(
    r"(?:违法地点|违法位置|违法用地位置|用地位置|土地坐落|坐落位置|坐落|地块位置|项目位置|具体位置|发生地点)"
    r"\s*[:：|]\s*(?P<loc>[^,，。;；|\n]{2,50})"
)
_ADMIN = r"(?:省|自治区|市|县|区|旗|镇|乡|街道|社区|村|组|庄|屯|路|街|巷|号|工业园|开发区|园区)"
_PLACE_CHAR = r"(?:(?![年月日在于的])[\u4e00-\u9fff\d\-])"
_LOC_CHAIN = re.compile(
    r"(?P<cue>位于|坐落于|坐落在|在|于|占用|占)\s*"
    rf"(?P<loc>(?:{_PLACE_CHAR}{{1,15}}?{_ADMIN})+(?:{_PLACE_CHAR}{{0,8}}?(?:东侧|西侧|南侧|北侧|以东|以西|以南|以北|附近|地块|河道|河段|河滩|水库|山坡|矿区))?)"
)
_LOC_CUT = re.compile(r"未经|擅自|非法|违法|修建|搭建|开挖|占用|动工|施工|私自|收到|接到|之日|日内|建设|集体|国有")
_LOC_VERB = re.compile(r"(?:查处|调查|巡查|检查|核查|发现|处理)")
_LOC_NEEDS = re.compile(r"县|区|镇|乡|村|街道|社区|组")
_VIOLATION_NEAR = re.compile(r"^[^。;；]{0,25}?(?:未经|擅自|非法|违法|占用|修建|建设|搭建|建房|开挖|采)")

_ORDERS: dict[str, re.Pattern[str]] = {
    "demolition": re.compile(
        r"(?:责令|限期|限你|限于|自行|依法|强制)[^。;；]{0,30}?拆除|拆除[^。;；]{0,30}?(?:建筑物|构筑物|设施|房屋)"
    ),
    "return_land": re.compile(r"退还[^。;；]{0,20}?土地|退还[^。;；]{0,10}?占用"),
    "confiscation": re.compile(r"(?<!不予)(?<!免予)(?<!不)没收"),
}
_DECISION_START = re.compile(
    r"(?:决定|处罚|处理)\s*如\s*下\s*[:：]?|作出如下[^。\n]{0,12}?[:：]|(?:给予|作出)以下[^。\n]{0,12}?[:：]|决定\s*[:：]"
)
_DECISION_END = re.compile(r"如(?:你|当事人)?[^。\n]{0,6}?不服|逾期不(?:申请|履行|缴纳)")
_PENALTY_FAMILY = {DocType.PENALTY_DECISION, DocType.PENALTY_NOTICE, DocType.STOP_ORDER, DocType.DEMAND_NOTICE}
_ORDERING = {*_PENALTY_FAMILY, None}  # None: type unknown, read the decision part anyway


def _ranges(doc: Doc) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """(facts-and-decision range, decision range or None), the party block and signature left out."""
    sections: dict[str, tuple[int, int]] = flat_sections(doc)
    text = flat_text(doc).text
    # From the end of the title on: the header of a letter already states facts, and
    # party addresses are kept out by party_blocks() rather than by a guessed boundary.
    start = sections["title"][1] if "title" in sections else 0
    end = sections["signature"][0] if "signature" in sections else len(text)
    if "dispositive" in sections:
        decision: tuple[int, int] | None = sections["dispositive"]
        end = max(end, sections["dispositive"][1])
    else:
        found = _DECISION_START.search(text, start, end)
        stop = _DECISION_END.search(text, found.end(), end) if found else None
        decision = (found.end(), stop.start() if stop else end) if found else None
    return (start, max(start, end)), decision


def _blocked(doc: Doc) -> list[tuple[int, int]]:
    """Where party names and addresses stand: the parties component's record, else the party block."""
    blocks = party_blocks(doc)
    return blocks if blocks is not None else [party_region(doc)]


def _free(blocked: list[tuple[int, int]], start: int, end: int) -> bool:
    return not any(s < end and start < e for s, e in blocked)


def _make(doc: Doc, value: object, confidence: float, start: int, end: int, **extra: object) -> Extracted:
    """A value with its span, its confidence lowered by the OCR score of the lines it sits on."""
    confidence = max(0.05, confidence * flat_ocr(doc, start, end))
    return Extracted(value=value, confidence=confidence, span=flat_span(doc, start, end), extra=dict(extra))


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(ch, 0, start) for ch in "。;；\n") + 1
    rights = [i for i in (text.find(ch, end) for ch in "。;；\n") if i >= 0]
    return left, min(rights) if rights else len(text)


def _fines(text: str, lo: int, hi: int) -> list[tuple[float, int, int, bool]]:
    fines: list[tuple[float, int, int, bool]] = []
    for match in _MONEY.finditer(text, lo, hi):
        clause_start, _ = _clause(text, match.start(), match.end())
        before = text[max(clause_start, match.start() - 25) : match.start()]
        after = text[match.end() : match.end() + 12]
        if _RATE_BEFORE.search(before) or _RATE_AFTER.search(after):
            continue
        if not (_FINE_BEFORE.search(before[-15:]) or _FINE_AFTER.search(after)):
            continue
        if _NOT_FINE.search(before[-10:]):
            continue
        value = parse_number(match.group("num") + (match.group("big") or ""))
        if value is None or value <= 0:
            continue
        fines.append((value, match.start(), match.end(), bool(_TOTAL.search(before))))
    return fines


def _fine_value(doc: Doc, lo: int, hi: int, base: float) -> Extracted | None:
    text = flat_text(doc).text
    fines = _fines(text, lo, hi)
    if not fines:
        return None
    totals = [f for f in fines if f[3]]
    if totals:
        value, start, end, _ = totals[0]
        return _make(doc, value, base * 0.95, start, end)
    distinct: dict[float, tuple[float, int, int, bool]] = {}
    for fine in fines:
        distinct.setdefault(fine[0], fine)
    items = list(distinct.values())
    if len(items) == 1:
        value, start, end, _ = items[0]
        return _make(doc, value, base * 0.9, start, end)
    parts = [{"value": v, "text": text[s:e]} for v, s, e, _ in items]
    total = round(sum(v for v, *_ in items), 2)
    return _make(doc, total, base * 0.7, items[0][1], items[-1][2], items=parts)


def _area_value(doc: Doc, lo: int, hi: int, base: float) -> Extracted | None:
    text = flat_text(doc).text
    blocked = _blocked(doc)
    found: list[tuple[float, bool, bool, int, int]] = []  # m2, is_total, written_in_m2, start, end
    for match in _AREA.finditer(text, lo, hi):
        if not _free(blocked, *match.span()):
            continue
        number = parse_number(match.group("num"))
        if number is None or number <= 0:
            continue
        unit = match.group("unit")
        area = number * _AREA_FACTOR.get(unit, 1.0)
        is_total = bool(_AREA_TOTAL.search(text[max(lo, match.start() - 12) : match.start()]))
        found.append((round(area, 2), is_total, unit not in _AREA_FACTOR, match.start(), match.end()))
    if not found:
        return None
    pool = [f for f in found if f[1]] or found
    best = max(pool, key=lambda f: f[0])
    if not best[2]:  # converted: a figure written in m² that says the same is the document's own
        same = [f for f in pool if f[2] and abs(f[0] - best[0]) <= best[0] * 0.02]
        best = same[0] if same else best
    confidence = base * (0.85 if best[1] or len(found) == 1 else 0.75)
    extra = {"alternatives": sorted({f[0] for f in found} - {best[0]})} if len(found) > 1 else {}
    return _make(doc, best[0], confidence, best[3], best[4], **extra)


def _location_value(doc: Doc, lo: int, hi: int, base: float) -> Extracted | None:
    text = flat_text(doc).text
    blocked = _blocked(doc)
    for labelled in _LOC_LABEL.finditer(text, lo, hi):
        start, end = labelled.span("loc")
        value = flat_text(doc).written(start, end)
        if value and _free(blocked, start, end):
            return _make(doc, value, base * 0.85, start, start + len(text[start:end].rstrip()))
    best: tuple[float, int, int, str] | None = None
    for match in _LOC_CHAIN.finditer(text, lo, hi):
        if not _free(blocked, *match.span()):
            continue
        loc = match.group("loc")
        cut = _LOC_CUT.search(loc)
        loc = loc[: cut.start()] if cut else loc
        verb = _LOC_VERB.match(loc)  # "在查处XX村…一案中": the verb is not part of the place
        skip = verb.end() if verb else 0
        loc = loc[skip:]
        if len(loc) < 3 or not _LOC_NEEDS.search(loc):
            continue
        sited = match.group("cue") in ("位于", "坐落于", "坐落在")
        score = 0.88 if sited or _VIOLATION_NEAR.search(text[match.start("loc") + len(loc) : hi]) else 0.6
        if best is None or score > best[0]:
            best = (score, match.start("loc") + skip, match.start("loc") + skip + len(loc), loc)
    if best is None:
        return None
    score, start, end, _ = best
    return _make(doc, flat_text(doc).written(start, end), base * score, start, end)


def _order_values(doc: Doc, lo: int, hi: int, base: float) -> dict[str, Extracted]:
    text = flat_text(doc).text
    found: dict[str, Extracted] = {}
    for name, pattern in _ORDERS.items():
        match = pattern.search(text, lo, hi)
        if match is None:
            continue
        c_start, c_end = _clause(text, match.start(), match.end())
        c_start, c_end = max(c_start, lo), min(c_end, hi)
        description = re.sub(r"^[一二三四五六七八九十\d]+[、.]", "", flat_text(doc).written(c_start, c_end))
        found[name] = _make(doc, True, base * 0.85, match.start(), match.end(), description=description[:160])
    return found


def _doc_type(doc: Doc) -> DocType | None:
    found = (doc._.fields or {}).get("doc_type")
    try:
        return DocType(str(found.value)) if found is not None else None
    except ValueError:
        return None


@Language.component("xianjie_penalty")
def find_penalty(doc: Doc) -> Doc:
    (lo, hi), decision = _ranges(doc)
    if hi <= lo:
        return doc
    doc_type = _doc_type(doc)
    # A ruling or an application recites the decision's figures: the same facts, slightly less sure.
    base = 1.0 if doc_type in _PENALTY_FAMILY else 0.95
    fine = _fine_value(doc, *decision, base) if decision else None
    if fine is None:
        fine = _fine_value(doc, lo, hi, base * 0.95)
    # Orders count only in the bureau's own decisions and notices; a court ruling or an
    # application recites them, and its own outcome is ruling_type.
    orders = _order_values(doc, *decision, base) if decision and doc_type in _ORDERING else {}
    if not orders and doc_type == DocType.STOP_ORDER:
        orders = _order_values(doc, lo, hi, base * 0.9)
    values: dict[str, Extracted | None] = {
        "fine_amount": fine,
        "area_m2": _area_value(doc, lo, hi, base),
        "location": _location_value(doc, lo, hi, base),
        **orders,
    }
    for name, value in values.items():
        if value is not None:
            set_field(doc, name, value)
    return doc
