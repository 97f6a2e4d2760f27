"""The brief as JSON data, laid out as ``docs/brief.schema.json`` says (a test validates it against the schema)."""
from __future__ import annotations

import json
from pathlib import Path

from .. import __version__
from ..dossier import Brief
from ..serial import to_data

__all__ = ["SCHEMA_VERSION", "SCHEMA_PATH", "brief_data", "brief_json"]

#: Bump when a field is renamed, removed or changes meaning (adding an optional field is not a change).
SCHEMA_VERSION = 1
SCHEMA_PATH = Path(__file__).resolve().parents[3] / "docs" / "brief.schema.json"


def brief_data(brief: Brief) -> dict:
    """JSON-ready dict of the whole brief: the records' fields, spans as ``[start, end]`` lists."""
    return {"schema_version": SCHEMA_VERSION, "newsloom": __version__, **to_data(brief)}


def brief_json(brief: Brief, indent: int | None = 2) -> str:
    return json.dumps(brief_data(brief), ensure_ascii=False, indent=indent)
