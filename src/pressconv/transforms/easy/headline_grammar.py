"""Headline grammar (Schlagzeilenstil) undone with the release's own words: articles and auxiliaries.

Press headlines drop articles ("Fund in Karton") and auxiliaries ("Tiere gefunden" for "Tiere sind
gefunden worden"); Duden grammar calls this compressed register Schlagzeilenstil. A Leichte-Sprache
title is a whole sentence, so both must come back, and neither may be guessed:

- a bare noun after a preposition takes the determiner the body writes before the same noun after
  the same preposition ("in einem Karton" in the body): the case and the article are the release's;
- a headline that ends in a participle reports an act whose doer it leaves out; where the body tells
  the same participle in a past passive ("wurde … gefunden", "ist … gefunden worden"), the verb is
  transitive and the act is past, so the impersonal active "Man hat … gefunden" says exactly that
  (Duden grammar: "man" as Passiversatz; Leichte-Sprache rule books: active and Perfekt).
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.compounds import segment
from pressconv.transforms.easy.frequency import zipf
from pressconv.transforms.easy.lexicon import lookup
from pressconv.transforms.easy.negation import DOUBT, NEGATION
from pressconv.transforms.easy.organisations import ORG_GENDERS

__all__ = [
    "bare_in_body",
    "body_gender",
    "determined_in_body",
    "man_perfect",
    "mass_in_body",
    "object_phrase",
    "passive_agent",
    "restore_articles",
]

# Contractions of preposition and article (Duden grammar, "Verschmelzung von Präposition und Artikel").
_CONTRACTED: Final = {
    "im": "in",
    "ins": "in",
    "am": "an",
    "ans": "an",
    "zum": "zu",
    "zur": "zu",
    "vom": "von",
    "beim": "bei",
    "aufs": "auf",
}
_DETERMINERS: Final = r"(?:ein|eine|einen|einem|einer|der|die|das|dem|den)"
_ADJ_ENDING: Final = re.compile(r"(?:e|er|es|en|em)$")


def _stem(adjective: str) -> str:
    """The adjective without its inflection ending, in lower case."""
    return _ADJ_ENDING.sub("", adjective.lower())


def _body_phrase(preposition: str, adjectives: list[str], noun: str, body: str) -> list[str] | None:
    """The body's own "Präposition + Artikel + Adjektive + Nomen" for a bare headline phrase, or None.

    The adjectives must be the headline's (same stems, the body's endings); the preposition the same,
    alone before an article or contracted with it ("im" for "in dem").
    """
    adjective_pattern = "".join(rf"({re.escape(_stem(a))}\w*)\s+" for a in adjectives)
    # A bare noun may stand in the body with adjectives of its own ("in einem alten Karton"): the
    # determiner's case and gender are the same without them, so only the determiner is taken.
    if not adjectives:
        adjective_pattern = r"(?:[a-zäöüß]+(?:e|er|es|en|em)\s+){0,2}"
    full = re.compile(
        rf"(?<![\wäöüß])(?i:{re.escape(preposition)})\s+({_DETERMINERS})\s+{adjective_pattern}{re.escape(noun)}(?![\wäöüß\-])"
    )
    contracted = [c for c, p in _CONTRACTED.items() if p == preposition.lower()]
    short = (
        re.compile(rf"(?<![\wäöüß])((?i:{'|'.join(contracted)}))\s+{adjective_pattern}{re.escape(noun)}(?![\wäöüß\-])")
        if contracted
        else None
    )
    found = [m for m in (full.search(body), short.search(body) if short else None) if m is not None]
    if not found:
        return None
    match = min(found, key=lambda m: m.start())  # the first mention introduces the thing
    if match.re is full:
        return [preposition, match.group(1), *match.groups()[1:], noun]
    return [match.group(1).lower(), *match.groups()[1:], noun]


# Prepositions with one case only (Duden grammar): accusative "für, durch, gegen, ohne, um"; dative
# "mit, von, zu, bei, aus". Two-way prepositions ("in", "vor", "an") depend on the verb: never guessed.
_ACCUSATIVE_ONLY: Final = frozenset({"für", "durch", "gegen", "ohne", "um"})
_DATIVE_ONLY: Final = frozenset({"mit", "von", "zu", "bei", "aus"})
_INDEFINITE: Final = {
    "acc": {"der": "einen", "die": "eine", "das": "ein"},
    "dat": {"der": "einem", "die": "einer", "das": "einem"},
}
_STRONG_ENDING: Final = {"acc": {"en": "der", "e": "die", "es": "das"}, "dat": {"em": "das", "er": "die"}}


def _introduced(preposition: str, adjectives: list[str], noun: morph.Token, body: str) -> list[str] | None:
    """ "für ein neues Werk" for the headline's "für neues Werk", when the body never writes the phrase.

    Schlagzeilenstil drops the article that introduces a thing; the indefinite one says no more than
    the headline (a thing of that kind). Only where nothing is guessed: a preposition of one case, a
    singular count noun (the body writes it with a determiner every time, ``determined_in_body``) of
    a gender the lexicon knows and the headline's adjective endings confirm. After "ein(e)" the
    accusative adjective keeps the headline's strong ending ("ein neues"); the dative takes "-en".
    """
    word = preposition.lower()
    case = "acc" if word in _ACCUSATIVE_ONLY else "dat" if word in _DATIVE_ONLY else None
    if case is None or noun.pos != "NN" or noun.lemma != noun.word or not determined_in_body(noun.word, body):
        return None
    entry = lookup(noun.word)
    known = entry.gender if entry is not None and entry.gender in ("der", "die", "das") else body_gender(noun.word, body)
    shown: set[str | None] = set()
    for adjective in adjectives:
        ending = re.search(r"(?:em|en|er|es|e)$", adjective)
        shown.add(_STRONG_ENDING[case].get(ending.group(0)) if ending else None)
    if None in shown or len(shown) > 1:
        return None  # an ending that shows no gender, or two: no article can be trusted
    # The dative "-em" is masculine or neuter alike: it confirms either.
    fits = {"das", "der"} if case == "dat" and shown == {"das"} else shown
    gender = known or (next(iter(shown)) if shown and fits == shown else None)
    if gender is None or (shown and gender not in fits):
        return None
    declined = adjectives if case == "acc" else [_stem(a) + "en" for a in adjectives]
    return [preposition, _INDEFINITE[case][gender], *declined, noun.word]


def restore_articles(part: str, body: str) -> str:
    """The headline part with each bare singular noun after a preposition given the body's article.

    "Spatenstich für neues Werk" over a body saying "für ein neues Werk" -> "Spatenstich für ein
    neues Werk". A phrase the body never writes with an article stays bare (the caller then refuses
    the part): no case and no gender are guessed. Names, plurals and words after a number keep no
    article in headline grammar and prose alike, so only a common noun is completed.
    """
    tagged = morph.tag(part)
    words = [t.word for t in tagged]
    out: list[str] = []
    index = 0
    while index < len(tagged):
        token = tagged[index]
        end = index + 1
        while token.pos == "APPR" and end < len(tagged) and tagged[end].pos == "ADJ(A)":
            end += 1
        # HanTa tags an unknown compound as a name ("NE"); the body match decides, not the tag.
        if token.pos == "APPR" and end < len(tagged) and tagged[end].pos in ("NN", "NE"):
            adjectives = words[index + 1 : end]
            phrase = _body_phrase(token.word, adjectives, tagged[end].word, body)
            if phrase is None:
                phrase = _introduced(token.word, adjectives, tagged[end], body)
            if phrase is not None:
                out.extend(phrase)
                index = end + 1
                continue
        out.append(token.word)
        index += 1
    text = " ".join(out)
    return re.sub(r"\s+([.,;:!?])", r"\1", text)


# A cause or an agent in the passive sentence ("von der Feuerwehr", "durch Rauch", "bei einem Unfall"):
# "man" would hide it or claim a human act the source does not (Duden grammar: "man" names people).
_CAUSE: Final = re.compile(r"\b(?:von|vom|durch|bei|beim|seitens)\b", re.I)
# Verbs of harm name a result that an accident or a fire brings about as often as a person; "Man hat
# zwei Menschen verletzt" would claim an attacker (rubric: never a wrong fact), so their headline
# participle keeps the state reading of the copula ("… ist verletzt", titles.from_headline).
_HARM: Final = frozenset(("verletzen", "töten", "beschädigen", "zerstören", "verwunden", "verbrennen"))


def _past_passive(participle: str, body: str) -> bool:
    """Every body sentence with the participle tells it in a past passive without cause or agent.

    "wurde(n) … P", "ist … P worden", "P wurde": a past passive shows a transitive verb and a
    finished act; at least one such sentence, and none that names who or what did it.
    """
    p = re.escape(participle)
    told = [
        s
        for s in re.split(r"(?<=[.!?])\s+", body)
        if re.search(rf"\b(?:wurde|wurden)\b[^.!?]*?\b{p}\b", s) or re.search(rf"\b{p}\s+(?:worden|wurden?)\b", s)
    ]
    # "wurden nicht gerettet": a negated passive in the body contradicts or restricts the headline,
    # which then is not restated (rubric: a lost "nicht" or "kein" is a wrong fact).
    # The negation of the passive stands in its own clause, before the participle ("nicht gerettet",
    # "wurden … nicht … gerettet"): the five words before it; "keine Person" in another clause is not it.
    negated = re.compile(rf"\b(?:nicht|kein\w*|nie|niemand)\b(?:\W+\w+){{0,4}}\W+{p}\b", re.I)
    return bool(told) and not any(_CAUSE.search(s) or negated.search(s) for s in told)


def _active_perfect(participle: str, noun: str, body: str) -> bool:
    """The body tells the participle in an active Perfekt with the headline's noun as its object.

    "Ein Forschungsteam … hat … eine bislang unbekannte Käferart entdeckt" under "Neue Käferart
    entdeckt": "haben" with a participle is a finished act, and a noun between them is its object (the
    subject stands before "hat" in a verb-second clause); so "Man hat eine neue Käferart entdeckt" says
    no more than the body. Only with an indefinite doer ("Ein …", "Unbekannte"): "man" names someone
    unspecified as they do (Duden grammar); a named doer ("Die Stadt hat …") would be hidden by it,
    and the body's own sentence says who did it better. The clause is one (no comma between "hat" and
    the participle: "… vorgestellt, eröffnet wird sie erst 2028" is another act), and no sentence that
    tells it may negate, doubt or only plan it ("keine Spur … gefunden", "womöglich entdeckt").
    """
    p, n = re.escape(participle), re.escape(noun)
    told = [
        s
        for s in re.split(r"(?<=[.!?])\s+", body)
        if re.search(
            rf"(?:^|\s[–-]\s)(?:Ein|Eine|Unbekannte)\s[^.!?]*?\b(?:hat|haben)\b[^.!?,;]*?\b{n}\b[^.!?,;]*?\b{p}\b", s
        )
    ]
    return bool(told) and not any(_DOUBTED.search(s) for s in told)


# Words that negate, doubt or only plan an act (Duden grammar: Negation, Modalwörter der Vermutung).
_DOUBTED: Final = re.compile(
    rf"\b(?:{NEGATION}|{DOUBT}|soll|sollen|will|wollen|geplant\w*)\b",
    re.IGNORECASE,
)


# Strong nominative endings of an adjective with no article, by gender (Duden grammar).
_NOM_GENDER: Final = {"er": "der", "es": "das", "e": "die"}
_INDEF_ACC: Final = {"der": "einen", "die": "eine", "das": "ein"}


# Articles before an agent's noun in "von der X", "vom X", "von den Kräften der X".
_AGENT_ARTICLES: Final = frozenset({"der", "dem", "den", "des", "die", "das", "vom"})


def passive_agent(participle: str, body: str) -> str | None:
    """The organisation the body names as the agent of the participle's past passive ("wurde er von
    Kräften der Kriminalpolizei festgenommen" -> "Die Kriminalpolizei"), else None.

    German passive convention: "von" + noun names who acts. Where every past passive of the participle
    names the same organisation (its noun ends in an organisation head, organisations.ORG_GENDERS),
    that organisation did it, and the active sentence says so with it as the subject (Leichte Sprache:
    active voice, who does what). A negated passive, or none at all, gives no agent.
    """
    p = re.escape(participle)
    told = [
        s
        for s in re.split(r"(?<=[.!?])\s+", body)
        if re.search(rf"\b(?:wurde|wurden)\b[^.!?]*?\b{p}\b", s) or re.search(rf"\b{p}\s+(?:worden|wurden?)\b", s)
    ]
    negated = re.compile(rf"\b(?:nicht|kein\w*|nie|niemand)\b(?:\W+\w+){{0,4}}\W+{p}\b", re.I)
    agents: set[str] = set()
    for sentence in told:
        if negated.search(sentence):
            return None
        found = None
        for match in re.finditer(r"\b(?:von|vom)\s+((?:[\wäöüßÄÖÜ-]+\s*){1,6})", sentence):
            words = match.group(1).split()
            # The organisation's noun stands after an article ("der Kriminalpolizei", "vom Ordnungsamt"
            # after the contraction); a place name ("aus Neustadt") takes none.
            for before, word in zip(["der", *words], words, strict=False):
                head = segment(word).split("·")[-1].lower()
                if word[:1].isupper() and head in ORG_GENDERS and before.lower() in _AGENT_ARTICLES:
                    found = word
                    break
            if found is not None:
                break
        if found is None:
            return None
        agents.add(found)
    if len(agents) != 1:
        return None
    noun = next(iter(agents))
    article = {"der": "Der", "die": "Die", "das": "Das"}[ORG_GENDERS[segment(noun).split("·")[-1].lower()]]
    return f"{article} {noun}"


def man_perfect(
    tagged: tuple[morph.Token, ...],
    head: int,
    gender: str | None,
    plural: bool,
    body: str,
    agent: str | None = None,
    *,
    agent_told: bool = False,
) -> str | None:
    """ "Man hat neun Tiere in einem Karton gefunden" from "Neun Tiere in einem Karton gefunden".

    ``tagged`` is the headline part: an optional number or adjectives, the head noun at ``head``,
    phrases, and one participle at the end (or two joined by "und"). The headline's subject is the
    passive's patient, so it becomes the accusative object: a plural keeps its words (the
    accusative plural equals the nominative), a singular takes "einen/eine/ein" and its adjectives
    the mixed accusative ending; a nominalised adjective in "-er" ("Reisender") is masculine
    ("einen Reisenden"). Only where every participle is told in a past passive in the body.
    """
    participles = [i for i, t in enumerate(tagged) if t.pos == "VV(PP)"]
    if not participles or participles[-1] != len(tagged) - 1:
        return None
    if len(participles) == 2 and not (participles[0] == len(tagged) - 3 and tagged[-2].word == "und"):
        return None
    if len(participles) > 2:
        return None
    # With an agent (passive_agent) the body names who did it; without, no cause or agent may be named.
    # ``agent_told``: the caller has read the agent from the body's own past passive (headline_agent.py).
    if not agent_told and not all(
        passive_agent(tagged[i].word, body) == agent
        if agent
        else _past_passive(tagged[i].word, body)
        # A headline that asks ("Neue Käferart entdeckt?") states nothing a body's act could confirm.
        or (not any(t.word == "?" for t in tagged) and _active_perfect(tagged[i].word, tagged[head].word, body))
        for i in participles
    ):
        return None
    if any((tagged[i].lemma in _HARM and not agent_told) or tagged[i - 1].pos in ("ADJ(D)", "ADV") for i in participles):
        # "schwer verletzt": a degree word makes the participle an adjective of state (Duden grammar).
        return None
    before = tagged[:head]
    noun = tagged[head]
    if noun.pos == "NNA" and len(before) == 0:
        if not noun.word.endswith("er"):
            return None  # "Reisende" may be a plural or a feminine: no article can be chosen
        phrase = ["einen", noun.word[:-2] + "en"]
    elif plural:
        if any(t.pos not in ("CARD", "ADJ(A)") for t in before):
            return None
        # A number word inside the sentence is written small ("neun Tiere"); the rewrite makes it digits.
        phrase = [t.word.lower() if t.pos == "CARD" else t.word for t in before] + [noun.word]
    else:
        if any(t.pos != "ADJ(A)" for t in before):
            return None
        shown = {_NOM_GENDER.get(m.group(0)) for t in before if (m := re.search(r"(?:er|es|e)$", t.word))}
        if len(shown) == 1 and None not in shown:
            shown_gender = next(iter(shown))
            if gender is not None and gender != shown_gender:
                return None  # the adjective and the lexicon disagree: no article can be trusted
            gender = shown_gender
        if gender is None:
            return None
        # Mixed declension after "ein": "-en" masculine, "-e" feminine, "-es" neuter (accusative).
        ending = {"der": "en", "die": "e", "das": "es"}[gender]
        phrase = [_INDEF_ACC[gender], *(_stem(t.word) + ending for t in before), noun.word]
    rest = [t.word for t in tagged[head + 1 :]]
    text = " ".join([agent or "Man", "hat", *phrase, *rest])
    return re.sub(r"\s+([.,;:!?])", r"\1", text)


# Determiners that show one gender of a singular noun whatever the case (Duden grammar, declension
# tables): "das"/"ein…es" neuter, "eine"/"einer"… are feminine only before a singular, "einen" and
# "des" before a noun without "-s" masculine. "der", "die", "dem", "ein" fit two genders or cases.
# "einer" before a noun is the feminine dative or genitive only ("mit einer Grünschnitttonne", Duden
# grammar: Deklination des unbestimmten Artikels), so it shows the feminine as surely as "eine".
_GENDER_SHOWN: Final = {"das": "das", "eine": "die", "einen": "der", "einer": "die"}


def body_gender(noun: str, body: str) -> str | None:
    """The gender the body's own articles show for a noun the lexicon does not know ("das Hochbeet").

    Only "das", "eine", "einen" and "einer" right before the noun (or before one adjective, also an
    age in digits such as "37-jährige", and the noun) count; when they disagree, or none is found, no
    gender is given (no guess).
    """
    found = {
        _GENDER_SHOWN[m.group(1).lower()]
        for m in re.finditer(
            rf"\b(das|eine|einen|einer)\s+(?:[a-zäöüß]+\s+|\d+-[a-zäöüß]+\s+)?{re.escape(noun)}(?![\wäöüß\-])", body, re.I
        )
    }
    # "mit der Ehrennadel": after a preposition that governs the dative only, "der" is the feminine
    # singular (Duden grammar: the dative article is "dem" for the masculine and neuter, "den" in the
    # plural), as sure a sign as "eine".
    dative = rf"\b(?:{'|'.join(_DATIVE_ONLY)})\s+der\s+(?:[a-zäöüß]+\s+)?{re.escape(noun)}(?![\wäöüß\-])"
    if re.search(dative, body, re.I):
        found.add("die")
    return next(iter(found)) if len(found) == 1 else None


# Words before a noun that make it determined: articles, possessives, demonstratives, quantifiers and
# the contractions of preposition and article (Duden grammar, "Artikelwörter").
_DETERMINED: Final = re.compile(
    r"^(?:der|die|das|dem|den|des|ein|eine|einen|einem|einer|eines|kein\w*|mein\w*|dein\w*|sein\w*|ihr\w*|"
    r"unser\w*|euer\w*|eur\w*|dies\w*|jede\w*|jene\w*|welche\w*|manche\w*|solche\w*|"
    r"im|ins|am|ans|zum|zur|vom|beim|aufs|unterm|überm|vorm|hinterm)$",
    re.I,
)
_ADJECTIVE_FORM: Final = re.compile(r"^[a-zäöüß][a-zäöüß\-]*(?:e|er|es|en|em)$")
_CONJUNCTIONS: Final = frozenset(("und", "oder", "sowie"))


def _bare_before(words: list[str], index: int) -> bool | None:
    """The noun at ``index`` stands without a determiner (True), with one (False), or cannot be told (None).

    Adjectives between determiner and noun are skipped ("für die neue X"); a conjunct ("A und X")
    shares the determiner of the first noun, so it is told by the first noun's own context.
    """
    i = index - 1
    while i >= 0 and _ADJECTIVE_FORM.match(words[i]) and not _DETERMINED.match(words[i]):
        i -= 1
    if i < 0:
        return True  # the noun opens the sentence without an article
    before = words[i]
    if _DETERMINED.match(before):
        return False
    if before in _CONJUNCTIONS:
        first = i - 1
        if first >= 0 and words[first][:1].isupper():
            return _bare_before(words, first)
        return None
    return True


def mass_in_body(noun: str, body: str) -> bool:
    """The body writes the singular noun without any determiner and never counts it ("ein X").

    Mass and abstract nouns take no article in prose either (Duden grammar: Stoffnamen und
    Abstrakta im generischen Gebrauch: "Gebühren für Trinkwasser", "Geld für Entsiegelung"); where
    the release itself writes the noun bare, a headline's bare noun is its own prose grammar, not a
    dropped article. One bare use is enough; any indefinite article before it ("eine X") shows a
    count noun, which a headline's bare form has dropped the article of.
    """
    found = False
    for sentence in re.split(r"(?<=[.!?:;])\s+", body):
        words = re.findall(r"[\wäöüßÄÖÜ\-]+", sentence)
        for index, word in enumerate(words):
            if word != noun:
                continue
            bare = _bare_before(words, index)
            if bare is False and re.match(r"^ein(?:e|en|em|er|es)?$", words[index - 1] if index else "", re.I):
                return False
            found = found or bool(bare)
    counted = rf"\b(?i:ein(?:e|en|em|er|es)?)\s+(?:[a-zäöüß]+\s+){{0,2}}{re.escape(noun)}(?![\wäöüß\-])"
    if found and re.search(counted, body):
        return False
    return found


def determined_in_body(noun: str, body: str) -> bool:
    """The body names the singular noun, and every time with a determiner ("mit der neuen X").

    A noun that always takes an article in the release's prose is a count noun (Duden grammar:
    Individualnomen need an article in the singular); a headline that writes it bare as the object
    of its verb has dropped "ein(e)" (Schlagzeilenstil), the article that introduces a thing.
    """
    seen = False
    for sentence in re.split(r"(?<=[.!?:;])\s+", body):
        words = re.findall(r"[\wäöüßÄÖÜ\-]+", sentence)
        for index, word in enumerate(words):
            if word != noun:
                continue
            if _bare_before(words, index) is not False:
                return False
            seen = True
    return seen


def bare_in_body(tagged: tuple[morph.Token, ...], body: str, source: str = "") -> frozenset[str]:
    """Nouns the headline writes bare after a preposition or "und" exactly as the body does.

    "für Teile von Neustadt-Ost": where the body has the same bare phrase, the noun is a name or a
    noun that takes no article there, and keeping it bare is the release's own grammar, not a guess.
    A mass or abstract noun the body writes bare anywhere (``mass_in_body``) is kept bare too.
    A place name may stand only in a list of the release (``source``, the whole text), not in a sentence.
    """
    found = {
        token.word
        for before, token in itertools.pairwise(tagged)
        if before.pos in ("APPR", "KON")
        and token.pos in ("NN", "NE")
        and (
            re.search(rf"(?<![\wäöüß]){re.escape(before.word)}\s+{re.escape(token.word)}(?![\wäöüß\-])", body)
            or _place_name(token.word, source or body)
            or mass_in_body(token.word, body)
        )
    }
    return frozenset(found)


_RARE: Final = 1.0  # Zipf frequency below which a capitalised word is no common noun (wordfreq's scale)
_ANY_DETERMINER: Final = (
    r"(?:der|die|das|dem|den|des|ein|eine|einen|einem|einer|eines|kein\w*|mein\w*|dein\w*|sein\w*|ihr\w*|unser\w*|euer\w*)"
)


def _place_name(word: str, body: str) -> bool:
    """A rare capitalised word the body uses but never after a determiner: a name ("Neustadt-Ost").

    Names of places take no article (Duden grammar: Ortsnamen ohne Artikel); HanTa tags unknown
    ones as nouns. A word in everyday use, or one the body ever writes with an article, is no such name.
    """
    if zipf(word) >= _RARE or not re.search(rf"(?<![\wäöüß]){re.escape(word)}(?![\wäöüß])", body):
        return False
    with_article = rf"(?<![\wäöüß]){_ANY_DETERMINER}\s+(?:[a-zäöüß]+\s+){{0,2}}{re.escape(word)}(?![\wäöüß])"
    return not re.search(with_article, body, re.I)


def object_phrase(adjectives: list[str], noun: str, body: str) -> list[str] | None:
    """The body's own determiner and adjectives for a headline's bare singular object, or None.

    "Verein kritisiert Beschluss" over a body saying "den Beschluss": "den" is the accusative the
    object needs. Only determiners whose accusative reading is sure before a singular count:
    "den", "einen" (masculine), "die", "eine" (feminine), "das" (neuter); "ein" is nominative too.
    The adjectives must be the headline's (same stems, the body's endings).
    """
    adjective_pattern = "".join(rf"({re.escape(_stem(a))}\w*)\s+" for a in adjectives)
    match = re.search(rf"(?<![\wäöüß])(den|einen|die|eine|das)\s+{adjective_pattern}{re.escape(noun)}(?![\wäöüß\-])", body)
    if match is None:
        return None
    return [match.group(1), *match.groups()[1:], noun]
