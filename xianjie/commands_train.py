"""`xianjie train`: learn from reviewers' corrections; the extractor uses the model once it exists."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from xianjie.settings import get_settings

console = Console()


def train_command(
    iterations: Annotated[int, typer.Option("--iterations", help="训练轮数")] = 30,
    out: Annotated[Path | None, typer.Option("--out", help="模型目录（默认 $XIANJIE_HOME/models/ner）")] = None,
) -> None:
    """用审核员已确认或更正的字段训练实体识别模型；之后识别时自动使用。"""
    from extractors.training import train_ner, write_docbin
    from models.db import init_db, session_scope
    from xianjie.commands_extract import learned_model_dir, read_limits
    from xianjie.training_export import vouched_examples

    settings = get_settings()
    init_db(settings.db_url)
    with session_scope(settings.db_url) as session:
        examples, report = vouched_examples(session, read_limits(settings))
    for message in report.unreadable or []:
        console.print(f"[yellow]跳过：{message}[/yellow]")
    if not examples:
        console.print("[red]没有已确认或更正的字段可供训练：请先在复核队列中确认字段。[/red]")
        raise typer.Exit(1)
    docbin = settings.home / "training" / "corrections.spacy"
    write_docbin(examples, docbin)
    target = out or learned_model_dir(settings)
    metrics = train_ner(docbin, target, iterations=iterations)
    console.print(
        f"已导出 {report.documents} 份文书、{report.examples} 页、{report.entities} 个已确认实体 → {docbin}\n"
        f"模型已保存到 {target}（最后一轮损失 {metrics['loss']:.1f}）；此后 extract / ingest 自动使用。"
    )


def register(app: typer.Typer) -> None:
    app.command("train")(train_command)
