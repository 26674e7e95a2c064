"""The curated word list behind the "Wörterbuch": our own explanations, loaded once per process."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["GlossaryEntry", "entries_for", "load_glossary"]


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    """One word with its forms (lowercase, no separators) and an explanation in short sentences."""

    word: str
    forms: tuple[str, ...]
    explanation: tuple[str, ...]


@lru_cache(maxsize=2)
def load_glossary(language: str) -> tuple[GlossaryEntry, ...]:
    """Return the bundled glossary for ``de`` or ``en`` (other languages: the English one)."""
    name = "glossary_de.toml" if language.lower().startswith("de") else "glossary_en.toml"
    data = tomllib.loads(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))
    return tuple(
        GlossaryEntry(word=e["word"], forms=tuple(e["forms"]), explanation=tuple(e["explanation"]))
        for e in data.get("entry", [])
    )


def _tokens(text: str) -> set[str]:
    lowered = text.lower()
    plain = {t.replace("·", "") for t in re.findall(r"[\w·\-]+", lowered)}
    # Compound parts and hyphen parts count too: "IT-Bildungs·standort" explains "IT".
    parts = {p for t in re.findall(r"[\w·\-]+", lowered) for p in re.split(r"[·\-]", t) if p}
    return plain | parts


def entries_for(texts: list[str], language: str) -> list[GlossaryEntry]:
    """Return the entries whose forms occur in ``texts``, in order of first appearance."""
    # A dict keeps the order of first appearance; membership by identity, not by comparing every
    # field of every entry against every entry found so far.
    seen: dict[int, GlossaryEntry] = {}
    for text in texts:
        tokens = _tokens(text)
        for entry in load_glossary(language):
            if id(entry) not in seen and any(form in tokens for form in entry.forms):
                seen[id(entry)] = entry
    return list(seen.values())
