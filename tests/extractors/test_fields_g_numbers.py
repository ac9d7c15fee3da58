"""Own numbers and cited numbers as published pages damage them (issue 3, round g).

All texts are invented; each test names the general cause it guards.
"""

from __future__ import annotations

from typing import Any

from plain_text_extraction import everything

from extractors.fields.numbers import canonical_doc_number, find_numbers

NUMBERS = ("sections", "doc_type", "numbers")


def _refs(found: dict[str, Any]) -> set[str]:
    return {r["doc_number"] for r in found.get("references", [])}


def _values(text: str) -> list[str]:
    return [f.value for f in find_numbers(text, text)]


def test_masked_sub_number_after_the_serial_is_part_of_the_number() -> None:
    text = "原告诉称，被告向原告下发了某国土执罚字(2011)03-X号行政处罚决定书，又作出某国土执罚字(2011)第07-××号决定。"
    assert _values(text) == ["某国土执罚字(2011)03-X号", "某国土执罚字(2011)第07-××号"]


def test_masked_sub_number_is_cited_as_a_reference() -> None:
    text = (
        "某县人民法院\n行政判决书\n(2011)豫0325行初8号\n"
        "原告某村卫生室不服被告某县国土资源局某国土执罚字(2011)03-X号行政处罚决定书，向本院提起行政诉讼。\n"
    )
    assert _refs(everything(text, NUMBERS)) == {"某国土执罚字(2011)03-X号"}


def test_intermediate_court_number_sheds_site_debris_glued_in_front() -> None:
    assert _values("跳转到主要内容(2018)浙02行终77号") == ["(2018)浙02行终77号"]
    assert _values("返回首页（2020）闽72行初5号") == ["（2020）闽72行初5号"]


def test_own_intermediate_court_number_repeated_with_debris_is_no_reference() -> None:
    text = (
        "跳转到主要内容(2018)浙02行终77号\n"
        "浙江省某市中级人民法院\n行政判决书\n(2018)浙02行终77号\n"
        "上诉人某某因诉某区综合行政执法局限期拆除一案，不服某区人民法院(2017)浙0203行初15号行政判决，"
        "向本院提起上诉。\n"
    )
    found = everything(text, NUMBERS)
    assert found["doc_number"]["value"] == "(2018)浙02行终77号"
    assert _refs(found) == {"(2017)浙0203行初15号"}


def test_agency_number_with_two_digits_after_a_word_keeps_its_prefix() -> None:
    """Only a court's procedure (行/民/执…) after a two-digit code makes a court 案号."""
    assert _values("依据某资规罚〔2020〕罚12号决定") == ["某资规罚〔2020〕罚12号"]


def test_label_and_number_side_by_side_without_colon_is_the_own_number() -> None:
    text = (
        "行政处罚详情\n"
        "    决定书文号 某城规罚决[2022 ]第031号\n"
        "    违法行为类型 违反《中华人民共和国城乡规划法》第四十条规定\n"
        "    决定机关 某市城乡规划管理局\n"
    )
    found = everything(text, NUMBERS)
    assert canonical_doc_number(found["doc_number"]["value"]) == canonical_doc_number("某城规罚决[2022]第031号")
    assert _refs(found) == set()


def test_label_glued_to_the_number_by_ocr_is_still_a_label() -> None:
    text = "行政处罚详情\n决定书文号某城规罚决[2022]第031号\n违法行为类型违反《中华人民共和国城乡规划法》第四十条规定\n"
    assert everything(text, NUMBERS)["doc_number"]["value"] == "某城规罚决[2022]第031号"


def test_label_naming_the_original_decision_still_labels_a_citation() -> None:
    text = (
        "某市人民政府\n行政复议决定书\n某政复决〔2023〕4号\n申请人：某建设公司。\n被申请人：某市城乡规划管理局。\n"
        "    原处罚决定书文号 某城规罚决〔2022〕第031号\n"
    )
    found = everything(text, NUMBERS)
    assert found["doc_number"]["value"] == "某政复决〔2023〕4号"
    assert found["doc_number"]["confidence"] >= 0.9  # no rival own candidate
    assert _refs(found) == {"某城规罚决〔2022〕第031号"}


def test_number_cut_after_the_agency_name_is_the_same_citation() -> None:
    text = (
        "某海事法院\n行政判决书\n(2020)闽72行初9号\n"
        "原告某码头公司不服被告某区海洋与渔业局〔2019〕012号《行政处罚决定书》，向本院提起行政诉讼。\n"
        "被告于2019年10月8日作出某海渔处罚〔2019〕012号《行政处罚决定书》，认定原告未取得海域使用权。\n"
    )
    assert _refs(everything(text, NUMBERS)) == {"某海渔处罚〔2019〕012号"}


def test_a_bare_number_cited_alone_is_still_a_reference() -> None:
    text = "某县人民法院\n行政判决书\n(2020)闽0102行初9号\n原告不服被告〔2019〕012号《行政处罚决定书》。\n"
    assert _refs(everything(text, NUMBERS)) == {"〔2019〕012号"}


def test_notice_issuing_a_standard_is_a_rule_not_a_case_document() -> None:
    text = (
        "某区林业局\n林业行政处罚决定书\n某林罚决字〔2024〕第18号\n"
        "参照某市林业局关于印发《某市恢复植被和林业生产条件补种标准》的通知(某林生〔2022〕7号)第四条之规定，"
        "决定如下：罚款3000元。\n"
    )
    found = everything(text, NUMBERS)
    assert found["doc_number"]["value"] == "某林罚决字〔2024〕第18号"
    assert _refs(found) == set()


def test_notice_about_one_case_is_still_a_reference() -> None:
    text = (
        "某区自然资源局\n行政处罚决定书\n某自然资罚〔2024〕18号\n"
        "我局于2024年3月1日送达了关于责令限期改正的通知(某自然资改〔2024〕3号)，当事人逾期未改正。\n"
    )
    assert _refs(everything(text, NUMBERS)) == {"某自然资改〔2024〕3号"}


def test_court_number_printed_without_its_hao_is_the_judgments_own() -> None:
    text = "某 海 事 法 院\n\n行政判决书\n\n (2020)72行初9   \n\n原告某码头公司，住所地某市某区。\n"
    found = everything(text, NUMBERS)
    assert found["doc_number"]["value"] == "(2020)72行初9"
    assert found["doc_number"]["confidence"] < 0.9


def test_a_whole_own_number_wins_over_a_damaged_line() -> None:
    text = "某市中级人民法院\n行政判决书\n(2020)闽01行终9号\n(2019)01行初3\n上诉人某某。\n"
    assert everything(text, NUMBERS)["doc_number"]["value"] == "(2020)闽01行终9号"


def test_a_penalty_decision_takes_no_damaged_court_line_as_its_number() -> None:
    text = "某县自然资源局\n行政处罚决定书\n(2019)01行初3\n当事人：某某。\n"
    assert "doc_number" not in everything(text, NUMBERS)


def test_the_own_number_read_two_ways_is_no_reference() -> None:
    """A scan's headline and its number line read the place character differently (璧 / 壁), or glue page
    debris before one of them: both are the document's own number."""
    text = (
        "璧山区生态环境局责令改正违法行为决定书(璧环改〔2025〕24号)\n"
        "责令改正违法行为决定书\n壁环改〔2025〕24号\n当事人：某某公司。\n"
        "你单位于2025年3月1日未批先建，违反了《中华人民共和国环境影响评价法》第二十五条。\n"
    )
    found = everything(text, NUMBERS)
    assert found["doc_number"]["value"] in {"璧环改〔2025〕24号", "壁环改〔2025〕24号"}
    assert not _refs(found)


def test_a_notice_sharing_the_decisions_serial_stays_a_reference() -> None:
    text = (
        "行政处罚决定书\n溆城罚决字〔2024〕67号\n当事人：某某。\n"
        "本机关于2024年5月1日向你送达了《行政处罚事先告知书》(溆城罚先告字〔2024〕67号)。\n"
    )
    found = everything(text, NUMBERS)
    assert found["doc_number"]["value"] == "溆城罚决字〔2024〕67号"
    assert _refs(found) == {"溆城罚先告字〔2024〕67号"}


def test_a_summary_run_into_the_text_it_quotes_hides_only_itself() -> None:
    """A scanned case page prints its 摘要 right above the text, and the reader joins the two lines (as a
    one-line copy does): the numbers the text cites are references, though the summary quoted the sentence."""
    text = (
        "某某公司与某市国土资源分局土地行政处罚一审行政判决书\n"
        "来源:法学学习综合 作者:国平 发布时间:2015-12-26\n"
        "摘要:另查明:2013年12月20日被告以原告违法占地为由以汴城国土(2013)159号对原告作出了土地行政处罚决定,这两次均"
        "另查明:2013年12月20日被告以原告违法占地为由以汴城国土(2013)159号对原告作出了土地行政处罚决定,这两次均是"
        "以原告的实际占用土地面积进行处罚的。\n"
    )
    assert "汴城国土(2013)159号" in _refs(everything(text, NUMBERS))


def test_a_court_page_typed_by_a_cue_it_quotes_keeps_its_own_number() -> None:
    """A case book's commentary speaks of 责令停止 before the judgment, whose title OCR garbled: the page's
    type is only a guess, and the court's number under the court's name is still the judgment's own."""
    text = (
        "裁判要点\n县级以上人民政府土地行政主管部门有权责令停止违反土地管理法律、法规的行为。\n"
        "山东省高级人民法院\n行?政?判?决?书\n(2019)鲁行终1954号\n"
        "上诉人(原审原告)泮某德,男,1945年7月13日出生。\n被上诉人(原审被告)济南市人民政府。\n"
    )
    assert everything(text)["doc_number"]["value"] == "(2019)鲁行终1954号"
