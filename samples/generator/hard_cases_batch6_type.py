"""Hard .txt cases for the document number and title as the sixth real batch printed them (issue 3): a
site headline that runs the number into the title, and a number the site printed without its 号 on the
line under the title.

Each case damages a sample's clean text; the expected fields are those still printed, the number as
the copy writes it.
"""

from __future__ import annotations

from collections.abc import Callable

from generator.builder import SampleDoc, expected_fields
from generator.render_text import plain_text
from generator.sample_edits import Case, replace_once

_CHROME = "今天是，欢迎访问本区政府网\n您当前所在位置: 首页 > 互动交流 > 行政复议文书\n\n"


def numbered_headline(doc: SampleDoc) -> Case:
    """A government site's copy: no authority line; the number and the title run together on the
    headline line under the breadcrumbs, then the publication line, then the document."""
    lines = plain_text(doc).splitlines()
    title, number = lines[1].strip(), lines[2].strip()
    text = _CHROME + f"{number}{title}\n\n来源:本网 发布时间:2024-07-01 09:39\n\n" + "\n".join(lines[3:]) + "\n"
    return text, expected_fields(doc.records, text)


def number_without_hao(doc: SampleDoc) -> Case:
    """A site that prints the page title above the document and drops the 号 of the number line."""
    lines = plain_text(doc).splitlines()
    issuer, title, number = (line.strip() for line in lines[:3])
    bare = number.removesuffix("号")
    head = f"{issuer}{title}\n来源 : 法制办  作者 : 佚名\n\n"
    text = head + replace_once("\n".join(lines) + "\n", number, bare)
    fields = expected_fields(doc.records, text.replace(bare, number))
    fields["doc_number"] = {"value": bare}
    return text, fields


CASES: list[tuple[str, str, Callable[[SampleDoc], Case]]] = [
    ("hard_numbered_headline", "reconsideration_decision_01", numbered_headline),
    ("hard_number_without_hao", "reconsideration_decision_01", number_without_hao),
]
