#!/usr/bin/env bash
# Retake the screenshots committed under docs/screenshots/ (story list, story, article, search and, when
# docs/brief-examples.html exists, the HTML brief): the browser tests, told to save there.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-browser.sh
NEWSLOOM_SCREENSHOTS="$PWD/docs/screenshots" .venv/bin/python -m pytest tests/web/test_browser.py -q
