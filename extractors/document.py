"""What a reader produces: pages of text with the layout that lets a reviewer see the source.

Kept apart from the readers (backend/) and from field extraction (fields/), the
way Docling keeps its document model apart from its pipeline stages.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from models.vocab import Reader

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in page pixels (OCR) or points (PDF)


@dataclass
class Line:
    """One line of a page; start/end index the page's `text`, so spans map back to boxes."""

    text: str
    start: int
    end: int
    box: Box | None = None
    confidence: float | None = None  # OCR recognition score, None for born-digital text


@dataclass
class Page:
    number: int  # 1-based
    text: str
    lines: list[Line] = field(default_factory=list)
    width: float | None = None
    height: float | None = None
    ocr: bool = False  # True when this page's text came from OCR
    rotation: int = 0  # degrees the page image was turned to come out upright

    @property
    def mean_confidence(self) -> float | None:
        scores = [ln.confidence for ln in self.lines if ln.confidence is not None]
        return sum(scores) / len(scores) if scores else None


@dataclass
class ReadResult:
    path: str
    sha256: str
    reader: Reader
    pages: list[Page]
    format: str  # detected from magic bytes: docx, pdf, png, jpeg, tiff, html, mhtml, text
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """All pages joined by a newline; page_offsets() maps positions back to pages."""
        return "\n".join(p.text for p in self.pages)

    def page_offsets(self) -> list[int]:
        offsets, pos = [], 0
        for page in self.pages:
            offsets.append(pos)
            pos += len(page.text) + 1
        return offsets
