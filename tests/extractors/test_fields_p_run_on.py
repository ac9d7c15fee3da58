"""Web copies flattened to one line: our own samples with every line break taken out (and, as some
sites print them, replaced by a blank) must read as the printed page does, with spans that still
point into the text as read."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from plain_text_extraction import everything, party_keys

from extractors import run_on
from extractors.normalise import normalise

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "text"
FLATTENED = (
    "court_ruling_01",
    "court_judgment_01",
    "penalty_decision_01",
    "demand_notice_03",
    "criminal_referral_01",
    "case_referral_01",
    "clue_referral_02",
    "enforcement_application_02",
)
SCALARS = ("doc_type", "title", "doc_number", "issuer", "issue_date", "ruling_type", "executor")


def _flatten(text: str, joiner: str) -> str:
    return re.sub(r"[ \t]*\n\s*", joiner, text).strip()


def _expected(name: str) -> dict:
    return json.loads((SAMPLES / f"{name}.expected.json").read_text(encoding="utf-8"))["fields"]


@pytest.mark.parametrize("joiner", ["", " "])
@pytest.mark.parametrize("name", FLATTENED)
def test_a_flattened_sample_reads_like_the_printed_page(name: str, joiner: str) -> None:
    text = _flatten((SAMPLES / f"{name}.txt").read_text(encoding="utf-8"), joiner)
    found, expected = everything(text), _expected(name)
    for field in SCALARS:
        if field in expected:
            assert (found.get(field) or {}).get("value") == expected[field]["value"], field
    assert party_keys(found) == {(p["role"], p["name"]) for p in expected.get("parties", [])}


@pytest.mark.parametrize("name", FLATTENED)
def test_spans_point_into_the_text_as_read(name: str) -> None:
    text = _flatten((SAMPLES / f"{name}.txt").read_text(encoding="utf-8"), "")
    found = everything(text)
    for field in ("doc_number", "issuer", "issue_date"):
        span = (found.get(field) or {}).get("span")
        if field != "issue_date" and span:
            assert normalise(text[span["start"] : span["end"]]) == normalise(found[field]["value"]), field
        elif span:  # a date is written in words (二〇一六年四月二十八日), its span must cover a date
            assert re.search(r"年.*月.*日", text[span["start"] : span["end"]]), field


def test_a_document_with_its_lines_is_left_alone() -> None:
    """Only run-on lines are re-broken: every sample printed with its lines keeps them."""
    untouched = [
        f.name
        for f in SAMPLES.glob("*.txt")
        if not f.name.startswith("hard_") and run_on.breaks(normalise(f.read_text(encoding="utf-8")))
    ]
    assert untouched == []


def test_a_title_cited_in_a_sentence_is_no_headline() -> None:
    """A run-on paragraph that cites a decision by title and number is not broken there: that number is
    a reference, and on a line of its own it would pass for the document's own number."""
    line = (
        "经审理查明,原告于2016年3月在村集体土地上建房。2017年8月11日被告依法向原告送达了行政处罚决定书"
        "(柞国土监字〔2017〕70号),原告不服,申请复议。" * 4
    )
    assert run_on.breaks(line) == []


def test_offsets_map_back_across_inserted_breaks() -> None:
    text = "甲乙丙丁戊"
    inserted = [2, 4]
    broken = run_on.insert(text, inserted)
    assert broken == "甲乙\n丙丁\n戊"
    breaks_at = run_on.placed(inserted)
    assert [text[run_on.origin(breaks_at, i)] for i, ch in enumerate(broken) if ch != "\n"] == list(text)


def test_a_form_label_glued_to_the_row_before_it_still_opens_the_party_row() -> None:
    """A form page flattened with no blanks: 被处罚人姓名 runs on from the 案件性质 value before it, and the
    site printed the title and number twice (its headline, then the document)."""
    page = (
        "林业行政处罚决定书 安林罚决字〔2024〕第9号林业行政处罚决定书安林罚决字〔2024〕第9号案件性质:"
        "擅自改变林地用途被处罚人姓名 张某某 性别 男 出生日期 ****年**月**日身份证号码 530***********2930 "
        "工作单位 无现住址 某某小区*****经依法查明,2024年9月初,张某某在未办理合法林业手续情况下,擅自在某村使用"
        "林地修建临时道路,造成擅自改变林地用途的违法事实。经核查,张某某违法使用林地面积1542平方米。上述行为违反了"
        "《中华人民共和国森林法》第三十七条第一款的规定。根据《中华人民共和国森林法》第七十三条第一款的规定,"
        "决定对张某某给予如下行政处罚:1.责令限期恢复植被和林业生产条件;2.罚款人民币18504元。"
    )
    found = everything(page)
    assert party_keys(found) == {("party", "张某某")}
    assert found["doc_number"]["value"] == "安林罚决字〔2024〕第9号"


def test_the_issuer_glued_between_a_case_name_and_the_title_starts_at_its_place() -> None:
    line = (
        "裁判文书详情绥中县自然资源局、刘某资源行政管理:林业行政管理(林业)二审行政判决书辽宁省葫芦岛市中级人民法院"
        "行政判决书(2021)辽14行终89号上诉人(原审被告)绥中县自然资源局,住所地绥中县和平街西段9号。"
        "法定代表人王某,该局局长。被上诉人(原审原告)刘某,男,1977年6月5日出生,住辽宁省义县。"
        "上诉人绥中县自然资源局因被上诉人刘某诉撤销林业行政处罚一案,不服建昌县人民法院行政判决,向本院提起上诉。"
    )
    assert everything(line)["issuer"]["value"] == "辽宁省葫芦岛市中级人民法院"


def test_a_letter_spaced_court_before_the_title_is_one_issuer() -> None:
    line = (
        "海事行政案件 发布时间 : 2022-02-16 10:43 厦 门 海 事 法 院 行政判决书 (2019)闽72行初24号 "
        "原告郑某,男,汉族,住福建省泉州台商投资区。 "
        "被告某某管理委员会环境与国土资源局,住所地福建省泉州市台商投资区。 法定代表人占某,局长。 "
        "原告郑某不服被告某某管理委员会环境与国土资源局作出的行政处罚决定,于2019年3月向本院提起行政诉讼。"
        "本院于2019年3月20日立案后,依法组成合议庭,公开开庭审理了本案。"
    )
    found = everything(line)
    assert found["issuer"]["value"] == "厦门海事法院"
    assert found["doc_number"]["value"] == "(2019)闽72行初24号"


def test_a_title_after_the_sites_chrome_on_the_same_line_is_the_title() -> None:
    line = (
        "欢迎访问某某市自然资源和规划局网站! 无障碍浏览 | 长辈版 | 设为首页 | 加入收藏 | 登录 | 注册 行政处罚决定书 "
        "池自然资规罚决字[2020]11002号 某某乡人民政府: 我局于2020年9月15日对你单位非法占地建设一案立案调查。"
        "经查,2019年5月10日,市政府将某某新增居民点项目建设用地使用权划拨给你单位,宗地总面积为5400平方米。"
        "你单位未经批准擅自扩大建设范围,非法占用集体土地320平方米。"
    )
    found = everything(line)
    assert found["title"]["value"] == "行政处罚决定书"
    assert found["doc_number"]["value"] == "池自然资规罚决字[2020]11002号"


def test_a_title_printed_again_after_its_bracketed_number_and_a_label_after_a_colon_are_broken() -> None:
    page = (
        "行政处罚决定书 (清自资罚决字〔2026〕2号)行政处罚决定书清自资罚决字〔2026〕2号段某勇、蒋某娥:"
        "经县人民政府指定,由我局对你二人非法占用土地建房一案进行查处。经查,你二人于2020年3月未经依法批准"
        "在衡南县茅市镇坪山村周家组占用耕地建房,同年9月竣工,建筑面积2413.23平方米,其中非法占用耕地338.8平方米。"
    )
    assert {p["name"] for p in everything(page)["parties"]} == {"段某勇", "蒋某娥"}
    chrome = (
        "广水市某某街道办事处 行政处罚决定书 广街办行罚决〔2025〕009号 • 发布时间:2025-07-22• 字体:当事人:卢** "
        "居民身份证号码:42**************35 住(地)址:湖北省广水市某某办事处********号 根据上级部门移送,本机关于2025年"
        "6月25日对你涉嫌未取得建设工程规划许可证进行建设一案立案调查。经查,你于2024年在某村建设房屋120平方米。"
        "上述事实有现场勘测笔录、询问笔录、现场照片等证据为证。"
    )
    assert ("party", "卢**") in party_keys(everything(chrome))


_RULING_BODY = (
    "申请执行人:平川市国土资源局市中区分局,住所地:平川市市中区油榨街31号。法定代表人:赖某桥,局长。"
    "被执行人:徐某,男,生于1976年5月12日,汉族,住平川市市中区。申请执行人平川市国土资源局市中区分局向我院申请强制执行"
    "该局作出的平市国土资中分罚〔2016〕第3-1号行政处罚决定。本院依法组成合议庭进行了审查,现已审查终结。"
    "经审查查明:2016年8月19日,市中区国土分局对徐某作出行政处罚决定,处罚内容为:责令十五日内改正违法占用耕地的行为。"
    "裁定如下:准予强制执行平市国土资中分罚〔2016〕第3-1号行政处罚决定。审判长张某审判员李某二〇一七年十月二十六日书记员王某"
)


@pytest.mark.parametrize(
    "lead",
    [
        # a case table whose 法律依据 field cites a 《关于…的规定》 right before the full text
        "(2017)平1181行审58号裁判日期: 2017-10-26案件名称平川市国土资源局市中区分局与徐某土地行政处罚非诉强制执行审查"
        "行政裁定书法院平川市人民法院当事人平川市国土资源局市中区分局,徐某法律依据《最高人民法院关于办理申请人民法院强制执行"
        "国有土地上房屋征收补偿决定案件若干问题的规定》:第九条全文",
        # a commentary longer than the ruling's first half
        "裁判要点:" + "依照《最高人民法院关于行政诉讼证据若干问题的规定》第四条的规定,申请人应当提供证据材料。" * 9,
    ],
)
def test_a_courts_header_after_a_long_lead_on_one_line(lead: str) -> None:
    found = everything(lead + "平川省平川市人民法院行 政 裁 定 书(2017)平1181行审58号" + _RULING_BODY)
    assert found["issuer"]["value"] == "平川省平川市人民法院"
    assert found["title"]["value"] == "行政裁定书"
    assert found["doc_number"]["value"] == "(2017)平1181行审58号"
