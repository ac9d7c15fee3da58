"""Prefect flows over flows/steps.py: `ingest_file` (one file, a task per stage) and `ingest_batch`.

Retries only where a retry can help: the ledger write may meet a busy SQLite or a
PostgreSQL fail-over, so recording retries on database errors; reading and
extracting a bad file fails the same way every time, so those never retry and a
bad file is quarantined instead.  A batch is one flow run (a flow run costs a
second or two of bookkeeping, a task run tens of milliseconds): one task per file
that needs OCR, and born-digital files in chunks of up to CHUNK_FILES per task,
since a task run costs as much as the whole work on a DOCX.  With the "pool"
runner the tasks hand the files to warm worker processes, one per core
(flows/warm_pool.py), and one file's failure never touches the others — its
claim simply stays in processing/ for the next run.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.client.schemas.objects import TaskRun
from prefect.futures import PrefectFuture
from prefect.states import State
from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner
from sqlalchemy.exc import OperationalError

from extractors.errors import ReadError
from flows import steps, warm_pool
from flows.batching import Item, claim_item, needs_ocr, take_folder
from flows.journal import recover
from flows.steps import IngestConfig, Outcome
from flows.warm_pool import PoolShape
from flows.watcher import DEFAULT_IGNORE


def _retry_worthy(exc: BaseException) -> bool:
    """Database trouble (locked, connection lost) or a worker process that died under another file."""
    return isinstance(exc, OperationalError | BrokenProcessPool)


def _database_busy(_task: Any, _run: TaskRun, state: State) -> bool:
    """Retry a ledger write only for database trouble (locked, connection lost), never for bad data."""
    try:
        state.result()
    except OperationalError:
        return True
    except Exception:  # noqa: BLE001 - anything else is not a contention problem
        return False
    return False


# --- ingest_file: one task per stage, for a single file and for the UI ----------------------------


@task(name="hash", task_run_name="哈希 {original_name}")
def hash_task(path: str, original_name: str) -> str:
    return steps.sha256_file(Path(path))


@task(name="read", task_run_name="读取 {original_name}")
def read_task(path: str, original_name: str, config: IngestConfig) -> Any:
    return steps.read_document(Path(path), config)


@task(name="extract", task_run_name="识别 {original_name}")
def extract_task(result: Any, original_name: str) -> dict[str, Any]:
    return steps.extract_fields(result, original_name)


@task(
    name="record",
    task_run_name="登记 {original_name} ({doc_type})",
    retries=3,
    retry_delay_seconds=[1, 3, 9],
    retry_condition_fn=_database_busy,
)
def record_task(
    path: str, original_name: str, doc_type: str, sha256: str, fields: dict[str, Any], config: IngestConfig
) -> Outcome:
    return steps.record(Path(path), original_name, sha256, fields, config)


@task(
    name="link",
    task_run_name="关联案件 文书#{document_id}",
    retries=3,
    retry_delay_seconds=[1, 3, 9],
    retry_condition_fn=_database_busy,
)
def link_task(document_id: int, config: IngestConfig) -> int | None:
    return steps.link(document_id, config)


@task(
    name="rules",
    task_run_name="计算期限 案件#{case_id}",
    retries=3,
    retry_delay_seconds=[1, 3, 9],
    retry_condition_fn=_database_busy,
)
def rules_task(case_id: int, config: IngestConfig) -> int:
    return steps.apply_rules(case_id, config)


@task(name="quarantine", task_run_name="隔离 {original_name}")
def quarantine_task(path: str, original_name: str, sha256: str, reason: str, config: IngestConfig) -> Outcome:
    return steps.quarantine(Path(path), original_name, sha256, reason, config)


def _file_run_name() -> str:
    from prefect.runtime import flow_run

    return f"入库 {flow_run.parameters.get('original_name') or Path(flow_run.parameters['path']).name}"


@flow(name="ingest-file", flow_run_name=_file_run_name, log_prints=True)
def ingest_file(path: str, config: IngestConfig, original_name: str = "") -> dict[str, Any]:
    """Hash → duplicate check → read → extract → record → link → rules, each a task in the UI."""
    steps.ensure_db(config)
    name = original_name or Path(path).name
    sha = hash_task(path, name)
    existing = steps.find_recorded(config, sha)
    if existing is not None:
        return steps.note_duplicate(Path(path), name, sha, existing.id, config).to_json()
    try:
        result = read_task(path, name, config)
        fields = extract_task(result, name)
    except ReadError as exc:
        return quarantine_task(path, name, sha, exc.message, config).to_json()
    except Exception as exc:  # noqa: BLE001 - an extractor bug quarantines this file, not the service
        return quarantine_task(path, name, sha, steps.failure_reason(exc), config).to_json()
    doc_type = steps.doc_type_of(fields)
    outcome = record_task(path, name, doc_type or "未识别", sha, fields, config)
    if outcome.document_id is not None:
        outcome.case_id = link_task(outcome.document_id, config)
        if outcome.case_id is not None:
            rules_task(outcome.case_id, config)
    return outcome.to_json()


# --- ingest_batch: one flow run, one task per file -------------------------------------------------


def _retry_helps(task: Any, run: TaskRun, state: State) -> bool:
    """A busy database, or a worker process that died under another file (the pool is replaced)."""
    try:
        state.result()
    except Exception as exc:  # noqa: BLE001 - judged by its kind
        return _retry_worthy(exc)
    return False


@task(
    name="ingest",
    task_run_name="{item.original_name}",
    retries=2,
    retry_delay_seconds=[2, 6],
    retry_condition_fn=_retry_helps,
)
def ingest_item_task(item: Item, config: IngestConfig, pool: PoolShape | None = None) -> dict[str, Any]:
    """The whole way for one file: here, or in a warm worker process when the batch has a pool."""
    if pool is None:
        outcome = steps.process_item(Path(item.path), item.original_name, item.claim_folder, config)
    else:
        args = (item.path, item.original_name, item.claim_folder, config)
        outcome = warm_pool.run(pool, warm_pool.process_in_worker, *args)
    get_run_logger().info("%s（%.1f 秒）", outcome.describe(), outcome.seconds)
    return outcome.to_json()


CHUNK_FILES = 20  # born-digital files per task: Prefect's ~0.07 s per task run shared by up to 20 files
RETRY = "retry"  # a chunk's mark for a file that met database trouble or a dead worker: it gets its own task


@task(name="ingest-chunk", task_run_name="{label}")
def ingest_chunk_task(
    items: list[Item], config: IngestConfig, label: str, pool: PoolShape | None = None
) -> list[dict[str, Any]]:
    """Born-digital files (no OCR, tens of milliseconds each) under one task run, each with its own outcome.

    A file that raises never stops the chunk: bad data ends `failed` (its claim stays
    in processing/, as when a one-file task fails), and database trouble or a dead
    worker is marked RETRY so that the flow gives that file alone the retrying task.
    """
    logger = get_run_logger()
    outcomes: list[dict[str, Any]] = []
    for item, result in zip(items, _chunk_results(items, config, pool), strict=True):
        if isinstance(result, Outcome):
            logger.info("%s（%.2f 秒）", result.describe(), result.seconds)
            outcomes.append(result.to_json())
        elif _retry_worthy(result):
            logger.warning("%s 将单独重试：%s", item.original_name, steps.failure_reason(result))
            outcomes.append({"status": RETRY, "original_name": item.original_name})
        else:
            reason = steps.failure_reason(result)
            logger.error("失败：%s（%s）", item.original_name, reason)
            outcomes.append(_failed(item, reason))
    return outcomes


def _chunk_results(items: list[Item], config: IngestConfig, pool: PoolShape | None) -> Iterator[Outcome | Exception]:
    """Each file's outcome or exception, in order: here one after another, or all at once in the warm pool."""
    if pool is None:
        for item in items:
            try:
                yield steps.process_item(Path(item.path), item.original_name, item.claim_folder, config)
            except Exception as exc:  # noqa: BLE001 - judged per file by the chunk task
                yield exc
        return
    futures = [_submit(pool, item, config) for item in items]
    for future in futures:
        try:
            yield future.result()
        except Exception as exc:  # noqa: BLE001 - judged per file by the chunk task
            yield exc


def _submit(pool: PoolShape, item: Item, config: IngestConfig) -> Future[Outcome]:
    args = (item.path, item.original_name, item.claim_folder, config)
    try:
        return warm_pool.submit(pool, warm_pool.process_in_worker, *args)
    except BrokenProcessPool as exc:  # the replacement pool broke as well
        failed: Future[Outcome] = Future()
        failed.set_exception(exc)
        return failed


def _batch_run_name() -> str:
    from prefect.runtime import flow_run

    items = flow_run.parameters.get("items") or []
    head = items[0] if items else None
    first = head.get("original_name", "") if isinstance(head, dict) else getattr(head, "original_name", "")
    more = f" 等 {len(items)} 个文件" if len(items) > 1 else ""
    return f"批量入库 {first}{more}" if items else "批量入库"


def _biggest_first(items: list[Item], indexes: list[int]) -> list[int]:
    """Submission order: a big scan started last would leave the other workers idle at the end."""

    def size(i: int) -> int:
        try:
            return Path(items[i].path).stat().st_size
        except OSError:
            return 0

    return sorted(indexes, key=size, reverse=True)


def _chunks(indexes: list[int], pool: PoolShape | None) -> list[list[int]]:
    """Even chunks of at most CHUNK_FILES; without the pool at least one per core, since a chunk runs serially."""
    if not indexes:
        return []
    count = -(-len(indexes) // CHUNK_FILES)
    if pool is None:
        count = max(count, min(len(indexes), os.cpu_count() or 1))
    return [indexes[k::count] for k in range(count)]


def _chunk_label(items: list[Item]) -> str:
    more = f" 等 {len(items)} 个文件" if len(items) > 1 else ""
    return f"{items[0].original_name}{more}"


@flow(name="ingest-batch", flow_run_name=_batch_run_name, log_prints=True)
def ingest_batch(items: list[Item], config: IngestConfig, pool: PoolShape | None = None) -> list[dict[str, Any]]:
    """Every item gets an outcome, in the items' order; a task that failed outright reports `failed`.

    Files that need OCR get a task each (seconds of work, spread over the workers);
    born-digital files share tasks in chunks.  With `pool`, the files are processed
    in warm worker processes (flows/warm_pool.py).
    """
    steps.ensure_db(config)
    scans = [i for i, item in enumerate(items) if needs_ocr(item)]
    singles = {i: ingest_item_task.submit(items[i], config, pool) for i in _biggest_first(items, scans)}
    chunked = [
        (
            chunk,
            ingest_chunk_task.submit([items[i] for i in chunk], config, _chunk_label([items[i] for i in chunk]), pool),
        )
        for chunk in _chunks(sorted(set(range(len(items))) - set(scans)), pool)
    ]
    outcomes: dict[int, dict[str, Any]] = {}
    for chunk, future in chunked:
        for i, outcome in zip(chunk, _chunk_outcomes(future, [items[i] for i in chunk]), strict=True):
            if outcome["status"] == RETRY:
                singles[i] = ingest_item_task.submit(items[i], config, pool)
            else:
                outcomes[i] = outcome
    for i, future in singles.items():
        outcomes[i] = _single_outcome(future, items[i])
    return [outcomes[i] for i in range(len(items))]


def _chunk_outcomes(future: PrefectFuture[list[dict[str, Any]]], items: list[Item]) -> list[dict[str, Any]]:
    future.wait()
    if future.state.is_completed():
        return future.result()
    reason = steps.failure_reason(_exception_of(future.state))
    return [_failed(item, reason) for item in items]


def _single_outcome(future: PrefectFuture[dict[str, Any]], item: Item) -> dict[str, Any]:
    future.wait()
    if future.state.is_completed():
        return future.result()
    return _failed(item, steps.failure_reason(_exception_of(future.state)))


def _failed(item: Item, reason: str) -> dict[str, Any]:
    """The outcome of a file whose task failed outright: its claim stays in processing/ for the next run."""
    return {"status": "failed", "original_name": item.original_name, "reason": reason}


def _exception_of(state: State) -> BaseException:
    try:
        state.result()
    except BaseException as exc:  # noqa: BLE001 - we want whatever ended the task
        return exc
    return RuntimeError(state.message or "unknown")


@flow(name="backlog-batch", flow_run_name="积压文件夹 {folder}", log_prints=True)
def backlog_batch(
    folder: str,
    processing: str,
    config: IngestConfig,
    ignore: list[str] | None = None,
    task_runner: str = "threads",
    workers: int = 2,
    dask_address: str | None = None,
) -> dict[str, int]:
    """The scheduled run over a backlog folder: finish what an earlier run left, take every file, ingest.

    `processing` is the backlog's own journal folder (not the watcher's), so neither
    ever finishes a claim the other is still working on.
    """
    leftover = [claim_item(c) for c in recover(Path(processing))]
    items = leftover + take_folder(Path(folder), Path(processing), ignore or list(DEFAULT_IGNORE))
    outcomes = batch_flow(task_runner, workers, dask_address)(items, config) if items else []
    counts: dict[str, int] = {}
    for outcome in outcomes:
        counts[outcome["status"]] = counts.get(outcome["status"], 0) + 1
    return counts


# --- task runners ------------------------------------------------------------------------------------

RUNNERS = ("pool", "threads", "processes", "dask")


def make_task_runner(kind: str, workers: int, address: str | None = None) -> TaskRunner:
    """pool and threads: thread tasks; processes: Prefect's per-run process pool; dask: a local or remote cluster."""
    if kind == "pool":
        return ThreadPoolTaskRunner(max_workers=2 * workers)  # one file queued behind each running one
    if kind == "processes":
        return ProcessPoolTaskRunner(max_workers=workers)
    if kind == "dask":
        from prefect_dask import DaskTaskRunner

        if address:
            return DaskTaskRunner(address=address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True})
    if kind == "threads":
        return ThreadPoolTaskRunner(max_workers=workers)
    raise ValueError(f"未知的任务运行方式：{kind}（可用：{'、'.join(RUNNERS)}）")


def batch_flow(kind: str, workers: int, address: str | None = None) -> Callable[..., list[dict[str, Any]]]:
    """`ingest_batch` with the configured task runner (set per call, since flows fix theirs at definition).

    "pool" (the way to use every core on one machine): thread tasks that hand each file
    to `workers` warm processes, one single-threaded OCR each (flows/warm_pool.py).
    """
    flow_with_runner = ingest_batch.with_options(task_runner=make_task_runner(kind, workers, address))
    shape = PoolShape.for_workers(workers) if kind == "pool" else None

    def run(items: list[Item], config: IngestConfig) -> list[dict[str, Any]]:
        return flow_with_runner(items, config, shape)

    return run
