"""Lines the OCR detector lost: line-shaped ink no recognised box covers is found and read again."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from extractors.ocr import OcrPass, _with_missed_lines, run_pass
from extractors.ocr_missed import uncovered_lines

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
_LINES = ("法律依据", "山西省平川市人民法院行政裁定书(2017)晋1182行审69号", "申请执行人平川市自然资源局。")


def _page() -> np.ndarray:
    image = Image.new("RGB", (1240, 600), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 40)
    for row, text in enumerate(_LINES):
        draw.text((120, 100 + row * 64), text, fill="black", font=font)
    return np.ascontiguousarray(np.asarray(image)[:, :, ::-1])


def _box(x0: int, y0: int, x1: int, y1: int) -> np.ndarray:
    return np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], dtype=np.float64)


def test_only_line_shaped_ink_outside_the_boxes_is_left_over() -> None:
    page = np.full((400, 1000), 255, np.uint8)
    page[50:80, 100:700] = 0  # a line that was read
    page[120:150, 100:600] = 0  # a line that was not
    page[200:206, 100:106] = 0  # a speck
    page[250:390, 700:900] = 0  # a picture, far taller than a line
    blobs = uncovered_lines(page, [_box(95, 45, 705, 85)], 40.0)
    assert len(blobs) == 1
    x, y, w, h = blobs[0]
    assert abs(x - 100) < 3 and abs(y - 120) < 3 and w > 450 and 25 <= h <= 35


@pytest.mark.slow
def test_a_line_the_detector_lost_is_read_again() -> None:
    image = _page()
    full = run_pass(image)
    assert any("人民法院" in text for text in full.texts)
    kept = [i for i, text in enumerate(full.texts) if "人民法院" not in text]  # as if the detector had merged it away
    lost = OcrPass(
        [full.quads[i] for i in kept], [full.texts[i] for i in kept], [full.scores[i] for i in kept], 0.0, 1240, 600
    )
    mended = _with_missed_lines(image, lost)
    assert any("平川市人民法院行政裁定书" in text for text in mended.texts)
    assert len(mended.texts) == len(full.texts)  # nothing read twice


@pytest.mark.slow
def test_a_page_read_whole_gets_nothing_added() -> None:
    image = _page()
    full = run_pass(image)
    assert _with_missed_lines(image, full).texts == full.texts
