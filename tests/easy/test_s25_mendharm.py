"""Review mends: a denied degree's consequence, a death given to the wrong person, an injury kept beside
another's death, a death title with an agent or about someone else.

All texts are invented (towns, names, streets); two senders' shapes each (a municipality, a police
report, a fire brigade's report).
"""

from __future__ import annotations

from pressconv.api import parse
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.casualties import KILLED, count_clause, died
from pressconv.transforms.easy.clauses import pieces
from pressconv.transforms.easy.facts import _dead, _injured
from pressconv.transforms.easy.headline_ellipsis import death_clause
from pressconv.transforms.easy.subordinate import denied_degree, split_adverbial
from pressconv.transforms.easy.verify import structure_failures

_TOWN = """Pressemitteilung
Gemeinde Lindwerder

Lindwerder, 9. April 2027

Hagelschaden an der Turnhalle

Der Hagel hat am Dienstag die Fenster der Turnhalle in Lindwerder zerstört. {sentence} Der Unterricht läuft weiter.
"""

_POLICE = """Pressemitteilung
Polizeiinspektion Kernstett

Kernstett, 9. April 2027

Radfahrer bei Unfall tödlich verletzt

Bei einem Unfall in Moordorf ist am Montag ein Radfahrer schwer verletzt worden.
Der Lieferwagenfahrer, der ihm ausweichen wollte, fuhr gegen eine Mauer und starb.
"""

_FIRE = """Pressemitteilung
Feuerwehr Obersaal

Obersaal, 9. April 2027

Feuerwehrmann bei Brand tödlich verletzt

Bei einem Brand in Obersaal ist in der Nacht ein Feuerwehrmann leicht verletzt worden.
Eine Bewohnerin, die im Dachgeschoss schlief, starb in den Flammen.
"""


def _summary(text: str) -> str:
    return summary_text(summarise(parse(text.encode()).release).release)


def _body(summary: str) -> str:
    return summary.split("## Wörterbuch")[0]


# 1. "nicht so …, dass": the consequence did not follow.


def test_a_denied_degree_never_gives_its_consequence_in_a_town_release() -> None:
    for sentence in (
        "Der Schaden ist nicht so groß, dass die Turnhalle gesperrt werden muss.",
        "Die Schäden sind kaum so schwer, dass die Halle neu gebaut werden muss.",
    ):
        body = _body(_summary(_TOWN.format(sentence=sentence)))
        assert "sperren" not in body and "gesperrt" not in body and "bauen" not in body
        # The old cut: the degree without "so", then the consequence as a fact.
        assert "nicht groß." not in body and "nicht schwer." not in body


def test_a_denied_degree_is_never_cut_in_a_police_sentence() -> None:
    sentence = "Der Unfallwagen war nicht so stark beschädigt, dass er abgeschleppt werden musste."
    assert denied_degree(sentence)
    assert split_adverbial(sentence) == [sentence]
    assert pieces(sentence) == [sentence]
    limited = "Das Wasser stand nur so hoch, dass die Keller der Häuser am Bach nass wurden."
    assert denied_degree(limited)
    assert pieces(limited) == [limited]


def test_a_plain_degree_is_still_read_as_its_consequence() -> None:
    sentence = "Das Feuer hat sich so schnell ausgebreitet, dass die Familie den Brand nicht mehr löschen konnte."
    assert not denied_degree(sentence)
    assert split_adverbial(sentence) == ["Die Familie konnte den Brand nicht mehr löschen."]


# 2. A death after ", ihr/sein …" is that other person's.


def test_a_death_after_a_possessive_subject_is_not_the_first_persons() -> None:
    fire = ["Eine 77-jährige Bewohnerin wurde bei dem Feuer in ihrem Haus schwer verletzt, ihr Sohn starb."]
    assert _dead(fire) != ("Eine Frau", False)
    assert _injured(fire) == ("Ein Mensch|schwer", False)
    police = ["Ein Motorradfahrer wurde am Abend schwer verletzt, sein Sozius starb an der Unfallstelle."]
    assert count_clause(police[0], KILLED) == "sein Sozius starb an der Unfallstelle."
    assert _dead(police) is None


# 8. An injury of another subject stays beside a death.


def test_an_injury_of_someone_else_is_kept_beside_a_death() -> None:
    assert pieces("Ein Hund starb, die Halterin wurde leicht verletzt.") == [
        "Ein Hund starb.",
        "Die Halterin wurde leicht verletzt.",
    ]
    assert pieces("Ein Pferd starb, der Reiter wurde schwer verletzt.") == [
        "Ein Pferd starb.",
        "Der Reiter wurde schwer verletzt.",
    ]
    # The same person hurt and then dead: the injury is not said as the outcome.
    assert pieces("Die Fahrerin wurde schwer verletzt und starb im Krankenhaus.") == ["Die Fahrerin starb im Krankenhaus."]


# 4. A death headline with an agent ("von", "durch") gives no title.


def test_a_death_headline_with_an_agent_gives_no_death_title() -> None:
    for headline in (
        "Mann von Polizei tödlich verletzt",
        "Kind von Hund tödlich verletzt",
        "Jogger durch Baum tödlich verletzt",
    ):
        assert death_clause(headline) is None
    assert death_clause("Radfahrer bei Unfall tödlich verletzt") == "Ein Radfahrer ist bei einem Unfall gestorben"


# 5. The death title only where the body's death is that person's.


def test_a_death_is_the_named_persons_only_when_they_are_its_subject() -> None:
    assert not died("Der Fahrer, der ihr ausweichen wollte, fuhr gegen eine Mauer und starb.", "Radlerin")
    assert not died("Bei dem Unfall wurde ein Radler verletzt, der Fahrer starb.", "Radler")
    assert not died("Ein Radler hat einen Fußgänger tödlich verletzt.", "Radler")
    assert died("Bei einem Unfall in Kernstett ist am Sonntag ein Radler tödlich verletzt worden.", "Radler")
    assert died("Der 61-jährige Radler erlag in der Klinik seinen Verletzungen.", "Radler")


def test_no_death_title_for_someone_hurt_while_another_died() -> None:
    for text, noun in ((_POLICE, "Radfahrer"), (_FIRE, "Feuer·wehr·mann")):
        title = _summary(text).splitlines()[0]
        assert not (noun in title and "gestorben" in title), title
    # The body's death stays in the summary, said of its own subject.
    assert "Bewohnerin" in _body(_summary(_FIRE))


# Older wrongs: a noun joined to a count, an opening possessive whose owner is gone.


def test_a_noun_joined_to_a_count_is_never_counted_as_the_count_alone() -> None:
    police = ["Ein Mann starb am Freitag bei einem Unfall auf der L 12, seine Frau und zwei Kinder wurden schwer verletzt."]
    assert _injured(police) is None
    fire = ["Eine Bewohnerin starb bei dem Feuer, ihr Mann und drei Enkel wurden leicht verletzt."]
    assert _injured(fire) is None
    # A clause of its own with a count after "und" still counts.
    assert _injured(["Ein Mann starb und zwei Menschen wurden verletzt."]) == ("2 Menschen", True)


def test_an_opening_possessive_points_at_nothing() -> None:
    for sentence in ("Sein Beifahrer ist leicht verletzt.", "Seine Kollegin hat den Brand gemeldet."):
        assert any(f.check == "guard.pronoun" for f in structure_failures(sentence)), sentence
    assert not any(f.check == "guard.pronoun" for f in structure_failures("Ihre Meinung ist gefragt."))
