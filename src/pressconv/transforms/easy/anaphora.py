"""A subject pronoun that opens a sentence ("Er …", "Sie …") replaced by its one antecedent, or refused.

German personal pronouns agree with their antecedent in gender and number (Duden grammar: "er" for
a masculine singular noun, "sie" for a feminine singular or any plural); a pronoun that opens a
sentence usually takes up a noun phrase of the sentence just before it. In a summary that left that
sentence out (or changed it), the pronoun points at nothing (rubric, item 3), so the verifier drops
the sentence and with it the fact it carries ("Sie ist montags geöffnet.").

This step resolves the pronoun only when the source makes the referent certain: the source sentence
the line comes from opens with the same pronoun (or with one linking adverb, its verb and then the
pronoun: "Danach flüchtete er"), has it only once, and the source sentence right before it has
exactly ONE noun phrase whose gender and number can agree with it (every noun phrase competes,
including those in prepositional phrases, so a second possible referent refuses; gender and number
come from the article, the lexicon and HanTa's lemma, and stay open wherever these are unsure). The noun phrase goes in in
the nominative: definite where the summary already names the noun (it is known to the reader),
indefinite where the source introduced it with "ein"/"eine" and the summary did not yet, a name as
it stands. Anything else is refused and the verifier drops the sentence, as before (omission over
error). "es" is never resolved: it is often the expletive subject ("Es regnet", "Es ist wichtig").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.lexicon import inflected, lookup
from pressconv.transforms.easy.source import SourceSentence

__all__ = [
    "INNER_CONNECTIVES",
    "inner_connective",
    "possessive_bound",
    "resolve_at",
    "resolve_place",
    "resolve_subject",
    "without_connective",
]

# The features a noun phrase may carry: ("m"|"f"|"n", "sg") or ("", "pl").
Feature = tuple[str, str]
_MASC: Final[Feature] = ("m", "sg")
_FEM: Final[Feature] = ("f", "sg")
_NEUT: Final[Feature] = ("n", "sg")
_PLURAL: Final[Feature] = ("", "pl")
_ANY: Final = frozenset([_MASC, _FEM, _NEUT, _PLURAL])

# What a determiner allows (Duden grammar, declension of the articles): "der" is masculine
# nominative, feminine dative/genitive or plural genitive; "die" feminine or plural; and so on.
_DETERMINERS: Final[dict[str, frozenset[Feature]]] = {
    "der": frozenset([_MASC, _FEM, _PLURAL]),
    "die": frozenset([_FEM, _PLURAL]),
    "das": frozenset([_NEUT]),
    "den": frozenset([_MASC, _PLURAL]),
    "dem": frozenset([_MASC, _NEUT]),
    "des": frozenset([_MASC, _NEUT]),
    "ein": frozenset([_MASC, _NEUT]),
    "eine": frozenset([_FEM]),
    "einen": frozenset([_MASC]),
    "einem": frozenset([_MASC, _NEUT]),
    "einer": frozenset([_FEM]),
    "eines": frozenset([_MASC, _NEUT]),
}
_GENDER: Final = {"der": "m", "die": "f", "das": "n"}
# Nominative articles by features (definite, indefinite).
_DEFINITE: Final = {_MASC: "Der", _FEM: "Die", _NEUT: "Das", _PLURAL: "Die"}
_INDEFINITE: Final = {_MASC: "Ein", _FEM: "Eine", _NEUT: "Ein"}
# Noun-phrase determiners of the source that fix case: only a nominative-compatible one lets the
# noun be copied as written ("den Kunden" is the weak accusative of "der Kunde").
_NOMINATIVE_SAFE: Final = frozenset(["der", "die", "das", "ein", "eine", ""])
# Time and measure nouns head adverbials ("am Montagabend", "seit drei Jahren", "um 10 Uhr"); they
# are not what a personal pronoun takes up and would only block every masculine "er".
_TIME_NOUN: Final = re.compile(
    r"(?:tag|woche|wochen|monat|monate|monaten|jahr|jahre|jahren|jahres|abend|abends|morgen|mittag|nacht|"
    r"uhr|zeit|stunde|stunden|minute|minuten|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|prozent|euro)$"
)
_FINITE_FORMAL: Final = re.compile(r"(?:können|müssen|dürfen|sollen|finden|bekommen|erreichen|haben|werden)$")


@dataclass(frozen=True)
class _Phrase:
    """A noun phrase of the source: its determiner, its words and the features it may carry."""

    determiner: str
    words: tuple[morph.Token, ...]
    features: frozenset[Feature]
    name: bool
    governed: bool = False


def _noun_features(token: morph.Token) -> frozenset[Feature]:
    """What a common noun may be by the lexicon: its gender in the singular, or a plural form."""
    entry = lookup(token.word)
    if (entry is None or entry.gender not in _GENDER) and token.word.endswith("in") and len(token.word) > 5:
        # Movierung (Duden grammar): "-in" on a masculine person noun makes a feminine one
        # ("Wirt" -> "Wirtin"); its plural ends in "-innen", so the word is singular.
        base = lookup(token.word[:-2])
        if base is not None and base.gender == "der":
            return frozenset([_FEM])
    if entry is None or entry.gender not in _GENDER:
        return _ANY
    singular: Feature = (_GENDER[entry.gender], "sg")
    if entry.gender == "die":
        # A feminine noun has one singular form and a plural that differs from it (Duden grammar):
        # the lemma tells which of the two the word is.
        if token.lemma != token.word or inflected(token.word) is True:
            return frozenset([_PLURAL])
        # A word ending like a plural ("die Malteser", a body named in the plural) stays open to both.
        return frozenset([singular, _PLURAL] if token.word.endswith(("er", "en", "el", "n")) else [singular])
    # Masculine and neuter plurals may equal the singular ("der Lehrer", "die Lehrer"): both stay open.
    return frozenset([singular, _PLURAL])


def _phrases(tagged: Sequence[morph.Token]) -> list[_Phrase]:
    """Every noun phrase (determiner, adjectives, nouns and names) of a tagged sentence."""
    found: list[_Phrase] = []
    index = 0
    while index < len(tagged):
        start = index
        determiner = ""
        if tagged[index].pos in ("ART", "PDAT", "PPOSAT", "PIAT", "CARD", "APPRART"):
            determiner = tagged[index].word.lower() if tagged[index].pos == "ART" else tagged[index].pos
            index += 1
        while index < len(tagged) and tagged[index].pos in ("ADJ(A)", "ADV", "CARD", "PIAT"):
            index += 1
        head = index
        while index < len(tagged) and tagged[index].pos in ("NN", "NE", "NNA"):
            index += 1
        if (
            index == head
            and determiner in _DETERMINERS
            and head > start + 1
            and tagged[head - 1].word.lstrip("-")[:1].isupper()
        ):
            # "Die 52-Jährige", "der Verletzte": a nominalised adjective after an article is the
            # phrase's noun (Duden grammar: substantiviertes Adjektiv), a referent like any other.
            head -= 1
        nominalised = head < index and tagged[index - 1].pos in ("ADJ(A)", "NNA")
        if index == head:
            index = start + 1
            continue
        nouns = tuple(tagged[head:index])
        if any(_TIME_NOUN.search(t.word.lower()) for t in nouns):
            continue
        name = all(t.pos == "NE" for t in nouns)
        features = _DETERMINERS.get(determiner, _ANY)
        if determiner == "CARD" and re.fullmatch(r"\d+", tagged[start].word) and tagged[start].word != "1":
            features = frozenset([_PLURAL])  # "48 Meter", "3 Kinder": a count above one is plural
        if determiner == "APPRART":
            # A preposition fused with the dative or accusative article: "im", "am", "beim", "vom",
            # "zum" hold "dem" (masculine or neuter), "zur" holds "der" (feminine), "ins" holds "das".
            fused = tagged[start].word.lower()
            features = frozenset([_FEM] if fused == "zur" else [_NEUT] if fused.endswith("s") else [_MASC, _NEUT])
        if determiner == "der" and start == 0:
            # "Der Verein gründet …": the phrase before the finite verb of a subject-first sentence is
            # the nominative, where "der" is masculine singular only (Duden grammar).
            features = frozenset([_MASC])
        if determiner == "der" and start > 0 and tagged[start - 1].pos == "APPR":
            # "in der Straße": a preposition governs the dative, accusative or genitive, and "der" is
            # masculine only in the nominative, so here it is feminine or plural (Duden grammar).
            features = frozenset([_FEM, _PLURAL])
        # A nominalised adjective has no lexicon gender and inflects like an adjective: the
        # article alone tells its features.
        common = [] if nominalised else [t for t in nouns if t.pos != "NE"]
        if determiner == "die" and common and common[-1].lemma != common[-1].word:
            # "die" is feminine singular or plural, and a feminine singular noun has no inflected
            # form (Duden grammar): a word that differs from its lemma after "die" is a plural.
            features = frozenset([_PLURAL])
        if common:
            # A role or kind before a name ("die Leiterin Anna Muster") gives the phrase its gender.
            by_noun = _noun_features(common[-1] if not name else common[0])
            if any(t.pos == "NE" for t in nouns):
                by_noun -= {_PLURAL}  # a role before a name ("Trainer Paul Muster") is one person
            narrowed = features & by_noun
            features = narrowed or features
        governed = start > 0 and tagged[start - 1].pos in ("APPR", "APPRART")
        found.append(_Phrase(determiner, tuple(tagged[start:index]), features, name, governed))
    return found


# What a determiner of the subject allows in the nominative (Duden grammar, declension of the articles).
_NOMINATIVE_FEATURES: Final[dict[str, frozenset[Feature]]] = {
    "der": frozenset([_MASC]),
    "die": frozenset([_FEM, _PLURAL]),
    "das": frozenset([_NEUT]),
    "ein": frozenset([_MASC, _NEUT]),
    "eine": frozenset([_FEM]),
    "": _ANY,
}


def _subject_preferred(tagged: Sequence[morph.Token], candidates: list[_Phrase], wanted: Feature) -> list[_Phrase]:
    """The sentence's subject alone, when every other candidate stands in a prepositional phrase.

    A German personal pronoun that opens a sentence takes up the subject of the sentence before
    (subject and topic preference of "er"/"sie", Bosch, Katz & Umbach 2007; Centering theory's
    "continue"): "Der Steg besteht aus Stahl mit einem Belag aus Holz. Er ist barrierefrei." The
    subject is the sentence's first phrase, before its finite verb, with a nominative article or
    none. A rival that is an object ("Der Polizist stoppte einen Fahrer. Er …") keeps the sentence
    ambiguous, and then all candidates are returned (the caller refuses).
    """
    verb = next((i for i, t in enumerate(tagged) if t.pos.endswith("(FIN)")), None)
    first = candidates[0]
    if verb is None or not first.words or tagged[: len(first.words)] != first.words:
        return candidates
    if len(first.words) > verb or wanted not in _NOMINATIVE_FEATURES.get(first.determiner, frozenset()):
        return candidates  # "Der Verein …" is no plural: "der" before the verb is the masculine nominative
    for other in candidates[1:]:
        start = next((i for i in range(len(tagged)) if tagged[i : i + len(other.words)] == other.words), None)
        if start is None:
            return candidates
        governed = (start > 0 and tagged[start - 1].pos in ("APPR", "APPRART")) or other.determiner == "APPRART"
        if not governed or other.name or any(_person(t) for t in other.words):
            # "Der Polizist sprach mit einem Fahrer. Er …": a person beside the subject is a rival
            # the reader may well mean (world knowledge decides, not grammar): refused.
            return candidates
    return [first]


def _person(token: morph.Token) -> bool:
    """A name or a role noun of the lexicon ("Fahrer", "Zeugin"): a noun that names a person."""
    if token.pos == "NE":
        return True
    if token.pos != "NN":
        return False
    entry = lookup(token.word)
    return entry is not None and bool(entry.role)


def _coordinated(tagged: Sequence[morph.Token]) -> bool:
    """Two noun phrases joined by "und"/"oder"/"sowie": together they are a plural referent too."""
    return any(t.word.lower() in ("und", "oder", "sowie") and t.pos == "KON" for t in tagged)


def _wanted(pronoun: str, verb: str) -> Feature | None:
    """The features the opening pronoun asks for, by its form and the number of its finite verb."""
    if pronoun == "er":
        return _MASC
    if pronoun == "sie":
        # A finite verb ending in -n is plural ("sie sind", "sie haben", "sie gingen"); a singular
        # third person ends otherwise ("sie ist", "sie hat", "sie ging", "sie arbeitet").
        return _PLURAL if verb.endswith("n") else _FEM
    return None


def _nominative(phrase: _Phrase, feature: Feature, known: bool) -> str | None:
    """The phrase as a subject: definite where the summary names it, indefinite where the source
    introduced it with "ein", a name as written; None when the nominative form is unsure."""
    nouns = [t for t in phrase.words if t.pos in ("NN", "NE", "NNA")]
    if not nouns or nouns[-1].pos == "NNA" or phrase.words[-1].pos == "ADJ(A)":
        return None  # a nominalised adjective ("die 52-Jährige"): its nominative ending is unsure
    if phrase.name and phrase.determiner == "":
        return " ".join(t.word for t in nouns)
    if phrase.determiner == "" and phrase.governed:
        return None  # "mit Kindern", "für Jugendliche": a bare noun after a preposition is in its case
    if phrase.determiner not in _NOMINATIVE_SAFE:
        return None  # "den Kunden", "dem Verein", "des Amtes": the head's nominative form is unsure
    if len(nouns) > 3:
        return None  # a long antecedent makes a long sentence; the brief asks for short phrases
    words = " ".join(t.word for t in nouns)
    if known:
        return f"{_DEFINITE[feature]} {words}"
    if phrase.determiner in ("ein", "eine") and feature in _INDEFINITE:
        return f"{_INDEFINITE[feature]} {words}"
    return None


def _opens_with(source: Sequence[morph.Token], pronoun: str) -> bool:
    """The source sentence opens with the pronoun, or with one linking adverb, its verb and then the
    pronoun ("Danach flüchtete er …", openers.py moves it first): either way no noun of its own
    stands before the pronoun that it could point at."""
    if source and source[0].word.lower() == pronoun:
        return True
    return (
        len(source) > 2
        and source[0].pos in ("ADV", "PROAV", "PAV")
        and source[1].pos.endswith("(FIN)")
        and source[2].word == pronoun
    )


def _stem(word: str) -> str:
    """The word's stem for a loose match: lower case, without its Mediopunkts and its last two letters."""
    plain = word.replace("·", "").lower()
    return plain[: max(4, len(plain) - 2)]


def resolve_subject(
    sentence: str, origin: str, previous: str, earlier: Sequence[str], *, prefer_subject: bool = True
) -> str | None:
    """ "Sie ist montags geöffnet." -> "Die Beratungsstelle ist montags geöffnet.", or None.

    ``origin`` is the source sentence the line comes from, ``previous`` the source sentence right
    before it, ``earlier`` the title and the summary's sentences so far (what the reader knows).
    ``prefer_subject`` is off for a demonstrative ("Dieser …"), which takes up the last-named noun
    rather than the subject (Duden grammar): then only one agreeing noun phrase in all is certain.
    """
    tagged = morph.tag(sentence)
    if len(tagged) < 3 or tagged[0].pos != "PPER" or not tagged[1].pos.endswith("(FIN)"):
        return None
    pronoun = tagged[0].word.lower()
    if re.match(r"Sie\s+\S+", sentence) and _FINITE_FORMAL.search(tagged[1].word):
        return None  # "Sie können …" may address the reader (formal "Sie"), not "they"
    wanted = _wanted(pronoun, tagged[1].word)
    source = morph.tag(origin)
    if wanted is None or not _opens_with(source, pronoun):
        return None  # the line's pronoun must be the subject that opens its source sentence
    if sum(t.word.lower() == pronoun and t.pos == "PPER" for t in source) > 1:
        # "Sie rief ihre Tochter an, und sie kam sofort": a second "sie" in a later clause may be
        # someone else, and the line may come from that clause.
        return None
    before = morph.tag(previous)
    if not before or any(t.pos == "PPER" and t.word.lower() == pronoun for t in before):
        return None  # the sentence before has the same pronoun: its referent lies further back
    candidates = [p for p in _phrases(before) if wanted in p.features]
    if wanted == _PLURAL and _coordinated(before):
        return None  # "A und B … Sie …" may mean both
    if len(candidates) > 1 and prefer_subject:
        candidates = _subject_preferred(before, candidates, wanted)
    if len(candidates) != 1:
        return None
    phrase = candidates[0]
    if phrase.name and phrase.determiner == "" and _phrases(before)[0] != phrase:
        # A bare name has no gender the grammar can check; only the sentence's own subject (its first
        # phrase, subject continuity) is taken up, never a name further in.
        return None
    heads = [t.word for t in phrase.words if t.pos in ("NN", "NNA")]
    joined = " ".join(earlier)
    plain = _plain(joined)
    # Named before: the head noun, or a compound ending in it, with at most an inflection ending
    # ("Mann", "Hausmannes"), never a longer word that merely starts with it ("Mannschaft").
    known = bool(heads) and re.search(re.escape(_stem(heads[-1])) + r"\w{0,4}\b", plain) is not None
    subject = _nominative(phrase, wanted, known)
    if subject is None:
        return None
    rest = sentence.lstrip()[len(tagged[0].word) :]
    return subject + rest


def _plain(text: str) -> str:
    """The text in lower case, without Mediopunkts, for comparing words."""
    return text.replace("·", "").lower()


def resolve_at(line: str, sentences: Sequence[SourceSentence], index: int, earlier: Sequence[str]) -> str | None:
    """``resolve_subject`` for a line known to come from ``sentences[index]`` (the selection step),
    then the place adverb "dort" (``resolve_place``), then a linking opener (``without_connective``)."""
    if index < 0 or index >= len(sentences):
        return None
    here = sentences[index]
    if here.speech or here.heading:
        return None
    # "Die Stadtteilbibliothek ist nicht betroffen; dort gelten …": a line cut from the middle of its
    # source sentence finds its place in the part of that sentence before it.
    own = re.search(r"\bdort\b", here.text, re.IGNORECASE)
    head = here.text[: own.start()] if own else ""
    if head.strip() and _places(morph.tag(head))[1]:
        return resolve_place(line, head, earlier) or without_connective(line)
    if index > 0:
        before = sentences[index - 1]
        if not (before.speech or before.heading):
            resolved = resolve_subject(line, here.text, before.text, earlier) or resolve_place(line, before.text, earlier)
            if resolved is None and index > 1 and not sentences[index - 2].speech:
                # "Die Täter klingeln. Sie geben sich als Handwerker aus. Sie bieten …": a chain of the
                # same subject pronoun keeps its referent (Centering theory, "continue"); the sentence
                # before, resolved by its own predecessor, names the referent for this one.
                named = resolve_subject(before.text, before.text, sentences[index - 2].text, earlier)
                if named is not None:
                    resolved = resolve_subject(line, here.text, named, [*earlier, named])
            if resolved is not None:
                return resolved
    return without_connective(line)


# "in der Halle", "im Rathaus", "auf dem Markt·platz", "an der Schule": a preposition of place with
# the dative it governs where it names a location (Duden grammar: Wechselpräpositionen take the
# dative for "where", the accusative for "where to"; "dort" answers "where").
_LOCATIVE: Final = frozenset(["in", "im", "auf", "an", "am", "beim", "bei", "hinter", "neben"])
_DATIVE_ARTICLES: Final = frozenset(["dem", "der", "einem", "einer"])
# Every preposition that can name a place or a direction: each such phrase is a rival referent of
# "dort" ("zur Stadt", "ins Werk", "nach Berlin", "rund um den Platz").
_PLACE_LIKE: Final = frozenset([*_LOCATIVE, "ins", "ans", "zu", "zum", "zur", "nach", "um", "vor", "aus", "über"])


def _quoted(tagged: Sequence[morph.Token]) -> set[int]:
    """The positions inside quotation marks (a title: "„Leben am Kai“" names no place)."""
    inside: set[int] = set()
    depth = False
    for index, token in enumerate(tagged):
        if token.word in ("„", "“", '"', "«", "»"):
            depth = not depth if token.word == '"' else token.word in ("„", "»")
            continue
        if depth:
            inside.add(index)
    return inside


def _places(tagged: Sequence[morph.Token]) -> tuple[list[tuple[int, int]], int]:
    """The (start, end) spans of the locative phrases of a tagged sentence, and how many phrases of
    place or direction it has in all (the rivals). Times ("am Montag", "in der Nacht") count as neither."""
    found: list[tuple[int, int]] = []
    rivals = 0
    quoted = _quoted(tagged)
    for start, token in enumerate(tagged):
        lower = token.word.lower()
        if lower not in _PLACE_LIKE or token.pos not in ("APPR", "APPRART") or start in quoted:
            continue
        end = start + 1
        determiner = ""
        if token.pos == "APPR" and end < len(tagged) and tagged[end].pos in ("ART", "PPOSAT", "PDAT", "PIAT"):
            determiner = tagged[end].word.lower()
            end += 1
        while end < len(tagged) and tagged[end].pos == "ADJ(A)":
            end += 1
        head = end
        end = _head_end(tagged, head)
        if end == head or any(_TIME_NOUN.search(t.word.lower()) for t in tagged[head:end]):
            continue  # "am Montag", "in der Nacht": a time, not a place
        rivals += 1
        locative = lower in ("im", "am", "beim") or (
            lower in _LOCATIVE
            and (determiner in _DATIVE_ARTICLES or (determiner == "" and lower == "in" and tagged[head].pos == "NE"))
        )
        following = tagged[end].word.lower() if end < len(tagged) else ""
        if locative and following not in ("und", "oder", "sowie", "rund", "um", "("):
            found.append((start, end))
    return found, rivals


def _head_end(tagged: Sequence[morph.Token], head: int) -> int:
    """The end of a noun phrase's head at ``head``: its nouns and names ("im Ortsteil Süd",
    "Bürgermeisterin Anna Muster"), except after a time noun, where a second common noun starts
    another phrase ("im März Anzeigen": a time, then the subject)."""
    if head >= len(tagged) or tagged[head].pos not in ("NN", "NE"):
        return head
    end = head + 1
    time = _TIME_NOUN.search(tagged[head].word.lower()) is not None
    while end < len(tagged) and (tagged[end].pos == "NE" or (tagged[end].pos == "NN" and not time)):
        end += 1
    return end


def resolve_place(sentence: str, previous: str, earlier: Sequence[str]) -> str | None:
    """ "Dort stellen sich 40 Betriebe vor." -> "In der Stadt·halle stellen sich 40 Betriebe vor.", or None.

    The adverb "dort" takes up a place named just before it (Duden grammar: Lokaladverb as
    anaphor). It is replaced only when the source sentence right before names exactly ONE place (a
    prepositional phrase of place; times like "am Montag" do not count) and the summary so far
    (``earlier``) names that place's noun too, so the reader knows it; the sentence must have
    "dort" once. Anything else is None (omission over error).
    """
    tagged = morph.tag(sentence)
    positions = [i for i, t in enumerate(tagged) if t.word.lower() == "dort"]
    if len(positions) != 1:
        return None
    spans, rivals = _places(morph.tag(previous))
    if len(spans) != 1 or rivals != 1:
        return None
    start, end = spans[0]
    before = morph.tag(previous)
    phrase = before[start:end]
    nouns = [t.word for t in phrase if t.pos in ("NN", "NE")]
    plain = _plain(" ".join(earlier))
    if not nouns or re.search(r"\b" + re.escape(_stem(nouns[-1])), plain) is None:
        return None  # the summary never named the place: "In der Halle" would point at nothing new
    words = [t.word for t in phrase]
    position = positions[0]
    words[0] = words[0][:1].upper() + words[0][1:] if position == 0 else words[0].lower()
    out = [t.word for t in tagged[:position]] + words + [t.word for t in tagged[position + 1 :]]
    return _tidy(" ".join(out))


# Linking adverbs that open a main clause and neither limit, negate nor place its claim (Duden
# grammar, Konjunktionaladverbien: additive, adversative, causal and temporal links). Without them
# the sentence states the same fact, only its link to the sentence before is gone. Scope words
# ("auch", "nur", "nicht", "ebenfalls") and adverbs that stand for a place, a thing or a condition
# ("dort", "damit", "dafür", "dabei") are NOT here: without them the claim would grow.
_CONNECTIVES: Final = frozenset(
    [
        "zudem", "außerdem", "zugleich", "gleichzeitig", "ferner", "überdies", "zusätzlich", "allerdings",
        "jedoch", "dennoch", "trotzdem", "deshalb", "deswegen", "daher", "somit", "folglich",
        "nun", "inzwischen", "mittlerweile", "seither", "seitdem",
    ]
)  # fmt: skip
# Not here either: "danach", "anschließend", "dann" order an event after another; in the present or
# future tense ("Danach fährt der Bus wieder.") the sentence without them would say it holds now.
# "demnach" ties a finding to its source (a survey, a report): without it the finding reads as fact.
_NOMINATIVE_START: Final = frozenset(["der", "die", "das", "ein", "eine"])


# Adversative and causal links inside a clause ("Die Gebühren bleiben hingegen gleich."): they set the
# clause against, or derive it from, a sentence the summary may not hold; the claim stands without them
# (Duden grammar, Konjunktionaladverbien im Mittelfeld). "dagegen" and "daher" are left out: they are
# also pronominal adverbs ("dagegen klagen", "daher kommen") whose "da-" points at a thing.
INNER_CONNECTIVES: Final = frozenset(
    [
        "hingegen", "indes", "indessen", "wiederum", "jedoch", "allerdings", "dennoch", "trotzdem",
        "deshalb", "deswegen", "somit", "folglich", "zudem", "außerdem", "ferner", "überdies",
    ]
)  # fmt: skip


def inner_connective(tagged: Sequence[morph.Token]) -> int | None:
    """The position of a linking adverb inside the clause (after the finite verb), or None."""
    for position in range(2, len(tagged) - 1):
        token = tagged[position]
        if token.word.lower() not in INNER_CONNECTIVES or token.pos not in ("ADV", "KON", "PROAV", "PAV"):
            continue
        if tagged[position - 1].word in (",", "und", "oder", "aber") or tagged[position + 1].word == ",":
            continue  # "…, jedoch nur …", "und zudem": the link joins two parts of the sentence itself
        return position
    return None


def without_connective(sentence: str) -> str | None:
    """ "Zudem wird ab Juli eine Filiale eingesetzt." -> "Ab Juli wird eine Filiale eingesetzt.", or None.

    German is verb-second: when the linking adverb leaves the Vorfeld (the place before the finite
    verb), the first constituent after the verb takes it, as any constituent may (Duden grammar,
    Vorfeldbesetzung). That constituent is moved only where it is certain: a prepositional phrase
    (preposition, article, adjectives, nouns) or a subject noun phrase in a form that can only be
    nominative ("die Gemeinde", "ein Bus"), never an adverb (a scope word like "nur" in front would
    change what it limits) or a pronoun.
    """
    tagged = morph.tag(sentence)
    inner = inner_connective(tagged) if tagged and tagged[0].word.lower() not in _CONNECTIVES else None
    if inner is not None:
        # "Die Gebühren bleiben hingegen gleich." -> "Die Gebühren bleiben gleich.": the link leaves the
        # Mittelfeld, nothing else moves.
        # Cut from the sentence as written, never rebuilt from its tokens: a phone number or a quoted
        # name keeps its spacing ("0621/963-2222", „Markt“).
        word = tagged[inner].word
        nth = sum(1 for t in tagged[:inner] if t.word == word)
        found = list(re.finditer(rf"\s+{re.escape(word)}(?=[\s,.;:!?])", sentence))
        if nth >= len(found):
            return None
        cut = found[nth]
        return sentence[: cut.start()] + sentence[cut.end() :]
    if len(tagged) < 5 or tagged[0].word.lower() not in _CONNECTIVES or tagged[0].pos not in ("ADV", "PROAV", "PAV"):
        return None
    if not tagged[1].pos.endswith("(FIN)") or any(t.word == "," for t in tagged[:4]):
        return None
    start = 2
    end = start
    if tagged[start].pos in ("APPR", "APPRART"):
        end += 1
        if tagged[start].pos == "APPR" and end < len(tagged) and tagged[end].pos == "ART":
            end += 1
    elif tagged[start].pos == "ART" and tagged[start].word.lower() in _NOMINATIVE_START:
        end += 1
    elif tagged[start].pos != "NE":
        return None
    while end < len(tagged) and tagged[end].pos in ("ADJ(A)", "CARD"):
        end += 1
    head = end
    end = _head_end(tagged, head)
    if end == head or end >= len(tagged) - 1:
        return None
    if tagged[start].pos == "ART" and tagged[start].word.lower() == "der" and _feminine(tagged[end - 1].word):
        return None  # "der Stadt" after the verb is a feminine dative, not the subject
    following = tagged[end].word.lower()
    if tagged[end].pos in ("NN", "NE") or following in ("der", "des", "eines", "einer", "und", "oder", "von", "vom"):
        return None  # the phrase may go on (a genitive, a coordination, an attribute): its end is unsure
    moved = [t.word for t in tagged[start:end]]
    moved[0] = moved[0][:1].upper() + moved[0][1:]
    return _tidy(" ".join([*moved, tagged[1].word, *[t.word for t in tagged[2:start]], *[t.word for t in tagged[end:]]]))


def _feminine(noun: str) -> bool:
    """The lexicon knows the noun as feminine."""
    entry = lookup(noun)
    return entry is not None and entry.gender == "die"


def _tidy(text: str) -> str:
    """The text with German spacing around punctuation, brackets and quotation marks, and a capital first letter."""
    text = re.sub(r"\s+([,.!?:;)])", r"\1", text)
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r"„\s+", "„", re.sub(r"\s+“", "“", text))
    return text[:1].upper() + text[1:]


# What a possessive determiner agrees with (Duden grammar: "sein" for a masculine or neuter
# singular owner, "ihr" for a feminine singular or any plural owner).
_OWNERS: Final[dict[str, frozenset[Feature]]] = {"sein": frozenset([_MASC, _NEUT]), "ihr": frozenset([_FEM, _PLURAL])}


def possessive_bound(tagged: Sequence[morph.Token], position: int) -> bool:
    """ "Die Halterinnen und Halter vom Gelände erreichen ihre Grundstücke": the possessive at
    ``position`` points at its clause's subject.

    German binds a possessive to a noun phrase it agrees with in gender and number; when the
    clause's subject agrees and NO other noun phrase or pronoun of the clause before the possessive
    can (every phrase counts, those in prepositional phrases and attributes too), the subject is
    the only owner the sentence offers. The subject is the first phrase of a subject-first clause
    (its number fixed by the finite verb: a plural verb ends in -n), or, after a fronted adverbial,
    the nominative phrase right after the finite verb (verb-second order). A comma before the
    possessive (another clause) or a second pronoun refuses.
    """
    word = tagged[position].word.lower()
    allowed = next((f for stem, f in _OWNERS.items() if word.startswith(stem)), None)
    if allowed is None or any(t.word in (",", ";", ":") for t in tagged[:position]):
        return False
    verb = next((i for i, t in enumerate(tagged[:position]) if t.pos.endswith("(FIN)")), None)
    if verb is None or verb == 0:
        return False
    clause = tagged[:position]
    if any(t.pos in ("PPER", "PDS", "PIS", "PRELS", "PPOSAT") for t in clause):
        return False
    phrases = _phrases(clause)
    if not phrases:
        return False
    plural = tagged[verb].word.endswith("n")
    number: frozenset[Feature] = frozenset([_PLURAL]) if plural else frozenset([_MASC, _FEM, _NEUT])
    first = phrases[0]
    vorfeld = ("ART", "ADJ(A)", "NN", "NE", "NNA", "CARD", "PIAT", "KON", "APPR", "APPRART")
    if clause[: len(first.words)] == first.words and all(t.pos in vorfeld for t in clause[:verb]):
        # Subject first: the Vorfeld holds the subject and its attributes only, nothing else.
        subject, start = first, 0
    else:
        after = next((p for p in phrases if clause[verb + 1 : verb + 1 + len(p.words)] == p.words), None)
        if after is None or after.determiner not in _NOMINATIVE_FEATURES or after.determiner == "":
            return False
        subject, start = after, verb + 1
    features = _NOMINATIVE_FEATURES.get(subject.determiner, frozenset()) & subject.features & number
    if start == 0 and _coordinated(clause[:verb]):
        features = frozenset([_PLURAL]) if plural else frozenset()
    if not features & allowed:
        return False
    parts = [subject]
    if start == 0:
        # "Mieterinnen und Mieter …": the conjuncts of a coordinated subject are one owner; the
        # subject ends where an attribute starts (a preposition, or an article after a noun: a genitive).
        end = next(
            (
                i
                for i in range(1, verb)
                if clause[i].pos in ("APPR", "APPRART") or (clause[i].pos == "ART" and clause[i - 1].pos != "KON")
            ),
            verb,
        )
        parts = [p for p in phrases if _offset(clause, p) + len(p.words) <= end]
    rivals = [p for p in phrases if p not in parts and p.features & allowed]
    return not rivals


def _offset(tagged: Sequence[morph.Token], phrase: _Phrase) -> int:
    """Where the phrase starts in the tagged sentence (its first occurrence)."""
    width = len(phrase.words)
    return next((i for i in range(len(tagged)) if tuple(tagged[i : i + width]) == phrase.words), len(tagged))
