"""A story's timeline as an inline SVG chart: each dated entry a row, placed on a time axis.

A day is a dot, a month or a year a bar over its length, so "2025-03" is not mistaken for March 1st. Rows
(not labels floating on one line) keep any number of entries readable; each row links to the entry's first
source sentence. Entries long before the story (background such as "built in 1968") would squash the story's
days into a point, so :func:`split_background` puts them on a chart of their own. All text is escaped.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Sequence

from markupsafe import Markup

from .brief_model import EntryView

__all__ = ["period", "split_background", "timeline_svg"]

WIDTH, LEFT, RIGHT, ROW, TOP = 960, 104, 944, 24, 34
#: Entries ending this many days before the story's first date are background.
BACKGROUND_DAYS = 60
CHAR = 7.6  # average width of a 12px character (a little over), to cut labels to the room they have


def period(value: str) -> tuple[date, date]:
    """The days a timeline date covers: ``2025-03-04`` one, ``2025-03`` a month, ``2021`` a year."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return day, day
    if len(parts) == 2:
        start = date(parts[0], parts[1], 1)
        end = (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        return start, end
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def split_background(entries: Sequence[EntryView], first_date: str | None
                     ) -> tuple[list[EntryView], list[EntryView]]:
    """(the story's own entries, background entries that ended long before its first reported day)."""
    if not first_date:
        return list(entries), []
    cutoff = date.fromisoformat(first_date[:10]) - timedelta(days=BACKGROUND_DAYS)
    own = [e for e in entries if period(e.entry.date)[1] >= cutoff]
    return own, [e for e in entries if period(e.entry.date)[1] < cutoff]


def _ticks(start: date, end: date) -> list[tuple[date, str]]:
    days = (end - start).days
    if days <= 45:
        step = 1 if days <= 16 else 7
        return [(start + timedelta(days=d), (start + timedelta(days=d)).strftime("%-d %b"))
                for d in range(0, days + 1, step)]
    if days <= 800:
        out, month = [], date(start.year, start.month, 1)
        while month <= end:
            if month >= start:
                out.append((month, month.strftime("%b %Y")))
            month = (month.replace(day=28) + timedelta(days=4)).replace(day=1)
        return out[:: max(1, len(out) // 12)]
    years = range(start.year, end.year + 1)
    step = max(1, len(years) // 10)
    return [(date(y, 1, 1), str(y)) for y in years[::step] if date(y, 1, 1) >= start]


def _clip(text: str, room: float) -> str:
    limit = max(8, int(room / CHAR))
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def timeline_svg(entries: Sequence[EntryView], label: str) -> Markup:
    """The chart, or nothing when no entry has a date to place."""
    if not entries:
        return Markup("")
    periods = [period(e.entry.date) for e in entries]
    start = min(p[0] for p in periods) - timedelta(days=1)
    end = max(p[1] for p in periods) + timedelta(days=1)
    span = max(1, (end - start).days)

    def x(day: date) -> float:
        return LEFT + (RIGHT - LEFT) * (day - start).days / span

    height = TOP + ROW * len(entries) + 12
    out = [Markup('<svg class="timeline" viewBox="0 0 {} {}" width="100%" role="group" aria-label="{}" '
                  'xmlns="http://www.w3.org/2000/svg">').format(WIDTH, height, label),
           Markup('<line class="axis" x1="{}" y1="{}" x2="{}" y2="{}"/>').format(LEFT, TOP - 10, RIGHT, TOP - 10)]
    for day, text in _ticks(start, end):
        if x(day) > RIGHT - 24:  # its label would run off the chart
            continue
        out.append(Markup('<line class="tick" x1="{0:.1f}" y1="{1}" x2="{0:.1f}" y2="{2}"/>'
                          '<text class="tick-label" x="{0:.1f}" y="{3}">{4}</text>').format(
            x(day), TOP - 10, height - 6, TOP - 16, text))
    for row, (entry, (first, last)) in enumerate(zip(entries, periods)):
        y = TOP + ROW * row + ROW / 2
        x0, x1 = x(first), x(last + timedelta(days=1))
        mark = (Markup('<circle class="mark" cx="{:.1f}" cy="{:.1f}" r="5"/>').format((x0 + x1) / 2, y)
                if first == last else
                Markup('<rect class="mark range" x="{:.1f}" y="{:.1f}" width="{:.1f}" height="10" rx="3"/>').format(
                    x0, y - 5, max(4.0, x1 - x0)))
        if first == last:  # a dot: the label goes on the side with more room
            right_side = RIGHT - x1 >= x0 - LEFT
            tx = x1 + 8 if right_side else x0 - 8
        else:  # a bar: the label starts on it (the bar is pale), or after it when it is narrow
            right_side, tx = True, (x0 + 6 if x1 - x0 > (RIGHT - LEFT) / 3 else x1 + 8)
        room = (RIGHT - tx) if right_side else (tx - LEFT)
        text = _clip(f"{entry.entry.text}  [{', '.join(entry.entry.outlets)}]", room)
        row_markup = Markup(
            '<title>{date}: {full}</title><text class="date" x="{dx}" y="{ty:.1f}">{date}</text>{mark}'
            '<text class="label" x="{tx:.1f}" y="{ty:.1f}" text-anchor="{anchor}">{text}</text>').format(
            date=entry.entry.date, full=entry.entry.text, dx=8, ty=y + 4, mark=mark, tx=tx,
            anchor="start" if right_side else "end", text=text)
        ref = next((r for r in entry.refs if r.linked), None)
        if ref is None:
            out.append(Markup('<g class="entry">{}</g>').format(row_markup))
        else:
            out.append(Markup('<a class="entry" href="#{}">{}</a>').format(ref.anchor, row_markup))
    out.append(Markup("</svg>"))
    return Markup("").join(out)
