"""Learning from reviewers: confirmed extractions → spaCy training data → an NER model.

Rules find most fields; a reviewer's corrections show where they fail.  The
corrections become entity spans on the document text (a DocBin), a small NER
component is trained on them, and the pipeline consults it when it exists:
it fills fields the rules missed (always below the review threshold, so a
person still looks) and raises or lowers confidence when it agrees or not.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example
from spacy.util import filter_spans, minibatch

# Which extraction fields the model learns, and the entity label for each.
FIELD_LABELS: dict[str, str] = {
    "doc_number": "DOC_NUMBER",
    "issuer": "ISSUER",
    "recipient": "RECIPIENT",
    "location": "LOCATION",
    "issue_date": "ISSUE_DATE",
    "parties": "PARTY",
    "references": "REFERENCE",
}
LABEL_FIELDS = {label: name for name, label in FIELD_LABELS.items()}


@dataclass
class TrainingExample:
    text: str
    entities: list[tuple[int, int, str]]  # character offsets in text, label


def blank_pipeline() -> Language:
    return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})


def to_doc(nlp: Language, example: TrainingExample) -> Doc:
    """Entity spans snap outwards to jieba's token edges, since jieba may glue a name to a neighbour."""
    doc = nlp.make_doc(example.text)
    spans = []
    for start, end, label in example.entities:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.ents = filter_spans(spans)
    return doc


def write_docbin(examples: Iterable[TrainingExample], path: Path, nlp: Language | None = None) -> int:
    nlp = nlp or blank_pipeline()
    docbin = DocBin(store_user_data=False)
    count = 0
    for example in examples:
        docbin.add(to_doc(nlp, example))
        count += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(path)
    return count


def train_ner(docbin_path: Path, out_dir: Path, *, iterations: int = 30, seed: int = 0) -> dict[str, float]:
    """Train an NER component from a DocBin and save the pipeline; returns the last epoch's loss."""
    random.seed(seed)
    spacy.util.fix_random_seed(seed)
    nlp = blank_pipeline()
    ner = nlp.add_pipe("ner")
    gold_docs = list(DocBin().from_disk(docbin_path).get_docs(nlp.vocab))
    if not gold_docs:
        raise ValueError("训练数据为空：没有已确认的字段可供学习")
    examples = [Example(nlp.make_doc(d.text), d) for d in gold_docs]
    for label in sorted({ent.label_ for d in gold_docs for ent in d.ents}):
        ner.add_label(label)
    optimizer = nlp.initialize(lambda: examples)
    losses: dict[str, float] = {}
    for _ in range(iterations):
        random.shuffle(examples)
        losses = {}
        for batch in minibatch(examples, size=4):
            nlp.update(batch, sgd=optimizer, losses=losses, drop=0.2)
    out_dir.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out_dir)
    return {"loss": float(losses.get("ner", 0.0)), "documents": float(len(examples))}


def load_model(path: Path | None) -> Language | None:
    if path is None or not (path / "config.cfg").exists():
        return None
    return spacy.load(path)


def predict(model: Language, text: str) -> list[dict[str, Any]]:
    """Entities the model finds: field name, text, character offsets."""
    doc = model(text)
    return [
        {
            "field": LABEL_FIELDS.get(ent.label_, ent.label_),
            "text": ent.text,
            "start": ent.start_char,
            "end": ent.end_char,
        }
        for ent in doc.ents
    ]
