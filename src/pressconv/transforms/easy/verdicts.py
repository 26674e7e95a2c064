"""Court verdicts in plain words: which court sentenced how many people, for what, to how long in prison.

Press releases of courts and prosecutors follow one convention (Pressestelle of a Land- or
Amtsgericht): the lead names the court or its chamber, the number of defendants, the offence after
"wegen" and the verb "verurteilt" (or "freigesprochen"); the next sentence gives each defendant's
sentence ("Der 31-jährige Angeklagte erhielt eine Freiheitsstrafe von fünf Jahren …", often with the
second defendant's sentence in a gapped clause after a comma). Each line here is built from those
parts only; what the patterns do not show is left out (omission over error, issue 16).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.source import SourceSentence

__all__ = ["verdict_lines"]

# The court: a compound ending in "gericht" (Amtsgericht, Landgericht, Oberlandesgericht …), in any case.
_COURT: Final = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]*gericht)(?:s|es)?\b")
# Whom: a number word or digit and a noun for people, or one person ("einen Mann", "eine Frau").
_NUMBERS: Final = {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9}
_PEOPLE: Final = re.compile(
    r"\b(?P<count>zwei|drei|vier|fünf|sechs|sieben|acht|neun|\d{1,2}|einen|eine)\s+"
    r"(?:(?P<age>\d{1,2})-jährige[n]?\s+)?(?P<noun>Männer|Frauen|Mann|Frau|Angeklagte|Angeklagten|Angeklagter)\b"
)
_VERB: Final = re.compile(r"\b(verurteilt|freigesprochen)\b")
# The offence after "wegen", in the genitive ("wegen gewerbs- und bandenmäßigen Betruges"). Only
# qualifiers that make an offence graver may go ("gewerbsmäßig", "schwer"): the offence without them
# is still what the court found. "versucht" or "fahrlässig" change what the offence is ("versuchter
# Mord" is no murder), so any other adjective keeps the offence out of the sentence. The offence must
# close the phrase before the verb: "Beihilfe zum Betrug" or "Betrug in 14 Fällen" is not cut.
_BECAUSE: Final = re.compile(
    r"\bwegen\s+(?P<phrase>(?:[\w-]+\s+){0,4}?)(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)\s+(?:zu einer [\w ]+? )?verurteilt\b"
)
_GRAVER: Final = re.compile(
    r"^(?:(?:gewerbs|banden)(?:-|mäßige[nrms]?)|und|gemeinschaftliche[nrms]?|schwere[nrms]?|besonders)$"
)
# A prison sentence of one defendant: "Der 31-jährige Angeklagte erhielt eine Freiheitsstrafe von …",
# and the gapped clause after a comma ("…, der 24-jährige Mitangeklagte eine Freiheitsstrafe von …").
_TERM: Final = r"(?P<term>(?:\w+|\d+) (?:Jahren|Jahr|Monaten)(?: und (?:\w+|\d+) Monaten)?)"
_SENTENCE: Final = re.compile(
    r"(?:^|, )(?P<article>[Dd]er|[Dd]ie) (?P<age>\d{1,2})-jährige (?P<noun>(?:[A-ZÄÖÜ]\w*a|A)ngeklagte)"
    rf"(?:(?: (?:erhielt|erhält|bekam|bekommt))? eine Freiheitsstrafe von {_TERM}"
    rf"| wurde zu einer Freiheitsstrafe von {_TERM.replace('term', 'term2')} verurteilt)"
)
# The lead's own term for one defendant: "hat einen 45-jährigen Mann … zu einer Freiheitsstrafe von …
# verurteilt" (the court-release convention of naming verdict and term in one sentence).
_TO_PRISON: Final = re.compile(rf"\bzu einer Freiheitsstrafe von {_TERM} verurteilt\b")
# Probation: "zur Bewährung ausgesetzt" means no prison; such a sentence is never "muss ins Gefängnis".
_PROBATION: Final = re.compile(r"Bewährung")
# What the prosecution or the defence asked for is no verdict ("hatte … eine Freiheitsstrafe … beantragt").
_DEMANDED: Final = re.compile(r"\b(?:beantragt|gefordert|forderte|forderten|plädiert|plädierte)\b")


def _number(word: str) -> str | None:
    """ "zwei" -> "2" (Leichte Sprache writes numbers as digits); "einen"/"eine" -> "1"."""
    if word.isdigit():
        return word
    if word in ("einen", "eine"):
        return "1"
    found = _NUMBERS.get(word.lower())
    return str(found) if found else None


def _term(term: str) -> str:
    """ "fünf Jahren und sechs Monaten" -> "5 Jahre und 6 Monate" (the accusative of a duration)."""
    out = []
    for word in term.split():
        number = _number(word) if word not in ("und",) else None
        if number is not None:
            out.append(number)
        elif word in ("Jahren", "Jahr"):
            out.append("Jahr" if out and out[-1] == "1" else "Jahre")
        elif word == "Monaten":
            out.append("Monat" if out and out[-1] == "1" else "Monate")
        else:
            out.append(word)
    return " ".join(out)


def _offence(sentence: str) -> str | None:
    """The offence after "wegen" in the nominative, only where every qualifier before it is a graver one."""
    found = _BECAUSE.search(sentence)
    if found is None:
        return None
    if any(not _GRAVER.match(word) for word in found["phrase"].split()):
        return None
    tagged = morph.tag(found["noun"])
    if not tagged or tagged[0].pos != "NN":
        return None
    return tagged[0].lemma


def _court(sentence: str) -> str | None:
    """ "Das Land·gericht": the court a chamber belongs to, named as the institution."""
    found = _COURT.search(sentence)
    return f"Das {found.group(1)}" if found else None


def _people(match: re.Match[str]) -> str | None:
    """ "2 Männer", "einen Mann": whom the verdict is about, in the accusative."""
    number = _number(match["count"])
    noun = match["noun"]
    if number is None:
        return None
    if number == "1":
        if noun in ("Mann", "Angeklagten"):
            return "einen Mann" if noun == "Mann" else "einen Angeklagten"
        if noun == "Frau":
            return "eine Frau"
        return None
    if noun in ("Männer", "Frauen"):
        return f"{number} {noun}"
    if noun in ("Angeklagte", "Angeklagten"):
        return f"{number} Angeklagte"
    return None


def verdict_lines(sentences: Sequence[SourceSentence], limit: int = 3) -> list[tuple[int, str]]:
    """The verdict, then each defendant's prison term, with the index of the sentence each comes from.

    Only the lead's first few sentences of the sender's own text are read (inverted pyramid: a
    court release states the verdict first); a verdict mentioned later is background (an earlier
    trial) and stays out.
    """
    own = [(i, s) for i, s in enumerate(sentences) if not s.heading and not s.speech][:limit]
    out: list[tuple[int, str]] = []
    for position, (index, sentence) in enumerate(own):
        text = sentence.text
        verb = _VERB.search(text)
        court = _court(text)
        people = _PEOPLE.search(text)
        if verb and court and people and not out and "nicht" not in text.split():
            whom = _people(people)
            if whom is not None:
                # "wegen" names what someone is sentenced for; an acquittal is "vom Vorwurf …".
                offence = _offence(text) if verb.group(1) == "verurteilt" else None
                because = f" wegen {offence}" if offence else ""
                out.append((index, f"{court} hat {whom}{because} {verb.group(1)}."))
                term = _TO_PRISON.search(text)
                following = own[position + 1][1].text if position + 1 < len(own) else ""
                one = {"einen Mann": "Der Mann", "eine Frau": "Die Frau", "einen Angeklagten": "Der Angeklagte"}
                if term and whom in one and not _PROBATION.search(text + following) and not _DEMANDED.search(text):
                    out.append((index, f"{one[whom]} muss {_term(term['term'])} ins Gefängnis."))
                continue
        if not out or (verb is None and "Freiheitsstrafe" not in text):
            continue
        following = own[position + 1][1].text if position + 1 < len(own) else ""
        if _PROBATION.search(text) or _PROBATION.search(following) or _DEMANDED.search(text):
            continue
        for found in _SENTENCE.finditer(text):
            male = found["article"].lower() == "der"
            person = f"Ein {found['age']}-jähriger Angeklagter" if male else f"Eine {found['age']}-jährige Angeklagte"
            out.append((index, f"{person} muss {_term(found['term'] or found['term2'])} ins Gefängnis."))
    return out
