"""An opening subject pronoun replaced by its one agreeing antecedent, or refused (anaphora.py).

All sentences and releases are invented: a police report, a town library's news, a sports club's
news, a welfare association's announcement.
"""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.anaphora import resolve_subject
from pressconv.transforms.easy.openers import without_opener
from pressconv.transforms.easy.style import introduced_failures
from tests.easy.support import easy_body


@pytest.mark.parametrize(
    ("line", "origin", "previous", "earlier", "expected"),
    [
        # Police: a man introduced with "ein", not yet named by the summary -> indefinite.
        (
            "Er hat eine Tasche gestohlen.",
            "Er stahl eine Tasche und rannte weg.",
            "Am Dienstag betrat ein junger Mann eine Bäckerei in der Gartenstraße.",
            ["Es hat einen Diebstahl gegeben."],
            "Ein Mann hat eine Tasche gestohlen.",
        ),
        # Library: the summary already names the counselling office -> definite.
        (
            "Sie ist montags bis freitags geöffnet.",
            "Sie ist montags bis freitags geöffnet.",
            "Die Stadtbücherei eröffnet am Markt eine Beratungsstelle für Senioren.",
            ["Es gibt eine neue Beratungsstelle."],
            None,  # "Die Stadtbücherei" and "eine Beratungsstelle" are both feminine: ambiguous
        ),
        (
            "Sie ist montags bis freitags geöffnet.",
            "Sie ist montags bis freitags geöffnet.",
            "Der Verein eröffnet am Markt eine Beratungsstelle.",
            ["Es gibt eine neue Beratungsstelle."],
            "Die Beratungsstelle ist montags bis freitags geöffnet.",
        ),
        # Sports club: a plural antecedent and a plural verb.
        (
            "Sie trainieren jeden Mittwoch.",
            "Sie trainieren jeden Mittwoch in der Halle.",
            "Der Sportverein gründet eine Gruppe für Jugendliche.",
            ["Der Sportverein gründet eine Gruppe für Jugendliche."],
            None,  # "Jugendliche" sits in a phrase with "für"; "Gruppe" is feminine, the verb plural
        ),
    ],
)
def test_resolution(line: str, origin: str, previous: str, earlier: list[str], expected: str | None) -> None:
    assert resolve_subject(line, origin, previous, earlier) == expected


@pytest.mark.parametrize(
    ("line", "origin", "previous"),
    [
        # Two masculine candidates (the thief and the owner): refused, whichever is meant.
        ("Er ist geflüchtet.", "Er flüchtete sofort.", "Ein Mann hat einen Händler bedroht."),
        # The pronoun of the line is not the one that opens its source sentence.
        ("Er ist geflüchtet.", "Die Zeugin sah, dass er flüchtete.", "Ein Mann hat eine Frau bedroht."),
        # The sentence before repeats the pronoun: the referent lies further back.
        ("Er ist geflüchtet.", "Er flüchtete sofort.", "Er hat eine Frau bedroht."),
        # "Sie können …" may address the reader.
        ("Sie können sich anmelden.", "Sie können sich ab sofort anmelden.", "Der Kurs beginnt im Mai."),
        # "es" is left alone: often the expletive subject.
        ("Es ist geöffnet.", "Es ist ab Montag geöffnet.", "Die Stadt baut ein Museum."),
        # A dative antecedent: its nominative form is unsure ("dem Kunden").
        ("Er hat eine Beschwerde geschrieben.", "Er schrieb eine Beschwerde.", "Die Firma hat dem Kunden geantwortet."),
        # A bare name that is not the subject of the sentence before: no checkable gender.
        ("Er leitet die Gruppe.", "Er leitet die Gruppe seit Jahren.", "Die Stadt ehrt morgen Paul Beispielmann."),
        # Coordinated names before a plural "sie": both, or one of them?
        ("Sie haben gewonnen.", "Sie haben das Turnier gewonnen.", "Anna Muster und Lea Probe spielen im Finale."),
    ],
)
def test_refusals(line: str, origin: str, previous: str) -> None:
    assert resolve_subject(line, origin, previous, ["Es gibt eine Nachricht."]) is None


def test_subject_name_is_taken_up() -> None:
    # Subject continuity: the named subject of the sentence before, and no other candidate.
    assert (
        resolve_subject(
            "Sie leitet die Gruppe.",
            "Sie leitet die Gruppe seit drei Jahren.",
            "Anna Brenninger übernimmt im Mai das Amt.",
            [],
        )
        == "Anna Brenninger leitet die Gruppe."
    )


def test_police_release_keeps_what_the_suspect_did() -> None:
    body = easy_body(
        "Diebstahl in einem Kiosk",
        "Am Dienstagabend hat eine unbekannte Frau einen Kiosk überfallen. "
        "Sie bedrohte den Verkäufer mit einem Messer. "
        "Die Polizei sucht Zeugen.",
        organisation="Polizeipräsidium Beispielstadt",
    )
    assert "Sie " not in body
    assert "Die Frau hat den Verkäufer mit einem Messer bedroht." in body


def test_association_release_refuses_an_ambiguous_she() -> None:
    body = easy_body(
        "Neue Beratung für Familien",
        "Die Stadtverwaltung und die Diakonie eröffnen eine Beratungsstelle. Sie ist montags bis freitags geöffnet.",
        organisation="Diakonie Beispielkreis",
    )
    assert "Sie ist" not in body
    assert "Die Stadtverwaltung ist" not in body and "Die Diakonie ist" not in body


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Police: a sequencing adverb before the subject pronoun; the pronoun takes the Vorfeld.
        ("Anschließend flüchtete er zu Fuß.", "Er flüchtete zu Fuß."),
        # Club: "sie" with only a prepositional phrase after it can only be the subject.
        ("Danach spielte sie in der Halle.", "Sie spielte in der Halle."),
    ],
)
def test_linking_adverb_before_subject_pronoun(sentence: str, expected: str) -> None:
    assert without_opener(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Danach hat sie die Polizei gefunden.",  # "sie" may be the object: who found whom?
        "Dort können Sie parken.",  # the formal address, not "they"
    ],
)
def test_linking_adverb_before_unsure_pronoun(sentence: str) -> None:
    assert without_opener(sentence) == sentence


def test_pronoun_after_linking_adverb_is_resolved() -> None:
    # Welfare association: "Danach …" opens the source sentence; the antecedent is the one
    # feminine noun phrase of the sentence before.
    assert (
        resolve_subject(
            "Sie hat drei Jahre in einer Klinik gearbeitet.",
            "Danach arbeitete sie drei Jahre in einer Klinik.",
            "Der Verein stellt eine neue Pflegekraft ein.",
            ["Der Verein stellt eine neue Pflegekraft ein."],
        )
        == "Die Pflegekraft hat drei Jahre in einer Klinik gearbeitet."
    )


def test_fused_article_and_role_before_name_narrow_the_candidates() -> None:
    # Council: "im Anschluss" is masculine or neuter, "Bürgermeister Paul Muster" one man, the
    # plural "Stimmen" no singular woman: the new councillor is the one feminine candidate.
    assert (
        resolve_subject(
            "Sie folgt auf Herrn Beispielmann.",
            "Sie folgt auf Herrn Beispielmann.",
            "Die neue Ortsvorsteherin erhielt die meisten Stimmen und wurde im Anschluss von "
            "Bürgermeister Paul Muster vereidigt.",
            ["Es gibt eine neue Ortsvorsteherin."],
        )
        == "Die Ortsvorsteherin folgt auf Herrn Beispielmann."
    )


def test_a_longer_word_is_no_mention_of_the_noun() -> None:
    # Sports club: the summary named a team ("Mannschaft"), not the man; he is introduced indefinitely.
    assert (
        resolve_subject(
            "Er hat das Spiel gewonnen.",
            "Er gewann das Spiel.",
            "In der letzten Runde trat ein junger Mann gegen die Titelverteidigerin an.",
            ["Die Mannschaft hat ein Turnier gespielt."],
        )
        == "Ein Mann hat das Spiel gewonnen."
    )


@pytest.mark.parametrize(
    ("sentence", "earlier", "bridged"),
    [
        # Fire brigade: a compound damage noun after a fire (the compound's head carries the frame).
        ("Den Sach·schaden schätzt die Feuerwehr auf 5000 Euro.", ["Es hat einen Brand gegeben."], True),
        # Police: the same after a crash.
        ("Der Sach·schaden ist hoch.", ["Es hat einen Unfall gegeben."], True),
        # Town festival: nothing that causes damage was named.
        ("Der Sach·schaden ist hoch.", ["Es gibt ein Fest."], False),
    ],
)
def test_compound_takes_its_heads_frame(sentence: str, earlier: list[str], bridged: bool) -> None:
    assert (not introduced_failures(sentence, earlier)) is bridged


def test_a_second_same_pronoun_in_the_source_sentence_refuses() -> None:
    # Welfare association: the second "sie" is the daughter, not the woman of the sentence before.
    assert (
        resolve_subject(
            "Sie ist sofort gekommen.",
            "Sie rief ihre Tochter an, und sie kam sofort.",
            "Eine Nachbarin hat den Rauch bemerkt.",
            [],
        )
        is None
    )
