"""Hard .txt cases for the parties found by the first sight of the fifth real batch: a form label that
starts a longer word (被告知人姓名 is no 被告), a co-party on its own line without the label, and an
appeal page whose case title ("上诉人A等诉被上诉人B…一案") stands above the party block.

Each case edits a sample's clean text the way a real copy was printed; names and places are the
sample's own or invented, and the expected parties are those the copy names.
"""

from __future__ import annotations

from collections.abc import Callable

from generator.builder import SampleDoc, expected_fields
from generator.render_text import plain_text
from generator.sample_edits import Case, kind_kept_fields, line_starting, names_by_role, replace_once


def notified_person_label(doc: SampleDoc) -> Case:
    """A decision printed on a notice form: the party's row keeps the form's label "被告知人姓名:",
    and its details follow in cells after spaces."""
    text = plain_text(doc)
    fields = expected_fields(doc.records, text)
    line = line_starting(text, "当事人：")
    name = names_by_role(fields)["party"]
    row = f"被告知人姓名: {name} 性别: 男 出生日期: 1980年\n现住址: 西藏自治区拉萨市堆龙德庆区乃琼镇某某村"
    text = replace_once(text, line, row)
    fields = expected_fields(doc.records, text)
    fields["parties"] = [{"role": "party", "name": name, "kind": "person"}]
    return text, fields


def unlabelled_co_applicant(doc: SampleDoc) -> Case:
    """Two applicants under one letter-spaced label, the second on a line of its own without it."""
    text = plain_text(doc)
    respondent = names_by_role(expected_fields(doc.records, text))["respondent"]
    block = "\n".join(
        (line_starting(text, "申请人："), line_starting(text, "法定代表人：任"), line_starting(text, "委托代理人："))
    )
    applicants = "申 请 人：邱某一，男，1968年生，住新郑市龙湖镇泰山村。\n邱某二，男，1971年生，住新郑市龙湖镇泰山村。"
    text = replace_once(text, block, applicants)
    fields = expected_fields(doc.records, text)
    fields["parties"] = [
        {"role": "applicant", "name": "邱某一", "kind": "person"},
        {"role": "applicant", "name": "邱某二", "kind": "person"},
        {"role": "respondent", "name": respondent, "kind": "organization"},
    ]
    return text, fields


def appeal_case_title(doc: SampleDoc) -> Case:
    """A legal site's copy of the appeal: its case title "上诉人A等诉被上诉人B土地行政处罚一案" over an
    empty field row ("当事人:   法官:"), then the block with appeal labels, a second appellant and
    the appellants' joint agent ("2上诉人的共同委托代理人…"); the court, its title and number are not printed."""
    text = plain_text(doc)
    sides = names_by_role(expected_fields(doc.records, text))
    court, title, number = text.splitlines()[:3]
    plaintiff_line = line_starting(text, "原告：")
    appeal = (
        "您的位置：首页 >> 判裁案例 >> 案例正文\n\n"
        f"上诉人{sides['plaintiff']}等诉被上诉人{sides['defendant']}土地行政处罚一案\n\n当事人:   法官:\n\n"
    )
    text = replace_once(text, f"{court}\n{title}\n{number}\n", appeal)
    second = "上诉人（原审原告）钱某某，男，1981年生，汉族，住鄂州市鄂城区杜山镇某某村。"
    agent = "2上诉人的共同委托代理人何某，湖北某某律师事务所律师。"
    text = replace_once(text, plaintiff_line, plaintiff_line.replace("原告：", "上诉人（原审原告）") + "\n" + second)
    text = replace_once(text, line_starting(text, "委托诉讼代理人：何某"), agent)
    for old, new in (("被告：", "被上诉人（原审被告）"), ("第三人：", "被上诉人（原审第三人）")):
        line = line_starting(text, old)
        text = replace_once(text, line, line.replace(old, new, 1))
    fields = kind_kept_fields(doc, text)
    fields.pop("doc_number", None)
    fields["parties"] = [
        {"role": "plaintiff", "name": sides["plaintiff"], "kind": "person"},
        {"role": "plaintiff", "name": "钱某某", "kind": "person"},
        {"role": "defendant", "name": sides["defendant"], "kind": "organization"},
        {"role": "third_party", "name": sides["third_party"], "kind": "organization"},
    ]
    return text, fields


CASES: list[tuple[str, str, Callable[[SampleDoc], Case]]] = [
    ("hard_notified_person_label", "penalty_decision_03", notified_person_label),
    ("hard_unlabelled_co_applicant", "reconsideration_decision_01", unlabelled_co_applicant),
    ("hard_appeal_case_title", "court_judgment_01", appeal_case_title),
]
