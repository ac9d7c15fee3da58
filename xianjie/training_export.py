"""Turn what reviewers confirmed or corrected in the ledger into NER training examples.

Lives in xianjie/ because it needs both the ledger (which values a person
vouched for) and the readers (the text those values sit in).  The archived
original is read again rather than storing every page's text twice; training is
an occasional batch job, so the re-read cost is paid rarely.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from extractors.document import ReadResult
from extractors.errors import ReadError
from extractors.normalise import normalise
from extractors.read import read
from extractors.training import FIELD_LABELS, TrainingExample
from models.tables import Document, DocumentField
from models.vocab import FieldStatus

VOUCHED = (FieldStatus.CONFIRMED, FieldStatus.CORRECTED)
# The key of a list item that names the text span the model should learn.
ITEM_TEXT_KEY = {"parties": "name", "references": "doc_number"}


@dataclass
class ExportReport:
    documents: int = 0
    examples: int = 0
    entities: int = 0
    unreadable: list[str] | None = None


def _surface(row: DocumentField) -> str | None:
    payload: dict[str, Any] = row.value or {}
    key = ITEM_TEXT_KEY.get(row.name, "value")
    value = payload.get(key)
    return str(value) if value not in (None, "") else None


def _locate(row: DocumentField, page_text: str, page_no: int) -> tuple[int, int] | None:
    """The span the reviewer's value occupies: the stored span if it still holds it, else a text search."""
    surface = _surface(row)
    span = row.span or {}
    if span.get("page") == page_no and isinstance(span.get("start"), int):
        start, end = int(span["start"]), int(span["end"])
        covered = normalise(page_text[start:end]).replace(" ", "")
        if row.name == "issue_date" or (surface and covered == normalise(surface).replace(" ", "")):
            return start, end
    if surface is None or row.name == "issue_date":
        return None
    pos = normalise(page_text).find(normalise(surface))
    return (pos, pos + len(surface)) if pos >= 0 else None


def document_examples(result: ReadResult, rows: list[DocumentField]) -> list[TrainingExample]:
    examples = []
    for page in result.pages:
        entities = []
        for row in rows:
            label = FIELD_LABELS.get(row.name)
            found = _locate(row, page.text, page.number) if label else None
            if found is not None and label is not None:
                entities.append((found[0], found[1], label))
        if entities:
            examples.append(TrainingExample(text=page.text, entities=sorted(set(entities))))
    return examples


def vouched_examples(session: Session, limits: dict[str, int]) -> tuple[list[TrainingExample], ExportReport]:
    rows = session.exec(
        select(DocumentField).where(
            col(DocumentField.status).in_([str(s) for s in VOUCHED]),
            col(DocumentField.name).in_(list(FIELD_LABELS)),
        )
    ).all()
    by_document: dict[int, list[DocumentField]] = {}
    for row in rows:
        by_document.setdefault(row.document_id, []).append(row)
    report = ExportReport(unreadable=[])
    examples: list[TrainingExample] = []
    for document_id, doc_rows in sorted(by_document.items()):
        document = session.get(Document, document_id)
        if document is None:
            continue
        try:
            result = read(Path(document.archive_path), **limits)
        except ReadError as exc:
            report.unreadable.append(exc.message)  # type: ignore[union-attr]
            continue
        found = document_examples(result, doc_rows)
        report.documents += 1
        report.examples += len(found)
        report.entities += sum(len(e.entities) for e in found)
        examples.extend(found)
    return examples, report
