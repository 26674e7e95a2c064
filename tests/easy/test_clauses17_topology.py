"""A sentence of several clauses cut by its clause structure (topology.py), each clause said alone or left out."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy import morph
from pressconv.transforms.easy import rescuers as rescue_module
from pressconv.transforms.easy.rescue import RescueContext
from pressconv.transforms.easy.topology import clauses_only, decompose, matrix_only, units
from tests.easy.support import lone_context


def _context(text: str, *, speech: bool = False) -> RescueContext:
    return lone_context(text, speech=speech, rewritten=True)


def _sentences(found: object) -> tuple[str, ...] | None:
    return getattr(found, "sentences", None)


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # A city: a main clause and its reason (Kausalsatz, verb last).
        ("Die Stadt saniert die Turnhalle, weil das Dach undicht ist.", ["main", "adverbial"]),
        # A police report: a Vorfeld clause, then the main clause with its verb first.
        ("Nachdem die Polizei eingetroffen war, flüchtete der Mann.", ["adverbial", "main"]),
        # An association: a relative clause inside the main clause, which goes on after it.
        ("Der Verein, der 1950 gegründet worden ist, feiert ein Fest.", ["fragment", "relative", "main"]),
        # A clause runs over the commas of a list inside it up to its verb.
        ("Die Firma wirbt, weil sie Bäcker, Köche und Fahrer sucht.", ["main", "adverbial"]),
        # A "dass" clause and a "zu"-infinitive are the object of the verb before them.
        ("Der Verband fordert, dass die Stadt Radwege baut.", ["main", "complement"]),
        ("Die Schule plant, einen Garten anzulegen.", ["main", "complement"]),
    ],
)
def test_units_follow_the_verb_position(sentence: str, kinds: list[str]) -> None:
    found = units(morph.tag(sentence))
    assert found is not None
    assert [unit.kind for unit in found] == kinds


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        # City: the statement, then its one reason linked to it.
        (
            "Die Stadt saniert die Turnhalle, weil das Dach undicht ist.",
            ("Die Stadt saniert die Turnhalle.", "Der Grund ist: Das Dach ist undicht."),
        ),
        # Police: the reason in the Perfekt too.
        (
            "Der Radfahrer stürzte, weil ein Hund auf die Straße lief.",
            ("Der Radfahrer ist gestürzt.", "Der Grund ist: Ein Hund ist auf die Straße gelaufen."),
        ),
        # Association: "nachdem" inside the main clause; what happened first is said first, in the
        # Perfekt (a separable "ablaufen" too since session 28: "abgelaufen" is its participle).
        (
            "Der Verein hat, nachdem die Frist abgelaufen war, einen Antrag gestellt.",
            ("Die Frist ist abgelaufen.", "Der Verein hat einen Antrag gestellt."),
        ),
        # Fire brigade: two main clauses and a time clause; the reason is not linked to one of two.
        (
            "Die Feuerwehr löschte den Brand, nachdem die Nachbarin angerufen hatte, und die Polizei sperrte die Straße.",
            (
                "Die Nachbarin hat angerufen.",
                "Die Feuerwehr hat den Brand gelöscht.",
                "Die Polizei hat die Straße gesperrt.",
            ),
        ),
    ],
)
def test_each_clause_said_as_a_sentence(sentence: str, said: tuple[str, ...]) -> None:
    assert _sentences(decompose(_context(sentence))) == said


@pytest.mark.parametrize(
    ("sentence", "main"),
    [
        # A purpose clause in the Vorfeld: the subject takes its place (company, city).
        ("Um die Kinder zu schützen, hat die Gemeinde eine Ampel gebaut.", "Die Gemeinde hat eine Ampel gebaut."),
        ("Um Kunden zu gewinnen, hat die Bäckerei einen Laden eröffnet.", "Die Bäckerei hat einen Laden eröffnet."),
        # A demand keeps its frame; the reason after its "dass" clause may belong to the demand: it goes.
        (
            "Der Verband fordert, dass die Stadt mehr Radwege baut, weil die Zahl der Unfälle steigt.",
            "Der Verband fordert: Die Stadt soll mehr Radwege bauen.",
        ),
        # A relative clause on a name is non-restrictive; the main clause stays true without it.
        (
            "Die Polizei hat Anna Berger, die vermisst wurde, in Köln gefunden, nachdem ein Zeuge angerufen hatte.",
            "Die Polizei hat Anna Berger in Köln gefunden.",
        ),
    ],
)
def test_the_main_clause_alone(sentence: str, main: str) -> None:
    found = _sentences(matrix_only(_context(sentence)))
    assert found is not None and found[0] == main


@pytest.mark.parametrize(
    "sentence",
    [
        # A condition: without it the main clause would state too much (city, transport company).
        "Die Brücke bleibt gesperrt, wenn es regnet.",
        "Die Busse fahren wieder, sobald der Streik endet, und die Bahnen fahren auch.",
        # A restrictive relative clause on a quantified or bare plural noun (transport, police).
        "Alle Fahrgäste, die ein Ticket haben, dürfen mitfahren, weil der Zug fährt.",
        "Autofahrer, die dort gefahren sind, werden gebeten, weil es eilt, sich zu melden.",
        # "oder"/"sondern" between clauses: neither clause is true alone.
        "Der Mann flüchtete nicht, weil er Angst hatte, sondern weil er betrunken war.",
        "Die Feier findet im Saal statt, weil es kalt ist, oder sie fällt aus.",
        # A focus particle takes the clause in its scope: "nur, weil" is not "weil".
        "Die Firma hat den Betrieb nur eingestellt, weil der Strom ausgefallen ist.",
        "Der Verein tagt erst, nachdem der Vorstand gewählt ist.",
        # The rest of a clause after a clause inside it is never read as the main clause.
        "Die Feuerwehr hat die Straße gesperrt, weil ein Baum, der morsch war, umgestürzt ist.",
        # A relative clause on a noun of a clause that goes, opened by "deren"/"dessen" (city, association).
        "Die Stadt hat einen Fonds, in dessen Rahmen Familien Geld bekommen, weil die Preise steigen.",
        "Der Verein hilft Familien, wobei die Hilfe an eine Beratung geknüpft ist, in deren Rahmen man Anträge prüft.",
        # A bracket aside that restricts stays, so the sentence is not cut.
        "Die Halle ist geöffnet (nur am Wochenende), weil das Fest stattfindet.",
        # Reported speech: the speaker's words are no facts to state.
        "Der Sprecher sagte, die Halle sei geschlossen, weil das Dach undicht sei.",
    ],
)
def test_refused_where_a_clause_may_not_go(sentence: str) -> None:
    context = _context(sentence)
    assert decompose(context) is None
    assert matrix_only(context) is None
    assert clauses_only(context) is None


def test_a_factive_clause_stands_alone_when_the_main_clause_cannot() -> None:
    # Police and city: the reason and the earlier event are facts of their own (Duden grammar).
    police = _sentences(clauses_only(_context("Der Fahrer wurde festgenommen, weil er betrunken war.")))
    assert police == ("Der Fahrer war betrunken.",)  # the pronoun named by the main clause's subject
    city = _sentences(clauses_only(_context("Die Straße wurde gesperrt, weil ein Wasserrohr gebrochen ist.")))
    assert city == ("Ein Wasserrohr ist gebrochen.",)


def test_speech_and_plain_sentences_are_left_to_others() -> None:
    # Speech is never rescued (the speaker's words); a sentence of one clause is no work for this module.
    assert decompose(_context("Die Stadt saniert die Turnhalle, weil das Dach undicht ist.", speech=True)) is None
    assert matrix_only(_context("Die Stadt saniert die Turnhalle im Sommer.")) is None
    # Commas of a list or an apposition only: nothing to cut.
    assert matrix_only(_context("Der Verein lädt Kinder, Eltern und Großeltern ein.")) is None


def test_registered_after_the_shape_rescuers() -> None:
    names = [name for name, _ in rescue_module.RESCUERS]
    # Only the time/place-apart cut of one-clause sentences (cutapart.py, session 20) and the noun-phrase
    # rescue of key-fact sentences (keynouns.py, session 19) come after them: both say less than a split.
    # Then the voice repair of the one clause behind an apposition (clausevoice.py, session 21), which
    # cuts nothing and is asked only when no cut is offered or passes.
    assert names[-6:] == ["clauses", "clauses", "clauses", "cuts", "nouns", "voice"]
    assert names.index("relatives") < names.index("clauses")
