import os

from newsloom.ingest import IngestOptions, read_inputs
from newsloom.ingest.options import Context
from newsloom.ingest.text import read
from newsloom.records import DocMeta

from .conftest import docs, failures


def test_plain_text_body_as_is(tmp_path):
    scrape = "HEADLINE\n\nBy A. Writer\n\nFirst paragraph.\nSecond line.\n\nShare this: Facebook Twitter\n"
    path = tmp_path / "story.txt"
    path.write_text(scrape, encoding="utf-8")
    os.utime(path, (1761732000, 1761732000))
    [doc] = list(read_inputs([str(path)]))
    assert doc.source == str(path)
    assert doc.media_type == "text/plain"
    assert doc.body == scrape
    assert doc.encoding == "utf-8"
    assert doc.metadata == DocMeta() and doc.given == DocMeta()
    assert doc.fetched_at.timestamp() == 1761732000  # a saved scrape is as old as its file


def test_markdown_is_text(tmp_path):
    (tmp_path / "notes.md").write_text("# Title\n\nSome *text* here.")
    [doc] = list(read_inputs([str(tmp_path / "notes.md")]))
    assert doc.media_type == "text/plain"


def test_cp1252_scrape(tmp_path):
    text = "“Smart quotes” are used by the café owner, who said the naïve plan wasn’t working."
    (tmp_path / "legacy.txt").write_bytes(text.encode("cp1252"))
    [doc] = list(read_inputs([str(tmp_path / "legacy.txt")]))
    assert doc.body == text and doc.encoding == "cp1252"


def test_bad_text_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"   \n\n  ")
    (tmp_path / "binary.txt").write_bytes(b"abc\x00\x01\x02def")
    (tmp_path / "big.txt").write_bytes(b"word " * 400)
    (tmp_path / "good.txt").write_text("fine")
    results = list(read_inputs([str(tmp_path / n) for n in ("empty.txt", "blank.txt", "binary.txt", "big.txt",
                                                            "good.txt")], IngestOptions(max_bytes=1000)))
    reasons = {f.item.rsplit("/", 1)[-1]: f.reason for f in failures(results)}
    assert reasons == {"empty.txt": "empty file", "blank.txt": "empty file (only white space)",
                       "binary.txt": "binary file (NUL bytes)", "big.txt": "larger than the 1000 bytes cap"}
    assert [d.body for d in docs(results)] == ["fine"]


def test_reader_keeps_given_and_metadata():
    ctx = Context(name="x.txt", options=IngestOptions(), given=DocMeta(outlet="Given"))
    doc = read(ctx, b"hello", DocMeta(url="http://example.org/a"))
    assert doc.given.outlet == "Given" and doc.metadata.url == "http://example.org/a"
