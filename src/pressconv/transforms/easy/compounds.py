"""Split long German compounds for Leichte Sprache: "Ober·bürger·meister" or "Ober-Bürger-Meister".

A small splitter: a curated lexicon of known splits first, then a search over split points whose
parts are frequent German words (wordfreq), with linking elements (Fugen-s, -n, -en …) attached to
the left part. It only splits capitalised words of 10 letters or more, as the prototype did; the
big CharSplit model (split-words, ~370 MB) is not needed for the words press releases use.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final, Literal

from pressconv.transforms.easy.frequency import zipf
from pressconv.transforms.easy.limits import LONG_WORD
from pressconv.transforms.easy.morph import ADDRESS, analysis, tag
from pressconv.transforms.easy.particles import PARTICLE_PREPOSITIONS

__all__ = ["MEDIOPUNKT", "PLACE_HEADS", "STREET_SUFFIXES", "Separator", "segment", "segment_text", "zipf"]

MEDIOPUNKT: Final = "·"
Separator = Literal["·", "-"]

# Splits people expect but frequency alone gets wrong, and words never to split. Our own list.
_LEXICON: Final[dict[str, tuple[str, ...]]] = {
    "oberbürgermeister": ("ober", "bürger", "meister"),
    "oberbürgermeisterin": ("ober", "bürger", "meisterin"),
    "bürgermeister": ("bürger", "meister"),
    "bürgermeisterin": ("bürger", "meisterin"),
    "bezirksbürgermeister": ("bezirks", "bürger", "meister"),
    "bezirksbürgermeisterin": ("bezirks", "bürger", "meisterin"),
    "kindertagesstätte": ("kinder", "tages", "stätte"),
    "straßenbauarbeiten": ("straßen", "bau", "arbeiten"),
    "bezirksamt": ("bezirks", "amt"),
    "bezirksamtes": ("bezirks", "amtes"),
    "nachmittag": ("nachmittag",),
}
_NEVER_SPLIT: Final = frozenset(
    {
        "digitalisierung",
        "verwaltung",
        "wissenschaft",
        "gesellschaft",
        "partizipation",
        "veranstaltung",
        "information",
        "informationen",
        "entwicklung",
        "anerkennung",
        "mitarbeiterinnen",
        "mitarbeiter",
        "verletzungen",
        "bürgerinnen",
        "verbesserung",
        "ermittlungen",
        "wissenschaftler",
        "unterstützung",
        "pressemitteilung",
        "verbraucher",
        # A verb with the inseparable prefix "unter-" (Duden grammar: untrennbare Verben) and its
        # nominalised infinitive, the press's word for a company: "Unternehmens·sprecher".
        "unternehmen",
    }
)
# Endings that are suffixes, not words: a split must never leave them as a part of their own.
_SUFFIX_PARTS: Final = frozenset(
    {
        "schaft",
        "schaften",
        "heit",
        "keit",
        "ung",
        "ungen",
        "lich",
        "isch",
        "chen",
        "lein",
        "innen",
        "erin",
        "nis",
        "tum",
        "bar",
        "sam",
        "ieren",
        "ierung",
        "tion",
        "tionen",
        "ität",
        "haft",
        "los",
        "weise",
        "ling",
        "ende",
        "ender",
        "enden",
        "ern",
        "ens",
        "ers",
        "erei",
        # Adjective suffixes with their endings (Duden grammar: -ig, -lich, -isch, -bar, -sam):
        # "Abhäng·igen", "gefähr·lichen" cut a derivation, not a compound.
        *(suffix + ending for suffix in ("ig", "lich", "isch", "bar", "sam") for ending in ("e", "en", "er", "es", "em")),
    }
)
# The prefix and "ge-" of a participle of a separable verb ("an·ge·klagt", "aus·ge·stellt") are one
# word with it (Duden grammar: Partizip II of separable verbs): "Ange·klagte" splits no word part.
_PARTICIPLE_PREFIXES: Final = frozenset(
    p + "ge" for p in ("an", "ab", "auf", "aus", "bei", "ein", "mit", "nach", "vor", "zu", "zurück", "weg", "fest")
)
# Derivational suffixes of nouns (Duden grammar: -ung, -heit, -keit, -schaft, -ion, -ität): the head
# part keeps the suffix with its whole base, so "Regel·ungen" is never read as "Rege·lungen".
_NOUN_SUFFIXES: Final = ("ungen", "ung", "heiten", "heit", "keiten", "keit", "schaften", "schaft", "ionen", "ion")
_LINKS: Final = ("", "s", "es", "n", "en", "e", "er")
_MIN_WORD = 10
_MIN_PART = 4
_MIN_HEAD = 4
_KNOWN = 3.0
_COMMON = 5.0
# A small bonus per part: split deeper only when the parts are about as frequent (not Verb·raucher).
_PART_BONUS = 0.15
# A Fugen-s or -es (linking element) marks a compound boundary, so after it a short, very common head
# (Amt, Tag, Rat, Ort) may stand as a part: "Landrats·amt", "Geburts·tag" (Duden, Fugenelemente).
_LINKED_HEAD = 3
_LINKED_HEAD_ZIPF = 4.5
_LINKED_STEM_ZIPF = 4.0
_FUGEN_S: Final = ("s", "es")


# Confixes: bound first elements of German compounds that are no words of their own, so no frequency
# list counts them (Duden grammar: Konfix, "Kriminal·polizei", "Elektro·auto", "Agrar·politik").
_CONFIXES: Final = frozenset({"kriminal", "elektro", "agrar", "thermo", "hydro"})


def _known(part: str) -> bool:
    """A verified word part: a known word, or a form of one a frequency list counts too rarely.

    Frequency lists count each inflected form apart, so a plural or dative ("Reglern", "Flächen")
    looks unknown although its base word is common, and so do a noun of agent in "-er" made from a
    verb and its feminine form in "-in"/"-innen" (Duden grammar: Nomen Agentis, Movierung:
    "Steller" of "stellen", "Fahrerinnen"): the base form decides. A feminine form needs a base in
    "-er", so "Krim" + "in" is no part.
    """
    if len(part) < _MIN_PART or part in _SUFFIX_PARTS:
        return False
    if zipf(part) >= _KNOWN or part in _CONFIXES:
        return True
    if _english(part):
        return False  # no form of an English word ("nativen" of "native")
    for ending in _PLURAL_ENDINGS:
        base = part[: -len(ending)]
        # The plural "-n" follows "-e", "-el", "-er" only (Duden grammar): "Krimin" is no form of "Krimi".
        if ending == "n" and not base.endswith(("e", "el", "er")):
            continue
        # A base of five letters or more: shorter ones match by chance ("telle" is no plural of "Tell").
        # A genitive "-s" sits on any noun ("Vertrags"); a plural's base is an everyday word
        # ("Fläche"), so a verb form in "-t" + "en" is none.
        floor = _KNOWN if ending == "s" else _FORM_BASE
        if part.endswith(ending) and len(base) > _MIN_PART and base not in _SUFFIX_PARTS and zipf(base) >= floor:
            return True
    base = part.removesuffix("innen") if part.endswith("innen") else part.removesuffix("in")
    if base != part and base.endswith("er") and len(base) >= _MIN_PART and (zipf(base) >= _KNOWN or _agent(base)):
        return True
    return _agent(part.removesuffix("n") if part.endswith("ern") else part)


def _english(part: str) -> bool:
    """A part more frequent in English than in German ("port", "roll", "native", research notes
    §3.3 as in hardwords.is_hard) is no German word part: "Schul·sport", never "Schuls·port"."""
    return zipf(part, "en") > zipf(part) + _ENGLISH_MARGIN


_ENGLISH_MARGIN: Final = 0.5


def _agent(word: str) -> bool:
    """A noun of agent in "-er" whose verb is an everyday word ("steller": "stellen"); a rarer verb
    would make chance parts of adjectives ("-tischer" of "-tischen") into nouns."""
    return (
        word.endswith("er")
        and len(word) >= _MIN_PART + 2
        and _verb_stem(word[:-2])
        and _verb_score(word[:-2]) >= _AGENT_VERB
    )


_AGENT_VERB: Final = 4.0
_FORM_BASE: Final = 4.0
# A nested split hangs on its first part: an everyday word ("Garten", "Bücher"), not a rare or foreign one.
_NESTED_STEM: Final = 4.0


# Endings of a noun's plural and dative forms.
_PLURAL_ENDINGS: Final = ("en", "n", "e", "s")


def _verb_stem(stem: str) -> bool:
    """A verb stem as a first part (Duden grammar: Verbstamm als Erstglied: "Spül·maschine",
    "Abstell·fläche", "Förder·bank"): the infinitive is a known word, and so is a finite form
    ("-t"/"-et", of the base verb after a separable particle), so a plural in "-en" ("Konten") is
    no verb. Stems in -er/-el take "-n" ("fördern", "sammeln"), all others "-en"; a stem never ends
    in "e" ("eige" is no stem of "eigen")."""
    if len(stem) < _MIN_PART or stem in _SUFFIX_PARTS or stem.endswith("e"):
        return False
    base = next((stem[len(p) :] for p in _SEPARABLE if stem.startswith(p) and len(stem) - len(p) >= 3), stem)
    # A particle verb is rarer than its base verb in a frequency list, which counts "fährt … auf" under
    # "fährt": "Auffahr·unfall" needs "auffahren" as a known word and its base "fahren" as a common one.
    particle_verb = base != stem and _verb_score(stem) >= _KNOWN and _verb_score(base) >= _STEM_VERB
    if _verb_score(stem) < _STEM_VERB and not particle_verb:
        return False
    return max(zipf(base + "t"), zipf(base + "et")) >= _FINITE


# Separable verb particles (Duden grammar: trennbare Verben), longest first.
_SEPARABLE: Final = ("zurück", "nach", "auf", "aus", "ein", "mit", "vor", "weg", "ab", "an", "zu")
_FINITE: Final = 2.5
_STEM_VERB: Final = 3.5
# A word under ten letters is split only when it is rare as a whole (below the hard-word check's
# native threshold, style._NATIVE_RARE) and both parts are everyday words.
_SHORT_RARE: Final = 3.3
_SHORT_PARTS: Final = 4.3


@lru_cache(maxsize=8192)
def _best_split(word: str) -> tuple[float, tuple[str, ...]]:
    """Return (score, parts) for a lowercase word; the score is the frequency of its rarest part."""
    if word in _LEXICON:
        return (9.0, _LEXICON[word])
    verified = _lexicon_split(word)
    if verified is not None:
        return (9.0, verified)
    whole = (zipf(word), (word,))
    # Very common words (Deutschland, Mittwoch) are read as one word; splitting them only disturbs.
    if word in _NEVER_SPLIT or len(word) < 2 * _MIN_PART or whole[0] >= _COMMON:
        return whole
    base = _base_form(word)
    if base is not None:
        # An inflected or feminine form is split as its base form ("Besucher|innen" as
        # "Besucher"; "Initiative|n" stays whole, never a chance cut of a foreign word).
        parts = _best_split(base)[1]
        return (zipf(base), (*parts[:-1], parts[-1] + word[len(base) :]))
    if len(word) < _MIN_WORD:
        # A short compound stays whole when readers know it as a word (Standort, Feuerwehr); a rare
        # one of two everyday words ("Großfeuer": groß + Feuer, Duden grammar: adjective + noun) is
        # split, so the reader sees two words he knows instead of one he does not.
        if whole[0] >= _SHORT_RARE:
            return whole
        if word.endswith(_PLACE_HEADS):
            return whole  # a place name's head ("-dorf", "-holz"): a name is written as it is
        short = _search(word)
        if short is None or len(short[1]) != 2 or short[0] < _SHORT_PARTS or short[1][0] in _FUNCTION_WORDS:
            return whole
        if any(_english(part) for part in short[1]):
            return whole
        return short
    # A head no list knows is split deeper only when the word has no split of known parts at all:
    # "Aktions·einsatz", never "Aktion·sein·satz".
    found = _search(word) or _search(word, nested=True)
    return found if found is not None else whole


def _base_form(word: str) -> str | None:
    """The base form of a noun form the frequency list knows by its base only: a feminine role
    noun in "-in"/"-innen" of a base in "-er" (Duden grammar: Movierung), or a plural or dative of
    a base of five letters or more; None when the word is no such form."""
    for ending in ("innen", "in", *_PLURAL_ENDINGS):
        base = word[: -len(ending)]
        if not word.endswith(ending) or len(base) <= _MIN_PART:
            continue
        if ending in ("innen", "in") and not base.endswith("er"):
            continue
        if ending == "n" and not base.endswith(("e", "el", "er")):
            continue
        if zipf(base) >= _KNOWN and not _english(base):
            return base
    return None


# Numerals and pronouns are no first part of a short compound ("Drei·eck"): closed word classes.
_FUNCTION_WORDS: Final = frozenset(
    {
        "eins",
        "zwei",
        "drei",
        "vier",
        "fünf",
        "sechs",
        "sieben",
        "acht",
        "neun",
        "zehn",
        "hier",
        "dort",
        "sich",
        "sein",
        "ihre",
        "mein",
        "dein",
    }
)


# Heads of German place names (Grundwörter of toponyms: Duden, "Geographische Namen"): a short rare
# word ending in one is more likely a village than a compound to explain.
_PLACE_HEADS: Final = (
    "dorf",
    "bach",
    "berg",
    "burg",
    "feld",
    "felde",
    "hausen",
    "heim",
    "rode",
    "hof",
    "hofen",
    "tal",
    "thal",
    "wald",
    "hagen",
    "holz",
    "hain",
    "kirchen",
    "furt",
    "ingen",
    "stedt",
    "stadt",
    "weiler",
    "born",
    "brunn",
    "leben",
    "beck",
    "werder",
    "winkel",
    "mühle",
    "münster",
    "horst",
    "au",
    "see",
    "stein",
    # and of surnames (Duden, "Familiennamen": "-mann", "-hart", "-lieb", "-holt", "-ecke", "-mark")
    "mann",
    "hart",
    "lieb",
    "holt",
    "ecke",
    "mark",
    "land",
)
PLACE_HEADS: Final = _PLACE_HEADS


def _part_score(part: str) -> float:
    """How sure a part is a word: its frequency, or its base form's ("flächen" counts as "fläche"),
    or for a noun of agent and its feminine form the frequency of the verb ("steller": "stellen"),
    so "Antrag·steller" wins over "Antrags·teller"."""
    bases = [part[: -len(e)] for e in _PLURAL_ENDINGS if part.endswith(e) and len(part) - len(e) > _MIN_PART]
    bases += [part.removesuffix("innen"), part.removesuffix("in"), part.removesuffix("n")]
    scores = [zipf(part), *(zipf(b) for b in bases if b not in _SUFFIX_PARTS)]
    if part in _CONFIXES:
        scores.append(_KNOWN)  # a confix is a verified part no frequency list counts (see _CONFIXES)
    scores += [_verb_score(b[:-2]) for b in (part, *bases) if _agent(b)]
    return max(scores)


def _verb_infinitive(stem: str) -> str:
    """The infinitive of a verb stem: "-n" after "-er"/"-el" ("fördern"), else "-en" ("spülen")."""
    return stem + ("n" if stem.endswith(("er", "el")) else "en")


def _verb_score(stem: str) -> float:
    """How common the infinitive of the verb stem is (its Zipf frequency)."""
    return zipf(_verb_infinitive(stem))


@lru_cache(maxsize=8192)
def _search(word: str, *, nested: bool = False) -> tuple[float, tuple[str, ...]] | None:
    """The best split of ``word`` into verified parts, or None: every cut, every linking element.

    With ``nested``, a head of ten letters or less that no list knows may be split itself ("Garten |
    zaun·farbe", Duden grammar: compounds nest); the caller tries that only when nothing else fits.
    """
    best: tuple[float, tuple[str, ...]] | None = None
    best_key: tuple[float, bool] | None = None
    for cut in range(_MIN_PART, len(word) - _LINKED_HEAD + 1):
        left, right = word[:cut], word[cut:]
        # "-ende" is a participle's ending ("Studier·ende") except after a Fugen-s, where it is the noun
        # "Ende" ("Jahres·ende", "Monats·ende"; Duden grammar: Fugen-s after the first noun).
        noun_end = right == "ende" and left.endswith("s")
        if (right in _SUFFIX_PARTS and not noun_end) or left in _PARTICIPLE_PREFIXES or _cuts_a_base(right):
            continue
        if any(word.startswith(whole) and cut < len(whole) for whole in _NEVER_SPLIT):
            continue  # a word never split stays whole as a compound's first part ("Verbraucher·hotline")
        if left.endswith("e") and right.startswith("rin"):
            continue  # the feminine suffix "-erin" (Duden grammar: Movierung) is no cut: "Besuche·rinnen"
        for link in _LINKS:
            if link and not left.endswith(link):
                continue
            # The Fugen-n follows a stem in "-e" only (Duden grammar: "Straße·n·bahn"): "Krimi·n" is none.
            if link == "n" and not left.endswith("en"):
                continue
            # The Fugen-er is a noun's plural ending (Duden grammar: "Kinder·garten", "Bilder·buch"): the
            # first part with it must be a word, so "Trau·termine" is never "Trauter·mine".
            if link == "er" and zipf(left) < _KNOWN:
                continue
            if len(right) < _MIN_HEAD and link not in _FUGEN_S:
                continue
            stem = left[: len(left) - len(link)] if link else left
            # The Fugen-s is checked against the first part's form: a noun in unstressed "-e" links
            # with "-n" ("Sonne·n·schein") or without a link ("Wärme·pumpe"), never with "-s"
            # (Duden grammar: Fugenelemente), so "Wärme·stube" is no "Wärmes·tube".
            if link == "s" and stem.endswith("e"):
                continue
            if link == "s" and stem.endswith("en") and _plural_in_en(stem):
                continue
            # A first part is a word as it stands (its linking element is cut off already): the
            # forms of a head ("-innen", plural endings) would stack on the Fugen ("Vereins·er").
            known_stem = len(stem) >= _MIN_PART and stem not in _SUFFIX_PARTS and (zipf(stem) >= _KNOWN or stem in _CONFIXES)
            # A verb stem joins its head bare or with a Fugen-e (Duden grammar: "Abhol·termin",
            # "Anmelde·schluss", "Halte·stelle").
            stem_score = (
                max(zipf(stem), _KNOWN if stem in _CONFIXES else 0.0)
                if known_stem
                else _verb_score(stem)
                if link in ("", "e") and _verb_stem(stem)
                else None
            )
            if stem_score is None:
                continue
            options: list[tuple[float, tuple[str, ...]]] = []
            if noun_end:
                if link not in _FUGEN_S or not known_stem:
                    continue
                options.append((zipf(right), (right,)))
            elif _known(right) or (link in _FUGEN_S and _linked_head(stem, right)):
                options.append((_part_score(right), (right,)))
            elif link in _FUGEN_S and (adjective := _adjective_head(right)) is not None:
                options.append((adjective, (right,)))
            # Parts of ten letters or less stay whole when they are a word (Standort, not Stand·ort),
            # as in the prototype; a head no list knows is itself a compound to split ("Garten |
            # zaun·farbe", Duden grammar: compounds nest), or the whole word has no verified split.
            if len(right) > _MIN_WORD:
                deeper = _best_split(right)
                if len(deeper[1]) > 1:
                    options.append(deeper)
            elif (
                len(right) >= 2 * _MIN_PART
                and zipf(right) < _SHORT_RARE
                # "Präventions·einsatz" is no "Prävention·sein·satz": a head that is a linking element and a
                # known word is read as that (the link loop above), never split anew.
                and not any(right.startswith(x) and _known(right[len(x) :]) for x in _LINKS if x)
                and (inner := _search(right)) is not None
            ):
                # A head under ten letters follows the rule for a short word (``_best_split``): split
                # when it is rare as a whole and both its parts are everyday words ("Arzt·praxis" in
                # "Land·arzt·praxis"); "Stand·ort" stays "Standort", a word readers know.
                if inner[0] >= _SHORT_PARTS:
                    options.append(inner)
            elif (
                nested and not options and len(right) >= 2 * _MIN_PART and zipf(stem) >= _NESTED_STEM and not _english(stem)
            ):
                # Only after a first part that is a word as it stands: a chance cut ("Krimin |
                # almuseum") has no known first part to anchor it.
                inner = _search(right) or _search(right, nested=True)
                if inner is not None:
                    options.append(inner)
            if not options:
                continue
            # Prefer the deeper split when it is about as sure: Leichte Sprache splits every part.
            right_score, right_parts = max(options, key=lambda o: o[0] + _PART_BONUS * (len(o[1]) - 1))
            score = min(stem_score, right_score)
            # On a tie the reading with a Fugen-s wins: "Landrats·amt" (Landrat + Amt), not "Landrat·samt";
            # both parts are verified words either way, and the linking element is the regular case.
            key = (score + _PART_BONUS * len(right_parts), link in _FUGEN_S)
            if best_key is None or key > best_key:
                best, best_key = (score, (left, *right_parts)), key
    return best


# Masculine nouns whose genitive ends in "-ens" (Duden grammar: "des Namens", "des Glaubens"): their
# "-en" form before a Fugen-s is the genitive of a singular, not a plural ("Namens·liste").
_GENITIVE_ENS: Final = frozenset(
    {"name", "glaube", "wille", "friede", "gedanke", "funke", "same", "buchstabe", "haufe", "fels", "herz"}
)


@lru_cache(maxsize=4096)
def _plural_in_en(stem: str) -> bool:
    """A first part in "-en" that is a plural ("Katzen", "Frauen"), so no Fugen-s can follow it.

    German links a plural first part without "-s" (Duden grammar, Fugenelemente: "Katzen·streu",
    "Frauen·haus", never "Katzens·treu"); a Fugen-s after "-en" belongs to a singular in "-en", a
    nominalised infinitive ("Lebens·mittel", "Unternehmens·sprecher") or a noun with the genitive
    "-ens" ("Namens·liste"). HanTa's lemma tells the plural from the singular; without HanTa the
    cut stays allowed, as before.
    """
    tokens = tag(stem[:1].upper() + stem[1:])
    if len(tokens) != 1 or not tokens[0].pos.startswith("NN"):
        return False
    lemma = tokens[0].lemma.lower()
    return lemma != stem and lemma not in _GENITIVE_ENS and stem.startswith(lemma[: max(len(lemma) - 1, 1)])


# Adjective endings (Duden grammar: starke und schwache Flexion) and the suffixes of derived
# adjectives whose base a frequency list counts ("bedrohlich", "schädlich").
_ADJECTIVE_ENDINGS: Final = ("em", "en", "er", "es", "e")
_ADJECTIVE_SUFFIXES: Final = ("lich", "ig", "isch", "bar", "sam")
_ADJECTIVE_HEAD: Final = 3.4


def _adjective_head(part: str) -> float | None:
    """How sure a declined adjective or present participle is a word, as the head after a Fugen-s.

    Frequency lists count a participle in "-end" ("verkürzend", "gefährdenden") too rarely to be
    known; its verb ("verkürzen") is. Compound adjectives of a noun and a participle or derived
    adjective ("lebens·verkürzend", "gesundheits·gefährdend", "lebens·bedrohlich": Duden grammar,
    Zusammensetzungen mit Partizip) are split at the Fugen-s, the one cut that marks the noun as a
    word part (a verb particle takes none: "unter·schreibend" is never cut). None: no such head.
    """
    base = next((part[: -len(e)] for e in _ADJECTIVE_ENDINGS if part.endswith(e) and len(part) - len(e) >= 6), part)
    if base.endswith("end") and len(base) >= 7:
        score = zipf(base[:-1])  # "verkürzend" → "verkürzen", "fördernd" → "fördern"
    elif base.endswith(_ADJECTIVE_SUFFIXES) and len(base) >= 6:
        score = zipf(base)
    else:
        return None
    return score if score >= _ADJECTIVE_HEAD else None


def _cuts_a_base(right: str) -> bool:
    """The head part is a noun suffix with less than a syllable of its base ("lungen" of "Regelungen")."""
    suffix = next((s for s in _NOUN_SUFFIXES if right.endswith(s)), None)
    return suffix is not None and len(right) - len(suffix) < 3


def _linked_head(stem: str, part: str) -> bool:
    """A short head after a Fugen-s: a very common word (Amt, Tag) after a common stem (Landrat, Geburt).

    The stem must be common too, so a word read as one ("Donnerstag": Donner is rare) stays whole.
    """
    common = zipf(stem) >= _LINKED_STEM_ZIPF and zipf(part) >= _LINKED_HEAD_ZIPF
    return len(part) >= _LINKED_HEAD and part not in _SUFFIX_PARTS and common


@lru_cache(maxsize=1)
def _lexicon_splits() -> dict[str, tuple[str, ...]]:
    """Splits written by hand in the lexicon's headwords ("Kooperations·vereinbarung"): verified parts."""
    from pressconv.transforms.easy.lexicon import lexicon

    splits: dict[str, tuple[str, ...]] = {}
    for entry in lexicon():
        if "·" in entry.word:
            parts = tuple(p.lower() for p in entry.word.split("·"))
            splits["".join(parts)] = parts
    return splits


def _lexicon_split(word: str) -> tuple[str, ...] | None:
    """The lexicon's split of ``word`` or of its head ("Kooperationsvereinbarungen" ends in one)."""
    splits = _lexicon_splits()
    if word in splits:
        return splits[word]
    for plain, parts in splits.items():
        # An inflected form: the lexicon word plus an ending ("-en", "-s").
        if word.startswith(plain) and len(word) - len(plain) <= 3:
            return (*parts[:-1], parts[-1] + word[len(plain) :])
    return None


def _whole_in_lexicon(word: str) -> bool:
    """The lexicon lists ``word`` as a form of an entry written without a Mediopunkt."""
    from pressconv.transforms.easy.lexicon import lookup

    entry = lookup(word)
    return entry is not None and bool(entry.explanation) and "·" not in entry.word


def _split_lower(word: str) -> tuple[str, ...]:
    """The best split of a lower-case word into its parts."""
    return _best_split(word)[1]


# Street and square names: the first part is usually a name (Scharnweber, Kronprinzessinnen), so it
# is never cut up; only the suffix is set off ("Scharnweber·straße"), as LS editors write street names.
STREET_SUFFIXES: Final = (
    "straße",
    "strasse",
    "weg",
    "damm",
    "allee",
    "platz",
    "chaussee",
    "ufer",
    "gasse",
    "brücke",
)


# Inseparable verb prefixes (Duden grammar: untrennbare Präfixe) and the Zipf frequency from which
# the rest of the word is a word in its own right ("brechen" 4.0, "sammlung" 4.1).
_PREFIXES: Final = ("ver", "be", "ent", "er", "zer", "ge", "miss")
_PREFIX_REST_ZIPF: Final = 3.5


def _prefix_derivation(lower: str) -> bool:
    """A word made of an inseparable prefix and one word ("Verbrechen", "Versammlung"): no compound.

    German forms such nouns from the prefixed verb (Duden word formation: Derivation), so a cut
    inside them ("Verb·rechen", "Verse·hen") splits at no real word part; the rule book's Mediopunkt
    marks compound parts only. A longer word whose rest is no word ("Verkehrs·unfall": "kehrsunfall")
    is a compound as before.
    """
    return any(
        lower.startswith(p) and len(lower) - len(p) >= 5 and zipf(lower[len(p) :]) >= _PREFIX_REST_ZIPF for p in _PREFIXES
    )


def segment(word: str, separator: Separator = MEDIOPUNKT) -> str:
    """Return ``word`` with its compound parts joined by ``separator`` (unchanged if not a compound)."""
    if len(word) < 2 * _MIN_PART or "-" in word or not word.isalpha():
        return word
    if len(word) < _MIN_WORD and zipf(word.lower()) >= _SHORT_RARE:
        return word  # a short word readers know ("Feuerwehr") reads best whole
    if not word[:1].isupper() and len(word) < LONG_WORD:
        return word  # short adjectives and verbs read well whole; long ones are split like nouns
    if not word[:1].isupper() and _whole_in_lexicon(word):
        return word  # a verb form the lexicon writes whole ("unterschrieben"): a particle is no word part
    lower = word.lower()
    if _prefix_derivation(lower):
        return word  # "Verbrechen" is "ver" + "brechen", never "Verb·rechen"
    street = next((s for s in STREET_SUFFIXES if lower.endswith(s) and len(lower) - len(s) >= 4), None)
    parts = (lower[: -len(street)], street) if street else _split_lower(lower)
    if len(parts) == 1 and word[:1].isupper() and len(word) >= LONG_WORD:
        parts = _analysed_split(word)
    if len(parts) == 1:
        return word
    if _ISCH.search(parts[-1]) and len(_ISCH.sub("", parts[-1])) < _MIN_ISCH_STEM:
        # "Afrik·anische", "Afrika·nische": an adjective in "-isch" is derived from its whole stem
        # (Duden word formation: Ableitung, "Afrika" -> "afrikanisch"), so a cut inside the stem or the
        # suffix leaves no word part ("nische" is no part of it). A compound adjective keeps a stem
        # of its own in the last part ("wirtschafts·politische").
        return word
    if word[:1].isupper() and not street and _inflected_adjective(parts[0]):
        # "Hohenwald", "Weißenbrunn", "Neuenkirchen": a first part in the adjective's weak "-en"
        # (an old dative, "zum hohen Markt") marks a place's name (Duden: Ortsnamen mit flektiertem
        # Adjektiv); a compound noun takes the bare stem ("Hoch·haus", "Alt·stadt"). Names stay whole.
        return word
    if word[:1].isupper():
        parts = _noun_head(_prefixed_first(parts))
    elif parts[0] in _PARTICLE_PREFIXES or parts[0] in _ADVERB_PREFIXES:
        # An adjective or verb form after a particle ("voraus·sichtlich", "zurück·haltend") is derived
        # from the particle's word as a whole ("Voraussicht", "zurückhalten"): no part of it is a word
        # of its own in this sense, so it stays whole (rubric item 4: split only at real word parts).
        return word
    # Re-cut the original spelling at the same positions so umlauts and case stay as written.
    pieces: list[str] = []
    position = 0
    for part in parts:
        pieces.append(word[position : position + len(part)])
        position += len(part)
    if separator == "-":
        # The Netzwerk Leichte Sprache hyphen style capitalises every part: Ober-Bürger-Meister.
        return "-".join(piece[:1].upper() + piece[1:] for piece in pieces)
    return MEDIOPUNKT.join(pieces)


# The suffix "-isch" of a derived adjective with its inflection ending, and the shortest stem a
# derived adjective's last part needs to be a word part of its own ("politisch": "polit").
_ISCH: Final = re.compile(r"isch(?:e|en|er|es|em)?$")
_MIN_ISCH_STEM: Final = 4


def _inflected_adjective(part: str) -> bool:
    """The first part is a basic adjective of size, age, height or colour in its weak "-en" form.

    Those adjectives name places in the old dative ("Hohenwald", "Neuenkirchen", "Weißenbrunn");
    other "-en" first parts are nouns ("Kranken·haus", "Versicherten·karte", "Alten·pflege").
    """
    return part in _PLACE_ADJECTIVES


# The basic adjectives of German place names in the weak "-en" form (a closed class: size, height,
# colour, warmth, Duden: Ortsnamen). Not "alten" or "tiefen": "Alten·pflege", "Tiefen·bohrung" are
# nouns (die Alten, die Tiefe) as often as "Altenberg" is a name (review of session 29).
_PLACE_ADJECTIVES: Final = frozenset(
    ["hohen", "neuen", "großen", "kleinen", "langen", "breiten", "weißen", "schwarzen",
     "roten", "grünen", "blauen", "kalten", "warmen", "dürren", "krummen", "hellen"]
)  # fmt: skip


# Prepositions and verb particles that begin nouns of their own ("Übersicht", "Durchgang", "Umleitung").
_PARTICLE_PREFIXES: Final = PARTICLE_PREPOSITIONS | {"ein"}


# Adverbs that prefix verbs and their derivations like particles ("vorausfahren", "zurückhalten").
_ADVERB_PREFIXES: Final = frozenset({"voraus", "zurück", "heraus", "hinaus", "herein", "hinein", "vorbei", "weiter"})


# HanTa's morpheme tags: a lexical stem starts a part, a linking element (Fugenelement) or an
# inflection suffix closes the part before it.
_LEXICAL_MORPHEME: Final = re.compile(r"^(?:NN|VV|ADJ|NE|ADV|CARD)")
_CLOSING_MORPHEME: Final = re.compile(r"^(?:FUGE|SUF)")


@lru_cache(maxsize=4096)
def _analysed_split(word: str) -> tuple[str, ...]:
    """The parts of a long noun compound as HanTa's morphological analysis finds them; the word whole if none.

    Frequency alone cannot verify a part the frequency list counts too rarely ("Kommissariat",
    "Reanimation") or an inflected head ("Einbrüchen"), so a long compound of such parts stayed whole
    and its sentence broke the long-word rule. HanTa's analysis cuts a known word into its stems,
    linking elements and suffixes ("wohnung|s|einbrüch|en"; issue 16: real morphology, not word lists).
    A part is a stem with its linking element or suffix; a stem of three letters or less ("ein" of
    "Dach·eindeckung") is a prefix of the part after it. The split stands only where the parts spell
    the word exactly, every part has four letters at least, and one part at least is a word the
    frequency list knows (``_known``): a name or a foreign word HanTa only guesses at stays whole.
    """
    found = analysis(word)
    if found is None:
        return (word.lower(),)
    parts: list[str] = []
    pending = ""
    for morpheme, pos in found[1]:
        if _CLOSING_MORPHEME.match(pos) and pending:
            pending += morpheme  # "räd|ern" of "Trekking·rädern": the short stem and its ending
        elif _CLOSING_MORPHEME.match(pos) and parts:
            parts[-1] += morpheme
        elif _LEXICAL_MORPHEME.match(pos):
            stem = pending + morpheme
            if len(morpheme) < _MIN_PART:
                pending = stem  # a short stem or particle leans on the next one
            else:
                parts.append(stem)
                pending = ""
        else:
            return (word.lower(),)
    if pending and len(pending) >= _MIN_PART:
        parts.append(pending)
    elif pending:
        if not parts:
            return (word.lower(),)
        parts[-1] += pending
    lower = word.lower()
    if len(parts) < 2 or "".join(parts) != lower or any(len(part) < _MIN_PART for part in parts):
        return (lower,)
    if not any(_known(_stem_of(part)) for part in parts):
        return (lower,)
    return tuple(parts)


def _stem_of(part: str) -> str:
    """A part without its linking element ("verkehrs" -> "verkehr"), for the frequency check."""
    for link in ("es", "s", "en", "n"):
        if part.endswith(link) and _known(part[: -len(link)]):
            return part[: -len(link)]
    return part


def _prefixed_first(parts: tuple[str, ...]) -> tuple[str, ...]:
    """The first part kept whole when it is a noun formed with a particle: "Übersichts·karte".

    A particle or preposition before a noun stem forms a noun of its own (Duden grammar: Präfix- und
    Partikelbildung: "Übersicht", "Durchgang"); such a noun is the word part of a longer compound, and
    "Über·sichts·karte" cuts it into a preposition and a word the compound does not hold.
    """
    if len(parts) < 3 or parts[0] not in _PARTICLE_PREFIXES:
        return parts
    joined = parts[0] + parts[1]
    stem = joined[:-1] if joined.endswith("s") else joined
    return (joined, *parts[2:]) if _known(stem) else parts


def _noun_head(parts: tuple[str, ...]) -> tuple[str, ...]:
    """The parts of a noun with nouns after each Fugen-s: "Grund·steuer", never "Grunds·teuer".

    The head of a German noun compound is a noun (Duden grammar: Determinativkompositum). A split
    that reads the last part as an adjective after a Fugen-s ("grunds|teuer", "hundes|teuer") has
    taken the first letter of the head noun for the link; the "s" goes back to the head when that
    makes it a known noun ("steuer"). Adjective heads stay for words written small ("lebens·froh").
    """
    pieces = list(parts)
    for at in range(1, len(pieces)):
        # An inner part after a Fugen-s is a noun too ("Grund·steuer·bescheid", not "Grunds·teuer·bescheid").
        before, part = pieces[at - 1], pieces[at]
        if not before.endswith("s") or len(before) <= _MIN_PART:
            continue
        moved = "s" + part
        tagged = tag(part)
        if len(tagged) != 1 or not tagged[0].pos.startswith("ADJ") or not _known(moved):
            continue
        moved_tags = tag(moved[:1].upper() + moved[1:])
        if len(moved_tags) == 1 and moved_tags[0].pos.startswith("NN"):
            pieces[at - 1], pieces[at] = before[:-1], moved
    return tuple(pieces)


_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")
_VERB_FIRST: Final = re.compile(r" Sie\b")
# A word with its hyphenated partners ("Waldhain-Auen", "IT-Ausbildungszentrum"): a name joined by
# hyphens is one name (Duden, "Bindestrich in Eigennamen"), so a part of it is never split alone.
_JOINED: Final = re.compile(r"[A-Za-zÄÖÜäöüß]+(?:-[A-Za-zÄÖÜäöüß]+)*")


def _name_parts(keep: frozenset[str]) -> frozenset[str]:
    """The names to keep whole and every part of a hyphenated one ("Waldhain" of "Waldhain-Auen")."""
    return keep | {part for name in keep if "-" in name for part in name.split("-") if part[:1].isupper()}


def segment_text(text: str, separator: Separator = MEDIOPUNKT, *, keep: frozenset[str] = frozenset()) -> str:
    """Segment every long compound in ``text``; words in ``keep`` (names) stay whole."""
    names = _name_parts(keep)

    def replace(match: re.Match[str]) -> str:
        """The word split into its parts, a name of the release left whole."""
        word = match.group(0)
        # Parts of hyphenated words ("IT-Ausbildungszentrum") are split on their own.
        if word in names:
            return word
        if _VERB_FIRST.match(match.string, match.end()):
            # "Beantragen Sie …", "Melden Sie sich …": a verb before the polite "Sie" (imperative or
            # question, verb first) is capitalised only by its place; it is no noun compound.
            return word
        return segment(word, separator)

    def replace_joined(match: re.Match[str]) -> str:
        """A hyphenated word split part by part, a name or a word joined to a name left whole."""
        joined = match.group(0)
        if "-" not in joined:
            return replace(match)
        # A hyphenated name, or a word joined to a name ("Waldhain-Auen", "Musterfeld-Nord"), stays whole.
        if joined in names or any(part in names for part in joined.split("-")):
            return joined
        return _WORD.sub(replace, joined)

    # A web or e-mail address is typed, not read: a dot inside it would make it lead nowhere
    # ("www.arbeits·agentur.de"), so only the text between addresses is segmented.
    pieces = ADDRESS.split(text)
    found = ADDRESS.findall(text)
    written = (_JOINED.sub(replace_joined, piece) + (found[i] if i < len(found) else "") for i, piece in enumerate(pieces))
    return "".join(written)
