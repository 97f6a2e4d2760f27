#!/usr/bin/env python3
"""Article-extraction benchmark: newsloom's cleaner on text dumps and on HTML pages, and trafilatura alone.

    benchmarks/extraction.py --data DIR [--out DIR2]

DIR is laid out like the scrapinghub article-extraction-benchmark: ``html/<id>.html.gz``, ``text/<id>.txt``,
``ground-truth.json`` and the scorer ``eval_extraction.py``. Predictions go to DIR2 as ``text.json``,
``html.json`` and ``trafilatura.json`` in the scorer's format; the scorer's figures are printed side by side
with pages per second. Reads nothing but the paths it is given.
"""
from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import sys
import tempfile
import time
from pathlib import Path

from newsloom.clean import clean_document
from newsloom.ingest.decoding import decode
from newsloom.records import RawDocument


def _load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("eval_extraction", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pages(data: Path, kind: str) -> dict[str, bytes]:
    if kind == "html":
        return {p.name[: -len(".html.gz")]: gzip.decompress(p.read_bytes()) for p in sorted((data / "html").glob("*.html.gz"))}
    return {p.stem: p.read_bytes() for p in sorted((data / "text").glob("*.txt"))}


def _newsloom(pages: dict[str, bytes], media_type: str) -> dict[str, str]:
    predictions = {}
    for page_id, content in pages.items():
        text, _encoding = decode(content)
        try:
            article = clean_document(RawDocument(source=page_id, media_type=media_type, body=text))
            predictions[page_id] = article.text
        except ValueError:  # nothing left after cleaning: an empty prediction, as the scorer expects
            predictions[page_id] = ""
    return predictions


def _trafilatura(pages: dict[str, bytes]) -> dict[str, str]:
    import trafilatura

    return {page_id: trafilatura.extract(content.decode("utf-8", "replace")) or "" for page_id, content in pages.items()}


def _timed(function, *args) -> tuple[dict[str, str], float]:
    start = time.perf_counter()
    predictions = function(*args)
    return predictions, len(predictions) / (time.perf_counter() - start)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="benchmark folder (html/, text/, ground-truth.json)")
    parser.add_argument("--out", type=Path, help="folder for the prediction files (default: a temporary folder)")
    parser.add_argument("--scorer", type=Path, help="eval_extraction.py (default: the one in --data)")
    args = parser.parse_args(argv)
    scorer = _load_scorer(args.scorer or args.data / "eval_extraction.py")
    gold = scorer.load_gold(args.data / "ground-truth.json")
    out = args.out or Path(tempfile.mkdtemp(prefix="newsloom-extraction-"))
    out.mkdir(parents=True, exist_ok=True)

    html_pages, text_pages = _pages(args.data, "html"), _pages(args.data, "text")
    runs = {
        "newsloom text dumps": ("text.json", *_timed(_newsloom, text_pages, "text/plain")),
        "newsloom html": ("html.json", *_timed(_newsloom, html_pages, "text/html")),
        "trafilatura html": ("trafilatura.json", *_timed(_trafilatura, html_pages)),
    }
    print(f"{len(gold)} documents; predictions in {out}")
    print(f"{'system':<22} {'F1':>6} {'prec':>6} {'recall':>6} {'exact':>6} {'pages/s':>8}")
    for name, (filename, predictions, speed) in runs.items():
        (out / filename).write_text(json.dumps({k: {"articleBody": v} for k, v in predictions.items()},
                                               ensure_ascii=False), encoding="utf-8")
        m = scorer.score(gold, predictions)
        print(f"{name:<22} {m['f1']:6.3f} {m['precision']:6.3f} {m['recall']:6.3f} {m['accuracy']:6.3f} {speed:8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
