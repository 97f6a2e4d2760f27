"""Actors within the invented example corpus: invented states no gazetteer knows, transliterated and
reordered names, and a model that labels villages PERSON and surnames ORG."""
from __future__ import annotations

import pytest


def by_source(example_actors, name: str):
    found = [(a, actors) for a, actors in example_actors if a.source.endswith(name)]
    assert found, name
    return found[0]


def texts(actor) -> set[str]:
    return {m.text.replace("’", "'") for m in actor.mentions}


def person(actors, part: str):
    found = [a for a in actors if a.kind == "person" and any(part in m.text for m in a.mentions if m.kind == "name")]
    assert len(found) == 1, (part, [a.name for a in found])
    return found[0]


def test_every_mention_points_into_the_article(example_actors):
    assert len(example_actors) >= 11
    for article, actors in example_actors:
        for actor in actors:
            for m in actor.mentions:
                assert article.text[m.start:m.end] == m.text


@pytest.mark.parametrize("source, state, demonym", [
    ("meridian_talverno_talks.txt", "Kestovia", "Kestovian"),
    ("meridian_talverno_talks.txt", "Seravia", "Seravian"),
    ("kestoviatoday_dravetz_warning.html", "Brennmark", "Brennish"),
    ("brennishobserver_halvik_strikes.txt", "Kestovia", "Kestovian"),
])
def test_invented_states_are_found_with_their_demonyms(example_actors, source, state, demonym):
    _, actors = by_source(example_actors, source)
    (actor,) = [a for a in actors if a.name == state]
    assert actor.kind == "state"
    assert (demonym, "demonym") in {(m.text, m.kind) for m in actor.mentions}


def test_lusmark_is_a_state_from_the_article_s_own_evidence(example_actors):
    _, actors = by_source(example_actors, "feed.rss#1")  # "BREKKA, Lusmark —", "northern Lusmark"
    (lusmark,) = [a for a in actors if a.name == "Lusmark"]
    assert lusmark.kind == "state"
    (petra,) = [a for a in actors if a.name == "Petra Hollins"]
    assert ("infrastructure minister", "Lusmark") in {(r.title, r.of) for r in petra.roles}


def test_dravetz_reordered_name_and_title_in_one_actor(example_actors):
    _, actors = by_source(example_actors, "northgatepost_halvik_strikes.html")
    dravetz = person(actors, "Dravetz")
    assert {"Dravetz Kasimir", "Kasimir Dravetz", "Dravetz", "Kestovian Defense Minister",
            "defense minister"} <= texts(dravetz)
    assert dravetz.name == "Kasimir Dravetz"
    assert ("defence minister", "Kestovia") in {(r.title, r.of) for r in dravetz.roles}


def test_transliterated_surname_tagged_org_joins_its_person(example_actors):
    _, actors = by_source(example_actors, "brennishobserver_halvik_strikes.txt")
    dravec = person(actors, "Dravec")
    assert {"Kazimir Dravec", "Dravec", "Kestovia's Defence Minister", "Kestovia's defence minister"} <= texts(dravec)
    assert all(m.label == "PERSON" for m in dravec.mentions)


def test_descriptions_and_pronouns_in_kestovia_today(example_actors):
    article, actors = by_source(example_actors, "kestoviatoday_dravetz_warning.html")
    dravetz = person(actors, "Dravetz")
    assert {"The defence minister", "he"} <= texts(dravetz)
    santek = person(actors, "Santek")
    assert "She" in texts(santek)
    # "the minister was brief" follows a sentence about Corven, but of the three ministers the article is
    # about Dravetz (named far more often than the others): the examples README attributes it to him
    where = article.text.index("the minister was brief")
    assert [a.name for a in actors for m in a.mentions if m.start == where] == ["Kasimir Dravetz"]


def test_villages_and_towns_are_not_actors(example_actors):
    for article, actors in example_actors:
        names = {m.text for a in actors for m in a.mentions}
        assert not names & {"Selnik", "Varro", "Tesh", "Halvik", "HALVIK", "Brekka", "BREKKA", "Ferrow", "Mirrin"}


def test_appositive_titles(example_actors):
    _, actors = by_source(example_actors, "meridian_talverno_talks.txt")
    tormelen = person(actors, "Tormelen")
    assert ("foreign minister", "Brennmark") in {(r.title, r.of) for r in tormelen.roles}
    assert {"Tormelen", "his"} <= texts(tormelen)
    osterhuis = person(actors, "Osterhuis")
    assert ("spokesperson", "Ardent Sea Council") in {(r.title, r.of) for r in osterhuis.roles}
    _, actors = by_source(example_actors, "lusmarkchronicle_hallen_dam.html")
    aske = person(actors, "Aske")
    assert {"Ruben Aske", "Aske", "head of the agency"} <= texts(aske)
