"""Hard .txt cases for the parties found by the first sight of the sixth real batch: a form that fills
the 当事人 label with the party's kind and names the person in a 姓名 field below, and a disclosure
table copied cell by cell whose party is a street office on a line of its own.

Each case edits a sample's clean text the way a real copy was printed; names and places are the
sample's own or invented, and the expected parties are those the copy names.
"""

from __future__ import annotations

from collections.abc import Callable

from generator.builder import SampleDoc, expected_fields
from generator.render_text import plain_text
from generator.sample_edits import Case, line_starting, names_by_role, replace_once


def kind_in_party_label(doc: SampleDoc) -> Case:
    """A county form prints "当事人:个人" and the person's name in its own 姓名 field on the next line."""
    text = plain_text(doc)
    name = names_by_role(expected_fields(doc.records, text))["party"]
    line = line_starting(text, "当事人：")
    rest = line.removeprefix(f"当事人：{name}").lstrip("，,")
    text = replace_once(text, line, f"当事人:个人\n姓名:{name},{rest}")
    fields = expected_fields(doc.records, text)
    fields["parties"] = [{"role": "party", "name": name, "kind": "person"}]
    return text, fields


def cell_table_street_office(doc: SampleDoc) -> Case:
    """A credit site's disclosure copied cell by cell ("label:" line, "|" rule, value line) above the
    decision, its party a street office whose long name stands alone on its line."""
    text = plain_text(doc)
    office = "拉萨市城关区八廓街道办事处"
    line = line_starting(text, "当事人：")
    table = f"行政相对人名称:\n|\n{office}\n|\n行政相对人类别:\n|\n法人及非法人组织\n|\n行政相对人代码:\n|\n- |\n|"
    text = replace_once(text, line, table)
    fields = expected_fields(doc.records, text)
    fields["parties"] = [{"role": "party", "name": office, "kind": "organization"}]
    return text, fields


def parties_in_attendance_sentence(doc: SampleDoc) -> Case:
    """A judgment site that ran the party block into the first paragraph: the plaintiff opens it, the
    defendant is the one whose decision is disputed, the third party appears only in the sentence of
    who came to court (with an alias in brackets)."""
    text = plain_text(doc)
    fields = expected_fields(doc.records, text)
    lines = text.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("原告："))
    opening = next(i for i, line in enumerate(lines) if line.startswith("　") and "原告" in line)
    by_role = names_by_role(fields)
    plaintiff, defendant, third = by_role["plaintiff"], by_role["defendant"], by_role["third_party"]
    attendance = (
        f"原告{plaintiff}及其委托诉讼代理人何某,被告{defendant}的委托代理人吴某,"
        f"第三人{third}(以下简称村委会)的负责人陈某某到庭参加诉讼。本案现已审理终结。"
    )
    lines[opening] = lines[opening].replace("本案现已审理终结。", attendance)
    text = "\n".join(lines[:first] + lines[opening:]) + "\n"
    fields = expected_fields(doc.records, text)
    fields["parties"] = [
        {"role": "plaintiff", "name": plaintiff, "kind": "person"},
        {"role": "defendant", "name": defendant, "kind": "organization"},
        {"role": "third_party", "name": third, "kind": "organization"},
    ]
    return text, fields


CASES: list[tuple[str, str, Callable[[SampleDoc], Case]]] = [
    ("hard_kind_in_party_label", "penalty_decision_03", kind_in_party_label),
    ("hard_cell_table_street_office", "penalty_decision_03", cell_table_street_office),
    ("hard_parties_in_attendance_sentence", "court_judgment_01", parties_in_attendance_sentence),
]
