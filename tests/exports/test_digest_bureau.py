"""A bureau's own duty (D8 quarterly sharing, no case) in the per-role digest pages and mails."""

from __future__ import annotations

from ledger.digest import item_subject, render_html, render_text

SHARING = {
    "case_id": None, "case": "", "bureau": "户县国土资源局", "period": "2026Q3", "code": "quarterly_sharing",
    "step": "向检察机关提供本季度土地行政处罚及执行信息", "rule": "D8", "due": "2026-09-30", "days_left": 2,
    "counting": "calendar_days", "basis": "鄂州检会〔2021〕5号 二（二）", "status": "open", "estimated": False,
    "trigger_document": None,
}
CASE_ITEM = {**SHARING, "case_id": 4, "case": "户国土罚字〔2025〕第12号", "bureau": None, "period": None,
             "code": "apply_enforcement", "step": "申请人民法院强制执行", "rule": "C1",
             "basis": "《行政强制法》第五十三条"}
DIGEST = {"date": "2026-09-28", "horizon_days": 7, "cases_recomputed": 1,
          "actors": {"bureau": {"overdue": [], "due_soon": [SHARING, CASE_ITEM]}}}


def test_subject_names_bureau_and_quarter_or_the_case() -> None:
    assert item_subject(SHARING) == "户县国土资源局 2026Q3"
    assert item_subject(CASE_ITEM, "案件 ") == "案件 #4 户国土罚字〔2025〕第12号"


def test_text_and_html_show_the_bureau_not_none() -> None:
    text = render_text(DIGEST, "clerk")
    assert "还剩 2 日：户县国土资源局 2026Q3 — 向检察机关提供本季度土地行政处罚及执行信息，期限 2026-09-30" in text
    assert "还剩 2 日：案件 #4 户国土罚字〔2025〕第12号 — 申请人民法院强制执行" in text
    html = render_html(DIGEST, "procuratorate")
    assert "<td>户县国土资源局 2026Q3</td>" in html and "<td>#4 户国土罚字〔2025〕第12号</td>" in html
    assert "None" not in text and "#None" not in html
