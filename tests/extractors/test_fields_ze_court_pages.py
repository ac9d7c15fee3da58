"""Judgments on building and planning cases as judgment databases and PDFs print them, on invented texts:
appeals named by a headline only, sides a site masks in one place and not another, a court's header split by
a page break, case records wrapped over several lines."""

from __future__ import annotations

import pytest
from plain_text_extraction import everything, party_keys


def test_sides_named_in_sentences_and_by_a_short_name_leave_the_headline_its_say() -> None:
    text = (
        "裁判文书详情\n\n徐**与平川市上城区城市管理行政执法局行政强制一审行政判决书\n\n审理经过\n\n"
        "徐**不服平川市上城区城市管理行政执法局(以下简称区执法局)强制拆除房屋的行为,于2015年8月14日向本院提起诉讼。"
        "原告徐**于同年9月25日申请变更起诉内容。同年11月16日本院公开开庭审理了本案。原告徐**的委托代理人裘**、"
        "被告区执法局的委托代理人陈**到庭参加诉讼。被告区执法局副局长方**作为被诉行政机关负责人出庭应诉。\n\n"
        "被告区执法局于2015年4月28日对原告徐**作出处罚决定。\n"
    )
    assert party_keys(everything(text)) == {("plaintiff", "徐**"), ("defendant", "平川市上城区城市管理行政执法局")}


def test_co_defendants_under_a_farms_operator_and_a_towns_officer() -> None:
    text = (
        "浙江省平川縣行政判決書\n(2019)浙0326行初14號\n"
        "原告平川縣張某豐家庭農場,注冊號330329603023045,個人經營。\n經營人張某豐,男,1965年2月4日出生,漢族。\n"
        "被告平川縣三魁鎮人民政府,住所地浙江省平川縣三魁鎮魁中路9號。\n法定代表人何某漫,鎮長。\n"
        "行政負責人夏某敏,該鎮副鎮長。\n被告平川縣人民政府,住所地浙江省平川縣羅陽鎮東大街6號。\n"
        "原告平川縣張某豐家庭農場不服被告作出的行政行為,於2019年3月1日向本院提起行政訴訟。\n"
    )
    found = everything(text)
    assert found["title"]["value"] == "行政判决书"  # the court's place printed without 人民法院 is no part of it
    assert party_keys(found) == {
        ("plaintiff", "平川县张某丰家庭农场"),
        ("defendant", "平川县三魁镇人民政府"),
        ("defendant", "平川县人民政府"),
    }


@pytest.mark.parametrize(
    ("headline", "opening", "expected"),
    [
        (
            "平川市江干区城市管理行政执法局与陈**一案二审行政判决书",
            "上诉人陈**因城管行政处罚一案,不服平川市江干区人民法院(2015)杭江行初字第19号行政判决,向本院提起上诉。",
            {("plaintiff", "陈**"), ("defendant", "平川市江干区城市管理行政执法局")},
        ),
        (
            "陈**与平川市萧山区人民政府城厢街道办事处行政强制二审行政判决书",
            "上诉人陈**因诉平川市**道办事处强制拆除一案,不服平川市萧山区人民法院行政判决,向本院提起上诉。",
            {("plaintiff", "陈**"), ("defendant", "平川市萧山区人民政府城厢街道办事处")},
        ),
        (
            "吕**与平川市人民政府行政裁决二审行政判决书",
            "吕*朝诉平川市人民政府土地行政裁决一案,平川**民法院于2014年6月19日作出(2014)浙杭行初字第7号行政判决。",
            {("plaintiff", "吕*朝"), ("defendant", "平川市人民政府")},
        ),
    ],
)
def test_an_appeals_headline_names_its_sides_once(headline: str, opening: str, expected: set) -> None:
    text = f"裁判文书详情\n\n{headline}\n\n审理经过\n\n{opening}本院依法组成合议庭对本案进行了审理。\n"
    assert party_keys(everything(text)) == expected


_PAGE_BREAK = """1. 首页
裁判要旨
平川市综合行政执法局称案涉《责令限期拆除违法建筑决定书》既是行政决定,又是行政强制执行决定。
裁判文书
平川省高级人民法院
— 1 —
行 政 裁 定 书
(2019)浙行再27号
再审申请人(一审被告、二审上诉人)平川市综合行政执法局,住所地平川市解放北路35号。
法定代表人徐某璋,局长。
再审被申请人(一审原告、二审被上诉人)平川中某建设有限公司,住所地平川市。
"""

_WRAPPED_RECORD = """网站地图 / 渔业行政执行
平川市龙腾水产合作社与平川市新华区城市管理综合执法局行政执行二审行政判决书
结案日期:2015年3月9日 案由:渔业行政执行 当事人:平
川市龙腾水产合作社 平川市新华区城市管理综合执法局 案号:(2015)平行终字第00057号 经办法院:平川省平川
市中级人民法院
当事人信息
上诉人(原审被告)平川市新华区城市管理综合执法局,住所地平川市新华区康乐街1号。
法定代表人李某进,局长。
被上诉人(原审原告)平川市龙腾水产合作社,地址平川市新华区西三庄乡。
法定代表人闫某兰,理事长。
诉讼记录
上诉人平川市新华区城市管理综合执法局因与被上诉人平川市龙腾水产合作社行政执行一案,不服一审判决,向本院提起上诉。
"""


def test_a_page_number_between_the_courts_name_and_its_title() -> None:
    found = everything(_PAGE_BREAK)
    assert found["doc_type"]["value"] == "court_ruling"
    assert found["title"]["value"] == "行政裁定书"
    assert found["issuer"]["value"] == "平川省高级人民法院"


def test_a_case_record_wrapped_over_lines_hides_neither_the_block_nor_the_court() -> None:
    found = everything(_WRAPPED_RECORD)
    assert party_keys(found) == {
        ("defendant", "平川市新华区城市管理综合执法局"),
        ("plaintiff", "平川市龙腾水产合作社"),
    }
    assert found["issuer"]["value"] == "平川省平川市中级人民法院"


def test_a_party_block_name_a_site_cut_at_its_start_takes_the_texts_whole_spelling() -> None:
    text = (
        "杨某不服林州市城郊乡人民政府强制拆除行为一审行政判决书\n\n行 政 判 决 书\n\n(2014)林行初字第1号\n\n"
        "原告杨某,男,汉族,1966年5月17日出生。\n\n被告州市城郊乡人民政府\n\n法定代表人赵某,男。\n\n"
        "原告杨某不服被告林州市城郊乡人民政府强制拆除行为,于2014年1月3日向本院提起行政诉讼。\n"
    )
    assert party_keys(everything(text)) == {("plaintiff", "杨某"), ("defendant", "林州市城郊乡人民政府")}
