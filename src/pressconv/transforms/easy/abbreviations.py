"""Abbreviations in the summary: the long form where the source or the lexicon defines it, else said once.

Leichte Sprache avoids abbreviations (Netzwerk Leichte Sprache rule book: "Vermeiden Sie
Abkürzungen"; LanguageTool's simple-language rules count them even when a glossary explains them).
The long form comes from the release's own definition ("Deutscher Gewerkschaftsbund (DGB)", "DGB
(Deutscher Gewerkschaftsbund)": the initials of the words or of their word parts spell the
abbreviation) or from a general lexicon entry of public life ("SV heißt Sport·verein."). An
abbreviation that heads a name after an article of certain gender is written out too ("beim
Sport·verein Beispielstadt"); one before a unit of its organisation ("AWO Ortsverein X") keeps the
official form, and the glossary explains it (an extra body sentence "AWO ist die Abkürzung für …"
would itself be a sentence with an abbreviation).
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import Final

from pressconv.transforms.easy.compounds import segment, zipf
from pressconv.transforms.easy.lexicon import lexicon, lookup

__all__ = ["expand", "explanation", "in_names", "long_forms"]

_ACRONYM: Final = r"[A-ZÄÖÜ]{2,6}"
_KNOWN: Final = 2.5  # Zipf frequency of a word in everyday use (wordfreq's scale)
_WORD: Final = r"[A-ZÄÖÜ][\wäöüß\-]+"
# "Deutscher Gewerkschaftsbund (DGB)" and "DGB (Deutscher Gewerkschaftsbund)": up to four words.
_LONG_FIRST: Final = re.compile(rf"((?:{_WORD}\s+){{0,3}}{_WORD})\s*\(({_ACRONYM})\)")
_SHORT_FIRST: Final = re.compile(rf"\b({_ACRONYM})\s*\(((?:{_WORD}\s+){{0,3}}{_WORD})\)")


@lru_cache(maxsize=1)
def _lexicon_forms() -> dict[str, tuple[str, str]]:
    """Acronym -> (long form, gender) from the lexicon's "X heißt Y." entries."""
    found: dict[str, tuple[str, str]] = {}
    for entry in lexicon():
        if not entry.word.isupper():
            continue
        match = re.match(rf"{re.escape(entry.word)} heißt ([^.]+)\.", entry.explanation)
        if match is not None:
            found[entry.word] = (match.group(1).strip(), entry.gender)
    return found


_PART: Final = 3  # the shortest word part ("Bund", "Rat"; Duden: a stem of three letters or more)
_LINKS: Final = ("", "s", "es", "n", "en")  # Fugenelemente (Duden grammar)


@lru_cache(maxsize=4096)
def _initials(word: str) -> frozenset[str]:
    """Every way to read a word as word parts, as the initials of the parts ("Nordbahn": N, NB).

    Acronyms take the initials of compound parts ("Kinder·schutz·bund": KSB), so every cut into
    parts that are words in use (wordfreq) counts, not only the reading ``segment`` prefers.
    """
    lower = word.lower()
    found = {lower[:1].upper()}
    for cut in range(_PART, len(lower) - _PART + 1):
        left, right = lower[:cut], lower[cut:]
        if not any(left.endswith(link) and _known(left[: len(left) - len(link)]) for link in _LINKS):
            continue
        # The rest is a word itself, or splits into words in turn ("schutz·bund").
        rests = _initials(right) if _known(right) else {r for r in _initials(right) if len(r) > 1}
        found |= {lower[:1].upper() + rest for rest in rests}
    return frozenset(found)


def _known(part: str) -> bool:
    """The part is long enough and a common word (lower case or capitalised) in the frequency list."""
    return len(part) >= _PART and (zipf(part) >= _KNOWN or zipf(part.capitalize()) >= _KNOWN)


def _spells(acronym: str, words: list[str]) -> bool:
    """The initials of the words, each word giving its own or those of its word parts, spell it."""
    options = [_initials(word.replace("-", "")) for word in words]
    return any("".join(choice) == acronym for choice in itertools.product(*options))


def _gender(long_form: str, before: str = "") -> str | None:
    """The long form's gender: its last noun's (lexicon, or a compound's last part), else the article
    the source puts before it ("Die X (Y)"; a capitalised "Der" opens a sentence: the nominative)."""
    head = long_form.split()[-1]
    entry = lookup(head) or lookup(segment(head).split("·")[-1].capitalize())
    if entry is not None and entry.gender in ("der", "die", "das"):
        return entry.gender
    article = re.search(r"(?:^|\s)(Der|Die|Das|die|das)\s+$", before)
    return article.group(1).lower() if article is not None else None


def long_forms(source: str) -> dict[str, tuple[str, str]]:
    """Acronym -> (long form, gender): the release's own definitions first, then the lexicon's."""
    found: dict[str, tuple[str, str]] = {}
    # The long form ends right before "(DGB)", or starts right after "DGB (".
    pairs = [(m.group(2), m.group(1), True, m.start()) for m in _LONG_FIRST.finditer(source)]
    pairs += [(m.group(1), m.group(2), False, m.start()) for m in _SHORT_FIRST.finditer(source)]
    for acronym, words, before, start in pairs:
        split = words.split()
        for count in range(1, len(split) + 1):
            candidate = split[-count:] if before else split[:count]
            if _spells(acronym, candidate):
                long_form = " ".join(candidate)
                # The words just before the long form ("Die" in "Die Gewerkschaft Nordbahn (GNB)").
                skipped = split[: len(split) - count] if before else []
                gender = _gender(long_form, " ".join([source[max(0, start - 8) : start], *skipped, ""]))
                if gender is not None and acronym not in found:
                    found[acronym] = (long_form, gender)
                break
    for acronym, value in _lexicon_forms().items():
        found.setdefault(acronym, value)
    return found


# Weak adjective endings after the definite article (Duden grammar): "-e" in the nominative
# singular and the feminine and neuter accusative, "-en" everywhere else.
_DATIVE: Final = ("dem", "den", "vom", "zum", "beim", "im", "am", "des")


def _ending(article: str, gender: str) -> str:
    """The adjective ending after the article: -en after a dative article or "der" with a feminine noun, else -e."""
    article = article.lower()
    if article in _DATIVE or (article == "der" and gender == "die"):
        return "en"
    return "e"


def _declined(long_form: str, ending: str) -> str:
    """The long form after an article: its adjectives ("Deutscher", "Rotes") take the weak ending."""
    words = long_form.split()
    return " ".join(_adjective(w, ending) if i < len(words) - 1 else w for i, w in enumerate(words))


def _adjective(word: str, ending: str) -> str:
    """A declinable adjective with the new ending; a place adjective in "-er" ("Kölner") is invariant.

    Duden grammar: adjectives from place names end in "-er" in every case. An adjective is declinable
    when its stem with "-e" is a word in use ("deutsch" -> "deutsche"; "Köln" -> "kölne" is none).
    """
    match = re.fullmatch(r"(?P<stem>[A-ZÄÖÜ][\wäöüß]+?)(?:er|es|en|e)", word)
    if match is None or zipf(match.group("stem").lower() + "e") < _KNOWN:
        return word
    return match.group("stem") + ending


def _in_name(sentence: str, end: int) -> bool:
    """The acronym is followed by a capitalised word: it is part of a name ("SV Beispielstadt")."""
    return re.match(r"\s+[A-ZÄÖÜ]", sentence[end:]) is not None


# Articles that leave no doubt about the gender of the noun they go with (Duden grammar: "der" is
# also feminine dative and genitive, "die" also plural, so neither is certain for a feminine head).
_SURE_ARTICLES: Final = {
    "der": frozenset({"der", "den", "dem", "des", "vom", "zum", "beim", "im", "am"}),
    "das": frozenset({"das", "dem", "des", "vom", "zum", "beim", "im", "am"}),
    "die": frozenset({"zur"}),
}
# A unit of an organisation after the acronym ("AWO Ortsverein X", "DRK Kreisverband X") is the head
# of the name: the article goes with it, and the acronym stays as written.
_UNIT: Final = re.compile(
    r"\s+[A-ZÄÖÜ][a-zäöüß]*(?:verband|verein|gruppe|bund|bereitschaft|zug|stelle|abteilung|sektion|gliederung|"
    r"kreis|ring|jugend|rat|vorstand|büro|zentrum|haus|heim|schule|stiftung)\b"
)


def _heads_the_name(article: str, gender: str, sentence: str, end: int) -> bool:
    """The acronym is the head of the name its article goes with ("beim SV Beispielstadt").

    Then the long form can stand for it ("beim Sport·verein Beispielstadt": Leichte Sprache writes
    abbreviations out, Netzwerk Leichte Sprache), since the rest of the name is the place or the
    club's own name. Only where the article's gender is certain and no unit of the organisation
    follows.
    """
    return article.lower() in _SURE_ARTICLES.get(gender, frozenset()) and _UNIT.match(sentence, end) is None


def expand(sentence: str, forms: dict[str, tuple[str, str]], *, keep: frozenset[str] = frozenset()) -> str:
    """Each acronym after an article that is not part of a name, replaced by its declined long form.

    ``keep`` holds all-caps names used like words ("Die PARTEI"): they are names, not abbreviations.
    """
    pattern = re.compile(
        rf"\b(?P<art>[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en|[Dd]es|vom|zum|zur|beim|im|am)\s+(?P<acr>{_ACRONYM})\b(?![\-·])"
    )

    def replace(match: re.Match[str]) -> str:
        """The acronym with its article written out in its long form, where it may be."""
        acronym = match.group("acr")
        if acronym in keep or acronym not in forms:
            return match.group(0)
        long_form, gender = forms[acronym]
        if _in_name(match.string, match.end()) and not _heads_the_name(
            match.group("art"), gender, match.string, match.end()
        ):
            return match.group(0)
        return f"{match.group('art')} {_declined(long_form, _ending(match.group('art'), gender))}"

    return pattern.sub(replace, sentence)


def in_names(texts: list[str], forms: dict[str, tuple[str, str]], *, keep: frozenset[str] = frozenset()) -> list[str]:
    """The acronyms the texts still use (as parts of names or without an article), in order of use."""
    found: list[str] = []
    for text in texts:
        for match in re.finditer(rf"\b({_ACRONYM})\b", text):
            acronym = match.group(1)
            if acronym in forms and acronym not in keep and acronym not in found:
                found.append(acronym)
    return found


def explanation(acronym: str, forms: dict[str, tuple[str, str]]) -> str:
    """ "SV ist die Abkürzung für Sport·verein." """
    return f"{acronym} ist die Abkürzung für {forms[acronym][0]}."
