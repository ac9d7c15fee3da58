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


_SUMMARY_REPEATS_OPENING = """首页 法制动态 案例判例 法律文书

旗下栏目: 行政案件判决书

(2011)沪二中行终字第44号

来源:新浪网 作者:某某 人气: 发布时间:2013-12-15
摘要:上海市第二中级人民法院 行政判决书 (2011)沪二中行终字第44号 上诉人(原审原告)上海某某房地产开发有限公司。
上海市第二中级人民法院
行政判决书
(2011)沪二中行终字第44号
  上诉人(原审原告)上海某某房地产开发有限公司。
  法定代表人张甲,上海某某房地产开发有限公司董事长。
  被上诉人(原审被告)上海市静安区人民政府。
  法定代表人张乙,上海市静安区人民政府区长。
  被上诉人(原审第三人)上海某某投资发展有限公司。
  上诉人上海某某房地产开发有限公司因房屋征收补偿决定一案,不服上海市静安区人民法院行政判决,向本院提起上诉。
"""


def test_a_pages_summary_repeating_the_opening_is_metadata() -> None:
    keys = party_keys(everything(_SUMMARY_REPEATS_OPENING))
    assert keys == {
        ("plaintiff", "上海某某房地产开发有限公司"),
        ("defendant", "上海市静安区人民政府"),
        ("third_party", "上海某某投资发展有限公司"),
    }


def test_a_title_word_a_pdf_line_starts_with_inside_a_sentence_is_no_title() -> None:
    page = (
        "江阴市国土资源局与龚**非诉执行审查裁定书\n审理经过\n"
        "江阴市国土资源局向本院申请对龚**强制执行行政处罚决定一案,本院立案受理后,依法组成合议庭进行了书面审查。\n"
        "经审查查明:2015年1月6日,江阴国土局作出澄土监巡罚字(2014)27号\n"
        "行政处罚决定书,认定:龚**在未经依法批准的情况下,擅自占用华士镇陆桥村集体土地1.02亩建设钢架大棚。\n"
    )
    found = everything(page)
    assert found["doc_type"]["value"] == "court_ruling"
    assert (found.get("title") or {}).get("value") != "行政处罚决定书"
