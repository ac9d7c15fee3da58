"""Scanned-PDF rendering: grayscale pages, a degree or two of skew, speckle, JPEG inside a PDF.

The PDF has no text layer, so readers must OCR it, as with a real scanner.
Randomness comes from a seed derived from the sample name: same name, same bytes.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

import numpy as np
from generator.builder import SampleDoc
from generator.layout import PAGE_H, PAGE_W, PlacedLine
from generator.render_page import draw_page
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

SCAN_DPI = 150
JPEG_QUALITY = 50
COLOUR_QUALITY = 42


def degrade(page: Image.Image, rng: random.Random) -> Image.Image:
    """Skew, speckle and a little softness of a flatbed scan of a photocopy (grayscale or colour)."""
    angle = rng.uniform(1.0, 2.0) * rng.choice((-1, 1))
    paper = 252 if page.mode == "L" else (250, 249, 245)
    page = page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=paper)
    noise = np.random.default_rng(rng.randrange(2**32))
    pixels = np.asarray(page, dtype=np.int16)
    grain = noise.normal(0, 4, pixels.shape[:2]).astype(np.int16)
    pixels = pixels + (grain if pixels.ndim == 2 else grain[..., None])
    specks = noise.random(pixels.shape[:2]) < 0.0012
    dark = noise.integers(20, 120, int(specks.sum()))
    pixels[specks] = dark if pixels.ndim == 2 else dark[:, None]
    page = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), page.mode)
    return page.filter(ImageFilter.GaussianBlur(0.45))


def write_scan(doc: SampleDoc, pages: list[list[PlacedLine]], path: Path, seed: int) -> None:
    """One JPEG page image per layout page; every third sample is scanned in colour (red seal)."""
    rng = random.Random(seed)
    colour = seed % 3 == 0
    pdf = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=1)
    for lines in pages:
        image = degrade(draw_page(lines, SCAN_DPI, doc.seal_text, colour=colour), rng)
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=COLOUR_QUALITY if colour else JPEG_QUALITY, optimize=True)
        buffer.seek(0)
        pdf.drawImage(ImageReader(buffer), 0, 0, width=PAGE_W, height=PAGE_H)
        pdf.showPage()
    pdf.save()
