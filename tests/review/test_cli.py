"""`xianjie user add` and `xianjie token create`: accounts from the command line, usable by the API at once."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from models.db import dispose_engine
from review.app import create_app
from xianjie.cli import app
from xianjie.settings import get_settings


@pytest.fixture()
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("XIANJIE_HOME", str(tmp_path / "var"))
    monkeypatch.delenv("XIANJIE_DATABASE_URL", raising=False)
    get_settings.cache_clear()
    yield tmp_path / "var"
    dispose_engine(get_settings().db_url)
    get_settings.cache_clear()


def test_user_add_then_token_create_gives_a_working_token(home):
    runner = CliRunner()
    added = runner.invoke(app, ["user", "add", "李审核", "--role", "reviewer"], input="s3cret-passw0rd\n")
    assert added.exit_code == 0, added.output
    assert "已保存用户 李审核（审核员）" in added.output
    created = runner.invoke(app, ["token", "create", "李审核"])
    assert created.exit_code == 0, created.output
    token = created.output.strip().splitlines()[-1]
    assert token.startswith("xj_")
    with TestClient(create_app(get_settings())) as client:
        assert client.get("/api/queue", headers={"Authorization": f"Bearer {token}"}).json() == []
        assert client.get("/api/queue").status_code == 401
    assert (home / "secret_key").read_text().strip()  # the session secret persisted under home


def test_refusals_are_explained(home):
    runner = CliRunner()
    short = runner.invoke(app, ["user", "add", "王办案", "--role", "clerk"], input="short\n")
    assert short.exit_code == 2 and "密码至少需要 8 个字符" in short.output
    missing = runner.invoke(app, ["token", "create", "无此人"])
    assert missing.exit_code == 2 and "用户不存在" in missing.output
    bad_role = runner.invoke(app, ["user", "add", "赵", "--role", "boss"], input="long-enough-1\n")
    assert bad_role.exit_code == 2
