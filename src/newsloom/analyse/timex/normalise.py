"""Values for calendar points: absolute, anchored on the publication date, or on the story's own time line.

Three anchors, as in TimeML: the publication date for deictic words ("yesterday", "last week", "two days
ago"), the tense of the sentence for names that leave the direction open ("Wednesday", "in December"), and
the last date the story mentioned for anaphoric ones ("the previous day", "a year earlier", "the quarter").
With no publication date, anything that needs it gets ``None`` rather than a guess.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable

from . import values as V
from .lexicon import PARTS_OF_DAY, month_number, parse_ordinal, spoken_year, weekday_number
from .recognise import Candidate
from .tense import FUTURE, PAST, PRESENT, TenseFinder

DATE, TIME, DURATION, SET = "DATE", "TIME", "DURATION", "SET"
_REL_OFFSET = {"this": 0, "current": 0, "present": 0, "last": -1, "past": -1, "previous": -1, "this past": -1,
               "next": 1, "coming": 1, "upcoming": 1, "this coming": 1}


@dataclass
class Result:
    type: str
    value: str | None
    anchored: bool = False  # the value rests on the anchor or the story's time line
    derived: bool = False   # shifted from another mention ("a year earlier"): not itself a reference point


@dataclass
class Context:
    """What the normalisers share while walking one text from start to end."""

    text: str
    anchor: date | None
    hint: str | Callable | None = None
    forced: str | None = None  # tense of an enclosing expression, while a phrase inside it is resolved
    history: list = field(default_factory=list)  # (start, end, type, value, derived) in text order
    _tenses: TenseFinder | None = None

    @property
    def tenses(self) -> TenseFinder:
        if self._tenses is None:
            self._tenses = TenseFinder(self.text)
        return self._tenses

    def tense(self, start: int, end: int) -> str | None:
        if self.forced:
            return self.forced
        if isinstance(self.hint, str):
            return self.hint.lower()
        if callable(self.hint):
            found = self.hint(start, end)
            if found:
                return found
        return self.tenses.at(start, end)

    def reference(self, position: int, grans: str = "DWMQHSY", sentences: int | None = None) -> str | None:
        """The last date value before ``position`` at one of ``grans`` ("D" day, "Q" quarter ...).

        ``sentences`` limits the search to that many sentences before the current one.
        """
        limit = None
        if sentences is not None:
            spans = self.tenses.spans
            i = max(0, self.tenses.starts.index(self.tenses.sentence(position)[0]) - sentences)
            limit = spans[i][0]
        found = {}
        for start, _end, _type, value, derived in reversed(self.history):
            if start >= position or derived:
                continue
            if limit is not None and start < limit:
                break
            g = V.granularity(value)
            if g and g in grans and not value.startswith("XXXX"):
                found.setdefault(g, value)
        for g in grans:  # the order of ``grans`` is the order of preference
            if g in found:
                return found[g]
        return None


# ---------------------------------------------------------------- helpers

#: A date up to this many days ahead of the anchor in a past-tense sentence is kept in the anchor's year:
#: reports often tell a coming event in the past tense ("the vote was set for March 12").
_AHEAD = 60


def _pick_year(ctx: Context, c: Candidate, month: int, day: int = 1) -> int | None:
    """Year for a month (and day) named without one: the anchor's, moved by tense when that puts it on the
    wrong side of the anchor ("in December" said in a past-tense October report is last December)."""
    a = ctx.anchor
    if a is None:
        return None
    d = V.safe_date(a.year, month, min(day, 28) if month == 2 and day > 28 else day) or date(a.year, month, 1)
    tense = ctx.tense(c.start, c.end)
    if tense == PAST and (d - a).days > _AHEAD:
        return a.year - 1
    if tense == FUTURE and (a - d).days > _AHEAD:
        return a.year + 1
    if tense is None or tense == PRESENT:  # no cue: the nearer of last year's, this year's and next year's
        return min((a.year - 1, a.year, a.year + 1),
                   key=lambda y: abs(((V.safe_date(y, d.month, d.day) or date(y, d.month, 28)) - a).days))
    return a.year


def _year_of(text: str | None, anchor: date | None) -> int | None:
    if not text:
        return None
    t = text.strip().lstrip("'")
    if t.isdigit() and len(t) == 4:
        return int(t)
    if t.isdigit() and len(t) == 2:
        yy = int(t)
        base = anchor.year if anchor else 1999
        year = (base // 100) * 100 + yy
        return year - 100 if year > base + 10 else year
    return spoken_year(text)


def weekday_near(a: date, wd: int, direction: str | None, strict: bool = False) -> date:
    """The ``wd`` (1 = Monday) on or before ``a`` (past / unknown), or on or after it (future)."""
    if direction == FUTURE:
        delta = (wd - a.isoweekday()) % 7
        return a + timedelta(days=delta or (7 if strict else 0))
    delta = (a.isoweekday() - wd) % 7
    return a - timedelta(days=delta or (7 if strict else 0))


def _weekend(a: date, direction: str | None, offset: int = 0) -> str:
    """ISO week of the weekend meant: the last one (past), the coming one (future) or this one."""
    if direction == PAST and a.isoweekday() < 6:
        a = a - timedelta(days=7)
    return V.week(a + timedelta(weeks=offset)) + "-WE"


def _part(word: str | None) -> str | None:
    if not word:
        return None
    code = PARTS_OF_DAY.get(word.lower().rstrip("s"))
    return None if code is None else ("T" + code)


def _group(m: re.Match, name: str) -> str | None:
    return m.groupdict().get(name)


# ---------------------------------------------------------------- absolute and named dates

def n_iso(c, ctx):
    v = c.match.group()
    return Result(TIME if "T" in v else DATE, v[:16])


def n_numeric(c, ctx):
    a, b, y = c.match.group().split("/")
    a, b = int(a), int(b)
    mon, dd = (a, b) if a <= 12 else (b, a)
    year = _year_of(y, ctx.anchor)
    d = V.safe_date(year, mon, dd) if year else None
    return Result(DATE, V.day(d)) if d else None


def n_month_day(c, ctx):
    m = c.match
    mon, dd = month_number(m.group("month")), parse_ordinal(m.group("day"))
    if not dd or dd > 31:
        return None
    year = _year_of(m.group("year"), ctx.anchor)
    if year is None and _group(m, "wd") and ctx.anchor:
        # a weekday fixes the year: take the year within two of the anchor's whose date falls on it
        wd = weekday_number(m.group("wd"))
        for y in (ctx.anchor.year, ctx.anchor.year - 1, ctx.anchor.year + 1):
            d = V.safe_date(y, mon, dd)
            if d and d.isoweekday() == wd:
                return Result(DATE, V.day(d), True)
    anchored = year is None
    rel = (_group(m, "rel") or "").lower()
    if year is None and rel and ctx.anchor:
        a = ctx.anchor
        this = V.safe_date(a.year, mon, dd) or date(a.year, mon, 28)
        year = a.year - (this >= a) if rel == "last" else a.year + (this <= a) if rel == "next" else a.year
    if year is None:
        year = _pick_year(ctx, c, mon, dd)
    if year is None:
        return Result(DATE, f"XXXX-{mon:02d}-{dd:02d}") if dd <= 31 else None
    d = V.safe_date(year, mon, dd)
    return Result(DATE, V.day(d), anchored) if d else None


n_day_month = n_month_day


def n_week_of(c, ctx):
    r = n_month_day(c, ctx)
    d = V.value_day(r.value) if r else None
    return Result(DATE, V.week(d), r.anchored) if d else r


def n_month_year(c, ctx):
    year = _year_of(c.match.group("year"), ctx.anchor)
    return Result(DATE, V.month(year, month_number(c.match.group("month")))) if year else None


def n_month_rel(c, ctx):
    if not ctx.anchor:
        return Result(DATE, None)
    return Result(DATE, V.month(ctx.anchor.year + _REL_OFFSET[c.match.group("rel").lower()],
                                month_number(c.match.group("month"))), True)


def n_month(c, ctx):
    mon = month_number(c.match.group("month"))
    rel = (c.match.group("rel") or "").lower()
    a = ctx.anchor
    if a is None:
        return Result(DATE, None if rel else f"XXXX-{mon:02d}")
    if rel in ("last", "past", "previous", "this past"):
        return Result(DATE, V.month(a.year if mon < a.month else a.year - 1, mon), True)
    if rel in ("next", "coming", "this coming"):
        return Result(DATE, V.month(a.year if mon > a.month else a.year + 1, mon), True)
    if rel == "this":
        return Result(DATE, V.month(a.year, mon), True)
    return Result(DATE, V.month(_pick_year(ctx, c, mon, 15), mon), True)


def n_year(c, ctx):
    year = _year_of(c.match.group("year"), ctx.anchor)
    return Result(DATE, f"{year:04d}") if year else None


def n_year_short(c, ctx):
    return Result(DATE, f"{_year_of(c.match.group('yy'), ctx.anchor):04d}")


def n_decade(c, ctx):
    m = c.match
    if m.group("dec"):
        return Result(DATE, m.group("dec")[:3])
    if m.group("word"):
        tens = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}[m.group("word").lower()]
        base = 19 if not ctx.anchor or ctx.anchor.year < 2000 + tens * 10 else 20
        return Result(DATE, f"{base}{tens}")
    year = _year_of(m.group("dd"), ctx.anchor)
    return Result(DATE, f"{year // 10:03d}")


def n_century(c, ctx):
    n = parse_ordinal(c.match.group("ord"))
    return Result(DATE, f"{n - 1:02d}") if n else None


NORMALISERS = {name[2:]: fn for name, fn in dict(globals()).items() if name.startswith("n_")}
