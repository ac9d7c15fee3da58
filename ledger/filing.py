"""Filing one extracted document in the ledger: record it, link it to its case, recompute that case.

The one call the ingest flow needs after archiving a file and extracting it;
each step stays callable on its own (record_document, link_document,
recompute_case) for callers that must split them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session

from ledger.linking import LinkOutcome, link_document
from ledger.obligations import recompute_case
from ledger.record import DEFAULT_THRESHOLD, RecordOutcome, record_document


@dataclass
class FilingOutcome:
    record: RecordOutcome
    link: LinkOutcome | None  # None for bytes already recorded
    case_id: int | None

    @property
    def message(self) -> str:
        parts = [self.record.message] + ([self.link.message] if self.link else [])
        return " ".join(parts)


def file_document(
    session: Session,
    *,
    sha256: str,
    original_name: str,
    archive_path: str,
    extraction: dict[str, Any],
    today: date,
    threshold: float = DEFAULT_THRESHOLD,
    region: str = "national",
    who: str = "system",
    adopted: frozenset[str] | None = None,
) -> FilingOutcome:
    """Record, link and recompute; the same bytes twice only say so.  The caller commits.

    `adopted`: the local rules the bureau applies outside their region (ledger.rules.parse_adopted).
    """
    recorded = record_document(session, sha256=sha256, original_name=original_name, archive_path=archive_path,
                               extraction=extraction, threshold=threshold, who=who)
    if recorded.duplicate:
        return FilingOutcome(recorded, None, None)
    linked = link_document(session, recorded.document_id, region=region, who=who)
    if linked.case_id is not None:
        recompute_case(session, linked.case_id, today, adopted)
    return FilingOutcome(recorded, linked, linked.case_id)
