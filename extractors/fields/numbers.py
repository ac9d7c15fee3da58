"""Document numbers (文号 / 案号): the document's own number versus the numbers it cites.

Every 文号 in a document looks alike; what tells them apart is where they
stand.  The own number sits in the header next to the title (or under a 文号 /
案号 label, or alone on an untitled page's first line); a number in the body, or
one followed by the name of a document type (…号行政处罚决定书), is a reference.
What a prefix names counts too: a decision cites its 告知书 (…罚告〔〕) but is
never numbered as one.  A disclosure page that names its decision only in an
附件 line takes that number as its own, with less confidence.  Values keep the document's own
characters (full-width brackets included) minus stray spaces;
`canonical_doc_number` gives the one form used to compare numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from extractors.field_model import Extracted
from extractors.fields.cell_columns import heading_above
from extractors.fields.dates import find_dates
from extractors.fields.doc_type import classify_title
from extractors.fields.plausibility import FUNCTION_HEAD, number_head
from extractors.fields.printed_text import BARE_DECISION_TITLE
from extractors.normalise import PAGE_CONTROLS, original_range, unwrapped, unwrapped_offset
from extractors.pipeline import add_item, ocr_confidence, raw_text, set_field, span_at
from models.vocab import DocType

# OCR reads the year brackets ﹝﹞ as any bracket-like glyph, {} and 「」 included.
_OPEN = r"〔\[(（【﹝［{｛「〈"
_CLOSE = r"〕\])）】﹞］}｝」〉"
# A year in brackets; OCR sometimes loses one of the two ("广自然资移（2020第4号").
_YEAR = rf"(?:[{_OPEN}]\s*(?:19|20)\d\d\s*[{_CLOSE}]?|(?<!\d)(?:19|20)\d\d\s*[{_CLOSE}])"
# 第3-1号, 11-20号, and masked as published: 第××号, 第××-1号, 01-X号.
_MASK = r"[X×xＸ*＊某]{1,4}"
# Joined cases print their serials together: (2014)江开法行初字第36、37号.
# A series letter may open the serial (津南开征补决字(2015)Y-2号).
_SERIES = r"(?:[A-Z][-－]?)?"
_NO = rf"(?:{_SERIES}(?:\d{{1,6}}|{_MASK})(?:\s*(?:-{{1,2}}|[－—–])\s*(?:\d{{1,4}}|{_MASK}))?(?:、\d{{1,6}}){{0,4}})"
# One prefix character; a single line break may fall inside a prefix (PDF lines end mid-number).
# A bracketed word inside a prefix ("…执[处罚决定]〔2025〕18号") is part of it.
# normalise() prints 【】 as 〔〕, so 川林罚【2024】12号 reads 川林罚〔2024〕12号 and …执【处罚决定】〔2025〕… reads
# …执〔处罚决定〕〔2025〕…: a bracketed group of words (never a year) is still prefix.
_PRE = (
    r"[\u4e00-\u9fffA-Za-z*×]\n?|[(（][\u4e00-\u9fffA-Za-z*×X]{1,4}[)）]|[\[【［〔][\u4e00-\u9fff]{2,6}[\]】］〕]"
    r"|(?<=[ \t][\u4e00-\u9fff])[ \t](?=[\u4e00-\u9fff]{2})"  # a stray blank after the first character (醴 林罚决字)
)
NUMBER = re.compile(
    # a site's mask may stand after the year too ((2013)鄂武*开行初字第00050号)
    rf"(?P<a>(?:{_PRE}){{0,16}}?)[ \t]*{_YEAR}\s*(?:[\u4e00-\u9fffA-Za-z0-9()（）*×]\s*){{0,14}}?第?\s*"
    # 当规行停字(2006)(014)号; 云江访〔2018〕19《…处理意见》 and 禹林罚书字(2015)0003林业行政处罚决定书 print no 号
    rf"(?:[(（]\s*{_NO}\s*[)）]|{_NO})(?:\s*[号號]|(?=《)|(?<=\d)(?=[\u4e00-\u9fff]{{0,8}}(?:决定书|通知书|告知书)))"
    r"(?:之[一二三四五六七八九十]{1,2})?"  # a second ruling in the same case: …行审37号之一
    # a year glued to its serial, which may run to 7-8 digits (…执通字2014第0004260号, …执通字20140004260号)
    rf"|(?P<b>(?:{_PRE}){{1,16}}?(?:字|罚|发|函))[ \t]*(?:19|20)\d\d\s*第?\s*(?:{_NO}|\d{{7,8}})\s*[号號]"
    rf"|(?P<c>(?:{_PRE}){{1,16}}?)[ \t]*第\s*{_NO}\s*[号號]"
    # 编号2016—23号: a bare year and serial under a label
    rf"|(?<=编号)(?P<d>[:：]?\s*)(?:19|20)\d\d\s*(?:-{{1,2}}|[－—–]{{1,2}})\s*\d{{1,4}}\s*[号號]"
    # a 1990s number with a two-digit year after its prefix: (徐)拆字(99)第023号, (徐)改字(99)(049)号,
    # 定府〔85〕168号, 闽地矿监〔94〕081号
    rf"|(?P<e>(?:{_PRE}){{1,16}}?)[ \t]*[{_OPEN}]\d\d[{_CLOSE}]\s*第?\s*"
    rf"(?:\d{{1,5}}|[{_OPEN}]\d{{1,5}}[{_CLOSE}])\s*[号號]"
    # a 1990s court number with its two-digit year first: (92)汴法经裁字第24号
    rf"|(?<!\d)(?P<f>[{_OPEN}]\d\d[{_CLOSE}])(?:{_PRE}){{1,12}}?字\s*第?\s*\d{{1,5}}\s*[号號]"
    # a town's notice numbered by a bare year and a bracketed serial: 2013第(57)号, 2013年第(57)号
    r"|(?<!\d)(?:19|20)\d\d\s*年?\s*第?\s*[(（]\s*\d{1,5}\s*[)）]\s*[号號]"
)
# A prefix never runs past these words: they end the sentence part before the number.
_STOP = re.compile(
    r".*(?:平方米|公顷|亩|申请执行人|被执行人|申请人|执行人|当事人|做出|履行|撤销|维持|不予|准予|未|已|的|于|作出|执行|申请|依据|根据|依照|按照|决定书|通知书|告知书|催告书|裁定书|判决书|建议书|移送书|"
    r"了|及|和|与|是|即|以|对|经(?![监济])|在|将|向|送达|下发|出具|为|文号|案号|编号|见|号|字号|原|我局|本院|你局|贵院|"
    r"法院|检察院|政府|不服|局|名称|回复|报告|回证|厅|委员会|该院|称|其|审查|张贴|"
    # conjunctions, verbs, role nouns and a date's tail (…4月19日收到…) end the words before a number too
    r"且|并|而|但|或|又|均|分别|系|收到|接到|查明|显示|机关|被告|第三人|上诉人|\d[年月日]|"
    # a maker's verb (被告制作…责改〔〕14号) and an alias's chrome ((以下简称〔2013〕8号处理决定)) too
    # (…提交易自然资罚申字…: a verb; a page's 跳转到主要内容)
    r"制作|制发|签发|印发|下达|简称|提交|递交|主要内容|"
    # …政府发布沅政土征字〔〕, 被告所作祁政〔〕, 向设计院发出第03号, 被告辽源市规划管理处辽规处字〔〕: a verb, an office
    r"发布|公布|颁发|颁布|所作|所做|管理处|发出|提出|撤回|上述|前述|公司|法庭|按|"
    # a metadata block's label on the line above (组配分类 / 主题分类⏎岱政复决字【2022】5号…)
    r"分类|"
    # a ministry's name before its own prefix (国土资源部国土资复议〔2014〕455号), a discovery (才得知〔2013〕69号)
    r"(?:资源|建设|农村|水利|农业|环境)部|得知|获悉|知道|"
    # a file-sharing page's file name and size glued before the number (….docx佛府行复〔〕, 43.6 KB下载文档…)
    r"(?i:\.?docx?|\.?pdf|\.?wps)|[KM]B|下载文档|下载|阅读|"
    # a flattened headline's last word before the number (…送达公告杭余罚决字〔〕, …文书公开深福府复决〔〕)
    r"公告|通告|(?<=书)公开|正文|"  # (文书公开深福府复决〔〕, not an agency series: 狮府公开复〔2025〕4号)
    # a web page's controls glued before its number (…打印本页 关闭窗口株国土资执法〔2016〕47号)
    + PAGE_CONTROLS
    + ")",
    re.S,
)
_TYPE_AFTER = re.compile(
    r"^[ \t]*[《<〈]?[ \t]*([\u4e00-\u9fff]{0,14}?(?:决定书|通知书|告知书|催告书|裁定书|判决书|建议书|移送书|"
    r"移送函|申请书|回证|决定|裁定|判决|函))"
)
# A cited document's number follows its name, in brackets that may hold a label of their own:
# 《行政处罚先行告知书》(文号:…罚权告〔2025〕033号) is a citation, not the page's 文号.
_TYPE_BEFORE = re.compile(
    r"([\u4e00-\u9fff]{0,10}(?:决定书|通知书|告知书|催告书|裁定书|判决书|建议书|移送书|移送函|申请书))"
    r"[ \t]*[》>〉]?[ \t]*(?:[(（][ \t]*(?:文号|文书号|编号|案号)[ \t]*[:：]?|[(（])?[ \t]*\Z"
)
_BEFORE_WINDOW = 24
# The label inside such a bracket labels the cited document's number, not the page's.
_CITED_LABEL = re.compile(r"(?:书|函|[》>〉])[ \t]*[(（][ \t]*(?:文号|文书号|编号|案号)[ \t]*[:：]?[ \t]*\Z")
_LINE_ENDERS = set("书函复告证院局会府")
_MASK_LINE = re.compile(r"\s*[X×xＸ*＊某]{1,6}[ \t]*")
_MARKING_LINE = re.compile(
    r"附件\d{0,2}|正本|副本|存档|抄送|机密|秘密|特急|加急|(?:主动|依申请|不予)公开|公开"
    r"|" + BARE_DECISION_TITLE  # a title line printed without its 书
)
_KEEP_WRITTEN = set("〔〕[]()（）【】﹝﹞［］")
_OCR_BRACKETS = str.maketrans("{「〈}」〉", "〔〔〔〕〕〕")  # OCR's glyphs for the year brackets of a 文号
_SERVED_NAME = re.compile(
    r"(?:送达文书名称|文书名称|送达文书)(?:及文号)?\s*[:：|]\s*([\u4e00-\u9fff]{2,30}?(?:书|函|决定|裁定|判决|证))"
)
_OWN_LABEL = re.compile(
    r"(?:(?<!立)(?:文[ \t]?号|文书号|案[ \t]?号|文书编号|决定书编号|(?<!立案)编[ \t]?号)(?:\s*[:：|])+"
    r"|[〔\[【](?:案号|案件字号)[〕\]】])\s*$"
)  # "文号:⏎|⏎" in a table; a site may letter-space it ("文 号 |")
# A details page prints label and value side by side without a colon ("决定书文号  …罚决〔2021〕第15号", and
# OCR may drop the gap); a label naming an earlier document (原处罚决定书文号) labels a citation.
_LABEL_CELL = re.compile(
    r"[ \t]*(?![\u4e00-\u9fff]{0,6}原)[\u4e00-\u9fff]{0,6}?(?:文号|文书号|案号|文书编号|编号)[ \t]*"
)
# A pinyin gloss after a label's character (文號(hào)) is blanked by normalise(); OCR damages it past
# recognition ("(hà0)", "(ha0", "(hao"): a short Latin run in brackets straight after a character of the
# label, at least one letter in it, is still the gloss and says nothing about the number.
_DAMAGED_GLOSS = re.compile(
    r"(?<=[\u4e00-\u9fff])[(（](?=[0-9]*[A-Za-z\u00c0-\u024f])[A-Za-z0-9\u00c0-\u024f]{1,6}(?:[)）]|(?=[|:：]))"
)
_MADE = re.compile(r"^[^。]{0,8}?(?:作出|作岀|下发|出具|签发|制作)(?:了|的)?[^。]{0,12}$")


# A court 案号: (2017)闽0982行审138号 — year, province letter and court code, then the serial.  An
# intermediate or special court's code has two digits ((2017)苏01行终393号, (2019)闽72行初1号).
# The opening bracket may be missing as printed ("2022)湘0821行初113号"): the value keeps that form, and a
# mask line above it (XX, the masked agency) is still debris, not prefix.
_CASE_KIND = "[行民刑执赔知商破司立监]"  # the procedure after a two-digit code: 行初, 民终, 执恢...
_COURT_CASE = re.compile(
    rf"\s*[^{_OPEN}\n]*?\n?(?P<year>[{_OPEN}]?(?<!\d)(?:19|20)\d\d[{_CLOSE}])(?!第)[\u4e00-\u9fff](?:\d{{4}}[\u4e00-\u9fff]|\d{{2}}{_CASE_KIND})"
)
_OPENS_CITATION = re.compile(rf"[{_OPEN}](?=\s*(?:19|20)\d\d(?!\s*[{_CLOSE}\d]))")


# Prefixes of instruments of general application: judicial interpretations (法释, 法发, 川高法), normative
# documents of an agency (湘自然资规, 国土资规) and of a government (…政发, …政办发).
_GENERAL_PREFIX = re.compile(r"(?:法释|法发|高法|规|规范|政发|政办发|国发|国办发|办发)$|^法$")
# A land-use approval or permit cited for the record ("办理相关手续3527平方米(2011政国土字837号)").
_APPROVAL_BEFORE = re.compile(r"(?:手续|批准文号|批复|审批|批文|许可证?|备案)[^。,，;；《》]{0,14}[(（\[]?$")
# Certificates and reports (国用/集用 land certificates, 公证书, 评报 valuation reports, 预审 opinions on land
# use, 呈报 submissions) are evidence or approvals however they are numbered.
_EVIDENCE = re.compile(
    # (not an idle-land finding, 闲置土地认定书 / …闲认定〔〕: the bureau's own decision on the land)
    r"价认|价格|(?<!闲置土地)(?<!闲)认定|认证|鉴定|鉴字|评估|评报|估价|备案|测绘|勘测|许可证|使用证|权证|结论书|报告|批文|公证|预审|呈报"
    r"|同意书"  # a forestry bureau's 使用林地审核同意书 is a permit
    r"|国用|集用|集建|房权|不动产权|合同|协议"  # a land-grant contract (…烟地合字(13)号《…出让合同书》), 补充协议 too
)
# A land-use pre-approval opinion is an approval even when it is sent as a letter (…预审意见的函).
_PRE_APPROVAL = re.compile(r"预审意见")
# A certificate named right after its number: (2005)第08048号集体土地使用证.
_CERTIFICATE_AFTER = re.compile(r"[)）\]】〕]?[\u4e00-\u9fff]{0,16}(?:使用证|产权证|权证|许可证|登记证)")
# A project's approvals listed as the papers it holds (已办理环评手续,分别为:…〔2011〕153号、…〔2015〕168号批复);
# a 批复 the applicant disputes (不服甘政地〔2019〕406号批复) is a step of the case.
_PAPERS_BEFORE = re.compile(r"手续[^。]{0,60}$")
_APPROVAL_AFTER = re.compile(r"[)）\]】〕]?批复")
# A 《title》 next to the number: 《…的通知》法〔〕, 法释《…的批复》〔2013〕5号, 《规范…办法》(湘…规〔〕).
_NAMED_BEFORE = re.compile(r"《(?P<title>[^《》]{2,90})》[(（\[]?(?:法释|法发|[\u4e00-\u9fff]{0,8})?$")
_NAMED_AFTER = re.compile(r"[)）\]]?《(?P<title>[^《》]{2,60})》")
_GENERAL_TITLE = re.compile(
    # (an agency issuing its rules: 《X市生态环境局关于印发<…裁量权执行规定(试行)>的通知》)
    # (issued by one agency or jointly: 《重庆市财政局 重庆市林业局关于调整…标准的通知》)
    r"^(?:最高人民法院|最高人民检察院|国务院"
    r"|(?:[\u4e00-\u9fff]{2,12}(?:高级人民法院|人民政府|办公厅|办公室|局|厅|委员会)[ \t、]*){1,3})?关于.{2,50}"
    r"(?:通知|通告|规定|办法|解释|意见|批复|答复|决定)$|^[\u4e00-\u9fff]{2,16}关于印发.{2,70}的通知$"
    # (a county's 工作方案 / 行动方案 and a ministry's 指导意见 set a campaign's rules for every holder)
    r"|(?:条例|办法|规定|细则|规则|解释|标准|基准|工作方案|行动方案|指导意见|办公室文件)"
    r"(?:[(（](?:试行|暂行|修订|\d{4}年修订)[)）])?[\"“”]?$"  # 《湖南省"…执行标准(试行)"》, a 裁量权基准
)
# A government's decision on one dispute is a step of that case, however its title opens
# (《关于甲村与乙村山林纠纷的处理决定》, 《关于…土地权属争议的处理意见》, 《关于某某信访事项的处理意见》).
# (or a notice acting on one holder's licence or mine: 《关于注销X石材厂采矿许可证的通知》, 关于依法关闭X煤矿的决定)
_ONE_CASE_TITLE = re.compile(
    r"(?:纠纷|争议)[^《》]{0,12}(?:处理|裁决|决定|意见)|确权|处理决定$|信访事项的?处理"
    r"|关于(?:依法)?(?:对[^《》]{2,30}?(?:实施|予以|进行))?(?:注销|吊销|撤销|撤回|收回|关闭)"
    # (an agency's answer to one holder's application: 《关于永定县洪山祥润石场申请采矿许可证延续的答复》)
    r"|关于[^《》]{2,30}?申请[^《》]{0,30}的(?:答复|复函|回复)$"
)
# A notice that issues or adjusts a rule for everyone, named without 《》 around it: "…局关于印发《…标准》的
# 通知(…〔2021〕19号)".  (A notice about one case, 关于责令限期改正的通知, is a case step and stays.)
_RULE_NOTICE_BEFORE = re.compile(
    r"关于(?:印发|转发|发布|公布|调整|明确|规范|加强|做好|进一步)[^。；;,，]{0,50}的(?:通知|通告|意见)[(（\[【〔]?$"
)
# "…发〔2022〕106号文件" (…号规范性文件, or "…号文,") cites a document as a rule to apply: case documents are named
# by their type.
# "…号文批准" cites a government's approval as authority (of a land requisition); "…号批复" alone may be the act
# under review and stays.
# …号文, listed as a rule; …号批文, a government's approval cited as authority
_AS_RULE_AFTER = re.compile(r"[)）\]】〕]?(?:(?:规范性)?文件|文批准|批文|文(?=[,，、。;；)）]|$))")
# An agency's letter or opinion listed as evidence ("…的复函(…函〔2023〕382号)等证据证实") is a third
# party's evidence, however it is numbered.
_EVIDENCE_NAME_BEFORE = re.compile(r"(?:复函|函|意见|报告书?|鉴定书|证明|说明)[(（\[][^()（）\[\]]{0,16}$")
# The number a bureau files the case under (将该案立为腾林罚立字[2018]第09号案件, 立案编号:…号) names no document.
_CASE_FILED_AS = re.compile(r"立(?:案)?为$|立案(?:编号|号|文号)[:：]?[(（]?$")
_CO_CITED = re.compile(r"(?:、[^、《》。,，;；:：]{4,30}?号)*")
_EVIDENCE_SENTENCE = re.compile(r"证据(?:证实|证明|为证|在案)|(?:事实|证据)有|等为证|佐证")


_CANON = str.maketrans(
    {**dict.fromkeys("〔【﹝[{「〈", "("), **dict.fromkeys("〕】﹞]}」〉", ")"), "號": "号", "第": None}
)


# What is left of a number a site broke (豫水(1997)~字第01号 reads 字第01号): no document is cited by it.
_FRAGMENT = re.compile(r"字?(?:\d+|X+)号")


# A cited number whose kind of document the text does not say is as often a normative instrument or an
# approval (湘自然资规〔2019〕5号) as a case document: on first sight of new batches 9 of 10 such were not
# case references, so they go to review instead of being trusted.
_UNTYPED_REFERENCE = 0.75


def canonical_doc_number(s: str) -> str:
    """One comparable form: half-width, no spaces, no 第, 號→号, every bracket pair → ()."""
    out = "".join(chr(ord(ch) - 0xFEE0) if 0xFF01 <= ord(ch) <= 0xFF5E else ch for ch in s)
    out = out.translate(_CANON)
    out = re.sub(r"\s+", "", out).upper()
    out = re.sub(r"(?:-{1,2}|[—–])+|(?<=号)一(?=\d)", "-", out)  # 2016—23号, 2016--23号, OCR's 115号一02
    out = re.sub(r"[×*]", "X", out)  # one mask glyph: OCR mixes them (××号 read as ×X号)
    out = re.sub(r"(?<=\)\d)(\d*)$", r"\1号", out)  # a serial printed without its 号 (…(2013)第414行政处罚决定书)
    out = re.sub(r"^\(([5-9]\d)\)(?=\D)", r"(19\1)", out)  # a 1990s court number's short year: (93)琼民初字5号
    out = re.sub(r"\(((?:19|20)\d\d)(?!\))", r"(\1)", out)  # a bracket OCR lost
    out = re.sub(r"(?<![(\d])((?:19|20)\d\d)\)", r"(\1)", out)
    # an old court 案号 may print its year after the court's code (渝一中行终字(2003)78号): the year goes first
    return _YEAR_INSIDE.sub(r"(\g<year>)\g<code>\g<serial>", out)


_YEAR_INSIDE = re.compile(
    r"^(?P<code>[\u4e00-\u9fff]{1,10}?[行民刑执赔][\u4e00-\u9fff]{0,3}字)\((?P<year>(?:19|20)\d\d)\)(?P<serial>[\dX]+号)"
)


@dataclass
class Found:
    start: int  # in doc.text
    end: int
    at: int  # in the unwrapped text the contexts are read from
    to: int
    value: str
    canonical: str


def find_numbers(text: str, original: str, index: list[int] | None = None) -> list[Found]:
    """Numbers in `text` (normalised, possibly unwrapped); `index` maps its offsets to `original`'s."""
    index = index if index is not None else list(range(len(text)))
    found = []
    for match in NUMBER.finditer(text):
        groups = (match.group("a"), match.group("b"), match.group("c"), match.group("d"), match.group("e"))
        prefix = next((g for g in groups if g is not None), "")  # (f: the year opens the number, no prefix)
        at = match.start() + _trim(prefix, text[max(0, match.start() - 12) : match.start()])
        court = _COURT_CASE.match(text, at)
        if court and court.group("year"):  # a court's 案号 has no prefix: words before it are page debris
            at = court.start("year")
        if match.group("c") is not None:
            if not _plausible_bare(text[at : match.end()]):
                continue
            letters = re.search(r"[A-Za-z]{2,}$", match.group("c"))
            at = match.start() + letters.start() if letters else at
        at = _court_year_start(text, at, match.end())
        to = match.end() + _serial_suffix(text, match.end())
        at = _spaced_head(text, at, to)
        encloses = re.match(rf"\s*[{_CLOSE}]", text[to : to + 3])
        if encloses and _OPENS_CITATION.match(text, at):  # "(2011政国土字837号)": brackets around the number
            at += 1
        found.append(_found_at(text, original, index, at, to))
    return found


def without_glued_words(text: str, original: str, index: list[int], found: list[Found]) -> list[Found]:
    """A sentence's function word glued before a cited number (且汴城国土(2014)141号, 由…) is cut off when the
    rest is the whole prefix another number of the document has: the same agency's numbering, not a new one."""
    heads = sorted({head for f in found if (head := number_head(f.value)) and len(head) >= 2}, key=len, reverse=True)
    kept = []
    for item in found:
        head = number_head(item.value) or ""
        other = next((h for h in heads if h != head and head.endswith(h)), None)
        if other is not None and FUNCTION_HEAD.fullmatch(head[: -len(other)]):
            item = _found_at(text, original, index, _past_chars(text, item.at, len(head) - len(other)), item.to)
        kept.append(item)
    return kept


def _past_chars(text: str, at: int, count: int) -> int:
    """Where `count` printed characters after `at` end, blanks and line wraps between them skipped."""
    for _ in range(count):
        while text[at].isspace():
            at += 1
        at += 1
    return at


def _found_at(text: str, original: str, index: list[int], at: int, to: int) -> Found:
    """The number between `at` and `to` of the unwrapped text, with its range and characters as printed (a
    prefix cut at a word may leave the line break before it: the number starts on its own line)."""
    at += len(text[at:to]) - len(text[at:to].lstrip())
    start, end = original_range(index, at, to)
    value = _as_written(text[at:to], [original[index[i]] for i in range(at, to)])
    return Found(start, end, at, to, value, canonical_doc_number(value))


# A serial after 号 (…第115号—02): one decision of a numbered batch, part of its number.
_SUFFIX = re.compile(r"[ \t]*(?:-{1,2}|[－—–一]{1,2})[ \t]*\d{1,3}(?![\d号號年月日.:：/-])")  # OCR: — as 一
# An older court 案号 names the court and the procedure after the year: (2014)海南一中环行终字第1号.
_COURT_AFTER_YEAR = re.compile(
    rf"[{_OPEN}]?(?:19|20)\d\d[{_CLOSE}][\u4e00-\u9fff]{{1,10}}?(?:行|民|刑|执|赔)[初终审监再申他保恢异复]?字"
)


def _serial_suffix(text: str, end: int) -> int:
    suffix = _SUFFIX.match(text, end)
    return len(suffix.group(0)) if suffix else 0


def _court_year_start(text: str, at: int, match_end: int) -> int:
    """An older-style court 案号 has no prefix either: words before its year are page debris."""
    year = re.search(rf"[{_OPEN}]\s*(?:19|20)\d\d", text[at:match_end])
    if year is None or year.start() == 0 or not _COURT_AFTER_YEAR.match(text, at + year.start()):
        return at
    return at + year.start()


# A number line printed with a space inside its prefix ("楚市 林草罚决〔2025〕033号"): the words before
# the space are part of the number when the line holds nothing else and they are no label.
# OCR may space every character ("楚 市 林草罚决…"): up to six spaced groups.
_SPACED_HEAD = re.compile(r"[ \t]*(?P<head>(?:[\u4e00-\u9fff]{1,6}[ \t]+){1,6})\Z")
_NOT_HEAD = re.compile(r"附件|文号|文书号|案号|编号|抄送|抄报|落款|主送|标题|名称|[:：]")


def _spaced_head(text: str, at: int, end: int) -> int:
    """Where a number alone on its line really starts, when a stray space split its prefix."""
    line_start = text.rfind("\n", 0, at) + 1
    head = _SPACED_HEAD.fullmatch(text[line_start:at])
    if head is None or _rest_of_line(text, end).strip() or not re.match(r"[\u4e00-\u9fff]", text[at]):
        return at
    words = re.sub(r"\s+", "", head.group("head"))
    if len(words) > 8 or _NOT_HEAD.search(words) or _STOP.match(words):
        return at
    return line_start + head.start("head")


def _as_written(normalised: str, written: list[str]) -> str:
    """Simplified characters from the normalised text, brackets and digits as the document wrote them."""
    chars = [w if w in _KEEP_WRITTEN else n for n, w in zip(normalised, written, strict=True)]
    return re.sub(r"\s+", "", "".join(chars)).translate(_OCR_BRACKETS)


def _trim(prefix: str, before: str = "") -> int:
    """How many prefix characters belong to the preceding words, not to the number.

    `before` is the text just before the prefix: a letter-spaced title ("行 政 裁 定 书 (2021)…")
    leaves only its last character next to the number, and the words it ends are in `before`."""
    context = re.sub(r"\s+", "", before)[-6:]
    masked = re.sub(r"[(（][^)）]*[)）]", lambda m: "□" * len(m.group(0)), prefix)
    stop = _STOP.match(context + masked)
    cut = max(0, stop.end() - len(context)) if stop else 0
    cut += masked[cut:].startswith("被")  # a passive (不服被鲁政复决字…): no agency's short name starts with 被
    cut += len(masked[cut:]) - len(masked[cut:].lstrip("〕】]"))  # the end of a record's label (〔案件字号〕…)
    wrap = masked.rfind("\n")
    if wrap > cut and _line_above(masked[cut:wrap], (before + masked[:cut]).rstrip(" \t")):
        cut = wrap + 1
    return cut


def _line_above(head: str, preceding: str) -> bool:
    """The prefix part before a line break is a line of its own, not the start of a wrapped number:
    a heading (…裁定书, …移送函), a masked name (XX), a table row's last cell, or a marking a document
    prints on its own line above the number (附件2, 正本, 主动公开).
    Any other short line may be a table cell's wrap."""
    whole_line = not preceding.lstrip("\n") or preceding.endswith("\n") or head.startswith("\n")
    marking = whole_line and bool(_MARKING_LINE.fullmatch(head.strip()))
    last_line = preceding.rsplit("\n", 1)[-1]
    table_cell = "|" in last_line  # the last cell of a table row above the number
    crumbs = bool(re.search(r"[>›»]", last_line))  # a site's breadcrumbs (首页 > … > 复议决定文书公开)
    return head[-1:] in _LINE_ENDERS or bool(_MASK_LINE.fullmatch(head)) or marking or table_cell or crumbs


def _plausible_bare(number: str) -> bool:
    """A number without a year (SC第6013号, 罚字第5号) needs letters or an agency word before 第."""
    head = number.split("第")[0]
    return bool(re.search(r"[A-Za-z]{2}|字|罚|发|函|执|审", head))


def _own_score(doc: Doc, joined: str, item: Found, sections: dict[str, tuple[int, int]]) -> float:
    """How strongly the position says 'this is the document's own number' (0 = a citation)."""
    text = doc._.text
    header = sections.get("header")
    in_header = bool(header and header[0] <= item.start < header[1])
    # (the line as printed too: unwrapping may join it to a metadata line above, 主题分类⏎岱政复决字…)
    headline = _headline_with_title(joined, item.at, item.to) or _headline_with_title(text, item.start, item.end)
    if in_header and headline:
        return 0.88
    if _CASE_SOURCE.search(joined[max(0, item.at - 50) : item.at]):  # a case book's 案例依据: court, number, kind
        return 0.85
    if _under_label_line(joined, item.at):  # a card's field holds it, its kind after it (…第12号行政判决)
        return 0.9
    if _TYPE_AFTER.match(joined[item.to : item.to + 16]):
        return 0.0
    if _cited_under_label(joined, item) or _CASE_INDEX.search(joined, max(0, item.at - 120), item.at):
        return 0.0
    if _OWN_LABEL.search(_label_before(joined, item.at, 10)) or _under_number_column(text, item.start, item.end):
        return 0.9
    if _LABEL_CELL.fullmatch(_label_before(joined, item.at)):
        return 0.9
    if _under_column_heading(text, item.start):  # a table copied cell by cell
        return 0.85
    header = sections.get("header")
    title = sections.get("title")
    if title and 0 <= item.start - title[1] <= 40 and _only_title_between(text, title, item.start):
        return 0.95
    if _bracketed_in_headline(joined, item):
        return 0.85
    if _TYPE_BEFORE.search(joined[max(0, item.at - _BEFORE_WINDOW) : item.at]):
        return 0.0
    if in_header:
        return 0.88
    if _opens_page(joined, item):
        return 0.88
    return 0.0


# A page's headline: the document's kind, then its number in brackets, alone on the line
# (行政处罚决定书(沅自然资罚决〔2025〕09号)) above a title printed without its 书.
_HEADLINE_KIND = re.compile(r"[ \t]*[\u4e00-\u9fff]{0,12}(?:决定书|通知书|告知书|裁定书|判决书)[(（][ \t]*")


def _bracketed_in_headline(text: str, item: Found) -> bool:
    """The page names itself by kind and number on its first line; the title below it may lack the kind's
    书, so the number is not cited after a title (_TYPE_BEFORE) but is the page's own."""
    line_start = text.rfind("\n", 0, item.at) + 1
    if line_start > 0 and text[:line_start].strip():
        return False  # the page's first line only
    closed = re.match(r"[ \t]*[)）][ \t]*(?:\n|$)", text[item.to : item.to + 8])
    return closed is not None and _HEADLINE_KIND.fullmatch(text, line_start, item.at) is not None


_COURT_NAME = re.compile(r"[\u4e00-\u9fff]{2,24}人民法院")
_CRUMBS_END = re.compile(r"[>›»][ \t]*[^>›»\n]{0,12}$")


def _headline_with_title(text: str, at: int, to: int) -> bool:
    """A header line that is the number run into the title (…府行复〔2023〕143号行政复议决定书) names the page
    itself: a cited number stands in a sentence, not alone before a type name that ends its line."""
    lead = text[text.rfind("\n", 0, at) + 1 : at].strip()
    # a court's page (最高人民法院(2018)最高法行再128号行政裁定书), or a site's breadcrumbs OCR read into the line
    if lead and not (_COURT_NAME.fullmatch(lead) or _CRUMBS_END.search(lead)):
        return False
    named = _TYPE_AFTER.match(text[to : to + 24])
    # (a disclosure page's headline: …60号 行政处罚决定书公示)
    ends_line = named is not None and _rest_of_line(text, to + named.end()).strip() in ("", "公示", "公告", "公开")
    return ends_line and named is not None and named.group(1).endswith("书")


def _label_before(text: str, pos: int, window: int | None = None) -> str:
    """The text before a number with a label's damaged gloss left out: its line, or its last `window`
    characters (a table may put the label on the line above: "文号:⏎|⏎")."""
    if window is None:
        return _DAMAGED_GLOSS.sub("", text[text.rfind("\n", 0, pos) + 1 : pos])
    return _DAMAGED_GLOSS.sub("", text[max(0, pos - window - 8) : pos])[-window:]


# A disclosure table's column of decision numbers (行政处罚决定书文号 | …); 证照名称及编号 is no such column.
_NUMBER_COLUMN = re.compile(
    r"(?:[\u4e00-\u9fff]{0,8}(?:决定书?|处罚|文书))?(?:文号|文书号|案号)|[\u4e00-\u9fff]{0,8}决定书编号"
)


# A case study lists the rulings it discusses under 案例索引 (执行审查:X法院(2020)…号 ⏎ 复议审查:…): citations.
_CASE_INDEX = re.compile(r"案例索引")
_CASE_SOURCE = re.compile(r"案例(?:依据|来源)[ \t]*[:：]?\s*[\u4e00-\u9fff]{2,30}?人民法院[ \t]*$")


def _under_label_line(text: str, pos: int) -> bool:
    """A disclosure page copied cell by cell puts the number alone on its line under its label's line
    ("行政处罚决定书文号⏎⏎珠自资林罚决〔2023〕1号"), with blank lines between; a case card's value may name
    the court before it (案号⏎⏎东平县人民法院(2015)东行初字第12号行政判决)."""
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[line_start:pos].strip()
    if before and not re.fullmatch(r"[\u4e00-\u9fff]{2,30}法院", before):
        return False
    above = text[max(0, line_start - 200) : line_start].rstrip().rsplit("\n", 1)[-1]
    label = _DAMAGED_GLOSS.sub("", re.sub(r"\s+", "", above)).rstrip(":：|")
    return bool(_NUMBER_COLUMN.fullmatch(label)) and "原" not in label


def _in_number_column(text: str, item: Found) -> bool:
    """The number fills a cell of the table's column of document numbers, however the table was copied."""
    return _under_number_column(text, item.start, item.end) or _under_column_heading(text, item.start)


def _under_column_heading(text: str, pos: int) -> bool:
    """`pos` stands in a table copied cell by cell (cell_columns), under its column of document numbers."""
    return bool(_NUMBER_COLUMN.fullmatch(heading_above(text, pos) or ""))


def _under_number_column(text: str, start: int, end: int) -> bool:
    """The number fills a table row's cell whose column header labels the document's number.
    Read on the text as printed: unwrapping may glue a header row ending in a word onto its row."""
    line_start = text.rfind("\n", 0, start) + 1
    column = text[line_start:start].count("|")
    if column == 0 and "|" not in _rest_of_line(text, end):
        return False
    above = text[:line_start].splitlines()
    for line in reversed(above[-12:]):
        cells = line.split("|")
        if len(cells) < 2:
            return False
        if column < len(cells) and _NUMBER_COLUMN.fullmatch(_DAMAGED_GLOSS.sub("", re.sub(r"\s+", "", cells[column]))):
            return True
    return False


def _cited_under_label(text: str, item: Found) -> bool:
    """《…告知书》(文号:…) in a sentence cites that document; a title line's own "(文号:…)" does not."""
    if not _CITED_LABEL.search(text[max(0, item.at - 12) : item.at]):
        return False
    line_head = text[text.rfind("\n", 0, item.at) + 1 : item.at]
    return bool(re.search(r"[》〉,，。;；]", line_head))


# Lines a page may open with before its number: site debris (跳转到主要内容) or the agency's name,
# never a sentence, a label, an addressee or an attachment mark.
_NOT_OPENING = re.compile(r"[。:：,，;；|\d]|附件")


def _opens_page(text: str, item: Found) -> bool:
    """A number alone on its line at the top of the page, under at most two short lines of debris or
    the agency's name, is the page's own (an untitled decision, a judgment site's first page)."""
    if _rest_of_line(text, item.to).strip():
        return False
    before = [line.strip() for line in text[: item.at].splitlines() if line.strip()]
    return len(before) <= 2 and all(len(line) <= 16 and not _NOT_OPENING.search(line) for line in before)


def _rest_of_line(text: str, pos: int) -> str:
    line_end = text.find("\n", pos)
    return text[pos:] if line_end < 0 else text[pos:line_end]


def _only_title_between(text: str, title: tuple[int, int], pos: int) -> bool:
    """Nothing but spacing, debris or the title repeated stands between the title and the number."""
    between = re.sub(r"[\s&;a-z]+", "", text[title[1] : pos])
    title_text = re.sub(r"\s+", "", text[title[0] : title[1]])
    # a headline title (XX局关于…的行政处罚决定书) may be followed by its type line (行政处罚决定书)
    return not re.search(r"[\u4e00-\u9fff]{2}", between) or (len(between) >= 4 and title_text.endswith(between))


def _reference(text: str, item: Found) -> dict[str, str]:
    """The cited number with the type the context names and the date it was made, when stated."""
    ref = {"doc_number": item.value}
    after = _TYPE_AFTER.match(text[item.to : item.to + 20])
    before = _TYPE_BEFORE.search(text[max(0, item.at - _BEFORE_WINDOW) : item.at])
    named = after.group(1) if after else before.group(1) if before else _served_name(text, item.at)
    if named.endswith(("决定", "裁定", "判决")):
        named += "书"
    doc_type = classify_title(named) if named else None
    if doc_type is not None:
        ref["doc_type"] = str(doc_type)
    clause_start = max(text.rfind(ch, 0, item.at) for ch in "。；;\n,，") + 1
    dates = [d for d in find_dates(text[clause_start : item.at]) if d.value]
    if dates and _MADE.match(text[clause_start + dates[-1].end : item.at]):
        ref["date"] = dates[-1].value
    return ref


def not_a_case_document(text: str, at: int, to: int) -> bool:
    """Numbers of rules of general application (法释, 高法, a 规范性文件's …规〔〕) and of third parties'
    evidence (价格认定, 备案证) are cited too, but they are no step of the case."""
    number = re.sub(r"\s+", "", text[at:to])
    prefix = re.split(rf"[{_OPEN}]?(?:19|20)\d\d", number, maxsplit=1)[0]
    if _GENERAL_PREFIX.search(prefix) or _EVIDENCE.search(prefix):
        return True
    before = re.sub(r"\s+", "", text[max(0, at - 100) : at])
    after = re.sub(r"\s+", "", text[to : to + 120])
    # numbers cited together share what follows the last (苏财建[2008]126号、苏国土资发[2008]246号《关于…的通知》)
    after = after[_CO_CITED.match(after).end() :]
    named = _NAMED_BEFORE.search(before) or _NAMED_AFTER.match(after)
    title = named.group("title") if named else _enclosing_title(before, number, after)
    if _ONE_CASE_TITLE.search(title) and not _PRE_APPROVAL.search(title):
        return False  # 《关于甲与乙宅基地纠纷问题的处理意见》(遵政[2013]112号文件): a decision on this one dispute
    if (
        _CASE_FILED_AS.search(before)
        or _RULE_NOTICE_BEFORE.search(before)
        or _APPROVAL_BEFORE.search(before)
        or _AS_RULE_AFTER.match(after)
        or _CERTIFICATE_AFTER.match(after)
        or (_APPROVAL_AFTER.match(after) and _PAPERS_BEFORE.search(before))
        or _listed_evidence(text, at, to, before)
    ):
        return True
    if not title:
        return False
    if _PRE_APPROVAL.search(title):
        return True
    return bool(_GENERAL_TITLE.search(title) or _EVIDENCE.search(title)) and not _TYPE_AFTER.match(title)


def _enclosing_title(before: str, number: str, after: str) -> str:
    """The 《》 title a number stands inside (《南宁土出字2013052号…国有建设用地使用权出让合同》): the number is
    part of the name of the document it numbers."""
    opened = re.search(r"《([^《》]{0,60})$", before)
    closed = re.match(r"([^《》]{0,60})》", after)
    return opened.group(1) + number + closed.group(1) if opened and closed else ""


def _listed_evidence(text: str, at: int, to: int, before: str) -> bool:
    """A letter named in the sentence that lists the evidence (以上事实有…复函(…号)等证据证实)."""
    if not _EVIDENCE_NAME_BEFORE.search(before):
        return False
    start = max(text.rfind(ch, 0, at) for ch in "。\n") + 1
    end = min((i for i in (text.find(ch, to) for ch in "。\n") if i >= 0), default=len(text))
    return bool(_EVIDENCE_SENTENCE.search(text[start:end]))


_YEAR_AT = re.compile(r"\((?:19|20)\d\d\)")


def _own_again(canonical: str, own: str | None) -> bool:
    """The own number read again. With page debris glued in front: a court 案号, or an own number that starts
    at its year (〔2018〕连行复第34号) read with a breadcrumb's words before it. Or printed twice and read two
    ways (a headline and the number line, OCR on one of them): the same year and serial, and a series that
    differs only by debris in front (案淄政复 / 淄政复), a lost first character (林罚决字 / 醴林罚决字) or a misread
    first character, the place (璧环改 / 壁环改). A different series character further in (罚告 / 罚决: a notice
    sharing the decision's serial) is another document."""
    if own is None or canonical == own:
        return False
    if canonical.endswith(own) and (_COURT_CASE.match(own) is not None or own.startswith("(")):
        return True
    year_a, year_b = _YEAR_AT.search(canonical), _YEAR_AT.search(own)
    if year_a is None or year_b is None or canonical[year_a.start() :] != own[year_b.start() :]:
        return False
    a, b = canonical[: year_a.start()], own[: year_b.start()]
    if min(len(a), len(b)) >= 2 and (a.endswith(b) or b.endswith(a)):
        return True
    return len(a) == len(b) >= 3 and a[1:] == b[1:]


# A year in brackets, and nothing else, once canonical: (2005), (93).
_BRACKETED_YEAR = r"\((?:19|20)?\d\d\)"


def _fuller_forms(item: Found, found: list[Found]) -> list[Found]:
    """The numbers that end with all of `item` and print more before it."""
    own = item.canonical
    return [f for f in found if len(f.canonical) > len(own) and f.canonical.endswith(own)]


def _cut_copy(item: Found, found: list[Found]) -> bool:
    """A number read without its prefix (an agency's name before it ends the prefix: "…渔业局〔2018〕7号")
    is the same decision the text cites elsewhere in full (…渔处罚〔2018〕7号), not another one; so is a
    court number cited once without its year (新行终字第109号 beside (2005)新行终字109号)."""
    if _COURT_CASE.match(item.value):
        return False
    fuller = _fuller_forms(item, found)
    if item.canonical.startswith("("):
        return bool(fuller)
    cut = len(item.canonical)
    return any(re.fullmatch(_BRACKETED_YEAR, f.canonical[: len(f.canonical) - cut]) for f in fuller)


# An editor's summary printed above a judgment a case book or a site reproduces (裁判要旨, 编者按).
_COMMENTARY = re.compile(r"(?:^|\n)[ \t【〔\[]*(?:裁判要旨|编者按|要旨|案例评析|编者评析)")


def _commentary_end(text: str, sections: dict[str, tuple[int, int]]) -> int:
    """Where the judgment a summary stands above starts: the cases that summary compares it with are no
    steps of this one."""
    header = sections.get("header")
    if header is None or _COMMENTARY.search(text, 0, header[0]) is None:
        return 0
    return header[0]


# A proof of service has no number of its own: the numbers on it are the served document's.
_RECEIPT = str(DocType.SERVICE_RECEIPT)


def _page_type(doc: Doc) -> str | None:
    doc_type = doc._.fields.get("doc_type")
    return doc_type.value if doc_type is not None else None


def _served_name(text: str, pos: int) -> str:
    """A 送达回证 names the served document on a line of its own (送达文书名称：行政处罚决定书)."""
    labels = list(_SERVED_NAME.finditer(text, max(0, pos - 80), pos))
    return labels[-1].group(1) if labels else ""


# The step a number's prefix names (…罚告〔〕, …罚决〔〕, …催告〔〕), in the order a case takes them.
_KINDS: tuple[tuple[re.Pattern[str], DocType], ...] = (
    (re.compile(r"催"), DocType.DEMAND_NOTICE),
    (re.compile(r"决"), DocType.PENALTY_DECISION),
    (re.compile(r"告"), DocType.PENALTY_NOTICE),
)
_STAGE = [DocType.PENALTY_NOTICE, DocType.PENALTY_DECISION, DocType.DEMAND_NOTICE]


def number_kind(value: str) -> DocType | None:
    """The kind of document a number's prefix names, None when it names none."""
    prefix = re.split(rf"[{_OPEN}]?\s*(?:19|20)\d\d\s*[{_CLOSE}]", value, maxsplit=1)[0]
    return next((kind for pattern, kind in _KINDS if pattern.search(prefix)), None)


def _wrong_kind(item: Found, own: list[tuple[Found, float]], doc_type: str | None) -> bool:
    """A number naming an earlier step than the document is a citation: a decision cites its 告知书, a
    催告书 its decision, never the other way round.  A decision's own number never names a 告知书; on
    an untyped page the latest step among the candidates wins.  (Agencies number other steps freely,
    a 催告书 may be …执告〔〕, so a known type other than a decision filters nothing.)"""
    kind = number_kind(item.value)
    if kind is None:
        return False
    if doc_type == DocType.PENALTY_DECISION:
        return kind == DocType.PENALTY_NOTICE
    if doc_type not in (None, DocType.OTHER):
        return False
    kinds = [k for k in (number_kind(f.value) for f, _ in own) if k is not None]
    return _STAGE.index(kind) < max(_STAGE.index(k) for k in kinds)


_COURT_TYPES = {str(DocType.COURT_JUDGMENT), str(DocType.COURT_RULING)}
_YEAR_FIRST = re.compile(r"\(?(?:19|20)\d\d\)")


# A court's case serial after the year and the court's code: 行初, 行终, 行审, 行申, 行再, 行非诉, 执…
# ((2019)川0124行初97号, (2020)最高法行申9433号, the older 穗中法行终字, 通行非执字): not an agency's series, even
# where its 执 is law enforcement's (上镇执罚决字) or its 行复 a reconsideration's (通行复第546号), nor a
# procuratorate's (黔检行监).
_COURT_SERIAL = re.compile(
    r"\((?:19|20)\d\d\)[^\d()检]{0,8}?\d{0,4}(?:行(?:初|终|审|申|再|监|赔|非|提)|执[初终审申复异恢他保])"
)
# Papers an agency, a procuratorate or a party issues: a court's case number on them is the case they
# speak of (a supervision application heads its page with the rulings it contests), never their own.
_NOT_COURT_TYPES = {
    str(t)
    for t in (
        DocType.PENALTY_DECISION,
        DocType.PENALTY_NOTICE,
        DocType.STOP_ORDER,
        DocType.DEMAND_NOTICE,
        DocType.ENFORCEMENT_APPLICATION,
        DocType.RECONSIDERATION_DECISION,
        DocType.PROCURATORIAL_SUGGESTION,
        DocType.SUGGESTION_REPLY,
        DocType.SUPERVISION_APPLICATION,
    )
}


def _fits_issuer(item: Found, page_type: str | None, sure: bool) -> bool:
    """A court numbers its judgments and rulings by case, year first ((2013)汴行初字第5号): an agency's
    number on a judgment is the decision it reviews, never the judgment's own; and the other way round, once
    the page's type is `sure` (a title said it: a court's page typed by a cue it quotes keeps its own number)."""
    if page_type in _NOT_COURT_TYPES:
        return not sure or _COURT_SERIAL.match(item.canonical) is None
    return page_type not in _COURT_TYPES or _YEAR_FIRST.match(item.canonical) is not None


def _sure_type(doc: Doc) -> bool:
    doc_type = doc._.fields.get("doc_type")
    return doc_type is not None and doc_type.confidence >= 0.8


# An 附件 line naming the document the page discloses ("附件:…罚字〔2018〕第7号 行政处罚决定书").
_ANNEX = re.compile(r"(?:^|\n)[ \t]*附件\s*\d?\s*[:：]?[ \t]*\Z")


def _annexed_own(page_type: str | None, joined: str, found: list[Found]) -> Found | None:
    """The page's own number when it only discloses one attached decision and prints no number line."""
    annexed = []
    for item in found:
        named = _TYPE_AFTER.match(joined[item.to : item.to + 20])
        if named and _ANNEX.search(joined[max(0, item.at - 12) : item.at]):
            annexed.append((item, classify_title(named.group(1))))
    if len({item.canonical for item, _ in annexed}) != 1:
        return None
    item, kind = annexed[0]
    fits = kind is not None and page_type in (None, str(DocType.OTHER), str(kind))
    return item if fits else None


# A bureau's summary of its own decision tells it in the third person: "…局于2018年2月6日以腾林罚决字[2018]第11号
# (行政处罚决定书)给予张某如下处罚" / "以…号决定书对其作出罚款…的行政处罚".
_REPORTED_AFTER = re.compile(
    r"[)）]?(?:《?[\u4e00-\u9fff]{0,12}决定书?》?)?[,，]?(?:给予|对[^。；;]{1,30}?(?:作出|处以|给予))[^。；;]{0,40}?处罚"
)


def _reported_own(page_type: str | None, joined: str, found: list[Found]) -> Found | None:
    """The decision a penalty summary reports, when the page prints no number of its own."""
    if page_type != str(DocType.PENALTY_DECISION):
        return None
    reported = [
        f for f in found if joined[f.at - 1 : f.at] == "以" and _REPORTED_AFTER.match(joined[f.to : f.to + 60])
    ]
    return reported[0] if len({f.canonical for f in reported}) == 1 else None


# A court 案号 a site printed without its 号 (and maybe its province), alone on its line: "(2019)72行初1".
# (a blog may lose the opening bracket too: "2016)浙01行初211"; a compensation appeal is 行赔终)
_BARE_CASE_LINE = re.compile(
    rf"(?m)^[ \t]*(?P<n>[{_OPEN}]?(?:19|20)\d\d[{_CLOSE}][\u4e00-\u9fff]?\d{{0,4}}{_CASE_KIND}"
    r"[初终审监再申赔恢异复]{0,2}字?第?\d{1,5})[ \t]*$"
)
_BARE_CASE_WINDOW = 400  # the header: a number further down is not the page's


def _joined_title_end(doc: Doc, sections: dict[str, tuple[int, int]], index: list[int]) -> int | None:
    """Where the title ends in the unwrapped text (`index` maps its offsets to the document's)."""
    if "title" not in sections:
        return None
    at = unwrapped_offset(index, sections["title"][1])
    return at if at < len(index) else None


def _bare_court_number(joined: str, original: str, index: list[int], title_end: int | None) -> Found | None:
    """A judgment's own 案号 damaged by the site (no 号), when the header prints no whole number: near the
    top, or right under the title when a commentary comes first."""
    match = _BARE_CASE_LINE.search(joined, 0, _BARE_CASE_WINDOW)
    if match is None and title_end is not None:
        line_after = joined.find("\n", title_end) + 1
        match = _BARE_CASE_LINE.search(joined, line_after, line_after + 40) if line_after else None
    if match is None:
        return None
    return _found_at(joined, original, index, *match.span("n"))


# An agency's number a site printed without its 号, alone on its line under the title: "罗政行复决字〔2016〕6",
# or in a table's number column: "三农(林)罚决字〔2018〕第2".
_BARE_AGENCY_LINE = re.compile(
    rf"(?m)^[ \t]*(?P<n>(?:[\u4e00-\u9fff]|[(（][\u4e00-\u9fff]{{1,4}}[)）]){{2,16}}"
    rf"[{_OPEN}](?:19|20)\d\d[{_CLOSE}]第?\d{{1,5}})[ \t]*$"
)
_BARE_WINDOW = 600  # the header: a site may print the title twice (page headline, then the document)


def _bare_title_number(joined: str, original: str, index: list[int], title_text: str) -> Found | None:
    """The own number damaged by the site (no 号) on the line right under a title line, when none is whole."""
    if not title_text:
        return None
    for match in _BARE_AGENCY_LINE.finditer(joined, 0, _BARE_WINDOW):
        above = [line for line in joined[: match.start()].splitlines() if line.strip()]
        if above and re.sub(r"\s+", "", above[-1]).endswith(title_text):
            return _found_at(joined, original, index, *match.span("n"))
    return None


def _bare_column_number(joined: str, original: str, index: list[int], printed: str) -> Found | None:
    """The own number damaged by the site (no 号) in a table's number column copied cell by cell; the column
    is looked up in `printed`, the normalised text with its lines as printed."""
    for match in _BARE_AGENCY_LINE.finditer(joined):
        if _under_column_heading(printed, index[match.start("n")]):
            return _found_at(joined, original, index, *match.span("n"))
    return None


def _choose_own(
    page_type: str | None, joined: str, scored: list[tuple[Found, float]], sure: bool
) -> tuple[Found, float, list[str]] | None:
    """The own number, how sure its position makes it, and the other candidates a reviewer may prefer."""
    own = [(f, s) for f, s in scored if s > 0]
    own = [(f, s) for f, s in own if not _wrong_kind(f, own, page_type) and _fits_issuer(f, page_type, sure)]
    if not own:
        annexed = None if page_type == _RECEIPT else _annexed_own(page_type, joined, [f for f, _ in scored])
        annexed = annexed or _reported_own(page_type, joined, [f for f, _ in scored])
        return (annexed, 0.6, []) if annexed is not None else None
    best, score = max(own, key=lambda fs: (fs[1], -fs[0].start))
    best = _fuller_spelling(best, [f for f, _ in scored])
    others = sorted({f.value for f, _ in own if f.canonical != best.canonical and not _cut_copy(f, [best])})
    return best, score - 0.15 if others else score, others


def _in_column_despite_kind(text: str, scored: list[tuple[Found, float]]) -> tuple[Found, float, list[str]] | None:
    """A decision's number shaped like its 告知书's (…罚罚告[2025]0002号) in a results table's column of
    decision numbers: the table's row is the decision, so its word outweighs the shape, kept for review.
    (A 文号: label alone does not: a page's field may well cite the notice.)"""
    in_column = [f for f, s in scored if s > 0 and _in_number_column(text, f)]
    return (in_column[0], 0.6, []) if len({f.canonical for f in in_column}) == 1 else None


def _fuller_spelling(best: Found, found: list[Found]) -> Found:
    """A headline that lost its number's prefix (行政复议决定书〔2020〕4号) prints only the end of the number the
    page's 文号 field or text gives in full (卫沙政行复〔2020〕4号): the full one is the same number."""
    if not re.fullmatch(_BRACKETED_YEAR + r"第?[\dX-]+号", best.canonical):  # only a year and a serial are left
        return best
    fuller = {f.canonical: f for f in _fuller_forms(best, found)}
    return next(iter(fuller.values())) if len(fuller) == 1 else best


def _title_text(doc: Doc, sections: dict[str, tuple[int, int]]) -> str:
    title = sections.get("title")
    return re.sub(r"\s+", "", doc._.text[title[0] : title[1]]) if title else ""


@Language.component("xianjie_numbers")
def numbers_component(doc: Doc) -> Doc:
    sections: dict[str, tuple[int, int]] = doc._.sections or {}
    metadata = doc._.metadata_spans or []
    original = raw_text(doc)
    joined, index = unwrapped(doc)
    found = without_glued_words(joined, original, index, find_numbers(joined, original, index))
    page_type = _page_type(doc)
    scored = [(f, 0.0 if page_type == _RECEIPT else _own_score(doc, joined, f, sections)) for f in found]
    chosen = _choose_own(page_type, joined, scored, _sure_type(doc)) or _in_column_despite_kind(doc._.text, scored)
    if chosen is None:
        bare = (
            _bare_court_number(joined, original, index, _joined_title_end(doc, sections, index))
            if page_type in _COURT_TYPES
            else _bare_title_number(joined, original, index, _title_text(doc, sections))
            or _bare_column_number(joined, original, index, doc._.text)
        )
        chosen = (bare, 0.6, []) if bare is not None else None
    own_canon = None
    if chosen is not None:
        best, score, others = chosen
        ocr = ocr_confidence(doc, best.start, best.end)
        extra = {"alternatives": others} if others else {}
        span = span_at(doc, best.start, best.end)
        set_field(doc, "doc_number", Extracted(best.value, round(score * ocr, 3), span, extra=extra))
        own_canon = best.canonical
    seen: dict[str, Extracted] = {}
    commentary = _commentary_end(doc._.text, sections)
    for item, _ in scored:
        if (
            item.start < commentary
            or item.canonical == own_canon
            or _own_again(item.canonical, own_canon)
            or _cut_copy(item, found)
            or any(s <= item.start < e for s, e in metadata)
        ):
            continue
        if not_a_case_document(joined, item.at, item.to):
            continue
        ref = _reference(joined, item)
        # 第03号《…处罚决定书》 is a citation; 字01号, what a site left of 豫水(1997)~字第01号, is not
        if _FRAGMENT.fullmatch(item.canonical) and ("doc_type" not in ref or item.canonical.startswith("字")):
            continue
        if item.canonical in seen:
            for key in ("doc_type", "date"):
                if key in ref and key not in seen[item.canonical].value:
                    seen[item.canonical].value[key] = ref[key]
            continue
        conf = (0.9 if "doc_type" in ref else _UNTYPED_REFERENCE) * ocr_confidence(doc, item.start, item.end)
        seen[item.canonical] = Extracted(ref, round(conf, 3), span_at(doc, item.start, item.end))
        add_item(doc, "references", seen[item.canonical])
    return doc
