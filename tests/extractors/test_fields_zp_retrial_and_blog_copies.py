"""Invented court copies in the shapes a fourteenth real batch showed: a case name naming a third party after
及, retrial petitions (a side listed by its appeal role, a petitioner who sued, a third party of both earlier
instances, a court's page headline), numbers cited after a ministry's name or a verb, a blog's judgment whose
number lost its 号, a plaintiff list noted 名单附后, and a masked respondent named before 在收到."""

from __future__ import annotations

from plain_text_extraction import everything, party_keys, reference_numbers


def test_a_third_party_named_after_ji_in_a_case_name() -> None:
    text = """裁判文书详情

上诉人陈**诉东山市林业局及第三人东山市南阳镇人民政府林业行政管理一案行政裁定书

审理经过

上诉人陈**因林业行政管理一案,不服东山市人民法院(2016)东行初字第9号行政判决,向本院提起上诉。本院受理后,依法组成合议庭审理了本案。
"""
    assert party_keys(everything(text)) == {
        ("plaintiff", "陈**"),
        ("defendant", "东山市林业局"),
        ("third_party", "东山市南阳镇人民政府"),
    }


_RETRIAL = """【裁判文书】

中华人民共和国最高人民法院

行 政 裁 定 书

(2021)最高法行申1234号

再审申请人(一审被告、二审被上诉人):北阳市城乡一体化示范区管理委员会,住所地北阳市开州路北段。

法定代表人:郭明,该管理委员会主任。

被申请人(一审原告、二审上诉人):田某军,男,1970年2月15日出生,汉族,住北阳市许村。

二审被上诉人(一审被告):北阳市城乡一体化示范区卫东街道办事处筹备组,住所地北阳市开德路。

负责人:董明,筹备组组长。

再审申请人北阳市城乡一体化示范区管理委员会因与被申请人田某军及二审被上诉人北阳市城乡一体化示范区卫东街道办事处筹备组强制拆除一案,不服河南省高级人民法院(2020)豫行终88号行政判决,向本院申请再审。
"""


def test_a_retrial_side_listed_by_its_appeal_role_keeps_its_first_instance_role() -> None:
    assert party_keys(everything(_RETRIAL)) == {
        ("defendant", "北阳市城乡一体化示范区管理委员会"),
        ("plaintiff", "田某军"),
        ("defendant", "北阳市城乡一体化示范区卫东街道办事处筹备组"),
    }


def test_a_petitioner_who_sued_names_the_defendant_the_copy_left_out() -> None:
    text = (
        "中华人民共和国最高人民法院 行 政 裁 定 书 (2016)行监字第321号 "
        "再审申请人(一审原告、二审上诉人):南姚市城郊村股份经济合作社。 法定代表人:邵明,董事长。 "
        "再审申请人南姚市城郊村股份经济合作社(以下简称城郊村合作社)因诉被申请人南姚市人民政府(以下简称南姚市政府)"
        "房屋拆迁行政强制一案,不服浙江省高级人民法院(2015)浙行终字第281号行政裁定,向本院申请再审。"
        "本院依法组成合议庭对本案进行了审查,现已审查完毕。\n"
    )
    assert party_keys(everything(text)) == {
        ("plaintiff", "南姚市城郊村股份经济合作社"),
        ("defendant", "南姚市人民政府"),
    }


_COURT_PAGE = """最高人民法院(2019)最高法行再77号行政裁定书
← | 东国土经监字〔2014〕第016号 东政复决字〔2015〕第82号 (2016)东行初字第4号 |
再审申请人(一审原告、二审上诉人):夏某英,女,1953年11月2日出生,汉族,住山东省东海市。
再审被申请人(一审被告、二审上诉人):山东省东海市人民政府。住所地:山东省东海市新威路1号。
法定代表人:张明,该市人民政府市长。
一、二审第三人:山东省东海经济技术开发区桥南镇人民政府。住所地:山东省东海经济技术开发区桥南镇。
再审申请人夏某英因诉山东省东海市人民政府行政复议一案,不服山东省高级人民法院于2017年6月22日作出的(2017)鲁行终356号行政判决,向本院申请再审。本院依法组成合议庭,公开开庭审理了本案。再审申请人夏某英的委托诉讼代理人徐勇,原审第三人山东省东海经济技术开发区桥南镇人民政府("""


def test_a_court_page_named_by_court_number_and_kind() -> None:
    found = everything(_COURT_PAGE)
    assert found["doc_type"]["value"] == "court_ruling"
    assert found["doc_number"]["value"] == "(2019)最高法行再77号"
    assert found["issuer"]["value"] == "最高人民法院"


def test_a_third_party_of_both_earlier_instances() -> None:
    assert party_keys(everything(_COURT_PAGE)) == {
        ("plaintiff", "夏某英"),
        ("defendant", "山东省东海市人民政府"),
        ("third_party", "山东省东海经济技术开发区桥南镇人民政府"),
    }


def test_a_ministrys_name_and_a_verb_are_no_part_of_a_cited_number() -> None:
    text = """北京市高级人民法院
行政判决书
(2016)京行终字第3310号
上诉人(一审原告)王某,男,1960年出生。
被上诉人(一审被告)中华人民共和国国土资源部。
国土资源部国土资复议〔2014〕466号行政复议决定(以下简称被诉复议决定)维持了原决定。王某称其于2015年3月才得知〔2013〕70号公告的内容。
"""
    assert reference_numbers(everything(text)) == {"国土资复议〔2014〕466号", "〔2013〕70号"}


def test_a_blogs_judgment_number_without_its_hao_under_the_title() -> None:
    commentary = "关于行政赔偿时点问题,现行国家赔偿法及其司法解释没有做出明确规定,应当综合衡量。" * 8
    text = f"""【裁判要旨】

{commentary}

北京市高级人民法院

行政赔偿判决书

 (2020)京行赔终41

上诉人(一审原告)北京市顺义区李桥镇四营村经济合作社,住所地北京市顺义区李桥镇四营村。
被上诉人(一审被告)北京市顺义区人民政府,住所地北京市顺义区府前中街5号。
"""
    assert everything(text)["doc_number"]["value"] == "(2020)京行赔终41"


def test_a_plaintiff_list_noted_as_attached_is_named_without_the_note() -> None:
    text = """浙江省南州市中级人民法院

行 政 判 决 书

(2017)浙02行初212号

原告戴某某等118人(名单附后)

诉讼代表人王海,男,1976年12月13日出生,汉族,住南州市下城区。

被告南州市西区人民政府,住所地南州市西区。
"""
    assert ("plaintiff", "戴某某等118人") in party_keys(everything(text))


def test_a_masked_respondent_named_before_zai_shou_dao() -> None:
    text = """裁判文书详情

南沙县国土环境资源局申请强制执行关于对刘**行政处罚一审行政裁定书

案件描述

申请执行人南沙县国土环境资源局于2016年4月3日向本院申请强制执行南土环资罚决字(2015)96号《行政处罚决定书》。本院受理后,依法组成合议庭进行了审查。

南沙县国土环境资源局于2015年7月作出南土环资罚催字(2015)39号《履行行政处罚决定催告书》,次日送达被执行人刘**。被执行人刘**在收到上述催告书后,在催告书告知的履行期限内未履行。
"""
    assert ("respondent", "刘**") in party_keys(everything(text))


def test_a_prefix_may_hold_jing_and_a_citation_may_follow_qianshu() -> None:
    text = """湖南省北阳市中级人民法院
行政判决书
(2016)湘06行终101号
上诉人(原审原告)李某,男,1970年出生。
被上诉人(原审被告)北阳市城市管理和行政执法局。
原审认定,被告作出前述北城法处字直属二岳〔2013〕15号处罚决定前已告知李某陈述申辩的权利;北国土经监字〔2013〕第016号监察意见书亦送达了李某。
"""
    assert reference_numbers(everything(text)) == {"北城法处字直属二岳〔2013〕15号", "北国土经监字〔2013〕第016号"}


def test_a_title_broken_after_its_first_character_onto_the_courts_line() -> None:
    text = """裁判文书


中华人民共和国最高人民法院行 
政 裁 定 书
(2020)最高法行申5697号
再审申请人(一审原告、二审上诉人)刘某西,男,1954年2月28日出生,汉族,住广西壮族自治区横县。
被申请人(一审被告、二审被上诉人)广西壮族自治区横县人民政府。
再审申请人刘某西因诉广西壮族自治区横县人民政府强制清表一案,不服广西壮族自治区高级人民法院行政判决,向本院申请再审。
"""
    found = everything(text)
    assert found["title"]["value"] == "行政裁定书"
    assert found["issuer"]["value"] == "中华人民共和国最高人民法院"
