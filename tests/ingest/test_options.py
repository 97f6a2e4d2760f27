import pytest

from newsloom.ingest import IngestOptions
from newsloom.ingest.options import Context, cap_text
from newsloom.records import DocMeta


def test_defaults():
    options = IngestOptions()
    assert options.max_bytes == 20 * 1024 * 1024 and options.timeout == 20 and options.fetch_feed_pages
    assert cap_text(options.max_bytes) == "20 MB"
    assert options.given == DocMeta()


def test_published_is_normalised_or_refused():
    assert IngestOptions(outlet="X", published="29 October 2025").given == DocMeta(outlet="X",
                                                                                  published="2025-10-29")
    with pytest.raises(ValueError, match="published"):
        IngestOptions(published="last Tuesday")


def test_bad_limits():
    with pytest.raises(ValueError):
        IngestOptions(max_bytes=0)
    with pytest.raises(ValueError):
        IngestOptions(timeout=-1)


def test_field_map_names_known_fields():
    assert IngestOptions(field_map={"text": "story"}).field_map == {"text": "story"}
    with pytest.raises(ValueError, match="unknown field"):
        IngestOptions(field_map={"body": "story"})


def test_options_are_frozen():
    with pytest.raises(AttributeError):
        IngestOptions().outlet = "x"


def test_context_item_names_and_item_given():
    ctx = Context(name="dump.jsonl", options=IngestOptions(),
                  given=DocMeta(outlet="O", title="one doc's title", url="https://ex.org/whole"))
    assert ctx.item(3) == "dump.jsonl#3"
    assert ctx.given_for_item("https://ex.org/3") == DocMeta(outlet="O")
