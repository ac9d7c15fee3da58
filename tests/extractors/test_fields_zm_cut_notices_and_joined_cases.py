"""Invented copies in the shapes the fourteenth session's real pages showed: a town's penalty notice whose copy
starts at its party form (姓名 over 证件类型及号码 lines) and stops before the rights paragraph, a 复议 respondent
with its former name in brackets, and an appeal against two joined first-instance judgments that print their
serials together."""

from __future__ import annotations

from plain_text_extraction import everything, party_keys, reference_numbers

_CUT_NOTICE = """当事人:
姓名:梁志坚
证件类型及号码:身份证4420001968********
住址:广东省南海市**镇**路**号
姓名:梁志明
证件类型及号码:身份证4420001971********
住址:广东省南海市**镇**路**号
由本单位立案调查你们涉嫌未取得建设工程规划许可证进行建设一案,已经调查终结。依据《中华人民共和国行政处罚法》第四十四条的规定,现将本单位拟作出行政处罚的事实、理由、依据及处罚内容告知如下:
2024年3月5日对梁志坚、梁志明未取得建设工程规划许可证进行建设立案调查。经核查,当事人于2021年间在南海市西樵镇兴业路8号建设厂房一幢,建筑面积1200.5平方米。
以上事实"""


def test_a_notice_cut_before_its_rights_paragraph_is_still_a_notice() -> None:
    assert everything(_CUT_NOTICE)["doc_type"]["value"] == "penalty_notice"


def test_form_rows_over_certificate_lines_name_each_person_once() -> None:
    found = everything(_CUT_NOTICE)
    assert party_keys(found) == {("party", "梁志坚"), ("party", "梁志明")}
    ids = {p["name"]: p.get("id_number") for p in found["parties"]}
    assert ids == {"梁志坚": "4420001968********", "梁志明": "4420001971********"}


_JOINED_APPEAL = """裁判文书详情

陈**与北岭市城乡规划局城乡规划管理行政强制决定纠纷二审行政判决书

审理经过

上诉人陈**因与被上诉人北岭市城乡规划局城乡规划管理行政强制决定纠纷两案,不服南川市人民法院(2015)江南法行初字第12、13号行政判决,向本院提起上诉。本院依法组成合议庭审理了两案,现已审理终结。

陈**向原审法院提起两案诉讼,均请求:撤销北岭市规划局作出的北规执(2014)3号《行政强制执行决定书》。
"""


def test_joined_cases_serials_printed_together_are_one_reference() -> None:
    found = everything(_JOINED_APPEAL)
    assert reference_numbers(found) == {"(2015)江南法行初字第12、13号", "北规执(2014)3号"}


_RENAMED_RESPONDENT = """东海市人民政府
行政复议决定书
东政复决〔2021〕88号
申请人:林**,男,1969年5月出生,住东海市西港区。
被申请人:东海市西港区城市管理局(前东海市西港区城市管理行政执法局),住所地东海市西港区滨湖路1号。
法定代表人:赵明,局长。
申请人不服被申请人作出的西城管罚决〔2020〕56号行政处罚决定,于2021年1月8日向本机关申请行政复议,本机关依法予以受理。
"""


def test_a_bracket_naming_the_agencys_former_name_is_no_part_of_its_name() -> None:
    found = everything(_RENAMED_RESPONDENT)
    assert party_keys(found) == {("applicant", "林**"), ("respondent", "东海市西港区城市管理局")}
