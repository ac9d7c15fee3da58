"""Merge what the trained NER model (extractors/training.py) sees into the rules' extraction.

The model never silently overrides a rule: it fills a field the rules missed
(below the review threshold, so a person checks it), confirms a rule's value
(confidence goes up) or disagrees (confidence goes down, its value is offered
as an alternative).  That keeps a model trained on a few corrections from
making the ledger worse while it still learns.
"""

from __future__ import annotations

from spacy.language import Language

from extractors.document import ReadResult
from extractors.field_model import Extracted, Extraction, Span
from extractors.normalise import normalise
from extractors.training import predict
from models.vocab import FieldSource

FILLABLE = ("doc_number", "issuer", "recipient", "location")
FILLED_CONFIDENCE = 0.6
AGREE_BONUS = 0.1
DISAGREE_CAP = 0.7


def _same(a: object, b: object) -> bool:
    return normalise(str(a)).replace(" ", "") == normalise(str(b)).replace(" ", "")


def _merge_scalar(extraction: Extraction, name: str, text: str, span: Span) -> None:
    current = extraction.scalars.get(name)
    if current is None:
        extraction.scalars[name] = Extracted(
            value=text, confidence=FILLED_CONFIDENCE, span=span, source=FieldSource.MODEL
        )
    elif current.source == FieldSource.MODEL:
        return  # the model repeating itself (a name in header and signature) is no new evidence
    elif _same(current.value, text):
        current.confidence = min(0.99, current.confidence + AGREE_BONUS)
    else:
        current.confidence = min(current.confidence, DISAGREE_CAP)
        alternatives = current.extra.setdefault("alternatives", [])
        if text not in alternatives:
            alternatives.append(text)


def _merge_reference(extraction: Extraction, text: str, span: Span) -> None:
    references = extraction.lists.setdefault("references", [])
    if any(_same(ref.value.get("doc_number"), text) for ref in references if isinstance(ref.value, dict)):
        return
    own = extraction.scalars.get("doc_number")
    if own is not None and _same(own.value, text):
        return
    references.append(
        Extracted(value={"doc_number": text}, confidence=FILLED_CONFIDENCE, span=span, source=FieldSource.MODEL)
    )


def apply_model(extraction: Extraction, result: ReadResult, model: Language) -> Extraction:
    for page in result.pages:
        for entity in predict(model, page.text):
            text = entity["text"].strip()
            if not text:
                continue
            span = Span(page=page.number, start=entity["start"], end=entity["end"])
            if entity["field"] in FILLABLE:
                _merge_scalar(extraction, entity["field"], text, span)
            elif entity["field"] == "references":
                _merge_reference(extraction, text, span)
    return extraction
