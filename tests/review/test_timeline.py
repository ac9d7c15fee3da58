"""The server-side timeline layout: marks on a date axis, labels kept apart and inside the plot."""

from __future__ import annotations

from datetime import date

from review.timeline_svg import LABEL_WIDTH, WIDTH, Mark, layout


def test_marks_sit_in_date_order_and_labels_do_not_collide():
    marks = [
        Mark(date(2025, 3, 3), "作出处罚决定", "event"),
        Mark(date(2025, 3, 5), "处罚决定送达", "event", "estimated"),
        Mark(date(2025, 3, 14), "送达行政处罚决定书（当事人不在场）", "deadline", "overdue"),
        Mark(date(2025, 3, 20), "当事人缴纳罚款", "deadline", "open"),
        Mark(date(2025, 12, 5), "申请人民法院强制执行", "deadline", "open"),
    ]
    timeline = layout(marks, today=date(2025, 3, 20))
    xs = [m.x for m in timeline.marks]
    assert xs == sorted(xs) and 0 < xs[0] < xs[-1] < WIDTH
    deadlines = [m for m in timeline.marks if m.kind == "deadline"]
    close = deadlines[:2]  # six days apart: too close for two labels on one row
    assert close[0].y != close[1].y
    assert all(m.y < timeline.axis_y for m in timeline.marks if m.kind == "event")
    assert all(m.y > timeline.axis_y for m in deadlines)
    last = timeline.marks[-1]
    assert last.anchor == "end" and last.x - LABEL_WIDTH > 0
    assert last.short_label.endswith("执行") and len(deadlines[0].short_label) == 10
    assert timeline.ticks[0].label == "2025年2月" or timeline.ticks[0].label == "2025年3月"
    assert timeline.today_x is not None


def test_an_empty_case_has_an_empty_axis():
    timeline = layout([], today=date(2025, 3, 20))
    assert timeline.marks == [] and timeline.today_x is None
