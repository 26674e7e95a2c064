"""Titles of any sender: a verb of informing with only its addressee, and every part of the subtitle."""

from __future__ import annotations

from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.titles import addressee_only, from_headline
from tests.fixtures.releases import german_release


def _title(title: str, subtitle: str, *paragraphs: str) -> str:
    result = summarise(german_release(title, *paragraphs, subtitle=subtitle))
    return summary_text(result.release).splitlines()[0].replace("·", "")


def test_informing_with_only_the_addressee_says_nothing() -> None:
    # An audit office and a school board: who is told, not what.
    assert addressee_only("Das Prüfungsamt unterrichtet den Landtag.")
    assert addressee_only("Die Schulleitung informiert alle Eltern")
    assert addressee_only("Der Vorstand benachrichtigt die Mitglieder.")


def test_informing_with_what_is_told_is_a_sentence_with_news() -> None:
    assert not addressee_only("Die Schulleitung informiert die Eltern über den neuen Stundenplan.")
    assert not addressee_only("Der Verband unterrichtet die Mitglieder von der Wahl.")
    assert not addressee_only("Die Feuerwehr löscht den Brand.")  # no verb of informing


def test_a_later_subtitle_part_with_its_own_clause_becomes_the_title() -> None:
    # A library: the subtitle's first part is a label the body never uses, the second part says the news.
    title = _title(
        "Mehr Zeit zum Lesen",
        "Sommerangebot – Bibliothek öffnet auch sonntags",
        "Nach vielen Wünschen aus der Leserschaft und einer langen Prüfung durch den Stadtrat, die mehrere Monate"
        " dauerte, öffnet die Bibliothek in den Sommerferien auch sonntags von 11 bis 16 Uhr.",
        "Viele Leserinnen und Leser hatten sich das gewünscht.",
    )
    assert title == "Die Bibliothek öffnet auch sonntags"


def test_a_side_fact_or_a_quote_in_the_subtitle_never_becomes_the_title() -> None:
    # A ministry: the subtitle's parts are a speaker and her quoted words; a nursing service: a condition.
    title = _title(
        "Wandel auf dem Land",
        "Ministerin Eva Muster: „Das Dorf hat Zukunft“",
        "Das Ministerium hat ein Programm für Dörfer vorgestellt. Das Dorf hat Zukunft, sagt die Ministerin.",
    )
    assert "Zukunft" not in title and "Muster" not in title
    title = _title(
        "Hilfe zu Hause",
        "Neuer Dienst – Anmeldung erforderlich",
        "Der Pflegedienst bietet ab Mai Hilfe im Haushalt an. Eine Anmeldung ist erforderlich.",
    )
    assert "Anmeldung" not in title


def test_a_passive_headline_with_a_period_becomes_a_state() -> None:
    # A school and a public pool: "wird/werden … ab DATE PARTICIPLE" is a state from that date on.
    body = "Der Unterricht findet wegen der Sanierung in Containern statt."
    assert (
        from_headline("Unterricht wird ab 3. März teilweise verlegt", past=False, body=body)
        == "Der Unterricht ist ab 3. März teilweise verlegt"
    )
    body = "Die Hallenbäder der Stadt bleiben im Sommer zu."
    assert (
        from_headline("Hallenbäder werden ab Juli geschlossen", past=False, body=body)
        == "Die Hallenbäder sind ab Juli geschlossen"
    )


def test_a_passive_headline_at_a_point_in_time_or_without_a_period_is_refused() -> None:
    # "ist am 6. Mai eröffnet" is no state at that moment; "ist eröffnet" would report as done what is to come.
    body = "Der neue Steg am See ist fertig. Der Bürgermeister kommt zur Feier."
    assert from_headline("Neuer Steg wird am 6. Mai eröffnet", past=False, body=body) is None
    assert from_headline("Neuer Steg wird eröffnet", past=False, body=body) is None
    # A negation is never cut or moved: the headline is refused instead.
    body = "Das Hallenbad bleibt offen. Die Stadt hat das entschieden."
    assert from_headline("Hallenbad wird ab Juli nicht geschlossen", past=False, body=body) is None
