"""The edits every hard case makes to a clean sample: its text and fields, one checked replacement, the
fields of a copy that lost its title, parties by role.  Shared by hard_cases.py and the per-field modules."""

from __future__ import annotations

from typing import Any

from generator.builder import SampleDoc, expected_fields
from generator.render_text import plain_text

Case = tuple[str, dict[str, Any]]


def clean(doc: SampleDoc) -> Case:
    text = plain_text(doc)
    return text, expected_fields(doc.records, text)


def line_starting(text: str, start: str) -> str:
    """The first whole line that opens with `start` (a label such as 当事人：), the unit most edits replace."""
    return next(line for line in text.splitlines() if line.startswith(start))


def replace_once(text: str, old: str, new: str, count: int = 1) -> str:
    """A planned edit; a sample that no longer prints `old` must fail loudly, not give a silent no-op."""
    assert old in text, old
    return text.replace(old, new, count)


def kind_kept_fields(doc: SampleDoc, text: str, *, no_title: bool = True) -> dict[str, Any]:
    """The facts still printed; the kind stays the clean text's, since the content still shows it."""
    fields = expected_fields(doc.records, text)
    fields["doc_type"] = expected_fields(doc.records, plain_text(doc))["doc_type"]
    if no_title:
        fields.pop("title", None)
    return fields


def names_by_role(fields: dict[str, Any]) -> dict[str, str]:
    return {p["role"]: p["name"] for p in fields.get("parties", [])}
