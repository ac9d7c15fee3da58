"""Realistic Chinese enforcement documents, written to disk for the intake tests."""

from __future__ import annotations

from pathlib import Path

from docx import Document as DocxDocument

PENALTY = """某某县自然资源局
行政处罚决定书
某自然资罚字〔2024〕第{n}号

当事人：{party}，男，住某某县某某镇某某村{n}组
经查，当事人于2024年3月未经批准擅自占用某某村集体土地建设房屋，占地面积{area}平方米，违反了《中华人民共和国土地管理法》第四十四条的规定。
依据《中华人民共和国土地管理法》第七十七条的规定，本机关决定：
一、责令当事人退还非法占用的土地，限期十五日内拆除在非法占用的土地上新建的建筑物和其他设施；
二、处以罚款人民币{fine}元。
当事人应当自收到本决定书之日起十五日内，到指定银行缴纳罚款。
如不服本处罚决定，可以在收到本决定书之日起六十日内向某某县人民政府申请行政复议，或者在六个月内向某某县人民法院提起行政诉讼。

某某县自然资源局
2024年5月{day}日
"""

RULING = """某某县人民法院
行政裁定书
（2024）某0125行审{n}号

申请执行人：某某县自然资源局
被执行人：{party}，男，住某某县某某镇某某村{n}组
申请执行人某某县自然资源局于2024年7月1日向本院申请强制执行某自然资罚字〔2024〕第{n}号行政处罚决定书。本院依法进行了审查。
本院认为，该行政处罚决定认定事实清楚，适用法律正确。依照《中华人民共和国行政强制法》第五十七条的规定，裁定如下：
准予强制执行某自然资罚字〔2024〕第{n}号行政处罚决定书。
本裁定送达后立即生效。

审判员 李某某
二〇二四年七月十五日
"""

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"


def party(n: int) -> str:
    return f"{SURNAMES[n % len(SURNAMES)]}某{n}"


def penalty_text(n: int) -> str:
    return PENALTY.format(n=n, party=party(n), area=100 + n, fine=1000 * (n + 1), day=1 + n % 28)


def ruling_text(n: int) -> str:
    return RULING.format(n=n, party=party(n))


def write_penalty(folder: Path, n: int, name: str | None = None) -> Path:
    path = folder / (name or f"处罚决定书_{n:03d}.txt")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(penalty_text(n), encoding="utf-8")
    return path


def write_ruling(folder: Path, n: int) -> Path:
    path = folder / f"执行裁定_{n:03d}.txt"
    path.write_text(ruling_text(n), encoding="utf-8")
    return path


def write_penalty_docx(folder: Path, n: int) -> Path:
    doc = DocxDocument()
    for line in penalty_text(n).splitlines():
        doc.add_paragraph(line)
    path = folder / f"处罚决定书_{n:03d}.docx"
    doc.save(str(path))
    return path


def write_bad_files(folder: Path) -> list[Path]:
    """A zip named .docx, an executable named .pdf: the kinds of junk a shared inbox collects."""
    folder.mkdir(parents=True, exist_ok=True)
    fake_docx = folder / "损坏的文书.docx"
    fake_docx.write_bytes(b"PK\x03\x04" + b"\x00" * 64 + b"not a word document")
    exe = folder / "扫描件.pdf"
    exe.write_bytes(b"MZ\x90\x00" + b"\x00" * 200)
    return [fake_docx, exe]
