"""Each bureau's quarterly duty to share its penalty and enforcement information with the procuratorate (D8).

鄂州检会〔2021〕5号 二（二）: "自然资源主管部门每季度末向检察机关提供本季度土地行政处罚信息、
行政处罚执行情况……".  The duty belongs to a bureau, not to a case, so its obligation
rows carry no case_id but the bureau's name (the issuer of its penalty decisions) and
the quarter ("2026Q3").  It is due on the quarter's last day, rolled past a holiday by
the calendar (ledger/deadlines.py, event quarter_end), and done once a clerk marks
the quarter's report as sent (`xianjie report sent 2026Q3 --date ...`).

The ledger tracks the duty from the quarter in which the bureau's first decision was
recorded: it cannot know whether quarters before it adopted Xianjie were shared, and
a backlog import must not raise years of overdue duties.  Marking an earlier quarter
as sent still records it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from ledger.audit import audit
from ledger.deadlines import Deadline, deadlines_for
from ledger.rules import applies, rule
from models.tables import Case, Document, DocumentField, Obligation, utcnow
from models.vocab import DocType, EventKind, ObligationStatus

SHARING = "quarterly_sharing"
DECISIONS = (DocType.PENALTY_DECISION, DocType.STOP_ORDER)
_PERIOD = re.compile(r"^\s*(\d{4})\s*[-_ ]?\s*[Qq]\s*([1-4])\s*$")


def quarter_of(day: date) -> str:
    return f"{day.year}Q{(day.month - 1) // 3 + 1}"


def quarter_start(period: str) -> date:
    """The first day of a quarter written like 2026Q3."""
    match = _PERIOD.match(period)
    if not match:
        raise ValueError(f"季度格式应为 2026Q3：{period}")
    return date(int(match.group(1)), 3 * int(match.group(2)) - 2, 1)


def _next_quarter(first_day: date) -> date:
    month = first_day.month + 3
    return date(first_day.year + (month > 12), (month - 1) % 12 + 1, 1)


@dataclass
class Bureau:
    name: str
    region: str  # holiday calendar of its earliest case
    first_recorded: date  # when its first decision entered the ledger


def bureaus(session: Session) -> dict[str, Bureau]:
    """The issuing agencies of the ledger's penalty decisions (and demolition orders), by name."""
    rows = session.exec(
        select(DocumentField.value, Document.received_at, Case.region)
        .join(Document, col(Document.id) == DocumentField.document_id)
        .join(Case, col(Case.id) == Document.case_id)
        .where(DocumentField.name == "issuer", col(DocumentField.index).is_(None),
               col(Document.doc_type).in_([str(d) for d in DECISIONS]))
        .order_by(col(Document.received_at))
    ).all()
    found: dict[str, Bureau] = {}
    for value, received_at, region in rows:
        name = str((value or {}).get("value") or "").strip()
        if name and name not in found:
            found[name] = Bureau(name, region or "national", received_at.date())
    return found


def _deadline(period: str, region: str) -> Deadline:
    return next(d for d in deadlines_for(EventKind.QUARTER_END, quarter_start(period), region=region)
                if d.code == SHARING)


def _row(session: Session, bureau: str, period: str) -> Obligation | None:
    statement = select(Obligation).where(Obligation.bureau == bureau, Obligation.code == SHARING,
                                         Obligation.period == period, col(Obligation.case_id).is_(None))
    return session.exec(statement).first()


def _upsert(session: Session, bureau: Bureau, period: str, today: date) -> Obligation:
    deadline = _deadline(period, bureau.region)
    row = _row(session, bureau.name, period) or Obligation(
        case_id=None, bureau=bureau.name, period=period, rule=deadline.rule, code=SHARING,
        actor=str(deadline.actor), due=deadline.due, counting=str(deadline.counting))
    row.due, row.raw_due, row.amount = deadline.due, deadline.raw_due, deadline.days
    row.basis, row.provisional, row.computed_at = deadline.basis, deadline.provisional, utcnow()
    if row.done_on is not None:
        row.status = ObligationStatus.DONE
    else:
        row.status = ObligationStatus.OVERDUE if today > row.due else ObligationStatus.OPEN
    session.add(row)
    return row


def recompute_quarterly(session: Session, today: date, adopted: frozenset[str] | None = None) -> list[Obligation]:
    """Every bureau's sharing duty for each quarter from its first recorded decision up to today's quarter.

    Where D8 does not bind (outside Ezhou, not adopted) the bureau's unshared rows go;
    shared ones stay as the record of what was sent.
    """
    d8 = rule(SHARING)
    for bureau in bureaus(session).values():
        if not applies(d8, bureau.region, adopted):
            for row in bureau_obligations(session, bureau.name):
                if row.done_on is None:
                    session.delete(row)
            continue
        first = quarter_start(quarter_of(bureau.first_recorded))
        while first <= today:
            _upsert(session, bureau, quarter_of(first), today)
            first = _next_quarter(first)
    session.flush()
    return bureau_obligations(session)


def mark_quarter_shared(session: Session, bureau: str, quarter: str, sent_on: date, who: str,
                        today: date | None = None) -> Obligation:
    """Record that the bureau sent the quarter's report to the procuratorate; this fulfils D8 for it."""
    name = bureau.strip()
    if not name:
        raise ValueError("请指明报送的自然资源主管部门")
    period = quarter_of(quarter_start(quarter))
    if sent_on < quarter_start(period):
        raise ValueError(f"{period} 的报表不可能在该季度开始前（{sent_on.isoformat()}）发出")
    known = bureaus(session).get(name)
    row = _upsert(session, known or Bureau(name, "national", sent_on), period, today or sent_on)
    old = {"status": row.status, "done_on": row.done_on}
    row.done_on, row.status = sent_on, ObligationStatus.DONE
    session.add(row)
    session.flush()
    audit(session, who=who, entity="obligations", entity_id=row.id, action="quarter_shared", old=old,
          new={"bureau": name, "quarter": period, "done_on": sent_on})
    session.flush()
    return row


def bureau_obligations(session: Session, bureau: str | None = None) -> list[Obligation]:
    """The duties that belong to a bureau rather than a case, earliest first."""
    statement = select(Obligation).where(col(Obligation.case_id).is_(None))
    if bureau is not None:
        statement = statement.where(Obligation.bureau == bureau)
    return list(session.exec(statement.order_by(col(Obligation.due), col(Obligation.bureau))).all())


def bureau_obligation_json(row: Obligation, today: date) -> dict[str, Any]:
    """Like a case obligation in `xianjie cases --json`, with bureau and quarter instead of a case."""
    status = row.status
    if status == ObligationStatus.OPEN and today > row.due:
        status = ObligationStatus.OVERDUE
    return {"bureau": row.bureau, "period": row.period, "code": row.code, "actor": row.actor,
            "due": row.due.isoformat(), "counting": row.counting, "days": row.amount, "basis": row.basis,
            "rule": row.rule, "status": status, "raw_due": row.raw_due.isoformat() if row.raw_due else None,
            "provisional": row.provisional, "label": rule(row.code).label_zh,
            "done_on": row.done_on.isoformat() if row.done_on else None}
