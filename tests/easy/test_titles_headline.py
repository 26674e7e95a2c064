"""Titles from the release's own headline, the sender's article and the glossary's headwords (issue 16).

Every release, name and place here is made up for these tests; none is a corpus file. Each
convention is shown on releases of at least two kinds of sender (club, authority, police, fire brigade).
"""

from __future__ import annotations

import pytest

from pressconv.model import Release, Text
from pressconv.transforms.easy import summarise
from pressconv.transforms.easy.lexicon import entries_for
from pressconv.transforms.easy.pipeline import build
from pressconv.transforms.easy.sender import find_sender, von, with_article
from pressconv.transforms.easy.titles import from_headline, kicker_topic, plural_noun, topic_sentence
from tests.fixtures.releases import german_release


def _release(title: str, *paragraphs: str, org: str | None = None, kicker: str | None = None) -> Release:
    return german_release(title, *paragraphs, organisation=org, kicker=kicker)


def _title(release: Release) -> str:
    return (build(release).headline or "").replace("·", "")


# --- the noun phrase of a headline as a sentence -------------------------------------------------


@pytest.mark.parametrize(
    ("headline", "past", "expected"),
    [
        # existence, cut at a preposition to eight words
        (
            "Sanierung von der Turnhalle an der Lindenschule in der Gartenstraße 4",
            False,
            "Es gibt eine Sanierung von der Turnhalle",
        ),
        ("Neue Radwege in der Innenstadt", False, "Es gibt neue Radwege in der Innenstadt"),
        ("Schwerer Verkehrsunfall", True, "Es hat einen schweren Verkehrsunfall gegeben"),
        ("Versuchtes Tötungsdelikt", True, "Es hat ein versuchtes Tötungsdelikt gegeben"),
        # a dated headline announces something: present tense even in a police release
        ("Aktionswoche vom 3. bis zum 7. Mai", True, "Es gibt eine Aktionswoche"),
        # an agent genitive before a prepositional phrase is left out (no genitive, nothing false)
        ("Spende der Kegelfreunde an die Tafel", False, "Es gibt eine Spende an die Tafel"),
        # a dative adjective left by a removed label ("Einladung zum …") gets the ending the frame needs
        ("gemeinsamen Pressegespräch", False, "Es gibt ein gemeinsames Pressegespräch"),
        # apposition of a role noun and a person's name
        ("Neue Leiterin Anna Schmidt", False, "Anna Schmidt ist eine neue Leiterin"),
        ("Neuer Trainer Max Muster", False, "Max Muster ist ein neuer Trainer"),
        # copula
        ("Wasserverbrauch im Juli niedriger als 2019", False, "Der Wasserverbrauch ist im Juli niedriger als 2019"),
        ("Anmeldungen ab sofort möglich", False, "Die Anmeldungen sind ab sofort möglich"),
    ],
)
def test_headline_noun_phrase_becomes_a_sentence(headline: str, past: bool, expected: str) -> None:
    assert from_headline(headline, past=past) == expected


@pytest.mark.parametrize(
    "headline",
    [
        "Kind schwer verletzt",  # a clipped passive: no noun phrase
        "Ergebnis festgestellt",
        "Stadt baut neue Brücke",  # a sentence already
        "Kalter Kaffee im Landratsamt",  # an idiom: adjective + noun, no event to state
    ],
)
def test_no_sentence_for_what_is_no_noun_phrase(headline: str) -> None:
    sentence = from_headline(headline, past=False)
    assert sentence is None or not sentence.startswith("Es gibt einen kalt")


def test_a_cut_never_loses_a_negation_or_a_verbal_noun_object() -> None:
    sentence = from_headline("Sperrung in der Nacht ohne Umleitung für Radfahrer und Fußgänger", past=False)
    assert sentence is None or "ohne Umleitung" in sentence
    # "Bearbeitung" keeps "von Anträgen" or goes with it
    sentence = from_headline("Sprechstunde zur Bearbeitung von Anträgen auf Wohngeld im Bürgeramt", past=False)
    assert sentence is None or "Bearbeitung von" in sentence or "Bearbeitung" not in sentence


def test_plural_needs_a_known_lemma() -> None:
    assert plural_noun("Verkehrshinweise", "Verkehrshinweis")
    assert not plural_noun("Reitsportstunde", "Reitsportstund")  # HanTa's guess for an unknown word


def test_kicker_topic_drops_acronyms() -> None:
    assert kicker_topic("Pressemitteilung zur Kommunalwahl NRW 2025, Ortsverein Beispiel") == "zur Kommunalwahl 2025"
    assert kicker_topic("Pressemeldung") is None


# --- whole releases: the headline before a side fact of the body, never a generic line ------------

CLUB = _release(
    "Spende der Kegelfreunde an die Tafel in Beispielstadt",
    "Die Kegelfreunde Beispielstadt haben am Samstag 800 Euro an die Tafel in Beispielstadt gespendet. "
    "Die Tafel gibt Lebensmittel an Menschen mit wenig Geld. "
    "Ein Teil vom Geld ist an den Kindergarten Sonnenhof gegangen.",
)
AUTHORITY = _release(
    "Sanierung der Turnhalle an der Lindenschule",
    "Das Bezirksamt saniert ab Montag die Turnhalle an der Lindenschule. "
    "Die Sanierung dauert drei Monate. Die Schüler turnen in dieser Zeit in der Halle am Markt.",
    org="Bezirksamt Beispiel-Nord",
)


def test_headline_title_for_a_club_release() -> None:
    # The lead's news or the headline, never the side fact of the last sentence.
    title = _title(CLUB)
    # The lead's clause ("… an die Tafel gespendet") or the headline's noun phrase ("eine Spende von
    # den Kegel·freunden", since the genitive plural becomes "von den" + dative).
    assert "Tafel" in title or "Spende" in title, title
    assert "Kindergarten" not in title


def test_headline_title_for_an_authority_release() -> None:
    # The headline's noun phrase ("Es gibt eine Sanierung …") or the lead's clause that says who
    # does it and from when ("Das Bezirksamt saniert ab Montag die Turnhalle …"): both say the news.
    title = _title(AUTHORITY)
    assert title.startswith("Es gibt eine Sanierung") or title.startswith("Das Bezirksamt saniert"), title
    assert "Turnhalle" in title.replace("·", "")


def test_kicker_topic_title_instead_of_a_generic_line() -> None:
    release = _release(
        "Hoffnung und Ärger",
        "Wir haben viele Gespräche geführt. Wir bleiben dran.",
        kicker="Pressemitteilung zu den Kommunalwahlen 2026, 02.03.2024, Die Blaue Liste Ortsverband Beispiel",
    )
    title = _title(release)
    assert title == "Es geht um die Kommunalwahlen 2026"
    assert "Nachricht" not in title


# --- the sender's article comes from the head noun -------------------------------------------------


@pytest.mark.parametrize(
    ("organisation", "dative", "nominative"),
    [
        ("Elternverein Grundschule Nord e.V.", "vom Elternverein Grundschule Nord", "der Elternverein Grundschule Nord"),
        ("Landratsamt Beispielkreis-Süd", "vom Landratsamt Beispielkreis-Süd", "das Landratsamt Beispielkreis-Süd"),
        (
            "Freiwillige Feuerwehr Musterdorf",
            "von der Freiwilligen Feuerwehr Musterdorf",
            "die Freiwillige Feuerwehr Musterdorf",
        ),
        ("Stadtwerke Beispielstadt", "von den Stadtwerken Beispielstadt", "die Stadtwerke Beispielstadt"),
        ("Tierheim Beispiel", "vom Tierheim Beispiel", "das Tierheim Beispiel"),
        ("Polizei und Staatsanwaltschaft Beispiel", "von der Polizei und der Staatsanwaltschaft Beispiel", None),
        ("Senatsverwaltung für Arbeit und Soziales", "von der Senatsverwaltung für Arbeit und Soziales", None),
        ("Blumen und Bienen", "von Blumen und Bienen", "Blumen und Bienen"),  # a name, no head noun
    ],
)
def test_sender_article_follows_the_head_noun(organisation: str, dative: str, nominative: str | None) -> None:
    sender = find_sender(organisation, None, [])
    assert sender is not None
    assert von(sender) == dative
    if nominative is not None:
        assert with_article(sender, "nom") == nominative


def test_a_name_with_its_own_article_moves_after_the_head() -> None:
    sender = find_sender(None, "Pressemitteilung, 01.03.2024, Die Blaue Liste Ortsverband Beispiel", [])
    assert sender is not None
    assert von(sender) == "vom Ortsverband Beispiel von der Blauen Liste"


# --- glossary headwords in the form the text uses ---------------------------------------------------


def test_compound_is_explained_through_its_head_in_the_texts_form() -> None:
    # The first part says what kind of head it is (lexicon M lines); "Ein Chef·trainer ist ein
    # Trainer." alone explained nothing, and a first part without a gloss gets no entry.
    entries = {e.word: e.explanation for e in entries_for(["Der Chef·trainer ist neu."])}
    assert "Chef·trainer" not in entries
    feminine = {e.word: e.explanation for e in entries_for(["Die Sozial·senatorin kommt."])}
    assert feminine["Sozial·senatorin"].startswith("Eine Sozial·senatorin ist eine Senatorin für ")


def test_sense_of_ermitteln_follows_the_text() -> None:
    police = entries_for(["Die Polizei ermittelt wegen einer Straf·tat."], source="Die Polizei ermittelt.")
    election = entries_for(
        ["Der Wahl·ausschuss ermittelt das Ergebnis."], source="Der Wahlausschuss ermittelt das Ergebnis."
    )
    assert any(
        "Polizei" in e.explanation for e in police if e.word in ("ermitteln", "ermittelt")
    )  # headword as the text writes it
    assert all("Polizei" not in e.explanation for e in election if e.word in ("ermitteln", "ermittelt"))


def test_summary_title_is_never_generic_when_the_headline_gives_a_topic() -> None:
    for release in (CLUB, AUTHORITY):
        title = "".join(t.text for t in summarise(release).release.meta.title if isinstance(t, Text))
        assert "Eine Nachricht" not in title


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Neuzugang Lena Beispiel", "Es geht um den Neuzugang Lena Beispiel"),
        ("Strafsache „Falsche Post“", "Es geht um die Strafsache „Falsche Post“"),
        ("Neue Radwege in der Innenstadt", "Es geht um die neuen Radwege"),  # cut to eight words
        ("Ruhe und Ordnung", None),  # the second noun would need its own article
    ],
)
def test_topic_sentence_declines_article_and_adjective(headline: str, expected: str | None) -> None:
    assert topic_sentence(headline) == expected


def test_quantified_plural_keeps_its_quantifier() -> None:
    # "keine" is a negation: it must stay (rubric, item 2); the umlaut plural is recognised.
    assert from_headline("Weniger Unfälle", past=False) == "Es gibt weniger Unfälle"
    assert from_headline("Keine Parkplätze am Bahnhof", past=False) == "Es gibt keine Parkplätze am Bahnhof"


def test_participle_headline_becomes_a_copula_sentence() -> None:
    # The state the headline reports, with the templates' "ist … verletzt" frame (no agent needed).
    assert from_headline("Vorläufiges Ergebnis festgestellt", past=False) == "Das vorläufige Ergebnis ist festgestellt"
    assert from_headline("Neue Radwege eröffnet", past=False) == "Die neuen Radwege sind eröffnet"
    # "bei Unfall": a bare singular noun after a preposition is telegram style, no sentence is made.
    assert from_headline("Fahrradfahrerin bei Unfall verletzt", past=False) is None


def test_fire_report_without_incident_noun_names_the_operation() -> None:
    release = _release(
        "Alarm 2: Blaues Wunder",
        "Am Montag hat die Sirene in Musterdorf geheult. Die Feuerwehr Musterdorf ist ausgerückt. "
        "Vor Ort war nichts mehr zu tun. Die Feuerwehr ist nach einer halben Stunde zurückgefahren.",
    )
    title = _title(release)
    assert "Nachricht" not in title
    assert "Wunder" not in title  # a headline metaphor is never the title


def test_a_person_is_never_an_event() -> None:
    # "Es hat eine vermisste Seniorin gegeben" would suggest she is no longer missing.
    assert from_headline("Vermisste Seniorin", past=True) is None
    assert topic_sentence("Vermisste Seniorin") == "Es geht um die vermisste Seniorin"
