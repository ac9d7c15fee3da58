"""Rulings in a lawsuit (a retrial petition, 不予受理, 准许撤诉) name plaintiff and defendant, never the
applicant and respondent of an enforcement review; invented texts in the shapes of the seventh batch."""

from __future__ import annotations

from plain_text_extraction import everything, party_keys

_RETRIAL = """中华人民共和国最高人民法院
行 政 裁 定 书
(2024)最高法行申1234号
再审申请人(一审原告、二审上诉人):邹某林,男,1966年3月2日出生,汉族,住湖南省娄底市。
被申请人(一审被告、二审被上诉人):湖南省娄底市人民政府。住所地:湖南省娄底市娄星区。
法定代表人:刘某,该市市长。
再审申请人邹某林因诉被申请人湖南省娄底市人民政府土地行政征收一案,不服湖南省高级人民法院(2023)湘行终567号行政判决,向本院申请再审。本院依法组成合议庭进行了审查,现已审查终结。
本院认为,再审申请人的再审理由不能成立。
依照《最高人民法院关于适用〈中华人民共和国行政诉讼法〉的解释》第一百一十六条第二款之规定,裁定如下:
驳回邹某林的再审申请。
"""

_NOT_ACCEPTED = """湖北省宜都市人民法院
行 政 裁 定 书
(2016)鄂0581行初12号
起诉人李**以宜都市人民政府为被起诉人向本院提起诉讼,请求撤销宜都市人民政府作出的宜政复决字(2015)8号行政复议决定。
经审查,本院认为,起诉人李**就同一事实已经提起过诉讼,其起诉不符合法定起诉条件。依照《中华人民共和国行政诉讼法》第五十一条第二款之规定,裁定如下:
对起诉人李**的起诉,本院不予受理。
"""

_WITHDRAWN = """本院在审理原告吴**诉被告广西田阳县某某乡人民政府行政处理决定一案中,
原告吴**以本案应当先经过行政复议为由,于2019年5月6日向本院申请撤回起诉。
本院认为,原告撤回起诉的申请符合法律规定。依照《中华人民共和国行政诉讼法》第六十二条之规定,裁定如下:
准许原告吴**撤回起诉。
"""


def test_a_retrial_petition_keeps_each_sides_first_instance_role() -> None:
    found = everything(_RETRIAL)
    assert found["doc_type"]["value"] == "court_ruling"
    assert party_keys(found) == {("plaintiff", "邹某林"), ("defendant", "湖南省娄底市人民政府")}


def test_a_suit_turned_away_has_a_plaintiff_not_an_applicant() -> None:
    found = everything(_NOT_ACCEPTED)
    assert ("plaintiff", "李**") in party_keys(found)
    assert not {role for role, _ in party_keys(found)} & {"applicant", "respondent"}
    assert found["ruling_type"]["value"] == "not_accepted"


def test_a_masked_name_ends_with_its_mask() -> None:
    """吴** is followed by 以…为由 and 诉被告: neither is part of the name."""
    found = everything(_WITHDRAWN)
    names = {name for _, name in party_keys(found)}
    assert "吴**" in names
    assert not any(name.startswith("吴**") and name != "吴**" for name in names)


def test_a_page_printing_only_the_decisions_number_is_a_penalty_decision_for_review() -> None:
    """No title, only the number over the facts: its 罚 series says a decision, below the review threshold."""
    page = (
        "您当前所在位置: 首页 > 行政执法 > 行政处罚\n\n穗规划资源番资罚〔2021〕78号\n\n"
        "来源:某区分局 发布时间:2021-12-13 10:32:25\n\n"
        "  某村股份合作经济社于2020年在某公交车站东侧地块建设垃圾中转站,涉及土地面积88.5平方米。\n"
    )
    found = everything(page)
    assert found["doc_type"]["value"] == "penalty_decision"
    assert found["doc_type"]["confidence"] < 0.8


_SECOND_INSTANCE_HEADLINE = """裁判文书详情
范**与宜昌市国土资源局土地行政确认一案二审行政裁定书
审理经过
上诉人范**因诉宜昌市国土资源局土地行政确认一案,不服宜昌市点军区人民法院(2015)鄂点军行立初字第00005号行政裁定,向本院提起上诉。本院立案后,依法组成合议庭审理了本案。
本院认为,上诉人的起诉不符合法定起诉条件。依照《中华人民共和国行政诉讼法》第八十九条第一款第一项之规定,裁定如下:
驳回上诉,维持原裁定。
"""

_UNDER_COMMENTARY = """裁判要旨
1.行政机关违法拆除建筑物侵害信赖利益的,行政相对人获得的行政赔偿数额不应低于被拆除时的市场补偿价值。
注:在违法强拆行政赔偿的认定问题上,山东省高级人民法院(2017)鲁行终911号行政赔偿判决可资参考。
山东省莱州市人民法院
行 政 判 决 书
(2013)莱州行初字第6号
原告陈某红,女,汉族,住龙口市。
被告招远市国土资源局。住所地:招远市初山路110号。
原告陈某红因与被告招远市国土资源局行政赔偿一案,于2013年5月14日提起行政赔偿诉讼。
"""


def test_a_lawsuit_rulings_case_name_and_opening_sentence_name_its_sides() -> None:
    keys = party_keys(everything(_SECOND_INSTANCE_HEADLINE))
    assert ("plaintiff", "范**") in keys and ("defendant", "宜昌市国土资源局") in keys
    assert not {role for role, _ in keys} & {"applicant", "respondent"}


def test_a_judgment_printed_under_a_blogs_commentary_keeps_its_header() -> None:
    found = everything(_UNDER_COMMENTARY)
    assert found["title"]["value"] == "行政判决书"
    assert found["issuer"]["value"] == "山东省莱州市人民法院"
    assert found["doc_number"]["value"] == "(2013)莱州行初字第6号"
    assert party_keys(found) == {("plaintiff", "陈某红"), ("defendant", "招远市国土资源局")}


_APPEAL_WITHDRAWN = """海南省高级人民法院
行 政 裁 定 书
(2016)琼行终12号
上诉人某某房地产开发公司因其诉被上诉人澄迈县人民政府行政赔偿一案,不服海南省第一中级人民法院行政判决,向本院提起上诉。
本院经审查认为,上诉人撤回上诉的申请并未违反法律规定,应予准许。依照《中华人民共和国行政诉讼法》之规定,裁定如下:
准许上诉人某某房地产开发公司撤回上诉。
二审案件受理费50元,减半收取25元,由上诉人负担。
"""

_APPEAL_CUT = """湖北省宜昌市中级人民法院
行 政 裁 定 书
(2015)鄂宜昌中行终字第00088号
上诉人范**因诉宜昌市国土资源局土地行政确认一案,不服宜昌市点军区人民法院行政裁定,向本院提起上诉。
原审法院认为,起诉人在行政复议没有解决争议的情况下再次向法院起诉,属重复起诉。依照《最高人民法院关于执行〈中华人民共和国行政诉讼法〉若干问题的解释》第四十四条的规定,裁定不予受理起诉人范**的起诉。
上诉人范**上诉称:一、
"""


def test_leave_to_withdraw_an_appeal_is_withdrawn() -> None:
    """准许上诉人…撤回上诉 is the outcome, though 上诉 also words the appeal instructions."""
    assert everything(_APPEAL_WITHDRAWN)["ruling_type"]["value"] == "withdrawn"


def test_the_first_instance_ruling_retold_in_an_appeal_is_not_its_outcome() -> None:
    assert "ruling_type" not in everything(_APPEAL_CUT) or everything(_APPEAL_CUT)["ruling_type"] is None
