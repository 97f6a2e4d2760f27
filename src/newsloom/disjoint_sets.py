"""Disjoint sets (union-find): grouping things that are pairwise "the same", used wherever mentions, actors or
articles are merged into groups."""
from __future__ import annotations


class DisjointSets:
    """``n`` items, each first alone; ``union`` joins groups; ``find`` gives a group's smallest member."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)
