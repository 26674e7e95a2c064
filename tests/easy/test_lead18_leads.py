"""The lead's main statement through dateline, date apposition, framing phrase, apposition and coordination (session 18).

Invented releases of several sender kinds (city, police, company, club, fire brigade, weather
service): each mechanism names the German press convention it implements in its module.
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.leadcuts import first_statement, simpler
from pressconv.transforms.easy.leadprep import lead_indexes, protect, restore, without_dateline
from pressconv.transforms.easy.leads import _main_statement, lead_sentences
from pressconv.transforms.easy.source import SourceSentence


def _statement(sentence: str) -> str | None:
    return _main_statement(protect(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nordstadt, 4. Mai 2026 – Der Tennisclub hat ein neues Vereinsheim.", "Der Tennisclub hat ein neues Vereinsheim."),
        ("Kreis Talheim / Stadt Bergau (ots) – Am Montag hat die Polizei gewarnt.", "Am Montag hat die Polizei gewarnt."),
        ("Die Polizei hat am Montag gewarnt.", "Die Polizei hat am Montag gewarnt."),
    ],
)
def test_dateline_goes(sentence: str, expected: str) -> None:
    assert without_dateline(sentence) == expected


def test_date_apposition_is_one_time_phrase_and_keeps_its_weekday() -> None:
    source = "Die Stadt Bergau hat am Freitagabend, 4. Dezember 2026, den Kulturpreis verliehen."
    protected = protect(source)
    assert protected == "Die Stadt Bergau hat am 4. Dezember 2026 den Kulturpreis verliehen."
    assert restore(protected, source) == source
    assert restore("Der Preis war am 4. Dezember 2026.", source) == "Der Preis war am Freitagabend, 4. Dezember 2026."


def test_the_paragraph_a_dateline_opens_is_the_lead() -> None:
    sentences = [
        SourceSentence("+++ Streik am Donnerstag: Busse fahren nicht +++", paragraph=0),
        SourceSentence("Talheim, 4. März 2026 – Die Gewerkschaft hat zum Streik aufgerufen.", paragraph=1),
        SourceSentence("Der Streik beginnt um 3 Uhr.", paragraph=1),
    ]
    assert lead_indexes(sentences, [0, 1, 2]) == [1, 2]
    found = lead_sentences(sentences, lambda s: s)
    assert (1, "Die Gewerkschaft hat zum Streik aufgerufen.") in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # City: a framing phrase of officialese goes, the impersonal subject comes first.
        (
            "Im Zuge der Sanierung des alten Rathauses sperrt man den Marktplatz ab Montag.",
            "Man sperrt den Marktplatz ab Montag.",
        ),
        # Police: the client of the search goes, its time stays where the sentence is short enough.
        (
            "Im Auftrag der Staatsanwaltschaft hat die Polizei am Montag zwei Wohnungen durchsucht.",
            "Die Polizei hat am Montag zwei Wohnungen durchsucht.",
        ),
        # Weather service: "für" with a time opens the Vorfeld of a completed act.
        (
            "Für die Nacht auf Sonntag hat der Wetterdienst eine Warnung herausgegeben.",
            "Der Wetterdienst hat eine Warnung herausgegeben.",
        ),
    ],
)
def test_framing_vorfeld_goes(sentence: str, expected: str) -> None:
    assert _statement(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Am Montag ist das Hallenbad geschlossen.",  # the state holds only then
        "Für Kinder ist der Eintritt frei.",  # "für" limits whom it is true for
        "Er sagte, seine Firma habe Geld verloren.",  # the clause after the comma is what he said
        "Verletzt wurde niemand, der Schaden ist hoch.",  # "der" may open a relative clause
        "Eine Radfahrerin ist in Talheim gestürzt, obwohl sie langsam fuhr.",  # a concession is never cut
    ],
)
def test_limiting_phrases_and_reported_clauses_are_refused(sentence: str) -> None:
    assert _statement(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Der Tierschutzverein Nordstadt, ein Verein mit 300 Mitgliedern, hat ein neues Tierheim eröffnet.",
            "Der Tierschutzverein Nordstadt hat ein neues Tierheim eröffnet.",
        ),
        (
            "Die Seewald Maschinenbau mit Sitz in Bergheim wird in Talhausen ein neues Werk bauen.",
            "Die Seewald Maschinenbau wird in Talhausen ein neues Werk bauen.",
        ),
    ],
)
def test_apposition_and_seat_go(sentence: str, expected: str) -> None:
    assert simpler(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Die Bäckerei Korn stellt ab Montag ihre Öffnungszeiten um und schließt die Filiale am Markt.",
            "Die Bäckerei Korn stellt ab Montag ihre Öffnungszeiten um.",
        ),
        (
            "Die Zahl der Gäste im Freibad ist gestiegen, von einem Rekord kann aber keine Rede sein.",
            "Die Zahl der Gäste im Freibad ist gestiegen.",
        ),
    ],
)
def test_first_of_two_main_clauses(sentence: str, expected: str) -> None:
    assert first_statement(sentence) == expected


def test_place_of_a_completed_event_goes_but_never_half_a_name() -> None:
    fire = (
        "Die Feuerwehr Nordstadt hat am Samstag, 3. Mai 2025, in der Bergstraße "
        "einen Kellerbrand mit vielen Kräften gelöscht."
    )
    assert _statement(fire) == "Die Feuerwehr Nordstadt hat in der Bergstraße einen Kellerbrand gelöscht."
    # "im Rathaus Nordstadt": the place's name is never cut from its noun.
    found = _statement(
        "Der Bürgermeister und die Firma Korn haben am Mittwoch im Rathaus Nordstadt einen langen Vertrag unterzeichnet."
    )
    assert found is not None and "im Rathaus Nordstadt" in found


def test_impersonal_subject_only_after_a_framing_phrase() -> None:
    # City: the frame goes and "man" comes first; police: "Im Büro hat man …" keeps its place.
    assert _statement("Im Rahmen der Sanierung sperrt man die Brücke.") == "Man sperrt die Brücke."
    assert _statement("Im Büro hat man mehrere Schränke aufgebrochen.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        # Authority: "nicht ausreichend" without "ausreichend" would say "not at all".
        "Das Bundesamt für Bauwesen wirkt jedoch bei der Prüfung der Anträge nicht ausreichend mit.",
        # Club: "nur" limits the statement; no phrase in its scope may go.
        "Der Turnverein Nordstadt hat in diesem Jahr mit viel Mühe nur wenige neue Mitglieder aufgenommen.",
    ],
)
def test_nothing_goes_from_a_negated_or_limited_clause(sentence: str) -> None:
    # No shortened statement: the lead keeps the sentence as the release wrote it.
    assert _statement(sentence) is None


def test_streik_is_masculine_for_the_title_topic() -> None:
    from pressconv.transforms.easy.title_step import _gender

    assert _gender("Warnstreik") != "die"
    assert _gender("Technik") == "die"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Municipal council: meeting, date and proposer go; the decision stays.
        (
            "Der Gemeinderat hat in seiner Sitzung am Dienstag, 28. April 2026, auf Antrag von der Verwaltung "
            "den Neubau von der Grundschule beschlossen.",
            "Der Gemeinderat hat den Neubau von der Grundschule beschlossen.",
        ),
        # Club assembly: the same convention for an election.
        (
            "Die Mitgliederversammlung vom Sportverein Talheim hat in ihrer Sitzung am 3. März 2026 "
            "einen neuen Vorstand gewählt.",
            "Die Mitgliederversammlung vom Sportverein Talheim hat einen neuen Vorstand gewählt.",
        ),
    ],
)
def test_a_decision_without_its_procedure(sentence: str, expected: str) -> None:
    assert _statement(sentence) == expected


def test_a_negated_decision_keeps_its_procedure() -> None:
    # "nicht": every phrase is in the negation's scope (nothing goes).
    sentence = "Der Kreistag hat in seiner Sitzung am Montag den Antrag auf einen neuen Radweg nicht beschlossen."
    # No shortened statement: the sentence stays whole, its procedure with it.
    assert _statement(sentence) is None


def test_a_portfolio_list_in_a_name_is_no_clause_boundary() -> None:
    # State cabinet: the proposer with its portfolio list goes with the procedure.
    cabinet = (
        "Die Staatsregierung hat in ihrer Kabinettssitzung am Dienstag, 21. April 2026, auf Vorschlag vom "
        "Ministerium für Bildung, Jugend und Sport das Programm „Dorfkern 2030“ beschlossen."
    )
    found = _statement(cabinet)
    assert found == "Die Staatsregierung hat das Programm „Dorfkern 2030“ beschlossen."
    # City department: the name keeps its commas when the sentence gives it back.
    city = "Die Senatsverwaltung für Umwelt, Verkehr und Klimaschutz hat am Montag eine Broschüre vorgestellt."
    assert restore(protect(city), city) == city


def test_a_relative_clause_with_its_own_list_goes_after_the_right_bracket() -> None:
    # Ministry: the programme's purpose in a relative clause with commas of its own.
    ministry = (
        "Das Land hat am Montag das Programm „Grüne Höfe“ gestartet, mit dem Betriebe bei Solaranlagen, "
        "Speichern und Ladesäulen gefördert werden."
    )
    assert _statement(ministry) == "Das Land hat am Montag das Programm „Grüne Höfe“ gestartet."
    # Police: a relative clause after "alle" limits it and stays (nothing is offered).
    police = "Die Polizei hat am Montag alle Autos kontrolliert, die zu schnell fuhren, bremsten oder blinkten."
    assert _statement(police) is None


def test_the_time_rescuer_goes_first_where_the_cut_drops_the_time() -> None:
    # Council: the cut would drop the meeting's day; the rescuer keeps it in a follower.
    council = [
        SourceSentence(
            "Der Ortsrat Talheim hat in seiner Sitzung am 4. März 2024 Herrn Jan Korn zum Vorsitzenden gewählt.", paragraph=0
        )
    ]
    assert lead_sentences(council, lambda s: s) == []
    # Club: a lead without a time to lose is offered cut.
    club = [SourceSentence("Der Schachclub Bergau, ein Verein mit 80 Mitgliedern, hat ein Turnier gefeiert.", paragraph=0)]
    assert lead_sentences(club, lambda s: s) == [(0, "Der Schachclub Bergau hat ein Turnier gefeiert.")]
