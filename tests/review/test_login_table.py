"""The review app's own table: its migration builds exactly what models/auth_tables.py declares."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

import models.auth_tables  # noqa: F401  (registers login_attempts on the metadata)
from models.db import dispose_engine, get_engine, init_db


def test_login_attempts_migration_matches_the_model(tmp_path):
    url = f"sqlite:///{tmp_path / 'x.db'}"
    init_db(url)
    with get_engine(url).connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diffs = compare_metadata(context, SQLModel.metadata)
    dispose_engine(url)
    flat = [d[0] if isinstance(d, list) else d for d in diffs]
    ours = [d for d in flat if "login_attempts" in repr(d)]
    assert ours == []
