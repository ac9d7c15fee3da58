"""Party causes of the sixth real-document batch, on invented texts: a form that fills 当事人 with the
party's kind, a disclosure table copied cell by cell, and an appeal whose sides appear only in the
sentence of who came to court."""

from __future__ import annotations

from plain_text_extraction import everything, party_keys

from extractors.fields.party_case_sides import attendance_sides
from models.vocab import PartyRole

_KIND_FORM = """行政处罚决定书
临林罚决字〔2023〕17号
当事人:个人
姓名:王**,性别:女,
身份证号码:530102********2210
住所(住址):云南省临沧市双江县勐勐镇南等村
经依法查明,王**在未经批准的情况下擅自在集体林地内开垦种植茶叶,毁坏林木。
本机关决定对王**作出如下处罚:
"""

_UNIT_FORM = """行政处罚决定书
青自然资罚〔2022〕8号
当事人:单位
名称:青川县石坎砂石开采有限公司
统一社会信用代码:91510822MA62XK0Q3L
经查,青川县石坎砂石开采有限公司未取得采矿许可证擅自开采河砂。
"""

_CELL_TABLE = """行政相对人名称:
|
海丰县城东镇开发区东洲街道办事处
|
行政相对人类别:
|
法人及非法人组织
|
行政相对人代码:
|
统一社会信用代码 |
11441521007012345X |
工商注册号 |
- |
|
法定代表人:
|
陈某某
|
处罚决定书文号:
|
汕自然资执法〔2023〕5号
|
违法事实:
|
海丰县城东镇开发区东洲街道办事处未依法办理农转用手续,擅自占用土地建设广场,违反了《土地管理法》。
"""

_APPEAL = """行政判决书
审理经过
上诉人龙山县石门乡新寨村第三村民小组(以下简称三组)、彭**因林业行政裁决一案,不服龙山县人民法院2016年5月9日作出的(2016)湘3130行初12号行政判决,向本院提起上诉。本院依法组成合议庭,公开开庭审理了本案。上诉人三组的诉讼代表人彭**,上诉人彭**及其委托代理人田某某,被上诉人龙山县人民政府(以下简称县政府)的委托代理人向某,原审第三人龙山县石门乡新寨村第五村民小组(以下简称五组)的诉讼代表人彭某到庭参加诉讼。本案现已审理终结。
"""


def test_kind_in_party_label_takes_name_from_its_own_field() -> None:
    found = everything(_KIND_FORM)
    assert party_keys(found) == {("party", "王**")}
    assert found["parties"][0]["address"] == "云南省临沧市双江县勐勐镇南等村"


def test_unit_kind_takes_company_name_field() -> None:
    assert party_keys(everything(_UNIT_FORM)) == {("party", "青川县石坎砂石开采有限公司")}


def test_table_cell_under_its_label_is_no_fact_line() -> None:
    found = everything(_CELL_TABLE)
    assert party_keys(found) == {("party", "海丰县城东镇开发区东洲街道办事处")}


def test_other_field_of_the_same_label_is_no_party() -> None:
    found = everything(_CELL_TABLE.replace("开发区东洲街道办事处", "人民政府"))
    assert party_keys(found) == {("party", "海丰县城东镇人民政府")}


def test_attendance_sentence_names_respondent_and_third_party() -> None:
    sides = {(s.role, s.name) for s in attendance_sides(_APPEAL, 0, len(_APPEAL))}
    assert (PartyRole.DEFENDANT, "龙山县人民政府") in sides
    assert (PartyRole.THIRD_PARTY, "龙山县石门乡新寨村第五村民小组") in sides
    assert {name for _, name in sides} & {"三组", "五组", "县政府"} == set()


def test_appeal_without_party_block_gets_every_side() -> None:
    keys = party_keys(everything(_APPEAL))
    assert ("defendant", "龙山县人民政府") in keys
    assert ("third_party", "龙山县石门乡新寨村第五村民小组") in keys
    assert ("plaintiff", "龙山县石门乡新寨村第三村民小组") in keys
    assert not any(name in ("三组", "五组", "县政府") for _, name in keys)


def test_attendance_sentence_is_not_read_without_a_lawsuit_side() -> None:
    text = "行政复议决定书\n申请人:张某\n被申请人:某县人民政府\n被告某县人民政府的委托代理人李某到庭参加诉讼。\n"
    keys = party_keys(everything(text))
    assert ("defendant", "某县人民政府") not in keys


_PUBLICITY = """行政处罚决定公示(〔2023〕15号)

行政处罚当事人基本情况:若羌县昆仑石材有限公司新疆若羌县瓦石峡镇石材加工区三号采石场

违法事实:该公司于2022年3月至2023年5月在若羌县瓦石峡镇未经批准非法占用草原堆放石料。

处罚依据:《中华人民共和国草原法》第六十五条。
"""


def test_publicity_basic_info_label_names_company_without_its_site() -> None:
    assert party_keys(everything(_PUBLICITY)) == {("party", "若羌县昆仑石材有限公司")}


def test_company_branch_named_after_a_province_stays_whole() -> None:
    text = "行政处罚决定书\n当事人:中兴石材有限公司新疆分公司\n经查,该公司未经批准非法占用草原。\n"
    assert party_keys(everything(text)) == {("party", "中兴石材有限公司新疆分公司")}


def test_next_disclosure_row_glued_by_ocr_is_cut_off() -> None:
    text = (
        "行政处罚决定信息公开\n行政相对人名称:根河市金**林场行政相对人类型:法人及非法人组织\n"
        "违法事实:该林场未经批准擅自改变林地用途。\n"
    )
    assert party_keys(everything(text)) == {("party", "根河市金**林场")}


_CASE_PAGE = """某某县某某镇某某村民委员会非法占地案
发布时间:2024-01-2910:56
信息来源:市自然资源和规划局
访问次数:
字体大小:
行政处罚决定书文号:某自然资规罚字(2024)1号
被处罚单位(被处罚人):某某县某某镇某某村民委员会
法定代表人(或单位负责人):蒋*
案由:非法占用土地
经查:2021年6月，某某县某某镇某某村民委员会未经依法批准在某某镇动工建造抽水房。
"""


def test_case_page_number_row_does_not_hide_the_party_row_in_page_metadata() -> None:
    found = everything(_CASE_PAGE)
    assert party_keys(found) == {("party", "某某县某某镇某某村民委员会")}
    assert found["doc_number"]["value"] == "某自然资规罚字(2024)1号"


def test_branch_named_after_its_province_stays_whole() -> None:
    text = "行政处罚决定书\n当事人:华融资产管理股份有限公司海南省分公司\n经查,该公司未经批准非法占用土地。\n"
    assert party_keys(everything(text)) == {("party", "华融资产管理股份有限公司海南省分公司")}
