"""The field-extraction pipeline: a blank `zh` spaCy pipeline over one Doc per document.

Like spaCy's own pipelines, extraction is a sequence of small registered
components (extractors/fields/*), each reading the Doc and what earlier
components left on it (`doc._.sections`, `doc._.fields`, `doc._.lists`).
Building the pipeline costs seconds (jieba's dictionary), so it is built once
per process and reused.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from extractors import run_on
from extractors.document import ReadResult
from extractors.field_model import Extracted, Extraction, Span
from extractors.normalise import INSERTED_BREAKS, normalise

USER_DICT = Path(__file__).parent / "data" / "userdict.txt"

# (module under extractors.fields, registered component name), in run order.
COMPONENTS: tuple[tuple[str, str], ...] = (
    ("sections", "xianjie_sections"),
    ("doc_type", "xianjie_doc_type"),
    ("numbers", "xianjie_numbers"),
    ("dates", "xianjie_dates"),
    ("agencies", "xianjie_agencies"),
    ("parties", "xianjie_parties"),
    ("ruling", "xianjie_ruling"),
    ("penalty", "xianjie_penalty"),
    ("legal_basis", "xianjie_legal_basis"),
    ("stated_deadlines", "xianjie_stated_deadlines"),
    # last: caps the confidence of any value above whose shape does not fit its field
    ("plausibility", "xianjie_plausibility"),
)

for _name, _default in (("fields", dict), ("lists", dict), ("sections", dict), ("page_starts", list)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
if not Doc.has_extension("read_result"):
    Doc.set_extension("read_result", default=None)


def _text_once(doc: Doc) -> str:
    """Doc.text, built once per Doc: spaCy rebuilds it from the tokens on every access
    (measured: 40 % of a DOCX's extraction time when components read it repeatedly)."""
    text = doc.user_data.get("xianjie_text")
    if text is None:
        text = doc.user_data["xianjie_text"] = doc.text
    return text


if not Doc.has_extension("text"):
    Doc.set_extension("text", getter=_text_once)


ALL_COMPONENTS: tuple[str, ...] = tuple(module for module, _ in COMPONENTS)


def build_nlp(components: tuple[str, ...] = ALL_COMPONENTS) -> Language:
    """A blank Chinese pipeline segmented by jieba (with our legal user dictionary) plus our components.

    `components` names modules of COMPONENTS to run (always in COMPONENTS order), so a
    test of one component does not need every other component to exist.  Built once
    per process for each distinct selection.
    """
    wanted = set(components)
    return _build(tuple(module for module in ALL_COMPONENTS if module in wanted))


@lru_cache(maxsize=4)
def _build(components: tuple[str, ...]) -> Language:
    import jieba

    jieba.setLogLevel(60)  # its start-up chatter would mix into `extract --json` consumers' stderr logs
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    if USER_DICT.exists():
        _load_user_dict()
    names = dict(COMPONENTS)
    for module in components:
        importlib.import_module(f"extractors.fields.{module}")
        nlp.add_pipe(names[module])
    return nlp


@lru_cache(maxsize=1)
def _load_user_dict() -> None:
    """jieba's dictionary is process-wide, so it is loaded once however many pipelines are built."""
    import jieba

    jieba.setLogLevel(60)
    jieba.load_userdict(str(USER_DICT))


def make_doc(result: ReadResult, nlp: Language | None = None) -> Doc:
    """One Doc over the normalised text; a web copy flattened to one line gets its line breaks back
    (extractors/run_on.py), and `span_at` maps every offset to the text as read."""
    nlp = nlp or build_nlp()
    text = normalise(result.text)
    inserted = run_on.breaks(text)
    doc = nlp.make_doc(run_on.insert(text, inserted) if inserted else text)
    doc.user_data[INSERTED_BREAKS] = run_on.placed(inserted)
    doc.user_data["xianjie_raw"] = run_on.insert(result.text, inserted) if inserted else result.text
    doc._.fields = {}
    doc._.lists = {}
    doc._.sections = {}
    doc._.page_starts = result.page_offsets()
    doc._.read_result = result
    return doc


def extract(
    result: ReadResult, components: tuple[str, ...] = ALL_COMPONENTS, model_dir: Path | None = None
) -> Extraction:
    """Run the rule components; then, when a model trained on reviewers' corrections exists, let it weigh in."""
    nlp = build_nlp(tuple(components))
    doc = make_doc(result, nlp)
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    extraction = Extraction(scalars=dict(doc._.fields), lists={k: list(v) for k, v in doc._.lists.items()})
    model = _learned_model(model_dir)
    if model is not None:
        from extractors.learned import apply_model

        apply_model(extraction, result, model)
    return extraction


def _learned_model(model_dir: Path | None) -> Language | None:
    if model_dir is None or not (Path(model_dir) / "config.cfg").exists():
        return None
    marker = Path(model_dir) / "config.cfg"
    return _load_learned(str(Path(model_dir).resolve()), marker.stat().st_mtime_ns)


@lru_cache(maxsize=2)
def _load_learned(path: str, _mtime_ns: int) -> Language | None:
    """Cached per path and training time, so a re-trained model is picked up without a restart."""
    from extractors.training import load_model

    return load_model(Path(path))


def raw_text(doc: Doc) -> str:
    """The text as read (traditional characters and full-width forms kept), aligned with doc.text."""
    raw = doc.user_data.get("xianjie_raw")
    return raw if isinstance(raw, str) and len(raw) == len(doc._.text) else doc._.text


def span_at(doc: Doc, start: int, end: int) -> Span:
    """Map document-wide character offsets to a page span, with the OCR box of the lines it covers."""
    breaks_at: list[int] = doc.user_data.get(INSERTED_BREAKS) or []
    if breaks_at:
        start, end = run_on.origin(breaks_at, start), run_on.origin(breaks_at, end)
    starts: list[int] = doc._.page_starts or [0]
    index = max(i for i, s in enumerate(starts) if s <= start)
    offset = starts[index]
    span = Span(page=index + 1, start=start - offset, end=end - offset)
    result: ReadResult | None = doc._.read_result
    if result is not None and index < len(result.pages):
        boxes = [
            ln.box
            for ln in result.pages[index].lines
            if ln.box is not None and ln.start < span.end and ln.end > span.start
        ]
        if boxes:
            span.box = (
                min(b[0] for b in boxes),
                min(b[1] for b in boxes),
                max(b[2] for b in boxes),
                max(b[3] for b in boxes),
            )
    return span


def ocr_confidence(doc: Doc, start: int, end: int) -> float:
    """The lowest OCR score of the lines under a span (1.0 for born-digital text)."""
    span = span_at(doc, start, end)
    result: ReadResult | None = doc._.read_result
    if result is None or span.page > len(result.pages):
        return 1.0
    scores = [
        ln.confidence
        for ln in result.pages[span.page - 1].lines
        if ln.confidence is not None and ln.start < span.end and ln.end > span.start
    ]
    return min(scores) if scores else 1.0


def set_field(doc: Doc, name: str, value: Extracted) -> None:
    doc._.fields[name] = value


def add_item(doc: Doc, name: str, value: Extracted) -> None:
    doc._.lists.setdefault(name, []).append(value)
