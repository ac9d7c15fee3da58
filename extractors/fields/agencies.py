"""The issuing agency and the addressee (主送机关) of a document.

The issuer appears up to three times: the header line above the title, the
signature block above the date (often under a red seal that OCR garbles), and
in court rulings only the header.  Agreement between header and signature is
the evidence; a disagreement keeps the likelier one and shows the other.  The
recipient is the "XX：" salutation or a 主送 label that letters, suggestions,
referrals and applications open with.  The name chosen is then mended where a
flattened copy or OCR damaged it (issuer_mending.py).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extractors.field_model import Extracted
from extractors.fields.cell_columns import row_cells
from extractors.fields.issuer_mending import fuller_court, restore_place, tidy_issuer
from extractors.fields.name_shapes import ONE_PLACE_COURT
from extractors.fields.party_form_rows import ISSUER_ROW_WORDS
from extractors.fields.printed_text import compact, served_by_notice
from extractors.fields.sections import FORM_LABELS, lead_start
from extractors.fields.site_metadata import DATED_COURT_LINE, META_LABELS
from extractors.normalise import PAGE_FOOTER_LINE
from extractors.pipeline import ocr_confidence, set_field, span_at
from models.vocab import DocType

_SUFFIX = (
    r"(?:人民法院|人民检察院|人民政府|委员会|自然资源局|自然资源和规划局|规划和自然资源局|国土资源局|"
    r"分局|公安局|管理局|执法局|执法大队|大队|支队|中队|监察大队|办公室|办事处|事务所|所|中心|厅|局|院|署|办|站)"
)
# \u2006 is normalise()'s blank for pinyin printed inside a name (规(guī)划局).
AGENCY = re.compile(r"[\u4e00-\u9fffA-Za-z×*()（）\u2006]{2,40}?" + _SUFFIX + r"(?![\u4e00-\u9fff]{0,2}(?:长|员|人))")
# A name that runs over a document's title or starts at a number's 号 is a sentence's words, not a body.
_NOT_AGENCY = re.compile(
    r"^[向到在经由对]?(?:本院|我局|本局|你局|贵院|贵局|该局|我院|本机关)|审判|书记|代理|当事人|申请|法定代表|(?:判决|裁定|决定)书|^号"
    r"|^欢迎"  # a site's greeting (欢迎访问X局网站!) names who runs the site
    r"|对(?!外)"  # a case name's "X对Y局…" names the two sides, not one body
    r"|第三人(?!民)|原告|被告|上诉人"  # a side named in a sentence (…,原审第三人X镇人民政府()
    r"|^(?:参照|依照|按照|根据|依据)"  # the body that issued a rule cited (参照X局关于印发…的通知)
)
# A page-index row that OCR merged (公开方式政府网站) ends like an agency (…站) and is none.
_META_WORD = re.compile(META_LABELS + r"|网站$")
_RECIPIENT = re.compile(
    r"(?:^|(?<=[\n号書书]))\s*(?P<name>[\u4e00-\u9fffA-Za-z×*()（）、\u2006]{2,40}?"
    r"(?:人民法院|人民检察院|人民政府|委员会|局|院|公司|办公室|中心|所|队|委|部|厂|社|处|科))\s*[:：]",
    re.M,
)
# A salutation line of its own ("刘某：", "XX建材有限公司："): a person or body the document is addressed to.
_SALUTATION = re.compile(r"^[ \t]*(?P<name>[\u4e00-\u9fffA-Za-z×*()（）、\u2006]{2,30}?)[ \t]*[:：][ \t]*$", re.M)
_MAIN_TO = re.compile(
    r"(?:主送(?:机关|单位)?|受送达(?:人|单位))\s*[:：|]\s*(?P<name>[^\n。,，;；:：]{2,40}?)"
    r"(?=\s*[\n。,，;；]|$|\s*(?:" + FORM_LABELS + r")\s*[:：|])"
    r"|此\s*致\s*(?:[:：]\s*)?(?P<to>[^\n。,，;；:：]{2,30}?"
    r"(?:人民法院|人民检察院|人民政府|委员会|局|院))"
)
_LABEL_WORDS = re.compile(
    r"当事人|相对人|申请|被执行|被处罚|原告|被告|第三人|代表人|代理人|住所|地址|索引|发布|附件|抄送|抄报|备注|见证|送达|签名|"
    r"盖章|签字|事由|案由|标题|主题|日期|时间|电话|联系人|经办人"
)
_LEAD_IN = re.compile(r"如下|下列|以下|证实|证明|事实|规定|认为|查明")
_APPLICANT = re.compile(r"(?:^|(?<=\n))[ \t]*申\s*请\s*人\s*[:：]\s*")

_ISSUER_LABEL = re.compile(
    r"(?:^|(?<=[\n|]))[ \t]*" + ISSUER_ROW_WORDS + r"[ \t]*(?P<sep>[:：|])?[ \t]*"  # or set apart by spaces alone
    # a summary page may run two fields into one line (被处罚单位:X村民委员会执法部门:Y局): a colon marks it
    r"|(?<=[\u4e00-\u9fff)）])" + ISSUER_ROW_WORDS + r"[ \t]*(?P<glued>[:：])[ \t]*"
    # a disclosure cell that names its parts (机关名称:X局 ⏎ 日期2018.5.24)
    r"|(?:^|(?<=[\n|]))[ \t]*机关名称[ \t]*(?P<named>[:：])[ \t]*"
)
# A disclosure table's column of the deciding agency (作出行政处罚的机关名称和日期, 处罚机关, 执法部门).
_ISSUER_COLUMN = re.compile(
    r"(?:作出(?:行政)?处罚(?:决定)?的?|(?:行政)?处罚(?:决定)?|决定|执法|实施)(?:机关|部门|单位)(?:名称)?(?:[和及]日期)?"
)
# Labels may carry normalise()'s pinyin blanks (发(fā)布机(jī)构 → 发 布机 构).
_PUBLISHER = re.compile(
    "(?:" + "|".join("\u2006*".join(word) for word in ("发布机构", "发文机关", "信息来源")) + r")\s*[:：|]\s*"
)
# A page index printed as label and value lines (HTML bullets, or OCR of a two-column block): 发布机构 ⏎ X局
# A site's own short form of its bureau (信息来源: 市自然资源和规划局) names no place: it is no agency's name.
_PLACELESS = re.compile(r"[省市县区][\u4e00-\u9fff]")  # 镇江, 乡城 are places
_PUBLISHER_ROW = re.compile(
    r"^[ \t•·☑□*-]*[\[【]?[ \t]*(?:发布机构|发文机关)[ \t]*[\]】]?[ \t]*\n"  # or bracketed: • [ 发布机构 ]
    r"[ \t•·☑□*-]*(?P<name>[^\n]{2,40}?)[ \t]*$",
    re.M,
)
_COURT = re.compile(r"人民法院$")
# A site's case record may file the court under any label (文号:XX中级人民法院); a whole value that is a court
# names the court of a court document, unless the label says it is another one (原审法院, 一审法院, 上诉于);
# empty fields before it may run into it once OCR drops the blanks (当事人:法官:文号:XX中级人民法院).
_COURT_VALUE = re.compile(
    r"(?:^|(?<=[\n \t|:：]))(?P<label>[\u4e00-\u9fff]{1,6})[ \t]*[:：][ \t]*"  # OCR drops the blanks
    r"(?P<value>[\u4e00-\u9fff]{2,30}?人民法院)[ \t]*(?=[\n|]|$)"
)
_OTHER_COURT_LABEL = re.compile(r"原审|一审|二审|上诉|移送|起诉|原告|被告|申请|送达|此致|致|抄")
_COURT_DOCS = {str(DocType.COURT_JUDGMENT), str(DocType.COURT_RULING), str(DocType.COURT_ACCEPTANCE)}
# A body labelled as the other side (被申请人X局, 被告X局, 被上诉人(原审被告)X局) never wrote the decision.
_RESPONDENT_LABEL = (
    r"被[ \t]*(?:申[ \t]*请[ \t]*人|告|上[ \t]*诉[ \t]*人)(?:[(（][^)）\n]{0,8}[)）])?[ \t]*[:：]?[ \t]*"
)
# The reviewing body recounted in the third person: 向X人民政府申请行政复议，X人民政府已依法予以受理.
_REVIEWER = re.compile(
    r"向(?P<name>[\u4e00-\u9fff]{2,30}?(?:人民政府|局|委员会|厅))(?:依法)?(?:提出|提起|递交)?了?"
    r"(?:(?:行政)?复议申请|申请(?:行政)?复议)[，,][ \t]*(?:(?P=name)|该[\u4e00-\u9fff]{1,3})?"
    r"[^。，,；;]{0,24}?受理"
    # or the reviewing body speaking for itself in the next sentence (…申请行政复议。经审查…，本机关于…依法受理)
    r"|向(?P<named>[\u4e00-\u9fff]{2,30}?(?:人民政府|局|委员会|厅))(?:依法)?(?:提出|提起|递交)?了?"
    r"(?:(?:行政)?复议申请|申请(?:行政)?复议)[。，,][^。]{0,30}?本(?:机关|府|委)[^。，,；;]{0,24}?受理"
)
_NEXT_LINE = re.compile(r"[^\n]*\n(?:[ \t]*\n)*(?P<line>[^\n]+)")
# A field's value ends at the line end or a cell bar, and at the next label where OCR merged two rows.
_VALUE_ENDS = (re.compile(r"[\n|]"), re.compile(r"(?:" + META_LABELS + r")[ \t]*[:：|]"))
_SPEAKS_AS_BUREAU = re.compile(r"我局|本局|本机关")
# A decision speaks to its addressee (你于…, 向你…送达, 责令你…) and so is written by whoever acts on 你.
_ADDRESSES_YOU = re.compile(r"你(?:局|单位|公司|[(（]单位[)）])?(?:于|在|未经|擅自|的行为)|(?:向|对|责令)你")
_SPEAKS_AS_COURT = re.compile(r"本院|我院")
_REPORTED_DECISION = re.compile(
    r"作出[^。\n]{0,6}?(?:行政处罚决定|(?:以下|如下)的?(?:行政)?处罚(?!告知))"
    r"|号[^。\n]{0,12}?给予[^。\n]{1,20}?(?:以下|如下)的?(?:行政)?处罚"  # 以…罚决字…号给予张某如下处罚
)
# A body named as a litigant or applicant (被告X局, 被申请人X局) is recounted, not the writer.
_PARTY_BEFORE = re.compile(r"(?:被告|原告|被申请人|申请人|上诉人)[ \t]*$")
# A bureau of the trade named in full, at a clause start or after 根据/依据/经/到.
_BUREAU_NAMED = re.compile(
    r"(?:(?<=根据)|(?<=依据)|(?<=按照)|(?<=经)|(?<=到)|(?<=[,，。:：;；\n]))(?P<name>(?!根据|依据|按照|经|到)"
    # 持本决定书到X局, 由他人转交的X局, 系X局局长: the place, not the words before it
    r"(?:(?![到的系由将被])[\u4e00-\u9fff]){1,8}?(?:市|县|区|旗)[\u4e00-\u9fff]{0,6}?"
    r"(?:自然资源和规划|规划和自然资源|自然资源|国土资源|综合行政执法|林业和草原|林业|林草)[\u4e00-\u9fff]{0,4}?局)"
)
# What only the issuing bureau does in its own decision: files and investigates the case, serves and
# orders the addressee, sends its staff, takes the fine at its finance office.
# A party's request that runs into a bureau's name (请求撤销X局…, 要求确认X局…) names no body by itself.
_ASKED_ACT = re.compile(r"请求|要求|撤销|确认|责令|判令|变更|不服")
_OWN_ACT = re.compile(
    r"(?:于[^。，,；;]{0,20}?)?(?:依法)?(?:向你|对你|责令你|立案|调查|作出|送达|执法人员|工作人员|财务)"
)
# A court's case-record field: 〔审理法院〕:东北地区/辽宁省/辽宁省大连市中级人民法院
# or a bare 法院: line among 案号/判决日期 record lines (a site's case table prints 法院 over the short name
# it lists the case under, not the court's full name, so a bare label needs its colon).
_COURT_FIELD = re.compile(
    # a case book's 案例依据 too, and a card's 案号 whose value names the court (案号⏎⏎X人民法院(2015)…)
    r"(?:(?:(?:审[ \t]*理|经[ \t]*办|承[ \t]*办)[ \t]*法[ \t]*院|案例(?:依据|来源)|案[ \t]*号)"
    r"[ \t]*(?:[〕】\]][ \t]*[:：|\n]?|[:：|]|\n(?:[ \t]*\n)?)"  # (a card's blank line under its label)
    r"|(?:^|(?<=\n))[ \t\u3000]*(?:审[ \t]*判[ \t]*机[ \t]*关|(?:二审|再审)?法[ \t]*院)[ \t]*[:：])[ \t]*"
    r"(?P<value>[^\n〔【\[]{2,120}(?:\n[^\n〔【\[:：]{1,20}?人民法院)?)"  # a PDF may wrap the court's name
)

# The same record printed as label and value lines (法院 ⏎ XX人民法院).  The site files a court under its
# short name (ONE_PLACE_COURT: 常山县人民法院 for the header's 浙江省常山县人民法院): such a value is no issuer.
_COURT_ROW = re.compile(
    r"(?:^|(?<=\n))[ \t]*法[ \t]*院[ \t]*\n(?:[ \t]*\n)*[ \t]*(?P<value>[\u4e00-\u9fff]{2,30}?人民法院)[ \t]*(?=\n|$)"
)


def _agency_in(text: str, start: int, end: int, last: bool) -> tuple[int, int, str] | None:
    """The first (or last) whole agency name in a range, ignoring 本院/我局-style self references."""
    hits: list[tuple[int, int, str]] = []
    for m in AGENCY.finditer(text, start, end):
        name = compact(m.group(0))
        if _NOT_AGENCY.search(name) or _META_WORD.search(name):
            continue
        if hits and hits[-1][1] == m.start():  # 拉萨市自然资源局 + 堆龙德庆区分局: one body
            hits[-1] = (hits[-1][0], m.end(), hits[-1][2] + name)
        else:
            hits.append((m.start(), m.end(), name))
    if not hits:
        return None
    return hits[-1] if last else hits[0]


def _spaced_agency(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """A court or bureau letter-spaced across its header line ("吉 林 省 某 县 人 民 法 院")."""
    line = text[start:end]
    spaced = re.search(r"\S(?:[ \t\u3000]+\S){3,}", line)
    if spaced is None or line[: spaced.start()].strip() or line[spaced.end() :].strip():
        return None
    name = compact(spaced.group(0))
    if not AGENCY.fullmatch(name) or _NOT_AGENCY.search(name):
        return None
    return start + spaced.start(), start + spaced.end(), name


# A header line holds the agency and the title; a longer lead is a page flattened onto one line.
_LEAD_LINE = 40
# The label of a record row ("决定书名称", "文书名称") in front of the value it names.
_ROW_LABEL_HEAD = re.compile(r"[ \t]*[\u4e00-\u9fff]{0,5}名称[ \t]*[:：|]?[ \t]*")


def _header_issuer(doc: Doc, sections: dict[str, tuple[int, int]]) -> tuple[int, int, str] | None:
    """The agency line above the title, or the agency prefix on the title's own line."""
    title = sections.get("title")
    if title is None:
        return (
            _headline_issuer(doc, sections.get("headline"))
            or _serving_agency(doc, sections)
            or _court_before_number(doc._.text)
        )
    text = doc._.text
    line_start = lead_start(text, title[0], doc._.metadata_spans or [])
    row_label = _ROW_LABEL_HEAD.match(text, line_start, title[0])
    if row_label:  # a record row whose value is the title (决定书名称 X局行政处罚决定书), OCR ate the separator
        line_start = row_label.end()
    lead = compact(text[line_start : title[0]]).strip("|")  # a one-cell table row: "| 行政裁定书 |"
    glued = _agency_in(text, line_start, title[0], last=True) if len(lead) > _LEAD_LINE else None
    if glued and not text[glued[1] : title[0]].strip():  # one-line page: "…主管部门。X县人民法院行 政 裁 定 书"
        return glued
    if lead and not _MARKUP_DEBRIS.fullmatch(lead):
        found = _agency_in(text, line_start, title[0], last=False) or _spaced_agency(text, line_start, title[0])
        # A site headline names the case ("XX局与王某…裁定书"): its first name is a party, not the issuer.
        if found and re.search(r"[与诉]", lead) and found[2] != lead:
            return None
        if found and "诉" in found[2]:  # the whole case name read as one agency (A诉X局行政上诉状)
            return None
        return found
    found = _agency_above(text, line_start)
    again = _title_again(text, title) if found is None else None
    found = _agency_above(text, again) if again is not None else found
    return _court_of_committee(text, found)


def _court_of_committee(text: str, found: tuple[int, int, str] | None) -> tuple[int, int, str] | None:
    """A court's committee is printed under the court's name ("X中级人民法院⏎赔偿委员会⏎国家赔偿决定书"):
    the issuer is the two lines together."""
    if found is None or found[2] not in ("赔偿委员会", "审判委员会"):
        return found
    court = _agency_above(text, text.rfind("\n", 0, found[0]) + 1)
    if court is None or not court[2].endswith("人民法院"):
        return found
    return court[0], found[1], court[2] + found[2]


# A court's case number after its name: the bracketed year, then the court's code, procedure and serial.
_COURT_NAME = r"(?P<court>[\u4e00-\u9fff]{2,24}人民法院)"
_CASE_YEAR = r"[(（〔\[](?:19|20)\d\d[)）〕\]]"
_CASE_SERIAL = r"[\u4e00-\u9fff\d]{1,12}?[行执赔][\u4e00-\u9fff]{0,3}\d{1,6}号"
# A court's page headline: its name run into the case number and the kind (最高人民法院(2018)最高法行再128号行政裁定书).
_COURT_NUMBER_KIND = re.compile(
    rf"[ \t]*{_COURT_NAME}{_CASE_YEAR}"
    r"(?:[^\n]{2,20}?号[ \t]*(?:行政|执行|民事)?(?:裁定书|判决书)[ \t]*(?:\n|$)"
    # (a case card flattened onto one line: 合肥市包河区人民法院(2019)皖0111行初5号案由行政强制…)
    rf"|{_CASE_SERIAL})"
)


# A header flattened into running text keeps its order, court, kind, number (…主管部门。X县人民法院行 政 裁 定 书
# (2020)云0425行审42号申请执行人…); a citation names the number before the kind (X法院(2019)…号行政判决书).
_COURT_KIND_NUMBER = re.compile(
    rf"{_COURT_NAME}[ \t]*(?:行[ \t]*政[ \t]*)?(?:裁[ \t]*定|判[ \t]*决)[ \t]*书[ \t]*{_CASE_YEAR}{_CASE_SERIAL}"
)


def _court_before_number(text: str) -> tuple[int, int, str] | None:
    first = _COURT_NUMBER_KIND.match(text, len(text) - len(text.lstrip()))
    if first:
        return first.start("court"), first.end("court"), first.group("court")
    header = _COURT_KIND_NUMBER.search(text)
    return _agency_in(text, header.start("court"), header.end("court"), last=True) if header else None


def _serving_agency(doc: Doc, sections: dict[str, tuple[int, int]]) -> tuple[int, int, str] | None:
    """The agency line over a notice serving a document by publication ("X局⏎《…告知书》送达公告"): the
    agency serves its own document."""
    served = served_by_notice(doc._.text, sections)
    return _agency_above(doc._.text, served.start()) if served else None


def _agency_above(text: str, line_start: int) -> tuple[int, int, str] | None:
    prev_start, prev = _line_above(text, line_start)
    if prev.strip() and len(compact(prev)) <= 30:
        found = _agency_in(text, prev_start, line_start, last=False) or _spaced_agency(text, prev_start, line_start)
        if found and compact(text[found[0] : found[1]]) == compact(prev).strip("|"):
            return found
    return None


def _title_again(text: str, title: tuple[int, int]) -> int | None:
    """Where the title is printed again on a line of its own: a page headline ran it into its number
    ("行政复议决定书——万州府复〔2023〕177号"), the document's own header follows with its issuer."""
    words = compact(text[title[0] : title[1]])
    for line in re.finditer(r"(?m)^[ \t]*(\S[^\n]*?)[ \t]*$", text[: title[1] + 300]):
        if line.start() > title[1] and compact(line.group(1)) == words:
            return line.start()
    return None


_SITE_ADDRESS = re.compile(r"(?:https?://)?(?:www\.)?[A-Za-z0-9.-]+\.(?:gov\.cn|com|cn|net|org)\S*")


# What a page's broken HTML leaves before a title on its line (p t ” > 行 政 判 决 书): no agency.
_MARKUP_DEBRIS = re.compile(r"[A-Za-z0-9\"'“”<>/=]+")


def _line_above(text: str, line_start: int) -> tuple[int, str]:
    """The nearest line above that is not blank: a web copy may leave empty lines between court and title,
    or its site's address (www.jiangjin.gov.cn) between the issuer and the title, a PDF its page number."""
    end = line_start
    for _ in range(4):
        start = text.rfind("\n", 0, max(0, end - 1)) + 1
        line = text[start:end].strip()
        if (line and not _SITE_ADDRESS.fullmatch(line) and not PAGE_FOOTER_LINE.fullmatch(line)) or start == 0:
            return start, text[start:end]
        end = start
    return end, ""


def _headline_issuer(doc: Doc, headline: tuple[int, int] | None) -> tuple[int, int, str] | None:
    """Without a title, a notice's headline opens with its agency ("XX人民检察院…公告"), and a
    judgment site prints the court on its own line under the case name (or a reader joins the two)."""
    if headline is None:
        return None
    text = doc._.text
    line = compact(text[headline[0] : headline[1]])
    if line.endswith("公告") and not re.search(r"[与诉、]", line):
        found = _agency_in(text, headline[0], headline[1], last=False)
        if found and line.startswith(found[2]):
            return found
    line_end = text.find("\n", headline[1])
    line_end = len(text) if line_end < 0 else line_end
    below = _NEXT_LINE.match(text, headline[1])
    if text[headline[1] : line_end].strip():  # the court run onto the headline's own line
        start, end = headline[1], line_end
    elif below is not None:
        start, end = below.span("line")
    else:
        return None
    found = _agency_in(text, start, end, last=False) or _spaced_agency(text, start, end)
    if found and found[2] == compact(text[start:end]) and re.search(r"(?:人民法院|人民检察院)$", found[2]):
        return found
    return None


def _signature_issuer(doc: Doc, sections: dict[str, tuple[int, int]]) -> tuple[int, int, str] | None:
    """The last agency of the signature block that stands as a signature, not inside a sentence."""
    sig = sections.get("signature")
    if sig is None:
        return None
    text = doc._.text
    start = sig[0]
    found = None
    while (hit := _agency_in(text, start, sig[1], last=False)) is not None:
        if not _in_running_text(text, hit[0], hit[1]) and not _site_credit(text, hit[0], hit[1]):
            found = hit
        start = hit[1]
    return found or _signer_above(text, sig[0])


# The site's footer under the signature credits the body that runs the site (陕西省人民政府办公厅主办,
# 主办单位:X局, 版权所有:X), not the document's issuer.
_CREDIT_AFTER = re.compile(r"[ \t]*(?:主办|承办|协办|主管|版权所有|维护)")
_CREDIT_BEFORE = re.compile(r"(?:主办|承办|协办|主管|版权所有|维护|技术支持)(?:单位)?[ \t]*[:：]?[ \t]*$")


def _site_credit(text: str, start: int, end: int) -> bool:
    return bool(_CREDIT_AFTER.match(text, end) or _CREDIT_BEFORE.search(text, max(0, start - 12), start))


def _signer_above(text: str, sig_start: int) -> tuple[int, int, str] | None:
    """A signature block found from its date line only: the agency may stand alone on the line above."""
    if not re.match(r"[ \t\u3000]*[\d〇○零一二]{4}[ \t]*年", text[sig_start : sig_start + 200]):
        return None
    line_start, line = _line_above(text, text.rfind("\n", 0, sig_start) + 1)
    found = _agency_in(text, line_start, line_start + len(line), last=False)
    return found if found and found[2] == compact(line) else None


_SENTENCE_MARK = re.compile(r"[。，,；;、]")
# What may follow a signing agency on its line: its date (Arabic or Chinese numerals) or its seal.
_AFTER_SIGNER = re.compile(
    r"[ \t\u3000]*(?:$|\n|[\d〇○O零一二][\d〇○O零一二三四五六七八九]{3}[ \t]*年|[(（【]|印章|盖章|公章)"
)


def _in_running_text(text: str, start: int, end: int) -> bool:
    """A cut page may end in a paragraph the section finder takes for the signature: an agency named in a
    sentence (请求政府责令X局撤销…) goes on with more words, a signature stands alone or before its date."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return bool(_SENTENCE_MARK.search(line)) and not _AFTER_SIGNER.match(text, end)


def _set_issuer(doc: Doc, sections: dict[str, tuple[int, int]]) -> None:
    head = _decider(doc, _header_issuer(doc, sections))
    sign = _decider(doc, _signature_issuer(doc, sections))
    if head is None and sign is None:
        fallbacks = (
            _set_labelled,
            _set_column,
            _set_table_owner,
            _set_court_field,
            _set_court_over_number,
            _set_dated_court_line,
            _set_court_value,
            _set_trial_court,
            _set_reviewer,
            _set_applicant,
            _set_publisher,
        )
        if not any(found(doc) for found in fallbacks):
            _set_self_named(doc)
        return
    if head and sign:
        agree = head[2] == sign[2] or head[2].endswith(sign[2]) or sign[2].endswith(head[2])
        court = bool(_COURT.search(head[2]))
        chosen = head if court or (agree and len(head[2]) >= len(sign[2])) else sign
        other = sign if chosen is head else head
        conf = 0.97 if agree else 0.75
        extra = {} if agree else {"alternatives": [other[2]]}
    else:
        chosen = head or sign
        assert chosen is not None
        court_header = chosen is head and bool(_COURT.search(chosen[2]))
        conf, extra = (0.93 if court_header else 0.88 if chosen is head else 0.85), {}
    start, end, name = chosen
    set_field(
        doc,
        "issuer",
        Extracted(name, round(conf * ocr_confidence(doc, start, end), 3), span_at(doc, start, end), extra=extra),
    )


def _decider(doc: Doc, found: tuple[int, int, str] | None) -> tuple[int, int, str] | None:
    """A reconsideration decision or a court's document is never written by its respondent or defendant
    (a page cut to its party block leaves that name where the header is looked for)."""
    if found is None or _type(doc) not in _COURT_DOCS | {str(DocType.RECONSIDERATION_DECISION)}:
        return found
    return None if _is_respondent(doc._.text, found[2]) else found


def _type(doc: Doc) -> str | None:
    doc_type = doc._.fields.get("doc_type")
    return None if doc_type is None else str(doc_type.value)


def _is_respondent(text: str, name: str) -> bool:
    """The name stands as the respondent's, not as the start of a longer one: a government reviews its own
    sub-district office (被申请人:X区人民政府洛浦街道办事处)."""
    spaced = r"[ \t]*".join(re.escape(char) for char in name)
    return re.search(_RESPONDENT_LABEL + spaced + _SUB_UNIT_AFTER, text) is not None


_SUB_UNIT_AFTER = r"(?![\u4e00-\u9fff]{1,10}?(?:办事处|人民政府|分局|局|委员会))"


def _set_labelled(doc: Doc) -> bool:
    """A publicity table (行政处罚信息公示) names the issuer in a field of its own (处罚机关：…)."""
    metadata = doc._.metadata_spans or []
    for label in _ISSUER_LABEL.finditer(doc._.text):
        if any(s <= label.start() < e for s, e in metadata):
            continue
        found = _agency_in(doc._.text, label.end(), min(len(doc._.text), label.end() + 40), last=False)
        if found is None or found[0] != label.end():
            continue
        if not (label.group("sep") or label.group("glued") or label.group("named")) and not _ends_line(
            doc._.text, found[1]
        ):
            continue  # without a colon or bar only a whole value line is the field (决定机关认为… is a sentence)
        start, end, name = found
        conf = 0.85 * ocr_confidence(doc, start, end)
        _set_found(doc, start, end, name, conf, "labelled")
        return True
    return False


def _set_column(doc: Doc) -> bool:
    """A disclosure table copied cell by cell, the agency's column among its headings (cell_columns)."""
    text = doc._.text
    for heading, start, end in row_cells(text):
        if not _ISSUER_COLUMN.fullmatch(heading):
            continue
        found = _agency_in(text, start, end, last=False)
        # the cell is the agency (and its date); one named inside a sentence is a cell pushed under this heading
        if found is not None and not text[start : found[0]].strip():
            _set_found(doc, found[0], found[1], found[2], 0.8 * ocr_confidence(doc, found[0], found[1]), "labelled")
            return True
    return False


# A publicity table's owner line over its headings: "单位名称:X局 ⏎ 序号 | 权力编码 | …", "填报单位:X局".
_TABLE_OWNER = re.compile(
    r"(?:^|(?<=[\n|]))[ \t]*(?:(?:填报|公示|公开|报送|制表)单位(?:名称)?|单位名称)[ \t]*[:：][ \t]*"
)
_HEADINGS_BELOW = re.compile(r"[\s|]{0,40}序[ \t]*号")


def _set_table_owner(doc: Doc) -> bool:
    """The agency that discloses its own decisions in a table names itself above the headings; the rows
    do not say it again, so it is kept below review level (a party's 单位名称 stands in a row, not above)."""
    text = doc._.text
    for label in _TABLE_OWNER.finditer(text):
        found = _agency_in(text, label.end(), min(len(text), label.end() + 40), last=False)
        if found is None or found[0] != label.end() or not _HEADINGS_BELOW.match(text, found[1]):
            continue
        _set_found(doc, *found, 0.75 * ocr_confidence(doc, found[0], found[1]), "labelled")
        return True
    return False


def _set_found(doc: Doc, start: int, end: int, name: str, conf: float, source: str) -> None:
    """The issuer with where it was read from; a source other than the header or signature is marked."""
    set_field(doc, "issuer", Extracted(name, round(conf, 3), span_at(doc, start, end), extra={source: True}))


def _ends_line(text: str, end: int) -> bool:
    line_end = text.find("\n", end)
    return not text[end : len(text) if line_end < 0 else line_end].strip()


def _set_applicant(doc: Doc) -> bool:
    """An application without a header line is signed by its 申请人; when the seal hides that
    signature, the 申请人 line of the party block names the same agency, kept below review level."""
    label = _APPLICANT.search(doc._.text)
    if label is None or _SPEAKS_AS_COURT.search(doc._.text):  # a ruling's 申请人 applied to the court
        return False
    if _type(doc) == str(DocType.RECONSIDERATION_DECISION):  # who applied for reconsideration never decides it
        return False
    found = _agency_in(doc._.text, label.end(), min(len(doc._.text), label.end() + 40), last=False)
    if found is None or found[0] != label.end():
        return False
    start, end, name = found
    # The same 申请人 line again after the body is the signature the section finder missed: it agrees.
    signed_again = any(
        compact(doc._.text[m.end() : m.end() + 40]).startswith(name) for m in _APPLICANT.finditer(doc._.text, end)
    )
    conf = (0.88 if signed_again else 0.7) * ocr_confidence(doc, start, end)
    _set_found(doc, start, end, name, conf, "from_applicant")
    return True


def _set_publisher(doc: Doc) -> bool:
    """The web page's 发布机构, usually but not always the issuer, so kept below review level."""
    text = doc._.text
    for start, end in doc._.metadata_spans or []:
        label = _PUBLISHER.search(text, start, end)
        if label is None:
            continue
        # the field's value alone: up to the line end, a cell bar or the next label (OCR merges rows)
        stop = min(end, label.end() + 40)
        for pattern in _VALUE_ENDS:
            after = pattern.search(text, label.end(), stop)
            stop = after.start() if after else stop
        found = _agency_in(text, label.end(), stop, last=False)
        # the whole value, or its first word when a wrapped row runs on ("沅江市自然资源局 发⏎文日期")
        whole = found and not text[label.end() : found[0]].strip() and (found[1] == stop or text[found[1]].isspace())
        if found and whole and not _PLACELESS.match(found[2]):
            _set_found(doc, *found, 0.5, "from_metadata")
            return True
    for row in _PUBLISHER_ROW.finditer(text):
        found = _agency_in(text, *row.span("name"), last=False)
        if found and found[2] == compact(row.group("name")) and not _PLACELESS.match(found[2]):
            _set_found(doc, *found, 0.5, "from_metadata")
            return True
    return False


def _set_court_field(doc: Doc) -> bool:
    """A judgment database names the court only in its case record (〔审理法院〕:地区/省/XX人民法院, or a
    法院 line over the court's line): kept below review level since it is not printed on the document."""
    fields = list(_COURT_FIELD.finditer(doc._.text))
    if not fields:
        row = _COURT_ROW.search(doc._.text)
        if row is None or ONE_PLACE_COURT.fullmatch(row.group("value")):
            return False
        start, end = row.span("value")
        _set_found(doc, start, end, row.group("value"), 0.6 * ocr_confidence(doc, start, end), "from_metadata")
        return True
    for field in fields:  # (a 案号 field names the court only on some sites)
        courts = list(_COURT_IN_FIELD.finditer(field.group("value")))
        if courts:
            start, end = field.start("value") + courts[-1].start(), field.start("value") + courts[-1].end()
            name = compact(courts[-1].group(0))
            _set_found(doc, start, end, name, 0.6 * ocr_confidence(doc, start, end), "from_metadata")
            return True
    return False


_COURT_IN_FIELD = re.compile(r"(?:[^/\s:：]|\u2006|\n){2,30}?(?:人民|海事|铁路运输|知识产权)法院")


def _set_dated_court_line(doc: Doc) -> bool:
    """The court a site's record line names beside the case number, below review level: the site's
    spelling may be shorter than the header's (淄博市 for 山东省淄博市中级人民法院)."""
    line = DATED_COURT_LINE.search(doc._.text)
    if line is None:
        return False
    start, end = line.span("value")
    _set_found(doc, start, end, line.group("value"), 0.5 * ocr_confidence(doc, start, end), "from_metadata")
    return True


def _set_court_value(doc: Doc) -> bool:
    """A court document's page that files the court under a mislabelled record field (文号:XX中级人民法院),
    kept below review level: the label does not say what the value is."""
    if _type(doc) not in _COURT_DOCS:
        return False
    for field in _COURT_VALUE.finditer(doc._.text):
        if _OTHER_COURT_LABEL.search(field.group("label")):
            continue
        start, end = field.span("value")
        _set_found(doc, start, end, field.group("value"), 0.5 * ocr_confidence(doc, start, end), "from_metadata")
        return True
    return False


# A digest that drops the title keeps the court's name over its case number (界首市人民法院 ⏎ (2020)皖1282行初13号).
_COURT_OVER_NUMBER = re.compile(
    r"(?:^|(?<=\n))[ \t|]*(?P<name>[\u4e00-\u9fff]{2,30}?人民法院)[ \t|]*\n(?:[ \t]*\n)*"
    r"[ \t|]*(?:案[ \t]*号[ \t]*[:：]?[ \t]*)?(?P<number>[(（〔\[][ \t]*(?:19|20)\d{2}[^\n]{2,30}?号)"
)


def _set_court_over_number(doc: Doc) -> bool:
    """A document's own number printed right under a court's name: that court issued it, whatever type
    the cut copy was read as."""
    own = doc._.fields.get("doc_number")
    if own is None:
        return False
    for match in _COURT_OVER_NUMBER.finditer(doc._.text):
        if compact(match.group("number")) == compact(str(own.value)):
            start, end = match.span("name")
            conf = round(0.8 * ocr_confidence(doc, start, end), 3)  # a header, but one that lost its title
            set_field(doc, "issuer", Extracted(match.group("name"), conf, span_at(doc, start, end)))
            return True
    return False


# A court cut before its header names itself where it tells of its hearing: 本院…在X人民法院公开开庭审理了本案.
_TRIAL_COURT = re.compile(
    r"本院[^。]{0,80}?在(?P<name>[\u4e00-\u9fff]{2,20}?人民法院)(?:[\u4e00-\u9fff\d]{0,8}?法庭)?(?:依法)?(?:公开)?开庭"
)


def _set_trial_court(doc: Doc) -> bool:
    """A judgment without header or signature: the court it says it heard the case in, below review level."""
    if _type(doc) not in _COURT_DOCS:
        return False
    match = _TRIAL_COURT.search(doc._.text)
    if match is None:
        return False
    _set_found(doc, *match.span("name"), match.group("name"), 0.5, "from_body")
    return True


def _set_reviewer(doc: Doc) -> bool:
    """A reconsideration decision without header or signature names its reviewing body where it tells
    who accepted the application; kept below review level since nothing is signed."""
    if _type(doc) != str(DocType.RECONSIDERATION_DECISION):
        return False
    for m in _REVIEWER.finditer(doc._.text):
        group = "name" if m.group("name") else "named"
        name = m.group(group)
        if AGENCY.fullmatch(name) and not _NOT_AGENCY.search(name) and not _is_respondent(doc._.text, name):
            _set_found(doc, *m.span(group), name, 0.5, "from_body")
            return True
    return False


def _set_self_named(doc: Doc) -> None:
    """Last resort for a letter cut before its header and signature: it speaks as 我局 or to 你 and
    names its bureau in the facts ("XX局于…立案", "经XX局调查", "XX局执法人员").  A court or
    procuratorate (本院) recounts other bodies' acts, and the addressee is never the writer."""
    text = doc._.text
    speaks = bool(_SPEAKS_AS_BUREAU.search(text))
    if _SPEAKS_AS_COURT.search(text):
        return
    if not (speaks or _ADDRESSES_YOU.search(text)):
        _set_reported_decider(doc)
        return
    addressee = doc._.fields.get("recipient")
    acting: dict[str, list[tuple[int, int]]] = {}
    named: list[tuple[str, int, int]] = []
    block = (doc._.sections or {}).get("parties", (0, 0))
    for m in _BUREAU_NAMED.finditer(text):
        name = compact(m.group("name"))
        if (addressee is not None and name == addressee.value) or _is_respondent(text, name):
            continue
        if block[0] <= m.start() < block[1]:  # a representative's office in the party block (系X局局长)
            continue
        if _NOT_AGENCY.search(name):  # a clause that runs into the name (申请人向X局递交): no name of its own
            continue
        if _ASKED_ACT.search(name):  # a request's verb before the name (请求撤销X局作出的…): the words run on
            continue
        named.append((name, *m.span("name")))
        if _OWN_ACT.match(text, m.end("name")):
            acting.setdefault(name, []).append(m.span("name"))
    if acting:  # the bureau seen acting most often; two different ones leave doubt
        name = max(acting, key=lambda n: len(acting[n]))
        start, end = acting[name][0]
        conf = 0.5 if len(acting) == 1 else 0.4
    elif speaks and named:  # speaking as 我局, the one bureau it names is itself
        name, start, end = named[0]
        conf = 0.5
    else:
        return
    _set_found(doc, start, end, name, conf, "from_body")


def _set_reported_decider(doc: Doc) -> None:
    """A bureau's summary page of its own penalty decision speaks of itself in the third person
    ("X局对…立案查处,并于…依法对其作出行政处罚决定"): the bureau whose sentence reaches that
    decision made it, kept below review level since nothing is signed."""
    decision = doc._.fields.get("doc_type")
    if decision is None or decision.value != str(DocType.PENALTY_DECISION):
        return
    text = doc._.text
    for m in _BUREAU_NAMED.finditer(text):
        stop = text.find("。", m.end("name"))
        sentence = text[m.end("name") : len(text) if stop < 0 else stop]
        if _REPORTED_DECISION.search(sentence) and not _PARTY_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            _set_found(doc, *m.span("name"), compact(m.group("name")), 0.5, "from_body")
            return


def _set_recipient(doc: Doc, sections: dict[str, tuple[int, int]]) -> None:
    text = doc._.text
    labelled = _MAIN_TO.search(text)
    if labelled:
        start, end = labelled.span("name" if labelled.group("name") else "to")
        conf = 0.9
    else:
        title = sections.get("title")
        head_end = sections.get("body", (len(text), 0))[0]
        begin = title[1] if title else 0
        stop = min(len(text), max(head_end, begin) + 60, begin + 300)
        match = next((m for m in _RECIPIENT.finditer(text, begin, stop) if not _is_label(m.group("name"))), None)
        if match is None:
            match = next((m for m in _SALUTATION.finditer(text, begin, stop) if _addressable(m.group("name"))), None)
            if match is None:
                return
            conf = 0.8
        else:
            conf = 0.88
        start, end = match.span("name")
    name = compact(text[start:end])
    set_field(
        doc, "recipient", Extracted(name, round(conf * ocr_confidence(doc, start, end), 3), span_at(doc, start, end))
    )


def _addressable(name: str) -> bool:
    """A colon line of its own may also introduce a list (上述违法事实有下列证据证实：): no one is addressed."""
    return not _is_label(name) and not _LEAD_IN.search(name)


def _is_label(name: str) -> bool:
    """Party and identity labels end with a colon too (当事人：, 住所地：)."""
    return bool(_LABEL_WORDS.search(name))


@Language.component("xianjie_agencies")
def agencies_component(doc: Doc) -> Doc:
    sections: dict[str, tuple[int, int]] = doc._.sections or {}
    _set_recipient(doc, sections)  # first: the issuer is never the addressee
    _set_issuer(doc, sections)
    tidy_issuer(doc)  # then mend the chosen name: what a flattened page glued on first, OCR's losses after
    restore_place(doc)
    fuller_court(doc)
    return doc
