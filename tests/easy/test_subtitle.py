"""The release's own subtitle is a lead candidate: its news reaches the summary, verified like the lead."""

from __future__ import annotations

import pytest

from pressconv.model import Release
from pressconv.transforms.easy import summarise, summary_text
from tests.fixtures.releases import german_release


def _release(title: str, subtitle: str, *paragraphs: str) -> Release:
    return german_release(title, *paragraphs, subtitle=subtitle)


@pytest.mark.parametrize(
    ("release", "news"),
    [
        (
            _release(
                "Frischer Wind im Rathaus",
                "Der Stadtrat wählt Maria Klein zur Bürgermeisterin.",
                "Bei der Sitzung am Abend gab es eine lange Aussprache über viele verschiedene Themen der Stadt.",
            ),
            "Der Stadtrat wählt Maria Klein zur Bürgermeisterin.",
        ),
        (
            _release(
                "Gute Nachrichten für Familien",
                "Der Sportverein eröffnet eine neue Halle.",
                "Nach vielen Jahren der Planung und einer Reihe von Verzögerungen durch den Bau ist es so weit.",
            ),
            "Der Sportverein eröffnet eine neue Halle.",
        ),
    ],
)
def test_the_subtitle_news_reaches_the_summary(release: Release, news: str) -> None:
    result = summarise(release)
    sentences = [s.replace("·", "") for s in result.sentences]
    # The news is the title or a body sentence (the body does not repeat the title: session 7).
    title = summary_text(result.release).splitlines()[0].replace("·", "")
    assert news in sentences or news == title + "."


def test_a_subtitle_without_a_verb_adds_nothing_wrong() -> None:
    release = _release("Brand 3", "Drohender Dachstuhlbrand", "Die Feuerwehr hat am Montag einen Brand gelöscht.")
    sentences = summarise(release).sentences
    assert not any("Dachstuhl" in s for s in sentences)
