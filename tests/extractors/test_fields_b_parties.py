"""Parties: roles by label and document type, identity details split off, agents never parties."""

from extractors.document import Line, Page, ReadResult
from extractors.pipeline import extract
from models.vocab import Reader

PIPE = ("sections", "doc_type", "numbers", "dates", "agencies", "parties")


def parties(text: str, pages: list[Page] | None = None) -> list[dict]:
    result = ReadResult(
        path="t.txt", sha256="0", reader=Reader.TEXT, pages=pages or [Page(number=1, text=text)], format="text"
    )
    return extract(result, PIPE).to_json().get("parties", [])


def by_name(found: list[dict]) -> dict[str, dict]:
    return {p["name"]: p for p in found}


PENALTY = """户县国土资源局
行政处罚决定书
户国土罚字〔2016〕第126号
当事人：西安一宇路桥建设养护有限公司
统一社会信用代码：91610125MA6TX1234X
法定代表人：张某某，总经理
地址：户县大王镇东曹村
委托代理人：刘某，公司员工，住西安市雁塔区某路1号
经查，当事人于2016年3月未经批准擅自占用户县大王镇东曹村集体土地修建搅拌站。
"""


def test_penalty_decision_organisation_with_details():
    [party] = parties(PENALTY)
    assert party["role"] == "party" and party["name"] == "西安一宇路桥建设养护有限公司"
    assert party["kind"] == "organization"
    assert party["credit_code"] == "91610125MA6TX1234X"
    assert party["legal_representative"] == "张某某"
    assert party["address"] == "户县大王镇东曹村"
    assert party["confidence"] > 0.8


RULING_ONE_LINE = (
    "陕西省户县人民法院 行政裁定书 (2017)陕0125行审3号 申请执行人户县国土资源局，住所地户县甘亭镇人民路12号。"
    "法定代表人王某某，局长。委托代理人李某，该局工作人员。被执行人张某某，男，1965年3月5日出生，汉族，"
    "住户县大王镇东曹村三组，公民身份号码610125196503051234。申请执行人户县国土资源局于2017年2月10日向本院"
    "申请强制执行户国土罚字〔2016〕第126号行政处罚决定书，本院依法进行了审查。本院认为，……裁定如下：准予强制执行。"
)


def test_one_line_ruling_parties_stop_at_identity_details():
    found = by_name(parties(RULING_ONE_LINE))
    assert set(found) == {"户县国土资源局", "张某某"}
    bureau, person = found["户县国土资源局"], found["张某某"]
    assert bureau["role"] == "applicant" and bureau["kind"] == "organization"
    assert bureau["legal_representative"] == "王某某" and bureau["address"] == "户县甘亭镇人民路12号"
    assert person["role"] == "respondent" and person["kind"] == "person"
    assert person["id_number"] == "610125196503051234" and person["address"] == "户县大王镇东曹村三组"


def test_agents_and_representatives_are_never_parties():
    names = {p["name"] for p in parties(RULING_ONE_LINE + PENALTY)}
    assert "李某" not in names and "刘某" not in names and "王某某" not in names


def test_enforcement_application_labels():
    text = """强制执行申请书
申请人：户县国土资源局
住所地：户县甘亭镇人民路12号
法定代表人：王某某    职务：局长
被申请人：李××，男，汉族，1970年出生，住户县大王镇东曹村五组
被申请人：户县某某砖厂(普通合伙)，组织机构代码：12345678-9，负责人：陈X某。
申请事项：请求人民法院强制执行户国土罚字〔2016〕第126号行政处罚决定。
"""
    found = by_name(parties(text))
    assert found["户县国土资源局"]["role"] == "applicant"
    assert found["户县国土资源局"]["legal_representative"] == "王某某"
    assert found["李××"]["role"] == "respondent" and found["李××"]["kind"] == "person"
    brickworks = found["户县某某砖厂(普通合伙)"]
    assert brickworks["kind"] == "organization" and brickworks["credit_code"] == "12345678-9"
    assert brickworks["legal_representative"] == "陈X某"


def test_table_rows_and_masked_co_parties():
    text = """行政处罚决定书
户国土罚字〔2018〕第7号
当事人 | 王** | 性别 | 男 | 身份证号 | 6101251965******34
当事人\t赵某某、X某\t住址\t户县某某村
经查，当事人于2018年5月擅自占用耕地建房。
"""
    found = by_name(parties(text))
    assert set(found) == {"王**", "赵某某", "X某"}
    assert found["王**"]["id_number"] == "6101251965******34"
    assert found["赵某某"]["address"] == "户县某某村" and found["X某"]["kind"] == "person"
    assert all(p["role"] == "party" for p in found.values())


def test_salutation_role_depends_on_the_letter():
    demand = """户县国土资源局
催告书
户国土催字[2017]3号
西安一宇路桥建设养护有限公司：
你单位于2016年3月未经批准擅自占用集体土地修建搅拌站，我局依法作出处罚决定。
"""
    [party] = parties(demand)
    assert party == {**party, "role": "party", "name": "西安一宇路桥建设养护有限公司", "kind": "organization"}
    referral = """新郑市自然资源和规划局
案件移送函
新自然资移函(2021)6号
新郑市农业农村局：
    我局在卫片执法核查中发现，郭某某（男，住新郑市辛店镇某某村）于2021年5月11日未经批准占用土地建设住宅。
"""
    found = by_name(parties(referral))
    assert found["新郑市农业农村局"]["role"] == "recipient_org"
    assert found["郭某某"]["role"] == "referred_person" and found["郭某某"]["address"] == "新郑市辛店镇某某村"


def test_clue_referral_names_the_official_not_the_violator():
    text = """鄂州市自然资源和规划局
问题线索移送书
鄂自然资规线移〔2020〕3号
中共鄂州市鄂城区纪律检查委员会：
    我局在查处东港村村民王**违法占用耕地一案过程中，发现东港村党支部书记陈某某对违法占地行为不制止、不报告，涉嫌违纪。
"""
    found = by_name(parties(text))
    assert found["陈某某"]["role"] == "referred_person" and "王**" not in found


def test_court_acceptance_notice_applicant_and_respondent():
    text = """四川省广汉市人民法院
受理案件通知书
(2019)川0681行审28号
广汉市自然资源局：
    你单位申请强制执行广汉市宏远机砖厂非法占用土地行政处罚决定一案，本院已于2019年11月27日立案受理。
"""
    found = by_name(parties(text))
    assert found["广汉市自然资源局"]["role"] == "applicant"
    assert found["广汉市宏远机砖厂"] == {**found["广汉市宏远机砖厂"], "role": "respondent", "kind": "organization"}


def test_party_label_maps_to_respondent_in_enforcement_application():
    text = """强制执行申请书
申请人：户县国土资源局
当事人：张某某，男，住户县大王镇
经查，当事人未履行处罚决定。
"""
    found = by_name(parties(text))
    assert found["张某某"]["role"] == "respondent"


def test_plaintiff_defendant_and_third_party():
    text = """陕西省西安市中级人民法院
行政判决书
(2018)陕01行终12号
原告：张某某，男，汉族，住户县某村。
被告：户县国土资源局，住所地户县甘亭镇。法定代表人：王某，局长。
第三人：户县大王镇东曹村村民委员会。
原告张某某不服被告作出的行政处罚决定，于2018年3月1日向本院提起行政诉讼。
"""
    found = by_name(parties(text))
    assert found["张某某"]["role"] == "plaintiff"
    assert found["户县国土资源局"]["role"] == "defendant"
    village = found["户县大王镇东曹村村民委员会"]
    assert village["role"] == "third_party" and village["kind"] == "organization"


def test_one_line_copy_label_right_after_case_number_and_info_heading():
    text = (
        "湖北省鄂州市鄂城区人民法院行政裁定书(2021)鄂0704行审3号申请执行人：鄂州市自然资源和规划局，"
        "住所地湖北省鄂州市鄂城区滨湖南路9号。负责人：黄某某，局长。当事人信息 被申请执行人：王**，男，汉族，"
        "住湖北省鄂州市鄂城区杜山镇东港村四组。申请执行人鄂州市自然资源和规划局于2021年2月3日向本院申请强制执行。"
    )
    found = by_name(parties(text))
    assert set(found) == {"鄂州市自然资源和规划局", "王**"}
    assert found["鄂州市自然资源和规划局"]["legal_representative"] == "黄某某"


def test_doubled_punctuation_and_traditional_characters():
    text = "行政處罰決定書 户國土罰字〔2016〕第9號 當事人：：张某，，男，住户縣某村。經查，當事人擅自占地。"
    [party] = parties(text)
    assert party["name"] == "张某" and party["role"] == "party"


def test_ocr_page_lowers_confidence():
    text = "行政处罚决定书\n当事人：张某某，男，住户县某村\n经查，当事人擅自占地。"
    lines = [
        Line(text="行政处罚决定书", start=0, end=7, confidence=0.95),
        Line(text="当事人：张某某，男，住户县某村", start=8, end=23, confidence=0.6),
        Line(text="经查，当事人擅自占地。", start=24, end=35, confidence=0.95),
    ]
    page = Page(number=1, text=text, lines=lines, ocr=True)
    [party] = parties(text, [page])
    assert party["name"] == "张某某" and party["confidence"] < 0.6


def test_name_stops_at_a_glued_form_label():
    found = parties(
        "XX县自然资源和规划局\n送达回证\n送达文书：责令停止违法行为通知书 X自然资停〔2023〕8号\n"
        "受送达人：孙**送达地点：XX县XX乡XX村\n送达方式：留置送达\n送达人：钱某、周某\n"
        "XX县自然资源和规划局\n2023年2月3日"
    )
    assert [(p["role"], p["name"]) for p in found] == [("party", "孙**")]


def test_salutation_alone_on_its_line_is_confident_and_a_suspect_described_by_sex_too():
    notice = parties(
        "XX县自然资源局\n履行行政处罚决定催告书\nX自然资催〔2022〕6号\n冯XX：\n"
        "我局于2022年4月2日对你作出行政处罚决定，你至今未履行。\nXX县自然资源局\n2022年6月1日"
    )
    assert [(p["role"], p["name"]) for p in notice] == [("party", "冯XX")] and notice[0]["confidence"] >= 0.8
    referral = parties(
        "XX县自然资源局\n涉嫌犯罪案件移送书\nX自然资移〔2022〕2号\nXX县公安局：\n"
        "我局在查处一起非法采矿案件中发现，蒋某某（男，1975年出生）未取得采矿许可证擅自开采河砂。\n"
        "XX县自然资源局\n2022年7月8日"
    )
    suspect = by_name(referral)["蒋某某"]
    assert suspect["role"] == "referred_person" and suspect["confidence"] >= 0.8
