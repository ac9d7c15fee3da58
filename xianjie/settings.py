"""The one settings object; every value can be set by an XIANJIE_* environment variable."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="XIANJIE_", env_file=".env", extra="ignore")

    home: Path = Path("var")
    database_url: str | None = None
    inbox: Path = Path("inbox")
    review_threshold: float = 0.80  # a field below this confidence goes to the review queue
    max_image_pixels: int = 80_000_000
    max_file_bytes: int = 200 * 1024 * 1024
    max_docx_uncompressed: int = 300 * 1024 * 1024
    ocr_dpi: int = 200
    region: str = "national"

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.home / 'xianjie.db').resolve()}"

    @property
    def archive_dir(self) -> Path:
        return self.home / "archive"

    @property
    def quarantine_dir(self) -> Path:
        return self.home / "quarantine"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
