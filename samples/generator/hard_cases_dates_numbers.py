"""Hard .txt cases for dates and document numbers (issue 3): the shapes published copies give them.

Disclosure tables print the decision date with stray spaces in a label | value row next to the page's own
dates; judgment databases give the date only as 【审结时间】 metadata in slash form; untitled decisions
print their number first, split by a space, and cite the 告知书 under a 文号 label of its own; masked
lines and lost brackets surround a court's 案号; 【】 groups sit inside prefixes; a disclosure page
names its decision only in an 附件 line.  Each case damages a sample's clean text; expected values
stay in the clean form the labelling conventions give them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from generator.builder import SampleDoc, expected_fields
from generator.render_text import INDENT
from generator.sample_edits import Case, clean, replace_once


def _signature_line(text: str, iso: str) -> str:
    """The printed line of the signature date (Arabic or Chinese numerals)."""
    year, month, day = (int(part) for part in iso.split("-"))
    arabic = f"{year}年{month}月{day}日"
    for line in reversed(text.splitlines()):
        if line.strip() == arabic or re.fullmatch(r"\s*[〇○零一二三四五六七八九十]+年.+日", line):
            return line
    raise AssertionError(f"no signature date {iso}")


def _spaced(iso: str) -> str:
    """The date as a retyped table cell prints it: a stray space after the year."""
    year, month, day = (int(part) for part in iso.split("-"))
    return f"{year} 年{month}月{day}日"


def _with_issued(fields: dict[str, Any], issued: str) -> None:
    """The issue date stays in the dates list with its role, however it is printed now."""
    fields["issue_date"] = {"value": issued}
    dates = fields.setdefault("dates", [])
    if {"value": issued, "role": "issued"} not in dates:
        dates.append({"value": issued, "role": "issued"})


def disclosure_table_date(doc: SampleDoc) -> Case:
    """The decision's date only in a disclosure table row (label, bar, value on three lines) with a
    stray space, below the page's own 发布日期 row; the signature date is gone."""
    text, fields = clean(doc)
    issued = fields["issue_date"]["value"]
    line = _signature_line(text, issued)
    text = replace_once(text, line + "\n", "")
    table = f"处罚决定日期\n|\n{_spaced(issued)}\n|\n发布日期\n|\n2020-06-03\n|\n公开日期 | 2020-06-04 |\n"
    fields = expected_fields(doc.records, text + table)
    _with_issued(fields, issued)
    return text + table, fields


def judgment_database(doc: SampleDoc) -> Case:
    """A judgment database copy: 【】 metadata with a slash 审结时间 and no signature date, a masked line
    above the 案号 and the 案号's opening bracket lost as printed."""
    text, fields = clean(doc)
    issued = fields["issue_date"]["value"]
    number = fields["doc_number"]["value"]
    year, month, day = (int(part) for part in issued.split("-"))
    published = date(year, month, day) + timedelta(days=40)  # the page's date, never the document's
    text = replace_once(text, _signature_line(text, issued) + "\n", "")
    printed = number[1:]  # "2021)鄂…号": the page lost the opening bracket
    text = replace_once(text, f"{number}\n", f"XX\n{printed}\n")
    head = (
        f"【审理法院】：{fields['issuer']['value']}\n【文书类型】：判决书\n"
        f"【审结时间】：{year}/{month}/{day} 0:00:00\n【公开日期】：{published:%Y/%m/%d}\n\n"
    )
    fields = expected_fields(doc.records, head + text)
    fields["doc_number"] = {"value": printed}
    _with_issued(fields, issued)
    return head + text, fields


def untitled_spaced_number(doc: SampleDoc) -> Case:
    """An untitled decision whose first line is its number split by a stray space, citing its 告知书
    under a 文号 label inside the brackets."""
    text, fields = clean(doc)
    issuer, title, number = fields["issuer"]["value"], fields["title"]["value"], fields["doc_number"]["value"]
    notice = next(r["doc_number"] for r in fields["references"] if r.get("doc_type") == "penalty_notice")
    text = replace_once(text, f"{issuer}\n{title}\n{number}\n", f"{number[:2]} {number[2:]}\n")
    text = replace_once(text, f"（{notice}）", f"（文号：{notice} ）")
    fields = expected_fields(doc.records, text)
    fields.pop("title", None)
    fields["doc_type"] = {"value": str(doc.doc_type)}
    return text, fields


def bracket_prefixes(doc: SampleDoc) -> Case:
    """【】 groups inside both the own number's prefix and the cited notice's (…执【处罚决定】〔2015〕…)."""
    text, fields = clean(doc)
    number = fields["doc_number"]["value"]
    notice = next(r for r in fields["references"] if r.get("doc_type") == "penalty_notice")
    year = re.search(r"[〔(（\[【](?:19|20)\d\d", number)
    cited = re.search(r"[〔(（\[【](?:19|20)\d\d", notice["doc_number"])
    assert year is not None and cited is not None
    own = number[: year.start()] + "【处罚决定】" + number[year.start() :]
    ref = notice["doc_number"][: cited.start()] + "【告知】" + notice["doc_number"][cited.start() :]
    text = replace_once(text, f"{number}\n", f"{own}\n")
    text = replace_once(text, notice["doc_number"], ref)
    cited_refs = [{**r, "doc_number": ref} if r is notice else r for r in fields["references"]]
    fields = expected_fields(doc.records, text)
    fields["doc_number"] = {"value": own}
    fields["references"] = cited_refs
    return text, fields


def annex_only_number(doc: SampleDoc) -> Case:
    """A bureau's disclosure page: the decision's header is gone and its number is printed only in the
    附件 line naming the attached decision (labelled the page's own number, lower confidence)."""
    text, fields = clean(doc)
    issuer, title, number = fields["issuer"]["value"], fields["title"]["value"], fields["doc_number"]["value"]
    text = replace_once(text, f"{issuer}\n{title}\n{number}\n", "")
    text = f"{text.rstrip()}\n{INDENT}附件：{number} {title}\n"
    fields = expected_fields(doc.records, text)
    fields.pop("title", None)
    fields["doc_type"] = {"value": str(doc.doc_type)}
    fields["doc_number"] = {"value": number}
    fields["references"] = [r for r in fields.get("references", []) if r["doc_number"] != number]
    if not fields["references"]:
        fields.pop("references")
    return text, fields


CASES: list[tuple[str, str, Callable[[SampleDoc], Case]]] = [
    ("hard_table_date", "penalty_decision_02", disclosure_table_date),
    ("hard_judgment_database", "court_judgment_01", judgment_database),
    ("hard_untitled_spaced_number", "penalty_decision_01", untitled_spaced_number),
    ("hard_bracket_prefixes", "penalty_decision_01", bracket_prefixes),
    ("hard_annex_number", "penalty_decision_02", annex_only_number),
]
