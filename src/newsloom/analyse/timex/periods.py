"""Values for periods: quarters and halves of (fiscal) years, seasons, holidays, year-end.

Earnings reports speak of "the quarter", "the year-earlier period" and "a year ago" meaning the quarter a
year before the one under discussion; those rest on the last quarter the report named, else on the last
quarter completed before the publication date.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from . import values as V
from .lexicon import HOLIDAYS, MONTHS, SEASONS
from .normalise import DATE, DURATION, Context, Result, _pick_year, _year_of
from .recognise import Candidate
from .tense import FUTURE, PAST

_ENDED = re.compile(r"\s+(?:that\s+|which\s+)?(?:ended|ending|ends|through)\s+(?P<mon>[A-Z][a-z]+)\.?\s+\d")
_QUARTER_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                "final": 4, "last": 4}


def _quarter_year(ctx, c, q: int) -> int | None:
    """Year of a quarter named without one: the anchor's, unless it has not begun yet (then it is last
    year's, the usual case in earnings reports) or is over while the sentence looks ahead."""
    a = ctx.anchor
    if a is None:
        return None
    start = date(a.year, 3 * q - 2, 1)
    tense = ctx.tense(c.start, c.end)
    if start > a and tense != FUTURE:
        return a.year - 1
    if tense == FUTURE and V.add_months(start, 3) <= a - timedelta(days=45):
        return a.year + 1
    return a.year


def n_quarter(c, ctx):
    m = c.match
    q = _QUARTER_ORD[m.group("ord").lower()]
    year = _year_of(m.group("year1") or m.group("year2"), ctx.anchor)
    anchored = False
    if year is None and m.group("rel"):
        if not ctx.anchor:
            return Result(DATE, None)
        year = ctx.anchor.year + {"this": 0, "last": -1, "next": 1, "the current": 0, "the previous": -1}[
            " ".join(m.group("rel").lower().split())]
        anchored = True
    if year is None:
        year, anchored = _quarter_year(ctx, c, q), True
    return Result(DATE, V.quarter(year, q) if year else f"XXXX-Q{q}", anchored and year is not None)


def n_quarter_code(c, ctx):
    m = c.match
    q = int((m.group("q") or "Q" + (m.group("q2") or m.group("q3")))[-1])
    year = _year_of(m.group("year") or m.group("year2") or m.group("yy"), ctx.anchor)
    if year is None:
        year = _quarter_year(ctx, c, q)
        return Result(DATE, V.quarter(year, q) if year else f"XXXX-Q{q}", year is not None)
    return Result(DATE, V.quarter(year, q))


def n_half(c, ctx):
    m = c.match
    h = 1 if m.group("ord").lower() == "first" else 2
    if m.group("year"):
        return Result(DATE, f"{m.group('year')}-H{h}")
    if not ctx.anchor:
        return Result(DATE, f"XXXX-H{h}")
    year = ctx.anchor.year + {"this": 0, "last": -1, "next": 1, None: 0}[(m.group("rel") or "").lower() or None]
    return Result(DATE, f"{year:04d}-H{h}", True)


def _base_quarter(ctx: Context, c: Candidate) -> str | None:
    """The quarter a report is about: the last one it named, else the last one completed before the anchor."""
    ref = ctx.reference(c.start, "Q")
    if ref:
        return ref
    if not ctx.anchor:
        return None
    y, q = V.quarter_of(ctx.anchor)
    return V.quarter(y, q - 1)


def n_quarter_ref(c, ctx):
    m = c.match
    mods = " ".join(filter(None, (m.group("mod"), m.group("mod2"), m.group("last")))).lower()
    what = m.group("what").lower()
    if what == "nine months":
        return Result(DURATION, "P9M")
    if what == "period" and not mods and not m.group("year"):
        return None
    if "current" in mods or m.group().lower().startswith("this quarter"):
        return Result(DATE, V.quarter(*V.quarter_of(ctx.anchor)) if ctx.anchor else None, True)
    ended = _ENDED.match(ctx.text, c.end)
    if ended and not mods and ended.group("mon").lower() in MONTHS:
        mon = MONTHS[ended.group("mon").lower()]
        year = int(m.group("year")) if m.group("year") else _pick_year(ctx, c, mon, 28)
        return Result(DATE, V.quarter(year, (mon - 1) // 3 + 1) if year else None, True)
    base = _base_quarter(ctx, c)
    if base is None:
        return Result(DATE, None)
    if m.group("year"):
        return Result(DATE, f"{m.group('year').strip()}-Q{base[-1]}", True, True)
    if any(w in mods for w in ("year-earlier", "year-ago", "year earlier", "a year", "last year", "previous year",
                                "comparable", "corresponding")):
        return Result(DATE, V.shift_value(base, -1, "Y"), True, True)
    if any(w in mods for w in ("previous", "prior", "preceding")):
        return Result(DATE, V.shift_value(base, -1, "Q"), True, True)
    return Result(DATE, base, True)


def n_year_ago_adj(c, ctx):
    """"year-earlier", "the year-ago quarter": a year before the period under discussion."""
    ref = ctx.reference(c.start, "QHMD", sentences=2)
    what = (c.match.group("what") or "").lower()
    if "quarter" in what and what != "quarter":
        q = _QUARTER_ORD[what.split()[0].split("-")[0]]
        base = V.quarter(int(ref[:4]), q) if ref else (V.quarter(ctx.anchor.year, q) if ctx.anchor else None)
        return Result(DATE, V.shift_value(base, -1, "Y") if base else None, True, True)
    if ref:
        return Result(DATE, V.shift_value(ref, -1, "Y"), True, True)
    return Result(DATE, f"{ctx.anchor.year - 1:04d}" if ctx.anchor else None, True, True)


def n_season(c, ctx):
    m = c.match
    code = SEASONS[m.group("season").lower()]
    if m.group("year"):
        year = _year_of(m.group("year"), ctx.anchor)
        return Result(DATE, f"{year:04d}-{code}") if year else None
    a = ctx.anchor
    if a is None:
        return Result(DATE, None if (m.group("rel") or "the").lower() != "the" else f"XXXX-{code}")
    rel = (m.group("rel") or "the").lower()
    year = a.year + {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
    if rel in ("this past", "this coming"):
        order = ["WI", "SP", "SU", "FA"]
        now = order.index(V.season_of(a)[1])
        if rel == "this past" and order.index(code) >= now:
            year -= 1
        if rel == "this coming" and order.index(code) <= now:
            year += 1
    return Result(DATE, f"{year:04d}-{code}", True)


def n_holiday(c, ctx):
    m = c.match
    fn = HOLIDAYS[m.group("name").lower()]
    if m.group("year"):
        return Result(DATE, V.day(fn(int(m.group("year")))))
    a = ctx.anchor
    if a is None:  # a fixed feast keeps its day; a movable one (Easter, Thanksgiving) needs the year
        d, d2 = fn(2000), fn(2001)
        fixed = (d.month, d.day) == (d2.month, d2.day) and not m.group("rel")
        return Result(DATE, f"XXXX-{d.month:02d}-{d.day:02d}" if fixed else None)
    rel = (m.group("rel") or "").lower()
    d = fn(a.year)
    tense = ctx.tense(c.start, c.end)
    if (rel == "last" and d >= a) or (not rel and tense == PAST and d > a):
        d = fn(a.year - 1)
    elif (rel == "next" and d <= a) or (not rel and tense == FUTURE and d < a):
        d = fn(a.year + 1)
    return Result(DATE, V.day(d), True)


def n_year_end(c, ctx):
    """"by year-end" is this year's end; "since year-end" the last one, already past."""
    if ctx.anchor is None:
        return Result(DATE, None)
    year = ctx.anchor.year - (ctx.tense(c.start, c.end) == PAST and ctx.anchor.month < 12)
    return Result(DATE, f"{year:04d}", True)


NORMALISERS = {name[2:]: fn for name, fn in dict(globals()).items() if name.startswith("n_")}
