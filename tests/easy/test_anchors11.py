"""Anchors of a summary sentence: bound possessives, "dort", linking openers, subject preference and
definite phrases the summary never introduced (verify.py, anaphora.py, style.py).

All sentences are invented: a housing company, a sports club, a museum, a water utility, a police
report, a funding office and a town library.
"""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy.anaphora import resolve_at, resolve_place, resolve_subject, without_connective
from pressconv.transforms.easy.details import orphan_detail
from pressconv.transforms.easy.source import SourceSentence
from pressconv.transforms.easy.style import introduced_failures
from pressconv.transforms.easy.verify import structure_failures

ISSUED = date(2026, 4, 1)


def _pronoun(sentence: str) -> list[str]:
    return [f.match for f in structure_failures(sentence) if f.check == "guard.pronoun"]


@pytest.mark.parametrize(
    "sentence",
    [
        # Housing company: a coordinated plural subject and "ihre".
        "Mieterinnen und Mieter erhalten ihre neuen Schlüssel per Post.",
        # Sports club: a bare plural with a plural verb.
        "Vereine können ihre Anträge bis Mai stellen.",
        # Museum: an indefinite pronoun takes "sein".
        "Niemand muss seine Fotos aus der Hand geben.",
        # School notice: a quantified plural.
        "Alle Eltern müssen ihren Antrag unterschreiben.",
        # Club news: the article's subject, as before.
        "Der Verein feiert sein Jubiläum.",
        # Road works: an attribute of the subject that cannot own "ihr" (neuter) is no rival.
        "Anliegerinnen und Anlieger vom Gewerbegebiet erreichen ihre Grundstücke.",
        # Choir news: "der Stadt" is feminine and cannot own "sein".
        "Der Chor aus der Stadt singt seine Lieder.",
    ],
)
def test_possessive_bound_by_its_own_subject_passes(sentence: str) -> None:
    assert _pronoun(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Vereine können seine Anträge bis Mai stellen.",  # "sein" cannot agree with a plural
        "Die Stadt und der Kreis stellen seine Pläne vor.",  # a coordination is plural
        "Besucher erhalten von der Stadt ihre Karten.",  # "der Stadt" is a second feminine owner
        "Die Stadt oder der Kreis zahlt seine Kosten.",  # which of the two? a coordination is no one owner
        "Niemand muss ihre Fotos abgeben.",  # "ihr" does not agree with "niemand"
        "Der Führer vom Boot setzte seine Fahrt fort.",  # "vom Boot" (neuter) may own "seine" too
        "Der Chor aus der Stadt singt ihre Lieder.",  # "ihre" can only be the city's, not the subject's
        "Der Verein dankt der Stadt für ihre Hilfe.",  # an object owner: not bound by the subject
    ],
)
def test_possessive_with_another_or_no_agreeing_owner_fails(sentence: str) -> None:
    assert _pronoun(sentence)


@pytest.mark.parametrize(
    ("sentence", "previous", "earlier", "expected"),
    [
        # Job fair: the one place of the sentence before, which the summary names.
        (
            "Dort stellen sich 40 Betriebe vor.",
            "Die Messe findet am Samstag in der Stadthalle statt.",
            ["Die Messe ist in der Stadthalle."],
            "In der Stadthalle stellen sich 40 Betriebe vor.",
        ),
        (
            "Rund 40 Betriebe stellen sich dort vor.",
            "Die Messe findet am Samstag in der Stadthalle statt.",
            ["Die Messe ist in der Stadthalle."],
            "Rund 40 Betriebe stellen sich in der Stadthalle vor.",
        ),
        # Two places before: which one is meant is unsure.
        (
            "Dort stellen sich 40 Betriebe vor.",
            "Die Messe im Rathaus findet in der Stadthalle statt.",
            ["Die Messe ist in der Stadthalle."],
            None,
        ),
        # Company open day: "in das Werk" is a direction (accusative); "dort" asks "where", so no
        # "In das Werk stellen sich …".
        (
            "Dort stellen sich Teams vor.",
            "Die Firma lädt am Samstag in das Werk Nord ein.",
            ["Die Firma lädt in das Werk Nord ein."],
            None,
        ),
        # Flood report: a place in a list of places ("… und …", "rund um …") is only a part of "dort".
        (
            "Dort liefen 30 Keller voll.",
            "Betroffen war vor allem die Unterstadt rund um die Bachgasse.",
            ["Die Unterstadt war betroffen."],
            None,
        ),
        # Career change: a direction ("zur Stadt") is a second place the adverb may mean.
        (
            "Dort leitete er das Bauamt.",
            "Nach einer Zeit in einem Planungsbüro wechselte er zur Stadt.",
            ["Er war in einem Planungsbüro."],
            None,
        ),
        # Mid-sentence, the preposition stays in lower case.
        (
            "Die Gäste feiern dort bis Mitternacht.",
            "Das Fest beginnt um 18 Uhr im Rathaus.",
            ["Das Fest ist im Rathaus."],
            "Die Gäste feiern im Rathaus bis Mitternacht.",
        ),
        # Water utility: the summary never named the district, so the place is not known to the reader.
        (
            "Dort ist das Wasser wieder trinkbar.",
            "Die Leitung im Ortsteil Nord war beschädigt.",
            ["Es gab einen Rohrbruch."],
            None,
        ),
    ],
)
def test_dort_takes_the_one_place_named_before(
    sentence: str, previous: str, earlier: list[str], expected: str | None
) -> None:
    assert resolve_place(sentence, previous, earlier) == expected


def test_dort_in_the_middle_of_its_source_sentence_takes_the_place_before_it() -> None:
    source = [
        SourceSentence("Der Verband lädt zum Sommerfest ein."),
        SourceSentence("Das Hallenbad im Ortsteil Süd bleibt offen; dort gelten die alten Preise."),
    ]
    earlier = ["Das Hallenbad im Ortsteil Süd bleibt offen."]
    assert resolve_at("Dort gelten die alten Preise.", source, 1, earlier) == "Im Ortsteil Süd gelten die alten Preise."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Bank branch news: a prepositional phrase takes the Vorfeld.
        ("Zudem wird ab Juli ein Bus eingesetzt.", "Ab Juli wird ein Bus eingesetzt."),
        # Council news: the nominative subject takes it.
        (
            "Zugleich lädt die Gemeinde alle Bürger zu einer Versammlung ein.",
            "Die Gemeinde lädt alle Bürger zu einer Versammlung ein.",
        ),
        # A scope word or an adverb after the verb: nothing certain to move.
        ("Zudem ist nur ein Teil betroffen.", None),
        # Job centre figures: "im März" is the phrase, "Anzeigen" the subject after it; nothing moves.
        ("Zudem sind im März Anzeigen von 14 Betrieben eingegangen.", None),
        # A genitive after the subject: its end is unsure.
        ("Zudem sollen die Kosten des Baus sinken.", None),
        # "dort", "damit", "danach" are no mere links: never dropped here.
        ("Dort gilt ab Mai ein neuer Plan.", None),
        ("Danach fährt der Bus wieder.", None),
    ],
)
def test_linking_opener_left_out_with_a_certain_vorfeld(sentence: str, expected: str | None) -> None:
    assert without_connective(sentence) == expected


@pytest.mark.parametrize(
    ("line", "previous", "expected"),
    [
        # Bridge building news: the subject, every rival in a prepositional phrase of things.
        (
            "Er ist barrierefrei.",
            "Der neue Steg besteht aus einer Konstruktion mit einem Belag aus Holz.",
            "Der Steg ist barrierefrei.",
        ),
        # Police: a person in the prepositional phrase is a rival the reader may mean.
        ("Er war betrunken.", "Der Polizist sprach mit einem Autofahrer.", None),
        # An object rival: refused.
        ("Er war betrunken.", "Der Polizist stoppte einen Autofahrer.", None),
        # Accident report: the nominalised "Die 52-Jährige" is a rival of "der Feuerwehr" (judged before
        # as the only feminine candidate, which made the fire brigade the injured one).
        (
            "Sie erlitt schwere Verletzungen.",
            "Die 52-Jährige musste von der Feuerwehr befreit werden.",
            None,
        ),
        # "Der Verein" before the verb is masculine: no antecedent for a plural "sie".
        ("Sie trainieren jeden Mittwoch.", "Der Sportverein gründet eine Gruppe.", None),
    ],
)
def test_subject_preferred_over_things_in_prepositional_phrases(line: str, previous: str, expected: str | None) -> None:
    earlier = [previous]
    assert resolve_subject(line, line, previous, earlier) == expected


def test_pronoun_chain_keeps_its_referent() -> None:
    source = [
        SourceSentence("Ein Wasserrohr ist am Montag gebrochen."),
        SourceSentence("Es hat einen Keller geflutet."),
        SourceSentence("Der Techniker kam am Abend."),
        SourceSentence("Er prüfte die Leitung."),
        SourceSentence("Er fand ein zweites Leck."),
    ]
    earlier = ["Der Techniker kam am Abend."]
    assert resolve_at("Er fand ein zweites Leck.", source, 4, earlier) == "Der Techniker fand ein zweites Leck."


@pytest.mark.parametrize(
    ("sentence", "earlier", "introduced"),
    [
        # Funding office: a detail of a programme the summary never named.
        ("Die förderfähigen Ausgaben müssen mindestens 500 Euro betragen.", ["Die Stadt hat gewählt."], False),
        # ... and after the programme: the adjective ties the noun to it.
        ("Die förderfähigen Ausgaben müssen mindestens 500 Euro betragen.", ["Es gibt ein Förder·programm."], True),
        # A bare generic plural stays allowed.
        ("Die Schulen brauchen mehr Geld.", ["Die Stadt hat gewählt."], True),
        # Housing company / welfare office: "betroffen" asks "affected by what?", wherever it stands.
        ("Man hat die betroffenen Familien informiert.", ["Die Stadt hat gewählt."], False),
        ("Man hat die betroffenen Familien informiert.", ["Viele Familien haben einen Schaden."], True),
        ("Die Stadt schreibt den betroffenen Mietern einen Brief.", ["Es gibt ein Fest."], False),
        # Functional nouns of an event's frame (bridging): a tour's number of participants, a consultation
        # hour's room, a court case's chamber; not without their frame.
        ("Die Teilnehmer·zahl ist auf 20 Personen begrenzt.", ["Es gibt Führungen im Park."], True),
        ("Die Teilnehmer·zahl ist auf 20 Personen begrenzt.", ["Der Park hat neue Bänke."], False),
        ("Der Raum ist barrierefrei erreichbar.", ["Es gibt eine Sprech·stunde."], True),
        ("Der Raum ist barrierefrei erreichbar.", ["Es gibt ein Fest."], False),
        ("Die Kammer hat die Haft angeordnet.", ["Das Gericht hat einen Mann verurteilt."], True),
    ],
)
def test_definite_phrase_needs_its_referent(sentence: str, earlier: list[str], introduced: bool) -> None:
    assert (introduced_failures(sentence, earlier) == []) is introduced


def _release(*paragraphs: list[str]) -> list[SourceSentence]:
    return [
        SourceSentence(text=t, paragraph=p, position=i) for p, texts in enumerate(paragraphs) for i, t in enumerate(texts)
    ]


def test_detail_that_names_its_event_is_anchored() -> None:
    # A museum: the opening evening and its free admission, in the detail's own words.
    sentences = _release(
        ["Das Museum zeigt ab Mai eine neue Ausstellung."],
        ["Die Eröffnung ist am Freitag, 8. Mai 2026, um 18 Uhr.", "Der Eintritt zur Eröffnung ist frei."],
    )
    detail = sentences[-1]
    assert not orphan_detail(detail.text, detail, sentences, ["Das Museum zeigt eine Ausstellung."], ISSUED)


def test_detail_anchored_by_the_kind_of_event_the_summary_names() -> None:
    # A nature reserve's guided walks: the summary names the walks, not their days.
    sentences = _release(
        ["Der Verband öffnet das Moor für Besucher."],
        ["Die Wanderungen sind am 6. und 13. Juni 2026.", "Eine Anmeldung ist nicht nötig."],
    )
    detail = sentences[-1]
    assert not orphan_detail(detail.text, detail, sentences, ["Es gibt geführte Wanderungen."], ISSUED)
    assert orphan_detail(detail.text, detail, sentences, ["Der Verband öffnet das Moor."], ISSUED)


def test_detail_in_a_paragraph_of_two_kinds_of_event_stays_open() -> None:
    # An adult education centre: a course and an information evening in one paragraph.
    sentences = _release(
        ["Die Volkshochschule bietet neue Kurse an."],
        [
            "Der Kurs beginnt am 4. Mai 2026, der Informationsabend ist am 20. April 2026.",
            "Eine Anmeldung ist nicht nötig.",
        ],
    )
    detail = sentences[-1]
    assert orphan_detail(detail.text, detail, sentences, ["Es gibt einen neuen Kurs."], ISSUED)
