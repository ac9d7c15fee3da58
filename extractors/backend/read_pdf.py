"""PDF page by page: the text layer through pdfplumber where it is usable, OCR where it is not.

A page's text layer is not trusted when it is empty, only a few stray characters,
mostly private-use glyphs / (cid:n) codes / mojibake, or fewer than ~20 CJK characters
on a page that is mostly one big image (a scan with a stamped-on caption).  A page with
no text but many curves (text converted to outlines, 转曲) is not blank either.  Such
pages are rendered with pypdfium2 at the resolution of their own embedded image (capped)
and OCRed once, so a mixed PDF comes out with Page.ocr set only where OCR was used.
Text pages keep line boxes in PDF points (origin top-left); OCR pages in pixels of
the rendered page.  pypdfium2 opens the file first because it tells a password from
a broken file more reliably than pdfminer.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import numpy as np

from extractors.backend.lines import page_from_lines
from extractors.document import Page
from extractors.errors import ReadError

MIN_DPI, MAX_DPI = 150, 300
MIN_MEANINGFUL = 5  # fewer letters/digits/CJK than this is stray characters, not a text layer
MIN_CJK_ON_SCAN = 20
BIG_IMAGE_SHARE = 0.5
MAX_BAD_SHARE = 0.1
MIN_OUTLINE_CURVES = 20
CID = re.compile(r"\(cid:\d+\)")


def read_pdf(path: Path, ocr_dpi: int, max_image_pixels: int) -> tuple[list[Page], bool, list[str]]:
    """Pages, whether any page had a usable text layer, and warnings."""
    import pdfplumber
    import pypdfium2 as pdfium

    rendered = _open_pdfium(path, pdfium)
    pages: list[Page] = []
    warnings: list[str] = []
    any_text = False
    try:
        with pdfplumber.open(str(path)) as pdf:
            for number, page in enumerate(pdf.pages, start=1):
                read_page, usable = _read_page(page, rendered[number - 1], number, ocr_dpi, max_image_pixels, warnings)
                pages.append(read_page)
                any_text = any_text or usable
    except ReadError:
        raise
    except Exception as exc:  # pdfminer raises a zoo of exception types on damaged files
        raise ReadError(path, "corrupt_pdf", "PDF 文件已损坏或被截断", f"damaged or truncated PDF: {exc}") from exc
    finally:
        rendered.close()
    return pages, any_text, warnings


def _read_page(
    page: Any, rendered: Any, number: int, ocr_dpi: int, max_pixels: int, warnings: list[str]
) -> tuple[Page, bool]:
    """One page, and whether its text layer was used.  A page pdfminer chokes on is OCRed instead."""
    try:
        rows, cover, image_dpi = _text_rows(page)
    except Exception as exc:  # a damaged content stream on one page should not lose the others
        rows, cover, image_dpi = [], 1.0, None
        warnings.append(f"第 {number} 页文字层无法解析，改用 OCR（page {number} text layer unreadable: {exc!r}）")
    width, height = float(page.width), float(page.height)
    if text_layer_usable("\n".join(r[0] for r in rows), cover):
        return page_from_lines(number, rows, width=width, height=height), True
    if rows or cover > 0 or _drawn_text(page):
        return _ocr_page(rendered, number, _render_dpi(page, image_dpi or ocr_dpi, max_pixels)), False
    warnings.append(f"第 {number} 页为空白页（page {number} is blank）")
    return Page(number, "", [], width, height), False


def _drawn_text(page: Any) -> bool:
    """Text converted to outlines (转曲) leaves no characters, only many curves: worth OCR."""
    return len(page.objects.get("curve", [])) >= MIN_OUTLINE_CURVES


def _open_pdfium(path: Path, pdfium: Any) -> Any:
    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise ReadError(path, "encrypted_pdf", "PDF 文件有密码保护，无法打开", "PDF is password-protected") from exc
        raise ReadError(path, "corrupt_pdf", "PDF 文件已损坏或被截断", f"damaged or truncated PDF: {exc}") from exc
    if len(doc) == 0:
        doc.close()
        raise ReadError(path, "corrupt_pdf", "PDF 文件没有任何页面", "PDF has no pages")
    return doc


def _text_rows(page: Any) -> tuple[list[tuple[str, Any, None]], float, float | None]:
    """Text lines with boxes, the share of the page covered by images, and the biggest image's dpi."""
    lines = page.extract_text_lines(layout=False, return_chars=False)
    rows = [(ln["text"], _box(ln), None) for ln in lines if ln["text"]]
    area = float(page.width * page.height) or 1.0
    cover, best, dpi = 0.0, 0.0, None
    for im in page.images:
        w = max(min(im["x1"], page.width) - max(im["x0"], 0), 0)
        h = max(min(im["bottom"], page.height) - max(im["top"], 0), 0)
        cover += w * h / area
        src = im.get("srcsize") or (0, 0)
        if w * h > best and im["width"] > 0 and src[0]:
            best, dpi = w * h, src[0] / (im["width"] / 72.0)
    return rows, min(cover, 1.0), dpi


def _box(obj: dict[str, Any]) -> tuple[float, float, float, float]:
    return (round(obj["x0"], 2), round(obj["top"], 2), round(obj["x1"], 2), round(obj["bottom"], 2))


def text_layer_usable(text: str, image_cover: float) -> bool:
    """Whether a page's text layer is real text rather than nothing, stray marks or garbage."""
    bad = len(CID.findall(text))
    chars = [c for c in CID.sub("", text) if not c.isspace()]
    if not chars:
        return False
    bad += sum(1 for c in chars if _garbage_char(c))
    if bad / (len(chars) + bad) > MAX_BAD_SHARE:
        return False
    cjk = sum(1 for c in chars if "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf")
    meaningful = cjk + sum(1 for c in chars if c.isascii() and c.isalnum())
    if meaningful < MIN_MEANINGFUL:
        return False
    return not (image_cover > BIG_IMAGE_SHARE and cjk < MIN_CJK_ON_SCAN)


def _garbage_char(c: str) -> bool:
    """Private-use glyphs, replacement marks, controls, and Latin-1 letters that signal mojibake."""
    code = ord(c)
    return (
        0xE000 <= code <= 0xF8FF
        or code == 0xFFFD
        or code < 0x20
        or (0xC0 <= code <= 0xFF and code not in (0xD7, 0xF7))  # keep × and ÷
        or code >= 0xF0000
    )


def _render_dpi(page: Any, dpi: float, max_pixels: int) -> float:
    """The scan's own resolution, held between MIN_DPI and MAX_DPI and under the pixel budget."""
    dpi = min(max(dpi, MIN_DPI), MAX_DPI)
    pixels = (page.width * dpi / 72.0) * (page.height * dpi / 72.0)
    if pixels > max_pixels:
        dpi *= (max_pixels / pixels) ** 0.5
    return dpi


def _ocr_page(pdf_page: Any, number: int, dpi: float) -> Page:
    """Render at the scan's own resolution and OCR it exactly as an image file would be."""
    from extractors.backend.read_image import ocr_page

    image = np.asarray(pdf_page.render(scale=dpi / 72.0).to_pil().convert("RGB"))[:, :, ::-1]
    return ocr_page(np.ascontiguousarray(image), number)
