import pytest

from newsloom.ingest import IngestOptions, read_inputs
from newsloom.ingest.options import IngestError
from newsloom.ingest.web import USER_AGENT, fetch

from .conftest import article_html, endless_route, html_route, redirect_route, slow_route


def test_fetch_follows_redirects(http_server):
    base, routes = http_server
    routes["/web/final"] = html_route(article_html("Final"))
    routes["/web/hop1"] = redirect_route("/web/hop2", 301)
    routes["/web/hop2"] = redirect_route(f"{base}/web/final")
    result = fetch(f"{base}/web/hop1", timeout=5, max_bytes=100_000)
    final_url, content_type, headers, body = result
    assert final_url == f"{base}/web/final"
    assert content_type == "text/html; charset=utf-8" and headers["content-type"] == content_type
    assert b"<title>Final</title>" in body


def test_fetch_sends_user_agent(http_server):
    base, routes = http_server
    agents = []

    def record(request):
        agents.append(request.headers.get("User-Agent"))
        request._send(200, {"Content-Type": "text/html"}, b"<p>ua</p>")

    routes["/web/ua"] = record
    fetch(f"{base}/web/ua", timeout=5, max_bytes=1000)
    assert agents == [USER_AGENT] == ["newsloom/0.1"]


@pytest.mark.parametrize("path, route, reason", [
    ("/web/missing", None, "HTTP 404 Not Found"),
    ("/web/error", html_route("oops", status=500), "HTTP 500 Internal Server Error"),
    ("/web/loop", redirect_route("/web/loop"), "too many redirects (more than 5)"),
    ("/web/image", html_route(b"\x89PNG\r\n\x1a\n", "image/png"), "not a text or HTML page (image/png)"),
    ("/web/declared-big", (200, {"Content-Type": "text/html", "Content-Length": "5000"}, b"x" * 5000),
     "larger than the 1024 bytes cap"),
    ("/web/endless", endless_route, "larger than the 1024 bytes cap"),
])
def test_fetch_failures(http_server, path, route, reason):
    base, routes = http_server
    if route is not None:
        routes[path] = route
    with pytest.raises(IngestError) as caught:
        fetch(f"{base}{path}", timeout=5, max_bytes=1024)
    assert str(caught.value) == reason


def test_unreachable_and_timeout(http_server, closed_port):
    base, routes = http_server
    with pytest.raises(IngestError, match="^unreachable: connection refused$"):
        fetch(f"http://127.0.0.1:{closed_port}/", timeout=2, max_bytes=1024)
    routes["/web/slow"] = slow_route(1.5)
    with pytest.raises(IngestError, match="^timed out after 0.3 s$"):
        fetch(f"{base}/web/slow", timeout=0.3, max_bytes=1024)


def test_url_inputs(http_server, closed_port):
    base, routes = http_server
    routes["/web/story"] = redirect_route("/web/story-final")
    routes["/web/story-final"] = html_route("<html><head><meta charset='utf-8'></head><body><p>Новости дня</p>"
                                            "</body></html>".encode("cp1251"), "text/html; charset=windows-1251")
    routes["/web/plain"] = html_route("Just text.", "text/plain; charset=utf-8")
    routes["/web/api"] = html_route('[{"title": "T", "text": "From an API"}]', "application/json")
    urls = [f"{base}/web/story", f"{base}/web/plain", f"{base}/web/api", f"{base}/web/gone",
            f"http://127.0.0.1:{closed_port}/"]
    results = list(read_inputs(urls, IngestOptions(timeout=2)))
    story, plain, api, gone, refused = results
    assert story.source == f"{base}/web/story" and story.media_type == "text/html"
    assert story.metadata.url == f"{base}/web/story-final"
    assert "Новости дня" in story.body and story.encoding == "cp1251"  # header beats the wrong meta
    assert plain.media_type == "text/plain" and plain.metadata.url == f"{base}/web/plain"
    assert api.source == f"{base}/web/api#1" and api.body == "From an API"
    assert (gone.item, gone.reason) == (f"{base}/web/gone", "HTTP 404 Not Found")
    assert refused.reason == "unreachable: connection refused"


def test_injected_fetch():
    calls = []

    def fake(url, timeout, max_bytes):
        calls.append((url, timeout, max_bytes))
        return url, "text/html", {}, b"<p>faked</p>"

    [doc] = read_inputs(["https://example.invalid/a"], IngestOptions(fetch=fake, timeout=3, max_bytes=99))
    assert doc.body == "<p>faked</p>" and calls == [("https://example.invalid/a", 3, 99)]


def test_unsupported_scheme():
    [failure] = read_inputs(["ftp://example.org/file.txt"])
    assert failure.reason == "unsupported URL scheme 'ftp' (use http or https)"
