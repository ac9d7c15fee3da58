"""The one way in: a path becomes a ReadResult, or a ReadError that says in Chinese what is wrong.

The type comes from the file's bytes (extractors.sniff), the limits come from the caller
(xianjie.settings lives outside this room), and no input makes this raise anything but
ReadError: whatever a reader library throws on a damaged file is turned into the code
for that format.
"""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

from extractors.backend.read_docx import read_docx
from extractors.backend.read_html import read_html, read_mhtml
from extractors.backend.read_image import read_image
from extractors.backend.read_pdf import read_pdf
from extractors.backend.read_text import read_text
from extractors.document import Page, ReadResult
from extractors.errors import ReadError
from extractors.sniff import IMAGES, sniff
from models.vocab import Reader

# Matching the defaults in xianjie/settings.py; callers pass the configured values.
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_IMAGE_PIXELS = 80_000_000
MAX_DOCX_UNCOMPRESSED = 300 * 1024 * 1024

CORRUPT_CODE = {
    "pdf": "corrupt_pdf",
    "docx": "corrupt_docx",
    "text": "unreadable_text",
    "html": "unreadable_text",
    "mhtml": "unreadable_text",
}
REFUSED = {
    "zip": ("压缩包不是 Word 文档（.docx）", "a zip archive that is not a DOCX"),
    "ole": ("旧版 Office 文件（.doc/.xls）不受支持，请另存为 .docx 或 PDF", "legacy Office file, save as DOCX or PDF"),
    "exe": ("可执行程序不是文书", "an executable, not a document"),
    "binary": ("无法识别的文件类型", "unrecognised binary file"),
    "code": ("网页的样式表或脚本（CSS/JavaScript），不是文书", "a stylesheet or script, not a document"),
}


def read(
    path: str | Path,
    *,
    max_file_bytes: int = MAX_FILE_BYTES,
    max_image_pixels: int = MAX_IMAGE_PIXELS,
    max_docx_uncompressed: int = MAX_DOCX_UNCOMPRESSED,
    ocr_dpi: int = 200,
) -> ReadResult:
    """Read one file into pages of text with layout."""
    started = time.perf_counter()
    path = Path(path)
    sha256 = _checked_hash(path, max_file_bytes)
    fmt = sniff(path)
    if fmt in REFUSED:
        raise _refusal(path, fmt)
    try:
        pages, reader, warnings = _dispatch(path, fmt, ocr_dpi, max_image_pixels, max_docx_uncompressed)
    except ReadError:
        raise
    except Exception as exc:  # a reader library failing in a way we did not foresee
        code = CORRUPT_CODE.get(fmt, "corrupt_image")
        raise ReadError(path, code, "文件内容已损坏，无法解析", f"cannot parse {fmt}: {exc!r}") from exc
    seconds = round(time.perf_counter() - started, 3)
    return ReadResult(str(path), sha256, reader, pages, fmt, seconds, warnings)


def _dispatch(
    path: Path, fmt: str, ocr_dpi: int, max_image_pixels: int, max_docx_uncompressed: int
) -> tuple[list[Page], Reader, list[str]]:
    if fmt == "docx":
        return read_docx(path, max_docx_uncompressed), Reader.DOCX, []
    if fmt == "pdf":
        pages, any_text, warnings = read_pdf(path, ocr_dpi, max_image_pixels)
        return pages, Reader.PDF_TEXT if any_text else Reader.OCR, warnings
    if fmt in IMAGES:
        return read_image(path, max_image_pixels), Reader.OCR, []
    if fmt in ("html", "mhtml"):
        pages, warnings = (read_html if fmt == "html" else read_mhtml)(path)
        return pages, Reader.HTML, warnings
    pages, warnings = read_text(path)
    return pages, Reader.TEXT, warnings


def _checked_hash(path: Path, max_file_bytes: int) -> str:
    """SHA-256 of the bytes, after the size checks that must come before any parsing."""
    if not path.is_file():
        raise ReadError(path, "not_found", "文件不存在或不是普通文件", "no such file, or not a regular file")
    size = path.stat().st_size
    if size == 0:
        raise ReadError(path, "empty_file", "文件为空（0 字节）", "the file is empty")
    if size > max_file_bytes:
        raise ReadError(
            path,
            "file_too_large",
            f"文件大小 {size // 2**20} MB 超过上限 {max_file_bytes // 2**20} MB",
            f"{size} bytes exceeds the {max_file_bytes}-byte limit",
        )
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    except OSError as exc:
        raise ReadError(path, "not_found", "文件无法打开", f"cannot open: {exc.strerror}") from exc
    return digest.hexdigest()


def _refusal(path: Path, fmt: str) -> ReadError:
    """Unsupported type, except a misnamed-looking .docx/.pdf which is better reported as damaged."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return ReadError(path, "corrupt_docx", "扩展名为 .docx 但内容不是有效的 Word 文档", f"named .docx but is {fmt}")
    if suffix == ".pdf":
        return ReadError(path, "corrupt_pdf", "扩展名为 .pdf 但内容不是 PDF", f"named .pdf but is {fmt}")
    zh, en = REFUSED[fmt]
    return ReadError(path, "unsupported_type", f"不支持的文件类型：{zh}", f"unsupported type: {en}")
