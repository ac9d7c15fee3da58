"""What names look like: a person's, an organisation's, and the places an agency is named after.

The party finders cut names out of running text; when a cut goes wrong the
damage has a shape of its own — a form label glued on ("…农场营业执照"), a
case side run on ("A与被告B"), a place that lost its first character
("牌县人民政府").  These are the shapes the plausibility checks compare a
value with.  The organisation endings and identity labels the finders already
use are imported, so each word list has one home.
"""

from __future__ import annotations

import re
import zipfile
from functools import lru_cache
from pathlib import Path

from extractors.fields.party_form_rows import GLUED_ROW_LABELS
from extractors.fields.party_names import IDENTITY_WORDS, ORG_SUFFIX, ROLE_LABELS_LONGEST_FIRST
from extractors.fields.sections import FORM_LABELS

# Masks a published copy puts in place of characters (李××, 乔**, 王某某, 张○).
MASK_CHARS = "*＊×xXＸ某○〇"
_CJK = r"\u4e00-\u9fff"
# A person: two to four characters, any of them but the first may be masked; a minority
# name joins its parts with a middle dot (阿依古丽·买买提).
# A copy masking many namesakes numbers them (欧某1, 欧某2) or letters them (王某甲, 王某A).
_PERSON = re.compile(
    rf"[{_CJK}][{_CJK}{re.escape(MASK_CHARS)}]{{1,3}}|[{_CJK}]{{1,2}}某\d{{1,2}}|[{_CJK}]{{1,2}}某[A-Z]"
    rf"|[{_CJK}]{{1,10}}·[{_CJK}·]{{1,15}}"
)
# Endings of bodies the finders' list leaves out: temples, village groups, households (个体工商户),
# reservoirs, an office known by its short form (专员办, 街道办).
_MORE_ORG_ENDINGS = re.compile(r"(?:寺|庙|宫|观|庵|小组|组|村|屯|庄|行|坊|铺|苑|吧|户|库|办)$")
_TRAILING_NOTE = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")
_MASK_RUN_END = re.compile(rf"[{re.escape(MASK_CHARS)}]{{2,}}$")
# Labels of a registration form or an evidence list that a flattened row glues onto the name before them.
_FORM_WORD_END = re.compile(
    r"(?:"
    + IDENTITY_WORDS
    + "|"
    + FORM_LABELS
    + "|"
    + GLUED_ROW_LABELS
    + r"|执照|证照|证号|编号|类别|类型|名称|姓名|单位|地点|情况|显示|记载|表明|签名|签字|盖章)$"
)
# A role label inside a name: the next side of a case headline, or the sentence that names the role
# (张某以XX政府为被申请人).  第三人民医院 is a hospital, not a third party.
_ROLE_INSIDE = re.compile(
    "|".join(
        re.escape(label) + ("(?!民)" if label.endswith("第三人") else "")
        for label in ROLE_LABELS_LONGEST_FIRST
    )
)


def core_name(name: str) -> str:
    """The name without spaces and without a bracketed note after it (曾用名…, 以下简称…)."""
    return _TRAILING_NOTE.sub("", re.sub(r"\s+", "", name))


def is_person_shaped(name: str) -> bool:
    return bool(_PERSON.fullmatch(core_name(name)))


# Four characters name a person mostly under a double surname (欧阳, 司马) or two joined surnames; inside a
# sentence a four-character run after 原告 is far more often a noun phrase (原告养殖区属于…).
_DOUBLE_SURNAMES = tuple(
    re.findall(
        r"\S+",
        "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 钟离 端木 南宫 独孤 西门 "
        "万俟 闻人 澹台 公冶 太叔 申屠 赫连 呼延 拓跋 百里 东郭 濮阳 左丘 第五",
    )
)


def is_plain_person(name: str) -> bool:
    """A person's name as a sentence would print it: two or three characters, a mask, or a double surname."""
    core = core_name(name)
    if not _PERSON.fullmatch(core):
        return False
    return len(core) <= 3 or any(ch in MASK_CHARS for ch in core) or core.startswith(_DOUBLE_SURNAMES) or "·" in core


def has_org_ending(name: str) -> bool:
    """An organisation ends in what it is (公司, 局, 合作社…); a masked ending (永定区XX) may hide it."""
    core = core_name(name)
    return bool(ORG_SUFFIX.search(core) or _MORE_ORG_ENDINGS.search(core) or _MASK_RUN_END.search(core))


def ends_in_form_word(name: str) -> bool:
    return bool(_FORM_WORD_END.search(core_name(name)))


def holds_role_label(name: str) -> bool:
    return bool(_ROLE_INSIDE.search(core_name(name)))


# ---- places -----------------------------------------------------------------

_JIONLP_DICTIONARY = ("jionlp", "dictionary")
# One administrative level ends the first place word of an agency's name (双牌县, 沅江市, 鄂城区).
_UNITS = "省市县区旗州盟"
_PLACE_WORD = re.compile(rf"[{_CJK}]{{1,4}}[{_UNITS}]")
_LONGEST_PLACE = 10


def _dictionary_dir() -> Path | None:
    import importlib.util

    spec = importlib.util.find_spec(_JIONLP_DICTIONARY[0])
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / _JIONLP_DICTIONARY[1]


def _gazetteer_text(folder: Path) -> str:
    """jionlp ships the gazetteer zipped and unzips it on its own first use: a fresh install has only the zip."""
    plain = folder / "china_location.txt"
    if plain.exists():
        return plain.read_text(encoding="utf-8")
    with zipfile.ZipFile(folder / "china_location.zip") as archive:
        return archive.read("china_location.txt").decode("utf-8")


@lru_cache(maxsize=1)
def known_places() -> frozenset[str]:
    """Provinces, cities and counties (full names and short forms) from jionlp's gazetteer, with the
    names changed since; towns and villages are left out, an agency's name starts above them.

    Read from the file directly (0.15 s once) instead of importing jionlp, whose import loads far more.
    """
    folder = _dictionary_dir()
    if folder is None:
        return frozenset()
    text = _gazetteer_text(folder)
    names: set[str] = set()
    for match in re.finditer(r"^\t{0,2}([^\t\r\n]+)\t\d+\t([^\t\r\n]+)", text, re.M):
        names.update(match.groups())
    changes = folder / "china_location_change.txt"
    if changes.exists():
        for line in changes.read_text(encoding="utf-8").splitlines():
            old = line.split("=>")[0].split("\t")[2:]
            names.update(part for part in old if part)
    return frozenset(names)


def first_place(text: str, start: int, end: int) -> int | None:
    """Where the first known place name (two to eight characters) starts at an offset in [start, end)."""
    places = known_places()
    return next((i for i in range(start, end) if any(text[i : i + n] in places for n in range(2, 9))), None)


@lru_cache(maxsize=1)
def _place_tails() -> frozenset[str]:
    """Every ending of a known place name that is itself shaped like a place (双牌县 → 牌县)."""
    tails: set[str] = set()
    for name in known_places():
        for cut in range(1, len(name) - 1):
            tail = name[cut:]
            if _PLACE_WORD.fullmatch(tail):
                tails.add(tail)
    return frozenset(tails)


def lost_place_head(name: str) -> str | None:
    """The place word a name starts with when it is only the end of a known place (牌县 of 双牌县): a name
    that lost its first character.  Only the start is looked at, where a cut goes wrong; a place no
    gazetteer knows that is no known place's ending (a renamed county, a development zone) is not doubted."""
    places = known_places()
    core = core_name(name)
    words = [core[: end + 1] for end in range(1, min(_LONGEST_PLACE, len(core))) if core[end] in _UNITS]
    if not places or not words or any(word in places for word in words):
        return None
    return words[0] if words[0] in _place_tails() else None


# A basic or intermediate court named by one place alone (常山县人民法院, 南京市中级人民法院): the short name a
# site files a court under, which the judgment's own header prints with the province or city above it.
ONE_PLACE_COURT = re.compile(r"[^省市县区旗]{1,7}[市县区旗](?:中级)?人民法院")
