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
from ledger.fields import is_demolition, values_of_documents
from ledger.quarterly_sharing import recompute_quarterly
from ledger.rules import RuleKind, applies, rule, rules_closed_by
from models.tables import Case, Document, DocumentReference, Event, Obligation
from models.vocab import DocType, EventKind, ObligationStatus

SUPERSEDED_BY_RECONSIDERATION = "apply_enforcement"
# Words by which a letter's title or file name says which of several same-numbered documents it sends:
# a court's 受理通知书 and its 裁定书 usually share one case number.
COVERS_WORDS: dict[str, tuple[str, ...]] = {
    DocType.COURT_ACCEPTANCE: ("受理通知书", "受理案件通知书", "受理通知"),
    DocType.COURT_RULING: ("裁定书", "准予执行裁定", "执行裁定"),
    DocType.ENFORCEMENT_APPLICATION: ("强制执行申请", "执行申请书", "申请材料"),
}
Citations = dict[int, list[tuple[str, str | None]]]  # document id -> (number key, doc_type or None) it cites


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


def citations(session: Session, document_ids: list[int]) -> Citations:
    """What each document cites, with the cited type when the citing text names it, in one query."""
    rows = session.exec(
        select(DocumentReference.document_id, DocumentReference.doc_number_key, DocumentReference.doc_type)
        .where(col(DocumentReference.document_id).in_(document_ids))
    ).all()
    out: Citations = {i: [] for i in document_ids}
    for document_id, key, doc_type in rows:
        out[document_id].append((key, doc_type))
    return out


def covered_types(document: Document, values: dict) -> set[str]:
    """The document types a letter's title or file name says it sends (empty: it does not say)."""
    said = " ".join(str(v) for v in (values.get("title"), document.original_name) if v)
    return {doc_type for doc_type, words in COVERS_WORDS.items() if any(w in said for w in words)}


def _cited_documents(cited: Citations, document_id: int, documents: list[Document],
                     covers: dict[int, set[str]] | None = None) -> set[int]:
    """The documents a citation points at: by number, narrowed by the cited type or what the letter says it sends."""
    said = (covers or {}).get(document_id, set())
    found: set[int] = set()
    for key, doc_type in cited.get(document_id, []):
        same = [d for d in documents if d.id is not None and d.doc_number_key == key]
        if doc_type:
            same = [d for d in same if d.doc_type == doc_type]
        elif said and any(d.doc_type in said for d in same):
            same = [d for d in same if d.doc_type in said]
        found |= {d.id for d in same if d.id is not None}
    return found


def _closers(cited: Citations, events: list[Event], documents: list[Document], covers: dict[int, set[str]]
             ) -> list[_Closer]:
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
            closer.targets = _cited_documents(cited, closer.document_id, documents, covers)
    return sorted(by_doc.values(), key=lambda c: min(c.codes.values()))


def _obligation(case_id: int, event: Event, deadline: Deadline) -> Obligation:
    return Obligation(
        case_id=case_id, rule=deadline.rule, code=deadline.code, actor=str(deadline.actor),
        trigger_event_id=event.id, trigger_document_id=event.document_id, due=deadline.due,
        raw_due=deadline.raw_due, counting=str(deadline.counting),
        amount=deadline.months if deadline.months is not None else deadline.days, basis=deadline.basis,
        provisional=deadline.provisional, estimated=event.date_is_estimated,
    )


def _about(obligation: Obligation, documents: list[Document], cited: Citations) -> set[int]:
    """The documents an obligation concerns: its trigger, and what a trigger 送达回证 serves."""
    about = {obligation.trigger_document_id} - {None}
    trigger = next((d for d in documents if d.id == obligation.trigger_document_id), None)
    if trigger is not None and trigger.doc_type == DocType.SERVICE_RECEIPT:
        about |= _cited_documents(cited, trigger.id or 0, documents)
    return {d for d in about if d is not None}


def _settle(obligations: list[tuple[Obligation, date]], closers: list[_Closer], documents: list[Document],
            cited: Citations, today: date) -> None:
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


def recompute_case(session: Session, case_id: int, today: date, adopted: frozenset[str] | None = None
                   ) -> list[Obligation]:
    """Rebuild the case's events and obligations from its documents, as of `today`.

    `adopted`: the local rules applied outside their own region (ledger.rules.applies; None: all).
    """
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
            if applies(rule(deadline.code), facts.region, adopted):
                made.append((_obligation(case_id, event, deadline), event.date))
    ids = [d.id or 0 for d in documents]
    cited = citations(session, ids)
    values = values_of_documents(session, ids)
    covers = {d.id or 0: covered_types(d, values[d.id or 0]) for d in documents}
    _settle(made, _closers(cited, events, documents, covers), documents, cited, today)
    for obligation, _ in made:
        session.add(obligation)
    session.flush()
    return case_obligations(session, case_id)


def case_obligations(session: Session, case_id: int) -> list[Obligation]:
    statement = select(Obligation).where(Obligation.case_id == case_id).order_by(col(Obligation.due))
    return list(session.exec(statement).all())


def recompute_all(session: Session, today: date, adopted: frozenset[str] | None = None) -> int:
    """The daily monitor's pass over every live case and each bureau's quarterly duty; returns the case count."""
    ids = session.exec(select(Case.id).where(col(Case.merged_into_id).is_(None))).all()
    for case_id in ids:
        if case_id is not None:
            recompute_case(session, case_id, today, adopted)
    recompute_quarterly(session, today, adopted)
    return len(ids)
