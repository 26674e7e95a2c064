"""Session 26: a news page's one-word rubric after the sender's name ("– Aktuelles") is the kicker, and
a word for a position ("Ehrenamt") over the headline is a rubric, never the sending office.

Invented releases of a county, a town and a city; an office's name over the headline stays the sender."""

from __future__ import annotations

import pytest

from pressconv.model import inline_text
from pressconv.parser import parse_text


@pytest.mark.parametrize(
    ("line", "sender", "rubric"),
    [
        ("Landkreis Nordwald – Aktuelles", "Landkreis Nordwald", "Aktuelles"),
        ("Gemeinde Südheim – Neues", "Gemeinde Südheim", "Neues"),
    ],
)
def test_a_one_word_news_rubric_after_the_sender_is_the_kicker(line: str, sender: str, rubric: str) -> None:
    text = (
        f"{line}\n\nStallpflicht im ganzen Kreis angeordnet\n\n"
        "Der Kreis ordnet ab Montag eine Stallpflicht an. Sie gilt bis auf Weiteres.\n"
    )
    meta = parse_text(text).release.meta
    assert meta.organisation == sender
    assert meta.kicker is not None and rubric in meta.kicker


@pytest.mark.parametrize("word", ["Ehrenamt", "Lehramt"])
def test_a_position_word_over_the_headline_is_no_sender(word: str) -> None:
    text = (
        f"{word}\n\nStadt ehrt Lisa Beispiel für 30 Jahre Einsatz\n\n"
        "Die Stadt Nordheim zeichnet Lisa Beispiel aus. Die Feier ist am 3. Mai im Rathaus.\n"
    )
    meta = parse_text(text).release.meta
    assert meta.organisation != word
    assert inline_text(meta.title) == "Stadt ehrt Lisa Beispiel für 30 Jahre Einsatz"


def test_an_office_word_over_the_headline_stays_the_sender() -> None:
    text = "Ordnungsamt\n\nNeue Regeln für Feuerwerk\n\nDas Amt verbietet Feuerwerk in der Altstadt. Das gilt ab sofort.\n"
    assert parse_text(text).release.meta.organisation == "Ordnungsamt"


@pytest.mark.parametrize(
    ("paragraph", "speaker", "role"),
    [
        ("„Die Lage ist ernst“, erklärte der kommissarische Amtsleiter Dr. Jan Beispiel.", "Jan Beispiel",
         "kommissarische Amtsleiter"),
        ("„Wir helfen gern“, sagte die stellvertretende Bürgermeisterin Eva Muster.", "Eva Muster",
         "stellvertretende Bürgermeisterin"),
    ],
)  # fmt: skip
def test_a_role_keeps_the_adjective_between_its_article_and_noun(paragraph: str, speaker: str, role: str) -> None:
    from pressconv.model import Quotation

    text = f"Neue Regeln im Kreis\n\nDer Kreis ordnet neue Regeln an. Sie gelten ab Montag.\n\n{paragraph}\n"
    release = parse_text(text).release
    quotes = [inline for block in release.body for inline in getattr(block, "children", ()) if isinstance(inline, Quotation)]
    assert any(q.speaker == speaker and q.role == role for q in quotes), quotes
