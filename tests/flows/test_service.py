"""`xianjie run`: a local Prefect server with its UI, the schedules, the watcher; SIGTERM stops it all.

Starts a real `prefect server start` (10-30 s), so it is marked slow.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from flow_docs import write_penalty
from typer.testing import CliRunner

RUN = [sys.executable, "-c", "from xianjie.cli import app; app()", "run"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status
    except OSError:
        return 0


def _wait(condition: object, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.5)
    return False


@pytest.mark.slow
def test_run_serves_ui_watches_inbox_and_stops_cleanly(tmp_path: Path) -> None:
    prefect_port, review_port = _free_port(), _free_port()
    home, inbox, log = tmp_path / "var", tmp_path / "inbox", tmp_path / "run.log"
    env = dict(os.environ)
    env.update(
        {
            "XIANJIE_HOME": str(home),
            "XIANJIE_INBOX": str(inbox),
            "XIANJIE_PREFECT_PORT": str(prefect_port),
            "XIANJIE_REVIEW_PORT": str(review_port),
            "XIANJIE_WATCH_STABILITY_SECONDS": "0.5",
        }
    )
    for key in ("PREFECT_API_URL", "PREFECT_HOME", "XIANJIE_DATABASE_URL"):
        env.pop(key, None)
    with log.open("wb") as out:
        service = subprocess.Popen(RUN, env=env, stdout=out, stderr=subprocess.STDOUT, cwd=tmp_path)
    api = f"http://127.0.0.1:{prefect_port}/api"
    try:
        assert _wait(lambda: _get(f"{api}/health") == 200, 180), log.read_text(errors="replace")
        assert _get(f"http://127.0.0.1:{prefect_port}/") == 200  # the UI
        assert (home / "prefect").is_dir()  # PREFECT_HOME under our data folder
        inbox.mkdir(exist_ok=True)
        write_penalty(inbox / "科室", 81)
        assert _wait(lambda: any((home / "archive").rglob("*.txt")), 180), log.read_text(errors="replace")
        assert _wait(lambda: "backlog-nightly" in log.read_text(errors="replace"), 120)
    finally:
        service.send_signal(signal.SIGTERM)
        code = service.wait(timeout=90)
    assert code == 0, log.read_text(errors="replace")
    assert _get(f"{api}/health") == 0  # the server went down with it
    assert not list(inbox.rglob("*.txt"))


def test_schedule_lists_both_deployments(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from xianjie.cli import app
    from xianjie.settings import get_settings

    monkeypatch.setenv("XIANJIE_HOME", str(tmp_path / "var"))
    monkeypatch.setenv("XIANJIE_MONITOR_CRON", "15 7 * * 1-5")
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(app, ["schedule", "--json"])
    finally:
        get_settings.cache_clear()
    rows = json.loads(result.output)
    assert [(r["name"], r["cron"]) for r in rows] == [
        ("backlog-nightly", "0 2 * * *"),
        ("monitor-daily", "15 7 * * 1-5"),
    ]
    assert all(r["timezone"] == "Asia/Shanghai" and r["next_run"] for r in rows)
