import gzip
import json

from newsloom.ingest import IngestOptions, read_inputs
from newsloom.records import Failure, RawDocument

from .conftest import FakeStdin, article_html, html_route


def test_a_mixed_batch_yields_one_result_per_item_in_input_order(tmp_path, http_server, monkeypatch,
                                                                 closed_port):
    base, routes = http_server
    routes["/batch/page"] = html_route(article_html("Batch"))
    (tmp_path / "scrapes").mkdir()
    (tmp_path / "scrapes" / "one.txt").write_text("First scrape.")
    (tmp_path / "scrapes" / "two.txt").write_bytes(b"")
    (tmp_path / "dump.jsonl.gz").write_bytes(gzip.compress(
        (json.dumps({"text": "J1"}) + "\nnot json\n" + json.dumps({"text": "J2"}) + "\n").encode()))
    monkeypatch.setattr("sys.stdin", FakeStdin(b"From the pipe."))
    monkeypatch.chdir(tmp_path)
    inputs = ["scrapes", "*.gz", "missing.html", f"{base}/batch/page", f"http://127.0.0.1:{closed_port}/", "-"]
    results = list(read_inputs(inputs, IngestOptions(outlet="Desk", timeout=2)))
    summary = [(r.source, "doc") if isinstance(r, RawDocument) else (r.item, r.reason) for r in results]
    assert summary == [
        ("scrapes/one.txt", "doc"),
        ("scrapes/two.txt", "empty file"),
        ("dump.jsonl.gz#1", "doc"),
        ("dump.jsonl.gz#2", "line 2: invalid JSON: Expecting value (column 1)"),
        ("dump.jsonl.gz#3", "doc"),
        ("missing.html", "no such file or directory"),
        (f"{base}/batch/page", "doc"),
        (f"http://127.0.0.1:{closed_port}/", "unreachable: connection refused"),
        ("<stdin>", "doc"),
    ]
    assert all(r.given.outlet == "Desk" for r in results if isinstance(r, RawDocument))
    assert all(isinstance(r, Failure) and "\n" not in r.reason for r in results if not isinstance(r, RawDocument))
