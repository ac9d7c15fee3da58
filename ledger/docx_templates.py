"""Word templates with {{placeholders}}: the letters clerks send, in a form they can re-word in Word.

A bureau rewords its letters (its own letterhead, its own phrasing), so the
wording lives in .docx templates, not in code.  A template in the user's folder
(a setting) replaces the packaged one of the same name.  Word splits text into
runs wherever formatting or spell-checking changed, so a placeholder may be cut
across runs; it is then filled on the paragraph as a whole.  A value with
several lines becomes several paragraphs in the paragraph's own style.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from copy import deepcopy
from pathlib import Path

from docx import Document as open_docx
from docx.document import Document as DocxDocument
from docx.table import Table
from docx.text.paragraph import Paragraph

PACKAGED_DIR = Path(__file__).resolve().parent / "templates"
PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")


class TemplateError(ValueError):
    """A template that cannot be used; the message is for the clerk who edited it."""


def template_path(name: str, templates_dir: Path | None = None) -> Path:
    """The user's copy of `name` when it exists, else the packaged one."""
    if templates_dir is not None and (templates_dir / name).is_file():
        return templates_dir / name
    packaged = PACKAGED_DIR / name
    if not packaged.is_file():
        raise TemplateError(f"找不到文书模板：{name}")
    return packaged


def placeholders(document: DocxDocument) -> set[str]:
    """Every placeholder name the template uses (to check a user's template before filling it)."""
    return {m.group(1) for p in _paragraphs(document) for m in PLACEHOLDER.finditer(p.text)}


def _table_paragraphs(table: Table) -> Iterator[Paragraph]:
    for row in table.rows:
        for cell in row.cells:
            yield from cell.paragraphs
            for inner in cell.tables:
                yield from _table_paragraphs(inner)


def _paragraphs(document: DocxDocument) -> Iterator[Paragraph]:
    """Body, tables, headers and footers: letterheads often sit in the header."""
    yield from list(document.paragraphs)
    for table in document.tables:
        yield from _table_paragraphs(table)
    for section in document.sections:
        for part in (section.header, section.footer):
            yield from list(part.paragraphs)
            for table in part.tables:
                yield from _table_paragraphs(table)


def _substitute(text: str, values: Mapping[str, str]) -> str:
    return PLACEHOLDER.sub(lambda m: values[m.group(1)], text)


def _set_text(paragraph: Paragraph, text: str) -> None:
    """All text into the first run (keeping its formatting); the other runs go."""
    runs = paragraph.runs
    if not runs:
        paragraph.add_run(text)
        return
    runs[0].text = text
    for run in runs[1:]:
        run._r.getparent().remove(run._r)


def _split_lines(paragraph: Paragraph) -> None:
    """A filled value with line breaks: one paragraph per line, each a copy of this one's formatting."""
    lines = paragraph.text.split("\n")
    if len(lines) == 1:
        return
    _set_text(paragraph, lines[0])
    anchor = paragraph._p
    for line in lines[1:]:
        copy = deepcopy(paragraph._p)
        anchor.addnext(copy)
        anchor = copy
        _set_text(Paragraph(copy, paragraph._parent), line)


def _fill_paragraph(paragraph: Paragraph, values: Mapping[str, str]) -> None:
    if "{{" not in paragraph.text:
        return
    for run in paragraph.runs:
        if "{{" in run.text:
            run.text = _substitute(run.text, values)
    if PLACEHOLDER.search(paragraph.text):  # cut across runs
        _set_text(paragraph, _substitute(paragraph.text, values))
    _split_lines(paragraph)


def fill_template(name: str, values: Mapping[str, str], templates_dir: Path | None = None) -> DocxDocument:
    """The template filled with `values`; an unknown placeholder is an error naming it."""
    path = template_path(name, templates_dir)
    document = open_docx(str(path))
    unknown = placeholders(document) - set(values)
    if unknown:
        names = "、".join("{{" + n + "}}" for n in sorted(unknown))
        raise TemplateError(f"模板 {path} 含有无法填写的占位符：{names}")
    for paragraph in list(_paragraphs(document)):
        _fill_paragraph(paragraph, values)
    return document


def render_docx(name: str, values: Mapping[str, str], out: Path, templates_dir: Path | None = None) -> Path:
    """Fill the template and save it at `out` (parent folders created)."""
    document = fill_template(name, values, templates_dir)
    out.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(out))
    return out
