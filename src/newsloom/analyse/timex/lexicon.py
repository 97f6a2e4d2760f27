"""Words of English time talk: months, weekdays, numbers, units, seasons, parts of day, holidays.

Each table pairs the regex alternation the recogniser builds on with the mapping the normaliser reads back,
so a word added here is recognised and normalised at once. Month and weekday names are matched only when
capitalised (``(?-i:...)``): "may", "march" and "sun" are ordinary words in lower case.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
#: Parts of day as TIMEX3 writes them; noon and midnight are clock times.
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
                "tonight": "NI", "noon": "12:00", "midday": "12:00", "midnight": "24:00", "dawn": "MO",
                "dusk": "EV", "daybreak": "MO"}

ONES = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
            "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
            "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
#: Counts too vague for a number: the value gets an ``X`` ("a few days" → ``PXD``).
VAGUE = ("a few", "few", "several", "some", "many", "a couple of", "a number of", "a handful of", "numerous",
         "countless", "a matter of", "a series of")

#: Calendar units → TIMEX3 duration letter and multiplier (a decade is ten years).
UNITS = {"second": ("S", 1), "sec": ("S", 1), "minute": ("M", 1), "min": ("M", 1), "hour": ("H", 1),
         "hr": ("H", 1), "day": ("D", 1), "night": ("D", 1), "week": ("W", 1), "fortnight": ("W", 2),
         "month": ("M", 1), "quarter": ("Q", 1), "year": ("Y", 1), "decade": ("Y", 10),
         "century": ("Y", 100), "centurie": ("Y", 100), "millennium": ("Y", 1000), "millennia": ("Y", 1000),
         "weekend": ("WE", 1)}
TIME_UNITS = {"S", "H"}  # plus minutes, told apart by the unit word since "M" is also months


def _alt(words) -> str:
    """Alternation of literal phrases, written as a trie so the regex engine tries one letter at a time
    instead of every phrase in turn (the tagger spends most of its time at word starts)."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return (body if len(branches) > 1 else "(?:" + body + ")") + "?"
        return body
    return build(root)


def words(phrases: str) -> str:
    """``"about|around|at least"`` → a non-capturing trie alternation of those literal phrases."""
    return "(?:" + _alt(phrases.split("|")) + ")"


def _capitalised(words) -> str:
    """Alternation matching each word only as Title case or UPPER case."""
    forms = {w.capitalize() for w in words} | {w.upper() for w in words}
    return "(?-i:" + _alt(forms) + ")"


MONTH_FULL = _capitalised(w for w in MONTHS if len(w) > 4 or w in ("may", "june", "july"))
MONTH_ABBR = _capitalised(w for w in MONTHS if len(w) <= 4 and w not in ("may", "june", "july"))
#: "October", "Oct.", "Oct", "Sept." — abbreviations take an optional full stop.
MONTH = rf"(?:{MONTH_FULL}|{MONTH_ABBR}(?:\.|(?=\s+\d)))"  # "Jan" alone is more often a name than January
MONTH_AFTER_DAY = rf"(?:{MONTH_FULL}|{MONTH_ABBR}\.?)"  # "29 Oct": after a day number an abbreviation is safe
WEEKDAY = _capitalised(WEEKDAYS) + r"|(?-i:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\."
WEEKDAY_PLURAL = _capitalised(w + "s" for w in WEEKDAYS)
SEASON = _alt(SEASONS)
PART_OF_DAY = "morning|afternoon|evening|night"

ONES_RE = _alt(ONES)
TENS_RE = _alt(TENS)
NUM_WORD = (rf"(?:(?:{TENS_RE})(?:[- ](?:{ONES_RE}))?|{ONES_RE}|an?)"
            rf"(?:[- ](?:hundred|thousand)(?:(?: and)? (?:(?:{TENS_RE})(?:[- ](?:{ONES_RE}))?|{ONES_RE}))?)?")
NUM_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
FRACTION = r"(?:[ -]\d/\d|\s*[½¼¾]| and a half)"
#: A count: "24", "2 1/2", "twenty four", "a hundred", "one and a half".
NUMBER = rf"(?:(?:{NUM_DIGITS}|{NUM_WORD}){FRACTION}?)"
VAGUE_RE = _alt(VAGUE)
ORDINAL_WORD = _alt(ORDINALS) + "|" + rf"(?:{TENS_RE})-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
UNIT = (r"(?:second|sec|minute|min|hour|hr|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie)"
        r"|millenni(?:um|a)|weekend)")


def parse_number(text: str) -> float | None:
    """The value of a count as :data:`NUMBER` matches it, ``None`` for a vague one ("several")."""
    t = text.lower().strip()
    frac = 0.0
    for mark, value in (("½", .5), ("¼", .25), ("¾", .75), (" and a half", .5)):
        if t.endswith(mark):
            t, frac = t[: -len(mark)].strip(), value
    m = re.fullmatch(r"(.*?)[ -](\d)/(\d)", t)
    if m and int(m.group(3)):
        t, frac = m.group(1), int(m.group(2)) / int(m.group(3))
    if re.fullmatch(NUM_DIGITS, t):
        return float(t.replace(",", "")) + frac
    if t in ("a", "an", "one"):
        return 1 + frac
    total, current = 0, 0
    for word in re.split(r"[\s-]+", t):
        if word in ("and", ""):
            continue
        if word in ONES:
            current += ONES[word]
        elif word in TENS:
            current += TENS[word]
        elif word in ("a", "an"):
            current += 1
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "thousand":
            total += (current or 1) * 1000
            current = 0
        else:
            return None
    return total + current + frac


def parse_ordinal(text: str) -> int | None:
    """"19th", "nineteenth", "twenty-first", "19" → the day number."""
    t = text.lower().strip()
    m = re.match(r"(\d+)", t)
    if m:
        return int(m.group(1))
    if t in ORDINALS:
        return ORDINALS[t]
    tens, _, ones = t.partition("-")
    if tens in TENS and ones in ORDINALS:
        return TENS[tens] + ORDINALS[ones]
    return None


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def weekday_number(word: str) -> int:
    w = word.lower().rstrip(".s")
    for name, number in WEEKDAYS.items():
        if name.startswith(w):
            return number
    raise KeyError(word)


def spoken_year(text: str) -> int | None:
    """"nineteen ninety-six" → 1996, "two thousand" → 2000, "two thousand and one" → 2001."""
    words = re.split(r"[\s-]+", text.lower().replace(" and ", " "))
    if words[:2] == ["two", "thousand"]:
        rest = parse_number(" ".join(words[2:])) if words[2:] else 0
        return None if rest is None else 2000 + int(rest)
    if words[0] in ONES and len(words) > 1:
        head = ONES[words[0]]
        if words[1] == "hundred":
            return head * 100
        if words[1] == "oh" and len(words) == 3 and words[2] in ONES:
            return head * 100 + ONES[words[2]]
        rest = parse_number(" ".join(words[1:]))
        if rest is not None and 10 <= rest < 100:
            return head * 100 + int(rest)
    return None


# ---------------------------------------------------------------- holidays

def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th ``weekday`` (1 = Monday) of a month; n = -1 for the last one."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def _easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


HOLIDAYS = {
    "christmas day": lambda y: date(y, 12, 25), "christmas eve": lambda y: date(y, 12, 24),
    "christmas": lambda y: date(y, 12, 25), "new year's day": lambda y: date(y, 1, 1),
    "new year's eve": lambda y: date(y, 12, 31), "independence day": lambda y: date(y, 7, 4),
    "fourth of july": lambda y: date(y, 7, 4), "valentine's day": lambda y: date(y, 2, 14),
    "halloween": lambda y: date(y, 10, 31), "thanksgiving day": lambda y: _nth_weekday(y, 11, 4, 4),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 4, 4), "labor day": lambda y: _nth_weekday(y, 9, 1, 1),
    "memorial day": lambda y: _nth_weekday(y, 5, 1, -1),
    "election day": lambda y: _nth_weekday(y, 11, 1, 1) + timedelta(days=1),
    "easter sunday": _easter, "easter": _easter, "good friday": lambda y: _easter(y) - timedelta(days=2),
    "boxing day": lambda y: date(y, 12, 26), "may day": lambda y: date(y, 5, 1),
}
HOLIDAY = "(?-i:" + _alt({h.title().replace("'S", "'s").replace("Of", "of") for h in HOLIDAYS}) + ")"
