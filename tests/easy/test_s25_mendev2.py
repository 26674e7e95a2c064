"""Reviewer probes of session 25 (mendev2): no one group's day, no lost condition or restriction (invented releases)."""

from __future__ import annotations

from pressconv.parser import parse_text
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.bring import bring_list, bring_source
from pressconv.transforms.easy.eventnouns import limited, linked_head
from pressconv.transforms.easy.facts import _prose_venue
from pressconv.transforms.easy.source import SourceSentence
from tests.easy.support import easy_body, easy_text


def _linked(text: str, word: str) -> bool:
    start = text.index(word)
    return linked_head(word, text, start, start + len(word))


# 4. A day tied to the event in a sentence that limits it, or one of two days, is no single event day.


def test_a_day_for_one_group_only_is_not_said_as_the_events_day() -> None:
    text = easy_text(
        "Elternabend vor dem Schulstart",
        "Lerchenfeld, 2. Juni 2026 – Für alle Eltern der Kinder, die im Herbst in die Schule kommen, "
        "findet ein Elternabend statt. Der Elternabend am Montag, 15. Juni 2026, ist nur für Eltern aus "
        "Kleinbrunn. Eltern aus Lerchenfeld kommen am Mittwoch, 17. Juni 2026. Beginn ist jeweils um 19 Uhr.",
        organisation="Schulamt Lerchenfeld",
    )
    assert "Elternabend ist am" not in text
    assert "Veranstaltung ist am" not in text
    assert not _linked("Der Elternabend am Montag, 15. Juni 2026, ist nur für Eltern aus Kleinbrunn.", "Elternabend")


def test_a_club_course_limited_to_some_or_given_two_days_has_no_one_day() -> None:
    limited_course = easy_body(
        "Schnuppertraining beim Ruderclub",
        "Moosbach, 3. März 2026 – Der Ruderclub Moosbach bietet ein Schnuppertraining an. Das "
        "Schnuppertraining am Samstag, 14. März 2026, ist ausschließlich für Kinder unter zwölf Jahren. "
        "Jugendliche kommen am Samstag, 21. März 2026.",
        organisation="Ruderclub Moosbach",
    )
    assert "Schnuppertraining ist am" not in limited_course
    assert "Veranstaltung ist am" not in limited_course
    two_days = easy_body(
        "Sprechstunde zur Grundsteuer",
        "Moosbach, 3. März 2026 – Die Gemeinde Moosbach bietet eine Sprechstunde zur Grundsteuer an. "
        "Die Sprechstunde am Dienstag, 10. März 2026, findet im Rathaus statt. "
        "Die Sprechstunde am Donnerstag, 12. März 2026, findet in der Bücherei statt.",
        organisation="Gemeinde Moosbach",
    )
    assert "Sprechstunde ist am" not in two_days


def test_what_limits_the_audience_and_what_does_not() -> None:
    assert limited("Die Führung am 3. Mai ist nur für Mitglieder.")
    assert limited("Nur Kinder dürfen am 3. Mai mitmachen.")
    assert limited("Der Kurs ist nicht für alle geeignet.")
    assert not limited("Das Konzert am 5. Mai kostet nur 5 Euro.")
    assert not limited("Es gibt nur noch wenige Plätze.")
    assert not limited("Das Fest am 5. Mai ist für die ganze Familie.")


# 7. A bring list keeps its condition from the sentence before, and is said once.


def test_a_bring_list_after_a_who_condition_is_not_said_to_everyone() -> None:
    body = easy_body(
        "Zulassung im Bürgerbüro",
        "Lerchenfeld, 4. Mai 2026 – Wer ein Moped neu kauft, muss es innerhalb von zwei Wochen im "
        "Bürgerbüro melden. Mitzubringen sind der Ausweis, die Rechnung und die Versicherungskarte. "
        "Für alle anderen Fragen genügt ein Anruf.",
        organisation="Stadt Lerchenfeld",
    )
    assert "Bringen Sie mit" not in body
    found = bring_list(
        [
            SourceSentence("Bei einem Umzug in die Gemeinde gilt eine Frist von zwei Wochen."),
            SourceSentence("Mitzubringen sind der Mietvertrag und der Ausweis."),
        ]
    )
    assert found is None


def _summary(text: str) -> str:
    return summary_text(summarise(parse_text(text).release).release).replace("·", "")


def test_a_plain_bring_sentence_is_said_once_as_the_list() -> None:
    for sender, what in (
        ("Stadt Lerchenfeld\n\nNeue Ausweise im Bürgerbüro", "Das Bürgerbüro stellt ab Juni neue Ausweise aus."),
        ("Bücherei Moosbach\n\nNeue Leseausweise", "Die Bücherei Moosbach gibt ab Juni neue Leseausweise aus."),
    ):
        summary = _summary(
            f"{sender}\n\nLerchenfeld, 4. Mai 2026 – {what} Mitzubringen sind der Personalausweis, "
            "das Passfoto und die Geburtsurkunde. Die Ausgabe ist im Rathaus.\n"
        )
        assert summary.count("Bringen Sie mit:") == 1
        assert "Mitzubringen sind" not in summary
    sentences = [SourceSentence("Mitzubringen sind der Ausweis, die Bankkarte und das Passfoto.")]
    assert bring_source(sentences) == "Mitzubringen sind der Ausweis, die Bankkarte und das Passfoto."


# 12. A prose venue is a place noun in the nominative, never an idiom's frame noun.


def test_frame_nouns_and_declined_adjectives_are_no_venue() -> None:
    assert _prose_venue("Das Konzert ist im Rahmen des Dorffestes, ") == ""
    assert _prose_venue("Die Prüfung erfolgt im Auftrag der Gemeinde Moosbach, ") == ""
    assert _prose_venue("Der Stand ist in der Nähe des Bahnhofs, ") == ""
    assert _prose_venue("Die Lesung ist in der Alten Mühle, ") == ""
    assert _prose_venue("Das Fest ist im Hause, ") == ""
    # A place noun in its own form is still the venue.
    assert _prose_venue("Der Abend ist in der Scheune des Heimatvereins, ") == "Scheune vom Heimatverein"
    assert _prose_venue("Die Feier ist im Bürgerhaus, ") == "Bürgerhaus"


def test_a_release_with_a_frame_noun_before_the_street_says_no_frame_as_place() -> None:
    body = easy_body(
        "Konzert auf dem Marktplatz",
        "Lerchenfeld, 2. Mai 2026 – Der Musikverein Lerchenfeld gibt am Samstag, 13. Juni 2026, ein Konzert. "
        "Das Konzert findet im Rahmen des Dorffestes, Marktplatz 1, statt.",
        organisation="Musikverein Lerchenfeld",
    )
    assert "Rahmen" not in body
    club = easy_body(
        "Lesung in der Mühle",
        "Moosbach, 2. Mai 2026 – Der Heimatverein Moosbach lädt am Freitag, 12. Juni 2026, zu einer Lesung ein. "
        "Die Lesung findet in der Alten Mühle, Mühlweg 2, statt.",
        organisation="Heimatverein Moosbach",
    )
    assert "Adresse ist: Alten" not in club


# 13. A bring list names things only, with their restrictions, or is not said.


def _lines(intro: str, *items: str) -> list[SourceSentence]:
    return [SourceSentence(intro), *(SourceSentence(item, heading=True) for item in items), SourceSentence("Bis bald.")]


def test_no_bring_list_with_negations_clauses_or_dropped_restrictions() -> None:
    assert bring_list(_lines("Bitte mitbringen:", "Wanderschuhe", "Geld ist nicht nötig")) is None
    assert bring_list(_lines("Bitte mitbringen:", "Regenjacke", "keine Wertsachen")) is None
    assert bring_list(_lines("Bitte mitbringen:", "Decke", "Nicht mitbringen: Hunde")) is None
    assert bring_list(_lines("Zur Anmeldung sind mitzubringen:", "Ausweis", "Foto (nicht älter als sechs Monate)")) is None
    assert bring_list(_lines("Zur Anmeldung sind mitzubringen:", "Ausweis", "Zeugnis (Original, keine Kopie)")) is None
    assert bring_list([SourceSentence("Mitzubringen sind der Ausweis (im Original) und das Foto.")]) is None


def test_an_owners_pair_is_said_whole_or_not_at_all() -> None:
    found = bring_list(_lines("Bitte mitbringen:", "Ausweis des Mieters oder der Mieterin", "Mietvertrag"))
    assert found is None or found[1][0] != "Ausweis vom Mieter oder der Mieterin"
    assert bring_list(_lines("Bitte mitbringen:", "Ausweis der Mieterin oder des Mieters", "Mietvertrag")) is None
    said = bring_list(_lines("Zum Kurs sind mitzubringen:", "Pass des Antragstellers oder der Antragstellerin", "Foto"))
    assert said == ("Bringen Sie zum Kurs mit:", ("Pass vom Antragsteller oder von der Antragstellerin", "Foto"))


def test_if_any_is_said_the_same_way_in_list_lines_and_in_prose() -> None:
    listed = bring_list(_lines("Bitte mitbringen:", "Ausweis", "Schwimmabzeichen (falls vorhanden)"))
    assert listed == ("Bringen Sie mit:", ("Ausweis", "wenn vorhanden Schwimmabzeichen"))
    prose = bring_list(
        [SourceSentence("Mitzubringen sind der Ausweis, das Schwimmabzeichen (sofern vorhanden) sowie ein Handtuch.")]
    )
    assert prose == ("Bringen Sie mit:", ("Ausweis", "wenn vorhanden Schwimmabzeichen", "Handtuch"))
