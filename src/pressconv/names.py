"""File names as text for people and UTF-8 documents: undecodable bytes become U+FFFD where shown."""

from __future__ import annotations

import os

__all__ = ["shown_name"]


def shown_name(name: str | bytes | os.PathLike[str]) -> str:
    """Return a file name as valid Unicode text, for messages, reports and metadata.

    A name that is not UTF-8 (``lat\\xe4in.txt`` from a Latin-1 system) reaches Python as a string
    with surrogate escapes: fine for opening the file, but no UTF-8 document, JSON report or
    terminal can hold it. The path itself keeps its bytes for every file operation; only what is
    shown or written into a document goes through here.
    """
    raw = os.fsencode(name)
    return raw.decode("utf-8", errors="replace")
