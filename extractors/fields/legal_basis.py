"""Legal basis: every law and article a document cites, one item per article.

Matched with regular expressions on the text (jieba splits 第五十八|条, so
tokens are no help) and mapped back to page spans.  "《土地管理法》第七十七条、
第八十三条" gives two items with the law repeated; "第七十七条第一款、第二款"
gives 第七十七条第一款 and 第七十七条第二款; 该法/同法/本法 resolve to the law
cited just before.  Law names are kept as written (abbreviations included);
a law written without 《》 gets them, so every value has one shape, and the
original spelling goes in extra {"as_written": ...}.  A law cited with no
article ("依据《土地管理法》的有关规定") is an item only when no article of it
is cited anywhere else.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extractors.field_model import Extracted
from extractors.fields.parties import FlatText, flat_ocr, flat_span, flat_text
from extractors.pipeline import add_item

_NUM = r"[0-9零〇一二两三四五六七八九十百千]+"
_ARTICLE = re.compile(
    rf"\s*(?P<article>第\s*{_NUM}\s*条(?:\s*之\s*[一二三四五六七八九十]+)?)"
    rf"(?P<rest>(?:\s*第\s*{_NUM}\s*款)?(?:\s*第?\s*\(?\s*{_NUM}\s*\)?\s*项)?"
    rf"(?:\s*(?:至|到|-|—)\s*第\s*{_NUM}\s*条)?)"
)
_SUB_ONLY = re.compile(
    rf"\s*(?P<sub>第\s*{_NUM}\s*款(?:\s*第?\s*\(?\s*{_NUM}\s*\)?\s*项)?|第?\s*\(\s*{_NUM}\s*\)\s*项)"
)
_JOIN = re.compile(r"\s*(?:、|和|及|以及|与|,|，)\s*(?=第|\()")
_BRACKETED = re.compile(r"《(?P<law>[^《》\n]{2,60}?)》")
_BARE = re.compile(
    r"(?:依据|根据|依照|按照|违反了?|符合|适用|参照)\s*"
    r"(?P<law>(?:中华人民共和国)?[\u4e00-\u9fff]{2,25}?(?:法|条例|规定|办法|解释|细则))(?=\s*第)"
)
_SAME_LAW = re.compile(r"(?:该法|同法|本法|该条例|该办法)(?=\s*第)")
_LAW_ENDING = re.compile(r"(?:法|条例|规定|办法|解释|细则|规则|决定|意见|通知|批复|规程|标准)(?:\s*\([^()]{1,8}\))?$")
_TRIGGER = re.compile(r"(?:依据|根据|依照|按照|违反了?|符合|适用|参照)\s*$")


def _articles(text: str, pos: int) -> list[tuple[str, int, int]]:
    """The articles cited right after a law name at pos: (article text, start, end)."""
    items: list[tuple[str, int, int]] = []
    last_article = ""
    while True:
        match = _ARTICLE.match(text, pos)
        if match:
            last_article = re.sub(r"\s+", "", match.group("article"))
            items.append((last_article + re.sub(r"\s+", "", match.group("rest")), match.start("article"), match.end()))
            pos = match.end()
        elif last_article and (sub := _SUB_ONLY.match(text, pos)):
            items.append((last_article + re.sub(r"\s+", "", sub.group("sub")), sub.start("sub"), sub.end()))
            pos = sub.end()
        else:
            break
        join = _JOIN.match(text, pos)
        if join is None:
            break
        pos = join.end()
    return items


_Citation = tuple[str, str, int, int, float, bool]  # law, article, start, end, confidence, written as cited


# OCR reads the inner 〈 or 〉 of "《…关于适用〈…法〉的解释》" as 《 or 》; repaired one for one, so offsets hold.
_INNER_OPEN = re.compile(r"《([^《》〈〉\n]{2,40})〉")
_INNER_CLOSE = re.compile(r"〈([^《》〈〉\n]{2,40})》(?=[^《》\n]{0,20}》)")


def _repair_inner(text: str) -> str:
    text = _INNER_OPEN.sub(lambda m: "〈" + m.group(1) + "〉", text)
    return _INNER_CLOSE.sub(lambda m: "〈" + m.group(1) + "〉", text)


def _citations(flat: FlatText) -> list[_Citation]:
    """Every law-and-article citation in text order; `written as cited` is False when the value is rebuilt."""
    text = _repair_inner(flat.text)
    found: list[_Citation] = []
    laws: list[tuple[int, int, str, float, bool]] = [
        (m.start(), m.end(), _repair_inner(f"《{flat.written(*m.span('law'))}》")[1:-1], 0.92, True)
        for m in _BRACKETED.finditer(text)
        if _LAW_ENDING.search(m.group("law"))
    ]
    laws += [(m.start("law"), m.end("law"), flat.written(*m.span("law")), 0.75, False) for m in _BARE.finditer(text)]
    laws.sort()
    for index, (start, end, law, confidence, bracketed) in enumerate(laws):
        articles = _articles(text, end)
        for i, (article, a_start, a_end) in enumerate(articles):
            found.append((law, article, start if i == 0 else a_start, a_end, confidence, bracketed))
        if not articles and _TRIGGER.search(text[max(0, start - 6) : start]):
            found.append((law, "", start, end, 0.6, bracketed))
        stop = laws[index + 1][0] if index + 1 < len(laws) else len(text)
        for same in _SAME_LAW.finditer(text, end, stop):
            for article, _, a_end in _articles(text, same.end()):
                found.append((law, article, same.start(), a_end, confidence - 0.1, False))
    return found


@Language.component("xianjie_legal_basis")
def find_legal_basis(doc: Doc) -> Doc:
    text = flat_text(doc).text
    citations = _citations(flat_text(doc))
    with_article = {re.sub(r"\s+", "", law) for law, article, *_ in citations if article}
    seen: set[str] = set()
    for law, article, start, end, confidence, as_cited in citations:
        name = re.sub(r"\s+", "", law)
        value = f"《{name}》{article}"
        if (not article and name in with_article) or value in seen:
            continue
        seen.add(value)
        extra = {} if as_cited else {"as_written": text[start:end]}
        confidence *= flat_ocr(doc, start, end)
        add_item(doc, "legal_basis", Extracted(value, confidence, flat_span(doc, start, end), extra=extra))
    return doc
