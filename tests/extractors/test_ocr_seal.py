"""Red seal ink is lightened before OCR; black text under it and grey pages are left alone."""

from __future__ import annotations

import numpy as np

from extractors.ocr import suppress_red_seal


def _page_with_seal() -> np.ndarray:
    page = np.full((200, 400, 3), 255, dtype=np.uint8)  # BGR, white paper
    page[90:110, 50:350] = (20, 20, 20)  # a line of black text
    yy, xx = np.ogrid[:200, :400]
    seal = (yy - 100) ** 2 + (xx - 200) ** 2 < 70**2
    paper, text = seal & (page[:, :, 0] > 200), seal & (page[:, :, 0] < 50)
    page[paper] = (40, 40, 210)  # red ink on paper
    page[text] = (15, 15, 90)  # black text seen through red ink
    return page


def test_red_seal_turns_light_and_text_under_it_stays_dark():
    out = suppress_red_seal(_page_with_seal())
    assert out[40, 200].tolist() == [210, 210, 210]  # seal ink on paper: light grey
    assert out[100, 200].max() <= 90  # text under the seal: still dark
    assert out[100, 60].tolist() == [20, 20, 20]  # text outside the seal untouched


def test_grey_and_unsealed_pages_are_returned_as_they_are():
    grey = np.full((50, 50), 128, dtype=np.uint8)
    assert suppress_red_seal(grey) is grey
    plain = np.full((50, 50, 3), 255, dtype=np.uint8)
    assert suppress_red_seal(plain) is plain
