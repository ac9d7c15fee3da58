"""Caps the confidence of a value that does not look like what its field holds.

Each extractor rates a value by the path that found it, and a path that is
sure on our samples can still cut a value badly on a layout it has not seen:
a clerk then trusts "邹X军性别" or "牌县人民政府" because it came with 0.9.
The checks here look only at the value's shape (and at what the document's
other fields say about it), whichever path produced it; a doubtful value keeps
its value and gets a confidence below review level plus the reason, so a person
looks at it.  A check never raises a confidence and never repairs a value.
Runs last, after every component has set its fields.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from extractors.field_model import Extracted
from extractors.fields.doc_type import classify_title
from extractors.fields.name_shapes import (
    core_name,
    ends_in_form_word,
    has_org_ending,
    holds_role_label,
    is_person_shaped,
    lost_place_head,
)
from extractors.fields.printed_text import TITLE_ENDINGS
from models.vocab import DocType, PartyRole

# Below any review threshold worth having (the settings default is 0.80), like the other
# "a person should look" paths of the extractors.
CEILING = 0.6
COURT_TYPES = frozenset({DocType.COURT_JUDGMENT, DocType.COURT_RULING, DocType.COURT_ACCEPTANCE})


@dataclass(frozen=True)
class Context:
    """What the document's other fields say, for checks that compare a value with them."""

    doc_type: str | None = None
    number_heads: tuple[str, ...] = ()


# ---- titles -------------------------------------------------------------------

# A title is cut at the start when it begins inside the word its kind opens with: 行政 lost its 行
# (政复议决定书), 林业 its 林, 刑事/民事 their first character.
_CUT_TITLE_START = re.compile(r"^(?:政(?!府|务|策)|业行政|事(?:判决|裁定|调解))")
# The endings a title finder knows; alone, most of them do not say what kind of document it is.
_BARE_KINDS = frozenset(TITLE_ENDINGS.split("|"))


def title_doubt(title: str) -> str | None:
    compact = re.sub(r"\s+", "", title)
    if _CUT_TITLE_START.match(compact):
        return "标题开头缺字"
    if compact in _BARE_KINDS and classify_title(compact) is None:
        return "标题未写明文书种类"  # a bare 决定书 or 通知书: what decides or notifies is cut off
    return None


# ---- parties and issuers ---------------------------------------------------------


# Words that point at a party instead of naming it (你公司, 该局, 本单位).
_POINTER = re.compile(r"[你您]|^(?:该|本|贵|其)(?:单位|公司|局|院|厂|村|镇|乡|人)$")


def name_doubt(name: str) -> str | None:
    """A party's name: a person's or a body's, with nothing of the form or the sentence around it."""
    core = core_name(name)
    if re.search(r"[A-Za-z]", core.replace("X", "")):
        return None  # a Latin name has shapes of its own
    if is_person_shaped(core):
        # 于, 向, 应 and 和 are surnames: a short name is doubted only for a form label in it (王某性别)
        return "名称末尾粘连了表格栏目名" if ends_in_form_word(core) else None
    if _POINTER.search(core):
        return "这是指代当事人的词，不是名称"
    if holds_role_label(core):
        return "名称中含有诉讼角色，可能粘连了句子或另一方当事人"
    if ends_in_form_word(core):
        return "名称末尾粘连了表格栏目名"
    if not has_org_ending(core):
        return "名称既不像人名，也不以单位名称常见的结尾结束"
    return None


# Sides that only an administrative body can take: the defendant of an administrative case
# (行政诉讼法 第二十六条), the applicant of a non-litigation enforcement (行政强制法 第五十三条), the
# respondent of a reconsideration.  A person's name there was cut from the wrong line.
_AGENCY_SIDES: frozenset[tuple[str | None, str]] = frozenset(
    {(str(t), str(PartyRole.DEFENDANT)) for t in (*COURT_TYPES, None)}
    | {(str(t), str(PartyRole.APPLICANT)) for t in (DocType.COURT_RULING, DocType.COURT_ACCEPTANCE)}
    | {(str(DocType.RECONSIDERATION_DECISION), str(PartyRole.RESPONDENT))}
)


def party_doubt(party: dict[str, Any], context: Context) -> str | None:
    name = str(party.get("name", ""))
    reason = name_doubt(name)
    if reason is None and is_person_shaped(name) and (context.doc_type, str(party.get("role"))) in _AGENCY_SIDES:
        return "这一方只能是行政机关，不会是个人"
    return reason


def issuer_doubt(issuer: str) -> str | None:
    lost = lost_place_head(issuer)
    if lost is not None:
        return f"机关名称开头的地名“{lost}”不完整"
    if not has_org_ending(issuer):
        return "机关名称不以机关常见的结尾结束"
    return None


# ---- document numbers --------------------------------------------------------------

_YEAR = re.compile(r"[(（〔\[【﹝]\s*(?:19|20)\d{2}\s*[)）〕\]】﹞]?")
# A court numbers its cases (2017)苏01行终393号 or, before 2016, (2014)海南一中环行终字第1号.
_COURT_YEAR = re.compile(r"[(（]\s*(?:19|20)\d{2}\s*[)）]")
_COURT_CODE = re.compile(
    r"\s*[\u4e00-\u9fff]{0,2}\d{0,4}(?:行|执|民|刑|赔|司|财|破|认|协|监|移|保|委|法)"
    r"|\s*[\u4e00-\u9fff]{1,8}?(?:行|执|民|刑)[\u4e00-\u9fff]{0,5}字第"
)
_SERIAL_ONLY = re.compile(r"\s*第?\s*[\d\-—－xX×]+\s*号?\s*")
# Words of a sentence or of a web page's chrome; an agency's abbreviation never holds them.
_SENTENCE_IN_HEAD = re.compile(
    r"收到|作出|根据|依据|依照|按照|机关|决定书|通知书|文件|印发|下发|内容|跳转|首页|位置|来源|发布|日期|时间|的|关于"
)
# Function words a sentence puts before a number it cites (且汴城国土…, 及汴城国土…).
FUNCTION_HEAD = re.compile(r"[且及并和与或即经见按据依以对由在为是了将被]{1,2}")


def is_court_number(number: str, year_in: re.Pattern[str] = _COURT_YEAR) -> bool:
    year = year_in.search(number)
    return year is not None and _COURT_CODE.match(number, year.end()) is not None


def number_head(number: str) -> str | None:
    """The issuer's abbreviation before the year (粤中沙溪执罚字 of 粤中沙溪执罚字〔2024〕1-004号)."""
    year = _YEAR.search(number)
    return re.sub(r"\s+", "", number[: year.start()]) if year else None


def number_doubt(number: str, context: Context, own: bool) -> str | None:
    """A document number (`own`) or a reference: nothing glued before it, an issuer's part where the
    shape needs one, and, for a court's own document, a court's case number."""
    year = _YEAR.search(number)
    if year is None:
        return None
    head = re.sub(r"\s+", "", number[: year.start()])
    rest = number[year.end() :]
    if is_court_number(number) and head:
        return "案号前粘连了其他文字"
    if _SENTENCE_IN_HEAD.search(head):
        return "文号前粘连了句子或网页文字"
    known = _longest_known_tail(head, context)
    if known and FUNCTION_HEAD.fullmatch(head[: len(head) - known]):
        return "文号前粘连了句子中的虚词"
    if len(head) <= 1 and _SERIAL_ONLY.fullmatch(rest):
        return "文号缺少机关代字"
    # (any bracket here: OCR reads a court's round bracket as 〔 too)
    if own and context.doc_type in COURT_TYPES and not is_court_number(number, _YEAR):
        return "法院文书的案号应为“(年份)法院代字+案件类型+序号”"
    return None


def _longest_known_tail(head: str, context: Context) -> int:
    """How much of `head` another number of the document has as its whole head (0 when none)."""
    return max((len(other) for other in context.number_heads if other != head and head.endswith(other)), default=0)


# ---- the component ------------------------------------------------------------------

# (field, what of its value to check, check)
_SCALAR_CHECKS: dict[str, Callable[[Any, Context], str | None]] = {
    "title": lambda value, _context: title_doubt(str(value)),
    "issuer": lambda value, _context: issuer_doubt(str(value)),
    "doc_number": lambda value, context: number_doubt(str(value), context, own=True),
}
_LIST_CHECKS: dict[str, Callable[[Any, Context], str | None]] = {
    "parties": party_doubt,
    "references": lambda value, context: number_doubt(str(value.get("doc_number", "")), context, own=False),
}


def context_of(scalars: dict[str, Any], references: Iterable[Any]) -> Context:
    """`scalars` maps a field to its plain value, `references` are plain reference dicts."""
    numbers = [scalars.get("doc_number")] + [ref.get("doc_number") for ref in references]
    heads = tuple(head for number in numbers if number and (head := number_head(str(number))) and len(head) >= 2)
    doc_type = scalars.get("doc_type")
    return Context(doc_type=str(doc_type) if doc_type is not None else None, number_heads=heads)


def doubt(field: str, value: Any, context: Context) -> str | None:
    """Why a value does not look like what `field` holds (shown to the reviewer), or None."""
    check = _SCALAR_CHECKS.get(field) or _LIST_CHECKS.get(field)
    return check(value, context) if check is not None else None


def cap(field: str, item: Extracted, context: Context, ceiling: float = CEILING) -> None:
    reason = doubt(field, item.value, context)
    if reason is not None and item.confidence > ceiling:
        item.confidence = ceiling
        item.extra["doubt"] = reason


@Language.component("xianjie_plausibility")
def plausibility_component(doc: Doc) -> Doc:
    scalars: dict[str, Extracted] = doc._.fields
    lists: dict[str, list[Extracted]] = doc._.lists
    context = context_of(
        {name: item.value for name, item in scalars.items()}, [ref.value for ref in lists.get("references", [])]
    )
    for name in _SCALAR_CHECKS:
        if name in scalars:
            cap(name, scalars[name], context)
    for name in _LIST_CHECKS:
        for item in lists.get(name, []):
            cap(name, item, context)
    return doc
