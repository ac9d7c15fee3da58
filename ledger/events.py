"""A case's timeline: the dated events its documents prove, rebuilt whenever a document changes.

Most clocks start when somebody *receives* a document.  When no document states
that date (no 送达回证, no 签收日期), the document's own date stands in and the
event is marked estimated until a person confirms the real date; a confirmed or
entered event (source "reviewer") survives every rebuild and replaces the one
derived from the same document.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlmodel import Session, col, delete, select

from ledger.audit import audit
from ledger.fields import dates_with_role, is_demolition, values_of_documents
from models.tables import Document, DocumentReference, Event, Obligation
from models.vocab import DateRole, DocType, EventKind

E, D = EventKind, DocType
REVIEWER = "reviewer"
DERIVED = "document"
# Kinds that one document proves once; an estimate gives way to a stated date close after it.
_ESTIMATE_WINDOW = timedelta(days=90)
# Service or receipt that the bureau holding a document does not by itself prove.
RESPONDENT_SERVICE = (E.DECISION_SERVED, E.DEMAND_SERVED, E.NOTICE_SERVED, E.STOP_ORDER_SERVED)
SERVED_DOCS = (D.PENALTY_DECISION, D.STOP_ORDER, D.PENALTY_NOTICE, D.DEMAND_NOTICE, D.RECONSIDERATION_DECISION)
NOT_COPIES = (D.PROCURATORIAL_SUGGESTION, D.SUGGESTION_REPLY, D.SUPERVISION_APPLICATION)
PLAIN_KINDS: dict[str, EventKind] = {
    D.COURT_JUDGMENT: E.JUDGMENT_RULED,
    D.SUGGESTION_REPLY: E.REPLY_SENT,
    D.SUPERVISION_APPLICATION: E.SUPERVISION_APPLIED,
    D.CLUE_REFERRAL: E.CLUE_REFERRED,
    D.CRIMINAL_REFERRAL: E.CRIMINAL_REFERRED,
    D.CASE_REFERRAL: E.CASE_REFERRED,
}


@dataclass
class _Doc:
    document: Document
    values: dict[str, Any]

    @property
    def id(self) -> int:
        assert self.document.id is not None
        return self.document.id

    @property
    def own_date(self) -> date | None:
        issued = dates_with_role(self.values, DateRole.ISSUED)
        return self.document.issue_date or (issued[0] if issued else None)

    def first(self, *roles: str) -> date | None:
        found = dates_with_role(self.values, *roles)
        return found[0] if found else None


def _event(kind: EventKind, when: date | None, doc: _Doc, *, estimated: bool = False, note: str = "",
           ruling_type: str | None = None) -> Event | None:
    if when is None:
        return None
    return Event(case_id=doc.document.case_id or 0, kind=kind, date=when, date_is_estimated=estimated,
                 document_id=doc.id, note=note, ruling_type=ruling_type, source=DERIVED)


def _served_kind(doc: _Doc) -> EventKind:
    doc_type = doc.document.doc_type
    if doc_type == D.STOP_ORDER and not is_demolition(doc.document, doc.values):
        return E.STOP_ORDER_SERVED
    return {
        D.PENALTY_NOTICE: E.NOTICE_SERVED,
        D.DEMAND_NOTICE: E.DEMAND_SERVED,
        D.RECONSIDERATION_DECISION: E.RECONSIDERATION_DECIDED,
    }.get(str(doc_type), E.DECISION_SERVED)


def _receipt_target(session: Session, receipt: _Doc, docs: list[_Doc]) -> _Doc | None:
    """The document a 送达回证 proves service of: the one it cites, else the latest served one before it."""
    refs = session.exec(select(DocumentReference).where(DocumentReference.document_id == receipt.id)).all()
    keys = {r.doc_number_key for r in refs}
    for doc in docs:
        if doc.document.doc_number_key in keys and doc.document.doc_type in SERVED_DOCS:
            return doc
    if refs:
        return None
    when = receipt.own_date or date.max
    earlier = [d for d in docs if d.document.doc_type in SERVED_DOCS and (d.own_date or date.min) <= when]
    return earlier[-1] if earlier else None


def _receipt_date(receipt: _Doc) -> tuple[date | None, bool]:
    stated = receipt.first(DateRole.SERVED, DateRole.RECEIVED)
    return (stated, False) if stated else (receipt.own_date, True)


def _receipt_events(session: Session, receipt: _Doc, docs: list[_Doc], served: dict[int, tuple[date, bool, _Doc]]
                    ) -> list[Event | None]:
    """Fill `served` for the target document; an untargeted receipt still proves a service."""
    when, estimated = _receipt_date(receipt)
    if when is None:
        return []
    target = _receipt_target(session, receipt, docs)
    if target is not None:
        served[target.id] = (when, estimated, receipt)
        return []
    refs = session.exec(select(DocumentReference).where(DocumentReference.document_id == receipt.id)).all()
    kind = E.DEMAND_SERVED if any(r.doc_type == D.DEMAND_NOTICE for r in refs) else E.DECISION_SERVED
    cited = "、".join(r.doc_number for r in refs)
    return [_event(kind, when, receipt, estimated=estimated, note=f"送达回证：{cited}" if cited else "送达回证")]


def _served_events(doc: _Doc, served: dict[int, tuple[date, bool, _Doc]]) -> list[Event | None]:
    """Made and served, for decisions, notices and demands."""
    kind = _served_kind(doc)
    out: list[Event | None] = []
    if kind == E.DECISION_SERVED:
        out.append(_event(E.DECISION_MADE, doc.first(DateRole.DECISION) or doc.own_date, doc))
    if doc.id in served:
        when, estimated, receipt = served[doc.id]
        note = f"送达回证：文书 #{receipt.id}"
        event = _event(kind, when, doc, estimated=estimated, note=note)
        if event is not None:
            event.document_id = receipt.id
        return [*out, event]
    stated = doc.first(DateRole.SERVED)
    if stated:
        return [*out, _event(kind, stated, doc, note="文书载明送达日期")]
    return [*out, _event(kind, doc.own_date, doc, estimated=True, note="送达日期未知，暂以文书日期代替")]


def _court_events(doc: _Doc) -> list[Event | None]:
    doc_type = doc.document.doc_type
    received = doc.first(DateRole.RECEIVED)
    accepted = doc.first(DateRole.ACCEPTED)
    out: list[Event | None] = [_event(E.COURT_RECEIVED_APPLICATION, received, doc, note="法院收到申请")]
    if doc_type == D.COURT_ACCEPTANCE:
        out.append(_event(E.CASE_ACCEPTED, accepted or doc.own_date, doc))
        stated = doc.first(DateRole.SERVED)
        out.append(_event(E.ACCEPTANCE_RECEIVED, stated or doc.own_date, doc, estimated=stated is None,
                          note="" if stated else "收到日期未知，暂以通知书日期代替"))
        return out
    ruling = doc.document.ruling_type
    out.append(_event(E.CASE_ACCEPTED, accepted, doc, note="裁定书载明受理日期"))
    out.append(_event(E.RULED, doc.first(DateRole.RULED) or doc.own_date, doc, ruling_type=ruling))
    stated = doc.first(DateRole.SERVED)
    out.append(_event(E.RULING_RECEIVED, stated or doc.own_date, doc, estimated=stated is None, ruling_type=ruling,
                      note="" if stated else "收到日期未知，暂以裁定日期代替"))
    return out


def _application_events(doc: _Doc) -> list[Event | None]:
    filed = doc.first(DateRole.APPLICATION_FILED)
    when = filed or doc.own_date
    return [
        _event(E.APPLICATION_FILED, when, doc),
        _event(E.COURT_RECEIVED_APPLICATION, doc.first(DateRole.RECEIVED) or when, doc,
               estimated=doc.first(DateRole.RECEIVED) is None, note="法院收件日期未知，暂以申请日期代替"),
    ]


def _is_copy_to_procuratorate(doc: _Doc) -> bool:
    if doc.document.doc_type in NOT_COPIES:
        return False
    recipients = [doc.values.get("recipient")] + [
        p.get("name") for p in doc.values.get("parties", []) if p.get("role") == "recipient_org"
    ]
    return any(isinstance(r, str) and "检察院" in r for r in recipients)


def _events_for(doc: _Doc, served: dict[int, tuple[date, bool, _Doc]]) -> list[Event | None]:
    doc_type = doc.document.doc_type
    if _is_copy_to_procuratorate(doc):
        return [_event(E.COPY_SENT, doc.own_date, doc, note="抄送/报送人民检察院")]
    if doc_type in SERVED_DOCS:
        return _served_events(doc, served)
    if doc_type == D.ENFORCEMENT_APPLICATION:
        return _application_events(doc)
    if doc_type in (D.COURT_ACCEPTANCE, D.COURT_RULING):
        return _court_events(doc)
    if doc_type == D.PROCURATORIAL_SUGGESTION:
        stated = doc.first(DateRole.RECEIVED, DateRole.SERVED)
        return [_event(E.SUGGESTION_RECEIVED, stated or doc.own_date, doc, estimated=stated is None,
                       note="" if stated else "收到日期未知，暂以检察建议书日期代替")]
    if doc_type in PLAIN_KINDS:
        return [_event(PLAIN_KINDS[str(doc_type)], doc.own_date, doc)]
    return []


def _drop_superseded(events: list[Event]) -> list[Event]:
    """An estimated event gives way to a stated one of the same kind soon after it (or a duplicate)."""
    kept: list[Event] = []
    for event in events:
        better = [
            o for o in events
            if o is not event and o.kind == event.kind and not o.date_is_estimated
            and event.date <= o.date <= event.date + _ESTIMATE_WINDOW
        ]
        if event.date_is_estimated and better:
            continue
        if any(k.kind == event.kind and k.date == event.date and k.ruling_type == event.ruling_type for k in kept):
            continue
        kept.append(event)
    return kept


def case_documents(session: Session, case_id: int) -> list[Document]:
    """Oldest first; undated documents last (SQLite and PostgreSQL sort NULL differently)."""
    rows = session.exec(select(Document).where(Document.case_id == case_id)).all()
    return sorted(rows, key=lambda d: (d.issue_date or date.max, d.id or 0))


def derive_events(session: Session, case_id: int) -> list[Event]:
    """The events the case's documents prove, not yet saved."""
    documents = case_documents(session, case_id)
    values = values_of_documents(session, [d.id or 0 for d in documents])
    docs = [_Doc(d, values[d.id or 0]) for d in documents]
    served: dict[int, tuple[date, bool, _Doc]] = {}
    drafts: list[Event | None] = []
    for doc in docs:
        if doc.document.doc_type == D.SERVICE_RECEIPT:
            drafts += _receipt_events(session, doc, docs, served)
    for doc in docs:
        if doc.document.doc_type != D.SERVICE_RECEIPT:
            drafts += _events_for(doc, served)
    events = [e for e in drafts if e is not None]
    for event in events:
        event.case_id = case_id
    return _drop_superseded(events)


def case_events(session: Session, case_id: int) -> list[Event]:
    statement = select(Event).where(Event.case_id == case_id).order_by(col(Event.date), col(Event.id))
    return list(session.exec(statement).all())


def rebuild_events(session: Session, case_id: int) -> list[Event]:
    """Replace the case's derived events; reviewers' events stay and win over derived ones.

    Obligations point at events, so the case's obligations are removed too: call
    ledger.obligations.recompute_case, which calls this, rather than this alone.
    """
    session.exec(delete(Obligation).where(Obligation.case_id == case_id))
    session.exec(delete(Event).where(Event.case_id == case_id, Event.source != REVIEWER))
    session.flush()
    kept = case_events(session, case_id)
    taken = {(e.kind, e.document_id) for e in kept}
    for event in derive_events(session, case_id):
        if (event.kind, event.document_id) not in taken:
            session.add(event)
    session.flush()
    return case_events(session, case_id)


def confirm_event(session: Session, event_id: int, when: date, *, who: str) -> Event:
    """A person states the real date of an event (e.g. the 签收日期 the documents lack)."""
    event = session.get(Event, event_id)
    if event is None:
        raise LookupError(f"没有事件 #{event_id}")
    old = {"date": event.date, "estimated": event.date_is_estimated}
    event.date, event.date_is_estimated = when, False
    event.source, event.confirmed_by = REVIEWER, who
    session.add(event)
    audit(session, who=who, entity="events", entity_id=event_id, action="confirm_date", old=old,
          new={"date": when, "estimated": False})
    session.flush()
    return event
