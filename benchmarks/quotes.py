#!/usr/bin/env python3
"""Quote-attribution benchmark: newsloom's quotes layer and textacy's ``direct_quotations`` on the same parses.

    benchmarks/quotes.py --data FILE [--out PRED.jsonl] [--scorer eval_quotes.py] [--limit N] [--repeat N]

FILE is laid out like PolNeAR's ``polnear_dev.jsonl``: one JSON document a line, of which only ``doc_id`` and
``text`` are read to predict (the gold quotes are left to the scorer). Each text is parsed once with the
product's pipeline, the actor layer runs on it as in the product, and both extractors then run on the same
parsed docs; only the extraction is timed. The scorer (``eval_quotes.py`` next to FILE unless ``--scorer``)
is imported and its figures printed for all attributions and for direct and mixed quotes. ``--repeat N`` times
each extractor N times, alternating, and keeps the fastest run of each: on a shared machine one run can be
slowed by other work.

For the direct+mixed figure each extractor is scored on its own direct and mixed predictions (textacy makes
no others): reported speech it found is not counted against its quotation figure. The same figure with
every prediction counted is printed too.
"""
from __future__ import annotations

import argparse
import importlib.util
import io
import json
import sys
import time
from pathlib import Path


def _load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("eval_quotes", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _read(path: Path, limit: int | None) -> list[dict]:
    docs = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                docs.append({"doc_id": record["doc_id"], "text": record["text"]})  # nothing else is read
            if limit and len(docs) >= limit:
                break
    return docs


def _newsloom(parsed, texts, actors) -> tuple[list[list[dict]], float]:
    from newsloom.analyse.quotes import find_quotes

    def one(doc, text, acts):
        try:
            return find_quotes(doc, acts, text)
        except Exception as error:  # a bug on one document must not cost the others their predictions
            print(f"error: newsloom failed on a document ({type(error).__name__}: {error}); no predictions "
                  "for it", file=sys.stderr)
            return ()

    start = time.perf_counter()
    found = [one(doc, text, acts) for doc, text, acts in zip(parsed, texts, actors)]
    elapsed = time.perf_counter() - start
    out = []
    for quotes in found:
        out.append([{"content_spans": [list(s) for s in q.content],
                     "speaker_spans": [list(q.speaker)] if q.speaker else [],
                     "speaker_text": q.speaker_text or "", "kind": q.kind} for q in quotes])
    return out, elapsed


def _textacy(parsed) -> tuple[list[list[dict]], float, int]:
    from textacy.extract.triples import direct_quotations

    start = time.perf_counter()
    raw, failed = [], 0
    for doc in parsed:
        try:
            raw.append(list(direct_quotations(doc)))
        except ValueError:  # unbalanced quotation marks: textacy gives up on the whole document
            raw.append([])
            failed += 1
    elapsed = time.perf_counter() - start
    out = []
    for triples in raw:
        out.append([{"content_spans": [[t.content.start_char, t.content.end_char]],
                     "speaker_spans": [[tok.idx, tok.idx + len(tok)] for tok in t.speaker],
                     "speaker_text": " ".join(tok.text for tok in t.speaker), "kind": "direct"}
                    for t in triples])
    return out, elapsed, failed


def _report(scorer, gold, predictions, title: str) -> str:
    buffer = io.StringIO()
    buffer.write(f"== {title}: all attributions\n")
    scorer.report(scorer.evaluate(gold, predictions), buffer)
    own = {doc_id: {"doc_id": doc_id, "quotes": [q for q in doc["quotes"] if q.get("kind") != "indirect"]}
           for doc_id, doc in predictions.items()}
    buffer.write(f"== {title}: direct+mixed (scored on its direct and mixed predictions)\n")
    scorer.report(scorer.evaluate(gold, own, types={"direct", "mixed"}), buffer)
    result = scorer.evaluate(gold, predictions, types={"direct", "mixed"})
    a = result["attribution"]
    buffer.write(f"   (every prediction counted: Quote+speaker P={a['precision']:.3f} R={a['recall']:.3f} "
                 f"F1={a['f1']:.3f})\n")
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", required=True, type=Path, help="documents (doc_id, text) and gold, JSONL")
    parser.add_argument("--out", type=Path, help="write newsloom's predictions here (scorer format, JSONL)")
    parser.add_argument("--scorer", type=Path, help="eval_quotes.py (default: next to --data)")
    parser.add_argument("--limit", type=int, help="only the first N documents")
    parser.add_argument("--repeat", type=int, default=1, help="time each extractor N times, keep the fastest")
    args = parser.parse_args(argv)

    scorer_path = args.scorer or args.data.parent / "eval_quotes.py"
    if not scorer_path.is_file():
        parser.error(f"no scorer at {scorer_path}; give --scorer")
    scorer = _load_scorer(scorer_path)

    from newsloom.analyse.actors import find_actors
    from newsloom.analyse.nlp import load_pipeline

    docs = _read(args.data, args.limit)
    texts = [d["text"] for d in docs]
    nlp = load_pipeline()
    start = time.perf_counter()
    parsed = list(nlp.pipe(texts, batch_size=16))
    parse_time = time.perf_counter() - start
    actors = [find_actors(doc) for doc in parsed]

    ours, our_time = _newsloom(parsed, texts, actors)
    theirs, their_time, failed = _textacy(parsed)
    for _ in range(args.repeat - 1):
        our_time = min(our_time, _newsloom(parsed, texts, actors)[1])
        their_time = min(their_time, _textacy(parsed)[1])

    ids = [d["doc_id"] for d in docs]
    predictions = {i: {"doc_id": i, "quotes": q} for i, q in zip(ids, ours)}
    baseline = {i: {"doc_id": i, "quotes": q} for i, q in zip(ids, theirs)}
    if args.out:
        with args.out.open("w", encoding="utf-8") as handle:
            for i, quotes in zip(ids, ours):
                handle.write(json.dumps({"doc_id": i, "quotes": quotes}, ensure_ascii=False) + "\n")

    gold = {k: v for k, v in scorer.load(args.data).items() if k in set(ids)}
    print(f"{len(docs)} documents, parsed in {parse_time:.1f} s (not timed below)")
    print(_report(scorer, gold, predictions, "newsloom quotes"), end="")
    print(_report(scorer, gold, baseline, "textacy direct_quotations"), end="")
    print(f"textacy raised on unbalanced quote marks in {failed} of {len(docs)} documents (counted as no predictions)")
    for name, seconds in (("newsloom quotes", our_time), ("textacy direct_quotations", their_time)):
        rate = len(docs) / seconds if seconds else float("inf")
        print(f"speed {name}: {seconds:.3f} s extraction, {rate:.0f} docs/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
