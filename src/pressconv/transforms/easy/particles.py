"""The prepositions that are also separable verb particles (Duden grammar, Partikelverben).

"ab", "an", "auf" … head a phrase ("ab Montag") and close a main clause as a verb's particle ("Die
Stadt schließt den Park ab"); a noun formed with one is a word of its own ("Übersicht", "Umleitung").
One list for the steps that must tell the two uses apart.
"""

from __future__ import annotations

from typing import Final

__all__ = ["PARTICLE_PREPOSITIONS"]

PARTICLE_PREPOSITIONS: Final = frozenset(
    {"ab", "an", "auf", "aus", "bei", "durch", "gegen", "mit", "nach", "über", "um", "unter", "vor", "zu"}
)
