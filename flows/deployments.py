"""The scheduled deployments, built from one plan that xianjie/settings.py fills in.

Two schedules: a nightly batch over the backlog folder (paper archives scanned in
bulk go there rather than into the watched inbox) and the daily monitor.  They are
served by the process `xianjie run` starts; cron fires only with a running
`prefect server start` — the ephemeral API never schedules anything.
"""

from __future__ import annotations

import asyncio
from dataclasses import asdict, dataclass, field
from typing import Any

from prefect import serve
from prefect.schedules import Cron

from flows.ingest import backlog_batch
from flows.monitor import DigestMail, daily_monitor
from flows.steps import IngestConfig

BACKLOG = "backlog-nightly"
MONITOR = "monitor-daily"


@dataclass
class SchedulePlan:
    config: IngestConfig
    backlog_dir: str
    processing_dir: str
    digests_dir: str
    backlog_cron: str
    monitor_cron: str
    timezone: str
    ignore: list[str] = field(default_factory=list)
    task_runner: str = "threads"
    workers: int = 2
    dask_address: str | None = None
    mail: DigestMail | None = None  # the monitor mails its digest when set (no password inside)


@dataclass(frozen=True)
class Planned:
    name: str
    flow: Any
    cron: str
    description: str
    parameters: dict[str, Any]


def planned(plan: SchedulePlan) -> list[Planned]:
    config = asdict(plan.config)
    return [
        Planned(
            BACKLOG,
            backlog_batch,
            plan.backlog_cron,
            f"批量入库积压文件夹 {plan.backlog_dir}",
            {
                "folder": plan.backlog_dir,
                "processing": plan.processing_dir,
                "config": config,
                "ignore": plan.ignore,
                "task_runner": plan.task_runner,
                "workers": plan.workers,
                "dask_address": plan.dask_address,
            },
        ),
        Planned(
            MONITOR,
            daily_monitor,
            plan.monitor_cron,
            f"重算全部案件期限，写日报到 {plan.digests_dir}" + (f"，发送邮件经 {plan.mail.host}" if plan.mail else ""),
            {"config": config, "digests_dir": plan.digests_dir, "mail": asdict(plan.mail) if plan.mail else None},
        ),
    ]


def build_deployments(plan: SchedulePlan) -> list[Any]:
    """RunnerDeployments with their cron schedules in the configured time zone."""
    return [
        p.flow.to_deployment(
            name=p.name,
            schedules=[Cron(p.cron, timezone=plan.timezone)],
            parameters=p.parameters,
            description=p.description,
            tags=["xianjie"],
        )
        for p in planned(plan)
    ]


def next_run(cron: str, timezone: str) -> str:
    from prefect.server.schemas.schedules import CronSchedule

    dates = asyncio.run(CronSchedule(cron=cron, timezone=timezone).get_dates(n=1))
    return dates[0].isoformat(timespec="minutes") if dates else ""


def schedule_rows(plan: SchedulePlan) -> list[dict[str, str]]:
    """What `xianjie schedule` lists; computed from the plan, so it needs no running server."""
    return [
        {
            "name": p.name,
            "flow": p.flow.name,
            "cron": p.cron,
            "timezone": plan.timezone,
            "next_run": next_run(p.cron, plan.timezone),
            "description": p.description,
        }
        for p in planned(plan)
    ]


def serve_plan(plan: SchedulePlan) -> None:
    """Register the deployments with the Prefect server and run their scheduled flow runs (blocks)."""
    serve(*build_deployments(plan), print_starting_message=True)
