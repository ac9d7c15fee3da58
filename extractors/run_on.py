"""Line breaks put back into a web copy flattened to one line.

Publishers re-type judgments and decisions as one run-on line ("…法院行政裁定书(2017)湘0528行审9号
申请执行人…。被执行人…。…审判长张三二〇一七年六月二十八日书记员李四").  Every reader after this
one finds a title, a party block or a signature by where its lines start and end, so the joints a
printed page has on their own lines are broken again here: the title from its number, each party
label, the outcome's items, and the signature's names and date.  Only breaks are inserted, so each
offset maps back to the text as read (see `placed` and `origin`).
"""

from __future__ import annotations

import bisect
import re

from extractors.fields.name_shapes import first_place
from extractors.fields.printed_text import LETTER_SPACE, TITLE_BRACKET_WORD, TITLE_ENDINGS, spaced_words
from extractors.fields.sections import PARTY_LABELS
from extractors.fields.site_metadata import META_LABELS, SITE_RECORD, TABLE_WORDS
from extractors.normalise import PAGE_CONTROLS

# A line at least this long holding two kinds of joint, or a headline near its start, is a flattened
# document, not a paragraph.
RUN_ON = 200
_S = LETTER_SPACE  # letter spacing between the characters of a word
# A court's kind before the ending (行政, 执行, 行政赔偿 裁定书; a criminal court's 刑 事 判 决 书) belongs
# to the title.
_COURT_KINDS = "行政赔偿|国家赔偿|行政|执行|刑事附带民事|刑事|民事"
_TITLE = re.compile(r"(?:" + spaced_words(_COURT_KINDS) + _S + ")?" + spaced_words(TITLE_ENDINGS))
# The body printing a document ends right before its title (…中级人民法院行政判决书).
# The title is a word of its own there, not the end of a longer one (林业行政处罚决定书).
_TITLE_START = re.compile(r"(?:人民法院|法[ \t]?院|人民检察院|人民政府|委员会|办公室|局|大队|支队|中心|号)[ \t]*$")
# A judgment database's case table flattened before the title: 案件名称X法院Y…全文.
_HEAD_LABEL = re.compile(r"(?<![民事输])(?:" + TABLE_WORDS + r")|全" + _S + "文")  # not 人民法院, 海事法院
_LETTER_SPACED_END = re.compile(r"(?:[\u4e00-\u9fff][ \t]){3,}[\u4e00-\u9fff]$")
_HEAD_META = re.compile(r"(?:" + META_LABELS + r")" + _S + r"[:：]")
# The document's own number right after its title: 安林罚决字〔2024〕第67号, (2017)湘0528行审9号.
_NUMBER_AFTER = re.compile(
    r"[ \t]*(?:[\u4e00-\u9fff][ \t](?=[\u4e00-\u9fff]))?"  # a stray blank after the prefix's first character
    r"[\u4e00-\u9fffA-Za-z()（）]{0,14}?(?:[\[〔(（][ \t]*(?:19|20)\d{2}[ \t]*[\]〕)）]|字[ \t]*(?:19|20)\d{2})"
    r"[^。，,;；:：\n]{0,24}?号(?:之[一二三四五六七八九十]{1,2})?"
)
# The number printed above the title (柞国土监字(2017)70号 行政处罚决定书), and the addressee after it.
# It starts the line or follows a blank, but not a blank after a digit: that is a stray space inside a date
# (…于2015年1月 15 日作出(涿土)罚字(2014)第7161号行政处罚决定书 cites the number in a sentence).
_NUMBER_BEFORE = re.compile(r"(?:^|(?<=^[ \t])|(?<=[^0-9 \t][ \t]))" + _NUMBER_AFTER.pattern + r"[ \t]*$")
# A page's controls with the document glued after them (…打印本页 关闭窗口大连市金州区人民政府行政复议决定书).
_CONTROLS_GLUED = re.compile(r"(?:" + PAGE_CONTROLS + r")[\]〕]?(?=[\u4e00-\u9fff(〔\[])")
_AFTER_CONTROLS = re.compile(r"(?:" + PAGE_CONTROLS + r")[\]〕]?[ \t]*$")
_ADDRESSEE = re.compile(r"[^\s:：,，。;；()（）|]{2,30}[:：]")
# A title standing as a headline (at the line's start, after a blank, its issuer or its number, with at
# most a short prefix such as 林业 or 涉嫌犯罪案件), not cited inside a sentence (…送达了行政处罚决定书(…号)).
# 关于…检察建议书整改情况的回复: a title inside a longer one (which no 》 or full stop ends before it)
_ABOUT = re.compile(r"关于[^ \t。；;》]*$")
# A page's chrome glued before the title: its publication date and time, a bullet, a closing bracket
# (发布日期 ]• 2023-12-26林业行政处罚决定书, 字体:[ ]连云港市人民政府行政复议决定书).
_PAGE_MARK = r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:[ \t]+\d{1,2}:\d\d(?::\d\d)?)?|[•·\]】]"
# The kind words printed before the ending (林业 | 行政复议 | 国土资源违法案件 | 责令改正违法行为 | 事先(听证)),
# never a sentence's words (…局作出的行政处罚决定书): they start the title where a start word or the page's
# chrome ends.
_KIND = r"(?P<kind>(?:行为|" + TITLE_BRACKET_WORD + r"|[^\W\d_的于对之和及与将作出向由在经按依为所其该此本]){0,8})"
_HEADLINE = re.compile(
    r"(?:^|[ \t]|号[)）]|(?P<start>"
    + _TITLE_START.pattern.removesuffix(r"[ \t]*$")
    + "|"
    + _PAGE_MARK
    + r"))[ \t]*"
    + _KIND
    + "$"
)  # (also right after a bracketed number: 行政处罚决定书(…1号)行政处罚决定书…)
# A letter's addressee between the headline and the body: "XX有限公司: 我局于…", "霍礼博: 经查…".
_SALUTATION = re.compile(
    r"(?<=[ \t|])[^\s:：,，。;；()（）《》|]{2,30}[:：]"
    r"(?=[ \t]*(?:我局|本局|本机关|我委|本委|本府|经查|经调查|你|根据))"
)
_PARTY_WORD = spaced_words(PARTY_LABELS) + r"(?![民员们知])"
# (a label with its colon is one even glued to the word before it: …系单位局长被执行人：…)
_PARTY = re.compile(
    r"(?<=[。;；:：号)）\] \t])" + _PARTY_WORD + r"|" + _PARTY_WORD + r"(?=姓名|名称|单位名称|[ \t]*[:：])"
)
_FIRST_PARTY = re.compile(_PARTY_WORD)
# A role word opening a sentence of the facts (被告辩称, 原告诉称) is left in its sentence.
_NOT_A_LABEL_AFTER = re.compile(r"[ \t]*(?:诉称|辩称|述称|称|认为|不服|对|向|的|应|在|未|已|逾期|如|于)")
_IDENTITY = re.compile(
    r"(?<=[。;；])[ \t]*(?:法定代表人|主要负责人|负责人|委托诉讼代理人|委托代理人|诉讼代理人|经营者)"
)
_OUTCOME = re.compile(r"(?:裁定|判决|决定|处罚决定|处理决定)如下" + _S + r"[:：]")
_ITEM = re.compile(r"(?<=[:：。;；])[ \t]*[一二三四五六七八九十]{1,3}[、.．]")
_COURT_ROLE = re.compile(
    spaced_words("审判长|代理审判员|审判员|人民陪审员|执行员|法官助理|书记员") + r"(?=[ \t]*[\u4e00-\u9fff*×X某]{1,4})"
)
_CN = "〇○Oo0零一二三四五六七八九十"
_CN_DATE = re.compile(rf"[二两][{_CN}]{{3}}{_S}年{_S}[{_CN}]{{1,2}}{_S}月{_S}[{_CN}]{{1,3}}{_S}日")
_ARABIC_DATE = re.compile(r"(?:19|20)\d{2}" + _S + r"年" + _S + r"\d{1,2}" + _S + r"月" + _S + r"\d{1,2}" + _S + r"日")
# The signing body printed between the last sentence and its date (…依法强制执行。XX市自然资源局2024年3月5日).
_SIGNER = re.compile(
    r"[\u4e00-\u9fff()（）]{2,30}?(?:人民法院|人民检察院|人民政府|委员会|局|大队|支队|中心|办公室|管理处|所|站)"
    + _S
    + r"(?:[(（]\s*(?:印章|盖章|公章|章)\s*[)）])?"
    + _S
    + "$"
)


# A judgment site's page name and the headings it re-sections a copy under (裁判文书详情, 审理经过, 本院认为,
# 裁判结果): each stands on a line of its own once a flattened copy is broken, so that no name or title
# is read with one glued to it (裁判文书详情庆元县林业局与柳**…行政裁定书审理经过…).
_SITE_HEADING = re.compile(
    r"(?:^|(?<=[。书号:：”」]))[ \t]*(?:裁判文书详情|审理经过|(?:一审法院|本院)查明|本院认为|(?:一审|二审)?裁判结果|"
    r"裁判日期|审判人员|当事人信息|原告诉称|被告辩称|案件描述)(?=[^\s,，:：、])"
)

# The same site's record of the ruling: its date, court and number run together (2015.12.03淄博市中级人民法院
# (2015)淄行终字第33-2号), on a line of its own where the readers of dates and courts look for it.
_SITE_RECORD = re.compile(SITE_RECORD + r"[^。，,;；:：\s]{1,30}?号")


# A line of the page's metadata that runs into a title ending the line (• [ 发布日期 ]• 2020-05-28行政处罚决定书):
# the title goes on a line of its own however short the line.
_CHROME_BEFORE_TITLE = re.compile(
    r"(?:" + _PAGE_MARK + r")[ \t]*(?=[\u4e00-\u9fff]{0,8}(?:" + _TITLE.pattern + r")[ \t]*$)"
)


def breaks(text: str) -> list[int]:
    """Offsets before which a line break goes, in every run-on line of `text` (normalised text)."""
    found: set[int] = set()
    pos = 0
    for line in text.split("\n"):
        if len(line) < RUN_ON and (chrome := _CHROME_BEFORE_TITLE.search(line)) is not None:
            found.add(pos + chrome.end())
        if len(line) >= RUN_ON:
            joints = _joints(line)
            # two kinds of joint, a headline near the top, a party block's labels (申请执行人:…被执行人:…), a
            # judgment site's headings (two different ones at least, or none are counted), or a page's controls
            # with the document glued after them
            if (
                len(joints) >= 2
                or min(joints.get("title", {RUN_ON})) < RUN_ON
                or len(joints.get("party", ())) >= 2
                or "site headings" in joints
                or "page controls" in joints
            ):
                found.update(pos + at for offsets in joints.values() for at in offsets)
        pos += len(line) + 1
    return sorted(at for at in found if 0 < at < len(text) and text[at - 1] != "\n" and text[at] != "\n")


def _joints(line: str) -> dict[str, set[int]]:
    kinds = {
        "title": _title_joints(line),
        "party": _party_joints(line),
        "outcome": {m.end() for m in _OUTCOME.finditer(line)} | {m.start() for m in _ITEM.finditer(line)},
        "signature": _signature_joints(line),
        "addressee": {at for m in _SALUTATION.finditer(line) for at in (m.start(), m.end())},
        "site headings": _site_heading_joints(line),
        "site record": {at for m in _SITE_RECORD.finditer(line) for at in m.span()},
        "page controls": {m.end() for m in _CONTROLS_GLUED.finditer(line)},
        "table rows": _row_joints(line),
    }
    return {kind: offsets for kind, offsets in kinds.items() if offsets}


# One row's closing bar against the next row's opening one (| 某某中级人民法院 || 行政裁定书 || (2014)…号 |):
# a table of one-cell rows, each row a line of its own before the copy was flattened.
_ROW_JOINT = re.compile(r"(?<![|])[ \t]*\|(?=\|[ \t]*[^|\s])")


def _row_joints(line: str) -> set[int]:
    """Two row joints at least: one alone may be an empty cell."""
    found = [m.end() for m in _ROW_JOINT.finditer(line)]
    return set(found) if len(found) >= 2 else set()


def _site_heading_joints(line: str) -> set[int]:
    """Two different headings of a site's sections say the copy was re-sectioned; one alone may be prose."""
    found = list(_SITE_HEADING.finditer(line))
    if len({re.sub(r"\s", "", m.group(0)) for m in found}) < 2:
        return set()
    return {at for m in found for at in m.span()}


def _title_joints(line: str) -> set[int]:
    """The title run into its own number (before or after it), its first party label or its addressee:
    each goes on a line of its own, the issuer printed before the title too, and a case table or page
    metadata before the first title is split into its rows.  A page headline and the document's own
    header may print the title twice: both are broken."""
    found: set[int] = set()
    first: int | None = None
    for title in _TITLE.finditer(line):
        if first is not None and title.start() > first + 300:
            break
        if title.start() > len(line) // 2 and not _court_header_at(line, title):
            continue  # in a copy's second half only a court's own header (…人民法院行政裁定书(2020)…号) is a title
        if found and title.start() < max(found):  # inside the number just read (新自然资移函(2021)6号)
            continue
        joints = _headline_joints(line, title)
        if joints:
            found |= joints if first is not None else joints | _head_joints(line, title.start())
            first = title.start() if first is None else first
    return found


def _court_header_at(line: str, title: re.Match[str]) -> bool:
    """A commentary may run long before the judgment it quotes: its court's name, title and number."""
    return bool(re.search(r"人民法院[ \t]*$", line[max(0, title.start() - 12) : title.start()])) and bool(
        _NUMBER_AFTER.match(line, title.end())
    )


def _headline_joints(line: str, title: re.Match[str]) -> set[int]:
    headline = _HEADLINE.search(line, 0, title.start())
    if headline is None or _ABOUT.search(line, 0, title.start()):
        return set()
    if line[title.end() : title.end() + 1] == "字":  # a number's prefix (乌新规函字〔2004〕25号), no title
        return set()
    after = _skip_blanks(line, title.end())
    number = _NUMBER_AFTER.match(line, title.end())
    before = _NUMBER_BEFORE.search(line, max(0, title.start() - 40), title.start())
    addressee = _ADDRESSEE.match(line, _skip_blanks(line, number.end()) if number else after)
    if addressee is not None and _FIRST_PARTY.match(addressee.group(0)):
        addressee = None  # a party label with its colon, kept with the name after it
    if number is not None:
        closed = number.group(0).lstrip().startswith(("(", "（")) and line[number.end() : number.end() + 1] in ")）"
        out = {title.end(), number.end() + closed}
    elif _FIRST_PARTY.match(line, after):
        out = {title.end()}
    elif (before is not None or addressee is not None) and title.start() < 200:
        out = {title.end()} | ({before.start()} if before is not None else set())
    else:
        return set()
    if addressee is not None:
        out.add(addressee.end())
    if headline.group("start") and headline.group("kind"):  # the kind words start the title
        out |= {headline.start("kind"), *_issuer_start(line, headline.start("kind"))}
    elif _TITLE_START.search(line, 0, title.start()) or (before is not None and before.end() == title.start()):
        out |= {title.start(), *_issuer_start(line, title.start())}
    elif line[title.start() - 1 : title.start()] in (" ", "\t") or _AFTER_CONTROLS.search(line, 0, title.start()):
        out.add(title.start())  # after a page's chrome: 登录 | 注册 行政处罚决定书, 打印本页 关闭窗口行政处罚决定书
    return out


def _issuer_start(line: str, title_start: int) -> set[int]:
    """Where the issuer printed before the title begins: at the first place name (湖南省…, 厦门…) after
    the last blank or mark before the title, else right after that blank or mark.  A name printed
    twice (a site's headline field, then the header) starts at its second copy."""
    offset = max(0, title_start - 40)
    head = line[offset:title_start].rstrip()
    spaced = _LETTER_SPACED_END.search(head)  # 厦 门 海 事 法 院: its blanks are no boundary
    cut = spaced.start() if spaced else max(head.rfind(ch) for ch in " \t。，,;；:：)）》") + 1
    at = first_place(head, cut, len(head) - 3)
    if at is None:
        return {offset + cut} if cut > 0 and len(head) - cut > 3 else set()
    name = head[at:]
    half = len(name) // 2
    if len(name) % 2 == 0 and name[:half] == name[half:]:
        at += half
    return {offset + at}


def _skip_blanks(line: str, at: int) -> int:
    while at < len(line) and line[at] in " \t|":  # a cell bar (…002号 |曾利兵:) is a blank too
        at += 1
    return at


def _head_joints(line: str, end: int) -> set[int]:
    """Page metadata, and a case table's rows when three of its labels stand before the title (a single
    法院 or 当事人 in a blog's commentary is a word of its sentence)."""
    out = {m.start() for m in _HEAD_META.finditer(line, 0, end)}
    labels = list(_HEAD_LABEL.finditer(line, max(0, end - 600), end))
    if len({re.sub(r"\s", "", label.group(0)) for label in labels}) >= 3:
        out |= {at for label in labels for at in label.span()}
    return out


# The body's first sentence after the party block, its subject a side speaking of the other
# (…第三人X村民委员会 申请人对被申请人于…作出的…不服): the party block ends before it.
_OPENING = re.compile(
    r"(?<=[ \t。])(?:申请人|原告|上诉人|申请执行人)[ \t]*(?:对|不服|因)[ \t]*(?:被申请人|被告|被上诉人|被执行人)"
)


def _party_joints(line: str) -> set[int]:
    out = {m.start() for m in _PARTY.finditer(line) if not _NOT_A_LABEL_AFTER.match(line, m.end())}
    if not out:
        return out
    return out | {m.start() for m in _IDENTITY.finditer(line)} | {m.start() for m in _OPENING.finditer(line)}


def _signature_joints(line: str) -> set[int]:
    """Court officers' names and the signing date, or a signing body and its date, in the line's last part."""
    tail = len(line) * 3 // 5
    out = {m.start() for m in _COURT_ROLE.finditer(line, tail)}
    for date in [*_CN_DATE.finditer(line, tail), *_ARABIC_DATE.finditer(line, tail)]:
        sentence_end = max(line.rfind(mark, 0, date.start()) for mark in "。;；")
        signer = _SIGNER.search(line[sentence_end + 1 : date.start()]) if sentence_end >= 0 else None
        if signer is not None or (_CN_DATE.fullmatch(date.group(0)) and _after_name(line, date.start())):
            out |= {date.start(), date.end()}
            if signer is not None:
                out.add(sentence_end + 1 + signer.start())
    return out


def _after_name(line: str, at: int) -> bool:
    """A date printed after a signature's name, not inside a sentence (…于二〇一七年…)."""
    before = line[max(0, at - 2) : at].strip()
    return bool(before) and before[-1] not in "于在至自及和、,，前后的止起从到"


def insert(text: str, offsets: list[int]) -> str:
    """`text` with a line break before each offset."""
    parts, last = [], 0
    for at in offsets:
        parts.append(text[last:at])
        last = at
    parts.append(text[last:])
    return "\n".join(parts)


def placed(offsets: list[int]) -> list[int]:
    """Where each inserted break stands in the re-broken text (computed once per document)."""
    return [at + k for k, at in enumerate(offsets)]


def origin(breaks_at: list[int], position: int) -> int:
    """Where a position of the re-broken text was in the text as read; `breaks_at` comes from `placed`."""
    return position - bisect.bisect_left(breaks_at, position)
