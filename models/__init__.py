"""Ledger tables, engine and the shared vocabulary."""
