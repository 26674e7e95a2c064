"""An "auch" or "wieder" whose presupposition the summary never said: referent named, or particle or sentence left out.

The additive particle "auch" presupposes that what the sentence says holds for someone or something
else too, and the restitutive "wieder" that a state held before ("wieder auf die Fahrbahn" presupposes
that the driver had left it; Duden grammar, Gradpartikeln; presupposition in text linguistics). Taken
from a source sentence whose first part the summary left out, the particle points at nothing (rubric
item 3). The particle presupposes and asserts nothing, so leaving it out keeps the sentence true, except
where other words still need its referent ("jede andere Stelle") or it is part of a fixed pair ("auch
wenn", "sowohl … als auch", "immer wieder", "nicht wieder"): then the sentence goes (omission over
error). Where the sentence's subject is of the sender's own kind ("Die Feuerwehren aus A und B waren
auch im Einsatz" in a brigade's own report: "Mit uns im Einsatz waren …"), the referent is the sender
and is named in a sentence before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from . import morph

# "jede andere", "weitere", "ebenfalls": words that still need the left-out referent.
_NEEDS_REFERENT: Final = re.compile(r"\b(?:andere[nmrs]?|weitere[nmrs]?|ebenfalls|ebenso|zusätzlich\w*)\b", re.I)
# Fixed pairs in which "auch" is no additive particle of its own.
_FIXED_AUCH: Final = re.compile(
    r"\b(?:auch\s+wenn|wenn\s+auch|als\s+auch|sondern\s+auch|aber\s+auch|oder\s+auch|so\s+auch)\b", re.I
)
_FIXED_WIEDER: Final = re.compile(r"\b(?:immer\s+wieder|nicht\s+wieder|nie\s+wieder|wieder\s+und\s+wieder)\b", re.I)
# "wieder auf die Fahrbahn", "wieder nach Hause": a restitutive "wieder" before a goal phrase.
_WIEDER_GOAL: Final = re.compile(
    r"\bwieder\s+(?:auf|in|an|nach|zu|zur|zum|ins|aufs)\s+(?:(?:die|den|das|der|dem)\s+)?(?P<noun>[A-ZÄÖÜ][\w·\-]*)"
)
_MIN_STEM: Final = 4
_MIN_NOUN: Final = 5
# "Betroffen sind alle Stadtteile, also auch A und B": after a universal quantifier in the same
# sentence "auch" adds to that set (inclusive focus, Duden grammar: Fokuspartikel), so its
# presupposition is met inside the sentence; without "auch" the list would read as the whole set.
_OWN_SET: Final = re.compile(r"\b(?:all(?:e|en|er|es)|sämtlich\w*|jede[rsnm]?)\b(?!\s+andere)[^.]*\bauch\b", re.I)
# "auch ohne Kassenbon", "auch bei Regen", "auch nicht": a scalar "auch" ("even") before a condition
# or a negation; its presupposition is the ordinary case, which every reader supplies, and leaving
# it out would narrow what the sentence says ("ohne Kassenbon" alone reads as the only way).
_SCALAR: Final = re.compile(r"\bauch\s+(?:ohne|bei|trotz|nach|noch|nicht|kein\w*|nur|schon|dann|wenn|im\s+Fall)\b", re.I)


def _plain(text: str) -> str:
    """The text in lower case, without Mediopunkts, for comparing words."""
    return text.replace("·", "").lower()


def _stem(word: str) -> str:
    """The word's stem for a loose match: lower case, without its Mediopunkts and its last two letters."""
    plain = _plain(word)
    return plain[: max(_MIN_STEM, len(plain) - 2)]


def _predicate(sentence: str) -> tuple[list[str], list[str]]:
    """(content words after "auch", full verbs of the sentence): what is said to hold for more.

    The first content word after "auch" is usually its focus ("auch am Sonntag frei": Sunday is
    what is added), the rest the predicate the earlier sentence must share.
    """
    tagged = morph.tag(sentence)
    at = next((i for i, t in enumerate(tagged) if t.word.lower() == "auch"), None)
    if at is None:
        return [], []
    content = [t.lemma or t.word for t in tagged[at + 1 :] if t.pos in ("NN", "NE", "VV(PP)", "VV(INF)", "ADJ(D)", "PTKVZ")]
    verbs = [t.lemma for t in tagged if t.pos.startswith("VV") and t.lemma]
    return content, verbs


def _said(words: Sequence[str], earlier: Sequence[str]) -> bool:
    """Every word of ``words`` (by its stem) in one earlier sentence."""
    return bool(words) and any(all(_stem(w) in _plain(e) for w in words) for e in earlier)


def _satisfied(sentence: str, earlier: Sequence[str]) -> bool:
    """An earlier sentence says what "auch" adds to: its predicate's words, its rest, its verb, or a
    noun of the sentence outside the focus ("Man kann Hinweise auch online abgeben" after a sentence
    about taking tips: the tips are what is added to)."""
    content, verbs = _predicate(sentence)
    if not content and not verbs:
        return True  # nothing to compare: left as it is
    focus = content[0] if content else ""
    nouns = [t.lemma for t in morph.tag(sentence) if t.pos == "NN" and t.lemma != focus and len(t.lemma) >= _MIN_NOUN]
    return (
        _said(content, earlier)
        or _said(content[1:], earlier)
        or any(_said([v], earlier) for v in verbs)
        or any(_said([n], earlier) for n in nouns)
    )


def _without(sentence: str, particle: str) -> str:
    """The sentence without the first occurrence of the particle."""
    return re.sub(rf"\s+\b{particle}\b", "", sentence, count=1)


def resolved(sentence: str, earlier: Sequence[str], sender: tuple[str, str] | None = None) -> list[str] | None:
    """The sentences to say instead of ``sentence`` (itself when its particles are satisfied); None: leave it out.

    ``earlier`` holds the title and the summary's sentences before it; ``sender`` the sender's name in
    the nominative with its article and its head noun ("die Freiwillige Feuerwehr Talheim", "Feuerwehr").
    """
    out = sentence
    before: list[str] = []
    # A sentence-initial "Auch" focuses the subject and is an opener the structure guard judges.
    additive = re.search(r"(?<=\s)auch\b", out) and not _FIXED_AUCH.search(out) and not _SCALAR.search(out)
    if additive and _OWN_SET.search(out):
        return [out]  # "alle Stadtteile, also auch X": the set "auch" adds to is the sentence's own
    if additive and not _satisfied(out, earlier):
        named = _sender_line(out, sender)
        if named is not None and not any(_plain(named) == _plain(e) for e in earlier):
            before.append(named)
        elif _NEEDS_REFERENT.search(out):
            return None
        else:
            out = _without(out, "auch")
    goal = _WIEDER_GOAL.search(out)
    if goal is not None and not _FIXED_WIEDER.search(out) and not _said([goal["noun"]], earlier):
        out = _without(out, "wieder")
    return [*before, out]


def _sender_line(sentence: str, sender: tuple[str, str] | None) -> str | None:
    """ "Die Freiwillige Feuerwehr Talheim war im Einsatz.": the sender as the referent of "auch".

    Only for a copula sentence ("X waren auch im Einsatz") whose subject's head noun is the sender's
    own (a brigade naming the other brigades), where the sender is the one "auch" adds to. The
    predicate must be one bare phrase ("im Einsatz", "dabei"): with a time or a number after "auch"
    ("waren auch 2019 im Einsatz") the particle may add to that instead, and the line would claim it
    of the sender (omission over an invented claim).
    """
    if sender is None:
        return None
    name, head = sender
    match = re.match(r"^(?P<subject>.+?)\s+(?P<verb>ist|sind|war|waren)\s+auch\s+(?P<rest>[^.]+)\.$", sentence.strip())
    if match is None or not _bare_predicate(match["rest"]):
        return None
    if not any(_plain(w).startswith(_plain(head)) for w in re.findall(r"[A-ZÄÖÜ][\w·\-]*", match["subject"])):
        return None
    verb = "war" if match["verb"] in ("war", "waren") else "ist"
    return f"{name[:1].upper()}{name[1:]} {verb} {match['rest']}."


def _bare_predicate(rest: str) -> bool:
    """ "im Einsatz", "vor Ort", "dabei": one adverb or one prepositional phrase without number or time."""
    tagged = morph.tag(rest)
    tags = [t.pos for t in tagged]
    if len(tags) == 1:
        return tags[0] in ("ADV", "ADJD", "PTKVZ")
    if not tags or tags[0] not in ("APPR", "APPRART") or tags[-1] != "NN":
        return False
    return all(t in ("ART", "ADJ(A)") for t in tags[1:-1])
