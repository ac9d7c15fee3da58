"""The contract object for one file: its shape for a readable file and for an unreadable one."""

import json

from extractors.contract import contract_line, extract_file
from extractors.document import Page, ReadResult
from extractors.pipeline import extract
from models.vocab import Reader

TEXT = (
    "XX县自然资源局\n行政处罚决定书\nXX自然资罚〔2021〕15号\n当事人：王某某，男，住XX村。\n"
    "经查，当事人于2021年1月在XX村擅自占用耕地120平方米建房。依据《中华人民共和国土地管理法》第七十七条，决定如下：\n"
    "一、责令退还非法占用的土地；二、处以罚款2400元。\n"
    "如不服本决定，可在收到本决定书之日起六十日内申请行政复议。\nXX县自然资源局\n二〇二一年四月一日"
)


def test_text_file_gives_the_contract_line(tmp_path):
    path = tmp_path / "penalty.txt"
    path.write_text(TEXT, encoding="utf-8")
    line = extract_file(str(path))
    # page_sizes was added to the contract so a viewer can place OCR boxes on the page image
    assert set(line) == {"file", "sha256", "reader", "pages", "seconds", "fields", "page_sizes"}
    assert len(line["page_sizes"]) == 1
    assert line["file"] == str(path) and line["reader"] == "text" and line["pages"] == 1
    assert len(line["sha256"]) == 64 and line["seconds"] >= 0
    fields = line["fields"]
    assert fields["doc_type"]["value"] == "penalty_decision"
    assert fields["doc_number"]["value"] == "XX自然资罚〔2021〕15号"
    assert fields["issue_date"]["value"] == "2021-04-01"
    assert fields["issuer"]["value"] == "XX县自然资源局"
    json.dumps(line, ensure_ascii=False)  # one JSON line per file


def test_unreadable_file_gives_an_error_line(tmp_path):
    path = tmp_path / "tool.exe"
    path.write_bytes(b"MZ\x90\x00" + bytes(200))
    line = extract_file(str(path))
    assert set(line) == {"file", "error", "error_code"}
    assert line["file"] == str(path) and line["error_code"]
    assert "无法读取文件" in line["error"]


def test_contract_line_from_a_read_result():
    result = ReadResult(
        path="a.txt",
        sha256="f" * 64,
        reader=Reader.TEXT,
        pages=[Page(number=1, text=TEXT)],
        format="text",
        seconds=0.25,
    )
    line = contract_line(result, extract(result, ("sections", "doc_type")))
    assert line["reader"] == "text" and line["seconds"] == 0.25
    assert line["fields"]["title"]["value"] == "行政处罚决定书"
