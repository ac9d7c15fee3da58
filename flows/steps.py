"""One file from intake to deadlines, as plain functions: hash, dedupe, read, extract, record, link, rules.

No Prefect here: `xianjie ingest` calls `process_file` directly (a command-line call
should not pay Prefect's start-up), and flows/ingest.py wraps the same functions as
tasks.  Every path ends in an `Outcome`; a bad file becomes a quarantine entry with
a readable reason, never an exception, so one bad file cannot fail its batch.
Each stage commits on its own and is idempotent by SHA-256, so a run interrupted
anywhere is finished by running it again.
"""

from __future__ import annotations

import logging
import shutil
import time
from dataclasses import asdict, dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from extractors.document import ReadResult
from extractors.errors import ReadError
from ledger.archive import archive_file, quarantine_file, record_quarantine, sha256_file
from ledger.rules import parse_adopted
from models.db import init_db, session_scope
from models.tables import Document
from models.vocab import DOC_TYPE_LABELS, DocType

log = logging.getLogger("xianjie.ingest")


class Status(StrEnum):
    RECORDED = "recorded"
    DUPLICATE = "duplicate"
    QUARANTINED = "quarantined"


STATUS_LABELS: dict[Status, str] = {
    Status.RECORDED: "已登记",
    Status.DUPLICATE: "重复文件",
    Status.QUARANTINED: "已隔离",
}


@dataclass(frozen=True)
class IngestConfig:
    """What the steps need from xianjie/settings.py, passed in because flows/ may not import it."""

    home: str
    db_url: str
    limits: dict[str, int] = field(default_factory=dict)
    review_threshold: float = 0.80
    region: str = "national"  # holiday calendar for cases this run creates
    today: str | None = None  # ISO date for deadline status; None = the real today
    adopted_local_rules: str = "all"  # local rules applied outside their region: all | none | "lhasa,D8"

    @property
    def home_path(self) -> Path:
        return Path(self.home)

    @property
    def adopted(self) -> frozenset[str] | None:
        """The setting as ledger.rules.applies takes it; a misspelt rule name raises ValueError."""
        return parse_adopted(self.adopted_local_rules)

    def today_date(self) -> date:
        return date.fromisoformat(self.today) if self.today else date.today()


@dataclass
class Outcome:
    status: Status
    original_name: str
    sha256: str = ""
    reason: str = ""
    document_id: int | None = None
    case_id: int | None = None
    doc_type: str | None = None
    stored_at: str = ""  # the archive or quarantine path
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["status"] = str(self.status)
        return {k: v for k, v in data.items() if v not in (None, "")}

    def describe(self) -> str:
        """One line for a person: what happened to the file and why."""
        label = STATUS_LABELS[self.status]
        if self.status is Status.RECORDED:
            case = f"，案件 #{self.case_id}" if self.case_id else "，待关联案件"
            kind = _doc_type_label(self.doc_type)
            return f"{label}：{self.original_name}（{kind}，文书 #{self.document_id}{case}）"
        return f"{label}：{self.original_name}（{self.reason}）"


def _doc_type_label(code: str | None) -> str:
    try:
        return DOC_TYPE_LABELS[DocType(code)]
    except ValueError:
        return code or "未识别类型"


_DB_READY: set[str] = set()


def ensure_db(config: IngestConfig) -> None:
    """Migrate the ledger once per process (cheap to call before every file)."""
    if config.db_url not in _DB_READY:
        init_db(config.db_url)
        _DB_READY.add(config.db_url)


def find_recorded(config: IngestConfig, sha256: str) -> Document | None:
    with session_scope(config.db_url) as session:
        return session.exec(select(Document).where(Document.sha256 == sha256)).first()


def read_document(path: Path, config: IngestConfig) -> ReadResult:
    """Raises ReadError for a file no reader takes; the caller quarantines it."""
    from extractors.read import read

    return read(str(path), **config.limits)


def extract_fields(result: ReadResult, original_name: str) -> dict[str, Any]:
    """The contract JSON line (contract.md) for a read document: what the ledger stores."""
    from extractors.contract import contract_line
    from extractors.pipeline import extract

    line = contract_line(result, extract(result))
    line["file"] = original_name  # not the processing/ path the bytes passed through
    return line


def quarantine(path: Path, original_name: str, sha256: str, reason: str, config: IngestConfig) -> Outcome:
    stored = quarantine_file(path, config.home_path, reason, sha256=sha256)
    with session_scope(config.db_url) as session:
        record_quarantine(session, original_name=original_name, sha256=sha256, reason=reason, path=stored)
    log.warning("隔离 %s：%s", original_name, reason)
    return Outcome(Status.QUARANTINED, original_name, sha256, reason=reason, stored_at=str(stored))


def failure_reason(exc: BaseException) -> str:
    """A reason a clerk can read for a failure nobody foresaw (the details stay in the log)."""
    if isinstance(exc, ReadError):
        return exc.message
    return f"处理时出错，请联系管理员（{type(exc).__name__}: {exc}）"


def doc_type_of(fields_json: dict[str, Any]) -> str | None:
    value = (fields_json.get("fields") or {}).get("doc_type")
    return value.get("value") if isinstance(value, dict) else None


def _record_in(
    session: Session, path: Path, original_name: str, sha256: str, fields_json: dict[str, Any], config: IngestConfig
) -> Outcome:
    from ledger.record import record_document

    stored = archive_file(path, config.home_path, sha256=sha256)
    result = record_document(
        session,
        sha256=sha256,
        original_name=original_name,
        archive_path=str(stored),
        extraction=fields_json,
        threshold=config.review_threshold,
    )
    document = session.get(Document, result.document_id)
    log.info("%s", result.message)
    return Outcome(
        Status.RECORDED,
        original_name,
        sha256,
        document_id=result.document_id,
        case_id=document.case_id if document else None,
        doc_type=document.doc_type if document else None,
        stored_at=str(stored),
        reason=result.message,
    )


def _link_in(session: Session, document_id: int, config: IngestConfig) -> int | None:
    from ledger.linking import link_document

    result = link_document(session, document_id, region=config.region)
    log.info("%s", result.message)
    return result.case_id


def _rules_in(session: Session, case_id: int, config: IngestConfig) -> int:
    from ledger.obligations import recompute_case

    return len(recompute_case(session, case_id, config.today_date(), config.adopted))


def record(path: Path, original_name: str, sha256: str, fields_json: dict[str, Any], config: IngestConfig) -> Outcome:
    """Archive the bytes, then record the extraction; both are idempotent by SHA-256."""
    with session_scope(config.db_url) as session:
        return _record_in(session, path, original_name, sha256, fields_json, config)


def link(document_id: int, config: IngestConfig) -> int | None:
    """File the document under its case; None while a person must choose between candidates."""
    with session_scope(config.db_url) as session:
        return _link_in(session, document_id, config)


def apply_rules(case_id: int, config: IngestConfig) -> int:
    """Recompute the case's obligations; returns how many it has."""
    with session_scope(config.db_url) as session:
        return _rules_in(session, case_id, config)


def record_link_rules(
    path: Path, original_name: str, sha256: str, fields_json: dict[str, Any], config: IngestConfig
) -> Outcome:
    """Record, link and recompute in one transaction: one commit per file, and never half-filed."""
    with session_scope(config.db_url) as session:
        outcome = _record_in(session, path, original_name, sha256, fields_json, config)
        if outcome.document_id is not None and outcome.case_id is None:
            outcome.case_id = _link_in(session, outcome.document_id, config)
        if outcome.case_id is not None:
            _rules_in(session, outcome.case_id, config)
    return outcome


def note_duplicate(
    path: Path, original_name: str, sha256: str, document_id: int | None, config: IngestConfig
) -> Outcome:
    """Same bytes again: make sure the archive still holds them and say so in the audit log."""
    from ledger.audit import audit

    with session_scope(config.db_url) as session:
        document = session.get(Document, document_id)
        assert document is not None
        stored = archive_file(path, config.home_path, sha256=sha256)  # repairs a damaged copy
        audit(
            session,
            who="system",
            entity="documents",
            entity_id=document.id,
            action="duplicate",
            new={"original_name": original_name, "sha256": sha256},
        )
        outcome = Outcome(
            Status.DUPLICATE,
            original_name,
            sha256,
            document_id=document.id,
            case_id=document.case_id,
            doc_type=document.doc_type,
            stored_at=str(stored),
            reason=f"与已登记文书 #{document.id}「{document.original_name}」内容相同，未重复登记",
        )
    if outcome.case_id is None and outcome.document_id is not None:
        # A crash may have come between record and link: finish the filing now.
        outcome.case_id = link(outcome.document_id, config)
        if outcome.case_id is not None:
            apply_rules(outcome.case_id, config)
    return outcome


def process_file(path: Path, original_name: str, config: IngestConfig) -> Outcome:
    """Hash, dedupe, read, extract, record, link, rules: the whole way for one file, never raising for bad input.

    Database trouble does raise: the file then stays where it is (in processing/
    for the watcher) and the next run finishes it.
    """
    started = time.perf_counter()
    ensure_db(config)
    sha256 = sha256_file(path)
    outcome = _process(path, original_name, sha256, config)
    outcome.seconds = round(time.perf_counter() - started, 3)
    return outcome


def _process(path: Path, original_name: str, sha256: str, config: IngestConfig) -> Outcome:
    existing = find_recorded(config, sha256)
    if existing is not None:
        return note_duplicate(path, original_name, sha256, existing.id, config)
    try:
        fields_json = extract_fields(read_document(path, config), original_name)
    except Exception as exc:  # noqa: BLE001 - a bad file (or an extractor bug) quarantines this file only
        if not isinstance(exc, ReadError):
            log.exception("识别 %s 时出错", original_name)
        return quarantine(path, original_name, sha256, failure_reason(exc), config)
    try:
        return record_link_rules(path, original_name, sha256, fields_json, config)
    except IntegrityError:
        # The same bytes were recorded meanwhile by a parallel task of the same batch.
        existing = find_recorded(config, sha256)
        if existing is None:
            raise
        return note_duplicate(path, original_name, sha256, existing.id, config)


def process_item(path: Path, original_name: str, claim_folder: str, config: IngestConfig) -> Outcome:
    """`process_file` for a batch item; a claimed file leaves processing/ only once it has its outcome."""
    outcome = process_file(path, original_name, config)
    if claim_folder:
        shutil.rmtree(claim_folder, ignore_errors=True)
    return outcome
