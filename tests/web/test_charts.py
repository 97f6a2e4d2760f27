"""The timeline chart: dates as precise as stated, placed and stacked on one axis."""
from datetime import date

from newsloom.dossier import TimelineEntry
from newsloom.web.charts import LEFT, WIDTH, RIGHT, period, timeline_chart


def entry(day: str, outlets: int = 1) -> TimelineEntry:
    return TimelineEntry(date=day, text=f"event of {day}", sources=(), outlets=tuple(f"o{i}" for i in range(outlets)))


def test_period_of_days_months_and_years() -> None:
    assert period("2025-03-04") == (date(2025, 3, 4), date(2025, 3, 4))
    assert period("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert period("2021") == (date(2021, 1, 1), date(2021, 12, 31))
    assert period("XXXX-10-19") is None and period("2025-13-01") is None


def test_marks_spread_over_the_axis_and_stack_on_the_same_day() -> None:
    chart = timeline_chart([entry("2025-03-01"), entry("2025-03-01", 3), entry("2025-03"), entry("2025-03-21"),
                            entry("XXXX-10-19")])
    assert len(chart.marks) == 4  # the undated one is left to the list
    first, same_day, month, last = chart.marks
    assert first.x == same_day.x == month.x == LEFT and last.x == WIDTH - RIGHT
    assert same_day.y > first.y and month.y > same_day.y and same_day.radius > first.radius
    assert month.x_end == last.x  # March is cut at the last exact date
    assert chart.ticks[0].label == "2025-03-01" and chart.ticks[-1].label == "2025-03-21"
    vague = timeline_chart([entry("2024"), entry("2025-03")])
    assert vague.ticks[-1].label == "2025-03-31"  # no exact date at all: the periods are drawn whole


def test_no_chart_without_calendar_dates() -> None:
    assert timeline_chart([entry("XXXX-10-19")]) is None and timeline_chart([]) is None
    single = timeline_chart([entry("2025-03-04")])
    assert len(single.marks) == 1 and len(single.ticks) == 1
