"""Recording an extraction in the ledger: one document row, one row per field value.

Re-recording the same bytes is a no-op that says so.  Re-extracting a recorded
document replaces machine values but never a value a reviewer confirmed or
corrected: a person's word outlasts any later run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, delete, select

from ledger.audit import audit
from ledger.fields import dates_with_role, document_values, field_rows, parse_date, split_item
from ledger.numbers import canonical_doc_number, canonical_name
from models.tables import Document, DocumentField, DocumentReference, Party
from models.vocab import DateRole, DocumentStatus, FieldSource, FieldStatus

DEFAULT_THRESHOLD = 0.8


@dataclass
class RecordOutcome:
    document_id: int
    created: bool  # a new document row
    duplicate: bool  # these bytes were already recorded (nothing changed unless re-extracting)
    message: str  # for the user, in Chinese
    needs_review: list[str] = field(default_factory=list)  # field names below the threshold
    kept_reviewer_fields: list[str] = field(default_factory=list)


def _is_reviewers(row: DocumentField) -> bool:
    return row.source == FieldSource.REVIEWER or row.status in (FieldStatus.CONFIRMED, FieldStatus.CORRECTED)


def _new_rows(document_id: int, fields: dict[str, Any], threshold: float) -> list[DocumentField]:
    rows: list[DocumentField] = []
    for name, raw in fields.items():
        items = [(i, it) for i, it in enumerate(raw)] if isinstance(raw, list) else [(None, raw)]
        for index, item in items:
            if not isinstance(item, dict):
                item = {"value": item}
            payload, confidence, span, source = split_item(item)
            status = FieldStatus.NEEDS_REVIEW if confidence < threshold else FieldStatus.AUTO
            rows.append(
                DocumentField(
                    document_id=document_id, name=name, index=index, value=payload,
                    confidence=confidence, span=span, source=source or FieldSource.RULE, status=status,
                )
            )
    return rows


def apply_fields(
    session: Session, document: Document, fields: dict[str, Any], threshold: float
) -> tuple[list[str], list[str]]:
    """Replace machine field rows by `fields`; keep reviewers' rows.  Returns (needs_review, kept)."""
    assert document.id is not None
    kept: dict[tuple[str, int | None], DocumentField] = {}
    for row in field_rows(session, document.id):
        if _is_reviewers(row):
            kept[(row.name, row.index)] = row
        else:
            session.delete(row)
    session.flush()
    needs_review: set[str] = set()
    for row in _new_rows(document.id, fields, threshold):
        if (row.name, row.index) in kept:
            continue
        if row.status == FieldStatus.NEEDS_REVIEW:
            needs_review.add(row.name)
        session.add(row)
    session.flush()
    return sorted(needs_review), sorted({name for name, _ in kept})


def _refresh_references(session: Session, document_id: int, values: dict[str, Any]) -> None:
    session.exec(delete(DocumentReference).where(DocumentReference.document_id == document_id))
    for ref in values.get("references", []):
        number = ref.get("doc_number") or ref.get("value")
        if not isinstance(number, str) or not number.strip():
            continue
        session.add(
            DocumentReference(
                document_id=document_id, doc_number=number, doc_number_key=canonical_doc_number(number),
                doc_type=ref.get("doc_type"), cited_date=parse_date(ref.get("date")),
            )
        )


def _refresh_parties(session: Session, document: Document, values: dict[str, Any]) -> None:
    session.exec(delete(Party).where(Party.document_id == document.id))
    for item in values.get("parties", []):
        name = item.get("name") or item.get("value")
        if not isinstance(name, str) or not name.strip() or not item.get("role"):
            continue
        session.add(
            Party(
                case_id=document.case_id, document_id=document.id, role=item["role"], name=name.strip(),
                name_key=canonical_name(name), kind=item.get("kind"), id_number=item.get("id_number"),
                credit_code=item.get("credit_code"), address=item.get("address"),
            )
        )


def refresh_document(session: Session, document: Document) -> dict[str, Any]:
    """Re-derive the document's summary columns, references and parties from its field rows.

    Call it after any change to the field rows (re-extraction, a correction);
    returns the document's current values.
    """
    assert document.id is not None
    values = document_values(session, document.id)
    number = values.get("doc_number")
    document.doc_type = values.get("doc_type")
    document.doc_number = number if isinstance(number, str) else None
    document.doc_number_key = canonical_doc_number(number) if isinstance(number, str) and number else None
    issued = dates_with_role(values, DateRole.ISSUED)
    document.issue_date = parse_date(values.get("issue_date")) or (issued[0] if issued else None)
    document.ruling_type = values.get("ruling_type")
    statuses = {row.status for row in field_rows(session, document.id)}
    if FieldStatus.NEEDS_REVIEW in statuses:
        document.status = DocumentStatus.NEEDS_REVIEW
    elif statuses & {FieldStatus.CONFIRMED, FieldStatus.CORRECTED}:
        document.status = DocumentStatus.REVIEWED
    else:
        document.status = DocumentStatus.RECORDED
    _refresh_references(session, document.id, values)
    _refresh_parties(session, document, values)
    session.add(document)
    session.flush()
    return values


def _fields_of(extraction: dict[str, Any]) -> dict[str, Any]:
    fields = extraction.get("fields")
    if not isinstance(fields, dict):
        reason = extraction.get("error") or "没有 fields"
        raise ValueError(f"识别结果不能入账：{reason}")
    return fields


def record_document(
    session: Session,
    *,
    sha256: str,
    original_name: str,
    archive_path: str,
    extraction: dict[str, Any],
    threshold: float = DEFAULT_THRESHOLD,
    reextract: bool = False,
    who: str = "system",
) -> RecordOutcome:
    """File one `xianjie extract` JSON line under its SHA-256.  Linking is a separate step.

    `reextract=True` re-applies a fresh extraction to an already recorded document
    (keeping reviewers' values); otherwise the same bytes twice change nothing.
    """
    fields = _fields_of(extraction)
    existing = session.exec(select(Document).where(Document.sha256 == sha256)).first()
    if existing is not None and not reextract:
        assert existing.id is not None
        return RecordOutcome(
            document_id=existing.id, created=False, duplicate=True,
            message=f"文件已入账（文书 #{existing.id}「{existing.original_name}」），本次未重复记录。",
        )
    document = existing or Document(sha256=sha256, original_name=original_name, archive_path=archive_path)
    document.reader = extraction.get("reader")
    document.pages = int(extraction.get("pages") or 0)
    document.seconds = extraction.get("seconds")
    document.extraction = extraction
    session.add(document)
    session.flush()
    needs_review, kept = apply_fields(session, document, fields, threshold)
    refresh_document(session, document)
    assert document.id is not None
    action = "reextract" if existing is not None else "record"
    audit(session, who=who, entity="documents", entity_id=document.id, action=action,
          new={"sha256": sha256, "original_name": original_name, "doc_type": document.doc_type,
               "doc_number": document.doc_number, "needs_review": needs_review, "kept": kept})
    if existing is not None:
        message = f"文书 #{document.id} 已重新识别；保留审核人员确认或更正的字段：{'、'.join(kept) or '无'}。"
    else:
        message = f"已入账：文书 #{document.id}「{original_name}」。"
    if needs_review:
        message += f"待人工审核字段：{'、'.join(needs_review)}。"
    return RecordOutcome(
        document_id=document.id, created=existing is None, duplicate=existing is not None,
        message=message, needs_review=needs_review, kept_reviewer_fields=kept,
    )
