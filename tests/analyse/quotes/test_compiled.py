"""The quote layer runs compiled (setup.py), from modules built beside their sources: one older than its
source would run the old rules, whatever the source now says."""
from pathlib import Path

import pytest

import newsloom.analyse.quotes as quotes
from newsloom.analyse.quotes import _tokens, view


def test_the_quote_layer_is_compiled():
    assert Path(view.__file__).suffix == ".so" and Path(_tokens.__file__).suffix == ".so"


def test_no_compiled_quote_module_is_older_than_its_source():
    folder = Path(quotes.__file__).parent
    # mypyc puts the code of all the rule modules in one library beside the package; each module's own
    # file is a stub that setuptools leaves as it is when it did not change
    library = max(p.stat().st_mtime for p in folder.parents[2].glob("newsloom_quotes__mypyc*.so"))
    stale = []
    for built in folder.glob("*.so"):
        name = built.name.split(".")[0]
        source = next(p for p in (folder / f"{name}.py", folder / f"{name}.pyx") if p.exists())
        if max(built.stat().st_mtime, library if source.suffix == ".py" else 0) < source.stat().st_mtime:
            stale.append(built.name)
    assert not stale, f"compiled before their sources last changed: {stale}; run `make install`"


def test_the_token_pass_refuses_a_text_that_is_not_the_docs(nlp):
    """It reads the text without bounds checks, so a shorter text must be an error, never a read past its end."""
    doc = nlp("Asif said the talks had failed.")
    assert len(_tokens.read_tokens(doc, doc.text, {})["start"]) == len(doc)
    with pytest.raises(ValueError, match="not the text of the Doc"):
        _tokens.read_tokens(doc, "Asif said", {})
