"""The legal calendar against rules.md §2.1 worked examples, holiday edges, and unknown years."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import chinese_calendar
import pytest

from ledger.calendar import LegalCalendar, UnknownRegionError, statutory_holidays
from ledger.holidays import HolidayDataError, current_holidays, load_holidays

NATIONAL = LegalCalendar()
LHASA = LegalCalendar("lhasa")

NOTICE_2027 = """
[national.2027]
source = "国务院办公厅关于2027年部分节假日安排的通知（测试用）"
rest = [2027-01-01, "2027-02-05..2027-02-11"]
work = [2027-02-13]
"""


# --- rules.md §2.1 worked examples, to the day -------------------------------------------


def test_penalty_served_reconsideration_lawsuit_and_application_window():
    served = date(2025, 1, 10)
    reconsideration = NATIONAL.add_calendar_days(served, 60)
    lawsuit = NATIONAL.add_months(served, 6)
    assert reconsideration.due == date(2025, 3, 11)
    assert lawsuit.due == date(2025, 7, 10)
    assert NATIONAL.add_months(max(reconsideration.due, lawsuit.due), 3).due == date(2025, 10, 10)


def test_demolition_order_15_days_rolls_over_national_day():
    end = NATIONAL.add_calendar_days(date(2025, 9, 20), 15)
    assert end.raw == date(2025, 10, 5)
    assert end.due == date(2025, 10, 9)


def test_demand_notice_tenth_working_day_skips_national_day_and_counts_makeup_saturday():
    assert NATIONAL.add_working_days(date(2025, 9, 26), 10) == date(2025, 10, 16)


def test_court_acceptance_five_working_days_over_labour_day():
    assert NATIONAL.add_working_days(date(2025, 4, 30), 5) == date(2025, 5, 12)


def test_lhasa_seven_working_days_2025_tibetan_new_year():
    assert NATIONAL.add_working_days(date(2025, 2, 24), 7) == date(2025, 3, 5)
    assert LHASA.add_working_days(date(2025, 2, 24), 7) == date(2025, 3, 11)


def test_lhasa_seven_working_days_2026_combined_holiday():
    assert NATIONAL.add_working_days(date(2026, 2, 12), 7) == date(2026, 2, 28)
    assert LHASA.add_working_days(date(2026, 2, 12), 7) == date(2026, 3, 4)


def test_two_months_from_new_years_eve_ends_at_february_end():
    end = NATIONAL.add_months(date(2025, 12, 31), 2)
    assert end.raw == date(2026, 2, 28)
    assert end.due == date(2026, 2, 28)  # a 调休上班 Saturday: no roll (§6 Q4)


# --- month arithmetic and rolling -------------------------------------------------------------


def test_month_end_without_corresponding_day():
    assert NATIONAL.add_months(date(2025, 1, 31), 1).raw == date(2025, 2, 28)
    assert NATIONAL.add_months(date(2024, 1, 31), 1).raw == date(2024, 2, 29)
    assert NATIONAL.add_months(date(2025, 8, 31), 1).raw == date(2025, 9, 30)
    assert NATIONAL.add_months(date(2025, 11, 30), 3).raw == date(2026, 2, 28)


def test_month_period_ending_in_spring_festival_rolls_to_first_working_day():
    end = NATIONAL.add_months(date(2025, 11, 19), 3)
    assert end.raw == date(2026, 2, 19)
    assert end.due == date(2026, 2, 24)


def test_weekend_end_rolls_to_monday():
    end = NATIONAL.add_calendar_days(date(2025, 3, 7), 15)  # Saturday 2025-03-22
    assert (end.raw, end.due) == (date(2025, 3, 22), date(2025, 3, 24))


def test_makeup_sunday_is_a_working_day_and_a_valid_last_day():
    assert NATIONAL.is_working_day(date(2025, 9, 28))  # 国庆调休上班 (Sunday)
    assert NATIONAL.is_makeup_day(date(2025, 9, 28))
    end = NATIONAL.add_calendar_days(date(2025, 9, 13), 15)
    assert end.raw == end.due == date(2025, 9, 28)
    assert NATIONAL.add_working_days(date(2025, 9, 26), 1) == date(2025, 9, 28)


def test_makeup_days_switch_q4():
    strict = LegalCalendar(makeup_counts=False)
    assert not strict.is_working_day(date(2026, 2, 28))
    assert strict.add_months(date(2025, 12, 31), 2).due == date(2026, 3, 2)
    assert strict.add_working_days(date(2026, 2, 12), 7) == date(2026, 3, 3)


def test_2026_holidays_and_makeup_days():
    for rest in (date(2026, 1, 2), date(2026, 2, 23), date(2026, 6, 19), date(2026, 9, 25), date(2026, 10, 7)):
        assert not NATIONAL.is_working_day(rest), rest
    for work in (date(2026, 1, 4), date(2026, 2, 14), date(2026, 5, 9), date(2026, 9, 20), date(2026, 10, 10)):
        assert NATIONAL.is_working_day(work), work
    assert NATIONAL.add_working_days(date(2026, 9, 30), 1) == date(2026, 10, 8)


def test_lhasa_local_days_do_not_leak_into_national_calendar():
    assert not LHASA.is_working_day(date(2026, 2, 25))
    assert NATIONAL.is_working_day(date(2026, 2, 25))
    assert LHASA.is_working_day(date(2026, 2, 14))


def test_working_day_count_must_be_positive():
    with pytest.raises(ValueError):
        NATIONAL.add_working_days(date(2025, 1, 2), 0)


# --- data file agrees with the chinese_calendar package -------------------------------------


@pytest.mark.parametrize("year", [2025, 2026])
def test_data_file_matches_chinese_calendar_every_day(year):
    day = date(year, 1, 1)
    while day.year == year:
        assert NATIONAL.is_working_day(day) == chinese_calendar.is_workday(day), day
        day += timedelta(days=1)


# --- a year nobody has published yet ----------------------------------------------------------


def test_statutory_holidays_2027():
    days = statutory_holidays(2027)
    assert {date(2027, 2, 5), date(2027, 2, 6), date(2027, 2, 7), date(2027, 2, 8)} <= days  # 除夕, 初一至初三
    assert date(2027, 4, 5) in days  # 清明
    assert date(2027, 6, 9) in days  # 端午 (五月初五)
    assert date(2027, 9, 15) in days  # 中秋 (八月十五)
    assert {date(2027, 1, 1), date(2027, 5, 1), date(2027, 5, 2), date(2027, 10, 3)} <= days
    assert len(days) == 13


def test_2027_is_provisional_and_uses_statutory_holidays():
    assert not NATIONAL.knows_year(2027)
    # 2027-02-04 Thursday + 1 WD: 2/5 除夕 and 2/8 初三 are rest days, 2/6–2/7 a weekend
    assert NATIONAL.add_working_days(date(2027, 2, 4), 1) == date(2027, 2, 9)
    assert NATIONAL.provisional(date(2026, 12, 20), date(2027, 1, 4))
    assert not NATIONAL.provisional(date(2026, 1, 5), date(2026, 12, 31))


def test_adding_2027_notice_switches_provisional_off(tmp_path: Path):
    extra = tmp_path / "2027.toml"
    extra.write_text(NOTICE_2027, encoding="utf-8")
    cal = LegalCalendar(data=load_holidays([extra]))
    assert cal.knows_year(2027)
    assert not cal.provisional(date(2026, 12, 20), date(2027, 1, 4))
    assert not cal.is_working_day(date(2027, 2, 10))  # in the notice, not in 放假办法
    assert cal.is_working_day(date(2027, 2, 13))  # 调休上班 Saturday


def test_lhasa_without_local_notice_for_the_year_is_provisional():
    assert LHASA.knows_year(2026)
    assert not LHASA.knows_year(2024)
    assert LegalCalendar("ezhou").knows_year(2024)  # Ezhou has no local days at all


def test_unknown_region_is_refused_in_chinese():
    with pytest.raises(UnknownRegionError, match="未知地区代码"):
        LegalCalendar("atlantis")


def test_bad_holiday_file_names_the_entry(tmp_path: Path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[national.2027]\nrest = ["2027-02-10..2027-02-01"]\n', encoding="utf-8")
    with pytest.raises(HolidayDataError, match="日期区间无效"):
        load_holidays([bad])
    bad.write_text("[national.2027]\nrest = [2026-12-31]\n", encoding="utf-8")
    with pytest.raises(HolidayDataError, match="不属于 2027 年"):
        load_holidays([bad])


def test_holiday_file_edit_takes_effect_without_restart(tmp_path: Path):
    extra = tmp_path / "local.toml"
    extra.write_text("[regions.ezhou]\nname = \"鄂州市\"\n", encoding="utf-8")
    assert not LegalCalendar(data=current_holidays([extra])).knows_year(2027)
    extra.write_text(NOTICE_2027, encoding="utf-8")
    os.utime(extra, (extra.stat().st_atime, extra.stat().st_mtime + 5))
    assert LegalCalendar(data=current_holidays([extra])).knows_year(2027)
