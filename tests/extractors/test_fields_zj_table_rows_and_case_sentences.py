"""Invented pages in the shapes a twelfth batch of real copies showed: a publicity table that names its owner
above the headings and files a decision under a notice-shaped number, a court header whose every line is a
one-cell table row, an appeal whose copy starts after the party block, a 复议 page under a case-name headline,
and the numbers a case file and a one-dispute decision carry."""

from __future__ import annotations

from plain_text_extraction import everything, party_keys, reference_numbers

_RESULTS_TABLE = """|
行政处罚结果公开 |
|||||||||
|
单位名称:青山区城市管理和综合执法局 |
|||||||||
|
序号 |
处罚 文号 |
立案时间 |
被处罚人 |
处罚结果 |
决定书时间 |
|
1 |
青城管罚罚告[2024]0007号 |
2024.3.2 |
林某某 |
责令退还非法占用的土地,罚款12000元。 |
2024.4.9 |
|
"""


def test_a_results_tables_number_column_gives_the_decisions_number_whatever_its_shape() -> None:
    found = everything(_RESULTS_TABLE)
    assert found["doc_number"]["value"] == "青城管罚罚告[2024]0007号"
    assert found["doc_number"]["confidence"] < 0.8  # the shape says notice, the column says decision
    assert "青城管罚罚告(2024)0007号" not in reference_numbers(found)


def test_a_results_tables_owner_line_names_the_issuer_below_review_level() -> None:
    found = everything(_RESULTS_TABLE)
    assert found["issuer"]["value"] == "青山区城市管理和综合执法局"
    assert found["issuer"]["confidence"] < 0.8


def test_a_partys_unit_name_in_a_decision_is_no_issuer() -> None:
    decision = """行政处罚决定书
青山罚字〔2024〕3号
单位名称:青山县石门村民委员会
地址:青山县石门村
你单位未经批准擅自占用土地建设厂房,违反了《中华人民共和国土地管理法》第四十四条的规定。
"""
    assert everything(decision).get("issuer", {}).get("value") != "青山县石门村民委员会"


_TABLED_HEADER = """| 平川市中级人民法院 |
| 行政裁定书 |
| (2019)平10行终12号 |
上诉人(原审原告)李某,男,1960年3月1日出生,汉族。 被上诉人(原审被告)平川县青山镇人民政府。 法定代表人王某。
上诉人李某因土地行政处理一案,不服平川县人民法院(2019)平0102行初5号行政裁定,向本院提起上诉。
"""


def test_a_court_header_printed_as_one_cell_rows_gives_court_title_and_number() -> None:
    found = everything(_TABLED_HEADER)
    assert found["title"]["value"] == "行政裁定书"
    assert found["issuer"]["value"] == "平川市中级人民法院"
    assert found["doc_number"]["value"] == "(2019)平10行终12号"


def test_an_appeal_cut_before_its_party_block_names_its_sides_from_the_opening_sentence() -> None:
    cut = """被上诉人(原审被告)平川县城市管理局,住所地平川县东街1号。
法定代表人王某,该局局长。
上诉人平川县青禾园艺有限公司诉平川县人民政府、平川县城市管理局行政强制拆除一案,不服平川市中级人民法院(2019)平10行初21号行政裁定,向本院提起上诉。本院受理后,依法组成合议庭进行了审理。
"""
    assert party_keys(everything(cut)) == {
        ("plaintiff", "平川县青禾园艺有限公司"),
        ("defendant", "平川县人民政府"),
        ("defendant", "平川县城市管理局"),
    }


def test_an_appellants_pleading_names_no_side() -> None:
    pleading = """上诉人(原审原告)张某,男,汉族。
被上诉人(原审被告)平川县自然资源局。
上诉人张某诉称:一审认定事实不清,平川县自然资源局的处罚决定违法,请求撤销一审裁定。
"""
    assert party_keys(everything(pleading)) == {("plaintiff", "张某"), ("defendant", "平川县自然资源局")}


def test_a_case_site_headline_filed_under_its_cause_still_names_a_ruling() -> None:
    page = """首页 >> 案例分析

行政强制:李某、平川县青禾园艺有限公司镇政府二审行政裁定书

来源:某律师网整理| 2020-02-25 12:16:14

平川县青禾园艺有限公司诉平川县青山镇人民政府、平川县人民政府行政强制一案,平川市中级人民法院于2018年11月13日作出(2018)平10行初163号行政裁定。李某、平川县青禾园艺有限公司不服,向本院提出上诉。
"""
    found = everything(page)
    assert found["doc_type"]["value"] == "court_ruling"
    assert "title" not in found  # the site's headline is no title of the ruling
    assert party_keys(found) == {
        ("plaintiff", "平川县青禾园艺有限公司"),
        ("defendant", "平川县青山镇人民政府"),
        ("defendant", "平川县人民政府"),
    }


def test_a_notice_to_you_names_the_sued_bodies_but_not_you() -> None:
    notice = (
        "中华人民共和国最高人民法院 通 知 书 (2013)行监字第44号 你厂因诉平川县规划局、平川县住房和城乡建设局"
        "强制拆迁行政赔偿一案,不服平川省高级人民法院作出的(2013)平行申字第2号驳回再审申请通知,向本院申请再审。 "
        "经审查认为,平川县人民政府印发的《平川县拆除主要交通干道两侧违章建筑实施方案》系针对不特定对象作出,"
        "你厂所建厂房位于道路两侧控制范围内,未取得建设工程规划许可证,属于违章建筑,有关部门依法予以拆除并无不当,"
        "你厂要求赔偿的理由不能成立。原审驳回你厂的再审申请并无不当。你厂的再审申请不符合《中华人民共和国行政诉讼法》"
        "规定的再审条件,本院不予支持。 特此通知。 二〇一三年十月三十一日 |"
    )
    assert party_keys(everything(notice)) == {
        ("defendant", "平川县规划局"),
        ("defendant", "平川县住房和城乡建设局"),
    }


def test_a_reconsideration_pages_case_name_is_neither_title_nor_issuer() -> None:
    page = (
        "蒋某对市资规局未履行查处职责申请复议维持决定书 |\n"
        "申请人:蒋某。 被申请人:平川市自然资源和规划局。 申请人蒋某认为被申请人未履行法定查处职责,"
        "于2023年2月14日向本机关申请行政复议。本机关于2023年2月21日依法受理。\n"
    )
    found = everything(page)
    assert found["doc_type"]["value"] == "reconsideration_decision"
    assert "title" not in found
    assert "issuer" not in found


def test_the_case_filing_number_is_neither_the_own_number_nor_a_reference() -> None:
    page = """当事人:平川县交通工程建设管理处
行政处罚编号:平自然资规罚(2023)4号
2022年10月11日,我局对当事人未经批准擅自占用土地建设辅路的行为进行了立案和调查取证(立案编号:平自然资规监(2022)111号)。
"""
    found = everything(page)
    assert found["doc_number"]["value"] == "平自然资规罚(2023)4号"
    assert not found["doc_number"].get("alternatives")
    assert reference_numbers(found) == set()


def test_a_one_dispute_decision_cited_as_a_file_is_a_reference() -> None:
    ruling = """平川市中级人民法院
行政裁定书
(2014)平行终字第56号
上诉人(原审原告)贾某。被上诉人(原审被告)平川县青山镇人民政府。
2013年8月8日,平川县青山镇人民政府应第三人申请,就宅基地纠纷作出《关于对贾某甲与贾某乙宅基地纠纷问题的处理意见》(青政[2013]112号文件)。
另查明,平川县人民政府印发《关于进一步加强宅基地管理的通知》(平政发[2012]9号文件)。
"""
    refs = reference_numbers(everything(ruling))
    assert "青政(2013)112号" in {r.replace("[", "(").replace("]", ")") for r in refs}
    assert not any("平政发" in r for r in refs)


def test_the_claims_paragraph_names_a_plaintiff_the_case_sentence_left_out() -> None:
    page = (
        "平川县青禾园艺有限公司诉平川县青山镇人民政府行政强制一案,平川市中级人民法院于2018年11月13日作出"
        "(2018)平10行初163号行政裁定。李春芳、平川县青禾园艺有限公司不服,向本院提出上诉。\n"
        "李春芳、平川县青禾园艺有限公司起诉称:1996年,原告平川县青禾园艺有限公司与被告签订开发合同。\n"
    )
    assert ("plaintiff", "李春芳") in party_keys(everything(page))


def test_a_claims_heading_with_a_label_or_a_short_name_names_no_plaintiff() -> None:
    page = """原告平川县青禾园艺有限公司(以下简称青禾公司),住所地平川县。
被告平川县青山镇人民政府,住所地平川县青山镇。
原告诉称:被告强制拆除原告的大棚违法。
青禾公司诉称:请求确认拆除行为违法。
"""
    assert party_keys(everything(page)) == {
        ("plaintiff", "平川县青禾园艺有限公司"),
        ("defendant", "平川县青山镇人民政府"),
    }


def test_a_bracketed_bullet_index_names_the_publisher_below_review_level() -> None:
    page = """您当前的位置:处罚决定
    • [ 索引号 ]
    • 11500112450530121M/2024-00002
    • [ 发布机构 ]
    • 平川区林业局
    • [ 发布日期 ]
    • 2023-12-26

林业行政处罚决定书平川林罚决字〔2023〕第41号
被处罚单位名称  平川区石船镇人民政府
经依法查明,你单位未经林业主管部门审核同意,擅自改变林地用途修建道路。
"""
    issuer = everything(page)["issuer"]
    assert issuer["value"] == "平川区林业局" and issuer["confidence"] < 0.8


def test_a_body_that_weighs_the_statement_is_a_decision_not_a_notice() -> None:
    body = """当事人:
姓名:刘某
经调查,你在未经林业主管部门批准的情况下擅自滥伐林木。
本单位执法人员于2025年5月30日向你送达了《行政处罚(听证)告知书》,告知了你享有陈述、申辩和申请听证的权利。你于2025年6月4日提交《陈述申辩书》。
经集体讨论,认为该案的违法事实清晰,故不采纳你的陈述申辩意见。
"""
    assert everything(body)["doc_type"]["value"] == "penalty_decision"


def test_a_case_study_is_no_ruling_and_its_index_cites_the_rulings() -> None:
    study = """违法建筑物的强制拆除是否属于人民法院主管范围
——平川市规划和自然资源局申请执行黄某某行政非诉执行复议案
裁判要旨:
对违法建筑物的强制拆除不属于人民法院的主管范围,人民法院应不予受理或驳回执行申请。
案例索引:
执行审查:平川市海珠区人民法院(2020)平0105执1062号。
复议审查:平川市中级人民法院(2020)平01执复412号。
一、案情
复议申请人(申请执行人):平川市规划和自然资源局。
被执行人:黄某某。
"""
    found = everything(study)
    assert found["doc_type"]["value"] == "other"
    assert "doc_number" not in found
    assert {"(2020)平0105执1062号", "(2020)平01执复412号"} <= reference_numbers(found)


def test_a_headline_side_cut_inside_an_unclosed_bracket_ends_before_it() -> None:
    page = """裁判文书详情

平川**源局与徐**(徐**行政诉讼一案一审行政裁定书

审理经过

申请执行人平川县国土资源局向本院申请执行平国土资监字(2014)91号责令限期交出土地决定一案,本院受理后依法组成合议庭进行了审查。
申请执行人平川县国土资源局称,根据平川省人民政府(2013)80号批文,对被征收范围内的集体土地逐块进行征收。
"""
    found = everything(page)
    assert ("respondent", "徐**") in party_keys(found)
    assert reference_numbers(found) == {"平国土资监字(2014)91号"}


def test_facts_that_name_the_acting_person_throughout_give_the_party() -> None:
    body = (
        "经依法查明:2023年5月,为保障村民生活用水,王某平在未经县级以上人民政府林业主管部门审核同意的情况下,"
        "擅自安排挖掘机动工修建蓄水池。2025年7月10日,经现场勘查,并聘请评估公司对王某平擅自改变林地用途的现场"
        "进行鉴定。经鉴定,王某平擅自改变用途林地面积为115.05平方米。\n"
        "上述行为违反了《中华人民共和国森林法》第三十七条第一款的规定,本机关决定给予如下行政处罚:罚款人民币三千元。\n"
    )
    assert party_keys(everything(body)) == {("party", "王某平")}


def test_a_word_that_opens_one_clause_of_the_facts_is_no_party() -> None:
    body = (
        "经依法查明:2023年5月,村民在未经县级以上人民政府林业主管部门审核同意的情况下擅自修建蓄水池。\n"
        "本机关决定给予如下行政处罚:罚款人民币三千元。\n"
    )
    assert party_keys(everything(body)) == set()


def test_a_labelled_name_in_a_case_record_stops_before_the_kind() -> None:
    record = """(2017)平03行终238号
裁判日期: 2017-07-21
案件名称
黄某、被告平川市鹿城区综合行政执法局二审行政判决书
法院
平川市中级人民法院
"""
    assert ("defendant", "平川市鹿城区综合行政执法局") in party_keys(everything(record))


def test_an_organisation_alone_above_the_body_that_speaks_to_it_is_the_party() -> None:
    decision = """行政处罚决定书

平自然资罚字〔2023〕4号

平川县交通运输局

我局于2023年3月7日对你单位在平川县青山乡非法占地一案立案调查。经查,你单位于2021年6月未经依法批准擅自占用国有未利用地建设货运站。
"""
    found = everything(decision)
    assert party_keys(found) == {("party", "平川县交通运输局")}
    assert found["parties"][0]["confidence"] < 0.8


def test_the_issuer_line_under_the_title_is_no_party() -> None:
    decision = """行政处罚决定书
平川县自然资源局
平自然资罚字〔2023〕4号

我局于2023年3月7日对平川县某某公司非法占地一案立案调查,现已查明。
"""
    assert ("party", "平川县自然资源局") not in party_keys(everything(decision))
