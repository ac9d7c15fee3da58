"""A law database's page of a judgment (【审理法院】, 【当事人】, 【被告】 fields above the text), on invented
texts, read as text and as a scan: its field of defendants and the court's header under the case name."""

from __future__ import annotations

from plain_text_extraction import everything, party_keys

from extractors.backend.lines import continuations

_PAGE = """张某与平川县青山镇人民政府等土地行政强制纠纷上诉案
【审理法院】平川市中级人民法院
【案件字号】(2020)平10行终7号
【文书类型】判决书
【当事人】张某;平川县青山镇人民政府;平川县自然资源局
【当事人-个人】张某
原告张某
【被告】平川县青山镇人民政府;平川县自然资源局
【本院观点】根据《中华人民共和国行政诉讼法》第四十九条规定,提起行政诉讼应当有具体的诉讼请求和事实根据。
"""


def test_the_defendants_field_lists_each_defendant() -> None:
    assert party_keys(everything(_PAGE)) == {
        ("plaintiff", "张某"),
        ("defendant", "平川县青山镇人民政府"),
        ("defendant", "平川县自然资源局"),
    }


def test_the_field_listing_every_side_gives_no_roles() -> None:
    page = _PAGE.replace("原告张某\n", "").replace("【被告】平川县青山镇人民政府;平川县自然资源局\n", "")
    assert not {name for _, name in party_keys(everything(page))} & {"平川县自然资源局"}


def test_a_scans_court_line_under_a_full_width_case_name_starts_its_own_line() -> None:
    case_name = (78.0, 100.0, 516.0, 114.0)  # reaches the right margin
    court, title = (78.0, 124.0, 300.0, 138.0), (78.0, 148.0, 200.0, 162.0)
    texts = ["张某与平川县青山镇人民政府等土地行政强制纠纷上诉案", "平川市中级人民法院", "行政判决书"]
    assert continuations([case_name, court, title], texts) == [False, False, False]
    prose = ["申请人张某不服平川县青山镇人民政府作出的行政强制决定,向", "平川市中级人民法院提起上诉。"]
    assert continuations([case_name, court], prose) == [False, True]


def test_a_scan_line_that_starts_with_a_cited_numbers_year_continues_the_line_above() -> None:
    full, rest = (78.0, 100.0, 516.0, 114.0), (78.0, 124.0, 400.0, 138.0)
    texts = ["平川县城市管理行政执法局于2014年9月3日作出(平城管执)罚决字", "(2014)第282号限期拆除违法建设决定,认为…"]
    assert continuations([full, rest], texts) == [False, True]
    items = ["被告提交了下列证据:现场照片、询问笔录、勘验笔录、限期拆除决定书", "(2)限期拆除违法建设决定书1份;"]
    assert continuations([full, rest], items) == [False, False]


_FINDLAW = """裁判文书详情

原告李**与被告平川县青山镇人民政府第三人平川县青石建材厂案一审行政裁定书

审理经过

原告李建明诉被告平川县青山镇人民政府不履行法定职责一案,本院受理后,依法组成合议庭,公开开庭审理了本案。

原告诉称

原告李*明诉称,第三人在原告宅基地上搭建厂房,被告既不答复也不执法。
"""


def test_a_case_headline_names_its_third_party_and_the_suit_sentence_its_sides() -> None:
    assert party_keys(everything(_FINDLAW)) == {
        ("plaintiff", "李建明"),
        ("defendant", "平川县青山镇人民政府"),
        ("third_party", "平川县青石建材厂"),
    }


def test_a_suit_for_failing_to_act_names_plaintiff_and_defendant_without_a_headline() -> None:
    text = _FINDLAW.split("审理经过\n\n", 1)[1]
    assert party_keys(everything(text)) >= {("plaintiff", "李建明"), ("defendant", "平川县青山镇人民政府")}


def test_a_ruling_cut_to_its_facts_names_the_respondent_the_decision_was_made_on() -> None:
    text = (
        "审理经过\n\n申请人平川市城乡规划局于2015年2月6日对被申请人平川市青山房地产开发有限公司作出平规罚决字(2014)第06号"
        "行政处罚决定书,被申请人收到该决定书后,既不申请复议,也不提起诉讼,又未履行该处罚决定书内容,"
        "平川市城乡规划局向本院申请强制执行。\n"
    )
    assert ("respondent", "平川市青山房地产开发有限公司") in party_keys(everything(text))


def test_of_two_masked_spellings_of_the_respondent_the_one_showing_most_is_kept() -> None:
    text = (
        "申请人平川市城乡规划局于2015年2月6日对被申请人平**发有限公司作出平规罚决字(2014)第06号行政处罚决定书\n\n"
        "审理经过\n\n申请人平川市城乡规划局于2015年2月6日对被申请人平川市*山房**限公司作出平规罚决字(2014)第06号"
        "行政处罚决定书,被申请人收到该决定书后,既不申请复议,也不提起诉讼,平川市城乡规划局向本院申请强制执行。\n"
    )
    assert ("respondent", "平川市*山房**限公司") in party_keys(everything(text))
