"""The review web app: pages for reviewers, clerks and the procuratorate, and the JSON API beside them."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

from models.db import init_db
from review import routes_api, routes_auth, routes_cases, routes_documents, routes_queue, routes_upload
from review.config import AppSettings, ReviewConfig, config_from
from review.security import NotAllowed, NotSignedIn
from review.templating import build_templates, render

STATIC_DIR = Path(__file__).resolve().parent / "static"
SESSION_HOURS = 12


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _install_error_pages(app: FastAPI) -> None:
    """API callers get JSON with a status; people get a Chinese page or the sign-in form."""

    @app.exception_handler(NotSignedIn)
    def not_signed_in(request: Request, _exc: NotSignedIn) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": "未登录或令牌无效"}, status_code=401, headers={"WWW-Authenticate": "Bearer"})
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={target}", status_code=303)

    @app.exception_handler(NotAllowed)
    def not_allowed(request: Request, exc: NotAllowed) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": exc.message}, status_code=403)
        return render(request, "error.html", {"heading": "无权访问", "detail": exc.message}, status_code=403)

    @app.exception_handler(StarletteHTTPException)
    def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        heading = "页面不存在" if exc.status_code == 404 else "请求无法处理"
        context = {"heading": heading, "detail": str(exc.detail)}
        return render(request, "error.html", context, status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    def bad_request(request: Request, exc: RequestValidationError) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": "请求格式不正确", "errors": exc.errors()}, status_code=422)
        return render(request, "error.html", {"heading": "请求格式不正确", "detail": "请检查填写内容"}, status_code=422)


CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'"


def _install_security_headers(app: FastAPI) -> None:
    """A second line behind autoescaping: no inline or foreign scripts run, and no framing."""

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        if not request.url.path.startswith(("/docs", "/redoc")):  # FastAPI's API pages load their own scripts
            response.headers.setdefault("Content-Security-Policy", CSP)
            response.headers.setdefault("X-Frame-Options", "DENY")
        return response


def create_app(
    settings: AppSettings,
    *,
    secret_key: str | None = None,
    secure_cookies: bool = False,
    today: Callable[[], date] = date.today,
) -> FastAPI:
    """Build the app for one database; `today` is injectable so deadline pages can be tested on a fixed date."""
    config: ReviewConfig = config_from(settings, secret_key=secret_key, secure_cookies=secure_cookies)
    init_db(config.db_url)
    app = FastAPI(
        title="衔接 Xianjie 审核与台账 API",
        description="审核队列、文书字段更正、案件台账。调用需登录会话或 `Authorization: Bearer` 令牌。",
        version="0.1.0",
        docs_url=None,  # served below from our own static files: FastAPI's default loads them from a CDN
        redoc_url=None,
    )
    app.state.config = config
    app.state.today = today
    app.state.templates = build_templates()
    app.add_middleware(
        SessionMiddleware,
        secret_key=config.secret_key,
        session_cookie="xianjie_session",
        max_age=SESSION_HOURS * 3600,
        same_site="lax",
        https_only=config.secure_cookies,
    )
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    for module in (routes_auth, routes_queue, routes_documents, routes_cases, routes_upload, routes_api):
        app.include_router(module.router)
    _install_api_docs(app)
    _install_error_pages(app)
    _install_security_headers(app)
    return app


def _install_api_docs(app: FastAPI) -> None:
    """Swagger UI from review/static/swagger (swagger-ui-dist, Apache-2.0), so /docs works with no network."""
    from fastapi.openapi.docs import get_swagger_ui_html

    @app.get("/docs", include_in_schema=False)
    def api_docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="衔接 Xianjie API 文档",
            swagger_js_url="/static/swagger/swagger-ui-bundle.js",
            swagger_css_url="/static/swagger/swagger-ui.css",
            swagger_favicon_url="/static/swagger/favicon-32x32.png",
        )
