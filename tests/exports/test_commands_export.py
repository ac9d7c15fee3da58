"""`xianjie export`, `report quarterly`, `letter` and `digest` through the real CLI entry."""

from __future__ import annotations

import email
import json
import re
from email.policy import default as default_policy
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook
from smtp_inbox import smtp_inbox
from typer.testing import CliRunner

from models.db import dispose_engine
from xianjie.cli import app
from xianjie.settings import get_settings

runner = CliRunner()


@pytest.fixture
def home(tmp_path: Path, two_cases_template: Path, monkeypatch: pytest.MonkeyPatch):
    db = tmp_path / "cli.db"
    db.write_bytes(two_cases_template.read_bytes())
    monkeypatch.setenv("XIANJIE_HOME", str(tmp_path / "var"))
    monkeypatch.setenv("XIANJIE_DATABASE_URL", f"sqlite:///{db}")
    monkeypatch.setenv("XIANJIE_PROCURATORATE_NAME", "西安市鄠邑区人民检察院")
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()
    dispose_engine(f"sqlite:///{db}")


def run(*args: str):
    result = runner.invoke(app, list(args))
    return result


def test_export_with_filters(home):
    out = home / "导出" / "台账.xlsx"
    result = run("export", str(out), "--agency", "鄠邑区", "--from", "2025-07-01", "--to", "2025-09-30",
                 "--today", "2025-09-10")
    assert result.exit_code == 0, result.output
    assert "已导出 1 个案件" in result.stdout
    sheet = load_workbook(out)["案件台账"]
    assert sheet["C2"].value == "张某某"
    bad = run("export", str(out), "--status", "late")
    assert bad.exit_code == 2 and "未知状态" in bad.output
    assert run("export", str(home / "台账.csv")).exit_code == 2


def test_quarterly_report_command(home):
    result = run("report", "quarterly", "2025Q3", "--out", str(home / "q"), "--today", "2025-09-10")
    assert result.exit_code == 0, result.output
    assert "2025年第三季度：处罚决定 1 件，在办执行 2 件，法院申请与裁定 3 项，卫片线索 1 条" in result.stdout
    letter = home / "q" / "2025年第三季度自然资源行政处罚及执行信息（报送函）.docx"
    assert "西安市鄠邑区人民检察院：" in [p.text for p in docx.Document(str(letter)).paragraphs]
    assert run("report", "quarterly", "2025Q7").exit_code == 2


def test_letter_draft_then_sent_closes_the_duty(home):
    result = run("letter", "copy", "--case", "1", "--today", "2025-09-10")
    assert result.exit_code == 0, result.output
    letter_id = re.search(r"已起草函件 (\d+)", result.stdout).group(1)
    listed = json.loads(run("letter", "list", "--json").stdout.splitlines()[0])
    assert listed["sent_on"] is None and Path(listed["path"]).parent == home / "var" / "letters"
    sent = run("letter", "sent", letter_id, "--date", "2025-09-11", "--today", "2025-09-10")
    assert sent.exit_code == 0, sent.output
    assert "已登记" in sent.stdout
    case = json.loads(run("case", "1", "--json", "--today", "2025-09-10").stdout)
    done = {o["code"]: o["done_on"] for o in case["obligations"]}
    assert done["copy_acceptance"] == "2025-09-11"
    again = run("letter", "sent", letter_id, "--date", "2025-09-12")
    assert again.exit_code == 1 and "已于 2025-09-11 标记为已发出" in again.output
    none = run("letter", "supervision", "--case", "2", "--today", "2025-09-10")
    assert none.exit_code == 1 and "没有可申请检察监督的情形" in none.output
    assert run("letter", "copy", "--case", "99").exit_code == 1


def test_digest_files_and_mail(home, monkeypatch):
    result = run("digest", "--today", "2025-09-10", "--out", str(home / "dg"))
    assert result.exit_code == 0, result.output
    assert "已逾期" in (home / "dg" / "2025-09-10_clerk.html").read_text(encoding="utf-8")
    assert run("digest", "--send").exit_code == 2  # no SMTP host set

    with smtp_inbox() as (inbox, port):
        monkeypatch.setenv("XIANJIE_SMTP_HOST", "127.0.0.1")
        monkeypatch.setenv("XIANJIE_SMTP_PORT", str(port))
        monkeypatch.setenv("XIANJIE_DIGEST_RECIPIENTS", json.dumps({"clerk": ["fagui@huyi.example.cn"]}))
        get_settings.cache_clear()
        sent = run("digest", "--send", "--today", "2025-09-10", "--out", str(home / "dg"))
    assert sent.exit_code == 0, sent.output
    assert "已发送 clerk 日报至 fagui@huyi.example.cn" in sent.stdout
    message = email.message_from_bytes(inbox.envelopes[0].content, policy=default_policy)
    assert message["Subject"].startswith("【衔接】期限日报 2025-09-10（办案人员）：逾期 3 项")
    assert "将受理通知书复印件报送人民检察院" in message.get_body(("html",)).get_content()


def test_digest_send_to_a_server_that_is_down_says_why_and_keeps_the_files(home, monkeypatch):
    import socket

    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("XIANJIE_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("XIANJIE_SMTP_PORT", str(port))
    monkeypatch.setenv("XIANJIE_DIGEST_RECIPIENTS", json.dumps({"clerk": ["fagui@huyi.example.cn"]}))
    get_settings.cache_clear()
    result = run("digest", "--send", "--today", "2025-09-10", "--out", str(home / "dg"))
    assert result.exit_code == 1
    assert "未能发送 clerk 日报" in result.output
    assert (home / "dg" / "2025-09-10_clerk.html").exists()  # written before the mail was tried
    assert (home / "dg" / "2025-09-10.json").exists()
