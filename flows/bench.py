"""`make bench`: throughput of the `ingest_batch` flow against the bare OCR call, on 1 and 2 workers.

The question a bench must answer is how much our pipeline (Prefect's flow and
task runs, reading, orientation, line grouping, field extraction, the ledger
write, linking, deadlines) costs on top of the one thing we cannot make cheaper,
RapidOCR itself.  So each kind of file goes through one `ingest_batch` flow run
(Prefect's local ephemeral API, PREFECT_HOME in a temporary folder) with the
task runner the service uses, and scanned pages are also given, as bare RapidOCR
calls, to the same warm worker processes at the pixel size the reader renders
them — once before and once after the flow, so that a machine busy with
something else for a while does not favour either side.  Born-digital files
(DOCX, text PDF, .txt) have no OCR: files per second, against the 20 files/s the
micro-batches are designed for, with the CPU seconds per file (every process of
ours, Prefect's API server too), the rate those would allow on these cores, and
the wall time of an empty flow run: Prefect's fixed cost per micro-batch, mostly
waiting (Prefect 3.8 joins its heartbeat thread, which sleeps in whole seconds,
so a flow run's wall time is rounded up to about the next second).  Start-up (processes, models, the Prefect API,
migrations) happens before the clock, as in a running service.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

import numpy as np  # noqa: E402

from flows import warm_pool  # noqa: E402
from flows.batching import Item  # noqa: E402
from flows.steps import IngestConfig, ensure_db  # noqa: E402
from flows.warm_pool import PoolShape  # noqa: E402

SCAN_KINDS = ("scan", "photo")
FILE_KINDS = ("docx", "pdf", "html", "text")
SUFFIXES = {
    "scan": (".pdf",),
    "photo": (".jpg", ".jpeg", ".png", ".tif", ".tiff"),
    "docx": (".docx",),
    "pdf": (".pdf",),
    "html": (".html", ".htm"),
    "text": (".txt",),
}
TARGET_FILES_PER_SECOND = 20.0  # issue 5's design target for born-digital files


@dataclass
class Row:
    kind: str
    runner: str
    workers: int
    files: int
    pages: int
    seconds: float
    rate: float  # pages/s for scans, files/s otherwise
    unit: str
    bare_rate: float | None = None  # pages/s of bare OCR on the same pages in the same processes
    bare_spread: float | None = None  # |before - after| / mean of the two bare runs
    peak_mb: float = 0.0  # summed peaks of the flow's process and its workers
    failed: int = 0
    load: float = 0.0  # 1-minute load average when the row started: other work on the machine
    cpu: float = 0.0  # CPU seconds per page (scans) or per file, every process of ours (Prefect's API too)
    bare_cpu: float | None = None  # CPU seconds per page of the bare OCR calls
    empty_seconds: float = 0.0  # wall time of an empty ingest_batch run: the flow run's fixed cost

    @property
    def ratio(self) -> float | None:
        return round(self.rate / self.bare_rate, 3) if self.bare_rate else None

    @property
    def cpu_ceiling(self) -> float | None:
        """Files per second the cores would allow at this CPU cost per file, were nothing waited for."""
        return round((os.cpu_count() or 1) / self.cpu, 1) if self.cpu else None

    @property
    def cpu_ratio(self) -> float | None:
        """bare / pipeline CPU per page: the overhead with the machine's other work taken out."""
        return round(self.bare_cpu / self.cpu, 3) if self.bare_cpu and self.cpu else None


def prefect_env(home: Path) -> None:
    """Prefect's state in a throw-away folder, no telemetry, and only warnings on the console."""
    os.environ["PREFECT_HOME"] = str(home / "prefect")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_FLOW_RUNS_LEVEL", "WARNING")


def sample_files(root: Path, kind: str, limit: int, skip: int = 0) -> list[Path]:
    folder = root / kind
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES[kind])[skip : skip + limit]


def scan_pages(path: Path, limits: dict[str, int]) -> list[np.ndarray]:
    """The page images OCR sees: an image file as it is, a scanned PDF page rendered at the reader's dpi."""
    from PIL import Image

    if path.suffix.lower() != ".pdf":
        with Image.open(path) as img:
            return [np.ascontiguousarray(np.asarray(img.convert("RGB"))[:, :, ::-1])]
    import pdfplumber
    import pypdfium2 as pdfium

    from extractors.backend.read_pdf import _render_dpi, _text_rows

    images = []
    rendered = pdfium.PdfDocument(str(path))
    try:
        with pdfplumber.open(str(path)) as pdf:
            for page, pdf_page in zip(pdf.pages, rendered, strict=True):
                _, _, image_dpi = _text_rows(page)
                wanted = image_dpi or limits.get("ocr_dpi", 200)
                dpi = _render_dpi(page, wanted, limits.get("max_image_pixels", 80_000_000))
                rgb = np.asarray(pdf_page.render(scale=dpi / 72.0).to_pil().convert("RGB"))
                images.append(np.ascontiguousarray(rgb[:, :, ::-1]))
    finally:
        rendered.close()
    return images


def tree_cpu() -> float:
    """CPU seconds used so far by this process and its children (workers, Prefect's API server)."""
    import psutil

    me = psutil.Process()
    total = sum(me.cpu_times()[:2])
    for child in me.children(recursive=True):
        try:
            total += sum(child.cpu_times()[:2])
        except psutil.NoSuchProcess:
            continue
    return total


def _bare(image: np.ndarray) -> int:
    from extractors.ocr import bare_ocr

    return len(bare_ocr(image))


def run_bare(shape: PoolShape, images: Sequence[np.ndarray]) -> tuple[float, float]:
    """(pages/s, CPU s/page) of the bare RapidOCR call over the images, in the pool's warm workers."""
    executor = warm_pool.pool(shape)
    cpu, started = tree_cpu(), time.perf_counter()
    list(executor.map(_bare, images))
    seconds = time.perf_counter() - started
    return len(images) / seconds, (tree_cpu() - cpu) / len(images)


def _worker_peaks(shape: PoolShape) -> float:
    """Summed peak memory of the pool's workers (each reports its own; asked until every pid answered)."""
    peaks: dict[int, float] = {}
    for _ in range(10):
        futures = [warm_pool.pool(shape).submit(_pid_and_peak) for _ in range(shape.workers * 2)]
        peaks.update(f.result() for f in futures)
        if len(peaks) >= shape.workers:
            break
    return sum(peaks.values())


def _pid_and_peak() -> tuple[int, float]:
    time.sleep(0.2)  # long enough that every worker gets one of these
    return os.getpid(), warm_pool.peak_mb()


def _pages_of(config: IngestConfig, outcomes: list[dict[str, object]]) -> int:
    from models.db import session_scope
    from models.tables import Document

    with session_scope(config.db_url) as session:
        return sum(
            (session.get(Document, o["document_id"]).pages or 0)  # type: ignore[union-attr]
            for o in outcomes
            if o.get("document_id") is not None
        )


def run_flow(
    kind: str, files: Sequence[Path], warmup: Sequence[Path], runner: str, workers: int, limits: dict[str, int]
) -> tuple[Row, IngestConfig]:
    """One `ingest_batch` flow run over the files, after a warm-up run on other files into the same ledger."""
    from flows.ingest import batch_flow

    home = Path(tempfile.mkdtemp(prefix="xianjie-bench-"))
    config = IngestConfig(home=str(home), db_url=f"sqlite:///{home}/bench.db", limits=limits)
    ensure_db(config)
    flow = batch_flow(runner, workers)
    flow([Item(str(f), f"warmup-{f.name}") for f in warmup], config)  # workers open this ledger, untimed
    load = os.getloadavg()[0]
    cpu, started = tree_cpu(), time.perf_counter()
    outcomes = flow([Item(str(f), f.name) for f in files], config)
    seconds = time.perf_counter() - started
    cpu = tree_cpu() - cpu
    empty = time.perf_counter()
    flow([], config)  # the same flow run with nothing to do: Prefect's fixed cost per micro-batch
    empty = time.perf_counter() - empty
    pages = _pages_of(config, outcomes)
    scans = kind in SCAN_KINDS
    count = pages if scans else len(files)
    row = Row(
        kind,
        runner,
        workers,
        len(files),
        pages,
        round(seconds, 2),
        round(count / seconds, 3),
        "pages/s" if scans else "files/s",
        failed=sum(1 for o in outcomes if o["status"] not in ("recorded", "duplicate")),
        load=round(load, 2),
        cpu=round(cpu / count, 3),
        empty_seconds=round(empty, 2),
    )
    return row, config


def bench(
    root: Path, workers: Sequence[int], limit: int, scan_limit: int, runner: str, kinds: Sequence[str]
) -> list[Row]:
    limits = {"ocr_dpi": int(os.environ.get("XIANJIE_OCR_DPI", "200"))}
    warmup = sample_files(root, "text", 4, skip=limit)  # never one of the timed files
    rows: list[Row] = []
    for n in workers:
        shape = PoolShape.for_workers(n)  # the shape batch_flow gives the flow
        warm_pool.warm(shape)
        for kind in kinds:
            files = sample_files(root, kind, scan_limit if kind in SCAN_KINDS else limit)
            if not files:
                continue
            images = [img for f in files for img in scan_pages(f, limits)] if kind in SCAN_KINDS else []
            before = run_bare(shape, images) if images else (0.0, 0.0)
            row, _ = run_flow(kind, files, warmup[: 2 * n], runner, n, limits)
            if images:
                after = run_bare(shape, images)
                row.bare_rate = round((before[0] + after[0]) / 2, 3)
                row.bare_spread = round(abs(before[0] - after[0]) / row.bare_rate, 3)
                row.bare_cpu = round((before[1] + after[1]) / 2, 3)
            own = warm_pool.peak_mb()
            row.peak_mb = round(own + (_worker_peaks(shape) if runner == "pool" else 0.0), 1)
            rows.append(row)
            print(_line(row), flush=True)
        warm_pool.shutdown_all()
    return rows


def _line(row: Row) -> str:
    if row.bare_rate:
        extra = (
            f"  bare {row.bare_rate:6.3f} pages/s (±{row.bare_spread:.0%})  pipeline/bare {row.ratio:5.2f}"
            f"  CPU s/page {row.cpu:.2f} vs bare {row.bare_cpu:.2f} (ratio {row.cpu_ratio:.2f})"
        )
    else:
        extra = (
            f"  ({row.rate / TARGET_FILES_PER_SECOND:.0%} of the {TARGET_FILES_PER_SECOND:.0f} files/s target)"
            f"  CPU s/file {row.cpu:.3f} (CPU ceiling {row.cpu_ceiling} files/s)"
            f"  empty flow run {row.empty_seconds:.2f} s"
        )
    bad = f"  failed/quarantined {row.failed}" if row.failed else ""
    return (
        f"{row.kind:5s} {row.runner:7s} workers={row.workers}  {row.files:3d} files {row.pages:3d} pages "
        f"{row.seconds:7.2f} s  {row.rate:7.3f} {row.unit}{extra}  peak {row.peak_mb:5.0f} MB  load {row.load:.1f}{bad}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="衔接 入库流程（ingest_batch）性能测试，与裸 RapidOCR 调用对比")
    parser.add_argument("--samples", type=Path, default=Path("samples"))
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    parser.add_argument("--limit", type=int, default=16, help="DOCX / text PDF / .txt files per kind")
    parser.add_argument("--scan-limit", type=int, default=12, help="scanned PDFs and photos per kind")
    parser.add_argument("--runner", default="pool", help="task runner: pool (the service's) | threads | processes")
    parser.add_argument("--kinds", default=",".join((*FILE_KINDS, *SCAN_KINDS)), help="comma-separated kinds")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON here")
    args = parser.parse_args(argv)
    workers = [int(w) for w in args.workers.split(",") if w.strip()]
    with tempfile.TemporaryDirectory(prefix="xianjie-bench-prefect-") as home:
        prefect_env(Path(home))
        print(f"cores {os.cpu_count()}  load {os.getloadavg()[0]:.1f}  runner {args.runner}", file=sys.stderr)
        kinds = [k for k in args.kinds.split(",") if k in SUFFIXES]
        rows = bench(args.samples, workers, args.limit, args.scan_limit, args.runner, kinds)
    if not rows:
        print(f"{args.samples} 下没有样例文件（先运行 make samples）")
        return 1
    if args.json:
        data = [asdict(r) | {"ratio": r.ratio, "cpu_ratio": r.cpu_ratio, "cpu_ceiling": r.cpu_ceiling} for r in rows]
        args.json.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
