"""The text of a JSON output (``pressconv.release/1``) in the release's reading order."""

from __future__ import annotations

import json
from collections.abc import Iterable

__all__ = ["json_text", "model_text"]


def json_text(data: bytes) -> str:
    """The text of a JSON output file (see ``model_text``)."""
    return model_text(json.loads(data))


def model_text(document: object) -> str:
    """The words of a JSON output in the release's reading order, as the other formats give them.

    A ``pressconv.release/1`` document stores each block twice (``text`` and its inlines) and its
    keys in schema order, so the strings in document order repeat and reorder the release; read
    back as a Release, its text comes out like a page: masthead, body, sections, contact cards.
    Anything else (another JSON file) gives its strings in document order.
    """
    from pressconv.model import block_text, contact_items, contact_label, contact_label_prefix, inline_text
    from pressconv.writers.json import release_from_json

    try:
        release = release_from_json(document)  # type: ignore[arg-type]
    except (ValueError, KeyError, TypeError, AttributeError):
        return "\n".join(_json_strings(document))
    meta = document.get("meta", {}) if isinstance(document, dict) else {}
    # Masthead words may stand anywhere; every string of the metadata (dates in ISO form too).
    lines = list(_json_strings(meta))
    if release.meta.issued_time:
        # The time of day as the page formats print it ("16:04 Uhr"): JSON keeps the clock time only.
        from pressconv.writers._labels import format_time

        lines.append(format_time(release.meta.issued_time, release.meta.language))
    lines += [block_text(block) for block in release.body]
    for section in release.sections:
        lines.append(section.title or "")
        lines += [block_text(block) for block in section.blocks]
        for contact in section.contacts:
            for name, value in contact_items(contact):
                label = contact_label(contact, name)
                shown = value if isinstance(value, str) else inline_text(value)
                lines.append((contact_label_prefix(label) if label else "") + shown)
    links = document.get("links", []) if isinstance(document, dict) else []
    lines += list(_json_strings(links))
    return "\n".join(lines)


def _json_strings(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _json_strings(item)
