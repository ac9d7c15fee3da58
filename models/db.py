"""Engine, migrations and sessions for the ledger database (SQLite by default, PostgreSQL by URL)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_engines: dict[str, Engine] = {}


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    """Foreign keys are off by default in SQLite; WAL lets the web app read while a run writes."""
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def get_engine(url: str) -> Engine:
    """One engine per URL for the process, so pools are shared; SQLite parent dirs are created."""
    if url in _engines:
        return _engines[url]
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1] if "///" in url else ""
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    _engines[url] = engine
    return engine


def alembic_config(url: str) -> Config:
    """Built in code, without alembic.ini, so migrations run from any installed checkout."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def init_db(url: str) -> Engine:
    """Bring the database at `url` to the newest schema and return its engine."""
    engine = get_engine(url)
    config = alembic_config(url)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return engine


def dispose_engine(url: str) -> None:
    """Close pooled connections (tests dropping a database, a forked worker)."""
    engine = _engines.pop(url, None)
    if engine is not None:
        engine.dispose()


@contextmanager
def session_scope(url: str) -> Iterator[Session]:
    """A session that commits when the block ends normally and rolls back on an exception."""
    with Session(get_engine(url), expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
