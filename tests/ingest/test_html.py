from newsloom.ingest import IngestOptions, read_inputs

from .conftest import docs, failures

RUSSIAN = ("<html><head>{meta}<title>Новости</title></head><body><p>Правительство объявило о новых мерах "
           "поддержки экономики в понедельник, сообщили в министерстве.</p></body></html>")
JAPANESE = ("<html><head>{meta}<title>ニュース</title></head><body><p>政府は月曜日、経済を支援するための"
            "新たな措置を発表したと、省の関係者が明らかにした。</p></body></html>")


def test_html_page_is_passed_whole(tmp_path):
    page = "<!DOCTYPE html><html><head><title>T</title></head><body><p>Text</p></body></html>"
    (tmp_path / "page.html").write_text(page)
    (tmp_path / "page2.htm").write_text(page)
    results = list(read_inputs([str(tmp_path / "page.html"), str(tmp_path / "page2.htm")]))
    assert [d.media_type for d in results] == ["text/html", "text/html"]
    assert results[0].body == page
    assert results[0].metadata.title is None  # page metadata is the cleaner's to read


def test_malformed_html_is_still_read(tmp_path):
    page = "<html><body><div><p>Unclosed paragraph <b>bold <i>both</div><p>Another"
    (tmp_path / "broken.html").write_text(page)
    [doc] = list(read_inputs([str(tmp_path / "broken.html")]))
    assert doc.body == page and doc.media_type == "text/html"


def test_legacy_charsets_with_and_without_meta(tmp_path):
    cases = {
        "ru_meta.html": (RUSSIAN.format(meta='<meta charset="windows-1251">'), "cp1251"),
        "ru_bare.html": (RUSSIAN.format(meta=""), "cp1251"),
        "ja_meta.html": (JAPANESE.format(meta='<meta http-equiv="Content-Type" content="text/html; '
                                              'charset=Shift_JIS">'), "shift_jis"),
        "ja_bare.html": (JAPANESE.format(meta=""), "shift_jis"),
    }
    for name, (page, codec) in cases.items():
        (tmp_path / name).write_bytes(page.encode(codec))
    results = list(read_inputs([str(tmp_path)]))
    assert not failures(results)
    bodies = {d.source.rsplit("/", 1)[-1]: d.body for d in results}
    assert bodies == {name: page for name, (page, _) in cases.items()}


def test_binary_html_and_cap(tmp_path):
    (tmp_path / "fake.html").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 50)
    (tmp_path / "huge.html").write_text("<p>" + "x" * 5000 + "</p>")
    results = list(read_inputs([str(tmp_path / "fake.html"), str(tmp_path / "huge.html")],
                               IngestOptions(max_bytes=4096)))
    assert [f.reason for f in results] == ["binary file (PNG image)", "larger than the 4096 bytes cap"]


def test_feed_saved_as_html_is_read_as_feed(tmp_path):
    feed = ("<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title><item><title>E</title>"
            "<description>" + "word " * 60 + "</description></item></channel></rss>")
    (tmp_path / "feed.html").write_text(feed)
    [doc] = docs(read_inputs([str(tmp_path / "feed.html")], IngestOptions(fetch_feed_pages=False)))
    assert doc.source.endswith("feed.html#1") and doc.metadata.outlet == "Wire"
