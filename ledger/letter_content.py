"""What each letter says: the template values of a copy letter, a supervision application, a reply.

The wording around these values lives in the .docx templates; this module
picks the facts from the case (the same case JSON every export reads) and the
legal text that obliges the bureau to write (the Lhasa seed for the copies,
the supervision grounds of ledger/grounds.py, the Ezhou seed for replies).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session

from ledger.case_summary import COPY_CODES, CaseSummary
from ledger.fields import document_values
from ledger.grounds import ground_for_rule
from ledger.rules import EZHOU, LHASA, rule
from models.vocab import EVENT_LABELS, RULING_TYPE_LABELS, DocType, EventKind, ObligationStatus, RulingType

# 《拉萨市…实施意见》三（六）, one sentence per 7-working-day duty (rules.md C4, C6, C9).
LHASA_QUOTES = {
    "copy_application": "自然资源主管部门应当在向人民法院提交强制执行申请之日起七个工作日内将相关法律文书、"
                        "证据材料抄送同级人民检察院",
    "copy_acceptance": "人民法院受理强制执行申请后，自然资源主管部门应当在取得强制执行案件受理通知书之日起"
                       "七个工作日内将复印件报送人民检察院",
    "copy_ruling": "人民法院裁定准予执行后，自然资源主管部门在收到法院准予执行裁定之日起七个工作日内"
                   "将裁定书报送同级人民检察院",
}
COPIED_KINDS = {"copy_application": "强制执行申请材料", "copy_acceptance": "受理案件通知书",
                "copy_ruling": "准予执行裁定书"}
COPY_BY_DOC_TYPE = {DocType.ENFORCEMENT_APPLICATION: "copy_application", DocType.COURT_ACCEPTANCE: "copy_acceptance",
                    DocType.COURT_RULING: "copy_ruling"}
LHASA_SUPERVISION = ("《关于构建拉萨市自然资源执法监管共同责任机制的实施意见》三（六）：对自己申请人民法院强制执行"
                     "行政决定的案件，认为人民法院不接收申请执行材料、不予受理、未在法定期限内作出裁定、裁定不予执行、"
                     "中止执行、终结本次执行、终结执行、裁执分离等执行活动存在违法情形的，可以向检察机关申请检察监督")
APPEAL_FIRST = ("提示：依《人民检察院行政诉讼监督规则》第二十七条第（八）项，对不予受理、不准予执行裁定应先向"
                "上一级人民法院申请复议，未申请复议的检察院不予受理监督申请。")


class ContentError(ValueError):
    """The case lacks what the letter needs; the message tells the clerk what."""


def chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _doc(summary: CaseSummary, document_id: int | None) -> dict[str, Any] | None:
    return next((d for d in summary.data["documents"] if d["id"] == document_id), None)


def _event_date(summary: CaseSummary, kind: EventKind, document_id: int | None = None) -> date | None:
    for event in summary.data["events"]:
        if event["kind"] == kind and (document_id is None or event["document_id"] == document_id):
            return date.fromisoformat(event["date"])
    return None


def _pending(summary: CaseSummary, *codes: str) -> list[dict[str, Any]]:
    found = [o for o in summary.data["obligations"] if o["code"] in codes and o["status"] != ObligationStatus.DONE]
    return sorted(found, key=lambda o: o["due"])


def _common(summary: CaseSummary, bureau: str, today: date) -> dict[str, str]:
    return {"bureau": bureau, "date": chinese_date(today), "case_title": summary.title,
            "party": summary.parties or "—", "decision_number": summary.decision_number or "—"}


def _court_of(session: Session, doc: dict[str, Any]) -> str:
    values = document_values(session, doc["id"])
    key = "recipient" if doc["doc_type"] == DocType.ENFORCEMENT_APPLICATION else "issuer"
    name = values.get(key)
    return name if isinstance(name, str) and name else "人民法院"


@dataclass
class CopyPlan:
    """Which duty a copy letter fulfils, and the document it covers."""

    code: str
    document: dict[str, Any]
    obligation: dict[str, Any] | None
    court: str = "人民法院"

    @classmethod
    def choose(cls, session: Session, summary: CaseSummary, document_id: int | None) -> CopyPlan:
        if document_id is not None:
            doc = _doc(summary, document_id)
            if doc is None:
                raise ContentError(f"文书 #{document_id} 不属于案件 #{summary.case_id}")
            code = COPY_BY_DOC_TYPE.get(doc["doc_type"])
            if code is None or (code == "copy_ruling" and doc["ruling_type"] != RulingType.ENFORCE):
                raise ContentError("需报送检察院的是强制执行申请书、受理案件通知书和准予执行裁定书，"
                                   f"文书 #{document_id} 不在其列")
            duties = [o for o in summary.data["obligations"] if o["code"] == code
                      and (o["trigger_document"] or {}).get("id") == document_id]
            return cls(code, doc, duties[0] if duties else None, _court_of(session, doc))
        pending = _pending(summary, *COPY_CODES)
        for obligation in pending:
            doc = _doc(summary, (obligation["trigger_document"] or {}).get("id"))
            if doc is not None:
                return cls(obligation["code"], doc, obligation, _court_of(session, doc))
        raise ContentError(f"案件 #{summary.case_id} 没有待报送检察院的文书（七个工作日报送事项均已完成）")


def _copy_sentence(summary: CaseSummary, plan: CopyPlan) -> str:
    doc_id = plan.document["id"]
    if plan.code == "copy_application":
        when = _event_date(summary, EventKind.APPLICATION_FILED, doc_id) or summary.application_date
        return f"我局已于{chinese_date(when) if when else '近日'}向{plan.court}提交强制执行申请"
    if plan.code == "copy_acceptance":
        when = _event_date(summary, EventKind.ACCEPTANCE_RECEIVED, doc_id)
        return f"{plan.court}已立案受理，我局于{chinese_date(when) if when else '近日'}取得受理案件通知书"
    when = _event_date(summary, EventKind.RULING_RECEIVED, doc_id)
    return f"{plan.court}已裁定准予执行，我局于{chinese_date(when) if when else '近日'}收到准予执行裁定书"


def _copy_attachments(summary: CaseSummary, plan: CopyPlan) -> str:
    number = plan.document["doc_number"] or "无文号"
    if plan.code == "copy_application":
        return (f"1. 强制执行申请书（{number}）复印件；2. 行政处罚决定书（{summary.decision_number or '无文号'}）"
                "复印件；3. 送达回证、催告书等证据材料复印件")
    return f"{COPIED_KINDS[plan.code]}（{number}）复印件"


def copy_values(summary: CaseSummary, plan: CopyPlan, bureau: str, procuratorate: str, today: date) -> dict[str, str]:
    kind = COPIED_KINDS[plan.code]
    return {**_common(summary, bureau, today), "procuratorate": procuratorate, "document_kind": kind,
            "title": f"关于报送{kind}的函", "document_number": plan.document["doc_number"] or "无文号",
            "event_sentence": _copy_sentence(summary, plan), "basis": LHASA,
            "seed_quote": LHASA_QUOTES[plan.code], "attachments": _copy_attachments(summary, plan)}


def _ground_lines(summary: CaseSummary, today: date) -> tuple[list[str], dict[str, Any] | None]:
    """One numbered line per ground: missed court deadlines first, then rulings open to supervision."""
    lines: list[str] = []
    ruling_doc = None
    for o in summary.data["obligations"]:
        found = ground_for_rule(o["rule"])
        if found is None or o["status"] != ObligationStatus.OVERDUE:
            continue
        late = (today - date.fromisoformat(o["due"])).days
        lines.append(f"{found.label_zh}（{o['label']}的期限为{o['due']}，已逾期{late}日）。"
                     f"依据：{found.basis}；{found.local_basis}。")
    d3 = rule("apply_supervision")
    for o in _pending(summary, "apply_supervision"):
        doc = _doc(summary, (o["trigger_document"] or {}).get("id"))
        if doc is None:
            continue
        ruling_doc = ruling_doc or doc
        label = RULING_TYPE_LABELS.get(RulingType(doc["ruling_type"]), doc["ruling_type"]) if doc["ruling_type"] \
            else "执行"
        lines.append(f"{doc['doc_number'] or '法院'}裁定{label}，申请人认为该执行活动存在违法情形"
                     f"（申请期限至{o['due']}，为不变期间）。依据：《人民检察院行政诉讼监督规则》第十九条第（四）项、"
                     f"{d3.basis}；{LHASA_SUPERVISION}。")
        if doc["ruling_type"] in (RulingType.NOT_ACCEPTED, RulingType.REFUSE):
            lines.append(APPEAL_FIRST)
    return [f"{i}. {line}" if not line.startswith("提示") else line for i, line in enumerate(lines, 1)], ruling_doc


def _facts(summary: CaseSummary) -> str:
    docs = {d["id"]: d for d in summary.data["documents"]}
    lines = []
    for e in summary.data["events"]:
        label = next((v for k, v in EVENT_LABELS.items() if str(k) == e["kind"]), e["kind"])
        number = (docs.get(e["document_id"]) or {}).get("doc_number")
        estimated = "（日期待核实）" if e["estimated"] else ""
        lines.append(f"{chinese_date(date.fromisoformat(e['date']))}{estimated}，{label}"
                     + (f"（{number}）" if number else "") + "。")
    return "\n".join(lines) or "（请填写案件经过）"


def supervision_values(session: Session, summary: CaseSummary, bureau: str, procuratorate: str,
                       today: date) -> tuple[dict[str, str], dict[str, Any] | None]:
    """The application's values and the ruling it is mainly about (None when only deadlines were missed)."""
    grounds, ruling = _ground_lines(summary, today)
    if not grounds:
        raise ContentError(f"案件 #{summary.case_id} 目前没有可申请检察监督的情形："
                           "法院期限均未逾期，也没有不予受理、不准予执行、中止或终结执行的裁定")
    court_docs = [d for d in summary.data["documents"]
                  if d["doc_type"] in (DocType.COURT_RULING, DocType.COURT_ACCEPTANCE, DocType.ENFORCEMENT_APPLICATION)]
    court = _court_of(session, ruling or court_docs[-1]) if (ruling or court_docs) else "人民法院"
    values = {**_common(summary, bureau, today), "procuratorate": procuratorate, "court": court,
              "title": "检察监督申请书", "court_number": summary.acceptance_number or "案号待补",
              "facts": _facts(summary), "grounds": "\n".join(grounds),
              "attachments": "强制执行申请书、受理案件通知书、行政裁定书、送达回证等材料复印件"}
    return values, ruling


def _suggestion(summary: CaseSummary, document_id: int | None) -> dict[str, Any]:
    suggestions = [d for d in summary.data["documents"] if d["doc_type"] == DocType.PROCURATORIAL_SUGGESTION]
    if document_id is not None:
        found = [d for d in suggestions if d["id"] == document_id]
        if not found:
            raise ContentError(f"文书 #{document_id} 不是案件 #{summary.case_id} 的检察建议书")
        return found[0]
    pending_ids = [(o["trigger_document"] or {}).get("id") for o in _pending(summary, "reply_suggestion")]
    for doc_id in pending_ids:
        doc = _doc(summary, doc_id)
        if doc is not None:
            return doc
    if not suggestions:
        raise ContentError(f"案件 #{summary.case_id} 没有检察建议书，无需回复")
    return suggestions[-1]


def reply_values(session: Session, summary: CaseSummary, document_id: int | None, bureau: str,
                 today: date) -> tuple[dict[str, str], dict[str, Any]]:
    suggestion = _suggestion(summary, document_id)
    issuer = document_values(session, suggestion["id"]).get("issuer")
    received = _event_date(summary, EventKind.SUGGESTION_RECEIVED, suggestion["id"])
    duty = next((o for o in summary.data["obligations"] if o["code"] == "reply_suggestion"
                 and (o["trigger_document"] or {}).get("id") == suggestion["id"]), None)
    number = suggestion["doc_number"] or "无文号"
    issued = date.fromisoformat(suggestion["issue_date"]) if suggestion["issue_date"] else None
    values = {**_common(summary, bureau, today),
              "procuratorate": issuer if isinstance(issuer, str) and issuer else "人民检察院",
              "title": f"关于{number}检察建议落实情况的回复", "suggestion_number": number,
              "suggestion_date": chinese_date(issued) if issued else "（日期待补）",
              "received_date": chinese_date(received) if received else "（日期待补）",
              "due": chinese_date(date.fromisoformat(duty["due"])) if duty else "收到后两个月内",
              "basis": f"{rule('reply_suggestion').basis}；{EZHOU}"}
    return values, suggestion
