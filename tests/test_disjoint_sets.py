from newsloom.disjoint_sets import DisjointSets


def test_groups_follow_unions_in_any_order():
    sets = DisjointSets()
    sets.union("c", "d")
    sets.union("a", "b")
    assert sorted(sets.group("a")) == ["a", "b"]
    sets.union("d", "b")
    assert sorted(sets.group("c")) == ["a", "b", "c", "d"]
    assert sets.find("d") == "a"
    assert sets.group("e") == ["e"]  # named for the first time: alone
    sets.union("a", "c")  # already one group: unchanged
    assert sorted(sets.group("b")) == ["a", "b", "c", "d"]


def test_group_is_a_copy():
    sets = DisjointSets(3)
    sets.union(0, 2)
    sets.group(0).append(99)
    assert sorted(sets.group(2)) == [0, 2]
