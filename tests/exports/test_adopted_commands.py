"""`xianjie digest`, `export`, `obligations` and `letter sent` recompute with XIANJIE_ADOPTED_LOCAL_RULES.

The two cases are national (鄠邑区): the Lhasa copy duties (C4/C6/C9) and the Ezhou
quarterly sharing (D8) reach them only where the bureau adopted those rules.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from models.db import dispose_engine
from xianjie.cli import app
from xianjie.settings import get_settings

runner = CliRunner()
LHASA_STEPS = ("将强制执行申请材料抄送同级人民检察院", "将受理通知书复印件报送人民检察院")


@pytest.fixture
def home(tmp_path: Path, two_cases_template: Path, monkeypatch: pytest.MonkeyPatch):
    db = tmp_path / "cli.db"
    db.write_bytes(two_cases_template.read_bytes())
    monkeypatch.setenv("XIANJIE_HOME", str(tmp_path / "var"))
    monkeypatch.setenv("XIANJIE_DATABASE_URL", f"sqlite:///{db}")

    def adopt(value: str) -> None:
        monkeypatch.setenv("XIANJIE_ADOPTED_LOCAL_RULES", value)
        get_settings.cache_clear()

    yield tmp_path, adopt
    get_settings.cache_clear()
    dispose_engine(f"sqlite:///{db}")


def run(*args: str):
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result


def _digest_page(folder: Path) -> str:
    run("digest", "--today", "2025-09-10", "--out", str(folder))
    return (folder / "2025-09-10_clerk.html").read_text(encoding="utf-8")


def test_digest_follows_the_setting(home) -> None:
    tmp_path, adopt = home
    adopt("none")
    page = _digest_page(tmp_path / "none")
    assert not any(step in page for step in LHASA_STEPS)
    adopt("all")
    page = _digest_page(tmp_path / "all")
    assert "将受理通知书复印件报送人民检察院" in page


def test_export_and_bureau_duties_follow_the_setting(home) -> None:
    tmp_path, adopt = home
    adopt("lhasa")  # Lhasa's copy duties adopted, Ezhou's quarterly sharing not
    out = tmp_path / "台账.xlsx"
    run("export", str(out), "--today", "2025-09-10")
    rules = {str(cell.value) for row in load_workbook(out)["待办期限"].iter_rows() for cell in row}
    assert any("受理通知书复印件" in value for value in rules)
    adopt("none")
    run("export", str(out), "--today", "2025-09-10")
    rules = {str(cell.value) for row in load_workbook(out)["待办期限"].iter_rows() for cell in row}
    assert not any("受理通知书复印件" in value for value in rules)
    adopt("D8")  # quarters count from the bureau's first recorded decision, recorded when the template was built
    rows = [json.loads(line) for line in run("obligations", "--json").stdout.splitlines()]
    assert rows and {row["bureau"] for row in rows} == {"西安市鄠邑区自然资源局"}
    adopt("lhasa")
    assert "没有执法机关层面的义务" in run("obligations").stdout  # unshared quarters go once D8 is not adopted


def test_letter_sent_recomputes_with_the_setting(home) -> None:
    _, adopt = home
    adopt("none")
    drafted = run("letter", "copy", "--case", "1", "--today", "2025-09-10")
    letter_id = re.search(r"已起草函件 (\d+)", drafted.stdout).group(1)
    run("letter", "sent", letter_id, "--date", "2025-09-11", "--today", "2025-09-10")
    case = json.loads(run("case", "1", "--json", "--today", "2025-09-10").stdout)
    assert not {"copy_application", "copy_acceptance", "copy_ruling"} & {o["code"] for o in case["obligations"]}
