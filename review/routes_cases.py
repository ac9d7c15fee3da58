"""Case pages, the "due this week" list per actor, and the dashboard."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import Response

from models.tables import Case, User
from review.case_view import case_page, case_summaries, dashboard_counts, due_this_week
from review.permissions import Permission
from review.security import DbSession, require
from review.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/cases")
def cases_page(
    request: Request, session: DbSession, _user: Annotated[User, Depends(require(Permission.READ_CASES))]
) -> Response:
    today = request.app.state.today()
    return render(request, "cases.html", {"summaries": case_summaries(session, today), "today": today})


@router.get("/cases/{case_id}")
def case_detail(
    request: Request,
    case_id: int,
    session: DbSession,
    _user: Annotated[User, Depends(require(Permission.READ_CASES))],
) -> Response:
    case = session.get(Case, case_id)
    if case is None:
        raise HTTPException(404, f"没有案件 #{case_id}")
    today = request.app.state.today()
    return render(request, "case.html", {"page": case_page(session, case, today), "today": today})


@router.get("/due")
def due_page(
    request: Request, session: DbSession, _user: Annotated[User, Depends(require(Permission.DUE_LISTS))]
) -> Response:
    today = request.app.state.today()
    return render(request, "due.html", {"groups": due_this_week(session, today), "today": today})


@router.get("/dashboard")
def dashboard_page(
    request: Request, session: DbSession, _user: Annotated[User, Depends(require(Permission.DASHBOARD))]
) -> Response:
    today = request.app.state.today()
    by_actor, by_agency = dashboard_counts(session, today)
    return render(request, "dashboard.html", {"by_actor": by_actor, "by_agency": by_agency, "today": today})
