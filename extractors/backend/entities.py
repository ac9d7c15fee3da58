"""HTML entity debris in web copies (&ldquo;, &times;, &nbsp;, &amp;nbsp;): a reader gives the characters
the page showed.

Publishers paste pages with their markup half-escaped, so a masked name reads 李&times;&times; and a quote
&ldquo;…&rdquo;.  Decoding belongs to reading, before any offset is taken: blanking the debris later would
keep 李 apart from its mask, and a character standing in for six would break every pattern over it.
"""

from __future__ import annotations

import html
import re

# Only well-formed entities: a bare "&" or "&c" in a document's own text stays as printed.
_ENTITY = re.compile(r"&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,9});")
# Zero-width characters a web page leaves inside words; they would split a name or a number.
_ZERO_WIDTH = str.maketrans("", "", "\u200b\u200c\u200d\u2060\ufeff")


def decode_entities(text: str) -> str:
    """The text with its entities decoded, twice over for a page escaped twice (&amp;nbsp;)."""
    for _ in range(2):
        if "&" not in text:
            break
        text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    return text.translate(_ZERO_WIDTH)
