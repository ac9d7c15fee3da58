"""A reviewer's changes as the web app takes them: checked against the contract, then handed to the ledger.

The ledger (ledger/corrections.py, ledger/linking.py) stores, audits and
recomputes; this module refuses what does not fit a field (a code that does not
exist, a date that is not a date) with a message the reviewer can act on.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlmodel import Session, select

from ledger.corrections import confirm_field, correct_field
from ledger.fields import parse_date
from ledger.linking import resolve_link, split_document
from ledger.obligations import recompute_case
from models.tables import Document, DocumentField
from models.vocab import (
    LIST_FIELDS,
    SCALAR_FIELDS,
    Counting,
    DateRole,
    DocType,
    Executor,
    PartyKind,
    PartyRole,
    RulingType,
)

_CODES: dict[str, type] = {"doc_type": DocType, "ruling_type": RulingType, "executor": Executor}
_NUMBERS = ("fine_amount", "area_m2")
_FLAGS = ("confiscation", "demolition", "return_land")


class CorrectionError(ValueError):
    """A value that does not fit its field; the message is shown to the reviewer (Chinese)."""


def _code(enum: type, value: Any, what: str) -> str:
    try:
        return str(enum(value))
    except ValueError:
        allowed = "、".join(str(m) for m in enum)  # type: ignore[attr-defined]
        raise CorrectionError(f"{what}「{value}」不是有效代码，可选：{allowed}") from None


def _iso(value: Any, what: str) -> str:
    day = parse_date(value) if isinstance(value, str) and len(value.strip()) == 10 else None
    if day is None:
        raise CorrectionError(f"{what}应为 YYYY-MM-DD 格式的日期，收到「{value}」")
    return day.isoformat()


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise CorrectionError(f"{what}不能为空")
    return value.strip()


def _scalar(name: str, value: Any) -> Any:
    if name in _CODES:
        return _code(_CODES[name], value, name)
    if name == "issue_date":
        return _iso(value, "落款日期")
    if name in _NUMBERS:
        try:
            number = float(str(value).replace(",", "").replace("，", ""))
        except ValueError:
            raise CorrectionError(f"{name} 应为数字，收到「{value}」") from None
        if number < 0:
            raise CorrectionError(f"{name} 不能为负数")
        return number
    if name in _FLAGS:
        if isinstance(value, bool):
            return value
        if str(value).strip().lower() in ("true", "1", "是"):
            return True
        if str(value).strip().lower() in ("false", "0", "否"):
            return False
        raise CorrectionError(f"{name} 应为 是/否")
    return _text(value, name)


def _list_item(name: str, value: Any, old: dict[str, Any]) -> dict[str, Any]:
    """Keys the reviewer gave replace the old ones; readings they resolved (alternatives) are dropped."""
    given = value if isinstance(value, dict) else {"value": value}
    item = {k: v for k, v in {**old, **given}.items() if k != "alternatives"}
    if name == "parties":
        item["name"] = _text(item.get("name"), "当事人名称")
        item["role"] = _code(PartyRole, item.get("role"), "当事人角色")
        if item.get("kind") is not None:
            item["kind"] = _code(PartyKind, item["kind"], "当事人类型")
    elif name == "references":
        item["doc_number"] = _text(item.get("doc_number") or item.get("value"), "引用文号")
        item.pop("value", None)
        if item.get("doc_type"):
            item["doc_type"] = _code(DocType, item["doc_type"], "文书类型")
        if item.get("date"):
            item["date"] = _iso(item["date"], "引用文书日期")
    elif name == "dates":
        item["value"] = _iso(item.get("value"), "日期")
        item["role"] = _code(DateRole, item.get("role") or DateRole.OTHER, "日期类型")
    elif name == "stated_deadlines":
        item["value"] = _text(item.get("value"), "载明期限")
        if item.get("unit") is not None:
            item["unit"] = _code(Counting, item["unit"], "计算方式")
    else:
        item["value"] = _text(item.get("value"), name)
    return item


def _existing(session: Session, document_id: int, name: str, index: int | None) -> DocumentField | None:
    return session.exec(
        select(DocumentField).where(
            DocumentField.document_id == document_id, DocumentField.name == name, DocumentField.index == index
        )
    ).first()


def checked_value(session: Session, document_id: int, name: str, value: Any, index: int | None) -> Any:
    """The value as the ledger should store it, or a CorrectionError the reviewer can act on.

    List items are merged over the item they replace, so a form that edits only a
    party's name keeps its kind and identity number.
    """
    if name in SCALAR_FIELDS:
        if index is not None:
            raise CorrectionError(f"字段 {name} 不是列表，不能指定 index")
        return _scalar(name, value)
    if name not in LIST_FIELDS:
        raise CorrectionError(f"未知字段：{name}")
    old: dict[str, Any] = {}
    if index is not None:
        row = _existing(session, document_id, name, index)
        if row is None:
            raise CorrectionError(f"字段 {name} 没有第 {index} 项")
        old = dict(row.value or {})
    return _list_item(name, value, old)


def correct(
    session: Session,
    document: Document,
    name: str,
    value: Any,
    index: int | None,
    *,
    who: str,
    today: date,
    region: str,
    adopted: frozenset[str] | None = None,
) -> DocumentField:
    """Check the value, then let the ledger store it as the reviewer's word and recompute the case."""
    assert document.id is not None
    stored = checked_value(session, document.id, name, value, index)
    return correct_field(
        session, document.id, name=name, value=stored, index=index, who=who, today=today, region=region,
        adopted=adopted,
    )


def confirm(session: Session, document: Document, field_id: int, *, who: str, today: date, region: str,
            adopted: frozenset[str] | None = None) -> None:
    row = session.get(DocumentField, field_id)
    if row is None or row.document_id != document.id:
        raise CorrectionError("没有这个字段")
    confirm_field(session, field_id, who=who, today=today, region=region, adopted=adopted)


def move_to_case(
    session: Session, document: Document, case_id: int | None, *, who: str, today: date, region: str,
    adopted: frozenset[str] | None = None,
) -> int:
    """Re-link a document (None: to a new case of its own); the case it leaves is recomputed too."""
    assert document.id is not None
    old_case = document.case_id
    if case_id == old_case and old_case is not None:
        return old_case
    if case_id is None and old_case is not None:
        case = split_document(session, document.id, who=who, today=today, adopted=adopted)
        return case.id or 0
    new_case = resolve_link(session, document.id, case_id, who=who, today=today, region=region, adopted=adopted)
    if old_case is not None and old_case != new_case:
        recompute_case(session, old_case, today, adopted)
    return new_case
