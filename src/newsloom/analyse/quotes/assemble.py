"""From attributions to quotes: content widened to whole quotations, trimmed of stray punctuation, split
quotations joined ("A," he said. "B."), quotations introduced by a colon tied to the clause before it, and
each quote's kind read from how much of its content stands inside quote marks.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate
from operator import itemgetter

from .cues import attribution_at
from .syntax import CC, Attribution
from .drafts import MARKS, Claimed, Draft, capitalised, ends_sentence, is_title, only_quote, region_words
from .leads import characterized, colon_leads, labelled, signed
from .view import View

_TRIM = set(",.;:—–―-()[]") | {"--"}
_FIRST, _SECOND = itemgetter(0), itemgetter(1)


def _regions_over(view: View, a: int, b: int) -> range:
    """Numbers of the quotations that overlap tokens ``[a, b)`` (quotations are in text order, disjoint)."""
    return range(bisect_right(view.region_ends, a), bisect_left(view.region_starts, b))


def _widen(view: View, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Content ranges widened to every quotation they reach into, sorted and merged where only punctuation
    separates them."""
    region_tokens = view.region_tokens
    if region_tokens:
        region_ends, region_starts = view.region_ends, view.region_starts
        out = []
        for a, b in ranges:
            first, last = bisect_right(region_ends, a), bisect_left(region_starts, b)
            if first < last:  # the first quotation reached starts first, the last ends last
                ra, rb = region_tokens[first][0], region_tokens[last - 1][1]
                if ra < a:
                    a = ra
                if rb > b:
                    b = rb
            out.append((a, b))
    else:
        out = list(ranges)
    if len(out) == 1:
        return out
    out.sort()
    merged: list[tuple[int, int]] = []
    for a, b in out:
        if merged and (a <= merged[-1][1] or view.between_is_blank(view.end[merged[-1][1] - 1], view.start[a])):
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _in_paragraph(view: View, ranges: list[tuple[int, int]], paragraph: int) -> list[tuple[int, int]]:
    """Content cut to the cue's paragraph (a quotation running on from it excepted): a parse that runs a
    sentence over a paragraph break must not carry the next paragraph into the quote."""
    para_of, region_of, region_tokens = view.para_of, view.region_of, view.region_tokens
    out = []

    def inside(i: int) -> bool:
        return para_of[i] == paragraph or (region_of[i] >= 0 and para_of[region_tokens[region_of[i]][0]] == paragraph)

    for a, b in ranges:
        if inside(a) and inside(b - 1):
            out.append((a, b))
            continue
        keep = [i for i in range(a, b) if inside(i)]
        if keep:
            out.append((keep[0], keep[-1] + 1))
    return out


def _kind(view: View, ranges: list[tuple[int, int]], inner: bool) -> str:
    """``direct`` when every word of the content is quoted, ``mixed`` when some are, else ``indirect``;
    ``inner``: only quotations that open inside the content count. A quoted name or title (“American Skin”)
    counts as quoted too: it is the source's wording, and reported speech that keeps it is mixed."""
    words = quoted = 0
    counts, region_tokens, region_ends, region_starts = (view._words, view.region_tokens, view.region_ends,
                                                         view.region_starts)
    for a, b in ranges:
        words += counts[b] - counts[a]
        for number in range(bisect_right(region_ends, a), bisect_left(region_starts, b)):
            ra, rb = region_tokens[number]
            if not (inner and ra < a):
                quoted += counts[b if b < rb else rb] - counts[a if a > ra else ra]
    if not quoted:
        return "indirect"
    return "direct" if quoted == words else "mixed"


def _direct_spans(view: View, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """For content wholly quoted: exactly the quotations (marks included), one range each."""
    if len(ranges) == 1:
        a, b = ranges[0]
        return view.region_tokens[bisect_right(view.region_ends, a):bisect_left(view.region_starts, b)]
    numbers = sorted({n for a, b in ranges for n in _regions_over(view, a, b)})
    return [view.region_tokens[n] for n in numbers]


def _draft(view: View, att: Attribution) -> Draft | None:
    """The quote an attribution makes: its content widened, cut to its paragraph, trimmed of stray
    punctuation and spaces (not quote marks) and typed."""
    how = att.how
    label = how == "label"  # a transcript's paragraph may stand inside quote marks of its own
    ranges = att.content if label else _widen(view, att.content)
    if how != "colon":
        para_of = view.para_of
        paragraph = para_of[att.cue[0]]
        for a, b in ranges:
            if para_of[a] != paragraph or para_of[b - 1] != paragraph:
                ranges = _in_paragraph(view, ranges, paragraph)
                break
    text, start, end, region_of, counts, is_word = (view.text, view.start, view.end, view.region_of, view._words,
                                                    view.is_word)
    kept = []
    for a, b in ranges:  # (a word, having a letter or digit, is neither stray punctuation nor space)
        while a < b and region_of[a] < 0 and not is_word[a]:
            word = text[start[a]:end[a]]
            if word not in _TRIM and not word.isspace():
                break
            a += 1
        while b > a and region_of[b - 1] < 0 and not is_word[b - 1]:
            word = text[start[b - 1]:end[b - 1]]
            if word not in _TRIM and not word.isspace():
                break
            b -= 1
        if b > a and counts[b] - counts[a]:
            kept.append((a, b))
    if not kept:
        return None
    if not view.region_tokens:
        return Draft(kept, "indirect", att.cue, att.speaker, how, att.clause)
    kind = _kind(view, kept, label)
    if kind == "direct":
        kept = _direct_spans(view, kept)
    return Draft(kept, kind, att.cue, att.speaker, how, att.clause)


def build(view: View) -> list[Draft]:
    drafts: list[Draft] = []
    for i in view.cues:
        att = attribution_at(view, i)
        if att is not None:
            draft = _draft(view, att)
            if draft is not None:
                drafts.append(draft)
    for att in (labelled(view) if view.colons else []) + (characterized(view) if view.regions else []):
        draft = _draft(view, att)
        if draft is not None:
            drafts.append(draft)
    drafts = _dedupe(view, drafts)
    drafts = _outermost(drafts)
    claimed = Claimed(drafts, view.n)
    _join_continuations(view, drafts, claimed)
    drafts += colon_leads(view, drafts, claimed)
    drafts += signed(view, drafts, claimed)
    drafts.sort(key=_first_token)
    return drafts


def _first_token(d: Draft) -> int:
    return d.content[0][0]


def _outermost(drafts: list[Draft]) -> list[Draft]:
    """Attributions nested in another's content ("X said Y believes Z") are part of what X said, not a
    separate statement of Y's: a draft goes when one span of another draft holds both its cue and its whole
    content."""
    spans = sorted([(a, b, n) for n, d in enumerate(drafts) for a, b in d.content])
    starts = list(map(_FIRST, spans))
    reach = list(accumulate(map(_SECOND, spans), max))  # the furthest end among spans starting so far
    out = []
    for n, d in enumerate(drafts):
        cue, content = d.cue, d.content
        if cue is not None and d.how != "according":
            lo = cue[0] if cue[0] < content[0][0] else content[0][0]
            hi = cue[0] + 1 if cue[0] + 1 > content[-1][1] else content[-1][1]
            k = bisect_right(starts, lo)
            if k and reach[k - 1] >= hi and _held(spans, k, hi, n):
                continue
        out.append(d)
    return out


def _held(spans: list[tuple[int, int, int]], k: int, hi: int, n: int) -> bool:
    """Whether one of the first ``k`` spans, of a draft other than ``n``, reaches ``hi``."""
    for _, b, m in spans[:k]:
        if b >= hi and m != n:
            return True
    return False


def _dedupe(view: View, drafts: list[Draft]) -> list[Draft]:
    """One quote per content: when two cues claim the same quotation, the one nearest to it keeps it."""
    order = sorted([(d.content[0][0], d.content[0][0] - d.content[-1][1], k) for k, d in enumerate(drafts)])
    out: list[Draft] = []
    ends: list[int] = []  # where the content of each draft in ``out`` ends
    live: list[int] = []  # places in ``out`` whose content may still overlap what comes next
    for a, negative, k in order:
        d = drafts[k]
        b = a - negative
        if live:
            live = [k for k in live if ends[k] > a]  # drafts come in order of start
        clash = None
        for k in live:
            oa, ob = out[k].content[0][0], ends[k]
            inter = (b if b < ob else ob) - (a if a > oa else oa)
            if inter > 0 and inter >= 0.8 * max(b - a, ob - oa):
                clash = k
                break
        if clash is None:
            live.append(len(out))
            out.append(d)
            ends.append(b)
            continue
        o = out[clash]
        if _inside(o.cue, d) or (not _inside(d.cue, o) and (
                _distance(d) < _distance(o) or (o.speaker is None and d.speaker is not None))):
            out[clash] = d  # the outer attribution wins over one nested in its content
            ends[clash] = b
    return out


def _inside(cue: tuple[int, int] | None, d: Draft) -> bool:
    return cue is not None and any(a <= cue[0] < b for a, b in d.content)


def _distance(d: Draft) -> int:
    if d.cue is None:
        return 10 ** 6
    c = d.cue[0]
    return min(abs(c - a) if c < a else abs(c - b) if c >= b else 0 for a, b in d.content)


def _join_continuations(view: View, drafts: list[Draft], claimed: Claimed) -> None:
    """A quotation left unclaimed right after a quote by the same speaker in its paragraph continues it:
    "A," he said. "B." → one quote in two spans. ``claimed`` holds the drafts' contents and is kept up to
    date."""
    by_end = sorted(drafts, key=lambda d: d.content[-1][1])
    ends = [d.content[-1][1] for d in by_end]
    para_of = view.para_of
    for number, (ra, rb) in enumerate(view.region_tokens):
        if ra in claimed or region_words(view, number) < 2 or is_title(view, number):
            continue
        k = bisect_right(ends, ra) - 1  # the quote that ends last before the quotation
        if k < 0 or para_of[ends[k] - 1] < para_of[ra] - 1:
            continue
        d = by_end[k]
        if d.kind != "direct" and k > 0 and d.cue is not None and not view.left(d.cue[0]) <= ra <= view.right(
                d.cue[0]):  # reported speech (a quoted word in it or not) inside the attribution of the quote
            # before it does not break that quote: “A,” Tester said, referring to the excuse, “B.”
            prior = by_end[k - 1]
            if prior.kind != "indirect" and prior.cue is not None and para_of[ends[k - 1] - 1] == para_of[ra]:
                left, right = view.edges(prior.cue[0])
                if left <= d.cue[0] < right and _only_attribution(view, prior, ends[k - 1], ra):
                    d = prior
        if d.kind == "indirect" and (view.para_of[d.content[-1][1] - 1] != view.para_of[ra] or
                                     view.sentence(ra)[0] != ra or view.sentence(rb - 1)[1] > rb + 1):
            continue  # after reported speech, only a whole quoted sentence in the same paragraph goes on
        if view.para_of[d.content[-1][1] - 1] != view.para_of[ra]:
            # a paragraph that is only a quotation, right after the speaker's last one: the speaker goes on
            if not only_quote(view, number) or capitalised(view, number) or not ends_sentence(view, number) \
                    or any(view.para_of[x.cue[0]] == view.para_of[ra] for x in drafts if x.cue is not None):
                continue
            _extend(d, ra, rb, claimed, by_end, ends)
            continue
        if not _only_attribution(view, d, d.content[-1][1], ra):
            continue
        _extend(d, ra, rb, claimed, by_end, ends)
        if d.kind == "indirect":
            d.kind = "mixed"
    # the first half of a split quotation: “A,” he said, “B.” where the cue took “B.”
    for d in drafts:
        if d.kind != "direct" or d.cue is None:
            continue
        number = view.region_of[d.content[0][0]]
        if number <= 0 or view.region_tokens[number] != d.content[0] or d.cue[0] > d.content[0][0]:
            continue
        ra, rb = view.region_tokens[number - 1]
        if not view.text[view.regions[number - 1].start:view.regions[number - 1].end].rstrip(MARKS).endswith(","):
            continue  # “A,” he said: the first half of a sentence ends with its comma
        if ra in claimed or region_words(view, number - 1) < 2 or is_title(view, number - 1) \
                or para_of[ra] != para_of[d.cue[0]] or not _only_attribution(view, d, rb, d.content[0][0]):
            continue
        d.content.insert(0, (ra, rb))
        claimed.update(ra, rb)


def _only_attribution(view: View, d: Draft, a: int, b: int) -> bool:
    """Whether tokens ``[a, b)`` hold nothing but the attribution of ``d`` (its clause, its cue's own
    modifiers, punctuation, a conjunction): what a split quotation is split by."""
    lo, hi = d.clause
    left, right = view.edges(d.cue[0]) if d.cue is not None else (lo, hi)
    is_word, region_of, dep = view.is_word, view.region_of, view.dep
    i = a
    while i < b:
        if (is_word[i] and dep[i] != CC or region_of[i] >= 0) and not lo <= i < hi and not left <= i < right:
            if view.tag(i) != "VBG" or region_of[i] >= 0:
                return False
            i = view.right(i)  # "“A,” Tester said, referring to the excuse, “B.”": the participle goes with it
        i += 1
    return True


def _extend(d: Draft, ra: int, rb: int, claimed: Claimed, by_end: list[Draft], ends: list[int]) -> None:
    """Quotation ``[ra, rb)`` joins the content of ``d``, which now ends later."""
    d.content.append((ra, rb))
    claimed.update(ra, rb)
    k = by_end.index(d)
    del by_end[k], ends[k]
    k = bisect_right(ends, rb)
    by_end.insert(k, d)
    ends.insert(k, rb)
