"""A small, realistic ledger for the review app: a text PDF penalty decision, a court ruling, users of every role."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from extractors.read import read
from ledger.archive import archive_file, sha256_file
from ledger.linking import link_document
from ledger.obligations import recompute_case
from ledger.record import record_document
from models.db import dispose_engine, init_db, session_scope
from models.tables import User
from models.vocab import UserRole
from review.accounts import add_user, create_token
from review.app import create_app
from xianjie.settings import Settings

TODAY = date(2025, 3, 20)
PASSWORD = "correct-horse-9"
FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")

PENALTY_LINES = [
    "户县国土资源局",
    "行政处罚决定书",
    "户国土罚字〔2025〕第12号",
    "当事人：西安一宇路桥建设养护有限公司",
    "经查，你单位未经批准占用户县玉蝉镇东韩村集体土地523.4平方米修建料场。",
    "依据《中华人民共和国土地管理法》第七十七条，决定如下：",
    "一、责令退还非法占用的土地；二、处罚款人民币12345元。",
    "罚款自收到本决定书之日起十五日内缴纳。",
    "二〇二五年三月三日",
]

RULING_TEXT = (
    "陕西省户县人民法院\n行政裁定书\n(2025)陕0125行审3号\n"
    "申请执行人：户县国土资源局\n被执行人：<script>alert('x')</script>某某建材厂\n"
    "申请执行户国土罚字〔2025〕第12号行政处罚决定。\n裁定如下：准予强制执行。\n二〇二五年三月十八日\n"
)

NOTICE_TEXT = (
    "西安市自然资源和规划局\n行政处罚告知书\n市资规告字〔2025〕第7号\n当事人：张某某\n"
    "你在长安区王曲街道南堡寨村违法建设，拟作出行政处罚。\n二〇二五年三月十日\n"
)


def _pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("WQY", str(FONT), subfontIndex=0))
    page = canvas.Canvas(str(path), pagesize=A4)
    y = 780
    for line in PENALTY_LINES:
        page.setFont("WQY", 18 if line == "行政处罚决定书" else 12)
        page.drawString(60, y, line)
        y -= 34
    page.showPage()
    page.save()


def _span(text: str, needle: str) -> dict[str, int]:
    start = text.index(needle)
    return {"page": 1, "start": start, "end": start + len(needle)}


def _item(text: str, value: object, needle: str | None, confidence: float, **extra: object) -> dict:
    item: dict = {"value": value, **extra, "confidence": confidence}
    if needle:
        item["span"] = _span(text, needle)
    return item


def _penalty_extraction(text: str) -> dict:
    return {
        "doc_type": _item(text, "penalty_decision", "行政处罚决定书", 0.97),
        "title": _item(text, "行政处罚决定书", "行政处罚决定书", 0.97),
        "doc_number": _item(text, "户国土罚字〔2025〕第12号", "户国土罚字〔2025〕第12号", 0.95),
        "issuer": _item(text, "户县国土资源局", "户县国土资源局", 0.92),
        "issue_date": _item(text, "2025-03-03", "二〇二五年三月三日", 0.55),
        "fine_amount": _item(text, 12345.0, "12345元", 0.9),
        "area_m2": _item(text, 523.4, "523.4平方米", 0.9),
        "parties": [
            {"role": "party", "name": "西安一宇路桥建设养护有限公司", "kind": "organization", "confidence": 0.93,
             "span": _span(text, "西安一宇路桥建设养护有限公司")}
        ],
        "dates": [_item(text, "2025-03-03", "二〇二五年三月三日", 0.6, role="issued")],
    }


def _ruling_extraction(text: str) -> dict:
    return {
        "doc_type": _item(text, "court_ruling", "行政裁定书", 0.97),
        "doc_number": _item(text, "(2025)陕0125行审3号", "(2025)陕0125行审3号", 0.9),
        "issuer": _item(text, "陕西省户县人民法院", "陕西省户县人民法院", 0.95),
        "ruling_type": _item(text, "enforce", "准予强制执行", 0.7, alternatives=["refuse"]),
        "parties": [
            {"role": "applicant", "name": "户县国土资源局", "kind": "organization", "confidence": 0.9},
            {"role": "respondent", "name": "<script>alert('x')</script>某某建材厂", "kind": "organization",
             "confidence": 0.6, "doubt": "名称既不像人名，也不以单位名称常见的结尾结束",
             "span": _span(text, "<script>alert('x')</script>某某建材厂")},
        ],
        "references": [{"doc_number": "户国土罚字〔2025〕第12号", "doc_type": "penalty_decision", "confidence": 0.9}],
        "dates": [_item(text, "2025-03-18", "二〇二五年三月十八日", 0.9, role="issued")],
    }


def _notice_extraction(text: str) -> dict:
    return {
        "doc_type": _item(text, "penalty_notice", "行政处罚告知书", 0.95),
        "doc_number": _item(text, "市资规告字〔2025〕第7号", "市资规告字〔2025〕第7号", 0.9),
        "issuer": _item(text, "西安市自然资源和规划局", "西安市自然资源和规划局", 0.9),
        "parties": [{"role": "party", "name": "张某某", "kind": "person", "confidence": 0.9}],
        "dates": [_item(text, "2025-03-10", "二〇二五年三月十日", 0.9, role="issued")],
    }


def _record(session, home: Path, src: Path, reader: str, fields: dict) -> int:
    sha = sha256_file(src)
    archived = archive_file(src, home, sha)
    extraction = {"file": src.name, "sha256": sha, "reader": reader, "pages": 1, "seconds": 0.1, "fields": fields}
    outcome = record_document(session, sha256=sha, original_name=src.name, archive_path=str(archived),
                              extraction=extraction)
    link = link_document(session, outcome.document_id)
    if link.case_id is not None:
        recompute_case(session, link.case_id, TODAY)
    return outcome.document_id


@dataclass
class Ledger:
    settings: Settings
    penalty_id: int
    ruling_id: int
    notice_id: int
    tokens: dict[str, str]

    @property
    def url(self) -> str:
        return self.settings.db_url


def build_ledger(home: Path) -> Ledger:
    settings = Settings(home=home, database_url=f"sqlite:///{home / 'xianjie.db'}")
    init_db(settings.db_url)
    drops = home / "drops"
    drops.mkdir(parents=True)
    pdf = drops / "户县罚字12号.pdf"
    _pdf(pdf)
    pdf_text = read(pdf).pages[0].text
    ruling, notice = drops / "户县法院裁定.txt", drops / "西安告知书.txt"
    ruling.write_text(RULING_TEXT, encoding="utf-8")
    notice.write_text(NOTICE_TEXT, encoding="utf-8")
    tokens = {}
    with session_scope(settings.db_url) as session:
        penalty_id = _record(session, home, pdf, "pdf_text", _penalty_extraction(pdf_text))
        ruling_id = _record(session, home, ruling, "text", _ruling_extraction(read(ruling).pages[0].text))
        notice_id = _record(session, home, notice, "text", _notice_extraction(read(notice).pages[0].text))
        first = add_user(session, "reviewer", UserRole.REVIEWER, PASSWORD)
        for role in UserRole:
            if role != UserRole.REVIEWER:  # argon2 is slow on purpose: hash the shared password once
                session.add(User(name=str(role), role=role, password_hash=first.password_hash))
            session.flush()
            tokens[str(role)] = create_token(session, str(role))
    return Ledger(settings, penalty_id, ruling_id, notice_id, tokens)


@pytest.fixture(scope="session", autouse=True)
def quick_argon2() -> None:
    """Real argon2, with test-sized cost: the production cost is what makes every sign-in take a second."""
    from argon2 import PasswordHasher

    import review.accounts

    saved = review.accounts._hasher
    review.accounts._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    yield
    review.accounts._hasher = saved


@pytest.fixture(scope="session")
def ledger_template(quick_argon2: None, tmp_path_factory: pytest.TempPathFactory) -> Ledger:
    """Built once (argon2 and the PDF take seconds); each test gets its own copy of the database."""
    built = build_ledger(tmp_path_factory.mktemp("review-template") / "home")
    dispose_engine(built.url)  # checkpoint the WAL so the file copy is complete
    return built


@pytest.fixture()
def ledger(ledger_template: Ledger, tmp_path: Path) -> Ledger:
    home = tmp_path / "home"
    home.mkdir()
    shutil.copyfile(ledger_template.settings.home / "xianjie.db", home / "xianjie.db")
    settings = Settings(home=home, database_url=f"sqlite:///{home / 'xianjie.db'}")
    copy = replace(ledger_template, settings=settings)
    yield copy
    dispose_engine(copy.url)


@pytest.fixture()
def client(ledger: Ledger) -> TestClient:
    app = create_app(ledger.settings, today=lambda: TODAY)
    with TestClient(app) as test_client:
        yield test_client


def bearer(ledger: Ledger, role: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {ledger.tokens[role]}"}


def csrf_of(client: TestClient) -> str:
    import re

    page = client.get("/login").text
    return re.search(r'name="csrf-token" content="([^"]+)"', page).group(1)


def login(client: TestClient, role: str, password: str = PASSWORD) -> object:
    token = csrf_of(client)
    return client.post("/login", data={"username": role, "password": password, "csrf_token": token},
                       follow_redirects=False)
