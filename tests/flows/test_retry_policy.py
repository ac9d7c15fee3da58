"""Retries only where a retry can help: a busy database yes, a bad document never."""

from __future__ import annotations

from prefect.states import Failed
from sqlalchemy.exc import OperationalError

from extractors.errors import ReadError
from flows.ingest import _database_busy


def test_database_lock_is_retried() -> None:
    locked = OperationalError("INSERT INTO documents", {}, Exception("database is locked"))
    assert _database_busy(None, None, Failed(data=locked)) is True  # type: ignore[arg-type]


def test_bad_input_is_not_retried() -> None:
    bad = ReadError("扫描件.pdf", "corrupt_pdf", "文件内容已损坏，无法解析", "cannot parse pdf")
    assert _database_busy(None, None, Failed(data=bad)) is False  # type: ignore[arg-type]
    assert _database_busy(None, None, Failed(data=ValueError("识别结果不能入账"))) is False  # type: ignore[arg-type]
