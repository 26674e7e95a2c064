"""Who says it, with a verb: "Der Streik endet nach Angaben von der Gewerkschaft um 22 Uhr." -> "Die Gewerkschaft sagt: …".

"nach Angaben von X" and "laut X" attribute a statement to its source in nominal style (Netzwerk
Leichte Sprache: use verbs, not nouns; "Angaben" is an abstract noun of officialese). The plain way
names the source as the subject of "sagen" and gives the statement after a colon, the frame the
summary uses for every reported statement ("Die Polizei sagt: …"). Only a phrase inside the clause
is moved: the clause keeps its verb-second order without it. The source must be a noun phrase whose
nominative the article shows ("von der Gewerkschaft" -> "Die Gewerkschaft", "vom Betriebs·rat" ->
"Der Betriebs·rat"); "nach eigenen Angaben" points at the subject and stays.
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy.lexicon import article

__all__ = ["said_by"]

# The phrase inside the clause (never at its start: without it the verb would stand first), its
# source a noun and at most one name or noun after it ("von der Polizei Berlin").
_SOURCE: Final = r"(?P<noun>[A-ZÄÖÜ][\w·\-]*)(?P<name> [A-ZÄÖÜ][\w·\-]*)?"
_ACCORDING: Final = re.compile(
    rf"(?<=\S) ,?\s*(?:nach Angaben (?P<prep>von der|vom|von dem) |laut (?P<laut>der|dem)?\s*){_SOURCE}(?=[ ,.])"
)


def said_by(sentence: str) -> str:
    """The sentence as "<source> sagt: <statement>", or unchanged where the source's form is unsure."""
    if "sagt" in sentence or "„" in sentence or ":" in sentence:
        return sentence  # already a statement of someone, a quotation or a frame
    matches = list(_ACCORDING.finditer(sentence))
    if len(matches) != 1:
        return sentence
    match = matches[0]
    noun = match["noun"]
    gender = article(noun.replace("·", ""))
    preposition = match["prep"] or match["laut"] or ""
    if preposition in ("von der", "der"):
        # "von der"/"laut der": the dative of a feminine singular noun (a plural takes "den").
        subject = "Die" if gender == "die" else None
    elif preposition in ("vom", "von dem", "dem"):
        subject = {"der": "Der", "das": "Das"}.get(gender or "")
    else:
        # "laut Polizei": no article, the noun's own gender gives the nominative's.
        subject = {"der": "Der", "die": "Die", "das": "Das"}.get(gender or "")
    if subject is None:
        return sentence
    rest = (sentence[: match.start()] + sentence[match.end() :]).strip()
    rest = re.sub(r"\s+([,.!?])", r"\1", re.sub(r"\s{2,}", " ", rest))
    if not rest.endswith((".", "!", "?")):
        return sentence
    statement = rest[:1].upper() + rest[1:]
    return f"{subject} {noun}{match['name'] or ''} sagt: {statement}"
