"""A publicity table (行政处罚信息公示): every fact in a labelled field, no header or signature."""

from extractors.document import Page, ReadResult
from extractors.pipeline import extract
from models.vocab import Reader

TABLE = """行政处罚信息公示
行政处罚决定书文号：平自然资罚〔2022〕31号
案件名称：平川某石材有限公司非法占用土地案
行政相对人名称：平川某石材有限公司
统一社会信用代码：91620403MA7XXXXXXX
法定代表人：韩某
违法事实：2021年9月，当事人未经批准占用平川县宝积镇集体土地2100平方米堆放石料。
处罚依据：《中华人民共和国土地管理法》第七十七条
处罚内容：责令退还非法占用的土地，罚款人民币42000元。
处罚决定日期：2022/03/15
处罚机关：平川县自然资源局
公示期限：2022/03/18-2025/03/18
"""


def test_publicity_table_fields():
    result = ReadResult(path="t.txt", sha256="0", reader=Reader.TEXT, pages=[Page(number=1, text=TABLE)], format="text")
    found = extract(result).to_json()
    assert found["doc_number"]["value"] == "平自然资罚〔2022〕31号"
    assert found["issuer"]["value"] == "平川县自然资源局"
    assert found["issue_date"]["value"] == "2022-03-15"
    [party] = found["parties"]
    assert (party["role"], party["name"], party["kind"]) == ("party", "平川某石材有限公司", "organization")
    assert party["legal_representative"] == "韩某"
