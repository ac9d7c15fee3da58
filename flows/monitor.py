"""The daily monitor: recompute every case's obligations for today, then write the digest.

Deadlines move without any new document (today passes a due date; a holiday
calendar is updated), so once a day every live case is recomputed, which marks
what became overdue.  The digest, per actor (bureau, court, procuratorate...),
lists what is overdue and what falls due in the next seven days, as JSON for
other systems and as plain text for people: <home>/digests/YYYY-MM-DD.{json,txt}.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.task_runners import ThreadPoolTaskRunner
from sqlmodel import col, select

from flows.steps import IngestConfig, ensure_db
from ledger.digest import item_subject
from models.db import session_scope
from models.tables import Case, Document, Obligation
from models.vocab import ACTOR_LABELS, Actor, ObligationStatus

HORIZON_DAYS = 7


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


def _actor_label(code: str) -> str:
    try:
        return ACTOR_LABELS[Actor(code)]
    except ValueError:
        return code


def digest_text(digest: Digest) -> str:
    """The digest as a clerk reads it: one block per actor, overdue first."""
    lines = [f"衔接 期限日报 {digest.day.isoformat()}（未来 {digest.horizon_days} 日到期与已逾期事项）", ""]
    if not digest.actors:
        lines.append("无逾期事项，未来 7 日内无到期事项。")
    for actor, groups in sorted(digest.actors.items()):
        lines.append(
            f"【{_actor_label(actor)}】逾期 {len(groups['overdue'])} 项，7 日内到期 {len(groups['due_soon'])} 项"
        )
        for item in groups["overdue"]:
            lines.append(f"  ✗ 已逾期 {-item['days_left']} 日：{_line(item)}")
        for item in groups["due_soon"]:
            when = "今日到期" if item["days_left"] == 0 else f"还剩 {item['days_left']} 日"
            lines.append(f"  • {when}：{_line(item)}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _line(item: dict[str, Any]) -> str:
    trigger = f"，起算文书 {item['trigger_document']}" if item["trigger_document"] else ""
    estimated = "（起算日为估计）" if item["estimated"] else ""
    return (
        f"{item_subject(item, '案件 ')} — {item['step']}，期限 {item['due']}{estimated}"
        f"（{item['basis']}，规则 {item['rule']}{trigger}）"
    )


def write_digest(digest: Digest, folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    stem = folder / digest.day.isoformat()
    json_path, text_path = stem.with_suffix(".json"), stem.with_suffix(".txt")
    json_path.write_text(json.dumps(digest.to_json(), ensure_ascii=False, indent=2), encoding="utf-8")
    text_path.write_text(digest_text(digest), encoding="utf-8")
    return json_path, text_path


@task(name="recompute-case", task_run_name="重算期限 案件#{case_id}", retries=2, retry_delay_seconds=[2, 6])
def recompute_task(db_url: str, case_id: int, today: date, adopted_local_rules: str = "all") -> None:
    recompute(db_url, case_id, today, adopted_local_rules)


@task(name="recompute-bureaus", task_run_name="重算期限 执法机关季度义务", retries=2, retry_delay_seconds=[2, 6])
def recompute_bureaus_task(db_url: str, today: date, adopted_local_rules: str = "all") -> int:
    return recompute_bureaus(db_url, today, adopted_local_rules)


@task(name="write-digest", task_run_name="期限日报 {today}")
def digest_task(db_url: str, today: date, digests_dir: str, recomputed: int) -> dict[str, Any]:
    from ledger.digest import deliver_digest

    digest = Digest(today, HORIZON_DAYS, collect(db_url, today), recomputed)
    json_path, text_path = write_digest(digest, Path(digests_dir))
    delivery = deliver_digest(digest.to_json(), Path(digests_dir))  # one HTML page per reader role
    get_run_logger().info("日报已写入 %s、%s 及 %d 份分角色 HTML", json_path, text_path, len(delivery.files))
    return digest.to_json()


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
def daily_monitor(config: IngestConfig, digests_dir: str, today: str = "") -> dict[str, Any]:
    """Recompute every live case (one task each) and the bureaus' quarterly duties, then write the digest."""
    ensure_db(config)
    day = date.fromisoformat(today) if today else config.today_date()
    adopted = config.adopted_local_rules
    futures = [recompute_task.submit(config.db_url, case_id, day, adopted) for case_id in live_case_ids(config.db_url)]
    recomputed = 0
    for future in futures:
        future.wait()
        recomputed += 1 if future.state.is_completed() else 0
    recompute_bureaus_task.submit(config.db_url, day, adopted).wait()  # a failure here still leaves a digest
    return digest_task(config.db_url, day, digests_dir, recomputed)
