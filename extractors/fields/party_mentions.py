"""Parties a court ruling names outside its party block: the site's case-name headline and the facts.

Web copies of rulings often lose the party block (findlaw's re-sectioned pages
start at 审理经过; excerpts start mid-text) while the page headline still reads
"申请执行人与被执行人…裁定书" and the facts still say "以被执行人XX未经批准…".
The headline masks names more than the text does (柘荣**源局 for 柘荣县国土资源局),
so a masked headline name is replaced by the text's unmasked spelling when one fits.
Everything here works on plain text and returns offsets; parties.py turns the
hits into parties.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from extractors.fields.case_headline import COURT_KINDS, read_case_names
from extractors.fields.name_shapes import known_places, lost_place_head

_CASE_NAME = re.compile(r"案件名称[ \t]*[:：|]?[ \t]*\n?[ \t]*(?P<value>[^\n|]{4,80})")
_MASK_RUN = re.compile(r"[*×X某]+")
RESPONDENT_MENTION = re.compile(
    r"(?:被申请执行人|被执行人|被申请人)(?P<name>[\u4e00-\u9fff*×X()]{2,40}?)"
    r"(?=未经|未按|非法|擅自|存在|违法|拒不|逾期|至今|收到|在(?:收到|法定|规定|指定|限期)|于\d|在\S{0,12}(?:占用|建设|修建)"
    r"|作出)"  # the decision made on it: 申请人X局于…对被申请人Y公司作出…处罚决定
)

# A ruling whose header was cut opens with the applicant's sentence ("申请人XX森林公安局于…向本院申请…",
# "申请执行人：XX局，…"): the applicant is an agency, so its name ends in an agency's suffix.
APPLICANT_MENTION = re.compile(
    r"(?<![被\u4e00-\u9fff])(?:复议申请人|申请执行人|申请人)\s*[:：]?\s*"
    r"(?P<name>[\u4e00-\u9fff()]{2,40}?(?:局|政府|委员会|办事处|中心|所|站|队|院|管理处|街道办))"
    r"(?=于\s*[\d〇○一二]|向本院|向我院|向法院|申请|[,，。;；:：(\s]|$)"
)


@dataclass(frozen=True)
class Mention:
    name: str
    start: int
    end: int


def case_name(text: str, headline: tuple[int, int] | None) -> tuple[int, int] | None:
    """Where the case name is printed: the page headline, else a case table's 案件名称 value."""
    if headline is not None:
        return headline
    found = _CASE_NAME.search(text, 0, min(len(text), 3000))
    if found is None:
        return None
    kind = re.search("|".join(COURT_KINDS), found.group("value"))  # a wrapped table may run the next cell on
    return (found.start("value"), found.start("value") + kind.end()) if kind else found.span("value")


def headline_names(text: str, span: tuple[int, int]) -> tuple[Mention, Mention] | None:
    """The applicant and the respondent a case name puts on either side of 与."""
    start, end = span
    while end > start and text[end - 1] in " \t|":
        end -= 1
    # an appeal's or a lawsuit's headline names no applicant and respondent
    found = next((n for n in read_case_names(text, start, end) if n.kind in COURT_KINDS and not n.lawsuit), None)
    if found is None:
        return None
    a, b = (Mention(text[s:e], s, e) for s, e in (found.first, found.second))
    return a, b


def unmasked(name: str, text: str) -> Mention | None:
    """The text's spelling of a masked name ("柘荣**源局" → "柘荣县国土资源局"), when exactly one fits."""
    parts = [re.escape(part) for part in _MASK_RUN.split(name)]
    if len(parts) < 2 or not parts[0] or not parts[-1]:  # a masked given name (邓**) stays as printed
        return None
    match = _one_spelling(r"[\u4e00-\u9fff]{1,6}".join(parts), text, keep=lambda spelling: not masked(spelling))
    return Mention(match.group(0), match.start(), match.end()) if match else None


def placed(name: str, text: str) -> Mention | None:
    """The text's one formal spelling of a name a case title gave without its places: the body introduces
    the side in full before a short form (广东省海丰县海丽…有限公司(以下简称海丽公司) for the title's
    海丽…有限公司)."""
    places = known_places()
    spellings: dict[str, Mention] = {}
    for found in re.finditer(re.escape(name) + r"(?=[(（]以下简?称)", text):
        longest = min(12, found.start())  # the places stand before the name, inside the text
        head = max(
            (n for n in range(2, longest + 1) if _all_places(text[found.start() - n : found.start()], places)),
            default=0,
        )
        if head:
            spelling = text[found.start() - head : found.end()]
            spellings[spelling] = Mention(spelling, found.start() - head, found.end())
    return next(iter(spellings.values())) if len(spellings) == 1 else None


def _all_places(words: str, places: frozenset[str]) -> bool:
    """The words are known places one after another (广东省海丰县)."""
    if not words:
        return True
    return any(words[:n] in places and _all_places(words[n:], places) for n in range(2, min(7, len(words)) + 1))


def masked(name: str) -> bool:
    """A name printed with a mask (王**, 李××, 张某) in place of some of its characters."""
    return _MASK_RUN.search(name) is not None


def _one_spelling(pattern: str, text: str, keep: Callable[[str], bool] = lambda _: True) -> re.Match[str] | None:
    """The one spelling in the text that a name with unknown characters can stand for; none when several do."""
    spellings = {m.group(0): m for m in re.finditer(pattern, text) if keep(m.group(0))}
    return next(iter(spellings.values())) if len(spellings) == 1 else None


def uncut(name: str, text: str) -> str | None:
    """The text's whole spelling of a name a site cut at its start (州市城郊乡人民政府 for 林州市城郊乡人民政府),
    when the name starts with only the end of a known place and exactly one longer spelling in the text
    starts with a whole one."""
    if lost_place_head(name) is None:
        return None
    places = known_places()
    whole = set()
    for found in re.finditer(re.escape(name), text):
        for cut in range(1, 4):
            spelling = text[max(0, found.start() - cut) : found.end()]
            if any(spelling[:n] in places for n in range(2, 7)) and lost_place_head(spelling) is None:
                whole.add(spelling)
                break
    return next(iter(whole)) if len(whole) == 1 else None


_LOST = re.compile("\ufffd+")


def unmangled(name: str, text: str) -> str | None:
    """The text's one clean spelling of a name whose characters a site's mis-decoding lost
    (重庆市国土资源���房屋管理局 for 重庆市国土资源和房屋管理局 in the headline): one lost character
    prints as up to three replacement marks."""
    if "\ufffd" not in name:
        return None
    match = _one_spelling(_LOST.sub(lambda m: rf"[\u4e00-\u9fff]{{1,{len(m.group(0))}}}", re.escape(name)), text)
    return match.group(0) if match else None
