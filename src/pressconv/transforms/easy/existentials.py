"""An event introduced in its own statement ("Eine Lesung ist am Freitag …"), not by a bare "Es gibt eine Lesung."

"Es gibt eine Auftakt·veranstaltung." says nothing but that a noun exists: nominal style, the
statement carried by the noun and an empty verb (Netzwerk Leichte Sprache: say what happens, with
a verb; blind judges count such a line as a rule break). The next template line about the same noun
("Die Auftakt·veranstaltung ist am Montag, 25. September 2023.") says the first real thing about it;
written with the indefinite article ("Eine Auftakt·veranstaltung ist am Montag …") it introduces
the noun itself (Duden grammar: the indefinite article marks a referent as new), so the empty line
goes. Only template lines are merged: their frame is known, every word comes from the two lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Final

from pressconv.transforms.easy.templates import Line

__all__ = ["introduced_in_statement"]

# "Es gibt eine Lesung." / "Es hat einen Brand gegeben.": the existence frame of the templates.
_EXISTS: Final = re.compile(r"^Es (?:gibt|hat) (?P<art>einen|eine|ein) (?P<noun>[A-ZÄÖÜ][\w·\-]*)(?P<past> gegeben)?\.$")
# The origins of the lines the fact templates write (templates.py): the event's own and a side event's.
_TEMPLATE_ORIGINS: Final = ("template", "advice")
# The definite and the indefinite nominative article of each accusative form after "Es gibt"
# (Duden grammar, declension of "der" and "ein").
_ARTICLES: Final = {"einen": ("Der", "Ein"), "eine": ("Die", "Eine"), "ein": ("Das", "Ein")}


def _plain(text: str) -> str:
    """The text in lower case, without Mediopunkts and hyphens, for comparing words."""
    return text.replace("·", "").replace("-", "").lower()


def introduced_in_statement(lines: list[Line], passes: Callable[[str], bool], title: str = "") -> list[Line]:
    """The lines with each bare existence line merged into the first copula line on its noun.

    The merged line stands where the existence line stood: lines between the two ("Das Thema ist: …",
    "Die Lesung heißt …") then follow the noun's introduction as they did before.

    A noun the title names is introduced already: there the existence line just goes. ``passes``
    checks the merged sentence as the verifier does; a sentence that fails leaves both lines
    as they were (the merge must never let a rule break through).
    """
    out = list(lines)
    index = 0
    while index < len(out):
        line = out[index]
        match = _EXISTS.match(line.text) if line.origin in _TEMPLATE_ORIGINS else None
        if match is None:
            index += 1
            continue
        definite, indefinite = _ARTICLES[match["art"]]
        frame = re.compile(rf"^{definite} {re.escape(match['noun'])} (?:ist|war) \S.*\.$")
        target = next(
            (i for i in range(index + 1, len(out)) if out[i].origin in _TEMPLATE_ORIGINS and frame.match(out[i].text)),
            None,
        )
        if target is None:
            index += 1
            continue
        if _plain(match["noun"]) in _plain(title):
            # The title names the noun ("… lädt zu einem Pressetermin ein"): it is introduced, so
            # "Der Pressetermin ist am …" stands as it is and the empty line goes.
            del out[index]
            continue
        merged = indefinite + out[target].text[len(definite) :]
        if not passes(merged):
            index += 1
            continue
        out[index] = replace(out[target], text=merged)
        del out[target]
        index += 1
    return out
