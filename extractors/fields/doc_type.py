"""Classifies the document (DocType) from its title first, then from content cues.

The title is the strongest evidence a document gives about itself; content
cues (裁定如下, 决定给予…处罚) only decide when no title was found, and they
raise or lower the confidence of a title-based answer when they agree or not.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extractors.field_model import Extracted
from extractors.fields.party_flat_text import flat_text
from extractors.fields.printed_text import (
    BARE_DECISION_TITLE,
    CRIMINAL_TRIAL,
    OTHER_COURT_TITLE,
    SIDE_PAPER_TITLES,
    served_by_notice,
)
from extractors.pipeline import ocr_confidence, set_field, span_at
from models.vocab import DocType

# (pattern on the space-free title, type), first match wins: specific before generic.
TITLE_RULES: tuple[tuple[re.Pattern[str], DocType], ...] = tuple(
    (re.compile(pattern), doc_type)
    for pattern, doc_type in (
        (r"送达回证", DocType.SERVICE_RECEIPT),
        # a side's own paper to the court (行政上诉状, 起诉状, 再审申请书, 申诉书, a lawyer's 代理词): none of ours
        (SIDE_PAPER_TITLES + r"|再审申请书|代理意见", DocType.OTHER),
        (
            r"检察建议.*(?:回复|答复|复函)|整改(?:情况|落实)?(?:的)?报告|关于.*检察建议.*(?:报告|函)",
            DocType.SUGGESTION_REPLY,
        ),
        # (or asking the procuratorate to protest the final ruling: 行政抗诉申请书)
        (r"(?:检察)?监督申请书|申请(?:检察)?监督|抗诉申请书", DocType.SUPERVISION_APPLICATION),
        # a procuratorate's public notice urging compliance (督促履行检察建议公告) is the suggestion made public
        (r"检察建议(?:书|公告)?$", DocType.PROCURATORIAL_SUGGESTION),
        # also a refusal to accept the application (不予受理行政复议申请决定书), and the reviewing body's
        # 行政复议告知书 closing a case (no penalty notice for all its 告知书)
        (r"复议(?:申请)?决定书|复议告知书", DocType.RECONSIDERATION_DECISION),
        # a compensation committee's decision (国家赔偿决定书) has no code of its own
        (r"赔偿(?:与司法救助)?决定书", DocType.OTHER),
        (r"责令.*(?:通知书|决定书)|停止违法行为", DocType.STOP_ORDER),
        (r"告知书", DocType.PENALTY_NOTICE),
        (r"催告书", DocType.DEMAND_NOTICE),
        (r"受理(?:案件)?通知书|立案通知书", DocType.COURT_ACCEPTANCE),
        (r"强制执行申请书|申请强制执行|执行申请书", DocType.ENFORCEMENT_APPLICATION),
        (rf"处罚决定书|处理决定书|^{BARE_DECISION_TITLE}$", DocType.PENALTY_DECISION),
        (OTHER_COURT_TITLE, DocType.OTHER),  # a criminal or civil court's paper: no case document of ours
        (r"裁定书", DocType.COURT_RULING),
        (r"判决书", DocType.COURT_JUDGMENT),
        (r"移送", DocType.CASE_REFERRAL),
    )
)
_CRIMINAL = re.compile(r"公安|涉嫌犯罪|刑事")
_CLUE = re.compile(r"纪委|监委|纪律检查|监察委员会|问题线索|纪检")

# Content cues: (pattern anywhere in the text, type, confidence when used alone).
CONTENT_RULES: tuple[tuple[re.Pattern[str], DocType, float], ...] = tuple(
    (re.compile(pattern), doc_type, conf)
    for pattern, doc_type, conf in (
        (r"送达回证|受送达人.{0,40}送达地点", DocType.SERVICE_RECEIPT, 0.6),
        (r"检察建议.{0,30}(?:回复如下|整改情况|报告如下)", DocType.SUGGESTION_REPLY, 0.6),
        (r"提出(?:如下)?检察建议|特此建议|检察建议如下", DocType.PROCURATORIAL_SUGGESTION, 0.6),
        # a party asking the procuratorate to review a court's final ruling (请求贵院…提起抗诉, 特申请X检察院依法
        # 监督); a court's or a procuratorate's own account of such a request says 申请人…向本院/检察院申请
        (
            r"请求贵院[^。]{0,30}(?:抗诉|监督)|申请[^。，,]{0,12}检察院[^。]{0,10}(?:监督|抗诉)",
            DocType.SUPERVISION_APPLICATION,
            0.6,
        ),
        # the procuratorate speaking of the suggestion it sent (本院于…向你单位发出了诉前检察建议)
        # (not a body answering one sent to it: 向本院发出的检察建议)
        (
            r"(?<![向对给])本院[^。]{0,40}(?:发出|提出|制发|送达)了?[^。]{0,8}检察建议",
            DocType.PROCURATORIAL_SUGGESTION,
            0.6,
        ),
        # a side's own paper to the court, its requests under their heading (上诉请求, 诉讼请求:1、撤销…), or a
        # lawyer's statement opening on the bench (审判长、审判员:): it asks for a ruling, it is none
        (
            r"(?:^|\s)(?:上诉请求|诉讼请求|再审请求|申诉请求)[ \t]*[:：]?[ \t]*(?:\n|$|1|一|撤销)"
            r"|(?:^|\n)[ \t]*(?:尊敬的)?审判长[、,，]",
            DocType.OTHER,
            0.62,
        ),
        # a case study (案例索引, then 案情 and 评析) tells of a ruling; it is none itself
        (r"(?:^|\n)[ \t【\[]*案例索引", DocType.OTHER, 0.7),
        # so does a write-up under its own headings (裁判要旨, 【基本案情】, 案情) when no court's title heads it;
        # a court's own account of its trial (向本院提起诉讼, 到庭参加诉讼) still makes a copy of the judgment
        (
            r"(?:^|\n)[ \t]*[【〔\[]?(?:裁判要旨|基本案情|案情简介|案情介绍|案情)[】〕\]]?[ \t]*(?:\n|$)",
            DocType.OTHER,
            0.58,
        ),
        # an agency's account of a complaint it handled (现将情况说明如下, 现将核查处理情况答复如下) tells of the
        # orders it issued; it is none itself
        (
            r"现将[^。，,]{0,12}(?:情况|结果)[^。，,]{0,6}(?:说明|回复|答复|反馈|通报)如下|现(?:回复|答复)如下",
            DocType.OTHER,
            0.6,
        ),
        # a criminal trial (公诉机关…, 向本院提起公诉) rules and judges too, in no case of ours
        (CRIMINAL_TRIAL, DocType.OTHER, 0.7),
        (r"裁定如下", DocType.COURT_RULING, 0.65),
        (r"判决如下", DocType.COURT_JUDGMENT, 0.65),
        # (or a court's finding on the decision, then the outcome: …处罚决定合法，准予强制执行)
        (
            r"(?:^|\n)\s*(?:不)?准予(?:强制)?执行|裁定(?:不予受理|驳回)|决定合法[,，]\s*(?:不)?准予(?:强制)?执行",
            DocType.COURT_RULING,
            0.55,
        ),
        (r"复议决定如下|维持.{0,20}(?:处罚决定|决定)", DocType.RECONSIDERATION_DECISION, 0.5),
        # the reconsideration body speaking of the application made to it (向本机关提出行政复议申请,
        # 本机关…收到复议申请); a bureau's own decision only points to where one may apply
        (
            r"向本(?:机关|府|委)[^。，,]{0,6}(?:提出|提交|递交|邮寄)[^。，,]{0,6}复议申请"
            r"|向本(?:机关|府|委)(?:依法)?申请(?:行政)?复议"
            r"|本(?:机关|府|委)[^。]{0,20}(?:收到|收悉|受理)[^。]{0,10}复议申请"
            # …提出的行政复议申请,本机关于…收到 (a scan's line may break inside 收⏎到)
            r"|复议申请[,，]?\s*本(?:机关|府|委)于[^。]{0,16}(?:收\s*到|收\s*悉|受\s*理)",
            DocType.RECONSIDERATION_DECISION,
            0.6,
        ),
        (r"(?:处罚|决定)如下|决定(?:给予|对你|对当事人)", DocType.PENALTY_DECISION, 0.6),
        # a bureau's summary of its decision (对其作出以下处罚, 我局对单位作出如下行政处罚)
        (
            r"作出(?:如下|以下)的?(?:行政)?处罚(?!告知|事先)|号(?:行政处罚决定书)?给予[^。]{1,20}?(?:如下|以下)的?(?:行政)?处罚",
            DocType.PENALTY_DECISION,
            0.55,
        ),
        # (a copy of the decision's body may drop the 本: 自收到处罚决定书之日起15日内对破坏的耕地进行治理)
        (
            r"(?:接到|收到|履行)本(?:行政)?处罚决定|(?:接到|收到)(?:行政)?处罚决定书之日起",
            DocType.PENALTY_DECISION,
            0.55,
        ),
        # a disclosure table of a decision: its first row is labelled with the decision's number
        (r"(?:^|[\n|])[ \t]*(?:行政)?处罚(?:决定书?)?[ \t]*(?:文号|编号)[ \t]*[:：|]", DocType.PENALTY_DECISION, 0.6),
        # or by fields only a penalty record has (处罚决定日期 2021-12-07), or by the decision it names
        # (决定书(通知书)名称 | 林业行政处罚决定书), whatever separates label and value
        (
            r"(?:^|[\n|])[ \t]*(?:行政)?处罚(?:决定日期|决定内容|内容|种类)(?:[ \t]*[:：|]|[ \t]+\S)"
            r"|(?:^|[\n|])[ \t]*处罚决定日期[ \t]*\d{4}"  # OCR drops the spaces: 处罚决定日期2021-12-07
            r"|决定书(?:[(（]通知书[)）])?名称[ \t]*[:：|]?[ \t|]*[^\n|]{0,20}处罚决定书",
            DocType.PENALTY_DECISION,
            0.6,
        ),
        # a bureau's page reporting its decision in the third person, the decision attached
        # (X局…依法对其作出行政处罚决定…附件:X罚字…号 行政处罚决定书): kept below review level
        (
            r"(?:局|大队|支队)[^。\n]{0,80}?作出[^。\n]{0,6}?行政处罚决定(?!书)[\s\S]{0,3000}?"
            r"附(?:件)?[ \t]*[:：]?[^\n]{0,40}处罚决定书",
            DocType.PENALTY_DECISION,
            0.5,
        ),
        # a page that prints only the decision's number over its facts (穗规划资源番资罚〔2021〕78号): the
        # series says a penalty decision, kept below review level (not 罚告, 罚听: a notice's series); OCR
        # may glue that line to the page's source line above (信息来源:X局X罚决字〔2025〕…)
        (
            r"(?:^|\n|(?:来源|发布机构)[ \t]*[:：][^\n]{2,30}?[局府会队])"
            r"[ \t]*(?:[\u4e00-\u9fff]{0,6}编号[ \t]*[:：][ \t]*)?"
            r"[\u4e00-\u9fff()（）]{1,16}罚(?:决)?字?[ \t]*[〔\[(（]?[ \t]*(?:19|20)\d{2}",
            DocType.PENALTY_DECISION,
            0.5,
        ),
        # the applicant's own words; a court recounting it (向本院申请强制执行) is not an application
        (r"(?<!本院)(?<!我院)(?:特此)?申请(?:你院|贵院)?(?:依法)?强制执行", DocType.ENFORCEMENT_APPLICATION, 0.55),
        (r"催告你|催告当事人|特此催告", DocType.DEMAND_NOTICE, 0.6),
        # past the notice stage (no statement, no hearing asked for, or the rights waived: 放弃了陈述、申辩、
        # 听证的权利, not a notice's 逾期…视为放弃 or 如放弃), then the article it punishes under: a decision
        (
            r"(?:(?:未|没有)(?:在规定期限内)?(?:提出|要求|申请)[^。]{0,30}"
            r"|(?:^|[，,。；;\n])(?:(?!视为|如|若|可以|有权|逾期)[^。，,；;\n]){0,12}?放弃了?[^。]{0,8})"
            r"(?:陈述|申辩|听证)[\s\S]{0,1500}?"
            r"(?:依照|依据|根据)[^。]{0,80}第[^。]{1,10}条",
            DocType.PENALTY_DECISION,
            0.6,
        ),
        # the statement heard and weighed (不采纳你的陈述申辩意见, 陈述申辩理由不成立): only a decision answers it
        (
            r"(?:不予?|未|部分)?采纳[^。，,]{0,8}(?:陈述|申辩)|(?:陈述|申辩)[^。，,]{0,10}(?:理由)?不(?:能)?成立",
            DocType.PENALTY_DECISION,
            0.6,
        ),
        # (or with the time it runs from between: 责令当事人收到本决定书之日起,立即停止实施上述违法行为)
        # (not the notice's title cited in 《》 by a page telling of the case: 送达了《责令停止违法行为通知书》)
        (
            r"(?<!《)责令(?:你|当事人)?(?:立即)?停止|责令[^。]{0,24}?立即停止[^。]{0,8}违法行为",
            DocType.STOP_ORDER,
            0.55,
        ),
        (r"陈述(?:和|、)?申辩|听证的权利", DocType.PENALTY_NOTICE, 0.5),
        # the notice's own sentence, before its rights paragraph (本机关拟作出行政处罚的事实、理由、依据及处罚
        # 内容告知如下): a copy cut before the rights is still a notice
        (r"拟(?:对你[^。]{0,10})?(?:作出|给予)[^。]{0,30}?告知如下", DocType.PENALTY_NOTICE, 0.6),
        (r"(?:已|决定)立案(?:受理)?.{0,30}(?:特此通知|通知如下)", DocType.COURT_ACCEPTANCE, 0.55),
        # the reviewing body recounted in the third person (向X人民政府申请行政复议，X人民政府已依法予以受理，
        # 现已审查终结): the application it accepted was for reconsideration, not to a court (本院受理, 起诉)
        (
            r"申请(?:行政)?复议(?:(?!本院|我院|法院|起诉|诉讼)[^。]){0,40}?受理(?:(?!本院|我院)[^。]){0,12}?"
            r"。?[ \t]*(?:本案)?(?:现已)?审[查理]终结",
            DocType.RECONSIDERATION_DECISION,
            0.65,
        ),
        # the reviewing body recounted by its own voice after the applicant's (…向X人民政府申请行政复议。
        # 经审查…本机关于…依法受理), or a review closed in other words (现案件已审理完结)
        (
            r"申请(?:行政)?复议[。，,]?[^。]{0,40}(?:。[^。]{0,40})?本(?:机关|府|委)[^。]{0,20}受理"
            r"|(?<!本院)(?<!我院)受理[^。]{0,40}。?[ \t]*(?:本案|案件)?(?:现已|现)?(?:案件)?(?:已)?审[查理]完(?:结|毕)",
            DocType.RECONSIDERATION_DECISION,
            0.6,
        ),
        # the reviewing body's own findings after the respondent's answer (被申请人…答复…本机关审理查明 / 本机关认为):
        # a copy that left out the head and the sides is still a 复议 decision
        (
            r"被申请人[\s\S]{0,3000}?本(?:机关|府|委)(?:经)?(?:审理|审查)?(?:查明|认为)",
            DocType.RECONSIDERATION_DECISION,
            0.6,
        ),
        # an appeal against a first-instance ruling (不服…行政裁定,向本院提起上诉) is decided by a ruling
        # (行政诉讼法 第八十九条): a page cut before its title and outcome is one
        (
            r"不服[^。]{0,80}?裁定(?:书)?[,，]?[^。]{0,30}?向本院提起上诉",
            DocType.COURT_RULING,
            0.62,
        ),
        # a court's own trial recounted (…向本院提起行政诉讼, 本院…公开开庭审理了本案, X到庭参加诉讼): a page cut
        # before its title is a judgment, whatever decision it quotes; a ruling's 裁定如下 still outweighs it
        (
            r"向本院提起(?:行政)?(?:诉讼|上诉)|本院[^。]{0,40}(?:公开)?开庭[^。]{0,10}审理|到庭参加(?:了)?诉讼",
            DocType.COURT_JUDGMENT,
            0.62,
        ),
        # a ruling cut before its title and outcome: a panel reviews (审查, not a trial's 审理) an application,
        # stronger than the applicant's own words it recounts (故申请强制执行)
        (r"合议庭[^。]{0,30}审查|(?:现已|本案现已)审查终结", DocType.COURT_RULING, 0.6),
        (r"向(?:本|我)院(?:提出|递交)?(?:申请|请求)[^。]{0,60}强制执行", DocType.COURT_RULING, 0.55),
        # litigation: a 原告 line, then a 被告 line, or an appeal's 上诉人 and 被上诉人 lines in either order,
        # or (a page run onto one line) both labels with the first-instance role they carry, 上诉人(原审被告)
        # (a judgment when nothing names a ruling)
        (
            r"(?:^|\n)[ \t]*原[ \t]*告[^\n]{2,}[\s\S]{0,3000}?(?:^|\n)[ \t]*被[ \t]*告[^\n]{2,}"
            r"|(?:^|\n)[ \t]*上[ \t]*诉[ \t]*人[^\n]{2,}[\s\S]{0,3000}?\n[ \t]*被[ \t]*上[ \t]*诉[ \t]*人[^\n]{2,}"
            r"|(?:^|\n)[ \t]*被[ \t]*上[ \t]*诉[ \t]*人[^\n]{2,}[\s\S]{0,3000}?\n[ \t]*上[ \t]*诉[ \t]*人[^\n]{2,}"
            r"|(?<!被)上诉人[(（](?:原审|一审)[^)）\n]{1,8}[)）][\s\S]{0,3000}?被上诉人[(（](?:原审|一审)"
            r"|被上诉人[(（](?:原审|一审)[^)）\n]{1,8}[)）][\s\S]{0,3000}?(?<!被)上诉人[(（](?:原审|一审)",
            DocType.COURT_JUDGMENT,
            0.55,
        ),
        (r"移送(?:你|贵)", DocType.CASE_REFERRAL, 0.5),
        # a letter to the police about a crime, even when the copy lost its title (…移送书)
        (
            r"(?:^|\n)[^\n]{2,20}公安(?:分)?局[:：][\s\S]{0,3000}?(?:立案侦查|涉嫌犯罪|刑法|刑事责任)",
            DocType.CRIMINAL_REFERRAL,
            0.6,
        ),
    )
)


def classify_title(title: str, context: str = "") -> DocType | None:
    """The type a title names; `context` (recipient, body) splits referrals by destination."""
    compact = re.sub(r"\s+", "", title)
    if compact == "决定书" and "赔偿委员会" in context:  # a compensation committee's bare 决定书
        return DocType.OTHER
    for pattern, doc_type in TITLE_RULES:
        if pattern.search(compact):
            return _referral_kind(compact + context) if doc_type is DocType.CASE_REFERRAL else doc_type
    return None


def _referral_kind(text: str) -> DocType:
    if _CLUE.search(text):
        return DocType.CLUE_REFERRAL
    if _CRIMINAL.search(text):
        return DocType.CRIMINAL_REFERRAL
    return DocType.CASE_REFERRAL


def content_cues(text: str, *also: str) -> list[tuple[DocType, float]]:
    """Every type the content points at, strongest rule first; `also` are other renderings of the same text
    (closed up where a site blanked pinyin inside words) that a cue may be found in instead."""
    out = []
    for pattern, doc_type, conf in CONTENT_RULES:
        if any(pattern.search(t) for t in (text, *also)):
            out.append((_referral_kind(text) if doc_type is DocType.CASE_REFERRAL else doc_type, conf))
    return out


def classify_content(text: str) -> tuple[DocType, float] | None:
    cues = content_cues(text)
    return cues[0] if cues else None


def _title_confidence(doc_type: DocType, cues: list[tuple[DocType, float]]) -> tuple[float, dict[str, list[str]]]:
    """Content that names the same type confirms the title; a decisive cue of another type contradicts it."""
    if any(cue is doc_type for cue, _ in cues):
        return 0.98, {}
    rivals = [str(cue) for cue, conf in cues if conf >= 0.6]
    if rivals:
        return 0.85, {"alternatives": rivals[:2]}
    return 0.93, {}


def _whole_kind(headline: str) -> str:
    """A case name's kind, also when cut at its last character (…行政判决, OCR at a photo's edge)."""
    compact = re.sub(r"\s+", "", headline)
    compact = compact + "书" if re.search(r"(?:判决|裁定)$", compact) else compact
    # a court's case name is its kind: the words before it tell the case (…申请强制执行…), not the document,
    # unless they name a criminal or civil court's paper (…一审刑事判决书)
    if re.search(OTHER_COURT_TITLE + "$", compact):
        return compact[-5:]
    return "行政" + compact[-3:] if compact.endswith(("判决书", "裁定书")) else compact


def _context(doc: Doc, sections: dict[str, tuple[int, int]]) -> str:
    """Header, salutation and the first part of the body: where a referral names its destination."""
    end = min(len(doc._.text), sections.get("body", (0, 0))[0] + 300)
    return doc._.text[:end]


# A site's headline that runs the number into the title ("从化府行复〔2023〕143号行政复议决定书"): the words
# after 号 that end the line are the title the section finder did not see; a site may keep only the serial
# ("52号行政处罚决定书").
_NUMBERED_TITLE = re.compile(
    # (a court's page: its name, the case number and the kind, 最高人民法院(2018)最高法行再128号行政裁定书)
    r"(?m)^[ \t]*(?:[\u4e00-\u9fff]{0,16}[〔\[(（【﹝](?:19|20)\d\d[〕\])）】﹞]"
    r"(?:第|[\u4e00-\u9fff\d]{1,12}?)?)?\d{1,6}[号號]"
    r"(?P<title>[\u4e00-\u9fff]{2,14}?(?:决定书|通知书|告知书|催告书|裁定书|判决书|建议书))[ \t]*$"
)


def _numbered_title(text: str, sections: dict[str, tuple[int, int]]) -> tuple[int, int] | None:
    """The title part of a number-and-title headline in the header, when no title line was found."""
    header = sections.get("header")
    if header is None or "title" in sections:
        return None
    match = _NUMBERED_TITLE.search(text, header[0], header[1])
    return match.span("title") if match else None


# A law database's case record: 文书类型:⏎判决书 (label over value, or on one line; 【文书类型】判决书).
_KIND_FIELD = re.compile(
    r"文书(?:类型|种类)[ \t]*(?:[:：]|[〕】\]][:：]?)[ \t]*\n?[ \t]*(?P<kind>[\u4e00-\u9fff]{2,12})[ \t]*(?:\n|$)"
)


def _recorded_kind(text: str) -> DocType | None:
    field = _KIND_FIELD.search(text)
    return classify_title(_whole_kind(field.group("kind"))) if field else None


def _served_kind(text: str, sections: dict[str, tuple[int, int]]) -> DocType | None:
    match = served_by_notice(text, sections)
    return classify_title(match.group("kind")) if match else None


@Language.component("xianjie_doc_type")
def doc_type_component(doc: Doc) -> Doc:
    sections: dict[str, tuple[int, int]] = doc._.sections or {}
    text = doc._.text
    cues = content_cues(text, flat_text(doc).text)  # pinyin blanked inside words (申请    执    行人) closed up
    title = sections.get("title") or _numbered_title(text, sections)
    if title is not None:
        start, end = title
        written = re.sub(r"\s+", "", text[start:end])
        ocr = ocr_confidence(doc, start, end)
        set_field(doc, "title", Extracted(written, round(0.95 * ocr, 3), span_at(doc, start, end)))
        doc_type = classify_title(written, _context(doc, sections))
        if doc_type is not None:
            conf, extra = _title_confidence(doc_type, cues)
            set_field(
                doc, "doc_type", Extracted(str(doc_type), round(conf * ocr, 3), span_at(doc, start, end), extra=extra)
            )
            return doc
    headline = sections.get("headline")
    named = classify_title(_whole_kind(text[headline[0] : headline[1]])) if headline else None
    if named is not None:  # a site's case name ("A与B非诉执行审查行政裁定书"): not a title, still the kind
        conf, extra = _title_confidence(named, cues)
        set_field(doc, "doc_type", Extracted(str(named), round(conf * 0.9, 3), extra=extra))
        return doc
    served = _served_kind(text, sections)
    if served is not None:  # the headline of a notice serving it names the document's kind
        conf, extra = _title_confidence(served, cues)
        set_field(doc, "doc_type", Extracted(str(served), round(conf * 0.85, 3), extra=extra))
        return doc
    recorded = _recorded_kind(text)
    if recorded is not None:  # a case record's 文书类型 field names the kind of a copy without its title
        set_field(doc, "doc_type", Extracted(str(recorded), 0.75))
        return doc
    if cues:
        # the most specific cue wins: a notice that recounts an application (已申请强制执行) still says 催告你
        best, conf = max(cues, key=lambda cue: cue[1])
        if any(cue is not best for cue, other in cues if other >= conf):
            conf -= 0.1  # two equally strong readings of the content
        set_field(doc, "doc_type", Extracted(str(best), conf))
    elif text.strip():
        set_field(doc, "doc_type", Extracted(str(DocType.OTHER), 0.4))
    return doc
