"""Parties of judgments, appeals, 复议 decisions and forms, in the shapes a third held-out batch showed.

Every name, court and number here is invented.  Appeal sides keep their first-instance role;
复议 申请人/被申请人 are applicant/respondent; 法定代表人 and 委托代理人 are never parties.
"""

import pytest
from plain_text_extraction import everything, party_keys

from extractors.fields.party_case_sides import disputed_decision_side, headline_sides, suit_sentence_sides
from extractors.fields.party_form_rows import column_values, name_lines
from extractors.fields.party_names import first_instance_role, read_name
from models.vocab import PartyRole

COURT = "江南省青川市中级人民法院\n行政判决书\n(2022)江08行终41号\n"
APPEAL_BLOCK = (
    "上诉人(原审被告)青川县自然资源局,住所地青川县和平路8号。\n"
    "法定代表人马东方,该局局长。\n"
    "委托诉讼代理人钱进,该局法规科科长。\n"
    "被上诉人(原审原告)罗小军,男,1975年3月2日出生,汉族,住青川县。\n"
    "原审第三人青川县石桥镇人民政府。\n"
    "法定代表人孔明,镇长。\n"
)
APPEAL_FACTS = "上诉人青川县自然资源局因被上诉人罗小军诉撤销行政处罚一案,不服青川县人民法院行政判决,向本院提起上诉。\n"
APPEAL_SIDES = {
    ("defendant", "青川县自然资源局"),
    ("plaintiff", "罗小军"),
    ("third_party", "青川县石桥镇人民政府"),
}


def test_appeal_sides_keep_their_first_instance_roles():
    assert party_keys(everything(COURT + APPEAL_BLOCK + APPEAL_FACTS)) == APPEAL_SIDES


def test_appeal_block_on_one_line():
    text = COURT.replace("\n", "") + APPEAL_BLOCK.replace("\n", "") + APPEAL_FACTS
    assert party_keys(everything(text)) == APPEAL_SIDES


def test_appeal_block_wrapped_after_a_comma_runs_on():
    """A PDF line break after an agent's comma does not end the party block."""
    block = APPEAL_BLOCK.replace("委托诉讼代理人钱进,", "两上诉人共同委托代理人钱进,\n")
    assert party_keys(everything(COURT + block + APPEAL_FACTS)) == APPEAL_SIDES


def test_original_defendant_line_without_appeal_label():
    block = APPEAL_BLOCK.replace("原审第三人青川县石桥镇人民政府", "原审被告青川县人民政府")
    found = party_keys(everything(COURT + block + APPEAL_FACTS))
    assert ("defendant", "青川县人民政府") in found


@pytest.mark.parametrize(
    ("label", "note", "name", "role"),
    [
        ("上诉人", "原审原告", "青川砂石有限公司", PartyRole.PLAINTIFF),
        ("被上诉人", "原审被告", "青川县自然资源局", PartyRole.DEFENDANT),
        ("上诉人", "一审第三人", "李某", PartyRole.THIRD_PARTY),
        ("上诉人", None, "青川县自然资源局", PartyRole.DEFENDANT),
        ("被上诉人", None, "罗小军", PartyRole.PLAINTIFF),
        ("原审被告", None, "青川县人民政府", PartyRole.DEFENDANT),
    ],
)
def test_first_instance_role(label, note, name, role):
    assert first_instance_role(label, note, name) is role


def test_first_instance_plaintiffs_and_defendants():
    text = COURT.replace("行终", "行初") + (
        "原告青川砂石有限公司,住所地青川县河西路1号。\n法定代表人周正,该公司经理。\n"
        "被告青川县自然资源局,住所地青川县和平路8号。\n法定代表人马东方,该局局长。\n"
        "原告青川砂石有限公司不服被告青川县自然资源局行政处罚,于2022年3月1日向本院提起行政诉讼。\n"
    )
    assert party_keys(everything(text)) == {("plaintiff", "青川砂石有限公司"), ("defendant", "青川县自然资源局")}


def test_reconsideration_applicant_named_in_a_sentence_is_cut_before_yi():
    text = (
        "青川市人民政府\n不予受理行政复议申请决定书\n青行复〔2024〕88号\n申请人:罗某。\n被申请人:青川县人民政府。\n"
        "申请人罗某以青川县人民政府为被申请人,复议请求为撤销一份通知。\n经查,该通知不属于行政复议范围。\n"
    )
    assert party_keys(everything(text)) == {("applicant", "罗某"), ("respondent", "青川县人民政府")}


def test_read_name_stops_before_yi_x_wei_respondent():
    text = "申请人罗某以青川县人民政府为被申请人,复议请求"
    start, end = read_name(text, 3, len(text))
    assert text[start:end] == "罗某"


def test_reconsideration_respondent_only_in_the_opening_sentence():
    text = (
        "申请人罗某因不服被申请人青川县石桥镇人民政府作出的青石政罚决字〔2023〕5号行政处罚决定,"
        "于2023年9月1日向本机关提出行政复议申请。经审查,本机关依法受理。\n"
    )
    found = party_keys(everything(text))
    assert {("applicant", "罗某"), ("respondent", "青川县石桥镇人民政府")} <= found


def test_disputed_decision_side_skips_a_short_form():
    assert disputed_decision_side("原告不服被告县国土局作出的处罚", 0, 20) is None
    side = disputed_decision_side("原告不服被告青川县国土资源局作出的处罚", 0, 30)
    assert side is not None and (side.role, side.name) == (PartyRole.DEFENDANT, "青川县国土资源局")


HEADLINE = "青川砂石有限公司与 青川县自然资源局土地行政处罚一审行政判决书(2)\n\n"  # a paragraph of its own


def test_headline_of_an_excerpt_names_both_sides_and_cuts_a_run_on_name():
    text = (
        "首页 案例判例 法律文书\n" + HEADLINE + "另查明:原告对处罚无异议。被告青川县自然资源局送达回证上显示,"
        "执法人员当场向原告送达了处罚决定书。\n本院认为,被告作出处罚应当组织听证而未组织,程序违法。\n"
    )
    assert party_keys(everything(text)) == {("plaintiff", "青川砂石有限公司"), ("defendant", "青川县自然资源局")}


def test_headline_wrapped_by_a_pdf_line_break():
    text = "青川砂石有限公司与 青川县自然资源局土地行政处罚一\n审行政判决书(2)\n"
    assert [(s.role, s.name) for s in headline_sides(text, 0, len(text))] == [
        (PartyRole.PLAINTIFF, "青川砂石有限公司"),
        (PartyRole.DEFENDANT, "青川县自然资源局"),
    ]


def test_appeal_headline_listing_a_cause_names_no_roles():
    headline = "青川县自然资源局、罗小军资源行政管理:土地行政管理(土地)二审行政判决书\n"
    assert headline_sides(headline, 0, len(headline)) == []


def test_appeal_headline_names_each_side_by_what_it_is():
    # who appealed the headline does not say; past first instance the agency is the defendant
    headline = "青川县自然资源局与罗小军土地行政处罚二审行政判决书\n"
    assert [(s.role, s.name) for s in headline_sides(headline, 0, len(headline))] == [
        (PartyRole.DEFENDANT, "青川县自然资源局"),
        (PartyRole.PLAINTIFF, "罗小军"),
    ]


def test_masked_headline_names_take_the_text_spelling():
    text = (
        "裁判文书详情\n\n青川**有限公司与青川**源局、青川县人民政府行政复议一审行政判决书\n\n审理经过\n\n"
        "原告不服被告青川县国土资源局作出的处罚决定及被告青川县人民政府作出的复议决定,于2015年5月6日向本院起诉。\n"
    )
    assert party_keys(everything(text)) == {
        ("plaintiff", "青川**有限公司"),
        ("defendant", "青川县国土资源局"),
        ("defendant", "青川县人民政府"),
    }


def test_database_suit_sentence_lists_every_plaintiff():
    text = (
        "罗小军、罗小兵等与青川县自然资源局等资源行政管理:土地行政管理(土地)一审行政判决书\n"
        "案号:(2018)江0802行初17号\n法院:江南省青川县人民法院\n当事人信息\n"
        "原告罗小军、罗小兵、何秀英、罗\n大山诉被告县资源局、县政府行政撤销一案,本院依法组成合议庭公开开庭审理了本案。\n"
    )
    assert party_keys(everything(text)) == {
        ("plaintiff", "罗小军"),
        ("plaintiff", "罗小兵"),
        ("plaintiff", "何秀英"),
        ("plaintiff", "罗大山"),
        ("defendant", "青川县自然资源局"),
    }


def test_suit_sentence_defendant_ends_with_an_agency_suffix():
    text = "原告罗小军诉被告青川县自然资源局行政处罚一案"
    sides = suit_sentence_sides(text, 0, len(text))
    assert [(s.role, s.name) for s in sides] == [
        (PartyRole.PLAINTIFF, "罗小军"),
        (PartyRole.DEFENDANT, "青川县自然资源局"),
    ]


def test_name_form_lines_name_the_persons():
    text = (
        "青川县石桥镇人民政府行政处罚决定书\n青石执罚字〔2024〕1-004号\n"
        "姓名:罗小军\n居民身份证:5101001968*******6\n住址:青川县石桥镇*******组\n"
        "姓名:何秀英\n居民身份证:5101001944*******5\n住址:青川县石桥镇*******号\n"
        "本机关于2024年7月26日依法对你们未取得建设工程规划许可证进行建设立案调查。\n"
    )
    assert party_keys(everything(text)) == {("party", "罗小军"), ("party", "何秀英")}


def test_a_name_line_without_identity_lines_is_a_form_field():
    assert name_lines("姓名:罗小军\n本机关于2024年7月26日立案。\n", 0, 40) == []


def test_disclosure_table_with_headings_in_one_row():
    text = (
        "| 索引号 | 0000-1/2025-00027 | 发布机构 | 青川县林业和草原局 |\n"
        "行政相对人名称 | 行政处罚决定书文号 | 违法行为类型 | 违法事实 | 备注 |\n"
        "罗小军 | 青林罚决字(2025)第01064号 | 擅自改变林地用途 | 未经批准,于2024年11月\n"
        "毁坏林木2株 | 无 |\n"
    )
    assert [(head, text[s:e]) for head, s, e in column_values(text)] == [("行政相对人", "罗小军")]
    assert ("party", "罗小军") in party_keys(everything(text))


def test_case_table_field_name_court_is_no_addressee():
    text = (
        "罗小军与青川县自然资源局资源行政管理一审行政判决书\n案号:(2018)江0802行初17号\n"
        "法院:江南省青川县人民法院\n原告罗小军诉被告青川县自然资源局行政处罚一案,本院依法审理。\n"
    )
    found = party_keys(everything(text))
    assert not any(name == "法院" for _, name in found)
    assert found == {("plaintiff", "罗小军"), ("defendant", "青川县自然资源局")}


def test_agents_and_representatives_are_never_parties():
    names = {name for _, name in party_keys(everything(COURT + APPEAL_BLOCK + APPEAL_FACTS))}
    assert not names & {"马东方", "钱进", "孔明"}


def test_headline_with_the_next_heading_glued_on():
    """A wrap or OCR glues the page's next heading (审理经过) onto the headline: the sections still end it."""
    text = (
        "裁判文书详情\n青川**有限公司与青川**源局、青川县人民政府行政复议一审行政判决书审理经过\n"
        "原告不服被告青川县国土资源局作出的处罚决定及被告青川县人民政府作出的复议决定,于2015年5月6日向本院起诉。\n"
    )
    assert party_keys(everything(text)) == {
        ("plaintiff", "青川**有限公司"),
        ("defendant", "青川县国土资源局"),
        ("defendant", "青川县人民政府"),
    }
