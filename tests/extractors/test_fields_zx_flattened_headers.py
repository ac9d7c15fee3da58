"""Invented copies in the shapes of headers that pages flatten or litter: a case card run onto one line with
its court first, a court glued before its title and number in a one-line page, and a forum's anti-copy debris
that OCR joins to the first party's line under a judgment's header."""

from __future__ import annotations

from plain_text_extraction import everything


def test_a_case_card_flattened_onto_one_line_names_its_court() -> None:
    text = (
        "合肥市包河区人民法院(2019)皖0111行初5号案由行政强制案件概述原告杨某成因认为被告合肥市包河区大圩镇人民政府"
        "对其看护房强制拆除的行为违法,于2019年1月3日向本院提起行政诉讼。"
    )
    assert everything(text)["issuer"]["value"] == "合肥市包河区人民法院"


def test_a_court_glued_before_its_spaced_title_on_a_one_line_page() -> None:
    text = (
        "【裁判要旨】未经批准占用土地建住宅的违法行为,有权进行查处的行政机关是县级以上人民政府农业农村主管部门,"
        "而非自然资源主管部门。云南省易门县人民法院行政裁定书(2020)云0425行审42号申请执行人:易门县自然资源局。"
        "被执行人:李某某,男,1960年出生。"
    )
    assert everything(text)["issuer"]["value"] == "云南省易门县人民法院"


def test_a_judgment_under_forum_debris_that_ocr_joined_to_the_party_line() -> None:
    lines = [
        "【裁判要旨】一般而言,规划行政主管部门应视违法建设的具体情节作出责令停止建设、限期改正、罚款、限期拆除、没收实物或者违法收入等措施或处罚。而对于何为“尚可采取改正措施消除对规划实施的影响的”,上述法律法规并无具体规定。对此，《住房和城乡建设部关于印发关于规范城乡规划行政处罚裁量权的指导意见〉的通知》第四条、第七条，若干规定第二十六条作出了进一步细化规定。",
        "4 W*% R(~& e:?/1",
        "应当认为,本案中海淀城管局作出被诉限拆决定符合上述规定。但上述指导意见及若干规定中的有关规定并非绝对条款,而“尚可采取改正措施消除对规划实施的影响的”从法律法规层面仍有进一步解释的空间。尤其是相对人在原房屋严重影响居住安全与生活质量进行翻建的情况下,违法建设的查处机关应当充分考虑其所作行政行为是否会对违法建设人的居住安全与正常生活产生过度侵害,即应在充分平衡规划秩序利益与安居",
        "-2一",
        "利益的前提下,采取适当的处理。",
        ". @. S! x$ ~# B",
        "北京市第一中级人民法院",
        "行政判决书",
        "5Y! e+ W/ S&Z9, T& d; K3I",
        "上诉人(一审被告)北京市海淀区城市管理综合行政执法监察局。",
        "2 V(K% S' w4 t3JOG7^%Y& e",
        "法定代表人王某伟,局长。",
        "8m, z& n q&]e& T*r1 J",
        "委托代理人任某杰，",
        "-3-",
        "",
    ]
    found = everything("\n".join(lines))
    assert found["doc_type"]["value"] == "court_judgment"
    assert found["title"]["value"] == "行政判决书"
    assert found["issuer"]["value"] == "北京市第一中级人民法院"


def test_the_site_footer_under_the_signature_credits_its_host_not_the_issuer() -> None:
    text = """陕西省人民政府关于公布2014年第一批关闭煤矿名单的通知
咸阳、铜川、渭南、安康市人民政府:
经研究,决定对渭南市蒲城县安家煤矿等9处煤矿实施关闭,现将有关事项通知如下。
一、煤矿关闭工作由煤矿所在地县级人民政府负责组织实施。
陕西省人民政府
2014年8月15日
陕ICP备1004160号 网站标志码6100000017
陕西省人民政府办公厅主办
"""
    assert everything(text)["issuer"]["value"] == "陕西省人民政府"
