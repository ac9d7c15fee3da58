"""HTML rendering: the document as a government or court site publishes it, saved from the browser.

Around the document stand what such pages carry: a breadcrumb, a metadata table (索引号, 发布机构, 发布日期 —
the page's, not the document's), the font/print/close toolbar, a footer naming who runs the site, scripts
and styles.  Paragraphs are wrapped in the HTML source and quotes and blanks written as entities, the way
site editors leave them.  Half the pages are written in GB18030 (declared gb2312, as older sites do).
"""

from __future__ import annotations

import html
import random
from pathlib import Path

from generator.builder import Block, SampleDoc

_PAGE_HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{headline}</title>
<style type="text/css">.article p {{ text-indent: 2em; line-height: 2; }} .meta td {{ padding: 4px; }}</style>
<script type="text/javascript">var _hmt = _hmt || []; document.write("<span>访问统计</span>");</script>
</head>
<body>
<div class="crumb">您当前所在位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 行政执法公示</div>
<table class="meta">
<tr><td>索 引 号：</td><td>{index_no}</td><td>主题分类：</td><td>行政执法</td></tr>
<tr><td>发布机构：</td><td>本网</td><td>发布日期：</td><td>{published}</td></tr>
</table>
<div class="tools">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】
<a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
<div class="article">
"""
_PAGE_FOOT = """</div>
<div class="footer">主办单位：本级人民政府办公室 网站标识码：{site_code}<br>技术支持：本地网络信息中心</div>
<script type="text/javascript">window.onload = function () {{ console.log("loaded"); }};</script>
</body>
</html>
"""


def _entities(text: str) -> str:
    """Escaped for HTML, with a site editor's entities for quotes."""
    return html.escape(text, quote=False).replace("“", "&ldquo;").replace("”", "&rdquo;")


def _wrapped(text: str, rng: random.Random) -> str:
    """A paragraph as an HTML source wraps it: a line break every 30–50 characters, inside words too."""
    out, pos = [], 0
    while pos < len(text):
        step = rng.randint(30, 50)
        out.append(text[pos : pos + step])
        pos += step
    return "\n".join(out)


def _block(block: Block, rng: random.Random) -> str:
    if block.kind == "table":
        rows = "".join(f"<tr><td>{_entities(a)}</td><td>{_entities(b)}</td></tr>\n" for a, b in block.rows)
        return f'<table border="1" cellspacing="0">\n{rows}</table>\n'
    if block.kind == "blank":
        return "<p>&nbsp;</p>\n"
    text = _entities(block.text)
    if block.kind in ("head", "title"):
        return f'<p align="center"><strong>{text}</strong></p>\n'
    if block.kind == "number":
        return f'<p align="center">{text}</p>\n'
    if block.kind == "right":
        return f'<p align="right">{text}</p>\n'
    if block.kind == "para":
        return f"<p>&nbsp;&nbsp;{_wrapped(text, rng)}</p>\n"
    return f"<p>{text}</p>\n"


def write_html(doc: SampleDoc, path: Path, seed: int) -> None:
    rng = random.Random(seed)
    gbk = rng.random() < 0.5
    headline = next((b.text for b in doc.blocks if b.kind == "title"), doc.name).replace(" ", "")
    head = _PAGE_HEAD.format(
        charset="gb2312" if gbk else "utf-8",
        headline=_entities(headline),
        index_no=f"11{rng.randint(10**14, 10**15 - 1)}/2025-{rng.randint(10000, 99999)}",
        published=f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
    )
    body = "".join(_block(block, rng) for block in doc.blocks)
    page = head + body + _PAGE_FOOT.format(site_code=rng.randint(10**9, 10**10 - 1))
    path.write_bytes(page.encode("gb18030" if gbk else "utf-8"))
