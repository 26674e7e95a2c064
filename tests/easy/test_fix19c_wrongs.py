"""Session 19 review: checks that keep plans, negations, reported speech and other people's words from becoming false lines.

Every release and sentence here is invented for these tests; none is a corpus file. Each item is
exercised with senders of at least two kinds (a town's committee and a club, a party and an
initiative, a police report and a fire brigade report, a museum and a school).
"""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy.accusations import accusation
from pressconv.transforms.easy.coreference import one_person
from pressconv.transforms.easy.framesender import frame_sender
from pressconv.transforms.easy.planned import planned
from pressconv.transforms.easy.positions import own_sentence
from pressconv.transforms.easy.presupposition import resolved
from pressconv.transforms.easy.reasons import split_reason
from pressconv.transforms.easy.sender import Sender
from pressconv.transforms.easy.source import SourceSentence
from pressconv.transforms.easy.title_candidates import counted_phrase
from pressconv.transforms.easy.wordorder import reader_addressed
from tests.easy.support import title_and_body
from tests.fixtures.releases import german_release


def _said(*texts: str) -> list[SourceSentence]:
    return [SourceSentence(text) for text in texts]


# 1. A counted headline whose things the body tells as a plan is neither "Es gibt" nor "Es hat … gegeben".
@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (
            "Sechs Lesungen im Rathaus",
            "Der Kulturausschuss hat am Dienstag beschlossen, im Herbst sechs Lesungen im Rathaus anzubieten.",
        ),
        (
            "Zwanzig neue Bänke für den Kurpark",
            "Der Heimatverein will im Frühjahr zwanzig neue Bänke im Kurpark aufstellen.",
        ),
    ],
)
def test_a_planned_count_is_no_existence_or_tally(headline: str, body: str) -> None:
    assert planned(headline, _said(body))
    release = german_release(headline, body, issued=date(2025, 3, 6))
    title, _ = title_and_body(release)
    assert "gegeben" not in title and not title.startswith("Es gibt")


def test_a_count_told_as_done_is_no_plan() -> None:
    assert not planned(
        "Vierzig Einsätze im Jahr", _said("Die Feuerwehr rückte im vergangenen Jahr zu vierzig Einsätzen aus.")
    )
    assert not planned("Drei Fahrräder gestohlen", _said("Unbekannte stahlen am Montag drei Fahrräder."))


# 2. The sender named by its frame sentences only where no other subject and no "wir" frame.
def test_no_frame_sender_beside_another_subject_or_a_first_person_frame() -> None:
    party = _said(
        "Die Liste Grün-Nord kritisiert die Elterninitiative.",
        "Die Elterninitiative fordert einen Baustopp für die Schule.",
        "Wir lehnen einen Baustopp ab.",
    )
    assert frame_sender(party) is None
    club = _said("Der Förderverein verlangt neue Geräte.", "Wir fordern mehr Hallenzeiten.")
    assert frame_sender(club) is None
    alone = _said("Der Förderverein verlangt neue Geräte.", "Der Verein kritisiert die Hallenzeiten.")
    assert frame_sender(alone) == Sender("Förderverein", "der")


# 3. Only "wir" as a subject makes a sentence the sender's own.
def test_us_as_an_object_is_somebody_else_speaking() -> None:
    party = Sender("Wählergruppe Seeblick", "die")
    assert not own_sentence("Der Landrat kritisiert uns, weil die Gruppe falsche Zahlen genannt hat.", party)
    club = Sender("Schachklub Nordheim", "der")
    assert not own_sentence("Die Stadt hat unseren Antrag abgelehnt.", club)
    assert own_sentence("Wir fordern einen neuen Raum.", club)


# 4. A victim and a role noun are one person only for a suspect role and a doer.
def test_a_victim_is_not_merged_with_a_driver_or_a_suspect() -> None:
    crash = "Eine Frau wurde von einem Lieferwagen erfasst. Der Fahrer fuhr weiter."
    texts = ["Eine Frau ist verletzt worden.", "Eine Fahrerin ist weitergefahren."]
    assert one_person(texts, crash)[0] == texts[0]
    assert one_person(texts, crash)[1] in (None, texts[1])
    assault = "Ein Mann wurde von einem Unbekannten geschlagen. Der Tatverdächtige flüchtete."
    texts = ["Ein Mann ist verletzt worden.", "Ein Tat·verdächtiger ist geflohen."]
    assert one_person(texts, assault) == [texts[0], None]


def test_the_doer_is_taken_up_by_the_suspect_role() -> None:
    theft = "Eine 19 Jahre alte Frau stahl ein Fahrrad. Die Täterin wurde gefasst."
    texts = ["Eine Frau hat ein Fahrrad gestohlen.", "Eine Täterin ist gefasst."]
    assert one_person(texts, theft) == [texts[0], "Die Frau ist gefasst."]


# 5./6. "vorwerfen": a negated object is no accusation; a noun after the accused is no name.
@pytest.mark.parametrize(
    "rest",
    [
        "wirft dem Bürgermeister nichts vor.",
        "wirft der Schulleitung nicht Untätigkeit vor.",
        "wirft dem Verein keine Fehler vor.",
    ],
)
def test_a_negated_accusation_is_left_out(rest: str) -> None:
    assert accusation(rest, "Die Partei") is None


def test_the_accusation_is_no_name_of_the_accused() -> None:
    assert (
        accusation("wirft dem Landrat Untätigkeit und Versagen vor.", "Die Fraktion")
        == "Die Fraktion kritisiert den Landrat."
    )
    assert (
        accusation("wirft der Stadt Versagen bei der Planung vor.", "Der Mieterverein")
        == "Der Mieterverein kritisiert die Stadt."
    )
    assert (
        accusation("wirft dem Landrat Meyer Untätigkeit vor.", "Die Initiative")
        == "Die Initiative kritisiert den Landrat Meyer."
    )


# 7. A requirement stays a requirement: only a modal sentence is addressed to the reader.
@pytest.mark.parametrize(
    "sentence",
    ["Interessierte benötigen einen Ausweis.", "Interessierte brauchen keine Anmeldung.", "Besucher zahlen fünf Euro."],
)
def test_a_full_verb_is_no_offer(sentence: str) -> None:
    assert reader_addressed(sentence) == sentence


# 8. "auch" with a time or a number after it says nothing of the sender.
def test_auch_with_a_time_names_no_sender() -> None:
    brigade = ("die Feuer·wehr Mitteldorf", "Feuerwehr")
    sentence = "Die Feuer·wehren aus Nordheim und Südheim waren auch 2019 im Einsatz."
    out = resolved(sentence, ["Ein Auto ist im Graben gelandet."], brigade)
    assert out is None or all("Mitteldorf" not in line for line in out)
    rescue = ("die Wasser·wacht Seedorf", "Wasserwacht")
    sentence = "Die Wasser·wachten aus Adorf und Bdorf waren auch am Sonntag vor Ort."
    out = resolved(sentence, ["Ein Boot ist gekentert."], rescue)
    assert out is None or all("Seedorf" not in line for line in out)


# 9. "Über" and "Rund" count only with a number.
@pytest.mark.parametrize("headline", ["Über Grenzen", "Rund ums Rad", "Über Brücken und Wege"])
def test_a_preposition_is_no_count(headline: str) -> None:
    assert counted_phrase(headline, past=False) is None


def test_about_a_number_still_counts() -> None:
    assert counted_phrase("Rund 300 Bäume", past=False) == "Es gibt rund 300 Bäume"
    assert counted_phrase("Über 40 Stände", past=True) == "Es hat über 40 Stände gegeben"


# 17. A reason in Konjunktiv I is reported speech: it is left out.
@pytest.mark.parametrize(
    "sentence",
    [
        "Der Verband kritisiert den Plan, weil die Stadt kein Geld habe.",
        "Die Elternvertretung lehnt den Umzug ab, weil die Schule die Räume verkaufen wolle.",
        "Der Verein kritisiert die Gebühr, weil der Platz zu klein sei.",
    ],
)
def test_a_reported_reason_is_left_out(sentence: str) -> None:
    assert split_reason(sentence, lambda clause: clause)[1] is None


def test_the_same_role_noun_is_one_person_again() -> None:
    # A customs report and a police report: the role is taken up again by the same noun.
    customs = "Der Zoll nahm einen Tatverdächtigen fest. Der Tatverdächtige sitzt in Haft."
    texts = ["Der Zoll hat einen Tat·verdächtigen festgenommen.", "Ein Tat·verdächtiger ist jetzt in Haft."]
    assert one_person(texts, customs) == [texts[0], "Der Tat·verdächtige ist jetzt in Haft."]
    police = "Die Polizei sucht eine Beschuldigte. Die Beschuldigte soll Geld gestohlen haben."
    texts = ["Die Polizei sucht eine Beschuldigte.", "Eine Beschuldigte soll Geld gestohlen haben."]
    assert one_person(texts, police) == [texts[0], "Die Beschuldigte soll Geld gestohlen haben."]


def test_a_passive_or_the_future_beside_the_count() -> None:
    # A library's passive request is no plan; a club's future is one.
    asked = _said("Der Eintritt zu allen Lesungen ist frei, um Spenden wird gebeten.")
    assert not planned("Fünf Lesungen im Mai", asked)
    future = _said("Der Verein wird im Mai drei Turniere ausrichten.")
    assert planned("Drei Turniere im Mai", future)


def test_a_headline_without_article_names_the_same_sender() -> None:
    # An initiative's and a club's headline in headline grammar, then their frame sentences.
    initiative = _said("Elterninitiative fordert neue Ampel", "Die Elterninitiative kritisiert die Verkehrsplanung.")
    assert frame_sender(initiative) == Sender("Elterninitiative", "die")
    club = _said("Sportverein fordert neuen Rasen", "Die Gewerkschaft kritisiert den Verein.")
    assert frame_sender(club) is None


def test_two_people_of_one_role_told_apart_by_age_stay_two() -> None:
    # A court's two defendants and a police report's two suspects.
    court = "Der 45-jährige Hauptangeklagte erhielt vier Jahre. Der 29-jährige Mitangeklagte erhielt zwei Jahre."
    texts = [
        "Ein 45-jähriger Angeklagter muss 4 Jahre ins Gefängnis.",
        "Ein 29-jähriger Angeklagter muss 2 Jahre ins Gefängnis.",
    ]
    assert one_person(texts, court) == texts
    police = "Die Polizei nahm den 31-jährigen Tatverdächtigen fest. Der 22-jährige Tatverdächtige floh."
    texts = ["Ein 31-jähriger Tat·verdächtiger ist in Haft.", "Ein 22-jähriger Tat·verdächtiger ist geflohen."]
    assert one_person(texts, police)[1] in (texts[1], None)
