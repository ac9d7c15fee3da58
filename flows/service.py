"""What `make run` starts: a local Prefect server, the served schedules, the watcher, the review app.

Each part runs as its own child process in its own session, so a terminal's Ctrl-C
reaches only this supervisor, which then stops the parts in reverse order (the
watcher finishes its batch, the runner pauses its schedules, the server last).
A part that dies is restarted, a few times.  Everything binds to 127.0.0.1 and
nothing needs the network: the Prefect UI is served by the local server.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass, field

log = logging.getLogger("xianjie.service")

HEALTH_TIMEOUT = 180.0  # a first start creates its database; slow on a busy machine
STOP_GRACE = 30.0  # the watcher finishes its current batch first
MAX_RESTARTS = 5


@dataclass
class Part:
    name: str
    argv: list[str]
    process: subprocess.Popen[bytes] | None = None
    restarts: int = 0


@dataclass
class ServiceConfig:
    prefect_home: str
    prefect_port: int
    python: str
    parts: Sequence[tuple[str, list[str]]] = field(default_factory=list)  # started after the server, in order
    host: str = "127.0.0.1"

    @property
    def api_url(self) -> str:
        return f"http://{self.host}:{self.prefect_port}/api"


def service_env(config: ServiceConfig) -> dict[str, str]:
    """The environment every part shares: our Prefect home and server, and no telemetry."""
    env = dict(os.environ)
    env.update(
        {
            "PREFECT_HOME": config.prefect_home,
            "PREFECT_API_URL": config.api_url,
            "PREFECT_SERVER_API_HOST": config.host,
            "PREFECT_SERVER_API_PORT": str(config.prefect_port),
            "DO_NOT_TRACK": "1",
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "ORT_DISABLE_TELEMETRY": "1",
        }
    )
    return env


def healthy(api_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def wait_healthy(api_url: str, timeout: float, server: Part | None) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if healthy(api_url):
            return True
        if server is not None and server.process is not None and server.process.poll() is not None:
            return False
        time.sleep(0.5)
    return False


def _start(part: Part, env: dict[str, str]) -> None:
    part.process = subprocess.Popen(part.argv, env=env, start_new_session=True)
    log.info("已启动 %s（进程 %d）", part.name, part.process.pid)


def _stop(part: Part) -> None:
    proc = part.process
    if proc is None or proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=STOP_GRACE)
    except subprocess.TimeoutExpired:
        log.warning("%s 未在 %d 秒内退出，强制结束", part.name, STOP_GRACE)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    except ProcessLookupError:
        pass
    log.info("已停止 %s", part.name)


def _server_part(config: ServiceConfig) -> Part:
    argv = [
        config.python,
        "-m",
        "prefect",
        "server",
        "start",
        "--host",
        config.host,
        "--port",
        str(config.prefect_port),
        "--analytics-off",
    ]
    return Part("Prefect 服务器", argv)


def _supervise(parts: list[Part], env: dict[str, str], stop: threading.Event) -> int:
    """Restart a part that died, a few times; give up (and stop everything) after that."""
    while not stop.wait(1.0):
        for part in parts:
            code = part.process.poll() if part.process else None
            if code is None:
                continue
            if part.restarts >= MAX_RESTARTS:
                log.error("%s 反复退出（退出码 %s），停止服务", part.name, code)
                return 1
            part.restarts += 1
            log.warning("%s 意外退出（退出码 %s），第 %d 次重启", part.name, code, part.restarts)
            _start(part, env)
    return 0


def run_service(config: ServiceConfig, stop: threading.Event | None = None) -> int:
    """Start everything, supervise until Ctrl-C / SIGTERM (or `stop`), then stop in reverse order."""
    stop = stop or threading.Event()
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: stop.set())
    os.makedirs(config.prefect_home, exist_ok=True)
    env = service_env(config)
    started: list[Part] = []
    try:
        if healthy(config.api_url):
            log.info("使用已在运行的 Prefect 服务器 %s", config.api_url)
        else:
            server = _server_part(config)
            _start(server, env)
            started.append(server)
            if not wait_healthy(config.api_url, HEALTH_TIMEOUT, server):
                log.error("Prefect 服务器未能启动（%s）", config.api_url)
                return 1
        log.info("Prefect 界面：http://%s:%d", config.host, config.prefect_port)
        for name, argv in config.parts:
            part = Part(name, list(argv))
            _start(part, env)
            started.append(part)
        return _supervise(started, env, stop)
    finally:
        for part in reversed(started):
            _stop(part)
