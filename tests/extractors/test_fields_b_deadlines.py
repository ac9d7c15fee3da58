"""Stated deadlines: the phrase from its anchor to 内, with days or months and how they count."""

import pytest

from extractors.document import Page, ReadResult
from extractors.pipeline import extract
from models.vocab import Reader

PIPE = ("sections", "doc_type", "parties", "stated_deadlines")


def deadlines(text: str) -> list[dict]:
    result = ReadResult(path="t.txt", sha256="0", reader=Reader.TEXT, pages=[Page(number=1, text=text)], format="text")
    found = extract(result, PIPE).to_json().get("stated_deadlines", [])
    return [{k: v for k, v in item.items() if k not in ("confidence", "span", "source")} for item in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "当事人应当自收到本决定书之日起十五日内缴纳罚款。",
            {"value": "自收到本决定书之日起十五日内", "days": 15, "unit": "calendar_days"},
        ),
        (
            "可在接到本决定书之日起六十日内申请行政复议。",
            {"value": "在接到本决定书之日起六十日内", "days": 60, "unit": "calendar_days"},
        ),
        ("也可以在六个月内直接向人民法院提起行政诉讼。", {"value": "六个月内", "months": 6, "unit": "months"}),
        ("限你单位十日内自行拆除。", {"value": "十日内", "days": 10, "unit": "calendar_days"}),
        (
            "本院将自受理之日起 5 个工作日内作出裁定。",
            {"value": "自受理之日起5个工作日内", "days": 5, "unit": "working_days"},
        ),
        (
            "请自本建议书送达之日起两个月内书面回复。",
            {"value": "自本建议书送达之日起两个月内", "months": 2, "unit": "months"},
        ),
        ("收到本通知后三日内到我局接受处理。", {"value": "收到本通知后三日内", "days": 3, "unit": "calendar_days"}),
        ("限你单位在2017年3月1日前自行拆除。", {"value": "在2017年3月1日前", "date": "2017-03-01"}),
        ("须于二〇一七年三月十日前恢复原状。", {"value": "于二〇一七年三月十日前", "date": "2017-03-10"}),
    ],
)
def test_deadline_forms(sentence, expected):
    text = f"户县国土资源局\n责令改正通知书\n张某某：\n你于2016年3月擅自占地。{sentence}\n户县国土资源局\n2017年1月5日"
    assert deadlines(text) == [expected]


def test_several_deadlines_in_order_without_duplicates():
    text = (
        "行政处罚决定书\n当事人：张某某\n经查……本局决定：罚款1000元。当事人应当自收到本决定书之日起十五日内缴纳罚款。"
        "如不服，可在接到本决定书之日起六十日内申请复议，也可以在六个月内起诉。逾期不缴纳罚款的，"
        "自收到本决定书之日起十五日内仍不缴纳的，每日按罚款数额的3%加处罚款。"
    )
    assert [d["value"] for d in deadlines(text)] == [
        "自收到本决定书之日起十五日内",
        "在接到本决定书之日起六十日内",
        "六个月内",
    ]


def test_one_line_copy_with_stray_spaces():
    text = "行政处罚决定书 当事人：张某某。经查……当事人应当自收到本决定书之日起 十五 日内缴纳罚款。"
    assert deadlines(text) == [{"value": "自收到本决定书之日起十五日内", "days": 15, "unit": "calendar_days"}]
