"""Which role may do what; every page and API route names one permission and nothing else decides."""

from __future__ import annotations

from enum import StrEnum

from models.vocab import UserRole


class Permission(StrEnum):
    QUEUE = "queue"  # see the review queue
    CORRECT = "correct"  # confirm, correct, add values, re-link documents
    READ_DOCUMENTS = "read_documents"
    READ_CASES = "read_cases"
    DUE_LISTS = "due_lists"  # the "due this week" work lists
    DASHBOARD = "dashboard"
    UPLOAD = "upload"  # put files into the inbox from the browser


_READ = {Permission.READ_DOCUMENTS, Permission.READ_CASES, Permission.DASHBOARD}

ROLE_PERMISSIONS: dict[UserRole, frozenset[Permission]] = {
    UserRole.REVIEWER: frozenset(
        _READ | {Permission.QUEUE, Permission.CORRECT, Permission.DUE_LISTS, Permission.UPLOAD}
    ),
    UserRole.CLERK: frozenset(_READ | {Permission.DUE_LISTS, Permission.UPLOAD}),
    UserRole.PROCURATORATE: frozenset(_READ),
    UserRole.ADMIN: frozenset(Permission),
}


def allowed(role: str, permission: Permission) -> bool:
    try:
        return permission in ROLE_PERMISSIONS[UserRole(role)]
    except ValueError:
        return False
