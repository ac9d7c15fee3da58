"""Invented copies in the shapes of the sixteenth session's pages: a judgment summary whose opening sentence
names each defendant with its own label (原告A因认为被告B(以下简称“乙”)、被告C…), and write-ups whose story
puts 原告 before a noun phrase (原告养殖区属于…) or a list of goods (原告养殖的海产品主要有花蛤、冬蟹、虾蛄)."""

from __future__ import annotations

from plain_text_extraction import everything, party_keys


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
    assert party_keys(everything(text)) == {("plaintiff", "赵某")}


def test_a_double_surname_inside_the_story_is_still_a_person() -> None:
    text = """某县人民法院
行政判决书
原告欧阳明华,男,1970年5月出生。
被告某县自然资源局。
2016年5月,原告欧阳明华在承包地上建房,被告于2017年3月作出拆除决定。
"""
    assert ("plaintiff", "欧阳明华") in party_keys(everything(text))

