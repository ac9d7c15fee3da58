"""The daily monitor: recompute every case's obligations for today, then write and mail the digest.

Deadlines move without any new document (today passes a due date; a holiday
calendar is updated), so once a day every live case is recomputed, which marks
what became overdue.  The digest, per actor (bureau, court, procuratorate...),
lists what is overdue and what falls due in the next seven days.  This module
decides what is in it; ledger/digest.py is the one place that renders, writes
(<home>/digests/YYYY-MM-DD.json, .txt, _<role>.html) and mails it.  A mail
failure is logged and returned, never a failed monitor run: the files are written.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.task_runners import ThreadPoolTaskRunner
from sqlmodel import col, select

from flows.steps import IngestConfig, ensure_db
from ledger.digest import ROLE_ACTORS, SmtpSettings, mail_digest
from models.db import session_scope
from models.tables import Case, Document, Obligation
from models.vocab import ObligationStatus

HORIZON_DAYS = 7


@dataclass(frozen=True)
class DigestMail:
    """Where the monitor mails the digest: xianjie/settings.py's smtp_* and digest_recipients, passed in.

    The password never travels as a flow parameter (Prefect shows parameters in its UI
    and stores them with every run): `password_env` names the environment variable
    that holds it, read when the mail is sent.
    """

    host: str
    recipients: dict[str, list[str]]
    port: int = 25
    user: str | None = None
    password_env: str | None = None
    sender: str = "xianjie@localhost"
    starttls: bool = False
    timeout: float = 30.0
    retry_seconds: tuple[float, ...] = (10.0, 60.0)  # waits before sending again to the roles that failed

    @property
    def configured(self) -> bool:
        return bool(self.host) and any(self.recipients.values())

    def smtp(self) -> SmtpSettings:
        password = os.environ.get(self.password_env) if self.password_env else None
        return SmtpSettings(self.host, self.port, self.user, password, self.sender, self.starttls, self.timeout)


def send_with_retries(digest: dict[str, Any], mail: DigestMail) -> tuple[dict[str, list[str]], dict[str, str]]:
    """Mail each role once; roles whose mail failed (server down, refused) are tried again after a wait.

    A role the digest does not know is not retried: that is a settings mistake, not bad luck.
    """
    sent, failed = mail_digest(digest, mail.smtp(), mail.recipients)
    for wait in mail.retry_seconds:
        again = {role: mail.recipients[role] for role in failed if role in ROLE_ACTORS}
        if not again:
            break
        time.sleep(wait)
        more, still = mail_digest(digest, mail.smtp(), again)
        sent.update(more)
        failed = {role: why for role, why in failed.items() if role not in more} | still
    return sent, failed


@dataclass
class Digest:
    day: date
    horizon_days: int
    actors: dict[str, dict[str, list[dict[str, Any]]]]
    cases_recomputed: int

    def to_json(self) -> dict[str, Any]:
        return {
            "date": self.day.isoformat(),
            "horizon_days": self.horizon_days,
            "cases_recomputed": self.cases_recomputed,
            "actors": self.actors,
        }


def live_case_ids(db_url: str) -> list[int]:
    with session_scope(db_url) as session:
        ids = session.exec(select(Case.id).where(col(Case.merged_into_id).is_(None)).order_by(Case.id)).all()
    return [i for i in ids if i is not None]


def recompute(db_url: str, case_id: int, today: date, adopted_local_rules: str = "all") -> None:
    """Each case in its own transaction, so one broken case does not hold back the rest.

    `adopted_local_rules` travels as the setting's text (a Prefect task parameter), parsed here.
    """
    from ledger.obligations import recompute_case
    from ledger.rules import parse_adopted

    with session_scope(db_url) as session:
        recompute_case(session, case_id, today, parse_adopted(adopted_local_rules))


def recompute_bureaus(db_url: str, today: date, adopted_local_rules: str = "all") -> int:
    """The bureaus' own periodic duties (D8 quarterly sharing), which belong to no case; returns how many."""
    from ledger.quarterly_sharing import recompute_quarterly
    from ledger.rules import parse_adopted

    with session_scope(db_url) as session:
        return len(recompute_quarterly(session, today, parse_adopted(adopted_local_rules)))


def _step_label(code: str) -> str:
    from ledger.rules import rule

    try:
        return rule(code).label_zh
    except LookupError:
        return code


def _item(ob: Obligation, case: Case | None, trigger: Document | None, today: date) -> dict[str, Any]:
    return {
        "case_id": ob.case_id,
        "case": case.title if case else "",
        "bureau": ob.bureau,  # with period: whose duty it is when it belongs to no case (D8)
        "period": ob.period,
        "code": ob.code,
        "step": _step_label(ob.code),
        "rule": ob.rule,
        "due": ob.due.isoformat(),
        "days_left": (ob.due - today).days,
        "counting": ob.counting,
        "basis": ob.basis,
        "status": ob.status,
        "estimated": ob.estimated,
        "trigger_document": (trigger.doc_number or trigger.original_name) if trigger else None,
    }


def collect(db_url: str, today: date, horizon_days: int = HORIZON_DAYS) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """Per actor: overdue obligations, and open ones due within the horizon, soonest first."""
    until = today + timedelta(days=horizon_days)
    actors: dict[str, dict[str, list[dict[str, Any]]]] = {}
    with session_scope(db_url) as session:
        rows = session.exec(
            select(Obligation)
            .where(col(Obligation.status).in_([ObligationStatus.OPEN, ObligationStatus.OVERDUE]))
            .order_by(Obligation.due)
        ).all()
        for ob in rows:
            # The ledger decides what is overdue (a lapsed appeal window is not); we only pick the horizon.
            overdue = ob.status == ObligationStatus.OVERDUE
            if not overdue and not today <= ob.due <= until:
                continue
            case = session.get(Case, ob.case_id) if ob.case_id is not None else None
            trigger = session.get(Document, ob.trigger_document_id) if ob.trigger_document_id else None
            group = actors.setdefault(ob.actor, {"overdue": [], "due_soon": []})
            group["overdue" if overdue else "due_soon"].append(_item(ob, case, trigger, today))
    return actors


@task(name="recompute-case", task_run_name="重算期限 案件#{case_id}", retries=2, retry_delay_seconds=[2, 6])
def recompute_task(db_url: str, case_id: int, today: date, adopted_local_rules: str = "all") -> None:
    recompute(db_url, case_id, today, adopted_local_rules)


@task(name="recompute-bureaus", task_run_name="重算期限 执法机关季度义务", retries=2, retry_delay_seconds=[2, 6])
def recompute_bureaus_task(db_url: str, today: date, adopted_local_rules: str = "all") -> int:
    return recompute_bureaus(db_url, today, adopted_local_rules)


@task(name="write-digest", task_run_name="期限日报 {today}")
def digest_task(db_url: str, today: date, digests_dir: str, recomputed: int) -> dict[str, Any]:
    from ledger.digest import deliver_digest

    digest = Digest(today, HORIZON_DAYS, collect(db_url, today), recomputed).to_json()
    delivery = deliver_digest(digest, Path(digests_dir))  # <date>.json, <date>.txt, one HTML page per role
    get_run_logger().info(
        "日报已写入 %s、%s 及 %d 份分角色 HTML", delivery.json_path, delivery.text_path, len(delivery.files)
    )
    return digest


@task(name="mail-digest", task_run_name="发送日报 {day}")
def mail_task(digest: dict[str, Any], mail: DigestMail, day: str) -> dict[str, Any]:
    """Never raises: a mail server that is down must not fail the monitor that already wrote the digest."""
    logger = get_run_logger()
    try:
        sent, failed = send_with_retries(digest, mail)
    except Exception as exc:  # noqa: BLE001 - whatever went wrong, the digest files exist; say so and go on
        logger.exception("日报邮件发送出错")
        sent, failed = {}, {role: f"{type(exc).__name__}: {exc}" for role in mail.recipients}
    for role, addresses in sent.items():
        logger.info("已发送 %s 日报至 %s", role, "、".join(addresses))
    for role, reason in failed.items():
        logger.warning("%s 日报邮件未能发送：%s", role, reason)
    return {"sent": sent, "failed": failed}


def _monitor_run_name() -> str:
    from prefect.runtime import flow_run

    return f"每日巡检 {flow_run.parameters.get('today') or date.today().isoformat()}"


# One case at a time: recomputing is cheap, and SQLite allows one writer.
@flow(
    name="daily-monitor",
    flow_run_name=_monitor_run_name,
    log_prints=True,
    task_runner=ThreadPoolTaskRunner(max_workers=1),
)
def daily_monitor(
    config: IngestConfig, digests_dir: str, today: str = "", mail: DigestMail | None = None
) -> dict[str, Any]:
    """Recompute every live case (one task each) and the bureaus' quarterly duties, write the digest, mail it.

    The result is the digest JSON plus `mail` ({"sent": role -> addresses, "failed": role -> reason})
    when e-mail is configured.
    """
    ensure_db(config)
    day = date.fromisoformat(today) if today else config.today_date()
    adopted = config.adopted_local_rules
    futures = [recompute_task.submit(config.db_url, case_id, day, adopted) for case_id in live_case_ids(config.db_url)]
    recomputed = 0
    for future in futures:
        future.wait()
        recomputed += 1 if future.state.is_completed() else 0
    recompute_bureaus_task.submit(config.db_url, day, adopted).wait()  # a failure here still leaves a digest
    digest = digest_task(config.db_url, day, digests_dir, recomputed)
    if mail is None or not mail.configured:
        return digest
    return {**digest, "mail": mail_task(digest, mail, day.isoformat())}
