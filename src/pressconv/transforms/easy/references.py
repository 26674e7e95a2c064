"""Definite event nouns the summary never introduced ("bei dem Zusammenstoß", "die Tat"): found, made indefinite.

German grammar: the definite article marks a referent as known. A summary that says "bei dem
Zusammenstoß" before it has said that anything crashed points at nothing for a reader who has only the summary (rubric,
item 3). Event nouns are the nouns of what happens: deverbal nouns (Duden grammar: the bare verb
stem "Überfall" from "überfallen", "Einsatz" from "einsetzen", "-nahme" from "nehmen", and "-fall", "-bruch",
"-stahl", "-griff", "-tat"; the "-ung" nouns of an authority's acts: "Warnung", "Sperrung", "Räumung")
and compounds ending in one ("Verkehrs·unfall", "Wohnungs·brand").
``failures`` flags such a phrase; ``indefinite`` rewrites it to the indefinite article where the
gender of the noun is known ("bei einem Zusammenstoß"), which states that an event of that kind took place,
and nothing more. A plural or a noun of unknown gender stays, fails, and the sentence is dropped.
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.compounds import segment
from pressconv.transforms.easy.lexicon import lookup
from pressconv.transforms.easy.types import Failure

__all__ = ["LASTING_HEADS", "event_noun", "failures", "fuller", "indefinite", "indefinite_opener"]

# Heads of deverbal event nouns of public life (police, fire, traffic, courts): a general list of
# word-formation results, not the words of one release. A compound counts by its last part. Nouns
# made from the bare verb stem are masculine (Duden grammar: implicit derivation, "der Überfall", "der
# Einsatz"); "-ung", "-ion", "-nahme", "-tat", "-flucht" are feminine; "-glück" neuter.
_MASCULINE: Final = (
    "sturz", "unfall", "zusammenstoß", "zusammenprall", "aufprall", "brand", "einsatz", "einbruch",
    "diebstahl", "raub", "überfall", "angriff", "streit", "vorfall", "zwischenfall", "absturz", "betrug",
)  # fmt: skip
_FEMININE: Final = (
    "tat", "festnahme", "explosion", "schlägerei", "flucht", "verfolgung", "durchsuchung", "beschädigung",
    "verletzung", "kollision", "attacke", "bedrohung", "fahndung", "kontrolle", "rettung", "bergung",
    "evakuierung", "warnung", "sperrung", "räumung",
)  # fmt: skip
_NEUTER: Final = ("unglück",)
# An authority's act whose result lasts until it is lifted: a warning issued or a road closed is still
# in force, so "Es gibt eine Unwetter·warnung" is true after the act (unlike a fire or an election).
LASTING_HEADS: Final = ("warnung", "sperrung")
_EVENT_HEADS: Final = (*_MASCULINE, *_FEMININE, *_NEUTER)
# "im Einsatz", "zum Einsatz kommen", "in Brand geraten": fixed phrases without a referent.
_IDIOMS: Final = re.compile(r"\b(?:im Einsatz|zum Einsatz|in Brand|unter Kontrolle|auf der Flucht|zur Rettung)\b")
_GENDERS: Final = {"der", "die", "das"}
# Definite article (or a preposition fused with it), optional adjectives, then the noun.
_PHRASE: Final = re.compile(
    r"\b(?P<art>[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en|beim|vom|zum|zur)\s+"
    r"(?P<adj>(?:[a-zäöüß][\w·\-]*(?:e|en)\s+){0,2})(?P<noun>[A-ZÄÖÜ][\w·\-]*)\b"
)


def event_noun(noun: str) -> bool:
    """A singular event noun: one of the heads, or a compound whose verified last part is one.

    The compound is split at real word parts (compounds.segment), so "Resultat" is no "-tat".
    """
    plain = noun.replace("·", "").replace("-", "").lower()
    if plain in _EVENT_HEADS:
        return True
    entry = lookup(noun.replace("·", ""))
    # The lexicon writes its compounds with their parts ("Straf·tat"); others are split by word parts.
    written = noun if "·" in noun else entry.word if entry is not None and "·" in entry.word else segment(noun)
    parts = written.replace("-", "").split("·")
    return len(parts) > 1 and parts[-1].lower() in _EVENT_HEADS


def _gender(noun: str) -> str | None:
    """The gender of an event noun: that of its event head (word formation), else the lexicon's."""
    plain = noun.replace("·", "").replace("-", "").lower()
    # The longest head decides: "Überfall" is not "Fall"+"Über", "Verkehrsunfall" ends in "unfall".
    heads = sorted((h for h in _EVENT_HEADS if plain.endswith(h)), key=len, reverse=True)
    if heads:
        head = heads[0]
        return "der" if head in _MASCULINE else "die" if head in _FEMININE else "das"
    entry = lookup(noun.replace("·", ""))
    return entry.gender if entry is not None and entry.gender in _GENDERS else None


_UMLAUT: Final = str.maketrans("äöü", "aou")


def _introduced(noun: str, earlier: list[str]) -> bool:
    """The noun, or the event head of the compound, occurs in an earlier sentence or the title.

    The verb the noun was made from introduces it too, with or without its umlaut ("überfallen" before
    "Überfall", "geraubt" before "Raub"): both sides are compared without umlauts.
    """
    plain = noun.replace("·", "").replace("-", "").lower().translate(_UMLAUT)
    heads = [h.translate(_UMLAUT) for h in _EVENT_HEADS if plain.endswith(h.translate(_UMLAUT))]
    stems = {plain[: max(4, len(plain) - 2)], *(h[: max(3, len(h) - 1)] for h in heads)}
    text = " ".join(earlier).replace("·", "").replace("-", "").lower().translate(_UMLAUT)
    return any(stem in text for stem in stems)


def _dangling(sentence: str, earlier: list[str]) -> list[re.Match[str]]:
    """The definite event nouns of the sentence that nothing before introduces."""
    if _IDIOMS.search(sentence):
        sentence = _IDIOMS.sub(lambda m: " " * len(m.group(0)), sentence)
    found = []
    for match in _PHRASE.finditer(sentence):
        noun = match.group("noun")
        if not event_noun(noun):
            continue
        # A name or a "von"/"in" phrase after the noun may identify it ("der Brand in der Gartenstraße"):
        # it is then introduced by the phrase itself, as style.introduced_failures allows.
        rest = sentence[match.end() :].lstrip()
        if re.match(r"(?:von|vom|in|im|an|am|auf|bei|beim|aus)\b|„|[A-ZÄÖÜ]", rest) and not rest.startswith(
            ("Die ", "Der ", "Das ")
        ):
            continue
        if _introduced(noun, [*earlier, sentence[: match.start()]]):
            continue
        found.append(match)
    return found


def failures(sentence: str, earlier: list[str]) -> list[Failure]:
    """A definite event noun whose event neither the title nor an earlier sentence introduced."""
    return [Failure("guard.event-not-introduced", m.group("noun")) for m in _dangling(sentence, earlier)]


# Definite -> indefinite by the article's case (read off article and gender; Duden grammar).
_INDEFINITE: Final = {
    ("dem", "der"): "einem",
    ("dem", "das"): "einem",
    ("beim", "der"): "bei einem",
    ("beim", "das"): "bei einem",
    ("vom", "der"): "von einem",
    ("vom", "das"): "von einem",
    ("zum", "der"): "zu einem",
    ("zum", "das"): "zu einem",
    ("zur", "die"): "zu einer",
    ("den", "der"): "einen",
    ("die", "die"): "eine",
    ("der", "der"): "ein",  # nominative masculine
    ("der", "die"): "einer",  # dative feminine (a genitive is rewritten before; rare here)
    ("das", "das"): "ein",
}
# Strong adjective endings after "ein" where the weak ending differs: nominative masculine, and
# nominative and accusative neuter ("der schwere Unfall" -> "ein schwerer Unfall").
_STRONG: Final = {("der", "der"): "er", ("das", "das"): "es"}


def indefinite(sentence: str, earlier: list[str]) -> str:
    """The sentence with each dangling definite event phrase made indefinite, where the gender is known."""
    out = sentence
    for match in reversed(_dangling(sentence, earlier)):
        article = match.group("art")
        gender = _gender(match.group("noun"))
        if gender is None:
            continue
        new = _INDEFINITE.get((article.lower(), gender))
        if new is None:
            continue
        adjectives = match.group("adj").split()
        ending = _STRONG.get((article.lower(), gender))
        if ending is not None:
            adjectives = [re.sub(r"e$", ending, a) for a in adjectives]
        if article[:1].isupper():
            new = new[:1].upper() + new[1:]
        phrase = " ".join([new, *adjectives, match.group("noun")])
        out = out[: match.start()] + phrase + out[match.end() :]
    return out


# A sentence that opens with a definite singular noun phrase in the nominative ("Der Fahrer blieb
# …", "Die junge Zeugin kam …"), then its finite verb.
_OPENER: Final = re.compile(
    r"^(?P<art>Der|Die|Das)\s+(?P<adj>(?:[a-zäöüß][\w·\-]*e\s+){0,2})(?P<noun>[A-ZÄÖÜ][\w·\-]*)\s+(?P<verb>[a-zäöüß]+)\b"
)
# Nominative singular after "ein" (Duden grammar): masculine "ein junger Fahrer", feminine "eine
# junge Zeugin".
_NOMINATIVE: Final = {"Der": ("Ein", "er"), "Die": ("Eine", "e"), "Das": ("Ein", "es")}


def _introduced_indefinite(noun: str, source: str) -> bool:
    """The release introduced one thing of that kind with the indefinite article, by the noun itself or
    as the head of a compound ("der Brand eines Wohnhauses" … "das Haus").

    A German compound names a kind of its head (Duden grammar, Determinativkompositum): a
    "Wohnhaus" is a "Haus". Introduced with "ein", it is one thing of that kind, so "Ein Haus …"
    states what the release states; a unique institution is never introduced with "ein".
    """
    plain = noun.replace("·", "")
    if len(plain) < 3:
        return False
    text = source.replace("·", "")
    head = rf"(?:{re.escape(plain)}|[A-ZÄÖÜ][a-zäöüß]+{re.escape(plain.lower())})"
    article = r"\b[Ee]in(?:|e|en|em|er|es)\s+(?:[a-zäöüß0-9][\w\-]*\s+){0,2}"
    # A predicative indefinite ("es handelt sich um eine …", "ist ein …", "als ein …") classifies a
    # thing already named; it introduces no new referent (Duden grammar, prädikativer Gebrauch).
    for match in re.finditer(rf"{article}{head}(?:es|s|e|en|n)?\b", text):
        before = text[: match.start()].split()
        if not before or before[-1].lower() not in ("um", "ist", "sind", "war", "waren", "als", "wird", "bleibt"):
            return True
    return False


def _source_introduces(noun: str, source: str) -> bool:
    """The release itself introduced the noun: with an indefinite article, mentioned more than once
    (news writing introduces a participant at the first mention and refers back with "der/die"), or
    by the act an agent noun names (below)."""
    plain = re.escape(noun.replace("·", ""))
    text = source.replace("·", "")
    if re.search(rf"\b(?:ein|eine|einen|einem|einer|eines)\s+(?:[a-zäöüß]+\s+){{0,2}}{plain}\b", text):
        return True
    if len(re.findall(rf"\b{plain}\b", text)) >= 2:
        return True
    # Bridging reference (text linguistics): an agent noun in "-er"/"-erin" is introduced by the act
    # it names ("ein Auto ist gegen eine Mauer gefahren" … "der Fahrer"; "die Tat" … "der Täter").
    agent = re.match(r"(?P<stem>.{3,}?)er(?:in)?$", noun.replace("·", "").lower())
    if agent is None:
        return False
    stem = agent["stem"].translate(_UMLAUT)
    lowered = text.lower().translate(_UMLAUT)
    return lowered.count(stem) > lowered.count(noun.replace("·", "").lower().translate(_UMLAUT))


def indefinite_opener(sentence: str, source: str) -> str | None:
    """ "Der Fahrer blieb unverletzt." -> "Ein Fahrer blieb unverletzt." when the summary never
    introduced the driver but the release did (``_source_introduces``); None when not applicable.

    The indefinite article states that someone of that kind did it, which the release says, and no
    more (omission over error). Only a singular phrase is rewritten: the verb after it must not be a
    plural form ("Die Fahrer blieben …" stays and is dropped by the introduction check).
    """
    match = _OPENER.match(sentence.strip())
    if match is None:
        return None
    verb = match.group("verb")
    if verb == "sind" or verb.endswith("n"):
        return None
    # Only a person by role ("Fahrer", "Zeugin": the lexicon's role nouns, in the article's gender):
    # an institution is unique ("Der Rechnungshof"), and "ein Rechnungshof" would misstate it.
    entry = lookup(match.group("noun").replace("·", ""))
    role = entry is not None and entry.role and entry.gender == match.group("art").lower()
    if not (role and _source_introduces(match.group("noun"), source)) and not _introduced_indefinite(
        match.group("noun"), source
    ):
        return None
    article, ending = _NOMINATIVE[match.group("art")]
    adjectives = [re.sub(r"e$", ending, a) for a in match.group("adj").split()]
    phrase = " ".join([article, *adjectives, match.group("noun")])
    return phrase + sentence.strip()[match.end("noun") :]


# Weekdays and months end in word-like parts ("Diens·tag", "Sams·tag") but are no compounds of them.
_CALENDAR: Final = re.compile(r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|feiertag|januar|februar)$")


def _head_part(compound: str, head: str) -> bool:
    """``head`` is the compound's last word part: by the word-part splitter or by HanTa's morphemes."""
    parts = segment(compound).split("·")
    if len(parts) > 1:
        return parts[-1].lower() == head
    found = morph.analysis(compound)
    if found is None or len(found[1]) < 2:
        return False
    last = found[1][-1]
    return last[1] == "NN" and last[0].lower() == head and found[1][-2][1] in ("NN", "FUGE", "VV", "ADJ")


def _source_compound(noun: str, source: str) -> str | None:
    """The one compound of the release whose last word part is ``noun`` and that it names before the bare noun.

    German texts introduce a thing by a compound and take it up by its head (Grundwort) alone
    ("eine Anwohnerparkzone … die Zone C", Duden grammar: the head carries the compound's gender
    and meaning). The compound must be the release's only one with that head, split at that head
    by the word-part splitter (compounds.segment: "Diens·tag" is no "Tag"), and stand before the
    release's first definite use of the bare noun.
    """
    head = noun.replace("·", "").lower()
    if len(head) < 4:
        return None
    plain = source.replace("·", "")
    found: dict[str, int] = {}
    pattern = r"\b([A-ZÄÖÜ][a-zäöüß]{2,}-?)(" + re.escape(head) + r")(?:e|en|n|s|es)?\b"
    for match in re.finditer(pattern, plain, re.IGNORECASE):
        compound = match.group(1) + match.group(2)
        if _CALENDAR.search(compound.lower()) or not compound[:1].isupper():
            continue
        if not _head_part(compound.replace("-", ""), head):
            continue
        found.setdefault(compound, match.start())
    if len({c.lower() for c in found}) != 1:
        return None
    compound, position = next(iter(found.items()))
    bare = re.search(r"\b(?:der|die|das|den|dem)\s+(?:[a-zäöüß]\w*\s+){0,2}" + re.escape(head) + r"\b", plain, re.IGNORECASE)
    if bare is None or bare.start() < position:
        return None
    return compound[: len(compound) - len(head)]


# Nouns of a territory or public body ("die Stadt", "die Gemeinde", "der Kreis"): a release uses them
# for its own sender and for any place it names ("Die Stadt lädt die Gäste ein" of the town that
# writes, after "die Partnerstadt Lyon"), so the one compound of that head says nothing about which
# one is meant (press convention: an authority speaks of itself as "die Stadt", "der Kreis").
_BODY_HEADS: Final = frozenset(
    [
        *("stadt", "gemeinde", "kreis", "landkreis", "land", "bezirk", "ort", "dorf", "region", "kommune"),
        *("verwaltung", "amt", "behörde", "polizei", "regierung", "ministerium", "rat", "staat", "bund"),
    ]
)


def _other_referent(head: str, compound: str, source: str) -> bool:
    """After the compound, the release names a referent of the same head that need not be the compound's.

    An indefinite phrase ("eine Zone"), "andere"/"weitere"/"zweite" before the head, or another
    compound of it: the definite noun may point at that one (text linguistics: the nearest
    antecedent), so the compound is not put in.
    """
    plain = source.replace("·", "")
    at = plain.lower().find(compound.lower())
    after = plain[at + len(compound) :] if at >= 0 else plain
    word = re.escape(head) + r"(?:e|en|n|s|es)?\b"
    indefinite = r"\b(?:ein|eine|einen|einem|einer|eines|kein\w*)\s+(?:[a-zäöüß]+\s+){0,2}" + word
    other = r"\b(?:ander|weiter|zweit)\w*\s+" + word
    return re.search(indefinite, after, re.IGNORECASE) is not None or re.search(other, after, re.IGNORECASE) is not None


def fuller(sentence: str, source: str, earlier: list[str]) -> str | None:
    """ "Die Zone C gilt ab Juli." -> "Die Anwohnerparkzone F gilt ab Juli.", or None.

    A definite noun the summary never named (no earlier sentence and not the title) that the
    release took up from its own compound (``_source_compound``) is said as that compound: the
    reader learns which zone, which tax, which ban. Gender, number and case stay, since the
    compound declines as its head; only the determining part is added.
    """
    said = " ".join(e.replace("·", "").lower() for e in earlier)
    for match in _PHRASE.finditer(sentence):
        noun = match.group("noun")
        if "·" in noun or "-" in noun:
            continue  # a compound already
        if re.match(r"\s+(?:von|vom|für|aus|mit|bei|beim|zur|zum|der|des|in|im|an|am|auf)\b", sentence[match.end("noun") :]):
            continue  # "die Kosten für das Dach": the phrase's own modifier says which; no anaphora to resolve
        stem = noun.lower()[: max(4, len(noun) - 2)]
        if stem in said or noun.lower() in _BODY_HEADS:
            continue  # "die Stadt" may be the sender or any town the release names
        prefix = _source_compound(noun, source)
        if prefix is None or (prefix + noun).lower()[: len(prefix) + len(stem)] in said:
            continue
        if _other_referent(noun.lower(), prefix + noun.lower(), source):
            continue  # "die Zone" after "eine weitere Zone": which one is unsure
        word = prefix + noun.lower() if not prefix.endswith("-") else prefix + noun
        return sentence[: match.start("noun")] + word + sentence[match.end("noun") :]
    return None
