#!/usr/bin/env python3
"""Temporal-tagger benchmark: newsloom's ``find_times`` on TimeML documents, scored by TempEval-3 rules.

    benchmarks/dates.py --data DIR [--out FILE] [--scorer PATH] [--per-doc]

DIR holds TimeML ``.tml`` files laid out like TBAQ-cleaned/TimeBank. The scorer ``eval_timex.py`` is looked
for in DIR and up to three parent folders (or given with ``--scorer``). Its ``parse_tml`` gives each
document's plain text and creation time exactly as ``--dump-input`` does; only those two go to the tagger,
never the gold TIMEX3 tags. Predictions are written as ``{docid: [{start, end, type, value}]}`` to FILE (a
temporary file by default) and scored with the scorer's own ``score``; its figures are printed with the
documents per second.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from newsloom.analyse.timex import find_times  # noqa: E402


def find_scorer(data: Path, given: str | None) -> Path:
    if given:
        return Path(given)
    folder = data.resolve()
    for _ in range(4):
        candidate = folder / "eval_timex.py"
        if candidate.is_file():
            return candidate
        folder = folder.parent
    raise SystemExit(f"eval_timex.py not found in {data} or its parents; pass --scorer PATH")


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("eval_timex", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict(scorer, files: list[Path]) -> tuple[dict, dict, float]:
    """-> (inputs {docid: {dct, text}}, predictions, seconds spent tagging)."""
    inputs = {}
    for path in files:
        docid, dct, text, _gold = scorer.parse_tml(path)  # the gold spans are dropped unread
        inputs[docid] = {"dct": dct, "text": text}
    predictions, spent = {}, 0.0
    for docid, doc in inputs.items():
        started = time.perf_counter()
        refs = find_times(doc["text"], doc["dct"])
        spent += time.perf_counter() - started
        predictions[docid] = [{"start": r.start, "end": r.end, "type": r.type, "value": r.value} for r in refs]
    return inputs, predictions, spent


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", required=True, help="folder of TimeML .tml files")
    ap.add_argument("--out", help="where to write the predictions JSON (default: a temporary file)")
    ap.add_argument("--scorer", help="path to eval_timex.py (default: found next to the data)")
    ap.add_argument("--per-doc", action="store_true", help="print the per-document counts too")
    args = ap.parse_args(argv)
    data = Path(args.data)
    files = sorted(data.glob("*.tml"))
    if not files:
        raise SystemExit(f"no .tml files in {data}")
    scorer = load_scorer(find_scorer(data, args.scorer))
    _inputs, predictions, spent = predict(scorer, files)
    out = Path(args.out) if args.out else Path(tempfile.mkstemp(prefix="timex-", suffix=".json")[1])
    out.write_text(json.dumps(predictions, ensure_ascii=False, indent=1), encoding="utf-8")
    gold = scorer.load_gold(data)  # for scoring only, after every prediction is written
    metrics = scorer.score(gold, scorer.load_pred(str(out), gold))
    c = metrics["counts"]
    print(f"data={data} docs={len(files)} gold_timex={c['gold']} pred_timex={c['pred']}")
    for key in ("strict", "relaxed"):
        p, r, f = metrics[key]
        print(f"{key:8} F1={100 * f:6.2f} P={100 * p:6.2f} R={100 * r:6.2f}")
    print(f"value F1={100 * metrics['value_f1']:6.2f} (value accuracy on relaxed matches "
          f"{100 * metrics['value_accuracy']:.2f})")
    print(f"type  F1={100 * metrics['type_f1']:6.2f}")
    print(f"speed {len(files) / spent if spent else float('inf'):.0f} documents/second "
          f"({1000 * spent / len(files):.2f} ms per document, tagging only)")
    print(f"predictions: {out}")
    if args.per_doc:
        for docid, counts in metrics["per_doc"].items():
            print(docid, counts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
