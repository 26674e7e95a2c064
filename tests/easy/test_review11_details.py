"""A registration or admission detail goes after its own event, never after another event of the same
kind (details.anchor_index), on invented releases of a club and a museum."""

from __future__ import annotations

from datetime import date

from pressconv.transforms.easy.details import anchor_index
from pressconv.transforms.easy.source import SourceSentence

ISSUED = date(2027, 3, 1)


def test_a_detail_of_the_first_feast_is_not_put_after_the_second() -> None:
    # A club: the spring feast needs no registration, the harvest feast does.
    sentences = [
        SourceSentence("Der Verein feiert am 2. Mai 2027 sein Frühlingsfest auf dem Sportplatz.", paragraph=0),
        SourceSentence("Eine Anmeldung ist nicht nötig.", paragraph=0, position=1),
        SourceSentence("Im Herbst gibt es wieder das Erntefest am 3. Oktober 2027.", paragraph=1),
        SourceSentence("Für das Erntefest müssen sich alle anmelden.", paragraph=1, position=1),
    ]
    summary = ["Der Verein feiert am 2. Mai 2027 sein Frühlingsfest.", "Am 3. Oktober 2027 gibt es das Erntefest."]
    assert anchor_index("Eine Anmeldung ist nicht nötig.", sentences[1], sentences, summary, ISSUED) == 0


def test_two_tours_are_told_apart_by_their_day_or_not_at_all() -> None:
    # A museum: a free tour for children, a paid one for adults, both "Führung".
    sentences = [
        SourceSentence("Das Museum bietet am 5. Mai 2027 eine Führung für Kinder an.", paragraph=0),
        SourceSentence("Der Eintritt ist frei.", paragraph=0, position=1),
        SourceSentence("Am 12. Mai 2027 gibt es eine Führung für Erwachsene.", paragraph=1),
    ]
    dated = [
        "Das Museum bietet eine Führung für Kinder an.",
        "Das ist am 5. Mai 2027.",
        "Am 12. Mai 2027 gibt es eine Führung für Erwachsene.",
    ]
    assert anchor_index("Der Eintritt ist frei.", sentences[1], sentences, dated, ISSUED) == 1
    undated = ["Das Museum bietet eine Führung für Kinder an.", "Es gibt auch eine Führung für Erwachsene."]
    assert anchor_index("Der Eintritt ist frei.", sentences[1], sentences, undated, ISSUED) is None
