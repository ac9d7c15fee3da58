"""Run the whole field pipeline on a snippet of text, as the text reader would hand it over."""

from __future__ import annotations

from typing import Any

from extractors.document import Page, ReadResult
from extractors.pipeline import ALL_COMPONENTS, extract
from models.vocab import Reader


def everything(text: str, components: tuple[str, ...] = ALL_COMPONENTS) -> dict[str, Any]:
    result = ReadResult(path="t.txt", sha256="0", reader=Reader.TEXT, pages=[Page(number=1, text=text)], format="text")
    return extract(result, components).to_json()


def party_keys(found: dict[str, Any]) -> set[tuple[str, str]]:
    return {(p["role"], p["name"]) for p in found.get("parties", [])}


def reference_numbers(found: dict[str, Any]) -> set[str]:
    return {ref["doc_number"] for ref in found.get("references", [])}
