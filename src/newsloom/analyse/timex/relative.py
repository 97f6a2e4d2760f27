"""Values for deictic and anaphoric expressions: weekdays, "yesterday", "last week", "two days ago", clock times.

These are the expressions that mean nothing without a reference day, so each one returns ``None`` as its
value when the publication date is unknown, and says (``anchored=True``) that its value was worked out.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from . import values as V
from .durations import unit_of
from .lexicon import parse_number, weekday_number
from .normalise import DATE, DURATION, TIME, Context, Result, _REL_OFFSET, _part, _weekend, weekday_near
from .tense import FUTURE, PAST

_DEICTIC = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
            "the day after tomorrow": 2}


_APPOSITION = re.compile(r"\s*\(\s*|,\s*")
_AT = re.compile(r",?\s*(?:(?:at|around|about|by|from|until|shortly after|shortly before|just after|just before)\s+)?")


def _day_before(ctx: Context, c, joint: re.Pattern = _APPOSITION) -> date | None:
    """The day of the expression just before this one when only ``joint`` separates them: "yesterday
    (Wednesday)", "this morning (Thursday)", or for a clock time "Wednesday at 10 a.m."."""
    if not ctx.history:
        return None
    _start, end, _type, value, _derived = ctx.history[-1]
    if end <= c.start and joint.fullmatch(ctx.text, end, c.start):
        return V.value_day(value)
    return None


def _with_part(d: date | None, part: str | None, anchored: bool = True) -> Result:
    if d is None:
        return Result(TIME if part else DATE, None)
    return Result(TIME, V.day(d) + part, anchored) if part else Result(DATE, V.day(d), anchored)


def n_weekday(c, ctx):
    m = c.match
    wd = weekday_number(m.group("wd"))
    rel = " ".join((m.group("rel") or "").lower().split())
    part = _part(m.group("part"))
    near = _day_before(ctx, c)
    if near is not None:  # "yesterday (Wednesday)": the same day, or the nearest such day to it
        back, ahead = weekday_near(near, wd, PAST), weekday_near(near, wd, FUTURE)
        return _with_part(back if near - back <= ahead - near else ahead, part)
    if rel in ("the previous", "the following", "that"):
        ref = V.value_day(ctx.reference(c.start, "D"))
        base = ref or ctx.anchor
        if base is None:
            return _with_part(None, part)
        if rel == "that":
            return _with_part(weekday_near(base, wd, ctx.tense(c.start, c.end)), part)
        return _with_part(weekday_near(base, wd, PAST if rel == "the previous" else FUTURE, strict=True), part)
    a = ctx.anchor
    if a is None:
        return _with_part(None, part)
    if rel in ("last", "past", "this past"):
        return _with_part(weekday_near(a, wd, PAST, strict=True), part)
    if rel == "next":
        return _with_part(weekday_near(a, wd, FUTURE, strict=True), part)
    if rel in ("coming", "this coming"):
        return _with_part(weekday_near(a, wd, FUTURE), part)
    tense = ctx.tense(c.start, c.end)
    return _with_part(weekday_near(a, wd, FUTURE if tense == FUTURE else PAST), part)


def n_weekday_set(c, ctx):
    m = c.match
    wd = weekday_number(m.group("wd") or m.group("wds") or m.group("wd2"))
    part = _part(m.group("part") or m.group("parts")) or ""
    return Result("SET", f"XXXX-WXX-{wd}{part}")


def n_deictic(c, ctx):
    m = c.match
    offset = _DEICTIC[" ".join(m.group("deictic").lower().split())]
    part = _part(m.group("part")) or ("TNI" if m.group("deictic").lower() == "tonight" else None)
    if ctx.anchor is None:
        return Result(TIME if part else DATE, None)
    return _with_part(ctx.anchor + timedelta(days=offset), part)


def n_part_of_day(c, ctx):
    m = c.match
    rel = m.group("rel").lower()
    part = _part(m.group("part"))
    if ctx.anchor is None:
        return Result(TIME, None)
    offset = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[rel]
    return Result(TIME, V.day(ctx.anchor + timedelta(days=offset)) + part, True)


def _day_word(ctx, c, word: str | None) -> date | None:
    """"today", "yesterday" or a weekday name inside a longer expression → its day (anchor if absent)."""
    a = ctx.anchor
    if a is None:
        return None
    if not word:
        return a
    w = word.lower()
    if w in _DEICTIC:
        return a + timedelta(days=_DEICTIC[w])
    return weekday_near(a, weekday_number(word), ctx.tense(c.start, c.end))


def n_early_hours(c, ctx):
    d = _day_word(ctx, c, c.match.group("day"))
    return Result(TIME, V.day(d) + "TMO" if d else None, True)


def n_mid_part(c, ctx):
    word = c.match.group("part").lower().replace("-", "").replace(" ", "")
    part = "TNI" if word == "overnight" else {"midmorning": "TMO", "midafternoon": "TAF", "midday": "T12:00"}[word]
    d = _day_word(ctx, c, c.match.group("day"))
    if word == "overnight" and d is not None and not c.match.group("day"):
        d -= timedelta(days=1)  # "overnight" in a day's report: the night that ended that morning
    return Result(TIME, V.day(d) + part if d else None, True)


def n_relative(c, ctx):
    m = c.match
    rel = " ".join(((m.group("the") or "") + " " + m.group("rel")).lower().split())
    unit = m.group("unit").lower()
    # "the next day", "that year": counted from the story's last date, not from the publication date
    anaphoric = rel in ("the same", "that", "same", "the previous", "the following", "following", "the next")
    if unit in ("day", "night", "morning", "afternoon", "evening") and not anaphoric:
        return None  # "this morning", "last night" are the part-of-day rule's; "next day" alone is not a date
    a = ctx.anchor
    if anaphoric:
        offset = {"the previous": -1, "the following": 1, "following": 1, "the next": 1}.get(rel, 0)
        gran = {"day": "D", "night": "D", "morning": "D", "afternoon": "D", "evening": "D", "week": "W",
                "weekend": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "Y", "century": "Y"}[unit]
        ref = ctx.reference(c.start, {"D": "D", "W": "DW", "M": "DM", "Q": "Q", "Y": "DWMQHSY"}[gran])
        base = V.value_start(ref) or a
        if gran == "Q" and ref:
            return Result(DATE, V.shift_value(ref, offset, "Q"), True)
        if base is None:
            return Result(DATE, None)
        if unit in ("night", "morning", "afternoon", "evening"):
            return Result(TIME, V.day(base + timedelta(days=offset)) + _part(unit), True)
        if unit == "weekend":
            return Result(DATE, V.week(base + timedelta(weeks=offset)) + "-WE", True)
        if unit in ("decade", "century"):
            return Result(DATE, V.shift(base, offset, "DE" if unit == "decade" else "CE"), True)
        return Result(DATE, V.shift(base, offset, gran), True)
    if a is None:
        return Result(DATE, None)
    rel = rel.removeprefix("the ")
    offset = _REL_OFFSET.get(rel, 0)
    if unit in ("decade", "century") and offset:  # "the past decade": the last ten years, not the 2010s
        return Result(DURATION, "P10Y" if unit == "decade" else "P100Y")
    if unit == "weekend":
        tense = {"last": PAST, "past": PAST, "this past": PAST, "previous": PAST, "next": FUTURE,
                 "coming": FUTURE, "this coming": FUTURE, "upcoming": FUTURE}.get(rel) or ctx.tense(c.start, c.end)
        return Result(DATE, _weekend(a, tense, 1 if rel == "next" and a.isoweekday() >= 6 else 0), True)
    code = {"week": "W", "month": "M", "year": "Y", "quarter": "Q", "decade": "DE", "century": "CE"}[unit]
    return Result(DATE, V.shift(a, offset, code), True)


def n_the_unit(c, ctx):
    m = c.match
    unit = m.group("unit").lower()
    if unit == "year" and re.match(r"\s+(?:ended|ending|that ended|which ended|to)\b", ctx.text[c.end:]):
        return Result(DURATION, "P1Y")
    if ctx.anchor is None:
        return Result(DATE, None)
    if unit == "weekend":
        # "the weekend" with no tense cue: news mostly reports the one just past
        return Result(DATE, _weekend(ctx.anchor, ctx.tense(c.start, c.end) or PAST), True)
    code = {"week": "W", "month": "M", "year": "Y"}[unit]
    return Result(DATE, V.shift(ctx.anchor, 0, code), True)


def n_ago(c, ctx):
    m = c.match
    direction = m.group("dir").lower()
    letter, mult, clock = unit_of(m.group("unit") or m.group("bare"))
    amount = parse_number(m.group("n")) if m.group("n") else None
    if direction in ("later", "after"):
        return Result(DURATION, V.duration(None if amount is None else amount * mult, letter, clock))
    if amount is None:
        return Result(DATE, "FUTURE_REF" if direction in ("from now", "hence") else "PAST_REF")
    sign = 1 if direction in ("from now", "hence") else -1
    n = int(round(amount * mult)) * sign
    if direction in ("earlier", "before", "previously") or (letter == "Y" and n == -1):
        # told from the story's time line: "a year earlier" said of a quarter is that quarter a year before
        ref = ctx.reference(c.start, "QH" if direction == "ago" else "QHMD", sentences=2)
        if ref and letter in ("Y", "M", "D", "W", "Q"):
            shifted = V.shift_value(ref, n, letter)
            if shifted and (letter != "D" or V.granularity(ref) == "D"):
                return Result(DATE, shifted, True, True)
    a = ctx.anchor
    if a is None:
        return Result(DATE, None)
    if clock:  # "two hours ago": the day of the report
        return Result(DATE, V.day(a), True)
    return Result(DATE, V.shift(a, n, letter), True)


def n_anaphoric(c, ctx):
    m = c.match
    unit, direction = m.group("unit").lower(), m.group("dir").lower()
    n = -1 if direction in ("before", "earlier") else 1
    letter = {"day": "D", "night": "D", "morning": "D", "evening": "D", "week": "W", "month": "M", "year": "Y"}[unit]
    ref = ctx.reference(c.start, "D" if letter == "D" else "DWMQY")
    if ref is None and ctx.anchor is None:
        return Result(DATE, None)
    base = ref or V.day(ctx.anchor)
    shifted = V.shift_value(base, n, letter) if letter != "W" or V.granularity(base) in ("D", "W") else None
    if shifted is None and V.value_day(base):
        shifted = V.shift(V.value_day(base), n, letter)
    if unit in ("night", "morning", "evening") and shifted:
        return Result(TIME, shifted + _part(unit), True)
    return Result(DATE, shifted, True)


def _clock(ctx, c, hour: int, minute: int) -> Result:
    """A clock time on the day named beside it, or the day of the date just before it, or the anchor."""
    m = c.match
    dayref = m.groupdict().get("dayref")
    day = None
    if dayref:
        from . import resolve_span  # the day phrase is itself an expression: resolve it with the rules
        ctx.forced = ctx.tense(c.start, c.end)
        try:
            found = resolve_span(ctx, m.start("dayref"), m.end("dayref"))
        finally:
            ctx.forced = None
        day = V.value_day(found.value) if found else None
        if found and found.value and not day and found.value.startswith("XXXX"):
            return Result(TIME, f"{found.value[:10]}T{hour:02d}:{minute:02d}")
    if day is None:
        day = _day_before(ctx, c, _AT) or ctx.anchor
        if day is None:
            return Result(TIME, None)
    return Result(TIME, f"{V.day(day)}T{hour:02d}:{minute:02d}", True)


def n_time(c, ctx):
    m = c.match
    hour, minute = int(m.group("h")), int(m.group("m") or 0)
    if hour > 12:
        return None
    if m.group("ampm").lower().startswith("p") and hour < 12:
        hour += 12
    elif m.group("ampm").lower().startswith("a") and hour == 12:
        hour = 0
    return _clock(ctx, c, hour, minute)


def n_time_24(c, ctx):
    return _clock(ctx, c, int(c.match.group("h")), int(c.match.group("m")))


n_time_clock = n_time_24


def n_time_noon(c, ctx):
    word = c.match.group("word").lower()
    return _clock(ctx, c, 24 if word == "midnight" else 12, 0)


def n_time_oclock(c, ctx):
    m = c.match
    hour = parse_number(m.group("h"))
    if hour is None or not 0 < hour <= 12:
        return None
    part = (m.group("part") or m.group("part2") or "").lower()
    hour = int(hour) + (12 if part in ("afternoon", "evening", "night") and hour < 12 else 0)
    return _clock(ctx, c, hour, 0)


NORMALISERS = {name[2:]: fn for name, fn in dict(globals()).items() if name.startswith("n_")}
