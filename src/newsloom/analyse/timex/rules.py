"""The recogniser's rules: one regex per kind of temporal expression, HeidelTime style.

Spans follow TimeML (TimeBank) conventions: a governing preposition is left out ("on Friday" → "Friday"),
while determiners, modifiers and approximators belong to the expression ("the third quarter", "early next
year", "the past three years", "nearly two years ago"). Each rule's name is also the name of the normaliser
that turns its match into a value, and each names the trigger words ("families") that every match of it
contains, so that it is only run near them.
"""
from __future__ import annotations

from .lexicon import (HOLIDAY, MONTH, MONTH_AFTER_DAY, NUMBER, NUM_WORD, ONES_RE, ORDINAL_WORD, SEASON, TENS_RE,
                      UNIT, VAGUE_RE, WEEKDAY, WEEKDAY_PLURAL, words)

PLURAL = r"(?:s|es)?"
YEAR = r"(?:1[2-9]\d\d|20\d\d)(?![\d,.]\d)"
DAY_NUM = rf"(?:[0-3]?\d(?:st|nd|rd|th)?(?!\d)|{ORDINAL_WORD})"
APPROX = (r"(?:" + words("about|around|approximately|roughly|some|nearly|almost|close to|more than|less than|fewer "
          "than|at least|at most|up to|no more than|no less than|not more than|as many as|as much as|as long as"
          "|as little as|upwards of|well over|just over|just under|a little over|a little more than|the better"
          " part of") + r"\s+)")
POINT_MOD = (r"(?:(?:(?:the\s+)?(?:very\s+)?" + words("early|earlier|late|later|mid|middle of|end of|beginning of|"
             "start of|turn of|close of") + r"|around|about|sometime)[\s-]+)")
SPOKEN_YEAR = (rf"(?:(?:nineteen|eighteen|seventeen)[- ](?:hundred|oh[- ](?:{ONES_RE})"
               rf"|(?:{TENS_RE})(?:[- ](?:{ONES_RE}))?"
               rf"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
               rf"|two thousand(?:(?: and)? (?:{ONES_RE})|[- ](?:{ONES_RE}))?)")
ANY_YEAR = rf"(?:{YEAR}|{SPOKEN_YEAR})"
DEICTIC = r"(?:today|tonight|yesterday|tomorrow)"
REL = words("this|last|next|past|previous|coming|current|present|this past|this coming|upcoming")
PART = r"(?:morning|afternoon|evening|night)"
TZ = (r"(?:(?-i:[ECMP][SD]?T|GMT|UTC|BST|CES?T|EES?T|MSK|IST|PKT|AFT|AST|JST|HKT|SGT|AEST|AEDT)|local time|"
      r"(?:Eastern|Pacific|Central|Mountain)(?:\s+(?:Standard|Daylight))?(?:\s+time)?)")
MONTH_DAY = rf"{MONTH}\s+{DAY_NUM}(?:,?\s+{YEAR})?|{DAY_NUM}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?"
DAYREF = rf"(?:(?:{MONTH_DAY})|(?:(?:{WEEKDAY})(?:,?\s+(?:{MONTH_DAY}))?)|{DEICTIC})"
QUARTER_ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last)"
VAGUE_NUM = rf"(?:{VAGUE_RE}|(?:the\s+)?(?:last|past|next|first|coming|previous|final)\s+(?:few|several|couple of))"
COUNT = rf"(?:{NUMBER}|{VAGUE_NUM})"
DUR_HEAD = (r"(?:" + words("the|these|those|its|their|his|her|our") + r"\s+)?(?:" + words(
    "past|last|next|first|coming|previous|following|final|latest|remaining|ensuing|initial|subsequent|recent|same|"
    "preceding|prior|succeeding|intervening") + r"\s+)?")
DUR_MID = (r"(?:" + words("more|additional|extra|full|straight|consecutive|trading|business|working|calendar|long|"
                          "short") + r"\s+)*")
CLOCK_APPROX = r"(?:(?:around|about|approximately|shortly after|shortly before|just after|just before|roughly)\s+)"
ON_DAY = rf"(?:,?\s+(?:on\s+)?(?P<dayref>{DAYREF}))"

DIGIT, UNITS, MONTHS, WEEKDAYS, WORDS = ("digit",), ("unit",), ("month",), ("weekday",), ("word", "unit")

#: (name, pattern, priority — lower wins a tie in length —, trigger families)
RULES: list[tuple[str, str, int, tuple[str, ...]]] = [
    # ---- calendar dates
    ("iso", r"\d{4}-[01]\d-[0-3]\d(?:T[0-2]\d:[0-5]\d(?::[0-5]\d)?)?", 0, DIGIT),
    ("numeric", r"[01]?\d/[0-3]?\d/(?:\d{4}|\d{2})(?![/\d])", 1, DIGIT),
    ("month_day", rf"{POINT_MOD}?(?:(?P<rel>last|next|this)\s+)?"
                  rf"(?:(?:(?:this coming|this past|this|next|last)\s+)?(?P<wd>{WEEKDAY}),?\s+(?:the\s+)?)?"
                  rf"(?P<month>{MONTH})\s+(?P<day>{DAY_NUM})(?:,?\s+(?P<year>{ANY_YEAR}))?", 0, MONTHS),
    ("day_month", rf"{POINT_MOD}?(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{DAY_NUM})\s+(?:of\s+)?"
                  rf"(?P<month>{MONTH_AFTER_DAY})(?:,?\s+(?P<year>{ANY_YEAR}))?", 0, MONTHS),
    ("week_of", rf"(?:the\s+)?week\s+of\s+(?P<month>{MONTH})\s+(?P<day>{DAY_NUM})(?:,?\s+(?P<year>{YEAR}))?", 0,
     MONTHS),
    ("month_year", rf"{POINT_MOD}?(?P<month>{MONTH}),?\s+(?:of\s+)?(?P<year>{ANY_YEAR}|'\d\d)", 0, MONTHS),
    ("month_rel", rf"{POINT_MOD}?(?P<month>{MONTH})\s+(?:of\s+)?(?P<rel>this|last|next)\s+year", 0, MONTHS),
    ("month", rf"{POINT_MOD}?(?:(?P<rel>last|next|this|this past|this coming|past|coming|previous)\s+)?"
              rf"(?P<month>{MONTH})", 3, MONTHS),
    ("year", rf"{POINT_MOD}?(?:the\s+(?:year|summer|spring|fall|autumn|winter)\s+(?:of\s+)?)?"
             rf"(?P<fiscal>fiscal(?:\s+year)?\s+|FY\s?)?(?P<year>{YEAR}|{SPOKEN_YEAR})", 4, ("digit", "word")),
    ("year_short", r"(?P<fiscal>fiscal(?:\s+year)?\s+)'(?P<yy>\d\d)", 4, DIGIT),
    ("decade", rf"{POINT_MOD}?(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?P<dec>1[0-9]\d0|20\d0)'?s|'(?P<dd>\d0)'?s"
               r"|(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))", 2,
     ("digit", "word")),
    ("century", rf"(?:the\s+)?(?P<ord>{ORDINAL_WORD}|\d{{1,2}}(?:st|nd|rd|th))[\s-]+century", 2, UNITS),
    ("holiday", rf"(?:(?P<rel>last|next|this)\s+)?(?P<name>{HOLIDAY})(?:\s+(?P<year>{YEAR}))?", 2, WORDS),
    ("season", rf"{POINT_MOD}?(?:(?P<rel>this|last|next|this past|this coming|past|coming|the)\s+)?"
               rf"(?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<year>{ANY_YEAR}))?", 3, WORDS),
    ("year_end", r"(?:(?:around|about)\s+)?(?:year[- ]end|year's end)", 3, WORDS),
    # ---- quarters and reporting periods
    ("quarter", rf"{POINT_MOD}?(?:(?:the|its|their|a|this|that)\s+)?"
                r"(?:(?P<rel>this|last|next|the\s+current|the\s+previous)\s+year's\s+)?"
                rf"(?:(?P<year1>{YEAR})\s+)?(?:fiscal[\s-]+|calendar\s+)?(?P<ord>{QUARTER_ORD})[\s-]+(?:fiscal\s+)?"
                rf"quarter(?:\s+of\s+(?:fiscal\s+|the\s+(?:fiscal\s+)?year\s+)?(?P<year2>{YEAR}))?", 1, UNITS),
    ("quarter_code", rf"(?P<q>Q[1-4])(?:\s+(?P<year>{YEAR}))?|(?P<year2>{YEAR})\s+Q(?P<q2>[1-4])"
                     r"|(?P<q3>[1-4])Q(?P<yy>\d\d)?", 1, DIGIT),
    ("half", rf"(?:the\s+)?(?P<ord>first|second|last|latter)[\s-]+half\s+of\s+"
             rf"(?:(?P<year>{YEAR})|the\s+year|(?P<rel>this|last|next)\s+year)", 2, ("word",)),
    ("quarter_ref", r"(?:the|this|that|its|their)\s+(?:(?P<mod>latest|current|same|comparable|corresponding|recent|"
                    r"most recent|year-earlier|year-ago|year earlier|previous|prior|preceding|just-ended|just ended|"
                    r"latest fiscal|recent fiscal|fiscal)\s+)*(?P<year>\d{4}\s+)?(?:(?P<mod2>year-earlier|year-ago|"
                    r"comparable|corresponding)\s+)?(?:fiscal\s+)?(?P<what>quarter|period|nine months)"
                    r"(?P<last>\s+(?:a year (?:ago|earlier)|last year|of last year|of the previous year))?(?!-)", 2,
     UNITS),
    ("year_ago_adj", r"(?:the\s+)?year[- ](?P<which>earlier|ago)(?:\s+(?P<what>period|quarter"
                     r"|(?:first|second|third|fourth)[\s-]quarter))?", 3, UNITS),
    # ---- days and parts of days
    ("weekday", rf"{POINT_MOD}?(?:(?P<rel>last|next|this|this coming|this past|coming|past|the previous|the following"
                rf"|that)\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<part>{PART}))?", 3, WEEKDAYS),
    ("weekday_set", rf"(?:(?:every|each)\s+(?P<wd>{WEEKDAY})(?:\s+(?P<part>{PART}))?|(?P<wds>{WEEKDAY_PLURAL})|"
                    rf"(?P<wd2>{WEEKDAY})\s+(?P<parts>mornings|afternoons|evenings|nights))", 2, WEEKDAYS),
    ("deictic", rf"{POINT_MOD}?(?P<deictic>{DEICTIC}|the day (?:before|after) (?:yesterday|tomorrow))"
                rf"(?:\s+(?P<part>{PART}))?", 3, WORDS),
    ("part_of_day", rf"{POINT_MOD}?(?:(?:the\s+)?early\s+hours\s+of\s+)?(?P<rel>this|last|yesterday|tomorrow)\s+"
                    rf"(?P<part>{PART})", 2, WORDS),
    ("early_hours", rf"(?:the\s+)?(?:early|small|wee)\s+hours\s+(?:of\s+)?(?P<day>{DEICTIC}|(?:{WEEKDAY}))", 2, UNITS),
    ("mid_part", rf"(?P<part>mid[- ]?(?:morning|afternoon|day)|overnight)(?:\s+(?P<day>{DEICTIC}|(?:{WEEKDAY})))?", 3,
     WORDS),
    # ---- relative to the anchor or to the story
    ("relative", rf"{POINT_MOD}?(?:(?P<the>the)\s+)?(?P<rel>{REL}|the same|the previous|the following|that|same"
                 r"|previous|following|the next)\s+(?P<fiscal>fiscal\s+)?"
                 r"(?P<unit>week|month|year|quarter|weekend|decade|century|day|night|morning|afternoon|evening)(?!-)"
                 r"(?:\s+or\s+so)?", 3, WORDS),
    ("the_unit", rf"(?:{POINT_MOD}|(?:earlier|later|early|late)\s+in\s+)?(?:the\s+)"
                 r"(?P<mod>full\s+|fiscal\s+|calendar\s+|entire\s+|whole\s+)?"
                 r"(?P<unit>year|week|weekend|month)(?![\w-])",
     5, UNITS),
    ("ago", rf"{APPROX}?(?:(?P<n>{COUNT})\s+{DUR_MID}(?P<unit>{UNIT}){PLURAL}|(?P<bare>{UNIT})s)"
            r"(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|before|later|after|from now|hence|back|previously)", 1, UNITS),
    ("anaphoric", r"(?:the\s+)?(?P<unit>day|week|month|year|night|morning|evening)\s+(?P<dir>before|after|earlier"
                  r"|later)(?!\s+(?:the|a|an|his|her|their|its|this|that|[A-Z0-9]))", 2, UNITS),
    ("ref", r"(?P<word>right now|just now|now|currently|current|nowadays|these days|at present|presently|recently|"
            r"more recently|most recently|lately|the past|the near future|the distant future|the future|the near term|"
            r"the short term|the long term|the longer term|the medium term|the time being|a later date|"
            r"future(?:\s+(?:quarters|years|months|periods|generations))?)(?![\w-])", 5, WORDS),
    # ---- durations
    ("duration", rf"{APPROX}?{DUR_HEAD}(?P<n>{COUNT})\s+{DUR_MID}(?P<unit>{UNIT}){PLURAL}"
                 rf"(?:\s+(?:or|to|and)\s+(?:(?P<n2>{COUNT})\s+)?(?P<unit2>{UNIT}){PLURAL})?"
                 r"(?:\s+or\s+(?:so|two|more|longer)|\s+and\s+a\s+half)?", 4, UNITS),
    ("duration_range", rf"{APPROX}?{DUR_HEAD}(?P<n>{NUMBER})\s*(?:to|-|or|and)\s*(?P<n2>{NUMBER})\s+{DUR_MID}"
                       rf"(?P<unit>{UNIT}){PLURAL}", 3, UNITS),
    ("duration_adj", rf"(?:(?P<n>{NUMBER}|{VAGUE_RE}|half|several)-(?P<unit>{UNIT})(?:-long)?"
                     rf"|(?P<unit1>{UNIT})-long)(?!-old|-?\w)", 4, UNITS),
    ("duration_half", rf"{APPROX}?half\s+(?:an?\s+)(?P<unit>{UNIT})", 4, ("word",)),
    ("duration_vague", rf"{APPROX}?(?:(?P<det>the|these|those)\s+)?(?:(?P<mod>past|last|next|coming|recent|previous"
                       r"|first|early|final|closing|ensuing|following|intervening|preceding|last few|past few|next few"
                       rf"|first few|many|long|few)\s+)?(?P<unit>{UNIT})s(?P<long>-long)?(?:\s+(?:or|and)\s+{UNIT}s)?"
                       r"(?P<ahead>\s+ahead|\s+to come)?(?![\w-])", 6, UNITS),
    ("duration_while", r"an?\s+(?:(?:very|fairly|rather|relatively|quite)\s+)?(?:(?:(?:long|short|brief|lengthy"
                       r"|considerable|extended|limited)\s+)(?:while|time|period(?:\s+of\s+time)?)|while)", 5, WORDS),
    # ---- sets
    ("set", rf"(?P<q>every|each|per|a|an)\s+(?P<other>other\s+)?(?:(?P<n>{NUMBER})\s+)?"
            rf"(?P<unit>{UNIT}|{MONTH}|{SEASON}|{PART})(?P<pl>s)?", 3, ("unit", "month", "word")),
    ("set_adverb", r"(?P<adv>daily|weekly|monthly|yearly|hourly|nightly|biweekly|bimonthly|semiannually|"
                   r"semi-annually|fortnightly|every day|every night)", 4, WORDS),
    # ---- clock times
    ("time", rf"{CLOCK_APPROX}?(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>[ap]\.?m\b\.?|(?-i:AM|PM))"
             rf"(?:\s+(?P<tz>{TZ}))?{ON_DAY}?", 0, DIGIT),
    ("time_24", rf"{CLOCK_APPROX}?(?P<h>[01]?\d|2[0-3])[:.]?(?P<m>[0-5]\d)\s*(?:hours?\s+|hrs\s+)?(?P<tz>{TZ})"
                rf"{ON_DAY}?", 1, DIGIT),
    ("time_clock", r"(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:])", 5, DIGIT),
    ("time_noon", rf"{CLOCK_APPROX}?(?P<word>noon|midnight|midday){ON_DAY}?", 2, WORDS),
    ("time_oclock", rf"(?P<h>\d{{1,2}}|{NUM_WORD})(?:\s+o'clock(?:\s+in\s+the\s+(?P<part>{PART}))?"
                    rf"|\s+in\s+the\s+(?P<part2>{PART}))", 2, WORDS),
]
