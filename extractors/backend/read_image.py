"""PNG, JPEG and TIFF (every frame of a multi-page TIFF) through OCR.

The pixel limit is checked from the header before any pixel is decoded, and PIL's own
decompression-bomb guard is turned into the same error.  EXIF orientation is applied
first, so a phone photo's stored turn is not mistaken for a page lying on its side.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import numpy as np

from extractors.backend.lines import page_from_lines
from extractors.document import Page
from extractors.errors import ReadError


def read_image(path: Path, max_image_pixels: int) -> list[Page]:
    from PIL import Image, ImageOps, ImageSequence

    pages: list[Page] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as img:
                for number, frame in enumerate(ImageSequence.Iterator(img), start=1):
                    _check_size(path, frame.size, max_image_pixels)
                    upright = ImageOps.exif_transpose(frame)
                    pages.append(ocr_page(_to_bgr(upright), number))
    except ReadError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ReadError(path, "image_too_large", "图片像素过多，疑似解压炸弹", str(exc)) from exc
    except (OSError, ValueError, SyntaxError) as exc:  # PIL signals broken files with these
        raise ReadError(path, "corrupt_image", "图片文件已损坏或被截断", f"damaged image: {exc}") from exc
    return pages


def ocr_page(image: np.ndarray, number: int) -> Page:
    from extractors.ocr import ocr_lines

    lines, turn, (width, height) = ocr_lines(image)
    rows = ((ln.text, ln.box, ln.confidence) for ln in lines)
    return page_from_lines(
        number,
        rows,
        width=float(width),
        height=float(height),
        ocr=True,
        rotation=turn,
        layout=[ln.flat for ln in lines],
        pieces=[ln.pieces for ln in lines],
    )


def _check_size(path: Path, size: tuple[int, int], max_pixels: int) -> None:
    if size[0] * size[1] > max_pixels:
        raise ReadError(
            path,
            "image_too_large",
            f"图片尺寸 {size[0]}×{size[1]} 超过像素上限 {max_pixels}",
            f"image {size[0]}x{size[1]} exceeds {max_pixels} pixels",
        )


def _to_bgr(img: Any) -> np.ndarray:
    """RapidOCR follows OpenCV's channel order; 16-bit, palette and transparent images become 8-bit RGB."""
    from PIL import Image

    if img.mode.startswith("I;16"):
        img = img.point(lambda v: v / 256).convert("L")
    if "A" in img.mode or "transparency" in img.info:
        # transparent pixels often hold black; put the page on white paper first
        rgba = img.convert("RGBA")
        img = Image.alpha_composite(Image.new("RGBA", rgba.size, "white"), rgba)
    arr = np.asarray(img.convert("RGB"))
    return np.ascontiguousarray(arr[:, :, ::-1])
