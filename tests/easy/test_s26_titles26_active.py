"""Headline clauses rebuilt as titles (session 26): an agentless passive said in the active with "man",
and a compound whose first part is a verb stem takes its head's gender (invented examples)."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.title_active import active_headline
from pressconv.transforms.easy.title_check import TitleContext, title_failures
from pressconv.transforms.easy.titles import noun_gender

# --- title_active.active_headline ----------------------------------------------------------------------------------


def test_a_present_passive_headline_becomes_the_active_with_man() -> None:
    # A town's new water playground and a village's new fire station (particle verb).
    assert (
        active_headline("Neuer Wasserspielplatz am Kellerberg wird eröffnet")
        == "Man eröffnet den neuen Wasserspielplatz am Kellerberg"
    )
    assert active_headline("Neues Feuerwehrhaus in Wiesental wird eingeweiht") == (
        "Man weiht das neue Feuerwehrhaus in Wiesental ein"
    )
    # A park office's plural: nominative and accusative are alike, the adjective stays.
    assert active_headline("Neue Bäume werden am Marktplatz gepflanzt") == "Man pflanzt neue Bäume am Marktplatz"


def test_a_modal_passive_keeps_its_modal_and_its_date() -> None:
    # A tax office's deadline and a registry's forms.
    assert active_headline("Hundesteuer muss bis 15. März gezahlt werden") == "Man muss die Hundesteuer bis 15. März zahlen"
    assert active_headline("Anträge können ab sofort gestellt werden") == "Man kann Anträge ab sofort stellen"


def test_a_negated_passive_headline_is_not_made_active() -> None:
    # A parish hall not sold and a pool not rebuilt: a headline's negation often stands for a
    # postponement the body tells ("verschoben"), which "Man … nicht" would turn into "never".
    assert active_headline("Das Gemeindehaus wird nicht verkauft") is None
    assert active_headline("Das Freibad wird nicht saniert") is None


def test_a_passive_with_its_agent_or_a_plan_is_never_said_with_man() -> None:
    # "man" would hide who acts; "soll … werden" is somebody's plan, "man soll" an advice.
    assert active_headline("Spielplatz wird von der Gemeinde Hollbach gebaut") is None
    assert active_headline("Radweg wird durch den Landkreis saniert") is None
    assert active_headline("Fragen sollen vor dem Umzug beantwortet werden") is None


def test_a_strong_verb_or_an_unknown_gender_gives_no_sentence() -> None:
    # "geschlossen", "abgerissen": the present changes the stem, which no rule builds here.
    assert active_headline("Hallenbad wird geschlossen") is None
    assert active_headline("Alte Scheune wird am Montag abgerissen") is None
    # A noun whose gender neither the lexicon, its parts nor the body show takes no guessed article.
    assert active_headline("Quolkor wird eröffnet") is None


def test_a_past_passive_or_a_listed_subject_is_left_to_other_rules() -> None:
    # "wurde eröffnet" is done, "Man eröffnet" would say it is still to come; "A und B" would need both
    # declined, and one of them alone would cut the list.
    assert active_headline("Neuer Spielplatz wurde eröffnet") is None
    assert active_headline("Spielplatz und Bolzplatz werden eröffnet") is None


def test_a_comma_or_a_genitive_subject_is_refused() -> None:
    assert active_headline("Brücke wird gesperrt, Umleitung eingerichtet") is None
    assert active_headline("Sanierung der Brücke wird geplant") is None


def test_the_active_title_passes_the_title_check() -> None:
    context = TitleContext(
        source="Der neue Wasserspielplatz am Kellerberg wird am Samstag eröffnet.",
        news="Wasserspielplatz am Kellerberg",
        style=lambda t: t,
        failures=lambda t: [],
    )
    assert title_failures("Man eröffnet den neuen Wasserspielplatz am Kellerberg", context) == ()
    assert "title.no-article" in title_failures("Neuer Wasserspielplatz am Kellerberg wird eröffnet", context)


# --- titles.noun_gender: a verb stem as the first part ------------------------------------------------------------


def test_a_verb_stem_before_a_head_noun_takes_the_heads_gender() -> None:
    # A health office's testing bus and a library's lending bus: "prüfen", "leihen" + "Bus".
    assert noun_gender("Prüfbus") == "der"
    assert noun_gender("Leihbus") == "der"


def test_a_word_that_is_no_compound_still_gets_no_gender() -> None:
    assert noun_gender("Globus") is None
    assert noun_gender("Kürbis") is None


@pytest.mark.parametrize(
    "headline",
    [
        "Mieter werden entlastet",  # "Mieter" is singular and plural: "den Mieter" would say one
        "Anwohner werden gewarnt",
        "Neuer Sportplatz wird nicht eröffnet",  # a negation may hide a postponement
        "Halle wird vorerst nicht geöffnet",
    ],
)
def test_plural_and_negated_passive_headlines_are_not_made_active(headline: str) -> None:
    assert active_headline(headline, "Die Stadt teilt mit, dass der Platz im Herbst eröffnet wird.") is None
