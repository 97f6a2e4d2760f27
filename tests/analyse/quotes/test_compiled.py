"""The quote rules run compiled (setup.py), from modules built beside their sources: one older than its
source would run the old rules, whatever the source now says."""
from pathlib import Path

import newsloom.analyse.quotes as quotes


def test_no_compiled_quote_module_is_older_than_its_source():
    folder = Path(quotes.__file__).parent
    stale = [built.name for built in folder.glob("*.so")
             if built.stat().st_mtime < (folder / (built.name.split(".")[0] + ".py")).stat().st_mtime]
    assert not stale, f"compiled before their sources last changed: {stale}; run `make install`"
