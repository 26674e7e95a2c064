"""The headline's topic ("Algen im Mühlsee: Kreis sperrt den Badestrand") said when nothing else names it.

German press headlines often open with a topic label, a noun phrase set off by a colon or a dash
before the news clause (Dachzeile/Schlagzeile convention: "Geflügelpest: Landkreis ordnet
Stallpflicht an"). The label names what the release is about; the title step keeps the news clause,
and the body sentences take the topic as known ("Das Verbot gilt für die ganze Wasser·fläche."). A
summary whose title and body never name it leaves the reader asking "which lake?" (rubric, item 3),
so the topic is said in one sentence before the body: "Es geht um Algen im Mühlsee."

The label is said only where it is a plain noun phrase: adjectives, one head noun and prepositional
phrases (already in their own case), no verb, no comma, no quotation, no press code ("POL-XY"), no
alarm level ("Brand 3"), no generic label ("Pressemitteilung", "Update"). The part after it must
be a clause with a finite verb (then the part before is a label, not the start of a long noun
phrase), and the head noun must recur in the release's body (a word only the headline uses may be
a pun). "um" takes the accusative: a plural stays without article ("um Blau·algen"), a singular
gets the definite article of its gender ("um die Hunde·steuer"), with the weak adjective ending
after it (Duden grammar: "um den neuen Wander·weg"); a noun whose gender is unsure is not said.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.lexicon import in_domain, lookup
from pressconv.transforms.easy.limits import HARD_LIMIT
from pressconv.transforms.easy.templates import Line
from pressconv.transforms.easy.titles import noun_gender

__all__ = ["headline_topic", "named_topic", "topic_sentence", "with_topic"]

# The label ends at the first colon or at a dash set off by spaces (the two separators of a
# Dachzeile inside one headline line).
_SPLIT: Final = re.compile(r"\s*(?::\s|\s[–—-]\s)\s*")
# Labels that say what kind of message this is, not what it is about.
_GENERIC: Final = frozenset(
    [
        *("pressemitteilung", "pressemeldung", "pressenotiz", "presseinformation", "medieninformation"),
        *("mitteilung", "meldung", "update", "nachtrag", "korrektur", "berichtigung", "achtung", "eilmeldung"),
        *("hinweis", "info", "information", "einladung", "terminhinweis", "veranstaltungshinweis", "wichtig"),
        *("aktuell", "aktuelles", "neu", "breaking", "warnung", "erinnerung", "ergänzung", "fortschreibung"),
    ]
)
# Accusative definite article by gender.
_ACCUSATIVE: Final = {"der": "den", "die": "die", "das": "das"}
# The weak adjective ending after the definite article, accusative singular (Duden grammar).
_WEAK: Final = {"der": "en", "die": "e", "das": "e"}
# A strong nominative ending of a headline adjective ("Neuer", "Neue", "Neues").
_STRONG: Final = re.compile(r"(?:er|es|e)$")
_PLURAL_SUFFIXES: Final = frozenset(["n", "en", "er", "s"])


def headline_topic(headline: str) -> str | None:
    """The label before the colon or dash of a headline whose rest is a clause, or None."""
    # A press agency's code ("POL-XY:") and ticker marks ("+++ UPDATE +++") stand before the headline
    # proper; the label, if any, follows them.
    headline = re.sub(r"^(?:\+{3}[^+]*\+{3}\s*)+", "", headline.strip())
    headline = re.sub(r"^[A-ZÄÖÜ]{2,}(?:-[A-ZÄÖÜ0-9]+)+:\s*", "", headline)
    parts = _SPLIT.split(headline, maxsplit=1)
    if len(parts) != 2:
        return None
    label, rest = parts[0].strip(), parts[1].strip()
    if not label or not rest or re.search(r"[,\"„“”»«'!?/+()]|\d", label):
        return None  # a list, a quotation, a press code with digits, an alarm level ("Brand 3")
    if re.fullmatch(r"[A-ZÄÖÜ]{2,}(?:-[A-ZÄÖÜ]+)*", label) or ("-" in label.split()[0] and label.split()[0].isupper()):
        return None  # "POL-XY", "DPA": a press code
    if label.replace(" ", "").lower() in _GENERIC:
        return None
    tagged = morph.tag(rest)
    if not any(t.pos.endswith("(FIN)") for t in tagged):
        return None  # "Campus zum Anfassen: Informationstag am 9. Mai": one noun phrase, no label
    return label


def _plural(word: str) -> bool:
    """The noun is a plural form: HanTa finds a plural suffix, or the lexicon lists it as a form of another."""
    found = morph.analysis(word)
    if found is None or not found[1]:
        return False
    morphemes = found[1]
    if morphemes[-1][1] != "SUF_NN" or len(morphemes) < 2 or morphemes[-2][1] != "NN":
        return False
    entry = lookup(word)
    if entry is not None:
        return word.replace("·", "").lower() != entry.word.replace("·", "").lower()
    return morphemes[-1][0] in _PLURAL_SUFFIXES


def _gender(word: str) -> str | None:
    """The noun's grammatical gender (titles.noun_gender: the lexicon's, its last part's or its suffix's), else None."""
    return noun_gender(word)


def _is_noun(word: str) -> bool:
    """HanTa reads the word as a common noun (its last morpheme a noun or a noun's suffix)."""
    found = morph.analysis(word)
    return found is not None and bool(found[1]) and found[1][-1][1] in ("NN", "SUF_NN")


def _adjective_kind(word: str) -> str | None:
    """ "declined" for an adjective with an ending ("Neue"), "place" for one made from a place name
    ("Lindauer"), None where unsure.

    Adjectives made from a place name with "-er" keep their capital and take no ending (Duden
    grammar: "die Lindauer Schulen", "im Kölner Dom"); HanTa reads them as one invariable morpheme,
    an ordinary adjective as its stem and an ending.
    """
    found = morph.analysis(word)
    morphemes = found[1] if found is not None else ()
    if len(morphemes) >= 2 and morphemes[-1][1] == "SUF_ADJ":
        return "declined"
    if word.endswith("er"):
        # "-er" is the strong masculine ending ("Neuer") or a place adjective's suffix ("Lindauer"):
        # only HanTa's invariable adjective or a name's stem tells the latter; else unsure.
        place = word[:1].isupper() and len(morphemes) == 1 and morphemes[0][1] in ("ADJ_INVAR", "NE")
        return "place" if place else None
    return "declined" if re.search(r"(?:e|es)$", word) else None


def _adjective(word: str, kind: str | None, gender: str | None) -> str:
    """The adjective as said after "um": a place adjective as written, another lower case with the weak
    ending after the definite article of ``gender`` (none for a plural without article)."""
    if kind == "place":
        return word
    lowered = word.lower()
    return _STRONG.sub(_WEAK[gender], lowered) if gender is not None else lowered


def topic_sentence(label: str) -> tuple[str, str] | None:
    """ "Algen im Mühlsee" -> ("Es geht um Algen im Mühlsee.", "Algen"), or None where unsure."""
    tagged = morph.tag(label)
    head = 0
    while head < len(tagged) and tagged[head].pos == "ADJ(A)":
        head += 1  # adjectives before the head ("Neue", "Schwerer")
    if head >= len(tagged) or tagged[head].pos not in ("NN", "NE") or not _is_noun(tagged[head].word):
        return None
    rest = tagged[head + 1 :]
    # After the head only prepositional phrases: a preposition first ("im Mühlsee", "am Donnerstag").
    if rest and rest[0].pos not in ("APPR", "APPRART"):
        return None
    if any(t.pos.startswith(("VV", "VA", "VM")) or t.pos in ("KON", "$,") for t in rest):
        return None
    # Every preposition governs a noun phrase ("Land unter bei …": "unter" an adverb, an idiom).
    if any(
        t.pos in ("APPR", "APPRART") and (i + 1 == len(rest) or rest[i + 1].pos in ("APPR", "APPRART", "ADV", "PTKVZ"))
        for i, t in enumerate(rest)
    ):
        return None
    noun = tagged[head].word
    kinds = [_adjective_kind(t.word) for t in tagged[:head]]
    if None in kinds:
        return None
    if _plural(noun):
        # "um" + accusative plural without article: the strong ending "-e" ("um neue Schulen"), the
        # same as the label's nominative; any other ending is no plain plural label.
        if any(k == "declined" and not t.word.endswith("e") for k, t in zip(kinds, tagged[:head], strict=True)):
            return None
        phrase = [_adjective(t.word, k, None) for k, t in zip(kinds, tagged[:head], strict=True)] + [noun]
    else:
        gender = _gender(noun)
        if gender is None:
            return None
        adjectives = [_adjective(t.word, k, gender) for k, t in zip(kinds, tagged[:head], strict=True)]
        phrase = [_ACCUSATIVE[gender], *adjectives, noun]
    text = f"Es geht um {morph.join([*phrase, *(t.word for t in rest)])}."
    return (text, noun) if len(text.split()) <= HARD_LIMIT else None


def _stem(word: str) -> str:
    """A word's stem for a loose match: lower case, no Mediopunkt, the last two letters off (inflection)."""
    plain = word.replace("·", "").lower()
    return plain[: max(4, len(plain) - 2)]


def named_topic(headline: str, said: Sequence[str], body: str) -> str | None:
    """The sentence that says the headline's topic, where the summary (``said``) never names its head noun.

    ``body`` is the release's text without its headline: every noun of the label must recur there.
    """
    label = headline_topic(headline)
    found = topic_sentence(label) if label is not None else None
    if label is None or found is None:
        return None
    sentence, head = found
    stem = _stem(head)
    if any(stem in s.replace("·", "").lower() for s in said):
        return None
    plain_body = body.replace("·", "").lower()
    # Every noun of the label recurs in the body: a word only the headline uses is a pun, a slogan or
    # a metaphor ("Halbzeit für die Ampel": the coalition, read as a traffic light), as for the title.
    nouns = [t.word for t in morph.tag(label) if t.pos in ("NN", "NE") and t.word[:1].isupper()]
    if any(_stem(word) not in plain_body for word in nouns):
        return None
    # A noun the lexicon knows in one domain's sense only, in a release of another ("Ampel" of a
    # coalition): the reader would take the literal sense (rubric, item 4: metaphors).
    entries = [lookup(word) for word in nouns]
    if any(e is not None and e.domain is not None and not in_domain(e.domain, body) for e in entries):
        return None
    return sentence


def with_topic(
    kept: list[Line], release_headline: str, title: str, source: str, said: Callable[[str], str | None]
) -> list[Line]:
    """The lines with the headline's topic said first (``named_topic``), where ``said`` styles and passes it.

    ``said`` returns the sentence as the summary writes it (compounds split) where every check of
    the verifier passes, else None: the new sentence goes through the same guard as any other.
    """
    body = source.replace(release_headline, "", 1) if release_headline else source
    sentence = named_topic(release_headline, [title, *(line.text for line in kept)], body)
    styled = said(sentence) if sentence is not None else None
    if styled is None:
        return kept
    return [Line(styled, origin="template"), *kept]
