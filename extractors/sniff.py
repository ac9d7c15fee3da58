"""The file type from its first bytes, never from its name: inboxes are full of misnamed files."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

HEAD_BYTES = 8192

# Formats a reader exists for, and the ones we recognise only to refuse clearly.
READABLE = ("docx", "pdf", "png", "jpeg", "tiff", "html", "mhtml", "text")
IMAGES = ("png", "jpeg", "tiff")


def sniff(path: str | Path) -> str:
    """One of READABLE, or zip / ole / exe / code / binary for files no reader takes."""
    with open(path, "rb") as fh:
        head = fh.read(HEAD_BYTES)
    return sniff_head(head, path)


def sniff_head(head: bytes, path: str | Path) -> str:
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    if head.startswith(b"PK\x03\x04"):
        return "docx" if _is_docx(path) else "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"  # legacy .doc / .xls
    if head.startswith((b"MZ", b"\x7fELF")):
        return "exe"
    if not looks_like_text(head):
        return "binary"
    if looks_like_mhtml(head):
        return "mhtml"
    if looks_like_html(head):  # before the code test: a page's head is full of styles and scripts
        return "html"
    return "code" if looks_like_code(head) else "text"


def looks_like_text(head: bytes) -> bool:
    """No NUL bytes and decodable as UTF-8 (a cut multi-byte tail allowed) or GB18030."""
    if b"\x00" in head:
        return False
    body = head.removeprefix(b"\xef\xbb\xbf")
    for encoding in ("utf-8", "gb18030"):
        try:
            body.decode(encoding)
            return True
        except UnicodeDecodeError as exc:
            if len(head) == HEAD_BYTES and exc.start >= len(body) - 4:
                return True  # the read stopped inside a character
    return False


def looks_like_html(head: bytes) -> bool:
    """A page saved from a browser: it opens with a doctype, <html>, or a comment and then one of them."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    while start.startswith(b"<!--") and b"-->" in start:
        start = start[start.index(b"-->") + 3 :].lstrip()
    return start.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in head.lower()


def looks_like_mhtml(head: bytes) -> bool:
    """A page saved as one file: MIME headers first (From: <Saved by Blink>, MIME-Version), then multipart/related."""
    lines = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:2048].lower()
    return lines.startswith((b"from:", b"mime-version:", b"content-type:", b"subject:", b"date:")) and (
        b"multipart/related" in lines
    )


# What a saved page's stylesheet or script is made of (its _files folder lands in the inbox with the page):
# CSS rules (selector { property: value; }) and JavaScript statements.
# A rule's selector starts a line or follows the rule before it, so a file without braces is scanned once, not
# once from every position.
_CSS_RULE = re.compile(rb"(?:^|(?<=[};]))[ \t]*[\w\-.#:>*, \t\[\]=\"']{1,200}\{\s*[a-z\-]+\s*:[^{}]*\}", re.I | re.M)
_JS_MARK = re.compile(rb"\bfunction\s*\w*\s*\(|\bvar\s+[\w$]+\s*=|\b(?:document|window)\.\w+|\$\(|=>")


def looks_like_code(head: bytes) -> bool:
    """CSS or JavaScript: rules or statements throughout, and Chinese is rare in it (a document is mostly Chinese)."""
    text = head.decode("utf-8", errors="ignore")
    if sum("\u4e00" <= ch <= "\u9fff" for ch in text) >= len(text) / 5:
        return False
    return len(_CSS_RULE.findall(head)) >= 2 or len(_JS_MARK.findall(head)) >= 3


def _is_docx(path: str | Path) -> bool:
    try:
        with zipfile.ZipFile(path) as zf:
            return "word/document.xml" in zf.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
