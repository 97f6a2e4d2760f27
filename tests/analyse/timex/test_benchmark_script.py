"""benchmarks/dates.py runs end to end on a few TimeBank files and prints the scorer's figures."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
BENCH = ROOT.parent / "shared" / "bench" / "dates"
TIMEBANK = BENCH / "TBAQ-cleaned" / "TimeBank"


@pytest.fixture()
def five_docs(tmp_path) -> Path:
    if not TIMEBANK.is_dir():
        pytest.skip(f"TimeBank is not at {TIMEBANK}")
    data = tmp_path / "tb"
    data.mkdir()
    for path in sorted(TIMEBANK.glob("*.tml"))[:5]:
        shutil.copy(path, data / path.name)
    return data


def test_benchmark_prints_figures(five_docs, tmp_path):
    out = tmp_path / "pred.json"
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "dates.py"), "--data", str(five_docs),
                          "--out", str(out), "--scorer", str(BENCH / "eval_timex.py")],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    for label in ("strict", "relaxed", "value F1=", "type  F1=", "documents/second"):
        assert label in run.stdout
    predictions = json.loads(out.read_text())
    assert len(predictions) == 5
    assert all({"start", "end", "type", "value"} <= set(p) for doc in predictions.values() for p in doc)


def test_benchmark_finds_scorer_in_parent_folders(tmp_path):
    if not TIMEBANK.is_dir():
        pytest.skip(f"TimeBank is not at {TIMEBANK}")
    root = tmp_path / "bench"
    data = root / "corpus" / "TimeBank"
    data.mkdir(parents=True)
    shutil.copy(BENCH / "eval_timex.py", root / "eval_timex.py")
    for path in sorted(TIMEBANK.glob("*.tml"))[5:7]:
        shutil.copy(path, data / path.name)
    env = {**os.environ, "TMPDIR": str(tmp_path)}  # the default predictions file is a temporary one
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "dates.py"), "--data", str(data)],
                         capture_output=True, text=True, timeout=120, env=env)
    assert run.returncode == 0, run.stderr
    assert "value F1=" in run.stdout
    assert list(tmp_path.glob("timex-*.json"))
