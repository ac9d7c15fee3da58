"""Issuer (header, signature, their agreement) and recipient (salutation, 主送, 此致)."""

from extractors.document import Line, Page, ReadResult
from extractors.pipeline import extract
from models.vocab import Reader

PART_A = ("sections", "doc_type", "numbers", "dates", "agencies")


def fields(text: str, pages: list[Page] | None = None) -> dict:
    pages = pages or [Page(number=1, text=text)]
    result = ReadResult(path="t.txt", sha256="0", reader=Reader.TEXT, pages=pages, format="text")
    return extract(result, PART_A).to_json()


def test_header_and_signature_agree():
    out = fields(
        "XX县自然资源局\n行政处罚决定书\nXX自然资罚〔2021〕15号\n当事人：王某\n经查……\nXX县自然资源局\n2021年4月1日"
    )
    assert out["issuer"]["value"] == "XX县自然资源局" and out["issuer"]["confidence"] >= 0.95


def test_court_is_the_issuer_of_its_ruling_not_a_judge():
    out = fields(
        "陕西省户县人民法院\n行政裁定书\n(2017)陕0125行审3号\n申请执行人：户县国土资源局。\n裁定如下：准予强制执行。\n"
        "审判长 张某\n审判员 刘某\n二〇一七年三月二日\n书记员 赵某"
    )
    assert out["issuer"]["value"] == "陕西省户县人民法院"


def test_conflict_keeps_alternative():
    out = fields(
        "XX县国土资源局\n行政处罚决定书\n当事人：王某\n经查，当事人擅自占地。\nXX市自然资源和规划局XX分局\n2019年3月1日"
    )
    assert out["issuer"]["confidence"] < 0.9
    assert out["issuer"]["alternatives"]


def test_signature_only_issuer_and_salutation_recipient():
    out = fields(
        "检察建议书\nXX检行公建〔2021〕3号\nXX县自然资源局：\n本院在履行职责中发现……\nXX县人民检察院\n2021年11月13日"
    )
    assert out["issuer"]["value"] == "XX县人民检察院"
    assert out["recipient"]["value"] == "XX县自然资源局"


def test_application_recipient_from_cizhi():
    out = fields(
        "强制执行申请书\n申请人：XX市自然资源和规划局\n被申请人：李某\n特此申请贵院强制执行。\n此致\nXX市XX区人民法院\n"
        "XX市自然资源和规划局\n2022年10月8日"
    )
    assert out["recipient"]["value"] == "XX市XX区人民法院"
    assert out["issuer"]["value"] == "XX市自然资源和规划局"


def test_party_label_is_not_a_recipient():
    out = fields("XX县自然资源局\n行政处罚决定书\n当事人：王某\n经查，当事人擅自占地。\nXX县自然资源局\n2021年4月1日")
    assert "recipient" not in out


def test_ocr_score_lowers_confidence_and_span_carries_box():
    text = "XX县自然资源局\n责令停止违法行为通知书\n刘某：\n现责令你立即停止违法行为。\nXX县自然资源局\n2024年3月1日"
    lines, pos = [], 0
    for i, raw in enumerate(text.split("\n")):
        lines.append(
            Line(text=raw, start=pos, end=pos + len(raw), box=(10.0, 40.0 * i, 300.0, 40.0 * i + 30), confidence=0.7)
        )
        pos += len(raw) + 1
    out = fields(text, [Page(number=1, text=text, lines=lines, ocr=True)])
    assert out["issuer"]["confidence"] < 0.7
    assert out["recipient"]["value"] == "刘某"
    assert out["recipient"]["span"]["box"] == [10.0, 80.0, 300.0, 110.0]


def test_publisher_is_a_weak_last_resort():
    out = fields("索引号：123/2020-1 发布机构：XX县自然资源局 发布日期：2020-06-03\n罚款5000元，责令退还土地。")
    assert out["issuer"]["value"] == "XX县自然资源局" and out["issuer"]["confidence"] <= 0.5


def test_table_row_labels_from_docx():
    out = fields(
        "户县国土资源局\n送达回证\n送达文书名称及文号 | 行政处罚决定书 户国土资罚字〔2015〕第126号\n"
        "受送达人 | 户县鑫茂建材有限公司\n送达方式 | 直接送达\n受送达人签名或盖章 | 张某某    2015年9月2日\n备注 | \n"
    )
    assert out["recipient"]["value"] == "户县鑫茂建材有限公司"
    assert out["references"][0] | {"doc_type": "penalty_decision"} == out["references"][0]
    assert [d["role"] for d in out["dates"]] == ["served"]


def test_service_receipt_recipient_stops_at_a_glued_form_label():
    out = fields(
        "XX县自然资源和规划局\n送达回证\n送达文书：行政处罚决定书 X自然资罚〔2023〕11号\n"
        "受送达人：XX市宏远石材有限公司送达地点：XX县XX镇该公司厂区\n送达方式：直接送达\n"
        "XX县自然资源和规划局\n2023年5月9日"
    )
    assert out["recipient"]["value"] == "XX市宏远石材有限公司"


def test_application_whose_signature_the_seal_hides_falls_back_to_the_applicant_line():
    out = fields(
        "强制执行申请书\n申请人：XX市自然资源局，住所地XX省XX市XX路8号。\n负责人：陈某，局长。\n"
        "被申请执行人：周某，男。\n申请事项：请求强制执行申请人作出的X自然资罚〔2022〕4号行政处罚决定。\n"
        "此致\nXX市人民法院\n\n        申请人：XX市自  资源司\n        2022年8月1日"
    )
    assert out["issuer"]["value"] == "XX市自然资源局"
    assert out["issuer"]["confidence"] < 0.8 and out["issuer"]["from_applicant"]


def test_applicant_line_repeated_as_the_signature_is_confident():
    out = fields(
        "强制执行申请书\n申请人：XX县自然资源和规划局，住所地XX县XX路2号。\n被申请执行人：吴某，男。\n"
        "申请事项：请求强制执行X自然资规罚〔2021〕9号行政处罚决定。\n此致\nXX县人民法院\n"
        "附：1.行政处罚决定书。\n自然资源和\n申请人：XX县自然资源和规划局\nXX2021年6月2日"
    )
    assert out["issuer"]["value"] == "XX县自然资源和规划局" and out["issuer"]["confidence"] >= 0.85
