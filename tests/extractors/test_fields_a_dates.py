"""Dates in every written form, their roles, and the document's own date (never a web-page date)."""

import pytest

from extractors.document import Line, Page, ReadResult
from extractors.fields.dates import find_dates
from extractors.fields.numerals import cn_number
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


def test_judgment_date_field_repeating_the_signature_date_is_one_issued_date():
    out = fields(
        "XX市XX区人民法院\n行政裁定书\n案号：(2022)X0105行审31号\n裁判日期：2022-07-14\n"
        "申请执行人：XX市自然资源局XX分局。被执行人：赵某某。本院于2022年6月20日立案受理。\n"
        "裁定如下：准予强制执行。\n审判员 钱某\n二〇二二年七月十四日\n书记员 孙某"
    )
    issued = [d for d in out["dates"] if d["role"] == "issued"]
    assert [d["value"] for d in issued] == ["2022-07-14"]
    assert out["issue_date"]["value"] == "2022-07-14" and out["issue_date"]["confidence"] >= 0.9


def test_signature_date_with_a_garbled_year_digit_and_no_day_mark():
    found = find_dates("我局于2023年5月4日在巡查中发现。\nXX县自然资源局\n三二三年七月九\n抄送：XX县人民检察院")
    assert found[-1].value == "2023-07-09" and found[-1].extra["recovered"] and found[-1].confidence < 0.5


def test_role_comes_from_the_clause_verb_not_from_the_violation_words_in_it():
    out = fields(
        "XX县人民法院\n行政判决书\n(2020)X0902行初14号\n原告：吴某某。\n被告：XX县自然资源局。\n"
        "2019年11月5日，被告以原告未经批准擅自占用集体土地建房为由作出X自然资罚〔2019〕40号行政处罚决定。"
        "原告不服，于2020年1月9日向本院提起行政诉讼，本院于2020年1月13日受理。\n"
        "判决如下：驳回原告吴某某的诉讼请求。\n审判长 郑某\n二〇二〇年四月二十一日\n书记员 冯某"
    )
    roles = {d["value"]: d["role"] for d in out["dates"]}
    assert roles == {
        "2019-11-05": "decision",
        "2020-01-09": "application_filed",
        "2020-01-13": "accepted",
        "2020-04-21": "issued",
    }


def test_role_read_across_a_line_break_after_the_date():
    out = fields(
        "XX县人民检察院\n检察建议书\nX检行建〔2022〕7号\nXX县自然资源局：\n"
        "本院在履行行政非诉执行监督职责中发现，你局于2021年9月13日\n对XX县永兴砂石有限公司作出行政处罚决定，"
        "至今未申请强制执行。\nXX县人民检察院\n2022年3月2日"
    )
    roles = {d["value"]: d["role"] for d in out["dates"]}
    assert roles["2021-09-13"] == "decision" and roles["2022-03-02"] == "issued"


def test_letter_o_in_an_arabic_year_is_read_but_not_trusted():
    [found] = find_dates("我局于2O19年10月8日送达")
    assert found.value == "2019-10-08" and found.extra["recovered"] and found.confidence < 0.8
    [chinese] = find_dates("二O一九年十月八日")
    assert chinese.value == "2019-10-08" and chinese.confidence > 0.9


def test_judgment_date_field_disagreeing_with_the_signature_goes_to_review():
    out = fields(
        "XX县人民法院\n行政裁定书\n案号：(2021)X0111行审6号\n裁判日期：2021-09-30\n"
        "申请执行人：XX县自然资源局。被执行人：韩某。本院于2021年8月2日立案受理。\n"
        "裁定如下：准予强制执行。\n审判员 许某\n二〇二一年九月二十日\n书记员 何某"
    )
    assert out["issue_date"]["value"] == "2021-09-20"
    assert out["issue_date"]["confidence"] < 0.8 and out["issue_date"]["alternatives"] == ["2021-09-30"]


@pytest.mark.parametrize("signed", ["二〇二〇年十一月九曰", "二〇二〇年十一月九目", "二〇二〇年十一月九"])
def test_chinese_signature_date_with_the_day_mark_misread_or_lost(signed):
    out = fields(
        f"XX县人民法院\n行政裁定书\n(2020)X0203行审17号\n申请执行人：XX县自然资源局。\n"
        f"本院于2020年9月4日立案受理。裁定如下：准予强制执行。\n审判员 谢某\n{signed}\n书记员 唐某"
    )
    assert out["issue_date"]["value"] == "2020-11-09"
    assert out["issue_date"]["confidence"] < 0.8 and out["issue_date"]["recovered"]


def _ocr_page(text: str, scores: dict[int, float]) -> Page:
    lines, pos = [], 0
    for i, raw in enumerate(text.split("\n")):
        lines.append(Line(text=raw, start=pos, end=pos + len(raw), confidence=scores.get(i, 0.99)))
        pos += len(raw) + 1
    return Page(number=1, text=text, lines=lines, ocr=True)


def test_a_seal_garbling_the_lines_above_the_signature_date_makes_it_doubtful():
    text = (
        "XX县自然资源局\n责令改正通知书\nX自然资改〔2022〕3号\n钱某：\n"
        "你于2022年2月8日未经批准占用土地建房，现责令改正。\n"
        "联系人：陈某\n县然源局\nXX县自然资源局\n二〇二二年三月十五日"
    )
    page = _ocr_page(text, {6: 0.6})
    result = ReadResult(path="t.pdf", sha256="0", reader=Reader.OCR, pages=[page], format="pdf")
    out = extract(result, PART_A).to_json()
    assert out["issue_date"]["value"] == "2022-03-15" and out["issue_date"]["confidence"] < 0.8
    clean = extract(
        ReadResult(path="t.pdf", sha256="0", reader=Reader.OCR, pages=[_ocr_page(text, {})], format="pdf"), PART_A
    ).to_json()
    assert clean["issue_date"]["confidence"] >= 0.9
