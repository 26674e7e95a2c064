"""The sender's "uns" and "unser" said with the sender's name or the third person's own forms.

Press releases speak for their sender in the first person plural ("unser Antrag", "bei uns"); a
Leichte-Sprache summary read on its own must say who is meant (rubric, item 3: no pronoun pointing
at nothing). German grammar gives each first-person form a third-person counterpart with the same
case ending, so the repair is exact or it is refused:

- the possessive with "wir" as the subject: "unseren" -> "seinen"/"ihren" (same ending; "sein" for a
  masculine or neuter sender, "ihr" for a feminine or plural one), which then points at the subject;
- the possessive without "wir": "unseren Antrag" -> "den Antrag" + "von" and the sender (the
  possessive determiner's ending is the definite article's: -en/den, -em/dem, -er/der, -e/die);
  "unser Verein" naming the sender itself becomes the sender's name in that case;
- "uns" after a preposition that governs one case (dative: bei, mit, von, zu, aus, nach, seit;
  accusative: für, durch, gegen, ohne, um) -> the sender in that case ("bei uns" -> "beim Verein");
- "uns" beside the subject "wir" is reflexive ("wir freuen uns") -> "sich".

Anything else ("uns" as a bare object, a two-way preposition, a genitive "unseres", a sender whose
gender is unknown) leaves the sentence unchanged, for the verifier to drop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from pressconv.transforms.easy import morph

__all__ = ["SenderForms", "name_ours"]

_DATIVE_PREPOSITIONS: Final = frozenset(["bei", "mit", "von", "zu", "aus", "nach", "seit", "gegenüber"])
_ACCUSATIVE_PREPOSITIONS: Final = frozenset(["für", "durch", "gegen", "ohne", "um"])
# Preposition + definite article contracted (Duden grammar, Verschmelzung): "bei dem" -> "beim".
_CONTRACTED: Final = {"bei dem": "beim", "von dem": "vom", "zu dem": "zum", "zu der": "zur"}
# The definite article that carries the same ending as the possessive determiner "unser-".
_ARTICLE_OF_ENDING: Final = {"unsere": "die", "unseren": "den", "unserem": "dem", "unserer": "der"}


@dataclass(frozen=True, slots=True)
class SenderForms:
    """The sender in each case, with its article ("der Verein Grünau", "den …", "dem …")."""

    nominative: str
    accusative: str
    dative: str
    plural: bool = False

    @property
    def gender(self) -> str | None:
        """ "der", "die", "das" or "pl" from the nominative's article; None for a bare name."""
        if self.plural:
            return "pl"
        first = self.nominative.split(" ", 1)[0].lower()
        return first if first in ("der", "die", "das") else None


def _sender_case(forms: SenderForms, case: str) -> str:
    """The sender's name in the case asked for: nominative, accusative or dative."""
    return {"nom": forms.nominative, "acc": forms.accusative, "dat": forms.dative}[case]


def _case_of_possessive(word: str, gender: str) -> str | None:
    """The case an "unser-" form has when it stands for a sender of ``gender`` (None: no such form)."""
    table = {
        "der": {"unser": "nom", "unseren": "acc", "unserem": "dat"},
        "das": {"unser": "nom", "unserem": "dat"},  # "unser" is nominative and accusative alike
        "die": {"unsere": "nom", "unserer": "dat"},  # "unsere" likewise
        "pl": {"unsere": "nom", "unseren": "dat"},
    }
    return table.get(gender, {}).get(word.lower())


def _with_preposition(preposition: str, phrase: str) -> str:
    """The phrase after the preposition, article contracted where German does ("von dem" -> "vom")."""
    head, _, rest = phrase.partition(" ")
    joined = f"{preposition.lower()} {head}"
    return f"{_CONTRACTED.get(joined, joined)} {rest}" if rest else joined


def name_ours(sentence: str, forms: SenderForms) -> str:
    """ "Wir haben unseren Antrag zurückgezogen." -> "Wir haben seinen Antrag zurückgezogen."; see the module.

    The result still holds "wir" where the source had it: ``person.third_person`` names that subject.
    Returns the sentence unchanged when any first-person form cannot be replaced with certainty.
    """
    tagged = morph.tag(sentence)
    words = [t.word for t in tagged]
    lower = [w.lower() for w in words]
    if not any(w == "uns" or w.startswith("unser") for w in lower):
        return sentence
    gender = forms.gender
    if gender is None:
        return sentence  # a bare name ("Netzwerk Ostsee"): no article, no possessive form to choose
    has_we = "wir" in lower
    out: list[str] = []
    index = 0
    while index < len(tagged):
        token, word = tagged[index], lower[index]
        if word == "uns":
            before = lower[index - 1] if index else ""
            if before in _DATIVE_PREPOSITIONS or before in _ACCUSATIVE_PREPOSITIONS:
                case = "dat" if before in _DATIVE_PREPOSITIONS else "acc"
                preposition = out.pop()
                phrase = _with_preposition(preposition, _sender_case(forms, case))
                out.append(phrase[:1].upper() + phrase[1:] if index == 1 else phrase)
            elif has_we and token.pos in ("PRF", "PPER") and index > 0:
                out.append("sich")  # reflexive beside the subject "wir": third person "sich"
            else:
                return sentence  # a bare object "uns": dative or accusative, the words do not say
            index += 1
            continue
        if word.startswith("unser") and token.pos == "PPOSAT":
            replaced = _possessive(tagged, index, forms, gender, has_we=has_we)
            if replaced is None:
                return sentence
            named, index = replaced
            if out and named and out[-1].lower() in ("bei", "von", "zu"):
                # "bei unserem Verein" -> "beim Verein …": contract as after "uns" (Verschmelzung).
                named = [_with_preposition(out.pop(), named[0]), *named[1:]]  # the text is capitalised below
            out.extend(named)
            continue
        out.append(token.word)
        index += 1
    text = re.sub(r"\s+([,.!?:;])", r"\1", " ".join(out))
    return text[:1].upper() + text[1:]


def _possessive(
    tagged: tuple[morph.Token, ...], index: int, forms: SenderForms, gender: str, *, has_we: bool
) -> tuple[list[str], int] | None:
    """The words that replace "unser-" + its noun phrase, and the index after the phrase."""
    word = tagged[index].word
    capital = word[:1].isupper()
    lower = word.lower()
    if lower == "unseres":
        return None  # a genitive: the rule books avoid it, and "des" would need a noun ending
    end = index + 1
    while end < len(tagged) and tagged[end].pos in ("ADJ(A)", "NN", "NE", "CARD"):
        end += 1
    nouns = [t for t in tagged[index + 1 : end] if t.pos in ("NN", "NE")]
    if not nouns:
        return None
    sender_words = {w.replace("·", "") for w in forms.nominative.split()}
    if all(t.word in sender_words for t in tagged[index + 1 : end]):
        # "unser Verein", "unsere Polizei": the sender itself, named in the possessive's case.
        case = _case_of_possessive(lower, gender)
        if case is None:
            return None
        phrase = _sender_case(forms, case)
        return [phrase[:1].upper() + phrase[1:] if capital else phrase], end
    if has_we:
        # "unseren" -> "seinen"/"ihren": the third person's possessive takes the same ending.
        stem = "ihr" if gender in ("die", "pl") else "sein"
        replaced = stem + lower[len("unser") :]
        return [
            replaced[:1].upper() + replaced[1:] if capital else replaced,
            *[t.word for t in tagged[index + 1 : end]],
        ], end
    article = _ARTICLE_OF_ENDING.get(lower)
    attributes = [t.word for t in tagged[index + 1 : end]]
    if article is None and lower == "unser" and tagged[index + 1].pos == "ADJ(A)":
        # Bare "unser" with a strong adjective says the case: "unser neuer Trainer" is masculine
        # nominative, "unser neues Haus" neuter (Duden grammar, strong declension after "unser");
        # after "der"/"das" the adjective takes the weak "-e".
        ending = tagged[index + 1].word[-2:]
        article = {"er": "der", "es": "das"}.get(ending)
        attributes = [
            w[:-2] + "e" if t.pos == "ADJ(A)" and w.endswith(ending) else w
            for t, w in zip(tagged[index + 1 : end], attributes, strict=True)
        ]
    if article is None:
        return None  # bare "unser": masculine nominative or neuter, the article is unsure
    if end < len(tagged) and tagged[end].pos in ("APPR", "APPRART", "ART"):
        return None  # an attribute follows ("unser Antrag für …"): "von …" would attach to the wrong noun
    head = article[:1].upper() + article[1:] if capital else article
    first_noun = next(i for i, t in enumerate(tagged[index + 1 : end]) if t.pos in ("NN", "NE"))
    if any(t.pos == "NE" for t in tagged[index + 2 + first_noun : end]):
        # "der neue Trainer Max Muster": a role before a name names the person already; "vom Verein"
        # after the name would only lengthen it (the summary says whom the person joins).
        return [head, *attributes], end
    von = _with_preposition("von", forms.dative)
    return [head, *attributes, von], end
