"""A court ruling's outcome (ruling_type) and who carries out an allowed enforcement (executor).

Only the dispositive part decides: the reasoning (本院认为…不符合…), the appeal
instructions (…十五日内向上一级人民法院申请复议) and cited history use the same
words.  A ruling cut off before its dispositive part gets no ruling_type rather
than a guess.

Choices the ledger relies on:
- 驳回…申请 of an enforcement application is a refusal (refuse): the court
  declines to enforce, which starts the same clocks as 不准予执行.
- A split outcome (some items enforced, others not) is `enforce` with extra
  {"partial": true, "refused_items": [...], "enforced_items": [...]}: something
  is to be enforced, and the reviewer sees what was refused.
- When two executors share the work (本院执行罚款, 政府组织实施拆除) the executor is
  the one carrying out the demolition, the other goes in extra {"also": ...}.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extractors.field_model import Extracted
from extractors.fields.parties import flat_ocr, flat_sections, flat_span, flat_text
from extractors.normalise import PAGE_FOOTER
from extractors.pipeline import set_field
from models.vocab import DocType, Executor, RulingType

_DISPOSITIVE_START = re.compile(
    r"(?:裁定|决定|判决)\s*如\s*下\s*[:：]?|裁判结果\s*[:：]?"
    r"|(?:之|的)规定\s*[,，]\s*(?:本院)?裁定\s*(?:如\s*下)?\s*[:：]?|(?<=\n)\s*裁定\s*[:：]"
)
_REASONING = re.compile(r"本院认为")
_FINDING_THEN_OUTCOME = re.compile(r"决定(?:合法|正确)[^。]{0,10}?[,，]\s*(?P<outcome>(?:不)?[准準]予(?:强制)?执行)")
_FIRST_INSTANCE_VIEW = re.compile(r"(?:原审|一审)(?:法院)?(?:经审理|经审查)?认为")
# Sentences inside the dispositive part that are not the outcome.
_NOT_OUTCOME = re.compile(
    r"复议|(?<!撤回)上诉(?!人)|上一级人民法院|终审|受理费|诉讼费|申请费|负担|交纳|送达后|发生法律效力|即发生|立即生效"
)
_CLAUSE = re.compile(r"[^。;；\n]+")

# Ordered most specific first; a span claimed by an earlier pattern is not read again.
_OUTCOMES: tuple[tuple[RulingType, re.Pattern[str]], ...] = (
    # (a plaintiff who did not come is taken to withdraw: 本案按照原告X撤诉处理)
    (
        RulingType.WITHDRAWN,
        re.compile(r"[准準](?:许|予)[^。;；]{0,40}?撤(?:回|诉)|按(?:照)?[^。;；]{0,30}?撤(?:回(?:起诉|上诉|申请)?|诉)处理"),
    ),
    (RulingType.NOT_ACCEPTED, re.compile(r"不予受理|不予立案")),
    (RulingType.TERMINATE_ROUND, re.compile(r"终结[^。;；]{0,40}?本次\s*执行(?:程序)?")),
    (RulingType.TERMINATE, re.compile(r"终结\s*(?:[^。;；]{0,40}?的)?\s*(?:强制)?执行")),
    (RulingType.SUSPEND, re.compile(r"中止\s*(?:[^。;；]{0,40}?的)?\s*(?:强制)?执行")),
    (
        RulingType.REFUSE,
        re.compile(
            # (驳回…再审申请 / 复议申请 turns down a litigant, not an enforcement application)
            r"不\s*(?:[准準]予|[准準]许|予)\s*(?:强制)?\s*执行|驳回[^。;；]{0,40}?(?<!再审)(?<!复议)申请"
            r"|不[准準]予[^。;；]{0,40}?强制执行"
            # a copy cut off inside its outcome (…裁定如下:不准予强制执), a scan's page number under it
            r"|不\s*[准準]予\s*强制(?:\s*执)?\s*(?:" + PAGE_FOOTER + r")?\s*$"
        ),
    ),
    (
        RulingType.ENFORCE,
        re.compile(r"(?<!不)(?:[准準]予|[准準]许|予以)\s*(?:强制)?\s*执行|(?<!不)[准準]予[^。;；]{0,40}?强制执行"),
    ),
)
_EXECUTORS: tuple[tuple[Executor, re.Pattern[str]], ...] = (
    (Executor.APPLICANT, re.compile(r"由\s*申请(?:执行)?人[^。;；]{0,30}?(?:组织实施|实施|执行)")),
    (
        Executor.GOVERNMENT,
        re.compile(
            r"由[^。;；]{0,30}?(?:人民政府|政府|管理委员会|管委会|街道办事处)[^。;；]{0,12}?"
            r"(?:组织实施|负责实施|实施|执行|负责)"
        ),
    ),
    (
        Executor.COURT,
        re.compile(r"由\s*本院[^。;；]{0,8}?(?:执行|实施)|本院(?:将)?(?:依法)?强制执行|交(?:由)?本院执行|移送执行局"),
    ),
)
_EITHER = re.compile(r"或(?:者)?[^。;；]{0,12}?(?:人民政府|政府|本院|法院|申请(?:执行)?人)")
_DEMOLITION = re.compile(r"拆除|腾退|恢复|退还|清除|复垦")
_TITLE = re.compile(r"裁\s*定\s*书")


def dispositive_range(doc: Doc) -> tuple[int, int] | None:
    """The dispositive part: the sections component's, else from the last 裁定如下 after 本院认为."""
    sections: dict[str, tuple[int, int]] = flat_sections(doc)
    if "dispositive" in sections:
        return sections["dispositive"]
    text = flat_text(doc).text
    reasoning = _REASONING.search(text)
    starts = [
        m for m in _DISPOSITIVE_START.finditer(text, reasoning.start() if reasoning else 0) if not _recounted(text, m)
    ]
    end = sections["signature"][0] if "signature" in sections else len(text)
    if not starts:  # a copy cut down to its outcome: the court's finding on the decision, then 准予强制执行
        finding = _FINDING_THEN_OUTCOME.search(text, reasoning.start() if reasoning else 0)
        return (finding.start("outcome"), end) if finding and end > finding.start("outcome") else None
    start = starts[-1].end()
    return (start, end) if end > start else None


def _recounted(text: str, start: re.Match[str]) -> bool:
    """An appeal ruling retelling the first-instance ruling (原审法院认为…裁定不予受理…): not this ruling's outcome."""
    paragraph = text[text.rfind("\n", 0, start.start()) + 1 : start.start()]
    return bool(_FIRST_INSTANCE_VIEW.match(paragraph.strip()))


def _is_ruling(doc: Doc) -> bool:
    found = (doc._.fields or {}).get("doc_type")
    if found is not None:
        return str(found.value) == DocType.COURT_RULING
    return bool(_TITLE.search(flat_text(doc).text[:300]))


def _outcome_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of the dispositive part that state the outcome (appeal and cost clauses dropped)."""
    return [
        (start + m.start(), start + m.end())
        for m in _CLAUSE.finditer(text[start:end])
        if not _NOT_OUTCOME.search(m.group(0))
    ]


def _outcomes(text: str, clauses: list[tuple[int, int]]) -> list[tuple[RulingType, int, int, tuple[int, int]]]:
    found: list[tuple[RulingType, int, int, tuple[int, int]]] = []
    for c_start, c_end in clauses:
        claimed: list[tuple[int, int]] = []
        for kind, pattern in _OUTCOMES:
            for match in pattern.finditer(text, c_start, c_end):
                s, e = match.span()
                if any(s < ce and e > cs for cs, ce in claimed):
                    continue
                claimed.append((s, e))
                found.append((kind, s, e, (c_start, c_end)))
    return sorted(found, key=lambda item: item[1])


def _ruling_value(doc: Doc, found: list[tuple[RulingType, int, int, tuple[int, int]]], base: float) -> Extracted:
    text = flat_text(doc).text
    kinds = [kind for kind, *_ in found]
    extra: dict[str, object] = {}
    if RulingType.ENFORCE in kinds and RulingType.REFUSE in kinds and len(set(kinds)) == 2:
        chosen = next(item for item in found if item[0] == RulingType.ENFORCE)
        extra["partial"] = True
        extra["enforced_items"] = [text[slice(*c)].strip() for k, _, _, c in found if k == RulingType.ENFORCE]
        extra["refused_items"] = [text[slice(*c)].strip() for k, _, _, c in found if k == RulingType.REFUSE]
    else:
        chosen = found[0]
        others = sorted({str(k) for k in kinds if k != chosen[0]})
        if others:
            extra["alternatives"] = others
            base -= 0.3
    kind, start, end, _ = chosen
    confidence = base * flat_ocr(doc, start, end)
    return Extracted(value=str(kind), confidence=confidence, span=flat_span(doc, start, end), extra=extra)


def _executor(doc: Doc, clauses: list[tuple[int, int]], base: float) -> Extracted | None:
    text = flat_text(doc).text
    hits: list[tuple[Executor, int, int, bool]] = []
    for c_start, c_end in clauses:
        for who, pattern in _EXECUTORS:
            match = pattern.search(text, c_start, c_end)
            if match and _EITHER.search(match.group(0)):
                continue  # "由申请人或当地人民政府组织实施" leaves the choice open: no single executor
            if match and not any(h[1] < match.end() and h[2] > match.start() for h in hits):
                hits.append((who, match.start(), match.end(), bool(_DEMOLITION.search(text, c_start, c_end))))
    if not hits:
        return None
    hits.sort(key=lambda h: h[1])
    chosen = next((h for h in hits if h[3]), hits[0])
    extra: dict[str, object] = {}
    others = [str(h[0]) for h in hits if h[0] != chosen[0]]
    if others:
        extra["also"] = others[0]
    confidence = base * flat_ocr(doc, chosen[1], chosen[2])
    return Extracted(
        value=str(chosen[0]), confidence=confidence, span=flat_span(doc, chosen[1], chosen[2]), extra=extra
    )


@Language.component("xianjie_ruling")
def find_ruling(doc: Doc) -> Doc:
    if not _is_ruling(doc):
        return doc
    found_range = dispositive_range(doc)
    if found_range is None:
        return doc
    base = 0.92 if "dispositive" in flat_sections(doc) else 0.85
    clauses = _outcome_clauses(flat_text(doc).text, *found_range)
    found = _outcomes(flat_text(doc).text, clauses)
    if not found:
        return doc
    ruling = _ruling_value(doc, found, base)
    set_field(doc, "ruling_type", ruling)
    if ruling.value == RulingType.ENFORCE:
        executor = _executor(doc, clauses, base - 0.05)
        if executor is not None:
            set_field(doc, "executor", executor)
    return doc
