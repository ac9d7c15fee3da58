"""The drop-folder watcher on a real temporary folder: settling, ignoring, bursts, duplicates, bad files."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from flow_accounting import fingerprint, leftovers, whereabouts
from flow_docs import write_bad_files, write_penalty
from watchdog.observers.polling import PollingObserver

from flows.batching import claim_item
from flows.journal import Claim
from flows.steps import IngestConfig, Outcome, process_item
from flows.watcher import WatchConfig, Watcher, is_ignored, make_observer


def _config(tmp_path: Path, **overrides: object) -> WatchConfig:
    values: dict[str, object] = {
        "inbox": tmp_path / "inbox",
        "processing": tmp_path / "var" / "processing",
        "stability_seconds": 0.5,
        "tick_seconds": 0.1,
        "batch_size": 25,
        "batch_window_seconds": 0.2,
    }
    values.update(overrides)
    cfg = WatchConfig(**values)  # type: ignore[arg-type]
    cfg.inbox.mkdir(parents=True, exist_ok=True)
    return cfg


class Recorder:
    """A batch runner that runs the real steps and remembers the batches it was given."""

    def __init__(self, config: IngestConfig | None) -> None:
        self.config = config
        self.batches: list[list[str]] = []
        self.outcomes: list[Outcome] = []

    def __call__(self, claims: list[Claim]) -> None:
        self.batches.append([c.original_name for c in claims])
        if self.config is None:
            for c in claims:
                c.release()
            return
        for c in claims:
            item = claim_item(c)
            self.outcomes.append(process_item(Path(item.path), item.original_name, item.claim_folder, self.config))


def test_ignore_patterns_cover_office_and_system_files() -> None:
    patterns = WatchConfig(Path("i"), Path("p")).ignore
    for name in (
        "~$决定书.docx",
        "扫描.tmp",
        "下载.pdf.part",
        ".~lock.台账.xlsx#",
        "Thumbs.db",
        ".DS_Store",
        "desktop.ini",
        ".hidden.pdf",
        ".git/config",
    ):
        assert is_ignored(Path(name), patterns), name
    for name in ("处罚决定书.pdf", "2024/裁定书.docx", "scan_001.tiff"):
        assert not is_ignored(Path(name), patterns), name


def test_a_growing_file_is_not_taken_until_it_settles(tmp_path: Path) -> None:
    cfg = _config(tmp_path)
    runner = Recorder(None)
    watcher = Watcher(cfg, runner)
    path = cfg.inbox / "正在扫描.pdf"
    with path.open("wb") as fh:
        fh.write(b"%PDF-1.4\n")
        fh.flush()
        watcher.scan()
        for step in range(6):  # still growing at every look, a second apart: never taken
            watcher.tick(float(step))
            fh.write(b"page %d\n" % step)
            fh.flush()
        assert runner.batches == [] and path.exists()
    watcher.tick(6.0)  # last change seen here
    watcher.tick(6.2)
    assert runner.batches == []  # not yet still for the stability delay
    watcher.tick(6.6)  # settled; waits for the batch window
    watcher.tick(7.0)
    assert runner.batches == [["正在扫描.pdf"]]
    assert not path.exists()


def test_settled_files_are_gathered_into_micro_batches(tmp_path: Path) -> None:
    cfg = _config(tmp_path, batch_size=4, batch_window_seconds=1.0)
    runner = Recorder(None)
    watcher = Watcher(cfg, runner)
    for n in range(10):
        (cfg.inbox / f"件{n}.txt").write_text(f"文书{n}", encoding="utf-8")
    (cfg.inbox / "~$件.docx").write_bytes(b"lock")
    watcher.scan()
    watcher.tick(0.0)
    watcher.tick(1.0)  # all settle at once: a full batch triggers the flush, in batches of at most 4
    assert [len(b) for b in runner.batches] == [4, 4, 2]
    assert (cfg.inbox / "~$件.docx").exists()


@pytest.mark.slow  # a hundred files through the whole pipeline: 15-30 s
def test_burst_of_100_files_with_duplicates_bad_files_and_subfolders(tmp_path: Path, config: IngestConfig) -> None:
    cfg = _config(tmp_path, processing=Path(config.home) / "processing")
    runner = Recorder(config)
    watcher = Watcher(cfg, runner)
    stop = threading.Event()
    thread = threading.Thread(target=watcher.run, args=(stop,), daemon=True)
    thread.start()
    staging = tmp_path / "staging"
    dropped = [write_penalty(staging / f"科室{n % 3}", n) for n in range(90)]
    dropped += [write_penalty(staging / "重复", n, f"再次投放_{n}.txt") for n in range(5)]
    dropped += write_bad_files(staging / "坏文件")
    dropped += [write_penalty(staging, 500 + n) for n in range(3)]
    digests = fingerprint(dropped)
    for path in dropped:  # a burst: moved in as fast as the file system allows
        target = cfg.inbox / path.relative_to(staging)
        target.parent.mkdir(parents=True, exist_ok=True)
        path.rename(target)
    (cfg.inbox / "Thumbs.db").write_bytes(b"thumbs")
    deadline = time.monotonic() + 180
    while len(runner.outcomes) < len(dropped) and time.monotonic() < deadline:
        time.sleep(0.2)
    stop.set()
    thread.join(timeout=30)

    assert len(dropped) == 100
    statuses = [o.status.value for o in runner.outcomes]
    assert len(statuses) == 100
    assert statuses.count("duplicate") == 5 and statuses.count("quarantined") == 2
    assert len(runner.batches) < 20  # micro-batches, not one run per file
    where = whereabouts(config.db_url, Path(config.home), set(digests))
    assert set(where) == set(digests)  # every file accounted for
    assert [p.name for p in leftovers(cfg.inbox)] == ["Thumbs.db"]
    assert leftovers(cfg.processing) == []


def test_polling_observer_for_network_shares(tmp_path: Path, config: IngestConfig) -> None:
    cfg = _config(tmp_path, polling=True, processing=Path(config.home) / "processing")
    assert isinstance(make_observer(cfg.inbox, True, 0.1), PollingObserver)
    runner = Recorder(config)
    watcher = Watcher(cfg, runner)
    stop = threading.Event()
    thread = threading.Thread(target=watcher.run, args=(stop,), daemon=True)
    thread.start()
    write_penalty(cfg.inbox / "共享", 61)
    deadline = time.monotonic() + 60
    while not runner.outcomes and time.monotonic() < deadline:
        time.sleep(0.1)
    stop.set()
    thread.join(timeout=30)
    assert [(o.status.value, o.original_name) for o in runner.outcomes] == [("recorded", "共享/处罚决定书_061.txt")]


def test_files_left_in_processing_are_finished_first(tmp_path: Path, config: IngestConfig) -> None:
    from flows.journal import claim

    cfg = _config(tmp_path, processing=Path(config.home) / "processing")
    claim(write_penalty(cfg.inbox, 71), cfg.processing, "处罚决定书_071.txt")  # a crash left it here
    runner = Recorder(config)
    Watcher(cfg, runner).recover()
    assert [o.original_name for o in runner.outcomes] == ["处罚决定书_071.txt"]
    assert leftovers(cfg.processing) == []


def test_a_failing_batch_keeps_its_files_for_the_next_try(tmp_path: Path) -> None:
    """Database down, say: the watcher survives and the claims wait in processing/ until recover()."""
    cfg = _config(tmp_path)
    seen: list[list[str]] = []

    def flaky(claims: list[Claim]) -> None:
        seen.append([c.original_name for c in claims])
        if len(seen) == 1:
            raise RuntimeError("database is locked")
        for c in claims:
            c.release()

    watcher = Watcher(cfg, flaky)
    (cfg.inbox / "检察建议书.txt").write_text("检察建议书", encoding="utf-8")
    watcher.scan()
    for now in (0.0, 1.0, 1.5):  # seen, settled, batch window over
        watcher.tick(now)
    assert seen == [["检察建议书.txt"]] and len(leftovers(cfg.processing)) == 2  # the file and its claim note
    watcher.recover()
    assert seen == [["检察建议书.txt"], ["检察建议书.txt"]] and leftovers(cfg.processing) == []
