"""Case books and law-database copies of court documents, on invented texts: numbers cited after a speaker's
or an agency's name, an old court number with its year inside, the court's own header under a case name, a
case book's two courts, and a retrial petition turned down."""

from __future__ import annotations

import pytest
from plain_text_extraction import everything

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
