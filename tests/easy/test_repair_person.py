"""The sender's "uns" and "unser" named (ours.py) and its Präteritum "wir" in the third person (person.py).

Every sentence and release here is invented for these tests (senders, places, numbers).
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.ours import SenderForms, name_ours
from pressconv.transforms.easy.person import third_person
from tests.easy.support import easy_body

CLUB = SenderForms("der Turnverein Grünau", "den Turnverein Grünau", "dem Turnverein Grünau")
BRIGADE = SenderForms("die Feuerwehr Talheim", "die Feuerwehr Talheim", "der Feuerwehr Talheim")
OFFICE = SenderForms("das Ordnungsamt Seefeld", "das Ordnungsamt Seefeld", "dem Ordnungsamt Seefeld")


@pytest.mark.parametrize(
    ("forms", "sentence", "expected"),
    [
        # With "wir" as subject, the possessive keeps its ending and points at the named subject.
        (CLUB, "Wir haben unseren Antrag zurückgezogen.", "Der Turnverein Grünau hat seinen Antrag zurückgezogen."),
        (BRIGADE, "Wir danken unseren Nachbarn.", "Die Feuerwehr Talheim dankt ihren Nachbarn."),
        # Reflexive "uns" beside "wir" is "sich" in the third person.
        (OFFICE, "Wir freuen uns über die Hilfe.", "Das Ordnungsamt Seefeld freut sich über die Hilfe."),
        # "uns" after a one-case preposition: the sender in that case, contracted where German contracts.
        (CLUB, "Bei uns sind 20 Anmeldungen eingegangen.", "Beim Turnverein Grünau sind 20 Anmeldungen eingegangen."),
        (BRIGADE, "Für uns war es ein langer Einsatz.", "Für die Feuerwehr Talheim war es ein langer Einsatz."),
        # "unsere"/"unserem" without "wir": the definite article with the same ending, then "von" + sender.
        (BRIGADE, "Unsere Wache ist geschlossen.", "Die Wache von der Feuerwehr Talheim ist geschlossen."),
        (OFFICE, "Die Stadt hilft unserem Team.", "Die Stadt hilft dem Team vom Ordnungsamt Seefeld."),
        # "unser Turnverein" names the sender itself, contracted after "bei" like "bei uns".
        (CLUB, "Unser Turnverein feiert am Samstag.", "Der Turnverein Grünau feiert am Samstag."),
        (CLUB, "Bei unserem Turnverein gibt es 3 Kurse.", "Beim Turnverein Grünau gibt es 3 Kurse."),
        # Strong and mixed Präteritum agree with a singular sender.
        (OFFICE, "Den Hinweis erhielten wir am Montag.", "Den Hinweis erhielt das Ordnungsamt Seefeld am Montag."),
        (CLUB, "Wir brachten die Spenden zum Rathaus.", "Der Turnverein Grünau brachte die Spenden zum Rathaus."),
    ],
)
def test_first_person_named(forms: SenderForms, sentence: str, expected: str) -> None:
    assert third_person(sentence, forms.nominative, plural=False, forms=forms) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Stadt hat uns den Brief geschickt.",  # bare "uns": dative or accusative, unknown
        "Unser Antrag wurde abgelehnt.",  # bare "unser": masculine or neuter, the article is unknown
        "Unsere Bitte an die Stadt bleibt.",  # an attribute follows: "von …" would attach to the wrong noun
        "In uns steckt viel Kraft.",  # two-way preposition: the case is not shown
        "Die Vorsitzende sagte: „Wir freuen uns.“",  # a quotation: its "wir" is the speaker's
        "Ich danke unseren Gästen.",  # first person singular: a person, not the sender
    ],
)
def test_uncertain_first_person_stays(sentence: str) -> None:
    for forms in (CLUB, BRIGADE):
        assert third_person(sentence, forms.nominative, plural=False, forms=forms) == sentence


def test_bare_name_sender_is_left_alone() -> None:
    # A sender without an article has no possessive form to choose: nothing is replaced.
    bare = SenderForms("Netzwerk Ostsee", "Netzwerk Ostsee", "Netzwerk Ostsee")
    assert name_ours("Wir danken unseren Gästen.", bare) == "Wir danken unseren Gästen."


def test_club_release_names_its_own_first_person() -> None:
    body = easy_body(
        "Turnverein sammelt für neue Matten",
        "Der Turnverein Grünau sammelt Geld für neue Turnmatten. Bei uns sind schon 40 Spenden eingegangen.",
        organisation="Turnverein Grünau",
    )
    assert "Beim Turnverein Grünau sind schon 40 Spenden eingegangen." in body
    assert " uns " not in body


def test_library_release_names_its_own_first_person() -> None:
    body = easy_body(
        "Stadtbibliothek verlängert Öffnungszeiten",
        "Die Stadtbibliothek Talheim hat ab April auch am Samstag geöffnet. "
        "Wir danken unseren Lesern für viele Buchspenden.",
        organisation="Stadtbibliothek Talheim",
    )
    assert "Die Stadtbibliothek Talheim dankt ihren Lesern für viele Buchspenden." in body
