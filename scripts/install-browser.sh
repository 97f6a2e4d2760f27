#!/usr/bin/env bash
# Headless Chromium and its WebDriver for the browser tests (tests/web/test_browser.py), from Debian's
# packages. Idempotent: does nothing when both are there. Never downloads a browser build of its own.
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        exec sudo -n "$0" "$@"
    fi
    echo "install-browser: chromium is missing and this is not root; run as root:" >&2
    echo "    apt-get update && apt-get install -y chromium chromium-driver" >&2
    echo "(the browser tests skip, naming this, until then)" >&2
    exit 0
fi
echo "install-browser: installing chromium and chromium-driver from Debian's packages" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-dejavu-core
/usr/bin/chromium --version >&2
