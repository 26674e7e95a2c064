"""The part of a two-part headline that counts the people or jobs affected, said as a whole sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.negation import NEGATION
from pressconv.transforms.easy.source import split_sentences

__all__ = ["affected_titles"]

# "bis zu 180 Arbeitsplätze betroffen", "Rund 400 Haushalte betroffen": a count, a plural noun and the
# adjective "betroffen" (Duden: adjective, "betroffen sein"), the verb of being left out (Schlagzeilenstil).
# Two-part headline convention (dash, colon, slash): a first part may wrap the news in a euphemism
# ("X richtet Standort neu aus"); the part that counts the people affected is the hard news.
_AFFECTED: Final = re.compile(
    r"^(?P<count>(?:(?:bis zu|rund|etwa|mehr als|über|fast|knapp) )?\d[\d.]*) (?P<noun>[A-ZÄÖÜ][\wäöüß·-]+) betroffen$",
    re.IGNORECASE,
)
# Words whose loss or gain changes the count's meaning (rubric item 2): the part must not hold them.
_KEEP: Final = re.compile(rf"\b(?:{NEGATION}|nur|auch|alle\w*)\b", re.IGNORECASE)


def _name_subject(part: str) -> str | None:
    """The subject of a headline clause when it is a name without an article ("Muster Werke schließt …"):
    the capitalised words before the finite verb, each a name or a noun (a firm's or a town's name)."""
    tagged = [t for t in morph.tag(part) if not t.pos.startswith("$")]
    finite = next((i for i, t in enumerate(tagged) if i > 0 and t.pos.endswith("(FIN)")), None)
    if finite is None or finite > 4:
        return None
    head = tagged[:finite]
    if not any(t.pos == "NE" for t in head) or not all(t.pos in ("NE", "NN") and t.word[:1].isupper() for t in head):
        return None
    return " ".join(t.word for t in head)


# Verbs of a transfer between two parties (a takeover, a sale, a merger): the headline names two
# firms, and the count may belong to the one that is not the subject.
_TRANSFER: Final = re.compile(
    r"\b(?:übernimmt|übernehmen|kauft|kaufen|erwirbt|erwerben|verkauft|verkaufen|fusioniert\w*|schluckt)\b"
)


def _tied(name: str, part: str, sentences: Sequence[str], counted: Sequence[int]) -> bool:
    """Whether the body names ``name`` with the count: in its sentence, or in the two before it."""
    if any(name in sentences[k] for k in counted):
        return True
    before = (" ".join(sentences[max(0, k - 2) : k]) for k in counted)
    return not _TRANSFER.search(part) and any(name in b for b in before)


def affected_titles(parts: Sequence[str], body: str) -> list[str]:
    """ "Bei Muster Werke sind bis zu 180 Arbeits·plätze betroffen" for the headline "Muster Werke richtet
    Standort neu aus – bis zu 180 Arbeitsplätze betroffen", then the count alone ("Bis zu 180 … sind betroffen").

    Only where the body repeats the count with the noun's stem (the number is the sender's, not a
    guess); the place of the count ("Bei X") is the name that is the other part's subject, where the
    body's sentence with the count names it as well.
    """
    plain_body = body.replace("·", "")
    found: list[str] = []
    for at, part in enumerate(parts):
        match = _AFFECTED.match(part.strip().rstrip(".!"))
        if match is None or _KEEP.search(part):
            continue
        number = re.search(r"\d[\d.]*", match["count"])
        stem = match["noun"].replace("·", "")[:6]
        if number is None or not re.search(rf"\b{re.escape(number.group(0))}\b[^.;]{{0,40}}{re.escape(stem)}", plain_body):
            continue
        count = match["count"][:1].lower() + match["count"][1:]
        # The name only where the body's sentence with the count names it too: in "X übernimmt Y –
        # 180 Arbeitsplätze betroffen" the jobs may be Y's, not the subject's (a reviewer's probe).
        # The count's own sentence, or the two before it (the lead names the firm, a later sentence the
        # jobs), except after a verb of transfer between two parties, where the jobs may be the other's.
        sentences = split_sentences(plain_body, "de")
        counted = [k for k, s in enumerate(sentences) if re.search(rf"\b{re.escape(number.group(0))}\b", s)]

        names = [n for p in parts[:at] if (n := _name_subject(p)) is not None and _tied(n, p, sentences, counted)]
        if names:
            found.append(f"Bei {names[0]} sind {count} {match['noun']} betroffen")
        found.append(f"{count[:1].upper()}{count[1:]} {match['noun']} sind betroffen")
    return found
