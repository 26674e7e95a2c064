"""A linking opener is left out and the subject moves to the Vorfeld (openers.py); scope words stay.

Every sentence and release here is invented for these tests (senders, places, numbers).
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.openers import without_opener
from pressconv.transforms.easy.rewrite import rewrite
from pressconv.transforms.easy.verify import dangling
from tests.easy.support import easy_body
from tests.fixtures.releases import german_release

_MIETER: tuple[str, ...] = (
    "Der Mieterverein Lindau hat im Jahr 2023 rund 900 Mitglieder beraten. "
    "Dennoch fordert der Mieterverein mehr Beratungsstellen im Kreis.",
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Association or party: a concessive link to the sentence before.
        ("Dennoch fordert der Landesverband mehr Geld.", "Der Landesverband fordert mehr Geld."),
        # Library or authority: an additive link; the separable particle keeps its place.
        ("Außerdem bietet die Bücherei 3 Kurse an.", "Die Bücherei bietet 3 Kurse an."),
        # Police: a causal link; a name after the noun stays with it.
        ("Deshalb ermittelt die Polizei Neustadt weiter.", "Die Polizei Neustadt ermittelt weiter."),
        ("Danach fuhr ein 20-jähriger Mann weiter.", "Ein 20-jähriger Mann fuhr weiter."),
        # "es gibt" keeps its expletive.
        ("Darüber hinaus gibt es 2 neue Kurse.", "Es gibt 2 neue Kurse."),
        ("Und die Gemeinde hilft.", "Die Gemeinde hilft."),
    ],
)
def test_opener_goes_subject_first(sentence: str, expected: str) -> None:
    result = without_opener(sentence)
    assert result == expected
    assert dangling(result) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Auch die Polizei sucht Zeugen.",  # "auch" limits the claim: never dropped
        "Nein, es gibt eine Liste.",  # an answer to a question the summary does not have
        "Unter anderem bietet die Bücherei Kurse an.",  # the list is not complete: never dropped
        "Damit die Kinder sicher sind, gibt es Lotsen.",  # "damit" as a conjunction opens a clause
        "Dann hat ihn die Polizei gefunden.",  # a pronoun object first: the order is marked
        "Dort hilft der Gemeinde niemand.",  # "der Gemeinde" is a feminine dative, not the subject
        "Seitdem sind weitere 3 Gruppen entstanden.",  # "weitere" points back itself
        "Dennoch sieht den Fehler niemand.",  # accusative first: the subject is elsewhere
    ],
)
def test_uncertain_opener_stays(sentence: str) -> None:
    assert without_opener(sentence) == sentence


def test_opener_then_passive_repair() -> None:
    assert rewrite("Anschließend wurde die Straße gesperrt.", None) == "Man hat die Straße gesperrt."


def test_association_release_keeps_sentence_without_its_opener() -> None:
    body = easy_body("Mieterverein legt Jahreszahlen vor", *_MIETER, organisation="Mieterverein Lindau")
    # The sentence became the title; the body does not repeat it word for word (session 7).
    assert "Der Mieterverein fordert mehr Beratungsstellen im Kreis." not in body
    text = summary_text(
        summarise(german_release("Mieterverein legt Jahreszahlen vor", *_MIETER, organisation="Mieterverein Lindau")).release
    )
    assert text.replace("·", "").startswith("Der Mieterverein fordert mehr Beratungsstellen im Kreis\n")


def test_police_release_keeps_sentence_without_its_opener() -> None:
    body = easy_body(
        "Unfall auf der Kreisstraße",
        "Am Montagmorgen ist auf der Kreisstraße 12 bei Felsbach ein Lieferwagen von der Fahrbahn abgekommen. "
        "Der Fahrer blieb unverletzt. Anschließend wurde die Kreisstraße für zwei Stunden gesperrt.",
        organisation="Polizeiinspektion Felsbach",
    )
    assert "Man hat die Kreisstraße für 2 Stunden gesperrt." in body


def test_such_determiner_points_back_and_stays_out() -> None:
    body = easy_body(
        "Wahlamt sucht Helfer",
        "Das Wahlamt Seeland sucht Helferinnen und Helfer für die Wahl im Mai. "
        "Allein im Bezirk Nord gibt es zwölf solcher Wahllokale.",
        organisation="Wahlamt Seeland",
    )
    assert "solcher" not in body


@pytest.mark.parametrize(
    "sentence",
    [
        # A place or an occasion restricts the claim: without it, it would read as general.
        "Dort gelten weiter die bisherigen Öffnungszeiten.",  # a library's branch
        "Dabei ist eine Beratung im Einzelfall nicht möglich.",  # a tax office's help days
        "Hier können Kinder kostenlos basteln.",  # a museum's workshop
        # A sequence in a present or future statement ties it to its occasion (a one-off, not always).
        "Anschließend zeigt ein Glasbläser sein Handwerk.",  # a museum's opening evening
        "Im Anschluss spielt die Band des Vereins.",  # a club's summer party
        "Danach gibt es Kaffee und Kuchen.",
    ],
)
def test_an_opener_that_restricts_the_claim_stays(sentence: str) -> None:
    assert without_opener(sentence) == sentence


def test_a_sequence_in_a_told_past_goes() -> None:
    # Police and fire reports: the event happened all the same, after or before the one told before.
    assert without_opener("Anschließend flüchtete der Täter zu Fuß.") == "Der Täter flüchtete zu Fuß."
    assert without_opener("Danach hat die Feuerwehr den Keller gelüftet.") == "Die Feuerwehr hat den Keller gelüftet."
