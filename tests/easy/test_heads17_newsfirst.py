"""Round 17, newsfirst: the headline's news clauses as the body's first sentences (newsfirst.py), on
invented releases of a library, a hospital, a machine maker, a job centre, a district office and a
police station."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.newsfirst import _past_event, news_sentences, standfirst
from pressconv.transforms.easy.source import SourceSentence
from tests.easy.support import title_and_body
from tests.fixtures.releases import german_release


def _news(parts: list[str], body: list[str], sender: tuple[str, str] | None = None, *, past: bool = False) -> list[str]:
    return news_sentences(parts, body, [], past=past, opinion=False, passes=lambda _: True, sender=sender)


def test_a_headline_clause_gets_its_article_from_the_lexicon() -> None:
    # A hospital and a library: the bare subject takes the definite article of its gender.
    body = ["Die neue Station für Altersmedizin öffnet am Montag, 1. Juni, im Haus B.", "Sie hat 20 Betten."]
    assert _news(["Neue Station für Altersmedizin öffnet am 1. Juni"], body) == [
        "Die neue Station für Altersmedizin öffnet am 1. Juni."
    ]
    body = ["Die Stadtbibliothek verlängert ab Mai die Öffnungszeiten.", "Samstags ist bis 16 Uhr geöffnet."]
    assert _news(["Stadtbibliothek verlängert Öffnungszeiten"], body) == [
        "Die Stadtbibliothek verlängert die Öffnungszeiten."
    ]


def test_a_subject_that_is_the_sender_takes_the_senders_full_name() -> None:
    # A job centre and a district office name themselves short in the headline.
    body = ["Das Jobcenter Kreis Musterland baut seine Terminangebote aus.", "Termine gibt es online."]
    sender = ("Jobcenter Kreis Musterland", "das Jobcenter Kreis Musterland")
    assert _news(["Jobcenter baut Terminangebote aus"], body, sender) == [
        "Das Jobcenter Kreis Musterland baut Terminangebote aus."
    ]
    # A letterhead with a department after a bar is no name to write: the subject stays as the headline has it.
    body = ["Der Landkreis Musterland warnt vor Glätte.", "Die Straßen sind am Morgen glatt."]
    found = _news(
        ["Landkreis warnt vor Glätte"], body, ("Landkreis Musterland | Presse", "der Landkreis Musterland | Presse")
    )
    assert found == ["Der Landkreis warnt vor Glätte."]


def test_a_companys_bare_name_and_two_predicates_give_two_sentences() -> None:
    # A machine maker and a bakery: one statement a sentence, each with the subject.
    body = [
        "Die Muster Antriebe GmbH baut ein neues Werk.",
        "Muster Antriebe investiert dafür 40 Millionen Euro.",
        "Im Werk schafft die Firma bis zu 120 neue Arbeitsplätze.",
    ]
    found = _news(
        ["Muster Antriebe investiert 40 Millionen Euro und schafft bis zu 120 neue Arbeitsplätze"],
        body,
        ("Muster Antriebe", "Muster Antriebe"),
    )
    assert found == [
        "Muster Antriebe investiert 40 Millionen Euro.",
        "Muster Antriebe schafft bis zu 120 neue Arbeitsplätze.",
    ]
    body = ["Die Bäckerei Korn spendet 500 Euro an den Kindergarten.", "Außerdem sammelt die Bäckerei Korn Spielzeug."]
    found = _news(["Bäckerei Korn spendet 500 Euro und sammelt Spielzeug"], body, ("Bäckerei Korn", "die Bäckerei Korn"))
    assert found == ["Die Bäckerei Korn spendet 500 Euro.", "Die Bäckerei Korn sammelt Spielzeug."]


@pytest.mark.parametrize(
    ("part", "body"),
    [
        # A question or a quotation is never stated as a fact (a club's teaser, a mayor's words).
        ("Wird die Brücke gesperrt?", ["Die Stadt saniert die Brücke im Mai.", "Die Brücke wird gesperrt."]),
        ("„Wir bauen die Schule neu“", ["Die Stadt baut die Schule neu."]),
        # A noun only the headline uses (a coinage) is not said: the body forms no such compound.
        ("Nachtparken neu geregelt", ["Die Stadt regelt das Parken neu.", "Es kostet mehr."]),
        # A past state reads as "lent" or as a state that no longer holds, not as the act.
        ("Ehrenamtspreis 2026 verliehen", ["Der Landkreis hat den Ehrenamtspreis 2026 verliehen."]),
    ],
)
def test_refused_parts(part: str, body: list[str]) -> None:
    assert _news([part], body, past=True) == []


def test_a_present_headline_over_a_report_of_the_past_is_not_said() -> None:
    # A police station and a fire brigade: the headline's present tells what happened.
    body = ["Eine Radfahrerin ist am Dienstag in Nordheim gestürzt.", "Die Radfahrerin blieb unverletzt."]
    assert _news(["Radfahrerin stürzt in Nordheim"], body, past=True) == []
    body = ["Die Feuerwehr hat am Montag eine Katze von einem Baum gerettet.", "Die Katze ist gesund."]
    assert _news(["Feuerwehr rettet Katze von Baum"], body, past=True) == []
    # Any sender: the body tells the headline's verb as done ("hat … verkauft"), so "verkauft" is past.
    body = ["Die Muster AG hat ihr Werk in Nordheim an einen Investor verkauft.", "Das Werk hat 200 Beschäftigte."]
    assert _news(["Muster AG verkauft Werk in Nordheim"], body, ("Muster AG", "die Muster AG")) == []
    # A chamber's survey: the body tells the index in the Präteritum ("stieg"), so "steigt" is past.
    body = ["Der Index stieg im Frühjahr um vier Punkte auf 98 Punkte.", "Die Firmen sind zufriedener."]
    assert _news(["Index steigt auf 98 Punkte"], body) == []
    assert _past_event("Index steigt auf 98 Punkte", " ".join(body), past=False)
    assert not _past_event("Station öffnet am 1. Juni", "Die Station öffnet am Montag. Ärzte öffnen sie.", past=False)


@pytest.mark.parametrize(
    ("part", "body"),
    [
        # A city's pool: the object and the subject the headline left without their article.
        ("Stadt schließt Bad nicht", ["Die Stadt schließt das Bad nicht.", "Das Bad bleibt offen."]),
        ("Bad öffnet nur für Vereine", ["Das Bad öffnet am Montag.", "Zuerst dürfen nur Vereine schwimmen."]),
        # A utility: "Zähler" may be singular, and the body writes "den Zähler".
        ("Kunden sollen Zähler ablesen", ["Die Kunden sollen den Zähler bis Freitag ablesen."]),
    ],
)
def test_a_noun_left_bare_keeps_the_sentence_out(part: str, body: list[str]) -> None:
    assert _news([part], body) == []


def test_a_noun_before_a_name_takes_the_article_the_body_writes() -> None:
    # A job centre's branch office: the body writes "die … Außenstelle Nordau".
    body = ["Die bisherige Außenstelle Nordau zieht nach Südau um.", "Die Beratung bleibt gleich."]
    assert _news(["Außenstelle Nordau zieht nach Südau um"], body) == ["Die Außenstelle Nordau zieht nach Südau um."]
    # A role before a person's name takes no article (a library's reading).
    body = ["Die Autorin Maria Beispiel liest in der Stadtbibliothek.", "Autorin Maria Beispiel liest aus dem Roman."]
    assert _news(["Autorin Maria Beispiel liest in der Stadtbibliothek"], body) == [
        "Autorin Maria Beispiel liest in der Stadtbibliothek."
    ]


def test_a_restricting_piece_without_a_verb_stops_the_part() -> None:
    # A swimming pool: "Bad öffnet, nur für Vereine" must not become the broader "Das Bad öffnet".
    body = ["Das Hallenbad öffnet am Montag wieder.", "Zunächst dürfen nur Vereine schwimmen."]
    assert _news(["Hallenbad öffnet wieder, nur für Vereine"], body) == []


def test_a_second_subtitle_in_the_body_is_found() -> None:
    lines = [
        SourceSentence("Umsatz steigt auf 5 Millionen Euro – Export schwach", lead=True, paragraph=0),
        SourceSentence("Die Muster AG hat 2025 mehr verkauft.", lead=True, paragraph=1),
    ]
    assert standfirst(lines) is lines[0]
    sentence = [SourceSentence("Die Muster AG hat 2025 mehr verkauft – vor allem im Inland.", lead=True)]
    assert standfirst(sentence) is None


def test_the_news_clause_opens_the_body_of_a_summary() -> None:
    # A hospital release whose lead never says the headline's news in one sentence.
    release = german_release(
        "Neue Station für Altersmedizin öffnet am 1. Juni",
        "Das Klinikum Musterstadt erweitert sein Angebot für ältere Menschen: Am Montag, 1. Juni, nimmt im "
        "dritten Stock von Haus B die neue Station für Altersmedizin mit 28 Betten den Betrieb auf.",
        "Die Station leitet ein erfahrener Arzt. Besuche sind täglich von 14 bis 18 Uhr möglich.",
        organisation="Klinikum Musterstadt",
    )
    _, body = title_and_body(release)
    assert body[0] == "Die neue Station für Altersmedizin öffnet am 1. Juni."
