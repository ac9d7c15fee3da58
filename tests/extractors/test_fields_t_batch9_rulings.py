"""Shapes of the ninth batch (non-litigation enforcement rulings), on invented texts: a judgment database's
one-line case record, a mask printed in lower case, and an applicant's name followed by 就被申请人."""

from __future__ import annotations

from plain_text_extraction import everything, party_keys

_RECORD_LINE = (
    "结案日期:2017年10月31日 案由:渔业行政执行 当事人:某某市农业局 朱某刚 某某市渔政监督管理站 "
    "案号:(2017)鄂0582行初14号 经办法院:湖北省当阳市人民法院"
)
_RECORD = f"""朱某刚与某某市渔政监督管理站、某某市农业局渔业行政管理一审行政判决书

{_RECORD_LINE}

当事人信息

原告:朱某刚,男,1972年11月23日出生,住当阳市。

被告:某某市渔政监督管理站,住所地当阳市长坂路131号。

被告:某某市农业局,住所地当阳市玉阳路8号。
"""

_LOWER_MASK = """陕西省西安市某某区人民法院
行 政 裁 定 书
(2023)陕0112行审5号
申请执行人:国家税务总局西安市xx稽查局,住所地西安市某路1号。
被执行人:西安xx公司,住所地西安市某区某路2号。
申请执行人国家税务总局西安市xx稽查局于2023年3月1日向本院申请强制执行昌税稽处〔2022〕11号税务处理决定。
"""

_ABOUT_RESPONDENT = """河南省驻马店市驿城区人民法院
行 政 裁 定 书
(2015)驿行审字第9号
申请执行人驻马店市驿城区人民政府就被申请人驻马店市驿城区某某养殖有限公司不履行驿政〔2014〕37号限期拆除决定一案,向本院申请强制执行。
"""


def test_a_case_records_party_list_and_court_field_are_no_parties() -> None:
    found = everything(_RECORD)
    assert party_keys(found) == {
        ("plaintiff", "朱某刚"),
        ("defendant", "某某市渔政监督管理站"),
        ("defendant", "某某市农业局"),
    }
    assert found["issue_date"]["value"] == "2017-10-31"  # the record's 结案日期 dates the judgment
    assert found["issuer"]["value"] == "湖北省当阳市人民法院"


def test_a_lower_case_mask_is_kept_as_printed() -> None:
    keys = party_keys(everything(_LOWER_MASK))
    assert keys == {("applicant", "国家税务总局西安市xx稽查局"), ("respondent", "西安xx公司")}


def test_an_applicant_ends_before_the_respondent_it_names() -> None:
    keys = party_keys(everything(_ABOUT_RESPONDENT))
    assert ("applicant", "驻马店市驿城区人民政府") in keys


def test_a_second_ruling_in_the_same_case_keeps_its_suffix() -> None:
    text = "四川省广安市前锋区人民法院\n行 政 裁 定 书\n(2017)川1603行审38号之一\n申请执行人邻水县国土资源局。\n"
    assert everything(text)["doc_number"]["value"] == "(2017)川1603行审38号之一"


def test_a_verb_or_passive_before_a_cited_number_is_not_its_prefix() -> None:
    text = (
        "云南省易门县人民法院\n行 政 裁 定 书\n(2020)云0425行审43号\n申请执行人易门县自然资源局。\n"
        "申请执行人于2020年9月向本院提交易自然资罚申字(2020)30号强制执行申请书。\n"
        "申请人不服被鲁政复决字(2014)98号复议决定。\n"
    )
    cited = {r["doc_number"] for r in everything(text)["references"]}
    assert {"易自然资罚申字(2020)30号", "鲁政复决字(2014)98号"} <= cited


def test_a_court_header_with_markup_debris_or_without_its_shu_is_still_the_header() -> None:
    debris = (
        "某某建筑安装有限责任公司与多伦县人民政府行政裁决一审行政判决书\n\n来源:中国裁判文书网\n"
        "内蒙古自治区多伦县人民法院\n\np t ” > 行 政 判 决 书\n\n(2017)内2531行初4号\n\n"
        "原告:某某建筑安装有限责任公司,住所:锡林浩特市。\n被告:多伦县人民政府。\n"
    )
    found = everything(debris)
    assert (found["title"]["value"], found["issuer"]["value"]) == ("行政判决书", "内蒙古自治区多伦县人民法院")
    no_shu = (
        "裁判文书\n广东省惠州市中级人民法院\n\n行政裁定\n\n(2019)粤13行审复47号\n\n"
        "复议申请人(原申请执行人)惠东县民政局。\n"
    )
    found = everything(no_shu)
    assert (found["title"]["value"], found["issuer"]["value"]) == ("行政裁定", "广东省惠州市中级人民法院")
