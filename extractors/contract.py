"""One file in, one JSON object of the extraction contract out (shared/contract.md).

The command line, the intake flow and the evaluation all print or store this
same object, so its shape is decided in one place: a read file gives
file/sha256/reader/pages/seconds/fields, an unreadable one gives file/error/
error_code and never raises.
"""

from __future__ import annotations

import time
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
    }


def error_line(path: str, error: ReadError) -> dict[str, Any]:
    return {"file": path, "error": error.message, "error_code": error.code}


def extract_file(path: str, **read_limits: Any) -> dict[str, Any]:
    """Read and extract one file; `read_limits` are extractors.read.read's keyword limits."""
    from extractors.pipeline import build_nlp, extract
    from extractors.read import read

    build_nlp()  # once per process; not part of this file's time
    started = time.perf_counter()
    try:
        result = read(path, **read_limits)
    except ReadError as error:
        return error_line(str(path), error)
    line = contract_line(result, extract(result), seconds=time.perf_counter() - started)
    line["file"] = str(path)
    return line
