"""A case's obligations: the deadlines its events start, and whether each is met, open or overdue.

Everything here is recomputed from the documents (events first, then deadlines
from the rule table and the calendar), so a correction, a late 送达回证 or a merge
never leaves a stale deadline behind.  An obligation is done when a document
that fulfils it (a copy to the procuratorate, a ruling, a reply) arrives on or
after its trigger; a duty is overdue once today is past its rolled due date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session, col, select

from ledger.deadlines import Deadline, deadlines_for
from ledger.events import RESPONDENT_SERVICE, case_documents, rebuild_events
from ledger.fields import is_demolition, reference_keys, values_of_documents
from ledger.rules import RuleKind, rule, rules_closed_by
from models.tables import Case, Document, Event, Obligation
from models.vocab import DocType, EventKind, ObligationStatus

SUPERSEDED_BY_RECONSIDERATION = "apply_enforcement"


@dataclass
class CaseFacts:
    """Facts about the decision that select rule variants (土地法第83条, 罚款)."""

    region: str = "national"
    demolition: bool = False
    fine: bool = False
    stated_days: int | None = None


@dataclass
class _Closer:
    document_id: int | None
    codes: dict[str, date] = field(default_factory=dict)  # obligation code -> the day it was fulfilled
    targets: set[int] = field(default_factory=set)  # documents its own document cites

    def add(self, codes: set[str], when: date) -> None:
        for code in codes:
            self.codes[code] = min(self.codes.get(code, when), when)


def _stated_payment_days(values: dict) -> int | None:
    for item in values.get("stated_deadlines", []):
        text = str(item.get("value") or "")
        if isinstance(item.get("days"), int) and ("缴" in text or "罚款" in text):
            return item["days"]
    return None


def case_facts(session: Session, case: Case) -> CaseFacts:
    facts = CaseFacts(region=case.region or "national")
    decisions = [d for d in case_documents(session, case.id or 0)
                 if d.doc_type in (DocType.PENALTY_DECISION, DocType.STOP_ORDER)]
    all_values = values_of_documents(session, [d.id or 0 for d in decisions])
    for document in decisions:
        values = all_values[document.id or 0]
        facts.demolition = facts.demolition or is_demolition(document, values)
        amount = values.get("fine_amount")
        if isinstance(amount, int | float) and amount > 0:
            facts.fine = True
            facts.stated_days = facts.stated_days or _stated_payment_days(values)
    return facts


def _cited_documents(cited: dict[int, set[str]], document_id: int, documents: list[Document]) -> set[int]:
    keys = cited.get(document_id, set())
    return {d.id for d in documents if d.id is not None and d.doc_number_key in keys}


def _closers(cited: dict[int, set[str]], events: list[Event], documents: list[Document]) -> list[_Closer]:
    """Everything in the case that can fulfil an obligation, one entry per document."""
    by_doc: dict[int | None, _Closer] = {}
    for event in events:
        if event.kind in RESPONDENT_SERVICE and event.date_is_estimated:
            continue  # holding a decision does not prove the respondent received it
        codes = {r.code for r in rules_closed_by(event.kind, event.ruling_type)}
        if codes:
            by_doc.setdefault(event.document_id, _Closer(event.document_id)).add(codes, event.date)
    for document in documents:
        if not document.doc_type or document.issue_date is None:
            continue
        codes = {r.code for r in rules_closed_by(document.doc_type, document.ruling_type)}
        if codes:
            by_doc.setdefault(document.id, _Closer(document.id)).add(codes, document.issue_date)
    for closer in by_doc.values():
        if closer.document_id is not None:
            closer.targets = _cited_documents(cited, closer.document_id, documents)
    return sorted(by_doc.values(), key=lambda c: min(c.codes.values()))


def _obligation(case_id: int, event: Event, deadline: Deadline) -> Obligation:
    return Obligation(
        case_id=case_id, rule=deadline.rule, code=deadline.code, actor=str(deadline.actor),
        trigger_event_id=event.id, trigger_document_id=event.document_id, due=deadline.due,
        raw_due=deadline.raw_due, counting=str(deadline.counting),
        amount=deadline.months if deadline.months is not None else deadline.days, basis=deadline.basis,
        provisional=deadline.provisional, estimated=event.date_is_estimated,
    )


def _about(obligation: Obligation, documents: list[Document], cited: dict[int, set[str]]) -> set[int]:
    """The documents an obligation concerns: its trigger, and what a trigger 送达回证 serves."""
    about = {obligation.trigger_document_id} - {None}
    trigger = next((d for d in documents if d.id == obligation.trigger_document_id), None)
    if trigger is not None and trigger.doc_type == DocType.SERVICE_RECEIPT:
        about |= _cited_documents(cited, trigger.id or 0, documents)
    return {d for d in about if d is not None}


def _settle(obligations: list[tuple[Obligation, date]], closers: list[_Closer], documents: list[Document],
            cited: dict[int, set[str]], today: date) -> None:
    abouts = {id(o): _about(o, documents, cited) for o, _ in obligations}
    triggers_by_code: dict[str, set[int]] = {}
    for obligation, _ in obligations:
        triggers_by_code.setdefault(obligation.code, set()).update(abouts[id(obligation)])
    for obligation, triggered in sorted(obligations, key=lambda pair: (pair[1], pair[0].due)):
        about = abouts[id(obligation)]
        for closer in closers:
            when = closer.codes.get(obligation.code)
            if when is None or when < triggered:
                continue
            aimed = closer.targets & set().union(*(triggers_by_code.get(c, set()) for c in closer.codes))
            if aimed and not aimed & about:
                continue  # it names another document whose same duty it fulfils
            obligation.status = ObligationStatus.DONE
            obligation.done_by_document_id, obligation.done_on = closer.document_id, when
            break
        else:
            kind = rule(obligation.code).kind
            if kind is RuleKind.DUTY:
                obligation.status = ObligationStatus.OVERDUE if today > obligation.due else ObligationStatus.OPEN
            else:  # a right that lapses or a wait that ends: over once its day has passed
                obligation.status = ObligationStatus.DONE if today > obligation.due else ObligationStatus.OPEN


def recompute_case(session: Session, case_id: int, today: date) -> list[Obligation]:
    """Rebuild the case's events and obligations from its documents, as of `today`."""
    case = session.get(Case, case_id)
    if case is None:
        raise LookupError(f"没有案件 #{case_id}")
    facts = case_facts(session, case)
    case.demolition = facts.demolition
    session.add(case)
    events = rebuild_events(session, case_id)
    documents = case_documents(session, case_id)
    made: list[tuple[Obligation, date]] = []
    reconsidered = [e.date for e in events if e.kind == EventKind.RECONSIDERATION_DECIDED]
    for event in events:
        for deadline in deadlines_for(event.kind, event.date, region=facts.region, ruling_type=event.ruling_type,
                                      demolition=facts.demolition, fine=facts.fine, stated_days=facts.stated_days):
            later = any(d >= event.date for d in reconsidered)
            if event.kind == EventKind.DECISION_SERVED and deadline.code == SUPERSEDED_BY_RECONSIDERATION and later:
                continue  # the enforcement window then runs from the reconsideration decision
            made.append((_obligation(case_id, event, deadline), event.date))
    cited = reference_keys(session, [d.id or 0 for d in documents])
    _settle(made, _closers(cited, events, documents), documents, cited, today)
    for obligation, _ in made:
        session.add(obligation)
    session.flush()
    return case_obligations(session, case_id)


def case_obligations(session: Session, case_id: int) -> list[Obligation]:
    statement = select(Obligation).where(Obligation.case_id == case_id).order_by(col(Obligation.due))
    return list(session.exec(statement).all())


def recompute_all(session: Session, today: date) -> int:
    """The daily monitor's pass over every live case; returns how many cases it recomputed."""
    ids = session.exec(select(Case.id).where(col(Case.merged_into_id).is_(None))).all()
    for case_id in ids:
        if case_id is not None:
            recompute_case(session, case_id, today)
    return len(ids)
