"""Saved web pages: what the browser shows, read like any web copy; markup, scripts and source wraps gone."""

from __future__ import annotations

import base64
import quopri
from pathlib import Path

import pytest

from extractors.errors import ReadError
from extractors.pipeline import extract
from extractors.read import read
from extractors.sniff import sniff
from models.vocab import Reader

PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>张某某行政处罚决定书_某某县自然资源局</title>
<style>.content p {{ text-indent: 2em }}</style>
<script>var _hmt = _hmt || []; document.write("访问统计");</script>
</head>
<body>
<div class="nav">您当前所在位置：<a href="/">首页</a> &gt; <a>政务公开</a> &gt; 行政执法</div>
<table class="meta">
<tr><td>索 引 号：</td><td>1143070000720211/2024-00211</td><td>主题分类：</td><td>行政执法</td></tr>
<tr><td>发布机构：</td><td>本网</td><td>发布日期：</td><td>2024-06-03</td></tr>
</table>
<div class="tool">【字体：<a>大</a> <a>中</a> <a>小</a>】 <a href="#">打印本页</a> <a>关闭窗口</a></div>
<div class="content">
<p align="center"><strong>某某县自然资源局</strong></p>
<p align="center"><strong>行 政 处 罚 决 定 书</strong></p>
<p align="center">某自然资罚〔2024〕12号</p>
<p>当事人：张某某，男，1970年3月2日出生，住某某县某某镇某某村。</p>
<p>&nbsp;&nbsp;我局于2024年3月2日对你非法占用土地一案立案调查。经查，你于2023年10月未经批准，擅自占用某某村
集体土地180平方米建房，违反了《中华人民共和国土地管理法》第四十四条的规定。我局于2024年4月1
8日向你送达了某自然资告〔2024〕9号《行政处罚告知书》，你未提出陈述申辩。</p>
<p>根据《中华人民共和国土地管理法》第七十七条的规定，我局决定：责令退还非法占用的180平方米土地，并处罚款人民币3600元。</p>
<p>如不服本决定，可在收到本决定书之日起六十日内向某某县人民政府申请行政复议。</p>
<p align="right">某某县自然资源局</p>
<p align="right">2024年5月20日</p>
</div>
<div class="footer">主办单位：某某县人民政府办公室 网站标识码：4307000031<br>技术支持：某某网络公司</div>
<script>console.log("done")</script>
</body>
</html>
"""


def _page(tmp_path: Path, charset: str = "utf-8", encoding: str = "utf-8", name: str = "page.html") -> Path:
    path = tmp_path / name
    path.write_bytes(PAGE.format(charset=charset).encode(encoding))
    return path


def test_a_saved_page_is_sniffed_as_html_whatever_its_name(tmp_path):
    path = _page(tmp_path, name="下载的页面.txt")
    assert sniff(path) == "html"
    commented = tmp_path / "commented.htm"
    commented.write_text("\ufeff<!-- saved from url=(0042)http://example.gov.cn/ -->\n<html><body>决定书</body></html>")
    assert sniff(commented) == "html"
    prose = tmp_path / "prose.txt"
    prose.write_text("当事人:张某 <注:住址不详>\n行政处罚决定书\n", encoding="utf-8")
    assert sniff(prose) == "text"


def test_the_reader_gives_what_the_browser_shows(tmp_path):
    result = read(_page(tmp_path))
    assert result.reader == Reader.HTML and result.format == "html"
    text = result.text
    assert "document.write" not in text and "text-indent" not in text and "<" not in text
    assert "_某某县自然资源局" not in text  # the <title> is the browser tab's, not the page's
    assert "索 引 号： | 1143070000720211/2024-00211 | 主题分类： | 行政执法" in text  # one row, cells apart
    assert "某某村集体土地" in text and "2024年4月18日" in text  # the source's wraps are not the author's
    assert "主办单位：某某县人民政府办公室 网站标识码：4307000031\n技术支持" in text  # <br> ends a line
    assert all(text[line.start : line.end] == line.text for line in result.pages[0].lines)


def test_an_older_sites_gb2312_page_is_decoded(tmp_path):
    result = read(_page(tmp_path, charset="gb2312", encoding="gb18030"))
    assert "行 政 处 罚 决 定 书" in result.text
    assert any("gb18030" in w for w in result.warnings)


def test_the_document_on_the_page_is_extracted_and_the_sites_footer_names_no_issuer(tmp_path):
    out = extract(read(_page(tmp_path))).to_json()
    assert out["doc_type"]["value"] == "penalty_decision"
    assert out["doc_number"]["value"] == "某自然资罚〔2024〕12号"
    assert out["issuer"]["value"] == "某某县自然资源局"
    assert out["issue_date"]["value"] == "2024-05-20"
    assert [(p["role"], p["name"]) for p in out["parties"]] == [("party", "张某某")]
    assert [r["doc_number"] for r in out["references"]] == ["某自然资告〔2024〕9号"]


@pytest.mark.parametrize(
    "body", ["<html></html>", "<html><head><title>空</title><script>x()</script></head><body> </body></html>"]
)
def test_a_page_that_shows_nothing_is_refused_with_a_reason(tmp_path, body):
    path = tmp_path / "empty.html"
    path.write_text("<!DOCTYPE html>" + body, encoding="utf-8")
    with pytest.raises(ReadError) as err:
        read(path)
    assert err.value.code == "unreadable_text"


def _mhtml(tmp_path: Path, html_part: bytes, part_headers: str, name: str = "page.mhtml") -> Path:
    """A page saved as one file: Chrome writes quoted-printable without a charset, IE base64 with one."""
    boundary = "----MultipartBoundary--a1b2c3"
    head = (
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: http://www.example.gov.cn/zwgk/1.html\r\n"
        "Subject: =?utf-8?Q?page?=\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n'
    )
    body = (
        f"--{boundary}\r\n{part_headers}\r\n\r\n".encode("ascii")
        + html_part
        + f"\r\n--{boundary}\r\nContent-Type: text/css\r\n\r\nbody {{ color: red; }}\r\n--{boundary}--\r\n".encode()
    )
    path = tmp_path / name
    path.write_bytes(head.encode("ascii") + body)
    return path


def test_a_page_saved_as_one_file_is_read_from_its_html_part(tmp_path):
    chrome = _mhtml(
        tmp_path,
        quopri.encodestring(PAGE.format(charset="utf-8").encode("utf-8")),
        "Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable",
    )
    ie = _mhtml(
        tmp_path,
        base64.encodebytes(PAGE.format(charset="gb2312").encode("gb18030")),
        'Content-Type: text/html;\r\n\tcharset="gb2312"\r\nContent-Transfer-Encoding: base64',
        name="page.mht",
    )
    for path in (chrome, ie):
        assert sniff(path) == "mhtml"
        result = read(path)
        assert result.reader == Reader.HTML and "color: red" not in result.text
        out = extract(result).to_json()
        assert out["doc_number"]["value"] == "某自然资罚〔2024〕12号"
        assert out["issuer"]["value"] == "某某县自然资源局"


def test_a_web_archive_without_a_page_is_refused_with_a_reason(tmp_path):
    path = _mhtml(tmp_path, b"body { color: red; }", "Content-Type: text/css")
    with pytest.raises(ReadError) as err:
        read(path)
    assert err.value.code == "unreadable_text"
