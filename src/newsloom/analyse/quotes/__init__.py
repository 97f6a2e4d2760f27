"""Who said what in one article: direct quotes, mixed quotes (paraphrase with a quoted fragment) and
indirect reported speech, each with its content, cue, speaker and the actor that speaker is.

Rules over the dependency parse (verbs of saying and their subjects and complements, "according to",
colons) joined with quote marks read from the text itself, rather than regular expressions alone: the parse
finds the speaker however far the attribution stands from the quote, and the marks say exactly where the
quoted words begin and end. Steps: marks and candidate cues, read once per article into plain lists (view)
→ attributions from the parse (cues, syntax) or from the word order where the parse slips (wordorder), and
those with no verb of saying (leads: colons, "SPEAKER:" labels, signatures, quoted labels) → quotes, widened,
joined and typed (assemble, drafts) → speaker spans and actors (speakers).

A question put to someone ("Asked whether ..., Asif replied") is the asker's, not the words of the one asked:
it gets the asker named as agent ("asked by reporters") or no speaker at all, as PolNeAR annotates it.
"""
from __future__ import annotations

from ...records import Actor, Quote
from .assemble import build
from .speakers import Resolver, speaker_tokens
from .view import View

__all__ = ["find_quotes"]


def find_quotes(doc, actors: tuple[Actor, ...] = (), text: str | None = None) -> tuple[Quote, ...]:
    """The quotes of one article, from the spaCy ``Doc`` of its text and the actors found in it; every span is
    a ``(start, end)`` character offset into ``doc.text``. ``text``, when given, must be ``doc.text``: passing
    it saves rebuilding the text from the tokens."""
    view = View(doc, text)
    if not view.n:
        return ()
    resolver = Resolver(view, actors)
    start, end, text = view.start, view.end, view.text
    quotes = []
    for draft in build(view):
        content = tuple([(start[a], end[b - 1]) for a, b in draft.content])
        cue = draft.cue
        if cue:
            cue = (start[cue[0]], end[cue[1] - 1])
        head = draft.speaker
        if head is None:
            quotes.append(Quote(content, draft.kind, cue))
            continue
        lo, hi = speaker_tokens(view, head)
        a, b = start[lo], end[hi - 1]
        quotes.append(Quote(content, draft.kind, cue, (a, b), text[a:b], resolver.resolve(head, a, b)))
    return tuple(quotes)
