"""Warm worker processes that do the heavy part of ingesting a file, one per core.

Why processes fed by thread tasks, rather than the work in the task threads:
reading, spaCy and the ledger write are Python and hold the GIL, and
extractors/ocr.py runs one OCR call at a time per process, so threads in one
process use about one core.  Why not Prefect's process task runner: its pool
lives for one flow run, so every micro-batch would start processes and load
spaCy and the OCR models again.  This pool lives as long as the process that
runs the flows (the watcher, the served deployments), is warmed once, and the
flow's tasks stay cheap thread tasks that hand each file to it.

Each worker builds its RapidOCR engine with `ocr_threads` onnxruntime intra-op
threads, the cores divided by the workers: one single-threaded OCR per core
beats two processes whose two-thread OCR calls fight over the same two cores
(onnxruntime's threads spin while they wait; measured, see README "Measured").
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flows.steps import IngestConfig, Outcome

_POOLS: dict[tuple[int, int], ProcessPoolExecutor] = {}
_POOLS_LOCK = threading.Lock()


@dataclass(frozen=True)
class PoolShape:
    """How many worker processes, and how many onnxruntime threads each OCR call may use."""

    workers: int = 2
    ocr_threads: int = 1

    @classmethod
    def for_workers(cls, workers: int) -> PoolShape:
        """The cores shared out: one worker alone gets every core for its OCR, two on two cores one each."""
        return cls(workers, max(1, (os.cpu_count() or 1) // max(workers, 1)))


def use_ocr_threads(threads: int) -> None:
    """Build this process's RapidOCR engine with `threads` intra-op threads, before anything OCRs."""
    from extractors.ocr import configure_threads, engine

    configure_threads(threads)
    engine()


def warm_worker(ocr_threads: int) -> None:
    """Load what every file needs (OCR models, the spaCy pipeline) once per worker process."""
    from extractors.pipeline import build_nlp

    use_ocr_threads(ocr_threads)
    build_nlp()


def peak_mb() -> float:
    """This process's peak resident memory."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def process_in_worker(path: str, original_name: str, claim_folder: str, config: IngestConfig) -> Outcome:
    from flows.steps import process_item

    return process_item(Path(path), original_name, claim_folder, config)


def pool(shape: PoolShape) -> ProcessPoolExecutor:
    """The process-wide pool of this shape, started (spawned, never forked: onnxruntime has threads) once."""
    key = (shape.workers, shape.ocr_threads)
    with _POOLS_LOCK:
        found = _POOLS.get(key)
        if found is None:
            found = ProcessPoolExecutor(
                max_workers=shape.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=warm_worker,
                initargs=(shape.ocr_threads,),
            )
            _POOLS[key] = found
        return found


def submit(shape: PoolShape, fn: Any, *args: Any) -> Future[Any]:
    """Run fn in the pool; a pool broken by a dead worker (killed, out of memory) is replaced for later calls."""
    executor = pool(shape)
    try:
        return executor.submit(fn, *args)
    except BrokenProcessPool:
        discard(shape, executor)
        return pool(shape).submit(fn, *args)


def run(shape: PoolShape, fn: Any, *args: Any) -> Any:
    """fn(*args) in a warm worker; a worker that died takes only the calls it was running with it."""
    executor = pool(shape)
    try:
        return submit(shape, fn, *args).result()
    except BrokenProcessPool:
        discard(shape, executor)
        raise


def discard(shape: PoolShape, executor: ProcessPoolExecutor) -> None:
    with _POOLS_LOCK:
        if _POOLS.get((shape.workers, shape.ocr_threads)) is executor:
            del _POOLS[(shape.workers, shape.ocr_threads)]
    executor.shutdown(wait=False, cancel_futures=True)


def warm(shape: PoolShape) -> list[int]:
    """Start every worker now (the service does this at start, the bench before its clock); returns their pids."""
    futures = [pool(shape).submit(_pid_after, 0.2) for _ in range(shape.workers * 2)]
    return sorted({f.result() for f in futures})


def _pid_after(seconds: float) -> int:
    import time

    time.sleep(seconds)  # long enough that every worker gets one of these
    return os.getpid()


def shutdown_all() -> None:
    with _POOLS_LOCK:
        pools = list(_POOLS.values())
        _POOLS.clear()
    for executor in pools:
        executor.shutdown(wait=True, cancel_futures=True)
