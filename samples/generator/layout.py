"""Page layout shared by the text PDF and the scan, so both break lines and pages identically.

Positions are in PDF points from the top-left corner of an A4 page; the scan
scales them to pixels.  Line breaking follows the Chinese rule that closing
punctuation never starts a line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from generator.builder import Block

PAGE_W, PAGE_H = 595.28, 841.89
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 78.0, 80.0, 72.0
FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
SIZES = {"head": 17.0, "title": 22.0, "number": 14.0, "para": 14.0, "plain": 14.0, "right": 14.0, "table": 13.0}
LEADING = 1.75
NO_LINE_START = set("，。、；：？！）》」』”’〕】,.;:)!?")

Measure = Callable[[str, float], float]


@dataclass(frozen=True)
class PlacedLine:
    text: str
    x: float
    y: float  # baseline
    size: float
    seal: bool


def wrap(text: str, width: float, size: float, measure: Measure, indent: float = 0.0) -> list[str]:
    """Greedy character wrap; the first line is narrower by `indent`."""
    lines: list[str] = []
    current = ""
    limit = width - indent
    for ch in text:
        if current and measure(current + ch, size) > limit and ch not in NO_LINE_START:
            lines.append(current)
            current = ""
            limit = width
        current += ch
    if current or not lines:
        lines.append(current)
    return lines


def _block_lines(block: Block, measure: Measure) -> list[tuple[str, float, float]]:
    """(text, x, size) for each line of a block before pagination."""
    width = PAGE_W - 2 * MARGIN_X
    size = SIZES.get(block.kind, 14.0)
    if block.kind == "blank":
        return [("", MARGIN_X, 14.0)]
    if block.kind in ("head", "title", "number"):
        return [(line, (PAGE_W - measure(line, size)) / 2, size) for line in wrap(block.text, width, size, measure)]
    if block.kind == "right":
        return [(block.text, PAGE_W - MARGIN_X - 2 * size - measure(block.text, size), size)]
    if block.kind == "table":
        out: list[tuple[str, float, float]] = []
        for label, value in block.rows:
            for line in wrap(f"{label}：{value}", width, size, measure):
                out.append((line, MARGIN_X, size))
        return out
    indent = 2 * size if block.kind == "para" else 0.0
    lines = wrap(block.text, width, size, measure, indent)
    return [(line, MARGIN_X + (indent if i == 0 else 0.0), size) for i, line in enumerate(lines)]


def paginate(blocks: list[Block], measure: Measure) -> list[list[PlacedLine]]:
    pages: list[list[PlacedLine]] = [[]]
    y = MARGIN_TOP
    for block in blocks:
        for text, x, size in _block_lines(block, measure):
            step = size * LEADING
            if y + step > PAGE_H - MARGIN_BOTTOM:
                pages.append([])
                y = MARGIN_TOP
            y += step
            if text:
                pages[-1].append(PlacedLine(text, x, y, size, block.seal))
        if block.kind == "title":
            y += 6.0
    if len(pages) > 1:
        _number_pages(pages, measure)
    return pages


def _number_pages(pages: list[list[PlacedLine]], measure: Measure) -> None:
    """Official-document page numbers (— 1 —) centred in the bottom margin."""
    for number, lines in enumerate(pages, start=1):
        text = f"— {number} —"
        lines.append(PlacedLine(text, (PAGE_W - measure(text, 11.0)) / 2, PAGE_H - 36.0, 11.0, False))


def page_text(lines: list[PlacedLine]) -> str:
    return "\n".join(line.text for line in lines)
