"""Metadata overrides (``--title``, ``--date``, ``--lang``, per-file config keys) applied to a parsed release."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from pressconv.diagnostics import Diagnostic
from pressconv.errors import UsageError
from pressconv.model import Release, Text

__all__ = ["LANGUAGE_TAG", "Overrides", "apply_overrides", "parse_date", "parse_language"]

# BCP 47 in the shape releases use: a language, optionally a script and a region (de, de-DE, sr-Latn-RS).
LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|\d{3}))?$")

# The parser's findings that an override answers: once the user has said what the title, date or
# language is, "no date found" is no longer true and would only be noise (or fail --fail-on warning).
_ANSWERED = {
    "title": frozenset({"title.missing"}),
    "date": frozenset({"date.missing", "date.conflict"}),
    "language": frozenset({"language.uncertain", "language.unknown"}),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Overrides:
    """Values that replace what the parser found; ``source`` says where each came from (for inspect)."""

    title: str | None = None
    date: date | None = None
    language: str | None = None
    source: tuple[tuple[str, str], ...] = ()

    def __bool__(self) -> bool:
        return any(value is not None for value in (self.title, self.date, self.language))

    def over(self, base: Overrides) -> Overrides:
        """These overrides on top of ``base`` (the command line over the config file)."""
        sources = dict(base.source)
        sources.update(self.source)
        return Overrides(
            title=self.title if self.title is not None else base.title,
            date=self.date if self.date is not None else base.date,
            language=self.language if self.language is not None else base.language,
            source=tuple(sources.items()),
        )

    def described(self) -> list[str]:
        """One ``key = value (where)`` line per overridden field, for ``inspect``."""
        where = dict(self.source)
        values = {"title": self.title, "date": self.date, "language": self.language}
        return [f"{key} = {value} ({where.get(key, '?')})" for key, value in values.items() if value is not None]


def parse_date(value: str, *, option: str = "--date") -> date:
    """An ISO 8601 calendar date (2024-03-01): the one spelling that is the same in every language."""
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(f"{option} {value!r} is not a date like 2024-03-01") from None


def parse_language(value: str, *, option: str = "--lang") -> str:
    """A language tag like ``de-DE`` or ``en`` (what HTML ``lang`` and EPUB ``dc:language`` take)."""
    tag = value.strip()
    if not LANGUAGE_TAG.match(tag):
        raise UsageError(f'{option} {value!r} is not a language tag like "de-DE" or "en"')
    return tag


def apply_overrides(
    release: Release, diagnostics: tuple[Diagnostic, ...], overrides: Overrides
) -> tuple[Release, tuple[Diagnostic, ...]]:
    """Replace the overridden metadata and drop the parser's findings that the overrides answer."""
    if not overrides:
        return release, diagnostics
    changes: dict[str, object] = {}
    answered: set[str] = set()
    if overrides.title is not None:
        changes["title"] = (Text(text=overrides.title),)
        answered |= _ANSWERED["title"]
    if overrides.date is not None:
        changes["issued"] = overrides.date
        answered |= _ANSWERED["date"]
    if overrides.language is not None:
        changes["language"] = overrides.language
        answered |= _ANSWERED["language"]
    # The model's dataclass decorator is an alias that mypy does not see through, hence the casts.
    meta = dataclasses.replace(cast(Any, release.meta), **changes)
    replaced = cast(Release, dataclasses.replace(cast(Any, release), meta=meta))
    return replaced, tuple(d for d in diagnostics if d.code not in answered)
