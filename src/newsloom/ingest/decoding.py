"""Bytes → text, and the checks that keep non-text and oversize inputs out.

Scrapes arrive in every encoding and many lie about it. Order of evidence: a byte-order mark; valid UTF-8
(legacy text is practically never valid UTF-8, while pages mislabelled "iso-8859-1" that are really UTF-8
are common); the transport's charset (HTTP header); the document's own declaration (``<meta charset>``,
XML declaration); a Western/Central-European check that charset-normalizer gets wrong on short texts
(cp1252 vs cp1250); then charset-normalizer's detection. Binary and empty inputs fail with a reason.
"""
from __future__ import annotations

import codecs
import os
import re
from typing import BinaryIO

from charset_normalizer import from_bytes

from .options import IngestError, cap_text, os_errors_as_reasons

__all__ = ["read_capped", "check_binary", "decode", "charset_of", "codec_for"]

_MAGIC = [
    (b"%PDF-", "PDF document"), (b"\x89PNG\r\n\x1a\n", "PNG image"), (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"), (b"\xff\xd8\xff", "JPEG image"), (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
    (b"\x7fELF", "executable"), (b"MZ", "executable"), (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"), (b"SQLite format 3\x00", "SQLite database"), (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"), (b"\x28\xb5\x2f\xfd", "zstd data"), (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"), (b"\x1a\x45\xdf\xa3", "Matroska/WebM media"), (b"wOFF", "font"), (b"wOF2", "font"),
    (b"\x00\x00\x01\x00", "icon"), (b"II*\x00", "TIFF image"), (b"MM\x00*", "TIFF image"),
]
_WEAK_MAGIC = frozenset({b"MZ", b"ID3", b"BZh", b"OggS", b"wOFF", b"wOF2"})
_BOMS = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]
#: Labels whose WHATWG meaning differs from Python's codec of the same name.
_LABELS = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "l1": "cp1252",
    "us-ascii": "cp1252", "ascii": "cp1252", "iso_8859-1": "cp1252", "iso-8859-9": "cp1254",
    "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "ms_kanji": "cp932",
    "windows-31j": "cp932", "csshiftjis": "cp932", "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030",
    "euc-kr": "cp949", "ks_c_5601-1987": "cp949", "tis-620": "cp874", "iso-8859-11": "cp874", "big5": "big5hkscs",
}
_META = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.I)
_XML_DECL = re.compile(rb"^\s*<\?xml[^>]{0,100}?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']", re.I)
_SAMPLE = 8192


def read_capped(path: str | os.PathLike | None, max_bytes: int, stream: BinaryIO | None = None) -> bytes:
    """The whole of a file (or stream), refusing before reading when it is over the cap."""
    if stream is None:
        with os_errors_as_reasons():
            if os.stat(path).st_size > max_bytes:
                raise IngestError(f"larger than the {cap_text(max_bytes)} cap")
            with open(path, "rb") as handle:
                return read_capped(None, max_bytes, handle)
    data = stream.read(max_bytes + 1)  # streams (stdin, pipes, gzip) have no size to stat
    if len(data) > max_bytes:
        raise IngestError(f"larger than the {cap_text(max_bytes)} cap")
    return data


def check_binary(data: bytes) -> None:
    """Refuse data that is not text: known file signatures, NUL bytes, or mostly control bytes."""
    if not data:
        raise IngestError("empty file")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            if magic in _WEAK_MAGIC and not _has_controls(data[:512]):
                continue  # plain text can start with "MZ" or "ID3"; the real formats have control bytes
            raise IngestError(f"binary file ({what})")
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        raise IngestError("binary file (NUL bytes)")
    if _has_controls(sample, share=0.1):
        raise IngestError("binary file (mostly non-text bytes)")


def _has_controls(sample: bytes, share: float = 0.05) -> bool:
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27) or b == 127)
    return controls > share * max(len(sample), 1)


def charset_of(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a Content-Type header value."""
    if not content_type:
        return None
    match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", content_type, re.I)
    return match.group(1) if match else None


def codec_for(label: str | None) -> str | None:
    """Python codec name for a charset label as written on the web, or None if unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _LABELS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """``(text, encoding)`` for text bytes; raises :class:`IngestError` for binary or empty data."""
    check_binary(data)
    text, encoding = _decode(data, declared)
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise IngestError("empty file (only white space)")
    return text, encoding


def _decode(data: bytes, declared: str | None) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), codec.replace("-sig", "")
    attempt = _strict(data, "utf-8")
    if attempt is not None:
        return attempt, "utf-8"
    for label in (declared, _in_document(data)):
        codec = codec_for(label)
        if codec and not codec.startswith(("utf_16", "utf_32")):
            attempt = _strict(data, codec)
            if attempt is not None:
                return attempt, codec
    latin = _latin_choice(data)
    if latin:
        return data.decode(latin), latin
    best = from_bytes(data[:200_000]).best()
    if best is not None:
        codec = codec_for(best.encoding) or best.encoding
        attempt = _strict(data, codec)
        if attempt is not None:
            return attempt, codec
        return data.decode(codec, errors="replace"), codec
    fallback = codec_for(declared) or "utf-8"
    return data.decode(fallback, errors="replace"), fallback


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _in_document(data: bytes) -> str | None:
    head = data[:4096]
    match = _XML_DECL.match(head) or _META.search(head)
    return match.group(1).decode("ascii") if match else None


# Letters common in Western (cp1252) and Central European (cp1250) languages; weight 1 = frequent,
# 0.5 = possible but rare. Used only to choose between the two when both decode.
_WEST = dict.fromkeys("éèàçâêîôûëïüöäßñáíóúãõœÉÈÀÇÂÊÎÔÛËÏÜÖÄÑÁÍÓÚÃÕŒ", 1.0) | dict.fromkeys(
    "ìòùøåæÿýþðÌÒÙØÅÆŸÝÞÐ", 0.5)
_CENTRAL = dict.fromkeys("čřěůšžýáíéúňťďłąęśźżńóőűăâîșțşţöüäôČŘĚŮŠŽÝÁÍÉÚŇŤĎŁĄĘŚŹŻŃÓŐŰĂÂÎȘȚŞŢÖÜÄÔ", 1.0) \
    | dict.fromkeys("ŕĺľçëŔĹĽÇË", 0.5)


def _latin_choice(data: bytes) -> str | None:
    """cp1252 or cp1250 for Latin-script text, or None when the text is not Latin-script or not either."""
    west, central = _strict(data, "cp1252"), _strict(data, "cp1250")
    text = west or central
    if text is None:
        return None
    letters = sum(1 for c in text if c.isalpha())
    high_letters = sum(1 for c in text if c.isalpha() and ord(c) > 127)
    if letters == 0 or high_letters > 0.25 * letters:
        return None  # Cyrillic, Greek, CJK ... mis-read as accented Latin: leave it to the detector
    scores = {codec: sum(table.get(c, 0.0) for c in decoded if ord(c) > 127) / max(high_letters, 1)
              for codec, decoded, table in (("cp1252", west, _WEST), ("cp1250", central, _CENTRAL))
              if decoded is not None}
    best = max(scores, key=lambda codec: (scores[codec], codec == "cp1252"))
    return best if scores[best] >= 0.5 or high_letters == 0 else None
