"""Rulings copied as one paragraph with their labels glued to the word before them, on invented texts."""

from __future__ import annotations

from plain_text_extraction import everything, party_keys

_GLUED_LABELS = (
    "(2022)平2801执3679号申请执行人:平川市住房和城乡建设局,住所地为平川省平川市人民路1号平川市住房和城乡建设局办公楼法定代表人:赵某,"
    "系单位局长被执行人:平川某某包装有限责任公司,住所地为平川省平川市经济技术开发区创业大道工业园区8号厂房法定代表人:尹某,系公司经理"
    "申请执行人平川市住房和城乡建设局与被执行人平川某某包装有限责任公司行政一案,本院作出的(2022)平2801行审28号"
    "行政裁定书已经发生法律效力\n"
    "因被执行人平川某某包装有限责任公司未履行生效法律文书确定的义务,申请执行人于2022年12月9日向本院申请强制执行。\n"
)


def test_labels_glued_to_the_row_before_each_open_a_row() -> None:
    assert party_keys(everything(_GLUED_LABELS)) == {
        ("applicant", "平川市住房和城乡建设局"),
        ("respondent", "平川某某包装有限责任公司"),
    }


def test_a_masked_name_ends_at_the_sites_broken_characters() -> None:
    text = (
        "申请执行人：平川县卫生和计划生育局。法定代表人：普某，局长。被执行人：李某某1\ue127??平川县卫生和计划生育局"
        "申请执行李某某1行政非诉一案，依据（2017）平2323行审22号行政裁定书，被执行人李某某1应缴纳费用26090元。\n"
    )
    assert ("respondent", "李某某1") in party_keys(everything(text))


_SUPERVISION = """经研究决定,将平川某某发电公司非法占地案,列为省厅挂牌督办案件。
你局要按照有关规定,会同有关部门,抓紧进行调查,研究提出处理意见。处理意见自督办通知书下发之日起20日内报省厅。
该案办结时限为自督办通知书下发之日起60日内。
联系人:罗某 0431-88510601
附件:平川某某发电公司非法占地案
平川省自然资源厅
2020年6月22日
平川某某发电公司非法占地案
案情简介:
(一)案件来源:群众举报。
(二)基本情况:2019年11月,平川某某发电公司未经批准,占用集体土地2222.101平方米建设综合能源项目。
"""


def test_a_document_named_in_a_sentence_is_no_title_and_the_signature_is_found() -> None:
    found = everything(_SUPERVISION)
    assert "title" not in found
    assert found["issuer"]["value"] == "平川省自然资源厅"
    assert found["issue_date"]["value"] == "2020-06-22"


def test_a_summarys_company_and_deciding_bureau() -> None:
    text = (
        "1、(平铜自然资规罚字〔2024〕46号)平川市某某生态园有限责任公司自2015年3月至2019年3月未办理用地手续即擅自"
        "建设公墓项目,构成违法占用土地。平川市铜山区自然资源和规划局依据《中华人民共和国土地管理法》第七十七条第一款,"
        "于2025年3月3日对其作出以下处罚:责令退还非法占用的土地,并处罚款。\n"
    )
    found = everything(text)
    assert ("party", "平川市某某生态园有限责任公司") in party_keys(found)
    assert found["issuer"]["value"] == "平川市铜山区自然资源和规划局"


def test_a_ruling_cut_down_to_its_outcome() -> None:
    text = (
        "平川市卫生健康委员会作出的平卫罚〔2016〕12号行政处罚决定合法，准予强制执行。被执行人平川某某用品有限公司"
        "必须在收到本裁定书之日起五日内缴纳罚款人民币2,000元，逾期本院将依法强制执行。本裁定书送达后立即生效。\n"
    )
    found = everything(text)
    assert found["doc_type"]["value"] == "court_ruling"
    assert found["ruling_type"]["value"] == "enforce"
    assert found["executor"]["value"] == "court"
    assert ("respondent", "平川某某用品有限公司") in party_keys(found)
