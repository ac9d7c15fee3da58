"""The monitor's mail settings: built from XIANJIE_SMTP_*, the password kept out of flow parameters."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pytest

from flows.monitor import DigestMail
from xianjie.commands_flows import PASSWORD_ENV, digest_mail
from xianjie.settings import Settings


def test_no_host_or_no_recipients_means_no_mail(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)  # no .env from the working tree
    assert digest_mail(Settings(smtp_host=None, digest_recipients={"clerk": ["a@huyi.example.cn"]})) is None
    assert digest_mail(Settings(smtp_host="smtp.huyi.example.cn", digest_recipients={"clerk": []})) is None


def test_the_password_travels_by_environment_not_as_a_parameter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSWORD_ENV, "placeholder")  # so that the variable digest_mail sets is removed afterwards
    monkeypatch.delenv(PASSWORD_ENV)
    settings = Settings(
        smtp_host="smtp.huyi.example.cn",
        smtp_port=587,
        smtp_user="xianjie",
        smtp_password="口令-2024",
        smtp_starttls=True,
        digest_recipients={"procuratorate": ["xingjian@jcy.example.cn"]},
    )
    mail = digest_mail(settings)
    assert isinstance(mail, DigestMail) and mail.password_env == PASSWORD_ENV
    assert "口令-2024" not in json.dumps(asdict(mail), ensure_ascii=False)
    smtp = mail.smtp()
    assert (smtp.host, smtp.port, smtp.user, smtp.password, smtp.starttls) == (
        "smtp.huyi.example.cn", 587, "xianjie", "口令-2024", True
    )
