"""What the review app needs from the settings, and the session secret it keeps under home.

review/ may not import xianjie/, so the app takes any object with these
attributes (xianjie.settings.Settings has them all).
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ledger.rules import parse_adopted


class AppSettings(Protocol):
    home: Path
    review_threshold: float
    region: str

    @property
    def db_url(self) -> str: ...


@dataclass(frozen=True)
class ReviewConfig:
    """The settings values the app reads, fixed when the app is created."""

    home: Path
    db_url: str
    review_threshold: float
    region: str
    secret_key: str
    inbox: Path = Path("inbox")  # web uploads land here, so the watcher applies the drop-folder checks
    max_file_bytes: int = 200 * 1024 * 1024
    ocr_dpi: int = 200  # the scale of OCR boxes on rendered PDF pages
    secure_cookies: bool = False  # set behind HTTPS so the session cookie never travels in clear
    adopted: frozenset[str] | None = None  # local rules applied outside their region (ledger.rules.applies)


def load_secret_key(home: Path) -> str:
    """Read <home>/secret_key, creating it (owner-only) on first start so sessions survive restarts."""
    path = home / "secret_key"
    if path.exists():
        key = path.read_text(encoding="utf-8").strip()
        if key:
            return key
    home.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(key + "\n")
    return key


def config_from(settings: AppSettings, secret_key: str | None = None, secure_cookies: bool = False) -> ReviewConfig:
    return ReviewConfig(
        home=Path(settings.home),
        db_url=settings.db_url,
        review_threshold=float(settings.review_threshold),
        region=str(settings.region),
        secret_key=secret_key or load_secret_key(Path(settings.home)),
        ocr_dpi=int(getattr(settings, "ocr_dpi", 200)),
        inbox=Path(getattr(settings, "inbox", Path(settings.home) / "inbox")),
        max_file_bytes=int(getattr(settings, "max_file_bytes", 200 * 1024 * 1024)),
        secure_cookies=secure_cookies,
        adopted=parse_adopted(str(getattr(settings, "adopted_local_rules", "all"))),
    )
