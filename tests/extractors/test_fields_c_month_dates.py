"""Dates known only to the month: never read as a full date, never the issue date."""

import pytest
from plain_text_extraction import everything

from extractors.fields.dates import find_dates
from extractors.normalise import normalise


@pytest.mark.parametrize(
    "written",
    [
        "你于2020年11月在宝积镇建房",
        "自二〇一九年十二月起",
        "2020年11月 5号地块",
        "2020年11月12号楼",
        "2020年11月10余亩",
        "2020年11月1宗",
        "于2020年11月17时许",
        "2020年11月份",
    ],
)
def test_month_only_dates_are_not_full_dates(written):
    assert find_dates(normalise(written)) == []


def test_a_day_after_the_month_still_reads():
    assert [d.value for d in find_dates("2020年11月12号作出")] == ["2020-11-12"]
    assert [d.value for d in find_dates("2020年11月12作出")] == ["2020-11-12"]


def test_signature_date_that_lost_its_day_mark_at_the_line_end():
    text = (
        "平川县自然资源局\n行政处罚决定书\n平自然资罚〔2021〕12号\n当事人：平川某建材公司\n"
        "    你公司于2020年11月未经批准占用集体土地。\n平川县城市管理综合行政执法局2021年4月8 |\n"
    )
    found = everything(text, ("sections", "doc_type", "numbers", "dates", "agencies"))
    assert found["issue_date"]["value"] == "2021-04-08"
    assert found["issue_date"]["confidence"] < 0.8  # recovered, so a reviewer looks


def test_month_only_signature_is_no_issue_date():
    text = (
        "平川县自然资源局\n行政处罚决定书\n平自然资罚〔2021〕12号\n当事人：平川某建材公司\n"
        "    你公司于2020年11月未经批准占用集体土地。\n平川县自然资源局\n二〇二一年四月\n"
    )
    found = everything(text, ("sections", "doc_type", "numbers", "dates", "agencies"))
    assert "issue_date" not in found and "dates" not in found
