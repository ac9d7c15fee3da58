"""Canonical forms of document numbers (文号/案号) and party names, so variants link.

One number is written many ways: 户国土罚字〔2016〕第126号, 户国土罚字[2016]126号,
户国土罚字（2016）第 126 號.  Linking compares canonical keys, never the text as
written.  (extractors/ has its own canonical form for extraction; ledger/ may not
import it, and the key only has to agree with itself.)
"""

from __future__ import annotations

import re

_FULLWIDTH = {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
_OPEN = "〔[(（【﹝〖［｛{"
_CLOSE = "〕])）】﹞〗］｝}"
_BRACKETS = {**{ch: "(" for ch in _OPEN}, **{ch: ")" for ch in _CLOSE}}
_TRADITIONAL = str.maketrans("號執罰處決書國資",
                             "号执罚处决书国资")
_SPACE = re.compile(r"\s+")
_LEADING_ZEROS = re.compile(r"(?<![0-9])0+(?=[0-9]+号)")
_MASK = re.compile(r"^[*＊×xX某]+$")
# Numbers of judicial interpretations and national notices: cited by many cases, never case documents.
_NORMATIVE_ISSUERS = "法释|法发|法办|法|国发|国办发|国办函|高检发|高检发释字|国土资发|国土资规|自然资发|自然资规"
_NORMATIVE = re.compile(rf"^({_NORMATIVE_ISSUERS})\(\d{{4}}\)")


def _halfwidth(text: str) -> str:
    return "".join(_FULLWIDTH.get(ch, ch) for ch in text.replace("\u3000", " "))


def canonical_doc_number(text: str) -> str:
    """One key for every way of writing the same document or case number."""
    out = "".join(_BRACKETS.get(ch, ch) for ch in text)
    out = _halfwidth(out)
    out = "".join(_BRACKETS.get(ch, ch) for ch in out)
    out = out.translate(_TRADITIONAL)
    out = _SPACE.sub("", out).replace("第", "")
    out = _LEADING_ZEROS.sub("", out)
    return out.upper()


def canonical_name(text: str) -> str:
    """A party name key: width, brackets and spaces do not make a different party."""
    out = _halfwidth(text)
    out = "".join(_BRACKETS.get(ch, ch) for ch in out)
    out = out.translate(_TRADITIONAL)
    return _SPACE.sub("", out)


def is_masked_name(text: str) -> bool:
    """Masked or placeholder names (***, 张某某, 某公司) cannot identify a party on their own."""
    key = canonical_name(text)
    return not key or "*" in key or "某" in key or "×" in key or bool(_MASK.match(key))


def is_normative_number(key: str) -> bool:
    """A canonical key of a 司法解释 / 国务院文件 number (法释〔2018〕1号): it links nothing."""
    return bool(_NORMATIVE.match(key))
