"""Shapes of the tenth batch (agency pages), on invented texts: a street office printed before its title on
the headline line, and a site that left a stray blank after the first character of a number's prefix."""

from __future__ import annotations

from plain_text_extraction import everything

_STREET_OFFICE = """某某市某某街道办事处 行政处罚决定书 某街办行罚决〔2025〕008号
  • 发布时间:2025-07-22
  • 信息来源:某某市某某办事处

当事人:卢** 居民身份证号码:42**************35
根据上级部门移送,本机关于2025年6月25日对你涉嫌未取得建设工程规划许可证进行建设一案立案调查。
"""

_STRAY_BLANK = """林业行政处罚决定书 醴 林罚决字[2024]第046号

发布时间:2024-05-10 访问量: 作者: 来源:

林业行政处罚决定书
被处罚人姓名  邓*  性别  男
经查,邓*于2023年12月在某村擅自改变林地用途修建道路。
"""


def test_a_street_office_before_the_title_is_the_issuer_not_part_of_the_title() -> None:
    found = everything(_STREET_OFFICE)
    assert found["title"]["value"] == "行政处罚决定书"
    assert found["issuer"]["value"] == "某某市某某街道办事处"


def test_a_stray_blank_inside_a_numbers_prefix_keeps_the_prefix() -> None:
    assert everything(_STRAY_BLANK)["doc_number"]["value"] == "醴林罚决字[2024]第046号"  # the blank dropped
