"""Text lines the OCR detector lost, found as printed ink that no recognised box covers.

RapidOCR's detector grows its text map before it cuts it into boxes; a short line (全文, a
heading) whose first characters nearly touch the paragraph line below it can grow into one
region with it, and the paragraph's line comes back missing or cut to the short line's box.
That line is often the one that matters (a judgment site's 全文 followed by the court, the
title and the case number).  Turning the growth off loses more than it saves (measured on the
scans and photos of r1–r6), so instead the page's ink is compared with the boxes read: a
line-shaped blob of ink left over is read again on its own.
"""

from __future__ import annotations

import cv2
import numpy as np

Blob = tuple[int, int, int, int]  # x, y, width, height in page pixels

# Ink: darker than its 31-pixel neighbourhood by this much (a photo's shading and paper grain are not).
_BLOCK, _CONTRAST = 31, 25
_COVER_PAD = 0.3  # in line heights: ink this close to a recognised box belongs to it
_MIN_HEIGHT, _MAX_HEIGHT = 0.5, 1.6  # in line heights: a text line's ink, not a dot or a picture
_MIN_LENGTH = 3.0  # in own heights: a line of several characters, not a stray mark or one character
_MIN_FILL = 0.15  # share of its box the joined ink fills: text, not a frame or a rule


def uncovered_lines(image: np.ndarray, quads: list[np.ndarray], height: float) -> list[Blob]:
    """Line-shaped blobs of ink outside every recognised box, on an upright page whose lines are `height`
    pixels high (the median of its boxes)."""
    if not quads or height < 4:
        return []
    grey = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image
    ink = cv2.adaptiveThreshold(grey, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, _BLOCK, _CONTRAST)
    covered = np.zeros_like(ink)
    for quad in quads:
        cv2.fillPoly(covered, [np.round(quad).astype(np.int32)], 255)
    pad = int(height * _COVER_PAD) | 1
    covered = cv2.dilate(covered, np.ones((pad, pad), np.uint8))
    left = cv2.bitwise_and(ink, cv2.bitwise_not(covered))
    # the characters of one line joined across their gaps, never two lines into one
    joined = cv2.morphologyEx(left, cv2.MORPH_CLOSE, np.ones((1, max(3, int(height))), np.uint8))
    _, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    return [
        (int(x), int(y), int(w), int(h))
        for x, y, w, h, area in stats[1:]
        if _MIN_HEIGHT * height <= h <= _MAX_HEIGHT * height and w >= _MIN_LENGTH * h and area >= _MIN_FILL * w * h
    ]


def crop_around(image: np.ndarray, blob: Blob, margin: int) -> tuple[np.ndarray, int, int]:
    """The blob with a margin of paper around it (the detector needs some), and the crop's origin."""
    x, y, w, h = blob
    x0, y0 = max(0, x - margin), max(0, y - margin)
    crop = image[y0 : y + h + margin, x0 : x + w + margin]
    return np.ascontiguousarray(crop), x0, y0


def inside(quad: np.ndarray, blob: Blob) -> bool:
    """A box read from the crop that is the blob's line, not a neighbour the margin took in."""
    x, y, w, h = blob
    cx, cy = quad.mean(axis=0)
    return bool(y <= cy <= y + h and x <= cx <= x + w)
