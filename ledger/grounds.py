"""Supervision grounds: court-side failures the bureau may bring to the procuratorate.

A missed court deadline is not just "overdue": 《人民检察院行政诉讼监督规则》
第一百零九条、第一百一十一条 make it a ground for a 检察建议, and the Ezhou seed
(鄂州检会〔2021〕5号 二（一）) lists the same failures as grounds the bureau may
refer.  This module names each ground once, with both bases, so the ledger and
the review app can show a procuratorate officer why a case qualifies.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date

from ledger.deadlines import Deadline
from ledger.rules import EZHOU, rule

GROUND_109_8 = "《人民检察院行政诉讼监督规则》第一百零九条第（八）项"


@dataclass(frozen=True)
class SupervisionGround:
    code: str
    label_zh: str
    basis: str
    local_basis: str  # the Ezhou seed item naming the same failure
    rule: str = ""  # rules.md row whose missed deadline is the ground ("" if not a deadline)


def _row_ground(code: str, row: str, label: str, ezhou_item: str) -> SupervisionGround:
    """The basis comes from the rule table, so a corrected citation is corrected once."""
    return SupervisionGround(code, label, rule(row).supervision_ground, f"{EZHOU} 二（一）{ezhou_item}", row)


GROUNDS: tuple[SupervisionGround, ...] = (
    _row_ground("court_not_accepted", "C5", "法院收到强制执行申请后五个工作日内未立案受理，也未裁定不予受理",
                "1：人民法院应受理不受理，不受理又不依法作出不予受理裁定以及超期受理的"),
    _row_ground("court_no_ruling", "C7", "法院受理后七个工作日内未作出是否准予执行的裁定",
                "2：人民法院……超期作出执行裁定的"),
    _row_ground("refusal_not_served", "C8", "不准予执行裁定未在五个工作日内送达行政机关",
                "3：其他不履行或怠于履行执行职责的"),
    _row_ground("execution_overdue", "C10", "准予执行后未在法定期限内执结",
                "4：人民法院……超期未执结的"),
    SupervisionGround(
        "ruling_differs", "裁定准予执行的内容与申请强制执行的内容不符，又未在裁定中予以明确",
        GROUND_109_8,
        f"{EZHOU} 二（一）5：人民法院裁定准予强制执行内容与自然资源主管部门申请强制执行内容不符，"
        "又未在裁定中予以明确的",
    ),
)


@dataclass(frozen=True)
class GroundFinding:
    ground: SupervisionGround
    detail_zh: str
    deadline: Deadline | None = None


def ground(code: str) -> SupervisionGround:
    for g in GROUNDS:
        if g.code == code:
            return g
    raise LookupError(f"no supervision ground {code!r}")


def ground_for_rule(row: str) -> SupervisionGround | None:
    """The ground a missed deadline of this rules.md row gives, if any."""
    return next((g for g in GROUNDS if g.rule == row), None)


def overdue_grounds(
    deadlines: Iterable[Deadline], today: date, fulfilled: Collection[str] = ()
) -> list[GroundFinding]:
    """Grounds from court deadlines whose rolled last day has passed and that nobody fulfilled.

    `fulfilled` holds the codes of deadlines already met (the ledger knows them
    from the closing events); they are never grounds.
    """
    found = []
    for d in deadlines:
        g = ground_for_rule(d.rule)
        if g is None or d.code in fulfilled or today <= d.due:
            continue
        late = (today - d.due).days
        found.append(GroundFinding(g, f"{d.label_zh}：期限 {d.due.isoformat()} 已过 {late} 日", d))
    return found


def _items(values: Iterable[str]) -> set[str]:
    return {v.strip() for v in values if v and v.strip()}


def ruling_differs(applied: Iterable[str], granted: Iterable[str], *, explained: bool) -> GroundFinding | None:
    """Compare what the bureau asked the court to enforce with what the ruling allows.

    Items are the enforcement contents as written (e.g. "拆除违法建筑", "罚款"); a
    difference the ruling itself explains (partial enforcement with reasons) is no ground.
    """
    asked, allowed = _items(applied), _items(granted)
    if explained or asked == allowed:
        return None
    parts = []
    if asked - allowed:
        parts.append("申请但未准予：" + "、".join(sorted(asked - allowed)))
    if allowed - asked:
        parts.append("准予但未申请：" + "、".join(sorted(allowed - asked)))
    return GroundFinding(ground("ruling_differs"), "；".join(parts))
