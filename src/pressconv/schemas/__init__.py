"""The published JSON Schemas (draft 2020-12) of what pressconv writes: the release model and the report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

__all__ = ["SCHEMAS", "schema", "schema_text"]

# Schema id (the document's "schema" key) by short name; the files sit next to this module, so a
# wheel carries them inside the package.
SCHEMAS = {"release": "pressconv.release/1", "report": "pressconv.report/1"}


def schema_text(name: str) -> str:
    """The schema file's text, as published (``release`` or ``report``)."""
    if name not in SCHEMAS:
        raise KeyError(f"no schema named {name!r}; known: {', '.join(SCHEMAS)}")
    return (Path(__file__).resolve().parent / f"{name}.schema.json").read_text(encoding="utf-8")


def schema(name: str) -> dict[str, Any]:
    """The schema as a dictionary, for a validator such as ``jsonschema``."""
    document: dict[str, Any] = json.loads(schema_text(name))
    return document
