"""The text every part-B component reads: doc.text with soft line wraps removed.

PDF text layers and OCR break lines at the page edge, mid-word ("第四十\n二条",
"91610125MA6T\nX3K28Q"); a line that fills the width and does not end a sentence
runs on into the next (normalise.unwrap decides, with this module's WrapRule).
Values are read "as written" from it and offsets map back to doc.text for spans.
It lives beside the parties because the party block is where wrapped lines first
break a value.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc

from extractors.field_model import Span
from extractors.fields.party_names import ROLE_LABELS_LONGEST_FIRST
from extractors.fields.printed_text import spaced
from extractors.normalise import WrapRule, unwrapped
from extractors.pipeline import ocr_confidence, raw_text, span_at

__all__ = ["PARTY_WRAPS", "FlatText", "flat_ocr", "flat_sections", "flat_span", "flat_text"]

_NEW_BLOCK = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+\s*[、.]|\(\s*[一二三四五六七八九十\d]+\s*\)|\d+\s*[、.]|"
    + "|".join(spaced(label) for label in ROLE_LABELS_LONGEST_FIRST)  # 当 事 人 letter-spaced opens one too
    + r"|法定代表人|负责人|委托|审判|书记员|执行员|附件|抄送|$"
    + r"|[〔【\[][\u4e00-\u9fff/-]{2,10}[〕】\]])"  # a law database's record field (〔被告〕, 〔本院观点〕)
)


# Brackets a value keeps as the document wrote them (normalise() makes them ASCII for matching).
_WRITTEN_MARKS = frozenset("（）【】﹝﹞［］")


# Most lines of a wrapped page run the full width; table rows are joined by the reader on purpose.
PARTY_WRAPS = WrapRule(median_width=True, drop_footers=False, table_rows=True, block_start=_NEW_BLOCK)


@dataclass(frozen=True)
class FlatText:
    text: str
    origin: tuple[int, ...]  # doc.text offset of each char of text, plus len(doc.text) at the end
    raw: str  # the reader's text at the same positions (before normalise)

    def written(self, start: int, end: int) -> str:
        """A value as written: normalised characters (simplified, ASCII digits), the document's own brackets,
        no whitespace."""
        chars = (self.raw[i] if self._as_printed(i) else self.text[i] for i in range(start, end))
        return re.sub(r"\s+", "", "".join(chars))

    def _as_printed(self, i: int) -> bool:
        """Brackets as printed, and a mask's lower-case x (西安xx公司) that normalise upper-cased to match it."""
        return self.raw[i] in _WRITTEN_MARKS or (self.raw[i] == "x" and self.text[i] == "X")

    def to_doc(self, start: int, end: int) -> tuple[int, int]:
        return self.origin[start], (self.origin[end - 1] + 1 if end > start else self.origin[start])

    def from_doc(self, offset: int) -> int:
        return bisect.bisect_left(self.origin, offset)


def flat_text(doc: Doc) -> FlatText:
    """doc.text without soft wraps or blanked pinyin, computed once per Doc."""
    cached = doc.user_data.get("xianjie_flat_text")
    if isinstance(cached, FlatText):
        return cached
    text = doc._.text
    joined, keep = unwrapped(doc, PARTY_WRAPS)
    raw = raw_text(doc)
    flat = FlatText(joined, (*keep, len(text)), "".join(raw[i] for i in keep))
    doc.user_data["xianjie_flat_text"] = flat
    return flat


def flat_sections(doc: Doc) -> dict[str, tuple[int, int]]:
    flat = flat_text(doc)
    return {name: (flat.from_doc(s), flat.from_doc(e)) for name, (s, e) in (doc._.sections or {}).items()}


def flat_span(doc: Doc, start: int, end: int) -> Span:
    return span_at(doc, *flat_text(doc).to_doc(start, end))


def flat_ocr(doc: Doc, start: int, end: int) -> float:
    return ocr_confidence(doc, *flat_text(doc).to_doc(start, end))
