"""The schema: migrations build exactly the tables the models declare, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel, select

import models.tables as tables
from models.db import MIGRATIONS_DIR, alembic_config, get_engine, init_db
from models.tables import Case, Document, DocumentField, Event

LEDGER_TABLES = {t.name for t in SQLModel.metadata.sorted_tables if t.name in {
    "cases", "documents", "document_fields", "document_references", "parties", "events", "obligations",
    "link_candidates", "audit_entries", "quarantine_entries", "users", "api_tokens"}}


def test_migrations_create_every_ledger_table(db_url):
    names = set(inspect(get_engine(db_url)).get_table_names())
    assert names >= LEDGER_TABLES
    assert "alembic_version" in names


def test_migrations_match_the_models(db_url):
    with get_engine(db_url).connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diffs = compare_metadata(context, SQLModel.metadata)

    def table_of(diff):
        item = diff[0] if isinstance(diff, list) else diff
        obj = item[1] if len(item) > 1 else None
        return getattr(obj, "name", None) if item[0].endswith("_table") else getattr(getattr(obj, "table", None),
                                                                                       "name", None)
    ours = [d for d in diffs if table_of(d) in LEDGER_TABLES]
    assert ours == []


def test_init_db_twice_is_harmless(db_url):
    init_db(db_url)
    init_db(db_url)
    assert set(inspect(get_engine(db_url)).get_table_names()) >= LEDGER_TABLES


def test_downgrade_and_upgrade_round_trip(db_url):
    config = alembic_config(db_url)
    with get_engine(db_url).begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert not LEDGER_TABLES & set(inspect(get_engine(db_url)).get_table_names())
    init_db(db_url)
    assert set(inspect(get_engine(db_url)).get_table_names()) >= LEDGER_TABLES


def test_migrations_ship_inside_the_package():
    assert MIGRATIONS_DIR.name == "migrations" and MIGRATIONS_DIR.parent.name == "models"
    assert (MIGRATIONS_DIR / "env.py").exists() and (MIGRATIONS_DIR / "script.py.mako").exists()
    assert list((MIGRATIONS_DIR / "versions").glob("0001_*.py"))


def test_sha256_is_unique(session):
    session.add(Document(sha256="a" * 64, original_name="处罚决定书.pdf", archive_path="archive/aa/x.pdf"))
    session.commit()
    session.add(Document(sha256="a" * 64, original_name="处罚决定书（副本）.pdf", archive_path="archive/aa/x.pdf"))
    with pytest.raises(IntegrityError):
        session.commit()
    session.rollback()


def test_json_dates_and_chinese_survive_a_round_trip(session):
    case = Case(title="鄠自然资罚字〔2025〕第12号")
    session.add(case)
    session.flush()
    document = Document(sha256="b" * 64, original_name="行政裁定书.pdf", archive_path="archive/bb/b.pdf",
                        case_id=case.id, issue_date=date(2025, 8, 14),
                        extraction={"fields": {"title": {"value": "行政裁定书", "confidence": 0.98}}})
    session.add(document)
    session.flush()
    session.add(DocumentField(document_id=document.id, name="parties", index=0,
                              value={"role": "respondent", "name": "西安一宇路桥建设养护有限公司"},
                              confidence=0.9, span={"page": 1, "start": 3, "end": 17}))
    session.add(Event(case_id=case.id, kind="ruled", date=date(2025, 8, 14), document_id=document.id))
    session.commit()
    session.expunge_all()
    stored = session.exec(select(Document)).one()
    assert stored.extraction["fields"]["title"]["value"] == "行政裁定书"
    assert stored.received_at.tzinfo is not None  # aware UTC on both databases
    field = session.exec(select(DocumentField)).one()
    assert field.value["name"] == "西安一宇路桥建设养护有限公司" and field.span["end"] == 17
    assert session.exec(select(Event)).one().date == date(2025, 8, 14)


def test_tables_module_defines_the_contract_vocabulary_columns():
    assert tables.Document.model_fields["status"].default == "recorded"
    assert tables.DocumentField.model_fields["status"].default == "auto"
    assert tables.Obligation.model_fields["status"].default == "open"
