"""Case linking: which case a recorded document belongs to.

In order of strength: document numbers (a ruling citing 户国土罚字〔2016〕第126号
joins the case of that decision; a decision cited by documents already filed
joins theirs), then a shared court case number or a shared citation, then the
same (unmasked) party at the same location.  When a tier points at more than one
case the document is not guessed into one: each candidate becomes a review item
and the document waits, unlinked, for a person.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from ledger.audit import audit
from ledger.fields import document_values
from ledger.numbers import canonical_name, is_masked_name, is_normative_number
from ledger.obligations import recompute_case
from models.tables import Case, Document, DocumentField, DocumentReference, Event, LinkCandidate, Party
from models.vocab import LinkStatus, PartyRole

# Roles naming the person or company the case is against (not the bureau or the court).
VIOLATOR_ROLES = (PartyRole.PARTY, PartyRole.RESPONDENT, PartyRole.PLAINTIFF, PartyRole.REFERRED_PERSON)


@dataclass
class LinkOutcome:
    document_id: int
    case_id: int | None  # None while candidates wait for review
    how: str  # number / court_number / party / new / review / kept
    message: str  # for the user, in Chinese
    created_case: bool = False
    candidates: list[int] = field(default_factory=list)


def _own_keys(document: Document) -> set[str]:
    return {document.doc_number_key} if document.doc_number_key else set()


def _reference_keys(session: Session, document_id: int) -> set[str]:
    refs = session.exec(select(DocumentReference).where(DocumentReference.document_id == document_id)).all()
    return {r.doc_number_key for r in refs if not is_normative_number(r.doc_number_key)}


def _live(session: Session, case_ids: set[int]) -> set[int]:
    """Follow merges: a document pointing at a merged case belongs to the surviving one."""
    out: set[int] = set()
    for case_id in case_ids:
        case = session.get(Case, case_id)
        while case is not None and case.merged_into_id is not None:
            case = session.get(Case, case.merged_into_id)
        if case is not None and case.id is not None:
            out.add(case.id)
    return out


def _cases_of_numbered(session: Session, keys: set[str], document_id: int) -> set[int]:
    """Cases of other documents whose own number is one of `keys`."""
    if not keys:
        return set()
    rows = session.exec(
        select(Document.case_id).where(col(Document.doc_number_key).in_(keys), Document.id != document_id)
    ).all()
    return _live(session, {c for c in rows if c is not None})


def _cases_citing(session: Session, keys: set[str], document_id: int) -> set[int]:
    """Cases of other documents that cite one of `keys`."""
    if not keys:
        return set()
    rows = session.exec(
        select(Document.case_id)
        .join(DocumentReference, col(DocumentReference.document_id) == col(Document.id))
        .where(col(DocumentReference.doc_number_key).in_(keys), Document.id != document_id)
    ).all()
    return _live(session, {c for c in rows if c is not None})


def _location_key(value: Any) -> str:
    return canonical_name(value) if isinstance(value, str) else ""


def _case_locations(session: Session, case_id: int) -> set[str]:
    rows = session.exec(
        select(DocumentField.value)
        .join(Document, col(Document.id) == col(DocumentField.document_id))
        .where(Document.case_id == case_id, DocumentField.name == "location")
    ).all()
    return {_location_key((v or {}).get("value")) for v in rows} - {""}


def _same_place(a: str, b: str) -> bool:
    return bool(a and b) and (a in b or b in a)


def _party_candidates(session: Session, document_id: int, values: dict[str, Any]) -> tuple[set[int], set[int]]:
    """(confirmed by location, same party but location unknown) among cases with the same party."""
    names = {
        canonical_name(p.get("name", ""))
        for p in values.get("parties", [])
        if p.get("role") in VIOLATOR_ROLES and isinstance(p.get("name"), str) and not is_masked_name(p["name"])
    } - {""}
    if not names:
        return set(), set()
    rows = session.exec(
        select(Party.case_id).where(col(Party.name_key).in_(names), col(Party.role).in_(VIOLATOR_ROLES),
                                    Party.document_id != document_id)
    ).all()
    place = _location_key(values.get("location"))
    confirmed: set[int] = set()
    unsure: set[int] = set()
    for case_id in _live(session, {c for c in rows if c is not None}):
        places = _case_locations(session, case_id)
        if place and any(_same_place(place, p) for p in places):
            confirmed.add(case_id)
        elif not place or not places:
            unsure.add(case_id)
    return confirmed, unsure


def _violator_name(values: dict[str, Any]) -> str | None:
    for party in values.get("parties", []):
        if party.get("role") in VIOLATOR_ROLES and isinstance(party.get("name"), str):
            return party["name"]
    return None


def _new_case(session: Session, document: Document, values: dict[str, Any], region: str) -> Case:
    title = document.doc_number or _violator_name(values) or document.original_name
    case = Case(title=title, region=region)
    session.add(case)
    session.flush()
    return case


def _close_candidates(session: Session, document_id: int, chosen: int | None, who: str) -> None:
    open_rows = session.exec(
        select(LinkCandidate).where(LinkCandidate.document_id == document_id, LinkCandidate.status == LinkStatus.OPEN)
    ).all()
    for row in open_rows:
        row.status = LinkStatus.ACCEPTED if row.case_id == chosen else LinkStatus.REJECTED
        row.decided_by = who
        session.add(row)


def attach_document(session: Session, document: Document, case_id: int, *, how: str, who: str) -> None:
    """Put a document and the parties it names into a case, and say so in the audit trail."""
    old = document.case_id
    document.case_id = case_id
    session.add(document)
    for party in session.exec(select(Party).where(Party.document_id == document.id)).all():
        party.case_id = case_id
        session.add(party)
    _close_candidates(session, document.id or 0, case_id, who)
    audit(session, who=who, entity="documents", entity_id=document.id, action=f"link:{how}",
          old={"case_id": old}, new={"case_id": case_id})
    session.flush()


def _propose(session: Session, document: Document, cases: set[int], reason: str) -> LinkOutcome:
    assert document.id is not None
    for case_id in sorted(cases):
        session.add(LinkCandidate(document_id=document.id, case_id=case_id, reason=reason))
    session.flush()
    listed = "、".join(f"#{c}" for c in sorted(cases))
    return LinkOutcome(
        document_id=document.id, case_id=None, how="review", candidates=sorted(cases),
        message=f"文书 #{document.id} 可能属于案件 {listed}（{reason}），请人工确认归属。",
    )


def _tiers(session: Session, document: Document) -> list[tuple[str, set[int], str]]:
    assert document.id is not None
    own, refs = _own_keys(document), _reference_keys(session, document.id)
    return [
        ("number", _cases_of_numbered(session, refs, document.id) | _cases_citing(session, own, document.id),
         "文号引用一致"),
        ("court_number", _cases_of_numbered(session, own, document.id) | _cases_citing(session, refs, document.id),
         "案号或所引文书相同"),
    ]


def link_document(session: Session, document_id: int, *, region: str = "national", who: str = "system") -> LinkOutcome:
    """File a recorded document under its case: an existing one, a new one, or (ambiguous) none yet."""
    document = session.get(Document, document_id)
    if document is None:
        raise LookupError(f"没有文书 #{document_id}")
    if document.case_id is not None:
        return LinkOutcome(document_id, document.case_id, "kept", f"文书 #{document_id} 已在案件 #{document.case_id}。")
    _close_candidates(session, document_id, None, who)
    for how, cases, reason in _tiers(session, document):
        if len(cases) == 1:
            case_id = next(iter(cases))
            attach_document(session, document, case_id, how=how, who=who)
            return LinkOutcome(document_id, case_id, how, f"文书 #{document_id} 已归入案件 #{case_id}（{reason}）。")
        if cases:
            return _propose(session, document, cases, reason)
    values = document_values(session, document_id)
    confirmed, unsure = _party_candidates(session, document_id, values)
    if len(confirmed) == 1:
        case_id = next(iter(confirmed))
        attach_document(session, document, case_id, how="party", who=who)
        message = f"文书 #{document_id} 已归入案件 #{case_id}（当事人及地点一致）。"
        return LinkOutcome(document_id, case_id, "party", message)
    if confirmed or unsure:
        return _propose(session, document, confirmed | unsure, "当事人相同")
    case = _new_case(session, document, values, region)
    assert case.id is not None
    attach_document(session, document, case.id, how="new", who=who)
    return LinkOutcome(document_id, case.id, "new", f"文书 #{document_id} 立为新案件 #{case.id}。", created_case=True)


def open_link_candidates(session: Session) -> list[LinkCandidate]:
    """The review queue's link items: documents waiting for a person to choose their case."""
    statement = select(LinkCandidate).where(LinkCandidate.status == LinkStatus.OPEN).order_by(
        col(LinkCandidate.document_id), col(LinkCandidate.case_id)
    )
    return list(session.exec(statement).all())


def resolve_link(
    session: Session, document_id: int, case_id: int | None, *, who: str, today: date, region: str = "national",
    adopted: frozenset[str] | None = None,
) -> int:
    """A person's answer to a link item: this case, or (None) a new case.  Returns the case id.

    The case's events and obligations are recomputed as of `today`.
    """
    document = session.get(Document, document_id)
    if document is None:
        raise LookupError(f"没有文书 #{document_id}")
    if case_id is None:
        case = _new_case(session, document, document_values(session, document_id), region)
        assert case.id is not None
        case_id = case.id
    elif session.get(Case, case_id) is None:
        raise LookupError(f"没有案件 #{case_id}")
    attach_document(session, document, case_id, how="reviewer", who=who)
    recompute_case(session, case_id, today, adopted)
    return case_id


def _move_reviewer_events(session: Session, *, to_case: int, from_case: int, document_id: int | None = None) -> None:
    """Dates a person confirmed follow their document (derived events are rebuilt anyway)."""
    statement = select(Event).where(Event.case_id == from_case, Event.source == "reviewer")
    if document_id is not None:
        statement = statement.where(Event.document_id == document_id)
    for event in session.exec(statement).all():
        event.case_id = to_case
        session.add(event)


def merge_cases(session: Session, keep_id: int, absorb_id: int, *, who: str, today: date,
                adopted: frozenset[str] | None = None) -> Case:
    """A clerk's merge: every document of `absorb_id` moves to `keep_id`; the absorbed case remains,
    marked merged, so old references to it still resolve."""
    keep, absorb = session.get(Case, keep_id), session.get(Case, absorb_id)
    if keep is None or absorb is None or keep_id == absorb_id:
        raise LookupError(f"不能合并案件 #{absorb_id} 到 #{keep_id}")
    moved = []
    for document in session.exec(select(Document).where(Document.case_id == absorb_id)).all():
        document.case_id = keep_id
        session.add(document)
        moved.append(document.id)
    for party in session.exec(select(Party).where(Party.case_id == absorb_id)).all():
        party.case_id = keep_id
        session.add(party)
    _move_reviewer_events(session, to_case=keep_id, from_case=absorb_id)
    for candidate in session.exec(select(LinkCandidate).where(LinkCandidate.case_id == absorb_id,
                                                              LinkCandidate.status == LinkStatus.OPEN)).all():
        candidate.case_id = keep_id
        session.add(candidate)
    absorb.merged_into_id = keep_id
    session.add(absorb)
    audit(session, who=who, entity="cases", entity_id=keep_id, action="merge",
          old={"case_id": absorb_id}, new={"case_id": keep_id, "documents": moved})
    session.flush()
    recompute_case(session, absorb_id, today, adopted)
    recompute_case(session, keep_id, today, adopted)
    return keep


def split_document(session: Session, document_id: int, *, who: str, today: date,
                   region: str | None = None, adopted: frozenset[str] | None = None) -> Case:
    """A clerk's split: the document (with its parties and confirmed dates) leaves its case for a new one."""
    document = session.get(Document, document_id)
    if document is None or document.case_id is None:
        raise LookupError(f"文书 #{document_id} 不在任何案件中")
    old_case_id = document.case_id
    old_case = session.get(Case, old_case_id)
    case = _new_case(session, document, document_values(session, document_id),
                     region or (old_case.region if old_case else "national"))
    assert case.id is not None
    attach_document(session, document, case.id, how="split", who=who)
    _move_reviewer_events(session, to_case=case.id, from_case=old_case_id, document_id=document_id)
    audit(session, who=who, entity="cases", entity_id=case.id, action="split",
          old={"case_id": old_case_id}, new={"case_id": case.id, "document_id": document_id})
    session.flush()
    recompute_case(session, old_case_id, today, adopted)
    recompute_case(session, case.id, today, adopted)
    return case
