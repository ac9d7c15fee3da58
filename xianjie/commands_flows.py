"""`xianjie ingest`, `watch`, `schedule`, `run`, `documents`, `quarantine`: intake and the service.

Settings are read here and handed to flows/ as plain values (flows/ may not import
xianjie/).  `ingest` runs the steps directly: a command-line call should not pay
Prefect's start-up; the watcher and the schedules run them as Prefect flows.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import sys
import threading
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from xianjie.commands_deadlines import adopted_rules
from xianjie.commands_extract import read_limits
from xianjie.settings import Settings, get_settings

console = Console()
err_console = Console(stderr=True)


def _log_to_console() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    for noisy in ("alembic", "httpx"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def prefect_env(settings: Settings) -> None:
    """Prefect keeps its state under our data folder; the ephemeral API gets time to start on a busy machine."""
    os.environ.setdefault("PREFECT_HOME", str(settings.prefect_home.resolve()))
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")


def ingest_config(settings: Settings) -> Any:
    from flows.steps import IngestConfig

    adopted_rules(settings)  # a misspelt XIANJIE_ADOPTED_LOCAL_RULES stops here, not in the middle of a run
    return IngestConfig(
        home=str(settings.home.resolve()),
        db_url=settings.db_url,
        limits=read_limits(settings),
        review_threshold=settings.review_threshold,
        region=settings.region,
        adopted_local_rules=settings.adopted_local_rules,
    )


def _print_outcome(outcome: Any, as_json: bool) -> None:
    if as_json:
        sys.stdout.write(json.dumps(outcome.to_json(), ensure_ascii=False) + "\n")
        sys.stdout.flush()
        return
    colour = {"recorded": "green", "duplicate": "yellow", "quarantined": "red"}[str(outcome.status)]
    console.print(f"[{colour}]{outcome.describe()}[/{colour}]", highlight=False)


def ingest_command(
    paths: Annotated[list[Path], typer.Argument(help="要入库的文件或文件夹（文件夹含子文件夹）")],
    as_json: Annotated[bool, typer.Option("--json", help="每个文件输出一行 JSON")] = False,
) -> None:
    """把文件登记入台账：逐个输出 已登记 / 重复文件 / 已隔离（附原因）。有文件被隔离时退出码为 1。"""
    from flows.batching import expand
    from flows.steps import Status, process_file

    settings = get_settings()
    logging.getLogger("xianjie.ingest").setLevel(logging.ERROR)  # each outcome is printed below anyway
    missing = [p for p in paths if not p.exists()]
    if missing:
        err_console.print(f"[red]找不到：{'、'.join(map(str, missing))}[/red]")
        raise typer.Exit(2)
    items = expand(paths, settings.watch_ignore)
    config = ingest_config(settings)
    outcomes = []
    show_bar = not as_json and console.is_terminal and len(items) > 1
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        disable=not show_bar,
        transient=True,
    ) as progress:
        bar = progress.add_task("入库", total=len(items))
        for item in items:
            progress.update(bar, description=f"入库 {item.original_name}")
            outcome = process_file(Path(item.path), item.original_name, config)
            _print_outcome(outcome, as_json)
            outcomes.append(outcome)
            progress.advance(bar)
    if not as_json:
        _summary(outcomes)
    raise typer.Exit(1 if any(o.status is Status.QUARANTINED for o in outcomes) else 0)


def _summary(outcomes: list[Any]) -> None:
    counts: dict[str, int] = {}
    for outcome in outcomes:
        counts[str(outcome.status)] = counts.get(str(outcome.status), 0) + 1
    console.print(
        f"共 {len(outcomes)} 个文件：已登记 {counts.get('recorded', 0)}，重复 {counts.get('duplicate', 0)}，"
        f"隔离 {counts.get('quarantined', 0)}",
        highlight=False,
    )


def watch_runner(settings: Settings, use_prefect: bool) -> Any:
    """The watcher's batch runner: one Prefect flow run per micro-batch, or the steps directly."""
    from flows.batching import claim_item
    from flows.steps import process_item

    config = ingest_config(settings)

    def run_direct(claims: list[Any]) -> None:
        for claimed in claims:
            item = claim_item(claimed)
            try:
                outcome = process_item(Path(item.path), item.original_name, item.claim_folder, config)
            except Exception:  # noqa: BLE001 - the claim stays in processing/ and is retried at the next rescan
                logging.getLogger("xianjie.watcher").exception("%s 处理失败，稍后重试", item.original_name)
                continue
            _print_outcome(outcome, as_json=False)

    if not use_prefect:
        return run_direct
    from flows.ingest import batch_flow

    flow = batch_flow(settings.task_runner, settings.ingest_workers, settings.dask_address)
    if settings.task_runner == "pool":  # start the worker processes now, not when the first file lands
        from flows.warm_pool import PoolShape, warm

        threading.Thread(target=warm, args=(PoolShape.for_workers(settings.ingest_workers),), daemon=True).start()

    def run_batch(claims: list[Any]) -> None:
        try:
            outcomes = flow(items=[claim_item(c) for c in claims], config=config)
        except Exception:  # noqa: BLE001 - Prefect itself failing must not strand the files
            logging.getLogger("xianjie.watcher").exception("流程运行失败，改为直接处理本批文件")
            run_direct([c for c in claims if c.path.exists()])
            return
        for outcome in outcomes:
            line = f"{outcome['status']}: {outcome['original_name']} {outcome.get('reason', '')}"
            console.print(line, highlight=False)

    return run_batch


def watch_command(
    inbox: Annotated[Path | None, typer.Option("--inbox", help="监视的收件文件夹（默认 ./inbox）")] = None,
    use_prefect: Annotated[
        bool, typer.Option("--prefect/--no-prefect", help="每批文件作为一次 Prefect 流程运行")
    ] = True,
    polling: Annotated[
        bool | None, typer.Option("--polling/--native", help="轮询（网络共享）或系统事件；默认自动")
    ] = None,
) -> None:
    """监视收件文件夹：文件写完并稳定后自动入库；中断后重启会先完成上次未处理完的文件。"""
    from flows.watcher import WatchConfig, Watcher

    settings = get_settings()
    _log_to_console()
    prefect_env(settings)
    config = WatchConfig(
        inbox=inbox or settings.inbox,
        processing=settings.processing_dir / "inbox",
        stability_seconds=settings.watch_stability_seconds,
        rescan_seconds=settings.watch_rescan_seconds,
        ignore=tuple(settings.watch_ignore),
        polling=settings.watch_polling if polling is None else polling,
        batch_size=settings.batch_size,
        batch_window_seconds=settings.batch_window_seconds,
    )
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    console.print(f"正在监视 {config.inbox.resolve()}（Ctrl-C 停止）", highlight=False)
    # The watcher runs off the main thread so that Prefect's flow engine cannot swap in its own
    # SIGTERM handler (it aborts the run): a stop request lets the current batch finish instead.
    thread = threading.Thread(target=Watcher(config, watch_runner(settings, use_prefect)).run, args=(stop,))
    thread.start()
    while thread.is_alive():
        thread.join(0.5)


def schedule_plan(settings: Settings) -> Any:
    from flows.deployments import SchedulePlan

    return SchedulePlan(
        config=ingest_config(settings),
        backlog_dir=str(settings.backlog_dir.resolve()),
        processing_dir=str((settings.processing_dir / "backlog").resolve()),
        digests_dir=str(settings.digests_dir.resolve()),
        backlog_cron=settings.backlog_cron,
        monitor_cron=settings.monitor_cron,
        timezone=settings.schedule_timezone,
        ignore=list(settings.watch_ignore),
        task_runner=settings.task_runner,
        workers=settings.ingest_workers,
        dask_address=settings.dask_address,
        mail=digest_mail(settings),
    )


PASSWORD_ENV = "XIANJIE_SMTP_PASSWORD"


def digest_mail(settings: Settings) -> Any:
    """The monitor's mail settings, or None without an SMTP host or recipients.

    The password stays out of the deployment's parameters: it is put in this process's
    environment (it may have come from .env), which the flow runs `serve` starts inherit.
    """
    from flows.monitor import DigestMail

    mail = DigestMail(
        host=settings.smtp_host or "",
        recipients=settings.digest_recipients,
        port=settings.smtp_port,
        user=settings.smtp_user,
        password_env=PASSWORD_ENV if settings.smtp_password else None,
        sender=settings.smtp_from,
        starttls=settings.smtp_starttls,
    )
    if not mail.configured:
        return None
    if settings.smtp_password:
        os.environ.setdefault(PASSWORD_ENV, settings.smtp_password)
    return mail


def schedule_command(
    serve: Annotated[bool, typer.Option("--serve", help="在前台运行这些定时部署（需要 Prefect 服务器）")] = False,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """列出定时任务（积压文件夹批量入库、每日期限巡检）；--serve 运行它们。"""
    from flows.deployments import schedule_rows, serve_plan

    settings = get_settings()
    plan = schedule_plan(settings)
    if serve:
        prefect_env(settings)
        serve_plan(plan)
        return
    rows = schedule_rows(plan)
    if as_json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False) + "\n")
        return
    table = Table(header_style="bold", title=f"定时任务（时区 {plan.timezone}）")
    for col in ("部署", "cron", "下次运行"):
        table.add_column(col, no_wrap=True)
    table.add_column("说明", overflow="fold")
    for row in rows:
        table.add_row(row["name"], row["cron"], row["next_run"][:16].replace("T", " "), row["description"])
    console.print(table)


def _cli(*args: str) -> list[str]:
    """This same command line in a child process (works whatever the console script is called)."""
    return [sys.executable, "-c", "from xianjie.cli import app; app()", *args]


def _review_part(settings: Settings) -> list[str] | None:
    """`xianjie serve` when its module registered it, else review.app:create_app under uvicorn, else None."""
    from xianjie.cli import app

    if any(cmd.name == "serve" for cmd in app.registered_commands):
        return _cli("serve", "--host", "127.0.0.1", "--port", str(settings.review_port))
    try:
        from review.app import create_app  # noqa: F401 - only whether the review app exists
    except ImportError:
        return None
    code = (
        "import uvicorn; from review.app import create_app; from xianjie.settings import get_settings; "
        f"uvicorn.run(create_app(get_settings()), host='127.0.0.1', port={settings.review_port})"
    )
    return [sys.executable, "-c", code]


def service_parts(settings: Settings) -> list[tuple[str, list[str]]]:
    parts = [
        ("定时部署", _cli("schedule", "--serve")),
        ("收件箱监视", _cli("watch", "--inbox", str(settings.inbox.resolve()))),
    ]
    review = _review_part(settings)
    if review is None:
        err_console.print("[yellow]审核网页（review.app:create_app）不可用，未启动[/yellow]")
    else:
        parts.append(("审核网页", review))
    return parts


def run_command() -> None:
    """启动服务：本地 Prefect 服务器与界面、定时部署、收件箱监视、审核网页（Ctrl-C 停止全部）。"""
    from flows.service import ServiceConfig, run_service
    from flows.steps import ensure_db

    settings = get_settings()
    settings.home.mkdir(parents=True, exist_ok=True)
    _log_to_console()
    ensure_db(ingest_config(settings))  # migrate once, before the parts start and could race to do it
    config = ServiceConfig(
        prefect_home=str(settings.prefect_home.resolve()),
        prefect_port=settings.prefect_port,
        python=sys.executable,
        parts=service_parts(settings),
    )
    console.print(
        f"Prefect 界面 http://127.0.0.1:{settings.prefect_port} · 审核网页 http://127.0.0.1:{settings.review_port}"
        f" · 收件箱 {settings.inbox.resolve()}",
        highlight=False,
    )
    raise typer.Exit(run_service(config))


def documents_command(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """列出已登记的文书。"""
    from flows.listing import list_documents

    rows = list_documents(get_settings().db_url)
    _print_rows(rows, as_json, ("id", "original_name", "doc_type", "case_id", "status", "sha256"))


def quarantine_command(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """列出被隔离的文件及原因。"""
    from flows.listing import list_quarantine

    rows = list_quarantine(get_settings().db_url)
    _print_rows(rows, as_json, ("original_name", "reason", "sha256"))


def _print_rows(rows: list[dict[str, Any]], as_json: bool, columns: tuple[str, ...]) -> None:
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    table = Table(header_style="bold")
    for col in columns:
        table.add_column(col)
    for row in rows:
        table.add_row(*(str(row.get(col, "")) if col != "sha256" else str(row[col])[:12] for col in columns))
    console.print(table)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_command)
    app.command("watch")(watch_command)
    app.command("schedule")(schedule_command)
    app.command("run")(run_command)
    app.command("documents")(documents_command)
    app.command("quarantine")(quarantine_command)
