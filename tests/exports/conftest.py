"""Export tests: a SQLite ledger per test, filled with the ledger's own public functions.

The documents are the ledger tests' realistic extraction lines (tests/ledger/ledger_docs.py),
so the exports are checked against the same cases the ledger engineer checks.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import Session

from models.db import dispose_engine, get_engine, init_db

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "ledger"))


@pytest.fixture(scope="session")
def export_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrated once; each test copies it (migrations take half a second)."""
    path = tmp_path_factory.mktemp("export-template") / "ledger.db"
    url = f"sqlite:///{path}"
    init_db(url)
    dispose_engine(url)
    return path


@pytest.fixture
def export_db(tmp_path: Path, export_template: Path) -> Iterator[str]:
    path = tmp_path / "ledger.db"
    path.write_bytes(export_template.read_bytes())
    url = f"sqlite:///{path}"
    yield url
    dispose_engine(url)


@pytest.fixture
def session(export_db: str) -> Iterator[Session]:
    with Session(get_engine(export_db), expire_on_commit=False) as session:
        yield session
        session.rollback()


@pytest.fixture(scope="session")
def two_cases_template(tmp_path_factory: pytest.TempPathFactory, export_template: Path) -> Path:
    """The two cases of export_docs, recorded once; tests that only read them copy the file."""
    import export_docs

    path = tmp_path_factory.mktemp("two-cases") / "ledger.db"
    path.write_bytes(export_template.read_bytes())
    url = f"sqlite:///{path}"
    with Session(get_engine(url), expire_on_commit=False) as session:
        export_docs.build_two_cases(session)
    dispose_engine(url)
    return path


@pytest.fixture
def two_cases(tmp_path: Path, two_cases_template: Path) -> Iterator[Session]:
    """A session on a private copy of the two-case ledger."""
    path = tmp_path / "two-cases.db"
    path.write_bytes(two_cases_template.read_bytes())
    url = f"sqlite:///{path}"
    with Session(get_engine(url), expire_on_commit=False) as session:
        yield session
        session.rollback()
    dispose_engine(url)
