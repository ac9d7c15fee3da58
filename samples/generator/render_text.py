"""Plain-text rendering: the layout a clerk's .txt export or a tidy web copy would have."""

from __future__ import annotations

from pathlib import Path

from generator.builder import SampleDoc

INDENT = "\u3000\u3000"


def plain_text(doc: SampleDoc) -> str:
    lines: list[str] = []
    for block in doc.blocks:
        if block.kind == "table":
            lines.extend(f"{label}：{value}" for label, value in block.rows)
        elif block.kind == "para":
            lines.append(INDENT + block.text)
        elif block.kind == "right":
            lines.append(INDENT * 8 + block.text)
        else:
            lines.append(block.text)
    return "\n".join(lines) + "\n"


def write_text(text: str, path: Path) -> None:
    path.write_text(text, encoding="utf-8")
