"""Invented copies of lawsuits against the enforcing agencies in the shapes a fifteenth real batch showed: a
public-interest appeal with the procurators' lines in its party block, joined cases, a site's record that lost
its party block, a digest that dropped the title, and a copy that starts at the court's reasoning."""

from __future__ import annotations

from plain_text_extraction import everything, party_keys, reference_numbers

_PUBLIC_INTEREST_APPEAL = """【裁判要旨】
行政机关在收到检察建议后仍未依法全面履行监管职责的,人民法院可以判决其继续履行,参见(2017)晋08行终77号判决。
【裁判文书】
北山市中级人民法院
行政判决书
(2019)北08行终61号
上诉人(原审公益诉讼起诉人)东林县人民检察院,住所地东林县河滨路18号。
法定代表人周明,检察长。
参加诉讼检察员吴楠,该院检察员。
参加诉讼检察员郑一鸣,该院检察员。
被上诉人(原审被告)东林县自然资源局,住所地东林县新华街66号。
法定代表人孙立,局长。
参加诉讼的行政机关负责人孙立,该局局长。
上诉人东林县人民检察院(以下简称东林县检察院)因与被上诉人东林县自然资源局(以下简称东林县资源局)不履行法定职责一案,不服东林县人民法院(2018)北0821行初9号行政判决,向本院提起上诉。
东林县检察院在原审诉称,王某某等人未取得采矿许可证,在东林县青峰林场内非法开采石料,东林县资源局未依法全面履行监管职责。
"""


def test_a_public_interest_appeal_lists_both_sides_past_the_procurators_lines() -> None:
    found = everything(_PUBLIC_INTEREST_APPEAL)
    assert party_keys(found) == {("plaintiff", "东林县人民检察院"), ("defendant", "东林县自然资源局")}


def test_cases_an_editors_summary_cites_above_the_judgment_are_no_references() -> None:
    found = everything(_PUBLIC_INTEREST_APPEAL)
    assert reference_numbers(found) == {"(2018)北0821行初9号"}


_JOINED_CASES = """西川县人民法院
行政判决书
(2020)川0523行初7号
原告:西川县宏达砂石有限公司。住所地西川县河东镇。
法定代表人:陈某,系该公司经理。
被告:西川县水利局,住所地西川县人民路2号。
法定代表人:刘某,系该局局长。
原告西川县宏达砂石有限公司(以下称宏达公司)、西川县顺通运输有限公司(以下称顺通公司)不服被告西川县水利局行政处罚决定纠纷案,本院于2020年3月2日受理后,因两案属同类行政行为引发的诉讼,经各方当事人同意合并审理,于2020年5月8日公开开庭进行了审理。本案现已审理终结。
"""


def test_a_judgment_of_joined_cases_names_every_plaintiff_in_its_opening_sentence() -> None:
    found = everything(_JOINED_CASES)
    assert ("plaintiff", "西川县顺通运输有限公司") in party_keys(found)
    assert ("plaintiff", "西川县宏达砂石有限公司") in party_keys(found)
    assert not any(name.endswith("公司)") for _, name in party_keys(found))


_SITE_RECORD_WITHOUT_BLOCK = """行初88 赵长林行政判决书
案号:(2020)桂12行初88号
判决日期:2021-03-15
法院:广西壮族自治区南丹市中级人民法院
当事人信息
原告赵长林请求确认南丹县人民政府、南丹县自然资源局行政强制行为违法一案,于2020年6月3日向本院提起行政诉讼。本院依法组成合议庭,于2020年9月10日公开开庭审理了本案。原告赵长林及其委托代理人钱某,被告南丹县人民政府(以下简称南丹县政府)的委托代理人李某,被告南丹县自然资源局的委托代理人周某到庭参加诉讼。本案现已审理终结。
原告赵长林诉称,其在南丹县城东村建有木材加工厂房,2020年5月被两被告组织人员强制拆除。
"""


def test_a_judgment_whose_copy_lost_its_party_block_is_read_from_who_appeared() -> None:
    found = everything(_SITE_RECORD_WITHOUT_BLOCK)
    assert found["doc_type"]["value"] == "court_judgment"
    assert party_keys(found) == {
        ("plaintiff", "赵长林"),
        ("defendant", "南丹县人民政府"),
        ("defendant", "南丹县自然资源局"),
    }


_DIGEST = """宁阳市人民法院
(2020)皖1299行初21号
案由:行政强制
引用法条
《中华人民共和国行政强制法》第三十五条
《中华人民共和国行政诉讼法》第七十四条第二款第一项
案件概述
原告宁阳县北湖家禽养殖场(以下简称北湖养殖场)诉被告宁阳县自然资源和规划局(以下简称县资规局)、宁阳县北湖镇人民政府(以下简称北湖镇政府)确认强制拆除行政行为违法一案,于2019年10月8日向宁阳县人民法院提起行政诉讼。
"""


def test_a_digest_names_its_court_over_the_case_number_and_every_defendant() -> None:
    found = everything(_DIGEST)
    assert found["issuer"]["value"] == "宁阳市人民法院"
    assert party_keys(found) == {
        ("plaintiff", "宁阳县北湖家禽养殖场"),
        ("defendant", "宁阳县自然资源和规划局"),
        ("defendant", "宁阳县北湖镇人民政府"),
    }


_FROM_THE_REASONING = """
本院认为: 关于原告马立新的诉讼主体资格。涉案房屋由马立新购买并占有使用,马立新与强制拆除行为之间具有利害关系。
被告城南办事处认可其于2018年3月5日组织实施了强制拆除行为;
原告马立新提交的证据亦可以证实城南办事处组织实施了强制拆除行为,因此,本院认定城南办事处组织实施了本案强制拆除行为,且未提供强制拆除的相关证据,本院确认其实施的拆除行为违法。
综上,根据《中华人民共和国行政诉讼法》第七十四条第二款第(一)项之规定,判决如下:
确认被告青州市城南街道办事处强制拆除行为违法。
案件受理费50元,由被告青州市城南街道办事处负担。
如不服本判决,可以在判决书送达之日起十五日内向本院递交上诉状,上诉于山东省高级人民法院。
审判长 刘一 审判员 王二 审判员 张三 二〇一九年五月二十日 书记员 李四
"""


def test_a_copy_starting_at_the_reasoning_takes_the_defendant_from_the_outcome() -> None:
    found = everything(_FROM_THE_REASONING)
    assert party_keys(found) == {("defendant", "青州市城南街道办事处")}


_RETRIAL = """江苏省高级人民法院
行 政 裁 定 书
(2021)苏行再12号
再审申请人(一审被告、二审上诉人)如皋市综合行政执法局,住所地如皋市海阳路8号。
法定代表人顾明,局长。
应诉负责人许亮,副局长。
再审被申请人(一审原告、二审被上诉人)如皋市长江建材有限公司,住所地如皋市长江镇沿江路5号。
法定代表人沈华,董事长。
原审上诉人(一审被告)如皋市长江镇人民政府,住所地如皋市长江镇人民路1号。
法定代表人陆军,镇长。
再审申请人如皋市综合行政执法局不服南通市中级人民法院(2020)苏06行终311号行政判决,向本院申请再审。
"""


def test_a_retrial_keeps_every_side_named_after_a_place_that_starts_with_ru() -> None:
    found = everything(_RETRIAL)
    assert party_keys(found) == {
        ("defendant", "如皋市综合行政执法局"),
        ("plaintiff", "如皋市长江建材有限公司"),
        ("defendant", "如皋市长江镇人民政府"),
    }


def test_an_appeal_with_both_sides_only_in_its_opening_sentence_gives_the_agency_as_defendant() -> None:
    found = everything(
        "裁判文书详情\n\n刘**与东安市城乡规划局行政强制决定纠纷二审行政判决书\n\n审理经过\n\n"
        "上诉人刘**因与被上诉人东安市城乡规划局(以下简称“东安市规划局”)行政强制决定纠纷一案,不服东安市人民法院"
        "(2015)东法行初字第12号行政判决,向本院提起上诉。本院依法组成合议庭审理了本案,现已审理终结。\n"
    )
    assert party_keys(found) == {("plaintiff", "刘**"), ("defendant", "东安市城乡规划局")}


def test_a_second_party_run_on_after_the_first_ones_details_is_read() -> None:
    found = everything(
        "《行政处罚决定书》送达公告\n\n杭余余杭罚决字〔2024〕第000188号\n\n"
        "当事人:陈红,性别:女,出生日期:19**年*月**日,公民身份号码:330184********1121,住所:浙江省杭州市余杭区"
        "闲林街道和家园**号。 吴建国,性别:男,出生日期:19**年**月*日,公民身份号码:330184********2013,住所:"
        "浙江省杭州市余杭区闲林街道和家园**号。\n\n2024年6月5日,本机关执法人员经巡查发现当事人实施了未取得建设工程"
        "规划许可证进行建设的行为。\n"
    )
    assert party_keys(found) == {("party", "陈红"), ("party", "吴建国")}


def test_a_case_name_ending_in_another_trades_cause_names_both_sides() -> None:
    found = everything(
        "(2017)蒙25行终21号\n裁判日期: 2017-06-12\n公开日期:2017-09-02\n案件名称\n"
        "张二虎诉西乌珠穆沁旗农牧业局草原行政处罚纠纷二审行政裁定书\n法院\n内蒙古自治区锡林郭勒盟中级人民法院\n"
        "案件类型\n行政案件\n审理程序\n二审\n"
    )
    assert party_keys(found) == {("plaintiff", "张二虎"), ("defendant", "西乌珠穆沁旗农牧业局")}


def test_a_copy_cut_inside_the_block_names_the_appellant_in_its_opening_sentence() -> None:
    found = everything(
        "负责人王强,该厂厂长。\n委托代理人李明,贵州远山律师事务所律师。\n"
        "被上诉人(原审被告)遵义市红花岗区自然资源局。\n住所地:红花岗区北京路。\n法定代表人赵刚,该局局长。\n"
        "上诉人遵义市红花岗区兴旺制砖厂(以下简称兴旺砖厂)因违法用地行政处罚一案,不服遵义市红花岗区人民法院"
        "(2013)红行初字第11号行政判决,向本院提起上诉。本院依法组成合议庭审理了本案。\n"
    )
    assert party_keys(found) == {
        ("plaintiff", "遵义市红花岗区兴旺制砖厂"),
        ("defendant", "遵义市红花岗区自然资源局"),
    }


def test_blanks_a_page_served_as_question_marks_do_not_hide_the_header() -> None:
    found = everything(
        "? 裁判要点\n土地行政主管部门有权责令非法占用土地的单位停止违法行为。\n? 裁判文书\n山东省高级人民法院\n"
        "行? 政? 判? 决? 书\n(2019)鲁行终1960号\n上诉人(原审原告)张元明,男,1950年3月1日出生,汉族。\n"
        "被上诉人(原审被告)济南市人民政府,住所地济南市历下区龙鼎大道1号。\n"
    )
    assert found["title"]["value"] == "行政判决书"
    assert found["doc_type"]["value"] == "court_judgment"
    assert found["issuer"]["value"] == "山东省高级人民法院"
