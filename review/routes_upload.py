"""Web upload: a file sent from the browser is written into the inbox, and the drop-folder run takes it from there.

Nothing is read or recorded here, so an upload passes exactly the checks a dropped
file passes (type sniffing, size and bomb limits, dedupe, quarantine with a reason).
"""

from __future__ import annotations

import os
import re
import secrets
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import RedirectResponse, Response

from models.tables import User
from review.permissions import Permission
from review.security import require, verify_csrf
from review.templating import flash, render

router = APIRouter(include_in_schema=False)
Uploader = Annotated[User, Depends(require(Permission.UPLOAD))]
_CHUNK = 1 << 20
_UNSAFE = re.compile(r"[\x00-\x1f/\\:*?\"<>|]")


def safe_name(filename: str | None) -> str:
    """The last path part, without characters a file system or the watcher would trip on."""
    name = _UNSAFE.sub("_", Path((filename or "").replace("\\", "/")).name).strip().lstrip(".")
    return name[:180] or "上传文件"


def _free_target(inbox: Path, name: str) -> Path:
    target = inbox / name
    if not target.exists():
        return target
    stem, suffix = os.path.splitext(name)
    return inbox / f"{stem}-{secrets.token_hex(3)}{suffix}"


async def _store(upload: UploadFile, inbox: Path, limit: int) -> tuple[Path | None, str]:
    """Write under a .part name the watcher ignores, then rename into place once complete."""
    inbox.mkdir(parents=True, exist_ok=True)
    target = _free_target(inbox, safe_name(upload.filename))
    partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    size = 0
    with partial.open("wb") as handle:
        while chunk := await upload.read(_CHUNK):
            size += len(chunk)
            if size > limit:
                break
            handle.write(chunk)
    if size > limit:
        partial.unlink(missing_ok=True)
        return None, f"「{target.name}」超过大小上限 {limit // 2**20} MB，未上传"
    if size == 0:
        partial.unlink(missing_ok=True)
        return None, f"「{target.name}」是空文件，未上传"
    os.replace(partial, target)
    return target, f"已放入收件箱：{target.name}（{size // 1024 + 1} KB），稍后自动识别入账"


@router.get("/upload")
def upload_page(request: Request, _user: Uploader) -> Response:
    return render(request, "upload.html", {})


@router.post("/upload")
async def upload_files(
    request: Request,
    _user: Uploader,
    files: Annotated[list[UploadFile], File()],
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    verify_csrf(request, csrf_token)
    config = request.app.state.config
    notes = [(await _store(f, config.inbox, config.max_file_bytes))[1] for f in files if f.filename]
    flash(request, "；".join(notes) or "没有选择文件")
    return RedirectResponse("/upload", status_code=303)
