"""Session 7, issue 16: a quote counts by the length it is reported in, after the safe cuts."""

from __future__ import annotations

from pressconv.transforms.easy.select import candidates
from pressconv.transforms.easy.source import SourceSentence


def test_a_quote_shortened_to_its_main_clause_is_reported() -> None:
    # A school's head and a fire chief: 11 and 12 words as said, fewer once praise and frame go.
    school = SourceSentence(
        text="Die Kinder haben im Rahmen der Projektwoche einen wunderschönen Garten angelegt.",
        speech=True,
        speaker="Anna Berg",
    )
    fire = SourceSentence(
        text="Die Einsatzkräfte haben in diesem Jahr bei großer Hitze 40 Brände gelöscht.",
        speech=True,
        speaker="Tom Kurz",
    )
    texts = [c.text for c in candidates([school, fire], lambda piece: piece)]
    assert "Anna Berg sagt: Die Kinder haben einen Garten angelegt." in texts, texts
    assert "Tom Kurz sagt: Die Einsatzkräfte haben bei großer Hitze 40 Brände gelöscht." in texts, texts


def test_a_quote_still_long_after_the_cuts_is_not_reported() -> None:
    long = SourceSentence(
        text="Wir danken allen Helferinnen und Helfern aus dem ganzen Landkreis für die viele Arbeit am Wochenende.",
        speech=True,
        speaker="Anna Berg",
    )
    assert candidates([long], lambda piece: piece) == []
