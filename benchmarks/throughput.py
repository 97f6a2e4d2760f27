#!/usr/bin/env python3
"""End-to-end throughput: ingest + clean + analyse a JSONL of documents, against spaCy's own nlp.pipe.

    benchmarks/throughput.py --data FILE [--model en_core_web_md] [--workers N] [--limit N]

FILE holds one JSON document per line (like ``ecbplus_dev.jsonl``: a ``text`` field, others ignored). Prints
words per second and articles per second of newsloom end to end (into a fresh temporary store), the words per
second of ``nlp.pipe`` with the same model and the same number of processes over the same texts, their ratio,
and the peak memory of all processes together (sampled resident memory of the process tree).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

from newsloom.analyse.nlp import load_pipeline, model_name
from newsloom.ingest import IngestOptions
from newsloom.pipeline import ingest_and_analyse
from newsloom.store import open_store


class TreeMemory:
    """Peak resident memory of this process and all its descendants, sampled every 50 ms."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _rss(self, pid: int) -> int:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
        except OSError:
            pass
        return 0

    def _tree(self, pid: int) -> list[int]:
        pids, todo = [], [pid]
        while todo:
            current = todo.pop()
            pids.append(current)
            try:
                for task in Path(f"/proc/{current}/task").iterdir():
                    todo.extend(int(c) for c in (task / "children").read_text().split())
            except OSError:
                pass
        return pids

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, sum(self._rss(pid) for pid in self._tree(os.getpid())))
            self._stop.wait(0.05)

    def __enter__(self) -> "TreeMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def _texts(path: Path, limit: int | None) -> list[str]:
    texts = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                texts.append(json.loads(line).get("text") or "")
            if limit and len(texts) >= limit:
                break
    return texts


def run_newsloom(path: Path, model: str, workers: int) -> tuple[float, int, int]:
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "bench.db") as store:
        start = time.perf_counter()
        report, analysed = ingest_and_analyse([str(path)], IngestOptions(), store, model=model, workers=workers)
        elapsed = time.perf_counter() - start
    if report.failures or analysed.failures:
        for failure in report.failures + analysed.failures:
            print(f"  failed: {failure}", file=sys.stderr)
    return elapsed, len(report.results), analysed.analysed


def run_spacy(texts: list[str], model: str, workers: int) -> float:
    nlp = load_pipeline(model)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32, n_process=workers):
        pass
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="JSONL file of documents with a text field")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: newsloom's default)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="processes (default: all cores)")
    parser.add_argument("--limit", type=int, help="only the first N documents")
    args = parser.parse_args(argv)
    model = model_name(args.model)
    data = args.data
    if args.limit:
        data = Path(tempfile.mkdtemp(prefix="newsloom-throughput-")) / "subset.jsonl"
        with args.data.open(encoding="utf-8") as source, data.open("w", encoding="utf-8") as target:
            for index, line in zip(range(args.limit), source):
                target.write(line)
    texts = _texts(data, None)
    words = sum(len(text.split()) for text in texts)
    print(f"{len(texts)} documents, {words} words; model {model}; {args.workers} processes")

    with TreeMemory() as memory:
        elapsed, stored, analysed = run_newsloom(data, model, args.workers)
    print(f"newsloom end to end : {words / elapsed:8.0f} words/s  {len(texts) / elapsed:6.1f} articles/s  "
          f"({stored} stored, {analysed} analysed in {elapsed:.1f} s); peak memory {memory.peak / 2**20:.0f} MB")
    spacy_elapsed = run_spacy(texts, model, args.workers)
    print(f"spaCy nlp.pipe alone: {words / spacy_elapsed:8.0f} words/s  ({spacy_elapsed:.1f} s, "
          f"n_process={args.workers})")
    print(f"ratio spaCy alone / newsloom end to end: {elapsed / spacy_elapsed:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
