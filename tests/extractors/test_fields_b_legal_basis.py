"""Legal basis: one item per law and article, lists split with the law repeated, names kept as written."""

import pytest

from extractors.document import Page, ReadResult
from extractors.pipeline import extract
from models.vocab import Reader


def basis(text: str) -> list[str]:
    result = ReadResult(path="t.txt", sha256="0", reader=Reader.TEXT, pages=[Page(number=1, text=text)], format="text")
    return [item["value"] for item in extract(result, ("legal_basis",)).to_json().get("legal_basis", [])]


@pytest.mark.parametrize(
    ("written", "values"),
    [
        ("依据《中华人民共和国土地管理法》第七十七条的规定", ["《中华人民共和国土地管理法》第七十七条"]),
        ("依据《中华人民共和国土地管理法》第七十七条第一款", ["《中华人民共和国土地管理法》第七十七条第一款"]),
        (
            "依据《中华人民共和国土地管理法》第七十七条、第八十三条之规定",
            ["《中华人民共和国土地管理法》第七十七条", "《中华人民共和国土地管理法》第八十三条"],
        ),
        (
            "违反了《土地管理法》第四十三条第一款、第二款和第四十四条",
            ["《土地管理法》第四十三条第一款", "《土地管理法》第四十三条第二款", "《土地管理法》第四十四条"],
        ),
        ("依据《土地管理法》第77条", ["《土地管理法》第77条"]),
        ("依照《中华人民共和国行政强制法》第 五十三 条", ["《中华人民共和国行政强制法》第五十三条"]),
        (
            "《中华人民共和国行政处罚法》第三十二条第一款第(一)项",
            ["《中华人民共和国行政处罚法》第三十二条第一款第(一)项"],
        ),
        (
            "依照《最高人民法院关于适用〈中华人民共和国行政诉讼法〉的解释》第一百六十条",
            ["《最高人民法院关于适用〈中华人民共和国行政诉讼法〉的解释》第一百六十条"],
        ),
        ("根据土地管理法第八十三条", ["《土地管理法》第八十三条"]),
    ],
)
def test_citation_forms(written, values):
    assert basis(written) == values


def test_same_law_and_several_laws():
    text = (
        "违反了《中华人民共和国土地管理法》第四十四条的规定，依据该法第七十七条及《中华人民共和国土地管理法实施条例》"
        "第四十二条，责令退还。再依据《中华人民共和国土地管理法》第七十七条。"
    )
    assert basis(text) == [
        "《中华人民共和国土地管理法》第四十四条",
        "《中华人民共和国土地管理法》第七十七条",
        "《中华人民共和国土地管理法实施条例》第四十二条",
    ]


def test_document_titles_are_not_laws_and_bare_law_needs_a_trigger():
    text = "送达了《行政处罚决定书》和《催告书》。依据《中华人民共和国行政强制法》的有关规定。"
    assert basis(text) == ["《中华人民共和国行政强制法》"]


def test_span_points_at_the_article():
    text = "依据《土地管理法》第七十六条、第八十三条。"
    result = ReadResult(path="t.txt", sha256="0", reader=Reader.TEXT, pages=[Page(number=1, text=text)], format="text")
    items = extract(result, ("legal_basis",)).lists["legal_basis"]
    assert text[items[1].span.start : items[1].span.end] == "第八十三条"
