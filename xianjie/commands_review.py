"""`xianjie serve`, `xianjie user add` and `xianjie token create`: running the review app and its accounts."""

from __future__ import annotations

import getpass
import sys
from typing import Annotated

import typer

from models.vocab import USER_ROLE_LABELS, UserRole
from xianjie.settings import get_settings

user_app = typer.Typer(help="审核系统用户管理。", no_args_is_help=True)
token_app = typer.Typer(help="API 令牌管理。", no_args_is_help=True)


def app_factory() -> object:
    """For `uvicorn --factory xianjie.commands_review:app_factory` and `make run`: the app on the settings."""
    from review.app import create_app

    return create_app(get_settings())


def serve(
    host: Annotated[str, typer.Option(help="监听地址")] = "127.0.0.1",
    port: Annotated[int | None, typer.Option(help="监听端口（默认取设置 review_port，即 8000）")] = None,
) -> None:
    """启动审核与台账网页（含 JSON API，文档见 /docs）。"""
    import uvicorn

    port = port or int(getattr(get_settings(), "review_port", 8000))

    typer.echo(f"审核系统：http://{host}:{port}/  （API 说明 /openapi.json，联网时可看 /docs）")
    uvicorn.run(app_factory(), host=host, port=port, log_level="info")


def _read_password() -> str:
    """From stdin (scripts pipe it in); at a terminal, asked twice without echo."""
    if sys.stdin.isatty():
        first = getpass.getpass("密码：")
        if first != getpass.getpass("再次输入密码："):
            raise typer.BadParameter("两次输入的密码不一致")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def _open_db() -> str:
    from models.db import init_db

    url = get_settings().db_url
    init_db(url)
    return url


@user_app.command("add")
def user_add(
    name: Annotated[str, typer.Argument(help="用户名")],
    role: Annotated[
        UserRole, typer.Option(help="角色：reviewer 审核员 / clerk 办案人员 / procuratorate 检察院 / admin 管理员")
    ],
) -> None:
    """新增用户（或重设已有用户的角色和密码）；密码从标准输入读取。"""
    from models.db import session_scope
    from review.accounts import AccountError, add_user

    url = _open_db()
    password = _read_password()
    try:
        with session_scope(url) as session:
            add_user(session, name, role, password)
    except AccountError as exc:
        typer.echo(f"错误：{exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(f"已保存用户 {name}（{USER_ROLE_LABELS[role]}）")


@token_app.command("create")
def token_create(name: Annotated[str, typer.Argument(help="令牌所属用户名")]) -> None:
    """为用户生成 API 令牌（只显示这一次，最后一行即令牌）。"""
    from models.db import session_scope
    from review.accounts import AccountError, create_token

    url = _open_db()
    try:
        with session_scope(url) as session:
            token = create_token(session, name)
    except AccountError as exc:
        typer.echo(f"错误：{exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(f"已为 {name} 生成令牌，请妥善保存（系统只保存其散列值）：")
    typer.echo(token)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.add_typer(user_app, name="user")
    app.add_typer(token_app, name="token")
