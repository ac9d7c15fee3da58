"""Ledger test databases: a fresh SQLite file per test, and a throwaway PostgreSQL database.

PostgreSQL comes from XIANJIE_TEST_POSTGRES_URL when set (a database is created
on that server and dropped afterwards); otherwise each test process starts its
own server from Debian's binaries in a temporary directory, on loopback, as the
`postgres` user when running as root.  Without the binaries the PostgreSQL
variants are skipped — except in CI (CI=true), where that is a failure.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, make_url, text
from sqlmodel import Session

from models.db import dispose_engine, get_engine, init_db

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_postgres(args: list[str]) -> list[str]:
    """The server refuses to run as root; drop to the `postgres` user that the Debian package creates."""
    if os.geteuid() != 0:
        return args
    return ["runuser", "-u", "postgres", "--", *args]


class LocalServer:
    """A PostgreSQL server of our own in a temporary directory, stopped when the session ends."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="xj-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres", "postgres")
        self._run("initdb", "-N", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                  "--locale=C.UTF-8")
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} -c fsync=off"
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.root / "log"), "-w", "start")
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, tool: str, *args: str) -> None:
        subprocess.run(_as_postgres([str(self.bindir / tool), *args]), check=True, capture_output=True,
                       cwd=self.root)

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server_url() -> Iterator[str]:
    """A URL of a server we may create databases on."""
    given = os.environ.get("XIANJIE_TEST_POSTGRES_URL")
    if given:
        yield given
        return
    bindir = _pg_bin()
    if bindir is None:
        if IN_CI:
            pytest.fail("CI 环境缺少 PostgreSQL 服务器（/usr/lib/postgresql/*/bin），不能跳过 PostgreSQL 测试")
        pytest.skip("未安装 PostgreSQL 服务器，跳过 PostgreSQL 测试")
    server = LocalServer(bindir)
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture(scope="session")
def postgres_url(postgres_server_url: str) -> Iterator[str]:
    """A throwaway database for this test process, migrated to head, dropped at the end."""
    name = f"xj_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(postgres_server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(postgres_server_url).set(database=name).render_as_string(hide_password=False)
    init_db(url)
    try:
        yield url
    finally:
        dispose_engine(url)
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _truncate_all(url: str) -> None:
    engine = get_engine(url)
    tables = [t for t in inspect(engine).get_table_names() if t != "alembic_version"]
    with engine.begin() as connection:
        connection.execute(text("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE"))


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrated once; each test gets a copy (running the migrations per test costs half a second)."""
    path = tmp_path_factory.mktemp("template") / "ledger.db"
    url = f"sqlite:///{path}"
    init_db(url)
    dispose_engine(url)  # the last connection closing folds the WAL into the file
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> Iterator[str]:
    """An empty, migrated ledger database of each kind."""
    if request.param == "sqlite":
        path = tmp_path / "ledger.db"
        shutil.copyfile(sqlite_template, path)
        url = f"sqlite:///{path}"
        yield url
        dispose_engine(url)
        return
    url = request.getfixturevalue("postgres_url")
    _truncate_all(url)
    yield url


@pytest.fixture
def session(db_url: str) -> Iterator[Session]:
    with Session(get_engine(db_url), expire_on_commit=False) as session:
        yield session
        session.rollback()
