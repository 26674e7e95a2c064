"""The rescue hook (rescue.py): a refused sentence said in several short ones, kept whole or not at all."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy import rescuers as rescue_module
from pressconv.transforms.easy import summarise
from pressconv.transforms.easy.rescue import Rescue, RescueContext, exempt, whole_groups
from pressconv.transforms.easy.templates import Line
from pressconv.transforms.easy.types import Failure
from pressconv.transforms.easy.verify import structure_failures
from tests.easy.support import easy_body
from tests.fixtures.releases import german_release


def test_a_follower_without_its_head_goes() -> None:
    lines = [Line("Die Bibliothek hat neue Zeiten.", group=1, size=2), Line("Das gilt ab Montag.", group=1, follows=True)]
    assert whole_groups(lines) == lines
    # The head was dropped by a later step: "Das gilt ab Montag." would point at the sentence before.
    assert whole_groups([Line("Der Verein hat einen neuen Trainer."), lines[1]]) == [
        Line("Der Verein hat einen neuen Trainer.")
    ]
    # A follower moved away from its head goes too.
    # A follower moved away from its head goes, and with it the head: a group stands whole or not at all
    # (the follower may carry the head's qualifier, "Das ist geschätzt.").
    moved = [lines[0], Line("Die Polizei ermittelt."), lines[1]]
    assert whole_groups(moved) == [Line("Die Polizei ermittelt.")]
    assert whole_groups(lines[:1]) == []


def test_a_question_stands_only_with_its_answer() -> None:
    question = Line("Haben Sie keine Tonne bekommen?", group=7, question=True, size=2)
    answer = Line("Dann melden Sie sich bei der Stadt.", group=7, follows=True)
    assert whole_groups([question, answer]) == [question, answer]
    assert whole_groups([question]) == []
    assert whole_groups([question, Line("Die Stadt baut eine Brücke."), answer]) == [Line("Die Stadt baut eine Brücke.")]


def test_only_a_follower_may_point_back() -> None:
    opener = [Failure("guard.dangling-opener", "Das")]
    assert exempt(opener, Line("Das ist am Montag.", group=2, follows=True)) == []
    assert exempt(opener, Line("Das ist am Montag.")) == opener
    other = [Failure("guard.dangling-opener", "Er")]
    assert exempt(other, Line("Er kommt am Montag.", group=2, follows=True)) == other
    asked = [Failure("guard.question", "?")]
    assert exempt(asked, Line("Haben Sie Fragen?", group=3, question=True)) == []
    assert exempt(asked, Line("Haben Sie Fragen?")) == asked


# A library and a waste company: one sentence each whose "…, und das gilt ab …" a test rescuer splits.
_TWO_SENDERS: list[tuple[str, tuple[str, ...], str]] = [
    (
        "Stadtbibliothek verlängert Öffnungszeiten",
        (
            "Die Stadtbibliothek Musterstadt verlängert ihre Öffnungszeiten.",
            "Die Bibliothek öffnet jetzt auch am Samstag für alle Leserinnen und Leser, "
            "und das gilt ab Samstag, 5. September 2026.",
        ),
        "Stadtbibliothek Musterstadt",
    ),
    (
        "Wertstoffhof mit längeren Zeiten",
        (
            "Der Abfallbetrieb Musterkreis ändert die Zeiten des Wertstoffhofs.",
            "Der Wertstoffhof öffnet jetzt auch am Freitag für alle Bürgerinnen und Bürger, "
            "und das gilt ab Freitag, 4. September 2026.",
        ),
        "Abfallbetrieb Musterkreis",
    ),
]


def _split_at_und(context: RescueContext) -> Rescue | None:
    """A test rescuer: "A und B." with two main clauses as "A." and "Das …" from B."""
    head, _, tail = context.source.text.partition(", und das ")
    if not tail:
        return None
    return Rescue((head + ".", "Das " + tail))


@pytest.mark.parametrize(("title", "paragraphs", "organisation"), _TWO_SENDERS)
def test_the_pipeline_keeps_a_verified_rescue_whole(
    monkeypatch: pytest.MonkeyPatch, title: str, paragraphs: tuple[str, ...], organisation: str
) -> None:
    # Without the clause rescuers (coordinated.py, topology.py), which make the same cut themselves now
    # that a written date ("5. September") no longer reads as a second sentence.
    general = tuple(entry for entry in rescue_module.RESCUERS if entry[0] not in ("coordinated", "clauses"))
    monkeypatch.setattr(rescue_module, "RESCUERS", general)
    before = easy_body(title, *paragraphs, organisation=organisation)
    assert "Das gilt ab" not in before
    monkeypatch.setattr(rescue_module, "RESCUERS", (("test", _split_at_und),))
    after = easy_body(title, *paragraphs, organisation=organisation)
    lines = [line for line in after.splitlines() if line]
    # The follower stands, and right after its head.
    follower = next(i for i, line in enumerate(lines) if line.startswith("Das gilt ab"))
    head = paragraphs[1].partition(", und das ")[0] + "."
    assert follower > 0 and lines[follower - 1] == head


def _too_long_offer(context: RescueContext) -> Rescue | None:
    """A test rescuer whose offer the verifier must refuse: one sentence of far more than 12 words."""
    if ", und das " not in context.source.text:
        return None
    return Rescue((context.source.text.replace(", und das ", " und das "),))


@pytest.mark.parametrize(("title", "paragraphs", "organisation"), _TWO_SENDERS)
def test_a_refused_offer_lets_the_next_rescuer_try(
    monkeypatch: pytest.MonkeyPatch, title: str, paragraphs: tuple[str, ...], organisation: str
) -> None:
    # Only the failing offer: nothing of the sentence is said.
    monkeypatch.setattr(rescue_module, "RESCUERS", (("long", _too_long_offer),))
    alone = easy_body(title, *paragraphs, organisation=organisation)
    assert "Das gilt ab" not in alone and " und das gilt" not in alone
    # The failing offer first, a passing one after it: the second rescuer's sentences stand.
    monkeypatch.setattr(rescue_module, "RESCUERS", (("long", _too_long_offer), ("test", _split_at_und)))
    lines = [line for line in easy_body(title, *paragraphs, organisation=organisation).splitlines() if line]
    follower = next(i for i, line in enumerate(lines) if line.startswith("Das gilt ab"))
    assert lines[follower - 1] == paragraphs[1].partition(", und das ")[0] + "."


def test_the_result_names_each_follower_and_it_stands_after_its_head(monkeypatch: pytest.MonkeyPatch) -> None:
    # The automatic figures (tests/eval/easy.py) exempt exactly these from the dangling-opener count.
    monkeypatch.setattr(rescue_module, "RESCUERS", (("test", _split_at_und),))
    release = german_release(
        "Stadtbibliothek verlängert Öffnungszeiten",
        "Die Stadtbibliothek Musterstadt verlängert ihre Öffnungszeiten.",
        "Die Bibliothek öffnet jetzt auch am Samstag für alle Leserinnen und Leser, "
        "und das gilt ab Samstag, 5. September 2026.",
        organisation="Stadtbibliothek Musterstadt",
    )
    result = summarise(release)
    assert result.followers
    for index in result.followers:
        assert result.sentences[index].startswith("Das gilt ab")
        assert index > 0 and "Samstag" in result.sentences[index - 1]


def test_a_garbled_character_is_refused() -> None:
    # A file decoded with the wrong code page keeps U+FFFD where a letter was: nothing around it can be checked.
    assert [f.check for f in structure_failures("Das Ergebnis f\ufffdr die Stadt steht fest.")] == ["guard.garbled"]
    assert structure_failures("Das Ergebnis für die Stadt steht fest.") == []


def test_the_message_date_goes_only_beside_a_date_of_the_event() -> None:
    # Decided after the verifier's last drop: if the event's dated line went, the message's date stays.
    from pressconv.transforms.easy.pipeline import _without_second_date

    written = Line("Die Nachricht ist vom 3. März 2026.", origin="written")
    sender = Line("Die Nachricht ist von der Stadt Musterstadt.", origin="template")
    event = Line("Das Fest ist am Samstag, 7. März 2026.", origin="template")
    other = Line("Die Stadt baut eine Brücke.", origin="source")
    assert _without_second_date([event, sender, written]) == [event, sender]
    assert _without_second_date([other, sender, written]) == [other, sender, written]
    # The title that names the event's day counts as that date (the body's line went as its echo).
    assert _without_second_date([other, written], "Das Fest ist am Samstag, 7. März 2026") == [other]


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Befunde liegen seit dem gestrigen Dienstag·abend vor.",  # a water board
        "Es gibt eine Briefwahl ab kommendem Montag.",  # an election office
        "Die Bibliothek öffnet nächste Woche wieder.",  # a library
        "Heute beginnt der Umbau.",  # a city's building office
    ],
)
def test_a_time_relative_to_the_release_day_is_refused(sentence: str) -> None:
    from pressconv.transforms.easy.verify import rule_failures

    assert "rule.relative-time" in [f.check for f in rule_failures(sentence)]


def test_a_weekday_or_a_part_of_the_day_is_no_relative_time() -> None:
    from pressconv.transforms.easy.verify import rule_failures

    for sentence in ("Die Bibliothek öffnet am Montag.", "Am Morgen war die Straße gesperrt.", "Das Fest war im Jahr 2025."):
        assert "rule.relative-time" not in [f.check for f in rule_failures(sentence)]
