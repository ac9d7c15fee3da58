"""Precision/recall/F1 per field of `extract` against NAME.expected.json files, and calibration.

A scalar prediction that differs from the expected value counts twice (a false
positive and a false negative), because a wrong date is worse than a missing one:
it silently makes a wrong deadline.  List fields are compared as multisets of
their identifying keys.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractors.fields.numbers import canonical_doc_number
from extractors.normalise import simplified_spelling
from models.vocab import LIST_FIELDS, SCALAR_FIELDS

EXPECTED_SUFFIX = ".expected.json"
_SPACES = re.compile(r"\s+")


def canonical_text(value: Any) -> str:
    text = simplified_spelling(unicodedata.normalize("NFKC", str(value)))
    return _SPACES.sub("", text).replace("〔", "(").replace("〕", ")").replace("[", "(").replace("]", ")")


def _comparable_number(value: Any) -> str:
    return canonical_doc_number(simplified_spelling(unicodedata.normalize("NFKC", str(value))))


def _scalar_key(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name == "doc_number":
        return _comparable_number(value)
    if name in ("fine_amount", "area_m2"):
        try:
            return round(float(value), 0)
        except (TypeError, ValueError):
            return canonical_text(value)
    if isinstance(value, bool):
        return value
    return canonical_text(value)


def _item_key(name: str, item: dict[str, Any]) -> tuple[Any, ...]:
    if name == "parties":
        return (item.get("role"), canonical_text(item.get("name", "")))
    if name == "references":
        return (_comparable_number(item.get("doc_number", "")),)
    if name == "stated_deadlines":
        return (item.get("days"), item.get("months"), item.get("unit"))
    if name == "dates":
        return (item.get("value"), item.get("role"))
    return (canonical_text(item.get("value", "")),)


@dataclass
class FieldScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn


@dataclass
class Calibration:
    """Counts of right/wrong predictions below and above the review threshold."""

    threshold: float
    below: Counter[str] = field(default_factory=Counter)
    above: Counter[str] = field(default_factory=Counter)

    def add(self, confidence: float, correct: bool) -> None:
        bucket = self.below if confidence < self.threshold else self.above
        bucket["right" if correct else "wrong"] += 1

    @staticmethod
    def wrong_rate(bucket: Counter[str]) -> float:
        total = bucket["right"] + bucket["wrong"]
        return bucket["wrong"] / total if total else 0.0


@dataclass
class Report:
    scores: dict[str, FieldScore] = field(default_factory=dict)
    files: int = 0
    errors: list[str] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)
    calibration: Calibration = field(default_factory=lambda: Calibration(0.8))

    def score(self, name: str) -> FieldScore:
        return self.scores.setdefault(name, FieldScore())

    def merge(self, other: Report) -> None:
        """Fold another folder's report into this one (a total over formats without reading twice)."""
        for name, score in other.scores.items():
            mine = self.score(name)
            mine.tp, mine.fp, mine.fn = mine.tp + score.tp, mine.fp + score.fp, mine.fn + score.fn
        self.files += other.files
        self.errors += other.errors
        self.mismatches += other.mismatches
        self.calibration.below.update(other.calibration.below)
        self.calibration.above.update(other.calibration.above)

    @property
    def micro(self) -> FieldScore:
        total = FieldScore()
        for s in self.scores.values():
            total.tp += s.tp
            total.fp += s.fp
            total.fn += s.fn
        return total


def compare(
    report: Report,
    label: str,
    expected: dict[str, Any],
    predicted: dict[str, Any],
    fields: frozenset[str] | None = None,
) -> None:
    """Add one document's comparison to the report.

    `fields` limits scoring to those names: a corpus labelled only for the core fields
    (real documents labelled by hand) must not count every other prediction as false.
    """
    for name in SCALAR_FIELDS:
        if fields is not None and name not in fields:
            continue
        exp = expected.get(name, {}).get("value") if name in expected else None
        pred_obj = predicted.get(name)
        pred = pred_obj.get("value") if pred_obj else None
        if exp is None and pred is None:
            continue
        score = report.score(name)
        right = exp is not None and pred is not None and _scalar_key(name, exp) == _scalar_key(name, pred)
        if right:
            score.tp += 1
        else:
            if pred is not None:
                score.fp += 1
            if exp is not None:
                score.fn += 1
            report.mismatches.append(f"{label}: {name} expected={exp!r} got={pred!r}")
        if pred_obj is not None:
            report.calibration.add(float(pred_obj.get("confidence", 0.0)), right)
    for name in LIST_FIELDS:
        if fields is not None and name not in fields:
            continue
        _compare_list(report, label, name, expected.get(name) or [], predicted.get(name) or [])


# A document is cited once however many spellings of its number a page prints (淄…罚字[2023]4002号 and
# 淄…罚字〔2023〕4002号): a label listing both spellings names one reference.  Parties stay counted: two
# people may share a masked name (张某).
_ONE_PER_KEY = frozenset({"references"})


def _compare_list(report: Report, label: str, name: str, exp: list[dict], pred: list[dict]) -> None:
    if not exp and not pred:
        return
    want = Counter(_item_key(name, item) for item in exp)
    got = Counter(_item_key(name, item) for item in pred)
    if name in _ONE_PER_KEY:
        want, got = Counter(set(want)), Counter(set(got))
    hit = want & got
    score = report.score(name)
    score.tp += sum(hit.values())
    score.fp += sum((got - hit).values())
    score.fn += sum((want - hit).values())
    remaining = Counter(hit)
    for item in pred:
        key = _item_key(name, item)
        correct = remaining[key] > 0
        if correct:
            remaining[key] -= 1
        report.calibration.add(float(item.get("confidence", 0.0)), correct)
    if want != got:
        report.mismatches.append(
            f"{label}: {name} missing={sorted(map(str, (want - hit).elements()))} "
            f"extra={sorted(map(str, (got - hit).elements()))}"
        )


def sample_pairs(root: Path) -> Iterable[tuple[Path, Path]]:
    """(document, expected file) pairs under root, in a stable order."""
    for expected in sorted(root.rglob(f"*{EXPECTED_SUFFIX}")):
        stem = expected.name[: -len(EXPECTED_SUFFIX)]
        docs = [p for p in expected.parent.glob(f"{stem}.*") if not p.name.endswith(EXPECTED_SUFFIX)]
        if docs:
            yield sorted(docs)[0], expected


def evaluate(
    root: Path,
    extract: Callable[[str], dict[str, Any]],
    *,
    threshold: float = 0.8,
    only: Callable[[Path], bool] | None = None,
    fields: frozenset[str] | None = None,
    label_root: Path | None = None,
) -> Report:
    """Compare every document under root with its expected file.

    Mismatch lines name the document relative to `label_root` (default: root), so
    that per-format runs over sibling folders still say which format a line is from.
    """
    report = Report(calibration=Calibration(threshold))
    for doc, expected_path in sample_pairs(root):
        if only is not None and not only(doc):
            continue
        expected = json.loads(expected_path.read_text(encoding="utf-8")).get("fields", {})
        result = extract(str(doc))
        report.files += 1
        base = label_root or root
        label = str(doc.relative_to(base)) if doc.is_relative_to(base) else str(doc)
        if "error" in result:
            report.errors.append(f"{label}: {result['error']}")
            compare(report, label, expected, {}, fields)
            continue
        compare(report, label, expected, result.get("fields", {}), fields)
    return report
