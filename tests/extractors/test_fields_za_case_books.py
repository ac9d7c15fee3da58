"""Case books and law-database copies of court documents, on invented texts: numbers cited after a speaker's
or an agency's name, an old court number with its year inside, the court's own header under a case name, a
case book's two courts, and a retrial petition turned down."""

from __future__ import annotations

import pytest
from plain_text_extraction import everything

from extractors import run_on
from extractors.fields.numbers import canonical_doc_number


def _refs(text: str) -> list[str]:
    return [r["doc_number"] for r in everything(text).get("references", [])]


_HEAD = (
    "平川市中级人民法院\n行政判决书\n(2004)平行终字第91号\n"
    "上诉人(原审原告)张某某，男，住平川市。\n被上诉人(原审被告)平川市国土资源局。\n"
)


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("被告提交了河南省水利厅豫水管字(1995)24号批复。", "豫水管字(1995)24号"),
        ("原告称平川拆裁(2002)17号裁决违法。", "平川拆裁(2002)17号"),
        ("原告请求审查平川拆裁(2002)18号裁决。", "平川拆裁(2002)18号"),
        ("被告于1996年张贴(1996)平迁执告字9号公告。", "(1996)平迁执告字9号"),
    ],
)
def test_a_speakers_or_agencys_words_are_no_part_of_a_cited_number(sentence: str, number: str) -> None:
    refs = _refs(_HEAD + "    " + sentence + "\n")
    assert [canonical_doc_number(r) for r in refs] == [canonical_doc_number(number)]


def test_an_old_court_number_with_its_year_inside_is_the_same_number() -> None:
    assert canonical_doc_number("平一中行终字（2003）第78号") == canonical_doc_number("（2003）平一中行终字第78号")
    assert canonical_doc_number("平国土罚字(2016)第12号") == "平国土罚字(2016)12号"


def test_a_certificate_named_after_its_number_is_evidence() -> None:
    assert _refs(_HEAD + "    证据12、建竣备[2003]035号平川市建设工程竣工验收备案登记证。\n") == []


_UNDER_CASE_NAME = """钟某某诉平川市政府土地行政征收二审行政裁定书
【法宝引证码】CLI.C.117801176
声明
平川省高级人民法院
非诉讼行政执行裁定书
(2019)平行终1015号
上诉人（一审原告）钟某某，女，住平川市。
被上诉人（一审被告）平川市人民政府。
本院经审查认为，上诉人的起诉不符合法定起诉条件。依照有关规定，裁定如下：
驳回上诉，维持原裁定。
"""


def test_the_courts_own_header_under_a_case_name() -> None:
    found = everything(_UNDER_CASE_NAME)
    assert found["title"]["value"] == "非诉讼行政执行裁定书"
    assert found["issuer"]["value"] == "平川省高级人民法院"


_CASE_BOOK = """平某某不服平川市城市管理执法局拆除违法建筑物决定案
　　一审判决书：平川市新市区人民法院（2003）平新行初字第12号。
　　二审判决书：平川市中级人民法院（2004）平行终字第25号。
　　诉讼双方
　　上诉人（原审被告）：平川市新市区城市管理执法局。
　　被上诉人（原审原告）：平某某，男，住平川市。
　　一审法院：平川市新市区人民法院。
　　二审法院：平川市中级人民法院。
　　二审法院经审理查明，被上诉人的房屋系其私人所有。
"""


def test_a_case_books_two_courts_and_its_field_labels() -> None:
    found = everything(_CASE_BOOK)
    assert "title" not in found
    assert found["issuer"]["value"] == "平川市中级人民法院"


def test_a_retrial_petition_turned_down_is_no_refused_enforcement() -> None:
    text = (
        "平川省高级人民法院\n行政裁定书\n(2017)平行申214号\n再审申请人（一审原告、二审上诉人）张某，男，住平川市。\n"
        "被申请人（一审被告、二审被上诉人）平川市人民政府。\n"
        "　　综上，张某的再审申请不符合《中华人民共和国行政诉讼法》第九十一条规定的情形。依照有关规定，裁定如下：\n"
        "　　驳回再审申请人张某的再审申请。\n"
    )
    assert "ruling_type" not in everything(text)


def test_a_1990s_number_with_a_two_digit_year() -> None:
    text = _HEAD + (
        "    1999年4月2日，平川街道监察队以(平)立字(99)第023号立案，同日作出(平)改字(99)(049)号通知，"
        "1999年4月16日作出(平)拆字(99)第023号强制拆除决定书。\n"
    )
    assert sorted(canonical_doc_number(r) for r in _refs(text)) == sorted(
        canonical_doc_number(n) for n in ("(平)立字(99)第023号", "(平)改字(99)(049)号", "(平)拆字(99)第023号")
    )


def test_what_a_site_left_of_a_broken_number_is_no_reference() -> None:
    text = _HEAD + "    维持平川市水利局1997年5月15日作出的平水（1997）~字第01号处罚决定。\n"
    assert not any(canonical_doc_number(r) == "字01号" for r in _refs(text))


def test_a_letter_whose_number_runs_on_is_no_title_in_a_one_line_copy() -> None:
    line = (
        "原告:张某,男,住平川市。被告:平川市新市区城市管理执法局。2004年4月19日,根据市规划局平新规函字[2004]025号函中所称"
        "“阿勒泰路亚中机电市场对面,有一违法建筑”,被告经调查核实后作出限期拆除决定,原告逾期未拆除,被告依法组织强制拆除。"
        "被告辩称:原告不具有起诉主体资格,强制拆除房屋符合法定程序。被告的行政行为认定事实清楚,证据确凿,适用法律正确,"
        "程序合法,请求人民法院依法驳回原告的全部诉讼请求。"
    )
    at = line.index("字[2004]")
    assert at not in run_on.breaks(line)


def test_co_petitioners_shared_agent_does_not_end_the_party_block() -> None:
    text = (
        "中华人民共和国最高人民法院\n行政裁定书\n(2019)最高法行申8858号\n当事人\n"
        "　　再审申请人（一审原告、二审上诉人）仇某进。\n　　再审申请人（一审原告、二审上诉人）仇某新。\n"
        "　　以上二位再审申请人的共同委托代理人李某，平川某律师事务所律师。\n"
        "　　被申请人（一审被告、二审被上诉人）平川省信宜市人民政府。\n　　法定代表人王某。\n"
        "　　原审第三人平川省信宜市某某磨具厂。\n"
        "　　仇某进、仇某新因诉平川省信宜市人民政府土地登记一案，不服平川省高级人民法院行政判决，向本院申请再审。\n"
    )
    keys = {(p["role"], p["name"]) for p in everything(text).get("parties", [])}
    assert ("defendant", "平川省信宜市人民政府") in keys and ("third_party", "平川省信宜市某某磨具厂") in keys


_TWO_INSTANCE_BOOK = """　　诉讼双方
　　原告（被上诉人）：张某纪，男，39岁，汉族，农民，住平川市某村。
　　委托代理人：邓某，平川某公司干部。
　　被告（上诉人）：平川市水利局。
　　法定代表人：王某，局长。
　　二审委托代理人：武某，该局水政科科长。
　　第三人（被上诉人）：平川市某区水利局。
　　法定代表人：起某，局长。
　　审级：二审。
　　平川市某区人民法院经审理查明：原告于1995年12月18日与村委会签订了砂场承包合同。
"""


def test_a_second_instance_agent_does_not_end_the_party_block() -> None:
    keys = {(p["role"], p["name"]) for p in everything(_TWO_INSTANCE_BOOK).get("parties", [])}
    assert ("third_party", "平川市某区水利局") in keys


def test_an_older_retrial_label_names_the_petitioner() -> None:
    text = (
        "中华人民共和国最高人民法院\n行政判决书\n(2012)行提字第17号\n"
        "　　申请再审人(一审原告、二审被上诉人)于某楚，男，汉族，1956年12月3日生，住平川省平川市。\n"
        "　　被申请人(一审被告、二审上诉人)平川市住房和城乡建设局。\n"
        "　　申请再审人于某楚因诉平川市住房和城乡建设局强制拆迁一案，不服平川省高级人民法院行政判决，向本院申请再审。\n"
    )
    keys = {(p["role"], p["name"]) for p in everything(text).get("parties", [])}
    assert ("plaintiff", "于某楚") in keys


def test_a_case_cards_keywords_line_names_no_party() -> None:
    card = (
        "案件类型：\n行政二审\n\n审理程序：\n二审\n\n权责关键词：\n"
        "行政处罚 合法 违法 罚款 管辖 第三人 证据确凿 维持原判\n中国裁判文书网\n法宝类案检索\n\n"
    )
    names = {p["name"] for p in everything(card + _TWO_INSTANCE_BOOK).get("parties", [])}
    assert not any("证据确凿" in name for name in names)


def test_a_field_row_under_an_empty_metadata_label_stays_a_field_row() -> None:
    text = (
        "平川市某街道办事处 行政处罚决定书 平街办行罚决〔2025〕007号\n"
        "  发布时间:2025-07-22\n  信息来源:平川市某办事处\n  【字体:\n"
        "当事人:卢** 居民身份证号码:42**************35\n住(地)址:平川市某办事处********号\n"
        "根据上级部门移送,本机关于2025年6月25日对你(单位)涉嫌未取得《建设工程规划许可证》房屋改建的行为予以立案调查。\n"
    )
    assert ("party", "卢**") in {(p["role"], p["name"]) for p in everything(text).get("parties", [])}


def test_a_case_books_agents_of_both_instances_and_its_last_instances_date() -> None:
    text = (
        "车某不服平川市郊区规划管理处颁发建设工程规划许可证案\n诉讼双方\n"
        "　　原告（被上诉人）：车某，女，61岁，汉族，平川市人。\n　　一、二审委托代理人：崔某，系原告之女。\n"
        "　　被告（上诉人）：平川市郊区规划管理处。\n　　法定代表人：谢某，处长。\n"
        "　　一、二审委托代理人：段某，郊区规划处工作人员。\n"
        "　　第三人（上诉人）：陈某惠，男，50岁，汉族，平川市人。\n　　审级：二审。\n"
        "　　审结时间\n　　一审审结时间：1993年9月29日。\n　　二审审结时间：1993年12月24日。\n"
    )
    found = everything(text)
    assert {(p["role"], p["name"]) for p in found["parties"]} == {
        ("plaintiff", "车某"),
        ("defendant", "平川市郊区规划管理处"),
        ("third_party", "陈某惠"),
    }
    assert found["issue_date"]["value"] == "1993-12-24"
