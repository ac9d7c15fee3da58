"""Extracted values with their source span and confidence, and their JSON form (contract.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from extractors.document import Box
from models.vocab import LIST_FIELDS, SCALAR_FIELDS, FieldSource


@dataclass
class Span:
    page: int  # 1-based
    start: int  # character offsets in that page's reader text
    end: int
    box: Box | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"page": self.page, "start": self.start, "end": self.end}
        if self.box is not None:
            out["box"] = [round(v, 1) for v in self.box]
        return out


@dataclass
class Extracted:
    """One value.  A dict value (a party, a reference) is spread into the JSON object,
    a scalar goes under "value"; `extra` carries field-specific keys (a date's role,
    a stated deadline's days and unit, alternatives a reviewer should see)."""

    value: Any
    confidence: float
    span: Span | None = None
    source: FieldSource = FieldSource.RULE
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.value) if isinstance(self.value, dict) else {"value": self.value}
        out.update(self.extra)
        out["confidence"] = round(self.confidence, 3)
        if self.span is not None:
            out["span"] = self.span.to_json()
        out["source"] = str(self.source)
        return out


@dataclass
class Extraction:
    """All fields of one document.  Absent fields are simply not in the dicts."""

    scalars: dict[str, Extracted] = field(default_factory=dict)
    lists: dict[str, list[Extracted]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in SCALAR_FIELDS:
            if name in self.scalars:
                out[name] = self.scalars[name].to_json()
        for name in LIST_FIELDS:
            if self.lists.get(name):
                out[name] = [item.to_json() for item in self.lists[name]]
        for name, value in self.scalars.items():  # fields added later than vocab
            out.setdefault(name, value.to_json())
        return out
