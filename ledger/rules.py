"""The one rule table: which event starts which legal clock, for whom, and what stops it.

Each row mirrors a row of shared/domain/rules.md (`row` is its id there), so a
lawyer can check the table against the source line by line.  The table is data:
computing dates is ledger/deadlines.py's job, flagging supervision grounds is
ledger/grounds.py's.

Rows from a local document bind only where that document is law: `regions`
names them (C4/C6/C9 Lhasa, D8 Ezhou).  A bureau elsewhere may adopt a local
rule as its own practice, so the ledger takes a set of adopted local rules
(seed names such as "lhasa", rows such as "C4", or codes); None, the default,
adopts every seed rule, which is also how rules.md §2.1 computes C4 on the
national calendar.  The Ezhou seed (鄂州检会〔2021〕5号 二（二）) asks the bureau
only to report enforcement-case information "及时" and to share a quarterly
summary (D8): it sets no day count, so it does not replace the Lhasa 7-WD rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from models.vocab import Actor, Counting, DocType, EventKind, RulingType


class RuleKind(StrEnum):
    """How an obligation built from a rule ends."""

    DUTY = "duty"  # the actor must act by the due date; a closing event/document fulfils it
    WINDOW = "window"  # a right that simply lapses on the due date (e.g. the respondent's 复议期)
    WAIT = "wait"  # the earliest date a step may be taken; "due" is when the wait is over


@dataclass(frozen=True)
class Rule:
    row: str  # row id in shared/domain/rules.md, e.g. "C5"
    code: str  # unique, stable, used in JSON and the ledger
    triggers: tuple[EventKind, ...]
    actor: Actor
    amount: int
    counting: Counting
    basis: str  # short citation shown to users and printed in JSON
    label_zh: str  # the required next step, as users read it
    kind: RuleKind = RuleKind.DUTY
    ruling_types: tuple[RulingType, ...] = ()  # condition: only after these rulings
    demolition: bool | None = None  # condition: True only for 土地管理法第83条 demolition orders
    fine: bool | None = None  # condition: True only when the decision imposes a fine
    per_quarter: bool = False  # due at the end of the quarter containing the trigger date
    after_rows: tuple[str, ...] = ()  # counted from the latest end of these rows (C1)
    stated_period: bool = False  # a period stated in the document replaces the statutory one
    closed_by_events: tuple[EventKind, ...] = ()
    closed_by_docs: tuple[DocType, ...] = ()
    closed_by_rulings: tuple[RulingType, ...] = ()  # a court ruling (event RULED / doc) of these types
    supervision_ground: str = ""  # basis when missing it may be brought to the procuratorate
    seed: str = ""  # local document the row comes from (rules.md marks it [seed])
    regions: tuple[str, ...] = ()  # where the row is local law; () = national law, applies everywhere
    note: str = ""  # fuller basis / caveats for the detail view

    @property
    def months(self) -> int | None:
        return self.amount if self.counting is Counting.MONTHS else None

    @property
    def days(self) -> int | None:
        return None if self.counting is Counting.MONTHS else self.amount


CD, WD, M = Counting.CALENDAR_DAYS, Counting.WORKING_DAYS, Counting.MONTHS
E, D, R, A = EventKind, DocType, RulingType, Actor

GROUND_111_1 = "《人民检察院行政诉讼监督规则》第一百一十一条第（一）项"
GROUND_111_2 = "《人民检察院行政诉讼监督规则》第一百一十一条第（二）项"
GROUND_111_7 = "《人民检察院行政诉讼监督规则》第一百一十一条第（七）项"
EZHOU = "鄂州检会〔2021〕5号"
LHASA = "《关于构建拉萨市自然资源执法监管共同责任机制的实施意见》三（六）"

RULES: tuple[Rule, ...] = (
    Rule("A2", "statement_window", (E.NOTICE_SERVED,), A.RESPONDENT, 5, WD,
         "《自然资源行政处罚办法》第三十三条", "当事人提出陈述、申辩", RuleKind.WINDOW,
         note="工作日依《行政处罚法》第八十五条；逾期视为放弃"),
    Rule("A5", "serve_decision", (E.DECISION_MADE,), A.BUREAU, 7, WD,
         "《行政处罚法》第六十一条", "送达行政处罚决定书（当事人不在场）",
         closed_by_events=(E.DECISION_SERVED,), closed_by_docs=(D.SERVICE_RECEIPT,),
         note="工作日依《行政处罚法》第八十五条"),
    Rule("A6", "fine_payment", (E.DECISION_SERVED,), A.RESPONDENT, 15, CD,
         "《行政处罚法》第六十七条第三款", "当事人缴纳罚款", RuleKind.WINDOW, fine=True, stated_period=True,
         note="仅罚款决定；决定书载明其他期限的从其期限；逾期每日加处3%罚款（第七十二条）"),
    Rule("A7", "reconsideration_window", (E.DECISION_SERVED,), A.RESPONDENT, 60, CD,
         "《行政复议法》第二十条", "当事人申请行政复议期限", RuleKind.WINDOW,
         note="未告知复议权的最长一年"),
    Rule("A8", "lawsuit_window", (E.DECISION_SERVED,), A.RESPONDENT, 6, M,
         "《行政诉讼法》第四十六条", "当事人提起行政诉讼期限", RuleKind.WINDOW, demolition=False,
         note="未告知起诉期限的最长一年（行诉解释第六十四条）"),
    Rule("A8", "lawsuit_window_demolition", (E.DECISION_SERVED,), A.RESPONDENT, 15, CD,
         "《土地管理法》第八十三条", "当事人对责令限期拆除决定起诉期限", RuleKind.WINDOW, demolition=True,
         note="复议期六十日仍适用，非诉申请期自较晚者届满起算（rules.md §6 Q1）"),
    Rule("A9", "lawsuit_after_reconsideration", (E.RECONSIDERATION_DECIDED,), A.RESPONDENT, 15, CD,
         "《行政诉讼法》第四十五条", "当事人不服复议决定起诉期限", RuleKind.WINDOW,
         note="自收到复议决定书之日起算"),
    Rule("C1", "apply_enforcement", (E.DECISION_SERVED, E.RECONSIDERATION_DECIDED), A.BUREAU, 3, M,
         "《行政强制法》第五十三条", "申请人民法院强制执行", after_rows=("A7", "A8", "A9"),
         closed_by_events=(E.APPLICATION_FILED,), closed_by_docs=(D.ENFORCEMENT_APPLICATION,),
         note="自法定复议、起诉期限届满之日起三个月内；行诉解释第一百五十六条：逾期不予受理"),
    Rule("C2", "demand_wait", (E.DEMAND_SERVED,), A.BUREAU, 10, WD,
         "《行政强制法》第五十四条", "催告期满后方可申请强制执行", RuleKind.WAIT,
         note="工作日依《行政强制法》第六十九条；期满前申请属过早申请"),
    Rule("C4", "copy_application", (E.APPLICATION_FILED,), A.BUREAU, 7, WD,
         LHASA, "将强制执行申请材料抄送同级人民检察院", seed="lhasa", regions=("lhasa",),
         closed_by_events=(E.COPY_SENT,)),
    Rule("C5", "court_accept", (E.COURT_RECEIVED_APPLICATION,), A.COURT, 5, WD,
         "《行政强制法》第五十六条", "法院立案受理或裁定不予受理",
         closed_by_events=(E.CASE_ACCEPTED, E.ACCEPTANCE_RECEIVED), closed_by_docs=(D.COURT_ACCEPTANCE,),
         closed_by_rulings=(R.NOT_ACCEPTED,), supervision_ground=GROUND_111_1,
         note="行诉解释第一百五十五条第三款；工作日依《行政强制法》第六十九条"),
    Rule("C11", "escalate_execution", (E.COURT_RECEIVED_APPLICATION,), A.BUREAU, 6, M,
         "《民事诉讼法》第二百三十七条", "法院六个月未执行的，可向上一级人民法院申请执行", RuleKind.WAIT,
         note="经《行政诉讼法》第一百零一条适用"),
    Rule("C6", "copy_acceptance", (E.ACCEPTANCE_RECEIVED,), A.BUREAU, 7, WD,
         LHASA, "将受理通知书复印件报送人民检察院", seed="lhasa", regions=("lhasa",),
         closed_by_events=(E.COPY_SENT,)),
    Rule("C7", "court_rule", (E.CASE_ACCEPTED,), A.COURT, 7, WD,
         "《行政强制法》第五十七条", "法院作出是否准予执行的裁定",
         closed_by_rulings=(R.ENFORCE, R.REFUSE), supervision_ground=GROUND_111_2,
         note="需听取意见的为自受理之日起三十日（第五十八条第二款）；行诉解释第一百六十条"),
    Rule("C8", "serve_refusal", (E.REFUSAL_RULED, E.RULED), A.COURT, 5, WD,
         "《行政强制法》第五十八条第二款", "将不予执行裁定送达行政机关", ruling_types=(R.REFUSE,),
         closed_by_events=(E.RULING_RECEIVED,), supervision_ground=GROUND_111_7,
         note="工作日依《行政强制法》第六十九条"),
    Rule("C9", "copy_ruling", (E.RULING_RECEIVED,), A.BUREAU, 7, WD,
         LHASA, "将准予执行裁定书报送同级人民检察院", ruling_types=(R.ENFORCE,), seed="lhasa",
         regions=("lhasa",), closed_by_events=(E.COPY_SENT,)),
    Rule("C10", "court_execute", (E.RULED,), A.COURT, 3, M,
         "《最高人民法院关于严格执行案件审理期限制度的若干规定》第五条", "法院执行机构执结",
         ruling_types=(R.ENFORCE,), supervision_ground=GROUND_111_2,
         note="自执行立案之日起三个月，经院长批准可延长三个月；无执行立案日时以裁定日估算"),
    Rule("R1", "appeal_not_accepted", (E.RULING_RECEIVED,), A.BUREAU, 15, CD,
         "《行政强制法》第五十六条第二款", "向上一级人民法院申请复议（不予受理）",
         ruling_types=(R.NOT_ACCEPTED,),
         note="上一级法院十五日内裁定；未申请复议的检察院不予受理监督申请（监督规则第二十七条第（八）项）"),
    Rule("R2", "appeal_refusal", (E.RULING_RECEIVED,), A.BUREAU, 15, CD,
         "《行政强制法》第五十八条第三款", "向上一级人民法院申请复议（不准予执行）",
         ruling_types=(R.REFUSE,), note="上一级法院三十日内裁定；行诉解释第一百六十一条第二款"),
    Rule("D3", "apply_supervision", (E.RULING_RECEIVED,), A.BUREAU, 6, M,
         "《人民检察院行政诉讼监督规则》第二十条第三款", "认为执行活动违法的，可申请检察监督",
         RuleKind.WINDOW, ruling_types=(R.NOT_ACCEPTED, R.REFUSE, R.SUSPEND, R.TERMINATE, R.TERMINATE_ROUND),
         closed_by_events=(E.SUPERVISION_APPLIED,), closed_by_docs=(D.SUPERVISION_APPLICATION,),
         note="不变期间；应先向上一级法院申请复议（监督规则第二十七条第（八）项）"),
    Rule("D1", "reply_suggestion", (E.SUGGESTION_RECEIVED,), A.BUREAU, 2, M,
         "《人民检察院检察建议工作规定》第十九条", "作出处理并书面回复人民检察院",
         closed_by_events=(E.REPLY_SENT,), closed_by_docs=(D.SUGGESTION_REPLY,), seed="ezhou",
         note=f"{EZHOU}：收到检察建议后两个月内书面反馈；逾期依监督规则第一百二十五条第（二）项跟进监督"),
    Rule("D8", "quarterly_sharing", (E.QUARTER_END,), A.BUREAU, 0, CD,
         f"{EZHOU} 二（二）", "向检察机关提供本季度土地行政处罚及执行信息", seed="ezhou", per_quarter=True,
         regions=("ezhou",),
         note="每季度末信息共享；同条要求“及时提供向人民法院申请强制执行的案件信息”，未定天数"),
)


def rule(key: str) -> Rule:
    """A rule by its code, or by its rules.md row when that row has a single variant."""
    by_code = [r for r in RULES if r.code == key]
    if by_code:
        return by_code[0]
    by_row = [r for r in RULES if r.row == key]
    if len(by_row) == 1:
        return by_row[0]
    if by_row:
        codes = ", ".join(r.code for r in by_row)
        raise LookupError(f"rules.md row {key} has several variants: {codes}")
    raise LookupError(f"no rule {key!r}")


SEEDS: frozenset[str] = frozenset(r.seed for r in RULES if r.seed)


def applies(r: Rule, region: str, adopted: frozenset[str] | None = None) -> bool:
    """Whether a row binds a case in `region`, given the local rules the bureau adopted (None: every seed)."""
    if not r.regions or region in r.regions or adopted is None:
        return True
    return bool({r.seed, r.row, r.code} & adopted)


def parse_adopted(text: str | None) -> frozenset[str] | None:
    """A setting such as "all", "none", "lhasa" or "C4,C6" as the set `applies` takes."""
    words = [w.strip() for w in (text or "all").replace("，", ",").split(",") if w.strip()]
    if not words or any(w.lower() == "all" for w in words):
        return None
    known = SEEDS | {r.row for r in RULES if r.regions} | {r.code for r in RULES if r.regions}
    unknown = [w for w in words if w.lower() != "none" and w not in known]
    if unknown:
        raise ValueError(f"未知的地方规则：{'、'.join(unknown)}；可用：all、none、{'、'.join(sorted(known))}")
    return frozenset(w for w in words if w.lower() != "none")


# An event that names its ruling: a refusal ruling needs no --ruling-type.
IMPLIED_RULING: dict[EventKind, RulingType] = {EventKind.REFUSAL_RULED: RulingType.REFUSE}


def _conditions_hold(r: Rule, ruling: RulingType | None, demolition: bool, fine: bool) -> bool:
    if r.ruling_types and ruling not in r.ruling_types:
        return False
    if r.demolition is not None and r.demolition != demolition:
        return False
    return r.fine is None or r.fine == fine


def rules_triggered_by(
    event: EventKind | str,
    *,
    ruling_type: RulingType | str | None = None,
    demolition: bool = False,
    fine: bool = False,
    region: str = "national",
    adopted: frozenset[str] | None = None,
) -> list[Rule]:
    """The rows an event starts, with their conditions and regional reach applied, in table order."""
    kind = EventKind(event)
    ruling = RulingType(ruling_type) if ruling_type else IMPLIED_RULING.get(kind)
    return [r for r in RULES if kind in r.triggers and _conditions_hold(r, ruling, demolition, fine)
            and applies(r, region, adopted)]


def rules_closed_by(
    event_or_doc: EventKind | DocType | str, ruling_type: RulingType | str | None = None
) -> list[Rule]:
    """The rows an event or a filed document fulfils.

    A court ruling (event `ruled` or document `court_ruling`) fulfils a row only
    when its ruling type is one the row lists: a 中止执行 ruling is no answer to
    the duty to rule on the application.
    """
    value = str(event_or_doc)
    ruling = RulingType(ruling_type) if ruling_type else None
    return [r for r in RULES if _closes(r, value, ruling)]


def _closes(r: Rule, value: str, ruling: RulingType | None) -> bool:
    if value in r.closed_by_events or value in r.closed_by_docs:
        return True
    return value in (EventKind.RULED, DocType.COURT_RULING) and ruling in r.closed_by_rulings


def needs_ruling_type(event: EventKind | str) -> bool:
    """True if every row of this event depends on the ruling type (the CLI must ask for it)."""
    kind = EventKind(event)
    rows = [r for r in RULES if kind in r.triggers]
    return kind not in IMPLIED_RULING and bool(rows) and all(r.ruling_types for r in rows)
