"""Hard .txt cases from the thirteenth look at real copies (issue 3): shapes bureau sites and law databases
gave that the samples did not yet print.

A bureau's page puts the decision's kind and number in its headline and prints the title line itself without
its 书 (行政处罚决定); a page's publication date runs straight into the title line; a site whose encoding could
not carry the letter spacing of a court's title serves each blank as "?"; an appeal's party block names the
agency's head who attends for it (应诉负责人) and a place whose name starts with 如.  Each case damages a
sample's clean text that way; the expected values stay the clean ones unless the damage changes what is
printed (the title line without 书).
"""

from __future__ import annotations

from collections.abc import Callable

from generator.builder import SampleDoc
from generator.sample_edits import Case, clean, replace_once


def bare_title_under_headline(doc: SampleDoc) -> Case:
    """The page's headline carries the kind and the number; the title line below it lost its 书."""
    text, fields = clean(doc)
    number = fields["doc_number"]["value"]
    text = replace_once(text, "\n行政处罚决定书\n", "\n行政处罚决定\n")
    fields["title"] = {"value": "行政处罚决定"}
    return f"行政处罚决定书({number})\n\n{text}", fields


def date_glued_before_title(doc: SampleDoc) -> Case:
    """The page's metadata bullets end in its publication date, run into the title line; the copy prints
    no header line above the title (the signature still names the bureau)."""
    text, fields = clean(doc)
    issuer_line, rest = text.split("\n", 1)
    assert rest.startswith("行政处罚决定书\n"), issuer_line
    return "• [ 索引号 ]• 115400000000000000/2023-00009• [ 发布日期 ]• 2023-06-02" + rest, fields


def question_mark_blanks(doc: SampleDoc) -> Case:
    """Each blank of the letter-spaced title served as "?" before it, and the site's summary heading too."""
    text, fields = clean(doc)
    text = replace_once(text, "行 政 判 决 书", "行? 政? 判? 决? 书")
    return "? 裁判要旨\n行政机关未依法送达的行政行为不发生法律效力。\n? 裁判文书\n" + text, fields


CASES: list[tuple[str, str, Callable[[SampleDoc], Case]]] = [
    ("hard_bare_title_under_headline", "penalty_decision_02", bare_title_under_headline),
    ("hard_date_glued_before_title", "penalty_decision_03", date_glued_before_title),
    ("hard_question_mark_blanks", "court_judgment_01", question_mark_blanks),
]
