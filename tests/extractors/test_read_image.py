"""Image reader: OCR text, line grouping, rotated and skewed scans, multi-page TIFF, EXIF."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from extractors.ocr import page_turn, turn_quad
from extractors.read import read
from models.vocab import Reader

SCAN = Path(__file__).parent / "fixtures" / "scan_page.png"


def _assert_decision(page):
    assert page.ocr
    assert page.lines[0].text == "某某县自然资源局"
    assert page.lines[1].text == "行政处罚决定书"
    assert "〔2023〕第15号" in page.lines[2].text
    # two boxes on one visual line come out as one line, Chinese joined without a space
    assert "\n当事人：某某建材有限公司法定代表人：张某\n" in page.text
    assert page.lines[-1].text == "二〇二三年五月八日"
    for ln in page.lines:
        assert page.text[ln.start : ln.end] == ln.text
        assert ln.box is not None and 0 < ln.confidence <= 1


@pytest.mark.slow
def test_png_scan():
    result = read(SCAN)
    assert result.reader == Reader.OCR
    assert result.format == "png"
    page = result.pages[0]
    _assert_decision(page)
    assert page.rotation == 0
    assert (page.width, page.height) == (1000, 760)
    top = page.lines[0].box
    assert top[1] < page.lines[1].box[1]


@pytest.mark.slow
@pytest.mark.parametrize("turned, fix", [(Image.Transpose.ROTATE_270, 270), (Image.Transpose.ROTATE_180, 180)])
def test_rotated_scan_comes_out_upright(tmp_path, turned, fix):
    """ROTATE_270 turns the page 90 degrees clockwise; undoing it takes 270 more."""
    path = tmp_path / "turned.png"
    Image.open(SCAN).transpose(turned).save(path)
    page = read(path).pages[0]
    _assert_decision(page)
    assert page.rotation == fix
    assert (page.width, page.height) == (1000, 760)


@pytest.mark.slow
def test_skewed_scan_keeps_its_lines(tmp_path):
    path = tmp_path / "skewed.png"
    Image.open(SCAN).rotate(2.5, expand=True, fillcolor=255).save(path)
    _assert_decision(read(path).pages[0])


@pytest.mark.slow
def test_multipage_tiff(tmp_path):
    path = tmp_path / "scan.tiff"
    first = Image.open(SCAN)
    second = first.transpose(Image.Transpose.ROTATE_180)
    first.save(path, save_all=True, append_images=[second], compression="tiff_deflate")
    result = read(path)
    assert result.format == "tiff"
    assert [p.number for p in result.pages] == [1, 2]
    for page in result.pages:
        _assert_decision(page)
    assert [p.rotation for p in result.pages] == [0, 180]


@pytest.mark.slow
def test_phone_jpeg_exif_orientation_is_honoured(tmp_path):
    """Pixels stored turned, EXIF Orientation=6 says 'turn 90 degrees clockwise to view'."""
    path = tmp_path / "photo.jpg"
    stored = Image.open(SCAN).convert("RGB").transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0112] = 6
    stored.save(path, exif=exif, quality=90)
    page = read(path).pages[0]
    _assert_decision(page)
    assert page.rotation == 0


def test_turn_quad_maps_points_into_the_turned_page():
    quad = np.array([[10, 20], [110, 20], [110, 40], [10, 40]], dtype=float)
    turned = turn_quad(quad, 90, width=200, height=100)
    # the box's top-left corner (10, 20) lands at (100 - 40, 10) and is the first point again
    assert turned[0].tolist() == [60, 10]
    assert turn_quad(turn_quad(quad, 180, 200, 100), 180, 200, 100).tolist() == quad.tolist()


def test_page_turn_reads_vertical_and_flipped_boxes():
    from extractors.ocr import OcrPass

    tall = np.array([[0, 0], [10, 0], [10, 100], [0, 100]], dtype=float)
    wide = np.array([[0, 0], [100, 0], [100, 10], [0, 10]], dtype=float)
    assert page_turn(OcrPass([wide] * 3, ["字"] * 3, [0.9] * 3, 0.0, 100, 100)) == 0
    assert page_turn(OcrPass([wide] * 3, ["字"] * 3, [0.9] * 3, 1.0, 100, 100)) == 180
    assert page_turn(OcrPass([tall] * 3, ["字"] * 3, [0.9] * 3, 0.0, 100, 100)) == 270
    assert page_turn(OcrPass([tall] * 3, ["字"] * 3, [0.9] * 3, 1.0, 100, 100)) == 90


def _pass(quads, score=0.95, flipped=0.0, size=(400, 300)):
    from extractors.ocr import OcrPass

    return OcrPass(
        [np.array(q, dtype=float) for q in quads], ["行政处罚"] * len(quads), [score] * len(quads), flipped, *size
    )


WIDE = [[10, 10], [210, 10], [210, 40], [10, 40]]


def test_a_good_first_pass_is_the_only_pass(monkeypatch):
    from extractors import ocr

    calls = []
    monkeypatch.setattr(ocr, "run_pass", lambda image: calls.append(image.shape) or _pass([WIDE] * 5))
    _, turn = ocr.upright_pass(np.zeros((300, 400, 3), dtype=np.uint8))
    assert turn == 0
    assert len(calls) == 1


def test_a_doubtful_first_pass_tries_the_quarter_turn_and_keeps_the_better(monkeypatch):
    from extractors import ocr

    passes = iter([_pass([WIDE] * 5, score=0.4), _pass([WIDE] * 5, score=0.97, size=(300, 400))])
    calls = []
    monkeypatch.setattr(ocr, "run_pass", lambda image: calls.append(image.shape) or next(passes))
    best, turn = ocr.upright_pass(np.zeros((300, 400, 3), dtype=np.uint8))
    assert calls == [(300, 400, 3), (400, 300, 3)]
    assert turn == 90
    assert best.mean_score == pytest.approx(0.97)


def test_skewed_boxes_are_grouped_by_visual_line():
    """At 3 degrees two boxes 600 px apart on one line differ by ~31 px in y, more than a line gap."""
    from extractors.ocr import _reading_order

    tilt = np.tan(np.radians(3))

    def box(x, y, w=250, h=30):
        return np.array(
            [[x, y + x * tilt], [x + w, y + (x + w) * tilt], [x + w, y + h + (x + w) * tilt], [x, y + h + x * tilt]]
        )

    quads = [box(650, 100), box(50, 100), box(50, 150), box(650, 150), box(50, 200, w=700)]
    assert _reading_order(quads) == [[1, 0], [2, 3], [4]]


@pytest.mark.slow
def test_bare_ocr_is_the_plain_engine_call():
    from extractors.ocr import bare_ocr

    image = np.asarray(Image.open(SCAN).convert("RGB"))[:, :, ::-1]
    boxes = bare_ocr(np.ascontiguousarray(image))
    texts = [t for t, _, _ in boxes]
    assert "行政处罚决定书" in texts
    # unlike ocr_lines, the two boxes of the party line stay apart
    assert "法定代表人：张某" in texts
    assert all(len(b) == 4 and 0 < s <= 1 for _, b, s in boxes)


@pytest.mark.parametrize(
    "image",
    [
        Image.new("RGBA", (4, 4), (0, 0, 0, 0)),  # transparent, black underneath
        Image.new("I;16", (4, 4), 65535),  # 16-bit grey scan
        Image.new("1", (4, 4), 1),  # bilevel fax-style TIFF
        Image.new("CMYK", (4, 4), (0, 0, 0, 0)),
    ],
)
def test_odd_image_modes_become_white_paper(image):
    from extractors.backend.read_image import _to_bgr

    arr = _to_bgr(image)
    assert arr.shape == (4, 4, 3) and arr.dtype == np.uint8
    assert arr[0, 0].tolist() == [255, 255, 255]
