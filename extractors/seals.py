"""Seal ink lifted off a page before OCR, so the signature and date printed under the seal read.

The issuer's seal is pressed over the signature block, which is where the issue date
is: the one date every deadline starts from.  Two cases, measured on rendered scans
and phone photos of 行政处罚决定书 and 行政裁定书:

* a colour image with a red seal: the recogniser reads 二〇二三年五月二十二日 under it as
  "二年" or drops the line.  Seen through the red channel the seal is light and black text
  stays dark, so red-dominant pixels take their red value.
* a grey scan (a red seal turned grey by the scanner or the photocopier): the ring cuts
  the detector's line in two and a character is lost (二十日 → 十日), which still parses as
  a valid, wrong date.  Nothing separates seal from text by colour, but the two differ in
  darkness (text ink is near black, seal ink mid-grey; text under seal is darker still)
  and in shape (the seal is a thick ring of mid-grey strokes about 4 cm across, text
  lines have only thin grey edges).  So we find ring-shaped blobs of thick mid-grey
  strokes, and inside each one, pixels lighter than the Otsu split between the two inks
  become paper.  The rest of the page is left as it was: faded grey text elsewhere must
  not be thinned.
"""

from __future__ import annotations

import numpy as np

RED_MARGIN = 40  # red channel this far above green and blue: seal ink, not text
RED_MIN_SHARE = 0.0005  # share of such pixels before a page counts as sealed

PAPER_PERCENTILE = 90  # most of a page is paper: this percentile is the paper's grey level
DARK_TEXT = 70  # darker than this is text ink (or text under a seal), never seal ink alone
PAPER_MARGIN = 40  # this much darker than paper is ink of some kind
# An official seal is 38–45 mm across on a 210 mm-wide A4 page, i.e. about a fifth of the
# page width; allow for margins cropped off a scan and for smaller court seals.
SEAL_MIN_WIDTH, SEAL_MAX_WIDTH = 0.12, 0.35
SEAL_MAX_ASPECT = 1.4  # round or slightly oval, never a long strip like a line of text
SEAL_MAX_FILL = 0.5  # share of the box covered by thick grey strokes: a ring, not a shadow
JOIN_SHARE = 0.015  # gaps (where text crosses the ring) closed up to this share of page width


def red_ink(image: np.ndarray) -> np.ndarray | None:
    """Mask of red-dominant pixels, or None when the image is grey or has too little red to be a seal."""
    import cv2

    if image.ndim != 3 or image.shape[2] < 3:
        return None
    blue, green, red = cv2.split(image[:, :, :3])
    mask = cv2.subtract(red, cv2.max(green, blue)) > RED_MARGIN  # saturating: no int16 copies
    return mask if mask.mean() >= RED_MIN_SHARE else None


def suppress_red_seal(image: np.ndarray, mask: np.ndarray | None = None) -> np.ndarray:
    """Red ink takes its red-channel value: light where it lies on paper, dark where text is under it."""
    mask = red_ink(image) if mask is None else mask
    if mask is None:
        return image
    out = image.copy()
    out[mask] = image[:, :, 2][mask][:, None]
    return out


def seal_shaped(mask: np.ndarray, max_fill: float = 1.0) -> list[tuple[int, int, int, int]]:
    """(x, y, width, height) of blobs of `mask` that have a seal's size and shape.

    Text crossing the ring breaks it into arcs; closing gaps of a small share of the
    page width joins them back into one blob before the blobs are measured.
    """
    import cv2

    width = mask.shape[1]
    join = max(3, int(width * JOIN_SHARE))
    joined = cv2.morphologyEx(mask.astype(np.uint8), cv2.MORPH_CLOSE, np.ones((join, join), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    boxes = []
    for x, y, w, h, _area in stats[1:count]:
        if not (SEAL_MIN_WIDTH * width < w < SEAL_MAX_WIDTH * width and SEAL_MIN_WIDTH * width < h):
            continue
        if max(w, h) / min(w, h) > SEAL_MAX_ASPECT:
            continue
        if mask[y : y + h, x : x + w].mean() > max_fill:
            continue
        boxes.append((int(x), int(y), int(w), int(h)))
    return boxes


def paper_level(grey: np.ndarray) -> int:
    """The grey level of the paper: most of a page is paper (a histogram, not a sort)."""
    cumulative = np.cumsum(np.bincount(grey.ravel(), minlength=256))
    return int(np.searchsorted(cumulative, cumulative[-1] * PAPER_PERCENTILE / 100))


def grey_seal_boxes(grey: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Ring-shaped blobs of thick mid-grey strokes: seals on a grey scan."""
    import cv2

    paper = paper_level(grey)
    band = ((grey > DARK_TEXT) & (grey < paper - PAPER_MARGIN)).astype(np.uint8)
    # Opening removes the one- or two-pixel grey edges every dark glyph has; seal strokes survive.
    thick = cv2.morphologyEx(band, cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))
    return seal_shaped(thick, SEAL_MAX_FILL)


def clear_seal_ink(image: np.ndarray, grey: np.ndarray, boxes: list[tuple[int, int, int, int]]) -> np.ndarray:
    """Inside each seal box, pixels lighter than the Otsu split between text ink and seal ink become paper."""
    import cv2

    if not boxes:
        return image
    paper = paper_level(grey)
    out = image.copy()
    for x, y, w, h in boxes:
        patch = grey[y : y + h, x : x + w]
        ink = patch[patch < paper - PAPER_MARGIN]
        if ink.size < 2:
            continue
        split, _ = cv2.threshold(ink.reshape(-1, 1), 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
        out[y : y + h, x : x + w][patch > split] = paper
    return out


def lift_seals(image: np.ndarray) -> np.ndarray:
    """Red ink lightened first, then every seal-shaped blob (red or grey) cleared down to its text.

    Clearing matters for red seals too: JPEG keeps colour at a quarter of the resolution,
    so the edges of the seal's own characters are not red enough to be caught and stay
    as grey strokes across the date (5月20日 read as 5月29日).
    """
    import cv2

    red = red_ink(image)
    lifted = suppress_red_seal(image, red)
    grey = lifted if lifted.ndim == 2 else cv2.cvtColor(lifted, cv2.COLOR_BGR2GRAY)
    boxes = grey_seal_boxes(grey) + (seal_shaped(red) if red is not None else [])
    return clear_seal_ink(lifted, grey, boxes)
