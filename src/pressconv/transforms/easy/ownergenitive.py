"""An owner's genitive said with "von": "des Deutschen Gewerkschaftsbundes" -> "vom Deutschen Gewerkschaftsbund".

Leichte Sprache avoids the genitive (Netzwerk Leichte Sprache) and says the owner with "von" + dative.
Shared by the facts of a person's organisation (facts.py) and by whose opening hours a list gives
(schedules.py); a form it cannot say for sure gives None (omission over error).
"""

from __future__ import annotations

from pressconv.transforms.easy.lexicon import lookup

__all__ = ["genitive_to_von"]


def genitive_to_von(org: str) -> str | None:
    """ "des Deutschen Gewerkschaftsbundes" -> "vom Deutschen Gewerkschaftsbund"; None if unsure.

    Masculine and neuter genitives drop their -es/-s (HanTa's lemma confirms the bare noun);
    "der" + a feminine head ("der Polizei Berlin") becomes "von der". A plural genitive ("der Schulen")
    would need the dative plural and is left out.
    """
    from pressconv.transforms.easy import morph

    words = org.split()
    article, rest = words[0], words[1:]
    tail = ""
    if "für" in rest:
        tail = " " + " ".join(rest[rest.index("für") :])
        rest = rest[: rest.index("für")]
    if not rest:
        return None
    if article == "der":
        head = next((w for w in rest if lookup(w) is not None), None)
        entry = lookup(head) if head is not None else None
        # Feminine singular only: "der Schulen" is a plural genitive, which "von der" would falsify.
        if head is None or entry is None or entry.gender != "die" or head.endswith("en"):
            return None
        return "von der " + " ".join(rest) + tail
    # "des": the first noun ending in -s/-es is the genitive head; adjectives before it end in -en.
    tagged = morph.tag(f"Die Arbeit des {' '.join(rest)} ist gut.")
    out: list[str] = []
    head_done = False
    for word, token in zip(rest, tagged[3 : 3 + len(rest)], strict=False):
        if not head_done and token.pos == "NN":
            lemma = token.lemma or ""
            if not (word.endswith("s") and lemma and word.lower().startswith(lemma.lower()) and lemma != word):
                return None
            out.append(lemma[:1].upper() + lemma[1:])
            head_done = True
        else:
            out.append(word)
    return "vom " + " ".join(out) + tail if head_done else None
