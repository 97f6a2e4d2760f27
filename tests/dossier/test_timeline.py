"""The timeline: stated dates, one entry per event with all its sources, datelines left out."""
from datetime import date

from newsloom.dossier.timeline import dates_the_report, event_date, with_year
from newsloom.records import TimeRef

from .conftest import story_with


def ref(value, type_="DATE"):
    return TimeRef(0, 5, "x", type_, value)


def test_only_calendar_dates_date_an_event():
    assert event_date(ref("2025-03-04")) == "2025-03-04"
    assert event_date(ref("2025-03-10T02:00", "TIME")) == "2025-03-10"
    assert event_date(ref("2021")) == "2021" and event_date(ref("2025-03")) == "2025-03"
    assert event_date(ref("XXXX-10-25")) == "XXXX-10-25"
    for unusable in (ref("PRESENT_REF"), ref("PAST_REF"), ref(None), ref("XXXX"), ref("P4Y", "DURATION"),
                     ref("2025-W10"), ref("XXXX-WXX-3")):
        assert event_date(unusable) is None, unusable


def test_a_day_without_a_year_takes_the_year_nearest_the_story():
    march = [date(2025, 3, 4), date(2025, 3, 10)]
    assert with_year("XXXX-03-04", march) == "2025-03-04"
    assert with_year("XXXX-12-28", [date(2025, 1, 3)]) == "2024-12-28"
    assert with_year("XXXX-03-04", []) == "XXXX-03-04"  # nothing to go by: stays unknown
    assert with_year("XXXX-02-29", [date(2025, 3, 1)]) == "2024-02-29"  # 2025 has no 29 February


def test_examples_timeline_is_in_order_and_merges_one_event_across_outlets(examples_brief):
    story = story_with(examples_brief, "Kasimir Dravetz on Thursday warned")
    dates = [e.date for e in story.timeline]
    assert dates == sorted(dates, key=lambda d: (d.startswith("XXXX"), d))
    threat = [e for e in story.timeline if e.date == "2025-03-06" and "Dravetz" in e.text]
    assert threat and len(threat[0].outlets) >= 2, "the 6 March threat is one event told by two outlets"
    talks = [e for e in story.timeline if e.date == "2025-03-04"]
    assert any("talks had failed" in e.text for e in talks)
    # Meridian Wire's dateline "TALVERNO, March 4 (Meridian Wire) –" dates the report, not an event
    assert not any(e.text.startswith("TALVERNO") for e in story.timeline)


def test_every_timeline_source_is_the_sentence_that_states_the_date(examples_brief):
    built, articles = examples_brief
    for story in built.stories:
        for entry in story.timeline:
            for source in entry.sources:
                sentence = articles[source.article_id].text[source.span[0]:source.span[1]]
                assert any(when in sentence for when in entry.when), (entry, sentence)


def test_a_dateline_dates_the_report_even_when_a_whole_sentence_follows_it():
    assert dates_the_report("TALVERNO, ", " (Meridian Wire) – Talks between Kestovia and Brennmark collapsed on "
                                          "Tuesday after two days, the foreign ministry said.")
    assert dates_the_report("ORVEL, ", " — Flood water reached the lower town overnight, officials said.")
    assert dates_the_report("Updated ", " 10:40")  # a caption: too few words beside it
    assert not dates_the_report("Talks collapsed on ", ", the foreign ministry said after a night of talks.")
    assert not dates_the_report("In Talverno, ", ", the minister said the talks had failed.")  # not a dateline
