"""A government site's chrome around a document: a metadata block above the headline and another
below it, a visit counter the headline is joined onto, and a footer naming who runs the site. None of
it may take the place of the document's own title, number or issuer."""

from __future__ import annotations

import json
from pathlib import Path

from plain_text_extraction import everything

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "text" / "penalty_decision_01"
_HEADER = (
    "索引号：11610125/2015-00318  发布机构：户县人民政府办公室\n"
    "发布日期：2015-09-02  更新时间：2015-09-03 08:12:40\n"
    "来源：本站  发布时间：2015年09月02日 10:20  浏览次数：356\n"
)
_FOOTER = (
    "\n【打印本页】 【关闭窗口】\n发布时间：2015年9月2日  浏览次数：1234\n"
    "主办单位：户县人民政府办公室  网站标识码：6101250001\n"
)


def _document() -> tuple[str, dict]:
    """The sample as a PDF's text layer gives it: paragraphs wrapped at 40 characters."""
    text = SAMPLE.with_suffix(".txt").read_text(encoding="utf-8")
    text = "\n".join(line[i : i + 40] for line in text.split("\n") for i in range(0, max(len(line), 1), 40))
    fields = json.loads(SAMPLE.with_suffix(".expected.json").read_text(encoding="utf-8"))["fields"]
    return text, fields


def _values(found: dict) -> dict[str, str | None]:
    return {name: (found.get(name) or {}).get("value") for name in ("title", "doc_number", "issuer", "issue_date")}


def test_the_headline_between_two_metadata_blocks_is_still_the_title() -> None:
    text, expected = _document()
    lines = text.split("\n")
    headline = "户县国土资源局行政处罚决定书(户国土资罚字〔2015〕第126号)"
    second_block = "索 引 号:11610125/2015-00318 发布机构:户县国土资源局 发文日期:2015-08-31 公开方式:政府网站"
    # the page prints the headline only: the document's own title and number lines are not repeated
    body = "\n".join(lines).split(expected["doc_number"]["value"], 1)[1]
    page = _HEADER + headline + "\n\n" + second_block + "\n" + body
    found = _values(everything(page))
    assert found["title"] == expected["title"]["value"]
    assert found["doc_number"] == expected["doc_number"]["value"]


def test_a_visit_counter_does_not_swallow_the_headline_joined_onto_it() -> None:
    """A page whose lines are all about as wide as the counter line joins the headline onto it."""
    text, expected = _document()
    page = _HEADER + text.split("\n", 1)[1]  # the title right under the counter; the signature names the issuer
    found = _values(everything(page))
    assert found == {name: expected[name]["value"] for name in found}


def test_the_site_footer_names_no_issuer() -> None:
    text, expected = _document()
    assert _values(everything(text + _FOOTER))["issuer"] == expected["issuer"]["value"]
    # with the header and the signature cut away, nothing in the page names the issuer
    body = "\n".join(line for line in text.split("\n")[1:] if line.strip() != "户县国土资源局")
    body = body.rsplit("\n", 2)[0] if body.rstrip().endswith("日") else body
    assert _values(everything(body + _FOOTER))["issuer"] != "户县人民政府办公室"
