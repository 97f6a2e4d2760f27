import json

from newsloom.ingest import IngestOptions, read_inputs
from newsloom.records import DocMeta

from .conftest import docs, failures, html_route


def _dump(tmp_path):
    """A JSONL container whose items state their own outlet and date."""
    path = tmp_path / "data" / "dump.jsonl"
    path.parent.mkdir()
    path.write_text("".join(json.dumps({"text": f"Story {i}", "source": "Dump Outlet", "date": "2020-01-01",
                                        "url": f"https://ex.org/{i}", "title": f"T{i}"}) + "\n"
                            for i in (1, 2)))
    return path


def test_jsonl_manifest_overrides_container_metadata(tmp_path):
    dump = _dump(tmp_path)
    manifest = tmp_path / "manifest-explicit.jsonl"
    manifest.write_text(json.dumps({"file": "data/dump.jsonl", "outlet": "Manifest Outlet",
                                    "published": "Oct 29, 2025", "title": "Whole-file title",
                                    "url": "https://ex.org/whole"}) + "\n"
                        + json.dumps({"url": "https://ex.org/2", "title": "Item title", "author": "Writer"}) + "\n")
    first, second = read_inputs([str(dump)], IngestOptions(manifest=str(manifest)))
    assert first.metadata.outlet == "Dump Outlet"  # what the container said stays as evidence
    assert first.given == DocMeta(outlet="Manifest Outlet", published="2025-10-29")  # no url/title for items
    assert second.given == DocMeta(outlet="Manifest Outlet", published="2025-10-29", title="Item title",
                                   author="Writer", url="https://ex.org/2")


def test_csv_manifest_and_per_call_outlet(tmp_path):
    (tmp_path / "a.txt").write_text("Text of a.")
    (tmp_path / "b.html").write_text("<p>Page b</p>")
    manifest = tmp_path / "sources.csv"
    manifest.write_text("file,outlet,published,title,language,author\n"
                        "a.txt,Reuters,29 October 2025,A title,en,Ann\n"
                        f"{tmp_path / 'b.html'},AP,2025-10-29T10:00:00+05:00,,,\n")
    options = IngestOptions(manifest=str(manifest))
    a, b = read_inputs([str(tmp_path / "a.txt"), str(tmp_path / "b.html")], options)
    assert a.given == DocMeta(outlet="Reuters", published="2025-10-29", title="A title", language="en",
                              author="Ann")
    assert b.given == DocMeta(outlet="AP", published="2025-10-29T10:00:00+05:00")
    options = IngestOptions(manifest=str(manifest), outlet="Analyst says", published="2025-11-01")
    a, b = read_inputs([str(tmp_path / "a.txt"), str(tmp_path / "b.html")], options)
    assert (a.given.outlet, a.given.published, a.given.title) == ("Analyst says", "2025-11-01", "A title")
    assert (b.given.outlet, b.given.published) == ("Analyst says", "2025-11-01")


def test_directory_manifest_is_found_and_not_ingested(tmp_path):
    root = tmp_path / "coverage"
    (root / "bbc").mkdir(parents=True)
    (root / "bbc" / "one.txt").write_text("One.")
    (root / "two.txt").write_text("Two.")
    (root / "manifest.jsonl").write_text(json.dumps({"file": "bbc", "outlet": "BBC", "title": "dir title"}) + "\n"
                                         + json.dumps({"file": "two.txt", "outlet": "CNN"}) + "\n")
    (root / "bbc" / "manifest.csv").write_text("file,published\none.txt,2025-10-29\n")
    results = list(read_inputs([str(root)]))
    assert [d.source for d in results] == [f"{root}/bbc/one.txt", f"{root}/two.txt"]
    one, two = results
    assert one.given == DocMeta(outlet="BBC", published="2025-10-29")  # nearest manifest, then the directory's
    assert two.given == DocMeta(outlet="CNN")


def test_manifest_for_url_inputs(tmp_path, http_server):
    base, routes = http_server
    routes["/manifest/page"] = html_route("<p>page</p>")
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(json.dumps({"url": f"{base}/manifest/page", "outlet": "Web Outlet"}) + "\n")
    [doc] = read_inputs([f"{base}/manifest/page"], IngestOptions(manifest=str(manifest)))
    assert doc.given == DocMeta(url=f"{base}/manifest/page", outlet="Web Outlet")


def test_bad_manifest_entries_are_failures_and_the_rest_applies(tmp_path):
    (tmp_path / "a.txt").write_text("A.")
    manifest = tmp_path / "m.jsonl"
    manifest.write_text('{"file": "a.txt", "outlet": "Good", "published": "someday"}\n{broken\n{"outlet": "x"}\n')
    results = list(read_inputs([str(tmp_path / "a.txt")], IngestOptions(manifest=str(manifest))))
    assert [(f.item, f.reason) for f in failures(results)] == [
        (f"{manifest}#1", "cannot read published date 'someday'; ignored"),
        (f"{manifest}#2", "line 2: invalid JSON: Expecting property name enclosed in double quotes (column 2)"),
        (f"{manifest}#3", "entry names no file, path or url")]
    [doc] = docs(results)
    assert doc.given == DocMeta(outlet="Good")


def test_missing_manifest(tmp_path):
    (tmp_path / "a.txt").write_text("A.")
    results = list(read_inputs([str(tmp_path / "a.txt")], IngestOptions(manifest=str(tmp_path / "nope.csv"))))
    assert [(f.item, f.reason) for f in failures(results)] == [
        (str(tmp_path / "nope.csv"), "manifest: no such file or directory")]
    assert len(docs(results)) == 1
