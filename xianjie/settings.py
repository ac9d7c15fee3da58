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
    # Local rules applied outside their own region (ledger/rules.py): all | none | e.g. "lhasa,D8"
    adopted_local_rules: str = "all"
    holidays_file: Path | None = None  # extra holiday data (same format as ledger/data/holidays.toml)
    model_dir: Path | None = None  # trained NER model; default <home>/models/ner when it exists

    # Drop-folder watcher (flows/watcher.py)
    watch_stability_seconds: float = 2.0  # a file is taken once size+mtime stayed still this long
    watch_polling: bool | None = None  # None: poll only when the inbox is on a network share
    watch_ignore: list[str] = ["~$*", "*.tmp", "*.part", ".~lock*", "Thumbs.db", ".DS_Store", "desktop.ini", ".*"]
    watch_rescan_seconds: float = 30.0  # full inbox rescan, in case native events were lost
    batch_size: int = 100  # at most this many settled files per flow run: batches grow under a burst
    batch_window_seconds: float = 2.0  # how long the first settled file waits for companions
    # Ingest runs (flows/ingest.py): pool | threads | processes | dask; dask_address joins a running cluster.
    # pool: warm worker processes, one per core, each OCR single-threaded (flows/warm_pool.py)
    ingest_workers: int = 2
    task_runner: str = "pool"
    dask_address: str | None = None
    # Schedules served by `xianjie run` (flows/deployments.py), cron in schedule_timezone
    backlog_dir: Path = Path("backlog")
    backlog_cron: str = "0 2 * * *"
    monitor_cron: str = "30 6 * * *"
    schedule_timezone: str = "Asia/Shanghai"
    # The service (`xianjie run`): local Prefect server and review app, both on 127.0.0.1
    prefect_port: int = 4200
    review_port: int = 8000
    # Letters, exports and the digest e-mail (ledger/letters.py, ledger/digest.py; `xianjie letter|export|digest`)
    templates_dir: Path | None = None  # the bureau's own .docx letter templates; missing ones fall back to ours
    bureau_name: str | None = None  # signs letters; default: the agency named in the case
    procuratorate_name: str = "同级人民检察院"  # addressee of copies, supervision applications, quarterly reports
    smtp_host: str | None = None  # no host: `xianjie digest --send` only writes the files
    smtp_port: int = 25
    smtp_user: str | None = None
    smtp_password: str | None = None
    smtp_from: str = "xianjie@localhost"
    smtp_starttls: bool = False
    # role (clerk, procuratorate, admin, reviewer) -> addresses; env: XIANJIE_DIGEST_RECIPIENTS='{"clerk": ["a@b.cn"]}'
    digest_recipients: dict[str, list[str]] = {}

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.home / 'xianjie.db').resolve()}"

    @property
    def archive_dir(self) -> Path:
        return self.home / "archive"

    @property
    def quarantine_dir(self) -> Path:
        return self.home / "quarantine"

    @property
    def processing_dir(self) -> Path:
        """The intake journal: files claimed from the inbox and not yet archived or quarantined."""
        return self.home / "processing"

    @property
    def digests_dir(self) -> Path:
        return self.home / "digests"

    @property
    def letters_dir(self) -> Path:
        return self.home / "letters"

    @property
    def exports_dir(self) -> Path:
        return self.home / "exports"

    @property
    def prefect_home(self) -> Path:
        return self.home / "prefect"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
