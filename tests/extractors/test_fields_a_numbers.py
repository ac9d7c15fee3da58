"""Own document number versus cited numbers, across the bracket and prefix variants of real documents."""

import pytest

from extractors.document import Page, ReadResult
from extractors.fields.numbers import canonical_doc_number, find_numbers
from extractors.normalise import normalise
from extractors.pipeline import extract
from models.vocab import Reader

PART_A = ("sections", "doc_type", "numbers", "dates", "agencies")


def fields(text: str) -> dict:
    result = ReadResult(path="t.txt", sha256="0", reader=Reader.TEXT, pages=[Page(number=1, text=text)], format="text")
    return extract(result, PART_A).to_json()


def _numbers(text: str) -> list[str]:
    return [f.value for f in find_numbers(normalise(text), text)]


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("送达户国土罚字〔2016〕第126号决定书", "户国土罚字〔2016〕第126号"),
        ("作出的XX国土资罚[2020]12号处罚决定", "XX国土资罚[2020]12号"),
        ("依据西自然资罚（2014）第7号决定", "西自然资罚（2014）第7号"),
        ("根据XX罚字【2016】8号决定书", "XX罚字【2016】8号"),
        ("根据XX罚字﹝2016﹞ 第 78号决定书", "XX罚字﹝2016﹞第78号"),
        ("申请执行鄠国土资执(经)罚字[2017]第5号行政处罚决定书", "鄠国土资执(经)罚字[2017]第5号"),
        ("作出XX国土资监(旅)罚字2017第6号决定", "XX国土资监(旅)罚字2017第6号"),
        ("违法建设SC第6013号", "SC第6013号"),
        ("案号：（2017）陕0125行审3号", "（2017）陕0125行审3号"),
        ("不服(2014)户行非執字第00012號裁定", "(2014)户行非执字第00012号"),
        ("作出的XX自然资罚〔2021〕第X号决定书", "XX自然资罚〔2021〕第X号"),
        ("(2019)陕01行审复2号", "(2019)陕01行审复2号"),
    ],
)
def test_number_forms(sentence, number):
    assert _numbers(sentence) == [number]


def test_articles_and_amounts_are_not_numbers():
    assert _numbers("违反《土地管理法》第七十七条，罚款12345元，共3号楼") == []


def test_canonical_form_ignores_brackets_spaces_and_di():
    forms = [
        "户国土罚字〔2016〕第126号",
        "户国土罚字[2016]126号",
        "户国土罚字（2016） 第 126 號",
        "户国土罚字【2016】第126号",
    ]
    assert len({canonical_doc_number(f) for f in forms}) == 1
    assert canonical_doc_number("（2017）陕0125行审3号") == "(2017)陕0125行审3号"


def test_own_number_is_not_a_reference():
    out = fields(
        "XX县自然资源局\n行政处罚决定书\nXX自然资罚〔2021〕15号\n当事人：王某某\n"
        "我局于2021年3月2日向你送达了XX自然资告〔2021〕9号行政处罚告知书，"
        "于2021年2月1日作出XX自然资责停[2021]3号责令停止违法行为通知书。\nXX县自然资源局\n2021年4月1日"
    )
    assert out["doc_number"]["value"] == "XX自然资罚〔2021〕15号"
    assert out["doc_number"]["confidence"] >= 0.9
    refs = {r["doc_number"]: r for r in out["references"]}
    assert set(refs) == {"XX自然资告〔2021〕9号", "XX自然资责停[2021]3号"}
    assert refs["XX自然资告〔2021〕9号"]["doc_type"] == "penalty_notice"
    assert "date" not in refs["XX自然资告〔2021〕9号"]  # 2021-03-02 is when it was served, not made
    assert (
        refs["XX自然资责停[2021]3号"] | {"doc_type": "stop_order", "date": "2021-02-01"}
        == refs["XX自然资责停[2021]3号"]
    )


def test_court_ruling_cites_the_decision_it_enforces():
    out = fields(
        "陕西省户县人民法院\n行 政 裁 定 书\n（2017）陕0125行审3号\n申请执行人：户县国土资源局。\n被执行人：张某。\n"
        "户县国土资源局于2016年8月31日作出户国土罚字〔2016〕第126号行政处罚决定书。"
        "申请执行人于2017年2月20日向本院申请强制执行户国土罚字〔2016〕第126号行政处罚决定书。"
        "裁定如下：\n准予强制执行。\n审判员 刘某\n二〇一七年三月二日"
    )
    assert out["doc_number"]["value"] == "（2017）陕0125行审3号"
    [ref] = out["references"]
    assert ref["doc_number"] == "户国土罚字〔2016〕第126号"
    assert ref["doc_type"] == "penalty_decision" and ref["date"] == "2016-08-31"


def test_one_line_web_copy_number_after_title():
    out = fields(
        "户县国土资源局行政处罚决定书户国土罚字[2016]第126号当事人：西安某公司。经查，当事人擅自占地。"
        "户县国土资源局 2016年8月31日"
    )
    assert out["doc_number"]["value"] == "户国土罚字[2016]第126号"
    assert "references" not in out


def test_service_receipt_numbers_are_the_served_documents():
    out = fields("送 达 回 证\n送达文书名称：行政处罚决定书\n文号：XX国土资罚〔2020〕8号\n受送达人：XX建材有限公司")
    assert "doc_number" not in out
    assert out["references"][0]["doc_number"] == "XX国土资罚〔2020〕8号"
    assert out["references"][0]["doc_type"] == "penalty_decision"


def test_number_split_by_a_pdf_line_break():
    out = fields(
        "XX市人民法院\n行政裁定书\n(2021)鄂0704行审9号\n申请执行人：XX市自然资源和规划局。\n被执行人：王某。\n"
        "准予强制执行申请执行人XX市自然资源和规划局作出的鄂自然资\n规罚〔2020〕17号行政处罚决定，由XX区人民政府组织实施。\n"
        "审判员 陈某\n二○二一年三月五日"
    )
    assert [r["doc_number"] for r in out["references"]] == ["鄂自然资规罚〔2020〕17号"]
    assert out["references"][0]["doc_type"] == "penalty_decision"


def test_ocr_lost_bracket():
    assert _numbers("涉嫌犯罪案件移送书\n广自然资移（2020第4号\n广汉市公安局：") == ["广自然资移（2020第4号"]
    assert canonical_doc_number("广自然资移（2020第4号") == canonical_doc_number("广自然资移﹝2020﹞第4号")
    assert canonical_doc_number("户国土罚字2016)126号") == "户国土罚字(2016)126号"


@pytest.mark.parametrize("misread", ["｛2019｝", "{2019}", "「2019」", "〈2019〉", "[2019]"])
def test_year_brackets_misread_by_ocr(misread):
    text = f"XX县自然资源局\n责令停止违法行为通知书\nX自然资停{misread}第31号\n王某："
    assert [canonical_doc_number(n) for n in _numbers(text)] == [canonical_doc_number("X自然资停﹝2019﹞第31号")]
    assert fields(text)["doc_number"]["value"] in ("X自然资停〔2019〕第31号", "X自然资停[2019]第31号")
