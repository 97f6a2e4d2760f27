"""The quotes benchmark runs end to end on a few PolNeAR documents and prints the scorer's figures."""
from __future__ import annotations

import subprocess
import sys

import pytest

from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT.parent / "shared" / "bench" / "quotes" / "polnear_dev.jsonl"


def test_benchmark_prints_figures_for_both_extractors(tmp_path):
    if not DATA.is_file():
        pytest.fail(f"the PolNeAR dev file is not at {DATA}: CI clones the project with ../shared beside it")
    out = tmp_path / "pred.jsonl"
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "quotes.py"), "--data", str(DATA),
                          "--limit", "3", "--out", str(out)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    text = run.stdout
    assert "3 documents" in text
    assert text.count("Quote+speaker   P=") == 4  # all and direct+mixed, for newsloom and for textacy
    assert "speed newsloom quotes:" in text and "speed textacy direct_quotations:" in text
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3
