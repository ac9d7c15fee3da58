"""Process-wide test environment: no telemetry, and every test run writes under a temp home."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

_HOME = Path(tempfile.mkdtemp(prefix="xianjie-test-"))
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("XIANJIE_HOME", str(_HOME / "var"))
os.environ.setdefault("PREFECT_HOME", str(_HOME / "prefect"))
