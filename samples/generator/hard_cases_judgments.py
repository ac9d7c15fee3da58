"""Hard .txt cases for the parties of judgments and forms (issue 3): appeal labels, copies that lost
the party block but keep the case-name headline or the "原告A、B诉被告C" sentence, and a decision
that names its person in a "姓名:" form instead of after a 当事人 label.

Each case damages a sample's clean text the way a held-out real copy was damaged; the extra names
are invented.  Appeal sides keep their first-instance roles (the contract has no appellant role).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.builder import SampleDoc, expected_fields
from generator.render_text import plain_text
from generator.sample_edits import Case, line_starting, replace_once


def _side(role: str, name: str, kind: str) -> dict[str, str]:
    return {"role": role, "name": name, "kind": kind}


def _sides(fields: dict[str, Any]) -> tuple[str, str, str]:
    by_role = {p["role"]: p["name"] for p in fields["parties"]}
    return by_role["plaintiff"], by_role["defendant"], by_role["third_party"]


def appeal_judgment(doc: SampleDoc) -> Case:
    """The same case on appeal: 上诉人(原审原告) / 被上诉人(原审被告) / 原审第三人, without colons."""
    text = plain_text(doc)
    fields = expected_fields(doc.records, text)
    for old, new in (("原告：", "上诉人（原审原告）"), ("被告：", "被上诉人（原审被告）"), ("第三人：", "原审第三人")):
        line = next(line for line in text.splitlines() if line.startswith(old))
        text = replace_once(text, line, line.replace(old, new, 1))
    return text, fields


def _without_block(text: str) -> tuple[str, str]:
    """The text with its party block cut out, and the block's first line (where the cut starts)."""
    first = line_starting(text, "原告：")
    last = line_starting(text, "负责人：陈")
    start = text.index(first)
    return text[:start] + text[text.index(last) + len(last) + 1 :], first


def headline_excerpt(doc: SampleDoc) -> Case:
    """A site's excerpt: no party block, the case name as headline ("A与B…一审行政判决书"), and a
    sentence where the defendant's name runs on into its words ("被告XX局执法记录显示，…")."""
    text = plain_text(doc)
    fields = expected_fields(doc.records, text)
    plaintiff, defendant, _ = _sides(fields)
    body, _ = _without_block(text)
    body = replace_once(
        body,
        "　　经审理查明，",
        f"　　另查明：原告对处罚无异议。被告{defendant}执法记录显示，执法人员当场向原告送达了处罚决定书。\n"
        "　　经审理查明，",
    )
    text = f"{plaintiff}与 {defendant}土地行政处罚一审行政判决书(2)\n\n{body}"
    fields["parties"] = [_side("plaintiff", plaintiff, "person"), _side("defendant", defendant, "organization")]
    return text, fields


def suit_sentence(doc: SampleDoc) -> Case:
    """A judgment database page: the headline names two plaintiffs "等", the 当事人信息 is one
    sentence "原告A、B、C诉被告D…一案" that names them all."""
    text = plain_text(doc)
    fields = expected_fields(doc.records, text)
    plaintiff, defendant, _ = _sides(fields)
    body, first = _without_block(text)
    others = ["钱某某", "周某某"]
    sentence = (
        f"当事人信息\n原告{plaintiff}、{'、'.join(others)}诉被告{defendant}行政处罚一案，本院依法组成合议庭"
        "公开开庭审理了本案。\n"
    )
    head_at = body.index("　　原告")
    body = body[:head_at] + sentence + body[head_at:]
    headline = f"{plaintiff}、{others[0]}等与{defendant}等资源行政管理:土地行政管理(土地)一审行政判决书\n"
    fields["parties"] = [_side("plaintiff", name, "person") for name in [plaintiff, *others]]
    fields["parties"].append(_side("defendant", defendant, "organization"))
    assert first not in body
    return headline + body, fields


def name_form(doc: SampleDoc) -> Case:
    """A town government's form: the person under "姓名:" with identity lines, no 当事人 label."""
    text = plain_text(doc)
    fields = expected_fields(doc.records, text)
    name = fields["parties"][0]["name"]
    line = line_starting(text, "当事人：")
    text = replace_once(text, line, f"姓名:{name}\n性别:男\n住址:西藏自治区拉萨市堆龙德庆区乃琼镇某某村")
    fields["parties"] = [_side("party", name, "person")]
    return text, fields


CASES: list[tuple[str, str, Callable[[SampleDoc], Case]]] = [
    ("hard_appeal_judgment", "court_judgment_01", appeal_judgment),
    ("hard_headline_excerpt", "court_judgment_01", headline_excerpt),
    ("hard_suit_sentence", "court_judgment_01", suit_sentence),
    ("hard_name_form", "penalty_decision_03", name_form),
]
