"""Hard .txt cases for the parties (issue 3): the shapes in which real copies name the people and
organisations a document is about, and which cut the name wrongly or hide it.

Each case damages a sample's clean text the way a held-out real copy was damaged; the names are
the sample's own or invented, and the expected fields are those still printed, with the parties
the copy names (masked names kept as written, organisations without their alias brackets).
"""

from __future__ import annotations

from collections.abc import Callable

from generator.builder import SampleDoc, expected_fields
from generator.hard_cases import SIMPLIFIED, TRADITIONAL
from generator.render_text import plain_text
from generator.sample_edits import Case, replace_once


def _party_line(text: str, label: str = "当事人：") -> str:
    return next(line for line in text.splitlines() if line.startswith(label))


def _person(name: str, role: str = "party") -> dict[str, str]:
    return {"role": role, "name": name, "kind": "person"}


def _organization(name: str, role: str) -> dict[str, str]:
    return {"role": role, "name": name, "kind": "organization"}


def surname_word(doc: SampleDoc) -> Case:
    """A person whose surname is also a sentence word (于, 向, 应), after an ASCII colon and ",男"."""
    text = plain_text(doc)
    fields = expected_fields(doc.records, text)
    old = fields["parties"][0]["name"]
    line = _party_line(text)
    text = replace_once(text, line, line.replace("当事人：", "当事人:").replace("，男，", ",男,"))
    text = text.replace(old, "于某某")
    fields = expected_fields(doc.records, text.replace("于某某", old))
    fields["parties"] = [_person("于某某")]
    return text, fields


def _addressed_to(text: str, line: str, addressee: str) -> str:
    """The party line replaced by an addressee line; the body then speaks to them."""
    return replace_once(text, line, addressee).replace("当事人", "你二人" if "、" in addressee else "你")


def two_addressees(doc: SampleDoc) -> Case:
    """A decision to two persons named together in the addressee line ("A、B:"), printed in
    traditional characters as a Hong Kong or Taiwan mirror of the site does."""
    text = plain_text(doc)
    party = expected_fields(doc.records, text)["parties"][0]["name"]
    text = _addressed_to(text, _party_line(text), f"{party}、向某某:")
    fields = expected_fields(doc.records, text)
    fields["parties"] = [_person(party), _person("向某某")]
    fields["recipient"] = {"value": f"{party}、向某某"}
    return text.translate(str.maketrans(SIMPLIFIED, TRADITIONAL)), fields


def bare_masked_addressee(doc: SampleDoc) -> Case:
    """The addressee a masked name alone on its line under the number, with no colon."""
    text = plain_text(doc)
    party = expected_fields(doc.records, text)["parties"][0]["name"]
    text = _addressed_to(text, _party_line(text), f"\n{party}\n")
    fields = expected_fields(doc.records, text)
    fields["parties"] = [_person(party)]
    return text, fields


def narrative_party(doc: SampleDoc) -> Case:
    """A forum repost without the party block: the label opens the first sentence of the facts and
    the organisation's name runs straight into it ("当事人XX有限公司在未经…")."""
    text = plain_text(doc)
    party = expected_fields(doc.records, text)["parties"][0]["name"]
    for line in (_party_line(text), _party_line(text, "法定代表人："), _party_line(text, "委托代理人：")):
        text = replace_once(text, line + "\n", "")
    text = replace_once(text, "当事人未经依法批准，擅自", f"当事人{party}在未经依法批准的情况下，擅自")
    fields = expected_fields(doc.records, text)
    fields["parties"] = [_organization(party, "party")]
    return text, fields


def alias_bracket(doc: SampleDoc) -> Case:
    """The respondent's former name in brackets after its name; the name is the part before."""
    text = plain_text(doc)
    fields = expected_fields(doc.records, text)
    respondent = next(p["name"] for p in fields["parties"] if p["role"] == "respondent")
    line = _party_line(text, f"被执行人：{respondent}")
    text = replace_once(text, line, line.replace(respondent, f"{respondent}（原名户县鑫茂砂石厂）", 1))
    return text, fields


def three_defendants(doc: SampleDoc) -> Case:
    """A judgment with several defendants, each block with its head who appeared in court (出庭应诉)."""
    text = plain_text(doc)
    blocks = (
        "出庭应诉行政机关负责人：王某某，副局长。\n"
        "被告：鄂州市鄂城区杜山镇人民政府，住所地鄂州市鄂城区杜山镇杜山大道1号。\n"
        "法定代表人：胡某，镇长。\n"
        "出庭应诉行政机关负责人：刘某某，副镇长。\n"
        "委托代理人：周某，男，该镇工作人员。\n"
        "被告：鄂州市鄂城区城市管理执法局，住所地鄂州市鄂城区古城路22号。\n"
        "负责人：邓某某，局长。\n"
    )
    text = replace_once(text, "委托代理人：吴某，该局工作人员。\n", "委托代理人：吴某，该局工作人员。\n" + blocks)
    fields = expected_fields(doc.records, text)
    third = [p for p in fields["parties"] if p["role"] == "third_party"]
    others = [p for p in fields["parties"] if p["role"] != "third_party"]
    fields["parties"] = [
        *others,
        _organization("鄂州市鄂城区杜山镇人民政府", "defendant"),
        _organization("鄂州市鄂城区城市管理执法局", "defendant"),
        *third,
    ]
    return text, fields


def headerless_ruling(doc: SampleDoc) -> Case:
    """A ruling copy cut above the respondent: the applicant is named only in the first sentence of the
    facts ("申请执行人XX局于…向本院申请")."""
    text = plain_text(doc)
    fields = expected_fields(doc.records, text)
    respondent = _party_line(text, "被执行人：")
    text = text[text.index(respondent) :]
    kept = expected_fields(doc.records, text)
    kept["parties"] = fields["parties"]
    kept["doc_type"] = fields["doc_type"]  # the facts still show a ruling's content
    return text, kept


def disclosure_row(doc: SampleDoc) -> Case:
    """A disclosure-table copy: the party named only in a 行政相对人名称 row after the facts, the rules
    between cells printed as lone "|" lines."""
    text = plain_text(doc)
    fields = expected_fields(doc.records, text)
    party = fields["parties"][0]["name"]
    for line in (_party_line(text, "被处罚人："), _party_line(text, "法定代表人：")):
        text = replace_once(text, line + "\n", "")
    text += f"|\n行政相对人名称\n|\n{party}\n|\n行政相对人类别\n|\n法人及非法人组织\n|\n"
    kept = expected_fields(doc.records, text)
    kept["parties"] = fields["parties"]
    return text, kept


CASES: list[tuple[str, str, Callable[[SampleDoc], Case]]] = [
    ("hard_surname_word", "penalty_decision_03", surname_word),
    ("hard_two_addressees", "penalty_decision_03", two_addressees),
    ("hard_bare_masked_addressee", "penalty_decision_03", bare_masked_addressee),
    ("hard_narrative_party", "penalty_decision_01", narrative_party),
    ("hard_alias_bracket", "court_ruling_01", alias_bracket),
    ("hard_three_defendants", "court_judgment_01", three_defendants),
    ("hard_headerless_ruling", "court_ruling_01", headerless_ruling),
    ("hard_disclosure_row", "penalty_decision_02", disclosure_row),
]
