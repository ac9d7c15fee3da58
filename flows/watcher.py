"""The drop-folder watcher: take each file once it has settled, in micro-batches, crash-safe.

Native events (inotify and friends) only say *that* something changed; whether a
file is complete is decided by watching its size and mtime stay still for a
stability delay, because scanners and copy tools write in bursts.  Network shares
rarely deliver native events, so there the observer polls (watchdog's
PollingObserver), chosen by a setting or by the inbox's file system type.  A
periodic full rescan catches anything an overflowing event queue dropped.

Settled files are claimed into processing/ (flows/journal.py) and handed to the
batch runner together: one flow run costs a second or two of bookkeeping, one
task run tens of milliseconds, so a burst of a hundred scans is a few flow runs,
not a hundred.
"""

from __future__ import annotations

import fnmatch
import logging
import os
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver
from watchdog.observers.polling import PollingObserver

from flows.journal import Claim, claim, recover

log = logging.getLogger("xianjie.watcher")

DEFAULT_IGNORE: tuple[str, ...] = ("~$*", "*.tmp", "*.part", ".~lock*", "Thumbs.db", ".DS_Store", "desktop.ini", ".*")
NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "9p", "afs", "ncpfs", "fuse.rclone", "davfs"}

BatchRunner = Callable[[list[Claim]], object]


@dataclass
class WatchConfig:
    inbox: Path
    processing: Path
    stability_seconds: float = 2.0
    tick_seconds: float = 0.5
    rescan_seconds: float = 30.0
    ignore: Sequence[str] = DEFAULT_IGNORE
    polling: bool | None = None  # None: poll only when the inbox is on a network file system
    batch_size: int = 100
    batch_window_seconds: float = 2.0


def is_ignored(relative: Path, patterns: Iterable[str]) -> bool:
    """Office lock files, partial downloads and dotfiles anywhere on the path are never taken."""
    patterns = tuple(patterns)
    return any(fnmatch.fnmatch(part, pat) for part in relative.parts for pat in patterns)


def filesystem_type(path: Path) -> str:
    """The type of the mount holding `path`, from /proc/mounts (empty where there is none)."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return ""
    target = str(path.resolve())
    best, kind = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) > len(best):
            best, kind = mount_point, parts[2]
    return kind


def make_observer(inbox: Path, polling: bool | None, interval: float) -> BaseObserver:
    if polling is None:
        polling = filesystem_type(inbox) in NETWORK_FS
    if polling:
        log.info("收件箱 %s 使用轮询监视（网络共享）", inbox)
        return PollingObserver(timeout=max(interval, 0.5))
    return Observer()


@dataclass
class _Seen:
    signature: tuple[int, int]
    changed_at: float


@dataclass
class Settler:
    """Tells when a file stopped changing: same size and mtime for `stability_seconds`."""

    stability_seconds: float
    seen: dict[Path, _Seen] = field(default_factory=dict)

    def touch(self, path: Path) -> None:
        self.seen.setdefault(path, _Seen(signature=(-1, -1), changed_at=time.monotonic()))

    def settled(self, now: float) -> list[Path]:
        done: list[Path] = []
        for path, state in list(self.seen.items()):
            try:
                st = path.stat()
            except OSError:
                del self.seen[path]  # gone (renamed, taken, deleted by its writer)
                continue
            signature = (st.st_size, st.st_mtime_ns)
            if signature != state.signature:
                self.seen[path] = _Seen(signature=signature, changed_at=now)
            elif now - state.changed_at >= self.stability_seconds:
                done.append(path)
                del self.seen[path]
        return done


class _Handler(FileSystemEventHandler):
    def __init__(self, wake: Callable[[Path], None]) -> None:
        self._wake = wake

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.is_directory:
            return
        target = getattr(event, "dest_path", "") or event.src_path
        self._wake(Path(os.fsdecode(target)))


class Watcher:
    """Runs until `stop` is set; every settled file goes through `run_batch` exactly once."""

    def __init__(self, config: WatchConfig, run_batch: BatchRunner) -> None:
        self.config = config
        self.run_batch = run_batch
        self.settler = Settler(config.stability_seconds)
        self._lock = threading.Lock()
        self._dirty: set[Path] = set()
        self._ready: list[Path] = []
        self._first_ready = 0.0

    def _wake(self, path: Path) -> None:
        with self._lock:
            self._dirty.add(path)

    def _relative(self, path: Path) -> Path | None:
        try:
            return path.resolve().relative_to(self.config.inbox.resolve())
        except (ValueError, OSError):
            return None

    def _wanted(self, path: Path) -> bool:
        relative = self._relative(path)
        return relative is not None and not is_ignored(relative, self.config.ignore)

    def scan(self) -> None:
        """Look at every file in the inbox: at start, and now and then in case events were lost."""
        for root, dirs, files in os.walk(self.config.inbox):
            dirs[:] = [d for d in dirs if not is_ignored(Path(d), self.config.ignore)]
            for name in files:
                self._wake(Path(root) / name)

    def recover(self) -> None:
        """Finish whatever a crash left in processing/ before taking anything new."""
        pending = recover(self.config.processing)
        if pending:
            log.info("恢复上次中断时处理中的 %d 个文件", len(pending))
            self._run(pending)

    def tick(self, now: float) -> None:
        with self._lock:
            dirty, self._dirty = self._dirty, set()
        for path in dirty:
            if path.is_file() and self._wanted(path):
                self.settler.touch(path)
        settled = self.settler.settled(now)
        if settled and not self._ready:
            self._first_ready = now
        self._ready.extend(p for p in settled if p not in self._ready)
        full = len(self._ready) >= self.config.batch_size
        if self._ready and (full or now - self._first_ready >= self.config.batch_window_seconds):
            self.flush()

    def flush(self) -> None:
        ready, self._ready = self._ready, []
        for start in range(0, len(ready), self.config.batch_size):
            claims = []
            for path in ready[start : start + self.config.batch_size]:
                relative = self._relative(path)
                if relative is None:
                    continue
                try:
                    taken = claim(path, self.config.processing, relative.as_posix())
                except OSError as exc:
                    log.warning("暂时无法接收 %s：%s（下次扫描时重试）", relative, exc)
                    continue
                if taken is not None:
                    claims.append(taken)
            if claims:
                self._run(claims)

    def _run(self, claims: list[Claim]) -> None:
        """A failing batch must not stop the watcher: its claims stay in processing/ for the next recover()."""
        try:
            self.run_batch(claims)
        except Exception:  # noqa: BLE001 - logged; nothing is lost, the files wait in processing/
            log.exception("本批 %d 个文件处理失败，稍后重试", len(claims))

    def run(self, stop: threading.Event) -> None:
        cfg = self.config
        cfg.inbox.mkdir(parents=True, exist_ok=True)
        cfg.processing.mkdir(parents=True, exist_ok=True)
        self.recover()
        observer = make_observer(cfg.inbox, cfg.polling, cfg.tick_seconds)
        observer.schedule(_Handler(self._wake), str(cfg.inbox), recursive=True)
        observer.start()
        try:
            self.scan()
            last_scan = time.monotonic()
            while not stop.is_set():
                now = time.monotonic()
                if now - last_scan >= cfg.rescan_seconds:
                    self.recover()  # claims a failed batch left behind (database down...) are retried
                    self.scan()
                    last_scan = now
                self.tick(now)
                stop.wait(cfg.tick_seconds)
        finally:
            observer.stop()
            observer.join(timeout=5)
