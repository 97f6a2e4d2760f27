import io

import pytest

from newsloom.ingest.decoding import charset_of, check_binary, codec_for, decode, read_capped
from newsloom.ingest.options import IngestError

SMART = "“Smart quotes” and the café’s naïve owner — said it wasn’t working."
RUSSIAN = ("<html><head>{meta}<title>Новости</title></head><body><p>Правительство объявило о новых мерах "
           "поддержки экономики в понедельник, сообщили в министерстве.</p></body></html>")
JAPANESE = ("<html><head>{meta}<title>ニュース</title></head><body><p>政府は月曜日、経済を支援するための"
            "新たな措置を発表したと、省の関係者が明らかにした。</p></body></html>")


def test_utf8_and_bom():
    assert decode("héllo".encode()) == ("héllo", "utf-8")
    assert decode(b"\xef\xbb\xbfhello")[0] == "hello"
    text, encoding = decode("héllo wörld".encode("utf-16"))
    assert (text, encoding) == ("héllo wörld", "utf-16")


def test_cp1252_smart_quotes_and_accents():
    assert decode(SMART.encode("cp1252")) == (SMART, "cp1252")


def test_latin_european_legacy_encodings():
    french = "Le président a déclaré que la réunion était très importante pour l'économie française."
    czech = "Vláda v pondělí oznámila nová opatření na podporu ekonomiky, řekl mluvčí ministerstva průmyslu."
    assert decode(french.encode("latin-1"))[0] == french
    assert decode(czech.encode("cp1250")) == (czech, "cp1250")


@pytest.mark.parametrize("page, codec, label", [(RUSSIAN, "cp1251", "windows-1251"),
                                                 (JAPANESE, "shift_jis", "shift_jis")])
def test_legacy_html_with_and_without_meta_charset(page, codec, label):
    with_meta = page.format(meta=f'<meta charset="{label}">')
    assert decode(with_meta.encode(codec))[0] == with_meta
    http_equiv = page.format(meta=f'<meta http-equiv="Content-Type" content="text/html; charset={label}">')
    assert decode(http_equiv.encode(codec))[0] == http_equiv
    bare = page.format(meta="")
    assert decode(bare.encode(codec))[0] == bare


def test_transport_charset_beats_document_declaration():
    page = RUSSIAN.format(meta='<meta charset="windows-1251">')
    text, encoding = decode(page.encode("koi8_r"), declared="koi8-r")
    assert text == page and encoding == "koi8-r"


def test_mislabelled_utf8_is_read_as_utf8():
    page = '<meta charset="iso-8859-1"><p>Café “quoted”</p>'
    assert decode(page.encode("utf-8"))[0] == page


def test_xml_declaration():
    feed = '<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>Новости дня</title></channel></rss>'
    assert decode(feed.encode("cp1251"))[0] == feed


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"),
    (b"%PDF-1.7\n...", "binary file (PDF document)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file (PNG image)"),
    (b"PK\x03\x04\x14\x00", "binary file (ZIP archive)"),
    (b"some text\x00with a NUL", "binary file (NUL bytes)"),
    (bytes(range(1, 32)) * 20, "binary file (mostly non-text bytes)"),
])
def test_binary_and_empty(data, reason):
    with pytest.raises(IngestError, match=rf"^{__import__('re').escape(reason)}$"):
        check_binary(data)


def test_whitespace_only_is_empty():
    with pytest.raises(IngestError, match="empty"):
        decode(b"  \n\t\r\n ")


def test_read_capped_refuses_before_reading(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2048)
    opened = []
    monkeypatch.setattr("builtins.open", lambda *a, **k: opened.append(a) or io.BytesIO(b""))
    with pytest.raises(IngestError, match="larger than the 1024 bytes cap"):
        read_capped(big, 1024)
    assert opened == []  # refused on the file's size, without opening it


def test_read_capped_streams():
    assert read_capped(None, 10, io.BytesIO(b"0123456789")) == b"0123456789"
    with pytest.raises(IngestError, match="larger than the 20 MB cap"):
        read_capped(None, 20 * 1024 * 1024, io.BytesIO(b"x" * (20 * 1024 * 1024 + 1)))


def test_charset_helpers():
    assert charset_of("text/html; charset=\"Windows-1251\"") == "Windows-1251"
    assert charset_of("text/html") is None
    assert codec_for("ISO-8859-1") == "cp1252"
    assert codec_for("Shift_JIS") == "cp932"
    assert codec_for("no-such-charset") is None
