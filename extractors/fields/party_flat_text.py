"""The text every part-B component reads: doc.text with soft line wraps removed.

PDF text layers and OCR break lines at the page edge, mid-word ("第四十\n二条",
"91610125MA6T\nX3K28Q"); a line that fills the width and does not end a sentence
runs on into the next.  Values are read "as written" from it and offsets map
back to doc.text for spans.  It lives beside the parties because the party block
is where wrapped lines first break a value.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc

from extractors.field_model import Span
from extractors.fields.party_names import ROLE_LABELS
from extractors.normalise import GLOSS_BLANK, splits_word
from extractors.pipeline import ocr_confidence, span_at

# "XX公司：" alone on a line: a letter's addressee, never the wrapped end of the line before.
ADDRESSEE_LINE = re.compile(r"^[ \t]*[^\s:：,，。;；|()]{2,40}[:：][ \t]*$", re.M)

_HARD_END = re.compile(r"[。;；:：!！?？”\"〕]\s*$")
_NEW_BLOCK = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+\s*[、.]|\(\s*[一二三四五六七八九十\d]+\s*\)|\d+\s*[、.]|"
    + "|".join(sorted(ROLE_LABELS, key=len, reverse=True))
    + r"|法定代表人|负责人|委托|审判|书记员|执行员|附件|抄送|$)"
)


# Brackets a value keeps as the document wrote them (normalise() makes them ASCII for matching).
_WRITTEN_MARKS = frozenset("（）【】﹝﹞［］")


_SPLIT_LEFT = re.compile(r"(?:第|[0-9零〇一二两三四五六七八九十百千万]|[《〈])$")
_SPLIT_RIGHT = re.compile(r"^[0-9零〇一二两三四五六七八九十百千万]*(?:条|款|项|日|个月|号|元|平方米|亩|公顷)")


@dataclass(frozen=True)
class FlatText:
    text: str
    origin: tuple[int, ...]  # doc.text offset of each char of text, plus len(doc.text) at the end
    raw: str  # the reader's text at the same positions (before normalise)

    def written(self, start: int, end: int) -> str:
        """A value as written: normalised characters (simplified, ASCII digits), the document's own brackets,
        no whitespace."""
        chars = (self.raw[i] if self.raw[i] in _WRITTEN_MARKS else self.text[i] for i in range(start, end))
        return re.sub(r"\s+", "", "".join(chars))

    def to_doc(self, start: int, end: int) -> tuple[int, int]:
        return self.origin[start], (self.origin[end - 1] + 1 if end > start else self.origin[start])

    def from_doc(self, offset: int) -> int:
        return bisect.bisect_left(self.origin, offset)


def _width(line: str) -> int:
    return sum(1 if ord(ch) < 0x2E80 else 2 for ch in line.strip())


def _soft_breaks(text: str) -> set[int]:
    lines = text.split("\n")
    widths = [_width(line) for line in lines]
    wide = sorted(w for w in widths if w >= 40)
    full = wide[len(wide) // 2] if len(wide) >= 3 else None  # most lines of a wrapped page run the full width
    breaks: set[int] = set()
    pos = 0
    for index, line in enumerate(lines[:-1]):
        pos += len(line)
        nxt = lines[index + 1]
        # A break inside a number or an article ("第五十\n三条") is a wrap whatever the line's width.
        inside = (_SPLIT_LEFT.search(line) and _SPLIT_RIGHT.match(nxt)) or splits_word(line, nxt)
        addressee = ADDRESSEE_LINE.fullmatch(nxt)  # "XX公司：" alone on a line starts a letter
        if not addressee and (
            inside
            or (
                full is not None
                and widths[index] >= 0.8 * full
                and "|" not in line  # table rows are joined by the reader on purpose
                and not _HARD_END.search(line)
                and not _NEW_BLOCK.match(nxt)
            )
        ):
            breaks.add(pos)
        pos += 1
    return breaks


def flat_text(doc: Doc) -> FlatText:
    """doc.text without soft wraps or blanked pinyin, computed once per Doc."""
    cached = doc.user_data.get("xianjie_flat_text")
    if isinstance(cached, FlatText):
        return cached
    text = doc._.text
    breaks = _soft_breaks(text)
    keep = [i for i in range(len(text)) if i not in breaks and text[i] != GLOSS_BLANK]
    result = doc._.read_result
    raw = result.text if result is not None and len(result.text) == len(text) else text
    flat = FlatText("".join(text[i] for i in keep), (*keep, len(text)), "".join(raw[i] for i in keep))
    doc.user_data["xianjie_flat_text"] = flat
    return flat


def flat_sections(doc: Doc) -> dict[str, tuple[int, int]]:
    flat = flat_text(doc)
    return {name: (flat.from_doc(s), flat.from_doc(e)) for name, (s, e) in (doc._.sections or {}).items()}


def flat_span(doc: Doc, start: int, end: int) -> Span:
    return span_at(doc, *flat_text(doc).to_doc(start, end))


def flat_ocr(doc: Doc, start: int, end: int) -> float:
    return ocr_confidence(doc, *flat_text(doc).to_doc(start, end))
