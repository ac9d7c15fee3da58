"""Penalty content: fine (total, sum of items, Chinese numerals), orders, area in m², site of the violation."""

import pytest

from extractors.document import Page, ReadResult
from extractors.fields.numerals import parse_number
from extractors.pipeline import extract
from models.vocab import Reader

PIPE = ("sections", "doc_type", "numbers", "dates", "agencies", "parties", "penalty")


def penalty(text: str) -> dict:
    result = ReadResult(path="t.txt", sha256="0", reader=Reader.TEXT, pages=[Page(number=1, text=text)], format="text")
    return extract(result, PIPE).to_json()


DECISION = """户县国土资源局
行政处罚决定书
户国土罚字〔2016〕第126号
当事人：西安一宇路桥建设养护有限公司，地址：户县甘亭镇人民路12号
经查，当事人于2016年3月在户县大王镇东曹村三组未经批准擅自占用集体土地2865.5平方米(合4.3亩)修建搅拌站，其中耕地1200平方米。
依据《中华人民共和国土地管理法》第七十六条的规定，本局决定如下：
一、责令退还非法占用的土地2865.5平方米；
二、限期十五日内自行拆除在非法占用的土地上新建的建筑物和其他设施，恢复土地原状；
三、处以罚款人民币28655元(每平方米10元)，大写贰万捌仟陆佰伍拾伍元。
当事人应当自收到本决定书之日起十五日内将罚款28655元缴至指定银行。
如不服本处罚决定，可在接到本决定书之日起六十日内申请行政复议。
户县国土资源局
2016年8月31日
"""


def test_decision_content():
    fields = penalty(DECISION)
    assert fields["fine_amount"]["value"] == 28655.0
    assert fields["area_m2"]["value"] == 2865.5
    assert fields["location"]["value"] == "户县大王镇东曹村三组"
    assert fields["demolition"]["value"] is True and "拆除" in fields["demolition"]["description"]
    assert fields["return_land"]["value"] is True
    assert "confiscation" not in fields


@pytest.mark.parametrize(
    ("written", "amount"),
    [
        ("处以罚款12345元", 12345.0),
        ("处以罚款人民币12,345.00元", 12345.0),
        ("并处5.3万元罚款", 53000.0),
        ("罚款人民币壹万贰仟叁佰肆拾伍元整", 12345.0),
        ("处罚款 12 345 元", 12345.0),
        ("处以每平方米10元的罚款，共计罚款5234元", 5234.0),
    ],
)
def test_fine_forms(written, amount):
    text = f"行政处罚决定书\n当事人：张某某\n经查，当事人擅自占用土地。本局决定：{written}。\n户县国土资源局"
    assert penalty(text)["fine_amount"]["value"] == amount


def test_separate_fines_are_summed_with_items():
    text = (
        "行政处罚决定书\n当事人：张某某\n经查，当事人位于户县大王镇东曹村的房屋占用耕地3.5亩。\n本局决定：\n"
        "一、没收在非法占用的土地上新建的建筑物；\n二、对非法占用耕地处以每平方米20元的罚款，计46666.67元；\n"
        "三、对占用基本农田处以罚款5万元。\n户县国土资源局\n2016年8月31日"
    )
    fields = penalty(text)
    fine = fields["fine_amount"]
    assert fine["value"] == 96666.67 and [i["value"] for i in fine["items"]] == [46666.67, 50000.0]
    assert fields["confiscation"]["value"] is True
    assert fields["area_m2"]["value"] == pytest.approx(2333.33, abs=0.01)
    assert fields["location"]["value"] == "户县大王镇东曹村"


@pytest.mark.parametrize(
    ("written", "m2"),
    [("占用土地523.4平方米", 523.4), ("占地1.2公顷", 12000.0), ("占用耕地三亩", 2000.0), ("建房120㎡", 120.0)],
)
def test_area_units(written, m2):
    text = f"行政处罚决定书\n当事人：张某某\n经查，当事人未经批准{written}。本局决定：责令退还土地。"
    assert penalty(text)["area_m2"]["value"] == pytest.approx(m2, abs=0.01)


def test_total_area_wins_over_parts():
    text = (
        "行政处罚决定书\n当事人：张某某\n经查，当事人占用耕地800平方米、林地1500平方米，共计占用土地2300平方米。"
        "本局决定：责令退还土地。"
    )
    assert penalty(text)["area_m2"]["value"] == 2300.0


def test_party_address_is_not_the_location():
    text = (
        "行政处罚决定书\n当事人：张某某，男，住户县甘亭镇西街村一组\n"
        "经查，当事人在户县大王镇东曹村未经批准建房。本局决定：罚款1000元。"
    )
    assert penalty(text)["location"]["value"] == "户县大王镇东曹村"


def test_labelled_location_in_one_line_copy():
    text = "行政处罚决定书 当事人：王**。违法地点：户县大王镇东曹村北侧，违法面积：300平方米。本局决定：罚款3000元。"
    fields = penalty(text)
    assert fields["location"]["value"] == "户县大王镇东曹村北侧" and fields["area_m2"]["value"] == 300.0


def test_facts_do_not_make_orders():
    text = "行政处罚决定书\n当事人：张某某\n经查，当事人已自行拆除部分建筑物。本局决定：处以罚款2000元。"
    fields = penalty(text)
    assert "demolition" not in fields and fields["fine_amount"]["value"] == 2000.0


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("壹拾万", 100000.0),
        ("二十五万三千", 253000.0),
        ("一亿二千万", 1.2e8),
        ("四点三", 4.3),
        ("十五", 15.0),
        ("12,345.00", 12345.0),
        ("5.3万", 53000.0),
        ("两", 2.0),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_a_ruling_reciting_one_fine_and_one_site_is_confident_but_below_the_decision_itself():
    ruling = penalty(
        "XX县人民法院\n行政裁定书\n(2022)X0321行审12号\n申请执行人：XX县自然资源局。\n被执行人：钱某某。\n"
        "申请执行人于2022年3月1日作出行政处罚决定，认定被执行人未经批准擅自占用平阳县石门镇下河村土地"
        "600平方米建设厂房，责令退还土地，并处罚款人民币12000元。\n"
        "本院认为，该决定事实清楚。裁定如下：准予强制执行。\n审判员 李某\n二〇二二年五月九日"
    )
    assert ruling["fine_amount"]["value"] == 12000.0 and 0.8 <= ruling["fine_amount"]["confidence"] < 0.9
    assert ruling["location"]["value"] == "平阳县石门镇下河村" and ruling["location"]["confidence"] >= 0.8


def test_several_areas_without_a_total_stay_below_review_level():
    out = penalty(
        "XX县人民法院\n行政裁定书\n(2022)X0321行审13号\n申请执行人：XX县自然资源局。\n被执行人：孙某。\n"
        "被执行人未经批准擅自占用XX县石门镇下河村土地300平方米建房，又占用林地450平方米堆放砂石。\n"
        "裁定如下：准予强制执行。\n审判员 李某\n二〇二二年五月九日"
    )
    assert out["area_m2"]["confidence"] < 0.8 and out["area_m2"]["alternatives"]
