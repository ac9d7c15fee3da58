"""Hard .txt cases (issue 3): web copies and retyped texts of sample documents, damaged the way real ones are.

Each case starts from a sample's clean text and its expected fields.  Damage
that leaves the facts readable (spacing, punctuation, traditional characters,
metadata around the text) keeps the expected fields of the clean text, in the
clean simplified form; truncation drops every fact that is no longer printed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from generator.builder import SampleDoc, expected_fields
from generator.render_text import INDENT, plain_text

Case = tuple[str, dict[str, Any]]
SIMPLIFIED = "号执裁书决处罚国土资源区县乡镇说请发当们条证据属实与为义务关机后应于内"
TRADITIONAL = "號執裁書決處罰國土資源區縣鄉鎮說請發當們條證據屬實與為義務關機後應於內"
_ARABIC_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def _clean(doc: SampleDoc) -> Case:
    text = plain_text(doc)
    return text, expected_fields(doc.records, text)


def one_line(doc: SampleDoc) -> Case:
    """The whole document on one line, as some judgment sites print it."""
    text, fields = _clean(doc)
    return "".join(line.strip() for line in text.splitlines()) + "\n", fields


def site_metadata(doc: SampleDoc) -> Case:
    """A government-site page: metadata dates belong to the page, not to the document."""
    text, fields = _clean(doc)
    head = (
        "首页 > 信息公开 > 法定主动公开内容 > 行政执法信息\n"
        "索引号：11410184MB1X000000/2020-00457\n"
        f"发布机构：{fields['issuer']['value']}\n"
        "发布日期：2020-06-03\n"
        "成文日期：2020-05-26\n"
        "主题分类：行政处罚    体裁分类：决定\n"
        f"标题：{fields['title']['value']}\n\n"
    )
    foot = "\n更新时间：2020-06-03 10:21:07    浏览次数：128\n【打印本页】【关闭窗口】\n"
    return head + text + foot, fields


def spaced_title(doc: SampleDoc) -> Case:
    """Title printed twice: once as the page headline, once letter-spaced in the body."""
    text, fields = _clean(doc)
    title = fields["title"]["value"]
    spaced = " ".join(title)
    body = text.replace(f"\n{title}\n", f"\n{spaced}\n", 1)
    return f"{fields['issuer']['value']}{title}\n\n{body}", fields


def traditional(doc: SampleDoc) -> Case:
    text, fields = _clean(doc)
    return text.translate(str.maketrans(SIMPLIFIED, TRADITIONAL)), fields


def web_debris(doc: SampleDoc) -> Case:
    """Indents become &nbsp; runs, sentence ends double, an &amp; in the source line."""
    text, fields = _clean(doc)
    text = text.replace(INDENT, "&nbsp;&nbsp;&nbsp;&nbsp;")
    text = re.sub(r"。\n", "。。\n", text)
    text = text.replace("：\n", "：：\n")
    head = "来源：新郑市人民检察院&amp;新郑市普法网&nbsp;&nbsp;作者：第二检察部\n"
    return head + text, fields


def stray_spaces(doc: SampleDoc) -> Case:
    """Spaces inside dates and numbers, as OCR'd-then-retyped texts have them."""
    text, fields = _clean(doc)
    text = _ARABIC_DATE.sub(lambda m: f"{m[1]}年{m[2]}月 {m[3]} 日", text)
    text = re.sub(r"第(\d+)号", r"第 \1号", text)
    return text, fields


def truncated(doc: SampleDoc, cut_at: str) -> Case:
    """The copy stops before the paragraph starting with `cut_at`: no outcome, no signature."""
    text = plain_text(doc)
    cut = text.index(INDENT + cut_at)
    text = text[:cut] + INDENT + "……\n"
    return text, expected_fields(doc.records, text)


def broken_dates(doc: SampleDoc) -> Case:
    """Typed dates with a dropped or swapped character; each stays unambiguous."""
    text, fields = _clean(doc)
    text = text.replace("于2019年4月10日依法送达", "于2019月4月10日依法送达", 1)
    text = text.replace("我局于2019年4月8日对你", "我局于2019年4月8对你", 1)
    assert "2019月4月10日" in text and "2019年4月8对你" in text
    return text, fields


def resectioned(doc: SampleDoc) -> Case:
    """A judgment-site copy: case number and 裁判日期 fields, body re-cut under headings."""
    text, fields = _clean(doc)
    lines = text.splitlines()
    number = fields["doc_number"]["value"]
    out: list[str] = []
    for line in lines:
        body = line.strip()
        if body == number:
            out += [
                f"案号：{number}",
                f"裁判日期：{fields['issue_date']['value']}",
                "发布日期：2024-01-15",
                "当事人信息",
            ]
            continue
        if body.startswith("申请执行人") and "向本院申请" in body:
            out.append("审理经过")
        elif body.startswith("本院认为"):
            out.append("本院认为")
        elif body.startswith("一、准予"):
            out.append("裁判结果")
        elif body.startswith("审判长"):
            out.append("审判人员")
        out.append(line)
    return "\n".join(out) + "\n", fields


def pinyin(doc: SampleDoc) -> Case:
    text, fields = _clean(doc)
    text = text.replace("涉嫌滥用职权", "涉嫌滥(làn)用职(zhí)权", 1)
    return text, fields


def full_width(doc: SampleDoc) -> Case:
    text, fields = _clean(doc)
    return text.translate(str.maketrans("0123456789()", "０１２３４５６７８９（）")), fields


_CASES: list[tuple[str, str, Callable[[SampleDoc], Case]]] = [
    ("hard_oneline", "court_ruling_02", one_line),
    ("hard_site_metadata", "penalty_decision_02", site_metadata),
    ("hard_spaced_title", "court_ruling_03", spaced_title),
    ("hard_traditional", "court_ruling_01", traditional),
    ("hard_web_debris", "procuratorial_suggestion_01", web_debris),
    ("hard_stray_spaces", "enforcement_application_01", stray_spaces),
    ("hard_truncated", "court_ruling_04", lambda doc: truncated(doc, "本院认为")),
    ("hard_broken_dates", "demand_notice_02", broken_dates),
    ("hard_resectioned", "court_ruling_05", resectioned),
    ("hard_pinyin", "clue_referral_02", pinyin),
    ("hard_full_width", "criminal_referral_02", full_width),
]


def hard_cases(docs: dict[str, SampleDoc]) -> dict[str, Case]:
    return {f"{prefix}_{source}": make(docs[source]) for prefix, source, make in _CASES}
