"""Parties the outcome names in full where the facts only counted them ("李某等5人"), on invented texts."""

from __future__ import annotations

import pytest
from plain_text_extraction import everything

_WITHDRAWN = """平川市中级人民法院
行政裁定书
(2014)平中行终字第00123号
上诉人平川市国土资源和规划局因被上诉人李某等5人诉其土地行政行为一案，不服原审判决，向本院提起上诉。
本院认为，被上诉人自愿申请撤回起诉，符合法律规定。裁定如下：
{outcome}
准许上诉人平川市国土资源和规划局撤回上诉。
二〇一四年五月二十六日
"""


def _parties(text: str) -> set[tuple[str, str]]:
    return {(p["role"], p["name"]) for p in everything(text).get("parties", [])}


@pytest.mark.parametrize(
    "outcome",
    [
        "准许被上诉人即原审原告李某、周某、郑二、孙某某、钱*撤回起诉。",
        "准许原审原告李某、周某、郑二、孙某某、钱*等五人撤回起诉。",
    ],
)
def test_plaintiffs_the_outcome_lists_are_parties(outcome: str) -> None:
    found = _parties(_WITHDRAWN.format(outcome=outcome))
    assert {("plaintiff", n) for n in ("李某", "周某", "郑二", "孙某某", "钱*")} <= found
    assert ("defendant", "平川市国土资源和规划局") in found


def test_a_judgment_dismissing_the_claims_names_each_plaintiff_once() -> None:
    text = (
        "平川县人民法院\n行政判决书\n(2019)平0102行初45号\n原告王某某等3人诉被告平川县人民政府土地征收一案，"
        "本院依法审理。\n判决如下：\n驳回原告王某某、赵某、钱某某的诉讼请求。\n二〇一九年十月八日\n"
    )
    names = [p["name"] for p in everything(text)["parties"] if p["role"] == "plaintiff"]
    assert sorted(names) == sorted(["王某某", "赵某", "钱某某"])


_LAWSUIT = (
    "平川县人民法院\n行政判决书\n(2015)平0102行初45号\n"
    "原告平川县某乡某村6组不服被告平川县人民政府林地行政处理决定一案，于2015年8月24日向本院提起行政诉讼。{story}"
    "本案现已审理终结。\n"
)


@pytest.mark.parametrize(
    ("story", "third_party"),
    [
        (
            "因平川县国有林场与本案有利害关系，本院通知其为第三人参加诉讼。第三人平川县国有林场经传票传唤无正当理由没有到庭。",
            "平川县国有林场",
        ),
        ("本院依法征求了第三人杨某果是否参加诉讼的意见。第三人杨某果表示不参加诉讼。", "杨某果"),
        (
            "原告代表人邱某及其委托代理人李某，第三人平川县某村宋家村民小组代表人宋某到庭参加诉讼。",
            "平川县某村宋家村民小组",
        ),
    ],
)
def test_a_third_party_named_only_in_the_account_of_the_proceedings(story: str, third_party: str) -> None:
    assert ("third_party", third_party) in _parties(_LAWSUIT.format(story=story))


def test_a_third_party_the_facts_mention_in_passing_is_no_name() -> None:
    story = "被告将争议林地划归第三人所有，第三人的村民进入原告的山场砍伐松树。"
    assert not {p for p in _parties(_LAWSUIT.format(story=story)) if p[0] == "third_party"}


def test_co_parties_after_a_comma_on_the_labels_line() -> None:
    text = (
        "平川县人民政府\n行政复议决定书\n平政复〔2025〕3号\n申请人:陈某清、陈某忠\n被申请人:平川县某镇人民政府\n"
        "第三人:陈某元,陈某胜、陈某书、王某凤\n申请人不服被申请人作出的行政裁决，向本机关申请行政复议。\n"
    )
    third = sorted(name for role, name in _parties(text) if role == "third_party")
    assert third == sorted(["陈某元", "陈某胜", "陈某书", "王某凤"])


def test_a_persons_description_after_the_comma_is_no_co_party() -> None:
    text = (
        "平川县人民政府\n行政复议决定书\n平政复〔2025〕3号\n申请人:陈某清,男,汉族、农民\n"
        "被申请人:平川县某镇人民政府\n申请人不服被申请人作出的行政裁决，向本机关申请行政复议。\n"
    )
    assert [n for r, n in _parties(text) if r == "applicant"] == ["陈某清"]


def test_a_petitions_sides_keep_their_first_instance_roles() -> None:
    text = (
        "平川省高级人民法院\n行政裁定书\n(2008)平法行再字第00012号\n当事人\n"
        "申诉人(一审原告，二审被上诉人)：平川市农机产品经销中心清算组（下称农机中心）。\n负责人：许某，组长。\n"
        "被申诉人（一审被告，二审上诉人）：平川县人民政府（下称县政府）。\n法定代表人：焦某，县长。\n"
        "一审第三人：平川市机动车检测站（下称检测站）。\n申诉人农机中心不服平川市中级人民法院的判决，向本院申诉。\n"
    )
    assert _parties(text) == {
        ("plaintiff", "平川市农机产品经销中心清算组"),
        ("defendant", "平川县人民政府"),
        ("third_party", "平川市机动车检测站"),
    }


def test_an_appeals_account_names_the_first_instance_sides_without_labels() -> None:
    text = (
        "裁判文书详情\n\n吕**与平川市人民政府行政裁决二审行政判决书\n\n审理经过\n\n"
        "吕*朝诉平川市人民政府土地行政裁决一案,平川市中级人民法院于2014年6月19日作出(2014)平行初字第7号行政判决。"
        "原审第三人平川市某镇杨桥村第三村民小组(以下简称“杨桥村三组”)不服,向本院提出上诉。"
        "上诉人杨桥村三组的诉讼代表人王某,被上诉人吕*朝及其委托代理人刘某,原审被告平川市人民政府的委托代理人章某"
        "出庭参加诉讼。本案现已审理终结。\n"
    )
    found = _parties(text)
    assert {("plaintiff", "吕*朝"), ("defendant", "平川市人民政府")} <= found
    assert ("third_party", "平川市某镇杨桥村第三村民小组") in found


def test_a_sides_short_name_is_not_a_party_of_its_own() -> None:
    text = (
        "平川市中级人民法院\n行政裁定书\n(1998)平行初字第5号\n原告平川市隆发房地产有限公司。\n被告平川市人民政府。\n"
        "1997年8月7日，平川市工商行政管理局登记注册平川市隆发房地产有限公司（以下简称隆发公司）。\n"
        "本院认为，原告的起诉不符合起诉条件。裁定如下:\n驳回原告隆发公司的起诉。\n"
    )
    assert ("plaintiff", "隆发公司") not in _parties(text)
    masked = "平川县人民法院\n行政裁定书\n(2022)平0102行审8号\n申请执行人:平川县税务局。\n被执行人:某公司。\n"
    masked += "平川县税务局向本院提出强制执行请求:对某公司(以下简称某公司)处以罚款。\n"
    assert ("respondent", "某公司") in _parties(masked)


def test_a_pages_party_heading_glued_to_the_first_sides_label() -> None:
    text = (
        "平川县人民法院\n行政判决书\n(2010)平行初字第9号\n当事人原告平川县某镇东村第六村民小组。\n负责人闫某，组长。\n"
        "被告平川县人民政府。\n原告不服被告作出的土地权属处理决定，向本院提起诉讼。\n"
    )
    found = _parties(text)
    assert ("plaintiff", "平川县某镇东村第六村民小组") in found
    assert not any(name.startswith("原告") for _, name in found)


def test_a_long_party_list_with_surnames_that_are_sentence_words_and_a_shared_agent() -> None:
    text = (
        "中华人民共和国最高人民法院\n行政裁定书\n(2017)最高法行申283号\n"
        "再审申请人（一审原告、二审上诉人）吉某武。\n再审申请人（一审原告、二审上诉人）于晶岩。\n"
        "再审申请人（一审原告、二审上诉人）向某文。\n诉讼代表人刘某。\n"
        "上述81位再审申请人的共同委托代理人杨某，北京某律师事务所律师。\n"
        "被申请人（一审被告、二审被上诉人）平川市人民政府。住所地：平川市人民大街1号。\n"
        "再审申请人刘某等81人因诉被申请人平川市人民政府征收补偿一案，不服判决，向本院申请再审。\n"
    )
    found = _parties(text)
    assert {("plaintiff", n) for n in ("吉某武", "于晶岩", "向某文")} <= found
    assert ("defendant", "平川市人民政府") in found


def test_a_name_under_a_label_alone_on_its_line() -> None:
    text = (
        "中华人民共和国最高人民法院\n行政判决书\n(1999)行终字第21号\n上诉人（一审原告）\n"
        "平川县某村一社（现为平川县某村五社）。\n法定代表人陈某，该社社长。\n"
        "被上诉人（一审被告）平川市人民政府，住所地：平川市人民路232号。\n"
        "被上诉人（一审第三人）平川县某村四社。\n上诉人不服平川市中级人民法院的判决，向本院提起上诉。\n"
    )
    assert _parties(text) == {
        ("plaintiff", "平川县某村一社"),
        ("defendant", "平川市人民政府"),
        ("third_party", "平川县某村四社"),
    }


def test_a_label_ocr_ran_onto_the_line_above_still_opens_its_names() -> None:
    text = (
        "平川县人民政府\n行政复议决定书\n平政复〔2025〕3号\n申请人:陈某清\n被申请人:平川县某镇人民政府\n"
        "法定代表人:钟某\n地址:平川县某镇新街\n委托代理人:俞某,该乡镇人民政府党委委员、武装部长第三人:陈某元,陈某胜、陈某书\n"
        + "申请人不服被申请人2025年4月2日作出的《平川县某镇人民政府行政裁决书》(平政决〔2025〕1号)申请复议。\n" * 3
    )
    third = sorted(name for role, name in _parties(text) if role == "third_party")
    assert third == sorted(["陈某元", "陈某胜", "陈某书"])


def test_a_label_joined_to_the_sides_later_role_by_a_comma_of_enumeration() -> None:
    text = (
        "中华人民共和国最高人民法院\n行政裁定书\n(2019)最高法行申100号\n"
        "再审申请人（一审原告、二审上诉人）：平川县某镇二村八组。\n再审被申请人（一审被告、二审被上诉人）：平川县人民政府。\n"
        "一审第三人、二审被上诉人：冀某雄，男，1949年12月9日出生，汉族。\n"
        "一审第三人、二审被上诉人：郭某，男，1983年1月21日出生，汉族。\n"
        "再审申请人因诉平川县人民政府林业行政登记一案，不服判决，向本院申请再审。\n"
    )
    third = sorted(name for role, name in _parties(text) if role == "third_party")
    assert third == sorted(["冀某雄", "郭某"])


def test_a_counted_list_described_in_the_same_clause() -> None:
    text = (
        "平川市平城区人民法院\n行政判决书\n(2003)平城行初字第8号\n"
        "原告宣某成等18人系平川市平城区卫宁巷1号的住户。被告平川市国土资源局于2002年作出土地登记。\n"
    )
    assert [n for r, n in _parties(text) if r == "plaintiff"] == ["宣某成"]


def test_a_side_named_only_in_the_sentence_of_who_appeared_ends_before_its_agent() -> None:
    text = (
        "某网站评论：两法院裁定意见相左，这让基层部门咋办?原告万某保诉被告龙华区农业农村局及第三人张某桂不履行法定职责"
        "一案，本院于"
        "2020年9月9日立案后，依法组成合议庭，公开开庭进行了审理。原告万某保的委托代理人周某文，被告龙华区农业农村局的"
        "委托代理人于某生，第三人张某桂、张某华及其共同委托代理人谢某平到庭参加诉讼。本案现已审理终结。\n"
        "原告万某保诉称：2002年1月12日，原告与第三人签订了《屋基转让协议》。\n"
    )
    found = _parties(text)
    assert {("plaintiff", "万某保"), ("defendant", "龙华区农业农村局"), ("third_party", "张某华")} <= found
    assert not any(name.endswith(("的", "及其共同")) for _, name in found)


def test_a_site_headline_that_glued_the_cause_to_a_side_yields_to_the_opening_sentence() -> None:
    text = (
        "王**与平川县石桥乡人民政府乡政府一审行政裁定书\n平川县人民法院\n行政裁定书\n(2015)平行初字第31号\n"
        "原告王**,男,1961年3月5日出生,汉族,住平川县石桥乡。\n"
        "本院在审理原告王**诉被告平川县石桥乡人民政府行政处理决定一案中，原告王**于2015年11月26日向本院提出"
        "撤回起诉申请。\n本院认为，原告的撤诉申请符合法律规定。裁定如下：\n准许原告王**撤回起诉。\n"
        "二〇一五年十一月三十日\n"
    )
    found = _parties(text)
    assert ("defendant", "平川县石桥乡人民政府") in found
    assert not any(name.endswith("乡政府") for _, name in found)


def test_a_case_cards_roleless_list_does_not_hide_the_party_block_of_the_full_text() -> None:
    text = (
        "(2013)平行初字第29号\n\n裁判日期: 2013-10-11\n\n案件名称\n\n"
        "李某莲诉平川市人民政府、市国土局行政赔偿纠纷一案一审行政赔偿判决书\n\n法院\n\n平川市中级人民法院\n\n"
        "当事人\n\n李某莲,平川市人民政府,平川市国土资源局\n\n案由\n\n全文\n\n"
        "李某莲诉平川市人民政府、市国土局行政赔偿纠纷一案一审行政赔偿判决书平川市中级人民法院行 政 赔 偿 判 决 书"
        "(2013)平行初字第29号原告李某莲。委托代理人曾某雄。被告平川市人民政府,住所地平川市东二巷2号。法定代表人周某斌,"
        "市长。被告平川市国土资源局,住所地平川市深圳路88号。法定代表人王某术,局长。原告李某莲诉称,"
    )
    found = _parties(text)
    assert {("defendant", "平川市人民政府"), ("defendant", "平川市国土资源局")} <= found
    assert ("defendant", "市国土局") not in found


def test_a_shared_agent_line_keeps_the_block_open_and_agents_who_appeared_are_no_parties() -> None:
    text = (
        "平川省高级人民法院\n行政判决书\n(2008)平行终字第3号\n当事人\n"
        "  上诉人(原审被告)平川市人民政府,住所地平川市龙昆北路19号。\n  法定代表人徐某先,市长。\n"
        "  上诉人(原审被告)平川市国土环境资源局,住所地平川市国贸二横路。\n  法定代表人林某勇,局长。\n"
        "  以上两上诉人的共同委托代理人符某刚、陈某义,平川市国土环境资源局干部。\n"
        "  被上诉人(原审原告)平川凯某房地产开发有限公司,住所地平川市国贸大道。\n  法定代表人李某正,董事长。\n"
        "  委托代理人陈某,该公司经理。\n"
        "上诉人平川市人民政府、平川市国土环境资源局因其与被上诉人平川凯某房地产开发有限公司土地行政管理纠纷一案,"
        "不服一审判决,向本院提起上诉。本院依法组成合议庭,公开开庭审理了本案。两上诉人的共同委托代理人符某刚,"
        "被上诉人的委托代理人陈某、王某平到庭参加了诉讼。本案现已审理终结。\n"
    )
    assert _parties(text) == {
        ("defendant", "平川市人民政府"),
        ("defendant", "平川市国土环境资源局"),
        ("plaintiff", "平川凯某房地产开发有限公司"),
    }
