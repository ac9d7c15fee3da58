"""Shapes of the eleventh batch, on invented texts: a lawyer's note about how to read a judgment (原告称,
被告举证) above it, and a review body's page headline naming its case."""

from __future__ import annotations

from plain_text_extraction import everything, party_keys

_NOTE_ABOVE = (
    "编者备注:本文整理闲置土地认定行政判决书,建议从当事人主张(原告称、被告称)原告举证、被告举证;"
    "一审法院查明、一审法院认为;判决如下等几个板块进行阅读。\n"
    "原告某某观光茶园有限公司(以下简称某某公司)不服被告周宁县自然资源局作出的收回国有建设用地使用权决定,"
    "向本院提起诉讼。\n"
)

_CASE_HEADLINE = """王某不服江苏省人民政府征地批复案驳回行政复议申请决定书
申请人:王某,男,住泰兴市。
被申请人:江苏省人民政府。
申请人不服被申请人作出的苏政地〔2019〕28号征地批复,向本机关申请行政复议。
"""


def test_a_sides_part_of_a_hearing_is_no_party_name() -> None:
    keys = party_keys(everything(_NOTE_ABOVE))
    assert not {name for _, name in keys} & {"举证", "称)原告举证、"}
    assert ("defendant", "周宁县自然资源局") in keys


def test_a_review_pages_case_headline_is_no_title() -> None:
    found = everything(_CASE_HEADLINE)
    assert (found.get("title") or {}).get("value") is None
    assert found["doc_type"]["value"] == "reconsideration_decision"
