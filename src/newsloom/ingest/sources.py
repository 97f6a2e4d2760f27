"""Inputs as the user typed them → the concrete items to read, in a stable order.

An analyst passes a mix: files, folders of scrapes, globs, ``-`` for a pipe, URLs. Expansion is kept apart
from reading so that a bad pattern or missing path is one :class:`Failure` and the rest still run, and so
that the same inputs always give items in the same (sorted) order.

Directory and glob rules:

* hidden files and directories (name starts with ``.``) are skipped;
* page assets (``.css``, ``.js``, images, fonts ...) and the ``X_files/`` folder a browser saves next to
  ``X.html`` are skipped, so a "complete" saved page is read once, as its HTML;
* ``README.*``, ``LICENSE.*`` and ``CHANGELOG.*`` are skipped: they describe a folder, they are not coverage;
* a file named ``manifest.jsonl`` or ``manifest.csv`` met while expanding a directory or glob is not read as
  content: it is the manifest for the files in its directory and below (nearest manifest first). A manifest
  named explicitly as an input is read as content, as asked.
"""
from __future__ import annotations

import glob
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

from newsloom.records import Failure

__all__ = ["Input", "expand", "MANIFEST_NAMES", "STDIN_NAME", "is_url"]

MANIFEST_NAMES = frozenset({"manifest.jsonl", "manifest.csv"})
STDIN_NAME = "<stdin>"
_ASSETS = frozenset(
    ".css .js .mjs .map .png .jpg .jpeg .gif .webp .svg .ico .bmp .avif .woff .woff2 .ttf .otf .eot"
    " .mp3 .mp4 .webm .ogg .wav .m4a .mov .avi .pyc .ds_store .swp .tmp .part .crdownload".split())
_FOLDER_DOCS = frozenset({"README", "LICENSE", "LICENCE", "CHANGELOG"})
_URL = re.compile(r"^https?://", re.I)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]+://", re.I)


@dataclass(frozen=True)
class Input:
    """One thing to read. ``name`` becomes ``RawDocument.source``: the path or URL as given or expanded."""

    name: str
    path: Path | None = None
    url: str | None = None
    stdin: bool = False
    manifests: tuple[Path, ...] = ()  # found while expanding; nearest first


def is_url(text: str) -> bool:
    return bool(_URL.match(text))


def expand(inputs: Sequence[str]) -> Iterator[Input | Failure]:
    """Every item named by ``inputs``, lazily, each input in turn; Failures for what names nothing."""
    for raw in inputs:
        text = str(raw).strip()
        if not text:
            yield Failure(repr(raw), "empty input name")
        elif text == "-":
            yield Input(name=STDIN_NAME, stdin=True)
        elif is_url(text):
            yield Input(name=text, url=text)
        elif text.lower().startswith("file://"):
            yield from _expand_path(text[len("file://"):], text)
        elif _SCHEME.match(text):
            yield Failure(text, f"unsupported URL scheme {text.split(':', 1)[0]!r} (use http or https)")
        else:
            yield from _expand_path(text, text)


def _expand_path(text: str, shown: str) -> Iterator[Input | Failure]:
    path = Path(text).expanduser()
    if path.is_dir():
        yield from _expand_dir(text, path)
    elif path.exists():
        yield Input(name=shown, path=path)
    elif glob.has_magic(text):
        yield from _expand_glob(text)
    elif path.is_symlink():
        yield Failure(shown, "broken symbolic link")
    else:
        yield Failure(shown, "no such file or directory")


def _expand_dir(text: str, root: Path) -> Iterator[Input | Failure]:
    files: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        visible = [d for d in dirnames if not d.startswith(".")]
        names = {f.lower() for f in filenames}
        dirnames[:] = sorted(d for d in visible if not _saved_page_assets(d, names))
        files.extend(Path(dirpath) / f for f in filenames if not f.startswith("."))
    files.sort(key=lambda p: p.relative_to(root).parts)
    found = _with_manifests(files, prefix=(text, root))
    if not found:
        yield Failure(text, "directory has no files to read")
    yield from found


def _expand_glob(pattern: str) -> Iterator[Input | Failure]:
    matches = sorted(glob.glob(os.path.expanduser(pattern), recursive=True))
    files = [Path(m) for m in matches if not Path(m).is_dir()]
    found = _with_manifests(files)
    if not found:
        yield Failure(pattern, "no files match the pattern")
    yield from found


def _with_manifests(files: list[Path], prefix: tuple[str, Path] | None = None) -> list[Input]:
    """Drop assets and manifests from ``files``; attach each manifest to the files under its directory."""
    manifests = [f for f in files if f.name.lower() in MANIFEST_NAMES]
    by_dir: dict[Path, list[Path]] = {}
    for manifest in manifests:
        by_dir.setdefault(manifest.parent.resolve(), []).append(manifest)
    items = []
    for path in files:
        if path.name.lower() in MANIFEST_NAMES or path.suffix.lower() in _ASSETS or _is_folder_doc(path):
            continue
        own = []
        for parent in (path.parent.resolve(), *path.parent.resolve().parents):
            own.extend(by_dir.get(parent, ()))
        items.append(Input(name=_shown(path, prefix), path=path, manifests=tuple(own)))
    return items


def _shown(path: Path, prefix: tuple[str, Path] | None) -> str:
    """The item's name as the user would write it: the directory as typed, then the relative path."""
    if prefix is None:
        return str(path)
    typed, root = prefix
    return os.path.join(typed, str(path.relative_to(root)))


def _is_folder_doc(path: Path) -> bool:
    return path.name.split(".")[0].upper() in _FOLDER_DOCS


def _saved_page_assets(dirname: str, sibling_files: set[str]) -> bool:
    """``Page_files/`` next to ``Page.html``: what a browser's "save complete page" leaves behind."""
    if not dirname.endswith("_files"):
        return False
    stem = dirname[: -len("_files")].lower()
    return any(f"{stem}{ext}" in sibling_files for ext in (".html", ".htm", ".xhtml", ".mhtml"))
