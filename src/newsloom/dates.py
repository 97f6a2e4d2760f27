"""Date strings as sources write them → ISO 8601, without inventing what the source did not say.

Readers (JSON fields, feed entries, manifests, HTTP headers) and the cleaner (meta tags, datelines) all meet
dates written in a handful of styles. One pure function turns them into ISO 8601 so records compare and sort:
a date given only to the day stays a date (``2025-10-29``), a time keeps its stated offset, a time with no
zone stays naive, and anything missing (the year, the day) or ambiguous (``03/04/2025``) gives ``None``
rather than a guess.
"""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone
from email.utils import parsedate_to_datetime

__all__ = ["normalise_date", "from_timestamp"]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?" \
         r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
#: Zone abbreviations whose offset is fixed and unambiguous (RFC 822 plus UTC); others are dropped with the time.
_ZONES = {"z": 0, "ut": 0, "utc": 0, "gmt": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5,
          "mst": -7, "mdt": -6, "pst": -8, "pdt": -7}
_TIME = (r"(?:\s*(?:,|\bat\b|-|\|)?\s*T?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?"
         r"\s*(?P<ampm>[ap]\.?m\.?)?\s*(?P<zone>[a-z]{1,5}|[+-]\d{2}:?\d{2}|(?:utc|gmt)\s*[+-]\d{1,2}(?::?\d{2})?)?)?")
_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.I)
_PATTERNS = [
    re.compile(rf"{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}{_TIME}", re.I),           # 29 October 2025
    re.compile(rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}{_TIME}", re.I),                       # Oct 29, 2025
    re.compile(rf"{_YEAR}[/.](?P<mnum>\d{{1,2}})[/.]{_DAY}{_TIME}", re.I),            # 2025/10/29
    re.compile(rf"{_DAY}\.(?P<mnum>\d{{1,2}})\.{_YEAR}{_TIME}", re.I),                # 29.10.2025 (day first)
    re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})" + _TIME, re.I),       # 10/29/2025 if unambiguous
]


def normalise_date(text: str | None) -> str | None:
    """ISO 8601 for a date or date-time string, or ``None`` when it cannot be read without guessing."""
    if text is None:
        return None
    text = " ".join(str(text).split())
    if not text or len(text) > 80:
        return None
    return _iso(text) or _rfc822(text) or _human(text)


def from_timestamp(value: float) -> str | None:
    """A Unix timestamp (seconds, or milliseconds when it is too large for seconds) as UTC ISO 8601."""
    try:
        if value > 1e11:
            value = value / 1000
        return datetime.fromtimestamp(value, tz=timezone.utc).isoformat()
    except (OverflowError, OSError, ValueError):
        return None


def _iso(text: str) -> str | None:
    if not re.match(r"^\d{4}-?\d{2}-?\d{2}(?:$|[T ]\d)", text):
        return None
    candidate = re.sub(r"\s*(?:UTC|GMT|Z)$", "+00:00", text, flags=re.I) if "T" in text or " " in text else text
    candidate = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", candidate)
    try:
        if len(candidate) in (8, 10):
            return date.fromisoformat(candidate).isoformat()
        return datetime.fromisoformat(candidate).isoformat()
    except ValueError:
        return None


def _rfc822(text: str) -> str | None:
    if not re.search(r"\d{1,2}\s+[a-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}", text, re.I):
        return None  # email.utils is lenient enough to "parse" things that are not RFC 822 dates at all
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None and not re.search(r"-0000\s*$", text):
        zone = text.rsplit(None, 1)[-1].lower()
        if zone.isalpha() and zone not in _ZONES:
            return parsed.date().isoformat()  # a zone we cannot place: keep only the day
    return parsed.isoformat()


def _human(text: str) -> str | None:
    text = _WEEKDAY.sub("", text)
    for pattern in _PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            return _assemble(match.groupdict())
    return None


def _assemble(parts: dict[str, str | None]) -> str | None:
    year = int(parts["year"])
    if parts.get("month"):
        month = _MONTHS[parts["month"].lower()[:3]]
        day = int(parts["day"])
    elif parts.get("mnum"):
        month, day = int(parts["mnum"]), int(parts["day"])
    else:
        a, b = int(parts["a"]), int(parts["b"])
        if a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
            month, day = a, b
        elif a == b:
            month = day = a
        else:
            return None  # 03/04/2025: March 4 or 3 April? Not ours to guess.
    try:
        day_value = date(year, month, day)
    except ValueError:
        return None
    if parts.get("hour") is None:
        return day_value.isoformat()
    return _with_time(day_value, parts)


def _with_time(day_value: date, parts: dict[str, str | None]) -> str | None:
    hour, minute = int(parts["hour"]), int(parts["minute"])
    second = int(parts["second"] or 0)
    ampm = (parts.get("ampm") or "").lower().replace(".", "")
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    try:
        moment = time(hour, minute, second)
    except ValueError:
        return None
    zone = (parts.get("zone") or "").strip().lower()
    if not zone:
        return datetime.combine(day_value, moment).isoformat()
    tz = _zone(zone)
    if tz is None:
        return day_value.isoformat()  # a time in an unknown zone would be a guess: keep the day only
    return datetime.combine(day_value, moment, tzinfo=tz).isoformat()


def _zone(zone: str) -> timezone | None:
    if zone in _ZONES:
        return timezone(timedelta(hours=_ZONES[zone]))
    match = re.fullmatch(r"(?:utc|gmt)?\s*([+-])(\d{1,2}):?(\d{2})?", zone)
    if not match:
        return None
    sign = -1 if match.group(1) == "-" else 1
    hours, minutes = int(match.group(2)), int(match.group(3) or 0)
    if hours > 14 or minutes > 59:
        return None
    return timezone(sign * timedelta(hours=hours, minutes=minutes))
