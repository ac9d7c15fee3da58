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

This module also owns the text view every part-B component reads (FlatText:
doc.text with soft line wraps removed, values "as written"), because the party
block is where wrapped lines first break a value.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from extractors.field_model import Extracted, Span
from extractors.fields import party_mentions
from extractors.fields.sections import FORM_LABELS
from extractors.normalise import GLOSS_BLANK, splits_word
from extractors.pipeline import add_item, ocr_confidence, span_at
from models.vocab import DocType, PartyKind, PartyRole

ROLE_LABELS: dict[str, PartyRole] = {
    "被申请执行人": PartyRole.RESPONDENT,
    "被申请人": PartyRole.RESPONDENT,
    "被执行人": PartyRole.RESPONDENT,
    "申请执行人": PartyRole.APPLICANT,
    "复议申请人": PartyRole.APPLICANT,
    "申请复议人": PartyRole.APPLICANT,
    "申请人": PartyRole.APPLICANT,
    "违法当事人": PartyRole.PARTY,
    "被处罚单位": PartyRole.PARTY,
    "被处罚行为人": PartyRole.PARTY,
    "被处罚人": PartyRole.PARTY,
    "当事人": PartyRole.PARTY,
    "行政相对人": PartyRole.PARTY,
    "原告": PartyRole.PLAINTIFF,
    "被告": PartyRole.DEFENDANT,
    "第三人": PartyRole.THIRD_PARTY,
    "被移送人": PartyRole.REFERRED_PERSON,
    "犯罪嫌疑人": PartyRole.REFERRED_PERSON,
    "主送机关": PartyRole.RECIPIENT_ORG,
    "主送": PartyRole.RECIPIENT_ORG,
    "受送达人": PartyRole.PARTY,
}
# The person a bureau or court proceeds against is 当事人 in the decision but the
# respondent of an enforcement application, and the referred person of a referral.
_ROLE_BY_DOC_TYPE: dict[DocType, dict[PartyRole, PartyRole]] = {
    DocType.ENFORCEMENT_APPLICATION: {PartyRole.PARTY: PartyRole.RESPONDENT},
    DocType.COURT_RULING: {PartyRole.PARTY: PartyRole.RESPONDENT},
    DocType.COURT_ACCEPTANCE: {PartyRole.PARTY: PartyRole.RESPONDENT},
    DocType.CRIMINAL_REFERRAL: {PartyRole.PARTY: PartyRole.REFERRED_PERSON},
    DocType.CLUE_REFERRAL: {PartyRole.PARTY: PartyRole.REFERRED_PERSON},
}

# A label counts only at the start of a clause, line or table cell.
_CLAUSE_START = r"(?<![^\s。;；,，|、])"


def _spaced(word: str) -> str:
    """A label as printed in forms that letter-space it ("当 事 人")."""
    return r"[ \t]?".join(re.escape(ch) for ch in word)


def role_of(label: str) -> PartyRole:
    return ROLE_LABELS[re.sub(r"\s+", "", label)]


_LABEL = re.compile(
    r"(?<![^\s。;；,，|、号])"  # a clause start, or straight after the case number of a one-line copy
    + r"(?P<label>"
    + "|".join(_spaced(w) for w in sorted(ROLE_LABELS, key=len, reverse=True))
    + r")(?:\s*\([^()\n]{1,12}\))?(?:\s*(?:姓名或名称|单位名称|姓名|名称))?(?:\s*\([^()\n]{1,8}\))?"
    r"\s*(?P<sep>(?:[:：|]\s*)*)"
)
_IDENTITY_WORDS = (
    r"性别|出生|民族|汉族|住所地|住所|住址|地址|身份证|公民身份|统一社会信用代码|社会信用代码|组织机构代码|"
    r"信用代码|注册号|法定代表人|主要负责人|负责人|经营者|委托|诉讼代表人|联系电话|电话|户籍|现住|职务|居民身份"
)
# Where a name stops: punctuation, a table cell break, an identity label, or a
# sentence verb that shows the label was part of a sentence after all.
_NAME_END = re.compile(
    r"[,，。;；:：\n|]|\s{2,}"
    r"|\s(?=(?:男|女|\d|[A-Z0-9]{6}|" + _IDENTITY_WORDS + "))"
    r"|(?=(?:" + _IDENTITY_WORDS + r"))"
    r"|(?=于\s*[\d〇○一二])|(?=向本院|向我院|不服|一案|申请强制执行|因\S|未经|擅自)"
    r"|(?=(?:" + FORM_LABELS + r")\s*[:：|])"
)
# Forms pad a two-character name to three characters' width ("李  某", "王　 芳").
_PADDED_NAME = re.compile(
    r"(?P<name>[\u4e00-\u9fff][ \t]{1,4}(?![男女])[\u4e00-\u9fff*×X])(?=[ \t]*(?:[,，。;；:：|\n(]|$|[ \t]{2}))"
)
_BAD_NAME = re.compile(
    r"\d+\s*(?:份|张|页|本|册|幅)|照片|笔录|复印件|现状图|影像图|勘测|"  # an item of an evidence list
    r"^(?:的|于|应|在|不服|对|向|因|未|已|及|与|和|是|为|等|人|均|逾期|如|不|拒|也|将|可|须)|^[\d\s]+$|^(?:信息|基本情况|情况|名称|姓名|签名|签字|签收|盖章|拒绝|拒签|本人)"
)
_ORG_SUFFIX = re.compile(
    r"(?:公司|局|厂|合作社|委员会|政府|中心|学校|小学|中学|大学|医院|院|所|站|场|队|部|处|店|社|协会|集团|"
    r"银行|企业|矿|商行|经营部|办事处|基地|园|会|委|馆|室|超市|联社|车间|工地|项目部|指挥部|管委会|公所|街道)$"
)
_TRAILING_PAREN = re.compile(r"\([^()]*\)$")
# Pinyin or a Latin transliteration a web copy puts in brackets after a name (张三(Zhang San), 王某(WANG)):
# a gloss, not part of the name.  Inside a name only a pinyin gloss (lower case or tone marks) is dropped,
# so a Latin part of a company name ("(HK)有限公司") stays.
_LATIN = r"A-Za-z\u00c0-\u024f\u01cd-\u01dc"
_GLOSS_END = re.compile(rf"\s*[(（]\s*[{_LATIN}][{_LATIN}\s·.'’-]*[)）]\s*$")
_GLOSS_PINYIN = re.compile(rf"\s*[(（]\s*(?=[^()（）]*[a-z\u00c0-\u024f])[{_LATIN}][{_LATIN}\s'’-]*[)）]")


def drop_gloss(name: str) -> str:
    return _GLOSS_PINYIN.sub("", _GLOSS_END.sub("", name))


_DETAILS: dict[str, re.Pattern[str]] = {
    "credit_code": re.compile(
        r"(?:统一社会信用代码|社会信用代码|信用代码|组织机构代码|注册号)\s*[:：|]?\s*"
        r"([0-9A-Za-z*×]{6,20}(?:-[0-9A-Za-z])?)"
    ),
    "id_number": re.compile(
        r"(?:公民身份号码|居民身份证号码|身份证号码|身份证号|身份证|证件号码)\s*(?:为|是)?\s*[:：|]?\s*([0-9Xx*×]{6,18})"
    ),
    "address": re.compile(
        _CLAUSE_START + r"(?:住所地|住所|家庭住址|住址|经营地址|地址|经营场所|户籍所在地|现住址|现住|住(?!宅|房))"
        r"\s*(?:在|于)?\s*[:：|]?\s*([^,，;；。|\n:：)]{2,60}?)"
        r"(?=\s*(?:[,，;；。|\n)]|\s{2}|$|联系电话|电话|邮编|身份证|法定代表人|负责人|统一社会|组织机构))"
    ),
    "legal_representative": re.compile(
        _CLAUSE_START + r"(?:法定代表人|主要负责人|负责人|经营者)\s*[:：|]?\s*([^\s,，;；。|:：()]{1,20})"
    ),
}
_REP_TAIL = re.compile(r"(?:职务|职位|局长|总经理|经理|董事长|执行董事|主任|厂长|院长|村主任|书记|法人).*$")
_MASK = re.compile(r"[*×X某]")
# An agent's own address or id must not be read as the party's.
_AGENT = re.compile(_CLAUSE_START + r"(?:委托(?:诉讼)?代理人|诉讼代理人|诉讼代表人|代理人|联系人)")

# Sentences that open the facts once the party block is over (fallback when no sections).
_FACT_CUE = re.compile(
    r"一案|经查|经调查|经审查|现查明|违法事实|本院于|本院受理|本院认为|向本院|向我院|我局于|我局在|本局于|本机关|"
    r"你(?:单位|公司)?(?:于|在|未经|擅自)|因你|经研究|审理经过|违法地点|违法位置|违法面积|违法行为|案由|"
    r"(?:本局|我局|本机关)?决定如下|本局决定|处罚如下"
)
_SALUTATION = re.compile(r"(?:^|(?<=\n)|(?<=号)|(?<=\s\s))\s*(?P<name>[^\s:：,，。;；|()\d]{2,40}?)\s*[:：]", re.M)
_NOT_ADDRESSEE = re.compile(
    r"(?:机构|日期|索引号|分类|文号|案号|时间|名称|主题词|号|人|期限|地点|电话|事由|案由|来源|附件|抄送|抄报|"
    r"标题|地址|方式|范围|备注|说明|情况|理由|依据|内容|结果|如下|经过|认为)$"
)

# A person's name as an addressee line ("张德利：", "苏*忠："): counted only when the text after it
# speaks to that person ("你于…", "经查，你…"), since a bare "XX：" line may be any label.
_PERSON_NAME = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff*×X·]{1,5}")
_ADDRESSED = re.compile(r"\s*[^。\n]{0,30}?你")


_ADDRESSEE_LINE = re.compile(r"^[ \t]*[^\s:：,，。;；|()]{2,40}[:：][ \t]*$", re.M)


# Whom a letter's salutation names: a notice to the violator addresses the party, a
# court's acceptance notice the applicant; other letters an agency (主送机关).
_SALUTATION_ROLE: dict[DocType, PartyRole] = {
    DocType.PENALTY_DECISION: PartyRole.PARTY,
    DocType.PENALTY_NOTICE: PartyRole.PARTY,
    DocType.STOP_ORDER: PartyRole.PARTY,
    DocType.DEMAND_NOTICE: PartyRole.PARTY,
    DocType.SERVICE_RECEIPT: PartyRole.PARTY,
    DocType.COURT_ACCEPTANCE: PartyRole.APPLICANT,
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
    r"(?:^|(?<=[,，。:：;；\n]))(?P<name>[\u4e00-\u9fff]{2,30}?(?:有限责任公司|股份有限公司|有限公司|公司|厂|合作社))"
    r"(?=在未|未经|未取得|未办理|擅自|非法|违法)"
)


# --- The text every part-B component reads: doc.text with soft line wraps removed. ---
# PDF text layers and OCR break lines at the page edge, mid-word ("第四十\n二条",
# "91610125MA6T\nX3K28Q"); a line that fills the width and does not end a sentence
# runs on into the next.  Offsets map back to doc.text for spans.
_HARD_END = re.compile(r"[。;；:：!！?？”\"〕]\s*$")
_NEW_BLOCK = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+\s*[、.]|\(\s*[一二三四五六七八九十\d]+\s*\)|\d+\s*[、.]|"
    + "|".join(sorted(ROLE_LABELS, key=len, reverse=True))
    + r"|法定代表人|负责人|委托|审判|书记员|执行员|附件|抄送|$)"
)


# Brackets a value keeps as the document wrote them (normalise() makes them ASCII for matching).
_WRITTEN_MARKS = frozenset("（）【】﹝﹞［］")


_SPLIT_LEFT = re.compile(r"(?:第|[0-9零〇一二两三四五六七八九十百千万]|[《〈])$")
_SPLIT_RIGHT = re.compile(r"^[0-9零〇一二两三四五六七八九十百千万]*(?:条|款|项|日|个月|号|元|平方米|亩|公顷)")


@dataclass(frozen=True)
class FlatText:
    text: str
    origin: tuple[int, ...]  # doc.text offset of each char of text, plus len(doc.text) at the end
    raw: str  # the reader's text at the same positions (before normalise)

    def written(self, start: int, end: int) -> str:
        """A value as written: normalised characters (simplified, ASCII digits), the document's own brackets,
        no whitespace."""
        chars = (self.raw[i] if self.raw[i] in _WRITTEN_MARKS else self.text[i] for i in range(start, end))
        return re.sub(r"\s+", "", "".join(chars))

    def to_doc(self, start: int, end: int) -> tuple[int, int]:
        return self.origin[start], (self.origin[end - 1] + 1 if end > start else self.origin[start])

    def from_doc(self, offset: int) -> int:
        return bisect.bisect_left(self.origin, offset)


def _width(line: str) -> int:
    return sum(1 if ord(ch) < 0x2E80 else 2 for ch in line.strip())


def _soft_breaks(text: str) -> set[int]:
    lines = text.split("\n")
    widths = [_width(line) for line in lines]
    wide = sorted(w for w in widths if w >= 40)
    full = wide[len(wide) // 2] if len(wide) >= 3 else None  # most lines of a wrapped page run the full width
    breaks: set[int] = set()
    pos = 0
    for index, line in enumerate(lines[:-1]):
        pos += len(line)
        nxt = lines[index + 1]
        # A break inside a number or an article ("第五十\n三条") is a wrap whatever the line's width.
        inside = (_SPLIT_LEFT.search(line) and _SPLIT_RIGHT.match(nxt)) or splits_word(line, nxt)
        addressee = _ADDRESSEE_LINE.fullmatch(nxt)  # "XX公司：" alone on a line starts a letter
        if not addressee and (
            inside
            or (
                full is not None
                and widths[index] >= 0.8 * full
                and "|" not in line  # table rows are joined by the reader on purpose
                and not _HARD_END.search(line)
                and not _NEW_BLOCK.match(nxt)
            )
        ):
            breaks.add(pos)
        pos += 1
    return breaks


def flat_text(doc: Doc) -> FlatText:
    """doc.text without soft wraps or blanked pinyin, computed once per Doc."""
    cached = doc.user_data.get("xianjie_flat_text")
    if isinstance(cached, FlatText):
        return cached
    text = doc._.text
    breaks = _soft_breaks(text)
    keep = [i for i in range(len(text)) if i not in breaks and text[i] != GLOSS_BLANK]
    result = doc._.read_result
    raw = result.text if result is not None and len(result.text) == len(text) else text
    flat = FlatText("".join(text[i] for i in keep), (*keep, len(text)), "".join(raw[i] for i in keep))
    doc.user_data["xianjie_flat_text"] = flat
    return flat


def flat_sections(doc: Doc) -> dict[str, tuple[int, int]]:
    flat = flat_text(doc)
    return {name: (flat.from_doc(s), flat.from_doc(e)) for name, (s, e) in (doc._.sections or {}).items()}


def flat_span(doc: Doc, start: int, end: int) -> Span:
    return span_at(doc, *flat_text(doc).to_doc(start, end))


def flat_ocr(doc: Doc, start: int, end: int) -> float:
    return ocr_confidence(doc, *flat_text(doc).to_doc(start, end))


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
        if _LABEL.search(text, start, body) or _ADDRESSEE_LINE.search(text, start, body):
            return start, body
    end = sections["parties"][1] if "parties" in sections else len(text)
    label = _LABEL.search(text, start, end)
    if label is None:  # a form (送达回证) or a block the sections missed: the first "label：" line
        label = next((m for m in _LABEL.finditer(text, start) if m.group("sep").strip(" |")), None)
        end = sections["signature"][0] if "signature" in sections else len(text)
    # The block may run on through a one-line copy: stop it at the facts.
    after_title = sections["title"][1] if "title" in sections else start
    after_title = next((e for s, e in _flat_metadata(doc) if s <= after_title <= e), after_title)
    cue = _FACT_CUE.search(text, label.end() if label else max(start, after_title), end)
    return start, cue.start() if cue else end


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


def _read_name(text: str, start: int, limit: int) -> tuple[int, int]:
    """The name's char range after a label: up to the first terminator."""
    window = text[start : min(limit, start + 80)]
    padded = _PADDED_NAME.match(window)
    if padded:  # "李  某": a two-character name padded to the width of three
        return start, start + padded.end("name")
    stop = _NAME_END.search(window)
    end = start + (stop.start() if stop else len(window))
    name = text[start:end]
    # A bracket that opens identity details ("张某(男，汉族…)") is not part of the name.
    paren = name.find("(")
    if paren >= 0:
        inner_end = name.find(")", paren)
        inner = name[paren + 1 : inner_end] if inner_end > 0 else name[paren + 1 :]
        if inner_end < 0 or re.search(r"[,，:：]|" + _IDENTITY_WORDS + "|男|女|简称|下称", inner):
            end = start + paren
    gloss = _GLOSS_END.search(text, start, end)
    if gloss is not None and gloss.start() > start:
        end = gloss.start()
    while end > start and text[end - 1] in " 　":
        end -= 1
    return start, end


def _kind(name: str, details: dict[str, str]) -> PartyKind:
    core = _TRAILING_PAREN.sub("", name)
    if _ORG_SUFFIX.search(core) or "credit_code" in details or "legal_representative" in details:
        return PartyKind.ORGANIZATION
    if len(_MASK.sub("", core)) > 5 and "·" not in core:
        return PartyKind.ORGANIZATION
    return PartyKind.PERSON


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


def _labelled(doc: Doc, lo: int, hi: int, fallback: bool) -> list[_Party]:
    text = flat_text(doc).text
    metadata = _flat_metadata(doc)
    labels = [m for m in _LABEL.finditer(text, lo, hi) if not any(s <= m.start() < e for s, e in metadata)]
    remap = _ROLE_BY_DOC_TYPE.get(_doc_type(doc) or DocType.OTHER, {})
    parties: list[_Party] = []
    for index, match in enumerate(labels):
        next_start = labels[index + 1].start() if index + 1 < len(labels) else hi
        name_start, name_end = _read_name(text, match.end(), next_start)
        raw = text[name_start:name_end]
        role = role_of(match.group("label"))
        role = remap.get(role, role)
        tail_end = min(next_start, name_end + 400)
        agent = _AGENT.search(text, name_end, tail_end)
        details, spans = _details(flat_text(doc), name_end, agent.start() if agent else tail_end)
        _PartyBlocks.add(doc, match.start(), max([name_end] + [end for _, end in spans]))
        confidence = 0.9 if match.group("sep") else 0.82
        if fallback:
            confidence -= 0.05
        for piece_start, piece in _split_names(raw, name_start, role):
            name = drop_gloss(re.sub(r"\s+", "", piece))
            if not name or _BAD_NAME.search(name) or len(name) > 50 or name in ROLE_LABELS:
                continue
            parties.append(_Party(role, name, piece_start, piece_start + len(piece), confidence, dict(details), spans))
    return parties


def _split_names(raw: str, start: int, role: PartyRole) -> list[tuple[int, str]]:
    """Co-parties joined by 、 ("张某某、李某某") are separate parties; 主送 lists agencies the same way."""
    pieces: list[tuple[int, str]] = []
    offset = 0
    for piece in raw.split("、"):
        stripped = piece.strip()
        if stripped:
            pieces.append((start + offset + piece.index(stripped), stripped))
        offset += len(piece) + 1
    if len(pieces) > 1 and all(len(p) <= 30 for _, p in pieces):
        return pieces
    return [(start, raw.strip())] if raw.strip() else []


def _salutations(doc: Doc, lo: int, hi: int) -> list[_Party]:
    """The addressee line ("XX公司：", "户县人民法院：") before the body."""
    found: list[_Party] = []
    for match in _SALUTATION.finditer(flat_text(doc).text, lo, hi):
        name = match.group("name")
        if name in ROLE_LABELS or _NOT_ADDRESSEE.search(name) or _LABEL.match(name):
            continue
        if re.search(_IDENTITY_WORDS, name):
            continue
        text = flat_text(doc).text
        line_end = text.find("\n", match.end())
        # "XX公司：" alone on its line is how a letter names its addressee; inside a line it may be a label.
        alone = not text[match.end() : line_end if line_end >= 0 else len(text)].strip()
        person = alone and _PERSON_NAME.fullmatch(name) and _ADDRESSED.match(text, match.end())
        if not (_ORG_SUFFIX.search(name) or (len(name) <= 4 and _MASK.search(name)) or person):
            continue
        start = match.start("name")
        role = _SALUTATION_ROLE.get(_doc_type(doc) or DocType.OTHER, PartyRole.RECIPIENT_ORG)
        found.append(_Party(role, name, start, start + len(name), 0.85 if alone else 0.7))
        break
    return found


def _to_extracted(doc: Doc, party: _Party) -> Extracted:
    name = drop_gloss(flat_text(doc).written(party.start, party.end)) or party.name
    value: dict[str, str] = {"role": str(party.role), "name": name}
    value["kind"] = str(_kind(party.name, party.details))
    for key in ("id_number", "credit_code", "address", "legal_representative"):
        if key in party.details:
            value[key] = party.details[key]
    confidence = party.confidence
    if value["kind"] == PartyKind.PERSON and len(_MASK.sub("", party.name)) > 4:
        confidence -= 0.2
    confidence *= flat_ocr(doc, party.start, party.end)
    return Extracted(value=value, confidence=max(0.05, confidence), span=flat_span(doc, party.start, party.end))


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
                found.append(_Party(role, spelled.name, spelled.start, spelled.end, 0.7))
                roles.add(role)
    if PartyRole.RESPONDENT not in roles:
        found += _respondent_in_body(doc)
    return found


def _respondent_in_body(doc: Doc) -> list[_Party]:
    """The facts name the respondent ("以被执行人XX合作社未经批准…"); the first unmasked mention is the fullest."""
    text = flat_text(doc).text
    sections = flat_sections(doc)
    hi = sections["signature"][0] if "signature" in sections else len(text)
    mentions = [
        m for m in party_mentions.RESPONDENT_MENTION.finditer(text, 0, hi) if not _BAD_NAME.search(m.group("name"))
    ]
    if not mentions:
        return []
    match = next((m for m in mentions if not _MASK.search(m.group("name"))), mentions[0])
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
        if match is None or _BAD_NAME.search(match.group("name")):
            continue
        start, end = match.span("name")
        details, spans = _details(flat_text(doc), end, min(hi, end + 120))
        _PartyBlocks.add(doc, start, max([end] + [e for _, e in spans]))
        found.append(_Party(role, match.group("name"), start, end, confidence, details, spans))
    if _doc_type(doc) in (DocType.CRIMINAL_REFERRAL, DocType.CASE_REFERRAL):
        for match in _REFERRED_ORG.finditer(text, lo, hi):
            if match.group("name") not in {p.name for p in found} and not _BAD_NAME.search(match.group("name")):
                found.append(_Party(PartyRole.REFERRED_PERSON, match.group("name"), *match.span("name"), 0.7))
    return found


@Language.component("xianjie_parties")
def find_parties(doc: Doc) -> Doc:
    sections: dict[str, tuple[int, int]] = flat_sections(doc)
    lo, hi = party_region(doc)
    doc.user_data[_PartyBlocks.KEY] = []
    fallback = "parties" not in sections
    parties = _labelled(doc, lo, hi, fallback)
    seen = {p.name for p in parties}
    parties += [p for p in _salutations(doc, lo, hi) if p.name not in seen]
    seen = {p.name for p in parties}
    parties += [p for p in _named_in_body(doc) if p.name not in seen]
    if _doc_type(doc) is DocType.COURT_RULING:
        parties = _ruling_without_block(doc, parties, "parties" in sections)
    keys: set[tuple[PartyRole, str]] = set()
    for party in sorted(parties, key=lambda p: p.start):
        if (party.role, party.name) in keys:
            continue
        keys.add((party.role, party.name))
        add_item(doc, "parties", _to_extracted(doc, party))
    return doc
