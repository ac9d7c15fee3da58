"""Users, passwords, API tokens and the sign-in rate limit: everything that decides who someone is.

Passwords are hashed with argon2 (slow on purpose); API tokens are long random
strings, so a fast SHA-256 is enough to store them without keeping the secret.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, col, func, select

from models.auth_tables import LoginAttempt
from models.tables import ApiToken, User, utcnow
from models.vocab import UserRole

_hasher = PasswordHasher()

MAX_FAILURES = 5  # failed sign-ins allowed per name, and per address, within the window
FAILURE_WINDOW = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8


class AccountError(ValueError):
    """A request about accounts that cannot be met; the message is shown to the user (Chinese)."""


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def add_user(session: Session, name: str, role: UserRole, password: str) -> User:
    """Create a user, or reset the role and password of an existing one (the operator's way back in)."""
    name = name.strip()
    if not name:
        raise AccountError("用户名不能为空")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"密码至少需要 {MIN_PASSWORD_LENGTH} 个字符")
    user = session.exec(select(User).where(User.name == name)).first() or User(name=name, role=role)
    user.role = UserRole(role)
    user.password_hash = hash_password(password)
    user.active = True
    session.add(user)
    session.flush()
    return user


def find_user(session: Session, name: str) -> User | None:
    return session.exec(select(User).where(User.name == name, User.active == True)).first()  # noqa: E712


def recent_failures(session: Session, name: str, address: str) -> int:
    """The larger of the failures for this name and for this address, so neither can be sprayed."""
    since = utcnow() - FAILURE_WINDOW
    counts = []
    for column, value in ((LoginAttempt.name, name), (LoginAttempt.address, address)):
        query = select(func.count()).where(
            column == value,
            col(LoginAttempt.succeeded).is_(False),
            col(LoginAttempt.at) >= since,
        )
        counts.append(session.exec(query).one())
    return max(counts)


def is_locked(session: Session, name: str, address: str) -> bool:
    return recent_failures(session, name, address) >= MAX_FAILURES


def authenticate(session: Session, name: str, password: str, address: str) -> User | None:
    """Check a password and record the attempt; a locked name or address is refused unchecked."""
    if is_locked(session, name, address):
        return None
    user = find_user(session, name)
    ok = False
    if user is not None and user.password_hash:
        try:
            ok = _hasher.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            ok = False
        if ok and _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = hash_password(password)
            session.add(user)
    else:
        _hasher.hash(password)  # spend the same time whether or not the name exists
    session.add(LoginAttempt(name=name, address=address, succeeded=ok))
    session.flush()
    return user if ok else None


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(session: Session, user_name: str, label: str = "") -> str:
    """Issue a token for a user; only its hash is stored, so this is the one time it is visible."""
    user = find_user(session, user_name)
    if user is None:
        raise AccountError(f"用户不存在：{user_name}")
    token = "xj_" + secrets.token_urlsafe(32)
    session.add(ApiToken(user_id=user.id, name=label or user_name, token_hash=_token_digest(token)))
    session.flush()
    return token


def user_for_token(session: Session, token: str) -> User | None:
    row = session.exec(
        select(ApiToken).where(ApiToken.token_hash == _token_digest(token), ApiToken.revoked == False)  # noqa: E712
    ).first()
    if row is None:
        return None
    user = session.get(User, row.user_id)
    if user is None or not user.active:
        return None
    row.last_used_at = utcnow()
    session.add(row)
    return user
