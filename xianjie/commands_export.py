"""What clerks hand to others: `xianjie export`, `xianjie report quarterly|sent`, `xianjie letter`, `xianjie digest`.

`xianjie obligations` lists the duties that belong to a bureau rather than a case
(the quarterly sharing of rules.md D8), which `xianjie cases --json` leaves out.
"""

from __future__ import annotations

import getpass
import json
from datetime import date
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from ledger.digest import ROLE_ACTORS, DigestMailError, SmtpSettings, deliver_digest
from ledger.docx_templates import TemplateError
from ledger.export_ledger import CASE_STATUSES, LedgerFilters, export_ledger
from ledger.letter_content import ContentError
from ledger.letters import (
    LetterError,
    LetterSettings,
    draft_copy_letter,
    draft_suggestion_reply,
    draft_supervision_application,
    list_letters,
    mark_sent,
)
from ledger.obligations import recompute_all
from ledger.quarterly_sharing import (
    bureau_obligation_json,
    bureau_obligations,
    bureaus,
    mark_quarter_shared,
    recompute_quarterly,
)
from ledger.report_quarterly import Quarter, QuarterError, write_quarterly_report
from models.db import init_db, session_scope
from xianjie.commands_deadlines import adopted_rules
from xianjie.settings import Settings, get_settings

TodayOption = Annotated[str | None, typer.Option("--today", help="按此日期计算（默认今天，YYYY-MM-DD）")]
CaseOption = Annotated[int, typer.Option("--case", help="案件编号")]
OutFileOption = Annotated[Path | None, typer.Option("--out", help="输出文件（默认 <home>/letters/）")]


def _date(value: str | None, what: str = "日期") -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{what}格式应为 YYYY-MM-DD：{value}") from None


def _fail(message: str, code: int = 1) -> NoReturn:
    typer.echo(message, err=True)
    raise typer.Exit(code)


def _ready() -> Settings:
    settings = get_settings()
    init_db(settings.db_url)
    return settings


def _who() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "cli"


def export_command(
    out: Annotated[Path, typer.Argument(help="输出的 Excel 文件，如 台账.xlsx")],
    agency: Annotated[str | None, typer.Option("--agency", help="只导出该执法机关（名称的一部分即可）")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="处罚决定日期不早于（YYYY-MM-DD）")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="处罚决定日期不晚于（YYYY-MM-DD）")] = None,
    status: Annotated[str | None, typer.Option("--status", help="案件状态：overdue / open / done")] = None,
    today: TodayOption = None,
) -> None:
    """把台账导出为 Excel：案件台账、待办期限、文书三张表。"""
    if out.suffix.lower() != ".xlsx":
        _fail("导出文件应以 .xlsx 结尾", 2)
    if status and status not in CASE_STATUSES:
        _fail(f"未知状态 {status!r}；可用：{' / '.join(CASE_STATUSES)}", 2)
    settings = _ready()
    filters = LedgerFilters(agency, _date(date_from), _date(date_to), status)
    day = _date(today) or date.today()
    with session_scope(settings.db_url) as session:
        recompute_all(session, day, adopted_rules(settings))  # the workbook shows today's duties, not yesterday's
        count = export_ledger(session, out, filters, day)
    typer.echo(f"已导出 {count} 个案件：{out}")


def quarterly_command(
    quarter: Annotated[str, typer.Argument(help="季度，如 2026Q3")],
    out: Annotated[Path | None, typer.Option("--out", help="输出目录（默认 <home>/exports/）")] = None,
    today: TodayOption = None,
) -> None:
    """生成季度信息共享报表（Excel）和报送检察院的函（Word）。"""
    try:
        which = Quarter.parse(quarter)
    except QuarterError as error:
        _fail(str(error), 2)
    settings = _ready()
    with session_scope(settings.db_url) as session:
        files = write_quarterly_report(
            session, which, out or settings.exports_dir, today=_date(today) or date.today(),
            bureau=settings.bureau_name, procuratorate=settings.procuratorate_name,
            templates_dir=settings.templates_dir, who=_who())
    r = files.report
    typer.echo(f"{which.label}：处罚决定 {len(r.decisions)} 件，在办执行 {len(r.enforcement)} 件，"
               f"法院申请与裁定 {len(r.court)} 项，卫片线索 {len(r.satellite)} 条")
    typer.echo(f"报表：{files.workbook}")
    typer.echo(f"报送函：{files.letter}")
    typer.echo(f"报送后请执行：xianjie report sent {which.year}Q{which.number} --date YYYY-MM-DD")


def _sharing_bureau(given: str | None, settings: Settings, known: list[str]) -> str:
    """The bureau whose report was sent: --bureau, the configured bureau, or the ledger's only one."""
    name = given or settings.bureau_name
    if name:
        return name
    if len(known) == 1:
        return known[0]
    if not known:
        _fail("台账中还没有行政处罚决定，请用 --bureau 指明报送单位", 2)
    _fail(f"台账中有多个执法机关，请用 --bureau 指明：{'、'.join(known)}", 2)


def quarterly_sent_command(
    quarter: Annotated[str, typer.Argument(help="季度，如 2026Q3")],
    sent_on: Annotated[str | None, typer.Option("--date", help="报送日期（默认今天）")] = None,
    bureau: Annotated[str | None, typer.Option("--bureau", help="报送单位（默认设置中的单位或台账中唯一的机关）")]
    = None,
    today: TodayOption = None,
) -> None:
    """登记季度信息共享报表已报送检察院，完成该季度的信息共享义务。"""
    try:
        which = Quarter.parse(quarter)
    except QuarterError as error:
        _fail(str(error), 2)
    settings = _ready()
    day = _date(today) or date.today()
    sent = _date(sent_on, "报送日期") or day
    with session_scope(settings.db_url) as session:
        name = _sharing_bureau(bureau, settings, sorted(bureaus(session)))
        try:
            row = mark_quarter_shared(session, name, f"{which.year}Q{which.number}", sent, _who(), today=day)
        except ValueError as error:
            _fail(str(error), 2)
        late = "（逾期报送）" if sent > row.due else ""
    typer.echo(f"已登记：{name} {which.label}信息共享报表于 {sent.isoformat()} 报送检察院{late}，"
               f"期限 {row.due.isoformat()}。")


def obligations_command(
    as_json: Annotated[bool, typer.Option("--json", help="每项义务输出一行 JSON")] = False,
    today: TodayOption = None,
) -> None:
    """列出执法机关层面的义务（每季度末向检察院信息共享），不属于单个案件。"""
    settings = _ready()
    day = _date(today) or date.today()
    with session_scope(settings.db_url) as session:
        recompute_quarterly(session, day, adopted_rules(settings))
        rows = [bureau_obligation_json(o, day) for o in bureau_obligations(session)]
    labels = {"open": "未到期", "done": "已完成", "overdue": "已逾期"}
    for row in rows:
        if as_json:
            typer.echo(json.dumps(row, ensure_ascii=False))
        else:
            done = f"，{row['done_on']} 已报送" if row["done_on"] else ""
            typer.echo(f"{row['bureau']}  {row['period']}  {row['label']}  期限 {row['due']}  "
                       f"{labels.get(row['status'], row['status'])}{done}")
    if not rows and not as_json:
        typer.echo("没有执法机关层面的义务。")


def _letter_settings(settings: Settings) -> LetterSettings:
    return LetterSettings(out_dir=settings.letters_dir, templates_dir=settings.templates_dir,
                          bureau=settings.bureau_name, procuratorate=settings.procuratorate_name)


def _draft(kind: str, case_id: int, document: int | None, out: Path | None, today: str | None) -> None:
    settings = _ready()
    day = _date(today) or date.today()
    try:
        with session_scope(settings.db_url) as session:
            options = _letter_settings(settings)
            if kind == "copy":
                letter = draft_copy_letter(session, case_id, options, today=day, document_id=document, out=out,
                                           who=_who())
            elif kind == "supervision":
                letter = draft_supervision_application(session, case_id, options, today=day, out=out, who=_who())
            else:
                letter = draft_suggestion_reply(session, case_id, options, today=day, document_id=document, out=out,
                                                who=_who())
    except LookupError:
        _fail(f"台账中没有案件 #{case_id}。")
    except (ContentError, LetterError, TemplateError) as error:
        _fail(str(error))
    typer.echo(f"已起草函件 {letter.id}：{letter.title}（{letter.number}）")
    typer.echo(f"文件：{letter.path}")
    typer.echo(f"发出后请执行：xianjie letter sent {letter.id} --date YYYY-MM-DD")


letter_app = typer.Typer(help="起草报送检察院的函件，并在发出后登记。", no_args_is_help=True)


@letter_app.command("copy")
def letter_copy(case: CaseOption, document: Annotated[int | None, typer.Option("--document", help="要报送的文书编号")]
                = None, out: OutFileOption = None, today: TodayOption = None) -> None:
    """起草七个工作日内报送检察院的抄送函（强制执行申请、受理通知书、准予执行裁定）。"""
    _draft("copy", case, document, out, today)


@letter_app.command("supervision")
def letter_supervision(case: CaseOption, out: OutFileOption = None, today: TodayOption = None) -> None:
    """起草检察监督申请书（列明监督情形及依据）。"""
    _draft("supervision", case, None, out, today)


@letter_app.command("reply")
def letter_reply(case: CaseOption, document: Annotated[int | None, typer.Option("--document", help="检察建议书编号")]
                 = None, out: OutFileOption = None, today: TodayOption = None) -> None:
    """起草检察建议回复（框架，含建议书文号、日期和回复期限）。"""
    _draft("reply", case, document, out, today)


@letter_app.command("sent")
def letter_sent(
    letter_id: Annotated[int, typer.Argument(help="函件编号（起草时显示）")],
    sent_on: Annotated[str | None, typer.Option("--date", help="发出日期（默认今天）")] = None,
    today: TodayOption = None,
) -> None:
    """登记函件已发出：函件入账，并重新计算案件期限。"""
    settings = _ready()
    day = _date(today) or date.today()
    try:
        with session_scope(settings.db_url) as session:
            letter = mark_sent(session, letter_id, sent_on=_date(sent_on, "发出日期") or day, home=settings.home,
                               today=day, who=_who(), adopted=adopted_rules(settings))
    except (LetterError, LookupError) as error:
        _fail(str(error))
    typer.echo(f"已登记：函件 {letter.number} 于 {letter.sent_on} 发出，入账为文书 #{letter.sent_document_id}，"
               f"案件 #{letter.case_id} 的期限已重新计算。")


@letter_app.command("list")
def letter_list(
    case: Annotated[int | None, typer.Option("--case", help="只列出该案件的函件")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="每个函件输出一行 JSON")] = False,
) -> None:
    """列出已起草的函件及是否已发出。"""
    settings = _ready()
    with session_scope(settings.db_url) as session:
        letters = list_letters(session, case)
    for letter in letters:
        if as_json:
            typer.echo(json.dumps(letter.to_json(), ensure_ascii=False))
        else:
            state = f"已于 {letter.sent_on} 发出" if letter.sent_on else "未发出"
            typer.echo(f"{letter.id}  案件 #{letter.case_id}  {letter.number}  {letter.title}  {state}")
    if not letters and not as_json:
        typer.echo("还没有起草过函件。")


def digest_command(
    send: Annotated[bool, typer.Option("--send", help="按设置发送邮件（否则只写文件）")] = False,
    out: Annotated[Path | None, typer.Option("--out", help="输出目录（默认 <home>/digests/）")] = None,
    today: TodayOption = None,
) -> None:
    """生成期限日报（逾期和七日内到期事项），按收件角色各一份 HTML，可发送邮件。"""
    from flows.monitor import HORIZON_DAYS, Digest, collect

    settings = _ready()
    day = _date(today) or date.today()
    with session_scope(settings.db_url) as session:
        recompute_all(session, day, adopted_rules(settings))
    digest = Digest(day, HORIZON_DAYS, collect(settings.db_url, day), 0).to_json()
    smtp = None
    if send:
        if not settings.smtp_host:
            _fail("未设置 XIANJIE_SMTP_HOST，无法发送邮件", 2)
        unknown = set(settings.digest_recipients) - {str(r) for r in ROLE_ACTORS}
        if unknown:
            _fail(f"XIANJIE_DIGEST_RECIPIENTS 含未知角色：{'、'.join(sorted(unknown))}", 2)
        smtp = SmtpSettings(host=settings.smtp_host or "", port=settings.smtp_port, user=settings.smtp_user,
                            password=settings.smtp_password, sender=settings.smtp_from,
                            starttls=settings.smtp_starttls)
    try:
        delivery = deliver_digest(digest, out or settings.digests_dir, smtp, settings.digest_recipients)
    except DigestMailError as exc:
        for role, addresses in exc.sent.items():
            typer.echo(f"已发送 {role} 日报至 {'、'.join(addresses)}")
        _fail("\n".join(f"未能发送 {role} 日报：{why}" for role, why in exc.failed.items()))
    for role, path in delivery.files.items():
        typer.echo(f"{role}：{path}")
    typer.echo(f"汇总：{delivery.json_path}、{delivery.text_path}")
    for role, addresses in delivery.sent.items():
        typer.echo(f"已发送 {role} 日报至 {'、'.join(addresses)}")
    if send and not delivery.sent:
        typer.echo("未设置收件人（XIANJIE_DIGEST_RECIPIENTS），没有发送邮件。")


def register(app: typer.Typer) -> None:
    app.command("export")(export_command)
    report_app = typer.Typer(help="报表。", no_args_is_help=True)
    report_app.command("quarterly")(quarterly_command)
    report_app.command("sent")(quarterly_sent_command)
    app.add_typer(report_app, name="report")
    app.add_typer(letter_app, name="letter")
    app.command("digest")(digest_command)
    app.command("obligations")(obligations_command)
