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

from pressconv.transforms.easy import morph
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
    r"\b(?P<article>[Dd]ie|[Dd]er)\s+(?P<first>[A-ZÄÖÜ][\wäöüß-]*)(?=(?P<rest>(?:\s+[A-ZÄÖÜ0-9][\w&.'-]*){0,4})\s+"
    r"(?:GmbH\s*(?:&|und)\s*Co\.\s*KG|gGmbH|GmbH|mbH|KGaA|OHG)(?![\w.]))"
)
# "Gebr. Meyer": the abbreviation of "Gebrüder" before a family name in a company name.
_BROTHERS: Final = re.compile(r"\bGebr\.(?=\s+[A-ZÄÖÜ])")


def _firm(match: re.Match[str]) -> str:
    """ "Die Getränkemarkt Muster GmbH" -> "Die Firma Getränkemarkt Muster GmbH", "Die Schmidt GmbH" ->
    "Die Firma Schmidt GmbH": where nothing in the name agrees with the article once the form is gone."""
    first = match["first"]
    if first == "Firma":
        return match.group(0)
    entry = lookup(first)
    # "Die Verkehrsbetriebe X GmbH erweitern …": a plural first noun with a plural verb agrees with
    # "die" as it stands; "Die Firma Verkehrsbetriebe X erweitern" would not. With a singular verb
    # ("Die Parkbetriebe X GmbH passt …") the company is the subject, and "Firma" says so. HanTa's lemma
    # shows the plural noun (the singular plus a plural ending); the verb after the name its number.
    lemma = next((t.lemma for t in morph.tag(f"die {first}")[1:]), first)
    plural = lemma != first and first in (lemma + "e", lemma + "en", lemma + "er", lemma + "n", lemma + "s")
    # The finite verb of the name's own clause (between the commas around it), after the name or before
    # it ("Ab Montag erweitern die Verkehrsbetriebe …"; "…, wie die Verkehrsbetriebe X GmbH mitteilt").
    start = match.string.rfind(",", 0, match.start()) + 1
    stop = match.string.find(",", match.end())
    clause = match.string[start : stop if stop >= 0 else len(match.string)]
    verb = next((t.word for t in morph.tag(clause) if t.pos.endswith("(FIN)")), "")
    plural = plural and (verb.endswith(("en", "ern", "eln")) or verb == "sind")
    if entry is not None and entry.gender in ("der", "das") and not plural:
        return f"{match['article']} Firma {first}"
    # A name of names only ("Die Schmidt GmbH", "Die Meier Bauer GmbH"): a family or invented name has
    # no gender of its own, so "Die Schmidt hat …" would agree with nothing. A common noun in the name
    # ("Die Brenkhoff Armaturen GmbH", "Die Sparkasse X GmbH") carries the article as a plural or a
    # feminine does, and the name reads whole without "Firma".
    words = [first, *match["rest"].split()]
    tagged = morph.tag(" ".join(["die", *words, "GmbH"]))[1:-1]
    if all(t.pos == "NE" and lookup(t.word) is None for t in tagged):
        return f"{match['article']} Firma {first}"
    return match.group(0)


def _without_form(match: re.Match[str]) -> str:
    """The legal form after a name left out; after a common word it is the noun itself and stays.

    "Die Muster GmbH" names a company, "eine neue GmbH" or "der GmbH" speaks of one: there the
    form is the only noun of its phrase, and leaving it out would leave an article or adjective
    with nothing to agree with ("eine neue gegründet"). A name part is capitalised or a number.
    """
    before = re.search(r"(\S+)\s*$", match.string[: match.start()])
    word = before.group(1).strip("„“\"'()") if before else ""
    if word[:1].isupper() or word[:1].isdigit():
        return ""
    return match.group(0)


def plain_units(sentence: str) -> str:
    """The sentence with unit symbols after numbers and company abbreviations written out or left out."""

    def unit(match: re.Match[str]) -> str:
        """The number with its unit written out, in the singular for 1."""
        plural, singular = _UNITS[match["unit"]]
        return f"{match['number']} {singular if match['number'] == '1' else plural}"

    text = _UNIT.sub(unit, sentence)
    text = _BROTHERS.sub("Gebrüder", text)
    text = _ARTICLE_BEFORE_COMPANY.sub(_firm, text)
    text = _LEGAL_FORM.sub(_without_form, text)
    if sentence.endswith(".") and not text.endswith((".", "!", "?", ":")):
        text += "."  # "… Verein Muster e.V." ends with the sentence's own period
    return text
