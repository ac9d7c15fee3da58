"""What a party's name looks like after its label: where it stops, what is not a name, and its kind.

A label (当事人, 申请执行人, 被告…) is followed by the name and then by what
describes it (性别, 住所地, 统一社会信用代码) or, in a narrative copy, by the
sentence it opens ("当事人XX镇人民政府在未经批准…").  The rules here cut the
name out of that run of text; parties.py decides which labels to read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.fields.party_form_rows import glued_label_at
from extractors.fields.printed_text import spaced, spaced_words
from extractors.fields.sections import FORM_LABELS
from models.vocab import PRINTED_ROLE_LABELS as ROLE_LABELS
from models.vocab import PartyKind, PartyRole

# A label is a word of its own only when it ends there: 第三人民医院, 申请人民法院 and 当事人员 go on
# into another word (被告知人 is a label of its own, above).
LABEL_WORD_END = r"(?![民员们知]|代表[:：人])"  # not 申请人代表:X (the sides' representative)

# A label counts only at the start of a clause, line or table cell.
CLAUSE_START = r"(?<![^\s。;；,，|、])"


def role_of(label: str) -> PartyRole:
    return ROLE_LABELS[re.sub(r"\s+", "", label)]


_APPEAL_LABELS = frozenset(
    {"上诉人", "被上诉人", "原审上诉人", "原审被上诉人", "二审上诉人", "二审被上诉人"}
    | {"再审申请人", "再审被申请人", "申请再审人", "被申请再审人"}
    | {"申诉人", "被申诉人"}
)
_FIRST_INSTANCE = re.compile(r"原告|被告|第三人")
# A bracket that says what the side was at first instance decides its role whatever the label (a retrial's
# "被申请人(一审被告、二审被上诉人)" is the defendant, not an enforcement respondent).
_FIRST_INSTANCE_NOTE = re.compile(r"(?:一审|原审)(原告|被告|第三人)")
_COMPENSATION_NOTE = re.compile(r"赔偿请求人|赔偿义务机关")
_FIRST_INSTANCE_ROLE = {"原告": PartyRole.PLAINTIFF, "被告": PartyRole.DEFENDANT, "第三人": PartyRole.THIRD_PARTY}
# Only an administrative organ is sued in an administrative case: an appeal side so named was the defendant.
_AGENCY_NAME = re.compile(r"(?:局|人民政府|政府|委员会|办公室|管理处|执法大队|大队|管委会|办事处|街道)$")


def is_agency_name(name: str) -> bool:
    """An organ's name (a bureau, a government, a court): whom a letter is sent to, not whom it is about."""
    return bool(_AGENCY_NAME.search(name) or re.search(r"(?:法院|检察院|厅)$", name))


def first_instance_role(label: str, note: str | None, name: str) -> PartyRole:
    """An appeal side's role: what its bracket says it was at first instance ("上诉人(原审被告)"), else,
    for a bare 上诉人/被上诉人, defendant when it is an agency and plaintiff otherwise."""
    label = re.sub(r"\s+", "", label)
    stated = _FIRST_INSTANCE_NOTE.search(note or "")
    if stated is not None:
        return _FIRST_INSTANCE_ROLE[stated.group(1)]
    claim = _COMPENSATION_NOTE.search(note or "")
    if claim is not None:  # a compensation case's petition: 申诉人(赔偿请求人), 被申诉人(赔偿义务机关)
        return role_of(claim.group(0))
    if label not in _APPEAL_LABELS:
        return role_of(label)
    word = _FIRST_INSTANCE.search(note or "")
    if word is not None:
        return _FIRST_INSTANCE_ROLE[word.group(0)]
    return PartyRole.DEFENDANT if _AGENCY_NAME.search(name) else PartyRole.PLAINTIFF


# Longer labels first: an alternation takes the first label that fits, and 被申请执行人 is no 被申请人.
ROLE_LABELS_LONGEST_FIRST = sorted(ROLE_LABELS, key=len, reverse=True)
LABEL = re.compile(
    # a clause start, after a one-line copy's case number, a record's 〔原告〕, or a page's 当事人 heading glued on;
    # anywhere when a colon follows the label (OCR ran two lines into one: "…武装部长第三人:陈某元")
    # (not the both sides of 原、被告, a sentence's word)
    r"(?<!原、)(?:(?<![^\s。;；,，|、号〔\[【])|(?<=当事人)|(?<=案)(?=违法行为人|违法当事人)|(?=(?:"
    + "|".join(ROLE_LABELS_LONGEST_FIRST)
    + r")[:：]))"
    + r"(?:行政处罚(?=当事人基本情况))?"  # a publicity page's "行政处罚当事人基本情况:"
    # co-applicants counted off (第一申请人, 第二申请人): the count is no part of the label
    + r"(?:第[一二三四五六七八九十\d]{1,2}(?=(?:被)?申请人|原告|被告|上诉人|被上诉人))?"
    + r"(?P<label>"
    + "|".join(spaced(w) for w in ROLE_LABELS_LONGEST_FIRST)
    + r")"
    + LABEL_WORD_END
    + r"(?:基本情况)?"
    # the same side's role at a later instance, joined by 、 (一审第三人、二审被上诉人：X): the first label decides
    + r"(?:、(?:一审|二审|再审)?(?:被上诉人|上诉人|被申请人|申请人|原告|被告|第三人))?"
    # (or the side's role at every earlier instance: 申请人(原审原告、二审上诉人、再审申请人))
    + r"(?:\s*\(\s*(?P<note>[^()\n]{1,12}?|(?:一审|原审)[^()\n]{2,28}?)\s*\))?"
    + r"(?:\s*(?:姓名或(?:名称|全称)|单位名称|姓名|名称))?(?:\s*\([^()\n]{1,8}\))?"
    r"(?P<bracket>[〕\]】])?"  # a record's field label: 〔原告〕A;B
    r"\s*(?P<sep>(?:[:：|]\s*)*)"
)
IDENTITY_WORDS = (
    r"性别|出生|民族|汉族|住所地|住所|住址|地址|身份证|公民身份|统一社会信用代码|社会信用代码|组织机构代码|"
    r"信用代码|注册号|法定代表人|主要负责人|负责人|经营者|委托|诉讼代表人|联系电话|电话|户籍|现住|职务|居民身份"
)
# Where a name stops: punctuation, a table cell break, an identity label, or a
# sentence verb that shows the label was part of a sentence after all.
_NAME_END = re.compile(
    r"[,，。;；:：\n|?？\ue000-\uf8ff]|\s{2,}"
    r"|\s(?=(?:男|女|\d|[A-Z0-9]{6}|" + IDENTITY_WORDS + "))"
    r"|(?=" + spaced_words(IDENTITY_WORDS) + ")"  # 苏*忠地 址:…: a form's spaced label glued on by a flat copy
    r"|(?=于\s*[\d〇○一二])|(?<=[\u4e00-\u9fff*×X])(?=(?:19|20)\d\d(?:年|\d|[-./]))|(?=向本院|向我院|不服|一案|申请强制执行|因\S|未经|擅自|必须在|应当在|应于|应在)"
    r"|(?=[在于](?:未经|未取得|未办理|没有|擅自|非法|违法))"
    r"|(?=以[^,，。;；:：\n]{2,40}?为(?:被申请人|被告|被申请执行人|第三人|被起诉人))"  # 申请人张某以XX政府为被申请人…
    # a masked name ends with its mask (起诉人李**就争议的…, 原告吴**以…为由); any name before 诉称
    r"|(?<=[*×X某])(?=(?:以|就|及其|于))|(?=(?:诉称|辩称|述称))"
    r"|(?=诉(?:被告|被申请人))"  # 原告张某诉被告XX局…一案
    # the copula of a sentence about the sides (原告刘某、靳某系夫妻关系, X系该公司法定代表人)
    r"|(?<=[\u4e00-\u9fff*×X])(?=系(?:夫妻|父子|母子|父女|母女|兄弟|姐妹|该|本|其|[^,，。;；\n]{0,10}?"
    r"(?:关系|人员|员工|职工|村民|法定代表人|负责人|股东)))"
    r"|(?=(?:一审|二审|再审)?(?:行政)?(?:判决|裁定)书)"  # a case name's kind (…被告X局二审行政判决书)
    # an organ's name ends where its sentence goes on (申请执行人X国土资源局认定,…)
    r"|(?:(?<=局)|(?<=政府)|(?<=法院)|(?<=委员会)|(?<=大队))(?=认定|认为|查明|经查|称|提出|请求|要求)"
    # 原告王某等3人诉被告…, 原告宣某等18人系…: the rest go unnamed
    r"|(?=等(?:[\d一二三四五六七八九十百]{1,4}[人名户])?(?:诉|不服|因|与|系|均))"
    # 申请人张某对XX监察大队作出的…不服: a name stops at 对/就 when an organ and its act follow
    r"|(?<=[\u4e00-\u9fff*×X])(?=[对就](?!外)[^,，。;；:：\n]{2,30}?"
    r"(?:局|政府|大队|中心|委员会|办公室|管理处|办事处|所|站|院)(?:作出|的|\())"
    r"|(?=[与和](?:被告|被申请人|被上诉人|第三人))"  # a case headline: 原告A与被告B…纠纷案
    r"|(?=[就对向](?:被申请执行人|被申请人|被执行人|被告|被上诉人))"  # 申请人X就被申请人Y…
    r"|(?=(?:" + FORM_LABELS + r")\s*[:：|])"
    # a form's kind box and next field glued on by a flat copy (当事人:楼*(个人)姓名:楼*…)
    r"|(?=[(（](?:个人|单位)[)）])|(?=(?:姓名|名称)\s*[:：])"
    # a form row's next label after a space ("X农场 营业执照注册号(或…):", "邹某 性 别:") ends the name
    r"|[ \t]+(?=[\u4e00-\u9fff][\u4e00-\u9fff \t]{0,10}(?:\([^()\n]{0,14}\))?[ \t]*[:：])"
)
# Forms pad a two-character name to three characters' width ("李  某", "王　 芳").
_PADDED_NAME = re.compile(
    r"(?P<name>[\u4e00-\u9fff][ \t]{1,4}(?![男女])[\u4e00-\u9fff*×X])(?=[ \t]*(?:[,，。;；:：|\n(]|$|[ \t]{2}))"
)
# A word that opens a sentence shows the label was a word in it ("当事人应当…", "被申请人对…") — unless
# what follows describes a person (",男", "(女,", ",1970年出生"): 于, 向, 应 and 和 are surnames too, and
# 如 opens places (如东县, 如皋市) as well as clauses (当事人如不服…).
_SENTENCE_WORD = re.compile(
    r"^(?:的|于|应|在|不服|对|向|因|未|已|及|与|和|是|为|等|人|均|逾期|如(?:不|逾期|对|有|未|在|果|拒)|不|拒|也|将|可|须|"
    # a side's part of a hearing (被告举证, 原告称) or its plea (申请人请求:) names no one
    r"举证|称|诉称|辩称|答辩|认为|提供|陈述|请求|要求|诉请|主张|收到|接到|签收|"
    r"以(?:被申请执行人|被执行人|被申请人|被告|原告|申请人|当事人))"  # 申请执行人以被执行人…为由: a clause
)
NOT_A_NAME = re.compile(
    # an item of an evidence list (a 勘测设计研究院 is a body, not a survey)
    r"\d+\s*(?:份|张|页|本|册|幅)|照片|笔录|复印件|现状图|影像图|勘测(?!设计|研究|院|队|所|公司)|"
    r"^[\d\s]+$|^(?:信息|基本情况|情况|名称|姓名|签名|签字|签收|盖章|拒绝|拒签|本人|类别|类型)|"
    r"[你您]|"  # spoken to in a sentence ("现对你公司…"): a pronoun is never a name
    # a court's reasoning about what a side admitted or proved (被告X认可其…, 原告Y提交的证据亦可以证实…)
    r"认可其?|提交的|可以证实|予以证实|组织实施了|"
    # a job title or a generic noun ("被告单位副局长", "该局工作人员") describes someone; it names no one
    r"^(?:单位|本单位|该单位|该局|本局|该公司|本公司|该院)|^(?:副)?(?:局长|镇长|乡长|科长|主任|所长|队长)$|工作人员$|"
    r"^(?:法官|审判长|审判员|人民陪审员|陪审员|书记员|执行员)$|"  # a court page's staff fields
    r"^(?:经办|审理|承办)法院$|"  # a case record's court field
    r"^[*×X]+$|"  # a name masked whole (申请人:***) names no one unless described as a person (see is_bad_name)
    r"^-|[〕】]|"  # the rest of a record's field label (〔当事人-个人〕…)
    r"[《》]"  # a cited title (被告《X局关于Y的批复》): no one's name
)
BAD_NAME = re.compile(NOT_A_NAME.pattern + "|" + _SENTENCE_WORD.pattern)
_DESCRIBED_PERSON = re.compile(r"\s*[,，(（、]?\s*(?:男|女|性别|出生|生于|\d{4}\s*年|身份证|公民身份|汉族|民族)")
# A person whose surname is one of those sentence words, named alone in a clause of its own.
_SURNAME_WORD = re.compile(r"[于向应和][\u4e00-\u9fff]{1,2}")
_PERSON_SHAPE = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff*×X·]{1,4}")
# A table rule or cell border read as a character (OCR reads "|" as 一, 1 or 丨): never a name.
_RULE_LIKE = re.compile(r"[\s|丨一—\-_=~·.。,，:：1lI]*")


def is_bad_name(name: str, after: str = "") -> bool:
    """Not a party's name: a one-character or punctuation-only value, an evidence item, a sentence."""
    if len(name) < 2 or _RULE_LIKE.fullmatch(name):
        return True
    if _DESCRIBED_PERSON.match(after) and re.fullmatch(r"[*×X]{2,6}", name):
        return False  # a person masked whole, described as one (申请人:***,男,汉族): kept as printed
    if _PERSON_SHAPE.fullmatch(name) and _DESCRIBED_PERSON.match(after):
        return bool(NOT_A_NAME.search(name))
    if _SURNAME_WORD.fullmatch(name) and re.match(r"[ \t]*(?:。|\n|$)", after):  # 再审申请人于晶岩。
        return False
    if "的" in name[1:] and not ORG_SUFFIX.search(name):  # a clause (被上诉人强制拆迁的事实依据不足), not a name
        return True
    return bool(BAD_NAME.search(name))


def skip_rule(text: str, start: int, limit: int) -> int:
    """Where a cell's value starts once a table rule OCR read alone on its line ("一", "1") is passed."""
    line_end = text.find("\n", start, limit)
    if line_end > start and _RULE_LIKE.fullmatch(text, start, line_end):
        return line_end + 1
    return start


_ORG_WORDS = (
    r"公司|局|厅|厂|合作社|委员会|政府|中心|学校|小学|中学|大学|医院|院|所|站|场|队|部|处|店|社|协会|集团|"
    r"银行|企业|矿|商行|经营部|办事处|基地|园|会|委|馆|室|超市|联社|车间|工地|项目部|指挥部|管委会|公所|街道"
)
ORG_SUFFIX = re.compile(r"(?:" + _ORG_WORDS + r")$")
# A narrative copy runs the party's name into its sentence ("当事人XX镇人民政府在XX村非法占用…"):
# an organisation's name stops at its suffix when a sentence word follows it.
_ORG_THEN_SENTENCE = re.compile(
    r"(?:" + _ORG_WORDS + r")(?=在|于|未|擅自|私自|非法|违法|已|将|对|因|从事|向(?:本院|我院|法院)|经批准|自行|"
    r"先后|多次|曾|拒不|逾期|根据|依据|依照|按照)"  # (被告X局根据…批准: the reasons' sentence goes on)
)
# A flattened copy runs the next side's label onto an organisation's name (…街道办事处申请人唐某请求…).
_ORG_THEN_LABEL = re.compile(
    # (or its owner's role: …砂场投资人(业主)钟某)
    r"(?P<org>" + _ORG_WORDS + r")"
    r"(?=被申请人|申请人|第三人|原告|被告|上诉人|被上诉人|法定代表人|负责人|投资人|业主|经营者)"
)
# A masked person's name read on into the sentence it opens (单**在…领取了, 刘**于…).
# (原告缪**要求被告…一案: the case's claim)
_MASKED_THEN_SENTENCE = re.compile(
    r"[\u4e00-\u9fff]{1,2}[*×X]{1,3}(?=在|于|向|对|将|已|未|因|从|到|领取|办理|申请|要求|请求|不服|诉|与|被告|被上)"
)
# What a bracket after a name says when it is an alias or a note, not part of the name (原名…, 前X局, 曾用名…,
# 以下简称…, 名单附后).
_ALIAS = r"^(?:原名|原称|原为|原|前身为?|前称|前|曾用名|曾名|又名|别名|现名|现为|更名|以下|名单)|简称|下称|附后"
# A bracket that says who the party is ("(系XX厂业主)", "(即XX村村民)") describes it; it names no one.
_DESCRIBES = r"^(?:系|即|为|是)"
_TRAILING_PAREN = re.compile(r"\([^()]*\)$")
# Pinyin or a Latin transliteration a web copy puts in brackets after a name (张三(Zhang San), 王某(WANG)):
# a gloss, not part of the name.  Inside a name only a pinyin gloss (lower case or tone marks) is dropped,
# so a Latin part of a company name ("(HK)有限公司") stays.
_LATIN = r"A-Za-z\u00c0-\u024f\u01cd-\u01dc"
_GLOSS_END = re.compile(rf"\s*[(（]\s*[{_LATIN}][{_LATIN}\s·.'’-]*[)）]\s*$")
_GLOSS_PINYIN = re.compile(rf"\s*[(（]\s*(?=[^()（）]*[a-z\u00c0-\u024f])[{_LATIN}][{_LATIN}\s'’-]*[)）]")


def drop_gloss(name: str) -> str:
    return _GLOSS_PINYIN.sub("", _GLOSS_END.sub("", name))


MASK = re.compile(r"[*×X某]")


def masked_spelling_of(masked: str, name: str) -> bool:
    """`masked` (杭州市**道办事处, 吕**) is another spelling of `name` with some characters masked
    (杭州市萧山区人民政府城厢街道办事处, 吕*朝): a site masked one mention and not the other."""
    if masked == name or not re.search(r"[*×]", masked):
        return False
    pieces = [re.escape(piece) for piece in re.split(r"[*×]+", masked)]
    return re.fullmatch(r"[^、,，]{0,12}?".join(pieces), name) is not None


# A PDF line that ends inside a person's name ("原告陈良⏎城,男,…"): the rest opens the next line, described.
_NAME_REST = re.compile(r"\n[ \t]*[\u4e00-\u9fff]{1,2}(?=[ \t]*[,，(（][ \t]*(?:男|女)[,，)）])")


def _wrapped_name_end(text: str, start: int, end: int, limit: int) -> int:
    """A short name at a line end runs on into the next line's first characters when those are described as
    a person; three characters at most, so that two names of two characters are never joined."""
    if text[end : end + 1] != "\n" or not re.fullmatch(r"[\u4e00-\u9fff]{1,2}", text[start:end]):
        return end
    rest = _NAME_REST.match(text, end, limit)
    if rest is None or end - start + len(rest.group(0).strip()) > 3:
        return end
    return rest.end()


_PROVINCES = (
    "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|"
    "云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门"
)
_COMPANY_THEN_PLACE = re.compile(
    r"(?P<company>[^\s,，;；。:：|]{2,30}?(?:有限责任公司|股份有限公司|有限公司))(?=(?:"
    + _PROVINCES
    + r")[\u4e00-\u9fff]{4})"
)


# A company's branch is named after its province ("…股份有限公司海南省分公司"): that is the whole name.
_BRANCH = re.compile(r"(?:分公司|分行|支行|分店|分厂|分部|办事处|营业部|分中心)$")


def read_name(text: str, start: int, limit: int) -> tuple[int, int]:
    """The name's char range after a label: up to the first terminator."""
    window = text[start : min(limit, start + 80)]
    padded = _PADDED_NAME.match(window)
    if padded:  # "李  某": a two-character name padded to the width of three
        return start, start + padded.end("name")
    stop = _NAME_END.search(window)
    end = _wrapped_name_end(text, start, start + (stop.start() if stop else len(window)), limit)
    name = text[start:end]
    # A bracket that opens identity details ("张某(男，汉族…)") is not part of the name.
    paren = name.find("(")
    if paren >= 0:
        inner_end = name.find(")", paren)
        inner = name[paren + 1 : inner_end] if inner_end > 0 else name[paren + 1 :]
        if inner_end < 0 or re.search(r"[,，:：]|" + IDENTITY_WORDS + "|男|女|" + _ALIAS + "|" + _DESCRIBES, inner):
            end = start + paren
    if not ORG_SUFFIX.search(text, start, end):
        glued = _ORG_THEN_SENTENCE.search(text, start, end)
        if glued is not None:
            end = glued.end()
    gloss = _GLOSS_END.search(text, start, end)
    if gloss is not None and gloss.start() > start:
        end = gloss.start()
    end = glued_label_at(text, start, end)  # OCR lost the space before the next form label (…农场营业执照)
    next_side = _ORG_THEN_LABEL.search(text, start, end)  # a one-line copy: the next side's label follows
    if next_side is not None:
        end = next_side.end("org")
    masked = _MASKED_THEN_SENTENCE.match(text, start, end)  # 原告单**在响水县国土资源局领取了…
    if masked is not None:
        end = masked.end()
    glued_place = _COMPANY_THEN_PLACE.match(text, start, end)
    if glued_place is not None and not _BRANCH.search(text, start, end):  # "…有限公司新疆…砂矿": its site
        end = glued_place.end("company")
    while end > start and text[end - 1] in " 　":
        end -= 1
    return start, end


# "第三人:陈某元,陈某胜、陈某书": a label's first name, then a comma and more names joined by 、, to the line end.
_MORE_NAMES = re.compile(
    r"[,，][ \t]*(?P<names>(?:[\u4e00-\u9fff*×X·]{2,30}、)+[\u4e00-\u9fff*×X·]{2,30})[ \t]*(?=\n|$)"
)


def comma_list_end(text: str, end: int, limit: int) -> int:
    """Where a label's list of names ends when a comma, not 、, follows its first name; `end` when the
    words after the comma describe the first (张某,男, 住…) rather than name others."""
    more = _MORE_NAMES.match(text, end, limit)
    if more is None or not re.match(r"[ \t]*(?:\n|$)", text[more.end() :]):  # the list ends its line
        return end
    names = more.group("names").split("、")
    if any(is_bad_name(n) or re.search(IDENTITY_WORDS + "|男|女|住|村民|农民|职工", n) for n in names):
        return end
    return more.end("names")


def kind_of(name: str, details: dict[str, str]) -> PartyKind:
    core = _TRAILING_PAREN.sub("", name)
    if ORG_SUFFIX.search(core) or "credit_code" in details or "legal_representative" in details:
        return PartyKind.ORGANIZATION
    if len(MASK.sub("", core)) > 5 and "·" not in core:
        return PartyKind.ORGANIZATION
    return PartyKind.PERSON


def split_names(raw: str, start: int) -> list[tuple[int, str]]:
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


_OCR_MASK = re.compile(r"[×xX]*×[×xX]*")


def mask_as_printed(name: str) -> str:
    """A mask run OCR read partly as Latin x ("李×x") is the × mask the document printed ("李××")."""
    return _OCR_MASK.sub(lambda m: "×" * len(m.group(0)), name)


# What opens a line that is no co-party: a representative or agent (every name after them is theirs),
# or a line of the party's own details.
_REPRESENTATIVE_LINE = re.compile(
    r"[ \t]*(?:法定代表人|法人代表|主要负责人|负责人|经营者|委托|诉讼代理人|诉讼代表人|代理人|联系人|出庭|参加诉讼|"
    r"[\d一二三四五六七八九十两]{1,2}[\u4e00-\u9fff]{0,4}人的|上列|以上)"
)
_DETAIL_LINE = re.compile(r"[ \t]*(?:" + IDENTITY_WORDS + r"|住|现住|[\d(（]|$)")
_ORG_DESCRIBED = re.compile(r"[ \t]*[,，][ \t]*(?:" + IDENTITY_WORDS + ")")
# A relative or a second mention ("其妻李某，女", "另一人王某，男") is no co-party of the label.
_NOT_CO_PARTY = re.compile(r"(?:其|该|系|另|又|与|和|及)")


def names_on_following_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Co-parties of the same label printed each on a line of their own, without the label
    ("申 请 人:张某一,男⏎张某二,男"): a name described as a person (男/女, a birth date) or an
    organisation's name followed by its details.  A line of the party's own details is passed over;
    a representative's line or any other line (a sentence, a wrapped address) ends the list.  A web copy
    may run the next co-party on after the full stop that ends the first one's details (…住XX号。 叶某,性别:男).
    """
    found: list[tuple[int, int]] = []
    for line_start, line_end, after_stop in _segments(text, start, end):
        if _REPRESENTATIVE_LINE.match(text, line_start, line_end):
            break
        if not _DETAIL_LINE.match(text, line_start, line_end):
            name_start, name_end = read_name(text, line_start, line_end)
            while name_start < name_end and text[name_start] in " \t":
                name_start += 1
            name = text[name_start:name_end]
            after = text[name_end:line_end]
            # after a full stop only a name its sex describes starts a party (截至2021年…: a clause's date)
            described = _SEXED_PERSON if after_stop else _DESCRIBED_PERSON
            person = bool(_PERSON_SHAPE.fullmatch(name)) and bool(described.match(after))
            organisation = bool(ORG_SUFFIX.search(name)) and bool(_ORG_DESCRIBED.match(after))
            if is_bad_name(name, after) or _NOT_CO_PARTY.match(name) or not (person or organisation):
                break
            found.append((name_start, name_end))
    return found


_SEGMENT_END = re.compile(r"\n|。[ \t\u3000]*")
_SEXED_PERSON = re.compile(r"\s*[,，(（]\s*(?:性别|男|女)")


def _segments(text: str, start: int, end: int) -> Iterator[tuple[int, int, bool]]:
    """The lines after `start`, each also cut after a full stop (the flag says it was)."""
    boundary = _SEGMENT_END.search(text, start, end)
    while boundary is not None and boundary.end() < end:
        following = _SEGMENT_END.search(text, boundary.end(), end)
        yield boundary.end(), following.start() if following else end, boundary.group(0)[0] == "。"
        boundary = following
