"""The lead's news said plainly: its dates (newsapart.py), a named programme (means.py), a cut relative clause."""

from __future__ import annotations

import re
from datetime import date

import pytest

from pressconv.transforms.easy import rescuers as rescue_module
from pressconv.transforms.easy.core import kernel
from pressconv.transforms.easy.leads import lead_main
from pressconv.transforms.easy.means import named_means
from pressconv.transforms.easy.newsapart import news_apart, plain_time
from pressconv.transforms.easy.rescue import RescueContext
from pressconv.transforms.easy.rewrite import rewrite
from pressconv.transforms.easy.select import _fitted
from pressconv.transforms.easy.source import SourceSentence
from pressconv.transforms.easy.timeout import split
from tests.easy.support import easy_body, easy_text

ISSUED = date(2024, 3, 1)  # a Friday


def _rescue(sentence: str, *, speech: bool = False) -> tuple[str, ...] | None:
    source = SourceSentence(sentence, speech=speech)
    context = RescueContext(
        source=source,
        text=rewrite(sentence, ISSUED),
        sentences=(source,),
        index=0,
        issued=ISSUED,
        rewrite=lambda piece: rewrite(piece, ISSUED),
    )
    found = news_apart(context)
    return None if found is None else found.sentences


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A council: the meeting's day is the day of the election it held.
        (
            "Der Ortsbeirat hat in seiner Sitzung am 20. Februar 2024 Frau Anna Berg zur Vorsitzenden gewählt.",
            ("Der Ortsbeirat hat Frau Anna Berg zur Vorsitzenden gewählt.", "Das war am 20. Februar 2024."),
        ),
        # An association's assembly, with an adjective before the meeting.
        (
            "Der Sportverein hat in seiner jährlichen Versammlung am 24. Februar 2024 einen neuen Vorstand gewählt.",
            ("Der Sportverein hat einen neuen Vorstand gewählt.", "Das war am 24. Februar 2024."),
        ),
        # A swimming pool: the future of a state in the present, with the day it starts.
        (
            "Das Hallenbad wird ab Montag, 4. März 2024, wieder geöffnet sein.",
            ("Das Hallenbad ist wieder geöffnet.", "Das gilt ab Montag, 4. März 2024."),
        ),
        # A library: the comparison with "als bisher" stays.
        (
            "Die Stadtbücherei wird ab 1. April 2024 länger geöffnet sein als bisher.",
            ("Die Stadtbücherei ist länger geöffnet als bisher.", "Das gilt ab 1. April 2024."),
        ),
    ],
)
def test_the_leads_time_is_written_plainly_and_stands_apart(sentence: str, expected: tuple[str, ...]) -> None:
    assert _rescue(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A court: "am heutigen Freitag" is the release date, which is a Friday.
        (
            "Das Amtsgericht hat am heutigen Freitag einen Mann wegen Diebstahls verurteilt.",
            ("Das Amtsgericht hat einen Mann wegen Diebstahls verurteilt.", "Das war am 1. März 2024."),
        ),
        # A company: "am gestrigen Donnerstag" is the day before.
        (
            "Die Bäckerei Korn hat am gestrigen Donnerstag ihre neue Filiale im Zentrum eröffnet.",
            ("Die Bäckerei Korn hat ihre neue Filiale im Zentrum eröffnet.", "Das war am 29. Februar 2024."),
        ),
    ],
)
def test_a_day_adjective_is_dated_by_the_rewrite_and_split_apart(sentence: str, expected: tuple[str, ...]) -> None:
    # Session 33: the rewrite dates "am heutigen Freitag" itself (dates._day_adjective_resolved), so the
    # time split (timeout.split) says it apart; news_apart has nothing left to make plain.
    assert split(rewrite(sentence, ISSUED), ISSUED) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # The release date is a Friday: "am heutigen Dienstag" is some other day, so nothing is dated.
        "Das Amtsgericht hat am heutigen Dienstag einen Mann wegen Diebstahls verurteilt.",
        # A noun predicate in the future: no state whose present the follower could date.
        "Die Schule wird ab 1. August 2024 Teil vom Schulverbund sein.",
        # Nothing to make plain: the time rescuer (timeout.py) has had this sentence already.
        "Am Samstag, 9. März 2024, öffnet das Museum für alle Gäste den neuen Saal.",
        # A replacement character: text damaged in decoding reads broken.
        "Der Ortsbeirat hat in seiner Sitzung am 20. Februar 2024 den Plan f\ufffdr den Park beschlossen.",
    ],
)
def test_nothing_unsure_is_rescued(sentence: str) -> None:
    assert _rescue(sentence) is None


def test_speech_keeps_its_speaker() -> None:
    sentence = "Der Ortsbeirat hat in seiner Sitzung am 20. Februar 2024 Frau Anna Berg zur Vorsitzenden gewählt."
    assert _rescue(sentence, speech=True) is None


def test_plain_time_leaves_a_weekday_that_does_not_match() -> None:
    text = "Die Firma hat am gestrigen Montag gebaut."
    assert plain_time(text, ISSUED) == text
    assert plain_time(text, None) == text


def test_the_rescuer_is_registered_after_the_time_rescuer() -> None:
    names = [name for name, _ in rescue_module.RESCUERS]
    assert names.index("news") == names.index("timeout") + 1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # An environment office and its new programme: who has it, its name, what it does.
        (
            "Mit dem neuen Förderprogramm „Grün statt Grau“ unterstützt das Umweltamt ab sofort die Begrünung von Dächern.",
            [
                "Das Umweltamt hat ein neues Förderprogramm.",
                "Das Förderprogramm heißt „Grün statt Grau“.",
                "Das Förderprogramm unterstützt ab sofort die Begrünung von Dächern.",
            ],
        ),
        # A district and its contest (masculine): the article by the lexicon's gender.
        (
            "Mit dem Wettbewerb „Bunte Höfe“ sucht der Landkreis die schönsten Schulhöfe.",
            [
                "Der Landkreis hat einen Wettbewerb.",
                "Der Wettbewerb heißt „Bunte Höfe“.",
                "Der Wettbewerb sucht die schönsten Schulhöfe.",
            ],
        ),
        # A ministry with a modal verb and a clause after it: only who has it and its name.
        (
            "Mit dem neuen Förderprogramm „Wald 2030“ will das Ministerium für Umwelt, Klima und Forsten Gemeinden dabei "
            "helfen, mehr Bäume zu pflanzen.",
            [
                "Das Ministerium für Umwelt, Klima und Forsten hat ein neues Förderprogramm.",
                "Das Förderprogramm heißt „Wald 2030“.",
            ],
        ),
        # A feminine campaign of a health office.
        (
            "Mit der Kampagne „Gesund durch den Winter“ informiert das Gesundheitsamt die Eltern.",
            [
                "Das Gesundheitsamt hat eine Kampagne.",
                "Die Kampagne heißt „Gesund durch den Winter“.",
                "Die Kampagne informiert die Eltern.",
            ],
        ),
    ],
)
def test_a_named_programme_in_the_vorfeld(sentence: str, expected: list[str]) -> None:
    assert named_means(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # A plural verb: "Die Bibliotheken hat …" would not agree.
        "Mit dem Projekt „Lesestart“ erreichen die Bibliotheken viele Familien.",
        # "für" after the subject may be its attribute or the verb's object: unsure where the subject ends.
        "Mit der Kampagne „Sicher heim“ wirbt die Polizei für mehr Rücksicht.",
        # "mit dem" is masculine or neuter; a feminine noun there is a parse gone wrong.
        "Mit dem Kampagne „Sicher heim“ informiert die Polizei die Eltern.",
        # No quoted name: nothing to introduce by its name.
        "Mit dem neuen Förderprogramm unterstützt das Umweltamt die Begrünung von Dächern.",
    ],
)
def test_an_unsure_programme_lead_is_refused(sentence: str) -> None:
    assert named_means(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A consumer advice centre: the relative clause ends in "erhalten", tagged as a participle.
        (
            "Die Verbraucherzentrale warnt vor einer neuen Masche, bei der Kunden gefälschte Briefe erhalten.",
            "Die Verbraucherzentrale warnt vor einer neuen Masche.",
        ),
        # A sports club: the same with a relative pronoun after its preposition.
        (
            "Der Sportverein startet ein neues Angebot, bei dem Kinder einen Schwimmkurs erhalten.",
            "Der Sportverein startet ein neues Angebot.",
        ),
    ],
)
def test_a_relative_clause_goes_from_the_lead(sentence: str, expected: str) -> None:
    assert lead_main(rewrite(sentence, ISSUED)) == expected


def test_a_council_lead_says_who_was_elected_and_when() -> None:
    body = easy_body(
        "Neue Vorsitzende im Ortsbeirat",
        "Der Ortsbeirat Nordheim hat in seiner Sitzung am 20. Februar 2024 Frau Anna Berg zur Vorsitzenden gewählt.",
        "Frau Berg ist seit vielen Jahren im Ortsbeirat.",
        organisation="Stadt Nordheim",
    )
    assert "Der Ortsbeirat Nordheim hat Frau Anna Berg zur Vorsitzenden gewählt.\nDas war am 20. Februar 2024." in body


def test_a_programme_lead_is_said_first() -> None:
    text = easy_text(
        "Neues Förderprogramm für grüne Dächer",
        "Mit dem neuen Förderprogramm „Grün statt Grau“ unterstützt das Umweltamt ab sofort die Begrünung von Dächern.",
        "Anträge können bis zum 30. Juni 2024 gestellt werden.",
        organisation="Stadt Nordheim",
    )
    assert "Das Umweltamt hat ein neues Förderprogramm." in text
    assert "Das Förderprogramm heißt „Grün statt Grau“." in text


def test_an_object_first_head_is_refused() -> None:
    # An election office: "Das Ergebnis ermittelt der Ausschuss" reads as if the result acted.
    sentence = "Das Gesamtergebnis der Wahl ermittelt der Wahlausschuss in seiner Sitzung am 20. März 2024."
    assert _rescue(sentence) is None
    # A school: the subject first, the same meeting, is rescued.
    assert _rescue("Der Schulausschuss ermittelt in seiner Sitzung am 20. März 2024 das Ergebnis der Wahl.") == (
        "Der Schulausschuss ermittelt das Ergebnis von der Wahl.",
        "Das ist am 20. März 2024.",
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A library moving: the ordinal's dot stays with its date.
        (
            "Nach zwei Jahren Bauzeit ist die Bibliothek am 3. Mai 2024 umgezogen.",
            "Die Bibliothek ist am 3. Mai 2024 umgezogen.",
        ),
        # A police campaign: the same after a dropped opening phrase.
        (
            "Mit einer Auftaktveranstaltung startet die Polizei ab dem 25. September 2024 in die Präventionswoche.",
            "Die Polizei startet ab dem 25. September 2024 in die Präventionswoche.",
        ),
    ],
)
def test_a_lead_keeps_the_dot_of_its_dates(sentence: str, expected: str) -> None:
    assert lead_main(rewrite(sentence, ISSUED)) == expected


def test_a_kernel_never_leaves_a_house_number_behind() -> None:
    # A town's ceremony and a club's summer party: the street moves out with its place, so the
    # number alone ("findet 3 statt") would be a broken sentence; the kernel refuses instead.
    for sentence in (
        "Die Feierstunde findet am Freitag, 20. März 2026, um 18:30 Uhr im Festsaal des Bürgerhauses am Marktplatz 3 statt.",
        "Das Sommerfest findet am 14. Juni 2026 in der Schulstraße 12 statt.",
    ):
        found = kernel(rewrite(sentence, ISSUED))
        assert found is None or not re.search(r"\b\d+ statt\b", found.text)


@pytest.mark.parametrize(
    "sentence",
    [
        # A sports club's party: the kernel moves its day and place out.
        "Der Sportverein veranstaltet am 14. Juni 2026 auf dem Sportplatz an der Schule ein Sommerfest für alle Kinder.",
        # A parish's party: the same for a church sender.
        "Die Kirchengemeinde veranstaltet am 14. Juni 2026 auf dem Platz an der Kirche ein Sommerfest für alle Kinder.",
    ],
)
def test_a_candidate_keeps_the_time_its_kernel_would_leave_out(sentence: str) -> None:
    # Cut to its kernel, the candidate would lose its day, which a rescuer can say in a follower.
    text = rewrite(sentence, ISSUED)
    found = kernel(text)
    assert found is not None and found.time
    assert _fitted(text) == text
