"""Plain text files: UTF-8 (with or without BOM) as is, GB18030 as the fallback older systems write."""

from __future__ import annotations

from pathlib import Path

from extractors.backend.lines import page_from_lines
from extractors.document import Page
from extractors.errors import ReadError


def decode_text(path: Path, data: bytes) -> tuple[str, str]:
    """The text and the encoding it was written in."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise ReadError(
        path, "unreadable_text", "文本文件既不是 UTF-8 也不是 GB18030 编码", "text is neither UTF-8 nor GB18030"
    )


def read_text(path: Path) -> tuple[list[Page], list[str]]:
    """One page; line ends normalised to \\n so offsets do not depend on the writer's platform."""
    text, encoding = decode_text(path, path.read_bytes())
    if "\x00" in text:
        raise ReadError(path, "unreadable_text", "文件含有二进制内容，不是文本", "file holds binary data, not text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    page = page_from_lines(1, ((line, None, None) for line in text.split("\n")))
    warnings = [] if encoding == "utf-8" else [f"文本按 {encoding} 解码（decoded as {encoding}）"]
    return [page], warnings
