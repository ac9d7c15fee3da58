"""Party shapes first seen on a second held-out batch of real copies; every name and text here is invented."""

import pytest
from plain_text_extraction import everything, party_keys

from extractors.fields.party_names import is_bad_name, read_name, skip_rule

DECISION = "平川县自然资源局\n行政处罚决定书\n平自然资罚决字〔2024〕12号\n"


def parties(text: str) -> list[tuple[str, str, str]]:
    return [(p["role"], p["name"], p["kind"]) for p in everything(text).get("parties", [])]


@pytest.mark.parametrize(
    "line",
    [
        "当事人:向小川,男",
        "当事人：于海燕，女，1979年6月出生，汉族，住平川县青石镇。",
        "当事人：应建国（男，1966年3月生）",
        "当事人和平,男,身份证号码:512301196603120011",
    ],
)
def test_person_whose_surname_is_also_a_sentence_word(line):
    name = line.split("当事人")[1].lstrip(":：").split(",")[0].split("，")[0].split("（")[0]
    text = DECISION + line + "\n经查，你于2024年3月未经批准在青石镇占用土地建房。\n"
    assert parties(text) == [("party", name, "person")]


def test_sentence_word_after_a_label_is_still_no_name():
    text = DECISION + "当事人应当自收到本决定书之日起十五日内缴纳罚款。\n"
    assert party_keys(everything(text)) == set()


@pytest.mark.parametrize("names", [("段小勇", "蒋平芳"), ("王某某", "李某", "赵某某")])
@pytest.mark.parametrize("colon", [":", "："])
def test_addressee_line_with_several_persons(names, colon):
    text = DECISION + "、".join(names) + colon + "\n经查，你二人于2020年3月未经批准占用耕地建房。\n"
    assert parties(text) == [("party", name, "person") for name in names]


def test_traditional_addressee_line_with_two_persons():
    text = "行政處罰決定書\n清自資罰決字〔2026〕3號\n段小勇、蔣平芳:\n經查，你二人於2020年3月未經批準占用耕地建房。\n"
    assert party_keys(everything(text)) == {("party", "段小勇"), ("party", "蒋平芳")}


@pytest.mark.parametrize("name", ["李××", "王**", "张某某"])
def test_masked_addressee_alone_on_a_line(name):
    text = DECISION + f"\n{name}\n\n本行政机关于2025年4月9日对你未经批准占用耕地一案立案调查。\n"
    assert parties(text) == [("party", name, "person")]


def test_bare_line_not_spoken_to_is_no_addressee():
    text = DECISION + "\n青石镇\n\n2024年3月，有群众反映青石镇有人占用耕地。\n"
    assert party_keys(everything(text)) == set()


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("当事人平川县青石镇人民政府在未经批准的情况下，于2018年7月动工。", "平川县青石镇人民政府"),
        ("当事人平川县青石矿业有限公司在青石镇白水村非法开采砂石。", "平川县青石矿业有限公司"),
        ("当事人青石镇白水村村民委员会擅自将集体土地出租。", "青石镇白水村村民委员会"),
        ("当事人平川县林果专业合作社于未经批准占用林地。", "平川县林果专业合作社"),
    ],
)
def test_narrative_party_stops_at_its_organisation_suffix(line, name):
    assert parties(DECISION + line + "\n") == [("party", name, "organization")]


@pytest.mark.parametrize(
    "alias",
    [
        "(原名平川县人民政府青石街道办事处)",
        "（曾用名：平川县青石乡人民政府）",
        "（以下简称青石街道）",
        "(原平川县青石乡人民政府)",
    ],
)
def test_alias_bracket_is_not_part_of_the_name(alias):
    text = (
        "平川县人民法院\n行政裁定书\n(2018)平0102执审11号\n申请执行人：平川县自然资源局，住所地平川县人民路1号。\n"
        f"被执行人：平川县青石街道办事处{alias}，住所地平川县青石街道。\n"
        "法定代表人：刘某，该办事处主任。\n申请执行人于2018年5月向本院申请强制执行。\n"
    )
    assert ("respondent", "平川县青石街道办事处") in party_keys(everything(text))


def test_bracket_that_is_part_of_a_company_name_stays():
    start, end = read_name("平川(香港)投资有限公司，住所地平川县。", 0, 40)
    assert "平川(香港)投资有限公司，"[start:end] == "平川(香港)投资有限公司"


def test_every_defendant_block_is_a_party():
    text = (
        "平川县人民法院\n行政判决书\n(2022)平0821行初11号\n"
        "原告平川县青石建材有限公司，住所地平川县青石镇。\n法定代表人张某，董事长。\n"
        "委托代理人王某，平川律师事务所律师。\n"
        "被告平川县青石镇人民政府，住所地平川县青石镇。\n法定代表人覃某，镇长。\n"
        "出庭应诉行政机关负责人杨某，党委委员。\n委托代理人郭某，男，1977年4月6日出生，住平川县。\n"
        "被告平川县白水街道办事处，住所地平川县白水街道。\n法定代表人赵某，主任。\n"
        "出庭应诉行政机关负责人李某，副主任。\n"
        "被告平川县自然资源和规划局，住所地平川县南庄路8号。\n法定代表人孙某，局长。\n"
        "原告平川县青石建材有限公司不服被告作出的行政处罚决定，于2022年6月向本院提起行政诉讼。\n"
    )
    found = everything(text)
    assert party_keys(found) == {
        ("plaintiff", "平川县青石建材有限公司"),
        ("defendant", "平川县青石镇人民政府"),
        ("defendant", "平川县白水街道办事处"),
        ("defendant", "平川县自然资源和规划局"),
    }
    addresses = {p["name"]: p.get("address") for p in found["parties"]}
    assert addresses["平川县青石镇人民政府"] == "平川县青石镇"


@pytest.mark.parametrize("sep", ["", ":", "："])
def test_ruling_without_header_finds_the_applicant_in_its_first_sentence(sep):
    text = (
        "法定代表人杨某，系该局局长。\n被申请人吴某某，男，1949年3月15日生，平川县人。\n"
        f"申请人{sep}平川县森林公安局于2016年3月22日向本院申请，请求强制执行其作出的平森公林罚决字[2015]第37号"
        "《林业行政处罚决定书》。本院受理后依法组成合议庭进行审查。\n"
        "申请人称，被申请人未在规定时间内缴纳罚款。\n本院认为，申请执行的行政处罚决定事实清楚。\n"
        "裁定如下：\n准予强制执行。\n审判长 李某\n二〇一六年四月一日\n"
    )
    assert party_keys(everything(text)) == {("applicant", "平川县森林公安局"), ("respondent", "吴某某")}


def test_table_rule_read_as_a_character_is_skipped():
    text = "行政相对人名称\n一\n胡某某\n"
    assert is_bad_name("一") and is_bad_name("|") and is_bad_name("1")
    start = skip_rule(text, text.index("一"), len(text))
    assert read_name(text, start, len(text)) == (text.index("胡"), text.index("胡") + 3)


@pytest.mark.parametrize("rule", ["一", "1", "丨", "|"])
def test_disclosure_table_cell_under_an_ocr_rule(rule):
    text = (
        "平川县青石镇人民政府行政处罚决定书-平青政行处决字〔2024〕第36号\n"
        f"行政相对人名称\n{rule}\n胡某某\n{rule}\n行政处罚决定文书号\n{rule}\n平青政行处决字〔2024〕第36号\n"
        f"违法事实\n{rule}\n当事人于2024年8月在青石镇白水村占用耕地新建彩钢瓦房。\n"
    )
    assert party_keys(everything(text)) == {("party", "胡某某")}


def test_disclosure_table_row_after_the_facts():
    text = (
        "行政处罚决定书文号:\n|\n平自然资罚字〔2025〕6号\n|\n违法事实:\n|\n"
        "经查实，当事人平川县青石镇公共服务办公室（原平川县青石镇社会事务办公室）未经依法批准，"
        "于2001年开始占用青石镇白水村土地建设骨灰楼。\n|\n处罚类别:\n|\n罚款\n|\n"
        "行政相对人名称:\n|\n平川县青石镇公共服务办公室\n|\n行政相对人类别:\n|\n法人及非法人组织\n|\n"
    )
    assert parties(text) == [("party", "平川县青石镇公共服务办公室", "organization")]


def test_wrapped_one_paragraph_ruling_keeps_the_respondent():
    text = (
        "平川县人民法院 执 行 裁 定 书 (2015)平法行非诉审字第00159\n"
        "号 申请执行人平川县国土资源局。住所地:平川县人民西路48号。 法定\n"
        "代表人高某,该局局长。 委托代理人岳某,平川县国土资源局白水国土\n"
        "资源所所长。 委托代理人马某,平川县国土资源局白水国土资源所指\n"
        "导员。 被执行人张某。 申请执行人平川县国土资源局与被执行人张某\n"
        "自然资源行政非诉一案,申请执行人平川县国土资源局于2015年8月27日向本院申请执行其于2015年4月19日"
        "作出的平国土罚字(2015)白水第017号行政处罚决定,该决定要求被执行人张某限十五日内自行拆除在非法占用"
        "的土地上新建的建筑物288平方米,恢复土地原状,并处以罚款2880元。本院审查认为,该决定程序违法。\n"
        "处以非法占用地288平方米,每平方米10元的罚款,计2880元。 本院审查\n"
        "认为,行政机关在作出较大数额罚款等行政处罚决定之前,应当告知当事人有要求举行听证的权利,本案中申请执行人"
        "未再次审议即发出行政处罚决定书,程序明显违法。依照《中华人民共和国行政强制法》第五十八条之规定,裁定如下:"
        "对申请执行人平川县国土资源局的申请不准予强制执行。\n"
    )
    assert party_keys(everything(text)) == {("applicant", "平川县国土资源局"), ("respondent", "张某")}


def test_case_summary_without_labels_names_the_company_that_opens_the_facts():
    text = (
        "2016年，平川县青石石材有限公司擅自在青石镇白水村超越批准的矿区范围开采花岗岩共5万立方米，"
        "违反了《中华人民共和国矿产资源法》第三条的规定。\n"
        "2017年6月8日，平川县国土资源局对平川县青石石材有限公司越界开采的行为立案查处，作出行政处罚决定：\n"
        "1.责令平川县青石石材有限公司退回合法矿区范围内开采；\n2.处以罚款10万元。\n"
    )
    assert party_keys(everything(text)) == {("party", "平川县青石石材有限公司")}


def test_labelled_party_is_not_replaced_by_the_subject_of_the_facts():
    text = DECISION + "当事人：王某某，男，1970年生。\n2016年，平川县青石石材有限公司擅自开采，王某某系其负责人。\n"
    assert party_keys(everything(text)) == {("party", "王某某")}


def test_bare_name_line_in_a_court_ruling_is_no_addressee():
    text = (
        "平川县人民法院\n行政裁定书\n(2019)平0102行审5号\n\n张某某\n\n"
        "申请执行人平川县自然资源局于2019年3月向本院申请，你方应当配合。\n"
    )
    assert ("respondent", "张某某") not in party_keys(everything(text))
    assert all(p["name"] != "张某某" for p in everything(text).get("parties", []))


@pytest.mark.parametrize("read", ["李×x", "李x×", "李××"])
def test_ocr_mask_read_partly_as_latin_x(read):
    text = DECISION + f"{read}\n本行政机关于2025年4月9日对你未经批准占用耕地一案立案调查。\n"
    assert parties(text) == [("party", "李××", "person")]


def test_latin_x_in_a_company_name_is_not_a_mask():
    text = DECISION + "当事人：平川XX科技有限公司，住所地平川县。\n经查，你公司于2024年3月未经批准占用土地。\n"
    assert party_keys(everything(text)) == {("party", "平川XX科技有限公司")}
