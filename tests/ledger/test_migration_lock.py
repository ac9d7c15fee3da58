"""Two processes migrating one new database at once (the watcher and the review app starting together).

Each process is started with `spawn`, so it has its own engine and imports, as
`xianjie run`'s parts do; a barrier lets both reach init_db at the same moment.
"""

from __future__ import annotations

import multiprocessing
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, make_url, text

from models.db import dispose_engine, get_engine

WORKERS = 2


def _migrate(url: str, barrier: multiprocessing.synchronize.Barrier, results: multiprocessing.Queue) -> None:
    from models.db import init_db

    barrier.wait(timeout=60)
    try:
        init_db(url)
        results.put("ok")
    except Exception as exc:  # noqa: BLE001 - the parent reports what went wrong in the child
        results.put(f"{type(exc).__name__}: {exc}")


def _migrate_at_once(url: str) -> list[str]:
    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(WORKERS), context.Queue()
    workers = [context.Process(target=_migrate, args=(url, barrier, results)) for _ in range(WORKERS)]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    return outcomes


def _one_schema(url: str) -> None:
    engine = get_engine(url)
    tables = set(inspect(engine).get_table_names())
    assert {"cases", "documents", "obligations", "alembic_version"} <= tables
    with engine.connect() as connection:
        heads = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    assert len(heads) == 1  # one line of migrations, applied once


def test_two_processes_migrate_a_new_sqlite_file_at_once(tmp_path: Path) -> None:
    database = tmp_path / "var" / "xianjie.db"
    url = f"sqlite:///{database}"
    assert _migrate_at_once(url) == ["ok", "ok"]
    _one_schema(url)
    assert (tmp_path / "var" / "xianjie.db.migrate.lock").exists()
    dispose_engine(url)


@pytest.mark.postgres
def test_two_processes_migrate_a_new_postgres_database_at_once(postgres_server_url: str) -> None:
    name = f"xj_lock_{uuid.uuid4().hex[:10]}"
    admin = create_engine(postgres_server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(postgres_server_url).set(database=name).render_as_string(hide_password=False)
    try:
        assert _migrate_at_once(url) == ["ok", "ok"]
        _one_schema(url)
        with get_engine(url).connect() as connection:  # the lock was released, not left to the session's end
            held = connection.execute(text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")).scalar()
        assert held == 0
    finally:
        dispose_engine(url)
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
