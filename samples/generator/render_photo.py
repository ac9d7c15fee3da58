"""Phone-photo rendering of a first page: on a desk, seen at an angle, lit unevenly, a little soft."""

from __future__ import annotations

import random
from pathlib import Path

import cv2
import numpy as np
from generator.builder import SampleDoc
from generator.layout import PlacedLine
from generator.render_page import draw_page
from PIL import Image

PHOTO_DPI = 150
PHOTO_SIZE = (1500, 2000)  # width, height of the picture
JPEG_QUALITY = 72


def _warp(page: np.ndarray, rng: random.Random) -> np.ndarray:
    """Perspective-warp the page onto a desk-coloured background, corners jittered."""
    h, w = page.shape[:2]
    out_w, out_h = PHOTO_SIZE
    pad_x, pad_y = out_w * 0.06, out_h * 0.05

    def jitter(x: float, y: float) -> list[float]:
        return [x + rng.uniform(-1, 1) * out_w * 0.035, y + rng.uniform(-1, 1) * out_h * 0.025]

    source = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    target = np.float32(
        [
            jitter(pad_x, pad_y),
            jitter(out_w - pad_x, pad_y),
            jitter(out_w - pad_x * 0.6, out_h - pad_y),
            jitter(pad_x * 0.6, out_h - pad_y),
        ]
    )
    matrix = cv2.getPerspectiveTransform(source, target)
    desk = tuple(int(v) for v in (rng.randint(95, 125), rng.randint(80, 100), rng.randint(60, 80)))
    return cv2.warpPerspective(
        page, matrix, (out_w, out_h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=desk
    )


def _light(picture: np.ndarray, rng: random.Random) -> np.ndarray:
    """A lamp off to one side: brightness falls from ~1.05 to ~0.7 across the frame."""
    h, w = picture.shape[:2]
    cx, cy = rng.uniform(0, w), rng.uniform(0, h * 0.5)
    yy, xx = np.mgrid[0:h, 0:w]
    dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / np.hypot(w, h)
    gain = 1.05 - 0.4 * dist
    lit = picture.astype(np.float32) * gain[..., None]
    lit[..., 2] *= 0.97  # a warm cast: a little less blue
    return np.clip(lit, 0, 255).astype(np.uint8)


def write_photo(doc: SampleDoc, first_page: list[PlacedLine], path: Path, seed: int) -> None:
    rng = random.Random(seed)
    page = np.asarray(draw_page(first_page, PHOTO_DPI, doc.seal_text, colour=True))
    picture = _light(_warp(page, rng), rng)
    picture = cv2.GaussianBlur(picture, (0, 0), rng.uniform(0.8, 1.1))
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0, 3, picture.shape)
    picture = np.clip(picture.astype(np.float32) + noise, 0, 255).astype(np.uint8)
    Image.fromarray(picture, "RGB").save(path, "JPEG", quality=JPEG_QUALITY, optimize=True)
