"""The ledger's tables (台账): cases, documents and their fields, parties, events, obligations.

Codes stored in string columns are the StrEnum values of models/vocab.py, so the
database reads the same as the JSON the command line prints.  Timestamps are
aware UTC (SQLModel's UTCDateTime refuses naive ones); calendar dates are plain
dates.  Table names are plural because CASE is an SQL keyword.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field, SQLModel

from models.vocab import DocumentStatus, FieldSource, FieldStatus, LinkStatus, ObligationStatus


def utcnow() -> datetime:
    """Aware UTC: the timestamp columns store and return UTC on SQLite and PostgreSQL alike."""
    return datetime.now(UTC)


def _json_column(nullable: bool = True) -> Any:
    return Field(default=None, sa_column=Column(JSON, nullable=nullable))


class Case(SQLModel, table=True):
    """One enforcement matter against one party for one violation (案件)."""

    __tablename__ = "cases"

    id: int | None = Field(default=None, primary_key=True)
    title: str = ""  # shown in lists: the first decision number or the party
    region: str = "national"  # holiday calendar for working-day counting (national, lhasa)
    demolition: bool = False  # a demolition order (土地管理法第83条 15-day lawsuit period)
    created_at: datetime = Field(default_factory=utcnow)
    merged_into_id: int | None = Field(default=None, foreign_key="cases.id")  # set when a clerk merged it


class Document(SQLModel, table=True):
    """One recorded file; the bytes live in the archive under their SHA-256."""

    __tablename__ = "documents"

    id: int | None = Field(default=None, primary_key=True)
    sha256: str = Field(max_length=64, unique=True, index=True)
    original_name: str
    archive_path: str
    reader: str | None = None  # vocab.Reader
    pages: int = 0
    seconds: float | None = None  # extraction time
    doc_type: str | None = Field(default=None, index=True)  # vocab.DocType
    doc_number: str | None = None  # as written
    doc_number_key: str | None = Field(default=None, index=True)  # canonical form for linking
    issue_date: date | None = None
    ruling_type: str | None = None  # vocab.RulingType, court rulings
    status: str = DocumentStatus.RECORDED  # vocab.DocumentStatus
    case_id: int | None = Field(default=None, foreign_key="cases.id", index=True)
    received_at: datetime = Field(default_factory=utcnow)
    extraction: dict[str, Any] | None = _json_column()  # the `extract` JSON line as received


class DocumentField(SQLModel, table=True):
    """One extracted value: a scalar field (index None) or one item of a list field."""

    __tablename__ = "document_fields"
    __table_args__ = (UniqueConstraint("document_id", "name", "index", name="uq_document_field"),)

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id", index=True)
    name: str  # contract field name: doc_number, parties, dates...
    index: int | None = None  # position in a list field; None for a scalar
    # The item without confidence/span/source: {"value": ...} for scalars, the party /
    # reference / date object for list items; so the extract JSON is value | confidence | span.
    value: dict[str, Any] | None = _json_column(nullable=False)
    confidence: float = 0.0
    span: dict[str, Any] | None = _json_column()
    source: str = FieldSource.RULE  # vocab.FieldSource
    status: str = FieldStatus.AUTO  # vocab.FieldStatus
    updated_at: datetime = Field(default_factory=utcnow)
    updated_by: str | None = None  # reviewer user name for confirmed/corrected values


class DocumentReference(SQLModel, table=True):
    """A document number another document cites (its `references`), indexed for case linking."""

    __tablename__ = "document_references"

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id", index=True)
    doc_number: str  # as written
    doc_number_key: str = Field(index=True)  # canonical form (ledger/numbers.py)
    doc_type: str | None = None  # vocab.DocType when the citing text says
    cited_date: date | None = None


class Party(SQLModel, table=True):
    """A party of a case as named in one of its documents."""

    __tablename__ = "parties"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int | None = Field(default=None, foreign_key="cases.id", index=True)
    document_id: int | None = Field(default=None, foreign_key="documents.id", index=True)
    role: str  # vocab.PartyRole
    name: str
    name_key: str = Field(default="", index=True)  # normalised name for matching
    kind: str | None = None  # vocab.PartyKind
    id_number: str | None = None  # 身份证号
    credit_code: str | None = None  # 统一社会信用代码
    address: str | None = None


class Event(SQLModel, table=True):
    """A dated step on a case's timeline; deadline triggers are events."""

    __tablename__ = "events"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="cases.id", index=True)
    kind: str  # vocab.EventKind
    date: date
    date_is_estimated: bool = False  # a document date standing in for an unknown service/receipt date
    document_id: int | None = Field(default=None, foreign_key="documents.id", index=True)
    ruling_type: str | None = None  # for ruled / ruling_received
    note: str = ""
    source: str = "document"  # "document": rebuilt from documents; "reviewer": a person set it
    confirmed_by: str | None = None


class Obligation(SQLModel, table=True):
    """A legally required next step with its deadline, computed from an event by a rule.

    Most belong to a case; a bureau's periodic duty (rules.md D8, quarterly sharing
    with the procuratorate) belongs to no case: case_id is None and bureau/period say
    whose duty it is and for which quarter.
    """

    __tablename__ = "obligations"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int | None = Field(default=None, foreign_key="cases.id", index=True)
    bureau: str | None = Field(default=None, index=True)  # the issuing agency, for bureau-level duties
    period: str | None = None  # the quarter a periodic duty covers, e.g. "2026Q3"
    rule: str  # row id in shared/domain/rules.md (C5, D1...)
    code: str  # obligation code (court_accept...)
    actor: str  # vocab.Actor
    trigger_event_id: int | None = Field(default=None, foreign_key="events.id")
    trigger_document_id: int | None = Field(default=None, foreign_key="documents.id")
    due: date
    raw_due: date | None = None  # before rolling past a holiday
    counting: str  # vocab.Counting
    amount: int | None = None  # number of days or months
    basis: str = ""  # legal basis
    status: str = ObligationStatus.OPEN  # vocab.ObligationStatus
    done_by_document_id: int | None = Field(default=None, foreign_key="documents.id")
    done_on: date | None = None
    provisional: bool = False  # depends on a fact not yet known (e.g. no lawsuit filed)
    estimated: bool = False  # the trigger date is estimated
    computed_at: datetime = Field(default_factory=utcnow)


class LinkCandidate(SQLModel, table=True):
    """A case a document might belong to, when linking found more than one: a person decides."""

    __tablename__ = "link_candidates"

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id", index=True)
    case_id: int = Field(foreign_key="cases.id", index=True)
    reason: str = ""  # shown to the reviewer, in Chinese
    status: str = LinkStatus.OPEN  # vocab.LinkStatus
    created_at: datetime = Field(default_factory=utcnow)
    decided_by: str | None = None


class AuditEntry(SQLModel, table=True):
    """Who changed what, for every change a person or a run makes to the ledger."""

    __tablename__ = "audit_entries"

    id: int | None = Field(default=None, primary_key=True)
    who: str  # user name, or "system"
    at: datetime = Field(default_factory=utcnow, index=True)
    entity: str  # table name: documents, document_fields, cases...
    entity_id: int | None = None
    action: str  # what changed: record, correct, confirm, merge, split, link...
    old: Any = _json_column()
    new: Any = _json_column()


class QuarantineEntry(SQLModel, table=True):
    """A file that could not be recorded, kept in quarantine with a readable reason."""

    __tablename__ = "quarantine_entries"

    id: int | None = Field(default=None, primary_key=True)
    original_name: str
    sha256: str = Field(max_length=64, index=True)
    reason: str
    path: str
    at: datetime = Field(default_factory=utcnow)


class User(SQLModel, table=True):
    """A person who signs in to the review app; password hashed (argon2)."""

    __tablename__ = "users"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, index=True)
    role: str  # vocab.UserRole
    password_hash: str = ""
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow)


class ApiToken(SQLModel, table=True):
    """An API token (stored hashed) acting as its user."""

    __tablename__ = "api_tokens"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", index=True)
    name: str = ""
    token_hash: str = Field(unique=True, index=True)
    created_at: datetime = Field(default_factory=utcnow)
    last_used_at: datetime | None = None
    revoked: bool = False
