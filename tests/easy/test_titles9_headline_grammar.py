"""Headline grammar undone with the body's words: articles after prepositions, participle headlines.

Every release is invented, from several kinds of sender: a fire brigade, an animal shelter, a parish
council, a museum, a police department, a water board and a school board.
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.headline_grammar import body_gender, restore_articles
from pressconv.transforms.easy.titles import from_headline
from tests.easy.support import title_and_body
from tests.fixtures.releases import german_release

# --- Articles a headline dropped after a preposition, taken from the body -----------------------------


@pytest.mark.parametrize(
    ("part", "body", "expected"),
    [
        # museum: the body writes the phrase with its article
        (
            "Lesung in Kapelle",
            "Am Freitag gibt es eine Lesung in einer alten Kapelle. Die Lesung ist in der Kapelle.",
            # the first mention gives the determiner; the body's own adjective is not taken over
            "Lesung in einer Kapelle",
        ),
        (
            "Lesung in alter Kapelle",
            "Am Freitag gibt es eine Lesung in einer alten Kapelle.",
            "Lesung in einer alten Kapelle",
        ),
        # police: a contracted article ("im" = "in dem") is the body's own phrase too
        ("Einbruch in Gartenhaus", "Der Täter stieg im Gartenhaus durch ein Fenster ein.", "Einbruch im Gartenhaus"),
        # a phrase the body never writes stays bare (the caller refuses it)
        ("Unfall an Kreuzung", "Zwei Autos stießen am Montag zusammen.", "Unfall an Kreuzung"),
    ],
)
def test_a_bare_noun_after_a_preposition_takes_the_body_article(part: str, body: str, expected: str) -> None:
    assert restore_articles(part, body) == expected


def test_the_gender_comes_from_articles_that_show_only_one() -> None:
    assert body_gender("Hochbeet", "Im Garten steht das Hochbeet. Das Hochbeet ist neu.") == "das"
    assert body_gender("Wasserprobe", "Man hat eine neue Wasserprobe genommen.") == "die"
    # "der" and "die" fit two genders or cases: no gender from them
    assert body_gender("Quellfilter", "Der Quellfilter ist kaputt. Die Quellfilter sind alt.") is None
    # two genders shown: the body disagrees with itself, nothing is given
    assert body_gender("Rohrstück", "Das Rohrstück lag hier. Man fand einen Rohrstück dort.") is None


# --- Participle headlines: "Man hat … gefunden" only where the body tells a past passive ------------


@pytest.mark.parametrize(
    ("part", "body", "expected"),
    [
        # animal shelter: a number subject, a place phrase with the body's article
        (
            "Sieben Igel in Gartenschuppen gefunden",
            "Am Dienstag sind sieben Igel in einem Gartenschuppen gefunden worden. Das Tierheim pflegt sie.",
            "Man hat sieben Igel in einem Gartenschuppen gefunden",
        ),
        # parish council: adjectives of a singular take the mixed accusative after "eine"
        (
            "Neue ehrenamtliche Ortsvorsteherin vereidigt",
            "Im Gemeinderat wurde gestern die neue ehrenamtliche Ortsvorsteherin vereidigt.",
            "Man hat eine neue ehrenamtliche Ortsvorsteherin vereidigt",
        ),
        # police: two participles, a nominalised adjective in "-er" is masculine
        (
            "Radfahrer im Stadtpark angegriffen und bestohlen",
            "Ein Radfahrer wurde am Abend im Stadtpark angegriffen und bestohlen.",
            "Man hat einen Radfahrer im Stadtpark angegriffen und bestohlen",
        ),
        # fire brigade: results joined by a comma, the first clause is one whole statement
        (
            "Vier Pferde gerettet, zwei Helfer verletzt",
            "Die Feuerwehr hat den Stall gelöscht. Vier Pferde wurden aus dem Stall gerettet.",
            "Man hat vier Pferde gerettet",
        ),
    ],
)
def test_a_participle_headline_told_as_past_passive_becomes_man_perfect(part: str, body: str, expected: str) -> None:
    assert from_headline(part, past=True, body=body) == expected


def test_no_man_perfect_without_a_past_passive_in_the_body() -> None:
    # school board: the body announces it ("wird … vereidigt"); the Perfekt would report it as done
    announced = "Am Montag wird die neue Schulrätin im Rathaus vereidigt."
    assert not (from_headline("Neue Schulrätin vereidigt", past=False, body=announced) or "").startswith("Man hat")
    # water board: the body never tells the participle as a passive
    assert from_headline("Zwei Brunnen gesperrt", past=False, body="Die Brunnen sind zu. Es gibt Ersatz.") is None


def test_no_man_perfect_where_the_body_names_a_cause_or_the_verb_is_one_of_harm() -> None:
    # fire brigade: the body names who rescued them; "man" would hide it
    agent = "Zwei Ponys wurden von Nachbarn aus der Koppel gerettet."
    assert not (from_headline("Zwei Ponys gerettet", past=True, body=agent) or "").startswith("Man hat")
    # police: an injury in an accident is no act of a person ("Man hat … verletzt" would claim one)
    harm = "Am Abend wurden zwei Fußgänger schwer verletzt. Die Straße war gesperrt."
    assert not (from_headline("Zwei Fußgänger verletzt", past=True, body=harm) or "").startswith("Man hat")
    assert not (from_headline("Kind schwer verletzt", past=True, body=harm) or "").startswith("Man hat")


def test_no_man_perfect_when_the_rest_of_the_list_holds_a_restriction() -> None:
    # "… keine Verletzten": leaving a negation out of a list is refused, not risked
    body = "Drei Katzen wurden aus der Wohnung gerettet. Es gab keine Verletzten."
    assert from_headline("Drei Katzen gerettet, keine Verletzten", past=True, body=body) is None


def test_a_number_subject_needs_more_than_one() -> None:
    body = "Ein Fohlen wurde aus dem Graben gerettet."
    assert from_headline("Ein Fohlen gerettet", past=True, body=body) is None or not (
        from_headline("Ein Fohlen gerettet", past=True, body=body) or ""
    ).startswith("Man hat ein Fohlen")


# --- End to end: the title says what happened ------------------------------------------------------


def test_an_animal_shelter_title_reports_the_find() -> None:
    release = german_release(
        "Ausgesetzt an der Landstraße: Sieben Igel in Gartenschuppen gefunden",
        "Am Dienstag sind sieben Igel in einem Gartenschuppen am Ortsrand gefunden worden. "
        "Eine Spaziergängerin hat das Tierheim angerufen.",
        "Die Tiere sind jetzt im Tierheim und werden gepflegt.",
        organisation="Tierschutzverein Musterau",
    )
    title, _ = title_and_body(release)
    assert title == "Man hat sieben Igel in einem Gartenschuppen gefunden"


def test_a_fire_brigade_title_reports_the_rescue() -> None:
    release = german_release(
        "Vier Pferde aus brennendem Stall gerettet, zwei Helfer verletzt",
        "Am Sonntagabend hat ein Stall am Ortsrand von Musterhausen gebrannt. "
        "Vier Pferde wurden aus dem brennenden Stall gerettet.",
        "Zwei Helfer haben sich leicht verletzt. Die Feuerwehr war drei Stunden im Einsatz.",
        organisation="Freiwillige Feuerwehr Musterhausen",
    )
    title, _ = title_and_body(release)
    assert title == "Man hat vier Pferde aus dem brennenden Stall gerettet"


def test_a_bare_phrase_the_body_writes_itself_stays_bare() -> None:
    # water board: "für Teile von Neustadt-Ost" is the body's own phrase; no article is needed
    body = "Das Spülgebot gilt für Teile von Neustadt-Ost und Unterbach. Das Spülgebot gilt ab heute."
    assert from_headline("Spülgebot für Teile von Neustadt-Ost", past=False, body=body) == (
        "Es gibt ein Spülgebot für Teile von Neustadt-Ost"
    )
    # school board: a bare noun the body writes only with an article is refused, not guessed
    assert from_headline("Spülgebot für Teile von Schulhof", past=False, body=body) is None


# --- Objects, coordinated predicates, partitives -----------------------------------------------------


def test_a_bare_object_takes_the_body_determiner() -> None:
    # council faction: the body writes "den Haushaltsbeschluss"; the title keeps that article
    body = "Die Fraktion kritisiert den Haushaltsbeschluss scharf. Der Haushaltsbeschluss fiel knapp."
    assert from_headline("Fraktion kritisiert Haushaltsbeschluss", past=False, body=body) == (
        "Die Fraktion kritisiert den Haushaltsbeschluss"
    )
    # without the body's phrase the bare object is refused, as before
    assert from_headline("Fraktion kritisiert Haushaltsbeschluss", past=False, body="Die Fraktion ist dagegen.") is None


def test_two_predicates_give_the_first_with_the_subject() -> None:
    # sports club: "… und stellt … vor" shares the subject; the first predicate is one statement
    body = "Der Verein verpflichtet den Torwart. Er stellt auch ein neues Trikot vor."
    assert from_headline("Verein verpflichtet Torwart und stellt Trikot vor", past=False, body=body) == (
        "Der Verein verpflichtet den Torwart"
    )
    # a negation anywhere in the part: refused, not cut
    assert from_headline("Verein verpflichtet Torwart und stellt kein Trikot vor", past=False, body=body) is None


def test_a_partitive_keeps_its_complement() -> None:
    # water board: "Teile" without "von …" points at nothing; the title may then take ten words
    body = "Das Spülgebot gilt für Teile von Neustadt-Ost und Unterbach. Das Spülgebot gilt ab heute."
    assert from_headline("Spülgebot für Teile von Neustadt-Ost und Unterbach", past=False, body=body) == (
        "Es gibt ein Spülgebot für Teile von Neustadt-Ost und Unterbach"
    )


def test_a_quoted_headline_gives_way_to_the_subtitle() -> None:
    # animal shelter: the headline quotes a visitor; the subtitle says what happened
    release = german_release(
        "„So etwas habe ich noch nie gesehen“",
        "Am Montag sind acht Katzen in einer Kiste gefunden worden. Eine Spaziergängerin hat das Tierheim angerufen.",
        "Die Tiere sind jetzt im Tierheim.",
        organisation="Tierschutzverein Musterau",
        subtitle="Acht Katzen in Kiste gefunden",
    )
    title, _ = title_and_body(release)
    assert title == "Man hat acht Katzen in einer Kiste gefunden"


def test_the_subject_possessive_before_a_plural_becomes_the_article() -> None:
    # museum and municipal library: "seine/ihre" can only mean the subject; a title holds no pronoun
    assert from_headline("Museum verlängert seine Öffnungszeiten", past=False) == "Das Museum verlängert die Öffnungszeiten"
    assert from_headline("Gemeindebücherei ändert ihre Gebühren", past=False) == "Die Gemeindebücherei ändert die Gebühren"
    # a singular keeps the possessive: its article would need a gender and a case
    assert from_headline("Museum verlängert seine Ausstellung", past=False) == "Das Museum verlängert seine Ausstellung"


def test_no_man_perfect_where_the_body_negates_the_passive() -> None:
    # animal shelter: one animal "konnte nicht gerettet werden" is no such sentence, but a negated
    # past passive is: the headline's claim is then not restated
    body = "Zwei Hasen wurden am Abend nicht mehr gerettet. Die Tierärztin war da."
    assert from_headline("Zwei Hasen gerettet", past=True, body=body) is None


def test_coordinated_verbs_sharing_the_object_are_not_cut() -> None:
    # town: "kauft und saniert" share "Häuser"; the first verb alone would lose its object
    body = "Die Stadt kauft die alten Häuser am Markt. Dann saniert sie die Häuser."
    assert from_headline("Stadt kauft und saniert alte Häuser", past=False, body=body) is None


def test_a_rare_word_the_body_never_writes_with_an_article_is_a_place_name() -> None:
    # water board: "Niederweiler" stands bare in the body's street list; it takes no article
    body = "Das Spülgebot gilt in diesen Straßen. Niederweiler: Lindenweg, Birkenweg. Das Spülgebot gilt ab heute."
    assert from_headline("Spülgebot in Niederweiler", past=False, body=body) == "Es gibt ein Spülgebot in Niederweiler"
    # fire brigade: a rare word the body writes with an article is a common noun and is refused bare
    body = "Im Ort brannte ein Holzunterstand. Der Holzunterstand war leer. Das Feuer war schnell aus."
    assert from_headline("Feuer an Holzunterstand", past=False, body=body) is None


def test_a_place_name_may_stand_only_in_a_list_of_the_release() -> None:
    # water board: the street list ("Niederweiler: Lindenweg") is no sentence of the body
    body = "Das Spülgebot gilt in diesen Straßen. Das Spülgebot gilt ab heute."
    source = f"Spülgebot in Niederweiler\n\n{body}\n\n- Niederweiler: Lindenweg, Birkenweg\n"
    assert from_headline("Spülgebot in Niederweiler", past=False, body=body) is None
    assert from_headline("Spülgebot in Niederweiler", past=False, body=body, source=source) == (
        "Es gibt ein Spülgebot in Niederweiler"
    )


def test_a_negation_in_another_clause_does_not_block_the_report() -> None:
    # farm fire brigade: "keine Person" belongs to the second clause, not to "gerettet"
    body = "Zwei Ziegen wurden aus dem Stall gerettet, und keine Person kam zu Schaden."
    assert from_headline("Zwei Ziegen gerettet", past=True, body=body) == "Man hat zwei Ziegen gerettet"
