"""What the story clusterer knows about one article: weighted words, names and dates, from text alone or
from the analyse stage's output when it exists.

Three kinds of evidence tell "the same event" from "the same kind of event":

* **words** (``terms``): content words, lightly stemmed, and numbers ("5.6", "288", "$200" → ``#200``). They
  say what happened and carry the event's own figures (a magnitude, a death toll, a score);
* **names** (``names``): every word of a named person, organisation, place, facility, event, law or work,
  prefixed ``N:``. They count twice (once as words, once as names) because who and where is what separates
  two events of one kind. From capitalisation (NER's entities only when asked for, see
  :func:`features_from_article`): a capitalised word inside a sentence, or at a sentence start when the same
  word is capitalised inside a sentence elsewhere in the text (so "Police said ..." does not make "Police" a
  name);
* **time**: the publication date (given, or a date line next to the headline) and the calendar days the
  text states ("on March 4, 2025"), resolved by the analyse stage's temporal tagger.

Nothing here depends on other articles: weights that need the corpus (IDF) are applied by the index.
Text from tokenised corpora ("36 - year - old", "5. 9", "company ’ s", "9 / 10 / 10") is joined back first,
so the way a source was tokenised does not look like a difference in content, nor hides a date line.
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Sequence

from spacy.lang.en.stop_words import STOP_WORDS

from ..records import Article, ArticleAnalysis

__all__ = ["StoryFeatures", "features_from_text", "features_from_article", "head_date", "NAME_LABELS"]

#: Entity labels whose words identify an event's participants, places and subject.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "NORP", "PRODUCT", "WORK_OF_ART",
                         "LAW"})
#: Reporting and filler words: they say how something was reported, not what happened.
_EXTRA_STOP = frozenset("""said says say told tells according reported reports report added adds
    statement spokesman spokeswoman spokesperson news update updated posted published comments comment
    photo photos image images video read share follow mr mrs ms dr st""".split())
_STOP = frozenset(w.casefold() for w in STOP_WORDS) | _EXTRA_STOP
#: Capitalised words that are never names on their own.
_NOT_NAMES = frozenset("""i a an the this that these those he she it we they his her its our their my your
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    mr mrs ms dr sir st today yesterday tomorrow update updated posted published""".split())

#: Head nouns of names ("River Tiss", "Defence Minister", "Halvik District Hospital"): a name, but not an
#: actor of its own; two stories that share only "river" or "minister" share no actor.
_GENERIC_NAME_WORDS = frozenset("""river lake sea ocean gulf bay island islands mount mountain valley dam bridge
    road street avenue square park airport port station city town village county district province region
    state states republic kingdom north south east west northern southern eastern western central new
    national international united federal royal government ministry minister president prime secretary
    department office council committee commission parliament assembly congress senate court police army
    force forces navy party union university college school hospital church center centre institute
    agency service services authority company corporation group bank club team league association
    foundation news times post daily herald journal press tv radio world global general chief head
    director governor mayor senator judge king queen prince lord sir""".split())

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,:]\d+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+|\n+")
_AFTER_COLON = re.compile(r":\s+")
_HEAD_LINES = 4


@dataclass(frozen=True, slots=True)
class StoryFeatures:
    """One article as the story index sees it.

    ``terms`` and ``names`` are ``(key, count)`` pairs, sorted; ``published`` the publication day (ISO) or
    ``None``; ``dates`` the calendar days (ISO) the text states; ``actors`` the salient name keys (named in
    the headline or lead, or at least twice), used to tell a follow-up of a story from an unrelated event.
    """

    article_id: str
    terms: tuple[tuple[str, float], ...]
    published: str | None = None
    dates: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    outlet: str | None = None

    @property
    def day(self) -> date | None:
        return date.fromisoformat(self.published[:10]) if self.published else None


# ---------------------------------------------------------------- text normalisation


def detokenise(text: str) -> str:
    """Undo tokeniser spacing: ``5. 9`` → ``5.9``, ``120, 000`` → ``120,000``, ``36 - year - old`` →
    ``36-year-old``, ``company ’ s`` → ``company’s``."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"(\d), (\d{3})\b", r"\1,\2", text)
    text = re.sub(r"(\d)\. (\d)", r"\1.\2", text)
    text = re.sub(r"(\d): (\d{2})\b", r"\1:\2", text)
    text = re.sub(r"(\w) - (?=\w)", r"\1-", text)
    text = re.sub(r"(\w) ([’']) ?(s|t|re|ve|ll|d)\b", r"\1\2\3", text)
    text = re.sub(r"\b(\d{1,2}) ?/ ?(\d{1,2}) ?/ ?(\d{2,4})\b", _numeric_date, text)
    return text


def _numeric_date(match: re.Match) -> str:
    """``9 / 10 / 2010`` → ``9/10/2010``; a two-digit year takes the POSIX ``%y`` pivot (69-99 → 19xx,
    00-68 → 20xx), so ``04 / 28 / 09`` is 2009, not 1909."""
    month, day, year = match.groups()
    if len(year) == 2:
        year = ("19" if int(year) >= 69 else "20") + year
    elif len(year) == 3:
        return match.group()
    return f"{month}/{day}/{year}"


def fold(word: str) -> str:
    """Lower case without accents: ``Amélie`` → ``amelie``."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def stem(word: str) -> str:
    """A light suffix stripper (plural, past, gerund, adverb), enough to match "strikes" with "strike"."""
    if len(word) <= 4:
        return word
    for suffix, keep in (("ies", "y"), ("ied", "y"), ("ing", ""), ("edly", ""), ("ed", ""), ("es", ""),
                         ("ly", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            if suffix == "es" and not word.endswith(("ches", "shes", "sses", "xes", "zes")):
                return word[:-1]
            return word[: len(word) - len(suffix)] + keep
    return word


def _word_key(token: str) -> str | None:
    if token[0].isdigit():
        number = token.replace(",", "").rstrip(".:")
        return "#" + number if number else None
    word = fold(token).replace("’", "'").split("'")[0]
    if len(word) < 2 or word in _STOP:
        return None
    return stem(word)


# ---------------------------------------------------------------- names without an analysis


def _sentence_starts(text: str) -> set[int]:
    """Where sentences, and clauses after a colon ("Cumbria murders: Son had begged ..."), begin."""
    starts = {0}
    for match in _SENTENCE_END.finditer(text):
        starts.add(match.end())
    for match in _AFTER_COLON.finditer(text):
        starts.add(match.end())
    return starts


def _is_headline_like(line: str) -> bool:
    words = [w for w in _WORD.findall(line) if w[0].isalpha()]
    if len(words) < 3:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.6


def heuristic_names(text: str) -> list[tuple[int, int, str]]:
    """Name spans ``(start, end, text)`` found by capitalisation alone (no model).

    A capitalised word inside a sentence is a name word; at a sentence start (or after a colon), in a
    title-cased or all-caps line it counts only if the same word is capitalised inside a sentence elsewhere.
    Consecutive name words form one span ("Hasim Rahman", "Port Ammerl").
    """
    starts = _sentence_starts(text)
    doubtful: set[int] = set()
    offset = 0
    for line in text.split("\n"):
        if _is_headline_like(line) or (line.isupper() and len(line.split()) >= 3):
            doubtful.update(range(offset, offset + len(line) + 1))
        offset += len(line) + 1
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    sure: set[str] = set()
    candidates = []
    for start, end, token in tokens:
        if not token[0].isupper() or fold(token) in _NOT_NAMES:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        at_start = start in starts or not text[line_start:start].strip(" \"“‘'(-–—")
        ambiguous = at_start or start in doubtful
        if not ambiguous and not fold(token) in _STOP:
            sure.add(fold(token))
        candidates.append((start, end, token, ambiguous))
    names = [(s, e, t) for s, e, t, ambiguous in candidates
             if not ambiguous and fold(t) not in _STOP or ambiguous and fold(t) in sure]
    spans: list[tuple[int, int, str]] = []
    for start, end, token in names:
        if spans and 0 < start - spans[-1][1] <= 1 and text[spans[-1][1]:start] == " ":
            s0, _, t0 = spans[-1]
            spans[-1] = (s0, end, t0 + " " + token)
        else:
            spans.append((start, end, token))
    return spans


# ---------------------------------------------------------------- dates


def head_date(text: str) -> str | None:
    """The publication day stated next to the headline: the first complete date in the first few short lines
    ("May 03, 2013", "Posted: Nov 27, 2005 8:20 AM ET", "TALVERNO, March 4, 2025 (Agency) –")."""
    from ..analyse.timex import find_times

    head = []
    for line in text.split("\n")[:_HEAD_LINES]:
        head.append(line[:160])
    head_text = _date_line_forms("\n".join(head))
    for ref in find_times(head_text, None):
        # a date-time ("22:07 GMT, 7 July 2012") gives its date too
        if ref.type in ("DATE", "TIME") and ref.value and re.match(r"\d{4}-\d{2}-\d{2}(?:T|$)", ref.value):
            return ref.value[:10]
    return None


#: A month's name or abbreviation, as date lines print them.
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_CALENDAR_WORD = re.compile(rf"{_MONTH}|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day)?|Wednesday|Saturday")


def _calendar_word(word: str) -> str:
    """``MAY`` → ``May``, ``THURSDAY`` → ``Thursday``; other capitals ("PDT", "AT") stay as they are."""
    title = word.title()
    return title if _CALENDAR_WORD.fullmatch(title) else word


def _date_line_forms(head: str) -> str:
    """Date lines in the forms sites print them, rewritten into ones the temporal tagger reads: capitals
    ("MONDAY, MAY 23, 2005" → "Monday, May 23, 2005"), a stray point after a full month name ("May. 3"),
    a dash before the year ("November 27-2005") and dotted ISO dates ("2012.08.08")."""
    head = re.sub(r"\b[A-Z]{3,}\b", lambda m: _calendar_word(m.group()), head)
    head = re.sub(r"\b(May|June|July)\.", r"\1", head)
    head = re.sub(rf"\b({_MONTH}\.? \d{{1,2}})-((?:19|20)\d\d)\b", r"\1, \2", head)
    return re.sub(r"\b((?:19|20)\d\d)\.(\d\d)\.(\d\d)\b", r"\1-\2-\3", head)


def _stated_days(text: str, anchor: str | None, times: Iterable | None = None) -> tuple[str, ...]:
    if times is None:
        from ..analyse.timex import find_times

        times = find_times(text, anchor)
    days = set()
    for ref in times:
        value = getattr(ref, "value", None)
        if getattr(ref, "type", None) == "DATE" and value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            days.add(value)
    return tuple(sorted(days))


# ---------------------------------------------------------------- features


def features_from_text(article_id: str, text: str, *, published: str | None = None,
                       entities: Sequence[tuple[int, int, str]] | Sequence[tuple[int, int, str, str]] | None = None,
                       times: Iterable | None = None, outlet: str | None = None,
                       resolve_dates: bool = True) -> StoryFeatures:
    """Features of one text.

    ``entities`` are ``(start, end, label)`` or ``(start, end, text, label)`` spans into ``text`` (from spaCy or
    an :class:`~newsloom.records.ArticleAnalysis`); without them names are found by capitalisation.
    ``published`` is an ISO date or date-time; without it a date line at the top of the text is used.
    ``times`` are already resolved :class:`~newsloom.records.TimeRef`\\ s; without them the text's dates are
    resolved here (about 2 ms for 400 words) unless ``resolve_dates`` is false.
    """
    clean = detokenise(text)
    published = published[:10] if published else head_date(clean)
    terms: Counter = Counter()
    for match in _WORD.finditer(clean):
        key = _word_key(match.group())
        if key:
            terms[key] += 1
    if entities is None:
        spans = [(s, e, t) for s, e, t in heuristic_names(clean)]
        source = clean
    else:
        spans = []
        for entity in entities:
            start, end, label = entity[0], entity[1], entity[-1]
            if label in NAME_LABELS:
                spans.append((start, end, text[start:end]))
        source = text
    names: Counter = Counter()
    lead_end = _lead_end(source)
    lead_names: set[str] = set()
    for start, end, span_text in spans:
        words = [fold(w) for w in _WORD.findall(span_text) if w[0].isalpha()]
        words = [w.replace("’", "'").split("'")[0] for w in words]
        words = [w for w in words if len(w) > 1 and w not in _STOP]
        for word in words:
            names["N:" + word] += 1
            if start < lead_end:
                lead_names.add("N:" + word)
    actors = _protagonists(names, lead_names, terms_lower=_lowercase_words(clean))
    weights = {k: 1.0 + math.log(n) for k, n in terms.items()}
    for k, n in names.items():
        weights[k] = 1.0 + math.log(n)
    if times is not None or resolve_dates:
        dates = _stated_days(text, published, times)
    else:
        dates = ()
    return StoryFeatures(article_id=article_id, terms=tuple(sorted(weights.items())), published=published,
                         dates=dates, actors=actors, outlet=outlet)


def _lowercase_words(text: str) -> set[str]:
    """Words the text also writes in lower case ("the river", "the minister"): common nouns, not names."""
    return {fold(w) for w in _WORD.findall(text) if w[0].islower()}


def _protagonists(names: Counter, lead: set[str], terms_lower: set[str], keep: int = 8) -> tuple[str, ...]:
    """The article's salient actors and places, most salient first: name words named in the headline or
    lead, or at least twice, leaving out words the text also uses as common nouns ("River", "Minister")."""
    scored = []
    for key, count in names.items():
        word = key[2:]
        if word in terms_lower or word in _GENERIC_NAME_WORDS:
            continue
        salience = count + (2 if key in lead else 0)
        if salience >= 2:
            scored.append((-salience, key))
    scored.sort()
    return tuple(key for _, key in scored[:keep])


def _lead_end(text: str) -> int:
    """End of the headline and first sentence (where a news report says what happened)."""
    first_line = text.split("\n", 1)[0]
    cut = len(first_line)
    match = _SENTENCE_END.search(text, cut + 1)
    return match.end() if match else len(text)


def features_from_article(article: Article, analysis: ArticleAnalysis | None = None) -> StoryFeatures:
    """Features of a cleaned article, with the resolved times of its analysis when there is one.

    Names come from capitalisation even when the analysis has entities: the heuristic marks the same words in
    every report, while NER's spans vary from one report to the next (in ECB+'s Teixeira reports it takes
    "Teixeira ’ s age" for an organisation and a headline, "Red Sox - Teixeira Rumor", for one name), and
    that variation reads as a difference between reports of one event. On ECB+ threads scored 0.911 with
    capitalisation, 0.898 with NER's names added and 0.854 with NER's alone (``benchmarks/stories.py --ner``)
    when this was decided; since dates divide stories (:mod:`.story_repair`), 0.938 against 0.887."""
    text = article.text
    if article.title and not text.startswith(article.title):
        text = article.title + "\n" + text
    times = analysis.times if analysis is not None and not analysis.skipped else None
    return features_from_text(article.id, text, published=article.published, times=times, outlet=article.outlet)
