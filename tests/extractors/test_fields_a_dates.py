"""Dates in every written form, their roles, and the document's own date (never a web-page date)."""

import pytest

from extractors.document import Page, ReadResult
from extractors.fields.dates import cn_number, find_dates
from extractors.normalise import normalise
from extractors.pipeline import extract
from models.vocab import Reader

PART_A = ("sections", "doc_type", "numbers", "dates", "agencies")


def fields(text: str) -> dict:
    result = ReadResult(path="t.txt", sha256="0", reader=Reader.TEXT, pages=[Page(number=1, text=text)], format="text")
    return extract(result, PART_A).to_json()


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("2017年8月2日", "2017-08-02"),
        ("2017年8月 2 日", "2017-08-02"),
        ("2017 年10 月29日", "2017-10-29"),
        ("２０２１年１１月１３日", "2021-11-13"),
        ("2017-10-26", "2017-10-26"),
        ("二〇二一年十一月十三日", "2021-11-13"),
        ("二○一〇年三月二十日", "2010-03-20"),
        ("二O一二年五月九日", "2012-05-09"),
        ("二0二三年十二月三十一日", "2023-12-31"),
        ("二〇一七年八月 2 日", "2017-08-02"),
    ],
)
def test_date_forms(written, iso):
    [found] = find_dates(normalise(f"于{written}作出"))
    assert found.value == iso and found.confidence > 0.9


@pytest.mark.parametrize(
    ("written", "iso"),
    [("2017月6月19日", "2017-06-19"), ("2019年7月18作出", "2019-07-18"), ("202549日", "2025-04-09")],
)
def test_broken_dates_recovered_when_unambiguous(written, iso):
    [found] = find_dates(f"我局于{written}")
    assert found.value == iso
    assert 0.5 <= found.confidence < 0.9 and found.extra["recovered"]


def test_ambiguous_broken_date_is_flagged_not_guessed():
    [found] = find_dates("于2017112日收到")
    assert found.value is None and found.confidence < 0.5
    assert found.extra["broken"] and found.extra["candidates"] == ["2017-01-12", "2017-11-02"]


def test_invalid_calendar_date_is_flagged():
    [found] = find_dates("2021年2月30日")
    assert found.value is None and found.extra["broken"]


def test_chinese_numbers():
    assert cn_number("二〇一七") == 2017 and cn_number("十三") == 13 and cn_number("二十") == 20
    assert cn_number("三十一") == 31 and cn_number("十") == 10 and cn_number("甲") is None


def test_roles_from_context():
    out = fields(
        "XX县人民法院\n行政裁定书\n(2021)X0102行审8号\n申请执行人：XX县自然资源局。\n被执行人：王某。\n"
        "2020年6月3日，申请执行人巡查发现被执行人占用耕地。申请执行人于2020年9月1日作出处罚决定，"
        "于2020年9月3日送达被执行人。申请执行人于2021年3月10日向本院申请强制执行，"
        "本院于2021年3月12日收到申请，于2021年3月15日立案受理。裁定如下：准予强制执行。\n"
        "审判员 李某\n二〇二一年四月八日\n书记员 赵某"
    )
    roles = {d["value"]: d["role"] for d in out["dates"]}
    assert roles == {
        "2020-06-03": "violation_found",
        "2020-09-01": "decision",
        "2020-09-03": "served",
        "2021-03-10": "application_filed",
        "2021-03-12": "received",
        "2021-03-15": "accepted",
        "2021-04-08": "issued",
    }
    assert out["issue_date"]["value"] == "2021-04-08" and out["issue_date"]["confidence"] >= 0.9


def test_web_metadata_dates_are_not_the_issue_date():
    out = fields(
        "索引号：000014349/2018-00231 发布机构：西安市鄠邑区人民法院 发布时间：2018-05-16 更新时间：2018-05-20\n"
        "行政裁定书 (2018)陕0118行审15号 申请执行人西安市国土资源局鄠邑分局。被执行人张**。"
        "本院于2018年3月7日立案受理。裁定如下：准予执行。审判员 王某 二〇一八年四月二日 书记员 孙某"
    )
    assert out["issue_date"]["value"] == "2018-04-02"
    listed = {d["value"] for d in out["dates"]}
    assert "2018-05-16" not in listed and "2018-05-20" not in listed  # the page's dates, not the document's


def test_truncated_document_falls_back_to_its_own_date_field():
    out = fields(
        "发布机构：XX县人民法院 发布日期：2019-01-05 裁判日期：2018-12-20\n"
        "XX县人民法院\n行政裁定书\n(2018)X0101行审99号\n申请执行人：XX县国土资源局。被执行人：李某。本院于2018年11月2日立案。"
    )
    assert out["issue_date"]["value"] == "2018-12-20"
    assert 0.5 < out["issue_date"]["confidence"] < 0.9


def test_no_date_no_issue_date():
    out = fields("XX县自然资源局\n行政处罚决定书\n当事人：王某\n经查，当事人擅自占用土地")
    assert "issue_date" not in out and "dates" not in out


def test_service_receipt_dates_are_service_dates():
    out = fields(
        "送达回证\n送达文书名称：催告书\n受送达人：王某\n送达时间：2022年5月6日\n受送达人签收：王某 2022年5月6日"
    )
    assert [d["role"] for d in out["dates"]] == ["served", "served"]


def test_ocr_damaged_signature_dates():
    out = fields(
        "XX县人民法院\n行政裁定书\n(2016)陕0125行非执字第12号\n申请执行人：XX县国土资源局。\n"
        "本院于2016年4月6日立案受理。裁定如下：准予强制执行。\n审判长高某某\n六年四月二十八日\n书记员任某"
    )
    assert out["issue_date"]["value"] == "2016-04-28"
    assert out["issue_date"]["confidence"] < 0.7 and out["issue_date"]["recovered"]
    [found] = find_dates("新郑市自然资源和规划局\n2020年5月20月\n")
    assert found.value == "2020-05-20" and found.extra["recovered"]


def test_year_under_the_seal_is_read_from_the_latest_other_date():
    found = find_dates(
        "被执行人王某，1965年3月2日出生。申请执行人于2020年11月3日作出决定。\n审判长 胡某\n一年三月五月\n"
    )
    assert [d.value for d in found] == ["1965-03-02", "2020-11-03", "2021-03-05"]
    assert found[-1].extra["recovered"]


def test_ocr_truncated_signature_date_at_the_end_of_the_text():
    found = find_dates("已于2022年3月16日作出处罚决定。\n安吉县自然资源和规划局\n吉\n0二二年四月六")
    assert found[-1].value == "2022-04-06" and found[-1].extra["recovered"]
