"""Court rulings on a claim in plain words: which court turned a claim down or granted it, and who had sued.

Administrative, social, labour and civil courts announce a ruling in one convention (Pressestelle of
a Verwaltungs-, Sozial-, Arbeits- or Landgericht): the lead names the court or its chamber ("Die 4.
Kammer des Verwaltungsgerichts X"), the form and day of the ruling ("mit Urteil vom 3. März 2026",
"mit Beschluss vom …"), whose claim it was ("die Klage eines Hundehalters", "den Eilantrag einer
Anwohnerin") and the outcome verb ("abgewiesen", "abgelehnt", "zurückgewiesen", "stattgegeben").
Criminal sentences are verdicts.py's.

Correct by construction: the outcome is said only for the verb the lead uses, with "Klage" or
"Antrag" as its object in the same sentence; "teilweise" (a claim granted in part) or a negation
refuses it, since "hat der Klage recht gegeben" would then say too much. Who sued is said only for
an indefinite genitive the nominative of which is certain (a noun on "-er"/"-en" with its "-s", or a
feminine noun after "einer"); who won or lost follows from the outcome and is said in the same plain
words for any court. Nothing else is inferred (omission over error, issue 16).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy.dates import format_date
from pressconv.transforms.easy.titles import noun_gender
from pressconv.transforms.easy.when import find_moments

__all__ = ["ruling_lines"]

# "Die 4. Kammer des Verwaltungsgerichts Musterstadt", "Das Sozialgericht Nordheim", "Der 2. Senat des
# Oberverwaltungsgerichts": the court (a compound on "-gericht") and the place name after it.
_COURT: Final = re.compile(
    r"\b(?:(?:Die|Der) \d{1,2}\. (?:Kammer|Zivilkammer|Senat|Zivilsenat) des |Das )"
    r"(?P<court>[A-ZÄÖÜ][a-zäöüß]*gericht)(?:s|es)?(?P<place>(?: [A-ZÄÖÜ][a-zäöüß-]+){0,2}?)"
    r"(?= hat\b)"
)
# The claim and the outcome in one clause: "die Klage … abgewiesen", "den Eilantrag … abgelehnt",
# "der Klage … stattgegeben" (the verb closes the clause, Verbklammer).
_CLAIM: Final = r"(?P<claim>Klage|Eilantrag|Antrag|Berufung|Beschwerde)"
_OUTCOME: Final = re.compile(
    rf"\b(?:die|den|der|einer|eine[nm]?) {_CLAIM}\b(?P<middle>[^.;]{{0,240}}?)\b"
    r"(?P<verb>abgewiesen|abgelehnt|zurückgewiesen|stattgegeben)\b"
)
# "eines Hundehalters", "einer Anwohnerin", "eines Unternehmens": whose claim it was, indefinite.
_CLAIMANT: Final = re.compile(
    r"^ (?:(?P<masc>eines) (?P<noun_m>[A-ZÄÖÜ][a-zäöüß]+(?:er|en))s|(?P<fem>einer) (?P<noun_f>[A-ZÄÖÜ][a-zäöüß]+in))\b"
)
# "mit Urteil vom 3. März 2026", "durch Beschluss vom 12.02.2026": the day of the ruling.
_DAY: Final = re.compile(
    r"\b(?:mit|durch) (?P<form>Urteil|Beschluss) vom (?P<when>\d{1,2}\.\s?(?:\d{1,2}\.\d{2,4}|[A-ZÄ][a-zä]+ \d{4}))"
)
# A claim granted or refused in part, a negated outcome, or one still to come: no plain outcome. A
# lower court's earlier ruling ("in erster Instanz", "die Vorinstanz") is no ruling of this release.
_PARTIAL: Final = re.compile(
    r"\b(?:teilweise|überwiegend|nicht|kein\w*|weitgehend|soll|wird|würde|nur|insoweit|soweit|hinsichtlich|"
    r"im Wesentlichen|zum (?:größten )?Teil|im Übrigen|erster Instanz|Vorinstanz|zunächst)\b"
)
# Inside the claim's phrase a comma, "und" or a relative clause opens a clause of its own, whose verb
# may be the one the outcome pattern took ("die Klage eines Investors, dessen Antrag die Stadt abgelehnt
# hatte, stattgegeben"): the claim and the verb are then not one clause.
_CLAUSE_INSIDE: Final = re.compile(r",|\bund\b|\bsowie\b")
# Each claim's gender and its written form; the articles follow from the gender and the case the verb
# takes ("abgelehnt": accusative; "recht gegeben": dative; Duden declension of the article).
_CLAIMS: Final = {
    "Klage": ("die", "Klage"),
    "Eilantrag": ("der", "Eil·antrag"),
    "Antrag": ("der", "Antrag"),
    "Berufung": ("die", "Berufung"),
    "Beschwerde": ("die", "Beschwerde"),
}
_ARTICLES: Final = {  # (gender, case, definite) -> article
    ("die", "acc", False): "eine",
    ("der", "acc", False): "einen",
    ("die", "dat", False): "einer",
    ("der", "dat", False): "einem",
    ("die", "acc", True): "die",
    ("der", "acc", True): "den",
    ("die", "dat", True): "der",
    ("der", "dat", True): "dem",
}
_SCAN: Final = 2  # the lead: the ruling stands in the first sentences (inverted pyramid)


def ruling_lines(body: Sequence[str]) -> list[str]:
    """Plain lines of a ruling the lead announces, or [] where the convention is not met whole."""
    for sentence in body[:_SCAN]:
        court = _COURT.search(sentence)
        outcome = _OUTCOME.search(sentence, court.end()) if court else None
        if court is None or outcome is None or _PARTIAL.search(sentence) or _CLAUSE_INSIDE.search(outcome["middle"]):
            continue
        if len(re.findall(r"[a-zäöü]gericht", sentence)) > 1:
            continue  # two courts in one sentence: whose ruling it is needs more than the pattern
        name = f"Das {court['court']}{court['place']}"
        gender, noun = _CLAIMS[outcome["claim"]]
        granted = outcome["verb"] == "stattgegeben"

        who = _CLAIMANT.match(outcome["middle"])
        if who is None:
            return [_ruled(name, gender, noun, granted, definite=False), *_day_line(sentence)]
        # Who sued, the ruling, then who won or lost: the person is introduced before "Der …".
        if who["masc"]:
            # "eines" is masculine or neuter: the lexicon's gender decides, else nothing is said of them.
            own = noun_gender(who["noun_m"])
            if own not in ("der", "das"):
                return [_ruled(name, gender, noun, granted, definite=False), *_day_line(sentence)]
            person, plain = f"Ein {who['noun_m']}", f"{'Der' if own == 'der' else 'Das'} {who['noun_m']}"
        else:
            person, plain = f"Eine {who['noun_f']}", f"Die {who['noun_f']}"
        if outcome["claim"] == "Klage":
            sued = f"{person} hat geklagt."
        else:
            verb = "gestellt" if outcome["claim"] in ("Eilantrag", "Antrag") else "eingelegt"
            sued = f"{person} hat {_ARTICLES[(gender, 'acc', False)]} {noun} {verb}."
        lines = [
            sued,
            _ruled(name, gender, noun, granted, definite=True),
            f"{plain} hat vor Gericht {'gewonnen' if granted else 'verloren'}.",
        ]
        return [*lines, *_day_line(sentence)]
    return []


def _ruled(name: str, gender: str, noun: str, granted: bool, *, definite: bool) -> str:
    """The court's act on the claim, the claim named anew or as the one just introduced."""
    claim = f"{_ARTICLES[(gender, 'dat' if granted else 'acc', definite)]} {noun}"
    return f"{name} hat {claim} recht gegeben." if granted else f"{name} hat {claim} abgelehnt."


def _day_line(sentence: str) -> list[str]:
    """ "Das Urteil ist vom 3. März 2026." from "mit Urteil vom 3. März 2026", or nothing."""
    day = _DAY.search(sentence)
    if day is None or len(moments := find_moments(day["when"], None)) != 1:
        return []
    form = "Das Urteil" if day["form"] == "Urteil" else "Die Entscheidung"
    return [f"{form} ist vom {format_date(moments[0].day, 'de')}."]
