"""Rulings copied as one paragraph with their labels glued to the word before them, on invented texts."""

from __future__ import annotations

from plain_text_extraction import everything, party_keys

_GLUED_LABELS = (
    "(2022)平2801执3679号申请执行人:平川市住房和城乡建设局,住所地为平川省平川市人民路1号平川市住房和城乡建设局办公楼法定代表人:赵某,"
    "系单位局长被执行人:平川某某包装有限责任公司,住所地为平川省平川市经济技术开发区创业大道工业园区8号厂房法定代表人:尹某,系公司经理"
    "申请执行人平川市住房和城乡建设局与被执行人平川某某包装有限责任公司行政一案,本院作出的(2022)平2801行审28号"
    "行政裁定书已经发生法律效力\n"
    "因被执行人平川某某包装有限责任公司未履行生效法律文书确定的义务,申请执行人于2022年12月9日向本院申请强制执行。\n"
)


def test_labels_glued_to_the_row_before_each_open_a_row() -> None:
    assert party_keys(everything(_GLUED_LABELS)) == {
        ("applicant", "平川市住房和城乡建设局"),
        ("respondent", "平川某某包装有限责任公司"),
    }


def test_a_masked_name_ends_at_the_sites_broken_characters() -> None:
    text = (
        "申请执行人：平川县卫生和计划生育局。法定代表人：普某，局长。被执行人：李某某1\ue127??平川县卫生和计划生育局"
        "申请执行李某某1行政非诉一案，依据（2017）平2323行审22号行政裁定书，被执行人李某某1应缴纳费用26090元。\n"
    )
    assert ("respondent", "李某某1") in party_keys(everything(text))
