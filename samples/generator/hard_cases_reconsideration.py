"""Hard .txt cases for the document type, title and issuer of reconsideration decisions and of
judgments as web pages print them (issue 3): a refusal-to-accept title, a body-only excerpt,
a judgment database's record lines, and a page whose first line is a search-spam headline.

Each case damages a sample's clean text; facts no longer printed are dropped from the expected
fields, and a case-name headline or a site's column name is never the title.
"""

from __future__ import annotations

from collections.abc import Callable

from generator.builder import SampleDoc, expected_fields
from generator.render_text import INDENT, plain_text
from generator.sample_edits import Case, clean, kind_kept_fields, names_by_role


def refusal_title(doc: SampleDoc) -> Case:
    """A refusal to accept the application: its title puts 申请 between 复议 and 决定书
    (不予受理行政复议申请决定书); the excerpt stops before the reasoning and the outcome."""
    text = plain_text(doc)
    lines = text.splitlines()
    title = "不予受理行政复议申请决定书"
    lines[1] = title
    text = "\n".join(lines) + "\n"
    text = text[: text.index(INDENT + "本机关认为")] + INDENT + "……\n"
    fields = kind_kept_fields(doc, text)
    fields["title"] = {"value": title}
    return text, fields


def body_excerpt(doc: SampleDoc) -> Case:
    """A newspaper quotes only the body: no authority, title, number or signature; the body
    still tells of the application made to 本机关 and of the penalty decision it reviews."""
    lines = plain_text(doc).splitlines()
    body = "\n".join(line for line in lines if line.startswith(INDENT))
    text = body[: body.index(INDENT + "本机关认为")] + INDENT + "……\n"
    return text, kind_kept_fields(doc, text)


def database_judgment(doc: SampleDoc) -> Case:
    """A judgment database page: the case name with its cause-of-action path (资源行政管理:土地…)
    as headline, then 案号 / 法院 record lines instead of the court, title and number lines."""
    court, _title, number, *rest = plain_text(doc).splitlines()
    names = names_by_role(clean(doc)[1])
    head = [
        f"{names['plaintiff']}与{names['defendant']}资源行政管理:土地行政管理(土地)一审行政判决书",
        f"案号:{number}",
        f"法院:{court}",
        "当事人信息",
    ]
    text = "\n".join(head + rest) + "\n"
    text = text[: text.index(INDENT + "本院认为")] + INDENT + "……\n"
    return text, kind_kept_fields(doc, text)


def spam_headline(doc: SampleDoc) -> Case:
    """A repost whose first line is a search-bait headline (行政判决书怎么写…), then the site's
    column name alone on a line, and empty lines between the court and the letter-spaced title."""
    court, title, *rest = plain_text(doc).splitlines()
    head = ["行政判决书怎么写(行政案件判决书范文)", "", "行政案件判决书", "", court, "", "", title]
    text = "\n".join(head + rest) + "\n"
    fields = expected_fields(doc.records, text)
    return text, fields


CASES: list[tuple[str, str, Callable[[SampleDoc], Case]]] = [
    ("hard_refusal_title", "reconsideration_decision_01", refusal_title),
    ("hard_reconsideration_excerpt", "reconsideration_decision_01", body_excerpt),
    ("hard_database_record_lines", "court_judgment_01", database_judgment),
    ("hard_spam_headline", "court_judgment_01", spam_headline),
]
