"""The deadline digest as an HTML e-mail and file, one per recipient role.

The daily monitor (flows/monitor.py) decides what is due and overdue and
hands over its digest JSON; this module is the one place that decides who reads
which part, how it looks (JSON, plain text, HTML) and how it is mailed.  A
bureau clerk needs the bureau's own duties; a procuratorate officer supervises
both the bureau and the courts; an administrator sees all.  The e-mail carries a
plain-text part for mail readers that refuse HTML.  A mail failure is reported
per role, so one refused address does not keep the digest from the others.
SMTP settings come in as parameters (ledger/ may not read xianjie settings).
"""

from __future__ import annotations

import json
import smtplib
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from html import escape
from pathlib import Path
from typing import Any

from models.vocab import ACTOR_LABELS, USER_ROLE_LABELS, Actor, UserRole

A = Actor
ROLE_ACTORS: dict[str, tuple[Actor, ...]] = {
    UserRole.CLERK: (A.BUREAU, A.GOVERNMENT),
    UserRole.REVIEWER: (A.BUREAU,),
    UserRole.PROCURATORATE: (A.COURT, A.HIGHER_COURT, A.PROCURATORATE, A.BUREAU),
    UserRole.ADMIN: tuple(Actor),
}
ACTOR_ORDER = {a: i for i, a in enumerate(Actor)}


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 25
    user: str | None = None
    password: str | None = None
    sender: str = "xianjie@localhost"
    starttls: bool = False
    timeout: float = 30.0


@dataclass
class DigestDelivery:
    files: dict[str, Path] = field(default_factory=dict)  # role -> HTML file
    sent: dict[str, list[str]] = field(default_factory=dict)  # role -> recipients it went to
    failed: dict[str, str] = field(default_factory=dict)  # role -> why its e-mail was not sent
    json_path: Path | None = None
    text_path: Path | None = None


def _label(table: dict[Any, str], code: str) -> str:
    return next((v for k, v in table.items() if str(k) == code), code)


def for_role(digest: dict[str, Any], role: str) -> dict[str, Any]:
    """The digest with only the actors this role follows, in the vocabulary's order."""
    if role not in ROLE_ACTORS:
        raise ValueError(f"未知的收件角色：{role}（可用：{'、'.join(str(r) for r in ROLE_ACTORS)}）")
    wanted = {str(a) for a in ROLE_ACTORS[role]}
    actors = {a: g for a, g in digest.get("actors", {}).items() if a in wanted}
    ordered = dict(sorted(actors.items(), key=lambda kv: ACTOR_ORDER.get(Actor(kv[0]), 99)
                          if kv[0] in set(Actor) else 99))
    return {**digest, "actors": ordered}


def _counts(digest: dict[str, Any]) -> tuple[int, int]:
    groups = digest["actors"].values()
    return sum(len(g["overdue"]) for g in groups), sum(len(g["due_soon"]) for g in groups)


def digest_subject(digest: dict[str, Any], role: str) -> str:
    overdue, soon = _counts(digest)
    return (f"【衔接】期限日报 {digest['date']}（{_label(USER_ROLE_LABELS, role)}）："
            f"逾期 {overdue} 项，{digest['horizon_days']} 日内到期 {soon} 项")


def _when(item: dict[str, Any], overdue: bool) -> str:
    if overdue:
        return f"已逾期 {-item['days_left']} 日"
    return "今日到期" if item["days_left"] == 0 else f"还剩 {item['days_left']} 日"


def item_subject(item: dict[str, Any], case_word: str = "") -> str:
    """Whose duty a line is: a case by number and title, a bureau's own duty (D8) by bureau and quarter."""
    if item.get("case_id") is None:
        return f"{item.get('bureau') or ''} {item.get('period') or ''}".strip()
    return f"{case_word}#{item['case_id']} {item['case']}"


def _row(item: dict[str, Any], overdue: bool) -> str:
    style = ' style="background:#ffc7ce"' if overdue else ""
    estimated = "（起算日为估计）" if item.get("estimated") else ""
    cells = [item_subject(item), item["step"], f"{item['due']}{estimated}", _when(item, overdue),
             f"{item['basis']}（规则 {item['rule']}）", item.get("trigger_document") or "—"]
    return f"<tr{style}>" + "".join(f"<td>{escape(str(c))}</td>" for c in cells) + "</tr>"


HEAD = ("<tr>" + "".join(f"<th>{h}</th>" for h in ("案件", "事项", "期限", "状态", "依据", "起算文书")) + "</tr>")
TABLE = ('<table border="1" cellspacing="0" cellpadding="4" '
         'style="border-collapse:collapse;font-size:14px">{rows}</table>')


def render_html(digest: dict[str, Any], role: str) -> str:
    """A self-contained HTML page (inline styles only: mail clients drop style sheets)."""
    part = for_role(digest, role)
    title = digest_subject(part, role)
    body = [f"<h2>{escape(title)}</h2>"]
    if not part["actors"]:
        body.append(f"<p>无逾期事项，{part['horizon_days']} 日内无到期事项。</p>")
    for actor, groups in part["actors"].items():
        body.append(f"<h3>{escape(_label(ACTOR_LABELS, actor))}：逾期 {len(groups['overdue'])} 项，"
                    f"{part['horizon_days']} 日内到期 {len(groups['due_soon'])} 项</h3>")
        rows = [_row(i, True) for i in groups["overdue"]] + [_row(i, False) for i in groups["due_soon"]]
        body.append(TABLE.format(rows=HEAD + "".join(rows)))
    body.append("<p style=\"color:#666\">本邮件由衔接台账系统自动生成；期限按法定计算规则和节假日安排计算，"
                "起算日为估计的请核实送达或收到日期。</p>")
    return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
            f"<title>{escape(title)}</title></head>"
            f'<body style="font-family:sans-serif">{"".join(body)}</body></html>')


def _text_line(item: dict[str, Any], overdue: bool) -> str:
    estimated = "（起算日为估计）" if item.get("estimated") else ""
    trigger = f"，起算文书 {item['trigger_document']}" if item.get("trigger_document") else ""
    return (f"  {_when(item, overdue)}：{item_subject(item, '案件 ')} — {item['step']}，期限 {item['due']}{estimated}"
            f"（{item['basis']}，规则 {item['rule']}{trigger}）")


def render_text(digest: dict[str, Any], role: str) -> str:
    """The plain-text digest: the e-mail's text part, and (for admin, who sees all actors) <date>.txt."""
    part = for_role(digest, role)
    lines = [digest_subject(part, role), ""]
    for actor, groups in part["actors"].items():
        lines.append(f"【{_label(ACTOR_LABELS, actor)}】逾期 {len(groups['overdue'])} 项，"
                     f"{part['horizon_days']} 日内到期 {len(groups['due_soon'])} 项")
        lines += [_text_line(i, True) for i in groups["overdue"]]
        lines += [_text_line(i, False) for i in groups["due_soon"]]
    if not part["actors"]:
        lines.append(f"无逾期事项，{part['horizon_days']} 日内无到期事项。")
    return "\n".join(lines) + "\n"


def build_message(digest: dict[str, Any], role: str, sender: str, recipients: list[str]) -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = digest_subject(for_role(digest, role), role)
    message["From"], message["To"] = sender, ", ".join(recipients)
    message["Date"], message["Message-ID"] = formatdate(localtime=True), make_msgid(domain="xianjie.local")
    message.set_content(render_text(digest, role))
    message.add_alternative(render_html(digest, role), subtype="html")
    return message


def write_digest_files(digest: dict[str, Any], folder: Path, roles: list[str] | None = None) -> dict[str, Path]:
    """<folder>/<date>_<role>.html for each role (all roles by default)."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for role in roles or [str(r) for r in ROLE_ACTORS]:
        path = folder / f"{digest['date']}_{role}.html"
        path.write_text(render_html(digest, role), encoding="utf-8")
        out[role] = path
    return out


def write_digest_record(digest: dict[str, Any], folder: Path) -> tuple[Path, Path]:
    """<folder>/<date>.json for other systems and <date>.txt (every actor) for people."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = folder / str(digest["date"])
    json_path, text_path = stem.with_suffix(".json"), stem.with_suffix(".txt")
    json_path.write_text(json.dumps(digest, ensure_ascii=False, indent=2), encoding="utf-8")
    text_path.write_text(render_text(digest, str(UserRole.ADMIN)), encoding="utf-8")
    return json_path, text_path


class DigestMailError(RuntimeError):
    """Some digest e-mails could not be sent; `sent` says which did."""

    def __init__(self, failed: dict[str, str], sent: dict[str, list[str]]) -> None:
        self.failed, self.sent = failed, sent
        super().__init__("日报邮件发送失败：" + "；".join(f"{role}：{why}" for role, why in failed.items()))


def _mail_failure(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def mail_digest(digest: dict[str, Any], smtp: SmtpSettings,
                recipients: dict[str, list[str]]) -> tuple[dict[str, list[str]], dict[str, str]]:
    """Send one message per role with recipients; never raises. Returns (sent, failed: role -> reason).

    A role the digest does not know, a refused message or a lost connection fails
    only the roles it touches; the others are still sent.
    """
    sent: dict[str, list[str]] = {}
    failed: dict[str, str] = {}
    wanted: dict[str, list[str]] = {}
    for role, addrs in recipients.items():
        if not addrs:
            continue
        try:
            for_role(digest, role)
            wanted[role] = addrs
        except ValueError as exc:
            failed[role] = str(exc)
    if not wanted:
        return sent, failed
    try:
        with smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout) as client:
            if smtp.starttls:
                client.starttls(context=ssl.create_default_context())
            if smtp.user:
                client.login(smtp.user, smtp.password or "")
            for role, addrs in wanted.items():
                try:
                    client.send_message(build_message(digest, role, smtp.sender, addrs))
                    sent[role] = addrs
                except smtplib.SMTPServerDisconnected:
                    raise
                except (smtplib.SMTPException, OSError) as exc:  # this message refused; try the next one
                    failed[role] = _mail_failure(exc)
    except (smtplib.SMTPException, OSError) as exc:  # no server, login refused, connection lost
        failed.update({role: _mail_failure(exc) for role in wanted if role not in sent and role not in failed})
    return sent, failed


def send_digest(digest: dict[str, Any], smtp: SmtpSettings, recipients: dict[str, list[str]]) -> dict[str, list[str]]:
    """One message per role that has recipients; raises if any could not be sent (after sending the rest).

    An unknown role raises ValueError before anything is sent.
    """
    for role, addrs in recipients.items():
        if addrs:
            for_role(digest, role)
    sent, failed = mail_digest(digest, smtp, recipients)
    if failed:
        raise DigestMailError(failed, sent)
    return sent


def deliver_digest(digest: dict[str, Any], folder: Path, smtp: SmtpSettings | None = None,
                   recipients: dict[str, list[str]] | None = None, *, strict: bool = True) -> DigestDelivery:
    """The digest's JSON, text and per-role HTML files, then the e-mails if configured.

    strict: a mail failure raises DigestMailError (a person at the command line sees it);
    otherwise it is recorded in `failed` (the daily monitor must not fail for it).
    """
    json_path, text_path = write_digest_record(digest, folder)
    delivery = DigestDelivery(files=write_digest_files(digest, folder), json_path=json_path, text_path=text_path)
    if smtp is not None and recipients:
        if strict:
            delivery.sent = send_digest(digest, smtp, recipients)
        else:
            delivery.sent, delivery.failed = mail_digest(digest, smtp, recipients)
    return delivery
