"""Police and fire reports: a death never said as an injury, a "so …, dass …" result never cut off, a past time said as past.

All texts are invented (towns, names, streets); two senders' shapes each (a police accident report, a
fire brigade's report).
"""

from __future__ import annotations

from datetime import date

from pressconv.api import parse
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.clauses import pieces
from pressconv.transforms.easy.facts import _dead, _injured
from pressconv.transforms.easy.plainwords import plain_words
from pressconv.transforms.easy.subordinate import split_adverbial
from pressconv.transforms.easy.timeout import split

ISSUED = date(2027, 2, 10)

_POLICE = """POL-XYZ: Radfahrer nach Sturz gestorben

{police}

Die Polizei bittet Zeugen, sich unter der Telefonnummer 04411 555-120 zu melden.

Rückfragen bitte an:
Polizeiinspektion Kleinwalde
Telefon: 04411 555-0
"""

_FIRE = """Feuerwehr Oberhain: Mieter stirbt bei Wohnungsbrand

{fire}

Kontakt: Feuerwehr Oberhain, Telefon 06621 4040
"""


_POLICE = _POLICE.format(
    police=" ".join(
        [
            "Kleinwalde (ots) - Am Montagabend ist ein 67-jähriger Radfahrer auf der Mühlenstraße so schwer gestürzt,",
            "dass er noch vor Ort verstarb. Der Mann war allein unterwegs. Die Mühlenstraße war bis etwa 22 Uhr gesperrt.",
        ]
    )
)
_FIRE = _FIRE.format(
    fire=" ".join(
        [
            "Oberhain - In der Nacht zum Sonntag ist in einem Mehrfamilienhaus an der Birkenstraße ein Feuer ausgebrochen.",
            "Ein 74-jähriger Mieter wurde dabei durch den Rauch so schwer verletzt, dass er am nächsten Tag verstarb.",
            "Die Feuerwehr löschte den Brand nach einer Stunde.",
        ]
    )
)


def _summary(text: str) -> str:
    return summary_text(summarise(parse(text.encode()).release).release)


def test_a_result_of_so_dass_is_never_cut_from_its_degree_in_a_police_report() -> None:
    summary = _summary(_POLICE)
    assert "schwer gestürzt." not in summary
    assert "gestorben." in summary.split("## Kontakt")[0]


def test_a_fire_victim_who_died_is_never_said_to_be_hurt() -> None:
    summary = _summary(_FIRE)
    assert "verletzt." not in summary.split("## Wörterbuch")[0]
    assert "ist gestorben." in summary


def test_the_consecutive_result_is_said_alone_with_its_subject_named() -> None:
    sentence = (
        "Ein 58-jähriger Dachdecker ist am Freitag in der Lindengasse so schwer verletzt worden, "
        "dass er im Krankenhaus verstarb."
    )
    assert split_adverbial(sentence) == ["Der 58-jährige Dachdecker verstarb im Krankenhaus."]
    # The degree never stands without its result ("Ein Mann ist schwer verletzt" for a man who died).
    assert all("schwer verletzt" not in piece for piece in pieces(sentence))


def test_a_result_whose_subject_is_unsure_never_leaves_the_degree_alone() -> None:
    sentence = "Am Freitag ist ein Mann in der Feldgasse so schwer verletzt worden, dass er im Krankenhaus verstarb."
    assert all(not piece.endswith("schwer verletzt worden.") for piece in pieces(sentence))


def test_an_unresolved_result_keeps_the_sentence_whole_and_no_frame_colon() -> None:
    # Two noun phrases the pronoun could name: the consequence is not said apart, nor after a colon.
    sentence = "Der Fahrer hat den Wagen so stark beschleunigt, dass er gegen die Mauer prallte."
    assert split_adverbial(sentence) == [sentence]
    assert pieces(sentence) == [sentence]


def test_a_consecutive_clause_with_a_negation_keeps_it() -> None:
    sentence = "Das Feuer hat sich so schnell ausgebreitet, dass die Familie den Brand nicht mehr löschen konnte."
    assert split_adverbial(sentence) == ["Die Familie konnte den Brand nicht mehr löschen."]


def test_death_words_count_as_a_death_and_not_as_an_injury() -> None:
    body = ["Ein Mann ist in der Bahnhofstraße so schwer verletzt worden, dass er an der Unfallstelle verstarb."]
    assert _injured(body) is None
    assert _dead(body) == ("Ein Mann", False)
    erlag = ["Eine Frau wurde angefahren.", "Trotz Hilfe durch Passanten und den Notarzt erlag die Frau ihren Verletzungen."]
    assert _dead(erlag) == ("Eine Frau", False)
    assert _injured(["Ein Radfahrer wurde tödlich verletzt."]) is None


def test_two_people_joined_are_never_counted_as_one_dead() -> None:
    assert _dead(["Der Fahrer und seine Beifahrerin kamen ums Leben."]) is None
    assert _dead(["Bei dem Unfall verstarben die Beifahrerin und der Fahrer."]) is None
    # Another person hurt in a clause of its own stays hurt; the dead one is said apart.
    body = ["Ein Mann starb an der Unfallstelle, zwei weitere Menschen wurden schwer verletzt."]
    assert _injured(body) == ("2 Menschen|schwer", True)


def test_nobody_hurt_and_a_negated_death_are_not_a_death() -> None:
    assert _dead(["Der Fahrer ist nicht gestorben."]) is None
    assert _injured(["Bei dem Brand wurde niemand verletzt."]) == ("Niemand", False)


def test_versterben_is_said_as_sterben_in_every_form() -> None:
    assert plain_words("Der Mann ist im Krankenhaus verstorben.") == "Der Mann ist im Krankenhaus gestorben."
    assert plain_words("Die Frau verstarb noch am Abend.") == "Die Frau starb noch am Abend."
    # The adjective of a former member stays.
    assert (
        plain_words("Der verstorbene Gründer hat den Verein geleitet.") == "Der verstorbene Gründer hat den Verein geleitet."
    )


def test_a_perfekt_whose_participle_is_its_infinitive_gives_a_past_time() -> None:
    told = split("Ein Lieferwagen hat gegen 7:15 Uhr die Ringstraße befahren.", ISSUED)
    assert isinstance(told, tuple)
    head, follower = told
    assert head == "Ein Lieferwagen hat die Ringstraße befahren."
    assert follower == "Das war gegen 7:15 Uhr."
    gone = split("Ein Bewohner hat gegen 23 Uhr das Haus verlassen.", ISSUED)
    assert isinstance(gone, tuple)
    _, left = gone
    assert left == "Das war gegen 23 Uhr."


def test_a_coming_event_keeps_the_present_time() -> None:
    found = split("Der Bus fährt am Samstag, 20. Februar 2027, um 9 Uhr zum Stadion.", ISSUED)
    assert isinstance(found, tuple)
    assert found[1] == "Das ist am 20. Februar 2027 um 9 Uhr."
