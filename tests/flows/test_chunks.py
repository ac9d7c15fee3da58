"""Born-digital files share task runs in chunks; one bad or unlucky file still never costs the others."""

from __future__ import annotations

from pathlib import Path

import pytest
from flow_accounting import fingerprint, leftovers, whereabouts
from flow_docs import write_bad_files, write_penalty, write_penalty_docx
from PIL import Image
from sqlalchemy.exc import OperationalError

from flows import steps
from flows.batching import Item, claim_item, needs_ocr
from flows.ingest import CHUNK_FILES, _chunks, batch_flow
from flows.journal import claim
from flows.steps import IngestConfig

SAMPLE_PDF = Path(__file__).resolve().parents[2] / "samples" / "pdf" / "case_referral_01.pdf"


def _claimed(files: list[Path], processing: Path) -> list[Item]:
    items = []
    for path in files:
        taken = claim(path, processing, path.name)
        assert taken is not None
        items.append(claim_item(taken))
    return items


@pytest.mark.xdist_group("prefect")
@pytest.mark.usefixtures("prefect_harness")
def test_a_corrupt_docx_in_a_chunk_is_quarantined_and_the_good_ones_recorded(
    tmp_path: Path, config: IngestConfig
) -> None:
    from prefect import get_client

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    good = [write_penalty_docx(inbox, n) for n in range(80, 84)]
    corrupt = write_bad_files(inbox)[0]  # 损坏的文书.docx: a zip that is no Word document
    files = [good[0], good[1], corrupt, good[2], good[3]]
    digests = fingerprint(files)
    corrupt_bytes = corrupt.read_bytes()
    processing = Path(config.home) / "processing" / "chunks"
    items = _claimed(files, processing)
    outcomes = batch_flow("threads", 1)(items, config)
    assert [o["original_name"] for o in outcomes] == [f.name for f in files]  # the items' order
    assert [o["status"] for o in outcomes] == ["recorded", "recorded", "quarantined", "recorded", "recorded"]
    bad = outcomes[2]
    assert "损坏" in bad["reason"] or "无法" in bad["reason"], bad["reason"]
    stored = Path(bad["stored_at"])
    assert stored.read_bytes() == corrupt_bytes
    assert bad["reason"] in stored.with_name(stored.name + ".reason.txt").read_text(encoding="utf-8")
    assert leftovers(processing) == []  # every claim released once its file reached its end
    assert set(whereabouts(config.db_url, Path(config.home), set(digests))) == set(digests)
    with get_client(sync_client=True) as client:
        names = [r.name for r in client.read_task_runs()]
    for chunk in _chunks(list(range(len(files))), None):  # a task run per chunk, not per file
        assert f"{files[chunk[0]].name} 等 {len(chunk)} 个文件" in names


@pytest.mark.xdist_group("prefect")
@pytest.mark.usefixtures("prefect_harness")
def test_database_trouble_in_a_chunk_retries_that_file_alone(
    tmp_path: Path, config: IngestConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = [write_penalty(tmp_path, n) for n in range(90, 94)]
    unlucky = files[1].name
    real = steps.process_item
    calls: dict[str, int] = {}

    def locked_once(path: Path, original_name: str, claim_folder: str, config: IngestConfig) -> steps.Outcome:
        calls[original_name] = calls.get(original_name, 0) + 1
        if original_name == unlucky and calls[original_name] == 1:
            raise OperationalError("INSERT INTO documents", {}, Exception("database is locked"))
        return real(path, original_name, claim_folder, config)

    monkeypatch.setattr(steps, "process_item", locked_once)
    outcomes = batch_flow("threads", 1)([Item(str(f), f.name) for f in files], config)
    assert [o["status"] for o in outcomes] == ["recorded"] * 4
    assert calls == {f.name: (2 if f.name == unlucky else 1) for f in files}  # the others ran once


def test_scans_and_photos_need_ocr_born_digital_files_do_not(tmp_path: Path) -> None:
    photo = tmp_path / "现场照片.jpg"
    Image.new("RGB", (40, 30), "white").save(photo)
    image_pdf = tmp_path / "扫描件.pdf"
    Image.new("RGB", (200, 280), "white").save(image_pdf)
    docx = write_penalty_docx(tmp_path, 1)
    junk_pdf = write_bad_files(tmp_path / "bad")[1]
    assert needs_ocr(Item(str(photo), photo.name)) and needs_ocr(Item(str(image_pdf), image_pdf.name))
    assert not needs_ocr(Item(str(docx), docx.name))
    assert not needs_ocr(Item(str(junk_pdf), junk_pdf.name))  # unreadable: the reader quarantines it quickly
    if SAMPLE_PDF.exists():
        assert not needs_ocr(Item(str(SAMPLE_PDF), SAMPLE_PDF.name))


def test_chunks_are_even_and_bounded() -> None:
    from flows.warm_pool import PoolShape

    many = list(range(2 * CHUNK_FILES + 1))
    pooled = _chunks(many, PoolShape(2, 1))
    assert len(pooled) == 3 and sorted(i for c in pooled for i in c) == many
    assert max(len(c) for c in pooled) - min(len(c) for c in pooled) <= 1
    assert len(_chunks(list(range(5)), None)) >= 1 and _chunks([], None) == []
