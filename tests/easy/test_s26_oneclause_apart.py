"""One-clause sentences too long by a place at the clause's end or a closure's hours (places.py, timeout.py), invented."""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy.placeout import split_place
from pressconv.transforms.easy.rewrite import rewrite
from pressconv.transforms.easy.timeout import split

ISSUED = date(2027, 3, 1)


def _place(sentence: str) -> tuple[str, str] | str:
    return split_place(rewrite(sentence, ISSUED))


def _time(sentence: str) -> tuple[str, ...] | str:
    return split(rewrite(sentence, ISSUED), ISSUED)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A company announcement: the place of an investment closes the Mittelfeld, after its argument.
        (
            "Die Firma Kolbe investiert rund 40 Millionen Euro in eine neue Halle im Gewerbegebiet Tannfeld-Süd.",
            (
                "Die Firma Kolbe investiert rund 40 Millionen Euro in eine neue Halle.",
                "Das ist im Gewerbegebiet Tannfeld-Süd.",
            ),
        ),
        # A district office: the list of its sites closes the sentence and stays whole in the follower.
        (
            "Das Sozialamt beschäftigt rund 75 Mitarbeiterinnen und Mitarbeiter an den Standorten "
            "Ahrweiden, Bollstedt und Kimmrath.",
            (
                "Das Sozialamt beschäftigt rund 75 Mitarbeiterinnen und Mitarbeiter.",
                "Das ist an den Standorten Ahrweiden, Bollstedt und Kimmrath.",
            ),
        ),
        # A district council in the past: the follower takes the head's tense.
        (
            "Der Landkreis Wespenau hat bereits vier neue Radwege in den Gemeinden Ahrweiden, "
            "Bollstedt und Kimmrath gebaut.",
            (
                "Der Landkreis Wespenau hat bereits 4 neue Radwege gebaut.",
                "Das war in den Gemeinden Ahrweiden, Bollstedt und Kimmrath.",
            ),
        ),
    ],
)
def test_place_at_the_clause_end_goes_apart(sentence: str, expected: tuple[str, str]) -> None:
    assert _place(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # "nur" scopes over the place: "Man darf die Roller nur parken." would say something else.
        "Ab sofort darf man die Leihroller in der Innenstadt von Tannfeld nur noch auf markierten "
        "Flächen im Zentrum abstellen.",
        # "auch" scopes over the place.
        "Der Förderverein der Grundschule Tannfeld verkauft seine selbst gemachten Kalender auch im Bürgerbüro.",
        # The place after an attribute chain names the accident's place, not where the hints are taken.
        "Die Polizei in Tannfeld nimmt ab sofort gern alle Hinweise zum schweren Unfall in der Lindenstraße entgegen.",
        # After a "von" attribute the place may be the attribute's: not sure whose place it is.
        "Die Gemeinde Tannfeld verkauft noch in diesem Jahr die Grundstücke von der früheren Gärtnerei im Ortsteil Ried.",
        # A list of names without "und" may go on: not sure where it ends.
        "Das Sozialamt beschäftigt rund 75 Mitarbeiterinnen und Mitarbeiter an den Standorten "
        "Ahrweiden, Bollstedt, Kimmrath.",
        # A negated statement keeps its place.
        "Der Landkreis Wespenau baut in diesem Jahr keine neuen Radwege in den Gemeinden Ahrweiden und Bollstedt.",
    ],
)
def test_place_at_the_clause_end_refused(sentence: str) -> None:
    assert isinstance(_place(sentence), str)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A road-works notice: the restriction stays in the head, the hours follow.
        (
            "Die Birkenallee ist zwischen Marktplatz und Schulweg von 7 bis 17 Uhr für den Durchgangsverkehr gesperrt.",
            (
                "Die Birkenallee ist zwischen Marktplatz und Schulweg für den Durchgangsverkehr gesperrt.",
                "Das gilt von 7 bis 17 Uhr.",
            ),
        ),
        # A leisure-centre notice: a closure for a group of visitors, from an hour on.
        (
            "Das Hallenbad Tannfeld ist wegen einer Veranstaltung ab 15 Uhr für alle Badegäste geschlossen.",
            ("Das Hallenbad Tannfeld ist wegen einer Veranstaltung für alle Badegäste geschlossen.", "Das gilt ab 15 Uhr."),
        ),
    ],
)
def test_closure_hours_follow_the_closure(sentence: str, expected: tuple[str, str]) -> None:
    assert _time(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # Not closed: the hours stay with the negation.
        "Die Birkenallee ist zwischen Marktplatz und Schulweg von 7 bis 17 Uhr nicht für den Durchgangsverkehr gesperrt.",
        # A duty to close by an hour is a deadline, not the hours of a state.
        "Die Geschäfte in der Innenstadt von Tannfeld müssen am Abend ab 20 Uhr für alle Kunden geschlossen sein.",
        # A past closure keeps its hours in one sentence.
        "Die Birkenallee war zwischen Marktplatz und Schulweg von 7 bis 17 Uhr für den Durchgangsverkehr gesperrt.",
        # A closure on a day is still refused: "Die Halle ist geschlossen." reads as for good first.
        "Die Sporthalle vom Gymnasium Tannfeld bleibt wegen einer Prüfung am Montag, 8. März 2027, geschlossen.",
    ],
)
def test_closure_hours_refused(sentence: str) -> None:
    found = _time(sentence)
    assert isinstance(found, str) or not any(part.startswith("Das gilt") for part in found[1:])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A visitors' notice: a place as the object takes no time of its own; the time is the visit's.
        (
            "Besucherinnen und Besucher können sich den Kräutergarten am Sonntag, 9. Mai 2027, bei einer Führung ansehen.",
            (
                "Besucherinnen und Besucher können sich den Kräutergarten bei einer Führung ansehen.",
                "Das ist am Sonntag, 9. Mai 2027.",
            ),
        ),
        # A town: the opening of a hall on a day.
        (
            "Die Stadt Tannfeld öffnet die neue Sporthalle am Samstag, 15. Mai 2027, für alle Vereine.",
            ("Die Stadt Tannfeld öffnet die neue Sporthalle für alle Vereine.", "Das ist am Samstag, 15. Mai 2027."),
        ),
    ],
)
def test_time_after_a_place_object_goes_apart(sentence: str, expected: tuple[str, str]) -> None:
    assert _time(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # An event as the object may carry its own day: "die Feier am …" is refused as before.
        "Der Verein Tannfeld plant die große Feier am Samstag, 15. Mai 2027, im Saal vom Rathaus.",
        # A place with an attribute after it: the time may be the attribute's.
        "Die Stadt Tannfeld öffnet die Halle vom Sportverein am Samstag, 15. Mai 2027, für alle Vereine.",
    ],
)
def test_time_after_other_objects_refused(sentence: str) -> None:
    assert _time(sentence) == "a time that may belong to a noun"


def test_place_after_a_quantified_object_refused() -> None:
    # "alle" with the place as its restriction: "prüft alle Spielplätze." alone says every one of them.
    assert isinstance(
        _place("Die Stadt Tannfeld prüft alle öffentlichen Spielplätze in den Ortsteilen Riedbach, Aulach und Moosfeld."),
        str,
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A police report: "es kommt zu" names what happened; the place before its "zu" phrase goes apart.
        (
            "Seit Mitte Januar ist es im Südviertel von Tannfeld zu mehreren Diebstählen von Fahrrädern gekommen.",
            (
                "Seit Mitte Januar ist es zu mehreren Diebstählen von Fahrrädern gekommen.",
                "Das war im Südviertel von Tannfeld.",
            ),
        ),
        # A fire brigade's report, the same shape with a day in the Vorfeld.
        (
            "Am Sonntag ist es im Ortsteil Riedbach zu einem Brand in einer alten Scheune gekommen.",
            ("Am Sonntag ist es zu einem Brand in einer alten Scheune gekommen.", "Das war im Ortsteil Riedbach."),
        ),
    ],
)
def test_place_of_what_happened_goes_apart(sentence: str, expected: tuple[str, str]) -> None:
    assert split_place(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # What did not happen keeps its place.
        "Seit Mitte Januar ist es im Südviertel von Tannfeld zu keinen weiteren Diebstählen von Fahrrädern gekommen.",
        # Without "es kommt zu" a phrase after the place may still be the place's: refused as before.
        "Seit Mitte Januar kontrolliert die Polizei im Südviertel von Tannfeld mit vielen Streifen die Fahrräder.",
    ],
)
def test_place_of_what_happened_refused(sentence: str) -> None:
    assert isinstance(split_place(sentence), str)


@pytest.mark.parametrize(
    "sentence",
    [
        # The place of the accident, not of the search: an attribute of a "für" phrase.
        "Die Polizei in Tannfeld sucht dringend Zeugen für den schweren Unfall in der Lindenstraße.",
        # A genitive chain: the place is the accident's.
        "Die Polizei in Tannfeld sucht dringend Zeugen des schweren Unfalls in der Lindenstraße.",
        # "auf den Täter" is the hints' argument; the park is where the man was seen.
        "Die Polizei in Tannfeld bittet um Hinweise auf den unbekannten Mann im Stadtpark von Tannfeld.",
    ],
)
def test_place_of_an_attribute_refused(sentence: str) -> None:
    assert isinstance(_place(sentence), str)
