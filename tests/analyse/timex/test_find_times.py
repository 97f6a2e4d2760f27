"""find_times on real news sentences with fixed anchors (2025-10-30 is a Thursday)."""
from __future__ import annotations

import pytest

from newsloom.analyse.timex import TimeRef, find_times

THURSDAY = "2025-10-30"


def values(text: str, anchor: str | None = THURSDAY, **kw) -> list[tuple[str, str, str | None]]:
    return [(r.text, r.type, r.value) for r in find_times(text, anchor, **kw)]


def only(text: str, anchor: str | None = THURSDAY, **kw) -> TimeRef:
    refs = find_times(text, anchor, **kw)
    assert len(refs) == 1, refs
    return refs[0]


def assert_offsets(text: str, refs: list[TimeRef]) -> None:
    for r in refs:
        assert text[r.start:r.end] == r.text
        assert 0 <= r.start < r.end <= len(text)


# ---------------------------------------------------------------- weekdays and tense

def test_weekday_in_past_sentence_is_the_last_one():
    ref = only("Pakistan's defense minister said on Wednesday that the talks had failed.")
    assert (ref.text, ref.type, ref.value, ref.anchor) == ("Wednesday", "DATE", "2025-10-29", THURSDAY)


def test_weekday_in_future_sentence_is_the_next_one():
    assert only("The two delegations will meet on Friday in Istanbul.").value == "2025-10-31"
    assert only("A third round is due on Monday, officials said.").value == "2025-11-03"


def test_weekday_past_cues_beat_a_later_future_clause():
    text = "Asif warned on Saturday that Pakistan will respond if attacked."
    assert only(text).value == "2025-10-25"


def test_weekday_named_on_the_anchor_day_is_that_day():
    assert only("Talks collapsed on Thursday, a mediator said.").value == THURSDAY


def test_tense_hint_overrides_the_guess():
    assert only("Delegates meet on Friday.", tense_hint="past").value == "2025-10-24"
    assert only("Delegates met on Friday.", tense_hint="future").value == "2025-10-31"
    text = "Delegates meet on Friday."
    assert only(text, tense_hint=[((0, len(text)), "future")]).value == "2025-10-31"


def test_yesterday_with_weekday_in_brackets_agree():
    text = "The Pakistani Information Minister announced yesterday (Wednesday) that the talks failed."
    refs = find_times(text, THURSDAY)
    assert_offsets(text, refs)
    assert [(r.text, r.value) for r in refs] == [("yesterday", "2025-10-29"), ("Wednesday", "2025-10-29")]


def test_early_hours_of_this_morning_thursday():
    text = "This development occurred in the early hours of this morning (Thursday) and after the Afghan side moved."
    refs = find_times(text, THURSDAY)
    assert_offsets(text, refs)
    assert refs[0].text == "the early hours of this morning"
    assert (refs[0].type, refs[0].value) == ("TIME", "2025-10-30TMO")
    assert refs[1].value == THURSDAY


# ---------------------------------------------------------------- absolute dates

def test_month_day_takes_the_anchor_year_or_stays_open():
    text = "The two countries had agreed to a ceasefire on October 19, but talks stalled."
    assert only(text).value == "2025-10-19"
    assert only(text, None).value == "XXXX-10-19"


@pytest.mark.parametrize("text, value", [
    ("He fled Tora Bora in December 2001.", "2001-12"),
    ("The deal was signed on 19 October 2025.", "2025-10-19"),
    ("The deal was signed on Oct. 19, 2025.", "2025-10-19"),
    ("Published 2025-10-19.", "2025-10-19"),
    ("the Doha talks in 2020", "2020"),
    ("Kabul in the 1990s", "199"),
    ("results for Q3 2024", "2024-Q3"),
    ("profit in the third quarter of 1989", "1989-Q3"),
])
def test_absolute_dates(text, value):
    for anchor in (THURSDAY, None):
        assert only(text, anchor).value == value


# ---------------------------------------------------------------- relative dates

@pytest.mark.parametrize("text, span, value", [
    ("deadly clashes earlier this month", "earlier this month", "2025-10"),
    ("The minister spoke last week.", "last week", "2025-W43"),
    ("Talks resume next month.", "next month", "2025-11"),
    ("He arrived two days ago.", "two days ago", "2025-10-28"),
    ("the talks ended yesterday", "yesterday", "2025-10-29"),
    ("Kabul will respond tomorrow", "tomorrow", "2025-10-31"),
    ("Asif spoke earlier today", "earlier today", THURSDAY),
    ("The Taliban said this morning", "this morning", "2025-10-30TMO"),
    ("clashes this year", "this year", "2025"),
    ("He is now in Doha.", "now", "PRESENT_REF"),
    ("The talks recently failed.", "recently", "PAST_REF"),
    ("war may resume in the future", "the future", "FUTURE_REF"),
])
def test_relative_dates(text, span, value):
    ref = only(text)
    assert (ref.text, ref.value) == (span, value)


def test_hours_ago_follows_timebank_vague_past():
    ref = only("Informed sources said hours ago: the delegation stayed.")
    assert (ref.text, ref.type, ref.value) == ("hours ago", "DATE", "PAST_REF")


def test_x_later_is_a_duration():
    ref = only("But just four years later, the two sides met again.")
    assert (ref.text, ref.type, ref.value) == ("four years", "DURATION", "P4Y")  # TimeBank: "later" outside


def test_previous_day_follows_the_story_time_line():
    refs = find_times("The talks opened on Saturday. The previous day, mediators arrived.", THURSDAY)
    assert [(r.text, r.value) for r in refs] == [("Saturday", "2025-10-25"), ("The previous day", "2025-10-24")]


def test_year_earlier_follows_the_quarter_under_discussion():
    text = "Third-quarter profit rose 5% to $10 million from $8 million a year earlier."
    assert values(text, "1989-10-26") == [("Third-quarter", "DATE", "1989-Q3"),
                                           ("a year earlier", "DATE", "1988-Q3")]


def test_past_month_named_after_the_anchor_month_is_last_year():
    assert only("The company said in December that it was closing.", "1998-02-13").value == "1997-12"
    assert only("The summit will be held in December.", "1998-02-13").value == "1998-12"


# ---------------------------------------------------------------- durations, sets, times

@pytest.mark.parametrize("text, span, value", [
    ("The fighting lasted three weeks.", "three weeks", "P3W"),
    ("a deadline of 24 hours", "24 hours", "PT24H"),
    ("after weeks of violent clashes", "weeks", "PXW"),
    ("Afghans have lived there for decades.", "decades", "PXDE"),
    ("over the past three years", "the past three years", "P3Y"),
    ("in the next few days", "the next few days", "PXD"),
    ("a two-year truce", "two-year", "P2Y"),
    ("for 2 1/2 years", "2 1/2 years", "P2Y6M"),
])
def test_durations(text, span, value):
    ref = only(text)
    assert (ref.text, ref.type, ref.value) == (span, "DURATION", value)


@pytest.mark.parametrize("text, span, value", [
    ("Protesters gather every weekend.", "every weekend", "XXXX-WXX-WE"),
    ("The bulletin appears weekly.", "weekly", "P1W"),
    ("Rallies are held each year.", "each year", "P1Y"),
    ("Talks are held every Monday.", "every Monday", "XXXX-WXX-1"),
])
def test_sets(text, span, value):
    ref = only(text)
    assert (ref.text, ref.type, ref.value) == (span, "SET", value)


@pytest.mark.parametrize("text, span, value", [
    ("The blast struck at 7:45 am local time.", "7:45 am local time", "2025-10-30T07:45"),
    ("at around 2 a.m. on Monday the shelling began", "around 2 a.m. on Monday", "2025-10-27T02:00"),
    ("The deadline passed at noon.", "noon", "2025-10-30T12:00"),
    ("He spoke at 10 p.m. Wednesday.", "10 p.m. Wednesday", "2025-10-29T22:00"),
])
def test_times(text, span, value):
    ref = only(text)
    assert (ref.text, ref.type, ref.value) == (span, "TIME", value)


# ---------------------------------------------------------------- no anchor

def test_without_anchor_relative_values_are_none():
    text = ("Asif said on Wednesday, two days ago, that last week's talks failed; they resume tomorrow "
            "(October 19) after three weeks, as they do every weekend, now that December 2001 is long past.")
    refs = {r.text: r for r in find_times(text, None)}
    for span in ("Wednesday", "two days ago", "last week", "tomorrow"):
        assert refs[span].value is None and refs[span].anchor is None
    assert refs["October 19"].value == "XXXX-10-19"
    assert refs["three weeks"].value == "P3W"
    assert refs["every weekend"].value == "XXXX-WXX-WE"
    assert refs["December 2001"].value == "2001-12"
    assert refs["now"].value == "PRESENT_REF"


def test_date_time_anchor_is_read_as_its_day():
    assert only("He left yesterday.", "2025-10-30T23:10:00+04:30").value == "2025-10-29"
    assert only("He left yesterday.", "not a date").value is None


# ---------------------------------------------------------------- robustness

def test_empty_and_odd_input():
    assert find_times("", THURSDAY) == []
    assert find_times("   \n\n ", None) == []
    odd = ("Ḿönday 🙂 Wednesday\u200b, ＯＣＴＯＢＥＲ 19 — 30 октября 2025 г. ٢٠٢٥ yesterday\x00 Sept. 31 "
           "Feb. 30, 2024 9999-99-99")
    refs = find_times(odd, THURSDAY)
    assert_offsets(odd, refs)
    assert any(r.text == "yesterday" for r in refs)
    assert all(r.value != "2024-02-30" for r in refs)


def test_long_text_is_handled_and_offsets_hold(seed_texts):
    text = ("\n\n".join(seed_texts.values()) + "\n\n") * 12
    text = text[:50_000]
    refs = find_times(text, THURSDAY)
    assert_offsets(text, refs)
    assert len(refs) > 100
    no_space = "x" * 50_000 + " on Wednesday"
    assert find_times(no_space, THURSDAY)[-1].value == "2025-10-29"


def test_seed_offsets_and_no_overlaps(seed_texts):
    for text in seed_texts.values():
        refs = find_times(text, THURSDAY)
        assert_offsets(text, refs)
        assert all(a.end <= b.start for a, b in zip(refs, refs[1:]))
        assert all(r.type in ("DATE", "TIME", "DURATION", "SET") for r in refs)


def test_four_hundred_words_are_fast(seed_texts):
    import time
    words = " ".join(seed_texts.values()).split()[:400]
    text = " ".join(words)
    find_times(text, THURSDAY)
    started = time.perf_counter()
    for _ in range(20):
        find_times(text, THURSDAY)
    assert (time.perf_counter() - started) / 20 < 0.02  # well under 5 ms on a quiet machine; loose for CI


# ---------------------------------------------------------------- smaller rules

@pytest.mark.parametrize("text, span, value", [
    ("Talks resumed on 29 Oct in Istanbul.", "29 Oct", "2025-10-29"),
    ("He spoke at 8:30 p.m. ET Tuesday.", "8:30 p.m. ET Tuesday", "2025-10-28T20:30"),
    ("On Wednesday at 10 a.m. the talks resumed.", "10 a.m.", "2025-10-29T10:00"),
    ("The bonds will be redeemed in five years.", "five years", "2030"),
    ("The offer expires at Christmas.", "Christmas", "2025-12-25"),
    ("Pakistani forces conducted overnight strikes.", "overnight", "2025-10-29TNI"),
    ("He will leave the week of Nov. 10.", "the week of Nov. 10", "2025-W46"),
    ("the deal should close by year-end", "year-end", "2025"),
])
def test_smaller_rules(text, span, value):
    refs = {r.text: r.value for r in find_times(text, THURSDAY)}
    assert refs[span] == value


@pytest.mark.parametrize("text", [
    "Czech Foreign Minister Jan Kavan said", "Prices may fall further.", "the Good Friday Agreement",
    "a 52-year-old man", "He is 37 years old.", "during a second round of talks", "the Dow closed at 2082.1",
    "three-quarters of its food", "$2 million a year",
])
def test_not_times(text):
    assert find_times(text, THURSDAY) == []


def test_absolute_values_carry_no_anchor_relative_ones_do():
    refs = {r.text: r for r in find_times("In December 2001 he fled; yesterday he spoke.", THURSDAY)}
    assert refs["December 2001"].anchor is None
    assert refs["yesterday"].anchor == THURSDAY


def test_tense_hint_function():
    text = "Delegates meet on Friday."
    assert only(text, tense_hint=lambda start, end: "future").value == "2025-10-31"


def test_every_rule_has_a_normaliser():
    from newsloom.analyse.timex import _NORMALISERS
    from newsloom.analyse.timex.rules import RULES
    assert {name for name, *_ in RULES} == set(_NORMALISERS)
