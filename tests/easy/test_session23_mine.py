"""Session 23 mends of the easy transform: additive determiners need a first set the summary named."""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy import references, spansapart, summarise, summary_text
from pressconv.transforms.easy.headline_affected import affected_titles
from pressconv.transforms.easy.headline_ellipsis import edition_clause
from pressconv.transforms.easy.leadcore import build_core
from pressconv.transforms.easy.programme import programme
from pressconv.transforms.easy.schedules import schedules
from pressconv.transforms.easy.source import SourceSentence
from pressconv.transforms.easy.style import introduced_failures
from pressconv.transforms.easy.title_check import TitleContext, title_failures
from pressconv.transforms.easy.title_elected import winner_titles
from tests.easy.support import easy_body
from tests.fixtures.releases import german_release


@pytest.mark.parametrize(
    ("sentence", "earlier"),
    [
        # Fire brigade: the two injured workers were left out, so "weitere" counts on nobody.
        ("Weitere Personen sind nicht verletzt.", ["Die Feuerwehr Talbach war im Einsatz."]),
        # School office: the closed school was left out.
        ("Andere Schulen bleiben geöffnet.", ["Das Landrats·amt hat die Nachricht geschrieben."]),
        # Police: "weitere" before an adjective and its noun.
        ("Weitere gestohlene Fahrräder sind noch nicht gefunden.", ["Die Polizei sucht Zeugen."]),
    ],
)
def test_additive_determiner_without_a_first_set_is_refused(sentence: str, earlier: list[str]) -> None:
    failures = introduced_failures(sentence, earlier)
    assert [f.check for f in failures] == ["guard.not-introduced"]


@pytest.mark.parametrize(
    ("sentence", "earlier"),
    [
        # The first set is named: a person, then the others.
        ("Weitere Personen sind nicht verletzt.", ["Eine Person ist im Kranken·haus."]),
        # A course programme: the first date is named.
        ("Weitere Termine sind zum Beispiel:", ["Der erste Termin ist am Montag, 3. August 2026."]),
        # The closing formula of a release points past the text itself.
        ("Weitere Informationen gibt es im Internet.", []),
        ("Weitere Auskünfte gibt das Bürger·amt.", []),
    ],
)
def test_additive_determiner_with_its_first_set_passes(sentence: str, earlier: list[str]) -> None:
    assert introduced_failures(sentence, earlier) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Fire brigade: a warning lifted that the summary never mentioned.
        ("Man hat die Warnung um 17:45 Uhr aufgehoben.", "Man hat eine Warnung um 17:45 Uhr aufgehoben."),
        # Road authority: a closure lifted that the summary never mentioned.
        ("Man hat die Sperrung um 9 Uhr aufgehoben.", "Man hat eine Sperrung um 9 Uhr aufgehoben."),
    ],
)
def test_an_authoritys_act_not_introduced_is_made_indefinite(sentence: str, expected: str) -> None:
    assert [f.check for f in references.failures(sentence, [])] == ["guard.event-not-introduced"]
    assert references.indefinite(sentence, []) == expected


def test_an_authoritys_act_said_before_stays_definite() -> None:
    earlier = ["Die Feuerwehr hat eine Warnung für Talbach herausgegeben."]
    assert references.failures("Man hat die Warnung um 18 Uhr aufgehoben.", earlier) == []


def test_a_warning_or_closure_issued_still_holds_in_the_existence_frame() -> None:
    # A county's storm warning and a road authority's closure, both issued before the release: the act is
    # done, its result holds, so the present existence frame is true (a fire or an election is not).
    report = TitleContext(source="", news="", style=lambda text: text, failures=lambda text: [], past=True)
    assert "title.tense" not in title_failures("Es gibt eine Unwetter·warnung", report)
    assert "title.tense" not in title_failures("Es gibt eine Voll·sperrung auf der Kreis·straße", report)
    assert "title.tense" in title_failures("Es gibt einen Groß·brand in einer Lager·halle", report)


def _list(intro: str, items: list[str]) -> tuple[SourceSentence, ...]:
    """An intro paragraph and one bulleted list: its items share one paragraph, each at position 0."""
    return (SourceSentence(intro, paragraph=0), *(SourceSentence(item, paragraph=1) for item in items))


@pytest.mark.parametrize(
    ("intro", "items"),
    [
        # A town festival: weekly items before and after the dated ones.
        (
            "Das Programm:",
            [
                "jeden Freitag, 19 Uhr: Live-Musik im Hof",
                "Sa, 6.6., 15 Uhr: Kinderflohmarkt auf dem Schulhof",
                "So, 7.6., 11 Uhr: Frühschoppen mit der Stadtkapelle",
                "Sa, 13.6., 20 Uhr: Sommernachtskino im Park",
            ],
        ),
        # A library: the dated readings first, a daily item after them.
        (
            "Veranstaltungen in der Bücherei:",
            [
                "Di, 9.6., 16 Uhr: Vorlesestunde für Kinder",
                "Do, 11.6., 19 Uhr: Lesung mit einer Krimiautorin",
                "täglich während der Öffnungszeiten: Bücherflohmarkt im Foyer",
            ],
        ),
    ],
)
def test_a_dated_run_inside_a_longer_list_is_no_count_of_dates(intro: str, items: list[str]) -> None:
    # "Es gibt drei Termine" over a list with weekly or daily items counts only part of it (omission
    # over error): the run is said as examples, with no count.
    found = programme(_list(intro, items), date(2026, 5, 20))
    assert found is not None
    assert found.intro == "Termine sind zum Beispiel:"


def test_a_whole_dated_list_keeps_its_count() -> None:
    # A choir's concert dates, every item dated: the count is the whole list's.
    items = ["Sa, 6.6., 19 Uhr: Konzert in der Stadtkirche", "So, 14.6., 17 Uhr: Konzert im Kurpark"]
    found = programme(_list("Die Konzerte:", items), date(2026, 5, 20))
    assert found is not None
    assert found.intro.startswith("Es gibt")


@pytest.mark.parametrize(
    "sentence",
    [
        # Museum: the exception day would be said as the open day.
        "Man kann die Schau bis zum 4. Oktober 2026 täglich außer montags von 10 bis 18 Uhr sehen.",
        # Sports hall: "nur" limits the hours, cut out it would limit "geöffnet".
        "Die Halle ist ab Montag nur von 8 bis 12 Uhr geöffnet.",
        # Trade fair: "nur" limits the two days.
        "Die Job·messe findet nur am Freitag, 5. Juni, und Samstag, 6. Juni 2026, im Rathaus statt.",
    ],
)
def test_times_under_an_exception_or_a_focus_particle_stay_in_their_sentence(sentence: str) -> None:
    assert spansapart.hours_apart(sentence) is None
    assert spansapart.days_apart(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        # Bus company: "nur" limits the route.
        "Ein Pendel·bus fährt alle 30 Minuten nur zwischen dem Bahnhof und dem Messe·gelände.",
        # Road authority: "auch" adds the span to another one.
        "Die Straße bleibt auch zwischen Adorf und Bedorf für Rad·fahrer gesperrt.",
    ],
)
def test_a_route_span_under_a_focus_particle_stays_in_its_sentence(sentence: str) -> None:
    assert spansapart.between_apart(sentence) is None


@pytest.mark.parametrize(
    "lead",
    [
        # A ministry's and a school's application window: not open yet, so "Man kann Anträge …
        # stellen." without its start would say one can apply now (a window that cannot be said apart).
        "Anträge können ab dem 1. Mai 2026 bis spätestens 30. Juni 2026 nur online gestellt werden.",
        "Bewerbungen können ab dem 4. Mai 2026 bis zum 29. Mai 2026 nur schriftlich im Sekretariat eingereicht werden.",
        # A sports hall's new rule: without "ab" it would read as holding now.
        "Ab dem 1. Juni 2026 ist die Halle wegen der Sanierung vom Dach nur noch am Wochenende geöffnet.",
        # A proposal and a motion before a colon: what follows is not decided.
        "Die Stadt Musterau schlägt vor: Ab Montag, 11. Mai 2026, wird die Park·gebühr erhöht.",
        "Die Fraktion beantragt: Ab Juni 2026 wird die Haupt·straße für Last·wagen gesperrt.",
        # "durch" names the route here, not who acts.
        "Der Verkehr wird ab Montag durch die Altstadt umgeleitet.",
    ],
)
def test_the_lead_core_says_nothing_where_a_start_a_proposal_or_a_route_would_be_lost(lead: str) -> None:
    assert build_core(lead, date(2026, 4, 20), lead) is None


def test_jobs_affected_are_said_at_the_firm_only_where_the_body_ties_them_to_it() -> None:
    # A takeover: the 180 jobs are the bought firm's, so no "Bei Adorf Chemie …".
    takeover = affected_titles(
        ["Adorf Chemie übernimmt Muster Werke", "rund 180 Arbeitsplätze betroffen"],
        "Die Adorf Chemie AG übernimmt die Muster Werke. Bei den Muster Werken sind rund 180 Arbeitsplätze betroffen.",
    )
    assert takeover == ["Rund 180 Arbeitsplätze sind betroffen"]
    # A restructuring: the lead names the firm, the next sentence the count.
    restructuring = affected_titles(
        ["Hollweg Maschinenbau stellt Werk Talheim neu auf", "bis zu 90 Stellen betroffen"],
        "Die Hollweg Maschinenbau GmbH stellt ihr Werk in Talheim neu auf. Davon sind bis zu 90 der 400 Stellen betroffen.",
    )
    assert restructuring[0] == "Bei Hollweg Maschinenbau sind bis zu 90 Stellen betroffen"


def test_the_headlines_winner_is_tied_to_the_elected_office() -> None:
    # A local council: the headline's person is the deputy, not the new Ortsvorsteher.
    deputy = [
        "Der Ortsbeirat hat am Montag einen neuen Ortsvorsteher gewählt.",
        "Zur Stellvertreterin wurde Anna Muster bestimmt.",
    ]
    assert winner_titles("Anna Muster gewählt", deputy) == []
    # The name stands far from the clause: who holds which office is not sure.
    far = [
        "Der Ortsbeirat hat am Montag einen neuen Ortsvorsteher gewählt.",
        "Peter Beispiel erhielt 7 Stimmen.",
        "Die Sitzung war öffentlich.",
        "Anna Muster dankte allen.",
    ]
    assert winner_titles("Anna Muster gewählt", far) == []
    # A club: the name right after the clause.
    club = ["Die Mitglieder haben am Samstag einen neuen Vorsitzenden gewählt.", "Jonas Beispiel erhielt 40 von 52 Stimmen."]
    assert (
        winner_titles("Jonas Beispiel gewählt", club)[0]
        == "Die Mitglieder haben Jonas Beispiel zum neuen Vorsitzenden gewählt"
    )


def test_an_edition_headline_takes_only_a_time_and_the_events_own_date() -> None:
    # A town run: the deadline's Sunday is not the run's Sunday.
    body = "Anmeldeschluss ist am Sonntag, 3. Mai 2026. Der Stadtlauf beginnt am Sonntag, 10. Mai 2026, um 10 Uhr."
    assert (
        edition_clause("28. Adorfer Stadtlauf am Sonntag", body) == "Der 28. Adorfer Stadtlauf ist am Sonntag, 10. Mai 2026"
    )
    # A choir festival reported after the fact: "mit neuem Rekord" is no time, "ist" would tell it as to come.
    assert edition_clause("12. Talheimer Chorfest am Samstag mit neuem Besucherrekord", "") is None


def _hours_release(intro: str) -> tuple[SourceSentence, ...]:
    """An intro line and three opening-hours items of one bulleted list."""
    items = ["Montag: 9 bis 12 Uhr", "Mittwoch: 14 bis 18 Uhr", "Freitag: 9 bis 12 Uhr"]
    return (SourceSentence(intro, paragraph=0), *(SourceSentence(item, paragraph=1) for item in items))


def test_hours_from_a_day_on_are_said_with_that_start() -> None:
    # A food bank's new distribution times and a library's new hours, both from a day to come.
    bank = schedules(_hours_release("Ab Dienstag, 1. September 2026, erfolgt die Ausgabe an diesen Tagen:"))
    assert bank[0][0] == "Ab Dienstag, 1. September 2026, gelten diese Zeiten:"
    library = schedules(_hours_release("Ab Oktober gelten in der Stadtbücherei folgende Öffnungszeiten:"))
    assert library[0][0] == "Ab Oktober gelten diese Öffnungszeiten:"


@pytest.mark.parametrize(
    "intro",
    [
        # A swimming pool's holiday hours and a town hall's old hours: not today's hours.
        "In den Sommerferien gelten folgende Öffnungszeiten:",
        "Die bisherigen Sprechzeiten des Bürgerbüros waren:",
        "Bis zum 31. August bleibt es bei diesen Zeiten:",
    ],
)
def test_hours_of_another_period_are_not_said_as_todays(intro: str) -> None:
    assert schedules(_hours_release(intro)) == []


def test_hours_from_a_day_with_dem_are_said_without_it() -> None:
    # A job centre's walk-in hours: "Ab dem 2. März" said as "Ab 2. März", the group kept.
    found = schedules(_hours_release("Ab dem 4. Mai gelten folgende Zeiten für Besucherinnen und Besucher ohne Termin:"))
    assert found[0][0] == "Ab 4. Mai gelten diese Zeiten für Besucherinnen und Besucher ohne Termin:"


@pytest.mark.parametrize(
    ("organisation", "title", "lead"),
    [
        # Fire brigade: four hurt, one of them badly (an elliptic second clause).
        (
            "Feuerwehr Talbach",
            "Brand in Mehrfamilienhaus",
            "In einer Scheune am Ortsrand von Talbach sind bei einem Feuer am Sonntag, 8. März 2026, vier "
            "Menschen verletzt worden, ein 52-jähriger Landwirt schwer.",
        ),
        # Police: three hurt, "davon" picks out the badly hurt one.
        (
            "Polizeiinspektion Bergheim",
            "Unfall auf der Kreisstraße",
            "Bei einem Unfall auf der K 12 bei Bergheim sind am Freitag, 6. März 2026, drei Menschen verletzt "
            "worden, davon einer schwer.",
        ),
    ],
)
def test_a_degree_said_of_part_of_the_injured_is_not_said_of_all(organisation: str, title: str, lead: str) -> None:
    body = easy_body(title, lead, organisation=organisation)
    assert "schwer verletzt" not in body


def test_dates_of_one_of_several_when_labels_are_not_listed_as_all() -> None:
    # A health office's flu shots at two places, each with its own days and its own "Wo:".
    body = easy_body(
        "Kostenlose Grippeimpfungen im November",
        "Das Gesundheitsamt Musterkreis bietet an vier Terminen im November kostenlose Grippeimpfungen an.",
        "Wann: Montag, 9. November, und Montag, 16. November 2026, jeweils 8 bis 11 Uhr",
        "Wo: Gesundheitsamt, Am Markt 3, Musterstadt",
        "Wann: Donnerstag, 12. November, und Donnerstag, 19. November 2026, jeweils 15 bis 18 Uhr",
        "Wo: Bürgerhaus, Schulstraße 5, Talbach",
        organisation="Gesundheitsamt Musterkreis",
    )
    assert "Es gibt zwei Termine" not in body
    assert "Die Adresse ist" not in body


def test_a_senders_named_line_needs_no_introduction() -> None:
    # A police headquarters' and a health office's public lines, said with their numbers.
    assert introduced_failures("Die Nummer vom Bürger·telefon ist:", ["Haben Sie Fragen?"]) == []
    assert introduced_failures("Das Hitze·telefon ist von Montag bis Freitag erreichbar.", []) == []
    # A bare telephone is a thing of the story, not a line.
    assert [f.check for f in introduced_failures("Das Telefon ist weg.", [])] == ["guard.not-introduced"]


def _contact(title: str, *paragraphs: str, organisation: str) -> str:
    """The "Kontakt" section of the summary of an invented release."""
    text = summary_text(summarise(german_release(title, *paragraphs, organisation=organisation)).release)
    return text.split("## Kontakt")[1].split("## ")[0]


@pytest.mark.parametrize(
    ("organisation", "title", "paragraphs"),
    [
        # A fire brigade's report: the witness appeal names the police's desk on duty, not "Polizei".
        (
            "Feuerwehr Talbach",
            "Brand in Wohnhaus in Talbach",
            (
                "In der Nacht zum Samstag, 7. März 2026, hat es in einem Wohnhaus in der Lindenstraße in Talbach "
                "gebrannt. Verletzt wurde niemand.",
                "Warum das Feuer ausbrach, ist noch offen. Hinweise von Zeugen nimmt der Kriminaldauerdienst "
                "unter Tel. 05121 4470-0 entgegen.",
            ),
        ),
        # A police report: the appeal names a Kommissariat.
        (
            "Polizeidirektion Bergheim",
            "Einbruch in Bäckerei",
            (
                "Unbekannte sind in der Nacht zum Montag, 9. März 2026, in eine Bäckerei in der Hauptstraße in "
                "Bergheim eingebrochen.",
                "Zeugen, die etwas gesehen haben, melden sich bitte beim Kommissariat 11 unter Tel. 02261 8199-0.",
            ),
        ),
    ],
)
def test_a_witness_line_is_asked_for_as_such(organisation: str, title: str, paragraphs: tuple[str, ...]) -> None:
    contact = _contact(title, *paragraphs, organisation=organisation)
    assert "Haben Sie Fragen?" not in contact
    assert "Haben Sie etwas gesehen?" in contact


def test_danger_to_life_after_several_injured_must_say_whose() -> None:
    # Fire brigade: four hurt, then a danger to life of nobody named (read as all four's).
    assert [
        f.check for f in introduced_failures("Man kann Lebens·gefahr nicht ausschließen.", ["4 Menschen sind verletzt."])
    ] == ["guard.not-introduced"]
    # Police: the sentence names whose life it is, or only one person was hurt.
    assert introduced_failures("Bei der Frau besteht Lebens·gefahr.", ["3 Menschen sind verletzt."]) == []
    assert introduced_failures("Es besteht keine Lebens·gefahr.", ["Ein Rad·fahrer ist schwer verletzt."]) == []
    # A danger with nobody hurt (a burning power line) is the reader's own.
    assert introduced_failures("Es gibt Lebens·gefahr.", ["Eine Strom·leitung brennt."]) == []
