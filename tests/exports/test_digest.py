"""The deadline digest per recipient role, as HTML files and as e-mail through a local SMTP server."""

from __future__ import annotations

import email
import json
from email.policy import default as default_policy

import pytest
from aiosmtpd.controller import Controller
from smtp_inbox import Inbox, free_port, smtp_inbox

from ledger.digest import (
    DigestMailError,
    SmtpSettings,
    deliver_digest,
    digest_subject,
    for_role,
    mail_digest,
    render_html,
    render_text,
    send_digest,
)


def _item(case_id: int, step: str, due: str, days_left: int, rule: str, basis: str, **extra) -> dict:
    return {"case_id": case_id, "case": f"鄠自然资罚字〔2025〕第{case_id}号", "code": "x", "step": step, "rule": rule,
            "due": due, "days_left": days_left, "counting": "working_days", "basis": basis, "status": "open",
            "estimated": False, "trigger_document": "（2025）陕0118行审45号", **extra}


# The shape flows/monitor.py's Digest.to_json() writes.
DIGEST = {
    "date": "2025-09-10", "horizon_days": 7, "cases_recomputed": 2,
    "actors": {
        "court": {"overdue": [_item(1, "法院立案受理或裁定不予受理", "2025-08-13", -28, "C5",
                                    "《行政强制法》第五十六条")], "due_soon": []},
        "bureau": {
            "overdue": [_item(1, "将受理通知书复印件报送人民检察院", "2025-08-19", -22, "C6",
                              "《关于构建拉萨市自然资源执法监管共同责任机制的实施意见》三（六）", estimated=True)],
            "due_soon": [_item(2, "申请人民法院强制执行", "2025-09-12", 2, "C1", "《行政强制法》第五十三条")],
        },
        "respondent": {"overdue": [], "due_soon": [_item(2, "当事人申请行政复议期限", "2025-09-10", 0, "A7",
                                                          "《行政复议法》第二十条")]},
    },
}


def test_each_role_sees_the_actors_it_follows():
    assert list(for_role(DIGEST, "clerk")["actors"]) == ["bureau"]
    assert list(for_role(DIGEST, "procuratorate")["actors"]) == ["bureau", "court"]
    assert list(for_role(DIGEST, "admin")["actors"]) == ["bureau", "court", "respondent"]
    with pytest.raises(ValueError, match="未知的收件角色"):
        for_role(DIGEST, "mayor")


def test_html_has_the_items_overdue_highlighted_and_escaped():
    html = render_html(DIGEST, "procuratorate")
    assert '<html lang="zh-CN">' in html and '<meta charset="utf-8">' in html
    assert "【衔接】期限日报 2025-09-10（检察院）：逾期 2 项，7 日内到期 1 项" in html
    assert "<h3>人民法院：逾期 1 项，7 日内到期 0 项</h3>" in html
    assert '<tr style="background:#ffc7ce"><td>#1 鄠自然资罚字〔2025〕第1号</td>' in html
    assert "已逾期 28 日" in html and "还剩 2 日" in html and "2025-08-19（起算日为估计）" in html
    hostile = {**DIGEST, "actors": {"bureau": {"overdue": [], "due_soon": [
        _item(3, "<script>x</script>", "2025-09-11", 1, "C1", "basis")]}}}
    assert "<script>" not in render_html(hostile, "clerk")


def test_text_part_and_empty_digest():
    text = render_text(DIGEST, "clerk")
    assert "【自然资源主管部门】" in text and "已逾期 22 日：案件 #1" in text and "【人民法院】" not in text
    empty = {**DIGEST, "actors": {}}
    assert "无逾期事项" in render_html(empty, "clerk")
    assert digest_subject(for_role(empty, "clerk"), "clerk").endswith("逾期 0 项，7 日内到期 0 项")


def test_files_one_per_role(tmp_path):
    delivery = deliver_digest(DIGEST, tmp_path / "digests")
    assert set(delivery.files) == {"clerk", "reviewer", "procuratorate", "admin"} and delivery.sent == {}
    page = (tmp_path / "digests" / "2025-09-10_clerk.html").read_text(encoding="utf-8")
    assert "将受理通知书复印件报送人民检察院" in page and "法院立案受理" not in page


@pytest.fixture
def smtp_server():
    with smtp_inbox() as server:
        yield server


def test_digest_mails_reach_a_local_smtp_server_with_chinese_subject_and_body(smtp_server, tmp_path):
    inbox, port = smtp_server
    smtp = SmtpSettings(host="127.0.0.1", port=port, sender="xianjie@huyi.example.cn", timeout=10)
    recipients = {"clerk": ["fagui@huyi.example.cn"], "procuratorate": ["xingjian@jcy.example.cn", "b@jcy.example.cn"],
                  "admin": []}
    delivery = deliver_digest(DIGEST, tmp_path, smtp, recipients)
    assert delivery.sent == {"clerk": ["fagui@huyi.example.cn"],
                             "procuratorate": ["xingjian@jcy.example.cn", "b@jcy.example.cn"]}
    assert [e.rcpt_tos for e in inbox.envelopes] == [["fagui@huyi.example.cn"],
                                                     ["xingjian@jcy.example.cn", "b@jcy.example.cn"]]
    messages = [email.message_from_bytes(e.content, policy=default_policy) for e in inbox.envelopes]
    clerk, procuratorate = messages
    assert clerk["Subject"] == "【衔接】期限日报 2025-09-10（办案人员）：逾期 1 项，7 日内到期 1 项"
    assert clerk["From"] == "xianjie@huyi.example.cn"
    html = clerk.get_body(("html",)).get_content()
    assert "将受理通知书复印件报送人民检察院" in html and "申请人民法院强制执行" in html
    assert "法院立案受理" not in html
    plain = clerk.get_body(("plain",)).get_content()
    assert "已逾期 22 日：案件 #1 鄠自然资罚字〔2025〕第1号" in plain
    assert "法院立案受理或裁定不予受理" in procuratorate.get_body(("html",)).get_content()


def test_an_unknown_role_sends_nothing(smtp_server):
    inbox, port = smtp_server
    with pytest.raises(ValueError, match="mayor"):
        send_digest(DIGEST, SmtpSettings(host="127.0.0.1", port=port), {"clerk": ["a@b.cn"], "mayor": ["m@b.cn"]})
    assert inbox.envelopes == []


class _RefusingInbox(Inbox):
    """Refuses every address at gone.example.cn, as a mail server does for a deleted mailbox."""

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options) -> str:  # noqa: N802, ANN001
        if address.endswith("@gone.example.cn"):
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"


def test_one_refused_role_does_not_keep_the_digest_from_the_others(tmp_path):
    handler = _RefusingInbox()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        smtp = SmtpSettings(host="127.0.0.1", port=controller.port, timeout=10)
        recipients = {"clerk": ["old@gone.example.cn"], "procuratorate": ["xingjian@jcy.example.cn"]}
        sent, failed = mail_digest(DIGEST, smtp, recipients)
        with pytest.raises(DigestMailError, match="日报邮件发送失败：clerk") as raised:
            send_digest(DIGEST, smtp, recipients)
    finally:
        controller.stop()
    assert sent == {"procuratorate": ["xingjian@jcy.example.cn"]} and list(failed) == ["clerk"]
    assert "SMTPRecipientsRefused" in failed["clerk"]
    assert raised.value.sent == sent  # strict sending still sent the others before raising
    assert [e.rcpt_tos for e in handler.envelopes] == [["xingjian@jcy.example.cn"]] * 2
    lenient = deliver_digest(DIGEST, tmp_path, SmtpSettings(host="127.0.0.1", port=free_port(), timeout=5),
                             {"admin": ["it@huyi.example.cn"]}, strict=False)  # no server there
    assert lenient.sent == {} and "ConnectionRefusedError" in lenient.failed["admin"]


def test_the_json_and_text_record_of_the_day(tmp_path):
    delivery = deliver_digest(DIGEST, tmp_path)
    assert json.loads(delivery.json_path.read_text(encoding="utf-8")) == DIGEST
    text = delivery.text_path.read_text(encoding="utf-8")
    assert delivery.text_path.name == "2025-09-10.txt" and text.startswith("【衔接】期限日报 2025-09-10（管理员）")
    assert "【当事人】逾期 0 项，7 日内到期 1 项" in text and "  今日到期：案件 #2" in text
    assert "期限 2025-08-19（起算日为估计）（《关于构建拉萨市自然资源执法监管共同责任机制的实施意见》三（六），" in text
    assert "规则 C6，起算文书 （2025）陕0118行审45号）" in text
