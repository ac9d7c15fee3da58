"""Seal ink is lifted before OCR; the text under it stays dark and nothing else on the page changes."""

from __future__ import annotations

import numpy as np

from extractors.seals import grey_seal_boxes, lift_seals, suppress_red_seal

PAPER, TEXT, SEAL = 250, 25, 160  # a photocopied page: near-black text, a mid-grey seal


def _page_with_seal() -> np.ndarray:
    page = np.full((200, 400, 3), 255, dtype=np.uint8)  # BGR, white paper
    page[90:110, 50:350] = (20, 20, 20)  # a line of black text
    yy, xx = np.ogrid[:200, :400]
    seal = (yy - 100) ** 2 + (xx - 200) ** 2 < 70**2
    paper, text = seal & (page[:, :, 0] > 200), seal & (page[:, :, 0] < 50)
    page[paper] = (40, 40, 210)  # red ink on paper
    page[text] = (15, 15, 90)  # black text seen through red ink
    return page


def _grey_scan() -> np.ndarray:
    """An A4-shaped grey page at 60 dpi: text lines, and a grey ring seal over the last one."""
    page = np.full((700, 500), PAPER, dtype=np.uint8)
    for top in range(80, 560, 40):
        for left in range(60, 440, 22):  # glyph-sized blocks of thin strokes
            page[top : top + 14, left : left + 2] = TEXT
            page[top + 6 : top + 8, left : left + 14] = TEXT
    yy, xx = np.ogrid[:700, :500]
    ring = np.abs(np.sqrt((yy - 540) ** 2 + (xx - 330) ** 2) - 45) < 4
    star = (np.abs(yy - 540) < 8) & (np.abs(xx - 330) < 8)
    seal = ring | star
    page[seal] = np.minimum(page[seal], SEAL)
    page[seal & (page < 100)] = 15  # text seen through seal ink is darker still
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
    assert lift_seals(plain) is plain


def test_grey_ring_is_found_and_cleared_down_to_the_text_under_it():
    page = _grey_scan()
    boxes = grey_seal_boxes(page)
    assert len(boxes) == 1
    x, y, w, h = boxes[0]
    assert x < 290 < 370 < x + w and y < 500 < 580 < y + h
    out = lift_seals(page)
    assert out[540, 330 + 45] >= PAPER - 5  # ring ink on paper: gone
    assert out[540, 330] >= PAPER - 5  # the star: gone
    assert out[520 + 6, 305] <= 30  # a text stroke inside the seal: still dark
    assert (out[:440] == page[:440]).all()  # nothing above the seal changed


def test_grey_blocks_that_are_not_ring_shaped_are_left_alone():
    page = np.full((700, 500), PAPER, dtype=np.uint8)
    page[300:400, 200:300] = 150  # a filled grey box (a photo, table shading): no ring
    page[100:104, 50:450] = 150  # a long grey rule
    page[200:214, 60:62] = 120  # a faded grey character stroke
    assert grey_seal_boxes(page) == []
    assert (lift_seals(page) == page).all()
