"""An address belongs to the thing its sentence names: a box office's or a registration desk's is no venue.

Event releases print several addresses: where the event is, and where to buy tickets ("Karten sind an
der Theaterkasse am Marktplatz 7 erhältlich"), to register ("Anmeldung in der Geschäftsstelle,
Lindenweg 3"), to hand in forms. The summary's "Die Adresse ist: …" after the event says where the
event takes place, so an address may stand there only when its sentence is about the event's place.
German attaches an address to the noun right before it (apposition or "am/in der" phrase): when that
noun phrase names a desk of sale, booking or office work, and the sentence says nothing of the event
taking place there ("findet … statt", "beginnt", "Treffpunkt"), the address is that desk's (judged
wrong: a theatre's box office given as the premiere's venue). Omission over error: such a sentence
gives no venue at all.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["desk_address"]

# Desks of sale, booking and office work (Duden: Kasse, Vorverkauf, Geschäftsstelle, Sekretariat) and
# the words of buying a ticket or handing something in: where the reader goes for a task, not the event.
_DESK: Final = re.compile(
    r"\w*[Kk]asse\b|\w*[Vv]orverkauf\w*|\w*[Vv]erkaufsstelle\w*|[Gg]eschäftsstelle\w*|[Ss]ekretariat\w*|"
    r"[Aa]nmeldung\w*|[Kk]unden(?:center|zentrum|büro)\w*|[Ss]ervice(?:center|stelle|büro)\w*|"
    r"[Tt]ourist(?:info|-?[Ii]nformation)\w*|[Tt]icket\w*|\b(?:Karten|Eintrittskarten)\b|"
    r"\b(?:erhältlich|abzugeben|abgeben|abgegeben|einreichen|eingereicht|Postanschrift)\b"
)
# A sentence that says the event takes place at the address ("Die Lesung findet in der
# Geschäftsstelle, Lindenweg 3, statt"): then the desk is the venue.
_TAKES_PLACE: Final = re.compile(
    r"\b(?:statt|stattfinden|stattfindet|beginnt|beginnen|Treffpunkt|treffen\s+sich|trifft\s+sich|Veranstaltungsort)\b"
)
# The words before an address that make the phrase it stands in ("an der Theaterkasse am"):
# a German noun phrase with its preposition, article and one or two attributes.
_PHRASE_WORDS: Final = 8


def desk_address(sentence: str, start: int) -> bool:
    """The address at ``start`` of ``sentence`` is a desk's (box office, registration), not a venue."""
    if _TAKES_PLACE.search(sentence):
        return False
    before = " ".join(sentence[:start].split()[-_PHRASE_WORDS:])
    return _DESK.search(before) is not None
