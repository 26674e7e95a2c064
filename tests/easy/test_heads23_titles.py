"""Titles from the headline's news core (session 23): a participle headline of an act with "sein", an
election result with its winner, the count of those affected in a two-part headline, and the checks
against a done event in the present, an unintroduced definite person and a passive of expectation."""

from __future__ import annotations

from datetime import date

from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.ages import indefinite_age
from pressconv.transforms.easy.headline_affected import affected_titles
from pressconv.transforms.easy.headline_ellipsis import edition_clause, unaccusative_clause
from pressconv.transforms.easy.title_candidates import clause_variants
from pressconv.transforms.easy.title_check import TitleContext, title_failures
from pressconv.transforms.easy.title_elected import winner_titles
from tests.fixtures.releases import german_release


def _title(headline: str, *paragraphs: str, organisation: str | None = None, issued: date = date(2026, 6, 18)) -> str:
    release = german_release(headline, *paragraphs, organisation=organisation, issued=issued)
    return summary_text(summarise(release).release).splitlines()[0].replace("·", "")


def _context(source: str, *, past: bool = False) -> TitleContext:
    return TitleContext(source=source, news=source, style=lambda text: text, failures=lambda text: [], past=past)


# --- headline_ellipsis: "Jungtier im Tierpark geboren" as a whole sentence -----------------------------------------


def test_a_participle_headline_of_an_act_with_sein_becomes_a_perfekt_sentence() -> None:
    # A zoo's birth and a transport company's accident; a count stands for the article of a plural.
    assert unaccusative_clause("Seehund-Jungtier im Tierpark Musterwald geboren") == (
        "Ein Seehund-Jungtier ist im Tierpark Musterwald geboren"
    )
    assert unaccusative_clause("Zwei Kälber im Wildpark geboren") == "Zwei Kälber sind im Wildpark geboren"
    assert unaccusative_clause("Bus bei Altdorf verunglückt") == "Ein Bus ist bei Altdorf verunglückt"


def test_no_sentence_from_a_transitive_or_a_state_participle_or_a_guessed_article() -> None:
    # A town's new day-care centre needs its agent (title_perfect); a closure is a state (title_nominal);
    # a bare noun after a preposition and a plural without a count would need a guessed article.
    assert unaccusative_clause("Neue Kita in Altdorf eröffnet") is None
    assert unaccusative_clause("Brücke über die Aue gesperrt") is None
    assert unaccusative_clause("Bus bei Unfall verunglückt") is None
    assert unaccusative_clause("Kälber im Wildpark geboren") is None
    assert unaccusative_clause("Museum lädt zur Führung, Kinder willkommen") is None


def test_an_event_named_by_its_edition_is_said_with_its_day() -> None:
    # A town's run and a village festival: the ordinal makes the article definite.
    assert edition_clause("14. Altdorfer Stadtlauf am Sonntag") == "Der 14. Altdorfer Stadtlauf ist am Sonntag"
    assert edition_clause("12. Dorffest vom 3. bis 5. Juli") == "Das 12. Dorffest ist vom 3. bis 5. Juli"
    # A bare weekday takes the date the body gives it once; two dates of that weekday leave it bare.
    body = "Der Lauf beginnt am kommenden Sonntag, 10. Mai 2026, um 9 Uhr."
    assert edition_clause("14. Altdorfer Stadtlauf am Sonntag", body) == (
        "Der 14. Altdorfer Stadtlauf ist am Sonntag, 10. Mai 2026"
    )
    two = "Am Sonntag, 10. Mai, ist der Lauf, am Sonntag, 17. Mai, die Ehrung."
    assert edition_clause("14. Altdorfer Stadtlauf am Sonntag", two) == "Der 14. Altdorfer Stadtlauf ist am Sonntag"
    # An adjective that inflects, no edition number, or no day: nothing.
    assert edition_clause("5. Großer Preis am Samstag") is None
    assert edition_clause("Altdorfer Stadtlauf am Sonntag") is None
    assert edition_clause("14. Altdorfer Stadtlauf") is None


def test_a_birth_headline_is_the_title_before_a_side_detail() -> None:
    title = _title(
        "Nachwuchs bei den Robben: Seehund-Jungtier im Zoo Musterstadt geboren",
        "Im Zoo Musterstadt ist am Montag ein Seehund-Jungtier geboren. Das Jungtier ist gesund.",
        "Ausgewachsene Seehunde wiegen zwischen 50 und 100 Kilogramm.",
        organisation="Zoo Musterstadt",
    )
    assert title.startswith("Ein Seehund-Jungtier ist im Zoo Musterstadt geboren")


# --- title_elected.winner_titles: an election result says who won --------------------------------------------------


def test_an_election_result_names_its_winner_with_the_bodys_agent_and_office() -> None:
    # A town's mayoral election and a district's council chair.
    town = ["Die Bürgerinnen und Bürger der Stadt Altdorf haben am Sonntag eine neue Bürgermeisterin gewählt.",
            "Anna Muster erhielt 54 Prozent der Stimmen."]  # fmt: skip
    assert winner_titles("Anna Muster im ersten Wahlgang gewählt", town) == [
        "Die Bürgerinnen und Bürger haben Anna Muster zur Bürgermeisterin gewählt"
    ]
    district = ["Der Kreistag hat am Montag einen neuen Landrat gewählt.", "Jonas Beispiel setzte sich klar durch."]
    assert winner_titles("Jonas Beispiel gewählt", district) == [
        "Der Kreistag hat Jonas Beispiel zum neuen Landrat gewählt",
        "Der Kreistag hat Jonas Beispiel zum Landrat gewählt",
    ]


def test_no_winner_title_without_one_plain_election_clause_or_the_name() -> None:
    # A denied election, two elections, a name the body never writes, a passive body.
    denied = ["Der Rat hat keinen neuen Vorsitzenden gewählt.", "Anna Muster war die einzige Bewerberin."]
    assert winner_titles("Anna Muster gewählt", denied) == []
    two = ["Der Rat hat einen neuen Vorsitzenden gewählt.", "Der Rat hat eine neue Stellvertreterin gewählt. Anna Muster"]
    assert winner_titles("Anna Muster gewählt", two) == []
    unnamed = ["Der Verein hat eine neue Vorsitzende gewählt."]
    assert winner_titles("Anna Muster gewählt", unnamed) == []
    passive = ["Eine neue Vorsitzende wurde gewählt: Anna Muster."]
    assert winner_titles("Anna Muster gewählt", passive) == []


def test_a_done_election_is_never_said_in_the_present_existence_frame() -> None:
    # A mayoral election and a club's award ceremony, reported as done; an exhibition runs on.
    report = _context("Die Wahl ist vorbei.", past=True)
    assert "title.tense" in title_failures("Es gibt eine Bürgermeisterwahl 2026", report)
    assert "title.tense" in title_failures("Es gibt eine Preisverleihung im Rathaus", report)
    assert "title.tense" not in title_failures("Es gibt eine Sonderausstellung im Museum", report)
    assert "title.tense" not in title_failures("Es gibt eine Bürgermeisterwahl 2026", _context("Die Wahl ist am Sonntag."))


# --- headline_affected: the count of those affected is the two-part headline's news ------------------------------


def test_the_count_of_those_affected_is_said_with_the_other_parts_name() -> None:
    # A manufacturer's restructuring and a utility's outage.
    # The body names the firm next to the count (session 23: the name only where the body ties the count to it).
    body = (
        "Die Krämer Maschinenbau GmbH richtet ihren Standort Altdorf neu aus. "
        "Von dem Umbau sind bis zu 120 der 500 Arbeitsplätze betroffen."
    )
    parts = ["Krämer Maschinenbau richtet Standort Altdorf neu aus", "bis zu 120 Arbeitsplätze betroffen"]
    assert affected_titles(parts, body) == [
        "Bei Krämer Maschinenbau sind bis zu 120 Arbeitsplätze betroffen",
        "Bis zu 120 Arbeitsplätze sind betroffen",
    ]
    outage = "Rund 800 Haushalte im Ortsteil Neudorf sind ohne Strom."
    assert affected_titles(["Stromausfall in Neudorf", "Rund 800 Haushalte betroffen"], outage) == [
        "Rund 800 Haushalte sind betroffen"
    ]


def test_no_count_title_where_the_body_does_not_repeat_it_or_a_word_restricts() -> None:
    # A count the body never gives, and "nicht" in the part.
    assert affected_titles(["Firma X baut um", "bis zu 120 Arbeitsplätze betroffen"], "Der Umbau dauert ein Jahr.") == []
    assert affected_titles(["Firma X baut um", "120 Stellen nicht betroffen"], "120 Stellen bleiben.") == []


# --- title_check: an unintroduced definite person, a passive of expectation -----------------------------------------


def test_a_definite_age_phrase_and_a_passive_of_expectation_are_refused() -> None:
    # A police report's driver and a health office's heat warning; an introduced age and a state idiom pass.
    context = _context("Ein 47-jähriger Fahrer hatte 1,9 Promille. Ab Mittwoch werden bis zu 36 Grad erwartet.")
    assert "title.unintroduced" in title_failures("Der 47-jährige Fahrer ist in eine Kontrolle geraten", context)
    assert "title.unintroduced" not in title_failures("Ein 47-jähriger Fahrer ist in eine Kontrolle geraten", context)
    # A name after the age identifies the person (a missing-person appeal).
    assert "title.unintroduced" not in title_failures("Die Polizei sucht die 9-jährige Lea M.", context)
    assert "title.passive" in title_failures("Die Temperaturen sind bis 36 Grad erwartet", context)
    assert "title.passive" not in title_failures("Die Brücke ist ab Montag gesperrt", context)


def test_the_second_of_two_joined_places_may_be_left_out() -> None:
    # A police check on two roads and a market in two squares; a restricting word keeps the whole.
    assert "Großkontrolle auf der B 12" in clause_variants("Großkontrolle auf der B 12 und im Stadtgebiet")
    assert "Markt auf dem Rathausplatz" in clause_variants("Markt auf dem Rathausplatz und in der Altstadt")
    assert "Kontrolle nur auf der B 12" not in clause_variants("Kontrolle nur auf der B 12 und im Stadtgebiet")


def test_an_age_adjective_before_a_noun_is_said_indefinite_where_nobody_of_that_age_was_named() -> None:
    # A police report's driver and a fire report's child; a name or an introduced age stays as it is.
    assert indefinite_age("Der 48-jährige Autofahrer hat die Busspur befahren.", []) == (
        "Ein 48-jähriger Autofahrer hat die Busspur befahren."
    )
    assert indefinite_age("Das 9-jährige Kind ist unverletzt.", []) == "Ein 9-jähriges Kind ist unverletzt."
    assert indefinite_age("Die 9-jährige Lea ist wieder zu Hause.", []) == "Die 9-jährige Lea ist wieder zu Hause."
    named = ["Ein 48-jähriger Autofahrer ist verletzt."]
    assert indefinite_age("Der 48-jährige Autofahrer hat die Busspur befahren.", named) == (
        "Der 48-jährige Autofahrer hat die Busspur befahren."
    )
