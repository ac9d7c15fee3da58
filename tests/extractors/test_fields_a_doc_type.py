"""Document type and title: every DocType from its title, content cues when the title is missing."""

import pytest

from extractors.document import Page, ReadResult
from extractors.fields.doc_type import classify_title
from extractors.pipeline import extract
from models.vocab import DocType, Reader

PART_A = ("sections", "doc_type", "numbers", "dates", "agencies")


def fields(text: str) -> dict:
    result = ReadResult(path="t.txt", sha256="0", reader=Reader.TEXT, pages=[Page(number=1, text=text)], format="text")
    return extract(result, PART_A).to_json()


@pytest.mark.parametrize(
    ("title", "context", "doc_type"),
    [
        ("行政处罚决定书", "", DocType.PENALTY_DECISION),
        ("行政处罚告知书", "", DocType.PENALTY_NOTICE),
        ("听证告知书", "", DocType.PENALTY_NOTICE),
        ("责令停止违法行为通知书", "", DocType.STOP_ORDER),
        ("责令改正通知书", "", DocType.STOP_ORDER),
        ("责令限期拆除决定书", "", DocType.STOP_ORDER),
        ("催 告 书", "", DocType.DEMAND_NOTICE),
        ("强制执行申请书", "", DocType.ENFORCEMENT_APPLICATION),
        ("受理案件通知书", "", DocType.COURT_ACCEPTANCE),
        ("行政裁定书", "", DocType.COURT_RULING),
        ("行政判决书", "", DocType.COURT_JUDGMENT),
        ("行政复议决定书", "", DocType.RECONSIDERATION_DECISION),
        ("检察建议书", "", DocType.PROCURATORIAL_SUGGESTION),
        ("关于XX检行公建〔2021〕3号检察建议书的回复", "", DocType.SUGGESTION_REPLY),
        ("整改情况报告", "", DocType.SUGGESTION_REPLY),
        ("检察监督申请书", "", DocType.SUPERVISION_APPLICATION),
        ("问题线索移送书", "", DocType.CLUE_REFERRAL),
        ("涉嫌犯罪案件移送书", "XX县公安局：", DocType.CRIMINAL_REFERRAL),
        ("案件移送书", "XX县纪律检查委员会：", DocType.CLUE_REFERRAL),
        ("案件移送函", "XX县林业局：", DocType.CASE_REFERRAL),
        ("送 达 回 证", "", DocType.SERVICE_RECEIPT),
        ("会议纪要", "", None),
    ],
)
def test_titles(title, context, doc_type):
    assert classify_title(title, context) == doc_type


def test_letter_spaced_title_is_written_without_spaces():
    out = fields(
        "陕西省户县人民法院\n行 政 裁 定 书\n（2017）陕0125行审3号\n"
        "申请执行人：户县国土资源局。\n裁定如下：准予强制执行。"
    )
    assert out["title"]["value"] == "行政裁定书"
    assert out["doc_type"]["value"] == "court_ruling" and out["doc_type"]["confidence"] > 0.95


def test_title_after_issuer_on_the_same_line():
    out = fields("XX县自然资源局催告书XX自然资催〔2022〕4号\n王某：\n我局于2022年1月5日作出处罚决定，特此催告。")
    assert out["title"]["value"] == "催告书"
    assert out["doc_type"]["value"] == "demand_notice"


def test_referral_letter_goes_to_the_police():
    out = fields(
        "关于移送王某某涉嫌非法占用农用地案的函\nXX县公安局：\n现将该案移送你局。\nXX县自然资源局\n2021年6月10日"
    )
    assert out["doc_type"]["value"] == "criminal_referral"
    assert out["title"]["value"] == "关于移送王某某涉嫌非法占用农用地案的函"


def test_content_cues_without_title_give_lower_confidence():
    out = fields("申请执行人XX县自然资源局。被执行人王某。本院认为，申请符合法律规定。裁定如下：准予强制执行。")
    assert out["doc_type"]["value"] == "court_ruling"
    assert out["doc_type"]["confidence"] < 0.8
    assert "title" not in out


def test_conflicting_content_lowers_confidence_and_names_the_alternative():
    out = fields("行政处罚决定书\n当事人：王某\n本院认为，裁定如下：驳回申请。")
    assert out["doc_type"]["value"] == "penalty_decision"
    assert out["doc_type"]["confidence"] < 0.9 and out["doc_type"]["alternatives"] == ["court_ruling"]


def test_unrecognised_text_is_other():
    out = fields("今天天气很好，我们去公园散步。")
    assert out["doc_type"]["value"] == "other" and out["doc_type"]["confidence"] < 0.5


def test_untitled_decision_body_speaks_of_its_own_receipt_without_this():
    """A publicity page prints the decision's body from the facts on, and writes 收到处罚决定书 without 本."""
    out = fields(
        "某区建设管理办公室未完善用地手续于2020年在某路段地块平整和硬底化，涉及土地面积9922.75平方米。\n"
        "根据《中华人民共和国土地管理法》第75条、第77条的规定，一、自收到处罚决定书之日起15日内对破坏的"
        "耕地进行治理；二、没收在非法占用的农用地上新建的建筑物和其他设施。"
    )
    assert out["doc_type"]["value"] == "penalty_decision" and out["doc_type"]["confidence"] < 0.8


def test_account_of_a_handled_complaint_is_no_order_it_tells_of():
    """A bureau's 情况说明 tells how it ordered the digging stopped; it is not the order."""
    out = fields(
        "近日，有网民反映某镇某村村民无证采砂的问题，我局高度重视，现将情况说明如下：\n"
        "一、核查处理情况\n我局执法人员随即向罗某某发出《责令停止违法行为通知书》，责令罗某某立即停止违法行为。"
    )
    assert out["doc_type"]["value"] == "other"


def test_notice_title_cited_in_a_story_is_no_order():
    out = fields(
        "我局接到群众反映某村村民违法占地建厂房等问题后，及时责令区局进行调查。由于当事人在外地，"
        "执法人员在现场公告送达了《责令改正违法行为通知书》和《责令停止违法行为通知书》。"
    )
    assert out["doc_type"]["value"] == "other"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("行政抗诉申请书 申请人(原审原告、二审上诉人、再审申请人):刘某文,男,汉族。", id="title"),
        pytest.param(
            "申请人:孙某某,男,汉族。被申请人:某市自然资源和规划局某分局。监督请求: 一、撤销(2018)苏10行终2X号"
            "行政裁定书。二、请求贵院向人民法院提起抗诉,支持申请人的检察监督。",
            id="request",
        ),
    ],
)
def test_request_to_the_procuratorate_is_a_supervision_application(text: str):
    assert fields(text)["doc_type"]["value"] == "supervision_application"


def test_title_after_an_issuer_line_ending_on_guanyu():
    out = fields(
        "某某县人民政府关于\n开展违法建设专项清理整治的通告\n某通字〔2013〕1号\n"
        "为有效遏制我县非法占地、违法建设行为，县人民政府决定对我县违法建设开展专项清理整治。"
    )
    assert out["title"]["value"] == "关于开展违法建设专项清理整治的通告"

