"""Plain-text reader: UTF-8 with and without BOM, GB18030, line offsets."""

from __future__ import annotations

from extractors.read import read
from models.vocab import Reader

DECISION = "某某县自然资源局\n行政处罚决定书\n某自然资罚字〔2023〕第15号\n当事人：某某建材有限公司\n"


def test_utf8_text_is_read_as_is(tmp_path):
    path = tmp_path / "decision.txt"
    path.write_text(DECISION, encoding="utf-8")
    result = read(path)
    assert result.reader == Reader.TEXT
    assert result.format == "text"
    assert len(result.pages) == 1
    assert result.text == DECISION
    assert result.seconds >= 0
    assert len(result.sha256) == 64


def test_lines_index_the_page_text(tmp_path):
    path = tmp_path / "decision.txt"
    path.write_text(DECISION, encoding="utf-8")
    page = read(path).pages[0]
    assert [page.text[ln.start : ln.end] for ln in page.lines][:3] == [
        "某某县自然资源局",
        "行政处罚决定书",
        "某自然资罚字〔2023〕第15号",
    ]
    assert all(ln.box is None and ln.confidence is None for ln in page.lines)


def test_bom_and_crlf_are_removed(tmp_path):
    path = tmp_path / "decision.txt"
    path.write_bytes(b"\xef\xbb\xbf" + DECISION.replace("\n", "\r\n").encode("utf-8"))
    result = read(path)
    assert result.text == DECISION
    assert result.pages[0].lines[1].text == "行政处罚决定书"


def test_gb18030_falls_back_with_warning(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes(DECISION.encode("gb18030"))
    result = read(path)
    assert "行政处罚决定书" in result.text
    assert any("gb18030" in w for w in result.warnings)


def test_type_comes_from_bytes_not_name(tmp_path):
    path = tmp_path / "decision.pdf.txt"
    path.write_text(DECISION, encoding="utf-8")
    assert read(path).format == "text"


def test_html_entity_debris_is_decoded_to_what_the_page_showed(tmp_path):
    path = tmp_path / "web_copy.txt"
    path.write_text(
        "&nbsp;&nbsp;当事人：李&times;&times;，男。\n以下简称&ldquo;原行为&rdquo;&amp;nbsp;\n"
        "衢政复〔2023〕1\u200b2号 A&B 与 &c 照印\n",
        encoding="utf-8",
    )
    lines = [line.text for line in read(path).pages[0].lines]
    assert lines[:3] == [
        "\u00a0\u00a0当事人：李××，男。",
        "以下简称“原行为”\u00a0",
        "衢政复〔2023〕12号 A&B 与 &c 照印",
    ]
