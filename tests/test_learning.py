"""Learning from corrections: reviewed fields → DocBin → NER model → used by extraction."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from typer.testing import CliRunner

from extractors.document import Page, ReadResult
from extractors.field_model import Extracted, Extraction
from extractors.learned import FILLED_CONFIDENCE, apply_model
from extractors.training import TrainingExample, load_model, train_ner, write_docbin
from models.vocab import FieldSource, Reader

TEXT = (
    "汉阴县自然资源局\n行政处罚决定书\n汉自然资罚〔2024〕第17号\n"
    "当事人：汉阴县鑫源砂石有限公司\n你单位在汉阴县涧池镇双乳村非法占用集体土地……\n"
    "汉阴县自然资源局\n二〇二四年五月八日"
)


def _result(text: str = TEXT) -> ReadResult:
    return ReadResult(path="x.txt", sha256="0" * 64, reader=Reader.TEXT, pages=[Page(1, text)], format="text")


def _ruler_model(patterns: list[dict]) -> spacy.language.Language:
    """A spaCy pipeline whose entities come from fixed patterns: a stand-in with a model's interface."""
    model = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    model.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH"}).add_patterns(patterns)
    return model


def _pattern(label: str, text: str, model: spacy.language.Language | None = None) -> dict:
    nlp = model or spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    return {"label": label, "pattern": [{"ORTH": t.text} for t in nlp.make_doc(text)]}


def test_model_fills_a_missing_field_below_the_review_threshold():
    extraction = Extraction()
    apply_model(extraction, _result(), _ruler_model([_pattern("ISSUER", "汉阴县自然资源局")]))
    issuer = extraction.scalars["issuer"]
    assert issuer.value == "汉阴县自然资源局"
    assert issuer.source == FieldSource.MODEL and issuer.confidence == FILLED_CONFIDENCE < 0.8
    assert TEXT[issuer.span.start : issuer.span.end] == "汉阴县自然资源局"


def test_model_agreeing_raises_confidence_and_disagreeing_lowers_it():
    agree = Extraction(scalars={"issuer": Extracted("汉阴县自然资源局", 0.82)})
    apply_model(agree, _result(), _ruler_model([_pattern("ISSUER", "汉阴县自然资源局")]))
    assert agree.scalars["issuer"].confidence > 0.9 and agree.scalars["issuer"].source == FieldSource.RULE
    disagree = Extraction(scalars={"issuer": Extracted("汉阴县人民政府", 0.95)})
    apply_model(disagree, _result(), _ruler_model([_pattern("ISSUER", "汉阴县自然资源局")]))
    kept = disagree.scalars["issuer"]
    assert kept.value == "汉阴县人民政府" and kept.confidence <= 0.7
    assert kept.extra["alternatives"] == ["汉阴县自然资源局"]


def test_model_reference_is_not_the_documents_own_number():
    own = Extraction(scalars={"doc_number": Extracted("汉自然资罚〔2024〕第17号", 0.95)})
    apply_model(own, _result(), _ruler_model([_pattern("REFERENCE", "汉自然资罚〔2024〕第17号")]))
    assert "references" not in own.lists or not own.lists["references"]


@pytest.mark.slow
def test_training_on_corrections_gives_a_model_the_pipeline_uses(tmp_path: Path):
    examples = []
    for n in range(1, 13):
        text = TEXT.replace("第17号", f"第{n}号")
        start = text.index(f"汉自然资罚〔2024〕第{n}号")
        end = start + len(f"汉自然资罚〔2024〕第{n}号")
        examples.append(TrainingExample(text, [(start, end, "DOC_NUMBER")]))
    docbin = tmp_path / "train.spacy"
    assert write_docbin(examples, docbin) == 12
    metrics = train_ner(docbin, tmp_path / "model", iterations=25)
    assert metrics["documents"] == 12
    model = load_model(tmp_path / "model")
    assert model is not None and "ner" in model.pipe_names
    found = {e.text for e in model(TEXT.replace("第17号", "第40号")).ents}
    assert "汉自然资罚〔2024〕第40号" in found


def test_train_command_refuses_when_nothing_was_reviewed(tmp_path, monkeypatch):
    from xianjie.cli import app
    from xianjie.settings import get_settings

    monkeypatch.setenv("XIANJIE_HOME", str(tmp_path))
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(app, ["train"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 1
    assert "没有已确认或更正的字段" in result.stdout
