"""From attributions to quotes: content widened to whole quotations, trimmed of stray punctuation, split
quotations joined ("A," he said. "B."), quotations introduced by a colon tied to the clause before it, and
each quote's kind read from how much of its content stands inside quote marks.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .cues import Attribution, attribution_at, subject
from .view import View

_TRIM = set(",.;:—–-()[]") | {"--"}
_MIN_QUOTE_WORDS = 4  # a quotation shorter than this is a title or a scare quote, never a quote by itself


@dataclass
class Draft:
    """A quote before its speaker is resolved: content as token ranges, kind, cue and speaker tokens."""

    content: list[tuple[int, int]]
    kind: str
    cue: tuple[int, int] | None
    speaker: int | None
    how: str
    clause: tuple[int, int]


def _region_words(view: View, number: int) -> int:
    return view.words_in(*view.region_tokens[number])


def _is_title(view: View, number: int) -> bool:
    cache = view.__dict__.setdefault("_titles", {})
    if number not in cache:
        cache[number] = _title(view, number)
    return cache[number]


def _title(view: View, number: int) -> bool:
    """A quotation that names something ("The Dawn", “American Skin”) rather than quoting words: every word
    capitalised, and not at the head of a sentence, where any quotation starts with a capital."""
    region = view.regions[number]
    ra = view.region_tokens[number][0]
    if ra == view.sentence(ra)[0] or _last_char(view.text, region.start) in ":\n":
        return False
    words = [w for w in view.text[region.start:region.end].split() if any(c.isalpha() for c in w)]
    return bool(words) and len(words) <= 6 and all(
        w.strip(_MARKS + ",.").lower() in _SMALL or w.strip(_MARKS)[:1].isupper() for w in words)


_MARKS = "“”\"'‘’«»"
_SMALL = frozenset({"a", "an", "the", "of", "and", "in", "on", "for", "to", "at", "by", "with", "or"})


def _last_char(text: str, at: int) -> str:
    """The last character before ``at`` that is not a space or tab ("\n" counts; "" at the start)."""
    k = at - 1
    while k >= 0 and text[k] in " \t\xa0":
        k -= 1
    return text[k] if k >= 0 else "\n"


def _widen(view: View, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Content ranges widened to every quotation they reach into, sorted and merged where only punctuation
    separates them."""
    out = []
    for a, b in ranges:
        numbers = {int(x) for x in view.region_of[a:b] if x >= 0}
        for number in numbers:
            ra, rb = view.region_tokens[number]
            a, b = min(a, ra), max(b, rb)
        out.append((a, b))
    out.sort()
    merged: list[tuple[int, int]] = []
    for a, b in out:
        if merged and (a <= merged[-1][1] or view.between_is_blank(int(view.end[merged[-1][1] - 1]),
                                                                   int(view.start[a]))):
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _trim(view: View, a: int, b: int) -> tuple[int, int]:
    """Leading and trailing punctuation and spaces (not quote marks) off a content range."""
    text, start, end = view.text, view.start, view.end
    while a < b and view.region_of[a] < 0 and (text[start[a]:end[a]] in _TRIM or not view.is_word[a] and
                                                text[start[a]:end[a]].isspace()):
        a += 1
    while b > a and view.region_of[b - 1] < 0 and (text[start[b - 1]:end[b - 1]] in _TRIM or
                                                    text[start[b - 1]:end[b - 1]].isspace()):
        b -= 1
    return a, b


def _in_paragraph(view: View, ranges: list[tuple[int, int]], paragraph: int) -> list[tuple[int, int]]:
    """Content cut to the cue's paragraph (a quotation running on from it excepted): a parse that runs a
    sentence over a paragraph break must not carry the next paragraph into the quote."""
    out = []
    for a, b in ranges:
        ok = [i for i in (a, b - 1) if view.para_of[i] == paragraph or (
            view.region_of[i] >= 0 and view.para_of[view.region_tokens[int(view.region_of[i])][0]] == paragraph)]
        if len(ok) == 2:
            out.append((a, b))
            continue
        keep = [i for i in range(a, b) if view.para_of[i] == paragraph or (
            view.region_of[i] >= 0 and view.para_of[view.region_tokens[int(view.region_of[i])][0]] == paragraph)]
        if keep:
            out.append((keep[0], keep[-1] + 1))
    return out


def _kind(view: View, ranges: list[tuple[int, int]]) -> str:
    words = quoted = 0
    for a, b in ranges:
        for word, number in zip(view.is_word[a:b].tolist(), view.region_of[a:b].tolist()):
            if word:
                words += 1
                if number >= 0 and not _is_title(view, number):
                    quoted += 1
    if not quoted:
        return "indirect"
    return "direct" if quoted == words else "mixed"


def _direct_spans(view: View, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """For content wholly quoted: exactly the quotations (marks included), one range each."""
    numbers = sorted({int(x) for a, b in ranges for x in view.region_of[a:b] if x >= 0})
    return [view.region_tokens[n] for n in numbers]


def build(view: View) -> list[Draft]:
    found = [att for att in (attribution_at(view, i) for i in view.cues) if att is not None]
    drafts: list[Draft] = []
    for att in found:
        ranges = _widen(view, att.content)
        if att.how != "colon":
            ranges = _in_paragraph(view, ranges, int(view.para_of[att.cue[0]]))
        ranges = [_trim(view, a, b) for a, b in ranges]
        ranges = [(a, b) for a, b in ranges if b > a and view.words_in(a, b)]
        if not ranges:
            continue
        kind = _kind(view, ranges)
        if kind == "direct":
            ranges = _direct_spans(view, ranges)
        drafts.append(Draft(ranges, kind, att.cue, att.speaker, att.how, att.clause))
    drafts = _dedupe(view, drafts)
    drafts = _outermost(drafts)
    _join_continuations(view, drafts)
    drafts += _colon_leads(view, drafts)
    drafts += _signed(view, drafts)
    drafts.sort(key=lambda d: d.content[0][0])
    return drafts


def _outermost(drafts: list[Draft]) -> list[Draft]:
    """Attributions nested in another's content ("X said Y believes Z") are part of what X said, not a
    separate statement of Y's."""
    spans = sorted((a, b, n) for n, d in enumerate(drafts) for a, b in d.content)
    starts = [a for a, _, _ in spans]
    # the two largest ends among spans starting at or before each point, from different drafts
    best: list[tuple[tuple[int, int], tuple[int, int]]] = []
    top = ((-1, -1), (-1, -1))
    for a, b, n in spans:
        first, second = top
        if n == first[1]:
            first = max(first, (b, n))
        elif b > first[0]:
            first, second = (b, n), first
        elif b > second[0]:
            second = (b, n)
        top = (first, second)
        best.append(top)
    out = []
    for n, d in enumerate(drafts):
        if d.cue is not None and d.how != "according":
            lo = min(d.cue[0], d.content[0][0])
            hi = max(d.cue[0] + 1, d.content[-1][1])
            k = bisect.bisect_right(starts, lo) - 1
            if k >= 0:
                first, second = best[k]
                end = first[0] if first[1] != n else second[0]
                if end >= hi and _nested(drafts, n):
                    continue
        out.append(d)
    return out


def _nested(drafts: list[Draft], n: int) -> bool:
    d = drafts[n]
    return any(o is not d and any(a <= d.cue[0] < b and a <= d.content[0][0] and d.content[-1][1] <= b
                                  for a, b in o.content) for o in drafts)


def _claimed(drafts: list[Draft]) -> set[int]:
    return {i for d in drafts for a, b in d.content for i in range(a, b)}


def _dedupe(view: View, drafts: list[Draft]) -> list[Draft]:
    """One quote per content: when two cues claim the same quotation, the one nearest to it keeps it."""
    drafts.sort(key=lambda d: (d.content[0][0], -(d.content[-1][1] - d.content[0][0])))
    out: list[Draft] = []
    longest = 0
    for d in drafts:
        a, b = d.content[0][0], d.content[-1][1]
        longest = max(longest, b - a)
        clash = None
        for o in out:
            oa, ob = o.content[0][0], o.content[-1][1]
            if oa < a - longest or ob <= a:
                continue  # cannot overlap this much
            inter = min(b, ob) - max(a, oa)
            if inter > 0 and inter >= 0.8 * max(b - a, ob - oa):
                clash = o
                break
        if clash is None:
            out.append(d)
            continue
        if _inside(clash.cue, d) or (not _inside(d.cue, clash) and (
                _distance(d) < _distance(clash) or (clash.speaker is None and d.speaker is not None))):
            out[out.index(clash)] = d  # the outer attribution wins over one nested in its content
    return out


def _inside(cue: tuple[int, int] | None, d: Draft) -> bool:
    return cue is not None and any(a <= cue[0] < b for a, b in d.content)


def _distance(d: Draft) -> int:
    if d.cue is None:
        return 10 ** 6
    c = d.cue[0]
    return min(abs(c - a) if c < a else abs(c - b) if c >= b else 0 for a, b in d.content)


def _join_continuations(view: View, drafts: list[Draft]) -> None:
    """A quotation left unclaimed right after a quote by the same speaker in its paragraph continues it:
    "A," he said. "B." → one quote in two spans."""
    claimed = _claimed(drafts)
    by_end = sorted(drafts, key=lambda d: d.content[-1][1])
    for number, (ra, rb) in enumerate(view.region_tokens):
        if ra in claimed or _region_words(view, number) < 2 or _is_title(view, number):
            continue
        previous = [d for d in by_end if d.content[-1][1] <= ra
                    and view.para_of[d.content[-1][1] - 1] >= view.para_of[ra] - 1]
        if not previous:
            continue
        d = previous[-1]
        if d.kind == "indirect" and (view.para_of[d.content[-1][1] - 1] != view.para_of[ra] or
                                     view.sentence(ra)[0] != ra or view.sentence(rb - 1)[1] > rb + 1):
            continue  # after reported speech, only a whole quoted sentence in the same paragraph goes on
        if view.para_of[d.content[-1][1] - 1] != view.para_of[ra]:
            # a paragraph that is only a quotation, right after the speaker's last one: the speaker goes on
            if not _only_quote(view, number) or _capitalised(view, number) or not _ends_sentence(view, number) \
                    or any(view.para_of[x.cue[0]] == view.para_of[ra] for x in drafts if x.cue is not None):
                continue
            d.content.append((ra, rb))
            claimed.update(range(ra, rb))
            continue
        gap_a = d.content[-1][1]
        lo, hi = d.clause
        between = [i for i in range(gap_a, ra) if not (lo <= i < hi)]
        if d.cue is not None:
            tok = view.doc[d.cue[0]]
            between = [i for i in between if not (tok.left_edge.i <= i <= tok.right_edge.i)]
        if any(view.is_word[i] or view.region_of[i] >= 0 for i in between):
            continue
        d.content.append((ra, rb))
        claimed.update(range(ra, rb))
        if d.kind == "indirect":
            d.kind = "mixed"


def _subject_before(view: View, colon: int):
    """The subject of the last verb before a colon, in its sentence and outside quotations."""
    a = view.sentence(colon)[0]
    if a == colon and colon > 0:
        a = view.sentence(colon - 1)[0]
    quoted = lambda k: view.region_of[k] >= 0  # noqa: E731
    for k in range(colon - 1, a - 1, -1):
        t = view.doc[k]
        if t.pos_ in ("VERB", "AUX") and not quoted(k):
            speaker, _ = subject(t, quoted=quoted)
            if speaker is not None and speaker.i < colon and view.para_of[speaker.i] == view.para_of[colon]:
                return speaker
    return None


def _capitalised(view: View, number: int) -> bool:
    region = view.regions[number]
    words = [w.strip("“”\"'‘’«»,.") for w in view.text[region.start:region.end].split()]
    words = [w for w in words if w[:1].isalpha()]
    return len(words) > 1 and all(w[:1].isupper() or len(w) <= 3 for w in words)


def _ends_sentence(view: View, number: int) -> bool:
    region = view.regions[number]
    return view.text[region.start:region.end].rstrip("”\"'’»").endswith((".", "?", "!", ",", "…"))


def _only_quote(view: View, number: int) -> bool:
    """Whether quotation ``number`` opens its paragraph and fills it (trailing punctuation aside)."""
    region = view.regions[number]
    line_start = view.text.rfind("\n", 0, region.start) + 1
    line_end = view.text.find("\n", region.end)
    line_end = len(view.text) if line_end < 0 else line_end
    return not view.text[line_start:region.start].strip() and view.between_is_blank(region.end, line_end)


def _colon_leads(view: View, drafts: list[Draft]) -> list[Draft]:
    """Quotations opened right after a colon that no cue claimed ("the minister was brief: “...”"): the
    subject of the clause before the colon is the speaker; also headlines "Speaker: words"."""
    claimed = _claimed(drafts)
    out = []
    for number, (ra, rb) in enumerate(view.region_tokens):
        if ra in claimed or _region_words(view, number) < _MIN_QUOTE_WORDS or ra == 0:
            continue
        at = view.regions[number].start
        while at > 0 and view.text[at - 1].isspace():
            at -= 1
        if at == 0 or view.text[at - 1] != ":":
            continue
        colon = view.tokens_in(at - 1, at)[0]
        speaker = _subject_before(view, colon)
        if speaker is None:
            continue
        out.append(Draft([(ra, rb)], "direct", (colon, colon + 1), speaker.i, "colon-lead",
                         (speaker.left_edge.i, colon + 1)))
        claimed.update(range(ra, rb))
    return out


_DASH = re.compile(r"\s*[―—–]\s*|\s+-{1,2}\s+")


def _signed(view: View, drafts: list[Draft]) -> list[Draft]:
    """A quotation signed with a dash and a name, ending its paragraph: “...” ― Jane Doe."""
    claimed = _claimed(drafts)
    out = []
    for number, (ra, rb) in enumerate(view.region_tokens):
        if ra in claimed or _region_words(view, number) < _MIN_QUOTE_WORDS:
            continue
        dash = _DASH.match(view.text, view.regions[number].end)
        if not dash:
            continue
        start = dash.end()
        end = view.text.find("\n", start)
        end = len(view.text) if end < 0 else end
        a, b = view.tokens_in(start, end)
        if not 0 < b - a <= 8 or view.doc[a].pos_ != "PROPN":
            continue
        head = view.doc[a]
        while head.head.i != head.i and a <= head.head.i < b:
            head = head.head
        out.append(Draft([(ra, rb)], "direct", view.tokens_in(dash.start(), dash.end()) if dash.group().strip()
                         else None, head.i, "signed", (a, b)))
    return out
