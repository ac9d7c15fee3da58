"""Invented pages in the shapes OCR gave two real scans of the fifteenth session: a page's source line read
onto the same line as the document's number below it, and a signature date read onto one line with the
receipt's label under it.  The layout is lost, the words are all there: the readers must still find them."""

from __future__ import annotations

from plain_text_extraction import everything, reference_numbers


def test_a_number_glued_to_the_pages_source_line_is_the_documents_own() -> None:
    text = """发布时间:2025-10-0809:12信息来源:东江市城市管理和综合执法局东城罚决字〔2025〕规划第31号
名称:东江市城乡建设发展有限公司
统一社会信用代码:91431281765625573H
法定代表人:周平
住所:湖南省东江市河西镇新民村8号
你(单位)建设东江市新民路安置房项目未取得建设工程规划许可证擅自施工的行为,涉嫌违反了《中华人民共和国城乡规划法》第四十条的规定,本机关于2025年8月11日立案调查。
经查明,你(单位)建设东江市新民路安置房项目未取得建设工程规划许可证擅自施工。
"""
    found = everything(text)
    assert found["doc_number"]["value"] == "东城罚决字〔2025〕规划第31号"
    assert found["doc_type"]["value"] == "penalty_decision"
    assert reference_numbers(found) == set()


def test_a_number_row_keeps_its_value_whole() -> None:
    # only a source or agency row is cut before a glued number: a 文号 row's value is the number, and the
    # 办 inside 国办发 ends no agency's name
    text = """索引号:11440000-2021-00123 文号:国办发〔2021〕12号 发布机构:某省人民政府办公厅
关于加强耕地保护的通知
各市、县人民政府:
为落实耕地保护制度,现就有关事项通知如下。
"""
    found = everything(text)
    assert found["doc_number"]["value"] == "国办发〔2021〕12号"


def test_a_signature_date_glued_to_the_receipts_label() -> None:
    text = """仁东县环境保护局
责令改正违法行为决定书
仁东环违改字[2018]21号
仁东县新源发电有限公司:
2018年7月6日上午,经查你单位项目环境影响评价文件未经批准,已擅自开工建设部分主体工程。
请于2018年7月20日前将整改情况书面报告本单位。
你单位如不服本决定,可在接到决定书之日起60日内申请复议,也可在6个月内直接向人民法院起诉。
联系人:仁东县环境监察分局
联系电话:6321003
仁东县环境保护局2018年7月9日当事人：
年月日
"""
    found = everything(text)
    assert found["issuer"]["value"] == "仁东县环境保护局"
    assert found["issue_date"]["value"] == "2018-07-09"
