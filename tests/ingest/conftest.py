"""Shared fixtures: a local HTTP server (no network beyond 127.0.0.1) and small input builders."""
from __future__ import annotations

import io
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsloom.records import Failure, RawDocument

ARTICLE_WORDS = " ".join(f"word{i}" for i in range(200))


def article_html(title: str = "A report", words: str = ARTICLE_WORDS) -> str:
    return f"<html><head><title>{title}</title></head><body><article><p>{words}</p></article></body></html>"


class _Handler(BaseHTTPRequestHandler):
    routes: dict = {}

    def do_GET(self):  # noqa: N802 - http.server's naming
        route = self.routes.get(self.path)
        if route is None:
            self._send(404, {"Content-Type": "text/html"}, b"<html><body>Not found</body></html>")
            return
        if callable(route):
            route(self)
            return
        status, headers, body = route
        self._send(status, headers, body)

    def _send(self, status, headers, body):
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        if "Content-Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # keep test output quiet
        pass


@pytest.fixture(scope="session")
def http_server():
    """``(base_url, routes)``: set ``routes[path] = (status, headers, body)`` or a handler callable."""
    routes: dict = {}
    handler = type("Handler", (_Handler,), {"routes": routes})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    yield base, routes
    server.shutdown()
    server.server_close()


@pytest.fixture
def closed_port() -> int:
    """A localhost port nothing listens on (connection refused)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


def html_route(body: str | bytes, content_type: str = "text/html; charset=utf-8", status: int = 200):
    data = body.encode("utf-8") if isinstance(body, str) else body
    return status, {"Content-Type": content_type}, data


def redirect_route(location: str, status: int = 302):
    return status, {"Location": location}, b""


def slow_route(seconds: float):
    def handle(request):
        time.sleep(seconds)
        request._send(200, {"Content-Type": "text/html"}, b"<html><body>late</body></html>")
    return handle


def endless_route(request):
    """Streams HTML without a Content-Length until the client hangs up."""
    request.send_response(200)
    request.send_header("Content-Type", "text/html")
    request.end_headers()
    chunk = b"<p>" + b"x" * 4096 + b"</p>"
    try:
        for _ in range(10_000):
            request.wfile.write(chunk)
    except OSError:
        pass


def docs(results) -> list[RawDocument]:
    return [r for r in results if isinstance(r, RawDocument)]


def failures(results) -> list[Failure]:
    return [r for r in results if isinstance(r, Failure)]


class FakeStdin:
    def __init__(self, data: bytes):
        self.buffer = io.BytesIO(data)
