"""Whether an agentless passive reports someone's judgement whose author the sentence names elsewhere."""

from __future__ import annotations

from typing import Final

from pressconv.transforms.easy import morph

__all__ = ["judged_elsewhere"]

# Verbs of judging, finding and estimating (Duden grammar: verba sentiendi et aestimandi): "wurde auf
# 5000 Euro geschätzt" reports what someone concluded. Matched on the whole lemma.
_JUDGING: Final = frozenset(
    {"schätzen", "einschätzen", "bewerten", "beurteilen", "einstufen", "beziffern", "prüfen", "überprüfen",
     "feststellen", "bestätigen", "werten", "abtun", "ablehnen", "genehmigen", "anerkennen", "vermuten",
     "annehmen", "kritisieren", "beanstanden", "bemängeln", "befürworten", "empfehlen", "loben", "rügen",
     "erachten", "befinden", "entscheiden", "beschließen", "begrüßen", "bezweifeln", "verurteilen"}
)  # fmt: skip
# Verbs of estimating: "Der Schaden wird auf 5000 Euro geschätzt" gives the sender's estimate, never a
# measured fact; "man schätzt" would make it anybody's, so these stay passive whatever else the sentence says.
_ESTIMATES: Final = frozenset({"schätzen", "einschätzen", "beziffern", "taxieren", "hochrechnen"})
# Words that name whose view a statement is ("laut Polizei", "nach Angaben der Stadt", "der Polizei zufolge").
_ATTRIBUTION: Final = frozenset(
    {"laut", "zufolge", "Angaben", "Schätzung", "Schätzungen", "Einschätzung", "Ansicht", "Auffassung",
     "Meinung", "Sicht", "Aussage", "Aussagen", "Erkenntnissen", "Darstellung"}
)  # fmt: skip


def judged_elsewhere(tokens: list[morph.Token] | tuple[morph.Token, ...], participle: morph.Token) -> bool:
    """True when ``participle`` is a verb of judging and the sentence names someone (a name, an
    attribution), or a verb of estimating at all.

    "man" would then hide whose judgement it is, or credit it to anybody (issue 16: a speaker's
    opinion must not turn into a general fact); the passive is left as it is.
    """
    if participle.lemma in _ESTIMATES:
        return True  # a figure someone estimated stays theirs; the figures rescuer says "Das ist geschätzt."
    if participle.lemma not in _JUDGING:
        return False
    return any(t.pos == "NE" or t.word in _ATTRIBUTION or t.word.lower() in _ATTRIBUTION for t in tokens)
