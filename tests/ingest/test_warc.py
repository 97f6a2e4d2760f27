import io
from datetime import datetime, timezone

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsloom.ingest import IngestOptions, read_inputs

from .conftest import article_html, docs, failures

DATE = "2025-10-29T10:00:00Z"


def write_warc(path, gzip: bool) -> None:
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "test"}))

        def response(url, status, content_type, body):
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers,
                                               warc_headers_dict={"WARC-Date": DATE})
            writer.write_record(record)

        request = writer.create_warc_record("https://ex.org/a", "request", payload=io.BytesIO(b"GET /a\r\n\r\n"))
        writer.write_record(request)
        response("https://ex.org/a", "200 OK", "text/html; charset=utf-8", article_html("A").encode())
        response("https://ex.org/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n")
        response("https://ex.org/gone", "404 Not Found", "text/html", b"<html>gone</html>")
        response("https://ex.org/ru", "200 OK", "text/html; charset=windows-1251",
                 "<html><body><p>Новости дня</p></body></html>".encode("cp1251"))
        response("https://ex.org/b", "200 OK", "text/html", article_html("B", "A short page.").encode())


@pytest.mark.parametrize("gzip, name", [(False, "crawl.warc"), (True, "crawl.warc.gz")])
def test_html_responses_become_documents(tmp_path, gzip, name):
    path = tmp_path / name
    write_warc(path, gzip)
    results = list(read_inputs([str(path)]))
    assert not failures(results)
    assert [(d.source, d.metadata.url) for d in results] == [
        (f"{path}#3", "https://ex.org/a"), (f"{path}#6", "https://ex.org/ru"), (f"{path}#7", "https://ex.org/b")]
    assert all(d.media_type == "text/html" for d in results)
    assert "<title>A</title>" in results[0].body
    assert results[1].body == "<html><body><p>Новости дня</p></body></html>"
    assert results[0].fetched_at == datetime(2025, 10, 29, 10, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("gzip, name", [(False, "cut.warc"), (True, "cut.warc.gz")])
def test_truncated_warc_keeps_records_before_the_damage(tmp_path, gzip, name):
    whole = tmp_path / ("whole.warc.gz" if gzip else "whole.warc")
    write_warc(whole, gzip)
    data = whole.read_bytes()
    path = tmp_path / name
    path.write_bytes(data[: len(data) - 200])  # cut inside the last record
    results = list(read_inputs([str(path)]))
    assert [d.metadata.url for d in docs(results)] == ["https://ex.org/a", "https://ex.org/ru"]
    [failure] = failures(results)
    assert failure.item == str(path)
    assert "truncated" in failure.reason and "6" in failure.reason


@pytest.mark.parametrize("gzip", [False, True])
def test_any_cut_gives_a_prefix_and_one_failure(tmp_path, gzip):
    whole = tmp_path / "whole.warc"
    write_warc(whole, gzip)
    data = whole.read_bytes()
    everything = [d.metadata.url for d in read_inputs([str(whole)])]
    for fraction in (0.3, 0.5, 0.7, 0.9, 0.99):
        path = tmp_path / f"cut{fraction}.warc"
        path.write_bytes(data[: int(len(data) * fraction)])
        results = list(read_inputs([str(path)]))
        urls = [d.metadata.url for d in docs(results)]
        assert urls == everything[: len(urls)]
        [failure] = failures(results)
        assert failure.item == str(path) and failure.reason.startswith(("truncated", "not a WARC")), failure


def test_garbage_is_not_a_warc(tmp_path):
    path = tmp_path / "junk.warc"
    path.write_bytes(b"this is not an archive at all\n" * 10)
    [failure] = read_inputs([str(path)])
    assert failure.item == str(path) and "WARC" in failure.reason


def test_record_over_the_cap_and_manifest_by_target_uri(tmp_path):
    path = tmp_path / "crawl.warc"
    write_warc(path, False)
    manifest = tmp_path / "m.jsonl"
    manifest.write_text('{"url": "https://ex.org/b", "outlet": "Outlet B", "title": "Title B"}\n'
                        f'{{"file": "{path.name}", "outlet": "Crawl", "title": "Not for items"}}\n')
    results = list(read_inputs([str(path)], IngestOptions(manifest=str(manifest), max_bytes=300)))
    by_url = {d.metadata.url: d for d in docs(results)}
    assert by_url["https://ex.org/b"].given.outlet == "Outlet B"
    assert by_url["https://ex.org/b"].given.title == "Title B"
    assert by_url["https://ex.org/ru"].given.outlet == "Crawl" and by_url["https://ex.org/ru"].given.title is None
    assert [f.item for f in failures(results)] == [f"{path}#3"]  # the 200-word page is over 300 bytes
    assert failures(results)[0].reason == "record larger than the 300 bytes cap"
