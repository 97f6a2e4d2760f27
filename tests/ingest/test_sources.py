import os

from newsloom.ingest import read_inputs
from newsloom.ingest.sources import STDIN_NAME, Input, expand
from newsloom.records import Failure

from .conftest import FakeStdin, docs


def _tree(root):
    files = {
        "b.txt": "B", "a.html": "<p>A</p>", "sub/deeper/c.txt": "C", "sub/d.json": '{"text": "D"}',
        ".hidden.txt": "H", ".git/config.txt": "G", "style.css": "body{}", "script.js": "var x;",
        "README.md": "# About this folder",
        "Saved Page.html": "<p>saved</p>", "Saved Page_files/frame.html": "<p>ad</p>",
    }
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content)
    return root


def test_directory_recursion_is_sorted_and_skips_hidden_and_assets(tmp_path):
    root = _tree(tmp_path / "in")
    names = [i.name for i in expand([str(root)])]
    assert names == [f"{root}/{n}" for n in ("Saved Page.html", "a.html", "b.txt", "sub/d.json", "sub/deeper/c.txt")]


def test_directory_names_keep_the_typed_prefix(tmp_path, monkeypatch):
    _tree(tmp_path / "in")
    monkeypatch.chdir(tmp_path)
    assert [i.name for i in expand(["in"])][:2] == [os.path.join("in", "Saved Page.html"), os.path.join("in", "a.html")]


def test_globs(tmp_path, monkeypatch):
    _tree(tmp_path / "in")
    monkeypatch.chdir(tmp_path)
    assert [i.name for i in expand(["in/*.txt"])] == ["in/b.txt"]
    assert [i.name for i in expand(["in/**/*.txt"])] == ["in/b.txt", "in/sub/deeper/c.txt"]
    assert [i.name for i in expand(["in/**/*.html"])] == ["in/Saved Page.html", "in/Saved Page_files/frame.html",
                                                          "in/a.html"]
    [failure] = expand(["in/*.pdf"])
    assert failure == Failure("in/*.pdf", "no files match the pattern")


def test_missing_empty_and_urls(tmp_path):
    (tmp_path / "empty").mkdir()
    results = list(expand([str(tmp_path / "nope.txt"), str(tmp_path / "empty"), "https://ex.org/a", "-", "  "]))
    assert results[0] == Failure(str(tmp_path / "nope.txt"), "no such file or directory")
    assert results[1] == Failure(str(tmp_path / "empty"), "directory has no files to read")
    assert results[2] == Input(name="https://ex.org/a", url="https://ex.org/a")
    assert results[3] == Input(name=STDIN_NAME, stdin=True)
    assert results[4].reason == "empty input name"


def test_whole_directory_reads_every_kind(tmp_path):
    root = _tree(tmp_path / "in")
    results = list(read_inputs([str(root)]))
    assert [(d.source.removeprefix(f"{root}/"), d.media_type, d.body) for d in results] == [
        ("Saved Page.html", "text/html", "<p>saved</p>"), ("a.html", "text/html", "<p>A</p>"),
        ("b.txt", "text/plain", "B"), ("sub/d.json", "text/plain", "D"), ("sub/deeper/c.txt", "text/plain", "C")]


def test_stdin_is_sniffed(monkeypatch):
    cases = [
        (b"Plain words from a pipe.", "text/plain", [STDIN_NAME]),
        (b"<!DOCTYPE html><html><body><p>Piped page</p></body></html>", "text/html", [STDIN_NAME]),
        (b'{"text": "one"}\n{"text": "two"}\n', "text/plain", [f"{STDIN_NAME}#1", f"{STDIN_NAME}#2"]),
        (b'[{"text": "<p>html body</p>"}]', "text/html", [f"{STDIN_NAME}#1"]),
    ]
    for data, media_type, sources in cases:
        monkeypatch.setattr("sys.stdin", FakeStdin(data))
        results = docs(read_inputs(["-"]))
        assert [d.source for d in results] == sources
        assert {d.media_type for d in results} == {media_type}


def test_empty_stdin(monkeypatch):
    monkeypatch.setattr("sys.stdin", FakeStdin(b""))
    [failure] = read_inputs(["-"])
    assert failure == Failure(STDIN_NAME, "empty file")
