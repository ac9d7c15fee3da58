"""Letters to the procuratorate: drafting fulfils nothing, marking sent files the letter and closes the duty."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import export_docs
import ledger_docs as docs
import pytest
from sqlmodel import select

from ledger.archive import sha256_file
from ledger.cases import case_json
from ledger.docx_templates import PACKAGED_DIR, TemplateError, fill_template, placeholders
from ledger.letter_content import ContentError
from ledger.letters import (
    LetterError,
    LetterSettings,
    draft_copy_letter,
    draft_suggestion_reply,
    draft_supervision_application,
    get_letter,
    list_letters,
    mark_sent,
)
from ledger.obligations import recompute_case
from models.tables import AuditEntry, Document

TODAY = export_docs.TODAY


def _text(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def _status(session, case_id: int, today: date) -> dict[str, tuple[str, str | None]]:
    return {o["code"]: (o["status"], o["done_on"]) for o in case_json(session, case_id, today)["obligations"]}


@pytest.fixture
def settings(tmp_path: Path) -> LetterSettings:
    return LetterSettings(out_dir=tmp_path / "letters", procuratorate="西安市鄠邑区人民检察院")


def test_copy_letter_draft_names_the_document_and_the_seed_rule(two_cases, settings):
    letter = draft_copy_letter(two_cases, 1, settings, today=TODAY)
    assert letter.obligation_code == "copy_acceptance"  # the most urgent pending copy
    assert letter.number == "抄送〔2025〕1号" and letter.title == "关于报送受理案件通知书的函"
    text = _text(letter.path)
    assert "西安市鄠邑区人民检察院：" in text
    assert f"我局对{docs.COMPANY}作出的行政处罚决定（{docs.DECISION_NO}）" in text
    assert "西安市鄠邑区人民法院已立案受理，我局于2025年8月8日取得受理案件通知书" in text
    assert "取得强制执行案件受理通知书之日起七个工作日内将复印件报送人民检察院" in text
    assert f"附件：受理案件通知书（{docs.COURT_NO}）复印件" in text
    assert text.rstrip().endswith(f"{docs.BUREAU}\n2025年9月10日")
    assert "{{" not in text


def test_a_draft_closes_nothing_until_marked_sent(two_cases, settings, tmp_path):
    letter = draft_copy_letter(two_cases, 1, settings, today=TODAY)
    two_cases.commit()
    recompute_case(two_cases, 1, TODAY)
    assert _status(two_cases, 1, TODAY)["copy_acceptance"] == ("overdue", None)
    assert get_letter(two_cases, letter.id).sent_on is None

    sent = mark_sent(two_cases, letter.id, sent_on=date(2025, 9, 11), home=tmp_path / "home", today=TODAY,
                     who="李文书")
    two_cases.commit()
    assert _status(two_cases, 1, TODAY)["copy_acceptance"] == ("done", "2025-09-11")
    filed = two_cases.get(Document, sent.sent_document_id)
    assert filed.case_id == 1 and filed.issue_date == date(2025, 9, 11)
    assert Path(filed.archive_path).is_file() and filed.sha256 == sha256_file(letter.path)
    events = case_json(two_cases, 1, TODAY)["events"]
    assert {"kind": "copy_sent", "date": "2025-09-11", "document_id": filed.id} in [
        {k: e[k] for k in ("kind", "date", "document_id")} for e in events]
    actions = [(e.action, e.who) for e in two_cases.exec(
        select(AuditEntry).where(AuditEntry.entity == "letters", AuditEntry.entity_id == letter.id)).all()]
    assert actions == [("draft", "system"), ("mark_sent", "李文书")]
    assert get_letter(two_cases, letter.id).sent_on == date(2025, 9, 11)
    with pytest.raises(LetterError, match="已于 2025-09-11 标记为已发出"):
        mark_sent(two_cases, letter.id, sent_on=date(2025, 9, 12), home=tmp_path / "home", today=TODAY)


def test_the_letter_as_edited_is_what_gets_archived(two_cases, settings, tmp_path):
    letter = draft_copy_letter(two_cases, 1, settings, today=TODAY, document_id=4)
    assert letter.obligation_code == "copy_application"
    edited = docx.Document(str(letter.path))
    edited.add_paragraph("联系人：王科长 029-12345678")
    edited.save(str(letter.path))
    sent = mark_sent(two_cases, letter.id, sent_on=TODAY, home=tmp_path / "home", today=TODAY)
    stored = Path(two_cases.get(Document, sent.sent_document_id).archive_path)
    assert "王科长" in _text(stored)


def test_copy_refuses_documents_that_need_no_copy_and_missing_files(two_cases, settings, tmp_path):
    with pytest.raises(ContentError, match="不在其列"):
        draft_copy_letter(two_cases, 1, settings, today=TODAY, document_id=1)
    with pytest.raises(ContentError, match="不属于案件 #2"):
        draft_copy_letter(two_cases, 2, settings, today=TODAY, document_id=4)
    letter = draft_copy_letter(two_cases, 1, settings, today=TODAY)
    letter.path.unlink()
    with pytest.raises(LetterError, match="找不到函件文件"):
        mark_sent(two_cases, letter.id, sent_on=TODAY, home=tmp_path / "home", today=TODAY)
    assert [x.id for x in list_letters(two_cases, case_id=1)] == [letter.id]


def test_supervision_draft_lists_each_ground_with_its_basis(two_cases, settings, tmp_path):
    with pytest.raises(ContentError, match="没有可申请检察监督的情形"):
        draft_supervision_application(two_cases, 1, settings, today=TODAY)
    later = date(2025, 12, 30)  # the court let the 3-month execution period (C10) pass
    recompute_case(two_cases, 1, later)
    letter = draft_supervision_application(two_cases, 1, settings, today=later)
    text = _text(letter.path)
    assert "检察监督申请书" in text and "被监督机关：西安市鄠邑区人民法院" in text
    assert "1. 准予执行后未在法定期限内执结（法院执行机构执结的期限为2025-11-14，已逾期46日）" in text
    assert "《人民检察院行政诉讼监督规则》第一百一十一条第（二）项" in text and "鄂州检会〔2021〕5号" in text
    assert "2025年8月5日，申请强制执行（鄠自然资执申〔2025〕5号）。" in text
    sent = mark_sent(two_cases, letter.id, sent_on=later, home=tmp_path / "home", today=later)
    assert two_cases.get(Document, sent.sent_document_id).doc_type == "supervision_application"
    kinds = {e["kind"] for e in case_json(two_cases, 1, later)["events"]}
    assert "supervision_applied" in kinds


def test_refusal_ruling_is_a_ground_with_the_appeal_first_warning(session, settings, tmp_path):
    docs.ingest(session, docs.penalty_decision(), TODAY)
    docs.ingest(session, docs.enforcement_application(), TODAY)
    docs.ingest(session, docs.court_ruling(ruling_type="refuse", served="2025-08-20"), TODAY)
    letter = draft_supervision_application(session, 1, settings, today=TODAY)
    text = _text(letter.path)
    assert "(2025)陕0118行审45号裁定不准予强制执行，申请人认为该执行活动存在违法情形" in text
    assert "应先向上一级人民法院申请复议" in text
    assert letter.cited_number == "(2025)陕0118行审45号"
    mark_sent(session, letter.id, sent_on=TODAY, home=tmp_path / "home", today=TODAY)
    assert _status(session, 1, TODAY)["apply_supervision"] == ("done", TODAY.isoformat())


def test_reply_skeleton_carries_the_suggestion_and_closes_the_reply_duty(two_cases, settings, tmp_path):
    today = date(2026, 1, 20)
    docs.ingest(two_cases, docs.procuratorial_suggestion(received="2026-01-05"), today)
    due = next(o["due"] for o in case_json(two_cases, 1, today)["obligations"] if o["code"] == "reply_suggestion")
    letter = draft_suggestion_reply(two_cases, 1, settings, today=today)
    text = _text(letter.path)
    assert "关于鄠检行建〔2025〕8号检察建议落实情况的回复" in text
    assert f"{docs.PROCURATORATE}：" in text  # addressed to the procuratorate that wrote it
    assert "你院于2025年12月31日作出的《检察建议书》（鄠检行建〔2025〕8号）已于2026年1月5日收悉" in text
    y, m, d = (int(x) for x in due.split("-"))
    assert f"本回复应于{y}年{m}月{d}日前书面送达" in text
    mark_sent(two_cases, letter.id, sent_on=date(2026, 2, 1), home=tmp_path / "home", today=today)
    assert _status(two_cases, 1, today)["reply_suggestion"] == ("done", "2026-02-01")


def test_reply_needs_a_suggestion(two_cases, settings):
    with pytest.raises(ContentError, match="没有检察建议书"):
        draft_suggestion_reply(two_cases, 2, settings, today=TODAY)


def _split_run_template(folder: Path) -> Path:
    """What Word does to a placeholder typed in two goes: one run each, one of them bold."""
    document = docx.Document()
    paragraph = document.add_paragraph("致：")
    paragraph.add_run("{{procu").bold = True
    paragraph.add_run("ratorate}}，")
    document.add_paragraph("{{grounds}}")
    document.sections[0].header.paragraphs[0].text = "{{bureau}}（函）"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "copy_letter.docx"
    document.save(str(path))
    return path


def test_a_users_template_overrides_ours_and_split_placeholders_fill(tmp_path):
    folder = tmp_path / "my-templates"
    _split_run_template(folder)
    filled = fill_template("copy_letter.docx", {"procuratorate": "拉萨市人民检察院", "grounds": "一、甲\n二、乙",
                                                "bureau": "拉萨市自然资源局"}, folder)
    texts = [p.text for p in filled.paragraphs]
    assert texts == ["致：拉萨市人民检察院，", "一、甲", "二、乙"]
    assert filled.sections[0].header.paragraphs[0].text == "拉萨市自然资源局（函）"
    ours = fill_template("suggestion_reply.docx", dict.fromkeys(
        placeholders(docx.Document(str(PACKAGED_DIR / "suggestion_reply.docx"))), "甲"), folder)
    assert any("甲" in p.text for p in ours.paragraphs)  # no user copy of this one: ours


def test_unknown_placeholder_in_a_users_template_is_named(tmp_path):
    folder = tmp_path / "my-templates"
    path = _split_run_template(folder)
    with pytest.raises(TemplateError, match=r"\{\{grounds\}\}"):
        fill_template(path.name, {"procuratorate": "甲", "bureau": "乙"}, folder)
