"""Compose a sample document and its expected extraction from the same facts.

Every fact a template writes goes through a DocBuilder method that returns the
text to print and records the expected value with the exact string shown.  The
expected file of any rendering (a whole document, a photographed first page,
a truncated web copy) then keeps the records whose shown string is in that
rendering's text, so text and expectation cannot drift apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from generator.numerals import arabic_date, capital_yuan, chinese_date

from models.vocab import Counting, DateRole, DocType, PartyKind, PartyRole

SQM_PER_MU = 666.6667
SQM_PER_HECTARE = 10000.0
_SPACE = re.compile(r"\s+")

# The contract's order (shared/contract.md), so expected files read like `extract` output.
FIELD_ORDER = (
    "doc_type",
    "title",
    "doc_number",
    "issuer",
    "recipient",
    "issue_date",
    "parties",
    "references",
    "ruling_type",
    "executor",
    "fine_amount",
    "area_m2",
    "location",
    "confiscation",
    "demolition",
    "return_land",
    "legal_basis",
    "stated_deadlines",
    "dates",
)
ORDERS = ("confiscation", "demolition", "return_land")
BLOCK_KINDS = ("head", "title", "number", "para", "plain", "right", "table", "blank")


@dataclass(frozen=True)
class Block:
    """One layout unit: kinds are listed in BLOCK_KINDS; `rows` only for tables."""

    kind: str
    text: str = ""
    rows: tuple[tuple[str, str], ...] = ()
    seal: bool = False


@dataclass(frozen=True)
class Record:
    field: str
    value: Any
    shown: str


@dataclass
class SampleDoc:
    name: str
    doc_type: DocType
    blocks: list[Block]
    records: list[Record]
    seal_text: str = ""
    photo: bool = False
    party_table: bool = False


def compact(text: str) -> str:
    return _SPACE.sub("", text)


@dataclass
class DocBuilder:
    name: str
    doc_type: DocType
    blocks: list[Block] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)

    def add(self, kind: str, text: str = "", rows: tuple[tuple[str, str], ...] = (), seal: bool = False) -> None:
        assert kind in BLOCK_KINDS, kind
        self.blocks.append(Block(kind, text, rows, seal))

    def scalar(self, name: str, value: Any, shown: str) -> str:
        self.records.append(Record(name, {"value": value}, shown))
        return shown

    def title(self, text: str, spaced: bool = False) -> str:
        """The title; `spaced` prints it letter-spaced (行 政 裁 定 书) as courts often do."""
        shown = " ".join(text) if spaced else text
        self.scalar("doc_type", self.doc_type.value, shown)
        return self.scalar("title", text, shown)

    def date(self, day: date, role: DateRole, style: str = "arabic", zero: str = "〇") -> str:
        shown = chinese_date(day, zero) if style == "chinese" else arabic_date(day)
        self.records.append(Record("dates", {"value": day.isoformat(), "role": role.value}, shown))
        return shown

    def issued(self, day: date, style: str = "chinese", zero: str = "〇") -> str:
        shown = self.date(day, DateRole.ISSUED, style, zero)
        return self.scalar("issue_date", day.isoformat(), shown)

    def party(self, role: PartyRole, name: str, kind: PartyKind) -> str:
        self.records.append(Record("parties", {"role": role.value, "name": name, "kind": kind.value}, name))
        return name

    def ref(self, number: str, doc_type: DocType | None = None, day: date | None = None) -> str:
        value: dict[str, str] = {"doc_number": number}
        if doc_type is not None:
            value["doc_type"] = doc_type.value
        if day is not None:
            value["date"] = day.isoformat()
        self.records.append(Record("references", value, number))
        return number

    def basis(self, law: str, *articles: str) -> str:
        """One citation as written (《法》第A条、第B条), one expected item per law and article."""
        for article in articles:
            self.records.append(Record("legal_basis", {"value": f"《{law}》{article}"}, f"《{law}》"))
        return f"《{law}》" + "、".join(articles)

    def deadline(self, text: str, days: int | None = None, months: int | None = None) -> str:
        if months is not None:
            value: dict[str, Any] = {"value": text, "months": months, "unit": Counting.MONTHS.value}
        else:
            value = {"value": text, "days": days, "unit": Counting.CALENDAR_DAYS.value}
        self.records.append(Record("stated_deadlines", value, text))
        return text

    def fine(self, amount: int, style: str) -> str:
        """Fine as 人民币壹万…元（12345元）, 12,345元 or 5.3万元, the styles real decisions use."""
        if style == "capital":
            shown = f"人民币{capital_yuan(amount)}（¥{amount:,}元）"
        elif style == "wan":
            shown = f"{amount / 10000:g}万元"
        else:
            shown = f"人民币{amount}元"
        return self.scalar("fine_amount", float(amount), shown)

    def order(self, name: str, shown: str) -> str:
        """An order the document itself imposes (没收, 拆除, 退还土地): expected as true."""
        assert name in ORDERS, name
        return self.scalar(name, True, shown)

    def area(self, value: float, unit: str) -> str:
        factor = {"平方米": 1.0, "亩": SQM_PER_MU, "公顷": SQM_PER_HECTARE}[unit]
        shown = f"{value:g}{unit}"
        return self.scalar("area_m2", round(value * factor, 2), shown)

    def doc(self, seal_text: str, photo: bool = False, party_table: bool = False) -> SampleDoc:
        return SampleDoc(self.name, self.doc_type, self.blocks, self.records, seal_text, photo, party_table)


def _merge_reference(found: dict[str, dict[str, str]], value: dict[str, str]) -> None:
    known = found.setdefault(value["doc_number"], {})
    for key, item in value.items():
        known.setdefault(key, item)


def expected_fields(records: list[Record], text: str) -> dict[str, Any]:
    """The expected `fields` for a rendering whose text is `text` (records not shown are dropped)."""
    visible = compact(text)
    fields: dict[str, Any] = {}
    references: dict[str, dict[str, str]] = {}
    for record in records:
        if compact(record.shown) not in visible:
            continue
        if record.field == "references":
            _merge_reference(references, record.value)
        elif record.field in ("parties", "legal_basis", "stated_deadlines", "dates"):
            items = fields.setdefault(record.field, [])
            if record.value not in items:
                items.append(record.value)
        else:
            fields.setdefault(record.field, record.value)
    if references:
        fields["references"] = list(references.values())
    return {name: fields[name] for name in FIELD_ORDER if name in fields}
