"""Headline grammar without articles or copula (session 26): a counted clipped state, a new act noun
after a verb of creation, a named subject and a compound object checked for their article (invented)."""

from __future__ import annotations

from pressconv.transforms.easy.title_check import TitleContext, title_failures
from pressconv.transforms.easy.title_state import clipped_state
from pressconv.transforms.easy.titles import from_headline


def _state(part: str, *body: str) -> str | None:
    return clipped_state(part, list(body), " ".join(body))


def _context(source: str) -> TitleContext:
    return TitleContext(source=source, news="", style=lambda t: t, failures=lambda t: [])


# --- title_state.clipped_state: a count or a quantifier before a plural ----------------------------------------------


def test_a_quantified_state_keeps_its_quantifier_and_its_span() -> None:
    # A doctors' association over the holidays and a county's bridges after a flood.
    assert _state(
        "Viele Arztpraxen zwischen Ostern und Pfingsten geschlossen",
        "Über die Feiertage bleiben zahlreiche Arztpraxen im Kreis geschlossen.",
    ) == ("Viele Arztpraxen sind zwischen Ostern und Pfingsten geschlossen")
    assert _state("Drei Brücken nach Hochwasser gesperrt", "Die drei Brücken über die Lauter sind gesperrt.") == (
        "Drei Brücken sind gesperrt"
    )


def test_a_quantified_state_needs_the_body_to_tell_it_in_the_plural_and_unlimited() -> None:
    # "alle" is a claim a body's "die Bäder" does not make; "nicht" in the body denies the state.
    assert _state("Alle Bäder geschlossen", "Die Bäder bleiben geschlossen.") is None
    assert _state("Viele Arztpraxen geschlossen", "Viele Arztpraxen bleiben nicht geschlossen.") is None
    # A singular verb in the body names one thing, not the headline's three.
    assert _state("Drei Brücken gesperrt", "Die Brücke ist gesperrt.") is None


# --- titles.headline_clause: a new act noun after a verb of creation ------------------------------------------------


def test_a_verb_of_creation_introduces_its_act_noun_with_the_indefinite_article() -> None:
    # A municipality's survey and a club's collection.
    assert from_headline("Gemeinde startet Bürgerbefragung", past=False, body="Die Befragung läuft bis Mai.") == (
        "Die Gemeinde startet eine Bürgerbefragung"
    )
    assert from_headline("Verein startet Spendensammlung", past=False, body="Die Sammlung läuft bis Mai.") == (
        "Der Verein startet eine Spendensammlung"
    )


def test_a_place_adjective_tagged_as_a_noun_still_takes_the_subjects_article() -> None:
    body = "Die Kellerbacher Straße erhält eine neue Fahrbahndecke."
    assert from_headline(
        "Kellerbacher Straße erhält neue Fahrbahndecke", past=False, countable=lambda n: True, body=body
    ) == ("Die Kellerbacher Straße erhält eine neue Fahrbahndecke")


# --- title_check: articles the release writes and the title leaves out ----------------------------------------------


def test_a_compound_object_the_release_writes_by_its_last_part_needs_its_article() -> None:
    source = "Die Befragung läuft vom 1. Mai an."
    assert "title.no-article" in title_failures("Das Bezirksamt startet Bürgerbefragung", _context(source))
    assert "title.no-article" not in title_failures("Das Bezirksamt startet eine Bürgerbefragung", _context(source))


def test_a_named_subject_needs_the_article_the_release_writes_before_it() -> None:
    # A town before its name and a road with its place adjective.
    town = "Die Stadt Wiesenau richtet eine Verbotszone ein."
    assert "title.no-article" in title_failures("Stadt Wiesenau richtet eine Verbotszone ein", _context(town))
    assert title_failures("Die Stadt Wiesenau richtet eine Verbotszone ein", _context(town)) == ()
    road = "Die Kellerbacher Straße erhält eine neue Decke."
    assert "title.no-article" in title_failures("Kellerbacher Straße erhält eine neue Decke", _context(road))
    assert title_failures("Die Kellerbacher Straße erhält eine neue Decke", _context(road)) == ()


def test_a_company_name_stands_bare() -> None:
    # A firm's name is no common noun before a name: the release's article before it proves nothing.
    assert "title.no-article" not in title_failures("Muster GmbH baut ein neues Werk", _context("Die Muster GmbH baut."))
    # A firm whose name ends in "-er" like a place adjective: the release's article is the legal form's.
    firm = "Die Holzner Antriebstechnik GmbH baut ein neues Werk."
    assert "title.no-article" not in title_failures("Holzner Antriebstechnik baut ein neues Werk", _context(firm))


def test_a_headline_count_the_body_does_not_state_makes_no_title() -> None:
    body = "Wegen eines Warnstreiks bleiben am Donnerstag zwei Kitas in Hellbach geschlossen."
    assert clipped_state("Drei Kitas wegen Streik geschlossen", [body], body) is None
    body = "Wegen der Hitze bleiben drei Schulen in Nordheim geschlossen."
    assert clipped_state("Drei Schulen wegen Hitze geschlossen", [body], body) == "Drei Schulen sind geschlossen"
