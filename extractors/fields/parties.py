"""Parties: who a document is about, each with a role, a kind and the identity details split off.

A party block names people and organisations after labels (当事人, 申请执行人,
被申请人…), in lines, in table rows (cells joined by spaces or " | ") or in one
line of a web copy.  What follows the name (性别, 住址, 身份证号, 统一社会信用代码)
describes it and is split off; 法定代表人 / 委托代理人 lines are never parties,
but a 法定代表人 belongs to the organisation before it.  A salutation
("XX公司：") names the addressee: the party in a notice to the violator
(催告书, 告知书, 责令…通知书), the applicant in a court's acceptance notice,
recipient_org (主送机关) in any other letter.  Referral letters and acceptance
notices have no party block; their subject is read from the first sentences.

The search stays inside the party block (header + parties sections, or the
text before the first sentence of facts) because the body repeats the same
labels in sentences ("申请执行人户县国土资源局于…向本院申请").

Name boundaries live in party_names.py; the text view every part-B component
reads (FlatText) lives in party_flat_text.py and is re-exported here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from extractors.field_model import Extracted
from extractors.fields import party_addressee, party_case_sides, party_form_rows, party_mentions
from extractors.fields.case_headline import case_title_line
from extractors.fields.cell_alignment import TABLE_PARTY_LABELS
from extractors.fields.cell_columns import heading_cells, row_cells
from extractors.fields.name_shapes import has_org_ending, is_person_shaped, is_plain_person
from extractors.fields.party_flat_text import FlatText, flat_ocr, flat_sections, flat_span, flat_text
from extractors.fields.party_names import (
    BAD_NAME,
    CLAUSE_START,
    LABEL,
    MASK,
    ORG_SUFFIX,
    ROLE_LABELS,
    comma_list_end,
    drop_gloss,
    first_instance_role,
    is_agency_name,
    is_bad_name,
    kind_of,
    mask_as_printed,
    masked_spelling_of,
    names_on_following_lines,
    read_name,
    role_of,
    skip_rule,
    split_names,
)
from extractors.fields.printed_text import REQUEST_HEADING, criminal_trial, line_end
from extractors.fields.sections import case_record_row
from extractors.fields.sections import find_parties as find_parties_section
from extractors.normalise import ADDRESSEE_LINE
from extractors.pipeline import add_item
from models.vocab import DocType, PartyKind, PartyRole

# Re-exported: the other part-B components read the flat text through this module.
__all__ = [
    "FlatText",
    "find_parties",
    "flat_ocr",
    "flat_sections",
    "flat_span",
    "flat_text",
    "party_blocks",
    "party_region",
]

# The person a bureau or court proceeds against is 当事人 in the decision but the
# respondent of an enforcement application, and the referred person of a referral.
_ROLE_BY_DOC_TYPE: dict[DocType, dict[PartyRole, PartyRole]] = {
    DocType.ENFORCEMENT_APPLICATION: {PartyRole.PARTY: PartyRole.RESPONDENT},
    DocType.COURT_RULING: {PartyRole.PARTY: PartyRole.RESPONDENT},
    DocType.COURT_ACCEPTANCE: {PartyRole.PARTY: PartyRole.RESPONDENT},
    DocType.CRIMINAL_REFERRAL: {PartyRole.PARTY: PartyRole.REFERRED_PERSON},
    DocType.CLUE_REFERRAL: {PartyRole.PARTY: PartyRole.REFERRED_PERSON},
}


_DETAILS: dict[str, re.Pattern[str]] = {
    "credit_code": re.compile(
        r"(?:统一社会信用代码|社会信用代码|信用代码|组织机构代码|注册号)\s*[:：|]?\s*"
        r"([0-9A-Za-z*×]{6,20}(?:-[0-9A-Za-z])?)"
    ),
    "id_number": re.compile(
        r"(?:公民身份号码|居民身份证号码|身份证号码|身份证号|身份证|证件号码)\s*(?:为|是)?\s*[:：|]?\s*([0-9Xx*×]{6,18})"
    ),
    "address": re.compile(
        CLAUSE_START + r"(?:住所地|住所|家庭住址|住址|经营地址|地址|经营场所|户籍所在地|现住址|现住|住(?!宅|房))"
        r"(?:\((?:住址|住所|地址)\))?\s*(?:在|于)?\s*[:：|]?\s*([^,，;；。|\n:：)]{2,60}?)"
        r"(?=\s*(?:[,，;；。|\n)]|\s{2}|$|联系电话|电话|邮编|身份证|法定代表人|负责人|统一社会|组织机构))"
    ),
    "legal_representative": re.compile(
        CLAUSE_START + r"(?:法定代表人|主要负责人|负责人|经营者)\s*[:：|]?\s*([^\s,，;；。|:：()]{1,20})"
    ),
}
_REP_TAIL = re.compile(r"(?:职务|职位|局长|总经理|经理|董事长|执行董事|主任|厂长|院长|村主任|书记|法人).*$")
# An agent's own address or id must not be read as the party's.
_AGENT = re.compile(CLAUSE_START + r"(?:委托(?:诉讼)?代理人|诉讼代理人|诉讼代表人|代理人|联系人|出庭应诉)")

# Sentences that open the facts once the party block is over (fallback when no sections).
_FACT_CUE = re.compile(
    r"一案|经查|经调查|经审查|现查明|违法事实|本院于|本院受理|本院认为|向本院|向我院|我局于|我局在|本局于|本机关|"
    r"你(?:单位|公司)?(?:于|在|未经|擅自)|因你|经研究|审理经过|违法地点|违法位置|违法面积|违法行为|案由|"
    r"(?:本局|我局|本机关)?决定如下|本局决定|处罚如下|"
    + REQUEST_HEADING
)
# What a form may fill the party label with when the name has a field of its own.
_PARTY_KINDS = frozenset({"个人", "自然人", "公民", "单位", "法人", "企业", "法人单位", "其他组织", "个体工商户"})
_NAME_FIELD = re.compile(r"(?:^|(?<=[\n,，;；|]))[ \t]*(?:姓名|名称|单位名称|企业名称)[ \t]*[:：][ \t]*")
# A form's other fields about the same party ("行政相对人代码:", "当事人类别:") name no one.
_SUB_FIELDS = frozenset({"个人姓名", "单位名称", "企业名称", "法人名称", "名称", "姓名"})
_NEXT_LINE = re.compile(r"[ \t]*\n\s*")
_NOT_NAMES = frozenset(ROLE_LABELS) | _SUB_FIELDS | {"代码", "类别", "类型", "证件类型", "证件号码"}
_TABLE_ROW = re.compile(
    r"(?:^|(?<=[\n|]))[ \t]*(?P<label>" + TABLE_PARTY_LABELS + r")(?:名称|姓名)[ \t]*"
    r"(?:[:：]|\||\n)[\s|]*"
)


# Whom a letter's salutation names: a notice to the violator addresses the party, a
# court's acceptance notice the applicant; other letters an agency (主送机关).
_SALUTATION_ROLE: dict[DocType, PartyRole] = {
    DocType.PENALTY_DECISION: PartyRole.PARTY,
    DocType.PENALTY_NOTICE: PartyRole.PARTY,
    DocType.STOP_ORDER: PartyRole.PARTY,
    DocType.DEMAND_NOTICE: PartyRole.PARTY,
    DocType.SERVICE_RECEIPT: PartyRole.PARTY,
    DocType.COURT_ACCEPTANCE: PartyRole.APPLICANT,
    DocType.RECONSIDERATION_DECISION: PartyRole.APPLICANT,  # a 不予受理 decision is addressed to the applicant
}
# Letters without a party block name their subject in the first sentences.
_MASKED_PERSON = r"[\u4e00-\u9fff]{1,3}?(?:某某|某|XX|××|\*\*|\*)"
# Each with how sure its cue makes it: a name followed by (男/女, …) is a person described as a suspect.
_BODY_PATTERNS: dict[DocType, tuple[tuple[PartyRole, re.Pattern[str], float], ...]] = {
    DocType.COURT_ACCEPTANCE: (
        (
            PartyRole.RESPONDENT,
            re.compile(
                r"申请(?:强制)?执行\s*(?P<name>[^,，。;；:：\s]{2,40}?)(?=非法|违法|擅自|未经|的?行政处罚|一案)"
            ),
            0.7,
        ),
    ),
    DocType.CRIMINAL_REFERRAL: (
        (
            PartyRole.REFERRED_PERSON,
            re.compile(
                r"(?:^|(?<=[,，。:：;；\n\s])|(?<=发现))(?P<name>"
                + _MASKED_PERSON
                + r"|[\u4e00-\u9fff·]{2,6}?)\s*\(\s*[男女]"
            ),
            0.82,
        ),
        # a letter without its 主送 line names whom it sends the case to in its last sentence
        # (已将案件涉及证据材料移送X市公安局Y支队)
        (
            PartyRole.RECIPIENT_ORG,
            re.compile(
                r"移送(?:至|给|到)?(?P<name>[\u4e00-\u9fff]{2,30}?(?:公安局|公安分局|分局|支队|大队|派出所|"
                r"人民检察院|监察委员会|纪律检查委员会))(?=[。,，;；]|处理|查处|侦查|$)"
            ),
            0.7,
        ),
    ),
    DocType.CLUE_REFERRAL: (
        (
            PartyRole.REFERRED_PERSON,
            re.compile(
                r"(?:书记|主任|村长|组长|站长|所长|局长|科长|队长|干部|工作人员|会计|委员|文书|镇长|乡长)\s*"
                r"(?P<name>" + _MASKED_PERSON + r"|[\u4e00-\u9fff]{2,3})"
                r"(?=对|利用|违规|涉嫌|在|为|收受|未|擅自|协助|滥用|玩忽|失职|不)"
            ),
            0.7,
        ),
    ),
}
_BODY_PATTERNS[DocType.CASE_REFERRAL] = _BODY_PATTERNS[DocType.CRIMINAL_REFERRAL]
# A referral may concern companies, each the subject of its own sentence of facts ("…,XX有限公司在未取得…").
_REFERRED_ORG = re.compile(
    r"(?:^|(?<=[,，。:：;；\n \t\u3000)）]))(?P<name>[\u4e00-\u9fff]{2,30}?"
    r"(?:有限责任公司|股份有限公司|有限公司|公司|厂|合作社|经济社|经济联合社|洗车场|养殖场|采石场|砂石场|石料场|"
    r"管理办公室|管理处|管理中心))"
    # then what it did, or when it did it (…经济社于2020年在…建设, …有限公司2014年10月份开工建设, …自2015年3月),
    # or what its doing broke (…洗车场的行为违反了…)
    r"(?=在未|未经|未取得|未办理|未完善|擅自|非法|违法|的(?:上述)?行为|[于自]?[ \t]*(?:19|20)\d{2}[ \t]*年)"
)

# A person the facts name as the one who acted (…,王某平在未经…审核同意…擅自…): a clause opens with the name.
_REFERRED_PERSON = re.compile(
    r"(?:^|(?<=[,，。:：;；\n]))(?P<name>(?![你我其该本])[\u4e00-\u9fff][\u4e00-\u9fff*×X某]{1,3}?)(?=在未经|未经|擅自)"
)


class _PartyBlocks:
    """Where parties and their identity details were read (flat offsets), so that later
    components do not take a party's address for the site of the violation."""

    KEY = "xianjie_party_blocks"

    @classmethod
    def add(cls, doc: Doc, start: int, end: int) -> None:
        doc.user_data.setdefault(cls.KEY, []).append((start, end))

    @classmethod
    def get(cls, doc: Doc) -> list[tuple[int, int]] | None:
        found = doc.user_data.get(cls.KEY)
        return list(found) if found is not None else None


def party_blocks(doc: Doc) -> list[tuple[int, int]] | None:
    """Flat-text ranges holding party names and identity details; None when the parties component did not run."""
    return _PartyBlocks.get(doc)


@dataclass
class _Party:
    role: PartyRole
    name: str
    start: int
    end: int
    confidence: float
    details: dict[str, str] = field(default_factory=dict)
    detail_spans: list[tuple[int, int]] = field(default_factory=list)


def party_region(doc: Doc) -> tuple[int, int]:
    """Where the party block is: the header and parties sections, else the text before the facts."""
    sections: dict[str, tuple[int, int]] = flat_sections(doc)
    text = flat_text(doc).text
    start = sections["header"][0] if "header" in sections else 0
    if "parties" in sections:
        start = min(start, sections["parties"][0])
    if "body" in sections:
        body = sections["body"][0]
        # A header with labels, or one that ends in an addressee line: the body that follows is facts,
        # and a 被处罚人 there is a word in a sentence or an evidence list.
        if LABEL.search(text, start, body) or ADDRESSEE_LINE.search(text, start, body):
            return start, _rewrapped_end(doc, sections, body)
    end = sections["parties"][1] if "parties" in sections else len(text)
    metadata = _flat_metadata(doc)
    label = next((m for m in LABEL.finditer(text, start, end) if not _case_card_list(m, metadata)), None)
    if label is None:  # a form (送达回证) or a block the sections missed: the first "label：" line
        label = next((m for m in LABEL.finditer(text, start) if m.group("sep").strip(" |")), None)
        end = sections["signature"][0] if "signature" in sections else len(text)
    # The block may run on through a one-line copy: stop it at the facts.
    after_title = sections["title"][1] if "title" in sections else start
    after_title = next((e for s, e in metadata if s <= after_title <= e), after_title)
    cue = _FACT_CUE.search(text, label.end() if label else max(start, after_title), end)
    return start, cue.start() if cue else end


def _case_card_list(label: re.Match[str], metadata: list[tuple[int, int]]) -> bool:
    """A site's case table lists every side under 当事人, without roles, before the document (全文) begins."""
    in_metadata = any(s <= label.start() < e for s, e in metadata)
    return in_metadata and re.sub(r"\s", "", label.group("label")) == "当事人"


def _rewrapped_end(doc: Doc, sections: dict[str, tuple[int, int]], body: int) -> int:
    """The party block's end, read again when the sections ended it at a line break that was only a soft
    wrap: a flattened PDF paragraph ("…南里岳国土⏎资源所所长。 … 被执行人张某。") runs on past it."""
    flat = flat_text(doc)
    if "parties" not in sections or not 0 < body < len(flat.text) or flat.origin[body] - flat.origin[body - 1] < 2:
        return body
    if "\n" not in doc._.text[flat.origin[body - 1] + 1 : flat.origin[body]]:
        return body
    block = find_parties_section(flat.text, sections["parties"][0])
    return max(body, block[1]) if block is not None else body


def _flat_metadata(doc: Doc) -> list[tuple[int, int]]:
    """Web metadata in flat offsets: a site's case table lists the parties (当事人) without their roles."""
    flat = flat_text(doc)
    return [(flat.from_doc(s), flat.from_doc(e)) for s, e in doc._.metadata_spans or []]


def _doc_type(doc: Doc) -> DocType | None:
    found = (doc._.fields or {}).get("doc_type")
    try:
        return DocType(str(found.value)) if found is not None else None
    except ValueError:
        return None


def _role_remap(doc: Doc) -> dict[PartyRole, PartyRole]:
    return _ROLE_BY_DOC_TYPE.get(_doc_type(doc) or DocType.OTHER, {})


def _not_a_cell_name(name: str) -> bool:
    """A table or form cell that holds no party's name: a rule, a sentence, another label, or a whole paragraph."""
    return is_bad_name(name) or bool(LABEL.match(name)) or len(name) > 50


def _details(flat: FlatText, start: int, end: int) -> tuple[dict[str, str], list[tuple[int, int]]]:
    tail = flat.text[start:end]
    found: dict[str, str] = {}
    spans: list[tuple[int, int]] = []
    for key, pattern in _DETAILS.items():
        match = pattern.search(tail)
        if match is None:
            continue
        value = flat.written(start + match.start(1), start + match.end(1))
        if key == "legal_representative":
            value = _REP_TAIL.sub("", value) or value
        found[key] = value
        spans.append((start + match.start(), start + match.end()))
    return found, spans


def _empty_field(text: str, label: re.Match[str], name_end: int) -> bool:
    """A form field left empty ("当事人:   法官:   文号:…"): what stands after its gap is the next field's label."""
    return text[name_end : name_end + 1] in (":", "：") and bool(re.search(r"[:：][ \t]+$", label.group(0)))


def _named_below_kind(text: str, start: int, end: int, limit: int) -> tuple[int, int]:
    """A form that fills the label with the party's kind ("当事人:个人", "当事人:单位") names the party in
    its own field below ("姓名:李某", "名称:XX公司"); the kind is no name.  A disclosure table copied cell
    by cell puts each sub-field's label on its own line, empty ones too ("个人姓名⏎单位名称⏎XX公司")."""
    if re.sub(r"\s+", "", text[start:end]) in _PARTY_KINDS:
        below = _NAME_FIELD.search(text, end, min(limit, end + 60))
        return read_name(text, below.end(), limit) if below is not None else (start, end)
    for _ in range(3):
        if re.sub(r"\s+", "", text[start:end]) not in _SUB_FIELDS:
            break
        next_line = _NEXT_LINE.match(text, end)
        if next_line is None or next_line.end() >= limit:
            break
        start, end = read_name(text, next_line.end(), limit)
    return start, end


# A judgment database's one-line case record (结案日期:… 当事人:A B C 案号:… 经办法院:…) lists everyone
# without a role: its 当事人 is no party label.
_CASE_RECORD_LINE = re.compile(
    r"案号[ \t]*[:：].*(?:经办|审理|承办)法院[ \t]*[:：]|(?:结案|裁判)日期[ \t]*[:：].*案号[ \t]*[:：]"
)


# A label whose own line runs into the attendance sentence is attendance_sides' to read.  Narrower than that
# reader's search (800 characters, across line breaks): a label line with the sentence below it still opens a
# party row.  Wider in one word: an agency's head who 出庭应诉 ends such a line too.
_IN_ATTENDANCE = re.compile(r"[^。\n]{0,300}?(?:" + party_case_sides.ATTENDED + r"|出庭应诉)")


def _line_at(text: str, at: int) -> str:
    return text[text.rfind("\n", 0, at) + 1 : line_end(text, at)]


def _labelled(doc: Doc, lo: int, hi: int, fallback: bool) -> list[_Party]:
    text = flat_text(doc).text
    metadata = _flat_metadata(doc)
    labels = [
        m
        for m in LABEL.finditer(text, lo, hi)
        if not any(s <= m.start() < e for s, e in metadata)
        and case_title_line(text, m.start()) is None
        and not _CASE_RECORD_LINE.search(_line_at(text, m.start()))
        and not case_record_row(m.group("label"), text, m.end())
        and not _IN_ATTENDANCE.match(text, m.start())  # 原告A的委托代理人B…到庭参加诉讼: read by attendance_sides
        and not any(s <= m.start() < e for s, e in heading_cells(text))  # a table's column heading (被处罚人 |)
    ]
    remap = _role_remap(doc)
    parties: list[_Party] = []
    for index, match in enumerate(labels):
        next_start = labels[index + 1].start() if index + 1 < len(labels) else hi
        name_start, name_end = read_name(text, match.end(), next_start)
        if is_bad_name(text[name_start:name_end].strip()):  # a table rule OCR read as 一 before the cell value
            name_start, name_end = read_name(text, skip_rule(text, name_start, next_start), next_start)
        if _empty_field(text, match, name_end):
            continue
        name_start, name_end = _named_below_kind(text, name_start, name_end, next_start)
        if match.group("bracket"):  # a record's field (〔原告〕A;B) lists its names on its line, split by ;
            if re.sub(r"\s", "", match.group("label")) == "当事人":
                continue  # 〔当事人〕 lists every side without a role
            name_end = min(next_start, line_end(text, name_start))
        listed_end = comma_list_end(text, name_end, next_start)
        raw = text[name_start:listed_end].replace(";", "、").replace("；", "、")
        if listed_end > name_end:  # 陈某元,陈某胜、陈某书: the comma joins co-parties too
            raw, name_end = raw.replace(",", "、", 1).replace("，", "、", 1), listed_end
        more = names_on_following_lines(text, name_end, next_start)
        tail_end = min([next_start, name_end + 400] + [s for s, _ in more[:1]])
        unit = _UNIT_ROW.search(text, name_end, tail_end)  # the unit's own details follow its row
        tail_end = unit.start() if unit else tail_end
        agent = _AGENT.search(text, name_end, tail_end)
        details, spans = _details(flat_text(doc), name_end, agent.start() if agent else tail_end)
        _PartyBlocks.add(doc, match.start(), max([name_end] + [end for _, end in spans]))
        confidence = 0.9 if match.group("sep") else 0.82
        if fallback:
            confidence -= 0.05
        in_story = _mid_sentence(text, match)
        for index, (piece_start, piece) in enumerate(split_names(raw, name_start)):
            name = drop_gloss(re.sub(r"\s+", "", piece))
            counted = _COUNTED_REST.search(piece)  # 原告赵某等人诉称: the others go unnamed
            if counted is not None:
                name, piece = _COUNTED_REST.sub("", name), piece[: counted.start()]
            told = in_story and not (has_org_ending(name) or is_plain_person(name))
            if told or is_bad_name(name, text[name_end : name_end + 12]) or len(name) > 50 or name in _NOT_NAMES:
                if index == 0 and told:
                    break  # a label inside the story (…,原告养殖区属于…, 原告养殖的海产品主要有花蛤、冬蟹) names no one
                continue
            role = _label_role(doc, match, name)
            role = remap.get(role, role)
            parties.append(_Party(role, name, piece_start, piece_start + len(piece), confidence, dict(details), spans))
        parties += _on_following_lines(doc, match, more, next_start, confidence)
    return parties


def _label_role(doc: Doc, label: re.Match[str], name: str) -> PartyRole:
    """A side's role by its label and bracket; an application to the procuratorate names its own sides
    (申请人 / 被申请人) and the bracket only tells the history (申请人(原审原告、二审上诉人))."""
    if _doc_type(doc) is DocType.SUPERVISION_APPLICATION:
        return role_of(label.group("label"))
    return first_instance_role(label.group("label"), label.group("note"), name)


def _mid_sentence(text: str, label: re.Match[str]) -> bool:
    """A label with no colon after a comma is a word of a sentence, not the start of a party's line."""
    before = text[: label.start()].rstrip(" \t")
    return not label.group("sep") and before.endswith((",", "，"))


# (a count, 戴某某等118人, is kept: it names the group as the court lists it)
_COUNTED_REST = re.compile(r"(?<=[\u4e00-\u9fff*×X])等人$")


def _on_following_lines(
    doc: Doc, label: re.Match[str], names: list[tuple[int, int]], limit: int, confidence: float
) -> list[_Party]:
    """Co-parties under a label's line, each with the details on its own line."""
    flat = flat_text(doc)
    remap = _role_remap(doc)
    found: list[_Party] = []
    for start, end in names:
        row_end = flat.text.find("\n", end, limit)
        details, spans = _details(flat, end, row_end if row_end > 0 else limit)
        _PartyBlocks.add(doc, start, max([end] + [e for _, e in spans]))
        name = drop_gloss(re.sub(r"\s+", "", flat.text[start:end]))
        role = _label_role(doc, label, name)
        found.append(_Party(remap.get(role, role), name, start, end, confidence - 0.05, details, spans))
    return found


def _table_rows(doc: Doc, lo: int, hi: int) -> list[_Party]:
    """A disclosure table names the party in a row of its own ("行政相对人名称 | X |"), often after the
    facts: the row label is a form's, never a word of a sentence, so it counts wherever it stands."""
    text = flat_text(doc).text
    remap = _role_remap(doc)
    found: list[_Party] = []
    for match in _TABLE_ROW.finditer(text):
        if lo <= match.start() < hi:
            continue
        limit = min(len(text), match.end() + 80)
        start, end = read_name(text, skip_rule(text, match.end(), limit), limit)
        name = re.sub(r"\s+", "", text[start:end])
        if _not_a_cell_name(name):
            continue
        role = role_of(match.group("label"))
        found.append(_Party(remap.get(role, role), name, start, end, 0.8))
        _PartyBlocks.add(doc, match.start(), end)
    return found


# a soft wrap may glue the row to the line above; 工作单位 is the person's employer
_UNIT_ROW = re.compile(r"(?<!工作)(?<!处罚)(?:单位名称|企业名称)[ \t]*[:：][ \t]*")


def _drop_closing_bracket(party: _Party) -> None:
    """A one-line copy glues a page's "[字体: ]" or a record's 〕 to the name after it (]文山某公司:)."""
    kept = party.name.lstrip(")]〕）】」』")
    party.start += len(party.name) - len(kept)
    party.name = kept


_SAME_LIST = re.compile(r"\s*、(?:[^、，,。;；:：\n]{1,20}、)*\s*")


def _namesake(flat: str, previous_end: int, party: _Party) -> bool:
    """Two people a site masked alike in one list (王**、王**; 吴**、蔡**、吴**): the second is no repeat."""
    return party_mentions.masked(party.name) and _SAME_LIST.fullmatch(flat, previous_end, party.start) is not None


def _masked_copy(party: _Party, parties: list[_Party]) -> bool:
    """A site that masks the body but not the headline names one side twice: the masked spelling is the
    same party."""
    return any(
        other.role is party.role and "*" not in other.name and masked_spelling_of(party.name, other.name)
        for other in parties
    )


def _name_run_on(party: _Party, parties: list[_Party]) -> bool:
    """A sentence read after a side's label ("第三人华学刚建成两间两层楼房一幢") when the same side is named
    alone elsewhere: the longer reading is that name with the sentence's words after it."""
    return not ORG_SUFFIX.search(party.name) and any(
        other.role is party.role and len(party.name) >= len(other.name) + 4 and party.name.startswith(other.name)
        for other in parties
    )


def _unit_rows(doc: Doc, found: list[_Party], hi: int) -> list[_Party]:
    """A penalty form's person fields (被处罚人姓名:朱某 …) may be followed by the unit the person runs
    (单位名称:XX家庭农场, 统一社会信用代码:…): that unit is penalised too."""
    flat = flat_text(doc)
    persons = [p for p in found if p.role is PartyRole.PARTY]
    if not persons:
        return []
    units = []
    for row in _UNIT_ROW.finditer(flat.text, persons[0].end, hi):
        start, end = read_name(flat.text, row.end(), min(hi, row.end() + 60))
        name = re.sub(r"\s+", "", flat.text[start:end])
        if ORG_SUFFIX.search(name) and not is_bad_name(name):
            details, spans = _details(flat, end, min(hi, end + 300))
            units.append(_Party(PartyRole.PARTY, name, start, end, 0.8, details, spans))
    return units


def _form_rows(doc: Doc, lo: int, hi: int) -> list[_Party]:
    """Parties a form names without a role label: "姓名:X" lines over identity lines in the party block,
    a disclosure table's 行政相对人名称 column anywhere."""
    flat = flat_text(doc)
    remap = _role_remap(doc)
    found: list[_Party] = []
    lines = party_form_rows.name_lines(flat.text, lo, hi)
    for index, (start, end) in enumerate(lines):
        name = flat.text[start:end]
        if _not_a_cell_name(name):
            continue
        limit = lines[index + 1][0] if index + 1 < len(lines) else min(hi, end + 150)
        details, spans = _details(flat, end, limit)
        _PartyBlocks.add(doc, start, max([end] + [e for _, e in spans]))
        role = remap.get(PartyRole.PARTY, PartyRole.PARTY)
        found.append(_Party(role, name, start, end, 0.75, details, spans))
    for label, cell_start, cell_end in party_form_rows.column_values(flat.text):
        _PartyBlocks.add(doc, cell_start, cell_end)
        for start, piece in split_names(flat.text[cell_start:cell_end], cell_start):  # 黄某某、周某某、…
            name = re.sub(r"\s+", "", piece)
            # a cell may stand under the wrong heading when one before it ran over two lines
            if _not_a_cell_name(name) or not (ORG_SUFFIX.search(name) or is_person_shaped(name)):
                continue
            role = role_of(label)
            found.append(_Party(remap.get(role, role), name, start, start + len(piece), 0.75))
    return found


def _salutations(doc: Doc, lo: int, hi: int) -> list[_Party]:
    """The addressee line ("XX公司：", "张某、李某：", or a masked name alone under the title)."""
    sections = flat_sections(doc)
    title_end = sections["title"][1] if "title" in sections else lo
    role = _SALUTATION_ROLE.get(_doc_type(doc) or DocType.OTHER, PartyRole.RECIPIENT_ORG)
    # Only a notice to the violator prints a bare name line as its addressee; elsewhere it is a heading.
    bare_after = title_end if role is PartyRole.PARTY else None
    flat = flat_text(doc).text
    found = party_addressee.addressees(flat, lo, hi, bare_after, _flat_metadata(doc))
    if not found and bare_after is not None and (hi == 0 or flat[hi - 1 : hi] == "\n"):
        found = party_addressee.glued_salutation(flat, hi)  # the body's first line opens with it
    # a name alone on its line in a table copied cell by cell is a column's value (法定代表人姓名), not whom
    # the letter addresses; the party column is read by _form_rows
    cells = [(start, end) for _, start, end in row_cells(flat)]
    return [
        _Party(_addressed_role(doc, role, name), name, start, start + len(name), confidence)
        for start, name, confidence in found
        if not any(s <= start < e for s, e in cells)
    ]


def _addressed_role(doc: Doc, role: PartyRole, name: str) -> PartyRole:
    """A document of no case kind of ours (a 闲置土地认定书, a 收回土地 decision) addressed to a company or a
    person is about that addressee, the party; addressed to an organ it is a letter to its recipient."""
    if (_doc_type(doc) or DocType.OTHER) is DocType.OTHER and not is_agency_name(name):
        return PartyRole.PARTY
    return role


def _to_extracted(doc: Doc, party: _Party) -> Extracted:
    written = re.sub(r"\s*\n\s*", "", flat_text(doc).written(party.start, party.end))  # a line broken inside it
    name = mask_as_printed(drop_gloss(written) or party.name)
    value: dict[str, str] = {"role": str(party.role), "name": name}
    value["kind"] = str(kind_of(party.name, party.details))
    for key in ("id_number", "credit_code", "address", "legal_representative"):
        if key in party.details:
            value[key] = party.details[key]
    confidence = party.confidence
    if value["kind"] == PartyKind.PERSON and len(MASK.sub("", party.name)) > 4:
        confidence -= 0.2
    confidence *= flat_ocr(doc, party.start, party.end)
    return Extracted(value=value, confidence=max(0.05, confidence), span=flat_span(doc, party.start, party.end))


# A ruling in a lawsuit (不予受理, 驳回起诉, 准许撤诉, a retrial petition) has plaintiff and defendant, not the
# applicant and respondent of an enforcement review: its case number or its opening sentence says which.
_LAWSUIT_NUMBER = re.compile(r"行(?:初|终|申|再|赔|监|辖)")
_REVIEW_NUMBER = re.compile(r"行审|非诉|行非|执")
_LAWSUIT_OPENING = re.compile(r"起诉|上诉|再审|撤诉|原告|诉被告")
_REVIEW_OPENING = re.compile(r"申请(?:强制)?执行|非诉")


def _lawsuit_ruling(doc: Doc) -> bool:
    own = doc._.fields.get("doc_number")
    number = str(own.value) if own is not None else ""
    if _REVIEW_NUMBER.search(number):
        return False
    if _LAWSUIT_NUMBER.search(number):
        return True
    text = flat_text(doc).text
    body = flat_sections(doc).get("body", (0, 0))[0]
    opening = text[body : body + 300]
    return bool(_LAWSUIT_OPENING.search(opening)) and not _REVIEW_OPENING.search(opening)


def _ruling_without_block(doc: Doc, found: list[_Party], has_block: bool) -> list[_Party]:
    """A ruling copy without its party block: the case-name headline names both sides, the facts the
    respondent; labels further down (裁判结果: 申请执行人XX局XX罚字…) are sentences, not a block."""
    text = flat_text(doc).text
    sections = flat_sections(doc)
    span = party_mentions.case_name(text, sections.get("headline"))
    names = party_mentions.headline_names(text, span) if span else None
    if names is not None and not has_block:
        outcome = sections.get("dispositive", (len(text), 0))[0]
        found = [p for p in found if p.start < outcome]
    roles = {p.role for p in found}
    if names is not None:
        for role, mention in zip((PartyRole.APPLICANT, PartyRole.RESPONDENT), names, strict=True):
            if role not in roles:
                spelled = party_mentions.unmasked(mention.name, text) or mention
                named = split_names(spelled.name, spelled.start)  # 张**、叶**: two respondents
                found += [_Party(role, name, at, at + len(name), 0.7) for at, name in named if len(name) >= 2]
                roles.add(role)
    if PartyRole.RESPONDENT not in roles:
        found += _respondent_in_body(doc)
    if PartyRole.APPLICANT not in roles:
        found += _applicant_in_body(doc)
    return found


def _applicant_in_body(doc: Doc) -> list[_Party]:
    """A ruling whose header was cut still opens its facts with the applicant ("申请人XX局于…向本院申请")."""
    text = flat_text(doc).text
    sections = flat_sections(doc)
    lo = sections["body"][0] if "body" in sections else 0
    hi = min(len(text), lo + 600)
    match = party_mentions.APPLICANT_MENTION.search(text, lo, hi)
    if match is None or BAD_NAME.search(match.group("name")):
        return []
    start, end = match.span("name")
    return [_Party(PartyRole.APPLICANT, match.group("name"), start, end, 0.7)]


def _respondent_in_body(doc: Doc) -> list[_Party]:
    """The facts name the respondent ("以被执行人XX合作社未经批准…"); the first unmasked mention is the fullest."""
    text = flat_text(doc).text
    sections = flat_sections(doc)
    hi = sections["signature"][0] if "signature" in sections else len(text)
    mentions = [
        m for m in party_mentions.RESPONDENT_MENTION.finditer(text, 0, hi) if not BAD_NAME.search(m.group("name"))
    ]
    if not mentions:
        return []
    # a site masks each mention its own way (河**发有限公司, 河南省*安房**限公司): the one showing most is kept
    shown = max(mentions, key=lambda m: len(MASK.sub("", m.group("name"))))
    match = next((m for m in mentions if not MASK.search(m.group("name"))), shown)
    start, end = match.span("name")
    return [_Party(PartyRole.RESPONDENT, match.group("name"), start, end, 0.7)]


def _named_in_body(doc: Doc) -> list[_Party]:
    """The subject of a letter that has no party block: the first person or company its body names."""
    text = flat_text(doc).text
    sections = flat_sections(doc)
    lo = sections["title"][1] if "title" in sections else 0
    hi = sections["signature"][0] if "signature" in sections else len(text)
    found: list[_Party] = []
    for role, pattern, confidence in _BODY_PATTERNS.get(_doc_type(doc) or DocType.OTHER, ()):
        match = pattern.search(text, lo, hi)
        if match is None or BAD_NAME.search(match.group("name")):
            continue
        start, end = match.span("name")
        details, spans = _details(flat_text(doc), end, min(hi, end + 120))
        _PartyBlocks.add(doc, start, max([end] + [e for _, e in spans]))
        found.append(_Party(role, match.group("name"), start, end, confidence, details, spans))
    if _doc_type(doc) in (DocType.CRIMINAL_REFERRAL, DocType.CASE_REFERRAL):
        for match in _REFERRED_ORG.finditer(text, lo, hi):
            if match.group("name") not in {p.name for p in found} and not BAD_NAME.search(match.group("name")):
                found.append(_Party(PartyRole.REFERRED_PERSON, match.group("name"), *match.span("name"), 0.7))
    return found


# Documents about a violator; a copy without party block or addressee still opens its facts with them.
_VIOLATOR_DOCS = frozenset(
    {DocType.PENALTY_DECISION, DocType.PENALTY_NOTICE, DocType.STOP_ORDER, DocType.DEMAND_NOTICE, DocType.OTHER}
)


def _subject_of_facts(doc: Doc) -> list[_Party]:
    """A bureau's case summary names no party by label: the company whose sentence opens the facts
    ("2016年，XX有限公司擅自在…开采"), or else the person they open a clause on and name throughout, is the one
    the case is against."""
    doc_type = _doc_type(doc) or DocType.OTHER
    if doc_type not in _VIOLATOR_DOCS:
        return []
    text = flat_text(doc).text
    sections = flat_sections(doc)
    lo = sections["title"][1] if "title" in sections else 0
    match = _REFERRED_ORG.search(text, lo, min(len(text), lo + 600)) or _acting_person(text, lo)
    if match is None or BAD_NAME.search(match.group("name")):
        return []
    role = _SALUTATION_ROLE.get(doc_type, PartyRole.PARTY)
    return [_Party(role, match.group("name"), *match.span("name"), 0.6)]


def _acting_person(text: str, lo: int) -> re.Match[str] | None:
    """The person the facts open on, when the text names that person again (the one the case is about is
    named throughout: 对王某平擅自改变林地用途的现场进行鉴定), not a word that happens to start a clause."""
    for match in _REFERRED_PERSON.finditer(text, lo, min(len(text), lo + 600)):
        name = match.group("name")
        if is_person_shaped(name) and not BAD_NAME.search(name) and text.count(name) >= 3:
            return match
    return None


_SIDES = (PartyRole.PLAINTIFF, PartyRole.DEFENDANT)


def _case_sides(doc: Doc, found: list[_Party], lawsuit_ruling: bool) -> list[_Party]:
    """A lawsuit's or 复议's sides the party block missed: a first-instance case-name headline, then the
    opening sentence ("原告A、B诉被告C…", "因不服被申请人D作出的…").  A labelled name that runs on
    into its sentence ("被告XX分局送达回证上显示") is cut back to the headline's spelling."""
    text = flat_text(doc).text
    sections = flat_sections(doc)
    body = sections["body"][0] if "body" in sections else 0
    hi = min(len(text), body + 1500)
    # The sections know where a site headline ends when a wrap or OCR glued the next heading onto it.
    found_headline = sections.get("headline")
    headline = party_case_sides.headline_sides(text, *found_headline, lawsuit_ruling) if found_headline else []
    headline = headline or party_case_sides.headline_sides(text, 0, min(len(text), 3000), lawsuit_ruling)
    for party in found:
        known = next((s for s in headline if s.role is party.role and party.name.startswith(s.name)), None)
        if known is not None and known.name != party.name and ORG_SUFFIX.search(known.name):
            party.name, party.end = known.name, party.start + len(known.name)
    roles = {p.role for p in found}
    # The opening sentence lists every side: it completes a headline's "A、B等" or a block a line break cut.
    suit = party_case_sides.suit_sentence_sides(text, 0, hi)
    # (a side the block masked and the headline spells out is the headline's: 单** in the facts, 单云年 above)
    sides = [
        s
        for s in _headline_spelt_by(headline, suit)
        if s.role not in roles or any(p.role is s.role and masked_spelling_of(p.name, s.name) for p in found)
    ]
    for role in _SIDES:
        have = {p.name for p in found if p.role is role}
        named = [s for s in suit if s.role is role]
        if role not in roles or have <= {s.name for s in named}:
            sides += named
    if (PartyRole.APPLICANT in roles and PartyRole.RESPONDENT not in roles) or (
        PartyRole.PLAINTIFF in roles | {s.role for s in sides} and PartyRole.DEFENDANT not in roles
    ):
        disputed = party_case_sides.disputed_decision_side(text, 0, hi)
        sides += [disputed] if disputed is not None else []
    sides += _appeared(text, roles | {s.role for s in sides}, hi, _doc_type(doc) is DocType.COURT_JUDGMENT)
    if roles & set(_SIDES) and PartyRole.THIRD_PARTY not in roles | {s.role for s in sides}:
        sides += party_case_sides.third_party_acts(text, 0, hi)
    if "dispositive" in sections:
        sides += party_case_sides.outcome_plaintiffs(text, *sections["dispositive"])
        if PartyRole.DEFENDANT not in roles | {s.role for s in sides}:
            sides += party_case_sides.outcome_defendants(text, *sections["dispositive"])
    if PartyRole.PLAINTIFF in roles | {s.role for s in sides}:  # a lawsuit: its claims name the plaintiffs
        sides += party_case_sides.claim_plaintiffs(text, 0, hi)
    names = {p.name for p in found}
    for side in sides:
        if side.name in names:
            continue
        spelled = party_mentions.unmasked(side.name, text) or party_mentions.placed(side.name, text) or side
        names |= {side.name, spelled.name}
        found.append(_Party(side.role, spelled.name, spelled.start, spelled.end, 0.7))
    return found


def _headline_spelt_by(
    headline: list[party_case_sides.Side], suit: list[party_case_sides.Side]
) -> list[party_case_sides.Side]:
    """A site's headline may glue the case's cause to a side ("…乡人民政府乡政府一审行政裁定书"): the opening
    sentence's shorter spelling of that organisation is the name, and the headline's is dropped."""
    return [
        s
        for s in headline
        if not any(
            t.role is s.role
            and (
                (s.name != t.name and s.name.startswith(t.name) and ORG_SUFFIX.search(t.name))
                or masked_spelling_of(s.name, t.name)  # 吕** in the headline, 吕*朝 in the opening sentence
            )
            for t in suit
        )
    ]


def _appeared(text: str, roles: set[PartyRole], hi: int, judgment: bool) -> list[party_case_sides.Side]:
    """A lawsuit's sides the block and the headline left out, from the sentence of who appeared in court;
    only read once one side of the lawsuit is known, or in a judgment whose copy lost its whole block (a
    site's 当事人信息 holding only the opening paragraph), so a 复议 or a decision is left alone."""
    if not roles & set(_SIDES) and not (judgment and not roles):
        return []
    return [s for s in party_case_sides.attendance_sides(text, 0, hi) if s.role not in roles]


@Language.component("xianjie_parties")
def find_parties(doc: Doc) -> Doc:
    doc.user_data[_PartyBlocks.KEY] = []
    if criminal_trial(doc._.text):  # the accused (被告人) and the prosecution are no sides of our cases
        return doc
    sections: dict[str, tuple[int, int]] = flat_sections(doc)
    lo, hi = party_region(doc)
    fallback = "parties" not in sections
    parties = _labelled(doc, lo, hi, fallback)
    # each later source adds only the names the earlier ones did not give
    more_sources = (
        _salutations(doc, lo, hi),
        _named_in_body(doc),
        _table_rows(doc, lo, hi),
        _unit_rows(doc, parties, hi),
    )
    for more in more_sources:
        seen = {p.name for p in parties}
        parties += [p for p in more if p.name not in seen]
    ruling = _doc_type(doc) is DocType.COURT_RULING
    lawsuit_ruling = ruling and _lawsuit_ruling(doc)
    if ruling and not lawsuit_ruling:
        parties = _ruling_without_block(doc, parties, "parties" in sections)
    if not parties:
        parties = _form_rows(doc, lo, hi)
    # (以下简称隆发公司): no name of its own, and no side the headline or opening sentence need not name
    aliases = party_case_sides.short_names(flat_text(doc).text)
    parties = _case_sides(doc, [p for p in parties if p.name not in aliases], lawsuit_ruling)
    if not parties:
        parties = _subject_of_facts(doc)
    flat = flat_text(doc).text
    ends: dict[tuple[PartyRole, str], int] = {}  # where each side's last kept mention ends
    for party in sorted(parties, key=lambda p: p.start):
        _drop_closing_bracket(party)
        key = (party.role, party.name)
        if (key in ends and not _namesake(flat, ends[key], party)) or party.name in aliases:
            continue
        if _masked_copy(party, parties) or _name_run_on(party, parties):
            continue
        ends[key] = party.end
        extracted = _to_extracted(doc, party)
        whole = party_mentions.unmangled(party.name, flat)
        if whole is None and ORG_SUFFIX.search(party.name):  # a site cut the place's first characters (州市城郊乡…)
            whole = party_mentions.uncut(party.name, flat)
        extracted.value["name"] = whole or extracted.value["name"]
        add_item(doc, "parties", extracted)
    return doc
