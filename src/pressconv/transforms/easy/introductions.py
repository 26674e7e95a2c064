"""A person named first with "der"/"die" ("Der Junge ist gestürzt.") introduced with "ein"/"eine" instead.

German marks a referent the reader knows with the definite article and a new one with the
indefinite (Duden grammar, Artikel: Textfunktion). A release introduces a person once and takes
them up with a varied noun ("ein 14-jähriger Radfahrer … der Jugendliche … der Junge"); a summary
that left the introducing sentence out has a definite person the reader never met (rubric, item 3),
and the verifier drops the sentence (guard.not-introduced). Said with the indefinite article ("Ein
Junge ist gestürzt."), the sentence states what the release states: someone of that kind.

This is safe only where the reader cannot take the new person for a second one beside someone the
summary already named, so it applies only when the summary so far names no person who could be the
same: no person noun of that gender (rivals.persons) and no name, unless the release names that
person in the very sentence that first mentions this one as a different participant (two noun
phrases of one clause are two people: "Ein Mann bedrohte den Angestellten"). The phrase is
singular, opens the sentence as its subject, and its noun names a person: a role or person noun
of the lexicon and rivals.py, a nominalised adjective ("der Angestellte", Duden: substantiviertes
Adjektiv, whose strong ending after "ein" is "-er"), or a neuter person noun ("das Kind").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.coreference import taken_up
from pressconv.transforms.easy.rivals import noun_gender, persons

__all__ = ["introduce_person", "met_person", "named_person"]

_ARTICLE_GENDER: Final = {"der": "m", "die": "f", "das": "n"}
# Neuter nouns that name a person by age (Duden grammar: natural gender differs from the
# grammatical; "das Kind", "das Mädchen"), also as compound heads ("Klein·kind").
_NEUTER_PERSONS: Final = ("kind", "mädchen", "baby")
_ANY_SEX: Final = (*_NEUTER_PERSONS, "person", "mensch")
# The indefinite article and the strong adjective ending after it, nominative singular (Duden).
_INDEFINITE: Final = {"m": ("Ein", "er"), "f": ("Eine", "e"), "n": ("Ein", "es")}
# Prepositions before a bare place name ("in Berlin", "aus Kelbra"); not "von"/"bei", which take persons too.
_PLACE_PREPOSITIONS: Final = frozenset(["in", "aus", "nach", "im"])


def _person_gender(tagged: Sequence[morph.Token], index: int, article: str) -> str | None:
    """The gender of the person the noun at ``index`` names, agreeing with its article, or None."""
    token = tagged[index]
    gender = _ARTICLE_GENDER[article]
    if token.pos == "NNA":
        return gender if gender in ("m", "f") and token.word.endswith("e") else None
    plain = token.word.replace("·", "").lower()
    if gender == "n":
        return "n" if plain.endswith(_NEUTER_PERSONS) else None
    return gender if noun_gender(token.word) == gender else None


def _stem(word: str) -> str:
    """The word's stem for a loose match: lower case, without its Mediopunkts and its last two letters."""
    plain = word.replace("·", "").lower()
    return plain[: max(4, len(plain) - 2)]


def _names(tagged: Sequence[morph.Token]) -> list[str]:
    """Names that may be people: NE tokens not after a preposition of place ("in Berlin")."""
    found: list[str] = []
    for index, token in enumerate(tagged):
        if token.pos != "NE" or index == 0:
            found += [token.word] if token.pos == "NE" else []
            continue
        before = tagged[index - 1]
        if before.word.lower() in _PLACE_PREPOSITIONS:
            continue  # "in Berlin": a place
        if before.pos == "NN" and noun_gender(before.word) is None:
            continue  # "das Gesundheits·amt Nordheide": the name of the thing the noun names
        found.append(token.word)
    return found


def _rivals(earlier: Sequence[str], gender: str) -> list[str]:
    """The words of the summary so far that name a person who could be the same as a new one."""
    found: list[str] = []
    for text in earlier:
        tagged = morph.tag(text)
        genders = ("m", "f") if gender == "n" else (gender,)
        found += [tagged[i].word for g in genders for i in persons(tagged, g)]
        found += _names(tagged)
        # A neuter person noun ("ein Kind") or a sexless one ("eine Person", "ein Mensch") may name
        # a person of either sex.
        found += [t.word for t in tagged if t.pos == "NN" and t.word.lower().endswith(_ANY_SEX)]
    return found


def _distinct(noun: str, rivals: Sequence[str], source: str) -> bool:
    """Every rival is named in the source sentence that first mentions ``noun``, as another phrase."""
    plain = source.replace("·", "")
    # A line break ends a sentence too: a headline has no full stop, and read with the lead it would
    # name the headline's people in the lead's first sentence.
    for sentence in re.split(r"(?<=[.!?])\s+|\s*\n\s*", plain):
        lowered = sentence.lower()
        if re.search(r"\b" + re.escape(_stem(noun)), lowered) is None:
            continue
        return all(
            _stem(rival) != _stem(noun) and re.search(r"\b" + re.escape(_stem(rival)), lowered) is not None
            for rival in rivals
        )
    return False


def introduce_person(sentence: str, source: str, earlier: Sequence[str]) -> str | None:
    """ "Der Junge ist gestürzt." -> "Ein Junge ist gestürzt.", or None (see module)."""
    tagged = morph.tag(sentence)
    spans = morph.token_spans(sentence)
    if len(tagged) < 3 or len(spans) != len(tagged) or tagged[0].pos != "ART":
        return None
    article = tagged[0].word.lower()
    if article not in _ARTICLE_GENDER or tagged[0].word[:1].islower():
        return None
    index = 1
    while index < len(tagged) and tagged[index].pos in ("ADJ(A)", "CARD"):
        index += 1
    if index + 1 >= len(tagged) or tagged[index].pos not in ("NN", "NNA"):
        return None
    verb = tagged[index + 1]
    if not verb.pos.endswith("(FIN)") or verb.word.endswith("n") or verb.word == "sind":
        return None  # a plural verb ("Die Helfer waren …"): no one person to introduce
    gender = _person_gender(tagged, index, article)
    if gender is None:
        return None
    noun = tagged[index].word
    if re.search(r"\b" + re.escape(_stem(noun)), source.replace("·", "").lower()) is None:
        return None  # the release itself must speak of that person
    rivals = _rivals(earlier, gender)
    if rivals and not _distinct(noun, rivals, source):
        return None  # "Ein Junge" beside a boy the summary named would read as a second one
    determiner, ending = _INDEFINITE[gender]
    words: list[str] = [determiner]
    for token in tagged[1:index]:
        # "der verletzte Junge" -> "ein verletzter Junge": the strong ending after "ein" (Duden).
        words.append(re.sub(r"e$", ending, token.word) if token.pos == "ADJ(A)" else token.word)
    words.append(noun + "r" if tagged[index].pos == "NNA" and gender == "m" else noun)
    head = morph.join(words)
    return head + sentence[spans[index][1] :]


# A private person introduced by age and name (Pressekodex, Ziffer 8: police and court reports name
# a person by age and first name, often with the surname's initial): "der 15-jährigen Jana R.",
# "den 81-jährigen Karl Berger". The determiner tells the gender where the case allows only one.
_AGE_NAME: Final = re.compile(
    r"\b(?P<art>[Dd]er|[Dd]ie|[Dd]en|[Dd]em)\s+\d{1,3}-[Jj]ährige[nr]?\s+"
    r"(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?(?:\s+(?:[A-ZÄÖÜ]\.|[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?))?)"
)
# Genders each determiner of the age phrase allows, singular (Duden grammar: "der" is masculine
# nominative or feminine dative/genitive; "die" feminine; "den" and "dem" masculine or neuter).
_AGE_ARTICLE_GENDERS: Final = {"der": ("m", "f"), "die": ("f",), "den": ("m",), "dem": ("m", "n")}
# The definite articles of a singular noun phrase by gender, any case (no genitive in a summary).
_DEFINITE_SINGULAR: Final = {"m": ("der", "den", "dem"), "f": ("die", "der"), "n": ("das", "dem")}


def _definite_persons(tagged: Sequence[morph.Token]) -> list[tuple[int, int, str]]:
    """(article index, noun index, gender) of each singular definite person phrase of the sentence."""
    found: list[tuple[int, int, str]] = []
    for index, token in enumerate(tagged):
        if token.pos not in ("NN", "NNA"):
            continue
        back = index - 1
        while back >= 0 and tagged[back].pos in ("ADJ(A)", "ADJ(D)", "CARD", "ADV"):
            back -= 1
        if back < 0 or tagged[back].pos != "ART":
            continue
        article = tagged[back].word.lower()
        for gender, articles in _DEFINITE_SINGULAR.items():
            if article not in articles:
                continue
            if token.pos == "NNA":
                # "die Jugendliche" (feminine) but "die Jugendlichen" (plural), "der Verletzte" (masculine).
                if (token.word.endswith("n") and article == "die") or gender == "n":
                    continue
                # "den Angeklagten" is the masculine accusative, or the dative plural after a
                # preposition ("mit den Angeklagten"): only the first is one person.
                if token.word.endswith("n") and article == "den" and (back == 0 or tagged[back - 1].pos == "APPR"):
                    continue
                if gender == "m" and article == "die":
                    continue
            elif (gender == "n" and not token.word.replace("·", "").lower().endswith(_NEUTER_PERSONS)) or (
                gender != "n" and noun_gender(token.word) != gender
            ):
                continue
            found.append((back, index, gender))
            break
    return found


def _sentences(source: str) -> list[str]:
    """The release's sentences, split at a full stop, question or exclamation mark before a space."""
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„])", source.replace("·", "")) if s]


def _second_person(sentences: Sequence[str], noun: str, gender: str) -> bool:
    """Some sentence names a person of ``gender`` other than the one ``noun`` takes up.

    A definite noun points at the nearest fitting referent (text linguistics: anaphora resolution by
    recency and agreement). Once the release names a second person who could fit ("Ein anderer
    Jugendlicher hat ihn gesehen", "Der Vater meldete ihn"), "der Jugendliche" after it may be either,
    so the name is not put in (omission over error). A person phrase of the same noun counts only
    with the indefinite article or "anderer"/"weiterer"/"zweiter": the definite one takes the named
    person up. A neuter person noun ("das Kind") may be either sex, so any person counts.
    """
    genders = ("m", "f") if gender == "n" else (gender,)
    stem = _stem(noun)
    for sentence in sentences:
        tagged = morph.tag(sentence)
        if re.search(r"\b(?:ander|weiter|zweit)(?:e|er|en|em|es)\s+" + re.escape(stem), sentence, re.IGNORECASE):
            return True
        for index in (i for g in genders for i in persons(tagged, g)):
            determiner = _determiner_of(tagged, index)
            word = tagged[index].word.replace("·", "").lower()
            same = word.startswith(stem) or noun.replace("·", "").lower().startswith(_stem(word))
            if not same or not determiner.startswith("d"):
                return True
        if gender == "n" and re.search(r"\b(?:ein|einem|eines)\s+(?:\w+\s+)?(?:Kind|Mädchen|Baby)\b", sentence):
            return True
    return False


def _determiner_of(tagged: Sequence[morph.Token], index: int) -> str:
    """The article before the noun at ``index`` (adjectives and numbers may stand between), lower case, or ""."""
    back = index - 1
    while back >= 0 and tagged[back].pos in ("ADJ(A)", "CARD", "ADV"):
        back -= 1
    return tagged[back].word.lower() if back >= 0 and tagged[back].pos in ("ART", "PIAT", "APPRART") else ""


def _source_index(sentences: Sequence[str], first: int, sentence: str, noun: str) -> int:
    """The index of the release's sentence after ``first`` that ``sentence`` (perhaps rewritten) says, else the end.

    The sentence may be reworded ("Der Jugendliche wird vermisst" -> "Man vermisst den
    Jugendlichen"), so the release's sentence sharing the most of its longer words, at least half,
    is taken; where none does, the whole release after the naming is read (the safe side).
    """
    stem = _stem(noun)
    words = {w for w in re.findall(r"\w{4,}", sentence.replace("·", "").lower()) if not w.startswith(stem)}
    best, score = len(sentences), 0.5
    for index in range(first + 1, len(sentences)):
        found = {w for w in re.findall(r"\w{4,}", sentences[index].lower()) if not w.startswith(stem)}
        if words and found and len(words & found) / len(words | found) >= score:
            best, score = index, len(words & found) / len(words | found) + 1e-9
    return best


def _age_named(source: str, noun: str, gender: str, sentence: str = "") -> str | None:
    """The name of the one person the release introduces by age and name, where it takes that person up with ``noun``.

    The release must introduce exactly one person by age and name, of an agreeing gender, and use
    ``noun`` with the definite article in that sentence or the next one, before any other person
    is introduced (the nearest-antecedent reading every reader makes); and no second person who
    could fit ``noun`` may be named between the naming and ``sentence`` (``_second_person``; where
    the sentence is not found in the release, up to its end).
    """
    sentences = _sentences(source)
    found = [(i, m) for i, s in enumerate(sentences) for m in _AGE_NAME.finditer(s)]
    names = {m["name"].split()[0] for _, m in found}
    if len(names) != 1:
        return None
    first, match = found[0]
    if gender not in _AGE_ARTICLE_GENDERS[match["art"].lower()]:
        return None
    word = re.compile(r"\b(?:der|die|das|den|dem)\s+(?:\w+\s+){0,2}" + re.escape(_stem(noun)), re.IGNORECASE)
    before = " ".join([*sentences[:first], sentences[first][: match.start()]])
    after = " ".join([sentences[first][match.end() :], *sentences[first + 1 : first + 2]])
    if re.search(r"\b" + re.escape(_stem(noun)), before, re.IGNORECASE) or not word.search(after):
        return None  # the noun names someone met before the name ("Eine Polizistin fand die 15-jährige …")
    until = _source_index(sentences, first, sentence, noun)
    between = [sentences[first][match.end() :], *sentences[first + 1 : until]]
    if _second_person(between, noun, gender):
        return None  # "Ein anderer Jugendlicher hat ihn gesehen. Der Jugendliche meldete sich …": either one
    return str(match["name"])


def named_person(sentence: str, source: str, earlier: Sequence[str]) -> str | None:
    """ "Man vermisst die Jugendliche seit Montag." -> "Man vermisst Jana R. seit Montag.", or None.

    A definite person phrase anywhere in the sentence whose noun no earlier sentence of the summary
    (nor its title) uses points at nobody the reader met (rubric, item 3). Where the release names
    that person by age and name and takes them up with this very noun (``_age_named``), the name
    says who is meant, also where the summary named the person already ("Der Senior" after "Karl
    B. ist weg": the reader knows the name, not the noun); names take no case ending in German, so
    the phrase is replaced as it stands.
    """
    tagged = morph.tag(sentence)
    spans = morph.token_spans(sentence)
    if len(spans) != len(tagged):
        return None
    said = " ".join(e.replace("·", "").lower() for e in earlier)
    for start, end, gender in reversed(_definite_persons(tagged)):
        noun = tagged[end].word
        if _stem(noun) in said:
            continue
        name = _age_named(source, noun, gender, sentence)
        if name is None:
            continue
        if start == 0:
            name = name[:1].upper() + name[1:]
        sentence = sentence[: spans[start][0]] + name + sentence[spans[end][1] :]
        return sentence
    return None


# Offices held by one person per body (Löbner's functional nouns): "der Landrat", "die Ministerin",
# "der Bürgermeister", "die Schulleiterin" are unique in their setting, as "die Polizei" is, and take
# the definite article without an introduction; sortal person nouns ("Fahrer", "Jugendliche") do not.
_FUNCTIONAL: Final = (
    *("rat", "rätin", "minister", "ministerin", "präsident", "präsidentin", "meister", "meisterin"),
    *("leiter", "leiterin", "direktor", "direktorin", "dezernent", "dezernentin", "senator", "senatorin"),
    *("vorsitzende", "vorsitzenden", "sprecher", "sprecherin", "chef", "chefin", "beauftragte", "beauftragten"),
    *("kanzler", "kanzlerin", "intendant", "intendantin", "dekan", "dekanin", "rektor", "rektorin"),
)


def _place_only(name: str, source: str) -> bool:
    """Every time the release writes the name, a preposition, a list's "und" or a thing's noun stands before it.

    "zwischen Niederhain und Buchwalde", "Ortsausgang Niederhain": names of places, no person
    who could be the one meant.
    """
    plain = source.replace("·", "")
    word = re.escape(name.replace("·", ""))
    total = len(re.findall(rf"\b{word}\b", plain))
    # A name that opens a line is the dateline's place ("Niederhain (ots) – …").
    placed = len(re.findall(rf"(?m)^[ \t]*{word}\b", plain))
    for match in re.finditer(rf"\b(\w+)[ \t]+{word}\b", plain):
        before = match.group(1)
        # After a preposition or "und", or after a noun that names no person ("Ortsausgang X",
        # "Feuerwehr X": the name of the thing the noun names; "Polizist X" is a person's name).
        if before in ("zwischen", "in", "im", "bei", "nach", "aus", "von", "vom", "bis", "und", "Richtung") or (
            before[:1].isupper() and noun_gender(before) is None and before.lower() not in ("der", "die", "das")
        ):
            placed += 1
    return total > 0 and placed == total


def _indefinite_phrase(phrase: Sequence[morph.Token], gender: str) -> list[str] | None:
    """ "den Jugendlichen" -> "einen Jugendlichen", "der verletzte Fahrer" -> "ein verletzter Fahrer", or None.

    "der" is the masculine nominative before a masculine noun or a nominalised adjective in "-e"
    ("der Verletzte"), and the feminine dative before a feminine noun or one in "-en" ("der
    Verletzten"); after "ein" the masculine and neuter nominative take the strong ending (Duden).
    """
    article, *middle = phrase
    head = middle[-1]
    word = article.word.lower()
    if word == "der":
        nominative = head.word.endswith("e") if head.pos == "NNA" else gender == "m"
        word = "der-nom" if nominative else "der-dat"
    new = {"den": "einen", "dem": "einem", "die": "eine", "das": "ein", "der-nom": "ein", "der-dat": "einer"}.get(word)
    if new is None:
        return None
    strong = {"das": "es", "der-nom": "er"}.get(word)
    words = [new]
    for token in middle:
        if strong is not None and token.pos in ("ADJ(A)", "NNA") and token.word.endswith("e"):
            words.append(token.word + strong[1:])  # "kleine" -> "kleines", "Verletzte" -> "Verletzter"
        else:
            words.append(token.word)
    return words


def met_person(sentence: str, source: str, earlier: Sequence[str]) -> str | None:
    """The sentence with each person it names inside (not as its opener) met before, or None to leave it out.

    A definite person phrase inside the sentence ("Man hat den Jugendlichen behandelt") whose noun
    the summary never used points at nobody the reader met, or at the wrong person named before
    (a judge read "den Jugendlichen" as the driver of the sentence before; rubric items 2 and 3).
    As in ``introduce_person``, the indefinite article says what the release says (someone of
    that kind) where no person the summary named could be the same one, or the release names them
    as two people; else the sentence goes (omission over error). A name right after the noun
    ("die Kuratorin Eva Roth") identifies the person itself. An opener is the verifier's to check
    (style.introduced_failures, introduce_person): read here too, it cost whole reports their
    lines where the title named someone who could be the same person.
    """
    tagged = morph.tag(sentence)
    spans = morph.token_spans(sentence)
    if len(spans) != len(tagged):
        return sentence
    said = " ".join(e.replace("·", "").lower() for e in earlier)
    for start, end, gender in reversed(_definite_persons(tagged)):
        noun = tagged[end].word
        if start == 0 or _stem(noun) in said:
            continue
        if end + 1 < len(tagged) and (tagged[end + 1].pos == "NE" or tagged[end + 1].word in ("von", "vom")):
            continue  # "die Kuratorin Eva Roth", "die Leiterin vom Lager": the name or the owner says who
        if noun.replace("·", "").lower().endswith(_FUNCTIONAL):
            continue  # "den Landrat": an office, one per body (a functional noun), known without introduction
        if any(t.pos == "CARD" for t in tagged[start:end]) or noun.endswith("innen"):
            continue  # "die ersten 300 Kundinnen": a plural
        rivals = [r for r in _rivals(earlier, gender) if not _place_only(r, source)]
        if rivals and not _distinct(noun, rivals, source):
            # The release's own anaphora onto the one person the summary named ("Ein Radfahrer …
            # den Jugendlichen") reads as that person: the sentence stays as it is; else it goes.
            if len(set(rivals)) == 1 and taken_up(source, gender, tagged[end]):
                continue
            # Only a person of any sex before ("Ein Mensch ist verletzt"): the reader takes the definite
            # phrase for that one, and the indefinite would count two; the sentence stays as it is.
            if all(r.replace("·", "").lower().endswith(_ANY_SEX) for r in rivals):
                continue
            return None
        words = _indefinite_phrase(tagged[start : end + 1], gender)
        if words is None:
            return None
        if start == 0:
            words[0] = words[0].capitalize()
        # The noun as the sentence writes it (its Mediopunkts), with the strong ending the phrase gave it.
        written = sentence[spans[end][0] : spans[end][1]]
        noun_text = written + words[-1][len(tagged[end].word) :]
        sentence = sentence[: spans[start][0]] + morph.join([*words[:-1], noun_text]) + sentence[spans[end][1] :]
    return sentence
