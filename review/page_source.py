"""What the review page shows beside the fields: page images and, where cheap, the reader's page text.

Text is re-read only for formats whose reading needs no OCR (DOCX, .txt, text
PDFs); scans are shown as images with the OCR boxes the extraction stored.
Results are cached per SHA-256, since the archive never changes a file's bytes.
"""

from __future__ import annotations

import io
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from threading import Lock
from typing import Any

from extractors.document import Page
from extractors.errors import ReadError
from extractors.read import read
from extractors.sniff import IMAGES, sniff
from models.tables import Document
from models.vocab import Reader

RENDER_DPI = 110  # page images for the browser: readable, not heavy
MAX_IMAGE_SIDE = 2400
_CACHE_SIZE = 32


@dataclass
class SourcePage:
    number: int
    text: str | None  # the reader's page text, when re-reading is cheap
    width: float | None  # page size in the units of the stored boxes
    height: float | None
    image: bool  # a page image can be rendered
    lines: list[Any]  # extractors.document.Line, for boxes of text spans


class _Lru:
    def __init__(self, size: int) -> None:
        self._items: OrderedDict[Any, Any] = OrderedDict()
        self._size = size
        self._lock = Lock()

    def get(self, key: Any) -> Any:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        return None

    def put(self, key: Any, value: Any) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)


_pages_cache = _Lru(_CACHE_SIZE)
_png_cache = _Lru(_CACHE_SIZE * 4)


def archived_file(document: Document, home: Path) -> Path | None:
    """The archive copy; a relative archive_path is tried against home and then as given."""
    stored = Path(document.archive_path)
    for candidate in (stored, home / stored) if not stored.is_absolute() else (stored,):
        if candidate.is_file():
            return candidate
    return None


def _format(path: Path) -> str:
    try:
        return sniff(path)
    except OSError:
        return "missing"


def _reread(path: Path, fmt: str, reader: str | None) -> list[Page] | None:
    """The reader's pages when no OCR is needed; None otherwise or when the file no longer reads."""
    if fmt in IMAGES or reader == Reader.OCR or fmt not in ("docx", "text", "pdf"):
        return None
    try:
        return read(path).pages
    except ReadError:
        return None


def _pdf_geometry(path: Path, ocr_dpi: int, reader: str | None) -> list[tuple[float, float]]:
    import pypdfium2 as pdfium

    scale = ocr_dpi / 72.0 if reader == Reader.OCR else 1.0  # OCR boxes are in pixels of the scan render
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [(w * scale, h * scale) for w, h in (pdf.get_page_size(i) for i in range(len(pdf)))]
    finally:
        pdf.close()


def _image_geometry(path: Path) -> list[tuple[float, float]]:
    from PIL import Image, ImageOps, ImageSequence

    with Image.open(path) as img:
        return [ImageOps.exif_transpose(frame).size for frame in ImageSequence.Iterator(img)]


def _stated_sizes(document: Document) -> list[tuple[float, float]]:
    """Page sizes in box units when the extraction recorded them (`page_sizes`), the surest scale for boxes."""
    sizes = (document.extraction or {}).get("page_sizes")
    if not isinstance(sizes, list):
        return []
    try:
        return [(float(w), float(h)) for w, h in sizes]
    except (TypeError, ValueError):
        return []


def source_pages(document: Document, home: Path, ocr_dpi: int) -> list[SourcePage]:
    cached = _pages_cache.get((document.sha256, ocr_dpi))
    if cached is not None:
        return cached
    path = archived_file(document, home)
    if path is None:
        return []
    fmt = _format(path)
    pages = _reread(path, fmt, document.reader) or []
    geometry: list[tuple[float, float]] = []
    stated = _stated_sizes(document)
    if stated:
        geometry = stated
    elif fmt == "pdf":
        geometry = _pdf_geometry(path, ocr_dpi, document.reader)
    elif fmt in IMAGES:
        geometry = [(float(w), float(h)) for w, h in _image_geometry(path)]
    count = max(len(pages), len(geometry), document.pages or 0, 1 if fmt in ("docx", "text") else 0)
    out = []
    for number in range(1, count + 1):
        page = pages[number - 1] if number <= len(pages) else None
        size = (
            (page.width, page.height)
            if page and page.width
            else (geometry[number - 1] if number <= len(geometry) else (None, None))
        )
        out.append(
            SourcePage(
                number=number,
                text=page.text if page else None,
                width=size[0],
                height=size[1],
                image=(fmt == "pdf" or fmt in IMAGES) and number <= len(geometry),
                lines=page.lines if page else [],
            )
        )
    _pages_cache.put((document.sha256, ocr_dpi), out)
    return out


def span_box(span: dict[str, Any] | None, pages: list[SourcePage]) -> tuple[float, ...] | None:
    """The span's box as percentages of its page: the stored OCR box, or the lines its characters cover."""
    if not span or not isinstance(span.get("page"), int) or not 1 <= span["page"] <= len(pages):
        return None
    page = pages[span["page"] - 1]
    if not page.width or not page.height:
        return None
    box = span.get("box")
    if not box:
        covered = [
            ln.box for ln in page.lines if ln.box and ln.start < span.get("end", 0) and ln.end > span.get("start", 0)
        ]
        if not covered:
            return None
        box = (
            min(b[0] for b in covered),
            min(b[1] for b in covered),
            max(b[2] for b in covered),
            max(b[3] for b in covered),
        )
    x0, y0, x1, y1 = (float(v) for v in box[:4])
    return tuple(
        round(max(0.0, min(100.0, v)), 2)
        for v in (100 * x0 / page.width, 100 * y0 / page.height, 100 * x1 / page.width, 100 * y1 / page.height)
    )


def page_png(document: Document, home: Path, number: int) -> bytes | None:
    """One page as PNG for the browser, or None when the file has no such page image."""
    cached = _png_cache.get((document.sha256, number))
    if cached is not None:
        return cached
    path = archived_file(document, home)
    if path is None:
        return None
    fmt = _format(path)
    if fmt == "pdf":
        image = _render_pdf_page(path, number)
    elif fmt in IMAGES:
        image = _image_frame(path, number)
    else:
        return None
    if image is None:
        return None
    image.thumbnail((MAX_IMAGE_SIDE, MAX_IMAGE_SIDE))
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, format="PNG", optimize=False)
    data = buffer.getvalue()
    _png_cache.put((document.sha256, number), data)
    return data


def _render_pdf_page(path: Path, number: int) -> Any:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        if not 1 <= number <= len(pdf):
            return None
        return pdf[number - 1].render(scale=RENDER_DPI / 72.0).to_pil()
    finally:
        pdf.close()


def _image_frame(path: Path, number: int) -> Any:
    from PIL import Image, ImageOps

    with Image.open(path) as img:
        try:
            img.seek(number - 1)
        except EOFError:
            return None
        return ImageOps.exif_transpose(img).copy()
