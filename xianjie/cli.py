"""The `xianjie` command.  Each xianjie/commands_*.py module adds its own commands."""

from __future__ import annotations

import importlib
import os
import pkgutil

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

import typer  # noqa: E402

import xianjie  # noqa: E402

app = typer.Typer(
    help="衔接 Xianjie：自然资源执法案件文书识别、台账与期限管理。",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for _info in sorted(pkgutil.iter_modules(xianjie.__path__), key=lambda m: m.name):
    if _info.name.startswith("commands_"):
        importlib.import_module(f"xianjie.{_info.name}").register(app)
