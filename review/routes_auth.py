"""Signing in and out; failed attempts are counted and a name or address that keeps failing waits."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlparse

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from models.tables import User
from review.accounts import FAILURE_WINDOW, authenticate, is_locked
from review.permissions import Permission, allowed
from review.security import DbSession, current_user, verify_csrf
from review.templating import render

router = APIRouter(include_in_schema=False)


def _safe_next(target: str) -> str:
    """Only same-site paths, so the sign-in form cannot bounce a user to another site."""
    parsed = urlparse(target)
    if parsed.scheme or parsed.netloc or not target.startswith("/") or target.startswith("//"):
        return "/"
    return target


def home_for(role: str) -> str:
    for permission, path in (
        (Permission.QUEUE, "/queue"),
        (Permission.DUE_LISTS, "/due"),
        (Permission.DASHBOARD, "/dashboard"),
    ):
        if allowed(role, permission):
            return path
    return "/cases"


@router.get("/")
def home(user: Annotated[User | None, Depends(current_user)]) -> Response:
    return RedirectResponse("/login" if user is None else home_for(user.role), status_code=303)


@router.get("/login")
def login_page(request: Request, next: str = "/") -> Response:  # noqa: A002
    return render(request, "login.html", {"error": None, "next": _safe_next(next), "username": ""})


@router.post("/login")
def login(
    request: Request,
    session: DbSession,
    username: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/",  # noqa: A002
) -> Response:
    verify_csrf(request, csrf_token)
    address = request.client.host if request.client else ""
    username = username.strip()
    user = authenticate(session, username, password, address)
    session.commit()
    if user is None:
        locked = is_locked(session, username, address)
        minutes = int(FAILURE_WINDOW.total_seconds() // 60)
        error = f"登录失败次数过多，请 {minutes} 分钟后再试" if locked else "用户名或密码错误"
        context = {"error": error, "next": _safe_next(next), "username": username}
        return render(request, "login.html", context, status_code=429 if locked else 401)
    request.session.clear()  # a fresh session (and CSRF token) at every sign-in
    request.session.update({"user_id": user.id, "role": user.role})
    target = _safe_next(next)
    return RedirectResponse(home_for(user.role) if target == "/" else target, status_code=303)


@router.post("/logout")
def logout(request: Request, csrf_token: Annotated[str, Form()] = "") -> Response:
    verify_csrf(request, csrf_token)
    request.session.clear()
    return RedirectResponse("/login", status_code=303)
