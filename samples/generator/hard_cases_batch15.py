"""Hard .txt cases from the fifteenth look at real copies (issue 3): line joints OCR and web copies lose.

A scan may read the page's source line and the document's number line as one line (信息来源:X局X罚字〔〕…号),
and the signature's agency and date as one line with the receipt's label under them (X局二〇一五年…日当事人：);
a lawyer's page prints a blurb line right above the court's header, with no blank line between.  Each case
damages a sample's clean text that way; the expected values stay the clean ones except what the damage
removed (the issuer's header line and the title line).
"""

from __future__ import annotations

from collections.abc import Callable

from generator.builder import SampleDoc
from generator.sample_edits import Case, clean, kind_kept_fields, replace_once


def number_glued_to_source_line(doc: SampleDoc) -> Case:
    """The header's agency and title lines lost; the site's source line runs into the number line."""
    text, fields = clean(doc)
    issuer = fields["issuer"]["value"]
    title = fields["title"]["value"]
    number = fields["doc_number"]["value"]
    glued = f"发布时间:2015-09-0214:27信息来源:{issuer}{number}\n"
    text = replace_once(text, f"{issuer}\n{title}\n{number}\n", glued)
    return text, kind_kept_fields(doc, text)


def signature_glued_to_receipt(doc: SampleDoc) -> Case:
    """The signature's agency and date on one line, the service receipt's label and blank date after them."""
    text, fields = clean(doc)
    issuer = fields["issuer"]["value"]
    signature = text[text.rindex(issuer) :].split("\n")
    signed = signature[1].strip()
    text = replace_once(text, "\n".join(signature[:2]), f"{issuer}{signed}当事人：\n年月日")
    return text, kind_kept_fields(doc, text, no_title=False)


def court_header_under_blurb(doc: SampleDoc) -> Case:
    """A lawyer's column: the page's name and a blurb line ending in its case, the court's line right under."""
    text, _ = clean(doc)
    column = "张律师专栏\n"
    blurb = "北京某律师事务所张律师,联系电话13261996547。张律师办理的申请执行非法占地行政处罚一案的成功案例\n"
    text = column + blurb + text
    return text, kind_kept_fields(doc, text, no_title=False)


CASES: list[tuple[str, str, Callable[[SampleDoc], Case]]] = [
    ("hard_number_glued_to_source_line", "penalty_decision_01", number_glued_to_source_line),
    ("hard_signature_glued_to_receipt", "penalty_decision_01", signature_glued_to_receipt),
    ("hard_court_header_under_blurb", "court_ruling_01", court_header_under_blurb),
]
