"""The Chinese text of court, procuratorate and reconsideration documents, written from spec facts."""

from __future__ import annotations

from generator.builder import DocBuilder, SampleDoc
from generator.templates import COERCION_LAW, LAND_LAW, Spec, addressee, header, party_section, signature

from models.vocab import DateRole, DocType, Executor, PartyRole, RulingType

INTERPRETATION = "最高人民法院关于适用〈中华人民共和国行政诉讼法〉的解释"
LITIGATION_LAW = "中华人民共和国行政诉讼法"


def _court_signature(b: DocBuilder, s: Spec) -> None:
    b.add("blank")
    for line in s["judges"]:
        b.add("right", line)
    b.add("right", b.issued(s["issued"], "chinese", s.get("zero", "〇")), seal=True)
    b.add("right", s["clerk"])


def _ruling_history(b: DocBuilder, s: Spec) -> None:
    decision = s["decision"]
    bureau = s["applicant"].name
    if s["outcome"] == "not_accepted":
        b.add(
            "para",
            f"本院于{b.date(s['received'], DateRole.RECEIVED)}收到申请执行人{bureau}于"
            f"{b.date(s['filed'], DateRole.APPLICATION_FILED)}提交的强制执行申请，"
            f"申请执行其作出的{b.ref(decision[0], DocType.PENALTY_DECISION, decision[1])}行政处罚决定。",
        )
    else:
        b.add(
            "para",
            f"申请执行人{bureau}于{b.date(s['filed'], DateRole.APPLICATION_FILED)}向本院申请强制执行其作出的"
            f"{b.ref(decision[0], DocType.PENALTY_DECISION, decision[1])}《行政处罚决定书》，"
            f"本院于{b.date(s['accepted'], DateRole.ACCEPTED)}立案受理后，依法组成合议庭进行了审查，现已审查终结。",
        )
    demand = s.get("demand")
    demand_text = ""
    if demand:
        demand_text = (
            f"申请执行人于{b.date(demand[1], DateRole.SERVED)}向被执行人送达了催告书"
            f"（{b.ref(demand[0], DocType.DEMAND_NOTICE)}），"
        )
    b.add(
        "para",
        f"申请执行人称：{b.date(decision[1], DateRole.DECISION)}，申请执行人以被执行人未经批准擅自占用"
        f"{b.scalar('location', s['location'], s['location'])}土地{b.area(*s['area'])}{s['use']}为由，"
        f"作出行政处罚决定：{s['items']}{s.get('fine_lead', '，并处罚款')}{b.fine(s['fine'], s['fine_style'])}。"
        f"该决定于{b.date(s['served'], DateRole.SERVED)}送达被执行人，被执行人在法定期限内未申请行政复议，"
        f"也未提起行政诉讼，又不履行。{demand_text}被执行人至今仍未履行，故申请强制执行。",
    )


def _outcome(b: DocBuilder, s: Spec) -> None:
    """The reasoning, the 裁定如下 part and the appeal instruction for each kind of outcome."""
    outcome = s["outcome"]
    bureau = s["applicant"].name
    number = s["decision"][0]
    if outcome == "not_accepted":
        b.add(
            "para",
            "本院认为，申请执行人的申请超过了法定申请期限，且无正当理由。依照"
            f"{b.basis(COERCION_LAW, '第五十三条')}、{b.basis(INTERPRETATION, '第一百五十六条')}之规定，裁定如下：",
        )
        b.add(
            "para",
            f"对申请执行人{bureau}的强制执行申请，本院"
            f"{b.scalar('ruling_type', RulingType.NOT_ACCEPTED.value, '不予受理')}。",
        )
        b.add(
            "para",
            f"如不服本裁定，可以{b.deadline('在裁定书送达之日起十日内', days=10)}向本院递交上诉状，"
            f"上诉于{s['upper']}。",
        )
        return
    if outcome == "refuse":
        b.add(
            "para",
            f"本院认为，{s['reason']}依照{b.basis(COERCION_LAW, '第五十八条')}、"
            f"{b.basis(INTERPRETATION, '第一百六十一条')}之规定，裁定如下：",
        )
        b.add(
            "para",
            f"对申请执行人{bureau}作出的{number}行政处罚决定，"
            f"{b.scalar('ruling_type', RulingType.REFUSE.value, '不准予强制执行')}。",
        )
        b.add(
            "para",
            f"申请执行人如不服本裁定，可以{b.deadline('自收到本裁定书之日起十五日内', days=15)}"
            f"向{s['upper']}申请复议。",
        )
        return
    b.add(
        "para",
        "本院认为，申请执行人作出的行政处罚决定认定事实清楚，证据充分，适用法律、法规正确，"
        f"程序合法。{s.get('reason', '')}依照{b.basis(COERCION_LAW, '第五十七条')}、"
        f"{b.basis(INTERPRETATION, '第一百六十条')}之规定，裁定如下：",
    )
    enforce = b.scalar("ruling_type", RulingType.ENFORCE.value, "准予强制执行")
    if outcome == "split":
        b.add(
            "para",
            f"一、{enforce}申请执行人{bureau}作出的{number}行政处罚决定第一项、第二项，"
            f"{b.scalar('executor', Executor.GOVERNMENT.value, '由' + s['gov'] + '组织实施')}；",
        )
        b.add("para", "二、对该行政处罚决定第三项罚款不准予强制执行。")
        b.add(
            "para",
            f"申请执行人如对第二项不服，可以{b.deadline('自收到本裁定书之日起十五日内', days=15)}"
            f"向{s['upper']}申请复议。",
        )
        return
    tail = "。"
    if outcome == "government":
        tail = f"，{b.scalar('executor', Executor.GOVERNMENT.value, '由' + s['gov'] + '组织实施')}。"
    elif outcome == "court":
        tail = f"，{b.scalar('executor', Executor.COURT.value, '由本院执行局负责执行')}。"
    b.add("para", f"{enforce}申请执行人{bureau}作出的{number}行政处罚决定{tail}")
    b.add("para", "本裁定送达后即发生法律效力。")


def court_ruling(s: Spec) -> SampleDoc:
    b = DocBuilder(s["name"], DocType.COURT_RULING)
    header(b, s["court"], "行政裁定书", s["number"], s.get("spaced", False))
    party_section(
        b,
        [("申请执行人", PartyRole.APPLICANT, s["applicant"]), (s["resp_label"], PartyRole.RESPONDENT, s["respondent"])],
        s.get("table", False),
    )
    _ruling_history(b, s)
    _outcome(b, s)
    _court_signature(b, s)
    return b.doc(s["court"], photo=True, party_table=s.get("table", False))


def court_acceptance(s: Spec) -> SampleDoc:
    b = DocBuilder(s["name"], DocType.COURT_ACCEPTANCE)
    header(b, s["court"], "受理案件通知书", s["number"])
    bureau = s["applicant"]
    addressee(b, bureau.name, PartyRole.APPLICANT, bureau.kind)
    respondent = s["respondent"]
    b.party(PartyRole.RESPONDENT, respondent.name, respondent.kind)
    b.add(
        "para",
        f"你单位申请强制执行{respondent.name}{s['matter']}一案，本院于{b.date(s['received'], DateRole.RECEIVED)}"
        f"收到申请材料，经审查，符合法定受理条件，本院已于{b.date(s['accepted'], DateRole.ACCEPTED)}"
        f"立案受理，申请执行的行政决定为{b.ref(s['decision'], DocType.PENALTY_DECISION)}行政处罚决定。",
    )
    b.add(
        "para",
        f"根据{b.basis(COERCION_LAW, '第五十七条')}的规定，本院将{b.deadline('自受理之日起七日内', days=7)}"
        "作出是否准予执行的裁定。请你单位在收到本通知后及时与承办人联系，并补充提交被执行人的送达地址确认书。",
    )
    b.add("plain", f"承办人：{s['judge']}    联系电话：{s['phone']}")
    signature(b, s["court"], s)
    return b.doc(s["court"])


def court_judgment(s: Spec) -> SampleDoc:
    b = DocBuilder(s["name"], DocType.COURT_JUDGMENT)
    header(b, s["court"], "行政判决书", s["number"], spaced=True)
    party_section(
        b,
        [
            ("原告", PartyRole.PLAINTIFF, s["plaintiff"]),
            ("被告", PartyRole.DEFENDANT, s["defendant"]),
            ("第三人", PartyRole.THIRD_PARTY, s["third"]),
        ],
        False,
    )
    plaintiff = s["plaintiff"].name
    decision = s["decision"]
    b.add(
        "para",
        f"原告{plaintiff}不服被告{s['defendant'].name}于{b.date(decision[1], DateRole.DECISION)}作出的"
        f"{b.ref(decision[0], DocType.PENALTY_DECISION, decision[1])}行政处罚决定，于"
        f"{b.date(s['filed'], DateRole.APPLICATION_FILED)}向本院提起行政诉讼。本院于"
        f"{b.date(s['accepted'], DateRole.ACCEPTED)}立案后，依法组成合议庭，公开开庭审理了本案。本案现已审理终结。",
    )
    b.add(
        "para",
        f"经审理查明，原告未经批准在{b.scalar('location', s['location'], s['location'])}占用土地"
        f"{b.area(*s['area'])}建设厂房。被告经立案调查后，作出被诉处罚决定，责令原告退还土地、拆除建筑物，"
        f"并处罚款{b.fine(s['fine'], 'arabic')}。",
    )
    b.add(
        "para",
        f"本院认为，被告作出的处罚决定认定事实清楚，适用{b.basis(LAND_LAW, '第七十七条')}正确，程序合法。"
        f"原告的诉讼请求缺乏事实和法律依据，本院不予支持。依照{b.basis(LITIGATION_LAW, '第六十九条')}之规定，"
        "判决如下：",
    )
    b.add("para", f"驳回原告{plaintiff}的诉讼请求。")
    b.add("para", "案件受理费50元，由原告负担。")
    b.add(
        "para",
        f"如不服本判决，可以{b.deadline('在判决书送达之日起十五日内', days=15)}向本院递交上诉状，"
        f"并按对方当事人的人数提出副本，上诉于{s['upper']}。",
    )
    _court_signature(b, s)
    return b.doc(s["court"])


def procuratorial_suggestion(s: Spec) -> SampleDoc:
    b = DocBuilder(s["name"], DocType.PROCURATORIAL_SUGGESTION)
    header(b, s["issuer"], "检察建议书", s["number"])
    addressee(b, s["bureau"], PartyRole.RECIPIENT_ORG, s["bureau_kind"])
    decision = s["decision"]
    party = s["party"]
    b.add(
        "para",
        f"本院在履行{s['duty']}职责中发现，你局于{b.date(decision[1], DateRole.DECISION)}对{party}作出"
        f"{b.ref(decision[0], DocType.PENALTY_DECISION, decision[1])}行政处罚决定，"
        f"认定其非法占用{b.scalar('location', s['location'], s['location'])}土地{b.area(*s['area'])}，"
        f"决定{s['items']}。该决定于{b.date(s['served'], DateRole.SERVED)}送达。",
    )
    b.add(
        "para",
        f"当事人在法定期限内未申请行政复议，也未提起行政诉讼，且未履行处罚决定。截至"
        f"{b.date(s['checked'], DateRole.OTHER)}，你局{s['failure']}，违法占地状态持续存在，国家利益和社会公共利益"
        "持续处于受侵害状态。",
    )
    b.add(
        "para",
        f"本院认为，根据{b.basis(COERCION_LAW, '第五十三条')}的规定，当事人在法定期限内不申请行政复议或者"
        "提起行政诉讼，又不履行行政决定的，没有行政强制执行权的行政机关可以"
        f"{b.deadline('自期限届满之日起三个月内', months=3)}，"
        "申请人民法院强制执行。你局未依法履行职责。根据"
        f"{b.basis('中华人民共和国人民检察院组织法', '第二十一条')}、"
        f"{b.basis('人民检察院检察建议工作规定', '第十一条')}的规定，向你局提出如下检察建议：",
    )
    for item in s["advice"]:
        b.add("para", item)
    b.add(
        "para",
        f"请你局{b.deadline(s['reply'][0], months=s['reply'][1])}将整改落实情况书面回复本院。",
    )
    signature(b, s["issuer"], s)
    if s.get("copy"):
        b.add("plain", f"抄送：{s['copy']}")
    return b.doc(s["issuer"], photo=True)


def supervision_application(s: Spec) -> SampleDoc:
    b = DocBuilder(s["name"], DocType.SUPERVISION_APPLICATION)
    b.add("title", b.title("检察监督申请书"))
    party_section(b, [("申请人", PartyRole.APPLICANT, s["applicant"])], False)
    ruling = s["ruling"]
    b.add(
        "para",
        f"申请监督事项：请求对{s['court']}{b.ref(ruling[0], DocType.COURT_RULING, ruling[1])}行政裁定"
        "依法进行监督，并向该院提出检察建议。",
    )
    b.add(
        "para",
        f"事实与理由：申请人于{b.date(s['filed'], DateRole.APPLICATION_FILED)}向{s['court']}申请强制执行"
        f"{b.ref(s['decision'], DocType.PENALTY_DECISION)}行政处罚决定，该院于{b.date(ruling[1], DateRole.RULED)}"
        f"作出上述裁定，以“{s['reason']}”为由不准予强制执行。申请人于{b.date(s['received'], DateRole.RECEIVED)}"
        "收到该裁定，并已依法申请复议，复议未获支持。申请人认为，该裁定认定事实错误，适用法律不当。",
    )
    b.add(
        "para",
        f"根据{b.basis('人民检察院行政诉讼监督规则', '第二十条')}的规定，特向贵院申请监督。",
    )
    b.add("plain", "此致")
    b.add("plain", b.scalar("recipient", s["procuratorate"], s["procuratorate"]))
    bureau = s["applicant"].name
    b.scalar("issuer", bureau, bureau)
    b.add("blank")
    b.add("right", f"申请人：{bureau}", seal=True)
    b.add("right", b.issued(s["issued"], "arabic"), seal=True)
    return b.doc(bureau)


def reconsideration_decision(s: Spec) -> SampleDoc:
    b = DocBuilder(s["name"], DocType.RECONSIDERATION_DECISION)
    header(b, s["issuer"], "行政复议决定书", s["number"])
    party_section(
        b,
        [("申请人", PartyRole.APPLICANT, s["applicant"]), ("被申请人", PartyRole.RESPONDENT, s["respondent"])],
        False,
    )
    decision = s["decision"]
    b.add(
        "para",
        f"申请人不服被申请人于{b.date(decision[1], DateRole.DECISION)}作出的"
        f"{b.ref(decision[0], DocType.PENALTY_DECISION, decision[1])}行政处罚决定，于"
        f"{b.date(s['filed'], DateRole.APPLICATION_FILED)}向本机关申请行政复议，本机关于"
        f"{b.date(s['accepted'], DateRole.ACCEPTED)}依法受理。",
    )
    b.add(
        "para",
        f"经审理查明：申请人未经批准擅自占用{b.scalar('location', s['location'], s['location'])}集体土地"
        f"{b.area(*s['area'])}建设仓储用房。被申请人据此作出上述处罚决定，罚款{b.fine(s['fine'], 'capital')}。",
    )
    b.add(
        "para",
        "本机关认为，被申请人作出的行政处罚决定认定事实清楚，证据确凿，适用依据正确，程序合法，内容适当。"
        f"根据{b.basis('中华人民共和国行政复议法', '第六十八条')}的规定，本机关决定：维持被申请人作出的"
        f"{decision[0]}行政处罚决定。",
    )
    b.add(
        "para",
        f"申请人如不服本决定，可以{b.deadline('自收到本决定书之日起十五日内', days=15)}向{s['court']}提起行政诉讼。",
    )
    signature(b, s["issuer"], s)
    return b.doc(s["issuer"])
