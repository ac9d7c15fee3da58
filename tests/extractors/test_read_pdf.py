"""PDF reader: text layer with boxes, scanned and mixed PDFs page by page, garbage detection."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from extractors.backend.read_pdf import text_layer_usable
from extractors.read import read
from models.vocab import Reader

SCAN = Path(__file__).parent / "fixtures" / "scan_page.png"
LINES = [
    "某某县自然资源局",
    "行政处罚决定书",
    "某自然资罚字〔2023〕第15号",
    "当事人：某某建材有限公司",
    "经查，当事人于2023年3月12日未经批准擅自占用某某村集体土地523.4平方米，",
    "违反了《中华人民共和国土地管理法》第四十四条的规定。",
]


def _text_page(c: canvas.Canvas) -> None:
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c.setFont("STSong-Light", 14)
    for i, text in enumerate(LINES):
        c.drawString(72, 760 - 24 * i, text)
    c.showPage()


def _scan_page(c: canvas.Canvas) -> None:
    """The fixture image placed at 150 dpi, as a scanner would, with no text layer."""
    c.drawImage(str(SCAN), 72, 400, width=1000 * 72 / 150, height=760 * 72 / 150)
    c.showPage()


def _pdf(path: Path, *pages) -> Path:
    c = canvas.Canvas(str(path))
    for draw in pages:
        draw(c)
    c.save()
    return path


def test_text_pdf_keeps_lines_and_point_boxes(tmp_path):
    result = read(_pdf(tmp_path / "decision.pdf", _text_page))
    assert result.reader == Reader.PDF_TEXT
    assert result.format == "pdf"
    page = result.pages[0]
    assert not page.ocr
    assert [ln.text for ln in page.lines][:3] == LINES[:3]
    assert page.width == pytest.approx(595.28, abs=0.1)
    x0, top, x1, bottom = page.lines[0].box
    assert x0 == pytest.approx(72, abs=1) and 0 < top < bottom < 120
    for ln in page.lines:
        assert page.text[ln.start : ln.end] == ln.text
    # the wrapped sentence is one paragraph again; the short heading lines are not
    assert "523.4平方米，违反了《中华人民共和国土地管理法》" in page.text
    assert page.text.startswith("某某县自然资源局\n行政处罚决定书\n")


def test_garbage_text_layers_are_not_trusted():
    assert text_layer_usable("行政处罚决定书 某自然资罚字〔2023〕第15号", 0.0)
    assert not text_layer_usable("", 0.0)
    assert not text_layer_usable(" . , 1", 0.0)
    assert not text_layer_usable("\ue001\ue002\ue003\ue004行政处罚", 0.0)
    assert not text_layer_usable("(cid:12)(cid:40)(cid:77)(cid:3)行政处罚决定书", 0.0)
    assert not text_layer_usable("Ã¨¡Œæ”¿å¤„ç½šå†³å®šä¹¦", 0.0)
    assert not text_layer_usable("扫描件 第1页 共2页", 0.9)
    assert text_layer_usable("行政处罚决定书" * 4, 0.9)


@pytest.mark.slow
def test_scanned_pdf_is_ocred(tmp_path):
    result = read(_pdf(tmp_path / "scan.pdf", _scan_page))
    assert result.reader == Reader.OCR
    page = result.pages[0]
    assert page.ocr
    assert "行政处罚决定书" in page.text
    assert "〔2023〕第15号" in page.text
    assert page.mean_confidence > 0.8
    assert all(ln.box is not None for ln in page.lines)


@pytest.mark.slow
def test_mixed_pdf_is_read_page_by_page(tmp_path):
    result = read(_pdf(tmp_path / "mixed.pdf", _text_page, _scan_page))
    assert result.reader == Reader.PDF_TEXT
    assert [p.ocr for p in result.pages] == [False, True]
    assert result.pages[0].lines[1].text == "行政处罚决定书"
    assert "行政处罚决定书" in result.pages[1].text
    # rendered at the embedded image's 150 dpi: an A4 page is ~1240 px wide
    assert result.pages[1].width == pytest.approx(595.28 * 150 / 72, abs=3)


def test_blank_page_is_kept_empty_with_a_warning(tmp_path):
    result = read(_pdf(tmp_path / "blank.pdf", _text_page, lambda c: c.showPage()))
    assert [p.text == "" for p in result.pages] == [False, True]
    assert not result.pages[1].ocr
    assert any("空白页" in w for w in result.warnings)


def test_text_turned_into_outlines_is_not_blank(tmp_path):
    """No characters but many curves (转曲) means the page must be OCRed, not skipped."""
    import pdfplumber

    from extractors.backend.read_pdf import _drawn_text

    def outlines(c: canvas.Canvas) -> None:
        for i in range(30):
            c.bezier(72 + 10 * i, 700, 80 + 10 * i, 720, 84 + 10 * i, 690, 90 + 10 * i, 700)
        c.showPage()

    path = _pdf(tmp_path / "outlined.pdf", outlines, lambda c: c.showPage())
    with pdfplumber.open(path) as pdf:
        assert [_drawn_text(p) for p in pdf.pages] == [True, False]


def test_wrapped_lines_join_into_paragraphs():
    from extractors.backend.lines import page_from_lines

    h = 14.0
    rows = [
        ("户国土资罚字〔2015〕第126号", (198.0, 100.0, 397.0, 100 + h)),  # centred heading
        ("当事人：户县鑫茂建材有限公司，统一社会信用代码：91610125MA6T", (78.0, 124.0, 516.0, 124 + h)),
        ("X3K28Q，住所地陕西省户县玉蝉镇东韩村。", (78.0, 148.0, 352.0, 148 + h)),
        ("经查明：当事人非法占用土地面积3421.", (106.0, 172.0, 508.0, 172 + h)),  # indented paragraph
        ("5平方米，其中耕地2800平方米。", (78.0, 196.0, 300.0, 196 + h)),
        ("我局决定作出如下行政处罚：一、责令退还非法占用的土地；二、限期", (106.0, 220.0, 512.0, 220 + h)),
        ("二、限期拆除在非法占用的土地上新建的建筑物", (78.0, 244.0, 400.0, 244 + h)),  # a new item
        ("户县国土资源局", (380.0, 330.0, 480.0, 330 + h)),  # after a gap
    ]
    page = page_from_lines(1, ((t, b, None) for t, b in rows))
    assert page.text.split("\n") == [
        rows[0][0],
        rows[1][0] + rows[2][0],
        rows[3][0] + rows[4][0],
        rows[5][0],
        rows[6][0],
        rows[7][0],
    ]
    for ln, (text, box) in zip(page.lines, rows, strict=True):
        assert page.text[ln.start : ln.end] == text and ln.box == box


def test_form_rows_are_never_glued():
    """A full-width row of cells (words apart, or several OCR boxes) is not prose."""
    from extractors.backend.lines import continuations

    full, next_line = (78.0, 100.0, 516.0, 114.0), (78.0, 124.0, 300.0, 138.0)
    texts = ["当事人   户县鑫茂建材有限公司   法定代表人   周某某", "住所地陕西省户县玉蝉镇东韩村。"]
    assert continuations([full, next_line], texts) == [False, False]
    prose = ["当事人户县鑫茂建材有限公司，法定代表人周某某，", "住所地陕西省户县玉蝉镇东韩村。"]
    assert continuations([full, next_line], prose) == [False, True]
    assert continuations([full, next_line], prose, pieces=[2, 1]) == [False, False]
    # a site's menu or a table row read without its gaps still holds its bars: the title below is no wrap of it
    menu = ["无障碍浏览|长辈版|设为首页|加入收藏|联系我们|登录|注册", "行政处罚决定书池自然资规罚决字[2020]11001号"]
    assert continuations([full, next_line], menu) == [False, False]
