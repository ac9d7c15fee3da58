"""The Prefect flows under a test harness: one file, a batch, the Dask task runner, backlog, monitor, schedules.

The harness (a temporary Prefect API, ~14 s) starts once per session; these tests
share one xdist group so that only one worker pays for it.
"""

from __future__ import annotations

import email
import json
from email.policy import default as default_policy
from pathlib import Path

import pytest
from flow_accounting import fingerprint, leftovers, whereabouts
from flow_docs import write_bad_files, write_penalty, write_penalty_docx, write_ruling
from smtp_inbox import free_port, smtp_inbox

from flows.batching import Item, expand
from flows.deployments import BACKLOG, MONITOR, SchedulePlan, build_deployments, schedule_rows
from flows.ingest import backlog_batch, batch_flow, ingest_batch, ingest_file
from flows.journal import claim
from flows.monitor import DigestMail, daily_monitor
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
    assert saved == digest and "mail" not in digest  # no SMTP host: nothing is mailed
    assert (digests / "2024-08-01_clerk.html").is_file()  # ledger/digest.py's page per reader role
    text = (digests / "2024-08-01.txt").read_text(encoding="utf-8")  # every actor: the admin's view
    assert text.startswith("【衔接】期限日报 2024-08-01（管理员）")
    overdue = [item for groups in digest["actors"].values() for item in groups["overdue"]]
    for item in overdue:  # each overdue line names its step, due date and legal basis
        assert item["due"] < "2024-08-01" and item["basis"] and item["step"] in text


def test_daily_monitor_mails_the_digest_per_role(tmp_path: Path, config: IngestConfig) -> None:
    ingest_batch([Item(str(write_penalty(tmp_path, 61)), "处罚决定书_061.txt")], config)
    recipients = {"clerk": ["fagui@huyi.example.cn"], "admin": ["it@huyi.example.cn"], "reviewer": []}
    with smtp_inbox() as (inbox, port):
        mail = DigestMail("127.0.0.1", recipients, port=port, sender="xianjie@huyi.example.cn", timeout=10)
        result = daily_monitor(config, str(tmp_path / "digests"), today="2024-08-01", mail=mail)
    assert result["mail"] == {"sent": {"clerk": ["fagui@huyi.example.cn"], "admin": ["it@huyi.example.cn"]},
                              "failed": {}}
    assert [e.rcpt_tos for e in inbox.envelopes] == [["fagui@huyi.example.cn"], ["it@huyi.example.cn"]]
    clerk = email.message_from_bytes(inbox.envelopes[0].content, policy=default_policy)
    assert clerk["Subject"].startswith("【衔接】期限日报 2024-08-01（办案人员）：逾期")
    assert "某自然资罚字〔2024〕第61号" in clerk.get_body(("plain",)).get_content()


def test_a_mail_failure_is_reported_and_the_monitor_still_completes(tmp_path: Path, config: IngestConfig) -> None:
    from prefect import get_client

    ingest_batch([Item(str(write_penalty(tmp_path, 62)), "处罚决定书_062.txt")], config)
    down = DigestMail("127.0.0.1", {"clerk": ["fagui@huyi.example.cn"], "mayor": ["m@huyi.example.cn"]},
                      port=free_port(), timeout=5, retry_seconds=(0.0,))  # nothing listens on that port
    digests = tmp_path / "digests"
    result = daily_monitor(config, str(digests), today="2024-08-01", mail=down)
    assert result["mail"]["sent"] == {} and set(result["mail"]["failed"]) == {"clerk", "mayor"}
    assert "ConnectionRefusedError" in result["mail"]["failed"]["clerk"]
    assert "未知的收件角色：mayor" in result["mail"]["failed"]["mayor"]
    assert (digests / "2024-08-01.json").is_file() and (digests / "2024-08-01_clerk.html").is_file()
    with get_client(sync_client=True) as client:
        runs = [r for r in client.read_flow_runs() if r.name == "每日巡检 2024-08-01"]
    assert runs and all(r.state.is_completed() for r in runs)


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
        mail=DigestMail("smtp.huyi.example.cn", {"clerk": ["a@huyi.example.cn"]}, password_env="XIANJIE_SMTP_PASSWORD"),
    )
    for deployment in build_deployments(plan):
        deployment.apply()
    with get_client(sync_client=True) as client:
        found = {d.name: d for d in client.read_deployments()}
    assert {BACKLOG, MONITOR} <= set(found)
    crons = {name: [s.schedule.cron for s in found[name].schedules] for name in (BACKLOG, MONITOR)}
    assert crons == {BACKLOG: ["0 2 * * *"], MONITOR: ["30 6 * * 1-5"]}
    assert found[MONITOR].schedules[0].schedule.timezone == "Asia/Shanghai"
    mail = found[MONITOR].parameters["mail"]
    assert mail["host"] == "smtp.huyi.example.cn" and mail["password_env"] == "XIANJIE_SMTP_PASSWORD"
    assert "password" not in mail  # a secret never becomes a parameter the UI shows
    rows = schedule_rows(plan)
    assert [r["name"] for r in rows] == [BACKLOG, MONITOR] and all(r["next_run"] for r in rows)


@pytest.mark.slow
def test_batch_in_warm_worker_processes_survives_a_killed_worker(tmp_path: Path, config: IngestConfig) -> None:
    """The "pool" runner: thread tasks hand files to warm processes; a worker killed mid-way costs nothing."""
    import os
    import signal

    from flows import warm_pool

    shape = warm_pool.PoolShape.for_workers(2)
    try:
        first = warm_pool.warm(shape)
        files = [write_penalty(tmp_path, n) for n in range(70, 74)] + write_bad_files(tmp_path / "bad")
        outcomes = batch_flow("pool", 2)(expand(files), config)
        assert sorted(o["status"] for o in outcomes) == ["quarantined"] * 2 + ["recorded"] * 4
        assert [o["original_name"] for o in outcomes] == [i.original_name for i in expand(files)]  # items' order
        os.kill(first[0], signal.SIGKILL)  # as the kernel's OOM killer would
        more = [write_penalty(tmp_path / "more", n) for n in range(74, 77)]
        again = batch_flow("pool", 2)(expand(more), config)
        assert [o["status"] for o in again] == ["recorded"] * 3
        assert first[0] not in warm_pool.warm(shape)  # a fresh pool replaced the broken one
    finally:
        warm_pool.shutdown_all()
    everything = [*files, *more]
    assert set(whereabouts(config.db_url, Path(config.home), set(fingerprint(everything)))) == set(
        fingerprint(everything)
    )
