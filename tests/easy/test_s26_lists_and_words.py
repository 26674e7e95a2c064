"""Session 26: announced lists, compounds split by morphology, and finite verbs HanTa reads as participles.

The examples are invented in the shapes of releases of several senders (a parking operator, a police
station, a parks department, a county health office); none is copied from one release.
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.compounds import segment
from pressconv.transforms.easy.sourcelists import Announced, SourceList, announced, announced_list
from pressconv.transforms.easy.title_quality import particle_lost
from pressconv.transforms.easy.verify import dangling, has_finite_verb, structure_failures


@pytest.mark.parametrize(
    ("intro", "whole", "examples"),
    [
        # "folgende" before the noun the items are: said as "diese", or "zum Beispiel diese".
        ("Ab dem 1. April gelten folgende Preise:", "Ab dem 1. April gelten diese Preise:",
         "Ab dem 1. April gelten zum Beispiel diese Preise:"),
        ("Polizei und Landkreis geben folgende Hinweise:", "Polizei und Landkreis geben diese Hinweise:",
         "Polizei und Landkreis geben zum Beispiel diese Hinweise:"),
        # A date's comma is no clause boundary; the Vorfeld takes "Zum Beispiel" before "diese".
        ("Folgende Regeln gelten ab Montag, 4. Mai:", "Diese Regeln gelten ab Montag, 4. Mai:",
         "Zum Beispiel diese Regeln gelten ab Montag, 4. Mai:"),
        # "zum Beispiel" before the preposition of the phrase, never inside it.
        ("Geimpft wird an folgenden Orten:", "Geimpft wird an diesen Orten:", "Geimpft wird zum Beispiel an diesen Orten:"),
        # "u. a." says the release lists some of many: never said as the whole list.
        ("Zu den Spielgeräten gehören u. a.:", None, "Zu den Spielgeräten gehören zum Beispiel:"),
        ("Das Gesundheitsamt empfiehlt unter anderem:", None, "Das Gesundheitsamt empfiehlt zum Beispiel:"),
    ],
)  # fmt: skip
def test_an_announcing_intro_is_said_with_diese_or_as_examples(intro: str, whole: str | None, examples: str) -> None:
    assert announced(intro) == Announced(whole=whole, examples=examples)


@pytest.mark.parametrize(
    "intro",
    [
        "Die Polizei rät:",  # no announcing word: advice.py's business
        "Betroffen sind derzeit u. a.:",  # names nothing: points at the sentence before it
        "Folgende Termine stehen fest:",  # a programme's dates: programme.py and schedules.py say them
        "Wer teilnehmen will, muss folgende Unterlagen mitbringen:",  # two clauses
        "Welche Regeln gelten ab Mai?",  # a question, no intro
    ],
)
def test_other_intros_are_not_announcing_ones(intro: str) -> None:
    assert announced(intro) is None


def _items(*items: str) -> SourceList:
    return SourceList(
        intro="Ab dem 1. Mai gelten folgende Preise:", at=3, items=items, item_at=tuple(range(4, 4 + len(items)))
    )


def test_an_announced_list_stands_whole_or_as_examples() -> None:
    intro = announced("Ab dem 1. Mai gelten folgende Preise:")
    assert intro is not None
    items = _items("Erwachsene zahlen 5 Euro", "Kinder zahlen 2 Euro", "Familien zahlen 12 Euro")
    said_all = announced_list(items, intro, lambda text: text, room=10)
    assert said_all == ("Ab dem 1. Mai gelten diese Preise:", items.items)
    # One item the checks refuse: the others are examples, never the whole list.
    some = announced_list(items, intro, lambda text: None if text.startswith("Kinder") else text, room=10)
    assert some == (
        "Ab dem 1. Mai gelten zum Beispiel diese Preise:",
        ("Erwachsene zahlen 5 Euro", "Familien zahlen 12 Euro"),
    )
    # One item left is no list; an intro the checks refuse takes its list with it.
    assert announced_list(items, intro, lambda text: text if text.startswith(("Ab", "Kinder")) else None, room=10) is None
    assert announced_list(items, intro, lambda text: None if text.startswith("Ab") else text, room=10) is None


def test_a_list_intro_may_point_forward_with_diese_and_a_sentence_may_not() -> None:
    assert not [
        f for f in structure_failures("Ab dem 1. Mai gelten diese Preise:", list_intro=True) if f.check == "guard.pronoun"
    ]
    assert [f for f in structure_failures("Ab dem 1. Mai gelten diese Preise.") if f.check == "guard.pronoun"]


@pytest.mark.parametrize("sentence", ["Im Einzelnen sind diese Straßen gesperrt:", "Konkret gilt das Verbot ab Mai."])
def test_a_specifying_opener_points_back(sentence: str) -> None:
    assert dangling(sentence) is not None


@pytest.mark.parametrize(
    ("word", "split"),
    [
        # Parts the frequency list counts too rarely, or an inflected head: HanTa's analysis verifies them.
        ("Wohnungseinbrüchen", "Wohnungs·einbrüchen"),  # a police report's series
        ("Verkehrskommissariat", "Verkehrs·kommissariat"),  # a police office
        ("Reanimationsmaßnahmen", "Reanimations·maßnahmen"),  # an accident report
        ("Überflutungsgefahr", "Überflutungs·gefahr"),  # a storm warning
        ("Dacheindeckung", "Dach·eindeckung"),  # a short stem leans on the part after it
        ("Trekkingrädern", "Trekking·rädern"),  # a short stem with its ending is a part of its own
    ],
)
def test_long_compounds_are_split_by_morphology_where_frequency_cannot(word: str, split: str) -> None:
    assert segment(word) == split


@pytest.mark.parametrize("word", ["Inbetriebnahme", "Benachrichtigung", "Verallgemeinerungen"])
def test_derivations_stay_whole(word: str) -> None:
    assert segment(word) == word


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Studie von der Universität Lindenau untersucht Arbeits·bedingungen.",
        "Das Amt für Umwelt ermittelt.",
    ],
)
def test_the_one_verb_after_a_subject_with_an_attribute_is_finite(sentence: str) -> None:
    assert has_finite_verb(morph.tag(sentence))
    assert not [f for f in structure_failures(sentence) if f.check == "guard.no-finite-verb"]


def test_a_participle_without_an_auxiliary_in_a_headline_is_no_finite_verb() -> None:
    assert not has_finite_verb(morph.tag("Die Straße in Berlin gesperrt."))


def test_a_headline_clause_does_not_run_on_into_the_next_line() -> None:
    # The headline's "denkt an" has no particle; the subtitle below it holds one of another verb.
    source = "Jede dritte Pflegekraft denkt an Berufsausstieg\nStudie der Hochschule zeigt Ursachen auf\n"
    assert not particle_lost(morph.tag("Jede dritte Pflege·kraft denkt an Berufs·ausstieg."), source)
    # Within one sentence the particle still counts: "ordnet … an" is not "ordnet".
    source = "Das Amt ordnet die Stallpflicht für den Landkreis an.\n"
    assert particle_lost(morph.tag("Das Amt ordnet die Stallpflicht."), source)


@pytest.mark.parametrize(
    ("sentence", "rewritten"),
    [
        # The date after the relative day says the day: the relative word goes.
        ("Die Wehr lädt am kommenden Samstag, 6. Juni 2026, ein.", "Die Wehr lädt am Samstag, 6. Juni 2026, ein."),
        # Without a date, the next or last such weekday from the release date (Tuesday, 2 June 2026).
        ("Das Bad öffnet am kommenden Samstag.", "Das Bad öffnet am Samstag, 6. Juni 2026."),
        ("Ab dem kommenden Montag holt der Betrieb Bäume ab.", "Ab 8. Juni 2026 holt der Betrieb Bäume ab."),
        ("Der Unfall geschah am vergangenen Freitag gegen 18 Uhr.", "Der Unfall geschah am 29. Mai 2026 gegen 18 Uhr."),
        # "nächste" may mean next week's, and a weekend is two days: both stay for the rule to refuse.
        ("Das Amt öffnet am nächsten Montag.", "Das Amt öffnet am nächsten Montag."),
        ("Am vergangenen Wochenende war das Fest.", "Am vergangenen Wochenende war das Fest."),
    ],
)  # fmt: skip
def test_relative_weekdays_are_dated_from_the_release(sentence: str, rewritten: str) -> None:
    from datetime import date

    from pressconv.transforms.easy.dates import normalise_dates

    assert normalise_dates(sentence, date(2026, 6, 2), "de") == rewritten


def test_sondern_without_the_negation_it_corrects_is_a_lost_part() -> None:
    checks = [f.check for f in structure_failures("Beauftragen Sie sondern eine Fach·firma.")]
    assert "guard.lost-content" in checks
    assert not structure_failures("Nicht nur Kinder, sondern auch Eltern dürfen kommen.")


@pytest.mark.parametrize(
    ("item", "turned"),
    [
        # A pest-control notice and a flood notice: the negated action, then the right one.
        ("Nester nicht selbst entfernen, sondern eine Fachfirma beauftragen",
         ["Entfernen Sie Nester nicht selbst.", "Beauftragen Sie eine Fachfirma."]),
        ("Keller nicht selbst auspumpen, sondern die Feuerwehr rufen",
         ["Pumpen Sie Keller nicht selbst aus.", "Rufen Sie die Feuerwehr."]),
    ],
)  # fmt: skip
def test_a_corrected_instruction_is_said_without_sondern(item: str, turned: list[str]) -> None:
    from pressconv.transforms.easy.instructions import imperatives

    assert imperatives(item) == turned


@pytest.mark.parametrize(
    "text",
    [
        "Die Bibliothek ist in der Johannisstr. 12 in Lindenau. Sie öffnet um 10 Uhr.",
        "Die Beratung ist in der Bahnhofstr. 3a im Rathaus. Sie öffnet um 10 Uhr.",
    ],
)
def test_a_street_shortened_before_its_house_number_ends_no_sentence(text: str) -> None:
    from pressconv.transforms.easy.source import split_sentences

    assert len(split_sentences(text, "de")) == 2


def test_a_headline_relative_day_with_its_date_keeps_the_date_once() -> None:
    from datetime import date

    from pressconv.transforms.easy.titles import resolve_coming_weekday

    issued = date(2026, 4, 14)
    assert resolve_coming_weekday("Die Bibliothek lädt am kommenden Samstag, 18. April 2026 ein", issued) == (
        "Die Bibliothek lädt am Samstag, 18. April 2026 ein"
    )
    assert resolve_coming_weekday("Freibad öffnet ab kommendem Samstag", issued) == "Freibad öffnet ab 18. April"


@pytest.mark.parametrize(
    "intro",
    [
        "Die Stadt zahlt nur für folgende Schäden:",  # exhaustive: some items would read as all
        "Folgende Straßen sind nicht gesperrt:",
    ],
)
def test_a_restricted_announced_list_is_said_whole_or_not_at_all(intro: str) -> None:
    found = announced(intro)
    assert found is not None and found.examples is None
    items = SourceList(intro=intro, at=3, items=("A-Weg", "B-Weg", "C-Weg"), item_at=(4, 5, 6))
    assert announced_list(items, found, lambda text: None if text == "C-Weg" else text, room=10) is None
    assert announced_list(items, found, lambda text: text, room=10) is not None


@pytest.mark.parametrize("intro", ["Die folgenden Straßen sind gesperrt:", "Alle folgenden Kurse fallen aus:"])
def test_folgend_after_a_determiner_is_no_announcing_word(intro: str) -> None:
    assert announced(intro) is None


@pytest.mark.parametrize(
    "sentence",
    ["Die Wache ist am kommenden Samstag und Sonntag geschlossen.", "Die Sperrung gilt vom kommenden Montag bis Freitag."],
)
def test_a_relative_pair_of_days_is_not_dated_in_half(sentence: str) -> None:
    from datetime import date

    from pressconv.transforms.easy.dates import normalise_dates

    assert normalise_dates(sentence, date(2026, 6, 4), "de") == sentence
