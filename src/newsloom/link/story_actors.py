"""Which actors lead a story: the actor checks that keep two events of one kind in separate stories."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .stories import _Story

TOP_ACTORS = 6
LEADING_ACTORS = 3


def actor_key(name: str) -> str:
    """Actor words compared on their first five letters, so a country and its demonym meet ("Kestovia",
    "Kestovian"; "Brennmark", "Brennish"; "Afghanistan", "Afghan")."""
    word = name[2:] if name.startswith("N:") else name
    return word[:5]


def leading_actors(story: "_Story") -> tuple[str, ...]:
    """A story's most often named actors (the leading actors of a one-article story)."""
    if len(story.members) == 1:
        return story.leading
    ranked = sorted(story.actors.items(), key=lambda item: (-item[1], item[0]))
    return tuple(a for a, _ in ranked[:LEADING_ACTORS])
