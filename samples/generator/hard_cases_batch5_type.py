"""Hard .txt cases for the document type, issuer and issue date as the fifth real batch printed them
(issue 3): an appeal judgment cut to its party block and facts, a reconsideration decision that tells
of its reviewing body in the third person and lost header and signature, and a decision summary page
whose fields name the enforcing department and the decision date.

Each case damages a sample's clean text; facts no longer printed are dropped from the expected
fields, and the kind stays the clean text's, since the content still shows it.
"""

from __future__ import annotations

from collections.abc import Callable

from generator.builder import SampleDoc, expected_fields
from generator.render_text import INDENT, plain_text
from generator.sample_edits import Case, kind_kept_fields, names_by_role, replace_once


def appeal_cut(doc: SampleDoc) -> Case:
    """A judgment site's excerpt of an appeal: no court, title or number; the parties are labelled
    上诉人(原审原告) / 被上诉人(原审被告) and the copy stops before the court's reasoning and outcome."""
    text = "\n".join(plain_text(doc).splitlines()[3:]) + "\n"
    names = names_by_role(expected_fields(doc.records, text))
    plaintiff, defendant = names["plaintiff"], names["defendant"]
    text = replace_once(text, f"原告：{plaintiff}", f"上诉人（原审原告）{plaintiff}")
    text = replace_once(text, f"被告：{defendant}", f"被上诉人（原审被告）{defendant}")
    text = replace_once(text, "第三人：", "原审第三人")
    text = replace_once(text, f"原告{plaintiff}不服被告", f"上诉人{plaintiff}不服被上诉人")
    text = replace_once(text, "向本院提起行政诉讼", "向本院提起上诉")
    text = text[: text.index(INDENT + "本院认为")] + INDENT + "……\n"
    return text, kind_kept_fields(doc, text)


def third_person_review(doc: SampleDoc) -> Case:
    """A reconsideration decision copied from its party block to the facts: no authority, title, number
    or signature; the body names the reviewing government as the body that accepted the application
    and closed its review (现已审查终结, which a court ruling says too)."""
    lines = plain_text(doc).splitlines()
    reviewer = lines[0].strip()
    text = "\n".join(lines[3:]) + "\n"
    text = replace_once(
        text,
        "向本机关申请行政复议，本机关于",
        f"向{reviewer}申请行政复议，{reviewer}于",
    )
    text = replace_once(text, "依法受理。", "依法予以受理，现已审查终结。")
    text = text[: text.index(INDENT + "本机关认为")] + INDENT + "……\n"
    return text, kind_kept_fields(doc, text)


def summary_fields(doc: SampleDoc) -> Case:
    """A bureau's disclosure page of its decision: number, punished party, enforcing department
    (执法部门) and decision date (作出行政处罚日期) as label fields above a 决定书(摘要) headline,
    then the facts; the signature and the penalty paragraphs are not reproduced."""
    lines = plain_text(doc).splitlines()
    issuer, title, number = (line.strip() for line in lines[:3])
    fields = expected_fields(doc.records, plain_text(doc))
    party = names_by_role(fields)["party"]
    signed = next(line.strip() for line in reversed(lines) if line.strip())
    facts = [line for line in lines[3:] if line.startswith(INDENT)][:2]
    head = [
        f"行政处罚决定文书号:{number}",
        f"被处罚单位(被处罚人):{party}",
        f"执法部门:{issuer}",
        f"作出行政处罚日期: {signed}",
        f"{title}(摘要)",
    ]
    text = "\n".join(head + facts) + "\n"
    return text, kind_kept_fields(doc, text, no_title=False)


CASES: list[tuple[str, str, Callable[[SampleDoc], Case]]] = [
    ("hard_appeal_cut", "court_judgment_01", appeal_cut),
    ("hard_third_person_review", "reconsideration_decision_01", third_person_review),
    ("hard_summary_fields", "penalty_decision_02", summary_fields),
]
