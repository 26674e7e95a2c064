"""Session 8 (issue 16): an appeal names what the police ask about before it asks the reader.

Every release and sentence here is invented for these tests; none is a corpus file.
"""

from __future__ import annotations

from datetime import date

from pressconv.transforms.easy.appeals import description, sought_head
from tests.easy.support import title_and_body
from tests.fixtures.releases import german_release


def test_sought_head_is_the_last_part_of_a_compound() -> None:
    assert sought_head("Kristallschale", "die") == ("Schale", "die")
    assert sought_head("Zinnkrugdeckel", "der") == ("Deckel", "der")
    # A rare last part stops the search: "Anne" (a name) is not tried behind "Kanne".
    assert sought_head("Zunftkanne", "die") is None
    assert sought_head("Goldring", "der") == ("Ring", "der")
    # A word of its own that ends like another ("Stall") and a function word at the end ("aber").
    assert sought_head("Kristall", "der") is None
    assert sought_head("Kandelaber", "der") is None


def test_description_from_label_lines() -> None:
    assert description(["Material: 925er Silber, mit Gravur", "Farbe: blau"]) == (("Material", "Silber"), ("Farbe", "blau"))
    assert description(["Wer kann Hinweise zur Herkunft des Goldrings geben?"]) == (("Herkunft", "Goldrings"),)
    # Two materials for one label, or a long value: not a plain description.
    assert description(["Material: Gold", "Material: Messing"]) == ()
    assert description(["Material: vergoldetes Messing mit Steinen und Perlen"]) == ()


# A state police office (its art squad) and a federal police office.
STATE = german_release(
    "Wer kennt diese Perlmuttdose?",
    "Die Polizei Nordheim hat bei einer Durchsuchung eine Perlmuttdose gefunden und bittet um Mithilfe.",
    "Das Objekt wird so beschrieben:",
    "Material: 800er Silber, mit Wappen",
    "Wer kann Hinweise zur Herkunft der Perlmuttdose geben?",
    "Hinweise nimmt die Polizei unter 0711 8990-1234 entgegen.",
    organisation="Landeskriminalamt Nordheim",
    issued=date(2024, 2, 6),
)
FEDERAL = german_release(
    "Zeugen gesucht",
    "Am Freitagabend kam es im Bahnhof Südheim zu einem Raub. Ein Mann wurde leicht verletzt. "
    "Die Bundespolizei sucht Zeugen, die sich unter 0711 8990-5555 melden.",
    organisation="Bundespolizeiinspektion Südheim",
    issued=date(2024, 3, 11),
)


def test_state_police_appeal_names_and_describes_the_object() -> None:
    title, body = title_and_body(STATE)
    assert title == "Die Polizei sucht Hinweise zu einer Dose", (title, body)
    assert "Die Dose ist aus Silber." in body
    assert "Die Polizei will wissen: Woher kommt die Dose?" in body
    assert "Wissen Sie etwas über die Dose?" in body
    assert "Wissen Sie etwas?" not in body


def test_federal_police_appeal_names_the_incident() -> None:
    title, body = title_and_body(FEDERAL)
    assert title == "Die Polizei sucht Zeugen für einen Raub", (title, body)
    assert "Haben Sie etwas gesehen?" in body
    assert "Wissen Sie etwas?" not in body


# A state police office withdraws a missing-person appeal; a federal police office ends a search.
FOUND = german_release(
    "Vermisste Jugendliche wieder da",
    "Seit Sonntag wurde die 15-jährige Mia K. aus Nordheim vermisst. "
    "Die Jugendliche wurde am Dienstag wohlbehalten angetroffen. Die Polizei bedankt sich für die Hinweise.",
    organisation="Polizeipräsidium Nordheim",
    issued=date(2025, 4, 8),
)


def test_found_again_is_never_a_search() -> None:
    title, body = title_and_body(FOUND)
    assert not title.startswith("Die Polizei sucht"), title
    assert not any(line.startswith(("Die Polizei sucht", "Haben Sie")) for line in body), body
    if "Mia K." in title + " ".join(body):
        assert "Mia K. ist wieder da" in title + " ".join(body)


def test_found_again_cues() -> None:
    from pressconv.transforms.easy.appeals import found_again

    assert found_again(["Der Mann wurde wohlbehalten in einem Park aufgefunden."])
    assert found_again(["Die Fahndung nach dem Jungen wird hiermit zurückgenommen."])
    assert not found_again(["Der Junge wurde noch immer nicht gefunden."])
    assert not found_again(["Die Polizei sucht weiter nach der Frau."])
