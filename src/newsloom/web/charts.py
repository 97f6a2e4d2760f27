"""The story timeline as a chart: where each dated event goes on an SVG drawn by the template (no script).

Dates come as precise as the articles state them (``2025-03-04``, ``2025-03``, ``2021``): each is placed at
the first day it can mean and drawn as a bar over the period it covers (a month, a year; cut at the last
exact date, so one vague date does not stretch the axis), so a vague date is not shown as if it were exact.
Events on the same day stack; each is numbered as in the list below the chart.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from typing import Sequence

from ..dossier import TimelineEntry

WIDTH, LEFT, RIGHT, TOP, ROW, AXIS = 760, 40, 40, 16, 22, 34


@dataclass(frozen=True, slots=True)
class Mark:
    """One event on the chart: the point (or bar, for a month or a year) and its label."""

    index: int  # its position in the timeline (the list below the chart has the same anchors)
    x: float
    x_end: float
    y: float
    radius: float
    label: str
    outlets: int


@dataclass(frozen=True, slots=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True, slots=True)
class TimelineChart:
    width: int
    height: int
    axis_y: float
    marks: tuple[Mark, ...]
    ticks: tuple[Tick, ...]


def period(value: str) -> tuple[date, date] | None:
    """The first and last day a stated date can mean (``None`` when it is not a calendar date)."""
    try:
        parts = [int(p) for p in value[:10].split("-")]
    except ValueError:
        return None
    try:
        if len(parts) == 3:
            day = date(*parts)
            return day, day
        if len(parts) == 2:
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], calendar.monthrange(*parts)[1])
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
    except ValueError:
        return None
    return None


def timeline_chart(entries: Sequence[TimelineEntry]) -> TimelineChart | None:
    """The chart of a story's timeline, or ``None`` when no entry has a calendar date."""
    placed = [(i, e, period(e.date)) for i, e in enumerate(entries)]
    placed = [(i, e, p) for i, e, p in placed if p is not None]
    if not placed:
        return None
    exact = [p[0] for _, _, p in placed if p[0] == p[1]] or [p[1] for _, _, p in placed]
    first = min(p[0] for _, _, p in placed).toordinal()
    last = max(max(exact).toordinal(), max(p[0] for _, _, p in placed).toordinal())  # "2025-03" ends no axis
    span = max(last - first, 1)
    usable = WIDTH - LEFT - RIGHT

    def x_of(day: date) -> float:
        return round(LEFT + usable * (min(day.toordinal(), last) - first) / span, 1)

    rows: dict[int, int] = {}
    marks = []
    for index, entry, (start, end) in placed:
        row = rows.get(start.toordinal(), 0)
        rows[start.toordinal()] = row + 1
        marks.append(Mark(index=index, x=x_of(start), x_end=x_of(end), y=TOP + row * ROW,
                          radius=min(4 + 2 * len(entry.outlets), 10), label=entry.date, outlets=len(entry.outlets)))
    height = TOP + max(rows.values()) * ROW + AXIS
    axis_y = height - AXIS + 8
    ticks = tuple(Tick(x=x_of(day), label=day.isoformat()) for day in _tick_days(first, last))
    return TimelineChart(width=WIDTH, height=height, axis_y=axis_y, marks=tuple(marks), ticks=ticks)


def _tick_days(first: int, last: int, most: int = 6) -> list[date]:
    """Up to ``most`` evenly spread days from first to last (both included)."""
    if last == first:
        return [date.fromordinal(first)]
    step = max(1, round((last - first) / (most - 1)))
    days = list(range(first, last, step))
    if last - days[-1] < step / 2 and len(days) > 1:
        days.pop()
    return [date.fromordinal(d) for d in days + [last]]
