"""End to end over part A's fields on the messy forms real documents take (domain/formats.md)."""

from extractors.backend.lines import page_from_lines
from extractors.document import ReadResult
from extractors.pipeline import extract
from models.vocab import Reader

PART_A = ("sections", "doc_type", "numbers", "dates", "agencies")


def fields(text: str) -> dict:
    # built the way the .txt reader builds its page, which decodes HTML entity debris
    pages = [
        page_from_lines(i + 1, ((line, None, None) for line in page.split("\n")))
        for i, page in enumerate(text.split("\f"))
    ]
    result = ReadResult(path="t.txt", sha256="0", reader=Reader.TEXT, pages=pages, format="text")
    return extract(result, PART_A).to_json()


RESECTIONED = """西安市鄠邑区人民法院
行政裁定书
(2019)陕0118行审21号
当事人信息
申请执行人：西安市自然资源和规划局鄠邑分局。
被执行人：张某，男，1965年3月2日出生。
审理经过
申请执行人西安市自然资源和规划局鄠邑分局于2019年5月6日向本院申请强制执行其于2019年1月8日作出的鄠自然资罚〔2019〕3号\
行政处罚决定书，本院于同日立案。
本院认为
申请执行人的申请符合法律规定。
裁判结果
准予强制执行鄠自然资罚〔2019〕3号行政处罚决定书。
审判人员
审判员 王某
裁判日期
二〇一九年六月十日
书记员
书记员 李某"""

DEBRIS = """&nbsp;&nbsp;行 政 处 罚 决 定 书&nbsp;
行政处罚决定书
XX国土资罚字【2018】第 78号
当事人：：XX建材厂（负责人：赵某）。。
经查，，当事人于2018年3月擅自占地。我局于2018年5月7日向当事人送达了XX国土资告字【2018】第60号《行政处罚告知书》。\
决定如下：罚款5000元。
如不服本决定，可于收到本决定书之日起六十日内申请复议。
XX县国土资源局
2018年6月 1 日"""


def test_resectioned_web_ruling():
    out = fields(RESECTIONED)
    assert out["doc_type"]["value"] == "court_ruling" and out["doc_type"]["confidence"] >= 0.9
    assert out["doc_number"]["value"] == "(2019)陕0118行审21号"
    assert out["issuer"]["value"] == "西安市鄠邑区人民法院"
    assert out["issue_date"]["value"] == "2019-06-10"
    [ref] = out["references"]
    assert ref == ref | {"doc_number": "鄠自然资罚〔2019〕3号", "doc_type": "penalty_decision", "date": "2019-01-08"}


def test_entity_debris_repeated_title_and_doubled_punctuation():
    out = fields(DEBRIS)
    assert out["title"]["value"] == "行政处罚决定书"
    assert out["doc_number"]["value"] == "XX国土资罚字【2018】第78号"
    assert [r["doc_number"] for r in out["references"]] == ["XX国土资告字【2018】第60号"]
    assert out["issue_date"]["value"] == "2018-06-01"
    assert {d["value"]: d["role"] for d in out["dates"]} == {"2018-05-07": "served", "2018-06-01": "issued"}


def test_spans_point_into_the_right_page():
    out = fields(
        "XX县自然资源局\n催告书\nXX自然资催〔2022〕4号\n王某：\n你未履行处罚决定。\fXX县自然资源局\n2022年3月9日"
    )
    assert out["issue_date"]["span"] == {"page": 2, "start": 9, "end": 18}
    assert out["doc_number"]["span"]["page"] == 1


def test_truncated_document_keeps_what_it_has():
    out = fields("XX县自然资源局\n行政处罚决定书\nXX自然资罚〔2023〕8号\n当事人：李某\n经查，当事人于2023年")
    assert out["doc_number"]["value"] == "XX自然资罚〔2023〕8号"
    assert "issue_date" not in out and "recipient" not in out
