"""The Jinja2 environment the pages share: autoescaping on, labels from models/vocab, the signed-in user."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from ledger.rules import rule
from models.vocab import (
    ACTOR_LABELS,
    DOC_TYPE_LABELS,
    DOCUMENT_STATUS_LABELS,
    EVENT_LABELS,
    PARTY_ROLE_LABELS,
    RULING_TYPE_LABELS,
    USER_ROLE_LABELS,
)
from review.permissions import ROLE_PERMISSIONS, Permission
from review.security import csrf_token

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"

FIELD_LABELS: dict[str, str] = {
    "doc_type": "文书类型",
    "title": "标题",
    "doc_number": "文号/案号",
    "issuer": "制发机关",
    "recipient": "主送/受送达人",
    "issue_date": "落款日期",
    "ruling_type": "裁定结果",
    "executor": "实施主体",
    "fine_amount": "罚款金额（元）",
    "area_m2": "面积（平方米）",
    "location": "地点",
    "confiscation": "没收",
    "demolition": "限期拆除",
    "return_land": "退还土地",
    "parties": "当事人",
    "references": "引用文书",
    "legal_basis": "法律依据",
    "stated_deadlines": "载明期限",
    "dates": "日期",
}

OBLIGATION_STATUS_LABELS = {"open": "未到期", "done": "已完成", "overdue": "已逾期"}
COUNTING_LABELS = {"calendar_days": "日", "working_days": "个工作日", "months": "个月"}
DATE_ROLE_LABELS = {
    "issued": "落款日期",
    "violation_found": "发现违法日期",
    "decision": "决定日期",
    "served": "送达日期",
    "application_filed": "申请日期",
    "received": "收到日期",
    "accepted": "受理日期",
    "ruled": "裁定日期",
    "other": "其他日期",
}


def obligation_label(code: str) -> str:
    """The required next step as users read it, from the rule table (one source per fact)."""
    try:
        return rule(code).label_zh
    except LookupError:
        return code


def _label(table: dict[Any, str], code: Any) -> str:
    return table.get(code, str(code) if code is not None else "")


def build_templates() -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=True,  # every extracted value is untrusted text
        undefined=jinja2.StrictUndefined,
    )
    env.globals.update(
        doc_type_label=lambda c: _label(DOC_TYPE_LABELS, c),
        actor_label=lambda c: _label(ACTOR_LABELS, c),
        event_label=lambda c: _label(EVENT_LABELS, c),
        role_label=lambda c: _label(USER_ROLE_LABELS, c),
        party_role_label=lambda c: _label(PARTY_ROLE_LABELS, c),
        ruling_label=lambda c: _label(RULING_TYPE_LABELS, c),
        doc_status_label=lambda c: _label(DOCUMENT_STATUS_LABELS, c),
        obligation_status_label=lambda c: _label(OBLIGATION_STATUS_LABELS, c),
        counting_label=lambda c: _label(COUNTING_LABELS, c),
        date_role_label=lambda c: _label(DATE_ROLE_LABELS, c),
        field_label=lambda c: _label(FIELD_LABELS, c),
        obligation_label=obligation_label,
        Permission=Permission,
    )
    return Jinja2Templates(env=env)


def render(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    """Every page gets the user, what they may do (for the menu) and the CSRF token for its forms."""
    user = getattr(request.state, "user", None)
    perms = ROLE_PERMISSIONS.get(user.role, frozenset()) if user is not None else frozenset()
    message = request.session.pop("flash", None)
    base = {"user": user, "perms": perms, "csrf": csrf_token(request), "message": message}
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, name, {**base, **context}, status_code=status_code)


def flash(request: Request, message: str) -> None:
    """A one-line notice shown on the next page (after a redirect)."""
    request.session["flash"] = message
