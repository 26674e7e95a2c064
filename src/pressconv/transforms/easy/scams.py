"""What fraudsters do, from a fraud warning's own clause: whom they pose as, and how they reach people.

A fraud warning of the police, a consumer advice centre or a bank (crime-prevention convention:
"Warnung vor Betrügern", "falsche Polizisten", "Schockanrufe") names the trick in one clause: "Betrüger,
die sich am Telefon als Polizeibeamte oder Staatsanwälte ausgeben". The summary says it as a main
clause with the sender's subject noun as a bare plural ("Betrüger geben sich …": no article, as the
summary never introduced them; a definite "Die Täter" was judged broken) and the roles as listed,
in the source's tense (present for the general warning, Perfekt for told cases). A list of roles
that is not a plain list of nouns, or a clause under a negation, is left out (omission over error).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

__all__ = ["trick_lines"]

# The release is about fraud at all (the kind's general vocabulary).
_FRAUD: Final = re.compile(
    r"\b(?:Betrüger\w*|Betrug\w*|Betrugs\w*|Schockanruf\w*|Enkeltrick\w*|Trickbetrüger\w*|[Ff]alsche[rn]?\s+Polizist\w*)"
)
# "<Betrüger|Täter|Anrufer>, die sich (am Telefon) als A, B oder C ausgeben" and the main-clause forms
# "Die Anrufer gaben sich (dabei) als A, B oder C aus", "… haben sich als A ausgegeben".
_ROLE: Final = r"[A-ZÄÖÜ][a-zäöüß]+"
# The last role may carry its situation ("Angehörige in einer Notlage"): kept whole, as written.
_ROLES: Final = (
    rf"(?P<roles>{_ROLE}(?:,\s+{_ROLE}){{0,3}}(?:\s+(?:oder|und)\s+{_ROLE})?"
    r"(?:\s+in\s+(?:einer|einem)\s+[A-ZÄÖÜ][a-zäöüß]+)?)"
)
# The fraudsters, in any case of the plural ("vor Betrügern, die …"): said in the nominative.
_WHO: Final = r"(?P<who>(?:Trick)?[Bb]etrüger(?:innen|n)?|Täter(?:innen|n)?|Anrufer(?:innen|n)?)"
_POSING: Final = (
    re.compile(
        rf"\b{_WHO}(?:\s+[a-zäöüß]+)?,\s+die\s+sich\s+(?P<phone>am Telefon\s+)?als\s+{_ROLES}"
        r"\s+(?P<verb>ausgeben|ausgegeben)\b"
    ),
    re.compile(
        rf"\b(?:Die\s+)?{_WHO}\s+(?P<verb>gaben|geben)\s+sich\s+(?:dabei\s+|meist\s+|oft\s+)?"
        rf"(?P<phone>am Telefon\s+)?als\s+{_ROLES}\s+aus\b"
    ),
)
# Officialese role nouns said the way every reader knows them (plain-language convention).
_PLAIN: Final = {
    "Polizeibeamte": "Polizisten",
    "Polizeibeamten": "Polizisten",
    "Polizeibeamtinnen": "Polizistinnen",
    "Beamte": "Beamte",
}
# A negation or denial anywhere in the sentence, after the trick too ("Täter, die sich als Wasserwerker
# ausgeben, sind bisher nicht bekannt"; "…, sind echte Mitarbeiter"): the German negation and the
# predicate of a relative-clause subject stand after it, so the sentence is read whole.
_NEG: Final = re.compile(r"\b(?:nicht|nie|niemals|kein\w*|echte[nr]?)\b")
# A clause ends at a comma, semicolon, colon or dash outside the match (the channel is read in it only).
_CLAUSE_END: Final = re.compile(r"[,;:–]")
# A telephone trick: the sentence or the release names calls.
_CALLS: Final = re.compile(r"\b(?:[Aa]nruf\w*|[Tt]elefon\w*|rufen\b|ruft\b)")


# The caller's lie told as indirect speech ("und behaupteten, ein Angehöriger komme nur gegen Kaution
# nicht in Haft"): a negation there (Konjunktiv I, the reported content) is the lie's, not the sender's
# denial of the trick, so the sentence is read up to the verb of saying.
_SAYING: Final = re.compile(r"\b(?:behauptet\w*|erzählt\w*|gaben\s+vor|gaben\s+an|sagt\w*)\s*,")


def _said(sentence: str, end: int) -> str:
    """The sentence the sender states, up to a verb of saying after the trick (its reported content cut)."""
    saying = _SAYING.search(sentence, end)
    return sentence[: saying.start()] if saying else sentence


def _passes(line: str) -> bool:
    """The verifier's rule checks accept the line as the summary writes it (compounds split)."""
    from pressconv.transforms.easy.compounds import segment_text
    from pressconv.transforms.easy.verify import rule_failures

    return not rule_failures(segment_text(line))


def trick_lines(heads: Sequence[str], body: Sequence[str]) -> list[str]:
    """ "Betrüger geben sich als Polizisten oder Ärzte aus.": the trick, once, or nothing."""
    if not any(_FRAUD.search(text) for text in [*heads, *body]):
        return []
    for sentence in body:
        for pattern in _POSING:
            match = pattern.search(sentence)
            if match is None or _NEG.search(_said(sentence, match.end())):
                continue
            # "am Telefon" only from the trick's own clause: another clause's call is no channel of this trick.
            start = max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, match.start())), default=0)
            after = _CLAUSE_END.search(sentence, match.end())
            clause = sentence[start : after.start() if after else len(sentence)]
            roles = re.sub(_ROLE, lambda m: _PLAIN.get(m[0], m[0]), match["roles"])
            who = re.sub(r"(?<=er)n$", "", match["who"]).capitalize()
            phone = " am Telefon" if match["phone"] or (_CALLS.search(clause) and not who.startswith("Anrufer")) else ""
            verb = (
                "geben sich{} als {} aus." if match["verb"] in ("geben", "ausgeben") else "haben sich{} als {} ausgegeben."
            )
            # "Verwandte in einer Notlage": the situation may go, and the channel, where the whole line
            # is too long or a word in them too hard; the roles stay all there.
            plain = re.sub(r"\s+in\s+(?:einer|einem)\s+[A-ZÄÖÜ][a-zäöüß]+$", "", roles)
            for said in dict.fromkeys([(phone, roles), ("", roles), (phone, plain), ("", plain)]):
                line = f"{who} " + verb.format(*said)
                if len(line.split()) <= 12 and _passes(line):
                    return [line]
            return []
    return []
