"""Why a product is recalled, in plain words: germs or foreign bodies the sender names.

A product recall (food and consumer-product law, the "Produktrückruf" notice of makers, traders and
authorities) always gives its reason in a few fixed kinds: germs found in a sample ("Listerien",
"Salmonellen", "Schimmel") or foreign bodies that may be in it ("Glassplitter", "Metallteile",
"Fremdkörper"). The summary says the kind of reason with a word every reader knows ("Keime", "Teile
aus Glas") and with "können": the sender found it in a sample or fears it, so no reader is told
every pack holds it. A reason under a negation ("keine Listerien") or a condition is left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

__all__ = ["REFUND", "do_not_eat", "lot_actions", "reason_lines", "return_in_shop"]

# Germs by the names food notices use (bacteria, moulds, toxins of the Lebensmittelwarnung portal).
_GERMS: Final = re.compile(
    r"\b(?:Listerien|Listeria|Salmonellen|Salmonella|E\.\s?coli|EHEC|STEC|Bacillus\s+cereus|Keime\w*|Bakterien|"
    r"Schimmel(?:pilz\w*)?|Kolibakterien|Enterobakterien|Noroviren)\b"
)
# Foreign bodies by their material ("Glassplitter", "Metallteile", "Kunststoffstücke"): the material
# is said plainly, "Teile aus Glas"; "Fremdkörper" without a material is "fremde Teile".
_MATERIALS: Final = {"glas": "Glas", "metall": "Metall", "kunststoff": "Plastik", "plastik": "Plastik", "holz": "Holz"}
_FOREIGN: Final = re.compile(
    r"\b(?P<material>Glas|Metall|Kunststoff|Plastik|Holz)(?:splitter\w*|teil\w*|stück\w*|späne\w*)|\bFremdkörper\w*\b",
    re.I,
)
# Where the reason stands: a sentence that names it as found, present or feared (its verbs).
_FOUND: Final = re.compile(
    r"\b(?:nachgewiesen|gefunden|festgestellt|entdeckt|befinden|enthalten|enthält|belastet|"
    r"verunreinigt|Verunreinigung|ausgeschlossen)\b"
)
# "keine Listerien", "frei von", a condition: the reason is denied or only supposed.
_DENIED: Final = re.compile(r"\b(?:kein\w*|frei\s+von|falls|wenn|sofern)\b|\bnicht\b(?![^.]*\bausgeschlossen\b)", re.I)
_RECALL: Final = re.compile(r"\b[Rr]ückruf\w*|\bruft\b[^.]{0,160}\bzurück\b|\bzurückgerufen\b")
# A reason that is no finding in this product (food-control convention: a recall may be made because a
# prescribed test was not done, "die vorgeschriebene Untersuchung auf Salmonellen fehlte", or because
# germs were found in another batch): "Im Produkt können Keime sein." would say more than the sender.
_NOT_THIS: Final = re.compile(
    r"\b(?:fehl(?:t|te|ten|end\w*)|ohne|unterblieb\w*|versäumt\w*|nur|anderen?|früheren?|weiteren?)\b"
)


def reason_lines(heads: Sequence[str], body: Sequence[str]) -> list[str]:
    """ "Im Produkt können Keime sein." or "… Teile aus Glas sein.": the recall's one reason, or nothing."""
    if not any(_RECALL.search(text) for text in [*heads, *body]):
        return []
    germs = foreign = False
    materials: set[str] = set()
    for sentence in [*heads, *body]:
        if not _FOUND.search(sentence) and not _RECALL.search(sentence):
            continue
        if _DENIED.search(sentence):
            continue
        if _NOT_THIS.search(sentence) and (_GERMS.search(sentence) or _FOREIGN.search(sentence)):
            return []  # the reason is told of a missing test or another batch: say no reason at all
        if _GERMS.search(sentence):
            germs = True
        for match in _FOREIGN.finditer(sentence):
            foreign = True
            if match["material"]:
                materials.add(_MATERIALS[match["material"].lower()])
    if germs and not foreign:
        return ["Im Produkt können Keime sein."]
    if foreign and not germs and len(materials) == 1:
        return [f"Im Produkt können Teile aus {materials.pop()} sein."]
    if foreign and not germs and not materials:
        return ["Im Produkt können fremde Teile sein."]
    return []  # two kinds of reason or two materials: one line would say less than the sender


# The lot label lines of a recall's product table ("Losnummer: L123", "Losnummern: L1, L2, L3",
# "Chargennummer (Los): L26-087", "Charge: 2417"): the recall holds for these lots only.
_LOT_LABEL: Final = re.compile(
    r"^(?:Los(?:nummer|-Nr\.?)?n?|Charge(?:n(?:nummer)?n?)?|Chargennummer)(?:\s*\([^)]{1,12}\))?\s*:\s*(?P<lots>.+)$"
)
_LOT: Final = r"[A-Z]{0,3}-?\d[\dA-Z/-]{2,}"
_LOTS: Final = re.compile(rf"^{_LOT}(?:(?:,\s*|\s+und\s+|\s+oder\s+){_LOT})*$")
_LOTS_MAX: Final = 4
# The reader's action where the release asks for it (as safety.recall_lines reads it).
_DO_NOT_EAT: Final = re.compile(r"\bnicht\s+(?:zu\s+)?(?:verzehren|essen)\b|\bvom\s+Verzehr\b[^.]{0,60}\babgeraten\b")
_RETURN: Final = re.compile(r"\bzurückgegeben\s+werden\b|\bzurückbringen\b|\bzurückgeben\b")
_SHOP: Final = re.compile(r"\b(?:Verkaufsstelle|Filiale|Markt|Märkte|Geschäft|Händler|Handel)\w*")
# The refund of the price, the recall convention "Der Kaufpreis wird erstattet" (also used by safety.py).
REFUND: Final = re.compile(r"\bKaufpreis\b[^.]{0,80}\berstattet\b|\berstattet\b[^.]{0,80}\bKaufpreis\b")


# The subject of a do-not-eat advice narrower than every buyer (allergy-notice convention: "Menschen mit
# einer Milchallergie sollten das Produkt nicht verzehren"): the imperative "Essen Sie … nicht." would
# give the advice to all, so the clause is left out.
_NARROW: Final = re.compile(
    r"\b(?:Allergi\w*|\w+allergi\w*|Unverträglichkeit\w*|Intoleranz\w*|Schwanger\w*|Kinder\w*|Säugling\w*|"
    r"Kleinkind\w*|Menschen\s+mit|Personen\s+mit|Betroffene\w*|[Ii]mmun\w*|empfindlich\w*|älter\w*|wer)\b"
)
_NOT: Final = re.compile(r"\b(?:nicht|kein\w*|nie)\b")


def _sentences(body: Sequence[str]) -> list[str]:
    """The body's sentences (a paragraph may hold several)."""
    return [s for text in body for s in re.split(r"(?<=[.!?])\s+", text)]


def do_not_eat(body: Sequence[str]) -> bool:
    """The release asks every buyer not to eat the product: a do-not-eat clause, none for a narrower group."""
    found = [s for s in _sentences(body) if _DO_NOT_EAT.search(s)]
    return bool(found) and not any(_NARROW.search(s) for s in found)


def return_in_shop(body: Sequence[str]) -> bool:
    """ "Das Produkt kann im Markt zurückgegeben werden": a return to the shop in one clause, no negation.

    "kann nicht im Markt zurückgegeben werden" turns the fact round (a negation is never dropped): left out.
    """
    found = [s for s in _sentences(body) if _RETURN.search(s)]
    return bool(found) and not any(_NOT.search(s) for s in found) and any(_SHOP.search(s) for s in found)


def lot_actions(body: Sequence[str]) -> list[str]:
    """ "Essen Sie das Produkt mit der Los·nummer L1 oder L2 nicht." and where to return it, for a labelled lot list.

    The lots go into the action itself, so no line can say "Essen Sie das Produkt nicht." of every
    lot (a restriction lost). One lot label line with one to four plain lot numbers, else nothing.
    """
    labelled = [m for s in body if (m := _LOT_LABEL.match(s.strip()))]
    if len(labelled) != 1 or not _LOTS.match(labelled[0]["lots"].strip().rstrip(".")):
        return []
    lots = re.findall(_LOT, labelled[0]["lots"])
    if not 1 <= len(lots) <= _LOTS_MAX:
        return []
    text = " ".join(body)
    lines: list[str] = []
    if do_not_eat(body):
        named = lots[0] if len(lots) == 1 else f"{', '.join(lots[:-1])} oder {lots[-1]}"
        # The label as the sender prints it: a batch ("Charge") is said as such, never renamed.
        label = "Los·nummer" if labelled[0][0].startswith("Los") else "Chargen·nummer"
        lines.append(f"Essen Sie das Produkt mit der {label} {named} nicht.")
    if return_in_shop(body):
        lines.append("Sie können das Produkt im Geschäft zurückgeben.")
        if REFUND.search(text):
            lines.append("Sie bekommen den Kaufpreis zurück.")
    return lines
