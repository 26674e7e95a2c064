"""Round 9, segments: the facts of the headline and subtitle as body sentences (segments.py), on
invented releases of a sports club, a water utility, a district office, a fire brigade and a museum."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.segments import headline_parts, rebuild, segment_sentences, truthful
from tests.easy.support import title_and_body
from tests.fixtures.releases import german_release


@pytest.mark.parametrize(
    ("part", "past", "expected"),
    [
        # An event noun with its day: "ist am" (a club's festival, a museum's opening).
        ("Sommerfest am 14. Juni", False, "Das Sommerfest ist am 14. Juni."),
        ("Eröffnung am Freitag, 8. Mai, um 19 Uhr", False, "Die Eröffnung ist am Freitag, 8. Mai um 19 Uhr."),
        # A process noun with "ab": it begins (a road authority's closure).
        ("Vollsperrung ab 3. Mai", False, "Die Vollsperrung beginnt am 3. Mai."),
        ("Abstimmung bis 30. November", False, "Die Abstimmung läuft bis 30. November."),
        # A gathering by its last part; a span fits any service that runs (a transport company).
        ("Kinderflohmarkt am Sonntag, 3. Mai", False, "Der Kinderflohmarkt ist am Sonntag, 3. Mai."),
        ("Busverkehr vom 1. bis 5. Mai", False, "Der Busverkehr ist vom 1. bis 5. Mai."),
        # A modal clause with a bare plural subject is a main clause already (a utility's notice).
        ("Kunden müssen nichts beantragen", False, "Kunden müssen nichts beantragen."),
        # A count and a plural noun: the existence frame, in the past for a report.
        ("vier Verletzte", True, "Es hat vier Verletzte gegeben."),
        # The bare infinitive is an instruction.
        ("Heizung vor Frost schützen", False, "Schützen Sie die Heizung vor Frost."),
        # A participle in a report of the past: the state was; the indefinite article stays.
        ("ein Radfahrer schwer verletzt", True, "Ein Radfahrer war schwer verletzt."),
    ],
)
def test_part_rebuilt_as_main_clause(part: str, past: bool, expected: str) -> None:
    assert rebuild(part, past=past) == expected


@pytest.mark.parametrize(
    "part",
    [
        "Bescheinigung vom Vermieter erforderlich",
        "Brief am 3. Mai",  # a thing does not take place on a day  # the "von" phrase is the noun's, not the agent
        "Ausgabe beginnt am 9. März ab 8 Uhr und endet",  # a clause the shapes do not read
        "„Ein guter Tag für den Verein“",  # a quotation is an opinion
        # A finite verb and a participle (a bank's notice) are no request either.
        "Geldautomaten im Ortskern bleiben erhalten",
    ],
)
def test_part_refused(part: str) -> None:
    assert rebuild(part, past=False) is None


@pytest.mark.parametrize("part", ["Filialen schließen", "Geldautomaten bleiben erhalten", "Klassenräume werden saniert"])
def test_a_plural_before_a_verb_in_en_is_never_made_a_request(part: str) -> None:
    # A bank's branches, a school's rooms: the plural noun is the subject of a report.
    rebuilt = rebuild(part, past=False)
    assert rebuilt is None or not rebuilt.startswith("Man muss"), rebuilt


def test_labels_quotes_and_letterhead_are_no_parts() -> None:
    parts = headline_parts(
        "POL-XY: Einbruch in Vereinsheim – Polizei sucht Zeugen",
        "Vorsitzender Max Beispiel: „Wir sind entsetzt“",
        "Pressemitteilung",
        ["Polizeidirektion Beispielstadt"],
    )
    assert parts == ["Einbruch in Vereinsheim", "Polizei sucht Zeugen"]
    assert headline_parts("Wasserverband Musterland", None, None, ["Wasserverband Musterland"]) == []


@pytest.mark.parametrize(
    ("part", "body", "expected"),
    [
        ("Eintritt frei", ["Der Eintritt ist frei."], True),
        # The body narrows the headline's claim: the part is refused.
        ("Eintritt frei", ["Der Eintritt ist nur für Kinder frei."], False),
        ("Beratung kostenlos", ["Die Beratung ist für Mitglieder kostenlos, sonst kostet sie aber 20 Euro."], False),
        # A date or number the body never names is not confirmed.
        ("Sommerfest am 14. Juni", ["Das Fest beginnt um 15 Uhr."], False),
        ("Sommerfest am 14. Juni", ["Am 14. Juni feiert der Verein ab 15 Uhr."], True),
        ("Sommerfest am 14. Juni", ["Der Verein feiert am 14.06. ab 15 Uhr."], True),
    ],
)
def test_truthful_against_body(part: str, body: list[str], expected: bool) -> None:
    sentence = rebuild(part, past=False)
    assert sentence is not None
    assert truthful(part, sentence, body) is expected


def test_restricting_comma_piece_refuses_the_part() -> None:
    body = ["Der Eintritt ist frei.", "Das Angebot gilt nur für Mitglieder."]
    kept = segment_sentences(["Eintritt frei, nur für Mitglieder"], body, [], past=False, passes=lambda _: True)
    assert kept == []
    # Without the restriction both facts of the part stand (a museum's subtitle).
    body = ["Der Eintritt ist frei.", "Die Ausstellung ist am 2. Mai."]
    parts = ["Eintritt frei, Ausstellung am 2. Mai"]
    assert segment_sentences(parts, body, [], past=False, passes=lambda _: True) == [
        "Der Eintritt ist frei.",
        "Die Ausstellung ist am 2. Mai.",
    ]


def test_said_and_bare_existence_and_opinion_stay_out() -> None:
    body = ["Der Verein feiert am 14. Juni sein Sommerfest.", "Es gibt eine neue Halle."]
    said = ["Das Sommerfest ist am 14. Juni."]
    assert segment_sentences(["Sommerfest am 14. Juni"], body, said, past=False, passes=lambda _: True) == []
    assert segment_sentences(["Neue Halle"], body, [], past=False, passes=lambda _: True) == []
    body = ["Die Stadt muss die Radwege sofort ausbauen, sagt der Verband."]
    kept = segment_sentences(["Radwege sofort ausbauen"], body, [], past=False, opinion=True, passes=lambda _: True)
    assert kept == []


def test_subtitle_fact_reaches_the_body_of_a_club_release() -> None:
    release = german_release(
        "Turnverein Beispielheim feiert Jubiläum",
        "Der Turnverein Beispielheim wird 100 Jahre alt. Er feiert das mit einem großen Fest für alle Mitglieder "
        "und Gäste. Das Sommerfest ist am 14. Juni auf dem Sportplatz. Der Eintritt ist frei.",
        organisation="Turnverein Beispielheim",
        subtitle="Sommerfest am 14. Juni – Eintritt frei",
    )
    _, body = title_and_body(release)
    assert any("Eintritt ist frei" in line for line in body)


def test_limited_claim_of_a_utility_subtitle_stays_out() -> None:
    release = german_release(
        "Wasserwerk Musterdorf baut neue Leitung",
        "Das Wasserwerk Musterdorf baut im Sommer eine neue Leitung in der Bergstraße. Die Arbeiten dauern "
        "vier Wochen. Der Anschluss an die neue Leitung ist nur für Haushalte in der Bergstraße kostenlos.",
        organisation="Wasserwerk Musterdorf",
        subtitle="Anschluss kostenlos",
    )
    _, body = title_and_body(release)
    assert not any("kostenlos" in line and "nur" not in line for line in body)


def test_count_said_in_digits_is_said() -> None:
    # A fire brigade's "vier Verletzte" under the summary's "4 Menschen sind verletzt." is a repeat.
    body = ["Bei dem Brand wurden vier Menschen verletzt."]
    said = ["4 Menschen sind verletzt."]
    assert segment_sentences(["vier Verletzte"], body, said, past=True, passes=lambda _: True) == []
    assert segment_sentences(["vier Verletzte"], body, [], past=True, passes=lambda _: True) == [
        "Es hat vier Verletzte gegeben."
    ]


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        # A library and a sports club: the possessive after the verb is the subject's, said by the article.
        ("Bücherei verlängert ihre Öffnungszeiten", "Die Bücherei verlängert die Öffnungszeiten."),
        ("Sportverein öffnet seinen Kraftraum", "Der Sportverein öffnet den Kraftraum."),
    ],
)
def test_possessive_of_the_subject_becomes_the_article(part: str, expected: str) -> None:
    assert rebuild(part, past=False, countable=lambda _: True) == expected


def test_shared_last_part_names_another_thing() -> None:
    # A library's branch ("Stadtteilbücherei") in the summary does not say the main library's news.
    body = ["Die Stadtbücherei verlängert ab Mai die Öffnungszeiten.", "Die Stadtteilbücherei schließt um 18 Uhr."]
    said = ["Die Stadtteilbücherei hat andere Zeiten."]
    parts = ["Stadtbücherei verlängert ab Mai ihre Öffnungszeiten"]
    kept = segment_sentences(parts, body, said, past=False, passes=lambda _: True, countable=lambda _: True)
    assert kept == ["Die Stadtbücherei verlängert ab Mai die Öffnungszeiten."]


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        # A water authority's and a club's headline fact under a title that says it already: padding.
        ("Der Wasser·verband sucht Helfer.", "Der Verband sucht Helfer für die Reinigung", True),
        ("Das Sommer·fest ist am 14. Juni.", "Das Sommer·fest ist am 14. Juni", True),
        # A new date or a new noun is a fact of its own.
        ("Das Sommer·fest ist am 14. Juni.", "Der Turn·verein feiert ein Sommer·fest", False),
        ("Kunden müssen nichts beantragen.", "Der Wasser·verband baut eine Leitung", False),
    ],
)
def test_segment_in_title_is_padding(text: str, title: str, expected: bool) -> None:
    from pressconv.transforms.easy.title_step import _in_title

    assert _in_title(text, title) is expected


@pytest.mark.parametrize(
    ("sentence", "informative"),
    [
        # A club's new coach and a landlord's lease: a singular thing of someone's with a time is broken.
        ("Es gibt einen Vertrag bis 2028.", False),
        ("Es gibt einen Mietvertrag ab 1. Mai.", False),
        # What takes place or is offered in time: a gathering, an action noun, a bare plural of offers.
        ("Es gibt eine Führung am 3. Mai.", True),
        ("Es gibt eine Vollsperrung ab 20. Juli.", True),
        ("Es gibt Termine ab 2. März.", True),
        ("Es hat vier Verletzte gegeben.", True),
    ],
)
def test_an_existence_frame_needs_a_count_or_a_thing_in_time(sentence: str, informative: bool) -> None:
    from pressconv.transforms.easy.segments import _informative

    assert _informative(sentence) is informative
