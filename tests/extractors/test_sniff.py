"""File type from magic bytes, whatever the name says."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from PIL import Image

from extractors.sniff import sniff


def _image(fmt: str) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(buf, format=fmt)
    return buf.getvalue()


@pytest.mark.parametrize(
    "data, expected",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "pdf"),
        (b"\r\n%PDF-1.4 with junk before the header", "pdf"),
        ("行政处罚决定书\n某自然资罚字〔2023〕第15号".encode(), "text"),
        (b"\xef\xbb\xbf" + "行政处罚决定书".encode(), "text"),
        ("行政处罚决定书".encode("gb18030"), "text"),
        (b"MZ\x90\x00\x03\x00", "exe"),
        (b"\x7fELF\x02\x01", "exe"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "ole"),
        (b"\x00\x01\x02\x03\xff\xfe", "binary"),
    ],
)
def test_magic_bytes(tmp_path, data, expected):
    path = tmp_path / "misnamed.docx"
    path.write_bytes(data)
    assert sniff(path) == expected


@pytest.mark.parametrize("fmt, expected", [("PNG", "png"), ("JPEG", "jpeg"), ("TIFF", "tiff")])
def test_images(tmp_path, fmt, expected):
    path = tmp_path / "scan.pdf"
    path.write_bytes(_image(fmt))
    assert sniff(path) == expected


def test_docx_versus_plain_zip(tmp_path):
    real = tmp_path / "decision.zip"
    docx.Document().save(real)
    assert sniff(real) == "docx"
    plain = tmp_path / "decision.docx"
    with zipfile.ZipFile(plain, "w") as zf:
        zf.writestr("word.txt", "行政处罚决定书")
    assert sniff(plain) == "zip"
