"""Turn an event on a date into the deadlines it starts, using the rule table and the calendar.

Both the raw period end and the rolled one are kept (rules.md §2.1): the raw
end shows the arithmetic to a reader, the rolled end is the legal deadline.
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date
from typing import Any

from ledger.calendar import LegalCalendar, Rolled
from ledger.holidays import NATIONAL, HolidayData
from ledger.rules import Rule, RuleKind, rules_triggered_by
from models.vocab import Actor, Counting, EventKind, RulingType


@dataclass(frozen=True)
class Deadline:
    code: str
    actor: Actor
    due: date  # rolled: the legal last day (or, for a WAIT rule, the day the wait is over)
    raw_due: date
    counting: Counting
    days: int | None
    months: int | None
    basis: str
    rule: str  # row id in shared/domain/rules.md
    provisional: bool  # counted through a year without an official holiday notice
    label_zh: str
    kind: RuleKind = RuleKind.DUTY
    counted_from: date | None = None  # the day the count starts after (trigger, or an earlier period's end)


def _quarter_end(day: date) -> date:
    month = ((day.month - 1) // 3 + 1) * 3
    return date(day.year, month, monthrange(day.year, month)[1])


def _count(cal: LegalCalendar, start: date, amount: int, counting: Counting) -> Rolled:
    if counting is Counting.WORKING_DAYS:
        due = cal.add_working_days(start, amount)
        return Rolled(due, due)
    if counting is Counting.MONTHS:
        return cal.add_months(start, amount)
    return cal.add_calendar_days(start, amount)


def _start(r: Rule, when: date, earlier: list[Deadline]) -> date | None:
    if r.after_rows:
        ends = [d.due for d in earlier if d.rule in r.after_rows]
        return max(ends) if ends else None
    return _quarter_end(when) if r.per_quarter else when


def deadlines_for(
    event: EventKind | str,
    when: date,
    *,
    region: str = NATIONAL,
    ruling_type: RulingType | str | None = None,
    demolition: bool = False,
    fine: bool = False,
    stated_days: int | None = None,
    holidays: HolidayData | None = None,
    makeup_counts: bool = True,
) -> list[Deadline]:
    """Every deadline `event` on `when` starts, in rule-table order.

    `demolition` selects the 土地管理法第83条 15-day lawsuit period; `fine` adds
    the payment period; `stated_days` is a period the document itself states
    (used only by rows that allow it).  C1 is counted from the latest end of the
    复议/诉讼 periods computed here, so it appears only together with them.
    """
    cal = LegalCalendar(region, holidays, makeup_counts=makeup_counts)
    found: list[Deadline] = []
    for r in rules_triggered_by(event, ruling_type=ruling_type, demolition=demolition, fine=fine):
        start = _start(r, when, found)
        if start is None:
            continue
        amount = stated_days if (r.stated_period and stated_days) else r.amount
        end = _count(cal, start, amount, r.counting)
        months = amount if r.counting is Counting.MONTHS else None
        found.append(
            Deadline(
                code=r.code, actor=r.actor, due=end.due, raw_due=end.raw, counting=r.counting,
                days=None if months is not None else amount, months=months, basis=r.basis, rule=r.row,
                provisional=cal.provisional(when, end.due), label_zh=r.label_zh, kind=r.kind,
                counted_from=start,
            )
        )
    return found


def deadline_json(d: Deadline) -> dict[str, Any]:
    """The contract shape (shared/contract.md), plus raw_due and provisional."""
    out: dict[str, Any] = {"code": d.code, "actor": str(d.actor), "due": d.due.isoformat(),
                           "counting": str(d.counting)}
    if d.months is not None:
        out["months"] = d.months
    else:
        out["days"] = d.days
    out.update(basis=d.basis, rule=d.rule, raw_due=d.raw_due.isoformat(), provisional=d.provisional)
    return out


def is_overdue(d: Deadline, today: date) -> bool:
    """Overdue only once the rolled last day has fully passed (民法典第203条: until 24:00)."""
    return d.kind is RuleKind.DUTY and today > d.due
