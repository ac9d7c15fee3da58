"""Invented copies in the shapes of the sixteenth session's pages: a judgment summary whose opening sentence
names each defendant with its own label (原告A因认为被告B(以下简称“乙”)、被告C…), and write-ups whose story
puts 原告 before a noun phrase (原告养殖区属于…) or a list of goods (原告养殖的海产品主要有花蛤、冬蟹、虾蛄)."""

from __future__ import annotations

from plain_text_extraction import everything, party_keys

from extractors.fields.party_mentions import placed


def test_each_defendant_keeps_its_own_label_in_the_opening_sentence() -> None:
    text = """合肥市包河区人民法院
(2019)皖0111行初5号
案由行政强制
案件概述
原告杨某成因认为被告合肥市包河区大圩镇人民政府(以下简称“大圩镇政府”)、被告合肥市包河区城市管理行政执法局(以下简称“包河区城管局”)对其看护房强制拆除的行为违法,于2019年1月3日向本院提起行政诉讼。本院受理后,依法组成合议庭,公开开庭审理了本案。
"""
    assert party_keys(everything(text)) == {
        ("plaintiff", "杨某成"),
        ("defendant", "合肥市包河区大圩镇人民政府"),
        ("defendant", "合肥市包河区城市管理行政执法局"),
    }


def test_a_label_inside_the_story_names_no_one_nor_the_list_after_it() -> None:
    text = """赵某等人诉某海洋渔业局行政处罚纠纷案
案情简介:
原告赵某等人诉称自2009年两原告合伙经营海参养殖厂。2016年6月14日被告作出岚海渔处罚(2016)001号行政处罚决定书。首先,原告养殖区属于日照钢铁精品基地建设征用海域内的补偿范围,正处于待补偿阶段。长期以来,原告养殖的海产品主要有花蛤、冬蟹、虾蛄、海蛏等,年均产量达1000多吨。
"""
    assert party_keys(everything(text)) == {("plaintiff", "赵某"), ("defendant", "某海洋渔业局")}


def test_a_double_surname_inside_the_story_is_still_a_person() -> None:
    text = """某县人民法院
行政判决书
原告欧阳明华,男,1970年5月出生。
被告某县自然资源局。
2016年5月,原告欧阳明华在承包地上建房,被告于2017年3月作出拆除决定。
"""
    assert ("plaintiff", "欧阳明华") in party_keys(everything(text))


def test_a_write_up_titled_by_its_suit_names_the_sides_as_the_body_introduces_them() -> None:
    text = """海丽国际高尔夫球场有限公司诉国家海洋局环保行政处罚案
(一)基本案情
广东省海丰县海丽国际高尔夫球场有限公司(以下简称海丽公司)与海丰县人民政府(以下简称县政府)签订合同。2010年3月19日,海监部门在执法检查中发现该公司未取得海域使用权证擅自建设涉案弧形护堤。经逐级上报,国家海洋局立案审查。
"""
    assert party_keys(everything(text)) == {
        ("plaintiff", "广东省海丰县海丽国际高尔夫球场有限公司"),
        ("defendant", "国家海洋局"),
    }


def test_a_sentence_about_the_sides_ends_the_last_name_at_its_copula() -> None:
    text = """您当前所在位置: 首页 > 审判业务 > 案例指导
原告刘某、靳某诉被告烟台某农业与海洋渔业局海事行政赔偿纠纷案
  【基本案情】
  原告刘某、靳某系夫妻关系,以从事海上养殖为业。2014年被告发布《通告》,要求养殖业户限期清理养殖设施。
"""
    names = {name for role, name in party_keys(everything(text)) if role == "plaintiff"}
    assert names == {"刘某", "靳某"}


def test_the_full_spelling_may_open_the_text() -> None:
    """The places before a name are counted inside the text: a spelling at its very start is whole."""
    found = placed("海丽国际有限公司", "海丰县海丽国际有限公司(以下简称海丽公司)与县政府签订合同")
    assert found is not None and (found.name, found.start) == ("海丰县海丽国际有限公司", 0)
