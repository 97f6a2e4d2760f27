"""The timeline chart: dates to periods, background apart, rows in order, text escaped."""
from datetime import date

import lxml.html

from newsloom.dossier.records import Citation, TimelineEntry
from newsloom.present.brief_model import Ref, EntryView
from newsloom.present.timeline_svg import period, split_background, timeline_svg


def entry(day: str, text: str = "Something happened") -> EntryView:
    ref = Ref("a1", (0, 4), "Outlet", "s-a1-0-4", "Some", True)
    return EntryView(TimelineEntry(day, text, (Citation("a1", "Outlet", (0, 4)),), ("Outlet",)), (ref,))


def test_periods_of_a_day_a_month_and_a_year():
    assert period("2025-03-04") == (date(2025, 3, 4), date(2025, 3, 4))
    assert period("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert period("2021") == (date(2021, 1, 1), date(2021, 12, 31))


def test_background_long_before_the_story_is_charted_apart():
    entries = [entry("1968"), entry("2025-02-21"), entry("2025-03"), entry("2025-03-04")]
    own, background = split_background(entries, "2025-03-04")
    assert [e.entry.date for e in own] == ["2025-02-21", "2025-03", "2025-03-04"]
    assert [e.entry.date for e in background] == ["1968"]
    assert split_background(entries, None) == (entries, [])


def test_rows_are_placed_on_the_axis_and_link_to_their_source():
    svg = timeline_svg([entry("2025-03-01"), entry("2025-03"), entry("2025-03-10", "<script>x</script> & co")],
                       "Timeline")
    doc = lxml.html.fragment_fromstring(f"<div>{svg}</div>")
    rows = doc.xpath('//*[local-name()="a"]')
    assert [r.get("href") for r in rows] == ["#s-a1-0-4"] * 3
    circles = [float(c) for c in doc.xpath('//*[local-name()="circle"]/@cx')]
    assert circles[0] < circles[1]
    bar = doc.xpath('//*[local-name()="rect"]')[0]
    assert float(bar.get("x")) <= circles[0] and float(bar.get("x")) + float(bar.get("width")) >= circles[1]
    assert not doc.xpath("//script") and "<script>x</script> & co" in doc.text_content()
    assert timeline_svg([], "nothing") == ""
