"""The legal calendar: which days are working days, and how periods are counted.

Counting follows rules.md §2/§2.1: the start day is never counted
(民法典第201条, 民诉解释第125条); a period whose last day is a rest day ends on
the next working day (行诉解释第48条, 民事诉讼法第85条); a month period ends on
the corresponding day, or the month's last day (民法典第202条).

Where a day's status comes from, in order: the holiday data file (a clerk can
correct it), the `chinese_calendar` package, and — for a year neither knows —
the statutory holidays of 《全国年节及纪念日放假办法》第二条.  Counting through
such a year is *provisional* and becomes final as soon as the year's notice is
added to the data file.
"""

from __future__ import annotations

import calendar as stdcal
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import chinese_calendar
from lunardate import LunarDate

from ledger.holidays import NATIONAL, HolidayData, current_holidays


class UnknownRegionError(ValueError):
    """Raised for a region code the holiday data does not define."""


@cache
def statutory_holidays(year: int) -> frozenset[date]:
    """The 放假 days of 放假办法第二条 for a year without a published notice (no 调休)."""
    spring = LunarDate(year, 1, 1).to_solar_date()
    qingming = [d for d, name in chinese_calendar.get_solar_terms(date(year, 4, 1), date(year, 4, 10))
                if name == "清明"]
    days = {
        date(year, 1, 1),
        *(spring + timedelta(days=i) for i in range(-1, 3)),  # 除夕, 正月初一至初三
        *qingming,
        date(year, 5, 1),
        date(year, 5, 2),
        LunarDate(year, 5, 5).to_solar_date(),  # 端午
        LunarDate(year, 8, 15).to_solar_date(),  # 中秋
        date(year, 10, 1),
        date(year, 10, 2),
        date(year, 10, 3),
    }
    return frozenset(d for d in days if d.year == year)


@cache
def _library_knows(year: int) -> bool:
    try:
        chinese_calendar.is_workday(date(year, 6, 1))
    except NotImplementedError:
        return False
    return True


@dataclass(frozen=True)
class Rolled:
    """A period end before and after the last-day roll-forward."""

    raw: date
    due: date


class LegalCalendar:
    """Working days for one region.

    `makeup_counts` decides rules.md §6 Q4: whether a weekend 调休上班日 is a
    working day (counted by add_working_days, and a valid last day that is not
    rolled).  No text settles it, so it is a switch, on by default.
    """

    def __init__(
        self,
        region: str = NATIONAL,
        data: HolidayData | None = None,
        *,
        makeup_counts: bool = True,
    ) -> None:
        self.data = data if data is not None else current_holidays()
        if region != NATIONAL and region not in self.data.regions:
            known = "、".join(self.data.region_codes())
            raise UnknownRegionError(f"未知地区代码 {region!r}（可用：{known}）")
        self.region = region
        self.makeup_counts = makeup_counts

    def knows_year(self, year: int) -> bool:
        """False when counting through this year would be provisional."""
        national = year in self.data.national or _library_knows(year)
        region = self.data.regions.get(self.region)
        local = region is None or not region.years or year in region.years
        return national and local

    def _national_working(self, day: date) -> bool:
        year_days = self.data.national.get(day.year)
        if year_days is not None:
            if day in year_days.work:
                return True
            return day not in year_days.rest and day.weekday() < 5
        if _library_knows(day.year):
            return bool(chinese_calendar.is_workday(day))
        return day.weekday() < 5 and day not in statutory_holidays(day.year)

    def _scheduled_working(self, day: date) -> bool:
        """Working by the published schedules, 调休上班 weekends included."""
        region = self.data.regions.get(self.region)
        local = region.years.get(day.year) if region else None
        if local is not None and day in local.work | local.rest:
            return day in local.work
        return self._national_working(day)

    def is_makeup_day(self, day: date) -> bool:
        """A weekend day that is a working day by 调休."""
        return day.weekday() >= 5 and self._scheduled_working(day)

    def is_working_day(self, day: date) -> bool:
        if self.makeup_counts or day.weekday() < 5:
            return self._scheduled_working(day)
        return False

    def roll(self, day: date) -> date:
        """The day itself if it is a working day, else the first working day after it."""
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day

    def add_working_days(self, start: date, n: int) -> date:
        """The n-th working day after start (start itself never counts)."""
        if n < 1:
            raise ValueError("工作日数必须为正整数")
        day, counted = start, 0
        while counted < n:
            day += timedelta(days=1)
            counted += self.is_working_day(day)
        return day

    def add_calendar_days(self, start: date, n: int) -> Rolled:
        raw = start + timedelta(days=n)
        return Rolled(raw, self.roll(raw))

    def add_months(self, start: date, months: int) -> Rolled:
        index = start.year * 12 + start.month - 1 + months
        year, month = divmod(index, 12)
        last = stdcal.monthrange(year, month + 1)[1]
        raw = date(year, month + 1, min(start.day, last))
        return Rolled(raw, self.roll(raw))

    def provisional(self, start: date, end: date) -> bool:
        """True if any year between start and end is counted without its official notice."""
        return not all(self.knows_year(y) for y in range(start.year, end.year + 1))
