"""Values for lengths of time, repetitions and the vague past/present/future.

None of these needs the publication date: "three weeks" is ``P3W`` whenever it was written, "weekly" is
``P1W`` and "recently" is ``PAST_REF``, so they keep their values in an undated article.
"""
from __future__ import annotations

from . import values as V
from .lexicon import MONTHS, PARTS_OF_DAY, SEASONS, UNITS, parse_number
from .normalise import DURATION, Result
from .tense import FUTURE

SET = "SET"
_REFS = {"now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PRESENT_REF", "currently": "PRESENT_REF",
         "current": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
         "at present": "PRESENT_REF", "presently": "PRESENT_REF", "the time being": "PRESENT_REF",
         "recently": "PAST_REF", "more recently": "PAST_REF", "most recently": "PAST_REF", "lately": "PAST_REF",
         "the past": "PAST_REF"}  # everything else the "ref" rule matches lies ahead: FUTURE_REF
_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "hourly": "PT1H", "nightly": "P1D",
            "biweekly": "P2W", "bimonthly": "P2M", "semiannually": "P6M", "semi-annually": "P6M",
            "fortnightly": "P2W", "every day": "P1D", "every night": "P1D"}


def unit_of(word: str) -> tuple[str, int, bool]:
    """Unit word → (TIMEX3 letter, multiplier, is a clock unit)."""
    w = word.lower()
    if w.endswith("ies"):
        w = w[:-3] + "y"
    elif w.endswith("s") and w not in ("millennia",):
        w = w[:-1]
    letter, mult = UNITS.get(w, ("D", 1))
    return letter, mult, letter in ("H", "S") or w in ("minute", "min")


def _value(amount: float | None, word: str) -> str:
    letter, mult, clock = unit_of(word)
    if amount is None and mult in (10, 100, 1000):
        return {10: "PXDE", 100: "PXCE", 1000: "PXML"}[mult]
    return V.duration(None if amount is None else amount * mult, letter, clock)


def _amount(text: str | None) -> float | None:
    if not text:
        return None
    t = text.lower().split()
    if t and t[-1] == "of" and "couple" in t:
        return 2.0
    return parse_number(text)


def n_duration(c, ctx):
    m = c.match
    amount = _amount(m.group("n"))
    if amount is not None and amount > 10000:
        return None
    if m.group().lower().rstrip().endswith("and a half") and amount is not None:
        amount += 0.5
    if m.group("unit2") and amount is not None and m.group("n2") is None and m.group("unit2") != m.group("unit"):
        amount = None  # "weeks or months", "two days or weeks": as vague as the text
    return _in_future(c, ctx, amount) or Result(DURATION, _value(amount, m.group("unit")))


def _in_future(c, ctx, amount: float | None) -> Result | None:
    """"will be redeemed in five years": a point that far ahead of the anchor, not a length of time."""
    m = c.match
    if amount is None or amount != int(amount) or ctx.anchor is None or m.start("n") != m.start() \
            or m.group("unit2") or ctx.text[max(0, c.start - 3):c.start].lower() != "in ":
        return None
    letter, mult, clock = unit_of(m.group("unit"))
    if clock or letter not in ("Y", "M", "W", "D") or ctx.tense(c.start, c.end) != FUTURE:
        return None
    return Result("DATE", V.shift(ctx.anchor, int(amount) * mult, letter), True)


def n_duration_range(c, ctx):
    m = c.match
    return Result(DURATION, _value(parse_number(m.group("n")), m.group("unit")))


def n_duration_adj(c, ctx):
    m = c.match
    if m.group("unit1"):  # "week-long", "day-long"
        return Result(DURATION, _value(1, m.group("unit1")))
    word = m.group("n").lower()
    amount = 0.5 if word == "half" else parse_number(m.group("n"))
    return Result(DURATION, _value(amount, m.group("unit")))


def n_duration_half(c, ctx):
    return Result(DURATION, _value(0.5, c.match.group("unit")))


def n_duration_vague(c, ctx):
    return Result(DURATION, _value(None, c.match.group("unit")))


def n_duration_while(c, ctx):
    return Result(DURATION, "PXX")  # "a while", "a long time": a length the text leaves open


def n_set(c, ctx):
    m = c.match
    unit = m.group("unit")
    key = unit.lower().rstrip(".")
    if key in MONTHS and unit[0].isupper():
        return Result(SET, f"XXXX-{MONTHS[key]:02d}")
    if key in SEASONS:
        return Result(SET, f"XXXX-{SEASONS[key]}")
    if key in PARTS_OF_DAY:
        return Result(SET, f"XXXX-XX-XXT{PARTS_OF_DAY[key]}")
    if key == "weekend":
        return Result(SET, "XXXX-WXX-WE")
    amount = parse_number(m.group("n")) if m.group("n") else 1
    if m.group("other"):
        amount = 2
    if amount is None:
        return None
    return Result(SET, _value(amount, unit))


def n_set_adverb(c, ctx):
    value = _ADVERBS.get(c.match.group("adv").lower())
    return Result(SET, value) if value else None


def n_ref(c, ctx):
    word = " ".join(c.match.group("word").lower().split())
    return Result("DATE", _REFS.get(word, "FUTURE_REF"))


NORMALISERS = {name[2:]: fn for name, fn in dict(globals()).items() if name.startswith("n_")}
