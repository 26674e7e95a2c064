"""Titles of any sender: the day of an act cut, compound genders, comma-listed clauses and calls for things."""

from __future__ import annotations

from pressconv.transforms.easy.headline_grammar import restore_articles
from pressconv.transforms.easy.pipeline import build
from pressconv.transforms.easy.title_step import _first_clause, _fits_title, _sought_title
from pressconv.transforms.easy.titles import from_headline, noun_gender, sought_title
from tests.fixtures.releases import german_release


def test_the_day_of_an_act_is_cut_before_a_long_headline_clause_is_refused() -> None:
    # A sports club with a music school, and a member of parliament: "am <Tag>" says when, no complement.
    body = "Der Sportverein und die Musikschule zeigen ihre Angebote. Alle sind willkommen."
    assert (
        from_headline(
            "Sportverein und Musikschule laden am 3. Juli zum Schnuppertag auf dem Sportplatz ein", past=False, body=body
        )
        == "Der Sportverein und die Musikschule laden zum Schnuppertag auf dem Sportplatz ein"
    )
    body = "Jana Morsbach ist Abgeordnete im Landtag. Sie kommt nach Neudorf und hört sich die Fragen an."
    assert (
        from_headline(
            "Abgeordnete Jana Morsbach lädt am Dienstag zur Sprechstunde nach Neudorf im Tal ein", past=False, body=body
        )
        == "Abgeordnete Jana Morsbach lädt zur Sprechstunde nach Neudorf im Tal ein"
    )


def test_a_period_restricts_the_claim_and_is_never_cut() -> None:
    # "ab 3. Juli" says from when the offer holds: without it the title would claim more.
    body = "Der Sportverein und die Musikschule zeigen ihre Angebote. Alle sind willkommen."
    headline = "Sportverein und Musikschule laden ab 3. Juli zu Schnupperkursen auf dem Sportplatz ein"
    assert from_headline(headline, past=False, body=body) is None


def test_a_short_noun_takes_the_gender_its_lexicon_compounds_agree_on() -> None:
    assert noun_gender("Land") == "das"  # "Bundes·land"
    assert noun_gender("Teil") is None  # "der" and "das" Teil: the compounds disagree, no guess


def test_a_genitive_is_left_out_only_after_a_noun_of_an_act() -> None:
    # An open day of a town hall keeps its name; a donation of a women's club names who gave, and may go.
    body = "Am Samstag ist im Rathaus ein Tag der offenen Tür. Man kann alle Büros sehen."
    title = from_headline("Tag der offenen Tür im Rathaus", past=False, body=body)
    assert title is not None and title.startswith("Es gibt einen Tag der offenen Tür")
    body = "Die Landfrauen haben eine Spende an den Kindergarten übergeben."
    title = from_headline("Spende der Landfrauen an den Kindergarten", past=False, body=body)
    assert title == "Es gibt eine Spende an den Kindergarten"


def test_the_first_of_comma_listed_headline_clauses_may_stand_alone() -> None:
    # A tourism office and an employment agency: each piece with its own finite verb.
    assert _first_clause("Zahl der Gäste steigt, Hotels melden Rekord") == ("Zahl der Gäste steigt",)
    assert _first_clause("Arbeitslosigkeit sinkt, Zahl der Stellen wächst") == ("Arbeitslosigkeit sinkt",)


def test_a_later_clause_that_restricts_or_no_clause_at_all_gives_nothing() -> None:
    assert _first_clause("Zahl der Gäste steigt, aber nur im Sommer") == ()
    assert _first_clause("Arbeitslosigkeit sinkt, Frauen profitieren nicht") == ()
    assert _first_clause("Eintritt frei, Anmeldung nötig") == ()  # no finite verb: conditions, no clauses


def test_a_call_for_things_says_what_the_sender_looks_for() -> None:
    # A museum and a club: "Wer hat X?" asks readers to bring X.
    assert sought_title("Das Museum", "Wer hat alte Fotos vom Marktplatz?") == "Das Museum sucht alte Fotos vom Marktplatz"
    assert (
        sought_title("Der Verein", "Wer hat noch Briefe oder Tagebücher aus der Kriegszeit?")
        == "Der Verein sucht Briefe oder Tagebücher aus der Kriegszeit"
    )


def test_a_witness_question_or_a_negated_object_is_no_call_for_things() -> None:
    assert sought_title("Die Polizei", "Wer hat den Unfall gesehen?") is None
    assert sought_title("Das Archiv", "Wer hat keine Fotos?") is None
    assert sought_title("Die Schule", "Wer hat Lust auf Theater?") is None  # a singular: no things to bring


def test_a_bare_count_noun_after_a_preposition_of_one_case_is_introduced_with_ein() -> None:
    # A company's new plant (accusative "für") and a choir's concert (dative "mit"): the body always
    # writes the noun with an article, so it is counted; the headline dropped "ein(e)".
    body = "Der Bau des neuen Werks beginnt. Mit dem neuen Werk entstehen Stellen. Das Werk ist groß."
    assert restore_articles("Spatenstich für neues Werk", body) == "Spatenstich für ein neues Werk"
    body = "Der Chor singt in der Kirche. Die Orgel ist alt. Der Chor singt mit der Orgel."
    assert restore_articles("Konzert mit alter Orgel", body) == "Konzert mit einer alten Orgel"


def test_no_article_is_guessed_for_a_two_way_preposition_a_mass_noun_or_a_clashing_ending() -> None:
    body = "Die Halle ist alt. Wir bauen die Halle neu. Das Wasser ist sauber. Es gibt Wasser für alle."
    assert restore_articles("Fest in neuer Halle", body) == "Fest in neuer Halle"  # "in": case depends on the verb
    assert restore_articles("Geld für sauberes Wasser", body) == "Geld für sauberes Wasser"  # the body writes it bare
    body = "Das Werk ist groß. Das Werk ist neu."
    assert restore_articles("Spatenstich für neuen Werk", body) == "Spatenstich für neuen Werk"  # "-en" is no neuter


def test_the_senders_own_name_keeps_its_abbreviation_in_a_title() -> None:
    # A clinic and a school named after a saint: "St." is part of the name, not an abbreviation to expand.
    clinic = build(
        german_release(
            "St. Anna-Klinik eröffnet Schlaflabor",
            "Die St. Anna-Klinik eröffnet am 2. Mai ein Schlaflabor. Das Schlaflabor hat vier Betten.",
            organisation="St. Anna-Klinik Neudorf",
        )
    )
    assert _fits_title("Die St. Anna-Klinik eröffnet ein Schlaflabor", clinic)
    school = build(
        german_release(
            "St. Martin-Schule baut neue Turnhalle",
            "Die St. Martin-Schule baut eine neue Turnhalle. Die Turnhalle ist im Sommer fertig.",
            organisation="St. Martin-Schule Altdorf",
        )
    )
    assert _fits_title("Die St. Martin-Schule baut eine neue Turnhalle", school)


def test_an_abbreviation_outside_the_senders_name_still_fails_a_title() -> None:
    school = build(
        german_release(
            "Schule baut neue Turnhalle",
            "Die Schule baut eine neue Turnhalle. Die Turnhalle ist im Sommer fertig.",
            organisation="Grundschule Altdorf",
        )
    )
    assert not _fits_title("Die Schule baut eine neue Turnhalle usw.", school)


def test_the_day_of_any_other_act_restricts_it_and_stays() -> None:
    # A municipality closing a path and a railway cancelling a train: without the day the title
    # would say the path is closed and the train is cancelled for good.
    body = "Die Gemeinde baut am Weg. Der Weg am Ufer in der Nähe von Altdorf ist dann zu."
    assert from_headline("Gemeinde sperrt am 3. Juni den Weg am Ufer in der Nähe von Altdorf", past=False, body=body) is None
    body = "Die Bahn arbeitet an den Gleisen. Der Zug nach Neudorf fällt aus."
    headline = "Bahn streicht am Samstag den Zug nach Neudorf wegen Arbeiten an den Gleisen"
    assert from_headline(headline, past=False, body=body) is None


def test_a_question_is_a_call_for_things_only_where_the_body_seeks_them() -> None:
    # A city archive that seeks photos; an election office that answers questions.
    archive = build(
        german_release(
            "Aufruf des Archivs",
            "Das Archiv plant eine Ausstellung. Gesucht werden alte Fotos und Briefe aus dem Dorf.",
            organisation="Stadt Neudorf",
            subtitle="Wer hat alte Fotos vom Marktplatz?",
        )
    )
    assert archive.facts is not None and _sought_title(archive, archive.facts) is not None
    office = build(
        german_release(
            "Wahl am Sonntag",
            "Das Wahlamt beantwortet Fragen am Telefon. Die Wahl ist am Sonntag.",
            organisation="Stadt Neudorf",
            subtitle="Wer hat Fragen zur Wahl?",
        )
    )
    assert office.facts is not None and _sought_title(office, office.facts) is None


def test_a_further_member_after_sowie_is_left_out_of_a_long_headline_clause() -> None:
    # A school with its friends' association and a fire brigade club with its village: an honours list.
    body = "Die Schule und der Förderverein feiern. Der Feuerwehrverein und die Gemeinde danken den Helfern."
    headline = "Schule und Förderverein ehren 30 Schülerinnen sowie vier Lehrerinnen aus der Grundschule"
    assert from_headline(headline, past=False, body=body) == "Die Schule und der Förderverein ehren 30 Schülerinnen"
    headline = "Feuerwehrverein und Gemeinde ehren 25 Helferinnen sowie zwei Familien aus dem Dorf"
    assert from_headline(headline, past=False, body=body) == "Der Feuerwehrverein und die Gemeinde ehren 25 Helferinnen"


def test_no_list_is_cut_where_a_word_makes_it_exact() -> None:
    # "nur A sowie B" cut to "nur A" and "alle A sowie B" cut to "alle A" would be false or broader.
    body = "Die Schule und der Förderverein feiern. Der Feuerwehrverein und die Gemeinde danken den Helfern."
    headline = "Schule und Förderverein ehren nur 30 Schülerinnen sowie vier Lehrerinnen aus der Grundschule"
    assert from_headline(headline, past=False, body=body) is None
    headline = "Feuerwehrverein und Gemeinde ehren alle 25 Helferinnen sowie zwei Familien aus dem Dorf"
    assert from_headline(headline, past=False, body=body) is None
