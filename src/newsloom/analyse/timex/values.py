"""TIMEX3 value strings and the calendar arithmetic behind them.

A value keeps the granularity the text gave it: "last month" is ``2025-09``, not a day in September, and
"a year earlier" said of ``1989-Q3`` is ``1988-Q3``. So shifting works on the parsed value at its own
granularity instead of on a date.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

_VALUE = re.compile(r"(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|Q(?P<q>\d)|H(?P<h>\d)|W(?P<w>\d\d)"
                    r"(?P<we>-WE)?|(?P<s>SP|SU|FA|WI)))?(?P<t>T.*)?$")


def parse_anchor(anchor: str | None) -> date | None:
    """The calendar day of an ISO date or date-time ("2025-10-29", "2025-10-29T08:00+02:00", "20251029")."""
    if not anchor:
        return None
    m = re.match(r"\s*(\d{4})-?(\d\d)-?(\d\d)", str(anchor))
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def day(d: date) -> str:
    return d.isoformat()


def month(year: int, mon: int) -> str:
    year, mon = year + (mon - 1) // 12, (mon - 1) % 12 + 1
    return f"{year:04d}-{mon:02d}"


def week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def quarter_of(d: date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def quarter(year: int, q: int) -> str:
    year, q = year + (q - 1) // 4, (q - 1) % 4 + 1
    return f"{year:04d}-Q{q}"


def season_of(d: date) -> tuple[int, str]:
    """Meteorological season of a day; December counts to the next year's winter."""
    if d.month == 12:
        return d.year + 1, "WI"
    return d.year, ("WI", "WI", "SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA")[d.month - 1]


def add_months(d: date, n: int) -> date:
    y, m = d.year + (d.month - 1 + n) // 12, (d.month - 1 + n) % 12 + 1
    for dd in (d.day, 30, 29, 28):
        try:
            return date(y, m, dd)
        except ValueError:
            continue
    return date(y, m, 28)


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def shift(d: date, n: int, unit: str) -> str | None:
    """The value ``n`` units from day ``d``, at the granularity of the unit ("2 weeks ago" → a week)."""
    try:
        if unit == "D":
            return day(d + timedelta(days=n))
        if unit == "W":
            return week(d + timedelta(weeks=n))
        if unit == "M":
            return month(d.year, d.month + n)
        if unit == "Q":
            y, q = quarter_of(d)
            return quarter(y, q + n)
        if unit == "Y":
            return f"{d.year + n:04d}"
        if unit == "DE":
            return f"{(d.year + 10 * n) // 10:03d}"
        if unit == "CE":
            return f"{(d.year + 100 * n) // 100:02d}"
    except (OverflowError, ValueError):
        return None
    return None


def shift_value(value: str, n: int, unit: str) -> str | None:
    """Move a value by ``n`` units keeping its granularity ("1989-Q3" − 1 year → "1988-Q3")."""
    m = _VALUE.match(value or "")
    if not m:
        return None
    y = int(m.group("y"))
    try:
        if m.group("d"):
            base = date(y, int(m.group("m")), int(m.group("d")))
            if unit == "Y":
                return day(safe_date(y + n, base.month, base.day) or date(y + n, base.month, 28))
            if unit == "M":
                return day(add_months(base, n))
            if unit == "W":
                return day(base + timedelta(weeks=n))
            if unit == "D":
                return day(base + timedelta(days=n))
            return None
        if m.group("m"):
            if unit == "Y":
                return month(y + n, int(m.group("m")))
            if unit == "M":
                return month(y, int(m.group("m")) + n)
            return None
        if m.group("q"):
            if unit == "Y":
                return quarter(y + n, int(m.group("q")))
            if unit == "Q":
                return quarter(y, int(m.group("q")) + n)
            return None
        if m.group("w"):
            monday = date.fromisocalendar(y, int(m.group("w")), 1)
            if unit == "W":
                return week(monday + timedelta(weeks=n)) + (m.group("we") or "")
            if unit == "Y":
                return f"{y + n:04d}-W{m.group('w')}"
            return None
        if m.group("h") and unit == "Y":
            return f"{y + n:04d}-H{m.group('h')}"
        if m.group("s") and unit == "Y":
            return f"{y + n:04d}-{m.group('s')}"
        if not any(m.group(k) for k in ("m", "q", "w", "h", "s")) and unit == "Y":
            return f"{y + n:04d}"
    except (OverflowError, ValueError):
        return None
    return None


def granularity(value: str | None) -> str | None:
    """"D", "W", "M", "Q", "Y" … of a value, or None for references and durations."""
    m = _VALUE.match(value or "")
    if not m:
        return None
    for key, gran in (("d", "D"), ("w", "W"), ("m", "M"), ("q", "Q"), ("h", "H"), ("s", "S")):
        if m.group(key):
            return gran
    return "Y"


def value_day(value: str | None) -> date | None:
    """The day a day-granular value (with or without a time of day) names."""
    m = _VALUE.match(value or "")
    if not m or not m.group("d"):
        return None
    return safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))


def value_start(value: str | None) -> date | None:
    """The first day of the period a date value names (the Monday of a week, the 1st of a month ...)."""
    m = _VALUE.match(value or "")
    if not m:
        return None
    y = int(m.group("y"))
    try:
        if m.group("d"):
            return date(y, int(m.group("m")), int(m.group("d")))
        if m.group("m"):
            return date(y, int(m.group("m")), 1)
        if m.group("w"):
            return date.fromisocalendar(y, int(m.group("w")), 1)
        if m.group("q"):
            return date(y, 3 * int(m.group("q")) - 2, 1)
        if m.group("h"):
            return date(y, 6 * int(m.group("h")) - 5, 1)
        return date(y, 1, 1)
    except ValueError:
        return None


def duration(amount: float | None, unit: str, minutes: bool = False) -> str:
    """TIMEX3 duration: ``P3W``, ``PT24H``, ``P2Y6M`` for 2½ years, ``PXY`` when the amount is vague."""
    time_unit = unit in ("H", "S") or (unit == "M" and minutes)
    prefix = "PT" if time_unit else "P"
    if unit == "WE":
        unit, amount = "D", None if amount is None else amount * 2
    if unit == "Q" and amount is not None and amount != int(amount):
        unit, amount = "M", amount * 3
    if amount is None:
        return f"{prefix}X{unit}"
    whole, frac = int(amount), amount - int(amount)
    if not frac:
        return f"{prefix}{whole}{unit}"
    smaller = {"Y": ("M", 12), "M": ("D", 30) if not time_unit else ("S", 60), "W": ("D", 7),
               "D": ("H", 24), "H": ("M", 60), "S": ("S", 1)}
    sub, factor = smaller.get(unit, (unit, 1))
    rest = round(frac * factor)
    head = f"{whole}{unit}" if whole else ""
    if unit == "D":
        return f"P{head}T{rest}H"
    return f"{prefix}{head}{rest}{sub}"
