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


_BODY_ONLY_REVIEW = """申请人:***,男,汉族,19**年*月*日出生,住重庆市****。
被申请人:重庆市某某区林业局,住所地重庆市某某区太极大道40号。
法定代表人:张某,局长。
申请人对重庆市某某区林业局所作的《行政处罚决定书》(某林业罚决字〔2024〕第85号)不服提出的行政复议申请,本机关于2024年8月5日收到,于2024年8月9日予以受理。
"""

_NOT_ACCEPTED_REVIEW = """不予受理行政复议申请决定书
江府行复〔2023〕168号
李某:
你提交的《行政复议申请书》及相关材料,本府于2023年11月20日收悉。经审查,你的申请不属于行政复议范围。
"""

_SITE_ADDRESS_LINE = """重庆市某某区人民政府
www.example.gov.cn
行政复议决定书
某府复〔2024〕179号
申请人:王某。
被申请人:重庆市某某区林业局。
"""


def test_a_review_body_told_without_its_title_is_a_reconsideration_decision() -> None:
    found = everything(_BODY_ONLY_REVIEW)
    assert found["doc_type"]["value"] == "reconsideration_decision"
    # a person masked whole and described as one (申请人:***,男,汉族) is kept as printed, as the contract asks
    assert {p["name"] for p in found["parties"]} == {"***", "重庆市某某区林业局"}


def test_the_addressee_of_a_review_refused_is_the_applicant() -> None:
    assert [(p["role"], p["name"]) for p in everything(_NOT_ACCEPTED_REVIEW)["parties"]] == [("applicant", "李某")]


def test_the_sites_address_between_issuer_and_title_is_skipped() -> None:
    assert everything(_SITE_ADDRESS_LINE)["issuer"]["value"] == "重庆市某某区人民政府"


def test_a_review_told_without_its_title_on_a_scan_whose_line_breaks_inside_a_word() -> None:
    scanned = _BODY_ONLY_REVIEW.replace("本机关于2024年8月5日收到", "本机关于2024年8月5日收\n到")
    assert everything(scanned)["doc_type"]["value"] == "reconsideration_decision"
