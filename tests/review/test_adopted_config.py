"""The review app takes XIANJIE_ADOPTED_LOCAL_RULES from the settings and recomputes with it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from ledger.filing import file_document
from models.db import dispose_engine, init_db, session_scope
from models.tables import Document, Obligation
from review.config import config_from
from review.corrections import correct, move_to_case
from xianjie.settings import Settings

APPLICATION = {
    "file": "强制执行申请书.docx", "sha256": "ab" * 32, "reader": "docx", "pages": 1, "seconds": 0.4,
    "fields": {
        "doc_type": {"value": "enforcement_application", "confidence": 0.96, "source": "rule"},
        "title": {"value": "强制执行申请书", "confidence": 0.97, "source": "rule"},
        "doc_number": {"value": "户国土执申〔2025〕5号", "confidence": 0.93, "source": "rule"},
        "issuer": {"value": "户县国土资源局", "confidence": 0.95, "source": "rule"},
        "recipient": {"value": "陕西省户县人民法院", "confidence": 0.94, "source": "rule"},
        "issue_date": {"value": "2025-08-05", "confidence": 0.95, "source": "rule"},
        "dates": [{"value": "2025-08-05", "confidence": 0.9, "source": "rule", "role": "issued"}],
    },
}


def _settings(tmp_path: Path, adopted: str) -> Settings:
    return Settings(_env_file=None, home=tmp_path / "var", adopted_local_rules=adopted)  # type: ignore[call-arg]


def test_config_parses_the_setting(tmp_path: Path) -> None:
    assert config_from(_settings(tmp_path, "all"), secret_key="k").adopted is None
    assert config_from(_settings(tmp_path, "none"), secret_key="k").adopted == frozenset()
    assert config_from(_settings(tmp_path, "lhasa，D8"), secret_key="k").adopted == frozenset({"lhasa", "D8"})
    with pytest.raises(ValueError, match="未知的地方规则"):
        config_from(_settings(tmp_path, "拉萨"), secret_key="k")


def test_a_reviewers_correction_recomputes_with_the_adopted_rules(tmp_path: Path) -> None:
    config = config_from(_settings(tmp_path, "none"), secret_key="k")
    init_db(config.db_url)
    today = date(2025, 8, 6)
    with session_scope(config.db_url) as session:
        file_document(session, sha256=APPLICATION["sha256"], original_name=APPLICATION["file"],
                      archive_path="archive/ab/x.docx", extraction=APPLICATION, today=today)  # default: all
        document = session.exec(select(Document)).one()
        assert "copy_application" in {o.code for o in session.exec(select(Obligation)).all()}
        correct(session, document, "issue_date", "2025-08-04", None, who="审核员", today=today,
                region=config.region, adopted=config.adopted)
        assert "copy_application" not in {o.code for o in session.exec(select(Obligation)).all()}
        move_to_case(session, document, None, who="审核员", today=today, region=config.region, adopted=None)
        codes = {o.code for o in session.exec(select(Obligation).where(Obligation.case_id == document.case_id))}
        assert "copy_application" in codes  # split to its own case, recomputed with every seed adopted
    dispose_engine(config.db_url)
