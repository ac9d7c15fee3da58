"""Cited numbers, own numbers and issue dates as published copies print them (issue 3, round f).

All texts are invented; each test names the general cause it guards.
"""

from __future__ import annotations

from typing import Any

from plain_text_extraction import everything

from extractors.fields.numbers import canonical_doc_number, find_numbers

NUMBERS = ("sections", "doc_type", "numbers")
DATES = ("sections", "doc_type", "numbers", "dates")


def _refs(found: dict[str, Any]) -> set[str]:
    return {r["doc_number"] for r in found.get("references", [])}


def _values(text: str) -> list[str]:
    return [f.value for f in find_numbers(text, text)]


def test_conjunction_date_tail_and_role_noun_are_not_prefix() -> None:
    text = (
        "申请人称：申请人于5月9日收到临政复〔2022〕17号《行政复议决定书》，被申请人违反了复议机关"
        "临政复〔2022〕17号《行政复议决定书》的决定；且临城国土〔2021〕88号《土地行政处罚决定书》"
        "未载明救济途径，被告临城国土〔2021〕90号决定亦同。"
    )
    assert _values(text) == ["临政复〔2022〕17号", "临政复〔2022〕17号", "临城国土〔2021〕88号", "临城国土〔2021〕90号"]


def test_a_prefix_with_letters_of_those_words_is_kept_whole() -> None:
    assert _values("对当事人作出了宁江自然资罚字〔2023〕第12号处罚。") == ["宁江自然资罚字〔2023〕第12号"]


def test_batch_suffix_after_the_number_is_part_of_it() -> None:
    text = "查明，某县自然资源局于2019年11月2日对王某作出某林罚决字[2019]第115号—02行政处罚决定。"
    assert _values(text) == ["某林罚决字[2019]第115号—02"]
    assert _values("见某林罚决字[2019]第12号-13号。") == ["某林罚决字[2019]第12号"]  # a range, not a suffix


def test_masked_serial_with_a_sub_number_is_read_as_written() -> None:
    text = "被申请人重新作出的平廿政〔2021〕罚决字第××-1号《行政处罚决定书》，撤销了平廿政〔2021〕罚决字第××号。"
    assert _values(text) == ["平廿政〔2021〕罚决字第××-1号", "平廿政〔2021〕罚决字第××号"]


def test_public_notice_and_numbered_rule_file_are_no_case_documents() -> None:
    text = (
        "某县自然资源局\n行政处罚决定书\n某自然资罚〔2024〕7号\n"
        "县人民政府于2009年5月25日张贴了茶政告【2009】3号《某县人民政府关于移民限期搬迁的通告》。"
        "依据某林草发(2022)106号文件的规定，决定如下：罚款2000元。\n"
    )
    found = everything(text, NUMBERS)
    assert found["doc_number"]["value"] == "某自然资罚〔2024〕7号"
    assert _refs(found) == set()


def test_letter_listed_as_evidence_is_no_case_document() -> None:
    text = (
        "某镇人民政府\n行政处罚决定书\n某镇执罚字〔2024〕1-004号\n"
        "以上事实有现场检查笔录、关于认定违法建设的复函(某自然资一分局函〔2023〕382号)等证据证实。\n"
        "本机关向当事人送达《行政处罚告知书》(某镇执听告〔2024〕1-004号)。\n"
    )
    assert _refs(everything(text, NUMBERS)) == {"某镇执听告〔2024〕1-004号"}


def test_a_judgment_without_own_number_never_takes_the_reviewed_decision() -> None:
    text = (
        "法律文书 > 行政案件判决书\n摘要：被告以汴城自然资〔2013〕159号对原告作出处罚\n"
        "河南省某市某区人民法院\n行政判决书\n"
        "原告某建设公司不服被告某市自然资源分局作出的汴城自然资〔2013〕159号《土地行政处罚决定书》，"
        "向本院提起行政诉讼。\n"
    )
    found = everything(text, NUMBERS)
    assert "doc_number" not in found
    assert _refs(found) == {"汴城自然资〔2013〕159号"}


def test_older_court_number_under_a_site_line_has_no_prefix() -> None:
    text = (
        "跳转到主要内容\n(2014)琼南一中环行终字第1号\n裁判日期: 2014-08-19\n"
        "某省第一中级人民法院行 政 判 决 书(2014)琼南一中环行终字第1号\n"
        "上诉人某市国土局因土地行政处罚一案，不服某县人民法院(2014)某行初字第3号行政判决，提起上诉。\n"
    )
    found = everything(text, NUMBERS)
    assert found["doc_number"]["value"] == "(2014)琼南一中环行终字第1号"
    assert _refs(found) == {"(2014)某行初字第3号"}


def test_headline_title_then_type_line_then_number() -> None:
    text = (
        "某镇执法大队关于某电力公司临时占地超期的行政处罚决定书\n行政处罚决定书\n某镇执罚决字〔2023〕第05号\n"
        "当事人：某电力建设有限公司\n本单位于2023年5月29日立案调查。\n"
    )
    assert everything(text, NUMBERS)["doc_number"]["value"] == "某镇执罚决字〔2023〕第05号"


def test_disclosure_row_under_a_number_column_is_the_own_number() -> None:
    text = (
        "| 索引号 | 0152-6/2025-00027 | 发布机构 | 某县林业和草原局 |\n"
        "行政相对人名称 | 行政处罚决定书文号 | 违法行为类型 | 处罚依据 | 暂扣或吊销证照名称及编号\n"
        "张某 | 某林草罚决字(2025)第01064号 | 擅自改变林地用途 | 某林草发(2022)106号文件 | 无\n"
    )
    found = everything(text, NUMBERS)
    assert found["doc_number"]["value"] == "某林草罚决字(2025)第01064号"
    assert _refs(found) == set()


def test_number_under_a_table_header_keeps_no_header_cell() -> None:
    text = "行政处罚决定书文号 | 处罚类别\n某自然资(执)罚字（2020）第88号 | 罚款\n"
    assert _values(text) == ["某自然资(执)罚字（2020）第88号"]


def test_truncated_page_ending_in_narrative_has_no_issue_date() -> None:
    text = (
        "某省某市中级人民法院\n行政判决书\n(2019)粤13行终237号\n"
        "上诉人某石油化工有限公司因行政处罚纠纷一案，向本院提起上诉。\n"
        "经审理查明，租期自2012年6月1日起2042年5月31日2017年10月28日邹某再次将该地转租杨某,\n"
    )
    found = everything(text, DATES)
    assert "issue_date" not in found
    assert {d["value"] for d in found["dates"]} >= {"2017-10-28", "2042-05-31"}


def test_date_cut_off_after_a_sentence_is_no_signature() -> None:
    text = (
        "某镇人民政府\n行政处罚决定书\n某镇执罚字〔2024〕1-004号\n"
        "本机关于2024年8月6日向当事人邮寄送达《行政处罚告知书》，无法送达当事人。2024年8月7\n"
    )
    assert "issue_date" not in everything(text, DATES)


def test_one_line_court_signature_still_gives_the_issue_date() -> None:
    text = (
        "某县人民法院行政裁定书(2021)鄂0704行审3号申请执行人：某市自然资源局。被执行人：王某。"
        "本院认为，申请执行人作出的行政处罚决定程序合法，裁定如下：准予强制执行。"
        "审判长　胡某审判员　陈某审判员　余某二○二一年三月五日书记员　程某"
    )
    assert everything(text, DATES)["issue_date"]["value"] == "2021-03-05"


def test_signature_date_after_the_issuer_on_a_tail_line() -> None:
    text = "某县自然资源局\n行政处罚决定书\n某自然资罚〔2020〕3号\n当事人：李某。\n罚款500元。\n"
    text += "某县自然资源局 2020年2月21\n"
    assert everything(text, DATES)["issue_date"]["value"] == "2020-02-21"


def test_ocr_reads_the_batch_dash_as_yi_and_mixes_mask_glyphs() -> None:
    text = "查明，某县自然资源局对王某作出某林罚决字[2019]第115号一02行政处罚决定。"
    (value,) = _values(text)
    assert canonical_doc_number(value) == canonical_doc_number("某林罚决字[2019]第115号—02")
    assert canonical_doc_number("某政复〔2023〕×X号") == canonical_doc_number("某政复〔2023〕××号")
    assert _values("第3号一案") == []
