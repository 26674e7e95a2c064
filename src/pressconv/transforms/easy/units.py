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

from pressconv.transforms.easy.lexicon import lookup

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
    r"(?<=[\wäöüß]),?\s+(?:gemeinnützige GmbH|GmbH\s*(?:&|und)\s*Co\.\s*KG|gGmbH|GmbH|mbH|KGaA|OHG|e\.\s?[VG]\.|eG)(?![\w.])"
)
# A company's legal forms are feminine nouns ("die GmbH", "die KG", "die OHG"), and an article before
# the name agrees with them, not with the name's own last noun ("Die Getränkemarkt Muster GmbH"): with
# the form dropped, "Firma" (feminine, the plain word for a company) takes its place after the article,
# so "Die Getränke·markt" with a masculine noun cannot arise. Only where the name's first word is a
# masculine or neuter noun: a plural or feminine one ("Die Stadtwerke X GmbH senken …") agrees with
# the article itself, and the verb with it. Up to five name words between article and form.
_ARTICLE_BEFORE_COMPANY: Final = re.compile(
    r"\b(?P<article>[Dd]ie|[Dd]er)\s+(?P<first>[A-ZÄÖÜ][\wäöüß-]*)(?=(?:\s+[A-ZÄÖÜ0-9][\w&.'-]*){0,4}\s+"
    r"(?:GmbH\s*(?:&|und)\s*Co\.\s*KG|gGmbH|GmbH|mbH|KGaA|OHG)(?![\w.]))"
)
# "Gebr. Meyer": the abbreviation of "Gebrüder" before a family name in a company name.
_BROTHERS: Final = re.compile(r"\bGebr\.(?=\s+[A-ZÄÖÜ])")


def _firm(match: re.Match[str]) -> str:
    """ "Die Getränkemarkt" -> "Die Firma Getränkemarkt" where the name's first noun is not feminine."""
    entry = lookup(match["first"])
    if match["first"] == "Firma" or entry is None or entry.gender not in ("der", "das"):
        return match.group(0)
    return f"{match['article']} Firma {match['first']}"


def plain_units(sentence: str) -> str:
    """The sentence with unit symbols after numbers and company abbreviations written out or left out."""

    def unit(match: re.Match[str]) -> str:
        """The number with its unit written out, in the singular for 1."""
        plural, singular = _UNITS[match["unit"]]
        return f"{match['number']} {singular if match['number'] == '1' else plural}"

    text = _UNIT.sub(unit, sentence)
    text = _BROTHERS.sub("Gebrüder", text)
    text = _ARTICLE_BEFORE_COMPANY.sub(_firm, text)
    text = _LEGAL_FORM.sub("", text)
    if sentence.endswith(".") and not text.endswith((".", "!", "?", ":")):
        text += "."  # "… Verein Muster e.V." ends with the sentence's own period
    return text
