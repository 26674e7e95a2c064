"""Units and company-name abbreviations in plain words: "150 g" -> "150 Gramm", "Feinkost GmbH" -> "Feinkost".

Leichte Sprache writes no abbreviations (Netzwerk Leichte Sprache rule book: "Vermeiden Sie
Abkürzungen"). A unit symbol after a number is an abbreviation of a measure word (SI and German
units: DIN 1301), which is written out. A legal-form suffix of a company or association name
(German company and association law: GmbH, AG, KG, e.V. …) carries no meaning for the reader; the
sender line drops it already (sender.py), and a sentence drops it the same way. "Gebr." is the
abbreviation of "Gebrüder" in German company names.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["plain_units"]

# Unit symbols (DIN 1301) and their German measure words, plural and singular (after "1").
_UNITS: Final = {
    "mg": ("Milligramm", "Milligramm"),
    "g": ("Gramm", "Gramm"),
    "kg": ("Kilogramm", "Kilogramm"),
    "t": ("Tonnen", "Tonne"),
    "ml": ("Milliliter", "Milliliter"),
    "l": ("Liter", "Liter"),
    "mm": ("Millimeter", "Millimeter"),
    "cm": ("Zentimeter", "Zentimeter"),
    "m": ("Meter", "Meter"),
    "km": ("Kilometer", "Kilometer"),
    "ha": ("Hektar", "Hektar"),
    "qm": ("Quadratmeter", "Quadratmeter"),
    "m²": ("Quadratmeter", "Quadratmeter"),
    "km/h": ("Kilometer pro Stunde", "Kilometer pro Stunde"),
}
# A number (digits, a decimal comma, a thousands point) and a unit symbol right after it; the symbol
# ends the word ("5 m breit", "150 g."), so "5 mal" or "3 Tage" is no unit.
_UNIT: Final = re.compile(
    r"(?P<number>\b\d+(?:[.,]\d+)*)\s?(?P<unit>km/h|m²|mg|kg|ml|mm|cm|km|qm|ha|g|t|l|m)(?![\w/²])(?!\.\w)"
)
# Legal-form suffixes after a name (HGB, GmbHG, AktG, GenG, BGB §21), the comma some names put
# before them ("Muster, GmbH") included. Only the forms that are no word or acronym of their own:
# "AG" may be an "Arbeitsgemeinschaft", "SE" a seminar, so they stay (and the verifier drops a
# sentence that keeps an abbreviation).
_LEGAL_FORM: Final = re.compile(
    r"(?<=[\wäöüß]),?\s+(?:gemeinnützige GmbH|GmbH\s*(?:&|und)\s*Co\.\s*KG|gGmbH|GmbH|mbH|KGaA|OHG|e\.\s?[VG]\.)(?![\w.])"
)
# "Gebr. Meyer": the abbreviation of "Gebrüder" before a family name in a company name.
_BROTHERS: Final = re.compile(r"\bGebr\.(?=\s+[A-ZÄÖÜ])")


def plain_units(sentence: str) -> str:
    """The sentence with unit symbols after numbers and company abbreviations written out or left out."""

    def unit(match: re.Match[str]) -> str:
        plural, singular = _UNITS[match["unit"]]
        return f"{match['number']} {singular if match['number'] == '1' else plural}"

    text = _UNIT.sub(unit, sentence)
    text = _BROTHERS.sub("Gebrüder", text)
    text = _LEGAL_FORM.sub("", text)
    if sentence.endswith(".") and not text.endswith((".", "!", "?", ":")):
        text += "."  # "… Verein Muster e.V." ends with the sentence's own period
    return text
