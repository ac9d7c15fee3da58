"""A judgment database's record page (〔案由〕, 〔审理法院〕, 〔案件字号〕, 〔当事人〕, 〔原告〕, 〔被告〕 fields
without colons), as the twelfth batch showed one, on an invented case."""

from __future__ import annotations

from plain_text_extraction import everything, party_keys

_RECORD = """王某东与某某县人民政府、某某州人民政府草原行政确认及行政复议二审行政判决书
【案由】行政  行政行为种类  行政复议
【审理法院】青海省高级人民法院
【审结日期】2020.10.12
【案件字号】(2020)青行终80号
【审理程序】二审
【文书类型】判决书
【当事人】王某东;某某县人民政府;某某州人民政府;李某花
【当事人-个人】王某东李某花
【原告】王某东;李某花
【被告】某某县人民政府;某某州人民政府
【本院认为】本院认为,本案争议的焦点是某某县人民政府所作草原权属争议处理决定是否合法。
"""


def test_a_record_pages_fields_give_kind_number_court_and_sides() -> None:
    found = everything(_RECORD)
    assert found["doc_type"]["value"] == "court_judgment"
    assert found["doc_number"]["value"] == "(2020)青行终80号"
    assert found["issuer"]["value"] == "青海省高级人民法院"
    assert party_keys(found) == {
        ("plaintiff", "王某东"),
        ("plaintiff", "李某花"),
        ("defendant", "某某县人民政府"),
        ("defendant", "某某州人民政府"),
    }


_WRAPPED_CASE_NAME = """跳转到主要内容
(2015)沙法行非审字第00018号
裁判日期:2015-02-16
公开日期:2015-05-21
案件名称
重庆市沙坪坝区国土资源管理分局申请强制执行熊某均交出土地的决定
行政裁定书
法院
重庆市沙坪坝区人民法院
所属地区
重庆市
"""


def test_a_non_litigation_case_name_wrapped_before_its_kind_is_no_title() -> None:
    """A photo of a database page breaks the case name before 行政裁定书: the kind is the case's, the
    number under the skip link is the document's own."""
    found = everything(_WRAPPED_CASE_NAME)
    assert (found.get("title") or {}).get("value") is None
    assert found["doc_type"]["value"] == "court_ruling"
    assert found["doc_number"]["value"] == "(2015)沙法行非审字第00018号"
