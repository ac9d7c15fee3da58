"""Invented copies in the shapes of a fifteenth real batch's later pages: governments' closure notices and
decisions titled by their subject (关于…的通告), licence cancellations cited as case steps, news pages
crediting their editors under the signature, disclosure-series numbers, case cards naming the court before the
number, lawyers' blurbs over a judgment, series letters in serials and a ruling cut inside its outcome."""

from __future__ import annotations

from plain_text_extraction import everything, party_keys, reference_numbers


def test_a_closure_notice_titled_by_its_subject_over_two_lines() -> None:
    text = """青山县人民政府
关于关闭青山县安龙鑫矿业有限公司安门口铁矿等
14个矿山露天采场的通告
为贯彻落实生态文明建设和大气污染防治的相关要求,县政府决定关闭下列矿山露天采场。
特此通告。
青山县人民政府
2018年11月9日
"""
    found = everything(text)
    assert found["title"]["value"] == "关于关闭青山县安龙鑫矿业有限公司安门口铁矿等14个矿山露天采场的通告"
    assert found["issuer"]["value"] == "青山县人民政府"


def test_a_decision_under_a_news_headline_signed_above_a_blank_line() -> None:
    text = """关于依法关闭耒山市导子煤业有限公司源江山煤矿的决定
2021-12-30 16:10:06          来源:耒山市融媒体中心 | 编辑:周紫红 |          浏览量:53766

耒山市人民政府

关于依法关闭耒山市导子煤业有限公司

源江山煤矿的决定

2020年11月29日,耒山市导子煤业有限公司源江山煤矿发生一起重大透水事故。经研究,决定依法关闭该煤矿。当事人对本决定不服,可以在收到本决定之日起60日内申请行政复议。

耒山市人民政府

2020年12月25日

责编:周紫红

来源:耒山市融媒体中心
"""
    found = everything(text)
    assert found["title"]["value"] == "关于依法关闭耒山市导子煤业有限公司源江山煤矿的决定"
    assert found["issuer"]["value"] == "耒山市人民政府"
    assert found["issue_date"]["value"] == "2020-12-25"


def test_licence_cancellations_and_a_closure_decision_are_steps_of_the_case() -> None:
    text = """安徽省芜山市中级人民法院
行政判决书
(2015)芜行初字第00002号
原告繁山县荻港金楠石材厂。
被告芜山市国土资源局。
2010年9月29日,被告作出芜国土秘【2010】343号《关于注销繁山县荻港金楠石材厂采矿许可证的通知》,依据是繁山县国土资源局《关于注销繁山县荻港金楠石材厂采矿许可证的请示》(繁国土资秘【2010】162号)。
无为县人民政府作出《无为县人民政府关于对无为县广源古楼方解石矿实施关闭的行政补偿决定》(无政秘【2018】151号)。
"""
    expected = {"芜国土秘【2010】343号", "繁国土资秘【2010】162号", "无政秘【2018】151号"}
    assert reference_numbers(everything(text)) == expected


def test_a_disclosure_series_keeps_its_agency_prefix() -> None:
    text = """连山市人民政府
行政复议决定书
连政复决〔2019〕88号
申请人:王某。
被申请人:连山市自然资源局。
被申请人于2019年7月11日作出连自然资公开告知〔2019〕34号《政府信息公开告知书》,申请人不服,向本机关申请行政复议。
"""
    assert "连自然资公开告知〔2019〕34号" in reference_numbers(everything(text))


def test_a_case_card_names_court_and_number_of_a_write_up() -> None:
    text = """土地部门对利害关系人查处申请的告知义务

2017-07-27 之星律所

【裁判要旨】

土地违法行为的利害关系人以信访形式请求土地部门履行查处职责,土地部门不作为的,属于行政诉讼受案范围。

案号

东山县人民法院(2015)东行初字第13号行政判决

当事人信息

原告王忠军。

被告新山市国土资源局。

审理经过

原告王忠军诉被告新山市国土资源局不履行土地行政处理法定职责一案,于2014年11月5日向本院提起行政诉讼。
"""
    found = everything(text)
    assert found["doc_type"]["value"] == "court_judgment"
    assert found["doc_number"]["value"] == "(2015)东行初字第13号"
    assert found["issuer"]["value"] == "东山县人民法院"


def test_a_judgment_under_a_lawyers_blurb_and_an_owners_role_after_the_yard() -> None:
    text = """张律师专栏
北京某律师事务所主任张律师,联系13261996547,同号。张律师办理的上诉人罗某等24人因诉某几个行政机关林业行政强制纠纷一案的成功案例
云南省高级人民法院
行 政 判 决 书
(2017)云行终110号
上诉人(一审原告)龙南县桃江河渡江赖屋坝砂场投资人(业主)钟成华,男。
被上诉人(一审被告)某某县人民政府。
"""
    found = everything(text)
    assert found["title"]["value"] == "行政判决书"
    assert found["issuer"]["value"] == "云南省高级人民法院"
    assert found["doc_number"]["value"] == "(2017)云行终110号"
    assert ("plaintiff", "龙南县桃江河渡江赖屋坝砂场") in party_keys(found)


def test_a_series_letter_in_a_serial_and_a_ruling_cut_inside_its_outcome() -> None:
    text = """吉林省东山县人民法院
行政裁定书
(2016)吉0421行审12号
申请执行人东山县人民政府。
被执行人王某。
申请执行人东山县人民政府于2016年3月1日向本院申请强制执行其作出的东政征补决字(2015)Y-3号《房屋征收补偿决定书》。本院认为,被执行人已就该决定提起行政诉讼,诉讼尚未审结。依照《中华人民共和国行政强制法》第五十八条之规定,裁定如下:
不准予强制执"""
    found = everything(text)
    assert "东政征补决字(2015)Y-3号" in reference_numbers(found)
    assert found["ruling_type"]["value"] == "refuse"


def test_agents_printed_as_weituoren_keep_the_party_block_going() -> None:
    text = """云南省高级人民法院
行 政 判 决 书
(2017)云行终111号
上诉人(一审原告)罗某某。
被上诉人(一审被告)某某县人民政府。
住所地:云南省某某县某某镇景管路272号。
法定代表人张某某,县长。
委托人岩某某,副县长。权限:特别授权。
被上诉人(一审被告)某某县林业局。
住所地:云南省某某县某某镇景管路248号。
法定代表人马某,局长。
委托人龙某某,副局长。权限:一般授权。
被上诉人(一审被告)某某县森林公安局。
住所地:云南省某某县某某镇海往路10号。
上诉人罗某某因诉某某县人民政府林业行政强制一案,不服某某州中级人民法院(2016)云28行初5号行政判决,向本院提起上诉。
"""
    assert party_keys(everything(text)) == {
        ("plaintiff", "罗某某"),
        ("defendant", "某某县人民政府"),
        ("defendant", "某某县林业局"),
        ("defendant", "某某县森林公安局"),
    }


def test_a_number_printed_without_its_hao_before_the_kind_it_numbers() -> None:
    text = """河南省许山市中级人民法院
行政裁定书
(2016)豫10行终209号
上诉人(原审原告)王某。
被上诉人(原审被告)禹山市林业局。
被上诉人依据《中华人民共和国陆生野生动物保护实施条例》第三十九条的规定,作出了禹林罚书字(2015)0004林业行政处罚决定书。
"""
    assert "禹林罚书字(2015)0004" in reference_numbers(everything(text))


def test_co_respondents_of_a_case_name_and_a_label_inside_an_opening_sentence() -> None:
    ruling = """邵山市人民政府与张**、叶**行政非诉一审行政裁定书

审理经过

申请人邵山市人民政府于2015年1月19日向本院申请强制执行邵政征补(2014)27号《房屋征收补偿决定书》,即对被执行人张**、叶**共有的坐落在邵山市白渚路18-24号房屋予以强制执行搬迁。
"""
    assert party_keys(everything(ruling)) >= {("respondent", "张**"), ("respondent", "叶**")}
    judgment = """安徽省六山市中级人民法院
行政判决书
(2017)皖15行初64号
委托代理人汪东,安徽某律师事务所律师。
原告徐良华诉被告六山市金安区人民政府强制拆除行为一案,本院于2017年8月14日受理后,依法组成合议庭进行了审理。
"""
    assert ("plaintiff", "徐良华") in party_keys(everything(judgment))


def test_a_scanned_ruling_cut_inside_its_outcome_above_the_page_number() -> None:
    """A scan prints the page's number (-2-) under the last line; OCR reads it into the outcome's line."""
    text = """吉林省东山县人民法院
行政裁定书
(2016)吉0421行审12号
申请执行人东山县人民政府。
被执行人王某。
申请执行人东山县人民政府于2016年3月1日向本院申请强制执行其作出的东政征补字(2015)093号房屋征收补偿决定。本院认为,被执行人已就该决定提起行政诉讼,诉讼尚未审结。依照《中华人民共和国行政强制法》第五十八条之规定,裁定如下:
对申请执行人东山县人民政府作出的东政征补字(2015)093号房屋征收补偿决定不准予强制执-2-"""
    assert everything(text)["ruling_type"]["value"] == "refuse"
