"""Title sentences made from the release's own headline: a noun phrase turned into a short sentence.

Press headlines leave out the verb ("Baumfällung auf dem Spielplatz", "Neuzugang Max Muster",
"Wahlbeteiligung um 16 Uhr höher als 2014"). A Leichte-Sprache title is one short sentence (issue 16,
Title), so the headline's noun phrase gets the plainest frame German has for it, without adding a fact:

- existence: "Es gibt eine Baum·fällung auf dem Spiel·platz" (a report of the past: "Es hat … gegeben");
- apposition of a role or status noun and a person's name: "Max Muster ist ein Neu·zugang";
- a predicative adjective the headline leaves without its copula: "Die Wahl·beteiligung … ist höher als 2014".

The caller checks every candidate (rules, structure, fact guard, headline words grounded in the body);
this module only builds the sentence and shortens it at a preposition to at most eight words.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from typing import Final

from pressconv._months import MONTHS_DE
from pressconv.transforms.easy import morph
from pressconv.transforms.easy.compounds import segment, zipf
from pressconv.transforms.easy.dates import coming_day, without_relative_before_date
from pressconv.transforms.easy.headline_agent import named_agent
from pressconv.transforms.easy.headline_grammar import (
    bare_in_body,
    body_gender,
    determined_in_body,
    man_perfect,
    mass_in_body,
    object_phrase,
    passive_agent,
    restore_articles,
)
from pressconv.transforms.easy.lexicon import inflected, lexicon, lookup
from pressconv.transforms.easy.organisations import ORG_HEADS
from pressconv.transforms.easy.patients import DATIVE_VERBS
from pressconv.transforms.easy.references import event_noun
from pressconv.transforms.easy.title_candidates import ends_without_start
from pressconv.transforms.easy.title_topic import feminine_in_body
from pressconv.transforms.easy.when import WEEKDAYS_DE

__all__ = [
    "TIME_UNITS",
    "addressee_only",
    "alarm_title",
    "appeal_title",
    "from_headline",
    "infinitive_reading",
    "institution_phrase",
    "ironic",
    "kicker_topic",
    "lead_clause",
    "noun_attribute",
    "noun_gender",
    "opinion_sentence",
    "plain_title",
    "plural_noun",
    "relative_time",
    "resolve_coming_weekday",
    "sought_title",
    "topic_sentence",
    "without_quoted_name",
]

_MOST: Final = 8  # a title is one short sentence: at most eight words (issue 16 brief)
_KNOWN_WORD: Final = 2.5  # Zipf frequency of a word in everyday use (wordfreq's scale)
_INDEF_ACC: Final = {"der": "einen", "die": "eine", "das": "ein"}
_INDEF_NOM: Final = {"der": "ein", "die": "eine", "das": "ein"}
_DEF_NOM: Final = {"der": "Der", "die": "Die", "das": "Das"}
# Words whose loss changes a statement (rubric, item 2): a cut never removes them.
_KEEP: Final = re.compile(r"\b(?:nicht|kein\w*|nur|auch|alle\w*|ohne|niemand)\b", re.I)
# Tags that may open a headline noun phrase (STTS, as HanTa writes them).
_NP_START: Final = ("ADJ(A)", "NN", "ART", "CARD")

# German noun suffixes that fix the gender (Duden grammar); a compound takes its last part's gender.
# The Latin "-ur" nouns are feminine ("Professur", "Kultur", "Agentur") save "das Abitur": only the
# endings "-sur", "-atur", "-ktur", "-ntur", which take no exception.
_SUFFIX_GENDERS: Final = (
    (("ung", "heit", "keit", "schaft", "ion", "tät", "ik", "ei", "anz", "enz", "ie", "thek"), "die"),
    (("sur", "atur", "ktur", "ntur"), "die"),
    # "-erin" forms the feminine of a person noun in "-er" (Duden grammar: Movierung): "Läuferin".
    (("erin",), "die"),
    (("ismus", "ling"), "der"),
    (("chen", "lein", "ment", "um"), "das"),
)


def noun_gender(noun: str) -> str | None:
    """The gender of a singular noun: the lexicon's (compounds by their last part), else its suffix."""
    if noun in WEEKDAYS_DE or noun in MONTHS_DE:
        return "der"  # weekdays and months are masculine (Duden); the lexicon lists them as times
    entry = lookup(noun)
    if infinitive_reading(noun.replace("·", "")) and (entry is None or entry.word.replace("·", "") != noun.replace("·", "")):
        return None  # a plural form or a nominalised infinitive ("Zahlen"): no gender to give
    if entry is not None and entry.gender in ("der", "die", "das"):
        return entry.gender
    plain = noun.replace("·", "").replace("-", "").lower()
    for suffixes, gender in _SUFFIX_GENDERS:
        # "-ik" after a vowel is no suffix but a diphthong's end ("Streik", "Scheik": masculine).
        if plain.endswith(suffixes) and len(plain) > 5 and not re.search(r"[aeiouäöü]ik$", plain):
            return gender
    # A short noun the lexicon lists only as the last part of its compounds ("Land" in
    # "Bundes·land"): the last part of a compound fixes its gender (Duden grammar: das Grundwort
    # bestimmt das Genus), so the compounds show it; when they disagree ("der/das Teil"), none.
    known = _head_genders().get(plain)
    if known is not None:
        return known
    # A compound the lexicon does not list ("Hochschul·informations·tag"): the same rule, with the
    # compound splitter's last part ("Tag") read as a noun of its own. A part under three letters
    # may be a linking remnant of a wrong split, so it gives no gender.
    head = segment(noun.replace("·", "")).rsplit("·", 1)
    if len(head) == 2 and len(head[1]) >= 3:
        return noun_gender(head[1].capitalize())
    return _short_compound_gender(noun.replace("·", "").replace("-", ""))


# Inseparable verb prefixes (Duden word formation): "Ver·band", "Ge·setz", "Be·trieb" are derivations,
# no compounds, so the gender of the word after them says nothing about the whole.
_PREFIXES: Final = ("be", "ge", "er", "ver", "zer", "ent", "emp", "miss", "ur")


def _derivation(plain: str) -> bool:
    """An inseparable prefix before a word in use ("Ver·band", "Ge·stein", "Ur·sprung"): a derivation.

    Its first letters may look like a word of their own ("Verb·and", "Gest·ein"), so the compound
    reading is refused for the whole word, not only for a first part that is the bare prefix.
    """
    lower = plain.lower()
    for prefix in _PREFIXES:
        rest = lower[len(prefix) :]
        if lower.startswith(prefix) and len(rest) >= 3 and zipf(rest.capitalize()) >= _KNOWN_WORD:
            return True
    return False


def _short_compound_gender(plain: str) -> str | None:
    """The gender of a compound too short for the splitter ("Wärme·bus", "Stadt·bus"): its last part's.

    Duden grammar: the last part of a compound fixes its gender (Grundwort). The last part must be a
    noun of the lexicon (three letters at least) and the first a word in use of four letters at least
    (wordfreq), not an inseparable prefix: so a derivation ("Verband") is never read as a compound.
    """
    if _derivation(plain):
        return None
    for at in range(4, len(plain) - 2):
        first, last = plain[:at], plain[at:]
        # A verb stem is a first part too ("Impf·bus", "Lese·brille": Duden word formation, Verbstamm
        # als Bestimmungswort): its infinitive ("impfen", "lesen") is the word in use.
        verb_stem = max(zipf(first + "en"), zipf(first + "n")) >= _KNOWN_WORD + 0.5
        if max(zipf(first), zipf(first.capitalize())) < _KNOWN_WORD + 0.5 and not verb_stem:
            continue
        entry = lookup(last.capitalize())
        whole = entry is not None and entry.word.replace("·", "").lower() == last.lower()
        if entry is not None and whole and entry.gender in ("der", "die", "das"):
            return entry.gender
    return None


@lru_cache(maxsize=1)
def _head_genders() -> dict[str, str]:
    """The gender every lexicon compound ending in a word agrees on, keyed by that word in lower case."""
    seen: dict[str, set[str]] = {}
    for entry in lexicon():
        if "·" in entry.word and entry.gender in ("der", "die", "das"):
            seen.setdefault(entry.word.rsplit("·", 1)[1].lower(), set()).add(entry.gender)
    return {head: next(iter(genders)) for head, genders in seen.items() if len(genders) == 1}


_EN_PLURAL_SUFFIXES: Final = ("ung", "heit", "keit", "schaft", "ion", "tät")


def plural_noun(word: str, lemma: str) -> bool:
    """A noun whose lemma is the word without a plural ending ("Verkehrshinweise" / "Verkehrshinweis").

    HanTa also strips an "-e" from words it does not know ("Rehasportstunde" -> "Rehasportstund");
    the lemma counts only when its last word part is a word in use (wordfreq), as "Hinweis" is.
    """
    if infinitive_reading(word):
        # "Nachtparken": also "das Parken"; the number is unknown, callers refuse. But a nominalised
        # infinitive is always neuter (Duden grammar: "das Arbeiten"), so where the lexicon reads the
        # form or its lemma's last part as feminine, it is the plural of a feminine noun in "-(e)n"
        # ("die Bauarbeiten" of "die Bauarbeit"): no feminine singular ends so.
        if not lemma or lemma == word or word[len(lemma) :] not in ("n", "en") or not word.startswith(lemma):
            return False
        last = segment(lemma).split("·")[-1]
        return noun_gender(word) == "die" or noun_gender(last[:1].upper() + last[1:]) == "die"
    # A plural may add an umlaut to the stem ("Einbruch" -> "Einbrüche", Duden grammar).
    plain = word.translate(str.maketrans("äöü", "aou")) if not word.startswith(lemma) else word
    if not lemma or lemma == word or not plain.startswith(lemma) or plain[len(lemma) :] not in ("e", "n", "en", "s", "er"):
        return False
    stem_part = segment(lemma).split("·")[-1]
    if (
        plain == lemma + "e"
        and noun_gender(word) == "die"
        and noun_gender(lemma) is None
        and noun_gender(stem_part[:1].upper() + stem_part[1:]) is None  # "Fahrpreise": "der Preis" is a noun
    ):
        # "Großkontrolle" / "Großkontroll": a feminine noun in "-e" whose plural is "-en" (Duden
        # grammar, weak feminine declension); the stem without the "-e" is no noun of its own, so the
        # "-e" is no plural ending ("Stadtwerke" / "Stadtwerk" is: "das Werk" is a noun).
        return False
    if zipf(word) >= _KNOWN_WORD:
        return True  # HanTa knows the word itself ("Stadtwerke")
    if plain == lemma + "en" and lemma.endswith(_EN_PLURAL_SUFFIXES):
        return True  # "-ung", "-heit", "-keit", "-schaft", "-ion", "-tät" always take "-en" in the plural (Duden grammar)
    last = segment(lemma).split("·")[-1]
    if noun_gender(lemma) is not None:
        return True  # the lexicon knows the lemma or its compound's head as a noun ("Fahrpreis": "der Preis")
    return zipf(last[:1].upper() + last[1:]) >= _KNOWN_WORD or zipf(last.lower()) >= _KNOWN_WORD


def infinitive_reading(word: str) -> bool:
    """A noun in "-en"/"-ern"/"-eln" whose last part is also a verb's infinitive ("Schwimmen", "Zahlen").

    German nominalises every infinitive as a neuter singular ("das Anwohner·parken", Duden grammar:
    Substantivierung des Infinitivs), and many such words are a plural as well ("die Zahlen"). The
    headline's bare noun does not tell which: neither a plural frame ("Die Anwohner·parken sind …")
    nor a singular one may be chosen, so plural_noun and noun_gender give no answer and the callers
    refuse the sentence (omission over error). A verb is recognised by its finite form ("parkt",
    "zahlt", "fährt") being a word in use.
    """
    if not word[:1].isupper() or not re.search(r"(?:[^e]en|ern|eln)$", word) or len(word) < 5:
        return False
    last = segment(word).split("·")[-1].lower()
    stem = last[:-2] if last.endswith("en") else last[:-1]
    if len(stem) < 3 or zipf(last) < _VERB_INFINITIVE:
        return False
    # A strong verb may take an umlaut in its finite form ("fahren" -> "fährt", Duden grammar).
    umlaut = re.sub(r"a(?=[^aeiouäöü]*$)", "ä", stem)
    return max(zipf(stem + "t"), zipf(stem + "et"), zipf(umlaut + "t")) >= _VERB_FINITE


_VERB_INFINITIVE: Final = 3.0
_VERB_FINITE: Final = 2.5


# Strong adjective endings without an article before the noun, or after "ein" (Duden grammar):
# nominative and accusative by gender; "pl" for a plural without article.
_STRONG: Final = {
    "nom": {"der": "er", "die": "e", "das": "es", "pl": "e"},
    "acc": {"der": "en", "die": "e", "das": "es", "pl": "e"},
}


def _declined(adjective: str, gender: str, case: str) -> str:
    """The adjective with the strong ending the case needs, in lower case ("gemeinsamen" -> "gemeinsames").

    A headline adjective may stand in the dative of a label that was removed ("Einladung zum
    gemeinsamen Pressegespräch"); the new frame needs its own ending.
    """
    stem = re.sub(r"(?:e|er|es|en|em)$", "", adjective.lower())
    return stem + _STRONG[case][gender]


_PARTITIVE: Final = re.compile(r"^(?:Teil|Teile|Teilen|Hälfte|Mehrheit|Großteil|Rest|Anteil|Drittel|Viertel)$")


def _shorten(frame: list[str], np: list[str], tail: list[str], tags: list[str]) -> list[str] | None:
    """The sentence with trailing prepositional phrases cut until it has at most eight words.

    A cut is made only before a preposition or a bracket (the phrase after it is a modifier of the
    noun) and never removes a word that changes the statement (nicht, nur, auch, alle, ohne).
    """
    words = list(np)
    # "Teile von X", "die Hälfte der Y": a partitive noun needs its complement (Duden grammar:
    # Partitivangaben), so no cut is made after it; a sentence that cannot be cut elsewhere may then
    # reach the title limit of ten words rather than end in a noun that points at nothing.
    partitive = [i for i in range(1, len(words)) if _PARTITIVE.match(words[i - 1]) and tags[i] in ("APPR", "ART")]
    if partitive and len(frame) + sum(1 for w in words if re.search(r"\w", w)) + len(tail) <= _MOST + 2:
        later = [i for i in range(partitive[-1] + 2, len(words)) if tags[i] in ("APPR", "APPRART")]
        if not later:
            return [*frame, *words, *tail]

    # The past frame's closing "gegeben" is frame, not content: "Es hat … gegeben" keeps as much of the
    # noun phrase (its place) as "Es gibt …" does, within the title's ten words (title_check.TITLE_MOST).
    # Where the longer form keeps a bare noun after a preposition ("nach Überfall auf Tankstelle",
    # headline grammar), the frame's word counts again: the cut that ends it is the better sentence.
    def bare(tags_: list[str]) -> bool:
        """A bare noun follows a preposition among the tags."""
        return any(tags_[i] == "APPR" and tags_[i + 1] == "NN" for i in range(len(tags_) - 1))

    def over() -> bool:
        """The title's content words pass the most a title may have."""
        content = len(frame) + sum(1 for w in words if re.search(r"\w", w))
        return content > _MOST or (content + len(tail) > _MOST and bare(tags))

    while over():
        # No cut between a nominalised verb and its object ("Bearbeitung | von Asylverfahren"):
        # the noun would lose its complement (rubric, item 3).
        cuts = [
            i
            for i in range(1, len(words))
            if tags[i] in ("APPR", "APPRART")
            and not (words[i] == "von" and words[i - 1].endswith("ung"))
            and not _PARTITIVE.match(words[i - 1])
            # "vom 3. bis zum 7. Mai": the second part of a range or a list is no phrase of its own
            and words[i - 1] not in ("bis", "und", "oder", "sowie")
            and words[i] != "bis"
            and tags[i - 1] not in ("$(",)
        ]
        if not cuts:
            # "Voll·sperrung von der Kreis·straße MU 12": the object of a nominalised verb is what
            # the act is done to (genitivus obiectivus, Duden grammar) and cannot be cut. Where only
            # that phrase is left, the sentence may reach the title's ten words (as for a partitive).
            if (
                _object_only(words, tags)
                and len(frame) + sum(1 for w in words if re.search(r"\w", w)) + len(tail) <= _MOST + 2
            ):
                return [*frame, *words, *tail]
            return None
        cut = cuts[-1]
        if _KEEP.search(" ".join(words[cut:])):
            return None
        words, tags = words[:cut], tags[:cut]
    return [*frame, *words, *tail]


def _object_only(words: list[str], tags: list[str]) -> bool:
    """The phrase is an -ung noun and its "von" object alone ("Sperrung von der Kreis·straße K 7"):
    no other preposition follows, so nothing after the object could still be cut."""
    at = next((i for i in range(1, len(words)) if words[i] == "von" and words[i - 1].endswith("ung")), None)
    return at is not None and not any(t in ("APPR", "APPRART") for t in tags[at + 1 :])


def _bare_coordination(tagged: tuple[morph.Token, ...], allowed: frozenset[str] = frozenset()) -> bool:
    """ "Wohlwollen und Demokratie": a second noun without an article would need its own; "bei
    Unfall": a preposition before a bare singular noun is headline telegram style a sentence cannot
    keep. A plural needs no article ("zu Sprengungen", "und Bäume")."""
    for index, a in enumerate(tagged[:-1]):
        if a.pos not in ("KON", "APPR"):
            continue
        # "für neues Werk": adjectives between the preposition and the bare noun change nothing.
        end = index + 1
        while a.pos == "APPR" and end < len(tagged) - 1 and tagged[end].pos == "ADJ(A)":
            end += 1
        b = tagged[end]
        if (
            b.pos == "NN"
            and b.word not in allowed  # the body writes the same bare phrase (headline_grammar.bare_in_body)
            and not plural_noun(b.word, b.lemma)
            # "ab Montag", "seit Januar": weekdays and months take no article after a preposition.
            and not (a.pos == "APPR" and b.word in (*WEEKDAYS_DE, *MONTHS_DE))
        ):
            return True
    return False


_HEADLINE_CLAUSE_WORDS: Final = 12  # the Leichte-Sprache hard limit (verify.HARD_LIMIT)
_WEAK_PLACE_ADJECTIVE: Final = re.compile(r"^[A-ZÄÖÜ]\w+er$")


def _place_adjective(token: morph.Token) -> bool:
    """ "Berliner", "Hagener": a capitalised place adjective in "-er", which HanTa keeps as its own lemma
    or reads as the place's name ("Kellerbacher" -> "Kellerbach")."""
    word, lemma = token.word.lower(), (token.lemma or "").lower()
    # Only a noun tag may carry the place's name as lemma: an adjective "Neuer" has the lemma "neu".
    names = (word, word[:-2]) if token.pos in ("NN", "NE") else (word,)
    return bool(_WEAK_PLACE_ADJECTIVE.match(token.word)) and lemma in names


def _article_phrase(
    tagged: tuple[morph.Token, ...], definite: bool, *, plural: bool = False, body: str = ""
) -> list[str] | None:
    """A bare headline noun phrase (adjectives and one singular noun) with the article prose needs.

    Headline grammar (Schlagzeilenstil) drops articles: "Stadt saniert alte Brücke". The subject
    takes the definite article and its adjectives the weak ending ("Die Stadt", "Das neue
    Programm"); the object the indefinite accusative, whose mixed endings equal the headline's
    strong ones ("eine alte Brücke", "einen neuen Standort"). A plural stays bare; a noun of unknown
    gender, a name or anything but adjectives before the noun: None (no guessed article).
    Capitalised place adjectives in -er ("Berliner") never decline.
    """
    *adjectives, noun = tagged
    name: list[str] = []
    if (
        adjectives
        and adjectives[-1].pos == "NN"
        and noun.pos in ("NN", "NE")
        and noun.word[:1].isupper()
        and zipf(noun.word.lower()) == 0.0
        and noun_gender(noun.word) is None
    ):
        # "Kinderuni Nordheim", "Musikschule Talheim": a word no list knows after a noun is its name
        # (Duden grammar: enge Apposition); the article is the noun's and the name follows undeclined.
        name = [noun.word]
        *adjectives, noun = adjectives
    phrase = _article_phrase_of(tuple([*adjectives, noun]), definite, plural=plural, body=body)
    return None if phrase is None else [*phrase, *name]


def _article_phrase_of(
    tagged: tuple[morph.Token, ...], definite: bool, *, plural: bool = False, body: str = ""
) -> list[str] | None:
    """``_article_phrase`` of adjectives and one noun, without a name after it."""
    *adjectives, noun = tagged
    # HanTa may tag a place adjective as a noun ("Hagener" in "Hagener Straße"): it is the same
    # undeclined adjective (Duden grammar: Ableitungen von Ortsnamen auf -er) and stays as written.
    if noun.pos != "NN" or any(
        t.pos != "ADJ(A)" and not (t.pos in ("NN", "NE") and _place_adjective(t)) for t in adjectives
    ):
        return None
    if plural or plural_noun(noun.word, noun.lemma):
        return [t.word for t in tagged]
    # A place adjective ("Berliner") is not inflected and HanTa keeps it as its own lemma.
    place = [_place_adjective(t) for t in adjectives]
    # The strong ending of a headline adjective shows the noun's gender (nominative of the subject,
    # accusative of the object): "Neues Labor" is neuter, "neuen Standort" masculine.
    endings = {"nom": {"er": "der", "es": "das", "e": "die"}, "acc": {"en": "der", "es": "das", "e": "die"}}
    case = "nom" if definite else "acc"
    shown = {
        endings[case].get(m.group(0))
        for t, fixed in zip(adjectives, place, strict=True)
        if not fixed and (m := re.search(r"(?:er|es|en|e)$", t.word))
    }
    # A noun the lexicon does not know takes the gender the body's own articles show (headline_grammar).
    gender = noun_gender(noun.word) or (body_gender(noun.word, body) if body else None)
    if len(shown) == 1 and None not in shown:
        gender = gender or next(iter(shown))
        if gender not in shown:
            return None  # the adjective and the lexicon disagree: no article can be trusted
    if gender is None and not definite and not adjectives and noun.word.endswith(("en", "er", "el")):
        # "entwickeln Teststreifen": a noun whose plural equals its singular reads as the plural the
        # headline wrote; it stays bare rather than take a guessed article.
        return [noun.word]
    if gender is None:
        return None
    if not definite:
        return [_INDEF_ACC[gender], *(t.word for t in adjectives), noun.word]
    declined = [
        t.word if fixed else re.sub(r"(?:e|er|es|en|em)$", "", t.word.lower()) + "e"
        for t, fixed in zip(adjectives, place, strict=True)
    ]
    return [_DEF_NOM[gender], *declined, noun.word]


def headline_clause(
    tagged: tuple[morph.Token, ...], countable: Callable[[str], bool] | None = None, body: str = "", source: str = ""
) -> str | None:
    """A headline in headline grammar with its finite verb second, as a plain sentence, or None.

    "Stadt saniert alte Brücke am Markt" -> "Die Stadt saniert eine alte Brücke am Markt"
    (Schlagzeilenstil: articles left out, Duden grammar on headlines). Only the simple shape is
    read: one finite verb after a subject of adjectives and a noun, no comma, colon or quotation;
    the phrase right after the verb, if it is a bare noun phrase, is its object. Anything else is
    refused; a subject that is a name ("Muster GmbH", a person) keeps its form. A bare singular
    object takes "ein(e)" only where ``countable`` says the release counts it ("eine Ambulanz" in
    the body): a mass noun ("stellt Geld bereit") takes no article, and a guess would break it.
    """
    if any((t.pos.startswith("$") and t.word not in (".",)) or t.word in ("„", "“", '"') for t in tagged):
        return None
    finite = [i for i, t in enumerate(tagged) if t.pos.endswith("(FIN)")]
    if len(finite) != 1 or finite[0] == 0:
        return None
    verb = finite[0]
    subject = tagged[:verb]
    becomes = _becomes(tagged, verb)
    if becomes is not None:
        return becomes
    if tagged[verb].lemma in ("sein", "haben", "werden") or tagged[verb].pos.startswith("VM"):
        return None  # "X ist …", "X soll …": a copula or modal headline is no report of an act
    # A finite verb in -en after a third-person subject is plural ("Forschende entwickeln"): bare plural.
    plural = tagged[verb].word.endswith("en")
    name_head = subject[-1].pos == "NE" and "-" in subject[-1].word
    head_part = subject[-1].word.rsplit("-", 1)[-1] if name_head else ""
    if name_head and lookup(head_part) is not None and noun_gender(head_part) is not None:
        # "St. Elisabeth-Krankenhaus": a name joined to a common noun takes that noun's article.
        words = [_DEF_NOM[noun_gender(head_part) or "das"], *(t.word for t in subject)]
    elif subject[0].pos == "ART" or any(t.pos == "NE" for t in subject):
        words = [t.word for t in subject]  # already with its article, or a name
    elif [t.word for t in subject].count("und") == 1 and plural:
        # "Bibliothek und Musikschule laden … ein": each conjunct takes its own article.
        split = next(i for i, t in enumerate(subject) if t.word == "und")
        first = _article_phrase(subject[:split], definite=True)
        second = _article_phrase(subject[split + 1 :], definite=True)
        if first is None or second is None:
            return None
        words = [*first, "und", *(w.lower() if i == 0 else w for i, w in enumerate(second))]
    elif plural and all(t.pos == "NNA" or (t.pos == "ADJ(A)" and i < len(subject) - 1) for i, t in enumerate(subject)):
        # "Ehemalige spielen …": a nominalised adjective after a plural verb is a bare plural, which
        # takes no article in prose either (Duden grammar: Nullartikel im Plural).
        words = [t.word for t in subject]
    else:
        # "Anmeldung für 20 Plätze startet …": a phrase after the subject's noun stays with it; the
        # article goes before the noun (and its adjectives), the phrase must need no article itself.
        attribute = next((i for i, t in enumerate(subject) if t.pos in ("APPR", "APPRART") and i > 0), len(subject))
        phrase = _article_phrase(subject[:attribute], definite=True, plural=plural, body=body)
        attached = subject[attribute:]
        if phrase is None or _bare_coordination(attached, bare_in_body(attached, body, source)):
            return None
        if attached and (attached[-1].pos not in ("NN", "NE", "CARD") or any(t.pos.endswith("(FIN)") for t in attached)):
            return None
        words = [*phrase, *(t.word for t in attached)]
    rest = list(tagged[verb + 1 :])
    end = 0
    while end < len(rest) and rest[end].pos == "ADJ(A)":
        end += 1
    obj: list[str] | None = None
    if end < len(rest) and rest[end].pos == "NN" and (end + 1 == len(rest) or rest[end + 1].pos != "NN"):
        particle = "".join(t.word for t in rest if t.pos == "PTKVZ")
        if particle + tagged[verb].lemma in DATIVE_VERBS or tagged[verb].lemma in DATIVE_VERBS:
            # "tritt Bündnis bei": the object of a dative verb takes "einem/einer" (Duden grammar:
            # Dativobjekt); with an adjective the ending would change too, so only a bare noun.
            gender = noun_gender(rest[end].word)
            if end > 0 or gender is None or plural_noun(rest[end].word, rest[end].lemma):
                return None
            obj = [_INDEF_DAT[gender], rest[end].word]
        else:
            noun = rest[end]
            verb_lemma = (tagged[verb].lemma or "").lower()
            countable_noun = countable is not None and countable(noun.word)
            own = object_phrase([t.word for t in rest[:end]], noun.word, body) if body else None
            singular = not plural_noun(noun.word, noun.lemma)
            # Before a plural only "die" is the object's case (accusative plural): "den" there is the
            # dative ("in den Straßen"), never the object of "kühlen Straßen" (object_phrase).
            fits = own is not None and (singular or own[0] == "die")
            if own is not None and fits and not (countable is not None and countable(noun.word)):
                # The body writes the object with its determiner ("kritisiert den Beschluss"): the
                # release's own article, not a guessed one (headline_grammar.object_phrase).
                obj = own
            elif singular and body and mass_in_body(noun.word, body):
                # "stellt Geld bereit": a mass noun the body writes bare takes no article in prose
                # either, and the headline's strong adjective ending is the prose one (Duden grammar).
                obj = [t.word for t in rest[: end + 1]]
            elif singular and noun.word.replace("·", "").lower().endswith(_ABSTRACT_ACT) and verb_lemma not in _CREATION:
                # "bündelt Fertigung": an -ung noun object of a verb that works on what exists is the
                # sender's own activity, which the definite article names; "eine Fertigung" changes the
                # meaning (judged), so no article is guessed. A verb of creation ("gründet Abteilung")
                # brings a new thing into being, which "eine" introduces (Duden grammar).
                return None
            elif singular and noun.word.replace("·", "").lower().endswith(_ABSTRACT_ACT) and not countable_noun:
                # "startet Bürger·befragung": a verb of creation makes its act noun a new referent,
                # which the indefinite article introduces (Duden grammar: Erstnennung), as above.
                obj = _article_phrase(tuple(rest[: end + 1]), definite=False)
            elif singular and body and not countable_noun and determined_in_body(noun.word, body):
                # "eröffnet Ambulanz" over a body that always writes "die/der Ambulanz": a count noun
                # whose "eine" the headline dropped (headline_grammar.determined_in_body).
                obj = _article_phrase(tuple(rest[: end + 1]), definite=False)
            elif singular and not countable_noun:
                return None
            else:
                obj = _article_phrase(tuple(rest[: end + 1]), definite=False)
        if obj is None:
            return None
        rest = rest[end + 1 :]
    if _bare_coordination(tuple(rest), bare_in_body(tuple(rest), body, source)):
        # "sammelt für Tierheim": a bare noun after a preposition needs an article too; a phrase of a
        # noun may go instead ("stellt 5 Millionen Euro für X im Y bereit" -> "stellt 5 Millionen Euro
        # bereit"), cut as _clause_cut cuts (less said, nothing false).
        rest = _clause_cut(rest, 1, after_object=obj is not None, limit=0)
        if _bare_coordination(tuple(rest), bare_in_body(tuple(rest), body, source)):
            return None
    # "lädt am 9. März zur Sprechstunde ein": the invitation is made now, by the release itself; the
    # day is that of the event it invites to, which the body states. Only there may the day go: for
    # any other act ("öffnet am Sonntag die Geschäfte") the day restricts the claim itself.
    inviting = tagged[verb].lemma == "einladen" or (
        tagged[verb].lemma == "laden" and any(t.pos == "PTKVZ" and t.word == "ein" for t in rest)
    )
    rest = _clause_cut(rest, len(words) + 1 + len(obj or []), after_object=obj is not None, day=inviting)
    sentence = [*words, tagged[verb].word, *(obj or []), *_own_article(tuple(rest))]
    # The caller's title check applies the sentence limit; here only the words count, not the stops.
    return _join(sentence) if sum(1 for w in sentence if w not in (".", ",")) <= _HEADLINE_CLAUSE_WORDS else None


def _becomes(tagged: tuple[morph.Token, ...], verb: int) -> str | None:
    """ "Anna Muster wird neue Leiterin": a name, "wird", and a role noun with its adjectives, as written.

    A predicative noun after "werden" says what a person becomes (Duden grammar: Gleichsetzungs-
    nominativ); the role takes no article there in prose either ("Sie wird neue Leiterin"). Only a
    person's name of two words or more as the subject and nothing but adjectives and the role noun after
    the verb (an attribute "der X" is dropped: less said, nothing false); a participle at the end is
    a passive ("wird eröffnet") and refused.
    """
    if tagged[verb].lemma != "werden" or tagged[verb].word != "wird":
        return None
    subject, rest = tagged[:verb], tagged[verb + 1 :]
    if len(subject) < 2 or any(t.pos != "NE" for t in subject):
        return None
    end = 0
    while end < len(rest) and rest[end].pos == "ADJ(A)":
        end += 1
    if end >= len(rest) or rest[end].pos != "NN" or plural_noun(rest[end].word, rest[end].lemma):
        return None
    entry = lookup(rest[end].word)
    gender = noun_gender(rest[end].word)
    role = (entry is not None and entry.role) or rest[end].word.endswith(("er", "in", "ent", "or"))
    after = rest[end + 1 :]
    genitive = len(after) >= 2 and after[0].word in ("der", "des") and all(t.pos in ("NE", "NN", "ART") for t in after)
    if not role or gender is None or (after and not genitive):
        return None
    ending = {"der": "er", "die": "e", "das": "es"}[gender]
    adjectives = [re.sub(r"(?:e|er|es|en|em)$", "", t.word.lower()) + ending for t in rest[:end]]
    return _join([*(t.word for t in subject), "wird", *adjectives, rest[end].word])


def _clause_cut(
    rest: list[morph.Token], before: int, *, after_object: bool, limit: int = _MOST + 2, day: bool = False
) -> list[morph.Token]:
    """The words after the verb with trailing prepositional phrases of a noun cut, down to ten words.

    A title is at most ten words (issue 16 brief). A phrase right after a noun ("warnen vor einer
    Masche an der Haustür", "laden am 19. Mai zum Fest ein") adds a detail to it or to the act; leaving
    it out states less and nothing false. Never cut: the verb's own first complement (a phrase right
    after the verb, "warnen vor …"), a phrase with a number (a date or an amount says when and how
    much: it stays right or the sentence is refused), one with a word that changes the statement
    (nicht, nur, auch, alle, ohne), the complement of a nominalised verb ("Bearbeitung von …") and
    the second part of a range or list ("bis", "und"). The separable particle stays at the end.
    """
    out = list(rest)
    while before + sum(1 for t in out if re.search(r"\w", t.word)) > limit:
        point = _point_in_time(out) if day else None
        if point is not None:
            # "lädt am 9. März zur Sprechstunde ein": with ``day`` (an invitation) the day is an
            # adjunct, no complement of the verb (Duden grammar: Temporaladverbial); without it the
            # title says less and nothing false. A period ("ab", "bis", "seit") is never cut.
            out = out[: point[0]] + out[point[1] :]
            continue
        particle = next((i for i, t in enumerate(out) if t.pos == "PTKVZ"), len(out))
        also = next((i for i, t in enumerate(out[:particle]) if t.word == "sowie" and i > 0), None)
        if also is not None and not any(_KEEP.search(t.word) for t in out):
            # "ehren 52 Sportler sowie elf Mannschaften": "sowie" adds a further member to a list
            # (Duden grammar: additive Konjunktion); without it the title names fewer, nothing false.
            # Never with "nur", "alle", "kein" … anywhere: "nur A sowie B" cut to "nur A" is false.
            out = out[:also] + out[particle:]
            continue
        cuts = [
            i
            for i in range(len(out[:particle]))
            if out[i].pos in ("APPR", "APPRART")
            and ((i > 0 and out[i - 1].pos in ("NN", "NE")) or (i == 0 and after_object))
            and out[i].word != "bis"
            and not (out[i].word == "von" and i > 0 and out[i - 1].word.endswith("ung"))
            and (i == 0 or out[i - 1].word not in ("bis", "und", "oder", "sowie"))
            and _place_in_place(out, i)
        ]
        if not cuts:
            return out
        cut = cuts[-1]
        span = out[cut:particle]
        if any(t.pos == "CARD" or re.search(r"\d", t.word) or _KEEP.search(t.word) for t in span):
            return out
        out = out[:cut] + out[particle:]
    return out


def _point_in_time(tokens: list[morph.Token]) -> tuple[int, int] | None:
    """The span of a phrase "am <Wochentag>, <Tag>. <Monat> <Jahr>" (any of its parts), or None.

    Only "am" with a day: the point in time of one act ("am Freitag", "am 9. März"). The span ends
    before the next word that is no part of the date.
    """
    for start, token in enumerate(tokens):
        if token.word != "am":
            continue
        end = start + 1
        while end < len(tokens) and (
            tokens[end].word in WEEKDAYS_DE
            or tokens[end].word in MONTHS_DE
            or re.fullmatch(r"\d{1,4}|[.,]", tokens[end].word)
        ):
            end += 1
        named = [t.word for t in tokens[start + 1 : end] if t.word not in (".", ",")]
        if named and any(w in WEEKDAYS_DE or w in MONTHS_DE for w in named):
            while tokens[end - 1].word == ",":
                end -= 1
            return start, end
    return None


# Prepositions of place (Duden grammar, lokale Präpositionen).
_PLACE_PREPOSITIONS: Final = frozenset({"in", "im", "an", "am", "auf", "bei", "beim"})


def _place_in_place(tokens: list[morph.Token], at: int) -> bool:
    """Whether the phrase at ``at`` only says more exactly where a place phrase before it is.

    "im Hallenbad an der Lindenstraße": the address of a place already named; without it the title
    says less and nothing false. Any other phrase after a noun may restrict the claim ("Kurse für
    Kinder aus Familien mit wenig Geld", "Grillen im Park während der Sommerferien"): cut, the title
    would state a broader claim than the body (rubric item 2; review), so it is never cut.
    """
    if tokens[at].word.lower() not in _PLACE_PREPOSITIONS:
        return False
    opener = next((j for j in range(at - 1, -1, -1) if tokens[j].pos in ("APPR", "APPRART")), None)
    if opener is None or tokens[opener].word.lower() not in _PLACE_PREPOSITIONS:
        return False
    if not all(t.pos in ("ART", "ADJ(A)", "NN", "NE") for t in tokens[opener + 1 : at]):
        return False
    # The cut takes everything up to the separable particle: nothing but the place may follow it.
    return all(t.pos in ("ART", "ADJ(A)", "NN", "NE", "PTKVZ") or t.pos.startswith("$") for t in tokens[at + 1 :])


def _own_article(rest: tuple[morph.Token, ...]) -> list[str]:
    """The words after the verb, a possessive of the subject before a plural noun as "die".

    In a headline clause "ihre"/"seine" can only point at the subject ("Bücherei erweitert ihre
    Öffnungszeiten"); a title read alone should not hold a pronoun (Leichte-Sprache rule books), and
    before a plural the definite article "die" has the same case. A singular noun keeps it (the
    article would need the noun's gender and case).
    """
    out: list[str] = []
    for index, token in enumerate(rest):
        after = rest[index + 1] if index + 1 < len(rest) else None
        if (
            token.pos == "PPOSAT"
            and token.word in ("ihre", "seine")
            and after is not None
            and after.pos == "NN"
            # A nominalised infinitive is neuter ("ihr Parken"): after "ihre" it is the plural.
            and (plural_noun(after.word, after.lemma) or infinitive_reading(after.word))
        ):
            out.append("die")
        else:
            out.append(token.word)
    return out


# A quoted name right after a noun: "Beratungs·stelle „Pflege im Blick“", "Programm „X.Y“".
_QUOTED_NAME: Final = re.compile(r"(?<=[^\W\d_])\s+[„\"»][^„“\"«»]{1,40}[“\"«](?=\s|$)")


def without_quoted_name(part: str) -> str:
    """The headline part without a quoted name that follows its noun ("eröffnet Stelle „X“" -> "… Stelle").

    A quoted name right after a common noun is a close apposition (Duden grammar: enge Apposition):
    it names the thing the noun already says; leaving it out states less and nothing false, and a
    name with dots or its own capitals cannot be read as prose by the tagger. A quotation that opens
    the part or follows no noun is somebody's words and stays (the caller refuses it).
    """
    out = part
    for match in reversed(list(_QUOTED_NAME.finditer(part))):
        before = part[: match.start()].split()
        if before and before[-1][:1].isupper() and len(before) > 1:
            out = out[: match.start()] + out[match.end() :]
    return out


def from_headline(
    part: str, *, past: bool, countable: Callable[[str], bool] | None = None, body: str = "", source: str = ""
) -> str | None:
    """A short sentence for a headline noun phrase, or None when the part is no such phrase.

    ``past`` selects "Es hat … gegeben" for reports of what happened (police and fire reports); a
    headline with a date announces something and keeps the present ("Lesewoche vom 3. Mai …").
    """
    part = re.sub(r"\s+", " ", re.sub(r"\([^)]*\)", "", part)).strip().rstrip("!.?")
    part = without_quoted_name(part)
    if body:
        # Headline grammar drops the article after a preposition; the body's own phrase restores it.
        part = restore_articles(part, body)
    tagged = morph.tag(part)
    if body and any(t.word == "," for t in tagged):
        # "Zwei Tiere gerettet, ein Helfer verletzt": headlines list results, each a clause of its
        # own with its auxiliary left out (Schlagzeilenstil); the first, a participle clause, is
        # one whole statement. Leaving out the others states less, nothing false.
        first = tuple(itertools.takewhile(lambda t: t.word != ",", tagged))
        if first and first[-1].pos == "VV(PP)" and not _KEEP.search(part[len(" ".join(t.word for t in first)) :]):
            return _man_perfect(first, body, source)
    if any(t.word in (",", ";") for t in tagged):
        return None  # two statements in one part ("Eintritt frei, Anmeldung nötig"): no one sentence
    if any(t.pos == "PRF" for t in tagged) and not any(t.pos.endswith("(FIN)") for t in tagged):
        # "Fahrer entfernt sich": a reflexive pronoun needs a verb (no German adjective takes "sich"),
        # so the word the tagger read as an adjective is the finite verb; a copula before it would
        # make "ist entfernt sich" (judged broken, session 30).
        return None
    wanted = _wanted(tagged)
    if wanted is not None or (tagged and tagged[-1].word == "gesucht"):
        return wanted  # "X gesucht" is a wanted notice; as a state ("ist gesucht") it would misread it
    if body and tagged and tagged[-1].pos == "VV(PP)":
        # An agentless participle headline told as a past passive in the body (headline_grammar.py).
        reported = _man_perfect(tagged, body, source)
        if reported is not None:
            return reported
    if tagged and tagged[-1].pos == "VV(PP)" and any(t.word.lower() in ("von", "vom", "durch") for t in tagged[-5:-1]):
        # "Tasche von Tisch gestohlen", "Radfahrer von Lastwagen gestreift": a "von"/"durch" phrase
        # before the participle names a doer, a source or a path; as a state ("ist von einem Tisch
        # gestohlen") it hides the act or claims it, so only the doer's active above says it.
        return None
    passive = _passive_state(tagged)
    if passive is not None:
        # "Straße wird ab Montag gesperrt": Leichte Sprache avoids the passive (Netzwerk Leichte
        # Sprache: aktiv schreiben); the state the headline names holds from its date on, so the
        # Zustandspassiv says it as a state ("Die Straße ist ab Montag gesperrt", as "Kind schwer
        # verletzt" below). Never "Man hat … gesperrt" or "Es gibt": that reports as done what is to come.
        state = from_headline(passive, past=False, countable=countable, body=body, source=source)
        return None if state is None or state.startswith(("Man ", "Es ")) else state
    finite = [i for i, t in enumerate(tagged) if t.pos.endswith("(FIN)")]
    # The first predicate must have its own words after the verb: "kauft und saniert Häuser" shares
    # the object, and "Die Stadt kauft" alone would be a clause without it.
    if len(finite) == 2 and finite[1] - 1 > finite[0] + 1 and tagged[finite[1] - 1].word == "und" and not _KEEP.search(part):
        # "Verein kritisiert A und legt B vor": two predicates share the subject (Duden grammar:
        # coordinated verb phrases); the first with the subject is one whole statement, and the
        # second's particle ("vor") stays with it. Leaving it out states less, nothing false.
        tagged = tagged[: finite[1] - 1]
    if tagged and any(t.pos.endswith("(FIN)") for t in tagged[1:]):
        return headline_clause(tagged, countable, body, source)
    if not tagged or tagged[0].pos not in (*_NP_START, "PIAT", "PIDAT"):
        return None
    verbs = [i for i, t in enumerate(tagged) if t.pos.endswith("(FIN)") or t.pos.startswith(("VV", "VA", "VM"))]
    # A headline ending in a participle states a result ("Kind schwer verletzt", "Ergebnis
    # festgestellt"): the participle is the predicate of a copula sentence (Zustandspassiv, as the
    # templates' "… ist schwer verletzt"). Any other verb makes the part a sentence already.
    participle = verbs == [len(tagged) - 1] and tagged[-1].pos == "VV(PP)"
    if verbs and not participle:
        return headline_clause(tagged, body=body, source=source)
    words = [t.word for t in tagged]
    tags = [t.pos for t in tagged]
    if _bare_coordination(tagged, bare_in_body(tagged, body, source)):
        return None
    past = past and not re.search(r"\d{1,2}\.\s*(?:\d{1,2}\.|[A-ZÄÖÜ][a-zä]+)", part)
    # A quantifier ("Weniger Einbrüche", "Keine Parkplätze") stays before a plural noun as it is.
    quantified = (
        tags[0] in ("PIAT", "PIDAT") and len(tags) > 1 and tags[1] == "NN" and plural_noun(words[1], tagged[1].lemma)
    )
    if quantified:
        sentence = (
            (["Es", "hat"] if past else ["Es", "gibt"]) + [words[0].lower(), *words[1:]] + (["gegeben"] if past else [])
        )
        return _join(sentence) if len(sentence) <= _MOST else None
    start = 1 if tags[0] == "ART" else 0
    head = next((i for i in range(start, len(tags)) if tags[i] == "NN"), None)
    if head is None or any(tags[i] not in ("ADJ(A)", "CARD") for i in range(start, head)):
        return None
    if any(tags[i] == "CARD" for i in range(start, head)):
        # "23 Rinder gerettet": a number is no adjective to decline ("Die 23en Rinder"). A count
        # before a plural in a plain noun phrase ("47 Einsätze in neun Stunden") takes the existence
        # frame as it stands: a number needs no article and keeps its form (Duden grammar:
        # Kardinalzahlen sind undeklinierbar), and so do the strong adjectives after it.
        return _counted_phrase(tagged[start:], head - start, past=past, countable=countable, body=body)
    noun = tagged[head]
    plural = plural_noun(noun.word, noun.lemma)
    # A noun the lexicon does not know takes the gender the body's own articles show (headline_grammar).
    gender = None if plural else noun_gender(noun.word) or (body_gender(noun.word, body) if body else None)
    # "Im Tierpark gibt es wieder Nachwuchs": the body's own existence clause with the noun bare (a
    # mass or collective noun, Duden grammar: Stoff- und Sammelnamen take no article) says the headline's
    # noun phrase as "Es gibt Nachwuchs …", present as the body says it; no article is guessed.
    bare_exists = bool(body) and not plural and start == head and exists_bare(noun.word, body)
    if gender is None and not plural and not bare_exists:
        return None  # no article can be chosen without guessing
    # A genitive attribute after the head, followed by a prepositional phrase, names the agent of a
    # nominalised verb ("Spende der Radler an die Malteser"): leaving it out states less, nothing
    # false, and avoids the genitive (rubric, item 4). "des"/"der" + adjectives and nouns.
    # Only after a noun of an act ("Spende" of "spenden", "-ung"): after any other noun the genitive
    # is part of its name or sense ("Tag der offenen Tür"), and the noun alone says something else.
    after = head + 1
    if after < len(words) and words[after] in ("der", "des") and tags[after] == "ART" and _verbal_noun(noun.word):
        end = after + 1
        while end < len(tags) and tags[end] in ("ADJ(A)", "NN", "NE", "CARD"):
            end += 1
        if end > after + 1 and end < len(tags) and tags[end] in ("APPR", "APPRART"):
            words, tags = words[:after] + words[end:], tags[:after] + tags[end:]
    rest = words[head + 1 :]
    rest_tags = tags[head + 1 :]
    names = [i for i, t in enumerate(rest_tags) if t == "NE"]
    # Apposition: a role or status noun and a person's name ("Neuzugang Max Muster", "Neue Leiterin
    # Anna Schmidt"). The name has two parts at least, and nothing else follows the head.
    if len(rest) >= 2 and len(names) == len(rest) and not plural and tags[0] != "ART" and gender is not None:
        article = _INDEF_NOM[gender or "der"]  # gender is set: a plural never reaches this branch
        phrase = [
            _declined(w, gender or "der", "nom") if i < head else w for i, w in enumerate(words[: head + 1]) if i >= start
        ]
        return _join([*rest, "ist", article, *phrase])
    # A predicative adjective without its copula: "Wahlbeteiligung um 16 Uhr höher als 2014".
    # The predicate: a predicative adjective, adverb or participle that no preposition governs
    # ("ab sofort" stays a phrase, "unterwegs" is a predicate).
    adjd = next(
        (
            i
            for i, t in enumerate(rest_tags)
            if t in ("ADJ(D)", "VV(PP)", "ADV") and not (i > 0 and rest_tags[i - 1] in ("APPR", "APPRART"))
        ),
        None,
    )
    if participle and adjd is None:
        return None  # the participle belongs to the subject phrase: no predicate found
    # "Landesstraße HBK 7 … gesperrt": letters and a number after the head are its designation (a
    # road's or a line's name as the sign writes it), part of the subject like "Linie 4" below.
    designated = len(rest_tags) > 1 and rest_tags[0] in ("NN", "NE") and rest_tags[1] == "CARD" and rest[0].isupper()
    if adjd is not None and rest_tags and rest_tags[0] in ("NN", "NE") and not designated:
        # "Stadtwerke Muster GmbH informiert": a name after the head noun belongs to the subject, and
        # "informiert" is then its finite verb, not a result ("sind … informiert" reverses it).
        return None
    if adjd is not None and not plural and gender is None:
        return None  # a bare noun of unknown gender (exists_bare) takes no definite article either
    if adjd is not None:
        # After the definite article an adjective takes the weak ending: "-e" singular, "-en" plural.
        weak = "en" if plural else "e"
        subject_words = [
            re.sub(r"(?:e|er|es|en|em)$", "", w).lower() + weak if i < head else w
            for i, w in enumerate(words[: head + 1])
            if i >= start
        ]
        article = "Die" if plural else _DEF_NOM[gender or "das"]
        # German main clause: the copula second, the phrases of the headline after it ("Die
        # Anmeldungen sind ab sofort möglich", "Die Wahl·beteiligung ist um 16 Uhr höher als 2014").
        # A number right after the noun is part of its name ("Linie 4", "Halle 2"): it stays before the copula.
        numbered = list(itertools.takewhile(lambda pair: pair[1] == "CARD", zip(rest, rest_tags, strict=True)))
        if designated:
            numbered = list(zip(rest[:2], rest_tags[:2], strict=True))
        subject_words += [w for w, _ in numbered]
        after_subject = rest[len(numbered) :]
        if participle and after_subject and after_subject[0] in ("der", "des", "dem"):
            # "Bürgerpreis 2026 der Stadt Adorf verliehen": "der Stadt" after the noun may be its
            # genitive (the city's prize) or the dative of the participle (awarded to the city); the
            # copula between them would pick one reading (judged wrong pattern: a genitive read as the
            # receiver). Omission over error.
            return None
        sentence = [article, *subject_words, "sind" if plural else "ist", *after_subject]
        # The copula adds no fact and nothing can be cut from a comparison: up to ten words (the
        # ordinal's dot of "20. April" is a token of the tagger, no word).
        return _join(sentence) if len([w for w in sentence if w != "."]) <= _MOST + 2 else None
    entry = lookup(noun.word)
    if entry is not None and entry.role:
        return None  # "Es gibt eine Leiterin" says nothing; a person is never an event that "gab"
    if _institution(noun.word, words[start:head]) and not (countable is not None and countable(noun.word)):
        # "Es gibt ein Bürger·amt": the sender or an office is no news (judge24h r06, r09); one the
        # release introduces with "ein" ("steht ab Mai eine Leihbücherei") is a new thing.
        return None
    if bare_exists:
        past = False
    elif body and not plural and not _exists(noun.word, countable, body, words[head + 1 :]):
        return None  # "Es gibt einen Arbeits·markt": a field or a topic is no thing that is new
    # Adjectives before the head are declined for the accusative and written in lower case.
    np_words = [_declined(w, gender or "pl", "acc") if i < head else w for i, w in enumerate(words) if i >= start]
    articles = [_INDEF_ACC[gender]] if gender is not None and not plural and not bare_exists else []
    frame = ["Es", "hat", *articles] if past else ["Es", "gibt", *articles]
    tail = ["gegeben"] if past else []
    shortened = _shorten(frame, np_words, tail, tags[start:])
    return _join(shortened) if shortened else None


# Abstract nouns of an act or a quality (Duden word formation: -ung, -heit, -keit, -schaft).
_ABSTRACT_ACT: Final = ("ung", "heit", "keit", "schaft")
# Verbs that bring their object into being or into the sender's hands: the object is a new referent.
_CREATION: Final = frozenset(
    {"gründen", "eröffnen", "bauen", "errichten", "einrichten", "schaffen", "bekommen", "erhalten", "starten"}
)


# Organisation heads (sender.py) whose compounds also name an event or an offer: "Gottes·dienst",
# "Not·dienst", "Feuer·werk", "Bau·stelle", "Gesprächs·kreis", "Sommer·theater", "Probe·betrieb".
_EVENT_TOO: Final = frozenset({"dienst", "werk", "stelle", "kreis", "forum", "theater", "betrieb", "betriebe"})


def _institution(noun: str, before: list[str]) -> bool:
    """The noun names an institution or an organisation ("Bürger·amt", "Wasser·verband", "Stadt·museum").

    "Es gibt X" asserts that one more X is there: it fits an event, an incident, an offer or a
    measure (a noun of an act or an occasion), never the sender or a standing office, which the
    headline names only as the place of the news ("Bürgeramt: Termine ab Mai online buchbar"). A new
    one ("Neues Bürgeramt im Rathaus") is an occasion: its opening is the news.
    """

    last = segment(noun).split("·")[-1].lower()
    return last in ORG_HEADS and last not in _EVENT_TOO and not any(w.lower().startswith("neu") for w in before)


# A time named relative to the day of writing ("ab kommendem Montag", "am gestrigen Abend", "nächste
# Woche"): a reader of the summary does not know that day, so a title never states it (judge24h r02,
# r09: counted as wrong). "morgen" only in lower case: "am Morgen" is a time of day.
_RELATIVE_TIME: Final = re.compile(
    r"\b(?:heute|heutige\w*|gestern|gestrige\w*|übermorgen|vorgestern|morgige\w*|kommende\w*|nächste\w*|"
    r"vergangene\w*|letzte\w*|kürzlich|neulich|demnächst|(?:diese[rnms]?|jene[rnms]?)\s+(?:Woche|Monat|Jahr|Tag|Wochenende)\w*)\b",
    re.IGNORECASE,
)
_TOMORROW: Final = re.compile(r"\bmorgen\b")
# "die betroffene Ware", "das genannte Produkt", "diese Regel": a determiner or adjective that points
# back to a thing named before (text deixis); a title stands first, so it points at nothing (judge24h r10).
_POINTING_BACK: Final = re.compile(
    r"\b(?:betroffene[nmrs]?|genannte[nmrs]?|besagte[nmrs]?|erwähnte[nmrs]?|selbige[nmrs]?|diese[nmrs]?|jene[nmrs]?)\b",
    re.IGNORECASE,
)


def relative_time(text: str) -> bool:
    """The text names a time relative to the day of writing or points back at a thing named before."""
    return bool(_RELATIVE_TIME.search(text) or _TOMORROW.search(text) or _POINTING_BACK.search(text))


_COMING_DAY: Final = re.compile(rf"\bkommende[nm]\s+(?P<day>{'|'.join(WEEKDAYS_DE)})\b")


def resolve_coming_weekday(text: str, issued: date | None) -> str:
    """ "ab kommendem Montag" -> "ab 17. August" against the release date.

    "kommender Montag" is the first Monday after the day of writing (Duden: kommend = nächstfolgend);
    "nächster Montag" is left as it is: German usage splits on whether it means this week's or next
    week's, and a guessed date would be a wrong fact. Without the release date nothing is resolved.
    """
    # "am kommenden Samstag, 18. April 2026": the release gives the date, which says the day.
    text = without_relative_before_date(text)
    if issued is None:
        return text

    def dated(match: re.Match[str]) -> str:
        """The date of the next weekday after the release's date, as "17. August"."""
        day = coming_day(issued, WEEKDAYS_DE.index(match["day"]))
        # The date alone: "ab 17. August" (a weekday before it needs a comma, which splits a headline part).
        return f"{day.day}. {MONTHS_DE[day.month - 1]}"

    return _COMING_DAY.sub(dated, text)


def institution_phrase(part: str) -> bool:
    """The headline part is a noun phrase whose head names an institution ("Wasserverband Nordtal").

    "Es geht um den Wasser·verband" names the sender, not its news (judge24h r09: a boil-water notice
    titled with the supplier's name).
    """
    tagged = morph.tag(part)
    # The head is the phrase's first noun before any preposition ("eine Premiere im Großen Haus": the
    # premiere, not the house its phrase of place names), whichever tag the tagger gives a rare noun.
    head = next((i for i, t in enumerate(tagged) if t.pos in ("NN", "NE", "APPR", "APPRART")), None)
    if head is None or tagged[head].pos not in ("NN", "NE") or any(t.pos.endswith("(FIN)") for t in tagged):
        return False
    return _institution(tagged[head].word, [t.word for t in tagged[:head]])


def _verbal_noun(noun: str) -> bool:
    """A noun of an act: "-ung" ("Verleihung") or a verb stem in "-e" ("Spende": "spenden").

    Duden grammar, Nominalisierung: such nouns take the doer of the act as their genitive attribute.
    A bare stem without "-e" ("Tag", "Preis") is too often a noun of its own that a verb shares.
    """
    if noun.endswith("ung"):
        return True
    if not noun.endswith("e"):
        return False
    infinitive = noun.lower() + "n"
    tagged = morph.tag(f"Sie wollen {infinitive}.")
    return len(tagged) > 2 and tagged[2].pos.startswith("VV") and tagged[2].lemma == infinitive


# A phrase that names the period a state holds for: "ab Montag", "bis Freitag", "seit Mai".
_SPAN: Final = frozenset({"ab", "bis", "seit"})
# A point in time makes the passive a process at that moment ("wird am 6. Juni eröffnet"): the
# state reading ("ist am 6. Juni eröffnet") would not say the same, so no state is made.
_POINT: Final = frozenset({"am", "um", "heute", "morgen", "gestern", "jetzt"})


def _passive_state(tagged: tuple[morph.Token, ...]) -> str | None:
    """The headline without its passive auxiliary ("Straße ab Montag gesperrt"), when it is a werden-passive
    with one finite verb, the participle last and a period phrase ("ab", "bis", "seit") but no point in time."""
    if len(tagged) < 3 or tagged[-1].pos != "VV(PP)":
        return None
    finite = [i for i, t in enumerate(tagged) if t.pos.endswith("(FIN)")]
    if len(finite) != 1 or finite[0] == 0 or tagged[finite[0]].word not in ("wird", "werden"):
        return None
    rest = {t.word.lower() for t in tagged[finite[0] + 1 :]}
    if not rest & _SPAN or rest & _POINT or _KEEP.search(" ".join(t.word for t in tagged)):
        return None
    if ends_without_start(" ".join(t.word for t in tagged[finite[0] + 1 :]), tagged[-1].word):
        return None  # "bis Ende März geschlossen": done by then, not closed until then (title_candidates)
    return " ".join(t.word for i, t in enumerate(tagged) if i != finite[0]).replace(" .", ".")


# A period after a report's topic noun: "im März", "2025", "im Jahr 2024" (periodic reports name their
# topic and period: "Arbeitsmarkt im März", "Jahresbericht 2018").
_PERIOD: Final = re.compile(rf"^(?:(?:im|für)\s+(?:Jahr\s+)?)?(?:{'|'.join(MONTHS_DE)}|\d{{4}})(?:\s+\d{{4}})?$")


def _counted_phrase(
    tagged: tuple[morph.Token, ...], head: int, *, past: bool, countable: Callable[[str], bool] | None, body: str
) -> str | None:
    """ "Es hat 47 Einsätze in neun Stunden gegeben": a number, a plural noun and its phrases, or None.

    Only a number above one first ("1 Einsatz" is no plural), a plural head, no verb or predicate
    after it, no bare singular after a preposition, and the body must write the same number (the
    count is the release's own, not the headline's rounding).
    """
    if not body or tagged[0].pos != "CARD" or not re.fullmatch(r"\d+", tagged[0].word) or int(tagged[0].word) < 2:
        return None
    noun = tagged[head]
    if noun.pos != "NN" or not plural_noun(noun.word, noun.lemma):
        return None
    if (noun.lemma or noun.word).lower() in TIME_UNITS:
        return None  # "125 Jahre Feuerwehr X": an age, not 125 things (judged: "Es hat 125 Jahre … gegeben")
    if any(t.pos.startswith(("V", "ADJ(D)", "ADV")) or t.pos.endswith("(FIN)") for t in tagged[head + 1 :]):
        return None
    if _bare_coordination(tagged, bare_in_body(tagged, body)):
        return None
    if not re.search(rf"(?<![\d.,]){re.escape(tagged[0].word)}(?![\d.,]\d)", body):
        return None
    words = [t.word for t in tagged]
    frame = ["Es", "hat"] if past else ["Es", "gibt"]
    tail = ["gegeben"] if past else []
    shortened = _shorten(frame, words, tail, [t.pos for t in tagged])
    return _join(shortened) if shortened else None


# Nouns of time measure: with a count they make a duration or an age (an accusative of time, Duden
# grammar: "acht Jahre lang"), never things that exist, so "Es gibt acht Jahre." is no sentence.
TIME_UNITS: Final = frozenset(
    {"sekunde", "minute", "stunde", "tag", "woche", "monat", "quartal", "jahr", "jahrzehnt", "jahrhundert"}
)


def _exists(noun: str, countable: Callable[[str], bool] | None, body: str, rest: list[str]) -> bool:
    """The existence frame ("Es gibt eine X") fits the singular noun: an act, an event or a new thing.

    "Es gibt" asserts that one more X is there. It fits a nomen actionis (Duden word formation: "-ung"
    names the act of its verb, "Sperrung", "Verleihung"), an incident ("Brand") and a noun the release
    itself counts ("eine X", its last word part included: "eine Ausstellung" for "Sonder·ausstellung").
    It does not fit a field or a mass the body writes without an article ("… und Archäologie"), nor a
    periodic report's topic with its period ("Arbeits·markt im März"): the frame would make the topic
    itself the news.
    """
    last = segment(noun).split("·")[-1]
    head = last[:1].upper() + last[1:]
    if noun.lower().endswith("ung") or event_noun(noun):
        return True  # an act, or an incident of a police or fire report (references.event_noun)
    if countable is not None and (countable(noun) or countable(head)):
        return True
    return not mass_in_body(noun, body) and not _PERIOD.match(" ".join(rest))


def exists_bare(noun: str, body: str) -> bool:
    """The body says the noun exists without an article: "gibt es (…) Nachwuchs", "es gibt Nachwuchs".

    At most six words between "gibt es" and the noun, none of them an article or a determiner, so
    the noun stands bare in the body's own existence clause.
    """
    plain = re.escape(noun.replace("·", ""))
    pattern = rf"\b(?:gibt es|[Ee]s gibt)\s+((?:[\wäöüß-]+\s+){{0,6}}?){plain}\b"
    for match in re.finditer(pattern, body.replace("·", "")):
        between = match.group(1).split()
        # "gibt es beim Infotag": the noun after a preposition is no subject of "es gibt".
        if not any(w.lower() in _DETERMINER_WORDS for w in between) and not (
            between and between[-1].lower() in _BEFORE_CASE
        ):
            return True
    return False


# Articles and determiners that would make a noun after them no bare noun ("gibt es eine neue …").
_DETERMINER_WORDS: Final = frozenset(
    {"ein", "eine", "einen", "einem", "einer", "der", "die", "das", "den", "dem", "des", "kein", "keine", "keinen"}
)


# Prepositions and their contractions with an article: a noun right after one is in their case.
_BEFORE_CASE: Final = frozenset(
    {"beim", "im", "am", "zum", "zur", "vom", "ins", "bei", "in", "an", "auf", "aus", "mit", "nach", "von", "zu"}
    | {"für", "über", "unter", "vor", "seit", "durch", "gegen", "ohne", "um", "wegen", "trotz", "während"}
)


def _man_perfect(tagged: tuple[morph.Token, ...], body: str, source: str = "") -> str | None:
    """The participle headline in the impersonal Perfekt, if its subject is a bare noun phrase."""
    tagged = joined_ages(tagged)
    start = 0
    while start < len(tagged) and tagged[start].pos in ("CARD", "ADJ(A)"):
        start += 1
    if start >= len(tagged) or tagged[start].pos not in ("NN", "NNA"):
        return None
    if any(t.pos.endswith("(FIN)") for t in tagged) or _bare_coordination(tagged, bare_in_body(tagged, body, source)):
        return None  # a finite verb is a sentence already; a bare noun after a preposition has no article
    noun = tagged[start]
    # A number above one before the noun makes it plural, also where the plural equals the singular
    # ("neun Kaninchen"); a noun of that shape without a number is refused by plural_noun.
    counted = [t for t in tagged[:start] if t.pos == "CARD"]
    plural = bool(counted) or (noun.pos == "NN" and plural_noun(noun.word, noun.lemma))
    if counted and counted[0].word.lower() in ("1", "ein", "eins", "eine", "einer"):
        return None
    gender = None if plural or noun.pos == "NNA" else noun_gender(noun.word) or body_gender(noun.word, body)
    named = named_agent(tagged, body, lambda word: noun_gender(word) or body_gender(word, body))
    if named is not None:
        # "Briefträger von Hund gebissen": the doer the headline names, as the body tells it, is the
        # subject of the active (headline_agent.py); "man" would hide it.
        sentence = man_perfect(named[0], start, gender, plural, body, named[1], agent_told=True)
        return sentence if sentence is None or len(sentence.split()) <= _HEADLINE_CLAUSE_WORDS else None
    sentence = man_perfect(tagged, start, gender, plural, body)
    if sentence is None and tagged[-1].pos == "VV(PP)":
        # "Geldabholer festgenommen" over "wurde er von der Kriminalpolizei festgenommen": the body's
        # agent is the subject (headline_grammar.passive_agent), never "man" hiding who acted.
        agent = passive_agent(tagged[-1].word, body)
        sentence = man_perfect(tagged, start, gender, plural, body, agent) if agent else None
    return sentence if sentence is None or len(sentence.split()) <= _HEADLINE_CLAUSE_WORDS else None


def _wanted(tagged: tuple[morph.Token, ...]) -> str | None:
    """ "Ideen für die Altstadt gesucht" -> "Man sucht Ideen für die Altstadt": a headline of the wanted kind.

    "X gesucht" is the convention of a wanted notice (Suchanzeige: "Zeugen gesucht", "Helfer
    gesucht"): somebody looks for X now, not a state of X ("Die Ideen sind gesucht" misreads it).
    Only a bare plural (adjectives allowed) with phrases of a preposition after it: a bare plural
    takes no article in the accusative either (Duden grammar: Nullartikel im Plural), where a
    singular would need an article and, for some nouns, another ending ("einen Namen").
    """
    if len(tagged) < 2 or tagged[-1].word != "gesucht" or tagged[-1].pos != "VV(PP)":
        return None
    rest = tagged[:-1]
    start = 0
    while start < len(rest) and rest[start].pos == "ADJ(A)":
        start += 1
    if start >= len(rest) or rest[start].pos not in ("NN", "NNA"):
        return None
    head = rest[start]
    plural = plural_noun(head.word, head.lemma) if head.pos == "NN" else head.word.endswith(("e", "en"))
    if not plural and start and rest[start - 1].word.endswith("e") and noun_gender(head.word) in ("der", "das"):
        # "ehrenamtliche Helfer": a strong "-e" before a masculine or neuter noun is the plural's ending.
        plural = True
    if not plural:
        return None
    after = rest[start + 1 :]
    if after and (after[0].word != "für" or any(t.pos not in _WANTED_ATTRIBUTE for t in after)):
        return None  # "Geldbörsen von Polizei gesucht": a doer or an owner; only the purpose "für …" stays
    if after and len(after) > 1 and after[1].pos not in ("ART", "PPOSAT", "NE"):
        return None  # "für Sanierung": headline grammar without its article, which no rule can restore
    words = [t.word.lower() if i < start else t.word for i, t in enumerate(rest)]
    return _join(["Man", "sucht", *words])


# What may follow the noun of a wanted notice: phrases of a preposition ("für die Altstadt").
_WANTED_ATTRIBUTE: Final = ("APPR", "APPRART", "ART", "ADJ(A)", "NN", "NE", "CARD")


def joined_ages(tagged: tuple[morph.Token, ...]) -> tuple[morph.Token, ...]:
    """ "23-jähriger" as one adjective: the tagger splits it into a number and "-jähriger".

    An age or size adjective written with digits ("23-jährig", "3-köpfig") is one word (Duden, D 29:
    Bindestrich zwischen Ziffer und Adjektiv); its number counts no things, so the noun after it is
    no plural, and the adjective's ending shows the noun's gender like any other strong adjective.
    """
    out: list[morph.Token] = []
    for token in tagged:
        if out and out[-1].pos == "CARD" and out[-1].word.isdigit() and token.word.startswith("-") and len(token.word) > 1:
            word = out[-1].word + token.word
            out[-1] = morph.Token(word=word, lemma=word, pos="ADJ(A)")
            continue
        out.append(token)
    return tuple(out)


def _join(words: list[str]) -> str:
    """Words back into text: no space inside quotes, before punctuation or in an ordinal ("1000.")."""
    text = " ".join(words)
    text = re.sub(r"„\s+", "„", text)
    text = re.sub(r"\s+([“.,!?])", r"\1", text)
    return re.sub(r"(\d) (?=-\w)", r"\1", text)  # "14-jährige" is one word, tokenised in two


_DEF_ACC: Final = {"der": "den", "die": "die", "das": "das", "pl": "die"}


def topic_sentence(part: str, body: str = "") -> str | None:
    """ "Es geht um den Neu·zugang Max Muster": a headline noun phrase as the topic of the release.

    The frame asserts nothing but the topic the sender named, so it also fits a statement or a name
    ("Strafsache „X“"). The noun takes the definite article in the accusative after "um", an
    adjective before it the weak ending (Duden grammar: "-en" in the masculine and the plural, "-e"
    otherwise); the phrase is cut at a preposition like ``from_headline``.
    """
    part = re.sub(r"\s+", " ", re.sub(r"\([^)]*\)", "", part)).strip().rstrip("!.?")
    tagged = morph.tag(part)
    if not tagged or tagged[0].pos not in ("ADJ(A)", "NN"):
        return None
    if any(t.pos.endswith("(FIN)") or t.pos.startswith(("VV", "VA", "VM")) for t in tagged):
        return None
    words = [t.word for t in tagged]
    tags = [t.pos for t in tagged]
    if _bare_coordination(tagged):
        return None
    head = next((i for i, t in enumerate(tags) if t == "NN"), None)
    if head is None or any(t != "ADJ(A)" for t in tags[:head]):
        return None
    noun = tagged[head]
    gender = "pl" if plural_noun(noun.word, noun.lemma) else noun_gender(noun.word)
    if gender is None and body and feminine_in_body(noun.word, body):
        gender = "die"  # the release's own "die" before the singular noun (title_topic.feminine_in_body)
    if gender is None or (head + 1 < len(words) and words[head + 1] in ("der", "des")):
        return None  # unknown article, or a genitive the title would keep
    if any(t in ("ADJ(D)", "ADV") for t in tags[head + 1 :]):
        return None  # "… unterwegs", "… höher als 2014": a statement, not a topic
    weak = "en" if gender in ("der", "pl") else "e"
    np_words = [re.sub(r"(?:e|er|es|en|em)$", "", w).lower() + weak if i < head else w for i, w in enumerate(words)]
    shortened = _shorten(["Es", "geht", "um", _DEF_ACC[gender]], np_words, [], tags)
    return _join(shortened) if shortened else None


# "Pressemitteilung zu den Landtagswahlen SH 2022": a kicker that names the release's topic.
_KICKER_TOPIC: Final = re.compile(
    r"\b(?:Presse)?(?:mitteilung|meldung|information)\s+(?P<topic>(?:zu[rm]?|zu den)\s+[^,]+)", re.I
)


def kicker_topic(kicker: str | None) -> str | None:
    """The topic a kicker names after "Pressemitteilung zu …", in the dative it stands in.

    Acronyms are left out of it (an abbreviation breaks the Leichte-Sprache rules and a reader cannot
    resolve it; leaving out a modifier of a named topic states nothing false).
    """
    if not kicker:
        return None
    match = _KICKER_TOPIC.search(kicker)
    if match is None:
        return None
    topic = " ".join(w for w in match["topic"].split() if not (w.isupper() and len(w) >= 2))
    return topic if 2 <= len(topic.split()) <= 5 else None


# First and second person: "wir", "unser", "Sie" name the writer or the reader, whom a title read
# on its own cannot name (rubric, item 3: a pronoun pointing at nothing).
_PERSONAL: Final = re.compile(r"\b(?:ich|wir|uns|unser\w*|mein\w*|du|ihr|euch|euer\w*|Sie|Ihr\w*)\b")
# Tags that open a clause with its subject: an article, a name, a noun, a number, a possessive.
_SUBJECT_START: Final = ("ART", "NE", "NN", "CARD", "PPOSAT", "ADJ(A)")


_RELATIVE: Final = frozenset(("der", "die", "das", "dem", "den", "denen", "dessen", "deren", "welcher", "welche", "welches"))


def _relative_clause(rest: tuple[morph.Token, ...]) -> bool:
    """The words after a comma open a relative clause: a relative pronoun (after its preposition, if
    any) and a finite verb at the clause's end (German subordinate clauses put it last, Duden grammar).

    HanTa tags "in dem" as preposition and article, so the verb-final position decides, not the tag.
    """
    start = 1 if rest and rest[0].pos in ("APPR", "APPRART") else 0
    if len(rest) <= start or rest[start].word not in _RELATIVE:
        return False
    end = next((i for i in range(start, len(rest)) if rest[i].word in (",", ";", ":")), len(rest))
    body = [t for t in rest[start:end] if not t.pos.startswith("$")]
    # HanTa tags a plural finite verb like its infinitive ("…, mit dem Menschen Wasser testen können"):
    # after a relative pronoun, a verb of either form at the end closes the verb-final clause.
    return len(body) >= 3 and body[-1].pos.startswith("V") and body[-1].pos.endswith(("(FIN)", "(INF)"))


def lead_clause(sentence: str) -> str | None:
    """The main clause of a lead sentence, cut before a relative clause, or None if it has none.

    Inverted pyramid (news-writing convention): the lead's main clause says what happened. A relative
    clause only describes a noun of it ("eine Tasche, in der …"), so leaving it out states less and
    nothing false; any other subordinate clause may be the verb's object ("sagt, dass …") and the
    sentence is refused (omission over error). The clause must open with its subject and name no
    writer or reader ("wir", "Sie").
    """
    text = re.sub(r"\s+", " ", re.sub(r"\([^)]*\)", "", sentence)).strip()
    if not text or _PERSONAL.search(text) or "?" in text or "!" in text:
        return None
    tagged = morph.tag(text)
    if not tagged or tagged[0].pos not in _SUBJECT_START:
        return None
    finite = next((i for i, t in enumerate(tagged) if t.pos.endswith("(FIN)")), None)
    if finite is None or finite == 0:
        return None
    cut = len(tagged)
    for i in range(finite + 1, len(tagged)):
        token = tagged[i]
        # "…, der …", "… auf dem …": a relative pronoun, alone or after its preposition.
        if token.pos == "PRELS" or (token.pos == "APPR" and i + 1 < len(tagged) and tagged[i + 1].pos == "PRELS"):
            cut = i - 1 if i > 0 and tagged[i - 1].word == "," else i
            break
        if token.word == "," and i + 1 < len(tagged) and _relative_clause(tagged[i + 1 :]):
            cut = i
            break
        if token.word in (",", ";", ":", "–", "-"):
            return None  # another clause or a list: its end cannot be told without a parse
    if not any(t.pos in ("NN", "NE") for t in tagged[finite + 1 : cut]):
        return None  # "X bleibt dran": a title says what happened, which needs its noun (rubric, item 6)
    closing = next((i for i in range(cut + 1, len(tagged)) if tagged[i].word in (",", ";", "–")), None)
    if closing is not None and any(not t.pos.startswith("$") for t in tagged[closing + 1 :]):
        # The relative clause is inserted, and the main clause goes on after it ("X wog bei der
        # Kontrolle, die …, 6 Kilogramm"): cutting at it would drop the verb's object (rubric, item 3).
        return None
    # A dot after a number before another word is an ordinal ("1. April"), not the sentence's end.
    words = [
        t.word
        for i, t in enumerate(tagged[:cut])
        # HanTa may tag the day of "15. Mai" as an adjective: a number is a number whatever its tag.
        if t.word != "." or (0 < i < cut - 1 and (tagged[i - 1].pos == "CARD" or tagged[i - 1].word.isdigit()))
    ]
    clause = _join(words).rstrip(",;: ")
    if sum(1 for t in tagged[:cut] if t.pos.endswith("(FIN)")) != 1:
        return None  # a second finite verb: a clause this cut did not remove
    return clause + "."


# A headline wholly in quotation marks is somebody's words, not a fact; in an opinion text a headline
# ending in "!" or "?" is a cry or a rhetorical question (headline convention for irony and satire).
# An announcement's "Anmeldungen ab sofort möglich!" or an appeal's "Wer kennt diesen Mann?" is meant
# literally, so outside opinion texts only the quotation marks count.
_QUOTED: Final = re.compile(r"^\s*[„\"»‚'].*[“\"«‘']\s*$")


def ironic(headline: str, *, opinion: bool) -> bool:
    """A headline that must not be taken literally: quoted whole, or in an opinion text a cry or a question."""
    text = headline.strip()
    if not text:
        return False
    return bool(_QUOTED.match(text)) or (opinion and text.endswith(("!", "?")))


# Verbs by which a sender tells a third party about an incident (press-report convention: "Wir
# verständigten die Stadtwerke", "Die Polizei informierte das Jugendamt"). Handing the case on is a step
# of the operation, not the incident or the announcement itself: as a title it names a side action of
# a third party (easy-judging.md, item 6; issue 16 judgement). "informiert über …" and "warnt vor …"
# address the reader about the topic and are no side action.
_DATIVE_TO_ACC: Final = {"der": "den", "die": "die", "das": "das"}


def _about(phrase: str) -> str | None:
    """ "zu den Wahlen 2022" -> "über die Wahlen 2022": "über" (accusative) names the topic of a text.

    "zu den" is the dative plural ("die" in the accusative); "zur" a feminine singular ("die"); "zum"
    a masculine or neuter noun, whose article the noun's gender decides (Duden grammar).
    """
    words = phrase.split()
    if len(words) >= 3 and words[:2] == ["zu", "den"]:
        return " ".join(["über", "die", *words[2:]])
    if len(words) >= 2 and words[0] == "zur":
        return " ".join(["über", "die", *words[1:]])
    if len(words) >= 2 and words[0] == "zum":
        noun = next((w for w in words[1:] if w[:1].isupper()), "")
        gender = noun_gender(noun)
        if gender in ("der", "das"):
            return " ".join(["über", _DATIVE_TO_ACC[gender], *words[1:]])
    return None


def opinion_sentence(subject: str, plural: bool, phrase: str) -> str | None:
    """ "Die Partei X schreibt über die Wahlen 2022": whose text it is and what it is about.

    A statement's title says whose view it is and about what (easy-judging.md, "Statement or
    opinion"). "X hat eine Meinung zu …" is a generic frame that fits any text (issue 16 judgement);
    "schreibt über" says what the sender did (a press release is a written text) and names the topic,
    and claims no view the release may not hold ("kritisiert" would, where the sender denies
    complaining). ``phrase`` is the topic in the dative after "zu" (``kicker_topic``, headline nouns).
    """
    about = _about(phrase)
    if about is None:
        return None
    nouns = {w.replace("·", "") for w in re.findall(r"[A-ZÄÖÜ][\w·\-]+", about)}
    if nouns and nouns <= {w.replace("·", "") for w in subject.split()}:
        # "Die Beratungsstelle schreibt über die Beratungsstelle": a headline's first noun that
        # is the sender itself names no topic (a headline frame "Beratungsstelle warnt: …").
        return None
    return f"{subject} {'schreiben' if plural else 'schreibt'} {about}"


def noun_attribute(piece: str, noun: str) -> str:
    """The attribute a headline gives its noun, as a "von" phrase: "Die Kosten der Kleinbetriebe",
    "Kosten" -> "von Kleinbetrieben"; "" when the noun has none.

    A definite noun without it points at nothing ("zu den Hürden": which ones?, rubric item 3). The
    genitive becomes "von" + dative (Leichte Sprache avoids the genitive): a plural genitive after
    "der" becomes a bare plural ("von Kleinbetrieben", the generic reading the headline has), its
    adjectives take the strong dative "-en" and its noun the dative "-n" unless it ends in -n or -s;
    a feminine singular keeps "von der" (the dative has the same article).
    """
    tagged = morph.tag(piece)
    index = next((i for i, t in enumerate(tagged) if t.word == noun), None)
    if index is None or index + 1 >= len(tagged):
        return ""
    if tagged[index + 1].word != "der" or tagged[index + 1].pos != "ART":
        return ""
    end = index + 2
    adjectives: list[str] = []
    while end < len(tagged) and tagged[end].pos == "ADJ(A)":
        adjectives.append(tagged[end].word)
        end += 1
    if end >= len(tagged) or tagged[end].pos != "NN" or end + 1 != len(tagged):
        return ""  # no noun, or more after it: the phrase cannot be told apart without a parse
    head = tagged[end]
    # A feminine noun has no case ending in the singular (Duden grammar): another form than the
    # lexicon's base form after "der" is its plural ("der Kleinbetriebe").
    feminine = noun_gender(head.word) == "die"
    if plural_noun(head.word, head.lemma) or (feminine and inflected(head.word)):
        declined = [re.sub(r"(?:e|er|es|en|em)$", "", a) + "en" for a in adjectives]
        word = head.word if head.word.endswith(("n", "s")) else head.word + "n"
        return " ".join(["von", *declined, word])
    if feminine and inflected(head.word) is False and not adjectives:
        return f"von der {head.word}"
    return ""


# The appeal headline of police convention: "Wer kennt diesen Mann?", "Wer hat den roten Wagen gesehen?"
# (a question to the reader about a person or a thing in a photo). The demonstrative points at a
# picture the summary does not have, so the title names the thing with the indefinite article.
_WHO_KNOWS: Final = re.compile(
    r"^Wer\s+(?:kennt|erkennt|hat|vermisst)\s+(?P<det>diese[ns]?|den|die|das)\s+"
    r"(?P<np>(?:[a-zäöü][\wäöüß]+\s+)*[A-ZÄÖÜ][\wäöüß\-]+)(?:\s+gesehen)?\s*\??$"
)
_INDEF_DAT: Final = {"der": "einem", "die": "einer", "das": "einem"}
# "Verdacht der Hehlerei", "Verdacht auf Betrug": a police headline naming the offence suspected. Only
# an offence the lexicon explains, in its base form (a feminine after "der", or after "auf").
_SUSPICION: Final = re.compile(r"^(?:Tat)?[Vv]erdacht\s+(?:der|auf)\s+(?P<offence>[A-ZÄÖÜ][\wäöüß]+)$")
_ACC_DETERMINER: Final = {"diesen": "der", "den": "der", "dieses": "das", "das": "das"}


def appeal_title(subject: str, question: str) -> list[str]:
    """ "Die Polizei sucht Hinweise zu einer Schale" from the appeal headline "Wer kennt diese Schale?".

    An appeal for witnesses asks the reader for information (easy-judging.md, police report: "what
    the police ask the reader to do"); the headline question names what it is about. "zu" takes the
    dative: "einer" for a feminine, "einem" for a masculine or neuter noun, adjectives after it the
    weak "-en" (Duden grammar). A plural noun or an unknown gender gives nothing (no guessing).

    A headline part "Verdacht der Hehlerei" gives "… sucht Hinweise zu einem Verdacht auf Hehlerei".
    Two candidates, the caller takes the first its checks pass: the noun as written, then the last
    part of a compound alone (a determinative compound names a kind of its last part, Duden grammar,
    so "eine Kristallschale" is "eine Schale": less said, nothing false) for a compound too rare to stand.
    """
    if not subject:
        return []
    suspicion = _SUSPICION.match(question.strip())
    if suspicion is not None:
        entry = lookup(suspicion["offence"])
        if entry is not None and entry.explanation and suspicion["offence"].lower() == entry.forms[0]:
            return [f"{subject} sucht Hinweise zu einem Verdacht auf {suspicion['offence']}"]
        return []
    match = _WHO_KNOWS.match(question.strip())
    if match is None:
        return []
    *adjectives, noun = match["np"].split()
    tagged = morph.tag(noun)
    if tagged and plural_noun(noun, tagged[0].lemma):
        return []
    # The accusative determiner shows a masculine ("diesen", "den") or a neuter ("dieses", "das");
    # "diese"/"die" is feminine or plural, and the noun decides.
    gender = _ACC_DETERMINER.get(match["det"]) or noun_gender(noun) or _e_noun_gender(noun)
    if gender is None:
        return []
    declined = [re.sub(r"(?:e|er|es|en|em)$", "", a) + "en" for a in adjectives]
    nouns = [noun]
    parts = segment(noun).split("·")
    if len(parts) > 1:
        nouns.append(parts[-1][:1].upper() + parts[-1][1:])
    elif (head := _known_head(noun)) is not None:
        nouns.append(head)
    return [" ".join([subject, "sucht Hinweise zu", _INDEF_DAT[gender], *declined, n]) for n in nouns]


# "Wer hat alte Fotos vom Hafen?": a call for things the reader owns (Aufruf). The object is a bare
# plural, with adjectives and phrases after it, or several joined by "und"/"oder".
_WHO_HAS: Final = re.compile(r"^Wer\s+(?:hat|besitzt)\s+(?:noch\s+)?(?P<np>[^,;:?!„“\"]+?)\s*\?$")


def sought_title(subject: str, question: str) -> str | None:
    """ "Das Archiv sucht alte Fotos vom Hafen" from the call "Wer hat alte Fotos vom Hafen?".

    A question "Wer hat X?" in a headline asks the readers to bring X (press convention of a call,
    Aufruf): the sender looks for X. "haben" and "suchen" both take X in the accusative, so X keeps
    its words. Only a bare plural object, its adjectives before it and phrases after it (no article,
    no verb, no word that changes the statement): a singular ("Wer hat den Mann gesehen?") asks for
    a witness, which ``appeal_title`` says.
    """
    match = _WHO_HAS.match(question.strip())
    if not subject or match is None or _KEEP.search(match["np"]):
        return None
    tagged = morph.tag(match["np"])
    start = 0
    while start < len(tagged) and tagged[start].pos == "ADJ(A)":
        start += 1
    if start >= len(tagged) or tagged[start].pos != "NN" or not plural_noun(tagged[start].word, tagged[start].lemma):
        return None
    if any(t.pos.startswith(("V", "PTK", "PRO", "PPER", "PD", "PW")) for t in tagged):
        return None
    return f"{subject} sucht {match['np']}"


_HEAD_COMMON: Final = 3.5  # Zipf frequency of a head noun every reader knows ("Schale", "Jacke")
_HEAD_MIN: Final = 5  # letters of such a head; shorter tails of a word are often no word part ("Ale")
_MODIFIER_MIN: Final = 4  # letters of the part before it


def _known_head(noun: str) -> str | None:
    """The everyday noun a rare compound ends in ("Hostienschale" -> "Schale"), or None.

    A determinative compound names a kind of its last part (Duden grammar), so the head alone says
    less and nothing false. Only for a word too rare to stand (the segmenter did not split it): the
    longest tail of at least five letters that is a common word, after a modifier of four letters.
    """
    if zipf(noun) >= _KNOWN_WORD:
        return None
    for start in range(_MODIFIER_MIN, len(noun) - _HEAD_MIN + 1):
        tail = noun[start].upper() + noun[start + 1 :]
        if zipf(tail) >= _HEAD_COMMON:
            return tail
    return None


# Nouns in "-e" that are not feminine (Duden grammar, "Genus der Substantive"): the weak masculines
# of this shape that name no living being, and neuters. Living beings ("der Zeuge", "der Kollege")
# are in the lexicon with their gender; a thing in "-e" not listed here is feminine.
_E_NOT_FEMININE: Final = {
    "name": "der",
    "gedanke": "der",
    "glaube": "der",
    "wille": "der",
    "friede": "der",
    "funke": "der",
    "buchstabe": "der",
    "same": "der",
    "käse": "der",
    "ende": "das",
    "auge": "das",
    "erbe": "das",
    "interesse": "das",
}


def _e_noun_gender(noun: str) -> str | None:
    """The gender of a singular noun in "-e" by the Duden rule: most are feminine ("die Schale").

    Collectives in "Ge-…-e" are neuter ("das Gebäude", "das Gebirge"); the last word part decides in a
    compound. Only a noun the tagger reads as its own lemma (a singular) counts.
    """
    last = segment(noun).split("·")[-1].lower()
    tagged = morph.tag(noun)
    if not last.endswith("e") or len(last) < 4 or not tagged or tagged[0].lemma.lower() != noun.lower():
        return None
    if last in _E_NOT_FEMININE:
        return _E_NOT_FEMININE[last]
    return "das" if last.startswith("ge") else "die"


# The alarm line of a fire brigade's report ("Gemeldet war der Brand einer Scheune …", Einsatzbericht
# convention): what the call-out was for, as the control room reported it. It is not what was found
# (the report may go on "vor Ort war kein Feuer"), so the title says that it was reported, in the
# active with the indefinite agent the passive leaves out ("Jemand hat … gemeldet", Leichte-Sprache
# rule books: active instead of passive), and the genitive object with "von" + dative.
_ALARM: Final = re.compile(
    r"^Gemeldet\s+(?:war|wurde)\s+(?P<art>der|die|das)\s+(?P<event>[A-ZÄÖÜ][\wäöüß]+)\s+"
    r"(?P<det>eines|einer)\s+(?P<noun>[A-ZÄÖÜ][\wäöüß]+)\b"
)
_ACC_OF_NOM: Final = {"der": "den", "die": "die", "das": "das"}


def alarm_title(sentence: str, is_event: Callable[[str], bool]) -> str | None:
    """ "Jemand hat den Brand von einer Scheune gemeldet" from "Gemeldet war der Brand einer Scheune …".

    ``is_event`` says whether the head noun names an incident (references.event_noun): "Gemeldet war
    der Besitzer eines Autos" is no alarm. "einer" is the feminine genitive and dative alike; after
    "eines" the noun's lemma is its dative ("eines Wohnhauses" -> "einem Wohnhaus", Duden grammar).
    """
    match = _ALARM.match(sentence.strip())
    if match is None or not is_event(match["event"]):
        return None
    noun = match["noun"]
    if match["det"] == "eines":
        tagged = morph.tag(noun)
        lemma = tagged[0].lemma if tagged else ""
        if not lemma or not noun.startswith(lemma) or noun[len(lemma) :] not in ("s", "es"):
            return None
        noun = lemma
    article = "einer" if match["det"] == "einer" else "einem"
    return f"Jemand hat {_ACC_OF_NOM[match['art']]} {match['event']} von {article} {noun} gemeldet"


# "durchführen" is officialese for "machen" (Leichte-Sprache rule books: "Benutzen Sie einfache Wörter";
# the Duden marks it as Amtsdeutsch). Each form maps to the same person and tense of "machen"; a
# modal of past ability ("konnte … durchführen": it was possible, and it happened) becomes the
# Perfekt of what happened, as the Leichte-Sprache Perfekt rule writes the past; also where the
# rewrite has made "machen" of it already ("konnte … machen", lightverbs.plain_verbs).
_OFFICIAL_VERBS: Final = (
    (re.compile(r"^(?P<s>.+?) konnte (?P<o>.+) (?:durchführen|machen)$"), r"\g<s> hat \g<o> gemacht"),
    (re.compile(r"^(?P<s>.+?) konnten (?P<o>.+) (?:durchführen|machen)$"), r"\g<s> haben \g<o> gemacht"),
    (re.compile(r"^(?P<s>.+?) (?P<h>hat|haben) (?P<o>.+) durchgeführt$"), r"\g<s> \g<h> \g<o> gemacht"),
    (re.compile(r"^(?P<s>.+?) führt (?P<o>.+) durch$"), r"\g<s> macht \g<o>"),
    (re.compile(r"^(?P<s>.+?) führen (?P<o>.+) durch$"), r"\g<s> machen \g<o>"),
)


def plain_title(title: str) -> str:
    """The title with an officialese verb in its plain form ("konnte X durchführen" -> "hat X gemacht").

    Only a main clause whose verb frame spans the whole title (subject, verb, object, particle or
    infinitive at the end) is rewritten; a title with a comma or a second clause stays as it is.
    """
    from pressconv.transforms.easy.plainwords import without_door_idiom

    title = without_door_idiom(title)
    if "," in title:
        return title
    for pattern, plain in _OFFICIAL_VERBS:
        if pattern.match(title):
            return pattern.sub(plain, title)
    return title


# Verbs of informing whose object is the person told, not the news (Duden valency: "jemanden
# unterrichten/informieren/benachrichtigen [über etwas]"): without the "über"/"von" phrase or a
# "dass" clause the sentence names only who is told.
_INFORMING: Final = re.compile(
    r"\S.*?\s(?:unterrichte[tn]|informier(?:t|en)|benachrichtig(?:t|en)|in·?formier(?:t|en))"
    r"\s+(?:den|die|das|dem|der|alle|ihre|seine)\s+[\wÄÖÜäöüß·\-]+(?:\s+[\wÄÖÜäöüß·\-]+)?\.?"
)


def addressee_only(sentence: str) -> bool:
    """True for "Der Rechnungs·hof unterrichtet den Senat": a verb of informing with only its addressee.

    Such a sentence says that somebody is told but not what (easy-judging.md, item 6: generic), so a
    title prefers any other sentence that says what is reported.
    """
    return _INFORMING.fullmatch(sentence.strip()) is not None and not re.search(r"\b(?:über|von|dass|zu)\b", sentence)
