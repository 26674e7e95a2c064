"""Session 23 mends of the easy transform: additive determiners need a first set the summary named."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.style import introduced_failures


@pytest.mark.parametrize(
    ("sentence", "earlier"),
    [
        # Fire brigade: the two injured workers were left out, so "weitere" counts on nobody.
        ("Weitere Personen sind nicht verletzt.", ["Die Feuerwehr Talbach war im Einsatz."]),
        # School office: the closed school was left out.
        ("Andere Schulen bleiben geöffnet.", ["Das Landrats·amt hat die Nachricht geschrieben."]),
        # Police: "weitere" before an adjective and its noun.
        ("Weitere gestohlene Fahrräder sind noch nicht gefunden.", ["Die Polizei sucht Zeugen."]),
    ],
)
def test_additive_determiner_without_a_first_set_is_refused(sentence: str, earlier: list[str]) -> None:
    failures = introduced_failures(sentence, earlier)
    assert [f.check for f in failures] == ["guard.not-introduced"]


@pytest.mark.parametrize(
    ("sentence", "earlier"),
    [
        # The first set is named: a person, then the others.
        ("Weitere Personen sind nicht verletzt.", ["Eine Person ist im Kranken·haus."]),
        # A course programme: the first date is named.
        ("Weitere Termine sind zum Beispiel:", ["Der erste Termin ist am Montag, 3. August 2026."]),
        # The closing formula of a release points past the text itself.
        ("Weitere Informationen gibt es im Internet.", []),
        ("Weitere Auskünfte gibt das Bürger·amt.", []),
    ],
)
def test_additive_determiner_with_its_first_set_passes(sentence: str, earlier: list[str]) -> None:
    assert introduced_failures(sentence, earlier) == []
