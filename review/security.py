"""Request-time checks: who is asking (session cookie or Bearer token), may they, and is the form ours.

Routes never test roles themselves; they depend on `require(Permission.X)`, so a
route without that dependency stands out in review.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from sqlmodel import Session

from models.db import session_scope
from models.tables import User
from review.accounts import user_for_token
from review.permissions import Permission, allowed

CSRF_HEADER = "x-csrf-token"


@dataclass(frozen=True)
class SignedIn:
    """Who is asking, detached from the database session so error pages can still name them."""

    id: int
    name: str
    role: str


class NotSignedIn(Exception):
    """No valid session or token: pages redirect to the sign-in page, the API answers 401."""


class NotAllowed(Exception):
    """Signed in, but the role (or a missing CSRF token) does not permit this: 403."""

    def __init__(self, message: str = "您的角色无权执行此操作") -> None:
        super().__init__(message)
        self.message = message


def db_session(request: Request) -> Iterator[Session]:
    with session_scope(request.app.state.config.db_url) as session:
        yield session


DbSession = Annotated[Session, Depends(db_session)]


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def current_user(request: Request, session: DbSession) -> User | None:
    """A Bearer header decides alone (a bad token is not rescued by a cookie)."""
    token = _bearer(request)
    if token is not None:
        request.state.via_token = True
        return user_for_token(session, token)
    request.state.via_token = False
    user_id = request.session.get("user_id")
    if not isinstance(user_id, int):
        return None
    user = session.get(User, user_id)
    if user is None or not user.active or request.session.get("role") != user.role:
        request.session.clear()  # role changed or user disabled: sign in again
        return None
    return user


def require(permission: Permission) -> Callable[..., User]:
    def dependency(request: Request, user: Annotated[User | None, Depends(current_user)]) -> User:
        if user is None:
            raise NotSignedIn()
        request.state.user = SignedIn(user.id or 0, user.name, user.role)
        if not allowed(user.role, permission):
            raise NotAllowed()
        return user

    return dependency


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


def verify_csrf(request: Request, submitted: str | None) -> None:
    """Forms carry the token in a hidden field, fetch() calls in a header; Bearer calls need neither."""
    if getattr(request.state, "via_token", False):
        return
    expected = request.session.get("csrf")
    candidate = submitted or request.headers.get(CSRF_HEADER, "")
    if not isinstance(expected, str) or not hmac.compare_digest(expected, candidate):
        raise NotAllowed("表单已过期或来源不明，请刷新页面后重试")
