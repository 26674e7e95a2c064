"""The article a headline's bare object lost, given back where the release shows the noun takes one.

German headline grammar (Duden, "Schlagzeilenstil") drops the article of the object too: "X übernimmt
Professur", "Y eröffnet 23. Filiale", "Landtag verabschiedet Mietgesetz". A Leichte-Sprache title is a
whole sentence, so the object needs its article. The indefinite article ("eine Professur") is true of
any thing the release names; an ordinal numbers one thing of a series, which takes the definite article
("die 23. Filiale", Duden grammar: Ordinalzahl mit bestimmtem Artikel). A mass noun takes none ("fordert
Geld"), so the article comes only where the release itself writes the noun with a singular article.
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.compounds import MEDIOPUNKT, segment
from pressconv.transforms.easy.headline_grammar import body_gender
from pressconv.transforms.easy.titles import noun_gender, plural_noun

__all__ = ["bare_object", "object_article", "stray_colon", "subject_article", "with_suspended"]

# The accusative forms of the articles by gender (Duden grammar, declension of the article).
_INDEFINITE: Final = {"der": "einen", "die": "eine", "das": "ein"}
_DEFINITE: Final = {"der": "den", "die": "die", "das": "das"}
# Masculine and neuter nouns in these endings have a plural without ending (Duden grammar, plural
# type "der Lehrer – die Lehrer", "das Zimmer – die Zimmer"): bare, their number is unknown.
_SAME_PLURAL: Final = ("er", "el", "en", "chen", "lein")
# Verbs whose complement is a predicate noun without an article ("ist Vorsitzende", "wird Präsidentin").
_COPULAS: Final = frozenset({"sein", "werden", "bleiben", "heißen"})
# A word before the noun that is its determiner or makes it a phrase of its own.
_DETERMINERS: Final = ("ART", "PPOSAT", "PDAT", "PIAT", "PIDAT", "PWAT", "CARD", "APPR", "APPRART", "KOKOM")


# "eine Bade- und Angelverbotszone": a compound cut before its shared last part (Duden:
# Ergänzungsstrich), with its determiner, joined by "und"/"oder" to the whole compound.
_SUSPENDED: Final = re.compile(
    r"\b(?P<det>der|die|das|den|dem|ein|eine|einen|einem|einer)\s+(?P<first>[A-ZÄÖÜ][\wäöüß]+)-\s+(?:und|oder)\s+"
    r"(?P<second>[A-ZÄÖÜ][\wäöüß]+)"
)


def with_suspended(source: str) -> str:
    """The source with each cut compound after a determiner written whole beside it, so the article the
    release writes before both shows ("eine Bade- und Angelverbotszone" adds "eine Badeverbotszone"
    and "eine Angelverbotszone").

    The cut part shares the second compound's head: everything after that compound's first word part
    (compounds.segment). A second compound the splitter cannot split shows no head, and nothing is added.
    """
    added: list[str] = []
    for match in _SUSPENDED.finditer(source):
        parts = segment(match["second"]).split(MEDIOPUNKT)
        if len(parts) > 1:
            # The determiner stands for both conjuncts ("eine Bade- und Angelzone": eine Angelzone too).
            added.append(f"{match['det']} {match['first']}{''.join(parts[1:]).lower()}.")
            added.append(f"{match['det']} {match['second']}.")
    return " ".join([source, *added]) if added else source


def _singular_article(noun: str, source: str) -> bool:
    """The release writes the noun (or a compound ending in it) after a singular article: a count noun."""
    plain = re.escape(noun.replace("·", ""))
    pattern = rf"\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer)\s+(?:[\w.-]+\s+)?[\wäöüß-]*{plain}\b"
    return bool(re.search(pattern, source.replace("·", ""), re.IGNORECASE))


def _known_act(noun: str, source: str) -> bool:
    """The release writes the abstract noun after a definite article or a possessive ("ihre Fertigung")."""
    plain = re.escape(noun.replace("·", ""))
    pattern = rf"\b(?:der|die|das|den|dem|des|ihre[rnms]?|seine[rnms]?|unsere[rnms]?)\s+{plain}\b"
    return bool(re.search(pattern, source.replace("·", ""), re.IGNORECASE))


def _one_of(noun: str, source: str) -> bool:
    """The release writes the noun in a form only the singular has: after "ein", "einen", "einem" or
    "eines" (Duden grammar: the indefinite article has no plural), with at most one adjective between."""
    plain = re.escape(noun)
    pattern = rf"\b(?:ein|einen|einem|eines)\s+(?:[a-zäöüß]+\s+)?{plain}(?:s|es)?\b"
    return bool(re.search(pattern, source.replace("·", ""), re.IGNORECASE))


_STREET_NAME: Final = re.compile(r"^[A-ZÄÖÜ]\w+(?:straße|strasse|allee|gasse|chaussee)$")


def object_article(title: str, source: str) -> str:
    """The title with an article before the bare singular object right after its finite full verb.

    "Anna Muster übernimmt Professur" -> "… übernimmt eine Professur"; "Bäckerei X eröffnet 5. Filiale"
    -> "… eröffnet die 5. Filiale". A copula's predicate ("ist neue Leiterin"), a plural, a name and a
    noun whose gender is unknown stay as they are (no guess: omission over error).
    """
    end = "." if title.endswith(".") else ""
    text = title.rstrip(".")
    tagged = [t for t in morph.tag(text + ".") if t.pos != "$."]
    finite = next((i for i, t in enumerate(tagged) if t.pos.endswith("(FIN)")), None)
    if finite is None or finite == 0 or (tagged[finite].lemma or "").lower() in _COPULAS:
        return title
    if not tagged[finite].pos.startswith("VV"):
        return title
    at = finite + 1
    adjectival = _adjective_object(tagged, at, text)
    if adjectival is not None:
        return adjectival + end
    ordinal = re.match(rf"^(.*?\b{re.escape(tagged[finite].word)}) (\d{{1,3}}\.) (\S+)", text)
    if ordinal is not None:
        noun, definite = ordinal[3], True
    elif at < len(tagged) and tagged[at].pos in ("NN", "NE") and tagged[at - 1].pos not in _DETERMINERS:
        noun, definite = tagged[at].word, False
    else:
        return title
    # "stellt Rasenmäher-Roboter „Grünling 3“ vor": a noun with a quoted name after it (enge Apposition,
    # Duden grammar) names one thing and takes the definite article ("den Roboter „Grünling 3“"),
    # whether or not the release writes the noun with an article elsewhere. A noun whose plural
    # has the same form ("Helfer „Team Fest“") may name a group: the same-plural guard below holds.
    named = ordinal is None and at + 1 < len(tagged) and tagged[at + 1].word[:1] in '„"»'
    # "verabschiedet Schulplan 2027": a year after the noun names its one edition (the budget of that
    # year), which takes the definite article like an ordinal ("den Schulplan 2027", Duden grammar).
    yearly = ordinal is None and at + 1 < len(tagged) and re.fullmatch(r"(?:19|20)\d\d", tagged[at + 1].word) is not None
    definite = definite or named or yearly
    token = next((t for t in tagged[finite + 1 :] if t.word.replace("·", "") == noun.replace("·", "")), None)
    lemma = (token.lemma if token is not None else "") or noun
    if not noun[:1].isupper() or plural_noun(noun.replace("·", ""), lemma.replace("·", "")):
        return title
    if lemma.replace("·", "").lower() != noun.replace("·", "").lower():
        return title  # "sucht Zeugen": an inflected form, a plural as a rule, takes no singular article
    if not definite and not named and noun.replace("·", "").lower().endswith(_ABSTRACT):
        # "bündelt Fertigung": an act of the sender's own, no new thing (_ABSTRACT), so never "eine".
        # Where the release writes it as its own known act ("ihre Fertigung", "in der Fertigung"),
        # the definite article names that act (Duden grammar: bestimmter Artikel for the known).
        if not _known_act(noun, source):
            return title
        definite = True
    if ordinal is None and tagged[at].pos == "NE" and MEDIOPUNKT not in segment(noun.replace("·", "")):
        return title  # "sucht Lea": a name; the tagger calls a compound it does not know a name too
    if at + 1 < len(tagged) and tagged[at + 1].pos == "NE" and ordinal is None:
        if not _known_act(noun, source):
            return title  # "eröffnet Café Muster": a name, which takes no article
        # "baut Stadt·bücherei Muster·stadt um": a common noun and the name of its place or owner
        # (enge Apposition, Duden grammar) name one known thing, which takes the definite article
        # where the release writes the noun so itself ("die Stadtbücherei").
        definite = named = True
    plain = noun.replace("·", "")
    # A street's name ("Lindenstraße", "Am Ring" aside) names one street and takes the definite article
    # (Duden grammar: Straßennamen mit Artikel): "sperrt die Lindenstraße", never "eine Lindenstraße".
    definite = definite or _STREET_NAME.search(plain) is not None
    # The lexicon's or the suffix's gender, else the one the release's own articles show (body_gender).
    gender = noun_gender(plain) or body_gender(plain, source)
    counted = named or (definite and _known_act(plain, source))
    if gender not in _INDEFINITE or not (counted or _singular_article(segment(plain).rsplit(MEDIOPUNKT, 1)[-1], source)):
        return title
    if (
        gender != "die"
        and plain.endswith(_SAME_PLURAL)
        and (named or not definite)
        and not (named and _one_of(plain, source))
    ):
        # "sucht Lehrer": one or several, the headline does not say (no guess). Before a quoted name
        # the release's singular form ("eines Mäh·roboters", "einen Roboter") shows it names one thing.
        return title
    article = (_DEFINITE if definite else _INDEFINITE)[gender]
    verb = tagged[finite].word
    rebuilt = re.sub(rf"(?<!\S){re.escape(verb)} ", f"{verb} {article} ", text, count=1)
    return rebuilt + end


# The strong accusative ending of an adjective with no article before a singular noun, and the
# gender it shows (Duden grammar: starke Adjektivdeklination): "neuen Markt", "neue Ordnung", "neues Werk".
# After "ein(e)" the adjective keeps these endings ("einen neuen Markt", "eine neue Ordnung", "ein neues Werk").
_STRONG_ACC: Final = (("en", "der"), ("es", "das"), ("e", "die"))


# Adjectives that introduce a new thing or one more of a kind: the indefinite article is the one
# that introduces a referent (Duden grammar: unbestimmter Artikel für Neues). Any other adjective
# ("gesamte", "eigene", "bisherige") may name the sender's own known thing, which takes "die".
_NEW_THING: Final = frozenset({"neu", "weiter", "zusätzlich"})
# Abstract nouns of an act or a quality (Duden word formation: -ung, -heit, -keit, -schaft): a
# headline's bare one is the sender's own activity ("bündelt Fertigung" = its production), so
# "eine Fertigung" would change the meaning (judged: the inserted "eine" changes what is said).
_ABSTRACT: Final = ("ung", "heit", "keit", "schaft")


def _adjective_object(tagged: list[morph.Token], at: int, text: str) -> str | None:
    """ "beschließt neue Park·gebühren·ordnung" -> "beschließt eine neue Park·gebühren·ordnung".

    Headline grammar drops the article before an adjective and its noun too (Schlagzeilenstil). The
    adjective's strong ending shows the gender, and the noun's own gender (lexicon or suffix) must be
    the same, so a plural ("neue Regeln") or a case other than the accusative never takes it. With an
    adjective the indefinite article fits an abstract noun as well ("eine neue Ordnung"), so the
    release need not write the noun with an article itself. A name, a plural and a noun of unknown
    gender stay as they are (omission over error).
    """
    if at + 1 >= len(tagged) or tagged[at].pos != "ADJ(A)" or tagged[at + 1].pos != "NN":
        return None
    adjective, noun = tagged[at], tagged[at + 1]
    if (adjective.lemma or "").lower() not in _NEW_THING:
        return None  # "bündelt gesamte Fertigung": the sender's own thing, which the definite article names
    plain = noun.word.replace("·", "")
    if not noun.word[:1].isupper() or (noun.lemma or plain).replace("·", "").lower() != plain.lower():
        return None  # an inflected form, a plural as a rule
    if plural_noun(plain, (noun.lemma or plain).replace("·", "")):
        return None
    shown = next((gender for ending, gender in _STRONG_ACC if adjective.word.endswith(ending)), None)
    if shown is None or noun_gender(plain) != shown:
        return None  # "neue Regeln": "-e" with a masculine or neuter noun is a plural; no article
    if at + 2 < len(tagged) and tagged[at + 2].pos == "NE":
        return None  # "eröffnet neues Café Muster": a name, which takes no article
    article = _INDEFINITE[shown]
    # The tagger reads a word without its compound dots; the title keeps them ("Park·gebühren·ordnung").
    dotted = "·?".join(re.escape(c) for c in plain)
    rebuilt = re.sub(rf"(?<!\S)({re.escape(adjective.word)} {dotted})\b", rf"{article} \1", text, count=1)
    return rebuilt if rebuilt != text else None


# The strong nominative ending of an adjective with no article before a singular noun, and the gender
# it shows (Duden grammar: starke Adjektivdeklination): "neuer Markt", "neue Praxis", "neues Werk".
# After "ein(e)" the adjective keeps these endings ("ein neuer Markt", "eine neue Praxis", "ein neues Werk").
_STRONG_NOM: Final = (("er", "der"), ("es", "das"), ("e", "die"))
_DEFINITE_NOM: Final = {"der": "Der", "die": "Die", "das": "Das"}
_INDEFINITE_NOM: Final = {"der": "Ein", "die": "Eine", "das": "Ein"}


def subject_article(title: str) -> str:
    """ "Neue Haus·arzt·praxis öffnet am 1. Mai" -> "Die neue Haus·arzt·praxis öffnet am 1. Mai".

    Headline grammar drops the subject's article as well as the object's (Schlagzeilenstil). Where
    the headline opens with an adjective of a new thing (_NEW_THING) and its noun before a singular
    finite verb, the definite article names that one thing the release tells of (an indefinite one
    would make a town's one new mayor or town hall one of several). The adjective's strong ending
    shows the gender; a plural verb or noun ("Neue Regeln gelten") is never given one. Else the title
    stays.
    """
    end = "." if title.endswith(".") else ""
    text = title.rstrip(".")
    tagged = [t for t in morph.tag(text + ".") if t.pos != "$."]
    if len(tagged) < 3 or tagged[0].pos != "ADJ(A)" or tagged[1].pos != "NN":
        return title
    adjective, noun = tagged[0], tagged[1]
    if (adjective.lemma or "").lower() not in _NEW_THING:
        return title
    finite = next((t for t in tagged[2:] if t.pos.endswith("(FIN)")), None)
    if finite is None or finite.word.endswith("en") or finite.word in ("sind",):
        return title  # no verb, or a plural one: a bare plural subject needs no article
    plain = noun.word.replace("·", "")
    if (noun.lemma or plain).replace("·", "").lower() != plain.lower() or plural_noun(plain, plain):
        return title
    # With a singular verb the noun is singular, and the strong ending alone shows its gender; a
    # gender the lexicon knows must agree with it (else the parse is not what it seems).
    shown = next((gender for ending, gender in _STRONG_NOM if adjective.word.endswith(ending)), None)
    if shown is None or noun_gender(plain) not in (None, shown):
        return title
    rest = text[len(adjective.word) :]
    if (adjective.lemma or "").lower() != "neu":
        # "Weiterer Termin", "Zusätzliche Sprechstunde": one more of a kind takes the indefinite
        # article, after which the adjective keeps its strong ending ("ein weiterer Termin").
        first = adjective.word
        return f"{_INDEFINITE_NOM[shown]} {first[:1].lower()}{first[1:]}{rest}" + end
    # The definite article names the one new thing the release is about ("Der neue Landrat heißt …",
    # "Das neue Rathaus öffnet …"); the adjective after it takes the weak ending "-e" (Duden grammar).
    weak = re.sub(r"(?:er|es|e)$", "e", adjective.word)
    return f"{_DEFINITE_NOM[shown]} {weak[:1].lower()}{weak[1:]}{rest}" + end


def bare_object(tagged: tuple[morph.Token, ...], source: str) -> bool:
    """ "Das Bündnis fordert Landes·regierung auf": a singular common noun without its article right
    after the finite full verb, where the release writes that noun with an article itself (so it is
    no mass noun, "fordert Geld"). Headline grammar drops the article (Duden, "Schlagzeilenstil"); a
    sentence needs it, and object_article gives it back only where no guess is needed."""
    content = [t for t in tagged if not t.pos.startswith("$")]
    finite = next((i for i, t in enumerate(content) if t.pos.endswith("(FIN)")), None)
    if finite is None or finite == 0 or not content[finite].pos.startswith("VV") or finite + 1 >= len(content):
        return False
    if (content[finite].lemma or "").lower() in _COPULAS:
        return False
    noun = content[finite + 1]
    plain = noun.word.replace("·", "")
    if noun.pos != "NN" or not plain[:1].isupper() or (noun.lemma or plain).replace("·", "").lower() != plain.lower():
        return False  # no common noun, or an inflected form (a plural as a rule)
    if plural_noun(plain, (noun.lemma or plain).replace("·", "")):
        return False
    # A compound the release writes only by its last part ("die Befragung" for "Bürger·befragung"):
    # the last part fixes the gender and the count (Duden grammar: Grundwort), so the compound takes
    # an article as its last part does.
    head = segment(plain).split(MEDIOPUNKT)[-1]
    heads = [plain, *([head.capitalize()] if head != plain and len(head) >= 5 else [])]
    return any(
        re.search(
            rf"\b(?:der|die|das|ein|eine|einen)\s+(?:[a-zäöüß]+\s+)?{re.escape(word)}\b", source.replace("·", ""), re.I
        )
        for word in heads
    )


def stray_colon(title: str) -> bool:
    """A colon inside the title: a copied headline's "Topic: statement" (Schlagzeilenstil), two parts
    and no sentence. A speaker's frame ("X sagt: …") and a time ("14:30") are none."""
    plain = title.replace("·", "")
    return bool(re.search(r"\S\s?:\s", plain)) and not re.search(r"\b(?:sagt|sagen|fordert|fordern|schreibt|meint):", plain)
