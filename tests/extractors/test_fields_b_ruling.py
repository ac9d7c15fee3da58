"""Ruling type and executor come from the dispositive part only, never from reasoning or appeal text."""

import pytest
import spacy

from extractors.document import Page, ReadResult
from extractors.field_model import Extracted
from extractors.fields.ruling import find_ruling
from extractors.pipeline import extract, make_doc
from models.vocab import Reader

PIPE = ("sections", "doc_type", "numbers", "dates", "agencies", "ruling")

HEAD = (
    "陕西省户县人民法院\n行政裁定书\n(2017)陕0125行审3号\n申请执行人：户县国土资源局。\n被执行人：张某某，男，住户县某村。\n"
    "申请执行人户县国土资源局于2017年2月10日向本院申请强制执行户国土罚字〔2016〕第126号行政处罚决定书。\n"
    "本院认为，被执行人提出的异议不能成立，本案不存在不准予强制执行的情形，也无需中止执行。"
    "依照《中华人民共和国行政强制法》第五十七条之规定，裁定如下：\n"
)
APPEAL = (
    "\n如不服本裁定，可在收到本裁定书之日起十五日内向西安市中级人民法院申请复议。\n审判长  王某\n二〇一七年三月二日\n"
)


def ruling(text: str) -> dict:
    result = ReadResult(path="t.txt", sha256="0", reader=Reader.TEXT, pages=[Page(number=1, text=text)], format="text")
    fields = extract(result, PIPE).to_json()
    return {k: fields[k] for k in ("ruling_type", "executor") if k in fields}


@pytest.mark.parametrize(
    ("outcome", "code"),
    [
        ("准予强制执行户国土罚字〔2016〕第126号行政处罚决定书。", "enforce"),
        ("不准予强制执行户国土罚字〔2016〕第126号行政处罚决定书。", "refuse"),
        ("对户国土罚字〔2016〕第126号行政处罚决定书裁定不予执行。", "refuse"),
        ("驳回申请执行人户县国土资源局的强制执行申请。", "refuse"),
        ("对申请执行人户县国土资源局的申请，本院不予受理。", "not_accepted"),
        ("本案中止执行。", "suspend"),
        ("终结户国土罚字〔2016〕第126号行政处罚决定书的执行。", "terminate"),
        ("终结本院(2017)陕0125执12号案件的本次执行程序。", "terminate_round"),
        ("准许申请执行人户县国土资源局撤回强制执行申请。", "withdrawn"),
    ],
)
def test_outcomes_ignore_reasoning_and_appeal(outcome, code):
    assert ruling(HEAD + outcome + APPEAL)["ruling_type"]["value"] == code


def test_enforce_with_government_executor():
    found = ruling(HEAD + "准予强制执行户国土罚字〔2016〕第126号行政处罚决定书，由户县人民政府组织实施。" + APPEAL)
    assert found["ruling_type"]["value"] == "enforce"
    assert found["executor"]["value"] == "government"


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("准予强制执行，由本院执行。", "court"),
        ("准予强制执行，由申请执行人户县国土资源局组织实施。", "applicant"),
        ("准予强制执行户国土罚字〔2016〕第126号行政处罚决定书。", None),
    ],
)
def test_executor_only_when_stated(sentence, who):
    found = ruling(HEAD + sentence + APPEAL)
    assert found.get("executor", {}).get("value") == who


def test_split_outcome_and_split_executor():
    outcome = (
        "一、准予强制执行户国土罚字〔2016〕第126号行政处罚决定第一、二项，由户县人民政府组织实施拆除；\n"
        "二、罚款部分由本院执行；\n三、对该决定第三项不准予强制执行。"
    )
    found = ruling(HEAD + outcome + APPEAL)
    assert found["ruling_type"]["value"] == "enforce" and found["ruling_type"]["partial"] is True
    assert "第三项" in found["ruling_type"]["refused_items"][0]
    assert found["executor"]["value"] == "government" and found["executor"]["also"] == "court"


def test_truncated_ruling_has_no_ruling_type():
    assert ruling(HEAD.split("本院认为")[0] + "本院认为，申请执行人的申请符合法律规定，应当准予强制执行。") == {}


def test_one_line_web_copy_with_traditional_characters():
    text = (
        "索引号：123 发布机构：户县人民法院 户县人民法院 行政裁定書 (2017)陕0125行審3號 申请执行人户县国土资源局。"
        "被執行人张某某。本院认为，……。依照《中华人民共和国行政强制法》第五十七条之规定，裁定如下：準予强制執行"
        "户国土罚字〔2016〕第126号行政处罚决定书，由户县人民政府负责组织实施。如不服本裁定，可申请复议。"
    )
    found = ruling(text)
    assert found["ruling_type"]["value"] == "enforce" and found["executor"]["value"] == "government"


def test_not_a_ruling_gets_no_ruling_type():
    text = "户县国土资源局\n行政处罚决定书\n当事人：张某某\n本局决定如下：准予…不予受理…\n"
    assert ruling(text) == {}


def test_component_without_sections_or_doc_type():
    """Run alone (no sections, no doc_type): the title and 裁定如下 are found directly."""
    nlp = spacy.blank("zh")
    result = ReadResult(
        path="t",
        sha256="0",
        reader=Reader.TEXT,
        pages=[Page(number=1, text=HEAD + "本案终结本次执行程序。")],
        format="text",
    )
    doc = find_ruling(make_doc(result, nlp))
    found: Extracted = doc._.fields["ruling_type"]
    assert found.value == "terminate_round" and found.confidence < 0.9
