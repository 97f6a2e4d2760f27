"""Candidate spans: every rule of :mod:`.rules` run near its trigger words, vetoes, longest match wins.

Running forty regexes over every character of an article is what costs time, so one pass finds the trigger
words (digits, unit words, month and weekday names, a few dozen others) and each rule only scans the
stretches of text around its own triggers. Then rule-specific vetoes drop readings that are usually not
times ("May" the verb, "1990" the count, "a second round"), and overlapping matches are settled in favour of
the longest.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import MONTH_AFTER_DAY, words
from .rules import RULES


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    rule: str
    match: re.Match


B = r"(?<![\w$£€#@/.])"  # not inside a word, a sum of money or a path
E = r"(?![\w])"
_COMPILED = [(name, re.compile(B + "(?:" + pattern + ")" + E, re.I), prio) for name, pattern, prio, _ in RULES]
_RULE_TRIGGERS = {name: families for name, _, _, families in RULES}
_PRE_WORD = re.compile(r"(\w+)\W*$")
_MAY_OK = {"the", "in", "of", "since", "until", "till", "by", "from", "through", "early", "late", "mid", "last", "next",
           "this", "during", "before", "after", "between", "and", "or", "to", "each", "every", "on", "for", "end"}
_SEASON_OK = _MAY_OK | {"past", "coming", "spring", "summer", "winter", "autumn", "over", "throughout"}
_COUNT_NOUN = re.compile(r"\s*(?:%|-\d{3}|x\d|(?:percent|per\s*cent|points?|shares?|people|persons|troops|soldiers|"
                         r"employees|workers|jobs|units|cars|vehicles|tons|tonnes|barrels|feet|ft|miles|km|kilometers|"
                         r"meters|metres|acres|yards|pounds|dollars|yen|marks|francs|rubles|members|votes|seats|homes|"
                         r"houses|deaths|cases|refugees|students|children|years?|months?|days?|hours?)\b)", re.I)
_NOT_A_COUNT = {"was", "has", "is", "this", "its", "for", "years", "months", "days", "weeks"}
_NUMBER_NOUN = {"no", "number", "nos", "flight", "room", "route", "page", "pp", "model", "code", "item", "resolution",
                "bill", "article", "chapter", "section", "channel", "highway", "interstate", "suite", "box", "unit",
                "serial", "version", "boeing", "airbus", "mig", "su", "tu", "f"}


_COUNT_BEFORE = re.compile(r"(?:\d|%|percent|cents?|dollars?|times|once|twice|million|billion|[a-z]{3,}s)\W*$", re.I)
_CLAUSE_END = re.compile(r"\s*(?:[.,;:)!?]|$)")


def _bare_month_not_a_name(text, m, prev):
    """"May" and "March" alone are a verb and a noun as often as months: they need a preposition before."""
    return m.group() == m.group("month") and m.group("month").lower() in ("may", "march") and prev not in _MAY_OK


def _year_is_a_number(text, m, prev):
    """"1990 people", "No. 1990", "2082.1", "1-1990": a count, code or measure, not a year."""
    if m.group("fiscal") or m.group() != m.group("year"):
        return False
    year = m.group("year")
    if year.isdigit():
        return (m.start() > 0 and text[m.start() - 1] in "-+:") or bool(_COUNT_NOUN.match(text, m.end())) \
            or prev in _NUMBER_NOUN
    return prev not in ("in", "by", "until", "since", "of", "the", "from", "to", "before", "after") \
        and not year.lower().startswith(("nineteen", "eighteen", "seventeen"))


def _season_is_a_verb(text, m, prev):
    """"prices fall", "the fall of Kabul": a season needs a determiner, a year or a preposition."""
    season = m.group("season").lower()
    if m.group("year"):
        return False
    if not m.group("rel"):
        return prev not in _SEASON_OK or season == "fall"
    if m.group("rel").lower() == "the" and season == "fall":
        return prev not in ("in", "during", "by", "until", "this", "through", "over") \
            or text[m.end():m.end() + 4].lower() in (" of ", " in ")
    return False


def _rate(text, m, prev):
    """"$2 million a year", "15 million instructions per second": a rate, which TimeBank leaves unmarked."""
    if not re.fullmatch(r"(?:an?|per)\s+\w+", m.group(), re.I):
        return False
    return bool(_COUNT_BEFORE.search(text, max(0, m.start() - 25), m.start())) and prev not in _NOT_A_COUNT


def _bad_set(text, m, prev):
    q = m.group("q").lower()
    if q in ("a", "an"):
        return True  # "a year" as a set only follows an amount, and those are rates (above)
    return q == "per" and (m.group("pl") or m.group("other") or m.group("n")
                           or m.group("unit").lower() not in ("year", "month", "week", "day", "hour", "minute",
                                                               "night", "quarter", "second"))


def _fraction(text, m, prev):
    """"a quarter of", "three-quarters": a fraction, not three months."""
    return m.group("unit").lower() == "quarter" and re.match(r"-|\s+of\b", text[m.end():]) is not None \
        and (m.group("n") or "a").lower() in ("a", "an", "one", "three", "two")


_TITLE_WORD = re.compile(r"\s+(?:Times|Telegraph|Mail|Express|Herald|Tribune|Post|Mirror|Independent|Star|Sport|"
                         r"Observer|Night Live|Morning Herald|Agreement|Accords?|Island|Offensive|Uprising)\b")


def _part_of_a_name(text, m, prev):
    """"the Sunday Times", "the Good Friday Agreement", "Easter Island": a day's name inside a title."""
    return _TITLE_WORD.match(text, m.end()) is not None


_VETOES = {
    "weekday": (_part_of_a_name,),
    "holiday": (_part_of_a_name,),
    "month": (_bare_month_not_a_name,),
    "year": (_year_is_a_number,),
    "season": (_season_is_a_verb,),
    "set": (_bad_set, _rate, _fraction),
    "ref": (lambda text, m, prev: m.group("word").lower() == "future" and prev not in ("in", "for", "near", "all")
            and not re.match(r"\s+(?:quarters|years|months|periods)", text[m.end():]),
            lambda text, m, prev: m.group("word").lower() == "current"
            and re.match(r"\s+accounts?\b", text[m.end():], re.I) is not None),
    "duration_vague": (lambda text, m, prev: not (m.group("det") or m.group("mod") or m.group("long")
                                                  or m.group("ahead"))
                       and prev in ("many", "few", "several", "those", "these", "the"),
                       lambda text, m, prev: m.group("unit").lower() == "quarter" and not m.group("mod")),
    "ago": (lambda text, m, prev: m.group("dir").lower() in ("before", "after")
            and not _CLAUSE_END.match(text, m.end()),),  # "two days before the vote": the vote is the anchor
    "duration": (lambda text, m, prev: re.fullmatch(r"(?:an?|one)\s+sec(?:ond)?", m.group(), re.I) is not None,
                 _rate, _fraction),  # "a second round" is an ordinal
    "the_unit": (lambda text, m, prev: m.group("unit").lower() in ("week", "weekend", "month") and m.group("mod"),),
    "time": (lambda text, m, prev: text[m.end():m.end() + 1].isdigit(),),
    "time_24": (lambda text, m, prev: text[m.end():m.end() + 1].isdigit(),),
    "time_clock": (lambda text, m, prev: prev not in ("at", "by", "until", "around", "about", "before", "after",
                                                       "from", "till"),),
    "time_oclock": (lambda text, m, prev: "o'clock" not in m.group().lower()
                    and prev not in ("at", "until", "by", "around", "about"),),
}
_AGED = re.compile(r"\s+old\b")  # "52 years old", "a 10-year-old": an age, never annotated as a duration
for _rule in ("duration", "duration_range", "duration_adj", "duration_vague"):
    _VETOES[_rule] = _VETOES.get(_rule, ()) + (lambda text, m, prev: _AGED.match(text, m.end()) is not None,)


def _accept(text: str, rule: str, m: re.Match) -> bool:
    """False when one of the rule's vetoes finds the match is usually not a time."""
    vetoes = _VETOES.get(rule)
    if not vetoes:
        return True
    before = _PRE_WORD.search(text, max(0, m.start() - 25), m.start())
    prev = before.group(1).lower() if before else ""
    return not any(veto(text, m, prev) for veto in vetoes)


#: Trigger words by family; every match of a rule contains a word of one of its families.
_FAMILIES = {
    "digit": r"\d+",
    "unit": r"(?i:\b(?:" + words("second|sec|minute|min|hour|hr|day|night|week|weekend|fortnight|month|quarter|year|"
                                  "decade|century|centurie|millennium|millennia|period") + r")s?\b)",
    "month": MONTH_AFTER_DAY,
    "weekday": r"(?-i:Mon|Tue|Wed|Thu|Fri|Sat|Sun|MON|TUE|WED|THU|FRI|SAT|SUN)",
    "word": r"(?i:\b" + words("today|tonight|yesterday|tomorrow|now|current|recent|present|past|future|term|run|being|"
                              "later|lately|these days|spring|summer|fall|autumn|winter|morning|afternoon|evening|"
                              "night|noon|midnight|midday|overnight|o'clock|mid|daily|weekly|monthly|yearly|annually|"
                              "hourly|nightly|biweekly|bimonthly|semi|fortnightly|every|each|nineteen|eighteen|"
                              "seventeen|thousand|twenties|thirties|forties|fifties|sixties|seventies|eighties|"
                              "nineties|half|while|time|christmas|new year|independence|fourth|valentine|halloween|"
                              "thanksgiving|labor|memorial|election|easter|good friday|boxing|may day") + r"|'\d)",
}
_TRIGGER = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _FAMILIES.items()))
_BEFORE, _AFTER = 70, 90  # how far an expression reaches either side of its trigger word


def _triggers(text: str) -> dict[str, list[tuple[int, int]]]:
    """Stretches of ``text`` around each family's trigger words, cut at white space and merged."""
    spans: dict[str, list[tuple[int, int]]] = {name: [] for name in _FAMILIES}
    for m in _TRIGGER.finditer(text):
        back = max(0, m.start() - _BEFORE)
        start = max(text.rfind(" ", 0, back), text.rfind("\n", 0, back), 0)
        end = m.end() + _AFTER
        cut = [i for i in (text.find(" ", end), text.find("\n", end)) if i >= 0]
        spans[m.lastgroup].append((start, min(cut) if cut else len(text)))
    return spans


def _windows(spans: dict, families: tuple[str, ...], cache: dict) -> list[tuple[int, int]]:
    if families not in cache:
        merged: list[list[int]] = []
        for s, e in sorted(x for family in families for x in spans[family]):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        cache[families] = merged
    return cache[families]


def _span(name: str, m: re.Match) -> tuple[int, int]:
    """TimeBank's extent for a match where it is narrower than what the rule had to read to be sure."""
    start, end = m.start(), m.end()
    if name == "quarter":  # "a third-quarter loss", "its fourth quarter": the determiner stays outside
        det = re.match(r"(?:(its|their|a|this|that)|the)\s+", m.group(), re.I)
        if det and (det.group(1) or "-quarter" in m.group().lower()):
            start += det.end()
    elif name == "year_ago_adj" and not m.group("what") and m.group().lower().startswith("the "):
        start += 4
    elif name == "ago" and m.group("dir").lower() in ("later", "after"):
        end = m.start("dir")  # "[three days] later": a duration, the adverb outside
        while end > start and m.string[end - 1].isspace():
            end -= 1
    return start, end


def candidates(text: str) -> list[Candidate]:
    """All rule matches, then the longest non-overlapping ones (ties go to the rule listed with lower priority)."""
    found = []
    cache: dict = {}
    spans = _triggers(text)
    for name, regex, prio in _COMPILED:
        for s, e in _windows(spans, _RULE_TRIGGERS[name], cache):
            for m in regex.finditer(text, s, e):
                if m.end() > m.start() and _accept(text, name, m):
                    start, end = _span(name, m)
                    found.append((-(end - start), prio, start, end, name, m))
    found.sort(key=lambda f: f[:3])
    taken: list[tuple[int, int]] = []
    chosen = []
    for _, _, start, end, name, m in found:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        chosen.append(Candidate(start, end, name, m))
    chosen.sort(key=lambda c: c.start)
    return chosen
