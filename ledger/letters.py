"""Letters the bureau sends the procuratorate: the 7-working-day copies, supervision drafts, replies.

Drafting a letter files it in the ledger's letter register (the audit trail,
entity "letters": what was drafted, for which duty, where the file is) but
fulfils nothing: a draft in a drawer is not a copy sent.  Only `mark_sent`
— a clerk saying "this went out on that day" — files the letter as a document
of its case (archived byte for byte, as finally edited), from which the ledger
derives the 抄送 / 申请监督 / 回复 event, and recomputes the case so the
matching duty closes.  The register's entries are the letter ids.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from ledger.archive import archive_file, sha256_file
from ledger.audit import audit
from ledger.case_summary import CaseSummary, summarise_case
from ledger.docx_templates import render_docx
from ledger.letter_content import CopyPlan, copy_values, reply_values, supervision_values
from ledger.linking import attach_document
from ledger.obligations import recompute_case
from ledger.record import record_document
from models.tables import AuditEntry, Document
from models.vocab import DocType

LETTERS = "letters"
DEFAULT_PROCURATORATE = "同级人民检察院"


class LetterKind(StrEnum):
    COPY = "copy"  # 抄送函 (rules.md C4, C6, C9)
    SUPERVISION = "supervision"  # 检察监督申请书 (D3, grounds)
    REPLY = "reply"  # 检察建议回复 (D1)


TEMPLATES = {LetterKind.COPY: "copy_letter.docx", LetterKind.SUPERVISION: "supervision_application.docx",
             LetterKind.REPLY: "suggestion_reply.docx"}
# What the sent letter is filed as, so the ledger derives the right event from it (ledger/events.py).
FILED_AS = {LetterKind.COPY: DocType.OTHER, LetterKind.SUPERVISION: DocType.SUPERVISION_APPLICATION,
            LetterKind.REPLY: DocType.SUGGESTION_REPLY}
NUMBER_WORDS = {LetterKind.COPY: "抄送", LetterKind.SUPERVISION: "监督申请", LetterKind.REPLY: "回复"}


class LetterError(ValueError):
    """Why a letter cannot be drafted or marked sent, in Chinese for the clerk."""


@dataclass
class Letter:
    id: int
    kind: LetterKind
    case_id: int
    path: Path
    number: str
    title: str
    drafted_on: date
    obligation_code: str | None = None
    document_id: int | None = None  # the document the letter is about (copied, appealed, replied to)
    cited_number: str | None = None
    cited_type: str | None = None
    recipient: str = DEFAULT_PROCURATORATE
    issuer: str = ""
    sent_on: date | None = None
    sent_document_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": str(self.kind), "case_id": self.case_id, "path": str(self.path),
                "number": self.number, "title": self.title, "drafted_on": self.drafted_on.isoformat(),
                "obligation_code": self.obligation_code, "document_id": self.document_id,
                "cited_number": self.cited_number, "cited_type": self.cited_type, "recipient": self.recipient,
                "issuer": self.issuer, "sent_on": self.sent_on.isoformat() if self.sent_on else None,
                "sent_document_id": self.sent_document_id}


@dataclass(frozen=True)
class LetterSettings:
    """Who writes to whom and where letters go; the command line fills it from xianjie settings."""

    out_dir: Path
    templates_dir: Path | None = None
    bureau: str | None = None  # default: the case's applying/deciding agency
    procuratorate: str = DEFAULT_PROCURATORATE


def _from_entry(entry: AuditEntry) -> Letter:
    data = dict(entry.new or {})
    sent = _sent_entry_data(data)
    return Letter(
        id=entry.id or 0, kind=LetterKind(data["kind"]), case_id=data["case_id"], path=Path(data["path"]),
        number=data["number"], title=data["title"], drafted_on=date.fromisoformat(data["drafted_on"]),
        obligation_code=data.get("obligation_code"), document_id=data.get("document_id"),
        cited_number=data.get("cited_number"), cited_type=data.get("cited_type"),
        recipient=data.get("recipient", DEFAULT_PROCURATORATE), issuer=data.get("issuer", ""),
        sent_on=sent[0], sent_document_id=sent[1],
    )


def _sent_entry_data(data: dict[str, Any]) -> tuple[date | None, int | None]:
    sent = data.get("sent_on")
    return (date.fromisoformat(sent) if sent else None), data.get("sent_document_id")


def get_letter(session: Session, letter_id: int) -> Letter:
    entry = session.get(AuditEntry, letter_id)
    if entry is None or entry.entity != LETTERS or entry.action != "draft":
        raise LetterError(f"没有编号为 {letter_id} 的函件")
    letter = _from_entry(entry)
    sent = session.exec(select(AuditEntry).where(AuditEntry.entity == LETTERS, AuditEntry.entity_id == letter_id,
                                                 AuditEntry.action == "mark_sent")).first()
    if sent is not None:
        letter.sent_on, letter.sent_document_id = _sent_entry_data(dict(sent.new or {}))
    return letter


def list_letters(session: Session, case_id: int | None = None) -> list[Letter]:
    entries = session.exec(select(AuditEntry).where(AuditEntry.entity == LETTERS, AuditEntry.action == "draft")
                           .order_by(col(AuditEntry.id))).all()
    letters = [get_letter(session, e.id or 0) for e in entries]
    return [x for x in letters if case_id is None or x.case_id == case_id]


def _register(session: Session, letter: Letter, who: str) -> Letter:
    """The register entry is the letter's id; its entity_id points at itself like every later entry."""
    data = letter.to_json()
    entry = audit(session, who=who, entity=LETTERS, entity_id=None, action="draft", new=data)
    session.flush()
    entry.entity_id = letter.id = entry.id or 0
    entry.new = {**data, "id": letter.id}
    session.add(entry)
    session.flush()
    return letter


def _number(kind: LetterKind, today: date, session: Session) -> str:
    count = len([x for x in list_letters(session) if x.kind == kind and x.drafted_on.year == today.year])
    return f"{NUMBER_WORDS[kind]}〔{today.year}〕{count + 1}号"


def _draft(session: Session, kind: LetterKind, summary: CaseSummary, values: dict[str, str], settings: LetterSettings,
           today: date, who: str, out: Path | None, **about: Any) -> Letter:
    number = _number(kind, today, session)
    values = {**values, "letter_number": number}
    name = f"案件{summary.case_id}_{values['title']}_{number}.docx"
    path = out or settings.out_dir / name.replace("〔", "(").replace("〕", ")")
    render_docx(TEMPLATES[kind], values, path, settings.templates_dir)
    letter = Letter(id=0, kind=kind, case_id=summary.case_id, path=path, number=number, title=values["title"],
                    drafted_on=today, recipient=values["procuratorate"], issuer=values["bureau"], **about)
    return _register(session, letter, who)


def _bureau(summary: CaseSummary, settings: LetterSettings) -> str:
    return settings.bureau or summary.agency or "自然资源主管部门"


def draft_copy_letter(session: Session, case_id: int, settings: LetterSettings, *, today: date,
                      document_id: int | None = None, out: Path | None = None, who: str = "system") -> Letter:
    """The 抄送/报送函 covering a 7-working-day copy: the application, the acceptance notice or the ruling."""
    summary = summarise_case(session, case_id, today)
    plan = CopyPlan.choose(session, summary, document_id)
    values = copy_values(summary, plan, _bureau(summary, settings), settings.procuratorate, today)
    return _draft(session, LetterKind.COPY, summary, values, settings, today, who, out,
                  obligation_code=plan.code, document_id=plan.document["id"],
                  cited_number=plan.document["doc_number"], cited_type=plan.document["doc_type"])


def draft_supervision_application(session: Session, case_id: int, settings: LetterSettings, *, today: date,
                                  out: Path | None = None, who: str = "system") -> Letter:
    """A 检察监督申请书 draft listing each ground found in the case with its basis."""
    summary = summarise_case(session, case_id, today)
    values, ruling = supervision_values(session, summary, _bureau(summary, settings), settings.procuratorate, today)
    return _draft(session, LetterKind.SUPERVISION, summary, values, settings, today, who, out,
                  obligation_code="apply_supervision", document_id=ruling["id"] if ruling else None,
                  cited_number=ruling["doc_number"] if ruling else None, cited_type=DocType.COURT_RULING)


def draft_suggestion_reply(session: Session, case_id: int, settings: LetterSettings, *, today: date,
                           document_id: int | None = None, out: Path | None = None, who: str = "system") -> Letter:
    """The skeleton of a reply to a 检察建议书, with its number, dates and the 2-month deadline."""
    summary = summarise_case(session, case_id, today)
    values, suggestion = reply_values(session, summary, document_id, _bureau(summary, settings), today)
    return _draft(session, LetterKind.REPLY, summary, values, settings, today, who, out,
                  obligation_code="reply_suggestion", document_id=suggestion["id"],
                  cited_number=suggestion["doc_number"], cited_type=DocType.PROCURATORIAL_SUGGESTION)


def _letter_extraction(letter: Letter, sha256: str, sent_on: date) -> dict[str, Any]:
    """The letter as an `extract` JSON line: what it is, who sent it to whom, when, and what it cites."""
    def item(value: Any) -> dict[str, Any]:
        return {"value": value, "confidence": 1.0, "source": "rule"}

    fields: dict[str, Any] = {
        "doc_type": item(str(FILED_AS[letter.kind])), "title": item(letter.title), "doc_number": item(letter.number),
        "issuer": item(letter.issuer), "recipient": item(letter.recipient), "issue_date": item(sent_on.isoformat()),
        "dates": [{**item(sent_on.isoformat()), "role": "issued"}],
    }
    if letter.cited_number:
        ref = {"doc_number": letter.cited_number, "confidence": 1.0, "source": "rule"}
        fields["references"] = [{**ref, "doc_type": letter.cited_type} if letter.cited_type else ref]
    return {"file": letter.path.name, "sha256": sha256, "reader": "docx", "pages": 1, "seconds": 0.0,
            "fields": fields}


def mark_sent(session: Session, letter_id: int, *, sent_on: date, home: Path, today: date,
              who: str = "system", adopted: frozenset[str] | None = None) -> Letter:
    """File the sent letter under its case and recompute the case, which closes the duty it fulfils."""
    letter = get_letter(session, letter_id)
    if letter.sent_on is not None:
        raise LetterError(f"函件 {letter.number} 已于 {letter.sent_on.isoformat()} 标记为已发出")
    if not letter.path.is_file():
        raise LetterError(f"找不到函件文件：{letter.path}（请放回原处后再标记）")
    if sent_on < letter.drafted_on:
        raise LetterError(f"发出日期 {sent_on.isoformat()} 早于起草日期 {letter.drafted_on.isoformat()}")
    sha256 = sha256_file(letter.path)
    stored = archive_file(letter.path, home, sha256=sha256)
    outcome = record_document(session, sha256=sha256, original_name=letter.path.name, archive_path=str(stored),
                              extraction=_letter_extraction(letter, sha256, sent_on), who=who)
    document = session.get(Document, outcome.document_id)
    assert document is not None
    attach_document(session, document, letter.case_id, how="letter", who=who)
    letter.sent_on, letter.sent_document_id = sent_on, outcome.document_id
    audit(session, who=who, entity=LETTERS, entity_id=letter_id, action="mark_sent",
          new={"sent_on": sent_on, "sent_document_id": outcome.document_id, "number": letter.number})
    recompute_case(session, letter.case_id, today, adopted)
    return letter
