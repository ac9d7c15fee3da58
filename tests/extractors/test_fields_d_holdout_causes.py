"""General shapes first seen on a held-out batch of real copies; every text here is invented."""

import pytest
from plain_text_extraction import everything, party_keys


def refs(found: dict) -> list[str]:
    return [r["doc_number"] for r in found.get("references", [])]


@pytest.mark.parametrize("number", ["平川规资执[处罚决定]〔2024〕7号", "平川规资执[处罚决定]〔2024]7号"])
def test_number_prefix_may_hold_a_bracketed_word(number):
    text = (
        f"平川县规划和自然资源局\n行政处罚决定书\n{number}\n"
        "被处罚单位:平川某建设有限公司\n    经查，你公司未经批准占用土地。\n"
    )
    found = everything(text)
    assert found["doc_number"]["value"] == number
    assert refs(found) == []


def test_letter_spaced_court_line_is_the_issuer():
    text = (
        "平 川 省 青 石 县 人 民 法 院\n行政裁定书\n(2016)青行非执字第12号\n"
        "申请执行人青石县国土资源局。\n被执行人王某某，男。\n"
    )
    assert everything(text)["issuer"]["value"] == "平川省青石县人民法院"


def test_punished_actor_label_names_the_party():
    text = (
        "平川县林业局\n林业行政处罚决定书\n平林罚决字〔2024〕3号\n"
        "被处罚行为人:王**      性别:女     民族:汉\n    经查，你于2024年3月擅自采伐林木。\n"
    )
    assert ("party", "王**") in party_keys(everything(text))


def test_label_row_of_a_disclosure_table_is_no_title_and_labels_the_own_number():
    text = (
        "行政处罚决定书文号:\n|\n平自然资罚字〔2024〕9号\n|\n违法事实:\n|\n"
        "经查实,当事人平川县某镇建设服务中心未经批准占用土地。\n|\n处罚类别:\n|\n罚款\n|\n"
    )
    found = everything(text)
    assert "title" not in found
    assert found["doc_type"]["value"] == "penalty_decision"
    assert found["doc_number"]["value"] == "平自然资罚字〔2024〕9号"
    assert refs(found) == []


def test_wrapped_tail_of_a_cited_title_is_no_title():
    text = (
        "某某局:\n    本局于2024年5月8日向你局送达了《平川县自然资源局\n"
        "行政处罚告知书》(平自然资告字〔2024〕第4号),你局未提出陈述申辩。\n"
    )
    found = everything(text)
    assert "title" not in found
    assert found.get("doc_number") is None
    assert "平自然资告字〔2024〕第4号" in refs(found)


def test_debris_before_a_court_case_number_is_not_a_reference():
    text = (
        "跳转到主要内容\n(2019)浙0523行审45号\n平川县人民法院\n行政裁定书\n(2019)浙0523行审45号\n"
        "申请执行人：平川县自然资源局。\n被执行人：王某某。\n"
    )
    found = everything(text)
    assert found["doc_number"]["value"] == "(2019)浙0523行审45号"
    assert refs(found) == []


def test_untitled_decision_after_the_notice_stage_addresses_its_party():
    text = (
        "某某局:\n    你局于2023年3月未经批准占用平川县青石镇集体土地1200平方米修建办公用房。"
        "本局于2024年5月8日向你局送达了《平川县自然资源局行政处罚告知书》(平自然资告字〔2024〕第4号),"
        "你局在规定期限内未提出书面陈述或者申辩意见,也未要求举行听证。\n"
        "    依照《中华人民共和国土地管理法》第七十七条的规定,本局决定:没收在非法占用的土地上新建的建筑物,并处罚款。\n"
    )
    found = everything(text)
    assert found["doc_type"]["value"] == "penalty_decision"
    assert party_keys(found) == {("party", "某某局")}


def test_site_drafting_date_is_not_the_issue_date():
    text = (
        "发布机构 平川县林业局\n成文日期 2026-01-07\n平川县林业局\n林业行政处罚决定书\n平林罚决字〔2024〕3号\n"
        "被处罚行为人:王**\n    经查，你于2024年3月擅自采伐林木。\n"
    )
    assert "issue_date" not in everything(text)
