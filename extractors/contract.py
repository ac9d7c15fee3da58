"""One file in, one JSON object of the extraction contract out (shared/contract.md).

The command line, the intake flow and the evaluation all print or store this
same object, so its shape is decided in one place: a read file gives
file/sha256/reader/pages/seconds/fields, an unreadable one gives file/error/
error_code and never raises.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from extractors.document import ReadResult
from extractors.errors import ReadError
from extractors.field_model import Extraction


def contract_line(result: ReadResult, extraction: Extraction, seconds: float | None = None) -> dict[str, Any]:
    """The contract object for a document already read and extracted."""
    return {
        "file": result.path,
        "sha256": result.sha256,
        "reader": str(result.reader),
        "pages": len(result.pages),
        "seconds": round(result.seconds if seconds is None else seconds, 3),
        "fields": extraction.to_json(),
        # Added to the contract: each page's size in the units of its boxes, so a viewer can
        # place an OCR box on the page image whatever resolution the scan was rendered at.
        "page_sizes": [[page.width, page.height] for page in result.pages],
    }


def error_line(path: str, error: ReadError) -> dict[str, Any]:
    return {"file": path, "error": error.message, "error_code": error.code}


def extract_file(path: str, model_dir: Path | None = None, **read_limits: Any) -> dict[str, Any]:
    """Read and extract one file; `read_limits` are extractors.read.read's keyword limits,
    `model_dir` a model trained on reviewers' corrections (used when it exists)."""
    from extractors.pipeline import build_nlp, extract
    from extractors.read import read

    build_nlp()  # once per process; not part of this file's time
    started = time.perf_counter()
    try:
        result = read(path, **read_limits)
    except ReadError as error:
        return error_line(str(path), error)
    line = contract_line(result, extract(result, model_dir=model_dir), seconds=time.perf_counter() - started)
    line["file"] = str(path)
    return line
