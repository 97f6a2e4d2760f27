import pytest

from newsloom.clean.metadata import (date_from_text, date_in_text, detect_language, outlet_from_text,
                                     outlet_from_url, title_from_lead)
from newsloom.records import Removed


@pytest.mark.parametrize("url, outlet", [
    ("https://www.dawn.com/news/1952000/x", "dawn.com"),
    ("http://edition.cnn.com/2025/10/29/asia", "cnn.com"),
    ("https://northgatepost.example/world/halvik", "northgatepost.example"),
    (None, None),
])
def test_outlet_from_url(url, outlet):
    assert outlet_from_url(url) == outlet


@pytest.mark.parametrize("furniture, outlet", [
    ("© 2025 Meridian Wire. All rights reserved.", "Meridian Wire"),
    ("© Harbour Ledger Media Ltd", "Harbour Ledger"),
    ("Get the Lusmark Chronicle app", "Lusmark Chronicle"),
    ("Never miss a story: follow the Lusmark Chronicle on social media.", "Lusmark Chronicle"),
    ("Subscribe to Inexhibit’s newsletter", "Inexhibit"),
    ("Download the app for iPhone and Android", None),
])
def test_outlet_from_the_pages_own_furniture(furniture, outlet):
    assert outlet_from_text([Removed(furniture, "page furniture")]) == outlet


def test_date_from_a_dateline_with_a_year():
    inferred = date_from_text(("RIVERTON, March 4, 2025 (Agency) – The river rose overnight.",), ())
    assert (inferred.value, inferred.how) == ("2025-03-04", "dateline")


def test_a_dateline_without_a_year_gives_no_date():
    inferred = date_from_text(("TALVERNO, March 4 (Meridian Wire) – Talks collapsed.",), ())
    assert inferred.value is None and "no year" in inferred.how


def test_date_from_a_time_stamp_line_near_the_headline():
    removed = (Removed("Headline", "headline"),
               Removed("PUBLISHED: 00:01, Tue, Nov 19, 2019 | UPDATED: 10:43, Tue, Nov 19, 2019", "time stamp"))
    assert date_from_text(("Body.",), removed).value == "2019-11-19"


def test_dates_are_never_completed_by_guessing():
    assert date_in_text("on October 19") is None
    assert date_in_text("published 2025-10-29 at noon") == "2025-10-29"


def test_title_from_the_lead_sentence_drops_the_dateline_and_is_cut_short():
    lead = ("ISLAMABAD, Pakistan – The defence minister warned on Wednesday that his country would strike deep "
            "inside the neighbouring country if attacks continued. He said more.")
    assert title_from_lead((lead,)) == "The defence minister warned on Wednesday that his country would strike deep inside …"


def test_language_detection_and_its_limits():
    assert detect_language("Die Regierung hat am Mittwoch mitgeteilt, dass die Gespräche gescheitert sind.").value == "de"
    assert detect_language("Hi").value is None
