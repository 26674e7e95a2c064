"""Classes of wrong statements a blind judgement found on unseen senders (judge17h), as general rules."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.appeals import found_again
from pressconv.transforms.easy.facts import _injured
from pressconv.transforms.easy.source import SourceSentence


@pytest.mark.parametrize(
    "body",
    [
        # A state police's missing senior, a city police's missing child: found in any state, or the search ended.
        ["Der seit Montag vermisste 80-jährige Mann ist am Dienstag unterkühlt, aber ansprechbar aufgefunden worden."],
        ["Die vermisste Zwölfjährige ist am Abend bei einer Freundin angetroffen worden."],
        ["Die Suche ist abgeschlossen."],
    ],
)
def test_a_person_found_ends_the_appeal(body: list[str]) -> None:
    assert found_again(body)


@pytest.mark.parametrize(
    "body",
    [
        ["Der vermisste Mann ist am Dienstag tot aufgefunden worden."],
        ["Die Polizei sucht weiterhin nach dem vermissten Mann."],
    ],
)
def test_found_dead_or_still_sought_is_no_return(body: list[str]) -> None:
    assert not found_again(body)


@pytest.mark.parametrize(
    "body",
    [
        # A fire brigade's storm night and a road accident: residents unhurt, a helper hurt.
        ["Bewohner wurden nicht verletzt; ein Feuerwehrmann zog sich eine leichte Handverletzung zu."],
        ["Die Insassen blieben unverletzt, eine Helferin erlitt jedoch eine Schnittverletzung."],
    ],
)
def test_nobody_hurt_is_never_said_beside_an_injury(body: list[str]) -> None:
    assert _injured(body) != ("Niemand", False)


def test_nobody_hurt_stays_where_nobody_was() -> None:
    assert _injured(["Verletzt wurde niemand."]) == ("Niemand", False)


@pytest.mark.parametrize(
    "sentence",
    [
        # A water police's boat crash and a prosecutor's fire: the charge is no event that happened.
        "Die Polizei ermittelt wegen des Verdachts der Unfallflucht sowie der fahrlässigen Körperverletzung.",
        "Die Staatsanwaltschaft ermittelt gegen den Mieter wegen Brandstiftung.",
    ],
)
def test_a_charge_is_not_the_incident(sentence: str) -> None:
    from pressconv.transforms.easy.facts import _INCIDENT_HEADS, _head_noun

    found = _head_noun([sentence], _INCIDENT_HEADS, asserted=True)
    assert found is None or found[0] not in ("Körperverletzung", "Brandstiftung"), found


def test_an_incident_said_as_fact_is_still_found() -> None:
    from pressconv.transforms.easy.facts import _INCIDENT_HEADS, _head_noun

    found = _head_noun(["Am Montag gab es einen Unfall auf der Landstraße."], _INCIDENT_HEADS, asserted=True)
    assert found is not None and found[0] == "Unfall"


@pytest.mark.parametrize(
    ("headline", "body", "part"),
    [
        # A chamber's figures and a city's pool: the contrast turns the part before it.
        (
            "Mehr Ausbildungsverträge – aber jede dritte Firma findet keine Azubis",
            "Die Kammer meldet mehr Ausbildungsverträge als im Vorjahr. Jede dritte Firma findet keine Azubis.",
            "Verträge",
        ),
        (
            "Freibad öffnet am Samstag – doch die Rutsche bleibt gesperrt",
            "Das Freibad öffnet am Samstag. Die Rutsche bleibt wegen Reparaturen gesperrt.",
            "Freibad",
        ),
    ],
)
def test_a_headline_with_a_contrast_gives_no_part_alone(headline: str, body: str, part: str) -> None:
    from pressconv.transforms.easy.segments import headline_parts

    assert headline_parts(headline, None, None, []) == []
    from pressconv.transforms.easy import summarise, summary_text
    from tests.fixtures.releases import german_release

    title = summary_text(summarise(german_release(headline, body)).release).splitlines()[0]
    assert not (part in title and "aber" not in title and "doch" not in title and title.startswith("Es gibt")), title


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        # A hospice service visits families; a hospital treats and sends home (judge19: the hospital
        # sense misled about a home-visiting service).
        ("Der ambulante Pflegedienst besucht die Familien zu Hause.", "nach Hause."),
        ("Die Patientin wurde ambulant in der Klinik behandelt.", "wieder nach Hause"),
    ],
)
def test_ambulant_is_explained_in_the_texts_sense(text: str, sense: str) -> None:
    from pressconv.transforms.easy.lexicon import entries_for

    entry = next(e for e in entries_for([text]) if e.word.lower().startswith("ambulant"))
    assert sense in entry.explanation
    other = "Die Hilfe kommt" if "wieder" in sense else "wieder nach Hause"
    assert other not in entry.explanation


@pytest.mark.parametrize(
    ("sentence", "broken"),
    [
        # A water board's and a city's request cut at the comma: nothing is asked any more.
        ("Der Verband bittet alle Kunden.", True),
        ("Die Stadt ruft alle Bürgerinnen und Bürger auf.", True),
        ("Die Polizei bittet um Hinweise.", False),
        ("Die Stadt ruft zum Energiesparen auf.", False),
        ("Die Feuerwehr bittet: Halten Sie Abstand.", False),
    ],
)
def test_a_request_without_what_is_asked_is_broken(sentence: str, broken: bool) -> None:
    from pressconv.transforms.easy.verify import structure_failures

    assert ("guard.lost-content" in {f.check for f in structure_failures(sentence)}) is broken


@pytest.mark.parametrize(
    ("sentence", "stray"),
    [
        # A sports association's ceremony and a church's concert: the house number of a cut place.
        ("Die Feier·stunde findet 3 statt.", True),
        ("Das Konzert beginnt 12.", True),
        ("Die Feierstunde findet am Marktplatz 3 statt.", False),
        ("Die Linie 4 fährt wieder.", False),
        ("Die 1000. Stunde hat stattgefunden.", False),
        ("Die Beteiligung ist höher als 2014.", False),
        ("Die Feuerwehr hat 12 Personen gerettet.", False),
        ("Die Sprechstunde ist von 15 Uhr bis 18 Uhr.", False),
    ],
)
def test_a_number_cut_from_its_phrase_is_broken(sentence: str, stray: bool) -> None:
    from pressconv.transforms.easy.verify import structure_failures

    assert ("guard.cut-off" in {f.check for f in structure_failures(sentence)}) is stray


def _sentences(*paragraphs: list[str]) -> tuple[SourceSentence, ...]:
    return tuple(
        SourceSentence(text=t, paragraph=p, position=i) for p, texts in enumerate(paragraphs) for i, t in enumerate(texts)
    )


def test_the_ticket_office_is_not_the_venue() -> None:
    # A music school's concert and a town archive's call: the other address is not the event's.
    from datetime import date

    from pressconv.transforms.easy.facts import _event_address
    from pressconv.transforms.easy.when import find_moments

    sentences = _sentences(
        ["Das erste Konzert ist am Freitag, 10. Oktober 2025, im Großen Saal."],
        ["Karten gibt es an der Tageskasse, Schlossgasse 3, 12345 Musterstadt."],
    )
    when = find_moments("am Freitag, 10. Oktober 2025", date(2025, 9, 1))[0]
    assert _event_address(sentences, ("Konzert", "das"), when, date(2025, 9, 1)) is None


def test_an_announcement_in_short_lines_keeps_its_place() -> None:
    # A municipality's assembly set in short lines: date block, then "in der Halle, Straße 14."
    from datetime import date

    from pressconv.transforms.easy.facts import _event_address
    from pressconv.transforms.easy.when import find_moments

    sentences = _sentences(
        ["Die Gemeinde lädt zu einer Bürgerversammlung ein."],
        ["Donnerstag, 5. Februar 2026, um 19:00 Uhr"],
        ["in der Mehrzweckhalle Musterdorf, Schulstraße 14."],
    )
    when = find_moments("Donnerstag, 5. Februar 2026", date(2026, 1, 10))[0]
    found = _event_address(sentences, ("Bürgerversammlung", "die"), when, date(2026, 1, 10))
    assert found is not None and "Schulstraße 14" in found
