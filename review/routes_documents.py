"""The review page of one document, its page images, and the reviewer's form actions on it."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from models.tables import Document, User
from models.vocab import LIST_FIELDS, SCALAR_FIELDS
from review.corrections import CorrectionError, confirm, correct, move_to_case
from review.document_view import (
    CODE_CHOICES,
    ROLE_CHOICES,
    case_choices,
    case_obligations,
    document_json,
    field_rows,
    first_to_review,
    link_candidates,
)
from review.page_source import page_png, source_pages
from review.permissions import Permission, allowed
from review.queue import next_in_queue
from review.security import DbSession, require, verify_csrf
from review.templating import flash, render

router = APIRouter(include_in_schema=False)
Reader = Annotated[User, Depends(require(Permission.READ_DOCUMENTS))]
Reviewer = Annotated[User, Depends(require(Permission.CORRECT))]


def load_document(session: DbSession, document_id: int) -> Document:
    document = session.get(Document, document_id)
    if document is None:
        raise HTTPException(404, f"没有文书 #{document_id}")
    return document


def _ocr_dpi(request: Request) -> int:
    return int(request.app.state.config.ocr_dpi)


@router.get("/documents/{document_id}")
def review_page(request: Request, document_id: int, session: DbSession, user: Reader) -> Response:
    document = load_document(session, document_id)
    config = request.app.state.config
    pages = source_pages(document, config.home, _ocr_dpi(request))
    data = document_json(session, document)
    rows = field_rows(data["fields"], pages)
    can_correct = allowed(user.role, Permission.CORRECT)
    context: dict[str, Any] = {
        "document": document,
        "data": data,
        "pages": pages,
        "rows": rows,
        "initial": first_to_review(rows),
        "obligations": case_obligations(session, document.case_id),
        "can_correct": can_correct,
        "next_id": next_in_queue(session, document_id) if can_correct else None,
        "candidates": link_candidates(session, document_id) if can_correct else [],
        "cases": case_choices(session) if can_correct else [],
        "code_choices": CODE_CHOICES,
        "role_choices": ROLE_CHOICES,
        "missing_scalars": [n for n in SCALAR_FIELDS if n not in data["fields"]],
        "list_fields": LIST_FIELDS,
        "today": request.app.state.today(),
    }
    return render(request, "review.html", context)


@router.get("/documents/{document_id}/pages/{number}.png")
def page_image(request: Request, document_id: int, number: int, session: DbSession, _user: Reader) -> Response:
    data = page_png(load_document(session, document_id), request.app.state.config.home, number)
    if data is None:
        raise HTTPException(404, "该页没有图像")
    return Response(data, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"})


def _form_value(name: str, value: str, role: str) -> Any:
    """The form's text box (and role list) as the value a correction takes."""
    if name == "parties":
        return {"name": value, **({"role": role} if role else {})}
    if name == "dates":
        return {"value": value, **({"role": role} if role else {})}
    if name == "references":
        return {"doc_number": value}
    return value


def _back(document_id: int, position: str) -> RedirectResponse:
    suffix = f"?f={int(position)}" if position.isdigit() else ""
    return RedirectResponse(f"/documents/{document_id}{suffix}", status_code=303)


@router.post("/documents/{document_id}/corrections")
def correct_form(
    request: Request,
    document_id: int,
    session: DbSession,
    user: Reviewer,
    field: Annotated[str, Form()],
    value: Annotated[str, Form()] = "",
    index: Annotated[str, Form()] = "",
    role: Annotated[str, Form()] = "",
    position: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    verify_csrf(request, csrf_token)
    document = load_document(session, document_id)
    state = request.app.state
    try:
        item_index = int(index) if index.strip() else None
        correct(
            session,
            document,
            field,
            _form_value(field, value, role),
            item_index,
            who=user.name,
            today=state.today(),
            region=state.config.region,
            adopted=state.config.adopted,
        )
    except (CorrectionError, ValueError) as exc:
        session.rollback()
        flash(request, f"未保存：{exc}")
        return _back(document_id, position)
    session.commit()
    flash(request, "已保存更正，案件期限已重新计算")
    return _back(document_id, position)


@router.post("/documents/{document_id}/fields/{field_id}/confirm")
def confirm_form(
    request: Request,
    document_id: int,
    field_id: int,
    session: DbSession,
    user: Reviewer,
    position: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    verify_csrf(request, csrf_token)
    document = load_document(session, document_id)
    state = request.app.state
    try:
        confirm(session, document, field_id, who=user.name, today=state.today(), region=state.config.region,
                adopted=state.config.adopted)
    except CorrectionError as exc:
        raise HTTPException(404, str(exc)) from exc
    session.commit()
    flash(request, "已确认")
    following = str(int(position) + 1) if position.isdigit() else ""
    return _back(document_id, following)


@router.post("/documents/{document_id}/case")
def relink_form(
    request: Request,
    document_id: int,
    session: DbSession,
    user: Reviewer,
    case_id: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    verify_csrf(request, csrf_token)
    document = load_document(session, document_id)
    state = request.app.state
    target = int(case_id) if case_id.strip().isdigit() else None
    try:
        chosen = move_to_case(session, document, target, who=user.name, today=state.today(),
                              region=state.config.region, adopted=state.config.adopted)
    except LookupError as exc:
        session.rollback()
        flash(request, f"未关联：{exc}")
        return _back(document_id, "")
    session.commit()
    flash(request, f"文书已归入案件 #{chosen}")
    return _back(document_id, "")
