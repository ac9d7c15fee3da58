"""`xianjie deadlines`: the deadlines one event starts, from the same rule table the ledger uses."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from ledger.calendar import UnknownRegionError
from ledger.deadlines import Deadline, deadline_json, deadlines_for
from ledger.holidays import NATIONAL, HolidayDataError, current_holidays
from ledger.rules import RuleKind, applies, needs_ruling_type, parse_adopted, rule
from models.vocab import ACTOR_LABELS, EVENT_LABELS, RULING_TYPE_LABELS, Counting, EventKind, RulingType
from xianjie.settings import Settings, get_settings

# The EVENT codes the contract lists for this command, in its order.
CLI_EVENTS: tuple[EventKind, ...] = tuple(EventKind)[: list(EventKind).index(EventKind.QUARTER_END) + 1]

KIND_LABELS: dict[RuleKind, str] = {
    RuleKind.DUTY: "应履行",
    RuleKind.WINDOW: "权利期限",
    RuleKind.WAIT: "等待期",
}


def _fail(message: str) -> None:
    typer.echo(message, err=True)
    raise typer.Exit(2)


def adopted_rules(settings: Settings) -> frozenset[str] | None:
    """XIANJIE_ADOPTED_LOCAL_RULES as ledger.rules.applies takes it; a misspelt name stops the command."""
    try:
        return parse_adopted(settings.adopted_local_rules)
    except ValueError as exc:
        _fail(f"XIANJIE_ADOPTED_LOCAL_RULES 设置有误：{exc}")
    raise AssertionError("unreachable")


def _parse_event(value: str) -> EventKind:
    try:
        return EventKind(value.strip())
    except ValueError:
        codes = "、".join(e.value for e in CLI_EVENTS)
        _fail(f"未知事件代码 {value!r}；可用：{codes}")
    raise AssertionError("unreachable")


def _parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        _fail(f"日期格式应为 YYYY-MM-DD：{value!r}")
    raise AssertionError("unreachable")


def _period(d: Deadline) -> str:
    if d.counting is Counting.MONTHS:
        return f"{d.months} 个月"
    if d.counting is Counting.WORKING_DAYS:
        return f"{d.days} 个工作日"
    return f"{d.days} 日" if d.days else "当日"


def _due(d: Deadline) -> str:
    shown = d.due.isoformat()
    if d.raw_due != d.due:
        shown += f"（{d.raw_due.isoformat()} 为休息日，顺延）"
    return shown + (" ＊推算" if d.provisional else "")


def _print_readable(event: EventKind, when: date, region: str, found: list[Deadline]) -> None:
    """One block per deadline: Chinese text stays legible on a narrow terminal."""
    calendar_name = "全国" if region == NATIONAL else region
    typer.echo(f"{EVENT_LABELS[event]} {when.isoformat()}（节假日日历：{calendar_name}）")
    if not found:
        typer.echo("无由此起算的法定期限。")
        return
    for d in found:
        typer.echo(f"\n{d.rule}  {d.label_zh}（{KIND_LABELS[d.kind]}）")
        typer.echo(f"    主体：{ACTOR_LABELS[d.actor]}    期限：{_period(d)}    届满日：{_due(d)}")
        if d.counted_from is not None and d.counted_from != when:
            typer.echo(f"    自 {d.counted_from.isoformat()}（复议、起诉期限届满）次日起算")
        typer.echo(f"    依据：{d.basis}")
    if any(d.provisional for d in found):
        typer.echo(
            "\n＊推算：所涉年度的国务院节假日安排尚未录入，按《全国年节及纪念日放假办法》推算；"
            "通知公布后补入 ledger/data/holidays.toml 即自动按正式安排计算。"
        )


def deadlines_command(
    event: Annotated[str, typer.Argument(metavar="EVENT", help="事件代码，如 court_received_application")],
    when: Annotated[str, typer.Argument(metavar="DATE", help="事件日期 YYYY-MM-DD（送达日、收到日等）")],
    region: Annotated[
        str | None, typer.Option("--region", metavar="CODE", help="地方节假日日历，如 lhasa；默认全国")
    ] = None,
    ruling_type: Annotated[
        str | None,
        typer.Option("--ruling-type", metavar="CODE", help="裁定类型（ruling_received 必填），如 enforce、refuse"),
    ] = None,
    demolition: Annotated[
        bool, typer.Option("--demolition", help="责令限期拆除决定（《土地管理法》第八十三条，起诉期十五日）")
    ] = False,
    fine: Annotated[bool, typer.Option("--fine", help="处罚决定含罚款（计算缴款期限）")] = False,
    stated_days: Annotated[
        int | None, typer.Option("--stated-days", help="文书载明的期限（日），替代法定缴款期限")
    ] = None,
    holidays: Annotated[
        list[Path] | None,
        typer.Option("--holidays", help="追加的节假日数据文件（TOML，格式同 ledger/data/holidays.toml）"),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="输出一个 JSON 数组（见 contract.md）")] = False,
) -> None:
    """列出某事件在某日起算的法定期限（届满日已按节假日顺延）。"""
    kind, day = _parse_event(event), _parse_date(when)
    rulings = "、".join(f"{r.value}（{RULING_TYPE_LABELS[r]}）" for r in RulingType)
    if ruling_type is not None and ruling_type not in set(RulingType):
        _fail(f"未知裁定类型 {ruling_type!r}；可用：{rulings}")
    if ruling_type is None and needs_ruling_type(kind):
        _fail(f"事件 {kind.value}（{EVENT_LABELS[kind]}）须用 --ruling-type 指明裁定类型：{rulings}")
    code = (region or get_settings().region).strip()
    adopted = adopted_rules(get_settings())
    try:
        extra = list(holidays or ())
        if get_settings().holidays_file is not None:
            extra.insert(0, get_settings().holidays_file)
        data = current_holidays(extra)
        found = deadlines_for(
            kind, day, region=code, ruling_type=ruling_type, demolition=demolition, fine=fine,
            stated_days=stated_days, holidays=data,
        )
        found = [d for d in found if applies(rule(d.code), code, adopted)]  # local rows bind where adopted
    except (UnknownRegionError, HolidayDataError) as exc:
        _fail(str(exc))
        return
    if as_json:
        sys.stdout.write(json.dumps([deadline_json(d) for d in found], ensure_ascii=False) + "\n")
        return
    _print_readable(kind, day, code, found)


def register(app: typer.Typer) -> None:
    app.command("deadlines")(deadlines_command)
