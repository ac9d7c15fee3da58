"""Engine, migrations and sessions for the ledger database (SQLite by default, PostgreSQL by URL)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

from alembic import command
from alembic.config import Config
from sqlalchemy import event, text
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session, create_engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_engines: dict[str, Engine] = {}
MIGRATION_LOCK_KEY = 0x5869616E6A6965  # "Xianjie": the PostgreSQL advisory lock held while migrating


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


def _sqlite_file(url: str) -> Path | None:
    """The database file of a SQLite URL; None for an in-memory database or another engine."""
    if not url.startswith("sqlite") or "///" not in url:
        return None
    path = url.split("///", 1)[1].split("?", 1)[0]
    return Path(path) if path and path != ":memory:" else None


@contextmanager
def _file_lock(database: Path) -> Iterator[None]:
    """Held while one process migrates: a second one waits, then finds the schema current.

    Without it two processes starting on a new database (the watcher and the review
    app under `xianjie run`) both create the tables and one fails with "already exists".
    """
    if fcntl is None:  # no flock (Windows): nothing to wait on, one process migrates at a time there
        yield
        return
    lock_path = database.with_name(database.name + ".migrate.lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _upgrade(connection: Connection, config: Config) -> None:
    with connection.begin():
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _upgrade_postgres(connection: Connection, config: Config) -> None:
    """A session advisory lock around the upgrade, released even when the upgrade fails."""
    connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
    connection.commit()
    try:
        _upgrade(connection, config)
    finally:
        connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK_KEY})
        connection.commit()


def init_db(url: str) -> Engine:
    """Bring the database at `url` to the newest schema and return its engine; safe across processes."""
    engine = get_engine(url)
    config = alembic_config(url)
    database = _sqlite_file(url)
    if database is not None:
        with _file_lock(database), engine.connect() as connection:
            _upgrade(connection, config)
    else:
        with engine.connect() as connection:
            if connection.dialect.name == "postgresql":
                _upgrade_postgres(connection, config)
            else:
                _upgrade(connection, config)
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
