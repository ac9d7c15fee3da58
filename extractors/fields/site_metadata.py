"""Finds a web page's metadata: its label blocks (索引号, 发布机构, 发布日期…, with their values), a judgment
site's case table printed before 全文, and the site's record line of a ruling.

A copy saved from a site carries the page around the document, and the page's dates and numbers look like the
document's own: a 发布日期 is when the page went up, not when the document was issued, and a 文号 cell or a
visit counter is no case number.  Every reader of dates, numbers, issuers and titles therefore skips these
blocks, and the finder of a document's parts starts the document after them.
"""

from __future__ import annotations

import re

from extractors.fields.printed_text import LETTER_SPACE, NOT_A_TITLE_AFTER, TITLE_ENDINGS, compact, line_end, spaced

# A judgment site's record line glues the ruling's date, the court and the case number together
# (2015.12.03淄博市中级人民法院(2015)淄行终字第33-2号) over a copy cut before the court's own header.
SITE_RECORD = (
    r"(?:19|20)\d\d[.\-/年]\d{1,2}[.\-/月]\d{1,2}日?[ \t]*"
    r"(?P<value>[\u4e00-\u9fff]{2,30}?人民法院)[ \t]*[(（〔\[]?(?:19|20)\d\d[)）〕\]]"
)
DATED_COURT_LINE = re.compile(r"(?:^|(?<=\n))[ \t]*" + SITE_RECORD)


# Web-page metadata labels; their dates and numbers describe the page, not the document.
META_LABELS = (
    "索引号|发布机构|发布日期|成文日期|更新时间|公开日期|发布时间|信息来源|"
    "主题分类|生效日期|浏览次数|公开方式|公开范围|信息名称|访问量|来源|文号|"
    "有效性|组配分类|体裁分类|发文机关|主题词|发布文号|发文日期|关键词|主题导航|内容概述|内容摘要|摘要|浏览|点击数|点击量|阅读数|阅读量|字体|作者|责任编辑|"
    # a judgment database's bracketed case fields (〔审理法院〕:…, 〔审结时间〕:…) describe the case record
    "审理法院|法院层级|案例类型|审理程序|文书类型|审结时间|法官|标题|"
    # a law database's case card (北大法宝: 公开类型, 权责关键词, 相关企业…)
    "公开类型|裁定类型|判决类型|案件类型|权责关键词|相关企业|相关人物|法宝引证码|"
    # a site's footer names who runs the site, never who issued the document
    "主办单位|承办单位|主管单位|维护单位|网站标识码|网站识别码|技术支持|版权所有"
)
# A site's table may separate label and value with "|" instead of a colon; a database brackets its labels.
_META_LABEL = re.compile(
    r"[〔【\[]?(?:" + "|".join(spaced(w) for w in META_LABELS.split("|")) + r")[〕】\]]?" + LETTER_SPACE + r"[:：|]"
)
_CELL_VALUE = re.compile(r"[^|\n]*\|?")
# A date value ends at its time of day: OCR may glue the next line's headline onto it ("2018/10/23 0:00:00大连…").
_META_VALUE = re.compile(
    r"[ \t]*(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[ \t]*\d{1,2}:\d{2}(?::\d{2})?)?(?=[\u4e00-\u9fff])"
    r"|\d{1,9}(?=[\u4e00-\u9fff])(?![号年月日次])"  # a count (浏览次数:356) the headline was joined onto
    r"|[^\s]{0,60}(?:[ \t]\d{1,2}:\d{2}(?::\d{2})?)?)"
)
TABLE_WORDS = "案件名称|案号|法院|审理法院|所属地区|案件类型|审理程序|文书类型|当事人|案由|法律依据"
_TABLE_LABEL = re.compile(r"^[ \t]*(?:" + TABLE_WORDS + r")[ \t]*[:：]?[ \t]*$", re.M)
# 全文 opens the document; a PDF layout may glue it to the end of the value line above.
_FULL_TEXT = re.compile(r"全[ \t]*文[ \t]*[:：]?[ \t]*$", re.M)
_META_STRONG = re.compile(
    r"索引号|发布机构|发布日期|更新时间|公开日期|发布时间|信息来源|浏览次数|主题分类|公开方式|主办单位|网站标识码"
)

# A title phrase anywhere: the page's headline, printed between two of its blocks or as a label's value.
_TITLE_ENDING = re.compile("|".join(spaced(w) for w in TITLE_ENDINGS.split("|")))


def metadata_spans(text: str, table: tuple[int, int] | None = None) -> list[tuple[int, int]]:
    """Clusters of metadata labels (with their values); one strong label or two labels make a block.

    `table` is a site's case table found before unwrapping (its one-word label lines may be joined)."""
    spans = _label_spans(text)
    table = table or info_table(text)
    if table is not None:
        spans = sorted([s for s in spans if not (table[0] <= s[0] < table[1])] + [table])
    return spans


def info_table(text: str) -> tuple[int, int] | None:
    """A judgment site's case table: label lines (案件名称, 法院, 当事人…) each over its value, then 全文.

    Its 当事人 line lists the parties without roles and its 案件名称 is a headline, so the whole
    table is metadata; the document itself starts after 全文."""
    full = _FULL_TEXT.search(text, 0, 3000)
    if full is None:
        return None
    labels = list(_TABLE_LABEL.finditer(text, 0, full.start()))
    if len(labels) < 3:
        return None
    return labels[0].start(), full.end()


def _own_number_row(text: str, hit: re.Match[str]) -> bool:
    """A case page's row "处罚决定书文号:X" gives the document's own number, not the page's 文号; in a
    disclosure table's heading row ("…|行政处罚决定书文号|…") it stays with the page's table."""
    label = hit.group(0)
    return label.startswith("文") and text[hit.start() - 1 : hit.start()] == "书" and label.endswith((":", "："))


_SUMMARY_LABEL = re.compile(r"[〔【\[]?(?:内容摘要|内容概述|摘要)")


def _value_end(text: str, label: re.Match[str]) -> int:
    """Where a label's value ends: on its line, or on the next line when a label ends its line (a law
    database's card prints each label over its value: 审理法院：⏎X人民法院⏎⏎审结日期：⏎…).  The line below is
    no value when it holds fields of its own (当事人:…), nor when it names a document and no blank line or
    label follows it (a headline under an empty 来源:)."""
    value = _META_VALUE.match(text, label.end())
    end = value.end() if value else label.end()
    if value and _AGENCY_LABEL.search(label.group(0)):
        end = _before_glued_number(text, label.end(), end)
    below = _VALUE_BELOW.match(text, label.end())
    if below is None or re.search(r"[:：]", below.group("value")):  # a line of fields of its own (当事人:…)
        return end
    # a value line with no blank or label under it is taken only when it names no document (a headline);
    # a card's value that names one is its kind (文书类型:⏎裁定书), never a whole headline under an empty
    # label (有效性:⏎XX人民政府行政复议决定书(…号))
    names_document = _TITLE_ENDING.search(below.group("value")) and not _KIND_LABEL.search(label.group(0))
    if names_document and (below.group("next") is None or len(compact(below.group("value"))) > 10):
        return end
    return below.end("value")


# OCR joins a page's source line to the number line below it (信息来源:洪江市城市管理和综合执法局洪城罚决字
# 〔2025〕建设第22号): the agency's name ends the value, the number after it is the document's own.
_GLUED_NUMBER = re.compile(
    r"(?<=[局院府会厅委办处所队])[\u4e00-\u9fff]{1,10}[〔(（\[【﹝{「](?:19|20)\d\d[〕)）\]】﹞}」][^\s]{0,12}?\d{1,6}[号號]"
)


_AGENCY_LABEL = re.compile(r"来[ \t]*源|机[ \t]*构|机[ \t]*关")


def _before_glued_number(text: str, start: int, end: int) -> int:
    glued = _GLUED_NUMBER.search(text, start, end)
    return glued.start() if glued else end


# A record's kind field (文书类型:⏎判决书) names a kind as its value, whatever follows it.
_KIND_LABEL = re.compile(r"类型|种类|文种")
_VALUE_BELOW = re.compile(
    r"[ \t]*\n[ \t]*(?P<value>[^\n]{1,60}?)[ \t]*(?=(?P<next>\n[ \t]*\n|\n[^\n]{0,12}[:：][ \t]*\n)|\n|$)"
)


# A line that holds nothing but a document's number (桃鸬自资罚决〔2025〕04号).
_NUMBER_LINE = re.compile(r"^[ \t]*[^\s:：|]{0,20}[〔(\[]?(?:19|20)\d\d[〕)\]][^\s:：|]{0,12}?\d{1,6}号[ \t]*$", re.M)


def _holds_headline(text: str, before: re.Match[str], after: re.Match[str]) -> bool:
    """A title phrase between one label's value and the next label (…浏览次数:356⏎行政处罚决定书(…号)⏎
    索引号:…) is the page's headline, and a line holding only a number is the document's own: the two
    metadata blocks around it stay two, not one that swallows it."""
    between = _value_end(text, before), after.start()
    if _NUMBER_LINE.search(text, *between):
        return True
    titles = _TITLE_ENDING.finditer(text, *between)
    return any(not NOT_A_TITLE_AFTER.match(text, title.end()) for title in titles)  # not a column name


def _label_spans(text: str) -> list[tuple[int, int]]:
    hits = [h for h in _META_LABEL.finditer(text) if not _own_number_row(text, h)]
    clusters: list[list[re.Match[str]]] = []
    for hit in hits:
        if clusters and hit.start() - clusters[-1][-1].end() <= 80 and not _holds_headline(text, clusters[-1][-1], hit):
            clusters[-1].append(hit)
        else:
            clusters.append([hit])
    spans = []
    for group in clusters:
        strong = any(_META_STRONG.search(h.group(0).replace(" ", "")) for h in group)
        if not strong and len(group) < 2:
            continue
        cell = group[-1].group(0).endswith("|")  # a table cell runs to the next cell, a summary included
        if cell:
            value = _CELL_VALUE.match(text, group[-1].end())
            end = value.end() if value else group[-1].end()
        elif _SUMMARY_LABEL.match(group[-1].group(0)):  # a 摘要 repeats the opening: all its line
            end = _summary_end(text, group[-1].end(), line_end(text, _value_end(text, group[-1])))
        else:
            end = _value_end(text, group[-1])
        spans.append((_empty_party_cell(text, group[0].start()), end))
    return spans


def _summary_end(text: str, start: int, end: int) -> int:
    """A 摘要 quotes the text's opening words; where a scan's lines were joined with no blank line between,
    its line runs on into the text itself, which starts where those words come again."""
    value = end - len(text[start:end].lstrip(" \t:："))
    opening = text[value : value + 12]
    again = text.find(opening, value + len(opening), end) if len(opening.strip()) == 12 else -1
    return again if again > 0 else end


_EMPTY_PARTY_CELL = re.compile(r"当事人[ \t]*[:：][ \t]*$")


def _empty_party_cell(text: str, start: int) -> int:
    """A case page's field row "当事人:   法官:   文号:…" leaves 当事人 empty: that cell belongs to the row,
    it labels no party."""
    line_start = text.rfind("\n", 0, start) + 1
    cell = _EMPTY_PARTY_CELL.search(text, line_start, start)
    return cell.start() if cell else start
