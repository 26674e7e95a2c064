"""Plain words for formal ones (plainwords.py), on invented sentences of a city office, a utility, a
police station and a museum."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.plainwords import plain_words


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A city office's notice: the predicative adjective and the particle.
        ("Eine Anmeldung ist nicht erforderlich.", "Eine Anmeldung ist nicht nötig."),
        ("Man hat die erforderlichen Unterlagen bereits geprüft.", "Man hat die nötigen Unterlagen schon geprüft."),
        # A utility's prices: "betragen" is "sein" in the same number.
        ("Die Grundgebühr beträgt 9 Euro im Monat.", "Die Grundgebühr ist 9 Euro im Monat."),
        ("Die neuen Preise betragen 30 Cent.", "Die neuen Preise sind 30 Cent."),
        (
            "Die Kundinnen und Kunden erhalten eine Rechnung per Post.",
            "Die Kundinnen und Kunden bekommen eine Rechnung per Post.",
        ),
        # A police station: particles keep their place in the sentence.
        ("Die Polizei hat umgehend mehrere Streifen geschickt.", "Die Polizei hat sofort mehrere Streifen geschickt."),
        ("Die Polizei konnte den Mann jedoch nicht finden.", "Die Polizei konnte den Mann aber nicht finden."),
        # A museum: a place with the reflexive verb, a plural quantifier.
        ("Die Kasse befindet sich im Erdgeschoss.", "Die Kasse ist im Erdgeschoss."),
        ("Zahlreiche Gäste sind gekommen.", "Viele Gäste sind gekommen."),
        ("Für den Eintritt benötigen Sie ein Ticket.", "Für den Eintritt brauchen Sie ein Ticket."),
        # A sports club: "ausschließlich" before what it restricts is "nur".
        ("Die Halle ist ausschließlich am Wochenende offen.", "Die Halle ist nur am Wochenende offen."),
        # A ministry's grant: after a modal, an amount or an indefinite thing is received.
        ("Vereine können bis zu 80 Prozent erhalten.", "Vereine können bis zu 80 Prozent bekommen."),
        # A library: the reflexive of another clause does not make "erhält" mean to keep.
        (
            "Wer sich am Montag anmeldet, erhält einen Gutschein.",
            "Wer sich am Montag anmeldet, bekommt einen Gutschein.",
        ),
        # A hospital: after a date, "ausschließlich den" is the particle (no genitive follows).
        (
            "Besucher sollen ab 2. März ausschließlich den Eingang Nord nutzen.",
            "Besucher sollen ab 2. März nur den Eingang Nord nutzen.",
        ),
        # A school's question: the Perfekt of receiving, whose participle the tagger reads as an infinitive.
        ("Haben Sie bis Freitag kein Zeugnis erhalten?", "Haben Sie bis Freitag kein Zeugnis bekommen?"),
        ("Tickets gibt es ausschließlich an der Kasse.", "Tickets gibt es nur an der Kasse."),
    ],
)
def test_formal_words_become_plain(sentence: str, expected: str) -> None:
    assert plain_words(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # "erhalten" as to keep: with "bleiben", in the passive, after "zu".
        "Der Geldautomat bleibt erhalten.",
        "Das alte Gebäude wird erhalten.",
        "Die Stadt will die Brücke erhalten und zu erhalten ist auch der Turm.",
        # "erhalten" as to keep after a modal, as a state passive, reflexive: a heritage office, a
        # company, a bakery's anniversary.
        "Der Denkmalverein möchte die alte Mühle erhalten.",
        "Die Firma kann so 120 Arbeitsplätze erhalten.",
        "Die Wandmalerei ist gut erhalten.",
        "Die Bäckerei hat sich ihren alten Ofen erhalten.",
        # "ausschließlich" as the preposition "excluding": a craftsman's price, a club's fee.
        "Die Reparatur kostet 300 Euro ausschließlich der Anfahrt.",
        "Der Kursbeitrag ist 20 Euro ausschließlich des Materials.",
        # "Jedoch" in the Vorfeld or before the finite verb: "Aber ist …" breaks the verb-second order.
        "Jedoch ist für den Kurs eine Anmeldung nötig.",
        "Der Eintritt ins Schwimmbad ist frei, jedoch gilt die Badeordnung.",
        # "hat … betragen" would need "ist … gewesen".
        "Der Schaden hat 500 Euro betragen.",
        # "zahlreiches Publikum" is "viel Publikum", not "vieles".
        "Zahlreiches Publikum ist gekommen.",
        # Nothing formal: nothing changes.
        "Die Bibliothek öffnet am Montag.",
    ],
)
def test_words_with_a_second_sense_or_another_form_stay(sentence: str) -> None:
    assert plain_words(sentence) == sentence
