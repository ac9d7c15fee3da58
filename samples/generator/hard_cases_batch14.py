"""Hard .txt cases from the fourteenth look at real copies (issue 3): shapes agency sites gave that the samples
did not yet print.

A bureau that cannot reach the party serves its notice by publication: the page's headline names the notice in
《》 before 送达公告, under the bureau's own line, and the notice's title line is gone; a referral letter copied
without its 主送 line names the police office it goes to only in its last sentence.  Each case damages a
sample's clean text that way; the expected values stay the clean ones except what the damage removed (the
title line, the addressee line).
"""

from __future__ import annotations

from collections.abc import Callable

from generator.builder import SampleDoc
from generator.sample_edits import Case, clean, kind_kept_fields, replace_once


def served_by_notice(doc: SampleDoc) -> Case:
    """The notice printed under a 送达公告 headline: the bureau's line, 《title》送达公告, the page's date line."""
    text, fields = clean(doc)
    issuer = fields["issuer"]["value"]
    title = fields["title"]["value"]
    text = replace_once(
        text,
        f"{issuer}\n{title}\n",
        f"{issuer}\n《{title}》送达公告\n\n发布时间:2015-07-20 10:07 来源: 本网 字号: 【大】 【中】 【小】\n\n",
    )
    return text, kind_kept_fields(doc, text)


def referral_without_addressee(doc: SampleDoc) -> Case:
    """The 主送 line lost; the last sentence names where the case goes (现将该案移送X公安局,请…)."""
    text, fields = clean(doc)
    police = fields["recipient"]["value"]
    text = replace_once(text, f"{police}：\n", "")
    text = replace_once(text, "现将该案移送你局，", f"现将该案移送{police}，")
    fields = kind_kept_fields(doc, text, no_title=False)
    fields.pop("recipient", None)  # no line addresses the letter; the body still names the office as a party
    return text, fields


CASES: list[tuple[str, str, Callable[[SampleDoc], Case]]] = [
    ("hard_served_by_notice", "penalty_notice_01", served_by_notice),
    ("hard_referral_without_addressee", "criminal_referral_01", referral_without_addressee),
]
