"""Cases, due lists and the dashboard as the pages show them, read straight from the ledger tables."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlmodel import Session, col, select

from ledger.cases import current_status, list_cases
from models.tables import Case, Document, DocumentField, Event, Obligation, Party
from models.vocab import EVENT_LABELS, ObligationStatus
from review.templating import obligation_label
from review.timeline_svg import Mark, Timeline, layout

SOON_DAYS = 7


@dataclass
class CaseSummary:
    case: Case
    documents: int
    open: int
    overdue: int
    next_due: date | None


def case_summaries(session: Session, today: date) -> list[CaseSummary]:
    """Every live case with its counts; cases with overdue steps first, then by the nearest deadline."""
    docs = Counter(session.exec(select(Document.case_id).where(col(Document.case_id).is_not(None))).all())
    by_case: dict[int, list[Obligation]] = defaultdict(list)
    for o in session.exec(select(Obligation)).all():
        by_case[o.case_id].append(o)
    out = []
    for case in list_cases(session):
        live = [o for o in by_case.get(case.id or 0, []) if current_status(o, today) != ObligationStatus.DONE]
        overdue = sum(1 for o in live if current_status(o, today) == ObligationStatus.OVERDUE)
        out.append(
            CaseSummary(
                case, docs.get(case.id, 0), len(live) - overdue, overdue, min((o.due for o in live), default=None)
            )
        )
    out.sort(key=lambda s: (-s.overdue, s.next_due or date.max, s.case.id or 0))
    return out


@dataclass
class CasePage:
    case: Case
    documents: list[Document]
    parties: list[Party]
    events: list[Event]
    obligations: list[tuple[Obligation, str]]  # with today's status; overdue first
    timeline: Timeline
    trigger_names: dict[int, str] = field(default_factory=dict)


def _unique_parties(parties: list[Party]) -> list[Party]:
    seen: set[tuple[str, str]] = set()
    out = []
    for p in parties:
        key = (p.role, p.name_key or p.name)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


_ORDER = {ObligationStatus.OVERDUE: 0, ObligationStatus.OPEN: 1, ObligationStatus.DONE: 2}


def case_page(session: Session, case: Case, today: date) -> CasePage:
    documents = list(
        session.exec(
            select(Document).where(Document.case_id == case.id).order_by(col(Document.issue_date), col(Document.id))
        ).all()
    )
    parties = _unique_parties(list(session.exec(select(Party).where(Party.case_id == case.id)).all()))
    events = list(session.exec(select(Event).where(Event.case_id == case.id).order_by(col(Event.date))).all())
    obligations = [
        (o, current_status(o, today))
        for o in session.exec(select(Obligation).where(Obligation.case_id == case.id)).all()
    ]
    obligations.sort(key=lambda pair: (_ORDER.get(pair[1], 3), pair[0].due))
    marks = [
        Mark(e.date, EVENT_LABELS.get(e.kind, e.kind), "event", "estimated" if e.date_is_estimated else "")
        for e in events
    ]
    marks += [Mark(o.due, obligation_label(o.code), "deadline", status) for o, status in obligations]
    names = {d.id: d.doc_number or d.original_name for d in documents if d.id is not None}
    return CasePage(case, documents, parties, events, obligations, layout(marks, today), names)


@dataclass
class DueItem:
    obligation: Obligation
    status: str
    case: Case | None
    agency: str  # issuer of the trigger document, as written


def _issuers(session: Session, document_ids: set[int]) -> dict[int, str]:
    if not document_ids:
        return {}
    rows = session.exec(
        select(DocumentField).where(DocumentField.name == "issuer", col(DocumentField.document_id).in_(document_ids))
    ).all()
    return {r.document_id: str((r.value or {}).get("value") or "") for r in rows}


def live_obligations(session: Session, today: date) -> list[DueItem]:
    """Obligations of live cases that are not done, with today's status and the issuing agency."""
    cases = {c.id: c for c in list_cases(session)}
    rows = [
        o
        for o in session.exec(select(Obligation).order_by(col(Obligation.due))).all()
        if o.case_id in cases and current_status(o, today) != ObligationStatus.DONE
    ]
    issuers = _issuers(session, {o.trigger_document_id for o in rows if o.trigger_document_id})
    return [
        DueItem(
            o,
            current_status(o, today),
            cases.get(o.case_id),
            issuers.get(o.trigger_document_id or 0) or "（未识别机关）",
        )
        for o in rows
    ]


def due_this_week(session: Session, today: date) -> dict[str, list[DueItem]]:
    """Per actor: what is overdue and what falls due in the next seven days, overdue first."""
    horizon = today + timedelta(days=SOON_DAYS)
    grouped: dict[str, list[DueItem]] = defaultdict(list)
    for item in live_obligations(session, today):
        if item.obligation.due <= horizon:
            grouped[item.obligation.actor].append(item)
    for items in grouped.values():
        items.sort(key=lambda i: (i.status != ObligationStatus.OVERDUE, i.obligation.due))
    return dict(sorted(grouped.items()))


@dataclass
class Counts:
    open: int = 0
    due_soon: int = 0
    overdue: int = 0


def dashboard_counts(session: Session, today: date) -> tuple[dict[str, Counts], dict[str, Counts]]:
    """(by actor, by agency): open / due within seven days / overdue."""
    by_actor: dict[str, Counts] = defaultdict(Counts)
    by_agency: dict[str, Counts] = defaultdict(Counts)
    horizon = today + timedelta(days=SOON_DAYS)
    for item in live_obligations(session, today):
        for counts in (by_actor[item.obligation.actor], by_agency[item.agency]):
            if item.status == ObligationStatus.OVERDUE:
                counts.overdue += 1
            else:
                counts.open += 1
                if item.obligation.due <= horizon:
                    counts.due_soon += 1
    return dict(sorted(by_actor.items())), dict(sorted(by_agency.items()))
