"""Intake test fixtures: a fresh home per test, and one Prefect test harness per session.

prefect_test_harness starts a temporary Prefect API (about 14 s), so it is
session-scoped and the tests using it share one xdist group.  (With pytest 9.2
`--dist loadgroup` silently stops grouping — pytest-xdist issue #1386 — and each
xdist worker then starts its own harness: slower, still correct.)
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from flows.steps import IngestConfig

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "exports"))  # smtp_inbox, the local SMTP server


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "var"


@pytest.fixture
def config(home: Path) -> IngestConfig:
    return IngestConfig(home=str(home), db_url=f"sqlite:///{home / 'xianjie.db'}", today="2024-08-01")


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
