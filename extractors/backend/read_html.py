"""Web pages saved as HTML or as one MHTML file (a court's or bureau's page, Ctrl+S from the browser): the text
the page shows.

Clerks keep published decisions and rulings as the page they found them on.  Read as plain text, the markup,
scripts and styles would bury the document; read as a browser shows it, the page is a web copy like any other
(its metadata table, breadcrumb and toolbar included, which the field readers already tell apart from the
document).  Block elements end a line, a table row is one line with its cells apart, and the line breaks of
the HTML source mean nothing: a paragraph wrapped in the source is one paragraph.
"""

from __future__ import annotations

import email
import email.policy
import re
from pathlib import Path

import lxml.etree
import lxml.html

from extractors.backend.lines import page_from_lines
from extractors.backend.read_text import decode_text
from extractors.document import Page
from extractors.errors import ReadError

# Elements whose content a browser never shows as text.
_HIDDEN = {"head", "script", "style", "noscript", "template", "iframe", "object", "svg", "select", "button"}
_BLOCKS = {
    "address", "article", "aside", "blockquote", "center", "dd", "div", "dl", "dt", "fieldset", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
    "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption",
}  # fmt: skip
_CELLS = {"td", "th"}
_CJK = r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]"
# A line break in the HTML source is the editor's wrap, not the author's blank, unless it stands between two
# words of Latin script: next to a Chinese character or inside a number (2021年12月1⏎8日) it is dropped.
_SOURCE_WRAP = re.compile(rf"(?:(?<={_CJK})|(?<=\d))[ \t\r]*\n\s*|[ \t\r]*\n\s*(?={_CJK}|\d)")
_SPACES = re.compile(r"[ \t\r\n\f]+")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def read_html(path: Path) -> tuple[list[Page], list[str]]:
    """One page of the text a browser would show."""
    text, encoding = decode_text(path, path.read_bytes())
    warnings = [] if encoding == "utf-8" else [f"网页按 {encoding} 解码（decoded as {encoding}）"]
    return _shown_page(path, text), warnings


def read_mhtml(path: Path) -> tuple[list[Page], list[str]]:
    """A page saved as one file (网页，单个文件 *.mht / *.mhtml): its HTML part, decoded as its headers say."""
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    part = next((p for p in message.walk() if p.get_content_type() == "text/html"), None)
    if part is None:
        raise ReadError(path, "unreadable_text", "网页存档中没有网页正文", "MHTML holds no text/html part")
    raw = part.get_payload(decode=True) or b""  # quoted-printable or base64 undone
    charset = part.get_content_charset()  # Chrome leaves it out: the page's own <meta> says it, or the bytes do
    try:
        text, warnings = raw.decode(charset or "utf-8"), []
    except (LookupError, UnicodeDecodeError):
        text, encoding = decode_text(path, raw)
        warnings = [] if charset is None else [f"网页存档按 {encoding} 解码（declared {charset}）"]
    return _shown_page(path, text), warnings


def _shown_page(path: Path, text: str) -> list[Page]:
    try:  # decoded already, so the page's own <meta charset> must not decode it again; nor may an XML declaration
        root = lxml.html.document_fromstring(_XML_DECLARATION.sub("", text.removeprefix("\ufeff"), count=1))
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ReadError(path, "unreadable_text", "网页文件没有可读的正文", f"empty or unparseable HTML: {exc}") from exc
    parts: list[str] = []
    _shown(root, parts)
    # no blank lines: a block's margin is the page's layout, and a case table's label stands over its value
    rows = [line for line in (line.strip(" ") for line in "".join(parts).split("\n")) if line.strip()]
    if not rows:
        raise ReadError(path, "unreadable_text", "网页文件没有可读的正文", "HTML shows no text")
    return [page_from_lines(1, ((row, None, None) for row in rows))]


def _shown(element: lxml.html.HtmlElement, parts: list[str]) -> None:
    """Append what a browser shows of `element` (its tail is its parent's business)."""
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    if tag in _HIDDEN or not tag:  # comments and processing instructions have no string tag
        return
    if tag in _BLOCKS:
        parts.append("\n")
    if tag == "br":
        parts.append("\n")
    previous = element.getprevious()
    if tag in _CELLS and previous is not None and isinstance(previous.tag, str) and previous.tag.lower() in _CELLS:
        parts.append(" | ")  # cells of one row stay apart, as a copied table's "|" does
    parts.append(_visible(element.text, tag == "pre"))
    for child in element:
        _shown(child, parts)
        parts.append(_visible(child.tail, tag == "pre"))
    if tag in _BLOCKS:
        parts.append("\n")


def _visible(text: str | None, pre: bool) -> str:
    if not text:
        return ""
    if pre:
        return text
    return _SPACES.sub(" ", _SOURCE_WRAP.sub("", text))
