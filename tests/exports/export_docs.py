"""The export tests' ledger: two realistic cases built with the ledger's own record/link/recompute."""

from __future__ import annotations

from datetime import date

import ledger_docs as docs
from sqlmodel import Session

TODAY = date(2025, 9, 10)
SATELLITE_DECISION_NO = "鄠自然资罚字〔2025〕第31号"


def build_two_cases(session: Session, today: date = TODAY) -> None:
    """Case 1: decision → application → acceptance → enforce ruling (copies partly sent).
    Case 2: another company's decision with a 卫片 location, only served."""
    docs.ingest(session, docs.penalty_decision(), today)
    docs.ingest(session, docs.service_receipt("2025-01-10"), today)
    docs.ingest(session, docs.demand_notice(), today)
    docs.ingest(session, docs.enforcement_application(), today)
    docs.ingest(session, docs.court_acceptance(), today)
    docs.ingest(session, docs.court_ruling(served="2025-08-18"), today)
    docs.ingest(session, docs.copy_letter("2025-08-12", docs.APPLICATION_NO), today)
    docs.ingest(session, docs.penalty_decision(number=SATELLITE_DECISION_NO, issued="2025-07-02",
                                               company="张某某", place="卫片图斑2025-118号 鄠邑区庞光街道",
                                               fine=8000.0), today)
