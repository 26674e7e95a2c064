"""Scope and frames (coordinated.py, quotes.py): no clause or quote core said without what qualified it."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.coordinated import split_coordinated
from pressconv.transforms.easy.quotes import quotes
from pressconv.transforms.easy.source import SourceSentence


@pytest.mark.parametrize(
    "sentence",
    [
        # An authority: "keine" of the first clause holds every participle; "hatte geprüft" would lose it.
        "Das Amt hatte keine Anträge erhalten, geprüft und bewilligt.",
        # Police: the hedge "vermutlich" holds every participle.
        "Die Einbrecher hatten vermutlich die Tür aufgebrochen, Schmuck gestohlen und Feuer gelegt.",
        # Police and a zoo: the hedge or focus word before "und" holds the clause with the elided subject.
        "Der Dieb ist vermutlich über die Mauer geklettert und hat ein Fenster eingeschlagen.",
        "Das Tierheim nimmt nur Katzen auf und vermittelt sie an Familien.",
        # A company: the negation of the first clause before a comma.
        "Die Firma hat nicht alle Stellen besetzt, die Lehrlinge beginnen im August.",
        # A source in the first clause ("laut") may hold the second.
        "Der Schaden ist laut Gutachten hoch, die Versicherung zahlt im Herbst.",
        # A city: a bare participle shares the object of the first clause ("hatte geprüft").
        "Die Stadt hatte die Anträge erhalten, geprüft und bewilligt.",
    ],
)
def test_a_scope_word_or_shared_object_refuses_the_cut(sentence: str) -> None:
    assert split_coordinated(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        # Police and a mayor: a predicative adjective of certainty frames the clause after the comma.
        "Die Ermittler sind überzeugt, der Täter kommt aus der Gegend.",
        "Der Bürgermeister ist sich sicher, das Bad öffnet im Mai.",
        # A club and a party: a noun of opinion or plan frames it (abhängiger Verbzweitsatz).
        "Der Vorstand ist der Meinung, die Halle ist zu klein.",
        "Unser Ziel ist klar, die Schule bekommt eine Mensa.",
        # A company: "davon ausgehen" frames it too.
        "Die Geschäftsleitung geht davon aus, das Werk bleibt offen.",
    ],
)
def test_a_frame_of_belief_or_plan_refuses_the_cut(sentence: str) -> None:
    assert split_coordinated(sentence) is None


def test_clauses_without_scope_words_are_still_cut() -> None:
    # A fire report and a municipality: nothing in the first clause scopes over the others.
    found = split_coordinated("Anwohner hatten den Knall gehört, Rauch bemerkt und die Feuerwehr gerufen.")
    assert found is not None and found[0][-1] == "Anwohner hatten die Feuerwehr gerufen."
    found = split_coordinated("Der Landkreis saniert die Brücke und erneuert den Radweg.")
    assert found is not None and found[0] == ["Der Landkreis saniert die Brücke.", "Der Landkreis erneuert den Radweg."]


def test_an_approximator_holds_only_its_number() -> None:
    # A union and a club: "etwa"/"rund" before a number scope over the number alone (Gradpartikel).
    found = split_coordinated("Der Streik beginnt um etwa 4 Uhr und dauert bis Freitag.")
    assert found is not None and found[0] == ["Der Streik beginnt um etwa 4 Uhr.", "Der Streik dauert bis Freitag."]
    found = split_coordinated("Der Chor hat rund 80 Mitglieder, er singt im Mai im Dom.")
    assert found is not None and found[0] == ["Der Chor hat rund 80 Mitglieder.", "Der Chor singt im Mai im Dom."]
    # A company: "etwa" before no number is a hedge of the clause.
    assert split_coordinated("Die Firma hat etwa die Hälfte der Stellen besetzt, die Lehrlinge beginnen im August.") is None


def _quote(text: str, speaker: str | None, paragraph: int = 1) -> SourceSentence:
    return SourceSentence(text, True, speaker, paragraph=paragraph)


def _said(*sentences: SourceSentence, taken: tuple[str, ...] = ()) -> list[str]:
    """The quote lines with a rewrite that drops everything after the first comma (a clause cut)."""
    return [
        q.text
        for q in quotes(
            sentences,
            lambda piece: piece.split(",")[0].rstrip(".") + ".",
            lambda line: ["too-long"] if len(line.split()) > 12 else [],
            lambda line: False,
            taken=taken,
        )
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A mayor's hope and a chairman's belief are no statements of fact.
        ("Ich hoffe, die Stadt zahlt 2 Millionen Euro.", "Anna Beispiel"),
        ("Ich glaube, der Verein hat bald 500 Mitglieder.", "Hans Muster"),
        ("Wir erwarten, die Halle ist 2028 fertig.", "Eva Probe"),
        # Another speaker's claim inside the quote: never the named speaker's statement.
        ("Die Halle ist 2027 fertig, sagen die Planer.", "Jonas Muster"),
        ("Das Werk bleibt offen, meint der Betriebsrat.", "Eva Probe"),
    ],
)
def test_a_belief_or_another_speakers_claim_is_never_framed(text: str, speaker: str) -> None:
    assert _said(_quote(text, speaker)) == []


def test_a_later_qualifying_sentence_of_the_quote_keeps_the_statement_out() -> None:
    # A sports club and a planning office: the later sentence makes the first a wish or an unsure plan.
    wish = _quote("Das ist allerdings nur ein Wunsch.", None)
    assert _said(_quote("Die Halle ist 2027 fertig.", "Anna Beispiel"), wish) == []
    plan = _quote("So steht es jedenfalls im Plan.", None)
    assert _said(_quote("Die Straße ist im Mai frei.", "Jonas Muster"), plan) == []
    # Without the qualifying sentence it is said.
    assert _said(_quote("Die Halle ist 2027 fertig.", "Anna Beispiel")) == ["Anna Beispiel sagt: Die Halle ist 2027 fertig."]


def test_a_speaker_framed_with_a_role_is_not_framed_again() -> None:
    # A town hall and a fire brigade: the frame label holds the role, the quote the bare name.
    said = _said(_quote("Die Schule bekommt 20 Räume.", "Anna Beispiel"), taken=("Bürgermeisterin Anna Beispiel",))
    assert said == []
    said = _said(_quote("Wir haben 3 neue Fahrzeuge.", "Jonas Muster"), taken=("Kommandant Jonas Muster",))
    assert said == []
    said = _said(_quote("Wir haben 3 neue Fahrzeuge.", "Jonas Muster"), taken=("Kommandantin Eva Probe",))
    assert said == ["Jonas Muster sagt: Wir haben 3 neue Fahrzeuge."]
