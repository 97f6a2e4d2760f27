"""Manifests: what the analyst states about inputs (outlet, date, URL ...) that no file says reliably.

A manifest is JSONL (one object a line) or CSV (a header row), one entry per input, keyed by ``file`` (or
``path``): relative to the manifest's directory, absolute, or relative to the working directory as typed;
or by ``url`` for URL inputs and for items inside containers (a JSONL line, a WARC record, a feed entry
whose own URL it is). An entry for a directory covers the files under it; an entry for a container file
covers all its items, less its ``url`` and ``title``, which name one document. Values go to
``RawDocument.given``; per-call options (``outlet``, ``published``) override them.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Callable, Iterable

from newsloom.records import META_FIELDS, DocMeta, Failure

from ..dates import normalise_date
from .decoding import decode, read_capped
from .options import IngestError, IngestOptions
from .sources import Input, is_url

__all__ = ["Manifest", "Givens"]

_ALIASES = {"date": "published", "lang": "language", "source_url": "url", "link": "url"}
_ITEM_ONLY = ("url", "title")


class Manifest:
    """One manifest file, loaded; ``failures`` lists its bad entries (each skipped or partly used)."""

    def __init__(self, path: Path, max_bytes: int) -> None:
        self.path = path
        self.failures: list[Failure] = []
        self._by_path: dict[Path, DocMeta] = {}
        self._by_url: dict[str, DocMeta] = {}
        text, _ = decode(read_capped(path, max_bytes))
        rows = _csv_rows(text) if path.suffix.lower() == ".csv" else _jsonl_rows(text)
        for number, row in rows:
            if isinstance(row, str):
                self.failures.append(Failure(f"{path}#{number}", row))
            else:
                self._add(number, row)

    def _add(self, number: int, row: dict) -> None:
        row = {_ALIASES.get(str(k).strip().lower(), str(k).strip().lower()): v for k, v in row.items() if k}
        key = str(row.get("file") or row.get("path") or "").strip()
        url = str(row.get("url") or "").strip()
        if row.get("published") not in (None, ""):
            iso = normalise_date(str(row["published"]))
            if iso is None:
                self.failures.append(Failure(f"{self.path}#{number}",
                                             f"cannot read published date {row['published']!r}; ignored"))
            row["published"] = iso
        meta = DocMeta.from_mapping({name: row.get(name) for name in META_FIELDS})
        if key and is_url(key):
            key, url = "", url or key
            meta = DocMeta(url=url).over(meta)
        if key:
            typed = Path(key).expanduser()
            if typed.is_absolute():
                self._by_path[typed.resolve()] = meta
            else:
                self._by_path[(self.path.parent / typed).resolve()] = meta
                self._by_path.setdefault(typed.resolve(), meta)
        elif url:
            self._by_url[url] = meta
        else:
            self.failures.append(Failure(f"{self.path}#{number}", "entry names no file, path or url"))

    def for_path(self, path: Path) -> tuple[DocMeta, bool]:
        """The entry for a file, or for the nearest directory above it; ``True`` if it was the file's own."""
        resolved = path.resolve()
        if resolved in self._by_path:
            return self._by_path[resolved], True
        for parent in resolved.parents:
            if parent in self._by_path:
                return self._by_path[parent], False
        return DocMeta(), False

    def for_url(self, url: str | None) -> DocMeta:
        return self._by_url.get(url, DocMeta()) if url else DocMeta()


def _jsonl_rows(text: str) -> Iterable[tuple[int, dict | str]]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, f"line {number}: invalid JSON: {exc.msg} (column {exc.colno})"
            continue
        yield number, row if isinstance(row, dict) else f"line {number}: not a JSON object"


def _csv_rows(text: str) -> Iterable[tuple[int, dict | str]]:
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames:
        return
    for row in reader:
        if any((v or "").strip() for v in row.values() if isinstance(v, str)):
            yield reader.line_num, row


def _strip_item_only(meta: DocMeta) -> DocMeta:
    return DocMeta(**{k: v for k, v in meta.as_dict().items() if k not in _ITEM_ONLY})


class Givens:
    """Everything the user stated for a run: per-call options over manifests (explicit, then nearest)."""

    def __init__(self, options: IngestOptions) -> None:
        self.options = options
        self._loaded: dict[Path, Manifest | None] = {}
        self.explicit = Path(options.manifest).expanduser() if options.manifest else None

    def load(self, path: Path) -> list[Failure]:
        """Load a manifest once; the failures it gives are reported the first time only."""
        key = path.resolve()
        if key in self._loaded:
            return []
        try:
            manifest = Manifest(path, self.options.max_bytes)
        except IngestError as exc:
            self._loaded[key] = None
            return [Failure(str(path), f"manifest: {exc}")]
        self._loaded[key] = manifest
        return manifest.failures

    def is_manifest(self, path: Path | None) -> bool:
        return bool(path and self.explicit and path.resolve() == self.explicit.resolve())

    def for_input(self, item: Input) -> tuple[Callable[[str | None], DocMeta], Callable[[str | None], DocMeta]]:
        """``(doc, item)``: given for the input read as one document (optionally under its final URL), and
        for one item of it (by the item's URL)."""
        paths = ([self.explicit] if self.explicit else []) + list(item.manifests)
        manifests = [m for m in (self._loaded.get(p.resolve()) for p in paths) if m is not None]
        per_call = self.options.given

        def own(manifest: Manifest) -> tuple[DocMeta, bool]:
            if item.path is not None:
                return manifest.for_path(item.path)
            return manifest.for_url(item.url), True

        def doc(final_url: str | None = None) -> DocMeta:
            result = per_call
            for manifest in manifests:
                entry, exact = own(manifest)
                result = result.over(entry if exact else _strip_item_only(entry))
                result = result.over(manifest.for_url(final_url))
            return result

        def for_item(url: str | None) -> DocMeta:
            result = per_call
            for manifest in manifests:
                result = result.over(manifest.for_url(url)).over(_strip_item_only(own(manifest)[0]))
            return result

        return doc, for_item
