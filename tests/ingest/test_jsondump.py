import gzip
import json

from newsloom.ingest import IngestOptions, read_inputs

from .conftest import docs, failures


def _write(path, value):
    path.write_text(json.dumps(value), encoding="utf-8")
    return str(path)


def test_array_with_recognised_fields(tmp_path):
    path = _write(tmp_path / "dump.json", [
        {"headline": "Storm hits coast", "articleBody": "The storm made landfall.", "link": "https://ex.org/1",
         "datePublished": "Oct 29, 2025", "publisher": {"name": "Example News"}, "authors": ["A. One", "B. Two"],
         "lang": "en"},
        {"title": "Second", "full_text": "<p>Para one.</p><p>Para two.</p>", "canonical_url": "https://ex.org/2",
         "published_at": 1761732000, "site_name": "Other"},
    ])
    first, second = read_inputs([path])
    assert first.source == f"{path}#1" and second.source == f"{path}#2"
    assert first.media_type == "text/plain" and first.body == "The storm made landfall."
    assert first.metadata.as_dict() == {"url": "https://ex.org/1", "outlet": "Example News",
                                        "published": "2025-10-29", "title": "Storm hits coast",
                                        "language": "en", "author": "A. One, B. Two"}
    assert second.media_type == "text/html"
    assert second.metadata.published == "2025-10-29T10:00:00+00:00"
    assert second.metadata.outlet == "Other"


def test_single_object_and_wrappers(tmp_path):
    single = _write(tmp_path / "one.json", {"title": "Solo", "text": "Only article."})
    wrapped = _write(tmp_path / "api.json", {"status": "ok", "description": "API dump",
                                             "articles": [{"content": "A"}, {"content": "B"}]})
    nested = _write(tmp_path / "guardian.json", {"response": {"results": [{"body": "Nested"}]}})
    wordpress = _write(tmp_path / "wp.json", [{"title": {"rendered": "WP title"},
                                               "content": {"rendered": "<p>WP body</p>"}}])
    results = list(read_inputs([single, wrapped, nested, wordpress]))
    assert [(d.source.rsplit("/", 1)[-1], d.body) for d in results] == [
        ("one.json", "Only article."), ("api.json#1", "A"), ("api.json#2", "B"), ("guardian.json#1", "Nested"),
        ("wp.json#1", "<p>WP body</p>")]
    assert results[-1].metadata.title == "WP title"


def test_description_is_a_last_resort(tmp_path):
    path = _write(tmp_path / "d.json", [{"description": "Teaser", "body": "Full body"}, {"description": "Only"}])
    assert [d.body for d in read_inputs([path])] == ["Full body", "Only"]


def test_jsonl_bad_lines_do_not_stop_the_rest(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_text('{"text": "one"}\n\n{"text": "two",, }\n[1, 2]\n{"title": "no body"}\n{"text": "   "}\n'
                    '{"text": "last"}\n', encoding="utf-8")
    results = list(read_inputs([str(path)]))
    assert [d.body for d in docs(results)] == ["one", "last"]
    assert [d.source for d in docs(results)] == [f"{path}#1", f"{path}#7"]
    reasons = {f.item: f.reason for f in failures(results)}
    assert reasons[f"{path}#3"].startswith("line 3: invalid JSON: Expecting property name")
    assert reasons[f"{path}#4"] == "entry is a JSON list, not an object"
    assert reasons[f"{path}#5"].startswith("no text field among text/body/content")
    assert reasons[f"{path}#6"] == "text field is empty"


def test_json_file_holding_json_lines(tmp_path):
    path = tmp_path / "lines.json"
    path.write_text('{"text": "a"}\n{"text": "b"}\n')
    assert [d.body for d in read_inputs([str(path)])] == ["a", "b"]


def test_invalid_json_file_is_one_failure(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('[{"text": "a"}, {"text": ')
    [failure] = read_inputs([str(path)])
    assert failure.item == str(path) and failure.reason.startswith("invalid JSON: Expecting value")


def test_field_map_overrides(tmp_path):
    path = _write(tmp_path / "custom.json", [{"story_body": "Mapped body", "text": "ignored", "site": "Mapped",
                                              "meta": {"when": "2025-10-29"}}])
    options = IngestOptions(field_map={"text": "story_body", "outlet": "site", "published": "meta.when"})
    [doc] = read_inputs([path], options)
    assert doc.body == "Mapped body"
    assert doc.metadata.outlet == "Mapped" and doc.metadata.published == "2025-10-29"


def test_gzipped_jsonl_and_truncated_gzip(tmp_path):
    lines = "".join(json.dumps({"text": f"article {i} " + " ".join(str(i * j) for j in range(60))}) + "\n"
                    for i in range(500)).encode()
    good = tmp_path / "dump.jsonl.gz"
    good.write_bytes(gzip.compress(lines))
    assert len(docs(read_inputs([str(good)]))) == 500
    cut = tmp_path / "cut.jsonl.gz"
    data = gzip.compress(lines)
    cut.write_bytes(data[: len(data) // 2])
    results = list(read_inputs([str(cut)]))
    assert 0 < len(docs(results)) < 500
    [failure] = failures(results)
    assert failure.item == str(cut) and failure.reason.startswith("truncated gzip (after ")


def test_jsonl_line_over_the_cap(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"text": "x" * 3000}) + "\n" + json.dumps({"text": "small"}) + "\n")
    results = list(read_inputs([str(path)], IngestOptions(max_bytes=1024)))
    assert [d.body for d in docs(results)] == ["small"]
    assert failures(results)[0].reason == "line 1: larger than the 1024 bytes cap"
