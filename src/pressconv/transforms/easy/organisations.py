"""The nouns that name an organisation ("Polizei", "Verband", "Amt") and the gender each takes."""

from __future__ import annotations

from typing import Final

__all__ = ["ORG_GENDERS", "ORG_HEADS"]

# Nouns that name an organisation (the head of "Polizei Berlin", "Bündnis Kabel & Drähte"), with the
# gender each takes: grammatical facts of German nouns (Duden), used when the lexicon lacks the noun.
# A compound takes the gender of its last part ("Tierheim" -> "Heim", das).
ORG_GENDERS: Final = {
    "polizei": "die", "feuerwehr": "die", "wehr": "die", "verein": "der", "verband": "der", "bündnis": "das",
    "partei": "die", "stiftung": "die", "organisation": "die", "initiative": "die", "gewerkschaft": "die",
    "unternehmen": "das", "firma": "die", "behörde": "die", "amt": "das", "ministerium": "das",
    "verwaltung": "die", "präsidium": "das", "archiv": "das", "gericht": "das", "staatsanwaltschaft": "die",
    "rechnungshof": "der", "schule": "die", "museum": "das", "universität": "die", "hochschule": "die",
    "stadt": "die", "gemeinde": "die", "bezirk": "der", "netzwerk": "das", "club": "der", "klub": "der",
    "bund": "der", "institut": "das", "zentrum": "das", "bibliothek": "die", "bücherei": "die", "kirche": "die",
    "gemeinschaft": "die", "rat": "der", "senat": "der", "kreis": "der", "dienst": "der", "heim": "das",
    "werk": "das", "zentrale": "die", "agentur": "die", "kammer": "die", "gymnasium": "das", "kita": "die",
    "kindergarten": "der", "theater": "das", "haus": "das", "büro": "das", "team": "das", "forum": "das",
    "beirat": "der", "ausschuss": "der", "landkreis": "der", "krankenhaus": "das", "klinik": "die",
    "zoo": "der", "tierpark": "der", "referat": "das", "abteilung": "die", "dezernat": "das", "stelle": "die",
    "betrieb": "der", "betriebe": "die", "bank": "die", "kasse": "die", "gruppe": "die",
    "fraktion": "die", "union": "die", "allianz": "die",
}  # fmt: skip
ORG_HEADS: Final = tuple(ORG_GENDERS)
