"""Dates and document numbers as published copies print them (issue 3); every text here is invented."""

import pytest
from plain_text_extraction import everything

from extractors.fields.dates import find_dates
from extractors.fields.numbers import find_numbers, number_kind
from models.vocab import DocType

DECISION_HEAD = "平川县自然资源局\n行政处罚决定书\n平自然资罚字〔2024〕9号\n当事人：平川县某建材有限公司\n"


def refs(found: dict) -> dict[str, str | None]:
    return {r["doc_number"]: r.get("doc_type") for r in found.get("references", [])}


def dates(found: dict) -> set[tuple[str | None, str]]:
    return {(d["value"], d["role"]) for d in found.get("dates", [])}


# --- 1. the labelled date of a disclosure table, stray spaces and all --------------------------


@pytest.mark.parametrize(
    "written", ["2024 年12月3日", "2024年 12 月 3 日", "二〇二四 年十二月三日", "二○二四年 十二 月三日"]
)
@pytest.mark.parametrize("label", ["处罚决定日期", "决定日期", "作出决定日期"])
def test_spaced_date_under_a_decision_date_label_is_the_issue_date(written, label):
    text = (
        "行政相对人名称\n|\n平川县某建材有限公司\n|\n处罚机关\n|\n平川县自然资源局\n|\n"
        f"{label}\n|\n{written}\n|\n发布日期\n|\n2024-12-10\n|\n"
    )
    found = everything(text)
    assert found["issue_date"]["value"] == "2024-12-03"
    assert ("2024-12-03", "issued") in dates(found)
    assert all(value != "2024-12-10" for value, _ in dates(found))


def test_label_and_value_in_one_table_row():
    found = everything(DECISION_HEAD + "处罚决定日期 | 2024 年 5 月 6 日 |\n公开日期 | 2024-05-20 |\n")
    assert found["issue_date"]["value"] == "2024-05-06"


@pytest.mark.parametrize("label", ["发布日期", "成文日期", "公开日期", "更新时间", "公开时间"])
def test_a_page_date_in_a_table_row_is_never_the_issue_date(label):
    found = everything(DECISION_HEAD + f"{label}\n|\n2024 年12月10日\n|\n")
    assert "issue_date" not in found
    assert ("2024-12-10", "issued") not in dates(found)


def test_the_signature_date_outranks_a_disagreeing_table_date_and_keeps_it_for_review():
    table = "处罚决定日期 | 2024年12月4日 |\n"
    text = table + DECISION_HEAD + "    经查，你公司未经批准占用土地。\n平川县自然资源局\n2024年12月3日\n"
    issued = everything(text)["issue_date"]
    assert issued["value"] == "2024-12-03"
    assert issued["confidence"] < 0.8


# --- 2. judgment-database metadata dates --------------------------------------------------------


@pytest.mark.parametrize(
    "meta",
    [
        "【审结时间】：2019/3/5 0:00:00",
        "【审结时间】:2019/03/05",
        "裁判日期：2019-03-05",
        "【裁判日期】2019-03-05",
        "审结日期：2019.3.5",
    ],
)
def test_judgment_database_date_is_the_issue_date(meta):
    text = (
        f"【审理法院】：华北地区/平川省/平川市中级人民法院\n{meta}\n【公开日期】：2019/4/1\n\n"
        "平川某矿业有限公司非诉执行审查行政裁定书\n申请执行人：平川市自然资源局。\n被执行人：平川某矿业有限公司。\n"
    )
    found = everything(text)
    assert found["issue_date"]["value"] == "2019-03-05"
    assert ("2019-04-01", "issued") not in dates(found)


def test_a_broken_metadata_date_is_flagged_not_guessed():
    found = everything("【审结时间】：2018/13/45 0:00:00\n\n平川某公司执行裁定书\n申请执行人：平川市自然资源局。\n")
    assert "issue_date" not in found
    broken = [d for d in found["dates"] if d.get("broken")]
    assert broken and broken[0]["value"] is None and broken[0]["raw"] == "2018/13/45"


def test_a_broken_table_date_is_flagged_not_guessed():
    found = everything(DECISION_HEAD + "处罚决定日期 | 2024年13月45日 |\n")
    assert "issue_date" not in found
    assert any(d.get("broken") and d["value"] is None for d in found["dates"])


def test_dates_keep_their_roles_next_to_a_table_issue_date():
    text = (
        DECISION_HEAD
        + "    2024年 8 月 25 日，我局执法人员在巡查中发现你公司擅自占用耕地。我局于2024年9月2日立案调查。"
        "我局于2024年 10月9日向你公司送达了《行政处罚告知书》。\n处罚决定日期\n|\n2024 年12月3日\n|\n"
    )
    found = dates(everything(text))
    assert {("2024-08-25", "violation_found"), ("2024-10-09", "served"), ("2024-12-03", "issued")} <= found


def test_spaced_dates_read_as_one_value():
    values = [d.value for d in find_dates("2024 年12月3日、2024年 12 月 3 日、二〇二四 年 十二 月 三 日、2024/12/3")]
    assert values == ["2024-12-03"] * 4


# --- 3. an untitled decision's number split by a space; its 告知书 cited in the body -------------


UNTITLED = (
    "{number}\n被处罚单位名称:平川某矿业有限责任公司\n"
    "本机关对你单位擅自改变林地用途的行为立案调查。2025年3月1日,本机关依法向你单位送达了"
    "《行政处罚先行告知书》(文号:{notice} ),告知了拟作出行政处罚的内容。\n"
    "本机关决定对你单位作出如下行政处罚：罚款人民币五万元。\n"
)


@pytest.mark.parametrize("notice", ["平市林草罚权告[2025]012号", "平市林草罚告〔2025〕12号"])
def test_untitled_number_with_a_space_inside_is_read_whole(notice):
    found = everything(UNTITLED.format(number="平市 林草罚决〔2025〕012号", notice=notice))
    assert found["doc_number"]["value"] == "平市林草罚决〔2025〕012号"
    assert refs(found) == {notice: "penalty_notice"}


def test_a_cited_notice_number_under_a_label_is_never_the_own_number():
    found = everything(UNTITLED.format(number="", notice="平市林草罚权告[2025]012号"))
    assert "doc_number" not in found
    assert refs(found) == {"平市林草罚权告[2025]012号": "penalty_notice"}


def test_a_notice_number_is_no_decision_s_own_even_under_the_title():
    text = "平川县林业局\n林业行政处罚决定书\n文号：平林罚告〔2024〕3号\n当事人：王某\n"
    found = everything(text)
    assert found["doc_type"]["value"] == "penalty_decision"
    assert "doc_number" not in found


@pytest.mark.parametrize(
    ("number", "kind"),
    [
        ("平林罚决〔2024〕3号", DocType.PENALTY_DECISION),
        ("平市林草罚权告[2025]012号", DocType.PENALTY_NOTICE),
        ("平自然资催告〔2024〕2号", DocType.DEMAND_NOTICE),
        ("平自然资罚字〔2024〕9号", None),
        ("(2024)平0102行审5号", None),
    ],
)
def test_number_kind_reads_the_step_from_the_prefix(number, kind):
    assert number_kind(number) == kind


@pytest.mark.parametrize("head", ["附件", "文号", "抄送"])
def test_a_label_before_a_spaced_number_is_no_part_of_it(head):
    text = f"{head} 平林罚决〔2024〕3号\n"
    assert [f.value for f in find_numbers(text, text)] == ["平林罚决〔2024〕3号"]


def test_a_space_inside_a_number_in_running_text_does_not_pull_words_in():
    text = "当事人已收到 平林罚决〔2024〕3号决定书。\n"
    assert [f.value for f in find_numbers(text, text)] == ["平林罚决〔2024〕3号"]


# --- 4. mask lines and lost brackets around a court's 案号 --------------------------------------


@pytest.mark.parametrize("gap", ["\n", "\n\n", ""])
def test_a_mask_line_above_a_case_number_never_joins_it(gap):
    text = f"平川省青石县人民法院\nXX{gap}2022)平0821行初113号\n原告平川某建材有限公司。\n"
    assert [f.value for f in find_numbers(text, text)] == ["2022)平0821行初113号"]


def test_a_mask_line_above_an_agency_number_never_joins_it():
    text = "平川县林业局\n××\n平林罚决〔2022〕3号\n"
    assert [f.value for f in find_numbers(text, text)] == ["平林罚决〔2022〕3号"]


def test_a_masked_agency_prefix_is_still_part_of_the_number():
    text = "行政处罚决定书\n××自然资罚〔2020〕5号\n"
    assert [f.value for f in find_numbers(text, text)] == ["××自然资罚〔2020〕5号"]


def test_case_number_missing_its_bracket_keeps_the_printed_form():
    text = (
        "平川某建材有限公司、平川市××等行政一审行政判决书\n\n平川省青石县人民法院\n\nXX\n\n"
        "2022)平0821行初113号\n\n原告平川某建材有限公司，住所地平川市。\n"
    )
    found = everything(text)
    assert found["doc_number"]["value"] == "2022)平0821行初113号"
    assert refs(found) == {}


# --- 5. 【】 groups inside a prefix -----------------------------------------------------------------


def test_bracket_groups_in_own_and_cited_numbers():
    text = (
        "行政处罚决定书\n乙规资执【处罚决定】〔2024〕7号\n当事人：平川某公司\n"
        "    本局于2024年3月1日向你公司送达了《行政处罚告知书》（川林罚【2024】12号）。\n"
    )
    found = everything(text)
    assert found["doc_number"]["value"] == "乙规资执【处罚决定】〔2024〕7号"
    assert refs(found) == {"川林罚【2024】12号": "penalty_notice"}


# --- 6. a number given only in an 附件 line or a disclosure-table cell ------------------------------


DISCLOSURE = (
    "2017年6月8日，平川市国土资源局对平川某石材有限公司越界开采的行为立案查处，"
    "于2018年4月16日依法对其作出行政处罚决定：责令退回矿区范围内开采，罚款十万元。\n"
)


def test_an_annexed_decision_number_is_the_disclosure_page_s_own():
    found = everything(DISCLOSURE + "附件:平国土资监罚字〔2018〕第7号 行政处罚决定书\n")
    assert found["doc_number"]["value"] == "平国土资监罚字〔2018〕第7号"
    assert found["doc_number"]["confidence"] <= 0.6
    assert refs(found) == {}


def test_an_annex_does_not_replace_a_printed_number_line():
    text = DECISION_HEAD + "    经查，你公司未经批准占用土地。\n附件:平国土资监罚字〔2018〕第7号 行政处罚决定书\n"
    found = everything(text)
    assert found["doc_number"]["value"] == "平自然资罚字〔2024〕9号"
    assert "平国土资监罚字〔2018〕第7号" in refs(found)


def test_two_annexed_numbers_name_no_own_number():
    text = (
        DISCLOSURE
        + "附件1:平国土资监罚字〔2018〕第7号 行政处罚决定书\n附件2:平国土资监罚字〔2018〕第8号 行政处罚决定书\n"
    )
    found = everything(text)
    assert "doc_number" not in found
    assert len(refs(found)) == 2


@pytest.mark.parametrize("label", ["决定书文号", "行政处罚决定文书号"])
def test_a_disclosure_table_cell_labels_the_own_number(label):
    text = (
        f"行政相对人名称\n|\n平川某公司\n|\n{label}\n|\n平林罚决字〔2022〕15号\n|\n处罚决定日期\n|\n2022年5月6日\n|\n"
    )
    found = everything(text)
    assert found["doc_number"]["value"] == "平林罚决字〔2022〕15号"
    assert found["issue_date"]["value"] == "2022-05-06"


def test_a_labelled_number_in_brackets_after_the_title_is_the_own_number():
    text = "平川县林业局\n行政处罚决定书（文号：平林罚决〔2024〕3号）\n当事人：王某\n    经查，你擅自采伐林木。\n"
    assert everything(text)["doc_number"]["value"] == "平林罚决〔2024〕3号"


def test_a_demand_notice_keeps_an_own_number_naming_another_step():
    text = (
        "平川县自然资源局\n催告书\n平自然资执告〔2024〕4号\n平川某建材有限公司：\n"
        "    我局于2024年3月1日作出《行政处罚决定书》（平自然资罚决〔2024〕9号），你公司至今未履行。\n"
    )
    found = everything(text)
    assert found["doc_type"]["value"] == "demand_notice"
    assert found["doc_number"]["value"] == "平自然资执告〔2024〕4号"
    assert refs(found) == {"平自然资罚决〔2024〕9号": "penalty_decision"}


@pytest.mark.parametrize(
    "line", ["平 市 林草罚决〔2025〕012号", "平市林草 罚决〔2025〕012号", "平 市 林 草 罚 决〔2025〕012号"]
)
def test_ocr_spacing_anywhere_in_a_number_line_prefix(line):
    text = f"{line}\n被处罚单位名称:平川某矿业有限责任公司\n"
    assert [f.value for f in find_numbers(text, text)] == ["平市林草罚决〔2025〕012号"]


def test_a_letter_spaced_title_before_a_number_stays_out_of_it():
    text = "行 政 处 罚 决 定 书 平林罚决〔2024〕3号\n当事人：王某\n"
    assert [f.value for f in find_numbers(text, text)] == ["平林罚决〔2024〕3号"]


@pytest.mark.parametrize(("glued", "value"), [("2022/12/70:00:00", "2022-12-07"), ("2018/10/230:00:00", "2018-10-23")])
def test_a_database_date_glued_to_its_time_by_ocr_is_recovered_with_less_confidence(glued, value):
    head = f"【审理法院】：平川省青石县人民法院\n【审结时间】:{glued}\n\n"
    text = head + "平川某公司执行裁定书\n申请执行人：平川市自然资源局。\n"
    issued = everything(text)["issue_date"]
    assert issued["value"] == value
    assert issued["confidence"] < 0.8


def test_a_date_glued_to_a_time_with_two_readings_is_flagged():
    (found,) = find_dates("【审结时间】:2019/12/120:00:00")
    assert found.value is None
    assert found.extra["candidates"] == ["2019-12-01", "2019-12-12"]


def test_a_case_number_under_site_debris_on_a_metadata_only_first_page_is_the_own_number():
    text = (
        "跳转到主要内容\n(2019)平0102行审12号\n裁判日期: 2019-07-03\n公开日期: 2019-07-28\n案件名称\n"
        "平川市自然资源局、平川某村民委员会非诉执行审查行政\n裁定书\n法院\n平川市人民法院\n"
    )
    found = everything(text)
    assert found["doc_number"]["value"] == "(2019)平0102行审12号"
    assert found["issue_date"]["value"] == "2019-07-03"
    assert refs(found) == {}


@pytest.mark.parametrize("before", ["平川某建材有限公司：", "附件", "经查，你公司擅自占用土地。"])
def test_a_number_line_under_an_addressee_label_or_sentence_does_not_open_the_page(before):
    found = everything(f"{before}\n平林罚决〔2024〕3号\n")
    assert "doc_number" not in found


@pytest.mark.parametrize("marking", ["附件", "附件2", "正本", "主动公开"])
def test_a_marking_line_above_a_number_never_joins_it(marking):
    text = f"{marking}\n平林罚决〔2024〕3号\n"
    assert [f.value for f in find_numbers(text, text)] == ["平林罚决〔2024〕3号"]


def test_a_number_wrapped_inside_a_table_cell_stays_whole():
    text = "文号 |\n平川县林\n罚决〔2024〕3号\n"
    assert [f.value for f in find_numbers(text, text)] == ["平川县林罚决〔2024〕3号"]
