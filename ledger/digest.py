"""The deadline digest as an HTML e-mail and file, one per recipient role.

The daily monitor (flows/monitor.py) decides what is due and overdue and
hands over its digest JSON; this module decides who reads which part and how
it looks.  A bureau clerk needs the bureau's own duties; a procuratorate
officer supervises both the bureau and the courts; an administrator sees all.
The e-mail carries a plain-text part for mail readers that refuse HTML.
SMTP settings come in as parameters (ledger/ may not read xianjie settings).
"""

from __future__ import annotations

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


def render_text(digest: dict[str, Any], role: str) -> str:
    part = for_role(digest, role)
    lines = [digest_subject(part, role), ""]
    for actor, groups in part["actors"].items():
        lines.append(f"【{_label(ACTOR_LABELS, actor)}】")
        for overdue, key in ((True, "overdue"), (False, "due_soon")):
            lines += [f"  {_when(i, overdue)}：{item_subject(i, '案件 ')} — {i['step']}，期限 {i['due']}"
                      f"（{i['basis']}，规则 {i['rule']}）" for i in groups[key]]
    if not part["actors"]:
        lines.append("无逾期事项。")
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


def send_digest(digest: dict[str, Any], smtp: SmtpSettings, recipients: dict[str, list[str]]) -> dict[str, list[str]]:
    """One message per role that has recipients, over one SMTP connection; returns who got what."""
    wanted = {role: addrs for role, addrs in recipients.items() if addrs}
    if not wanted:
        return {}
    for role in wanted:
        for_role(digest, role)  # an unknown role fails before anything is sent
    with smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout) as client:
        if smtp.starttls:
            client.starttls(context=ssl.create_default_context())
        if smtp.user:
            client.login(smtp.user, smtp.password or "")
        for role, addrs in wanted.items():
            client.send_message(build_message(digest, role, smtp.sender, addrs))
    return wanted


def deliver_digest(digest: dict[str, Any], folder: Path, smtp: SmtpSettings | None = None,
                   recipients: dict[str, list[str]] | None = None) -> DigestDelivery:
    """What the daily monitor calls after writing its digest: the HTML files, then the e-mails if configured."""
    delivery = DigestDelivery(files=write_digest_files(digest, folder))
    if smtp is not None and recipients:
        delivery.sent = send_digest(digest, smtp, recipients)
    return delivery
