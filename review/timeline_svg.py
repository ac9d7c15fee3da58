"""Lay out a case's events and deadlines on a date axis; the template draws the SVG from this.

Computed on the server so the page needs no charting script; labels stay data and
are escaped by the template like any other text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

WIDTH = 960
MARGIN = 40
AXIS_Y = 130
ROW_GAP = 22  # vertical step between labels that would otherwise overlap
LABEL_WIDTH = 150  # room one label needs on the axis before the next one moves down
LABEL_CHARS = 10  # longer labels are cut on the plot; the tables below give them in full


@dataclass
class Mark:
    day: date
    label: str
    kind: str  # "event" (above the axis) or "deadline" (below)
    status: str = ""  # deadlines: open / done / overdue; events: "estimated" when the date is a stand-in
    x: float = 0.0
    y: float = 0.0
    anchor: str = "start"  # labels near the right edge run leftwards so they stay inside the plot

    @property
    def short_label(self) -> str:
        return self.label if len(self.label) <= LABEL_CHARS else self.label[: LABEL_CHARS - 1] + "…"


@dataclass
class Tick:
    x: float
    label: str


@dataclass
class Timeline:
    width: int
    height: int
    axis_y: int
    marks: list[Mark] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)
    today_x: float | None = None


def _scale(start: date, end: date) -> tuple[float, float]:
    span = max((end - start).days, 1)
    return float(MARGIN), (WIDTH - 2 * MARGIN) / span


def _month_ticks(start: date, end: date, x_of: dict[str, float]) -> list[Tick]:
    """One tick per month, thinned so at most about ten labels fit."""
    months = []
    cursor = date(start.year, start.month, 1)
    while cursor <= end:
        if cursor >= start:
            months.append(cursor)
        cursor = date(cursor.year + cursor.month // 12, cursor.month % 12 + 1, 1)
    step = max(1, len(months) // 10 + (1 if len(months) % 10 else 0))
    origin, per_day = x_of["origin"], x_of["per_day"]
    return [Tick(x=origin + (m - start).days * per_day, label=f"{m.year}年{m.month}月") for m in months[::step]]


def _stack(marks: list[Mark], direction: int) -> int:
    """Move labels that would collide onto further rows; returns the number of rows used."""
    row_ends: list[float] = []

    def left(mark: Mark) -> float:
        return mark.x if mark.anchor == "start" else mark.x - LABEL_WIDTH

    for mark in sorted(marks, key=left):
        row = next((i for i, end in enumerate(row_ends) if left(mark) >= end), len(row_ends))
        if row == len(row_ends):
            row_ends.append(0.0)
        row_ends[row] = left(mark) + LABEL_WIDTH
        mark.y = AXIS_Y + direction * (28 + row * ROW_GAP)
    return len(row_ends)


def layout(marks: list[Mark], today: date) -> Timeline:
    if not marks:
        return Timeline(width=WIDTH, height=80, axis_y=40)
    days = [m.day for m in marks] + [today]
    start, end = min(days) - timedelta(days=7), max(days) + timedelta(days=7)
    origin, per_day = _scale(start, end)
    for mark in marks:
        mark.x = origin + (mark.day - start).days * per_day
        mark.anchor = "end" if mark.x + LABEL_WIDTH > WIDTH else "start"
    above = _stack([m for m in marks if m.kind == "event"], -1)
    below = _stack([m for m in marks if m.kind != "event"], 1)
    height = AXIS_Y + 40 + below * ROW_GAP
    shift = max(0, (above - 4) * ROW_GAP)  # more event rows than the space above the axis
    for mark in marks:
        mark.y += shift
    return Timeline(
        width=WIDTH,
        height=height + shift,
        axis_y=AXIS_Y + shift,
        marks=sorted(marks, key=lambda m: m.x),
        ticks=_month_ticks(start, end, {"origin": origin, "per_day": per_day}),
        today_x=origin + (today - start).days * per_day,
    )
