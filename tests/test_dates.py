import pytest

from newsloom.dates import from_timestamp, normalise_date


@pytest.mark.parametrize("text, expected", [
    ("2025-10-29", "2025-10-29"),
    ("2025-10-29T10:00:00+05:00", "2025-10-29T10:00:00+05:00"),
    ("2025-10-29T10:00:00Z", "2025-10-29T10:00:00+00:00"),
    ("2025-10-29 10:00", "2025-10-29T10:00:00"),
    ("20251029", "2025-10-29"),
    ("29 October 2025", "2025-10-29"),
    ("Oct 29, 2025", "2025-10-29"),
    ("October 29th, 2025", "2025-10-29"),
    ("Sept. 3, 2025", "2025-09-03"),
    ("Wednesday, 29 October 2025 10:30 am UTC", "2025-10-29T10:30:00+00:00"),
    ("Oct 29, 2025 3:15 PM EDT", "2025-10-29T15:15:00-04:00"),
    ("1st March 2024 at 14:05 GMT+1", "2024-03-01T14:05:00+01:00"),
    ("Wed, 29 Oct 2025 10:00:00 +0500", "2025-10-29T10:00:00+05:00"),
    ("Wed, 29 Oct 2025 10:00:00 GMT", "2025-10-29T10:00:00+00:00"),
    ("2025/10/29", "2025-10-29"),
    ("29.10.2025", "2025-10-29"),
    ("13/04/2025", "2025-04-13"),
    ("04/13/2025", "2025-04-13"),
])
def test_normalises_common_styles(text, expected):
    assert normalise_date(text) == expected


@pytest.mark.parametrize("text", [
    None, "", "garbage", "2025", "October 2025", "29 October", "Oct 29",  # missing parts: no guessing
    "03/04/2025",                                                           # day/month ambiguous
    "2025-02-30", "31 June 2025",                                           # impossible dates
])
def test_refuses_to_guess(text):
    assert normalise_date(text) is None


def test_unknown_zone_keeps_only_the_day():
    assert normalise_date("Oct 29, 2025 3:15 PM CET") == "2025-10-29"
    assert normalise_date("Wed, 29 Oct 2025 10:00:00 XYZ") == "2025-10-29"


def test_timestamps_in_seconds_and_milliseconds():
    assert from_timestamp(1761732000) == "2025-10-29T10:00:00+00:00"
    assert from_timestamp(1761732000000) == "2025-10-29T10:00:00+00:00"
