"""Length-preserving clean-up of reader text before field extraction.

Every replacement maps one character to one character (an HTML entity becomes
itself-length spaces), so an offset in the normalised text is the same offset
in the reader's text and spans need no mapping table.
"""

from __future__ import annotations

import re

_FULLWIDTH = {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
_FULLWIDTH["\u3000"] = " "
# Brackets and marks that documents mix freely; the Chinese forms are kept for
# 〔〕 year brackets, which are part of a document number's identity.
_MARKS = {"﹝": "〔", "﹞": "〕", "［": "[", "］": "]", "【": "〔", "】": "〕", "\u00a0": " ", "\t": " "}
# Traditional characters seen in published court texts, one to one.
_TRADITIONAL = str.maketrans(
    "號執裁書決處罰國土資源區縣鄉鎮村說請發當們條證據屬實與為義務關機後應於內",
    "号执裁书决处罚国土资源区县乡镇村说请发当们条证据属实与为义务关机后应于内",
)
_ENTITY = re.compile(r"&(?:nbsp|amp|lt|gt|quot|ensp|emsp|#\d{2,5}|#x[0-9a-fA-F]{2,4});")


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def normalise(text: str) -> str:
    """Full-width to ASCII, bracket variants unified, traditional to simplified, entities blanked."""
    out = "".join(_FULLWIDTH.get(ch) or _MARKS.get(ch) or ch for ch in text)
    out = out.translate(_TRADITIONAL)
    out = _ENTITY.sub(_blank, out)
    assert len(out) == len(text)
    return out
