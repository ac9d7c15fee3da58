"""Load the holiday data file (ledger/data/holidays.toml) into plain sets of dates.

The data lives in a file, not in code, so that a clerk can add next year's
国务院办公厅 notice (or a local 藏历新年 notice) the day it is published; the
calendar then stops marking that year's deadlines as provisional.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

DEFAULT_HOLIDAY_FILE = Path(__file__).parent / "data" / "holidays.toml"
NATIONAL = "national"


class HolidayDataError(ValueError):
    """The holiday file cannot be used; the message names the file and the bad entry."""


@dataclass(frozen=True)
class YearDays:
    """One year's official schedule: 放假 days and 调休上班 days."""

    rest: frozenset[date]
    work: frozenset[date]
    source: str = ""


@dataclass(frozen=True)
class Region:
    """Local days on top of the national calendar; no years means none are needed."""

    code: str
    name: str
    years: dict[int, YearDays] = field(default_factory=dict)


@dataclass(frozen=True)
class HolidayData:
    national: dict[int, YearDays]
    regions: dict[str, Region]

    def region_codes(self) -> list[str]:
        return [NATIONAL, *sorted(self.regions)]


def _expand(entry: Any, where: str) -> list[date]:
    """A TOML date, or a "start..end" string (both ends included)."""
    if isinstance(entry, date):
        return [entry]
    if isinstance(entry, str):
        try:
            parts = [date.fromisoformat(p.strip()) for p in entry.split("..")]
        except ValueError as exc:
            raise HolidayDataError(f"{where}: 无法识别的日期 {entry!r}") from exc
        if len(parts) == 1:
            return parts
        if len(parts) != 2 or parts[1] < parts[0]:
            raise HolidayDataError(f"{where}: 日期区间无效 {entry!r}")
        start, end = parts
        return [start + timedelta(days=i) for i in range((end - start).days + 1)]
    raise HolidayDataError(f"{where}: 无法识别的日期 {entry!r}")


def _year_days(year: int, table: dict[str, Any], where: str) -> YearDays:
    rest = {d for e in table.get("rest", []) for d in _expand(e, where)}
    work = {d for e in table.get("work", []) for d in _expand(e, where)}
    stray = sorted(d for d in rest | work if d.year != year)
    if stray:
        raise HolidayDataError(f"{where}: {stray[0].isoformat()} 不属于 {year} 年")
    both = sorted(rest & work)
    if both:
        raise HolidayDataError(f"{where}: {both[0].isoformat()} 同时列为放假和上班")
    return YearDays(frozenset(rest), frozenset(work), str(table.get("source", "")))


def _years(tables: dict[str, Any], where: str) -> dict[int, YearDays]:
    years: dict[int, YearDays] = {}
    for key, table in tables.items():
        if isinstance(table, dict) and key.isdigit():
            years[int(key)] = _year_days(int(key), table, f"{where}.{key}")
    return years


def _parse(doc: dict[str, Any], source: Path) -> HolidayData:
    national = _years(doc.get("national", {}), f"{source}: national")
    regions = {
        code: Region(code, str(table.get("name", code)), _years(table, f"{source}: regions.{code}"))
        for code, table in doc.get("regions", {}).items()
    }
    return HolidayData(national, regions)


def _merge(base: HolidayData, extra: HolidayData) -> HolidayData:
    """A later file replaces whole years, so a correction never leaves stale days behind."""
    regions = dict(base.regions)
    for code, region in extra.regions.items():
        old = regions.get(code)
        years = {**(old.years if old else {}), **region.years}
        regions[code] = Region(code, region.name, years)
    return HolidayData({**base.national, **extra.national}, regions)


def load_holidays(extra_files: Sequence[Path] | Iterable[Path] = ()) -> HolidayData:
    """The packaged holiday file, then each extra file layered over it in order."""
    data = HolidayData({}, {})
    for path in [DEFAULT_HOLIDAY_FILE, *extra_files]:
        try:
            doc = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise HolidayDataError(f"无法读取节假日数据文件 {path}: {exc}") from exc
        data = _merge(data, _parse(doc, Path(path)))
    return data


_cache: dict[tuple[Path, ...], tuple[tuple[float, ...], HolidayData]] = {}


def current_holidays(extra_files: Sequence[Path] = ()) -> HolidayData:
    """load_holidays, re-read whenever a file changes: adding a year's notice takes effect at once."""
    paths = (DEFAULT_HOLIDAY_FILE, *(Path(p) for p in extra_files))
    stamps = tuple(p.stat().st_mtime if p.exists() else -1.0 for p in paths)
    hit = _cache.get(paths)
    if hit is None or hit[0] != stamps:
        hit = (stamps, load_holidays(paths[1:]))
        _cache[paths] = hit
    return hit[1]
