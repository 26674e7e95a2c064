"""Classes of wrong or broken statements a blind judgement found on releases of unseen senders."""

from __future__ import annotations

from datetime import date

import pytest

from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.facts import _free_for_all
from pressconv.transforms.easy.impersonal import past_passive
from pressconv.transforms.easy.lexicon import entries_for
from pressconv.transforms.easy.style import introduced_failures
from pressconv.transforms.easy.titles import from_headline
from pressconv.transforms.easy.voice import present_passive
from pressconv.transforms.easy.when import find_moments
from tests.fixtures.releases import german_release


@pytest.mark.parametrize(
    ("sentences", "free"),
    [
        (["Der Eintritt ist frei."], True),
        (["Die Teilnahme ist kostenlos."], True),
        # A museum: free only at the opening, for children, on one Sunday a month; a price is named.
        (["Der Eintritt zur Eröffnung ist frei."], False),
        (["Eintritt: 6 Euro, Kinder frei.", "Der Eintritt ist frei."], False),
        (["An jedem ersten Sonntag ist der Eintritt frei."], False),
        # A city's app being free says nothing about an event's admission.
        (["Die App ist kostenlos."], False),
    ],
)
def test_free_entry_only_when_it_is_free_for_everyone(sentences: list[str], free: bool) -> None:
    assert _free_for_all(sentences) is free


def test_an_employers_line_is_not_the_readers_number() -> None:
    # A job agency and a chamber of crafts: one line for employers, one for the public.
    for sender, employers, public in (
        ("Agentur für Arbeit Musterstadt", "0800 111 20", "0800 111 00"),
        ("Handwerkskammer Beispielkreis", "0561 7000-20", "0561 7000-10"),
    ):
        release = german_release(
            "Neue Zahlen vom Arbeitsmarkt",
            f"Im März waren weniger Menschen arbeitslos. Arbeitgeber erreichen den Service unter {employers}. "
            f"Wer Fragen hat, erreicht die Beratung telefonisch unter {public}.",
            organisation=sender,
        )
        text = summary_text(summarise(release).release)
        contact = text.split("## Kontakt")[1].split("## ")[0] if "## Kontakt" in text else ""
        assert employers not in contact, contact
        assert public in contact, contact


@pytest.mark.parametrize(
    "text",
    ["Die Ausstellung ist ab dem 19. April 2026 zu sehen.", "Seit Montag, 2. März 2026, ist die Straße gesperrt."],
)
def test_the_start_of_an_open_period_is_no_one_day(text: str) -> None:
    # A museum's run and a road closure: "ab"/"seit" opens a period, it names no single day.
    moments = find_moments(text, date(2026, 1, 1))
    assert moments and all(m.range_end for m in moments), moments


def test_a_name_after_the_head_noun_is_no_result_headline() -> None:
    # "informiert" after a company's name is its finite verb; "sind … informiert" reversed it.
    assert from_headline("Stadtwerke Musterstadt GmbH informiert", past=False) is None
    assert from_headline("Verkehrsbetriebe Beispielkreis informieren", past=False) is None
    assert from_headline("Radfahrerin schwer verletzt", past=True) == "Die Radfahrerin ist schwer verletzt"


def test_a_determiner_moved_after_man_is_written_small() -> None:
    assert past_passive("Beide Fahrzeuge wurden sichergestellt.") == "Man hat beide Fahrzeuge sichergestellt."
    assert past_passive("Alle Wohnungen wurden kontrolliert.") == "Man hat alle Wohnungen kontrolliert."
    assert present_passive("Alle Gäste werden gebeten.") == "Man bittet alle Gäste."


def test_beide_needs_the_two_things_named_before() -> None:
    assert introduced_failures("Man hat beide Fahrzeuge sichergestellt.", ["3 Menschen sind verletzt."])
    assert not introduced_failures(
        "Man hat beide Autos sichergestellt.", ["Ein Auto und ein Lastwagen sind zusammengestoßen."]
    )


def test_a_council_deciding_is_the_council_and_arson_is_no_foundation() -> None:
    council = entries_for(["Der Stadt·rat hat am Dienstag beschlossen, das Bad zu schließen."])
    assert council[0].explanation.startswith("Der Stadt·rat entscheidet")
    member = entries_for(["Stadt·rat Max Muster sagt: Das ist gut."])
    assert member[0].explanation.startswith("Ein Stadt·rat ist im Rat")
    arson = entries_for(["Man kann Brand·stiftung nicht ausschließen."])
    assert "Absicht ein Feuer" in arson[0].explanation


@pytest.mark.parametrize(
    "sentence",
    [
        # A city's scam warning and a police report: the noun of "eine zweite" / "der andere" is elsewhere.
        "Eine zweite durchsucht die Wohnung nach Bargeld.",
        "Der andere ist schwer verletzt.",
    ],
)
def test_an_elliptic_opener_points_at_nothing(sentence: str) -> None:
    from pressconv.transforms.easy.verify import structure_failures

    assert any(f.check == "guard.pronoun" for f in structure_failures(sentence))
    assert not any(f.check == "guard.pronoun" for f in structure_failures("Eine zweite Frau hat Geld gefordert."))
