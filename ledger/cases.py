"""What a case looks like to its readers: the contract JSON of `xianjie cases --json` and a readable page.

Statuses are judged against the day of reading, so a list printed tomorrow shows
tomorrow's overdue duties even before the daily run has recomputed them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from ledger.events import case_documents, case_events
from ledger.fields import values_of_documents
from ledger.obligations import case_obligations
from ledger.rules import Rule, RuleKind, rule
from models.tables import Case, Document, Obligation, Party
from models.vocab import (
    ACTOR_LABELS,
    DOC_TYPE_LABELS,
    EVENT_LABELS,
    PARTY_ROLE_LABELS,
    RULING_TYPE_LABELS,
    Counting,
    ObligationStatus,
)

STATUS_LABELS = {ObligationStatus.OPEN: "未到期", ObligationStatus.DONE: "已完成", ObligationStatus.OVERDUE: "已逾期"}


def _rule(code: str) -> Rule | None:
    """None for a code the rule table no longer has (a ledger computed by an older version)."""
    try:
        return rule(code)
    except LookupError:
        return None


def current_status(obligation: Obligation, today: date) -> str:
    """The stored status, moved on to overdue (duties) or over (windows, waits) by the calendar."""
    if obligation.status != ObligationStatus.OPEN or today <= obligation.due:
        return obligation.status
    r = _rule(obligation.code)
    return ObligationStatus.OVERDUE if r is None or r.kind is RuleKind.DUTY else ObligationStatus.DONE


def _document_ref(document: Document | None) -> dict[str, Any] | None:
    if document is None:
        return None
    return {"id": document.id, "doc_type": document.doc_type, "doc_number": document.doc_number,
            "original_name": document.original_name}


def obligation_json(obligation: Obligation, today: date, documents: dict[int, Document]) -> dict[str, Any]:
    """The `xianjie deadlines` shape plus status, trigger document and estimated (contract.md)."""
    r = _rule(obligation.code)
    out: dict[str, Any] = {"code": obligation.code, "actor": obligation.actor, "due": obligation.due.isoformat(),
                           "counting": obligation.counting}
    out["months" if obligation.counting == Counting.MONTHS else "days"] = obligation.amount
    out.update(
        basis=obligation.basis, rule=obligation.rule, status=current_status(obligation, today),
        trigger_document=_document_ref(documents.get(obligation.trigger_document_id or -1)),
        estimated=obligation.estimated, raw_due=obligation.raw_due.isoformat() if obligation.raw_due else None,
        provisional=obligation.provisional, kind=str(r.kind) if r else RuleKind.DUTY.value,
        label=r.label_zh if r else obligation.code,
        done_by_document=_document_ref(documents.get(obligation.done_by_document_id or -1)),
        done_on=obligation.done_on.isoformat() if obligation.done_on else None,
    )
    return out


def _parties(session: Session, case_id: int) -> list[dict[str, Any]]:
    rows = session.exec(select(Party).where(Party.case_id == case_id).order_by(col(Party.id))).all()
    seen: set[tuple[str, str]] = set()
    out = []
    for p in rows:
        if (p.role, p.name_key) in seen:
            continue
        seen.add((p.role, p.name_key))
        out.append({"role": p.role, "name": p.name, "kind": p.kind, "id_number": p.id_number,
                    "credit_code": p.credit_code, "address": p.address})
    return out


def _document_json(document: Document, values: dict[str, Any]) -> dict[str, Any]:
    dates = [{"value": d.get("value"), "role": d.get("role")} for d in values.get("dates", [])]
    if document.issue_date and not any(d["role"] == "issued" for d in dates):
        dates.insert(0, {"value": document.issue_date.isoformat(), "role": "issued"})
    return {"id": document.id, "doc_type": document.doc_type, "doc_number": document.doc_number,
            "issue_date": document.issue_date.isoformat() if document.issue_date else None,
            "dates": dates, "ruling_type": document.ruling_type, "status": document.status,
            "original_name": document.original_name, "sha256": document.sha256}


def _order_key(item: dict[str, Any]) -> tuple[int, str]:
    rank = {ObligationStatus.OVERDUE: 0, ObligationStatus.OPEN: 1, ObligationStatus.DONE: 2}
    return rank.get(item["status"], 3), item["due"]


def case_json(session: Session, case_id: int, today: date) -> dict[str, Any]:
    """One case as `xianjie cases --json` prints it; obligations overdue first, then by due date."""
    case = session.get(Case, case_id)
    if case is None:
        raise LookupError(f"没有案件 #{case_id}")
    documents = case_documents(session, case_id)
    by_id = {d.id: d for d in documents if d.id is not None}
    values = values_of_documents(session, list(by_id))
    obligations = [obligation_json(o, today, by_id) for o in case_obligations(session, case_id)]
    events = [{"date": e.date.isoformat(), "kind": e.kind, "estimated": e.date_is_estimated,
               "document_id": e.document_id, "ruling_type": e.ruling_type, "note": e.note, "source": e.source}
              for e in case_events(session, case_id)]
    return {"id": case.id, "title": case.title, "region": case.region, "demolition": case.demolition,
            "merged_into": case.merged_into_id, "parties": _parties(session, case_id),
            "documents": [_document_json(d, values[d.id or 0]) for d in documents], "events": events,
            "obligations": sorted(obligations, key=_order_key)}


def list_cases(session: Session) -> list[Case]:
    """Live cases (not merged away), oldest first."""
    statement = select(Case).where(col(Case.merged_into_id).is_(None)).order_by(col(Case.id))
    return list(session.exec(statement).all())


def cases_json(session: Session, today: date) -> list[dict[str, Any]]:
    return [case_json(session, c.id or 0, today) for c in list_cases(session)]


def _label(table: dict[Any, str], code: str | None, fallback: str = "") -> str:
    for key, label in table.items():
        if str(key) == code:
            return label
    return code or fallback


def _doc_line(doc: dict[str, Any] | None) -> str:
    if not doc:
        return "—"
    name = _label(DOC_TYPE_LABELS, doc["doc_type"], "文书")
    return f"{name} {doc['doc_number'] or ''}（#{doc['id']}）".replace(" （", "（")


def _obligation_line(o: dict[str, Any]) -> str:
    unit = "个月" if "months" in o else ("个工作日" if o["counting"] == "working_days" else "日")
    amount = o.get("months", o.get("days"))
    flags = "（触发日期为估计，待确认）" if o["estimated"] else ""
    flags += "（暂定）" if o["provisional"] else ""
    return (f"  [{STATUS_LABELS.get(ObligationStatus(o['status']), o['status'])}] {o['due']} "
            f"{_label(ACTOR_LABELS, o['actor'])}：{o['label']}（{amount}{unit}，{o['basis']}，规则 {o['rule']}）"
            f"；起算文书：{_doc_line(o['trigger_document'])}{flags}")


def case_text(data: dict[str, Any]) -> str:
    """The readable page of `xianjie case ID`: parties, timeline, then obligations, overdue first."""
    lines = [f"案件 #{data['id']}  {data['title']}"]
    if data.get("merged_into"):
        lines.append(f"（已并入案件 #{data['merged_into']}）")
    lines.append("当事人：")
    lines += [f"  {_label(PARTY_ROLE_LABELS, p['role'])}：{p['name']}" for p in data["parties"]] or ["  —"]
    docs = {d["id"]: d for d in data["documents"]}
    lines.append("时间线：")
    for e in data["events"]:
        mark = "（估计）" if e["estimated"] else ""
        ruling = f"：{_label(RULING_TYPE_LABELS, e['ruling_type'])}" if e.get("ruling_type") else ""
        what = _label(EVENT_LABELS, e["kind"])
        lines.append(f"  {e['date']}{mark} {what}{ruling} — {_doc_line(docs.get(e['document_id']))}")
    pending = [o for o in data["obligations"] if o["status"] != ObligationStatus.DONE]
    done = [o for o in data["obligations"] if o["status"] == ObligationStatus.DONE]
    lines.append("待办期限（逾期在前）：")
    lines += [_obligation_line(o) for o in pending] or ["  无"]
    lines.append("已完成或已届满：")
    lines += [_obligation_line(o) for o in done] or ["  无"]
    return "\n".join(lines)
