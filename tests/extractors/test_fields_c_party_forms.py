"""Parties as real documents print them: no label, spaced labels, glossed or masked names."""

import pytest
from plain_text_extraction import everything

PIPE = ("sections", "doc_type", "numbers", "dates", "agencies", "parties")


def parties(text: str) -> list[dict]:
    return [{k: p[k] for k in ("role", "name", "kind")} for p in everything(text, PIPE).get("parties", [])]


def ruling(party_lines: str) -> str:
    return (
        "平川县人民法院\n行政裁定书\n(2021)甘0403行审17号\n"
        + party_lines
        + "申请执行人于2021年4月2日向本院申请强制执行。本院认为，……裁定如下：准予强制执行。\n"
        "审判员 韩某\n二〇二一年四月二十日\n书记员 马某\n"
    )


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("马文亮（Ma Wenliang）", "马文亮"),
        ("马文亮(MA)", "马文亮"),
        ("马(mǎ)文亮", "马文亮"),
        ("马**（Ma）", "马**"),
    ],
)
def test_latin_gloss_after_a_name_is_not_part_of_it(written, name):
    found = parties(ruling(f"申请执行人：平川县自然资源局。\n被执行人：{written}，男，回族，住平川县共和镇。\n"))
    assert {"role": "respondent", "name": name, "kind": "person"} in found


def test_company_name_with_latin_part_keeps_it():
    found = parties(ruling("申请执行人：平川县自然资源局。\n被执行人：恒达(HK)石材有限公司，住所地平川县。\n"))
    assert {"role": "respondent", "name": "恒达(HK)石材有限公司", "kind": "organization"} in found


def test_letter_spaced_label():
    found = parties(ruling("申 请 执 行 人：平川县自然资源局。\n被 执 行 人：何*平，男，住平川县。\n"))
    assert {"role": "applicant", "name": "平川县自然资源局", "kind": "organization"} in found
    assert {"role": "respondent", "name": "何*平", "kind": "person"} in found


def test_label_run_into_the_name_without_colon():
    found = parties(
        ruling(
            "申请执行人平川县自然资源局，住所地平川县长征路8号。\n负责人***，该局局长。\n"
            "被执行人沙玉兰，女，东乡族，住平川县宝积镇。\n"
        )
    )
    assert found == [
        {"role": "applicant", "name": "平川县自然资源局", "kind": "organization"},
        {"role": "respondent", "name": "沙玉兰", "kind": "person"},
    ]


@pytest.mark.parametrize("name", ["张宏图", "苏*忠", "王某", "赵XX"])
def test_person_named_only_in_the_addressee_line(name):
    text = (
        "平川县自然资源局\n责令停止违法行为通知书\n平自然资责停〔2021〕6号\n"
        f"{name}：\n"
        "    经查，你于2021年3月在平川县宝积镇未经批准占用集体土地建房。责令你立即停止违法行为。\n"
        "平川县自然资源局\n2021年4月8日\n"
    )
    assert parties(text) == [{"role": "party", "name": name, "kind": "person"}]


def test_organisation_addressee_of_a_decision():
    text = (
        "平川县自然资源局\n行政处罚决定书\n平自然资罚〔2021〕12号\n平川某建材公司：\n"
        "    你公司于2020年11月未经批准占用平川县宝积镇集体土地堆放砂石。\n平川县自然资源局\n2021年4月8日\n"
    )
    assert parties(text) == [{"role": "party", "name": "平川某建材公司", "kind": "organization"}]


def test_a_bare_label_line_is_not_an_addressee():
    text = (
        "平川县自然资源局\n情况说明\n平自然资函〔2021〕3号\n附件：\n"
        "    2021年3月平川县宝积镇发生违法占地一宗，现将查处情况说明如下。\n平川县自然资源局\n2021年4月8日\n"
    )
    assert parties(text) == []


def decision(party_line: str) -> str:
    return (
        "平川县自然资源局\n行政处罚决定书\n平自然资罚〔2021〕12号\n"
        + party_line
        + "\n    经查，当事人于2020年11月未经批准占用集体土地。\n平川县自然资源局\n2021年4月8日\n"
    )


@pytest.mark.parametrize(
    ("line", "name", "kind"),
    [
        ("当事人：李  平", "李平", "person"),
        ("当事人：李　平，男，汉族", "李平", "person"),
        ("当事人：欧阳 小平，男", "欧阳小平", "person"),
        ("行政相对人：平川某建材有限公司", "平川某建材有限公司", "organization"),
        ("行政相对人名称：平川某建材有限公司", "平川某建材有限公司", "organization"),
        ("被处罚人（单位）名称：平川某建材有限公司", "平川某建材有限公司", "organization"),
    ],
)
def test_label_and_name_forms_of_decisions(line, name, kind):
    assert parties(decision(line)) == [{"role": "party", "name": name, "kind": kind}]


def test_role_word_in_an_evidence_list_is_no_label():
    text = (
        "平川县自然资源局行政处罚决定书(平自然资罚〔2023〕6号) 平川某某置业有限公司非法占地案"
        * 2
        + "\n平川某某置业有限公司:\n我局于2023年3月29日对你单位违法占用土地一案立案调查。\n"
        "上述违法事实有下列证据证实:\n"
        "1.被处罚人的营业执照复印件一份,用以证明其主体资格;\n"
        "2.被处罚人询问笔录2份。被处罚人占地位置图1张、现场照片3份。\n平川县自然资源局\n2023年6月1日\n"
    )
    assert parties(text) == [{"role": "party", "name": "平川某某置业有限公司", "kind": "organization"}]
