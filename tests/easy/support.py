"""The body of a Leichte-Sprache summary of an invented release, as the repair tests read it."""

from __future__ import annotations

from pressconv.transforms.easy import summarise, summary_text
from tests.fixtures.releases import german_release


def easy_body(title: str, *paragraphs: str, organisation: str) -> str:
    """The "Worum geht es?" section of the summary, with the Mediopunkt removed for matching."""
    release = german_release(title, *paragraphs, organisation=organisation)
    text = summary_text(summarise(release).release)
    return text.split("## Worum geht es?")[1].split("## ")[0].replace("·", "")
