"""Sign-in attempts, kept so the review app can slow down password guessing.

Users and API tokens live in models/tables.py beside the ledger; this table is
the review app's own bookkeeping and is migrated by revision `auth_0001`.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from models.tables import utcnow


class LoginAttempt(SQLModel, table=True):
    """One try at signing in; failures within a window count against the name and the address."""

    __tablename__ = "login_attempts"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    address: str = Field(default="", index=True)  # client IP as the server saw it
    at: datetime = Field(default_factory=utcnow, index=True)
    succeeded: bool = False
