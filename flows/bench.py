"""`make bench`: throughput of the whole intake pipeline against the bare OCR call, on 1 and 2 workers.

The question a bench must answer is how much our pipeline (reading, orientation,
line grouping, field extraction, the ledger write, linking, deadlines) costs on
top of the one thing we cannot make cheaper, RapidOCR itself.  So scanned pages are
timed twice in the same run: through `process_file`, and as bare RapidOCR calls on
the same pages at the same pixel size.  Born-digital files (DOCX, text PDF, .txt)
have no OCR, so they are measured in files per second.  Workers are processes,
warmed up (spaCy pipeline, OCR models, database) before the clock starts.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

import numpy as np  # noqa: E402

from flows.steps import IngestConfig, ensure_db  # noqa: E402

SCAN_KINDS = ("scan", "photo")
FILE_KINDS = ("docx", "pdf", "text")
SUFFIXES = {
    "scan": (".pdf",),
    "photo": (".jpg", ".jpeg", ".png", ".tif", ".tiff"),
    "docx": (".docx",),
    "pdf": (".pdf",),
    "text": (".txt",),
}


@dataclass
class Row:
    kind: str
    workers: int
    files: int
    pages: int
    seconds: float
    rate: float  # pages/s for scans, files/s otherwise
    unit: str
    bare_rate: float | None = None  # pages/s of the bare OCR call on the same pages
    peak_mb: float = 0.0
    quarantined: int = 0

    @property
    def ratio(self) -> float | None:
        return self.rate / self.bare_rate if self.bare_rate else None


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _warm_pipeline(config: IngestConfig) -> None:
    from extractors.ocr import engine
    from extractors.pipeline import build_nlp
    from flows.steps import ensure_db

    build_nlp()
    engine()
    ensure_db(config)


def _pipeline_one(path: str, config: IngestConfig) -> tuple[str, int, float]:
    from flows.steps import process_file
    from models.db import session_scope
    from models.tables import Document

    outcome = process_file(Path(path), Path(path).name, config)
    pages = 0
    if outcome.document_id is not None:
        with session_scope(config.db_url) as session:
            document = session.get(Document, outcome.document_id)
            pages = document.pages if document else 0
    return str(outcome.status), pages, _peak_mb()


def _warm_ocr() -> None:
    from extractors.ocr import engine

    engine()


def _bare_one(image: np.ndarray) -> float:
    from extractors.ocr import bare_ocr

    bare_ocr(image)
    return _peak_mb()


def _pool(workers: int, initializer: Callable[..., None], initargs: tuple[Any, ...]) -> ProcessPoolExecutor:
    pool = ProcessPoolExecutor(max_workers=workers, initializer=initializer, initargs=initargs)
    list(pool.map(_noop, range(workers * 2)))  # make sure every worker has warmed up
    return pool


def _noop(_: int) -> None:
    return None


def scan_pages(path: Path, limits: dict[str, int]) -> list[np.ndarray]:
    """The page images OCR sees, at the pixel size the reader chose for them (read once, untimed)."""
    from PIL import Image

    from extractors.read import read

    result = read(str(path), **limits)
    if path.suffix.lower() != ".pdf":
        with Image.open(path) as img:
            return [np.ascontiguousarray(np.asarray(img.convert("RGB"))[:, :, ::-1])]
    import pypdfium2 as pdfium

    images = []
    pdf = pdfium.PdfDocument(str(path))
    try:
        for page, read_page in zip(pdf, result.pages, strict=False):
            longest = max(read_page.width or 0.0, read_page.height or 0.0)
            scale = longest / max(page.get_width(), page.get_height()) if longest else 200 / 72.0
            rgb = np.asarray(page.render(scale=scale).to_pil().convert("RGB"))
            images.append(np.ascontiguousarray(rgb[:, :, ::-1]))
    finally:
        pdf.close()
    return images


def run_pipeline(kind: str, files: Sequence[Path], workers: int, limits: dict[str, int]) -> Row:
    with tempfile.TemporaryDirectory(prefix="xianjie-bench-") as home:
        config = IngestConfig(home=home, db_url=f"sqlite:///{home}/bench.db", limits=limits)
        ensure_db(config)  # migrate once here: two workers migrating one new database collide
        with _pool(workers, _warm_pipeline, (config,)) as pool:
            started = time.perf_counter()
            results = list(pool.map(_pipeline_one, [str(f) for f in files], [config] * len(files)))
            seconds = time.perf_counter() - started
    pages = sum(r[1] for r in results)
    scans = kind in SCAN_KINDS
    count = pages if scans else len(files)
    return Row(
        kind,
        workers,
        len(files),
        pages,
        round(seconds, 2),
        round(count / seconds, 3),
        "pages/s" if scans else "files/s",
        peak_mb=round(max(r[2] for r in results), 1),
        quarantined=sum(1 for r in results if r[0] == "quarantined"),
    )


def run_bare(images: Sequence[np.ndarray], workers: int) -> tuple[float, float]:
    """(pages/s, peak MB) of the bare RapidOCR call over the same page images."""
    with _pool(workers, _warm_ocr, ()) as pool:
        started = time.perf_counter()
        peaks = list(pool.map(_bare_one, images))
        seconds = time.perf_counter() - started
    return round(len(images) / seconds, 3), round(max(peaks), 1)


def sample_files(root: Path, kind: str, limit: int) -> list[Path]:
    folder = root / kind
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES[kind])[:limit]


def bench(root: Path, workers: Sequence[int], limit: int, limits: dict[str, int]) -> list[Row]:
    rows: list[Row] = []
    for kind in (*SCAN_KINDS, *FILE_KINDS):
        files = sample_files(root, kind, limit)
        if not files:
            continue
        images = [img for f in files for img in scan_pages(f, limits)] if kind in SCAN_KINDS else []
        for n in workers:
            row = run_pipeline(kind, files, n, limits)
            if images:
                row.bare_rate, bare_peak = run_bare(images, n)
                row.peak_mb = max(row.peak_mb, bare_peak)
            rows.append(row)
            print(_line(row), flush=True)
    return rows


def _line(row: Row) -> str:
    bare = f"  bare {row.bare_rate:7.2f} pages/s  pipeline/bare {row.ratio:5.2f}" if row.bare_rate else ""
    bad = f"  quarantined {row.quarantined}" if row.quarantined else ""
    return (
        f"{row.kind:6s} workers={row.workers}  {row.files:3d} files {row.pages:4d} pages  {row.seconds:7.2f} s  "
        f"{row.rate:7.2f} {row.unit}{bare}  peak {row.peak_mb:6.0f} MB{bad}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="衔接 入库流水线性能测试（与裸 RapidOCR 调用对比）")
    parser.add_argument("--samples", type=Path, default=Path("samples"))
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    parser.add_argument("--limit", type=int, default=8, help="files per kind")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON here")
    args = parser.parse_args(argv)
    workers = [int(w) for w in args.workers.split(",") if w.strip()]
    limits = {"ocr_dpi": int(os.environ.get("XIANJIE_OCR_DPI", "200"))}
    rows = bench(args.samples, workers, args.limit, limits)
    if not rows:
        print(f"{args.samples} 下没有样例文件（先运行 make samples）")
        return 1
    if args.json:
        args.json.write_text(json.dumps([asdict(r) | {"ratio": r.ratio} for r in rows], indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
