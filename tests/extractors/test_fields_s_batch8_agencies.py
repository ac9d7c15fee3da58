"""Agency pages of the eighth batch's shapes, on invented texts: a page that names the party only as the
subject of its facts, and a page headline that runs the title into its number above the document's own
header."""

from __future__ import annotations

from plain_text_extraction import everything, party_keys

_FACTS_ONLY = """您当前所在位置: 首页 > 行政执法 > 行政处罚

穗规划资源番资罚〔2021〕79号

来源:某区分局 发布时间:2021-12-13 10:32:25 阅读次数:-

  广州市番禺区石楼镇某村股份合作经济社于2020年在石楼镇某路东侧地块建设仓库。经实地测量,该建设行为涉及土地面积120.5平方米,地类为水田。
"""

_TABLE_FACTS = """行政处罚决定文书号 |
综执(宛)城罚决字﹝2023﹞第1-27号 |
违法事实 |
南阳市某某房地产开发有限公司2015年3月份开工建设的某某苑项目,未取得建设工程规划许可证进行建设。 |
"""

_HEADLINE_THEN_HEADER = """行政复议决定书——万州府复〔2023〕178号

重庆市万州区人民政府
行政复议决定书
万州府复〔2023〕178号
申请人:王某
被申请人:重庆市万州区某某街道办事处
申请人王某请求确认被申请人未予回复的行为违法,本机关于2023年6月20日收悉并予以受理。
"""


def test_the_company_that_opens_the_facts_is_the_party() -> None:
    for page, name in (
        (_FACTS_ONLY, "广州市番禺区石楼镇某村股份合作经济社"),
        (_TABLE_FACTS, "南阳市某某房地产开发有限公司"),
    ):
        found = everything(page)
        assert party_keys(found) == {("party", name)}
        assert found["parties"][0]["confidence"] < 0.8  # read from a sentence: a person checks it


def test_the_issuer_above_the_documents_own_copy_of_the_title() -> None:
    found = everything(_HEADLINE_THEN_HEADER)
    assert found["issuer"]["value"] == "重庆市万州区人民政府"
    assert found["doc_number"]["value"] == "万州府复〔2023〕178号"
