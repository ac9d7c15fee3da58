"""The JSON API beside the pages (contract.md, "The HTTP API"): same data, same role checks."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel, Field

from ledger.cases import case_json, cases_json
from models.tables import Case, Document, User
from review.corrections import CorrectionError, correct
from review.document_view import document_json
from review.permissions import Permission
from review.queue import QueueFilter, build_queue
from review.routes_queue import queue_filter
from review.security import DbSession, require, verify_csrf

router = APIRouter(prefix="/api", tags=["api"])
_UNAUTHORISED: dict[int | str, dict[str, Any]] = {
    401: {"description": "未登录或令牌无效"},
    403: {"description": "角色无权执行此操作"},
}


class Correction(BaseModel):
    """One reviewer's change: a single field, or one item of a list field (no index: add an item)."""

    field: str = Field(description="合同中的字段名，如 issue_date、parties、dates", examples=["issue_date"])
    value: Any = Field(description='新值；列表字段为对象，如 {"role": "party", "name": "张某某"}')
    index: int | None = Field(default=None, ge=0, description="列表字段中要更正的项；省略表示新增一项")


def _document(session: DbSession, document_id: int) -> Document:
    document = session.get(Document, document_id)
    if document is None:
        raise HTTPException(404, f"没有文书 #{document_id}")
    return document


@router.get("/queue", responses=_UNAUTHORISED, summary="审核队列（最近期限在前）")
def api_queue(
    session: DbSession,
    _user: Annotated[User, Depends(require(Permission.QUEUE))],
    filters: Annotated[QueueFilter, Depends(queue_filter)],
) -> list[dict[str, Any]]:
    return [item.to_json() for item in build_queue(session, filters)]


@router.get("/documents/{document_id}", responses=_UNAUTHORISED, summary="一份文书及其字段")
def api_document(
    document_id: int, session: DbSession, _user: Annotated[User, Depends(require(Permission.READ_DOCUMENTS))]
) -> dict[str, Any]:
    return document_json(session, _document(session, document_id))


@router.post(
    "/documents/{document_id}/corrections",
    responses={**_UNAUTHORISED, 422: {"description": "字段名或值不合规范"}},
    summary="更正或补充一个字段（审核员）",
)
def api_correct(
    request: Request,
    document_id: int,
    correction: Correction,
    session: DbSession,
    user: Annotated[User, Depends(require(Permission.CORRECT))],
) -> dict[str, Any]:
    verify_csrf(request, None)  # a browser session must send X-CSRF-Token; Bearer calls need not
    document = _document(session, document_id)
    state = request.app.state
    try:
        correct(
            session,
            document,
            correction.field,
            correction.value,
            correction.index,
            who=user.name,
            today=state.today(),
            region=state.config.region,
            adopted=state.config.adopted,
        )
    except CorrectionError as exc:
        session.rollback()
        raise HTTPException(422, str(exc)) from exc
    session.commit()
    return document_json(session, document)


@router.get("/cases", responses=_UNAUTHORISED, summary="全部案件（当事人、文书、期限）")
def api_cases(
    request: Request, session: DbSession, _user: Annotated[User, Depends(require(Permission.READ_CASES))]
) -> list[dict[str, Any]]:
    return cases_json(session, request.app.state.today())


@router.get("/cases/{case_id}", responses=_UNAUTHORISED, summary="一个案件")
def api_case(
    request: Request,
    case_id: int,
    session: DbSession,
    _user: Annotated[User, Depends(require(Permission.READ_CASES))],
) -> dict[str, Any]:
    case = session.get(Case, case_id)
    if case is None:
        raise HTTPException(404, f"没有案件 #{case_id}")
    return case_json(session, case_id, request.app.state.today())
