import pytest

from newsloom.ingest.sniff import choose_kind, kind_by_content_type, kind_by_name, looks_like_html, sniff


@pytest.mark.parametrize("name, kind", [
    ("a.txt", "text"), ("a.MD", "text"), ("a.html", "html"), ("a.htm", "html"), ("a.json", "json"),
    ("a.jsonl", "jsonl"), ("a.ndjson", "jsonl"), ("a.warc", "warc"), ("a.warc.gz", "warc"), ("a.arc", "warc"),
    ("a.xml", "xml"), ("a.rss", "xml"), ("a.atom", "xml"), ("a.html.gz", "gzip"), ("dir.v2/noext", None),
    ("a.docx", None), (".bashrc", None),
])
def test_kind_by_name(name, kind):
    assert kind_by_name(name) == kind


@pytest.mark.parametrize("head, kind", [
    (b"WARC/1.0\r\n", "warc"), (b"\x1f\x8b\x08\x00", "gzip"), (b'  {"a": 1}', "json"), (b"[1]", "json"),
    (b"<?xml version='1.0'?><rss version='2.0'>", "feed"), (b'<feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
    (b"<?xml version='1.0'?><urlset>", "xml"), (b"<!doctype html><html>", "html"), (b"\xef\xbb\xbf<html>", "html"),
    (b"Some <p>fragment</p> of a page", "html"), (b"A plain sentence, 3 < 4.", "text"),
    ("<html><body>x</body></html>".encode("utf-16"), "html"),
])
def test_sniff(head, kind):
    assert sniff(head) == kind


def test_choose_kind_trusts_container_extensions_but_recognises_feeds():
    assert choose_kind("x.json", b"<html>") == "json"  # a broken .json fails as JSON
    assert choose_kind("x.txt", b"<p>markup</p>") == "text"
    assert choose_kind("x.html", b"<rss version='2.0'><channel>") == "feed"
    assert choose_kind("x.xml", b"<html><body>") == "html"
    assert choose_kind("noext", b"<rss><channel>") == "feed"
    assert choose_kind("", b"plain", hint="html") == "html"


def test_content_types_and_html_detection():
    assert kind_by_content_type("text/html; charset=utf-8") == "html"
    assert kind_by_content_type("application/rss+xml") == "xml"
    assert kind_by_content_type("application/json") == "json"
    assert kind_by_content_type("text/plain") is None
    assert looks_like_html("<p>Hello</p>") and looks_like_html("line<br/>break")
    assert not looks_like_html("if a < b and c > d then") and not looks_like_html("<Reuters> said")
