"""The Chinese text of the documents a natural-resources bureau issues, written from spec facts."""

from __future__ import annotations

from typing import Any

from generator.builder import DocBuilder, SampleDoc
from generator.facts import PartyFact

from models.vocab import DateRole, DocType, PartyRole

Spec = dict[str, Any]
LAND_LAW = "中华人民共和国土地管理法"
LAND_RULES = "中华人民共和国土地管理法实施条例"
COERCION_LAW = "中华人民共和国行政强制法"
PENALTY_LAW = "中华人民共和国行政处罚法"


def party_section(b: DocBuilder, entries: list[tuple[str, PartyRole, PartyFact]], table: bool) -> None:
    """Party lines (label：name，details) with their agent lines, or the same as a two-column table."""
    rows: list[tuple[str, str]] = []
    for label, role, fact in entries:
        name = b.party(role, fact.name, fact.kind)
        details = fact.details
        if fact.born is not None:
            details = details.replace("{born}", b.date(fact.born, DateRole.OTHER))
        if table:
            rows.append((label, f"{name}，{details}"))
            rows.extend(tuple(line.split("：", 1)) for line in fact.extra)  # type: ignore[misc]
        else:
            b.add("plain", f"{label}：{name}，{details}")
            for line in fact.extra:
                b.add("plain", line)
    if table:
        b.add("table", rows=tuple(rows))


def header(b: DocBuilder, issuer: str, title: str, number: str | None, spaced: bool = False) -> None:
    b.add("head", b.scalar("issuer", issuer, issuer))
    b.add("title", b.title(title, spaced))
    if number:
        b.add("number", b.scalar("doc_number", number, number))


def signature(b: DocBuilder, signer: str, s: Spec) -> None:
    b.add("blank")
    b.add("right", signer, seal=True)
    b.add("right", b.issued(s["issued"], s.get("date_style", "chinese"), s.get("zero", "〇")), seal=True)


def addressee(b: DocBuilder, name: str, role: PartyRole | None, kind: Any = None) -> None:
    b.scalar("recipient", name, name)
    if role is not None:
        b.party(role, name, kind)
    b.add("plain", f"{name}：")


def _orders(b: DocBuilder, s: Spec) -> str:
    """The items of a decision the document states as its own demand, each order expected true."""
    for name in s["orders"]:
        b.order(name, s["items"])
    return s["items"]


def penalty_decision(s: Spec) -> SampleDoc:
    b = DocBuilder(s["name"], DocType.PENALTY_DECISION)
    header(b, s["issuer"], "行政处罚决定书", s["number"])
    party_section(b, [(s.get("party_label", "当事人"), PartyRole.PARTY, s["party"])], s.get("table", False))
    b.add(
        "para",
        f"{b.date(s['found'], DateRole.VIOLATION_FOUND)}，我局执法人员在{s['how']}中发现，"
        f"当事人未经依法批准，擅自占用{b.scalar('location', s['location'], s['location'])}"
        f"{s['land']}{s['use']}。我局于{b.date(s['filed'], DateRole.OTHER)}立案调查。",
    )
    b.add(
        "para",
        f"经查明：当事人非法占用土地面积{b.area(*s['area'])}，{s['detail']}。上述事实有现场勘测笔录、"
        "询问笔录、土地利用现状图、现场照片等证据为证。",
    )
    notice = s["notice"]
    b.add(
        "para",
        f"我局于{b.date(notice[1], DateRole.SERVED)}向当事人送达了《行政处罚告知书》"
        f"（{b.ref(notice[0], DocType.PENALTY_NOTICE)}），当事人在法定期限内未提出陈述、申辩，"
        "也未要求举行听证。",
    )
    b.add(
        "para",
        f"我局认为，当事人的上述行为违反了{b.basis(LAND_LAW, s.get('violated', '第四十四条'))}的规定，"
        f"属非法占用土地行为。依据{b.basis(LAND_LAW, s.get('penalty_article', '第七十七条'))}、"
        f"{b.basis(LAND_RULES, s['rules_article'])}的规定，"
        "经我局案件审理委员会集体讨论，决定对当事人作出如下行政处罚：",
    )
    b.add("para", f"一、{b.order('return_land', '责令退还非法占用的土地')}；")
    b.add("para", f"二、{b.order('demolition', '限期拆除在非法占用的土地上新建的建筑物和其他设施')}，恢复土地原状；")
    b.add("para", f"三、按每平方米{s['rate']}元的标准处以罚款，计{b.fine(s['fine'], s['fine_style'])}。")
    b.add(
        "para",
        f"当事人应当{b.deadline('自收到本决定书之日起十五日内', days=15)}，持本决定书到{s['bank']}"
        "缴纳罚款。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。",
    )
    b.add(
        "para",
        f"当事人如不服本处罚决定，可以{b.deadline('在收到本决定书之日起六十日内', days=60)}向"
        f"{s['gov']}申请行政复议，也可以{b.deadline('在收到本决定书之日起六个月内', months=6)}"
        f"直接向{s['court']}提起行政诉讼。逾期不申请行政复议、不提起行政诉讼，又不履行本处罚决定的，"
        "我局将依法申请人民法院强制执行。",
    )
    signature(b, s["issuer"], s)
    return b.doc(s["issuer"], photo=True, party_table=s.get("table", False))


def demand_notice(s: Spec) -> SampleDoc:
    b = DocBuilder(s["name"], DocType.DEMAND_NOTICE)
    header(b, s["issuer"], s.get("title", "催告书"), s["number"])
    party = s["party"]
    addressee(b, party.name, PartyRole.PARTY, party.kind)
    decision = s["decision"]
    b.add(
        "para",
        f"我局于{b.date(decision[1], DateRole.DECISION)}对你{s['you']}作出了"
        f"{b.ref(decision[0], DocType.PENALTY_DECISION, decision[1])}《行政处罚决定书》，"
        f"并于{b.date(s['served'], DateRole.SERVED)}依法送达。决定：{_orders(b, s)}，"
        f"并处罚款{b.fine(s['fine'], s['fine_style'])}。",
    )
    b.add(
        "para",
        f"你{s['you']}在法定期限内未申请行政复议，也未提起行政诉讼，至今未履行上述行政处罚决定。根据"
        f"{b.basis(COERCION_LAW, '第三十五条', '第五十四条')}的规定，现依法催告你{s['you']}"
        f"{b.deadline('自收到本催告书之日起十日内', days=10)}履行下列义务：",
    )
    for item in s["duties"]:
        b.add("para", item)
    b.add(
        "para",
        f"你{s['you']}有权进行陈述和申辩。如有陈述、申辩意见，请{b.deadline('于收到本催告书之日起三日内', days=3)}"
        f"向我局提出。逾期仍不履行的，我局将依据{b.basis(COERCION_LAW, '第五十三条')}的规定，"
        f"申请{s['court']}强制执行。",
    )
    b.add("plain", f"联系人：{s['contact']}")
    signature(b, s["issuer"], s)
    return b.doc(s["issuer"], photo=True, party_table=False)


def enforcement_application(s: Spec) -> SampleDoc:
    b = DocBuilder(s["name"], DocType.ENFORCEMENT_APPLICATION)
    b.add("title", b.title("强制执行申请书"))
    if s.get("number"):
        b.add("number", b.scalar("doc_number", s["number"], s["number"]))
    party_section(
        b,
        [("申请人", PartyRole.APPLICANT, s["applicant"]), (s["resp_label"], PartyRole.RESPONDENT, s["respondent"])],
        s.get("table", False),
    )
    decision = s["decision"]
    b.add(
        "para",
        f"申请事项：请求依法强制执行申请人于{b.date(decision[1], DateRole.DECISION)}作出的"
        f"{b.ref(decision[0], DocType.PENALTY_DECISION, decision[1])}《行政处罚决定书》，"
        f"即：{s['items']}；罚款{b.fine(s['fine'], s['fine_style'])}。",
    )
    demand = s["demand"]
    b.add(
        "para",
        f"事实与理由：被申请人未经批准擅自占用{b.scalar('location', s['location'], s['location'])}"
        f"土地{b.area(*s['area'])}{s['use']}，违反了{b.basis(LAND_LAW, '第四十四条')}的规定。"
        f"申请人依法作出上述处罚决定，并于{b.date(s['served'], DateRole.SERVED)}送达被申请人。"
        "被申请人在法定期限内未申请行政复议，也未提起行政诉讼，又不履行处罚决定。"
        f"申请人于{b.date(demand[1], DateRole.SERVED)}向被申请人送达"
        f"《履行行政处罚决定催告书》（{b.ref(demand[0], DocType.DEMAND_NOTICE)}），"
        "催告期满，被申请人仍未履行。",
    )
    b.add(
        "para",
        f"为维护土地管理秩序，根据{b.basis(COERCION_LAW, '第五十三条', '第五十四条', '第五十五条')}的规定，"
        "特申请贵院依法强制执行。",
    )
    b.add("plain", "此致")
    b.add("plain", b.scalar("recipient", s["court"], s["court"]))
    b.add("plain", "附：1.行政处罚决定书及送达回证；2.催告书及送达回证；3.现场勘测图及照片；4.申请人主体资格证明。")
    bureau = s["applicant"].name
    b.add("blank")
    b.add("right", f"申请人：{bureau}", seal=True)
    b.add("right", b.issued(s["issued"], s.get("date_style", "chinese"), s.get("zero", "〇")), seal=True)
    b.scalar("issuer", bureau, bureau)
    return b.doc(bureau, photo=True, party_table=s.get("table", False))


def criminal_referral(s: Spec) -> SampleDoc:
    b = DocBuilder(s["name"], DocType.CRIMINAL_REFERRAL)
    header(b, s["issuer"], "涉嫌犯罪案件移送书", s["number"])
    addressee(b, s["police"], PartyRole.RECIPIENT_ORG, s["police_kind"])
    suspect = s["suspect"]
    name = b.party(PartyRole.REFERRED_PERSON, suspect.name, suspect.kind)
    b.add(
        "para",
        f"{name}（{suspect.details}）涉嫌{s['crime']}一案，我局于{b.date(s['found'], DateRole.VIOLATION_FOUND)}"
        f"在执法检查中发现，{name}未经批准在{b.scalar('location', s['location'], s['location'])}非法占用{s['land']}"
        f"{b.area(*s['area'])}{s['use']}，造成{s['damage']}。",
    )
    if s.get("decision"):
        decision = s["decision"]
        b.add(
            "para",
            f"我局已于{b.date(decision[1], DateRole.DECISION)}作出"
            f"{b.ref(decision[0], DocType.PENALTY_DECISION, decision[1])}行政处罚决定。",
        )
    b.add(
        "para",
        f"根据{b.basis('中华人民共和国刑法', s['penal_article'])}、"
        f"{b.basis('行政执法机关移送涉嫌犯罪案件的规定', '第三条')}之规定，现将该案移送你局，"
        f"请{b.deadline('自接受移送之日起三日内', days=3)}依法审查，并将是否立案的决定书面告知我局。",
    )
    b.add(
        "plain",
        f"附件：1.涉嫌犯罪案件情况的调查报告；2.涉案土地勘测定界图；3.{s['evidence']}；4.其他有关涉嫌犯罪的材料。",
    )
    signature(b, s["issuer"], s)
    b.add("plain", f"抄送：{s['copy']}")
    return b.doc(s["issuer"], photo=True)


def clue_referral(s: Spec) -> SampleDoc:
    b = DocBuilder(s["name"], DocType.CLUE_REFERRAL)
    header(b, s["issuer"], "问题线索移送书", s["number"])
    addressee(b, s["recipient"], PartyRole.RECIPIENT_ORG, s["recipient_kind"])
    official = s["official"]
    name = b.party(PartyRole.REFERRED_PERSON, official.name, official.kind)
    case = s["case"]
    b.add(
        "para",
        f"我局在查处{b.scalar('location', s['location'], s['location'])}{s['case_text']}过程中，"
        f"发现{official.details}{name}{s['misconduct']}。该违法行为于{b.date(s['found'], DateRole.VIOLATION_FOUND)}"
        f"被发现，我局已于{b.date(case[1], DateRole.DECISION)}作出"
        f"{b.ref(case[0], DocType.PENALTY_DECISION, case[1])}行政处罚决定。",
    )
    b.add(
        "para",
        f"根据{b.basis('中华人民共和国监察法', '第三十四条')}、{b.basis(s['rule_law'], s['rule_article'])}"
        "的规定，现将上述问题线索移送你委，请依规依纪依法处理，并将处理结果反馈我局。",
    )
    b.add("plain", "附件：1.问题线索情况说明；2.行政处罚决定书复印件；3.询问笔录复印件。")
    b.add("plain", f"联系人：{s['contact']}")
    signature(b, s["issuer"], s)
    return b.doc(s["issuer"], photo=True)


def penalty_notice(s: Spec) -> SampleDoc:
    b = DocBuilder(s["name"], DocType.PENALTY_NOTICE)
    header(b, s["issuer"], "行政处罚告知书", s["number"])
    party = s["party"]
    addressee(b, party.name, PartyRole.PARTY, party.kind)
    b.add(
        "para",
        f"我局于{b.date(s['found'], DateRole.VIOLATION_FOUND)}巡查发现，你{s.get('you', '')}未经批准擅自占用"
        f"{b.scalar('location', s['location'], s['location'])}土地{b.area(*s['area'])}{s['use']}，"
        f"违反了{b.basis(LAND_LAW, s.get('violated', '第四十四条'))}的规定。依据"
        f"{b.basis(LAND_LAW, s.get('penalty_article', '第七十七条'))}的规定，"
        f"我局拟对你{s.get('you', '')}作出如下行政处罚：{_orders(b, s)}，"
        f"并处罚款{b.fine(s['fine'], s['fine_style'])}。",
    )
    b.add(
        "para",
        f"根据{b.basis(PENALTY_LAW, '第四十四条', '第六十三条')}的规定，你有权进行陈述和申辩，"
        f"有权要求举行听证。你如要求陈述、申辩，应当{b.deadline('在收到本告知书之日起三日内', days=3)}"
        f"提出；要求听证的，应当{b.deadline('在收到本告知书之日起五日内', days=5)}提出。逾期视为放弃上述权利。",
    )
    b.add("plain", f"联系地址：{s['address']}")
    signature(b, s["issuer"], s)
    return b.doc(s["issuer"])


def stop_order(s: Spec) -> SampleDoc:
    b = DocBuilder(s["name"], DocType.STOP_ORDER)
    header(b, s["issuer"], "责令停止违法行为通知书", s["number"])
    party = s["party"]
    addressee(b, party.name, PartyRole.PARTY, party.kind)
    b.add(
        "para",
        f"{b.date(s['found'], DateRole.VIOLATION_FOUND)}，我局执法人员巡查发现，你单位在"
        f"{b.scalar('location', s['location'], s['location'])}{s['act']}，涉及土地面积约{b.area(*s['area'])}，"
        f"该行为违反了{b.basis(s['law'], s['article'])}的规定。",
    )
    b.add(
        "para",
        f"根据{b.basis(LAND_LAW, '第六十八条')}的规定，现责令你单位立即停止上述违法行为，"
        f"并{b.deadline('自收到本通知书之日起五日内', days=5)}持有关材料到我局{s['office']}接受调查处理。",
    )
    b.add("para", "拒不停止违法行为的，我局将依法采取查封施工现场、扣押施工工具等措施。")
    signature(b, s["issuer"], s)
    return b.doc(s["issuer"])


def suggestion_reply(s: Spec) -> SampleDoc:
    b = DocBuilder(s["name"], DocType.SUGGESTION_REPLY)
    suggestion = s["suggestion"]
    title = f"关于{suggestion[0]}检察建议书整改落实情况的回复"
    header(b, s["issuer"], title, s["number"])
    b.ref(suggestion[0], DocType.PROCURATORIAL_SUGGESTION, suggestion[1])
    addressee(b, s["procuratorate"], PartyRole.RECIPIENT_ORG, s["proc_kind"])
    b.add(
        "para",
        f"贵院于{b.date(suggestion[1], DateRole.DECISION)}作出的检察建议书，我局已于"
        f"{b.date(s['received'], DateRole.RECEIVED)}收悉。我局高度重视，立即召开专题会议研究部署整改工作。"
        "现将整改落实情况回复如下：",
    )
    applied = s["applied"]
    b.add(
        "para",
        f"一、对{b.ref(s['decision'], DocType.PENALTY_DECISION)}行政处罚决定，我局已于"
        f"{b.date(applied, DateRole.APPLICATION_FILED)}向{s['court']}申请强制执行，"
        f"法院已于{b.date(s['accepted'], DateRole.ACCEPTED)}立案受理。",
    )
    b.add("para", "二、对近三年作出的行政处罚决定执行情况进行了全面梳理，建立了处罚决定执行台账，明确专人跟踪督办。")
    b.add("para", "三、完善与人民法院、人民检察院的工作衔接机制，定期通报非诉执行案件办理情况。")
    b.add("para", "特此回复。")
    signature(b, s["issuer"], s)
    return b.doc(s["issuer"])


def case_referral(s: Spec) -> SampleDoc:
    b = DocBuilder(s["name"], DocType.CASE_REFERRAL)
    header(b, s["issuer"], "案件移送函", s["number"])
    addressee(b, s["recipient"], PartyRole.RECIPIENT_ORG, s["recipient_kind"])
    party = s["party"]
    name = b.party(PartyRole.REFERRED_PERSON, party.name, party.kind)
    b.add(
        "para",
        f"我局于{b.date(s['found'], DateRole.VIOLATION_FOUND)}在{s['how']}中发现，{name}（{party.details}）"
        f"未经批准在{b.scalar('location', s['location'], s['location'])}占用土地{b.area(*s['area'])}{s['use']}。",
    )
    b.add(
        "para",
        f"根据{b.basis(LAND_LAW, '第七十八条')}、{b.basis(PENALTY_LAW, '第二十五条')}的规定，该行为属于你局管辖，"
        f"现将该案件移送你局依法处理，请{b.deadline('于收到本函之日起十五日内', days=15)}将受理情况函告我局。",
    )
    b.add("plain", "附件：案件材料（卫片图斑截图、现场照片、询问笔录）共1册。")
    signature(b, s["issuer"], s)
    return b.doc(s["issuer"])


def service_receipt(s: Spec) -> SampleDoc:
    b = DocBuilder(s["name"], DocType.SERVICE_RECEIPT)
    b.add("head", b.scalar("issuer", s["issuer"], s["issuer"]))
    b.add("title", b.title("送达回证"))
    served = s["served"]
    party = s["party"]
    doc = s["document"]
    rows = (
        ("送达文书名称及文号", f"行政处罚决定书 {b.ref(doc[0], DocType.PENALTY_DECISION)}"),
        ("受送达人", b.scalar("recipient", b.party(PartyRole.PARTY, party.name, party.kind), party.name)),
        ("送达地点", s["place"]),
        ("送达方式", s["method"]),
        ("受送达人签名或盖章", f"{s['signed']}    {b.date(served, DateRole.SERVED)}"),
        ("送达人", s["servers"]),
        ("见证人", s["witness"]),
        ("备注", s["note"]),
    )
    b.add("table", rows=rows)
    b.add("blank")
    b.add("right", s["issuer"], seal=True)
    return b.doc(s["issuer"])
