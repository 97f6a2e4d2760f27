import gzip

from newsloom.ingest import IngestOptions, read_inputs

from .conftest import docs, failures


def test_gzipped_files_are_read_by_inner_name(tmp_path):
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(b"<p>zipped page</p>"))
    (tmp_path / "notes.txt.gz").write_bytes(gzip.compress("café “quoted”".encode("cp1252")))
    (tmp_path / "mystery.gz").write_bytes(gzip.compress(b"<!DOCTYPE html><html><body>x</body></html>"))
    (tmp_path / "items.json.gz").write_bytes(gzip.compress(b'[{"text": "a"}, {"text": "b"}]'))
    results = list(read_inputs([str(tmp_path)]))
    assert not failures(results)
    summary = [(d.source.rsplit("/", 1)[-1], d.media_type, d.body) for d in results]
    assert summary == [("items.json.gz#1", "text/plain", "a"), ("items.json.gz#2", "text/plain", "b"),
                       ("mystery.gz", "text/html", "<!DOCTYPE html><html><body>x</body></html>"),
                       ("notes.txt.gz", "text/plain", "café “quoted”"),
                       ("page.html.gz", "text/html", "<p>zipped page</p>")]


def test_truncated_corrupt_and_oversize_gzip(tmp_path):
    data = gzip.compress(("<p>" + " ".join(str(i) for i in range(5000)) + "</p>").encode())
    (tmp_path / "cut.html.gz").write_bytes(data[: len(data) // 2])
    (tmp_path / "bad.html.gz").write_bytes(b"\x1f\x8b\x08\x00" + b"\xff" * 40)
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"a" * 100_000))
    results = list(read_inputs([str(tmp_path / n) for n in ("cut.html.gz", "bad.html.gz", "bomb.txt.gz")],
                               IngestOptions(max_bytes=50_000)))
    reasons = [f.reason for f in results]
    assert reasons[0] == "truncated gzip"
    assert reasons[1].startswith("corrupt gzip")
    assert reasons[2] == "larger than the 50000 bytes cap once decompressed"


def test_unknown_extensions_are_sniffed(tmp_path):
    (tmp_path / "page.dat").write_text("<html><body><p>x</p></body></html>")
    (tmp_path / "story").write_text("Just a story without an extension.")
    (tmp_path / "export.data").write_text('[{"text": "from json"}]')
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    results = list(read_inputs([str(tmp_path)]))
    assert [(r.source.rsplit("/", 1)[-1], r.media_type) for r in docs(results)] == [
        ("export.data#1", "text/plain"), ("page.dat", "text/html"), ("story", "text/plain")]
    assert [(f.item.rsplit("/", 1)[-1], f.reason) for f in failures(results)] == [
        ("report.pdf", "binary file (PDF document)")]


def test_a_reader_bug_is_one_failure_and_the_batch_goes_on(tmp_path, monkeypatch):
    (tmp_path / "a.html").write_text("<p>a</p>")
    (tmp_path / "b.txt").write_text("b")

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("newsloom.ingest.html.read", broken)
    results = list(read_inputs([str(tmp_path / "a.html"), str(tmp_path / "b.txt")]))
    assert results[0].reason == "internal error: RuntimeError: boom"
    assert results[1].body == "b"


def test_reading_is_lazy(tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(str(i))
    stream = read_inputs([str(tmp_path)])
    first = next(stream)
    (tmp_path / "2.txt").unlink()  # removed after listing, before reading: a Failure, not a crash
    rest = list(stream)
    assert first.body == "0" and rest[0].body == "1"
    assert rest[1].reason == "no such file or directory"
