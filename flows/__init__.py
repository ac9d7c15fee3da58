"""Intake and monitoring: the steps one file goes through, their Prefect flows, the watcher and the service.

flows/steps.py is plain Python (the `xianjie ingest` command calls it without
Prefect's start-up cost); flows/ingest.py and flows/monitor.py wrap the same
steps as Prefect flows and tasks for the service, the schedules and the UI.
"""

import os

# Before Prefect or onnxruntime is imported anywhere below us: no telemetry leaves the machine.
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
