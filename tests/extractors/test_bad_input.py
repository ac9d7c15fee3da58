"""Bad input never crashes: each case raises ReadError with a stable code and a Chinese message."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

import docx
import pytest
from PIL import Image
from reportlab.lib import pdfencrypt
from reportlab.pdfgen import canvas

from extractors.errors import ReadError
from extractors.read import read


def _expect(path: Path, code: str, **limits) -> ReadError:
    with pytest.raises(ReadError) as info:
        read(path, **limits)
    err = info.value
    assert err.code == code
    assert path.name in str(err)
    assert "无法读取文件" in str(err)
    return err


def _text_pdf(path: Path, **kwargs) -> Path:
    c = canvas.Canvas(str(path), **kwargs)
    c.drawString(72, 700, "Administrative penalty decision 2023 No. 15")
    c.save()
    return path


def test_empty_file(tmp_path):
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    _expect(path, "empty_file")


def test_missing_file(tmp_path):
    _expect(tmp_path / "gone.pdf", "not_found")


def test_file_over_the_byte_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("行政处罚决定书" * 100, encoding="utf-8")
    err = _expect(path, "file_too_large", max_file_bytes=1000)
    assert "超过上限" in str(err)


def test_corrupt_pdf(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"\x00garbage\xff" * 200)
    _expect(path, "corrupt_pdf")


def test_truncated_pdf(tmp_path):
    full = _text_pdf(tmp_path / "full.pdf").read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(full[: len(full) * 2 // 3])
    _expect(path, "corrupt_pdf")


def test_encrypted_pdf(tmp_path):
    enc = pdfencrypt.StandardEncryption("secret", ownerPassword="owner")
    path = _text_pdf(tmp_path / "locked.pdf", encrypt=enc)
    err = _expect(path, "encrypted_pdf")
    assert "密码" in str(err)


def test_docx_that_is_not_a_zip(tmp_path):
    path = tmp_path / "decision.docx"
    path.write_bytes("行政处罚决定书".encode() + b"\x00\x01\x02" * 50)
    _expect(path, "corrupt_docx")


def test_truncated_docx(tmp_path):
    whole = tmp_path / "whole.docx"
    doc = docx.Document()
    doc.add_paragraph("行政处罚决定书")
    doc.save(whole)
    path = tmp_path / "cut.docx"
    path.write_bytes(whole.read_bytes()[:3000])
    _expect(path, "corrupt_docx")


def test_docx_zip_bomb_is_refused_before_extraction(tmp_path):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"\x00" * (4 * 1024 * 1024))
    assert path.stat().st_size < 50_000
    err = _expect(path, "zip_bomb", max_docx_uncompressed=1024 * 1024)
    assert "压缩炸弹" in str(err)


def test_zip_that_is_not_a_docx(tmp_path):
    path = tmp_path / "archive.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "hello")
    _expect(path, "unsupported_type")


def test_executable(tmp_path):
    path = tmp_path / "setup.exe"
    path.write_bytes(b"MZ\x90\x00" + bytes(range(256)) * 4)
    err = _expect(path, "unsupported_type")
    assert "不支持" in str(err)


def test_executable_named_pdf_is_a_corrupt_pdf(tmp_path):
    path = tmp_path / "decision.pdf"
    path.write_bytes(b"MZ\x90\x00" + bytes(range(256)) * 4)
    _expect(path, "corrupt_pdf")


def test_legacy_doc(tmp_path):
    path = tmp_path / "decision.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    err = _expect(path, "unsupported_type")
    assert ".docx" in str(err)


def test_image_over_the_pixel_limit(tmp_path):
    path = tmp_path / "huge.png"
    Image.new("L", (400, 300), 255).save(path)
    _expect(path, "image_too_large", max_image_pixels=100_000)


def _png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims width x height: PIL's decompression-bomb guard fires."""
    buf = io.BytesIO()
    Image.new("L", (1, 1), 255).save(buf, format="PNG")
    data = bytearray(buf.getvalue())
    ihdr = struct.pack(">II", width, height) + bytes(data[24:29])
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    return bytes(data)


def test_decompression_bomb_image(tmp_path):
    path = tmp_path / "bomb.png"
    path.write_bytes(_png_claiming(60_000, 60_000))
    _expect(path, "image_too_large", max_image_pixels=10**12)


def test_truncated_image(tmp_path):
    buf = io.BytesIO()
    Image.effect_noise((300, 300), 60).save(buf, format="PNG")
    path = tmp_path / "cut.png"
    path.write_bytes(buf.getvalue()[:2000])
    _expect(path, "corrupt_image")


def test_text_that_stops_decoding_after_the_sniffed_head(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes("行政处罚决定书\n".encode() * 1000 + b"\xff\x80\xff\x80")
    err = _expect(path, "unreadable_text")
    assert "GB18030" in str(err)


def test_directory_instead_of_a_file(tmp_path):
    folder = tmp_path / "scans.pdf"
    folder.mkdir()
    _expect(folder, "not_found")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("style.css", '@charset "utf-8";\nbody { font-family: "微软雅黑"; }\n.nav a { color: #333; }\n'),
        (
            "jquery.min.js",
            '!function(a,b){"object"==typeof module&&(a.x=1)}(this,function(a){var c=[];'
            "function n(a){return a}var e=document.createElement('div');});",
        ),
        ("common.js", "var _hmt = _hmt || [];\n(function() {\n  var hm = document.createElement('script');\n})();\n"),
    ],
)
def test_a_saved_pages_stylesheet_or_script_is_refused_as_no_document(tmp_path, name, content):
    folder = tmp_path / "行政处罚决定书_files"  # "save page, complete" drops these beside the page
    folder.mkdir()
    path = folder / name
    path.write_text(content, encoding="utf-8")
    err = _expect(path, "unsupported_type")
    assert "样式表或脚本" in str(err)


def test_an_english_note_with_braces_is_still_read_as_text(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Meeting notes {draft}\nitem one;\nitem two;\nitem three;\n", encoding="utf-8")
    assert read(path).format == "text"
