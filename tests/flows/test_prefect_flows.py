"""The Prefect flows under a test harness: one file, a batch, the Dask task runner, backlog, monitor, schedules.

The harness (a temporary Prefect API, ~14 s) starts once per session; these tests
share one xdist group so that only one worker pays for it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from flow_accounting import fingerprint, leftovers, whereabouts
from flow_docs import write_bad_files, write_penalty, write_penalty_docx, write_ruling

from flows.batching import Item, expand
from flows.deployments import BACKLOG, MONITOR, SchedulePlan, build_deployments, schedule_rows
from flows.ingest import backlog_batch, batch_flow, ingest_batch, ingest_file
from flows.journal import claim
from flows.monitor import daily_monitor
from flows.steps import IngestConfig

pytestmark = [pytest.mark.xdist_group("prefect"), pytest.mark.usefixtures("prefect_harness")]


def test_ingest_file_records_a_decision_and_quarantines_junk(tmp_path: Path, config: IngestConfig) -> None:
    good = ingest_file(str(write_penalty(tmp_path, 1)), config, original_name="处罚决定书.txt")
    assert good["status"] == "recorded" and good["doc_type"] == "penalty_decision" and good["case_id"]
    again = ingest_file(str(write_penalty(tmp_path / "b", 1)), config)
    assert again["status"] == "duplicate" and again["document_id"] == good["document_id"]
    bad = ingest_file(str(write_bad_files(tmp_path / "bad")[0]), config)
    assert bad["status"] == "quarantined" and "损坏的文书.docx" in bad["reason"]


def test_batch_is_one_flow_run_and_one_bad_file_fails_nothing(tmp_path: Path, config: IngestConfig) -> None:
    from prefect import get_client

    files = [write_penalty(tmp_path, n) for n in range(10, 14)]
    files += [write_ruling(tmp_path, 10), write_penalty_docx(tmp_path, 15), *write_bad_files(tmp_path / "bad")]
    files.append(write_penalty(tmp_path / "copy", 10))
    outcomes = batch_flow("threads", 2)(expand(files), config)
    statuses = [o["status"] for o in outcomes]
    assert statuses.count("recorded") == 6 and statuses.count("quarantined") == 2 and statuses.count("duplicate") == 1
    ruling = next(o for o in outcomes if o["original_name"] == "执行裁定_010.txt")
    decision = next(o for o in outcomes if o["original_name"] == "处罚决定书_010.txt")
    assert ruling["case_id"] == decision["case_id"]
    with get_client(sync_client=True) as client:
        runs = [r for r in client.read_flow_runs() if r.name.startswith("批量入库")]
        assert any("处罚决定书_010.txt" in r.name and "9 个文件" in r.name for r in runs)


def test_batch_on_a_dask_cluster(tmp_path: Path, config: IngestConfig) -> None:
    """Issue 5 part 6: the same flow with prefect-dask's DaskTaskRunner (two in-process workers)."""
    from prefect_dask import DaskTaskRunner

    files = [write_penalty(tmp_path, n) for n in range(40, 44)] + write_bad_files(tmp_path / "bad")
    runner = DaskTaskRunner(cluster_kwargs={"n_workers": 2, "processes": False, "threads_per_worker": 1})
    outcomes = ingest_batch.with_options(task_runner=runner)(expand(files), config)
    assert sorted(o["status"] for o in outcomes) == ["quarantined"] * 2 + ["recorded"] * 4
    assert set(whereabouts(config.db_url, Path(config.home), set(fingerprint(files)))) == set(fingerprint(files))


def test_backlog_batch_takes_every_file_of_the_folder(tmp_path: Path, config: IngestConfig) -> None:
    backlog = tmp_path / "backlog"
    files = [write_penalty(backlog / "2023", n) for n in range(50, 53)] + write_bad_files(backlog)
    (backlog / "desktop.ini").write_text("[.ShellClassInfo]", encoding="utf-8")
    processing = Path(config.home) / "processing" / "backlog"
    crashed = write_penalty(tmp_path / "earlier", 54)  # an earlier run died with this file claimed
    digests = fingerprint([*files, crashed])
    claim(crashed, processing, "2023/处罚决定书_054.txt")
    counts = backlog_batch(str(backlog), str(processing), config)
    assert counts == {"recorded": 4, "quarantined": 2}
    assert [p.name for p in leftovers(backlog)] == ["desktop.ini"]
    assert leftovers(processing) == []
    assert set(whereabouts(config.db_url, Path(config.home), set(digests))) == set(digests)


def test_daily_monitor_writes_the_digest_per_actor(tmp_path: Path, config: IngestConfig) -> None:
    ingest_batch([Item(str(write_penalty(tmp_path, 60)), "处罚决定书_060.txt")], config)
    digests = tmp_path / "digests"
    digest = daily_monitor(config, str(digests), today="2024-08-01")
    assert digest["date"] == "2024-08-01" and digest["cases_recomputed"] == 1
    saved = json.loads((digests / "2024-08-01.json").read_text(encoding="utf-8"))
    assert saved == digest
    assert (digests / "2024-08-01_clerk.html").is_file()  # ledger/digest.py's page per reader role
    text = (digests / "2024-08-01.txt").read_text(encoding="utf-8")
    assert text.startswith("衔接 期限日报 2024-08-01")
    overdue = [item for groups in digest["actors"].values() for item in groups["overdue"]]
    for item in overdue:  # each overdue line names its step, due date and legal basis
        assert item["due"] < "2024-08-01" and item["basis"] and item["step"] in text


def test_schedules_are_registered_with_cron(tmp_path: Path, config: IngestConfig) -> None:
    from prefect import get_client

    plan = SchedulePlan(
        config=config,
        backlog_dir=str(tmp_path / "backlog"),
        processing_dir=str(tmp_path / "processing"),
        digests_dir=str(tmp_path / "digests"),
        backlog_cron="0 2 * * *",
        monitor_cron="30 6 * * 1-5",
        timezone="Asia/Shanghai",
    )
    for deployment in build_deployments(plan):
        deployment.apply()
    with get_client(sync_client=True) as client:
        found = {d.name: d for d in client.read_deployments()}
    assert {BACKLOG, MONITOR} <= set(found)
    crons = {name: [s.schedule.cron for s in found[name].schedules] for name in (BACKLOG, MONITOR)}
    assert crons == {BACKLOG: ["0 2 * * *"], MONITOR: ["30 6 * * 1-5"]}
    assert found[MONITOR].schedules[0].schedule.timezone == "Asia/Shanghai"
    rows = schedule_rows(plan)
    assert [r["name"] for r in rows] == [BACKLOG, MONITOR] and all(r["next_run"] for r in rows)
