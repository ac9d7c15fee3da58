"""Safe repairs of issuers and numbers (issue 3): a header that lost its place's first character, a sentence's
function word glued before a cited number, a year glued to a long serial, and a judgment site's record page
that prints its court under a bare 法院 line.  Texts, names and numbers are invented; places are real
divisions, as an agency's name must be."""

from __future__ import annotations

from plain_text_extraction import everything

from extractors.fields.numbers import canonical_doc_number, find_numbers, without_glued_words

# ---- a place that lost its first character ------------------------------------------------

_RECONSIDERATION = """远 县 人 民 政 府
行政复议决定书
远政复决字〔2022〕第4号
申请人：陈某林，男，住宁远县清水镇。
被申请人：宁远县清水镇人民政府。
申请人不服被申请人作出的责令限期拆除决定，向本机关申请行政复议，本机关依法予以受理。
经审理查明：申请人于2021年5月在宁远县清水镇下坪村建房。
本机关认为，被申请人作出的决定认定事实清楚，适用依据正确。
根据《中华人民共和国行政复议法》第二十八条第一款第（一）项的规定，本机关决定如下：
维持被申请人作出的决定。
2022年3月8日
"""


def _issuer(found: dict) -> dict:
    return found["issuer"]


def test_a_place_printed_elsewhere_restores_the_issuers_lost_first_character() -> None:
    issuer = _issuer(everything(_RECONSIDERATION))
    assert issuer["value"] == "宁远县人民政府"
    assert issuer["restored_from"] == "远县人民政府"
    assert issuer["confidence"] >= 0.8  # a whole known place now: nothing left to doubt


def test_two_places_that_end_alike_leave_the_issuer_as_read_and_doubted() -> None:
    text = _RECONSIDERATION.replace("申请人：陈某林，男，住宁远县清水镇。", "申请人：陈某林，男，住定远县城关镇。")
    issuer = _issuer(everything(text))
    assert issuer["value"] == "远县人民政府"
    assert issuer["confidence"] < 0.8


def test_a_place_the_text_never_prints_is_not_invented() -> None:
    text = _RECONSIDERATION.replace("宁远县", "本县")
    issuer = _issuer(everything(text))
    assert issuer["value"] == "远县人民政府"
    assert "restored_from" not in issuer
    assert issuer["confidence"] < 0.8


def test_a_whole_place_is_left_alone() -> None:
    issuer = _issuer(everything(_RECONSIDERATION.replace("远 县 人 民", "宁 远 县 人 民", 1)))
    assert issuer["value"] == "宁远县人民政府"
    assert "restored_from" not in issuer


# ---- a function word glued before a cited number ----------------------------------------------


def _values(text: str) -> list[str]:
    found = find_numbers(text, text)
    return [f.value for f in without_glued_words(text, text, list(range(len(text))), found)]


def test_a_function_word_before_a_prefix_the_document_uses_is_cut_off() -> None:
    text = (
        "执法人员向原告送达了梁城国土(2015)87号《土地行政处罚决定书》。原告认为程序违法，"
        "由梁城国土(2015)87号《土地行政处罚决定书》可见其未载明救济途径。"
    )
    assert _values(text) == ["梁城国土(2015)87号", "梁城国土(2015)87号"]


def test_the_cut_holds_across_a_line_wrap_and_spaces() -> None:
    text = "被告作出梁城国土(2015)87号决定。依 梁城国\n土(2016)12号《土地行政处罚决定书》，"
    assert _values(text) == ["梁城国土(2015)87号", "梁城国土(2016)12号"]


def test_a_prefix_no_other_number_has_keeps_its_first_character() -> None:
    # 由 could start a county's abbreviation: without another number to compare, nothing is cut
    text = "被告送达了由国土罚字(2015)3号《行政处罚决定书》。"
    assert _values(text) == ["由国土罚字(2015)3号"]


def test_a_longer_agency_prefix_is_not_taken_for_a_function_word() -> None:
    # 市城国土 ends in the other number's 城国土 but 市 is no function word
    text = "原决定为城国土(2015)5号，复议维持了市城国土(2015)6号决定书。"
    assert _values(text) == ["城国土(2015)5号", "市城国土(2015)6号"]


def test_the_reference_in_a_judgment_loses_the_glued_word() -> None:
    text = (
        "河南省开阳市人民法院\n行政判决书\n(2016)豫0203行初21号\n原告：开阳市宏达建材有限公司。\n"
        "被告：开阳市国土资源局。\n被告于2015年9月4日向原告送达梁城国土(2015)87号《土地行政处罚决定书》。\n"
        "原告诉称，被告未组织听证，程序违法；且梁城国土(2015)87号《土地行政处罚决定书》未载明救济途径。\n"
        "判决如下：\n驳回原告的诉讼请求。\n二〇一六年六月二日\n"
    )
    refs = [r["doc_number"] for r in everything(text).get("references", [])]
    assert refs == ["梁城国土(2015)87号"]


# ---- a year glued to a long serial ----------------------------------------------------------


def test_a_seven_digit_serial_after_a_glued_year_is_a_number() -> None:
    text = "当即下达了《责令停止违法行为通知书》(衡国土资源执通字2016第0003127号)。"
    found = find_numbers(text, text)
    assert [f.value for f in found] == ["衡国土资源执通字2016第0003127号"]
    assert found[0].canonical == canonical_doc_number("衡国土资源执通字20160003127号")


def test_the_cited_stop_order_becomes_a_reference() -> None:
    text = (
        "衡阳市国土资源局\n行政处罚决定书\n衡国土资罚字〔2015〕第12号\n当事人：衡阳市鑫达机械修理有限公司\n"
        "经查，2015年3月，当事人未经批准擅自占用土地建设厂房，我局执法人员于2015年3月巡查时发现，"
        "当即下达了《责令停止国土资源违法行为通知书》(衡国土资源执通字20150003127号)。\n"
        "根据《中华人民共和国土地管理法》第七十六条的规定，我局决定：\n一、责令退还非法占用的土地；\n"
        "衡阳市国土资源局\n2015年6月1日\n"
    )
    found = everything(text)
    assert found["doc_number"]["value"] == "衡国土资罚字〔2015〕第12号"
    refs = [r["doc_number"] for r in found.get("references", [])]
    assert refs == ["衡国土资源执通字20150003127号"]


def test_an_eight_digit_run_without_an_agency_word_is_no_number() -> None:
    assert find_numbers("联系电话20150003127号码", "联系电话20150003127号码") == []


# ---- a judgment site's record page --------------------------------------------------------------

_RECORD = """跳转到主要内容
(2016)湘1102行初47号
裁判日期:2016-09-12
公开日期:2016-11-03
案件名称
周某华与永州市零陵区国土资源局土地行政处罚一审行政判决书
法院
永州市零陵区人民法院
所属地区
永州市
案件类型
行政案件
审理程序
一审
"""


def test_a_bare_court_label_over_the_courts_line_names_the_issuer_for_review() -> None:
    found = everything(_RECORD)
    assert found["doc_type"]["value"] == "court_judgment"
    assert found["issuer"]["value"] == "永州市零陵区人民法院"
    assert found["issuer"]["confidence"] < 0.8  # the site's short name may lack the header's province
    assert found["issuer"]["from_metadata"] is True


def test_blank_lines_between_label_and_court_are_allowed() -> None:
    found = everything(_RECORD.replace("法院\n永州", "法院\n\n永州"))
    assert found["issuer"]["value"] == "永州市零陵区人民法院"


def test_a_court_named_by_one_place_is_the_sites_short_name_and_no_issuer() -> None:
    # the judgment's header would print 湖南省宁远县人民法院 / 湖南省永州市中级人民法院
    for short in ("宁远县人民法院", "永州市中级人民法院"):
        found = everything(_RECORD.replace("永州市零陵区人民法院", short))
        assert "issuer" not in found, short


def test_a_province_before_an_intermediate_court_is_a_full_name() -> None:
    found = everything(_RECORD.replace("永州市零陵区人民法院", "湖南省永州市中级人民法院"))
    assert found["issuer"]["value"] == "湖南省永州市中级人民法院"


def test_a_bare_court_label_over_other_words_names_no_issuer() -> None:
    found = everything(_RECORD.replace("永州市零陵区人民法院", "零陵区"))
    assert "issuer" not in found


def test_the_judgments_own_header_still_wins_over_the_record() -> None:
    text = _RECORD + "全文\n湖南省永州市零陵区人民法院\n行政判决书\n(2016)湘1102行初47号\n原告周某华。\n"
    found = everything(text)
    assert found["issuer"]["value"] == "湖南省永州市零陵区人民法院"
    assert found["issuer"]["confidence"] >= 0.8
