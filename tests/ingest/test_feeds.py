from newsloom.ingest import IngestOptions, read_inputs

from .conftest import article_html, docs, failures, html_route

LONG = " ".join(f"full{i}" for i in range(200))
SUMMARY_50 = " ".join(f"sum{i}" for i in range(50))


def rss(items: str, title: str = "Wire Service") -> str:
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
            f'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<channel><title>{title}</title><link>https://wire.example</link>{items}</channel></rss>")


def item(link: str, title: str = "Entry", summary: str = "", content: str = "",
         date: str = "Wed, 29 Oct 2025 10:00:00 +0500") -> str:
    parts = [f"<title>{title}</title>", f"<link>{link}</link>", f"<pubDate>{date}</pubDate>",
             "<dc:creator>Jane Doe</dc:creator>"]
    if summary:
        parts.append(f"<description>{summary}</description>")
    if content:
        parts.append(f"<content:encoded><![CDATA[{content}]]></content:encoded>")
    return "<item>" + "".join(parts) + "</item>"


def test_full_content_entries(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text(rss(item("https://ex.org/1", "First", "teaser", f"<p>{LONG}</p>")))
    [doc] = read_inputs([str(path)])
    assert doc.source == f"{path}#1"
    assert doc.media_type == "text/html" and doc.body == f"<p>{LONG}</p>"
    assert doc.metadata.as_dict() == {"url": "https://ex.org/1", "title": "First", "author": "Jane Doe",
                                      "published": "2025-10-29T10:00:00+05:00", "outlet": "Wire Service"}


def test_atom_feed(tmp_path):
    path = tmp_path / "feed.atom"
    path.write_text('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>'
                    '<entry><title>A</title><link href="https://ex.org/a"/><updated>2025-10-29T10:00:00Z</updated>'
                    f'<author><name>Ann</name></author><content type="text">{LONG}</content></entry></feed>')
    [doc] = read_inputs([str(path)])
    assert doc.media_type == "text/plain" and doc.body == LONG
    assert doc.metadata.outlet == "Atom News" and doc.metadata.published == "2025-10-29T10:00:00+00:00"


def test_summary_only_entries_fetch_their_pages(tmp_path, http_server):
    base, routes = http_server
    routes["/feed-pages/1"] = html_route(article_html("Page one"))
    routes["/feed-pages/2"] = (302, {"Location": "/feed-pages/2-final"}, b"")
    routes["/feed-pages/2-final"] = html_route(article_html("Page two"))
    path = tmp_path / "summaries.rss"
    path.write_text(rss(item(f"{base}/feed-pages/1", summary="Short teaser.")
                        + item(f"{base}/feed-pages/2", summary="Another teaser.")))
    first, second = read_inputs([str(path)])
    assert first.media_type == "text/html" and "<title>Page one</title>" in first.body
    assert first.metadata.url == f"{base}/feed-pages/1" and first.metadata.title == "Entry"
    assert second.metadata.url == f"{base}/feed-pages/2-final"  # past the redirect


def test_failed_page_fetch_policy(tmp_path, http_server, closed_port):
    base, routes = http_server
    path = tmp_path / "feed.xml"
    path.write_text(rss(item(f"{base}/feed-pages/missing", summary=SUMMARY_50)
                        + item(f"http://127.0.0.1:{closed_port}/x", summary="Too short to stand alone.")))
    results = list(read_inputs([str(path)], IngestOptions(timeout=2)))
    assert [(f.item, f.reason) for f in failures(results)] == [
        (f"{path}#1", f"could not fetch the page {base}/feed-pages/missing: HTTP 404 Not Found"),
        (f"{path}#2", f"could not fetch the page http://127.0.0.1:{closed_port}/x: unreachable: connection refused")]
    [doc] = docs(results)  # the 50-word summary stands in for the page; the 5-word one does not
    assert doc.source == f"{path}#1" and doc.body == SUMMARY_50


def test_fetching_off(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text(rss(item("https://ex.org/1", summary=SUMMARY_50) + item("https://ex.org/2", summary="Short.")))
    results = list(read_inputs([str(path)], IngestOptions(fetch_feed_pages=False)))
    assert [d.body for d in docs(results)] == [SUMMARY_50]
    assert [f.reason for f in failures(results)] == ["only a summary of 1 word and page fetching is off"]


def test_malformed_and_empty_feeds(tmp_path):
    broken = tmp_path / "broken.xml"
    broken.write_text("<?xml version='1.0'?><rss><channel><title>Broken<item><title>x</ti")
    empty = tmp_path / "empty.rss"
    empty.write_text(rss(""))
    not_feed = tmp_path / "sitemap.xml"
    not_feed.write_text("<?xml version='1.0'?><urlset><url><loc>https://ex.org</loc></url></urlset>")
    results = list(read_inputs([str(broken), str(empty), str(not_feed)]))
    assert [f.item for f in results] == [str(broken), str(empty), str(not_feed)]
    assert results[0].reason.startswith("malformed feed:")
    assert results[1].reason == "feed has no entries"
    assert results[2].reason == "XML that is not an RSS, Atom or RDF feed"


def test_feed_from_url(http_server):
    base, routes = http_server
    routes["/feed.xml"] = html_route(rss(item("https://ex.org/1", content=LONG)), "application/rss+xml")
    [doc] = read_inputs([f"{base}/feed.xml"])
    assert doc.source == f"{base}/feed.xml#1" and doc.body == LONG and doc.metadata.outlet == "Wire Service"
