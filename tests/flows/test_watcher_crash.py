"""kill -9 of a running watcher in the middle of a burst, then a restart: every file is accounted for."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from flow_accounting import fingerprint, leftovers, whereabouts
from flow_docs import write_bad_files, write_penalty

WATCH = [sys.executable, "-c", "from xianjie.cli import app; app()", "watch", "--no-prefect"]


def _start(inbox: Path, home: Path, log: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    env.update(
        {
            "XIANJIE_HOME": str(home),
            "XIANJIE_WATCH_STABILITY_SECONDS": "0.3",
            "XIANJIE_BATCH_WINDOW_SECONDS": "0.1",
            "XIANJIE_BATCH_SIZE": "4",
        }
    )
    env.pop("XIANJIE_DATABASE_URL", None)
    with log.open("ab") as out:
        return subprocess.Popen([*WATCH, "--inbox", str(inbox)], env=env, stdout=out, stderr=subprocess.STDOUT)


def _wait(condition: object, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return False


@pytest.mark.slow  # two watcher start-ups (imports, jieba) and thirty files: 15-25 s
def test_kill_9_mid_burst_then_restart_accounts_for_every_file(tmp_path: Path) -> None:
    inbox, home, log = tmp_path / "inbox", tmp_path / "var", tmp_path / "watch.log"
    staging = tmp_path / "staging"
    dropped = [write_penalty(staging / f"批次{n % 2}", n) for n in range(26)]
    dropped += [write_penalty(staging, n, f"重复_{n}.txt") for n in range(2)]
    dropped += write_bad_files(staging / "坏")
    digests = fingerprint(dropped)
    db_url = f"sqlite:///{home / 'xianjie.db'}"
    inbox.mkdir()

    first = _start(inbox, home, log)
    for path in dropped:
        target = inbox / path.relative_to(staging)
        target.parent.mkdir(parents=True, exist_ok=True)
        path.rename(target)
    archive, quarantine = home / "archive", home / "quarantine"
    started = _wait(lambda: len(leftovers(archive)) + len(leftovers(quarantine)) >= 2, 120)
    os.kill(first.pid, signal.SIGKILL)
    first.wait()
    assert started, log.read_text(encoding="utf-8", errors="replace")
    in_flight = len(leftovers(inbox)) + len(leftovers(home / "processing"))
    assert in_flight > 0  # the kill really came in the middle

    second = _start(inbox, home, log)
    try:
        done = _wait(
            lambda: (
                not leftovers(inbox)
                and not leftovers(home / "processing")
                and (home / "xianjie.db").exists()
                and len(whereabouts(db_url, home, set(digests))) == len(digests)
            ),
            120,
        )
    finally:
        second.send_signal(signal.SIGTERM)
        second.wait(timeout=30)
    assert done, log.read_text(encoding="utf-8", errors="replace")
    where = whereabouts(db_url, home, set(digests))
    assert sorted(where.values()).count("quarantined") == 2
    assert second.returncode == 0
