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

__all__ = ["reason_lines"]

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
