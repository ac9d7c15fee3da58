"""Mending the issuer's name once agencies.py has chosen it.

The readers in agencies.py cut the signer's name out of the text as printed,
and the text is often not the document as signed.  A web copy flattened into
one line runs the closing formula (特此公告), a record's bracket, the state's
name over a court's header or the site's own name into the signer; OCR of a
letter-spaced or sealed header loses a place's first characters (牌县 for
双牌县); a case record files a court under a short name its header prints in
full.  Each mender here changes the value only when the text itself shows the
better spelling, and records what was printed when it drops words.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extractors.fields.name_shapes import ONE_PLACE_COURT, first_place, known_places, lost_place_head
from extractors.fields.printed_text import compact

# What a one-line copy glues before the signer's name: the closing formula, a record's bracket, the state's
# name printed over the court's header (中华人民共和国⏎山东省邹平市人民法院), or the site's own name when it
# names the same place (文山市人民政府 before 文山市自然资源局).
_CLOSING_GLUED = re.compile(r"^(?:特此(?:公告|通知|决定|函告|催告|告知|函复|函)|此致|[〕】\])）」』,，。;；:：、])+")
_STATE = "中华人民共和国"
_SITE_BEFORE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,7}?[市县区旗])人民政府(?=(?P=place)[\u4e00-\u9fff]{2,})")


def tidy_issuer(doc: Doc) -> None:
    """The signer's name as the document prints it, without what a flattened page ran into it."""
    issuer = doc._.fields.get("issuer")
    if issuer is None:
        return
    name = str(issuer.value)
    if name.startswith("共和国") and "中华人民" + name in compact(doc._.text):  # a header cut inside the state
        name = _STATE + name[len("共和国") :]
    tidy = _CLOSING_GLUED.sub("", name)
    site = _SITE_BEFORE.match(tidy)
    tidy = tidy[site.end() :] if site else tidy
    if tidy.startswith(_STATE) and not tidy.startswith(_STATE + "最高人民法院"):
        tidy = tidy[len(_STATE) :]  # the state's name above a court's header is no part of the court's
    tidy = _without_field_value(tidy, compact(doc._.text))
    if tidy != str(issuer.value) and len(tidy) >= 4:
        issuer.extra["printed"] = str(issuer.value)
        issuer.value = tidy


_ADMIN_END = ("省", "市", "县", "区", "州", "盟", "旗", "镇", "乡")


def _without_field_value(name: str, text: str) -> str:
    """A publicity row's last value run into the signer by a flattened page (当前状态:执行当中阿图什市自然资源局):
    the words before the first place name go when the page prints the name from that place on more often
    than with them.  A name that starts at a place (湖南省长沙市…) is left whole."""
    cut = first_place(name, 1, len(name) - 3)
    if cut is None:
        return name
    head = name[:cut]
    if head.endswith(_ADMIN_END) or first_place(head, 0, cut) is not None:
        return name
    printed = text.find(name)
    after_label = cut >= 2 and printed > 0 and text[printed - 1] in ":："
    return name[cut:] if after_label and text.count(name[cut:]) > text.count(name) else name


def restore_place(doc: Doc) -> None:
    """A letter-spaced header that OCR or a site mangled may lose the place's first characters (牌县人民政府);
    when the text prints exactly one known place that ends so (双牌县), that is the name.  A place the text
    does not print is never put in."""
    issuer = doc._.fields.get("issuer")
    if issuer is None:
        return
    name = str(issuer.value)
    tail = lost_place_head(name)
    if tail is None:
        return
    text = compact(doc._.text)
    heads = {m.group(1) for m in re.finditer(r"([\u4e00-\u9fff]{1,8})" + re.escape(tail), text)}
    whole = {place for head in heads for cut in range(len(head)) if (place := head[cut:] + tail) in known_places()}
    if len(whole) == 1:
        issuer.value = whole.pop() + name[len(tail) :]
        issuer.extra["restored_from"] = name


def fuller_court(doc: Doc) -> None:
    """A case record files its court under the short name (二审法院：辽源市中级人民法院) that the document's
    header prints with its province (吉林省辽源市中级人民法院): when the text prints exactly one such fuller
    name of the same court, that is the court's name."""
    issuer = doc._.fields.get("issuer")
    if issuer is None or not issuer.extra.get("from_metadata") or not ONE_PLACE_COURT.fullmatch(str(issuer.value)):
        return
    name = str(issuer.value)
    places = known_places()
    text = compact(doc._.text)
    fuller = {
        head[cut:] + name
        for m in re.finditer(r"([\u4e00-\u9fff]{2,10})" + re.escape(name), text)
        for head in [m.group(1)]
        for cut in range(len(head) - 1)
        if head[cut:] in places and head[cut:].endswith(("省", "自治区", "市"))
    }
    if len(fuller) == 1:
        issuer.value = fuller.pop()
