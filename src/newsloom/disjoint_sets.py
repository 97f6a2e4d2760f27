"""Disjoint sets (union-find): grouping things that are pairwise "the same", used wherever mentions, actors,
counts or stories are merged into groups."""
from __future__ import annotations

from typing import Hashable


class DisjointSets:
    """Items, each first alone; ``union`` joins groups; ``find`` gives a group's representative (its smallest
    member). ``DisjointSets(n)`` starts with the items ``0 … n-1``; any other hashable item joins when first
    named, so the sets can grow as a stream goes on."""

    def __init__(self, n: int = 0) -> None:
        self.parent: dict[Hashable, Hashable] = {i: i for i in range(n)}
        self._groups: dict[Hashable, list[Hashable]] = {}  # representative -> members, for joined groups only

    def add(self, item: Hashable) -> None:
        self.parent.setdefault(item, item)

    def find(self, item: Hashable) -> Hashable:
        self.add(item)
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:  # path compression
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: Hashable, b: Hashable) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            root, other = min(ra, rb), max(ra, rb)
            self.parent[other] = root
            members = self._groups.pop(root, None) or [root]
            members.extend(self._groups.pop(other, None) or [other])
            self._groups[root] = members

    def group(self, item: Hashable) -> list[Hashable]:
        """Every item in ``item``'s group (a new list)."""
        root = self.find(item)
        return list(self._groups.get(root, [root]))
