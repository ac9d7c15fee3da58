"""The sides of a lawsuit or a 复议 named outside a party block: the case-name headline and the opening sentence.

Web copies of judgments often lose the party block (an excerpt that starts at
另查明, a database page whose 当事人信息 is one sentence) while the page still
prints the case name ("A与B、C…一审行政判决书", "A诉B…判决书") and the facts
still open with "原告A、B诉被告C…一案" or "申请人A因不服被申请人B作出的…".
In a first-instance case name the plaintiff stands before 与/诉 and the
defendants after it; an appeal's case name puts the appellant first whatever
its role, so only 一审 headlines and 诉 are read.  Everything here works on
plain text and returns offsets; parties.py turns the hits into parties.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.fields.case_headline import CaseName, read_case_names
from extractors.fields.party_names import ORG_SUFFIX, ROLE_LABELS_LONGEST_FIRST, first_instance_role, is_bad_name
from models.vocab import PartyRole

# An administrative organ (the side that is sued or whose decision is reviewed) or a company ends in one of these.
_SIDE_END = r"(?:局|人民政府|政府|委员会|办公室|管理处|管委会|办事处|街道|公司|厂|合作社|中心|所|站|队)"
# The sued side of a ruling's opening sentence: one organ or company, or several joined by 、.
_SIDE_LIST = rf"(?:[\u4e00-\u9fff*×X]{{2,60}}?{_SIDE_END}、)*[\u4e00-\u9fff*×X]{{2,60}}?{_SIDE_END}"
# "原告A、B诉被告C、D…一案" (or "原告A因认为被告B(以下简称…)、被告C…违法"): the one sentence a judgment
# database prints for 当事人信息; a judgment of cases
# joined names every plaintiff in its opening one ("原告A(以下称甲)、B(以下称乙)不服被告C…").
_NAMED_AS = r"\(以下简?称[^()]{1,12}\)"
_SUIT_SENTENCE = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=审理))原告(?P<a>(?:(?!被告)(?:[\u4e00-\u9fff*×X、·\n]|"
    + _NAMED_AS
    + r")){2,300}?)(?:诉|不服|因?认为)被告"
    rf"(?P<b>(?:[\u4e00-\u9fff*×X、\n]|{_NAMED_AS}){{1,160}}?{_SIDE_END})(?!(?:{_NAMED_AS})?、)"
    r"(?=[^\u4e00-\u9fff*×X、]|行政|土地|林业|资源|不服|要求|请求|撤销|确认|一案|不履行|未履行|履行)"
)
# A ruling's opening sentence in the same shapes: "上诉人A因诉B土地行政确认一案", "起诉人A以B为被起诉人…"
# (a third party may follow the defendant: "上诉人A诉B及第三人C…一案").
_RULING_SUIT = (
    re.compile(
        # (a retrial's applicant who sued: "再审申请人A(以下简称甲)因诉被申请人B(以下简称乙)…一案")
        r"(?<![\u4e00-\u9fff])(?:再审申请人|上诉人|起诉人)(?P<a>[\u4e00-\u9fff*×X·]{2,40}?)(?:" + _NAMED_AS + r")?"
        r"因?诉(?!称|讼|人)(?:被告|被上诉人|被申请人)?"
        rf"(?P<b>{_SIDE_LIST})"
        r"(?=[^\u4e00-\u9fff*×X、]|及第三人|行政|土地|林业|资源|不服|要求|请求|撤销|一案)"
    ),
    re.compile(
        r"(?<![\u4e00-\u9fff])(?:起诉人|原告)(?P<a>[\u4e00-\u9fff*×X·]{2,40}?)以"
        rf"(?P<b>[\u4e00-\u9fff*×X]{{2,60}}?{_SIDE_END})为(?:被起诉人|被告)"
    ),
    # a ruling on a suit not yet filed opens with the papers the court received: "本院收到林**诉福建省人民政府
    # 请求撤销征地批复一案的起诉材料"
    re.compile(
        r"本院(?:于[^。，,]{0,20}?)?收到(?:起诉人|原告)?(?P<a>[\u4e00-\u9fff*×X·]{2,40}?)(?:诉|起诉)(?:被告|被起诉人)?"
        rf"(?P<b>[\u4e00-\u9fff*×X]{{2,60}}?{_SIDE_END})"
        r"(?=[^\u4e00-\u9fff*×X、]|及第三人|行政|土地|林业|资源|不服|要求|请求|撤销|一案)"
    ),
    # an appeal's account opens with the first-instance case unlabelled: "吕*朝诉临安市人民政府土地行政裁决一案，
    # XX法院于…作出…判决" (or with the labels, which are no part of the names: "原告A诉被告B强制拆除行为一案")
    re.compile(
        r"(?:^|(?<=\n))[ \t\u3000]*(?:原告)?(?P<a>[\u4e00-\u9fff*×X·]{2,40}?)因?诉(?:被告)?"
        rf"(?P<b>{_SIDE_LIST})[\u4e00-\u9fff]{{0,20}}?一案[,，][^。\n]{{0,40}}?"
        r"(?:法院|本院)(?:于|作出)"
    ),
)
# "申请人A因不服被申请人B作出的…", "原告不服被告B作出的…": the side whose decision is disputed.
_DISPUTED_DECISION = re.compile(
    r"不服(?P<label>被申请人|被告)[:：]?(?P<name>[\u4e00-\u9fff*×X()]{2,40}?"
    r"(?:局|人民政府|政府|委员会|办公室|管理处|管委会|办事处|街道办事处))(?=作出|于|的|\d|[(（〔\[])"
)
# A name a sentence shortens to its level and office ("区国土局", "市政府"), or to a pronoun ("你厂", "我局"),
# is not the party's name.
_SHORT_FORM = re.compile(r"^(?:省|市|区|县|镇|乡|该|你|我|(?:贵|本|其)(?:局|院|府|厂|公司|单位|村|委))")
_LABELS = tuple(ROLE_LABELS_LONGEST_FIRST)


def _whole_name(name: str, short: set[str]) -> bool:
    """Not a shortened name, not a name the text gives a side for later use (`short`), not a role label."""
    return not (_SHORT_FORM.match(name) or name in short or name.startswith(_LABELS))


# "A等", "A等人" and "A等10人" close a list that names only its first; the count is no part of A's name.
_COUNTED = re.compile(r"等(?:[\d一二三四五六七八九十百]*[人名户])?$")


@dataclass(frozen=True)
class Side:
    role: PartyRole
    name: str
    start: int
    end: int


_LEADING_LABEL = re.compile(r"\s*(?:被告|原告|第三人)(?=[\u4e00-\u9fff*×X]{2})")


def _names(text: str, start: int, end: int, role: PartyRole) -> list[Side]:
    """Names joined by 、 (a site's case name may join them by commas: "A,B,C与其他…"; a PDF may break a line
    inside one: "喻⏎时兵"); a closing 等 or 等N人 is not part of the last."""
    sides: list[Side] = []
    pos = start
    for piece in re.split("[、,，]", text[start:end]):
        at = pos + len(piece) - len(piece.lstrip())
        pos += len(piece) + 1
        piece = re.split(_NAMED_AS, piece, maxsplit=1)[0]  # the short name given for later use is no part
        label = _LEADING_LABEL.match(piece)  # each side of a list may keep its label: "…、被告B"
        at, piece = (at + label.end(), piece[label.end() :]) if label else (at, piece)
        name = re.sub(r"\s+", "", piece)
        counted = _COUNTED.search(name)
        cut = len(counted.group()) if counted else 0
        if len(name) - cut >= 2:
            sides.append(Side(role, name[: len(name) - cut], at, at + len(piece.strip()) - cut))
    return sides


def headline_sides(text: str, lo: int, hi: int, lawsuit_ruling: bool = False) -> list[Side]:
    """Plaintiffs and defendants of a first-instance case-name headline ("A、B等与C等…一审行政判决书"), or of
    any headline where one side sues the other ("上诉人A等诉被上诉人B…一案").  A lawsuit's ruling
    ("A与B…二审行政裁定书") names its sides too, and so does an appeal's judgment; past first instance, an
    agency is the defendant.  A first-instance headline further down wins over an appeal's."""
    appealed: list[Side] = []
    for name in read_case_names(text, lo, hi):
        sued = name.separator == "诉" and name.kind in ("判决书", "一案", "案")
        court_case = name.kind == "判决书" or (lawsuit_ruling and name.kind == "裁定书")
        if name.named and (sued or (court_case and name.stages == ("一审",))):
            third = _names(text, *name.third, PartyRole.THIRD_PARTY) if name.third else []
            return (
                _names(text, *name.first, PartyRole.PLAINTIFF)
                + _names(text, *name.second, PartyRole.DEFENDANT)
                + third
            )
        if name.named and lawsuit_ruling and name.kind == "裁定书":
            return _by_first_instance(text, name)
        # 二审/再审 (the agency may come first: "X局与陈**一案二审行政判决书"): who appealed it does not say
        appeal = name.kind == "判决书" and "一审" not in name.stages
        if appeal and not appealed and (name.named or ORG_SUFFIX.search(text, *name.first) is not None):
            appealed = _by_first_instance(text, name)
    return appealed


def _by_first_instance(text: str, name: CaseName) -> list[Side]:
    """Both sides of a case name past first instance, each by what it is: an agency is the defendant."""
    sides = _names(text, *name.first, PartyRole.PLAINTIFF) + _names(text, *name.second, PartyRole.PLAINTIFF)
    third = _names(text, *name.third, PartyRole.THIRD_PARTY) if name.third else []
    return [Side(first_instance_role("上诉人", None, s.name), s.name, s.start, s.end) for s in sides] + third


# An appeal's opening sentence that does not say who sued whom: "上诉人A因与被上诉人B…一案".
_APPEAL_WITH = re.compile(
    r"(?<![\u4e00-\u9fff])上诉人(?P<a>[\u4e00-\u9fff*×X·]{2,40}?)因?与被上诉人"
    # (the side's whole name: not 漯河市国土资源局 of 漯河市国土资源局源汇分局(以下简称源汇分局)关于…)
    rf"(?P<b>{_SIDE_LIST}(?![\u4e00-\u9fff]{{0,8}}?(?:分局|局|办事处|政府|委员会)[(（,，])"
    rf"|[\u4e00-\u9fff*×X·]{{2,4}}(?=[(（,，]))"
)


# An appeal's opening sentence that names only who appealed: "上诉人A(以下简称甲)因违法用地行政处罚一案,不服…".
_APPEAL_ALONE = re.compile(
    r"(?<![\u4e00-\u9fff])上诉人(?P<a>[\u4e00-\u9fff*×X·]{2,40}?)(?:" + _NAMED_AS + r")?因[^。，,]{2,30}?一案[,，]不服"
)


def suit_sentence_sides(text: str, lo: int, hi: int) -> list[Side]:
    """Plaintiffs and defendants of the opening "原告A、B诉被告C…" sentence (or a ruling's "上诉人A因诉B…",
    "起诉人A以B为被起诉人"); in "上诉人A因与被上诉人B…" an agency is the defendant; shortened names are
    left out."""
    match = _SUIT_SENTENCE.search(text, lo, hi)
    for shape in _RULING_SUIT:
        match = match or shape.search(text, lo, hi)
    if match is not None:
        found = _names(text, *match.span("a"), PartyRole.PLAINTIFF)
        found += _names(text, *match.span("b"), PartyRole.DEFENDANT)
    elif (appeal := _APPEAL_WITH.search(text, lo, hi) or _APPEAL_ALONE.search(text, lo, hi)) is not None:
        groups = [group for group in ("a", "b") if group in appeal.re.groupindex]
        sides = [side for group in groups for side in _names(text, *appeal.span(group), PartyRole.PLAINTIFF)]
        found = [Side(first_instance_role("上诉人", None, s.name), s.name, s.start, s.end) for s in sides]
    else:
        return []
    return [side for side in found if not _SHORT_FORM.match(side.name)]


def disputed_decision_side(text: str, lo: int, hi: int) -> Side | None:
    """The agency whose decision the applicant or plaintiff disputes ("因不服被申请人XX镇人民政府作出的…")."""
    match = _DISPUTED_DECISION.search(text, lo, hi)
    if match is None or _SHORT_FORM.match(match.group("name")):
        return None
    role = PartyRole.RESPONDENT if match.group("label") == "被申请人" else PartyRole.DEFENDANT
    return Side(role, match.group("name"), *match.span("name"))


# The outcome names every plaintiff in full where the facts said "吴**等10人": "准许被上诉人即原审原告A、B撤回起诉",
# "驳回原告A、B的诉讼请求".
_OUTCOME_PLAINTIFFS = re.compile(
    r"(?:准许|驳回)(?:被?上诉人即?)?(?:原审|一审)?原告(?P<names>[\u4e00-\u9fff*×X·、]{2,400}?)"
    r"(?:等\S{0,3}人)?(?=撤回(?:起诉|诉讼)|撤诉|的(?:起诉|诉讼请求))"
)


# The outcome names the defendant whose act it judges, or who bears the costs: "确认被告X强制拆除行为违法",
# "撤销被告X作出的…", "由被告X负担".
_OUTCOME_DEFENDANT = re.compile(
    rf"(?:(?:确认|撤销|责令|判令)被告(?P<judged>[\u4e00-\u9fff*×X]{{2,40}}?{_SIDE_END})"
    r"(?=于|在|作出|的|对|强制|实施|拆除|不履行|未履行|履行|限期|赔偿|行政)"
    rf"|由被告(?P<bears>[\u4e00-\u9fff*×X]{{2,40}}?{_SIDE_END})(?:负担|承担))"
)


def outcome_defendants(text: str, lo: int, hi: int) -> list[Side]:
    """The defendants the outcome names in full (a copy cut before its party block); shortened names are
    left out."""
    short = short_names(text)
    found: dict[str, Side] = {}
    for match in _OUTCOME_DEFENDANT.finditer(text, lo, hi):
        group = "judged" if match.group("judged") else "bears"
        name = match.group(group)
        if _whole_name(name, short) and name not in found:
            found[name] = Side(PartyRole.DEFENDANT, name, *match.span(group))
    return list(found.values())


def outcome_plaintiffs(text: str, lo: int, hi: int) -> list[Side]:
    """The plaintiffs the first outcome sentence lists by name; shortened names are left out."""
    match = _OUTCOME_PLAINTIFFS.search(text, lo, hi)
    if match is None:
        return []
    found = _names(text, *match.span("names"), PartyRole.PLAINTIFF)
    return [side for side in found if not _SHORT_FORM.match(side.name)]


# The plaintiffs' claims open with their names at a line's start: "A、B起诉称:…", "原告A诉称:…"; an appeal
# recalls them at first instance ("A在原审诉称").
_CLAIMANTS = re.compile(
    r"(?:^|(?<=\n))[ \t\u3000]*(?:原告)?(?P<names>[\u4e00-\u9fff*×X·、]{2,200}?)"
    r"(?:在?(?:原审|一审)中?)?(?:起诉称|诉称)[:：,，]",
    re.M,
)


def claim_plaintiffs(text: str, lo: int, hi: int) -> list[Side]:
    """The plaintiffs the first claims paragraph names; a bare label (原告诉称) or a shortened name names none."""
    match = _CLAIMANTS.search(text, lo, hi)
    if match is None:
        return []
    short = short_names(text)
    found = _names(text, *match.span("names"), PartyRole.PLAINTIFF)
    return [side for side in found if _whole_name(side.name, short)]


# What ends the sentence that tells who appeared: "…到庭参加诉讼", "…出庭参加了诉讼" (parties.py reads it too).
ATTENDED = r"(?:到庭|出庭)参加了?诉讼"
# A judgment whose party block was run into its first paragraph lists who appeared in one sentence
# ("…,被上诉人A(以下简称…)的委托代理人B,一审第三人C的诉讼代表人D到庭参加诉讼"): each side by its label.
_ATTENDANCE = re.compile(r"[^。]{0,800}?" + ATTENDED)
_APPEARED = re.compile(  # (a side after another's agents: "…王**与被告X的委托代理人…")
    r"(?:(?<![\u4e00-\u9fff])|(?<=[与和]))(?P<label>一审第三人|原审第三人|第三人|被上诉人|上诉人|(?:原审|一审)?被告|(?:原审|一审)?原告)"
    r"(?:\((?P<note>[^()]{1,8})\))?(?!的)(?P<name>[\u4e00-\u9fff*×X]{2,40}?)"  # 被上诉人的委托代理人: no name
    r"(?=\(以下简称|的?(?:法定代表人|负责人|诉讼代表人|代表人|共同委托|委托(?:诉讼)?代理人|及其)|[,，、]|到庭)"
)

_CO_APPEARED = re.compile(
    r"、(?P<name>[\u4e00-\u9fff*×X·]{2,12}?)"
    r"(?=、|及其|的?(?:法定代表人|负责人|诉讼代表人|代表人|共同委托|委托(?:诉讼)?代理人)|到庭)"
)

# A third party the facts name by what it did in the proceedings ("第三人X经传票传唤未到庭", "征求了第三人X是否参加
# 诉讼的意见", "第三人X代表人Y到庭参加诉讼"): a verb of the proceedings ends the name, never a comma.
_THIRD_PARTY_ACTS = re.compile(
    r"(?<![\u4e00-\u9fff])(?:原审|一审)?第三人(?P<name>[\u4e00-\u9fff*×X·]{2,40}?)"
    r"(?=经(?:本院)?(?:传票)?传唤|表示|是否|放弃|述称|辩称|未到庭|没有到庭|未参加|不参加|到庭|"
    r"的?(?:法定代表人|负责人|诉讼代表人|代表人|共同委托|委托(?:诉讼)?代理人)|及其)"
)


# Or by the court's joining it ("并通知X(以下简称Y)作为第三人参加诉讼", "追加X为第三人").
_THIRD_PARTY_JOINED = re.compile(
    r"(?:通知|追加|准许|同意)(?P<name>[\u4e00-\u9fff*×X·]{2,40}?)(?:[(（][^()（）]{0,20}[)）])?"
    r"(?:作为|为)(?:本案)?(?:原审)?第三人"
)


def third_party_acts(text: str, lo: int, hi: int) -> list[Side]:
    """Third parties named in the account of the proceedings; shortened names are left out."""
    sides: list[Side] = []
    acts = [*_THIRD_PARTY_ACTS.finditer(text, lo, hi), *_THIRD_PARTY_JOINED.finditer(text, lo, hi)]
    for found in sorted(acts, key=lambda m: m.start()):
        name = found.group("name")
        if _SHORT_FORM.match(name) or is_bad_name(name) or name in {s.name for s in sides}:
            continue  # (不同意增加被告的也应当通知其作为第三人: a clause, from the first 同意 on)
        sides.append(Side(PartyRole.THIRD_PARTY, name, *found.span("name")))
    return sides


# "(以下简称三组)", "(下称:祥润石场)": the name a side goes by later in the text is no name of its own.
_NAMED_SHORT = re.compile(r"(?:以下简称|以下称|下称|简称)[:：]?[“\"]?([^()“”\":：]{1,12}?)[”\"]?\)")


def short_names(text: str) -> set[str]:
    """The names the text gives its sides for later use ("(以下简称隆发公司)"); a masked copy's "某公司(以下
    简称某公司)" keeps the name as it is."""
    names = set()
    for found in _NAMED_SHORT.finditer(text):
        opening = text.rfind("(", 0, found.start())
        masked = re.search(r"[某*×X]", found.group(1)) is not None
        if not (masked and text[max(0, opening - 12) : opening].endswith(found.group(1))):
            names.add(found.group(1))  # (a written-out short form may end the full name: …洪山祥润石场(下称:祥润石场))
    return names


def attendance_sides(text: str, lo: int, hi: int) -> list[Side]:
    """Each side named in the first "…到庭参加诉讼" sentence; shortened names are left out."""
    sentence = _ATTENDANCE.search(text, lo, hi)
    if sentence is None:
        return []
    short = set(_NAMED_SHORT.findall(text, 0, sentence.end()))
    sides: list[Side] = []
    for found in _APPEARED.finditer(text, sentence.start(), sentence.end()):
        role = first_instance_role(found.group("label"), found.group("note"), found.group("name"))
        named = [found]
        while (more := _CO_APPEARED.match(text, named[-1].end("name"), sentence.end())) is not None:
            named.append(more)  # 第三人A、B及其共同委托代理人C: B appeared under A's label
        for one in named:
            name = one.group("name")
            if _whole_name(name, short):
                sides.append(Side(role, name, *one.span("name")))
    return sides
