"""Finds the parts of a document (title, header, parties, body, dispositive, signature) around the web page's
metadata blocks that site_metadata finds.

Every later component asks "where am I?" before trusting a cue: a date in the
signature block is the issue date, a date in web metadata is not; a number in
the header is the document's own, one in the body is cited.  The finder works
on lines when the reader kept them and falls back to sentence cues for web
copies that arrive as one long line.  Ranges are char offsets in doc.text;
a missing key means the part was not found.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extractors.fields.case_headline import case_title_line, looks_like_case_name
from extractors.fields.printed_text import (
    LETTER_SPACE,
    NOT_A_TITLE_AFTER,
    REQUEST_HEADING,
    SPACED_BARE_DECISION_TITLE,
    TITLE_BRACKET_WORD,
    TITLE_ENDINGS,
    compact,
    line_end,
    spaced,
    spaced_words,
)
from extractors.fields.site_metadata import META_LABELS, TABLE_WORDS, info_table, metadata_spans
from extractors.normalise import PAGE_FOOTER, original_range, unwrapped, unwrapped_offset
from models.vocab import PRINTED_ROLE_LABELS

if not Doc.has_extension("metadata_spans"):
    Doc.set_extension("metadata_spans", default=None)

# Labels of form cells (送达回证, 立案审批表); a table flattened to text glues them to the value
# before them ("王**送达地点：…"), so a name or an agency stops where one begins.
FORM_LABELS = (
    "送达地点|送达文书|送达方式|送达时间|送达日期|送达人|受送达人签|签收人|见证人|备注|"
    "联系电话|联系地址|文书名称|案件名称|承办人"
)

_TITLE_CORE = re.compile(
    # an announcement, notice or decision a government titles by its subject (关于依法关闭…煤矿的决定), a
    # line of its own (what follows it is no word of a sentence, nor the 》 of a citation); the issuer's line
    # may end on 关于 (融安县人民政府关于⏎开展…的通告)
    r"关于(?:[^。\n]{2,80}?(?:\n[^。\n]{1,40}?)?|[ \t]*\n[^。\n]{2,60}?)的(?:公告|通告|通知|决定)"
    r"(?![\u4e00-\u9fff,，、。；;:：》”\"])|"
    r"(?:(?:关于[^。\n]{2,60}?|[\u4e00-\u9fffA-Za-z×*](?:"
    + LETTER_SPACE
    + r"(?:[\u4e00-\u9fffA-Za-z×*]|"
    + TITLE_BRACKET_WORD
    + r")){0,30}?)"
    + LETTER_SPACE
    + ")?"
    + "(?:"
    + "|".join(spaced(w) for w in TITLE_ENDINGS.split("|"))
    + r")"
)
# A page's field that names the document (信息名称: …决定书).
_TITLE_LABEL = re.compile(spaced_words("信息名称|文件名称|标题|名称") + r"[ \t]*(?:[:：][ \t]*\|?|\|)[ \t]*")
# Courts title a document by its kind (行政判决书), never 行政案件判决书: that is a site's column name.
_SITE_COLUMN = re.compile(r"案件(?:判决|裁定)书$")
# A case record's next line (案号:…, 来源:…) that a reader joined onto the headline ending in its kind.
_GLUED_RECORD = re.compile(
    r"(?<=书)(?:[(（]\d{1,2}[)）])?[ \t]*(?:(?:案号|" + META_LABELS + r")[ \t]*[:：]"
    r"|[〔\[](?:案由|案号|案件字号|审理法院|审结日期|审理程序|文书类型)[〕\]])"  # a database's 〔案由〕 field
)
_COURT_LINE = re.compile(r"[\u4e00-\u9fff]{2,30}人民法院")
# A newspaper or site headline of an agency's public notice: the agency, then what it announces.
_AGENCY_NOTICE = re.compile(r"[\u4e00-\u9fff]{2,25}?(?:人民检察院|人民法院|人民政府|局)[\u4e00-\u9fff]{2,20}公告")
_AGENCY_PREFIX = re.compile(
    # (not a sentence's verb before the agency: 收到X人民法院行政裁定书后, 不服X局处罚决定书)
    r"^(?!收到|接到|收悉|不服|根据|依据|依照|按照)[\u4e00-\u9fffA-Za-z×*]{2,30}?(?:人民法院|人民检察院|人民政府|自然资源局|自然资源和规划局|规划和自然资源局|"
    r"国土资源局|国土资源分局|资源局|公安局|分局|委员会|监察委员会|纪律检查委员会|管理局|执法局|局|院|"
    r"办事处|管理委员会|管委会|执法大队|大队|支队|"
    r"(?:省|自治区|市|县|区|旗)(?=行政|民事|刑事))"  # a court's place without 人民法院 (浙江省平阳县行政判决书)
)

# A party block opens with a role label; an addressee's, a served person's or a suspect's label opens none,
# and an inspection or a 复议's other side is labelled without a role of its own.
_NOT_BLOCK_OPENERS = frozenset({"主送", "主送机关", "受送达人", "犯罪嫌疑人", "被处罚行为人"})
PARTY_LABELS = "|".join(
    sorted(
        (set(PRINTED_ROLE_LABELS) - _NOT_BLOCK_OPENERS) | {"被检查人", "被申请复议人"}, key=lambda w: (-len(w), w)
    )
)
# A label that goes on into another word (第三人民医院, 申请人民法院, 当事人员) opens no party block.
_PARTY_WORDS = spaced_words(PARTY_LABELS)
_PARTY_WORDS += r"(?![民员们知])"
_PARTY_LABEL = re.compile(
    "(?:(?:^|(?<=[\n。；;号]))"  # 号: a one-line copy runs the case number into the first label
    + LETTER_SPACE
    + r"(?P<open>[〔【\[])?"  # a law database's record field (〔被告〕A;B)
    + _PARTY_WORDS
    + LETTER_SPACE
    + r"(?(open)[〕】\]])"
    + r"(?:[:：,，]|\s)?"
    + "|(?:(?<![\u4e00-\u9fff])|(?<=[号書书]))"
    + _PARTY_WORDS
    + LETTER_SPACE
    + "[:：])",
    re.M,
)
# A role word that opens a sentence ("当事人应当在…", "当事人逾期不…") labels no one.
_SENTENCE_AFTER = re.compile(r"\s*(?:应当|应|逾期|如|在|于|不|未|拒|也|将|可|须|必须|的|对|向|已|因|均|和|与)")
_IDENTITY_LINE = re.compile(
    r"^\s*(?:法定代表人|负责人|主要负责人|(?:一、?二审|一审|二审|再审)?(?:委托代理人|委托诉讼代理人|诉讼代理人|代理人|委托人)|住所地|住所|住址|地址|"
    r"出庭应诉|出庭负责人|应诉负责人|行政机关负责人|行政负责人|(?:诉讼|复议|共同)?代表人|经营者|经营人|投资人|"
    # the procuratorate's officers in a public-interest suit, the agency's head who attends for it
    r"(?:参加诉讼|出庭)的?(?:检察员|检察官|行政机关负责人)|"
    r"(?:上列|以上|上述)?(?:[二两三四五六七八九十\d]{1,2}[位名个]?)?"  # 以上两上诉人的共同委托代理人
    r"(?:被上诉人|上诉人|原告|被告|被申请人|再审申请人|申请人|第三人)的?(?:共同)?(?:特别授权)?委托|"
    r"特别授权委托|执行事务合伙人|"
    r"身份证|公民身份号码|证件类型|证件号码|统一社会信用代码|组织机构代码|性别|出生|民族|联系电话|电话|职务|现住|户籍|经营场所|工作单位|"
    r"[男女][，,、]|(?:姓名|名称|单位名称|企业名称)\s*[:：])"  # a form's name field under "当事人:个人"
)
# A co-party printed under the labelled one without the label: a person described (张某二，男，…; or the
# rest of a name a PDF line broke: 原告陈良⏎城，男，…) or an organisation followed by its details.
_CO_PARTY_LINE = re.compile(
    r"^\s*(?:[\u4e00-\u9fff][\u4e00-\u9fff*×X·]{0,4}\s*[,，(（]\s*(?:男|女|性别)"
    r"|[\u4e00-\u9fff()（）]{4,40}?(?:公司|厂|合作社|委员会|中心|局)\s*[,，]\s*(?:住所地|统一社会信用代码|法定代表人|负责人))"
)
# A hacked site's advertising line injected between the lines of the text (365bet开户网_…体育在线赌博_…官网):
# no sentence punctuation, a gambling word.
_SPAM_LINE = re.compile(
    r"^[^,，。:：;；]*(?:bet\d*|赌博|博彩|娱乐城|百家乐|老虎机|彩票|棋牌|开户网)[^,，。:：;；]*$", re.I
)
# Sentences that open the facts once the party block is over.
_FACT_CUE = re.compile(
    r"一案|经查|经调查|经审查|现查明|违法事实|本院于|本院受理|本院认为|本院经|向本院|向我院|我局于|我局在|我局经|本局于|"
    r"本机关|你(?:单位|公司|局)?(?:于|在|未经|擅自|的)|因你|经研究|审理经过|案由[:：]|根据群众举报|"
    + REQUEST_HEADING
    + "|"
    # not a birth or a death date in an identity line (生于1976年5月12日, 男,于2016年1月14日死亡)
    r"(?<!生)(?<!出生)[于在]\d{4}年\d{1,2}月(?![^。\n]{0,8}?(?:死亡|去世|出生))"
)
_DISPOSITIVE_START = re.compile(
    r"(?:裁定|决定|判决|处罚决定|处理决定|处罚)如下" + LETTER_SPACE + r"[:：]?|(?:作出|给予)如下[^。\n]{0,12}?[:：]|"
    r"(?:特此)?建议[:：]|决定[:：]|裁定[:：]|判决[:：]|"
    r"(?:^|\n)[ \t]*(?:裁判结果|处理结果|判决结果|裁定结果)[ \t]*(?:\n|[:：])"
)
_DISPOSITIVE_END = re.compile(
    r"如(?:你|当事人|申请人|被执行人|申请执行人)?[^。\n]{0,6}?不服|不服本(?:裁定|决定|判决)|"
    r"本裁定(?:书)?(?:送达后|自送达)|申请复议一次|可在收到本|逾期不(?:申请|履行)|"
    r"请于收到本|请在收到本|请你单位"
)
_COURT_SIGN = re.compile(
    "(?:" + "|".join(spaced(w) for w in ("审判长", "代理审判员", "审判员", "人民陪审员", "执行员", "书记员")) + ")"
)
_REASONS = re.compile(r"(?:本院|法院)(?:经审理)?(?:认为|查明)|(?:判决|裁定)如下|诉称|辩称")
_CN = "〇○Oo0零一二两三四五六七八九十"
# Signature dates, including OCR's damaged ones (year under the seal, 日 read as 曰 or 月).
_DATE_ANY = re.compile(
    rf"(?:\d{{4}}|[{_CN}]{{1,4}})\s*年\s*(?:\d{{1,2}}|[{_CN}]{{1,3}})\s*月\s*(?:\d{{1,2}}|[{_CN}]{{1,3}})"
    r"\s*(?:[日曰目月]|(?=[ \t|]*(?:\n|$)))"
)
# (OCR may glue a receipt's label under the signature onto the date line: …局2018年7月9日当事人：)
_SIGN_AFTER = re.compile(
    r"(?:书\s*记\s*员|审\s*判|执\s*行\s*员|附\s*件|抄\s*送|\(?\s*(?:盖章|印章|公章)"
    r"|(?:当事人|签收人|受送达人|收件人)(?:签[字名收章])?\s*[:：]\s*$)"
)
# Distribution lines after the signature (抄送：XX人民检察院) name other bodies, not the issuer.
_COPY_TO = re.compile(r"(?:^|\n|(?<=日))\s*(?:抄\s*送|抄\s*报|报\s*送|分\s*送)\s*[:：]", re.M)


# A news page's credit lines after the document (责编:…, 来源:X融媒体中心) name the site's staff, not the issuer.
_PAGE_CREDIT = re.compile(r"(?:^|\n)[ \t]*(?:责编|责任编辑|编辑|审核|校对|供稿|来源)[ \t]*[:：]", re.M)


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append((pos, pos + len(raw)))
        pos += len(raw) + 1
    return out


# A decision's title line printed without its 书 (行政处罚决定) under a page headline that has it.
_BARE_DECISION = re.compile(r"(?m)^[ \t]*(?P<title>" + SPACED_BARE_DECISION_TITLE + r")[ \t]*$")


def find_title(text: str, skip: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The document's own title: a line that is a decision's title without its 书, or else the first title
    phrase near the top."""
    found = _first_title(text, skip)
    bare = _BARE_DECISION.search(text, found[0] if found else 0, min(len(text), 600))
    if bare is None or (found is not None and compact(text[found[0] : found[1]]) == compact(bare.group("title"))):
        return found
    if found is not None and lead_start(text, found[0], skip) == lead_start(text, bare.start(), skip):
        return found
    return bare.span("title")


def _first_title(text: str, skip: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first title phrase near the top, outside metadata; a web page's case-name headline
    ("A与B非诉执行审查行政裁定书") gives way to the document's own title printed after it."""
    limit = min(len(text), 400)
    for span_start, span_end in skip:
        if span_start < limit:
            limit = max(limit, min(len(text), span_end + 400))
    first = _title_from(text, 0, limit, skip)
    if first is None:
        return None
    later = _title_from(text, first[1], min(len(text), first[1] + 400), skip)
    if is_headline(text, first, skip):
        # the page may print its headline again (in its title bar, then over the text): no title of its own
        while later and is_headline(text, later, skip):
            later = _title_from(text, later[1], min(len(text), later[1] + 400), skip)
        return later
    head = compact(text[first[0] : first[1]])
    if _runs_on(text, first[1]):
        own_line = _glued_title(text, first) or _own_line_title(text, first, skip)
        if own_line and _lost_first_character(head, compact(text[own_line[0] : own_line[1]])):
            return first  # the headline, glued to its number by OCR, is the whole copy of the cut header
        if own_line is None and _in_sentence(text, first[1]):
            return None  # …时限为自督办通知书下发之日起60日内。: a document named in a sentence
        return own_line or first
    # the same headline printed again (a 标题 value OCR read without its colon, then the page's own)
    while later and compact(text[later[0] : later[1]]) == head:
        later = _title_from(text, later[1], min(len(text), later[1] + 400), skip)
    # "张某某行政处罚决定书" over "XX局 行政处罚决定书": a page headline naming the party, then the title
    own = compact(text[later[0] : later[1]]) if later else ""
    named = later and len(head) > len(own) and head.endswith(own) and not _lost_first_character(head, own)
    return later if named else first


def _lost_first_character(head: str, own: str) -> bool:
    """One character more is no party name: a letter-spaced header that lost its first character
    under a page headline printing it whole (行政复议决定书 over 政复议决定书)."""
    return len(head) == len(own) + 1 and head.endswith(own)


def _metadata_title(text: str, metadata: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A page that prints no title of its own still names the document in its 信息名称 / 标题 field."""
    for start, end in metadata:
        for label in _TITLE_LABEL.finditer(text, start, end):
            match = _TITLE_CORE.match(text, label.end(), end)
            if match and len(compact(match.group(0))) <= 30 and not NOT_A_TITLE_AFTER.match(text, match.end()):
                return match.start(), match.end()
    return None


def is_headline(text: str, title: tuple[int, int], skip: list[tuple[int, int]]) -> bool:
    return _headline_start(text, title, skip) is not None


def _headline_start(text: str, title: tuple[int, int], skip: list[tuple[int, int]]) -> int | None:
    """Where the case-name headline ending in `title` starts: on its line, or on the line above
    when a PDF wrapped the headline just before its kind (…土地行政处罚一⏎审行政判决书)."""
    start = lead_start(text, title[0], skip)
    if looks_like_case_name(compact(text[start : title[1]])):
        return start
    if start == 0 or compact(text[start : title[0]]) or text[start - 1] != "\n":
        return None
    above = lead_start(text, start - 1, skip)
    line = compact(text[above : start - 1])
    if line and not re.search(r"[。，,;；:：]$", line):
        return above if looks_like_case_name(line + compact(text[start : title[1]])) else None
    return None


def find_headline(text: str, skip: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A copy that prints only the site's headline has no title; the headline still names its kind."""
    first = _title_from(text, 0, min(len(text), 400), skip)
    start = _headline_start(text, first, skip) if first is not None else None
    if first is not None and start is not None:
        return start, first[1]
    return _headline_line(text, skip)


# A site's category before a case name: "行政强制:", "行政处罚：" (a cause of action, then the name).
_CASE_CATEGORY = re.compile(r"(?:行政|资源|土地|城建)[\u4e00-\u9fff]{1,6}[:：](?=[^:：]{4,}(?:裁定|判决)书?$)")


def _headline_line(text: str, skip: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A headline line the title finder passes over: a case name listing parties with 、
    ("A、B等行政一审行政判决书"), or an agency's notice ("XX人民检察院督促履行检察建议公告")."""
    for line_start, end in _lines(text[: min(len(text), 1500)]):
        start = lead_start(text, end, skip)  # web metadata glued before it on the line is not part of it
        cut = next((meta for meta, _end in skip if line_start < meta < end), None)
        if cut is not None and not _inside(line_start, skip):  # or glued after it (…判决书(2)来源:…)
            start, end = line_start, cut
        if _inside(start, skip):
            continue
        if glued := _GLUED_RECORD.search(text, start, end):  # OCR joined the next record line to it
            end = glued.start()
        line = re.sub(r"[(（]\d{1,2}[)）]$", "", compact(text[start:end]))  # a page's part number: …判决书(2)
        if category := _CASE_CATEGORY.match(line):  # a site files its case names by kind (行政强制:A、B…)
            start, line = _skip_chars(text, start, category.end()), line[category.end() :]
        # a judgment database's cause of action is a path (资源行政管理:土地行政管理): no sentence
        if not line or len(line) > 80 or re.search(r"[。，,;；]|(?<!管理)[:：]", line):
            continue
        begin = start + len(text[start:end]) - len(text[start:end].lstrip())
        if _AGENCY_NOTICE.fullmatch(line) and not re.search(r"[与诉]", line):
            return begin, end
        # a reader that took the headline for a wrapped line joins the court line to it
        for kind in re.finditer(r"(?:判决|裁定)书?", line):
            rest = line[kind.end() :]
            # (or the case table's next label line: …判决书法院)
            glued = not rest or _COURT_LINE.fullmatch(rest) or re.fullmatch(TABLE_WORDS, rest)
            if looks_like_case_name(line[: kind.end()]) and glued:
                return begin, _skip_chars(text, begin, kind.end())
    return None


def _title_from(text: str, begin: int, limit: int, skip: list[tuple[int, int]]) -> tuple[int, int] | None:
    pos = begin
    while (match := _TITLE_CORE.search(text, pos, limit)) is not None:
        start, end = match.start(), match.end()
        pos = end
        if _inside(start, skip):  # a phrase starting in metadata may hide one starting right after it
            pos = next(e for s, e in skip if s <= start < e)
            continue
        line_start = lead_start(text, start, skip)
        lead = compact(text[line_start:start]).lstrip("|")  # a one-cell table row: "| 行政裁定书 |"
        if lead and not _AGENCY_PREFIX.fullmatch(lead):
            continue
        if not lead and _continues_list(text, line_start):
            continue
        phrase = compact(text[start:end])
        if _PARTY_LABEL.match(phrase) or len(phrase) > 70 or NOT_A_TITLE_AFTER.match(text, end):
            continue
        if _SITE_COLUMN.search(phrase):
            continue
        # the issuer before the title, a branch after its parent included (XX市自然资源局XX区分局)
        while (prefix := _AGENCY_PREFIX.match(phrase)) and len(phrase) - len(prefix.group(0)) >= 3:
            if phrase.startswith("关于"):
                break
            start = _skip_chars(text, start, len(prefix.group(0)))
            phrase = phrase[len(prefix.group(0)) :]
        while start < end and text[start].isspace():
            start += 1
        broken = _BROKEN_AFTER_XING.search(text, max(0, start - 24), start)
        if broken is not None and text[start] == "政":  # the title's first character left on the court's line
            return broken.start("xing"), _whole_line_title(text, start, end)
        return start, _whole_line_title(text, start, end)
    return None


# A copy that broke the court's title after its first character (…最高人民法院行⏎政 裁 定 书).
_BROKEN_AFTER_XING = re.compile(r"法[ \t]*院[ \t]*(?P<xing>行)[ \t]*\n[ \t]*$")


def _runs_on(text: str, end: int) -> bool:
    """A kind word that a sentence or a page's headline goes on from (行政判决书怎么写…, 行政裁定书后,) names no
    document."""
    goes_on = re.match(r"[\u4e00-\u9fff][\u4e00-\u9fff,，、;；。]", text[end : end + 2])
    return bool(goes_on) and not _PARTY_LABEL.match(text, end)


def _in_sentence(text: str, end: int) -> bool:
    """The words after a kind word go on to the full stop that ends their line: a sentence, not a headline."""
    rest = text[end : line_end(text, end)].rstrip()
    return rest.endswith("。") and "。" not in rest[:-1] and len(rest) <= 40


def _glued_title(text: str, first: tuple[int, int]) -> tuple[int, int] | None:
    """A PDF line join glues the title line onto a headline that ends with it
    ("X执法大队关于…的行政处罚决定书" + "行政处罚决定书"): the second one is the title."""
    own = _TITLE_CORE.match(text, first[1])
    if own is None or _runs_on(text, own.end()):
        return None
    head, phrase = compact(text[first[0] : first[1]]), compact(own.group(0))
    return (own.start(), own.end()) if len(head) > len(phrase) and head.endswith(phrase) else None


def _own_line_title(text: str, first: tuple[int, int], skip: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The next title that ends its line (a number or bracket may follow), past case-name headlines."""
    pos = first[1]
    for _ in range(4):
        found = _title_from(text, pos, min(len(text), pos + 400), skip)
        if found is None:
            return None
        if not is_headline(text, found, skip) and not _runs_on(text, found[1]):
            return found
        pos = found[1]
    return None


def _continues_list(text: str, line_start: int) -> bool:
    """A PDF line wrapped inside a list of evidence (…指认照片、⏎违法使用林地核查报告证据为证) starts with
    a document name that is an item of the facts, not a title standing on its own line."""
    if line_start == 0 or text[line_start - 1] != "\n":
        return False
    prev = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].rstrip()
    return prev.endswith(("、", "，", ",", "及", "和"))


def lead_start(text: str, pos: int, metadata: list[tuple[int, int]]) -> int:
    """Where the line holding `pos` begins, not counting web metadata earlier on that line."""
    start = text.rfind("\n", 0, pos) + 1
    for _meta_start, meta_end in metadata:
        if start <= meta_end <= pos:
            start = meta_end
    return start


def _whole_line_title(text: str, start: int, end: int) -> int:
    """A 关于… title runs to its line end (…检察建议书的回复), not to the first title word inside it."""
    if not compact(text[start : start + 4]).startswith("关于"):
        return end
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[end:line_end]
    if rest.strip() and not _TITLE_CORE.search(rest):  # a title wrapped onto a short second line
        next_end = text.find("\n", line_end + 1)
        next_end = len(text) if next_end < 0 else next_end
        if len(compact(text[line_end:next_end])) <= 20:
            rest = text[end:next_end]
    if len(compact(rest)) <= 40 and "。" not in rest and _TITLE_CORE.search(rest):
        return end + len(rest.rstrip())
    return end


def _skip_chars(text: str, start: int, count: int) -> int:
    """Advance past `count` non-space characters (letter-spaced text has spaces between them)."""
    pos, seen = start, 0
    while pos < len(text) and seen < count:
        if not text[pos].isspace():
            seen += 1
        pos += 1
    return pos


_RECORD_ROW_AFTER = re.compile(r"[^。：:]{0,200}?案号[ \t]*[:：]")


def case_record_row(label: str, text: str, label_end: int) -> bool:
    """A case record's 当事人 row (当事人:A B 案号:… 经办法院:…, a PDF may wrap it) lists the sides without
    roles: its label opens no party block."""
    return "当事人" in label and _RECORD_ROW_AFTER.match(text, label_end) is not None


def find_parties(text: str, after: int, metadata: list[tuple[int, int]] | None = None) -> tuple[int, int] | None:
    match = None
    for found in _PARTY_LABEL.finditer(text, after):
        if _SENTENCE_AFTER.match(text, found.end()) or _inside(found.end() - 1, metadata or []):
            continue
        if case_record_row(found.group(0), text, found.end()):
            continue
        if found.group("open") and "当事人" in found.group(0):  # a law database's 〔当事人〕 lists every side
            continue
        headline = case_title_line(text, found.start())
        if headline is None:
            match = found
            break
        after = max(after, headline[1])  # the facts cannot have begun in a page's case title
    if match is None or match.start() > after + 1500:
        return None
    # the facts began first: a label in a sentence or a list (a case book's 案由: field above the sides is no fact)
    if any(not cue.group(0).startswith("案由") for cue in _FACT_CUE.finditer(text, after, match.start())):
        return None
    start = match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
    end = _facts_start(text, start)
    return (start, end) if end > start else None


# A party line that ends on an identity field's label (身份证号:⏎3305…) goes on with its value below; a list's
# lead (提供以下证据:) does not.
_IDENTITY_FIELD_END = re.compile(
    r"(?:身份证号码?|公民身份号码|证件号码|社会信用代码|信用代码|联系电话|电话|住所地?|住址|地址|法定代表人|负责人)"
    r"[ \t]*[:：][ \t]*\n\s*\Z"
)


def _facts_start(text: str, start: int) -> int:
    """Where the first sentence with a fact cue begins; line-based text also ends at a non-label line."""
    cue = _FACT_CUE.search(text, start + 3)
    cue_at = cue.start() if cue else len(text)
    sentence = max(text.rfind(ch, start, cue_at) for ch in "。\n；;")
    end = sentence + 1 if sentence > start else cue_at
    label = _PARTY_LABEL.match(text, end) if sentence > start else None
    if label and label.group(0).rstrip().endswith((":", "：")):  # a label's row runs on into the facts (一案)
        end = cue_at
    short_wrap = False  # the line before was a few words a wrapped sentence left on their own
    for line_start, line_stop in _lines(text):
        if line_start <= start or line_start >= end:
            continue
        line = text[line_start:line_stop]
        labelled = _PARTY_LABEL.match(line) or _IDENTITY_LINE.match(line) or _CO_PARTY_LINE.match(line)
        # a line after one that stops on a comma is the same sentence wrapped (a PDF line or page break); a
        # line under a label alone on its own ("上诉人(一审原告)⏎X村一社。") is that label's name; so is one
        # under a wrapped address's few words (…1975年2月23日生,⏎重庆市⏎丰都县人,住…)
        wrapped = (
            _last_printed(text, line_start) in ("，", ",", "、")
            or _IDENTITY_FIELD_END.search(text, max(0, line_start - 16), line_start) is not None
            or _under_bare_label(text, line_start)
            or (short_wrap and _last_printed(text, line_start) not in ("。", "；", ";"))
        )
        short_wrap = wrapped and len(line.strip()) <= 8
        if _SPAM_LINE.match(line.strip()):
            continue
        if len(line.strip()) > 12 and not labelled and not wrapped and not _cell_value(text, line_start, line_stop):
            return line_start
    return end


_BARE_LABEL = re.compile(
    r"[ \t\u3000]*(?:" + _PARTY_WORDS + r")[ \t]*(?:[(（][^()（）\n]{1,15}[)）])?[ \t]*[:：]?[ \t]*"
)


def _under_bare_label(text: str, line_start: int) -> bool:
    above_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    return bool(_BARE_LABEL.fullmatch(text, above_start, max(above_start, line_start - 1)))


_NAME_CELL_LABEL = re.compile(r"[\u4e00-\u9fff]{0,8}(?:名称|姓名|全称)")


def _cell_value(text: str, start: int, end: int) -> bool:
    """A disclosure table copied cell by cell puts a long name ("…街道办事处") on its own line under its
    label ("行政相对人名称:", then a "|" rule): a value without a sentence in it, not the first line of facts."""
    pos = start
    while pos > 0 and (text[pos - 1].isspace() or text[pos - 1] == "|"):
        pos -= 1
    label_above = _NAME_CELL_LABEL.fullmatch(text[text.rfind("\n", 0, pos) + 1 : pos].strip())  # 单位名称⏎⏎X公司
    return (
        (text[pos - 1 : pos] in (":", "：") or label_above is not None)
        and len(text[start:end].strip(" |")) <= 40
        and not re.search(r"[，,。；;]", text[start:end])
    )


def _last_printed(text: str, pos: int) -> str:
    """The last character before `pos` that is not white space ("" at the start)."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return text[pos - 1] if pos > 0 else ""


def find_signature(text: str, after: int, metadata: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The closing block: court signatures, or the last date with the issuer line above it."""
    end = len(text)
    for m_start, m_end in metadata:
        if m_start > after and _only_footer_after(text, m_end):
            end = min(end, m_start)
    for tail in (_COPY_TO, _PAGE_CREDIT):  # distribution lines, then a news page's credits (责编:…)
        found = tail.search(text, after, end)
        if found and found.start() > after + (end - after) * 0.5:
            end = found.start()
    # a case book lists the panel in its header (合议庭组成人员:审判长:…): the signatures come after the reasons
    court = next((m for m in _COURT_SIGN.finditer(text, after, end) if not _REASONS.search(text, m.end(), end)), None)
    dates = [
        m
        for m in _DATE_ANY.finditer(text, after, end)
        if not _inside(m.start(), metadata) and _stands_alone(text, m.start(), m.end())
    ]
    if court is not None:
        start = court.start()
        before = [m for m in dates if m.end() <= start and start - m.end() < 40]
        if before:  # date printed above the signatures (some courts)
            start = before[-1].start()
        return _back_to_issuer(text, start), end
    if not dates:
        return None
    last = dates[-1]
    if last.start() < after + (end - after) * 0.5 and end - last.end() > 400:
        return None
    return _back_to_issuer(text, last.start()), end


def _only_footer_after(text: str, end: int) -> bool:
    """Nothing but a site's footer lines follow a metadata block (技术支持:…, an ICP number): no sentence."""
    rest = compact(text[end:])
    return len(rest) <= 60 and "。" not in rest


_LIST_LEAD = re.compile(r"(?:有|如下|下列|以下)[:：]\s*$")


def _stands_alone(text: str, start: int, end: int) -> bool:
    """A signature date is not part of a sentence: no 于/在 before it, no clause going on after it."""
    before = text[max(0, start - 3) : start].rstrip()
    if before.endswith(("于", "在", "至", "自", "从", "为", "日", "即", ",", "，", "、")):
        return False
    if _LIST_LEAD.search(text, max(0, start - 12), start):  # 提交的证据有：⏎1986年7月1日…: a list's first item
        return False
    if _quoted(text, start):
        return False
    after = text[end : end + 12].split("\n")[0].strip()
    aside = _ASIDE_END.match(after)
    if aside and re.match(r"[\u4e00-\u9fff,，、。；;]", after[aside.end() :]):
        return False  # the date closes an aside of a sentence that goes on: (养猪场为2013年5月31日)未能…
    return not after or bool(_SIGN_AFTER.match(after)) or not re.match(r"[\u4e00-\u9fff,，、。]|[.．;；]\s*\S", after)


_ASIDE_END = re.compile(r"[)）〕\]】]+[ \t]*")


def _quoted(text: str, pos: int) -> bool:
    """Inside a quotation opened on the same line (主要内容如下:“…由你承担。2014年10月21日(…印章)”): the date
    closes the quoted document, not this one."""
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    return line.rfind("“") > line.rfind("”")


def _back_to_issuer(text: str, start: int) -> int:
    """Include the short line(s) or phrase just before the date: the issuer's name and seal."""
    line_start = text.rfind("\n", 0, start) + 1
    if compact(text[line_start:start]):
        cut = max(text.rfind(ch, 0, start) for ch in "。；;，,\n")
        return cut + 1 if start - cut <= 40 else start
    prev_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    prev = text[prev_start:line_start].strip()
    if not prev and prev_start > 0:  # a web copy may leave a blank line between the issuer and the date
        prev_start = text.rfind("\n", 0, max(0, prev_start - 1)) + 1
        prev = text[prev_start:line_start].strip()
    if prev and len(compact(prev)) <= 30 and not prev.endswith(("。", "：", ":")):
        return prev_start
    return line_start


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def find_dispositive(text: str, after: int, signature: int) -> tuple[int, int] | None:
    starts = [m for m in _DISPOSITIVE_START.finditer(text, after, signature)]
    if not starts:
        return None
    head = next((m for m in starts if "如下" in m.group(0)), starts[0])
    stop = _DISPOSITIVE_END.search(text, head.end(), signature)
    end = stop.start() if stop else signature
    if stop:
        sentence = max(text.rfind(ch, head.end(), stop.start()) for ch in "。\n；;")
        end = sentence + 1 if sentence >= head.end() else stop.start()
    return head.end(), end


def find_sections(
    text: str, table: tuple[int, int] | None = None
) -> tuple[dict[str, tuple[int, int]], list[tuple[int, int]]]:
    metadata = metadata_spans(text, table)
    sections: dict[str, tuple[int, int]] = {}
    if metadata:
        sections["metadata"] = max(metadata, key=lambda s: s[1] - s[0])
    top = 0
    while any(s <= top < e for s, e in metadata) or (top < len(text) and text[top].isspace()):
        top = next((e for s, e in metadata if s <= top < e), top + 1)
    title = find_title(text, metadata)
    court = _COURT_HEADER.search(text)
    # a judgment under a blog's commentary, or under a database's case name (X与Y再审行政裁定书): the document
    # starts at its court
    if court is not None and (title in (None, court.span("title")) or _in_case_name(text, title)):
        title, top = court.span("title"), max(top, court.start("court"))
    if title:
        sections["title"] = title
    elif headline := find_headline(text, metadata):
        sections["headline"] = headline
    elif named := _metadata_title(text, metadata):
        title = named
        sections["title"] = title
    after_title = title[1] if title else top
    # a title read from the page's metadata: the document itself starts after that block
    after_title = next((e for s, e in metadata if s <= after_title <= e), after_title)
    parties = find_parties(text, after_title, metadata)
    if parties:
        sections["parties"] = parties
    body_start = parties[1] if parties else _header_end_without_parties(text, after_title)
    head_start = min(top, title[0]) if title else top
    if body_start > head_start:
        sections["header"] = (head_start, parties[0] if parties else body_start)
    signature = find_signature(text, body_start, metadata)
    if signature:
        sections["signature"] = signature
    sign_at = signature[0] if signature else len(text)
    dispositive = find_dispositive(text, body_start, sign_at)
    if dispositive:
        sections["dispositive"] = dispositive
    if sign_at > body_start:
        sections["body"] = (body_start, sign_at)
    return sections, metadata


# A court document's own header anywhere in the page (court, title, case number on three lines): the
# document starts there, after whatever commentary or 裁判要旨 a site printed above it.
_COURT_HEADER = re.compile(
    r"^[ \t|]*(?P<court>[\u4e00-\u9fff]{2,30}法院)[ \t|]*\n(?:[ \t]*\n)*"  # each line may be a one-cell row
    rf"(?:[ \t]*(?:{PAGE_FOOTER})[ \t]*\n(?:[ \t]*\n)*)?"  # a PDF's page ends under the court's name
    # the title line may carry a page's HTML debris (p t ” > 行 政 判 决 书) or lose its 书 (行政裁定)
    r"[ \t]*(?:[A-Za-z0-9\"'“”<>/=][ \t]*)*"
    r"(?P<title>(?:[\u4e00-\u9fff][ \t]*){0,8}?(?:判[ \t]*决|裁[ \t]*定|调[ \t]*解)(?:[ \t]*书)?)[ \t|]*"
    # its number below it or glued on (行 政 裁 定 书(2020), or, where a site dropped the number, the first
    # side's label within a few lines (a forum's anti-copy debris may stand between)
    r"(?:(?:\n(?:[ \t]*\n)*[ \t|]*)?[(（〔\[][ \t]*(?:19|20)\d{2}"
    # (OCR may join that debris to the label's line: "5Y! e+ W/ S&Z9, T& d; K3I上诉人(一审被告)…")
    r"|\n(?:[^\n]{0,60}\n){0,6}?[^\u4e00-\u9fff\n]{0,40}(?:" + PARTY_LABELS + r")[(（:：]?)",
    re.M,
)


def _in_case_name(text: str, title: tuple[int, int] | None) -> bool:
    """The title phrase found is a case name, or ends a line that is one: not a title of its own."""
    if title is None:
        return False
    phrase = compact(text[title[0] : title[1]])
    before = compact(text[text.rfind("\n", 0, title[0]) + 1 : title[0]])
    return looks_like_case_name(phrase) or (bool(before) and looks_like_case_name(before + phrase))


def _header_end_without_parties(text: str, after: int) -> int:
    """Without a party block the header is the title, number and salutation lines: up to the first sentence."""
    first_stop = text.find("。", after, after + 300)  # a salutation comes before the first sentence ends
    salutation = re.compile(r"[^\n。，,]{2,40}[:：]\s*$", re.M).search(
        text, after, first_stop if first_stop >= 0 else after + 300
    )
    if salutation:
        return salutation.end()
    cue = _FACT_CUE.search(text, after, after + 600)
    if cue:
        line_start = text.rfind("\n", after, cue.start())
        return line_start + 1 if line_start >= 0 else cue.start()
    return after


@Language.component("xianjie_sections")
def sections_component(doc: Doc) -> Doc:
    """Sections are found on the text with soft line wraps removed, then mapped back to doc.text."""
    joined, index = unwrapped(doc)
    table = info_table(doc._.text)
    if table is not None:
        table = (unwrapped_offset(index, table[0]), unwrapped_offset(index, table[1]))
    sections, metadata = find_sections(joined, table)
    doc._.sections = {name: original_range(index, s, e) for name, (s, e) in sections.items()}
    doc._.metadata_spans = [original_range(index, s, e) for s, e in metadata]
    return doc
