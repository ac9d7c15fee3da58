"""Own number and references as real copies print them: spaced, hyphenated, masked, among cited rules."""

import pytest
from plain_text_extraction import everything

from extractors.fields.numbers import canonical_doc_number

PART_A = ("sections", "doc_type", "numbers", "dates", "agencies")


def fields(text: str) -> dict:
    return everything(text, PART_A)


def refs(text: str) -> list[str]:
    return [r["doc_number"] for r in fields(text).get("references", [])]


def decision(body: str) -> str:
    return f"平川县自然资源局\n行政处罚决定书\n平自然资罚〔2022〕5号\n当事人：平川某石材有限公司\n    {body}\n"


@pytest.mark.parametrize(
    "cited",
    [
        "依照法释〔2013〕5号《最高人民法院关于违法建筑强制拆除问题的批复》",
        "依照最高人民法院法释《关于违法建筑强制拆除问题的批复》[2013]5号",
        "依照法〔2013〕3号《最高人民法院关于开展集中管辖试点工作的通知》",
        "依照甘高法〔2015〕88号《甘肃省高级人民法院关于非诉审查的意见》",
        "参照《自然资源行政处罚裁量基准》（甘自然资规〔2020〕2号）",
        "经《价格认定结论书》（平价认〔2021〕31号）认定",
        "已办理相关手续1200平方米（2011政国土字517号）",
        "你公司已办理《国有土地使用证》(平国用﹝2012〕第10327号)",
        "县政府为第三人颁发了平宅集用(2006)第03017号集体土地使用证",
        "有《公证书(2024)甘平证字第118号》、《房地产估价报告(甘)平房地评报字[2024]第031号》等证据证明",
        "经甘肃省人民政府甘府地(2008)412号文批准征收",
        "依据《平川县林业行政处罚裁量实施办法(试行)》(平林〔2014〕22号)",
        "结合市局关于印发《林业行政处罚裁量标准》的通知【甘林规范〔2022〕61号】文件要求",
        "依据《关于某项目建设用地预审意见的函》平国土资函〔2017〕95号",
        "县局编制(平)地挂呈字[2020]第5号《建设用地项目呈报材料》",
    ],
)
def test_rules_and_evidence_are_not_references(cited):
    assert refs(decision(f"{cited}，当事人未经批准占用土地。")) == []


@pytest.mark.parametrize(
    ("cited", "number"),
    [
        ("我局曾作出平自然资罚〔2019〕第3-1号行政处罚决定。", "平自然资罚〔2019〕第3-1号"),
        ("我局曾作出平自然资监字〔2020〕11-20号处罚决定。", "平自然资监字〔2020〕11-20号"),
        ("我局于2016年作出编号2016—23号行政处罚决定书。", "2016—23号"),
        ("申请执行庆*罚书字[2015]第31008号林业行政处罚决定。", "庆*罚书字[2015]第31008号"),
        ("被申请人未履行平国土罚字〔2016〕第126号处罚决定书。", "平国土罚字〔2016〕第126号"),
        ("申请执行人做出平国土监发(2009)X号处罚决定书。", "平国土监发(2009)X号"),
        ("申请人不服甘政地〔2019〕406号批复申请复议。", "甘政地〔2019〕406号"),
    ],
)
def test_case_documents_are_references(cited, number):
    found = refs(decision(cited))
    assert [canonical_doc_number(n) for n in found] == [canonical_doc_number(number)]


def test_dash_forms_compare_equal():
    assert canonical_doc_number("2016--23号") == canonical_doc_number("2016—23号")


def test_own_number_with_a_space_after_a_headline_repeating_the_title():
    text = (
        "行政处罚决定书 平自资罚决字〔2025〕6 号\n行政处罚决定书\n平自资罚决字〔2025〕6 号\n平川某石材有限公司：\n"
        "    我局于2024年10月29日对你公司涉嫌非法采矿一案立案调查。\n"
    )
    found = fields(text)
    assert canonical_doc_number(found["doc_number"]["value"]) == canonical_doc_number("平自资罚决字〔2025〕6号")
    assert "references" not in found


def test_number_wrapped_inside_its_year():
    text = (
        "平川县自然资源局 行 政 处 罚 决 定 书 平自然执(经)罚字〔202\n4〕4号\n"
        "当事人:张某 你未经依法批准,于2015年擅自占用土地建设房屋。\n"
    )
    assert fields(text)["doc_number"]["value"] == "平自然执(经)罚字〔2024〕4号"
