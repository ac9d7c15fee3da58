"""The review queue page: what needs a person, most urgent deadline first, with filters."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from models.tables import User
from models.vocab import ACTOR_LABELS, DOC_TYPE_LABELS, DOCUMENT_STATUS_LABELS, Actor, DocType, DocumentStatus
from review.permissions import Permission
from review.queue import QueueFilter, build_queue
from review.security import DbSession, require
from review.templating import render

router = APIRouter(include_in_schema=False)


def queue_filter(doc_type: str = "", agency: str = "", status: str = "") -> QueueFilter:
    """Unknown codes are ignored rather than refused, so an old bookmark still opens the queue."""
    return QueueFilter(
        doc_type=doc_type if doc_type in set(DocType) else None,
        agency=agency if agency in set(Actor) else None,
        status=status if status in set(DocumentStatus) else None,
    )


@router.get("/queue")
def queue_page(
    request: Request,
    session: DbSession,
    _user: Annotated[User, Depends(require(Permission.QUEUE))],
    filters: Annotated[QueueFilter, Depends(queue_filter)],
) -> Response:
    items = build_queue(session, filters)
    context = {
        "items": items,
        "filters": filters,
        "doc_types": DOC_TYPE_LABELS,
        "agencies": ACTOR_LABELS,
        "statuses": DOCUMENT_STATUS_LABELS,
        "today": request.app.state.today(),
    }
    return render(request, "queue.html", context)
