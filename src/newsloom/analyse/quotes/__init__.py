"""Who said what in one article: direct quotes, mixed quotes (paraphrase with a quoted fragment) and
indirect reported speech, each with its content, cue, speaker and the actor that speaker is.

Rules over the dependency parse (verbs of saying and their subjects and complements, "according to",
colons) joined with quote marks read from the text itself, rather than regular expressions alone: the parse
finds the speaker however far the attribution stands from the quote, and the marks say exactly where the
quoted words begin and end. Steps: marks and candidate cues (view) → attributions (cues) → quotes, widened,
joined and typed (assemble) → speaker spans and actors (speakers).
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
    quotes = []
    for draft in build(view):
        content = tuple(view.chars(a, b) for a, b in draft.content)
        cue = view.chars(*draft.cue) if draft.cue else None
        speaker = speaker_text = actor = None
        if draft.speaker is not None:
            core = speaker_tokens(view, draft.speaker)
            speaker = view.chars(*core)
            speaker_text = view.text[speaker[0]:speaker[1]]
            actor = resolver.resolve(draft.speaker, core)
        quotes.append(Quote(content=content, kind=draft.kind, cue=cue, speaker=speaker,
                            speaker_text=speaker_text, speaker_actor=actor))
    return tuple(quotes)
