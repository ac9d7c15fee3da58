"""XIANJIE_ADOPTED_LOCAL_RULES reaches the ingest steps and the daily monitor, and the digest names bureau duties.

The Lhasa seed's C4 (copy the enforcement application to the procuratorate within
7 working days) binds Lhasa cases always, other cases only where the bureau adopted it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import typer
from flow_docs import write_penalty
from sqlmodel import select

from flows.monitor import Digest, collect, recompute, recompute_bureaus
from flows.steps import IngestConfig, process_file
from ledger.digest import render_text
from models.db import init_db, session_scope
from models.tables import Obligation
from xianjie.settings import Settings, get_settings

APPLICATION = """西安市鄠邑区自然资源局
强制执行申请书
鄠自然资执申〔2025〕5号
申请人：西安市鄠邑区自然资源局
被申请人：西安一宇路桥建设养护有限公司
西安市鄠邑区人民法院：
申请人于2025年1月6日对被申请人作出鄠自然资罚字〔2025〕第12号行政处罚决定书，被申请人在法定期限内未申请行政复议，\
也未提起行政诉讼，经催告仍不履行。依据《中华人民共和国行政强制法》第五十三条之规定，特申请人民法院强制执行。
此致
西安市鄠邑区人民法院
西安市鄠邑区自然资源局
2025年8月5日
"""


def _config_from_env(monkeypatch: pytest.MonkeyPatch, home: Path, adopted: str | None, region: str) -> IngestConfig:
    """The config `xianjie ingest` builds from the environment."""
    from xianjie.commands_flows import ingest_config

    monkeypatch.setenv("XIANJIE_HOME", str(home))
    monkeypatch.setenv("XIANJIE_REGION", region)
    if adopted is None:
        monkeypatch.delenv("XIANJIE_ADOPTED_LOCAL_RULES", raising=False)
    else:
        monkeypatch.setenv("XIANJIE_ADOPTED_LOCAL_RULES", adopted)
    get_settings.cache_clear()
    try:
        return ingest_config(Settings(_env_file=None))  # type: ignore[call-arg]
    finally:
        get_settings.cache_clear()


def _codes_after_filing(tmp_path: Path, config: IngestConfig) -> dict[str, date]:
    source = tmp_path / "强制执行申请书.txt"
    source.write_text(APPLICATION, encoding="utf-8")
    outcome = process_file(source, source.name, config)
    assert outcome.case_id is not None, outcome.describe()
    with session_scope(config.db_url) as session:
        rows = session.exec(select(Obligation).where(Obligation.case_id == outcome.case_id)).all()
        return {row.code: row.due for row in rows}


@pytest.mark.parametrize(
    ("adopted", "region", "expected"),
    [
        ("none", "national", None),  # a bureau outside Lhasa that did not adopt the seed: no C4
        (None, "national", date(2025, 8, 14)),  # default "all": C4 on the national calendar (rules.md §2.1)
        ("none", "lhasa", date(2025, 8, 14)),  # a Lhasa case is bound by its own local rule
        ("C4", "national", date(2025, 8, 14)),
    ],
)
def test_copy_duty_after_an_application_follows_the_setting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, adopted: str | None, region: str, expected: date | None
) -> None:
    config = _config_from_env(monkeypatch, tmp_path / "var", adopted, region)
    assert config.adopted_local_rules == (adopted or "all")
    codes = _codes_after_filing(tmp_path, replace(config, today="2025-08-06"))
    assert codes.get("copy_application") == expected
    assert "court_accept" in codes  # national rows are computed whatever is adopted


def test_a_misspelt_setting_stops_the_cli_before_any_run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    with pytest.raises(typer.Exit):
        _config_from_env(monkeypatch, tmp_path / "var", "lhasa,C44", "national")


def test_the_daily_recompute_applies_the_setting(tmp_path: Path, config: IngestConfig) -> None:
    codes = _codes_after_filing(tmp_path, replace(config, today="2025-08-06"))
    assert "copy_application" in codes  # the fixture's config keeps the default, "all"
    with session_scope(config.db_url) as session:
        case_id = session.exec(select(Obligation.case_id)).first()
    assert case_id is not None
    recompute(config.db_url, case_id, date(2025, 8, 7), "none")
    with session_scope(config.db_url) as session:
        left = {row.code for row in session.exec(select(Obligation)).all()}
    assert "copy_application" not in left and "court_accept" in left


def _bureau_duty(db_url: str) -> None:
    with session_scope(db_url) as session:
        session.add(Obligation(case_id=None, bureau="户县国土资源局", period="2026Q3", rule="D8",
                               code="quarterly_sharing", actor="bureau", due=date(2026, 9, 30),
                               counting="calendar_days", basis="鄂州检会〔2021〕5号 二（二）", status="open"))


def test_digest_names_the_bureau_and_quarter_of_a_duty_without_a_case(config: IngestConfig) -> None:
    init_db(config.db_url)
    _bureau_duty(config.db_url)
    actors = collect(config.db_url, date(2026, 9, 28))
    [item] = actors["bureau"]["due_soon"]
    assert item["case_id"] is None and (item["bureau"], item["period"]) == ("户县国土资源局", "2026Q3")
    text = render_text(Digest(date(2026, 9, 28), 7, actors, 0).to_json(), "admin")
    assert "户县国土资源局 2026Q3 — 向检察机关提供本季度土地行政处罚及执行信息，期限 2026-09-30" in text
    assert "#None" not in text and "案件 #" not in text


def test_monitor_drops_unshared_quarters_where_sharing_is_not_adopted(tmp_path: Path, config: IngestConfig) -> None:
    decision = write_penalty(tmp_path, 7)
    assert process_file(decision, decision.name, config).case_id is not None
    # "all": the deciding bureau shares each quarter from its first recorded decision (D8, Ezhou seed)
    assert recompute_bureaus(config.db_url, date(2026, 10, 8)) >= 1
    assert recompute_bureaus(config.db_url, date(2026, 10, 8), "lhasa") == 0  # only Lhasa's rules adopted
