"""Quotes of named speakers as "X sagt: <core>." (quotes.py), on invented releases of several sender kinds."""

from __future__ import annotations

from pressconv.api import parse
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.quotes import person_name, quotes
from pressconv.transforms.easy.source import SourceSentence


def _said(*sentences: SourceSentence) -> list[str]:
    """The quote lines for the sentences, with the summary's checks left to a word count."""
    return [
        q.text
        for q in quotes(
            sentences,
            lambda piece: piece,
            lambda line: ["too-long"] if len(line.split()) > 12 else [],
            lambda line: False,
        )
    ]


def _cut(*sentences: SourceSentence) -> list[str]:
    """As ``_said``, with a rewrite that drops everything after the first comma (a clause cut)."""
    return [
        q.text
        for q in quotes(
            sentences,
            lambda piece: piece.split(",")[0].rstrip(".") + ".",
            lambda line: ["too-long"] if len(line.split()) > 12 else [],
            lambda line: False,
        )
    ]


def _quote(text: str, speaker: str | None, role: str | None = None, paragraph: int = 1) -> SourceSentence:
    return SourceSentence(text, True, speaker, paragraph=paragraph, role=role)


def test_a_mayors_statement_with_a_figure_is_framed_with_her_role() -> None:
    said = _said(_quote("Die Schule bekommt 20 neue Räume.", "Anna Beispiel", "Bürgermeisterin"))
    assert said == ["Bürgermeisterin Anna Beispiel sagt: Die Schule bekommt 20 neue Räume."]


def test_a_ceos_statement_is_framed_with_his_name_and_role() -> None:
    said = _said(_quote("Wir investieren 8 Millionen Euro in das Werk.", "Jonas Muster", "Geschäftsführer"))
    assert said == ["Geschäftsführer Jonas Muster sagt: Wir investieren 8 Millionen Euro in das Werk."]


def test_a_quote_without_a_named_person_stays_out() -> None:
    assert _said(_quote("Die Halle bleibt bis Juni zu.", None)) == []
    assert _said(_quote("Die Halle bleibt bis Juni zu.", "der Bürgerunion")) == []
    assert _said(_quote("Die Halle bleibt bis Juni zu.", "Benefizkonzert")) == []
    assert not person_name("Die Verhandlungen")
    assert person_name("Anke Brüning-Ahlers")


def test_pleasantries_and_questions_stay_out() -> None:
    assert _said(_quote("Wir freuen uns sehr über die vielen Gäste.", "Anna Beispiel")) == []
    assert _said(_quote("Ich danke allen Helferinnen und Helfern.", "Jonas Muster")) == []
    assert _said(_quote("Wer soll das bezahlen?", "Jonas Muster")) == []


def test_a_statement_the_next_sentence_turns_round_stays_out() -> None:
    said = _said(
        _quote("Der Entwurf ist ein guter Anfang.", "Anna Beispiel"),
        _quote("Aber er reicht bei weitem nicht aus.", "Anna Beispiel"),
    )
    assert said == []


def test_praise_before_a_demand_stays_out_past_the_frame() -> None:
    said = _said(
        _quote("Das Konzept ist ein guter Anfang.", "Jonas Muster"),
        _quote(", sagt Jonas Muster.", None),
        _quote("Jetzt muss der Kreis endlich Geld geben.", None),
    )
    assert said == []


def test_a_condition_or_a_contrast_is_never_cut_from_its_statement() -> None:
    # A market (a city) and a bridge (a company): a rewrite that cuts the clause after the comma
    # would leave a core that fits the line; only the check of the qualifying clause ("wenn",
    # "falls", "aber") keeps it out.
    assert _cut(_quote("Der Markt öffnet im Mai, wenn das Wetter hält.", "Anna Beispiel")) == []
    assert _cut(_quote("Wir bauen die Brücke 2027, falls der Bund zahlt.", "Jonas Muster")) == []
    assert _cut(_quote("Die Halle ist fertig, aber die Heizung fehlt.", "Eva Probe")) == []
    # The same quotes without the clause are said: the refusal above is the condition's.
    assert _cut(_quote("Der Markt öffnet im Mai.", "Anna Beispiel")) == ["Anna Beispiel sagt: Der Markt öffnet im Mai."]
    assert _cut(_quote("Wir bauen die Brücke 2027.", "Jonas Muster")) == ["Jonas Muster sagt: Wir bauen die Brücke 2027."]


def test_a_reason_may_go_and_the_statement_stays() -> None:
    said = _said(_quote("Viele Kunden kommen nicht mehr, weil der Bus am Abend nicht mehr fährt.", "Jonas Muster"))
    assert said == ["Jonas Muster sagt: Viele Kunden kommen nicht mehr."]


def test_a_nominalised_role_takes_no_gender_it_cannot_see() -> None:
    # "der Vorsitzende"/"die Vorsitzende": without the article the role's form would be guessed.
    said = _said(_quote("Der Verein hat 300 Mitglieder.", "Hans Muster", "Vorsitzende"))
    assert said == ["Hans Muster sagt: Der Verein hat 300 Mitglieder."]


def test_at_most_two_quotes_one_per_speaker_a_figure_first() -> None:
    said = _said(
        _quote("Der Park ist wieder offen.", "Anna Beispiel", paragraph=1),
        _quote("Die Wege sind neu.", "Anna Beispiel", paragraph=2),
        _quote("Der Bund zahlt 2 Millionen Euro.", "Jonas Muster", paragraph=3),
        _quote("Die Bäume sind gesund.", "Eva Probe", paragraph=4),
    )
    assert said == ["Anna Beispiel sagt: Der Park ist wieder offen.", "Jonas Muster sagt: Der Bund zahlt 2 Millionen Euro."]


def _body(text: str) -> str:
    """The "Worum geht es?" section of the summary of a plain-text release, Mediopunkt removed."""
    release = parse(text.encode("utf-8"), path="release.txt").release
    summary = summary_text(summarise(release).release)
    return summary.split("## Worum geht es?")[1].split("## ")[0].replace("·", "")


def test_a_health_office_release_reports_its_doctors_statement() -> None:
    body = _body(
        "Landratsamt Beispielkreis\n\nHitzewarnung für den Landkreis\n\n"
        "Beispielstadt, 7. Juli 2026 – Das Gesundheitsamt warnt vor großer Hitze ab Mittwoch.\n\n"
        "„Hitze ist für alte Menschen gefährlich“, sagt Amtsärztin Dr. Eva Probe. „Bitte trinken Sie genug Wasser.“\n"
    )
    assert "Eva Probe sagt: Hitze ist für alte Menschen gefährlich." in body


def test_a_clubs_release_never_reports_a_pleasantry() -> None:
    body = _body(
        "TSV Beispielstadt\n\nSommerfest im Sportverein\n\n"
        "Beispielstadt, 2. Juni 2026 – Der Sportverein feiert am Samstag ein Sommerfest.\n\n"
        "„Wir freuen uns auf viele Gäste“, sagt der Vorsitzende Hans Muster.\n"
    )
    assert "sagt:" not in body
