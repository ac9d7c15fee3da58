"""Hard .txt cases for the document type and the issuer (issue 3): copies that lost the lines
that usually name them, the way judgment databases, newspapers, site pages and PDF wraps print them.

Each case damages a sample's clean text; facts no longer printed are dropped from the expected
fields, and a case-name or notice headline is never the title (the labelling convention).
"""

from __future__ import annotations

from collections.abc import Callable

from generator.builder import SampleDoc, expected_fields
from generator.render_text import INDENT, plain_text
from generator.sample_edits import Case, kind_kept_fields, replace_once


def _lines(doc: SampleDoc) -> list[str]:
    return plain_text(doc).splitlines()


def _names(doc: SampleDoc) -> dict[str, str]:
    return {p["name"]: p["role"] for p in expected_fields(doc.records, plain_text(doc)).get("parties", [])}


def masked_judgment(doc: SampleDoc) -> Case:
    """A judgment-database excerpt: case record fields, the case name as headline, the court alone on
    the next line, the title line masked to XX by the site, cut before the court's reasoning."""
    court, _title, number, *rest = _lines(doc)
    names = {role: name for name, role in _names(doc).items()}
    head = [
        f"【审理法院】:华中地区/湖北省/湖北省鄂州市中级人民法院/{court}",
        "【法院层级】:基层法院",
        "【审理程序】:一审",
        "【文书类型】:判决书",
        "",
        f"{names['plaintiff']}、{names['defendant']}等行政一审行政判决书",
        "",
        court,
        "",
        "XX",
        "",
        number,
    ]
    text = "\n".join(head + rest) + "\n"
    text = text[: text.index(INDENT + "本院认为")] + INDENT + "……\n"
    return text, kind_kept_fields(doc, text)


def headless_ruling(doc: SampleDoc, cut_at: str = "本院认为") -> Case:
    """An excerpt that starts in the party block and stops before the outcome: no court, title,
    number, outcome or signature; only the body says a court reviews an application."""
    lines = _lines(doc)[3:]
    text = "\n".join(lines) + "\n"
    text = text[: text.index(INDENT + cut_at)] + INDENT + "……\n"
    return text, kind_kept_fields(doc, text)


def suggestion_notice(doc: SampleDoc) -> Case:
    """A procuratorate's newspaper notice urging a bureau to act on its suggestion: the headline
    names the procuratorate, a bare date closes it, and the body speaks as 本院."""
    procuratorate, _title, _number, *rest = _lines(doc)
    body = "\n".join(rest[:-2])
    body = replace_once(body, "向你局提出如下检察建议", "已向你局发出了检察建议，本院现公告督促你局落实如下检察建议")
    head = f"{procuratorate}督促履行检察建议公告\n\n来源：新郑日报\n\n"
    text = head + body + "\n" + rest[-1] + "\n"
    return text, kind_kept_fields(doc, text)


def self_named_bureau(doc: SampleDoc) -> Case:
    """A decision whose header and seal line were lost: it speaks as 我局 and names itself only where
    the fine is paid at its finance office; another bureau whose certificate it cites is not it."""
    issuer, *rest = _lines(doc)
    rest = [line for line in rest if line.strip() != issuer]
    text = "\n".join(rest) + "\n"
    text = replace_once(text, "上述事实有", "新郑市林业局出具的证明显示该地块不涉及林地。上述事实有")
    text = replace_once(text, "到新郑市非税收入专户缴纳罚款", f"到{issuer}财务室开具缴款凭证后缴纳罚款")
    return text, kind_kept_fields(doc, text, no_title=False)


def index_rows(doc: SampleDoc) -> Case:
    """A scanned page-index block whose rows OCR merged (…公开方式政府网站) sits where the issuer
    line was; the 发布机构 value is a town, not an agency, and the seal line is gone."""
    issuer, *rest = _lines(doc)
    rest = [line for line in rest if line.strip() != issuer]
    head = [
        "索引号:11410184MB1X000000/2020-00457发布机构:龙湖镇发文日期:2020-05-21",
        "信息类别:综合政务公开范围:全部公开公开方式:政府网站",
        "公开方式政府网站",
    ]
    text = "\n".join(head + rest) + "\n"
    return text, kind_kept_fields(doc, text, no_title=False)


def database_ruling(doc: SampleDoc) -> Case:
    """A judgment-database page read from a photo: the record's 审结时间 value runs into the case-name
    headline on one line, and only the 审理法院 field names the court."""
    court, title, _number, *rest = _lines(doc)
    names = {role: name for name, role in _names(doc).items()}
    headline = f"{names['applicant']}与{names['respondent']}非诉执行审查{title}"
    head = [
        f"【审理法院】:华中地区/湖北省/{court}",
        "【法院层级】:基层法院",
        "【审理程序】:非诉执行审查",
        "【文书类型】:裁定书",
        f"【审结时间】:2021/3/5 0:00:00{headline}",
    ]
    text = "\n".join(head + rest) + "\n"
    return text, kind_kept_fields(doc, text)


def wrapped_evidence(doc: SampleDoc) -> Case:
    """A decision without its title line whose evidence list wraps so that a line starts with the
    name of a report (…询问笔录、⏎土地利用现状核查报告、…): an item of the facts, not a title."""
    issuer, _title, *rest = _lines(doc)
    text = "\n".join([issuer, *rest]) + "\n"
    text = replace_once(text, "询问笔录、土地利用现状图、", "询问笔录、\n土地利用现状核查报告、")
    return text, kind_kept_fields(doc, text)


CASES: list[tuple[str, str, Callable[[SampleDoc], Case]]] = [
    ("hard_masked_judgment", "court_judgment_01", masked_judgment),
    ("hard_headless_ruling", "court_ruling_02", headless_ruling),
    ("hard_suggestion_notice", "procuratorial_suggestion_01", suggestion_notice),
    ("hard_self_named_bureau", "penalty_decision_02", self_named_bureau),
    ("hard_index_rows", "penalty_decision_02", index_rows),
    ("hard_database_ruling", "court_ruling_02", database_ruling),
    ("hard_wrapped_evidence", "penalty_decision_02", wrapped_evidence),
]
