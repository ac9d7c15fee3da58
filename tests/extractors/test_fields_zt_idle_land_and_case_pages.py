"""Invented copies in the shapes of a fifteenth real batch: idle-land findings and land-recovery decisions
addressed to the land user, lawsuits about them copied by judgment sites (sides joined by commas, masks that
eat a label, a third party the court joined), judgments under a forum's commentary and debris, maritime
courts' case cards, and case write-ups."""

from __future__ import annotations

from plain_text_extraction import everything, party_keys, reference_numbers


def test_an_idle_land_finding_is_about_the_company_it_is_addressed_to() -> None:
    text = """编号:2022010992
南宁市某某投资有限公司:
根据原南宁市国土资源局与你公司签订的《国有建设用地使用权出让合同》,宗地位于南宁市良庆区金象大道118号,约定的动工日期为2018年10月20日之前。
上述宗地存在超过出让合同约定的动工开发日期满一年未动工开发的情形,经调查核实,构成闲置土地。
特此告知。
"""
    found = everything(text)
    assert found["doc_type"]["value"] == "other"
    assert party_keys(found) == {("party", "南宁市某某投资有限公司")}


def test_a_letter_of_no_case_kind_to_an_organ_is_to_its_recipient() -> None:
    text = """关于协助核查违法用地情况的函
天水市武山县城关镇人民政府:
我局在卫片执法检查中发现你镇辖区内存在疑似违法用地图斑3宗,请协助核查并于十日内反馈。
"""
    found = everything(text)
    assert party_keys(found) == {("recipient_org", "天水市武山县城关镇人民政府")}


def test_idle_land_findings_cited_by_a_judgment_are_steps_of_the_case() -> None:
    text = """宁波市海曙区人民法院
行政判决书
(2015)甬海行初字第168号
原告宁波市月湖酒店管理有限公司。
被告宁波市国土资源局。
原告不服被告于2015年10月26日作出的甬土闲认定〔2015〕113号《闲置土地认定书》的行政行为,向本院提起行政诉讼。
被告于2015年11月2日作出甬土闲处〔2015〕21号《闲置土地处置听证权利告知书》。
"""
    found = everything(text)
    assert reference_numbers(found) == {"甬土闲认定〔2015〕113号", "甬土闲处〔2015〕21号"}


def test_a_case_name_joining_its_sides_by_commas() -> None:
    text = """裁判文书详情

肇庆昌**限公司,肇庆市人民政府,肇庆**源局与其他二审行政判决书

审理经过

上诉人**件有限公司(以下简称昌盛公司)因与上诉人肇庆市人民政府(以下简称市政府)、肇庆市国土资源局(以下简称市国土局)闲置土地处理决定行政纠纷一案,不服肇庆**民法院(2012)肇中法行初字第6号行政判决,向本院提起上诉,本院受理后依法组成合议庭进行审理,现已审理终结。
"""
    found = everything(text)
    assert party_keys(found) == {
        ("plaintiff", "**件有限公司"),
        ("defendant", "肇庆市人民政府"),
        ("defendant", "肇庆市国土资源局"),
    }


def test_masked_names_and_agencies_stop_where_their_sentence_goes_on() -> None:
    text = """裁判文书详情

梁**与山西省国土资源厅不履行法定职责一审行政判决书

审理经过

原告梁**被告山西省国土资源厅不履行法定职责行为违法一案,于2015年1月5日向本院提起行政诉讼。本院依法组成合议庭,于2015年3月9日公开开庭审理了本案。原告梁**及其委托代理人郭**、王**与被告山西省国土资源厅的委托代理人司东南、马*到庭参加了诉讼。
"""
    found = everything(text)
    assert party_keys(found) == {("plaintiff", "梁**"), ("defendant", "山西省国土资源厅")}
    reasons = """
本院认为:为实施城市建设总体规划,被告辽源市自然资源局根据吉林省人民政府批准,对包括原告在内的土地进行征收,作出的《责令限期交出土地决定书》是正确的,本院予以维持。依照《中华人民共和国行政诉讼法》第六十九条之规定,判决如下:驳回原告梁福军的诉讼请求。
"""
    assert ("defendant", "辽源市自然资源局") in party_keys(everything(reasons))
    claim = """缪**与平阳**源局一审行政判决书

原告缪**要求被告平阳县国土资源局将闲置土地交由其承包耕种一案,于2015年11月12日向本院提起诉讼。
"""
    assert party_keys(everything(claim)) >= {("plaintiff", "缪**"), ("defendant", "平阳县国土资源局")}


def test_a_third_party_the_court_joined() -> None:
    text = """裁判文书详情

徐**与苏州市国土资源局不履行法定监督职责一审行政判决书

审理经过

原告徐**与被告苏州市国土资源局(以下简称市国土局)不履行法定监督职责一案。本院于2016年1月21日立案受理后,于2016年1月22日向被告送达起诉状副本及应诉通知书,并通知常熟市国土资源局(以下简称常熟国土局)作为第三人参加诉讼。
"""
    found = everything(text)
    assert ("third_party", "常熟市国土资源局") in party_keys(found)


def test_a_judgment_under_a_forums_commentary_and_debris() -> None:
    commentary = "【裁判要旨】" + "规划行政主管部门应视违法建设的具体情节作出责令停止建设、限期拆除等措施。" * 9
    text = f"""在原有宅基地范围内翻建的房屋能否认定为违法建筑

发表于 2024-11-13 19:10:55 | 显示全部楼层 |阅读模式

{commentary}

. @. S! x$ ~# B

北京市第一中级人民法院

行 政 判 决 书


5 Y! e+ W/ S& Z9 `, T& d; K3 l

上诉人(一审被告)北京市海淀区城市管理综合行政执法监察局。
"""
    found = everything(text)
    assert found["doc_type"]["value"] == "court_judgment"
    assert found["title"]["value"] == "行政判决书"
    assert found["issuer"]["value"] == "北京市第一中级人民法院"


def test_a_ruling_whose_number_is_glued_to_its_spaced_title() -> None:
    commentary = "裁判要旨:" + "农村村民未经批准非法占用土地建住宅的,由农业农村主管部门责令退还非法占用的土地。" * 12
    text = f"""{commentary}

云南省易门县人民法院

行 政 裁 定 书(2020

0425行审42

申请执行人:易门县自然资源局。住所地:云南省玉溪市易门县龙泉中路29号。
"""
    found = everything(text)
    assert found["title"]["value"] == "行政裁定书"
    assert found["issuer"]["value"] == "云南省易门县人民法院"


def test_a_maritime_courts_case_card_names_it() -> None:
    text = """審理法院: 上海海事法院
案 由: 行政許可
裁判日期: 2019年12月04日
原告:江蘇瑞達海洋食品有限公司,住所地:江蘇省鹽城市大豐區海洋經濟綜合開發區緯四路北。
被告:鹽城市大豐區人民政府,住所地:江蘇省鹽城市大豐區大華東路1號。
"""
    found = everything(text)
    assert found["issuer"]["value"] == "上海海事法院"


def test_a_case_write_up_under_its_own_headings_is_no_judgment() -> None:
    text = """原告刘某、靳某诉被告烟台某渔业局海事行政赔偿纠纷案

来源:   发布时间: 2016年12月02日

  【基本案情】

  2011年10月12日,被告烟台某渔业局向辖区各养殖户发出《紧急通知》。
原告刘某、靳某系夫妻关系,以从事海上养殖为生。2011年10月23日,原告靳某签署《保证书》。
被告烟台某渔业局于2011年11月对养殖物资实施了强制清理。
"""
    found = everything(text)
    assert found["doc_type"]["value"] == "other"


def test_a_law_firms_story_names_only_its_parties() -> None:
    text = """经典案例

原告赵某等人诉称自2009年两原告合伙经营海参养殖,被告于2016年作出岚海渔处罚(2016)001号行政处罚决定书,原告认为该处罚书错误。首先,原告养殖区属于征用海域内的养殖设施补偿范围,正处于待补偿阶段,被告作为补偿单位岚山区人民政府的下属局作出行政处罚无依据。
"""
    keys = party_keys(everything(text))
    assert ("plaintiff", "赵某") in keys
    assert not any(name.startswith("作为") for _, name in keys)
