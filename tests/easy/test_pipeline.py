"""The summary pipeline on invented releases of every kind: facts right, nothing wrong, rules kept.

Every release here is made up for these tests (names, streets, numbers); none is a corpus file.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from pressconv.model import Metadata, Paragraph, Release, Text
from pressconv.transforms import SUMMARY, run
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.kind import classify
from pressconv.transforms.easy.readability import words
from pressconv.transforms.easy.rescue import FOLLOWER_OPENERS
from pressconv.transforms.easy.verify import FactGuard, dangling, rule_failures, structure_failures
from tests.fixtures.releases import german_release


def _release(title: str, *paragraphs: str, issued: date = date(2024, 3, 1)) -> Release:
    return german_release(title, *paragraphs, issued=issued)


def _lines(release: Release) -> list[str]:
    text = summary_text(summarise(release).release).split("## Wörterbuch")[0]
    return [line.replace("·", "") for line in text.splitlines() if line and not line.startswith("#")]


EVENT = _release(
    "Stadtbücherei lädt zur Lesung ein",
    "Die Stadtbücherei Beispielstadt lädt am Donnerstag, 14. März 2024, um 18 Uhr zu einer Lesung ein. "
    "Die Lesung findet in der Hauptstelle in der Lindenstraße 5, 12345 Beispielstadt statt. "
    "Der Eintritt ist frei. Eine Anmeldung ist erforderlich.",
)
POLICE = _release(
    "Radfahrerin bei Unfall verletzt",
    "Gestern Nachmittag ist in Nordhausen eine 45-jährige Radfahrerin bei einem Unfall schwer verletzt worden. "
    "Ein Autofahrer hatte die Frau beim Abbiegen übersehen. Die Frau kam in ein Krankenhaus.",
    issued=date(2024, 5, 8),
)
FIRE = _release(
    "Brand in Lagerhalle",
    "In der Nacht zu Sonntag brannte eine Lagerhalle im Gewerbegebiet. "
    "Die Feuerwehr löschte den Brand mit 40 Einsatzkräften. Verletzt wurde niemand.",
    issued=date(2024, 6, 3),
)
APPEAL = _release(
    "Zeugen nach Einbruch gesucht",
    "Unbekannte sind in der Nacht zu Freitag in ein Geschäft in der Bahnhofstraße eingebrochen. "
    "Die Polizei sucht Zeugen. Zeuginnen und Zeugen werden gebeten, sich unter 0711 8990-1234 zu melden.",
    issued=date(2024, 2, 9),
)
MISSING = _release(
    "Vermisste Jugendliche",
    "Vermisst wird seit Montag die 14-jährige Lena M. aus Beispielstadt. "
    "Hinweise nimmt die Polizei unter der Nummer 0711 8990-1234 entgegen.",
    issued=date(2024, 4, 10),
)
APPOINTMENT = _release(
    "Neue Leitung im Jugendamt",
    "Die kommissarische Leiterin Anna Beispiel übernimmt ab sofort das Jugendamt. "
    "Der stellvertretende Leiter Max Muster bleibt im Amt.",
)
AWARD = _release(
    "Auszeichnung für die Grundschule",
    "Der Verein Lesefreunde hat die Grundschule am Park als „Leseschule des Jahres“ ausgezeichnet.",
)
DECISION = _release(
    "Stadtrat beschließt neue Gebühren",
    "Der Stadtrat hat am Mittwoch neue Gebühren beschlossen. Die neuen Gebühren gelten ab dem 1. Juli 2024.",
)
SERVICE = _release(
    "Bürgeramt geschlossen",
    "Das Bürgeramt bleibt wegen Bauarbeiten vom 4. bis 8. März geschlossen. Die Sprechstunde fällt aus.",
)
FIGURES = _release(
    "Weniger Einbrüche",
    "Die Zahl der Einbrüche ist im Jahr 2023 um 12 Prozent gesunken. Das zeigt die neue Statistik.",
)
STATEMENT = _release(
    "Verband fordert mehr Radwege",
    "Der Verband Radfahren fordert mehr Radwege. „Wir brauchen sichere Wege für alle“, sagt die Vorsitzende.",
)
ALL = {
    "event": EVENT,
    "police": POLICE,
    "fire": FIRE,
    "appeal": APPEAL,
    "missing": MISSING,
    "appointment": APPOINTMENT,
    "award": AWARD,
    "decision": DECISION,
    "service": SERVICE,
    "figures": FIGURES,
    "statement": STATEMENT,
}


@pytest.mark.parametrize("kind", list(ALL))
def test_kind_is_recognised(kind: str) -> None:
    release = ALL[kind]
    body = "\n".join(p.children[0].text for p in release.body if isinstance(p, Paragraph))  # type: ignore[union-attr]
    assert classify(release.meta.title[0].text, body) == kind  # type: ignore[union-attr]


@pytest.mark.parametrize("kind", list(ALL))
def test_every_sentence_keeps_the_rules_and_the_facts(kind: str) -> None:
    release = ALL[kind]
    result = summarise(release)
    source = " ".join(p.children[0].text for p in release.body if isinstance(p, Paragraph)) + release.meta.title[0].text  # type: ignore[union-attr]
    guard = FactGuard(source, derived=("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",))
    for index, sentence in enumerate(result.sentences):
        assert len(words(sentence)) <= 12, sentence
        # A rescue's follower ("Das war am 7. Mai 2024.") points at the sentence right before it (rescue.py).
        follower = index > 0 and sentence.split()[0] in FOLLOWER_OPENERS
        assert dangling(sentence) is None or follower, sentence
        assert not [f for f in rule_failures(sentence) if f.check != "rule.abbreviation"], sentence
        if not sentence.endswith((":", "?")):
            failures = [f.check for f in structure_failures(sentence)]
            assert [f for f in failures if not (follower and f == "guard.dangling-opener")] == [], sentence
    title = summary_text(result.release).splitlines()[0]
    assert title and "Eine Nachricht" not in title
    del guard


def test_event_states_what_when_where_and_what_to_do() -> None:
    lines = _lines(EVENT)
    # The title: the headline in headline grammar as a sentence (session 8); the body does not repeat it.
    assert lines[0] == "Die Stadtbücherei lädt zur Lesung ein"
    assert "Die Lesung ist am Donnerstag, 14. März 2024." in lines
    assert "Die Lesung beginnt um 18 Uhr." in lines
    assert "Die Adresse ist: Lindenstraße 5 in Beispielstadt." in lines
    assert "Der Eintritt kostet nichts." in lines
    assert "Bitte melden Sie sich vorher an." in lines


def test_event_without_registration_never_asks_for_one() -> None:
    release = _release(
        "Sommerfest im Park",
        "Die Gemeinde lädt am Samstag, 6. Juli 2024, zum Sommerfest ein. Eine Anmeldung ist nicht nötig.",
    )
    assert "Bitte melden Sie sich vorher an." not in _lines(release)


def test_police_report_states_what_when_where_and_who_was_hurt() -> None:
    lines = _lines(POLICE)
    # The title says it with the place; the body does not repeat it (session 7).
    assert lines[0] == "Es hat einen Unfall in Nordhausen gegeben"
    assert "Es hat einen Unfall gegeben." not in lines
    assert "Der Unfall war am Dienstag, 7. Mai 2024." in lines  # "gestern" in a release of 8 May
    # The place is the title's: a body line does not say it again (session 8, mentions.said_once).
    assert not any(line.startswith("Der Unfall war") and "Nordhausen" in line for line in lines[2:])
    assert "Eine Radfahrerin ist schwer verletzt." in lines  # the source's noun, never "ein Mann"


def test_a_boy_stays_a_boy() -> None:
    release = _release(
        "Junge verletzt",
        "In Südstadt wurde gestern ein Junge bei einem Verkehrsunfall schwer verletzt. Die Polizei ermittelt.",
        issued=date(2024, 5, 8),
    )
    lines = _lines(release)
    assert "Ein Junge ist schwer verletzt." in lines
    assert not any("Mann" in line for line in lines)


def test_fire_report_says_nobody_was_hurt() -> None:
    lines = _lines(FIRE)
    assert lines[0] == "Es hat einen Brand gegeben"  # the title; the body does not repeat it (session 7)
    assert "Niemand ist verletzt." in lines
    assert not any("Mensch" in line and "verletzt" in line for line in lines)


def test_an_incident_the_text_denies_is_never_stated() -> None:
    release = _release(
        "Einsatz: Brand gemeldet",
        "Die Feuerwehr wurde am Dienstag zu einem Brand gerufen. Vor Ort konnte kein Brand festgestellt werden.",
        issued=date(2024, 6, 3),
    )
    assert not any("Es hat einen Brand gegeben" in line for line in _lines(release))


def test_witness_appeal_asks_and_gives_the_number() -> None:
    text = summary_text(summarise(APPEAL).release)
    # The appeal names what the witnesses saw (session 8: an appeal with its object).
    assert text.splitlines()[0] == "Die Polizei sucht Zeugen für einen Einbruch"
    assert "Haben Sie etwas gesehen?" in text
    assert "0711 8990-1234" in text


def test_missing_person_names_who_is_missing() -> None:
    lines = _lines(MISSING)
    assert "Die Polizei sucht Lena M.." not in lines
    assert any(line.startswith("Die Polizei sucht Lena M") for line in lines)
    assert "Lena M. ist 14 Jahre alt." in lines


def test_missing_person_named_before_the_verb() -> None:
    release = _release(
        "Polizei sucht Jugendlichen",
        "Seit Sonntag wird der 15-jährige Tom K. aus Beispielstadt vermisst. Hinweise unter 0711 8990-1234.",
        issued=date(2024, 4, 10),
    )
    lines = _lines(release)
    assert "Die Polizei sucht Tom K." in lines
    assert "Tom K. ist 15 Jahre alt." in lines


def test_appointment_keeps_modifier_and_gender() -> None:
    lines = _lines(APPOINTMENT)
    assert lines[0] == "Anna Beispiel ist kommissarische Leiterin"  # the title; the body does not repeat it (session 7)
    assert "Max Muster ist stellvertretender Leiter." in lines
    assert not any("Max Muster ist Leiterin" in line or "Anna Beispiel ist Leiter." in line for line in lines)


def test_award_names_winner_prize_and_giver() -> None:
    lines = _lines(AWARD)
    assert (
        lines[0] == "Die Grundschule am Park hat einen Preis bekommen"
    )  # the title; the body does not repeat it (session 7)
    assert "Der Preis heißt „Leseschule des Jahres“." in lines
    assert "Der Preis ist von dem Verein Lesefreunde." in lines


def test_figures_never_print_a_percentage() -> None:
    assert not any("Prozent" in line or "%" in line for line in _lines(FIGURES))


def test_statement_never_copies_a_quotation() -> None:
    assert not any("sichere Wege" in line for line in _lines(STATEMENT))


def test_decision_states_no_date_it_cannot_tie_to_the_decision() -> None:
    lines = _lines(DECISION)
    assert not any("1. Juli" in line and "beschlossen" in line for line in lines)


def test_summary_stage_marks_the_variant_and_is_idempotent() -> None:
    easy = run(EVENT, SUMMARY)
    assert easy.meta.variant == "easy"
    assert run(easy, SUMMARY) is easy


def test_no_section_is_left_empty_when_nothing_passes() -> None:
    from pressconv.model import Heading
    from pressconv.model import Metadata as Meta

    meta = Meta(title=(Text(text="#icon: x"),), language="de-DE", organisation="Verein Beispiel & Co")
    release = Release(
        meta=meta,
        body=(Paragraph(children=(Text(text="Wie wir meinen, wäre es vielleicht besser, wenn das anders liefe."),)),),
    )
    body = summarise(release).release.body
    for index, block in enumerate(body):
        if isinstance(block, Heading):
            assert index + 1 < len(body) and not isinstance(body[index + 1], Heading)


def test_a_demand_in_a_statement_release_is_marked_as_the_senders_view() -> None:
    meta = Metadata(
        title=(Text(text="Verband fordert mehr Radwege"),),
        language="de-DE",
        issued=date(2026, 4, 2),
        organisation="Verkehrsclub Nordland",
    )
    release = Release(
        meta=meta,
        body=(
            Paragraph(
                children=(
                    Text(
                        text="Der Verkehrsclub Nordland kritisiert die Verkehrspolitik des Landes. "
                        "Der Club fordert mehr sichere Wege für Kinder. "
                        "Die Schulwege müssen sicherer gemacht werden."
                    ),
                )
            ),
        ),
    )
    lines = _lines(release)
    demands = [line for line in lines if "muss" in line or "müssen" in line]
    # Every demand names whose view it is; none stands as a bare rule ("Man muss …").
    assert demands, lines
    assert all(re.match(r"(?:Der )?Verkehrsclub Nordland fordert: ", line) for line in demands), demands
    assert not [line for line in lines if line.startswith("Man ")]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Am Montag war eine 34-Jährige mit ihrem Hund in der Parkstraße unterwegs. "
            "Sie stürzte auf dem Gehweg und verletzte sich am Arm.",
            "Die 34-Jährige",
        ),
        (
            "In der Nacht alarmierte ein 80-Jähriger in der Gartenstraße die Feuerwehr. Er hat im Haus Rauch gesehen.",
            "Der 80-Jährige",
        ),
    ],
)
def test_a_pronoun_names_the_person_the_report_introduced(paragraph: str, expected: str) -> None:
    lines = _lines(_release("Meldung", paragraph, issued=date(2026, 2, 3)))
    assert any(line.startswith(expected + " ") for line in lines), lines
    assert not [line for line in lines if re.match(r"(?:Er|Sie) ", line)]


def test_a_pronoun_of_the_other_gender_is_not_given_the_introduced_person() -> None:
    paragraph = "Am Montag sah eine Zeugin einen Mann an einem Auto in der Parkstraße. Er flüchtete zu Fuß."
    lines = _lines(_release("Zeugin beobachtet Mann", paragraph, issued=date(2026, 2, 3)))
    assert not [line for line in lines if line.startswith("Die Zeugin flüchtete")], lines


def test_a_renamed_person_is_introduced_with_the_indefinite_article_if_the_summary_has_not_named_them() -> None:
    # The introducing sentence is too long to stay; the definite "Der Unbekannte" would point at nothing.
    paragraph = (
        "Nach Zeugenaussagen stieg gestern Abend gegen 22 Uhr ein Unbekannter über den Zaun des Freibads "
        "an der Uferstraße in Nordheim und beschädigte dort mehrere Liegestühle, Sonnenschirme und Bänke. "
        "Er flüchtete danach zu Fuß."
    )
    lines = _lines(_release("Einbruch im Freibad", paragraph, issued=date(2026, 7, 3)))
    assert not [line for line in lines if line.startswith("Der Unbekannte")], lines


def test_a_pronoun_chain_goes_on_across_one_line_paragraphs() -> None:
    meta = Metadata(title=(Text(text="Radfahrer gestürzt"),), language="de-DE", issued=date(2026, 5, 1))
    paragraphs = (
        "Am Abend war ein 45-Jähriger mit einem Fahrrad in der Hauptstraße unterwegs.",
        "Er stürzte an einer Baustelle.",
        "Er kam mit leichten Verletzungen in ein Krankenhaus.",
    )
    release = Release(meta=meta, body=tuple(Paragraph(children=(Text(text=p),)) for p in paragraphs))
    lines = _lines(release)
    assert not [line for line in lines if re.match(r"Er ", line)], lines
    assert any("45-Jährige" in line and "Krankenhaus" in line for line in lines), lines


def test_a_demand_in_the_lead_of_a_statement_release_is_framed_too() -> None:
    # The lead's kernel (core.py) rewritten to "Man muss …" is the sender's view as much as a body sentence.
    meta = Metadata(
        title=(Text(text="Verband fordert mehr Radwege"),),
        language="de-DE",
        issued=date(2026, 4, 2),
        organisation="Verkehrsclub Nordland",
    )
    body = (
        Paragraph(children=(Text(text="Der Verkehrsclub Nordland fordert mehr Radwege."),)),
        Paragraph(children=(Text(text="Zudem müssen die Radwege stärker gepflegt werden."),)),
    )
    lines = _lines(Release(meta=meta, body=body))
    assert not [line for line in lines if line.startswith("Man ")], lines


# A lone statement that shares nothing with the headline is a side fact standing as the news
# (easy-judging.md, known failure patterns); invented releases of three kinds of sender.
@pytest.mark.parametrize(
    ("headline", "easy_title", "lone"),
    [
        # a club's transfer release whose only kept line is the coach's role
        ("Neuzugang Mia Berger", "Es geht um den Neu·zugang Mia Berger", "Tom Keller ist Chef·trainer."),
        # a fire brigade's report whose only kept line is a side remark
        ("Brand in Lagerhalle", "Es hat einen Brand gegeben", "Der Kommandant dankt den Nachbarn."),
        # a city's donation release whose only kept line names an earlier recipient
        ("Spende an die Tafel Nordstadt", "Es gibt eine Spende", "Ein Teil vom Geld ist an den Zoo gegangen."),
    ],
)
def test_a_lone_side_fact_is_left_out(headline: str, easy_title: str, lone: str) -> None:
    from pressconv.transforms.easy.pipeline import Draft, _without_lone_side_fact
    from pressconv.transforms.easy.templates import Line

    draft = Draft(release=_release(headline, "Text."), title=headline, headline=easy_title)
    kept = [Line(lone, origin="source"), Line("Die Nachricht ist vom 1. März 2024.")]
    assert [line.text for line in _without_lone_side_fact(kept, draft)] == ["Die Nachricht ist vom 1. März 2024."]


def test_a_lone_statement_about_the_headline_stays_and_so_do_two() -> None:
    from pressconv.transforms.easy.pipeline import Draft, _without_lone_side_fact
    from pressconv.transforms.easy.templates import Line

    draft = Draft(release=_release("Brand in Lagerhalle", "Text."), title="Brand in Lagerhalle", headline="")
    date_line = Line("Die Nachricht ist vom 1. März 2024.")
    about = [Line("Der Brand war in der Nacht.", origin="source"), date_line]
    assert _without_lone_side_fact(about, draft) == about
    two = [Line("Der Kommandant dankt den Nachbarn.", origin="source"), Line("Niemand ist verletzt.", origin="source")]
    assert _without_lone_side_fact([*two, date_line], draft) == [*two, date_line]
    # Never an empty "Worum geht es?": a lone line without who-and-when lines stays.
    alone = [Line("Der Kommandant dankt den Nachbarn.", origin="source")]
    assert _without_lone_side_fact(alone, draft) == alone
