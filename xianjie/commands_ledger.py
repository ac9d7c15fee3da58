"""`xianjie cases` and `xianjie case ID`: the ledger's cases, their timelines and deadlines."""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated

import typer

from ledger.cases import case_json, case_text, cases_json, list_cases
from ledger.obligations import recompute_all, recompute_case
from models.db import init_db, session_scope
from models.tables import Case
from xianjie.commands_deadlines import adopted_rules
from xianjie.settings import get_settings


def _today(value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise typer.BadParameter(f"日期格式应为 YYYY-MM-DD：{value}") from error


def cases(
    as_json: Annotated[bool, typer.Option("--json", help="每个案件输出一行 JSON")] = False,
    today: Annotated[str | None, typer.Option("--today", help="按此日期判断是否逾期（默认今天）")] = None,
) -> None:
    """列出台账中的案件及其期限。"""
    settings = get_settings()
    url = settings.db_url
    init_db(url)
    day = _today(today)
    with session_scope(url) as session:
        recompute_all(session, day, adopted_rules(settings))  # the adopted local rules as set now
        if as_json:
            for data in cases_json(session, day):
                typer.echo(json.dumps(data, ensure_ascii=False))
            return
        found = list_cases(session)
        if not found:
            typer.echo("台账中还没有案件。")
        for case in found:
            data = case_json(session, case.id or 0, day)
            overdue = sum(o["status"] == "overdue" for o in data["obligations"])
            pending = sum(o["status"] == "open" for o in data["obligations"])
            typer.echo(f"#{data['id']}  {data['title']}  文书 {len(data['documents'])} 件  "
                       f"待办 {pending} 项  逾期 {overdue} 项")


def case(
    case_id: Annotated[int, typer.Argument(help="案件编号")],
    as_json: Annotated[bool, typer.Option("--json", help="输出 JSON")] = False,
    today: Annotated[str | None, typer.Option("--today", help="按此日期判断是否逾期（默认今天）")] = None,
) -> None:
    """显示一个案件：当事人、时间线和待办期限（逾期在前）。"""
    settings = get_settings()
    url = settings.db_url
    init_db(url)
    day = _today(today)
    with session_scope(url) as session:
        if session.get(Case, case_id) is not None:
            recompute_case(session, case_id, day, adopted_rules(settings))  # the adopted local rules as set now
        try:
            data = case_json(session, case_id, day)
        except LookupError:
            typer.echo(f"台账中没有案件 #{case_id}。", err=True)
            raise typer.Exit(1) from None
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2) if as_json else case_text(data))


def register(app: typer.Typer) -> None:
    app.command("cases")(cases)
    app.command("case")(case)
