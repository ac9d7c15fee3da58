"""Hard .txt cases from the twelfth batch of real copies (issue 3): shapes the law databases and bureau
sites gave that the samples did not yet print.

A judgment site that lays the court's header out as a table prints each header line as a one-cell row
("| 陕西省户县人民法院 |"); a bureau files its case under a 立案编号 that it prints in the facts, which is
neither the decision's own number nor a document it cites.  Each case damages a sample's clean text that
way; the expected values stay the clean ones.
"""

from __future__ import annotations

from collections.abc import Callable

from generator.builder import SampleDoc
from generator.sample_edits import Case, clean, replace_once


def one_cell_header_rows(doc: SampleDoc) -> Case:
    """The court, the title and the case number each printed as a one-cell table row."""
    text, fields = clean(doc)
    lines = text.split("\n", 3)
    rows = "\n".join(f"| {line} |" for line in lines[:3])
    return replace_once(text, "\n".join(lines[:3]), rows), fields


def case_filing_number(doc: SampleDoc) -> Case:
    """The facts give the number the bureau filed the case under, in brackets after 立案调查."""
    text, fields = clean(doc)
    filed = "我局于2020年3月11日立案调查。"
    text = replace_once(text, filed, filed[:-1] + "(立案编号:新自然资立〔2020〕17号)。")
    return text, fields


CASES: list[tuple[str, str, Callable[[SampleDoc], Case]]] = [
    ("hard_one_cell_header_rows", "court_ruling_01", one_cell_header_rows),
    ("hard_case_filing_number", "penalty_decision_02", case_filing_number),
]
