"""Text-layer PDF rendering with reportlab and the WenQuanYi Zen Hei font.

`invariant=1` removes the creation time and document id, so the bytes depend
on the content only.  The electronic seal is vector art without text, as in
PDFs exported from office systems, so the text layer holds the document only.
"""

from __future__ import annotations

import math
from pathlib import Path

from generator.builder import SampleDoc
from generator.layout import FONT_PATH, PAGE_H, PAGE_W, PlacedLine, paginate
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT_NAME = "WQYZenHei"


def register_font() -> None:
    if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT_NAME, FONT_PATH, subfontIndex=0))


def measure(text: str, size: float) -> float:
    register_font()
    return pdfmetrics.stringWidth(text, FONT_NAME, size)


def seal_centre(lines: list[PlacedLine]) -> tuple[float, float] | None:
    """Centre of the signature lines the seal is pressed over, in points from the top."""
    sealed = [line for line in lines if line.seal]
    if not sealed:
        return None
    x = sum(line.x + measure(line.text, line.size) / 2 for line in sealed) / len(sealed)
    y = sum(line.y - line.size / 3 for line in sealed) / len(sealed)
    return x, y


def _draw_seal(pdf: canvas.Canvas, x: float, top_y: float) -> None:
    y = PAGE_H - top_y
    pdf.saveState()
    pdf.setStrokeColorRGB(0.85, 0.1, 0.1, alpha=0.8)
    pdf.setFillColorRGB(0.85, 0.1, 0.1, alpha=0.8)
    pdf.setLineWidth(2.6)
    pdf.circle(x, y, 60, stroke=1, fill=0)
    pdf.setLineWidth(0.8)
    pdf.circle(x, y, 55, stroke=1, fill=0)
    star = pdf.beginPath()
    for i in range(10):
        radius = 16 if i % 2 == 0 else 6.5
        angle = math.pi / 2 + i * math.pi / 5
        point = (x + radius * math.cos(angle), y + radius * math.sin(angle))
        star.moveTo(*point) if i == 0 else star.lineTo(*point)
    star.close()
    pdf.drawPath(star, stroke=0, fill=1)
    pdf.restoreState()


def write_pdf(doc: SampleDoc, path: Path) -> list[list[PlacedLine]]:
    register_font()
    pages = paginate(doc.blocks, measure)
    pdf = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=1)
    pdf.setTitle(doc.name)
    for lines in pages:
        for line in lines:
            pdf.setFont(FONT_NAME, line.size)
            pdf.drawString(line.x, PAGE_H - line.y, line.text)
        centre = seal_centre(lines)
        if centre:
            _draw_seal(pdf, *centre)
        pdf.showPage()
    pdf.save()
    return pages
