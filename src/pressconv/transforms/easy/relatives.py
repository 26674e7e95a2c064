"""Rescuer: a non-restrictive relative clause as a sentence of its own that names its noun again.

Netzwerk Leichte Sprache: one statement per sentence, no subordinate clauses. The standard rewrite
of a relative clause is a second main clause that repeats the noun the clause is about, with the
definite article in the case of the relative pronoun and the finite verb in second place ("Die Stadt
baut eine neue Brücke, die im Mai fertig sein soll." -> "Die Stadt baut eine neue Brücke. Die Brücke
soll im Mai fertig sein."; "…, in der …" -> "In der Halle …"). Duden grammar (Relativsatz): the
relative pronoun takes gender and number from its noun and its case from its role in the clause; a
definite article of that gender, number and case has the same form (der, die, das, den, dem; the
dative plural "denen" -> "den"), so the noun phrase can stand where the pronoun stood.

Only a NON-restrictive clause may be cut off: after a person's name, after a definite singular noun
phrase that is already specific (named before in the release, or in a report of a past event), or
after an indefinite singular one in a report of a past event (the clause then tells more about the
one referent the sentence introduced). A restrictive clause picks out which ones are meant ("alle
Schüler, die …", "Personen, die …", "die Eltern, die …"): without it the first sentence would claim
too much, so a quantified, bare plural or plain definite plural noun is refused (conditions.py asks
"Wer …? Dann …" where it can). The rescuer refuses too whenever the pronoun might not belong to the
noun right before the comma (another noun it could agree with, a noun inside the phrase of another
noun, a list), when the noun's form would have to change in a way the tags do not show (weak
masculine nouns, dative plural), and in reported speech. Omission over error (issue 16).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from pressconv._months import MONTHS_DE
from pressconv.transforms.easy import morph
from pressconv.transforms.easy.clauses import shorten
from pressconv.transforms.easy.compounds import segment_text
from pressconv.transforms.easy.lexicon import lookup, plural_only
from pressconv.transforms.easy.rescue import FOLLOWER_OPENERS, Rescue, RescueContext
from pressconv.transforms.easy.revoked import revokes
from pressconv.transforms.easy.subordinate import intensional, relative_clause_as_main
from pressconv.transforms.easy.timeout import split
from pressconv.transforms.easy.verify import rule_failures, structure_failures
from pressconv.transforms.easy.when import WEEKDAYS_DE

__all__ = ["Relative", "relative_apart", "split_relative"]

_FINITE: Final = ("VV(FIN)", "VA(FIN)", "VM(FIN)")
# The parts of a verb that close a main clause (Verbklammer, Duden grammar): a relative clause after
# them is extraposed and still belongs to the noun phrase right before them.
_VERB_END: Final = ("PTKVZ", "VV(PP)", "VV(INF)", "VA(INF)", "VA(PP)", "VM(INF)", "VV(IZU)")
# What a relative pronoun shows of its noun (Duden grammar, Relativpronomen "der"): gender or plural
# ("m", "f", "n", "p") with the case its role in the clause gives it. "der" is masculine nominative
# or feminine dative; "die" feminine or plural, nominative or accusative.
_PRONOUN: Final[dict[str, frozenset[tuple[str, str]]]] = {
    "der": frozenset([("m", "nom"), ("f", "dat")]),
    "die": frozenset([("f", "nom"), ("p", "nom")]),
    "das": frozenset([("n", "nom")]),
    "den": frozenset([("m", "acc")]),
    "dem": frozenset([("m", "dat"), ("n", "dat")]),
    "denen": frozenset([("p", "dat")]),
    "welcher": frozenset([("m", "nom")]),
    "welche": frozenset([("f", "nom"), ("p", "nom")]),
    "welches": frozenset([("n", "nom")]),
}
# What a determiner shows of its noun phrase, by gender/plural and case (nominative and accusative
# of "die"/"das" share one form and are one class here). The genitive ("des", "eines") is left out:
# a noun in the genitive has another form ("des Vereins") and names the owner of another noun.
_DETERMINER: Final[dict[str, frozenset[tuple[str, str]]]] = {
    "der": frozenset([("m", "nom"), ("f", "dat")]),
    "die": frozenset([("f", "nom"), ("p", "nom")]),
    "das": frozenset([("n", "nom")]),
    "den": frozenset([("m", "acc"), ("p", "dat")]),
    "dem": frozenset([("m", "dat"), ("n", "dat")]),
    "ein": frozenset([("m", "nom"), ("n", "nom")]),
    "eine": frozenset([("f", "nom")]),
    "einen": frozenset([("m", "acc")]),
    "einem": frozenset([("m", "dat"), ("n", "dat")]),
    "einer": frozenset([("f", "dat")]),
}
# Articles fused with a preposition (Duden grammar, Präposition + Artikel): "im" = "in dem" …
_FUSED: Final = {
    "im": "dem", "am": "dem", "vom": "dem", "zum": "dem", "beim": "dem", "zur": "der", "ins": "das", "ans": "das",
}  # fmt: skip
# Possessive and demonstrative determiners take the endings of "ein" or "der": their stem, then the ending.
_POSSESSIVE: Final = re.compile(r"^(?:mein|dein|sein|ihr|unser|euer|eur)(e|en|em|er|es)?$", re.IGNORECASE)
_DEMONSTRATIVE: Final = re.compile(r"^dies(e|en|em|er|es)$", re.IGNORECASE)
_INDEFINITE: Final = frozenset(["ein", "eine", "einen", "einem", "einer"])
# Quantifiers and restricting determiners (Duden grammar: a quantified noun phrase with a relative
# clause is restrictive, "alle Schüler, die …"; "derjenige, der …" and "jede, die …" define whom the
# statement is about): never cut.
_QUANTIFIERS: Final = re.compile(
    r"^(?:all|jed|jeglich|viel|wenig|einig|mehrer|manch|sämtlich|solch|kein|beid|derjenig|diejenig|dasjenig|"
    r"denjenig|demjenig|derselb|dieselb|dasselb|jen|irgendein|etlich|zahlreich|weiter|ander)",
    re.IGNORECASE,
)
# Adjectives that single out one of many by an order or a degree (ordinals, superlatives, "einzig",
# "gleich"): with a relative clause the clause says which one is meant (restrictive, Duden grammar).
_SINGLING: Final = re.compile(
    r"^(?:erst|zweit|dritt|letzt|nächst|einzig|gleich|selb|richtig|passend|\w+ste[nmrs]?$)", re.IGNORECASE
)
# Words before a noun phrase that make its clause the point of the statement ("nur dem Kind, das …",
# "auch Menschen, die …"; Duden grammar, Gradpartikeln) or join it to a list whose items share it.
_FOCUS: Final = frozenset(
    ["nur", "auch", "sogar", "selbst", "nicht", "ausschließlich", "lediglich", "vor", "und", "oder", "sowie", "bzw."]
)
# After "als"/"wie" the noun phrase is a predicate or a comparison ("lobte X als eine Stadt, die …"):
# it names no referent of its own, and its clause says what kind is meant.
_PREDICATE: Final = frozenset(["als", "wie"])
# Weak masculine nouns (n-Deklination) change their form between nominative and the other cases
# ("der Zeuge"/"den Zeugen", "der Mensch"/"dem Menschen"): refused when the case changes.
_WEAK: Final = re.compile(
    r"(?:e|en|rn|ent|ant|ist|at|oge|af|ekt|it|mensch|held|fürst|prinz|bär|graf|herr|nachbar|bauer)$", re.IGNORECASE
)
# The weak adjective ending after a definite article (Duden grammar, schwache Adjektivdeklination):
# "-e" in the nominative singular and the feminine and neuter accusative, "-en" everywhere else.
_WEAK_ENDING: Final = {("m", "nom"): "e", ("f", "nom"): "e", ("n", "nom"): "e"}
# The auxiliaries of the Perfekt (Duden grammar): with a participle they report a past event.
_PAST_AUXILIARY: Final = frozenset(["haben", "sein"])
_PERFECT_AUXILIARY: Final = frozenset(["hat", "haben", "ist", "sind"])
# A negation or a condition: what the main clause says of its noun did not happen, or only may.
_NOT_REAL: Final = frozenset(["nicht", "kein", "keine", "keinen", "keinem", "nie", "niemand", "wenn", "falls", "ob"])


@dataclass(frozen=True, slots=True)
class Relative:
    """One relative clause cut off its sentence: the main clause and the clause as a main clause."""

    main: str  # the sentence without the clause, complete and true on its own
    told: str  # the clause as a main clause, its noun named again with the definite article
    definite: bool  # the noun was definite or a name: ``told`` may stand without ``main``


def relative_apart(context: RescueContext) -> Rescue | None:
    """The sentence without its non-restrictive relative clause, then the clause as a sentence of its own.

    Works on the whole source sentence rewritten (as conditions.py does): a shortened candidate may
    have lost a word the clause needs. Each part is rewritten again (the Perfekt for a Präteritum the
    rewrite could not reach inside the long sentence) and shortened by the safe cuts (clauses.shorten).
    When one part breaks a rule, the other may stand alone: the main clause always (the clause was
    non-restrictive), the clause's sentence only where its noun was definite or a name.
    """
    if context.source.speech or context.source.heading:
        return None
    text = context.rewrite(" ".join(context.source.text.split()))
    if any(f.check == "rule.konjunktiv" for f in rule_failures(text)):
        return None  # reported speech: what the speaker said is no fact to state
    earlier = " ".join(s.text for s in context.sentences[: context.index])
    found = split_relative(_part(text, context.text), earlier)
    if found is None:
        return None
    parts = [_with_time_apart(shorten(_rewritten(part, context)), context) for part in (found.main, found.told)]
    passing = [all(_passes(sentence, follower=i > 0) for i, sentence in enumerate(part)) for part in parts]
    if all(passing) or not any(passing):
        return Rescue((*parts[0], *parts[1]))
    if passing[0]:
        return Rescue(parts[0])
    return Rescue(parts[1]) if found.definite else None


def _with_time_apart(sentence: str, context: RescueContext) -> tuple[str, ...]:
    """The sentence, or where it breaks a rule, its time in a follower of its own (timeout.split).

    "Das Telefon ist montags von 8 bis 16 Uhr unter … erreichbar." -> "Das Telefon ist unter …
    erreichbar." and "Das ist montags von 8 bis 16 Uhr.": the follower points back at the sentence
    right before it, which the rescue keeps together (rescue.whole_groups).
    """
    if _passes(sentence):
        return (sentence,)
    found = split(sentence, context.issued)
    return (sentence,) if isinstance(found, str) else found


def _passes(sentence: str, *, follower: bool = False) -> bool:
    """The sentence passes the rule and structure checks as the pipeline will run them (compounds split).

    A follower may open with a word that points at the sentence before it (rescue.FOLLOWER_OPENERS).
    """
    names = frozenset(t.word for t in morph.tag(sentence) if t.pos == "NE" and lookup(t.word) is None)
    styled = segment_text(sentence, keep=names)
    failures = [*rule_failures(styled), *structure_failures(styled)]
    if follower:
        failures = [f for f in failures if not (f.check == "guard.dangling-opener" and f.match in FOLLOWER_OPENERS)]
    return not failures


def _rewritten(part: str, context: RescueContext) -> str:
    """The part rewritten (rewrite.py), unless it is a passive whose agent has a phrase after it.

    "wird von einem Team aus 14 Leuten betrieben": the phrase after the agent may belong to the agent
    (Duden grammar, PP-Attribut) or to the verb, and the active form must carry it with the one it
    belongs to; the rewrite cannot tell, so the part stays passive (and the verifier says so).
    """
    tagged = morph.tag(part)
    passive = any(t.lemma == "werden" and t.pos.startswith("VA") for t in tagged) and any(t.pos == "VV(PP)" for t in tagged)
    if passive:
        for index, token in enumerate(tagged):
            if token.word.lower() not in ("von", "vom"):
                continue
            end = index + 1
            while end < len(tagged) and tagged[end].pos in ("ART", "ADJ(A)", "CARD", "NN", "NE", "PPOSAT", "ADV"):
                end += 1
            if end < len(tagged) and tagged[end].pos in ("APPR", "APPRART"):
                return part
    return context.rewrite(part)


def _part(whole: str, candidate: str) -> str:
    """The main clause of ``whole`` that the candidate is (a semicolon joins main clauses, Duden grammar)."""
    parts = [p.strip().rstrip(".") + "." for p in whole.split("; ")]
    if len(parts) == 1:
        return whole
    opening = " ".join(candidate.split()[:3])
    matching = [p for p in parts if p.startswith(opening)]
    return matching[0] if len(matching) == 1 else ""


def split_relative(text: str, earlier: str = "") -> Relative | None:
    """The main clause and the relative clause as two sentences, or None when the clause may restrict.

    "Die Gemeinde hat die Halle, die 1970 gebaut worden ist, saniert." -> "Die Gemeinde hat die Halle
    saniert." and "Die Halle ist 1970 gebaut worden.". ``earlier`` is the release's text before the
    sentence: a definite noun named there is already specific.
    """
    tagged = morph.tag(text)
    if len(tagged) < 6 or tagged[-1].word not in (".", "!"):
        return None
    found = [span for i in range(1, len(tagged) - 1) if (span := _relative_clause(tagged, i)) is not None]
    if len(found) != 1:
        return None
    opener, start, close = found[0]
    comma = opener - 1
    preposition = tagged[opener] if start == opener + 2 else None
    pronoun = tagged[start - 1].word.lower()
    features = _PRONOUN[pronoun]
    clause = tagged[start:close]
    if any(t.word.lower().startswith("eigen") for t in clause):
        # "nach eigenen Angaben" points at the main clause's subject; as a sentence of its own about
        # the antecedent it would say whose statement it is wrongly (a speaker's claim as another's).
        return None
    if revokes(" ".join(t.word for t in clause)):
        # "ein Haftbefehl, der außer Vollzug gesetzt worden ist": the clause takes back what the main
        # clause states; alone, the main clause would mislead (the accused is not in prison).
        return None
    main = [*tagged[:comma], *(tagged[close + 1 :] if tagged[close].word == "," else tagged[close:])]
    # One main clause: one finite verb, or finite verbs that share the subject, joined by "und"/"oder".
    joined = sum(t.word in ("und", "oder") for t in main)
    if not 1 <= sum(t.pos in _FINITE for t in main) <= 1 + joined or main[0].pos in _SUBORDINATING:
        return None
    if any(t.pos in _SUBORDINATING[:-1] or t.word.lower() in ("dass", "ob") or t.word in (";", ":") for t in main):
        return None
    phrase = _antecedent(tagged, comma, extraposed=tagged[close].word != ",")
    if phrase is None and tagged[close].word == ",":
        phrase = _beyond_attribute(tagged, comma, features)
    if phrase is None:
        return None
    first, head, name = phrase
    vorfeld = _named_again(tagged, first, head, name, features, clause, pronoun)
    if vorfeld is None:
        return None
    definite = name or tagged[first].word.lower() not in _INDEFINITE
    if not name and not (_specific(tagged, first, head, main, earlier) or _anchored(tagged, first, comma, clause)):
        return None
    # A clause that opens with a noun phrase has a subject of its own where the pronoun is an object
    # ("den Zeugen beobachtet haben"). The pronoun's noun in front would put the object first ("Den
    # Mann haben Zeugen beobachtet."), a word order readers take the wrong way round; Leichte Sprache
    # keeps subject, verb, object (Netzwerk Leichte Sprache: simple sentence structure), so the
    # clause's own subject opens the sentence.
    reordered = _subject_first(vorfeld, clause) if preposition is None else None
    if preposition is None and pronoun in ("den", "dem", "denen"):
        told = reordered  # an object by its form (accusative or dative)
    elif reordered is not None and pronoun == "das" and _plural(clause[-1]):
        told = reordered  # a plural verb after the singular "das": the clause's phrase is the subject
    elif preposition is None and pronoun in ("die", "das", "welche", "welches") and clause[0].pos in _DETERMINERS:
        # "die"/"das" may be subject or object, and so may the clause's noun phrase after its article;
        # either reading could be meant, and the sentence is left out (omission over error).
        return None
    else:
        told = relative_clause_as_main(([preposition.word] if preposition else []) + vorfeld, clause)
    if told is None:
        return None
    return Relative(_sentence([t.word for t in main]), told, definite)


# Words that open a subordinate clause (STTS: subordinating conjunction, relative and interrogative
# pronouns and adverbs): a main clause that holds one is no plain statement; nor one that opens with
# a coordinating conjunction (KON, last), which continues a sentence before it.
_SUBORDINATING: Final = ("KOUS", "PWS", "PWAV", "PRELS", "PWAT", "KON")


def _relative_clause(tagged: tuple[morph.Token, ...], index: int) -> tuple[int, int, int] | None:
    """(opener, first word after the pronoun, closing comma or end mark) of a relative clause at ``index``.

    A comma, a relative pronoun (or a preposition and one), and a verb-final clause up to the next
    comma or the end of the sentence (Duden grammar: Relativsatz, Verbletztstellung). HanTa may tag
    the pronoun as an article ("…, die Hinweise geben können"); then the clause must end with its
    only finite verb and hold more than an article, a noun and a verb, which a main clause after a
    comma ("…, die Stadt zahlt.") could also be.
    """
    if tagged[index - 1].word != ",":
        return None
    opener = index
    preposition = tagged[index].pos == "APPR"
    pronoun = tagged[index + 1] if preposition else tagged[index]
    word = pronoun.word.lower()
    if word not in _PRONOUN or pronoun.pos not in ("PRELS", "ART", "PDS"):
        return None
    start = index + (2 if preposition else 1)
    close = _clause_end(tagged, start)
    if close is None or close - start < 2:
        return None
    clause = tagged[start:close]
    if clause[-1].pos not in _FINITE or sum(t.pos in _FINITE for t in clause) != 1:
        return None
    if any(t.word in (";", ":", "(", ")", "–") for t in clause):
        return None
    if pronoun.pos != "PRELS" and len(clause) < 4:
        return None
    return opener, start, close


def _clause_end(tagged: tuple[morph.Token, ...], start: int) -> int | None:
    """The comma or end mark that closes a clause opening at ``start``; a date's commas do not.

    German date convention: the weekday stands in apposition before the date, between commas
    ("ab Montag, 4. März 2024, fährt …"); those two commas are part of the time phrase.
    """
    in_date = False
    for index in range(start, len(tagged)):
        token = tagged[index]
        if index == len(tagged) - 1:
            return index
        if token.word != ",":
            continue
        if tagged[index - 1].word in WEEKDAYS_DE and tagged[index + 1].pos == "CARD":
            in_date = True
            continue
        if in_date and (tagged[index - 1].pos == "CARD" or tagged[index - 1].word in MONTHS_DE):
            in_date = False
            continue
        return index
    return None


def _antecedent(tagged: tuple[morph.Token, ...], comma: int, *, extraposed: bool) -> tuple[int, int, bool] | None:
    """(first token, head noun, is a name) of the noun phrase the clause belongs to, or None when unsure.

    The clause follows its noun phrase, or the verb's closing parts after it when it closes the
    sentence (extraposed). A phrase inside the phrase of another noun ("das Dach der Halle, das …",
    "die Brücke über den Fluss, die …") leaves open which noun the pronoun means: refused.
    """
    end = comma - 1
    if extraposed:
        # A preposition right before the comma governs nothing: it is the verb's particle ("griff … über").
        while end > 0 and (tagged[end].pos in _VERB_END or (end == comma - 1 and tagged[end].pos == "APPR")):
            end -= 1
    if end < 0 or (end == 0 and tagged[0].pos != "NE"):
        return None
    head = end
    name = False
    if end == 0 or (tagged[end].pos == "NE" and tagged[end - 1].pos not in ("NE", "NN", "ART", "ADJ(A)", "APPRART")):
        # A name of one word ("Berg, der …"): only as the subject of a singular clause (_named_again).
        if tagged[end].pos != "NE":
            return None
        first = end
        name = True
    elif tagged[end].pos in ("NE", "NN") and tagged[end - 1].pos == "NE":
        # A person's name ("Anna Berg", HanTa may read the surname as a noun) after a role noun or alone.
        first = end - 1
        while first > 0 and tagged[first - 1].pos == "NE":
            first -= 1
        if first > 0 and tagged[first - 1].pos == "NN":
            first -= 1
            if first > 0 and tagged[first - 1].pos in ("ART", "ADJ(A)"):
                return None  # "der Leiter Max Muster": a role with article, left to the cases below
        elif first > 0 and tagged[first - 1].pos == "ART":
            # "an der Lindenstraße Süd, die …": a name with its article is a noun phrase of its own,
            # here inside the attribute of another noun; said again without its article and as the
            # one meant, it would be the wrong referent (omission over error).
            return None
        name = True
    elif tagged[end].pos == "NE" and tagged[end - 1].pos == "NN":
        head = end - 1  # "die Gemeinde Nordheim": a common noun with a name after it
        first = head
    elif tagged[end].pos in ("NN", "NNA"):
        first = end
    else:
        return None
    if not name:
        # Attributes before the noun: adjectives, numbers, and an adverb that grades an adjective
        # ("den direkt angrenzenden Stall").
        while first > 0 and (
            tagged[first - 1].pos in ("ADJ(A)", "CARD")
            or (tagged[first - 1].pos in ("ADV", "ADJ(D)") and tagged[first].pos == "ADJ(A)")
        ):
            first -= 1
        if first == 0:
            return None
        first -= 1
        determiner = tagged[first]
        if determiner.pos not in ("ART", "PPOSAT", "PDAT", "APPRART"):
            return None  # a bare or quantified noun phrase restricts ("Menschen, die …", "alle, die …")
    before = tagged[first - 1] if first > 0 else None
    governed = tagged[first].pos == "APPRART" or (before is not None and before.pos in ("APPR", "APPRART"))
    if governed and tagged[first].pos != "APPRART":
        before = tagged[first - 2] if first > 1 else None
    # After a noun, a prepositional phrase or a genitive ("der", "des", "einer", "eines") may belong to
    # that noun ("die Brücke über den Fluss, die …"): the pronoun could mean either noun.
    genitive = tagged[first].word.lower() in ("der", "des", "einer", "eines")
    if before is not None and before.pos in ("NN", "NE", "NNA") and (governed or genitive or name):
        return None
    if before is not None and (before.pos == "$(" or before.word in (",", "–", "-")):
        return None
    if any(
        t is not None and t.word.lower() in _FOCUS | _PREDICATE for t in (before, tagged[first - 1] if first > 0 else None)
    ):
        return None
    if any(_QUANTIFIERS.match(t.word) or _SINGLING.match(t.word) for t in tagged[first : head + 1] if t.pos != "NN"):
        return None
    return first, head, name


def _beyond_attribute(
    tagged: tuple[morph.Token, ...], comma: int, features: frozenset[tuple[str, str]]
) -> tuple[int, int, bool] | None:
    """The noun phrase before a prepositional attribute the pronoun cannot agree with, else None.

    "Die Annahme am Sportplatz, die …": the pronoun takes gender and number from its noun (Duden
    grammar, Relativpronomen); "die" (feminine or plural) cannot mean "dem Sportplatz" (masculine or
    neuter singular), so it means the noun before the attribute. Only where the attribute's article
    rules it out; a name after the attribute's noun ("am Sportplatz Nord") goes with it.
    """
    genders = {gender for gender, _ in features}
    index = comma - 1
    while index > 0 and tagged[index].pos in ("NE", "NN", "ADJ(A)", "CARD"):
        index -= 1
    preposition = tagged[index]
    if preposition.pos == "APPRART":
        shown, nouns = _shows(preposition), tagged[index + 1 : comma]
    elif preposition.pos == "ART" and index > 0 and tagged[index - 1].pos == "APPR":
        shown, nouns = _shows(preposition), tagged[index + 1 : comma]
        index -= 1
    else:
        return None
    heads = [t for t in nouns if t.pos == "NN"]
    if shown is None or not heads or index < 2 or tagged[index - 1].pos not in ("NN", "NE"):
        return None
    if {gender for gender, _ in shown} & genders:
        return None  # the attribute's noun could be meant as well (its article shows its gender)
    return _antecedent(tagged, index, extraposed=False)


def _named_again(
    tagged: tuple[morph.Token, ...],
    first: int,
    head: int,
    name: bool,
    features: frozenset[tuple[str, str]],
    clause: tuple[morph.Token, ...],
    pronoun: str,
) -> list[str] | None:
    """The antecedent as the pronoun's stand-in: the definite article of the pronoun's form, then the noun.

    None where the pronoun and the noun phrase cannot agree (the pronoun belongs to another noun), or
    where the noun's form would change and the tags do not show how.
    """
    article = {"denen": "den", "welcher": "der", "welche": "die", "welches": "das"}.get(pronoun, pronoun)
    if name:
        words = [t.word for t in tagged[first : head + 1] if t.pos in ("NE", "NN")]
        if pronoun not in ("der", "die", "den", "dem"):
            return None
        if first == head and (pronoun not in ("der", "die") or not _pronoun_is_subject(clause)):
            return None  # one word tagged a name may be a plural noun ("Kunden, die …"): subject only
        plural_verb = _plural(clause[-1]) and _pronoun_is_subject(clause)
        return None if plural_verb else words
    determiner = tagged[first]
    shown = _shows(determiner)
    if shown is None:
        return None
    noun = tagged[head]
    readings = _readings(noun)
    candidates = {(g, c) for g, c in shown if g in readings}
    agreeing = {(g, c) for g, c in candidates if g in {p for p, _ in features}}
    if not agreeing:
        return None
    target = {(g, c) for g, c in features if g in {a for a, _ in agreeing}}
    plural = any(g == "p" for g, _ in target)
    if plural and not any(t.pos == "CARD" or t.word.lower() == "beiden" for t in tagged[first:head]):
        return None  # a plain definite plural ("die Eltern, die …") restricts: without the clause, all of them
    if pronoun == "die" and _plural(clause[-1]) != plural and _pronoun_is_subject(clause):
        return None  # the clause's verb does not agree with the number this reading needs
    modifiers = list(tagged[first + 1 : head])
    # The same article before the noun as the pronoun's form: the same case, so the same forms.
    same_form = determiner.pos == "ART" and determiner.word.lower() == article
    if not same_form:
        if len({g for g, _ in target}) != 1 or len(target) != 1:
            return None  # gender or case of the phrase not shown for sure
        (wanted,) = target
        # The case changes: weak masculine nouns and dative plurals change their form too.
        changes = {c for _, c in agreeing} != {wanted[1]}
        if changes and ((wanted[0] == "m" and _WEAK.search(noun.word)) or plural):
            return None
        # After "ein" and a possessive without ending the adjective has the strong ending ("ein neuer").
        possessive = _POSSESSIVE.match(determiner.word)
        strong = determiner.word.lower() == "ein" or (possessive is not None and not possessive.group(1))
        ending = _WEAK_ENDING.get(wanted, "en")
        changed = []
        # A noun made from an adjective ("ein Reisender" -> "der Reisende") takes its endings too.
        for token in [*modifiers, *([noun] if noun.pos == "NNA" else [])]:
            if token.pos in ("ADJ(A)", "NNA"):
                stem = re.sub(r"(?:er|es)$" if strong else r"(?:en|em|e)$", "", token.word)
                if stem == token.word:
                    return None  # an adjective without an ending this parse knows
                changed.append(stem + ending)
            else:
                changed.append(token.word)
        words = [article, *changed, *([] if noun.pos == "NNA" else [noun.word])]
    else:
        words = [article, *[t.word for t in modifiers], noun.word]
    # A name after the noun ("die Gemeinde Nordheim") goes with it.
    after = head + 1
    while after < len(tagged) and tagged[after].pos == "NE":
        words.append(tagged[after].word)
        after += 1
    return words


def _shows(determiner: morph.Token) -> frozenset[tuple[str, str]] | None:
    """What the determiner shows of gender/plural and case, or None (a genitive, or unknown)."""
    word = determiner.word.lower()
    if determiner.pos == "APPRART":
        fused = _FUSED.get(word)
        return _DETERMINER[fused] if fused else None
    if word in _DETERMINER:
        return _DETERMINER[word]
    possessive = _POSSESSIVE.match(word)
    if possessive:
        return _DETERMINER["ein" + (possessive.group(1) or "")] if (possessive.group(1) or "") != "es" else None
    demonstrative = _DEMONSTRATIVE.match(word)
    if demonstrative:
        ending = demonstrative.group(1)
        return {"e": _DETERMINER["die"], "en": _DETERMINER["den"], "em": _DETERMINER["dem"], "es": _DETERMINER["das"]}.get(
            ending, _DETERMINER["der"]
        )
    return None


def _readings(noun: morph.Token) -> frozenset[str]:
    """The genders ("m", "f", "n") or the plural ("p") the noun's form may have.

    From the lexicon where it knows the noun; else from the form: a feminine noun has one form in the
    singular, so a form other than HanTa's lemma is a plural or a masculine or neuter case form, and
    the lemma's own form is singular unless it ends like a plural of the same form ("die Lehrer",
    "die Mittel", "die Wagen", Duden grammar: Plural ohne Endung).
    """
    entry = lookup(noun.lemma) or lookup(noun.word)
    same_plural = noun.word == noun.lemma and noun.word.endswith(("er", "el", "en", "chen", "lein"))
    if entry is not None and entry.gender in ("der", "die", "das"):
        if plural_only(entry):
            return frozenset("p")
        singular = {"der": "m", "die": "f", "das": "n"}[entry.gender]
        return frozenset([singular, "p"]) if noun.word != noun.lemma or same_plural else frozenset(singular)
    if noun.word != noun.lemma:
        return frozenset("mnp")
    return frozenset("mfnp") if same_plural else frozenset("mfn")


def _plural(verb: morph.Token) -> bool:
    """A finite verb form of the plural (third person: "-en", "-n", "sind")."""
    return bool(re.search(r"(?:en|ern|eln)$", verb.word)) or verb.word in ("sind", "haben")


def _pronoun_is_subject(clause: tuple[morph.Token, ...]) -> bool:
    """No word in the clause could be its subject: the relative pronoun is (clauses.py, same reading)."""
    return not _has_subject(clause)


def _has_subject(clause: tuple[morph.Token, ...]) -> bool:
    """A noun phrase outside a prepositional phrase that can be nominative, or a subject pronoun, opens the clause."""
    inside = False
    for position, token in enumerate(clause):
        if token.pos in ("APPR", "APPRART"):
            inside = True
        elif token.pos in ("PPER", "PIS", "PDS"):
            if token.word.lower() in ("er", "sie", "es", "wir", "ich", "man", "jemand", "niemand", "ihr"):
                return True
        elif token.pos == "ART":
            if not inside and token.word.lower() in ("der", "die", "das", "ein", "eine", "kein", "keine"):
                return True
        elif token.pos in ("NN", "NE"):
            previous = clause[position - 1] if position else None
            if not inside and (previous is None or previous.pos not in ("ART", "CARD", "ADJ(A)", "NN", "NE", "PPOSAT")):
                return True
            inside = False
    return False


# What comes before the noun of a subject noun phrase at the start of a relative clause (STTS
# tags): articles, numbers, possessives, indefinite determiners and adjectives.
_SUBJECT_PARTS: Final = ("ART", "CARD", "PPOSAT", "PIAT", "ADJ(A)")


# Determiners that open a noun phrase in the nominative or accusative (STTS: article, possessive,
# indefinite determiner): a clause that opens with one has a second candidate for its subject.
_DETERMINERS: Final = ("ART", "PPOSAT", "PIAT")


def _subject_first(vorfeld: list[str], clause: tuple[morph.Token, ...]) -> str | None:
    """The clause as a main clause with its subject first and the pronoun's noun as the object after the verb.

    "…, den Zeugen beobachtet haben" with ["den", "Mann"] -> "Zeugen haben den Mann beobachtet.".
    None where the clause does not open with a noun phrase (a pronoun subject points at nothing; a
    phrase after an adverb may not be the subject): the sentence is left out rather than reversed.
    """
    end = 0
    while end < len(clause) and clause[end].pos in _SUBJECT_PARTS:
        end += 1
    if end >= len(clause) or clause[end].pos not in ("NN", "NE"):
        return None
    end += 1
    # A name after the noun belongs to it ("die Firma Müller"); the next noun phrase does not.
    while end < len(clause) and clause[end].pos == "NE":
        end += 1
    if end >= len(clause):
        return None
    subject = [t.word for t in clause[:end]]
    rest = tuple(clause[end:])
    objects = tuple(morph.Token(word, word, "X") for word in vorfeld)
    return relative_clause_as_main(subject, (*objects, *rest))


def _specific(tagged: tuple[morph.Token, ...], first: int, head: int, main: list[morph.Token], earlier: str) -> bool:
    """The noun phrase names one known referent, so a clause on it is non-restrictive.

    A definite noun named before in the release is already specific; any singular noun phrase is
    specific in a report of a past event (the main clause in the Perfekt or Präteritum, no modal,
    no negation): the event happened to that one referent (Duden grammar: episodic vs generic use).
    An indefinite one is specific only in such a report.
    """
    past = _past_event(main)
    if tagged[first].word.lower() in _INDEFINITE:
        # "X ist eine Stadt, die …": an indefinite predicate noun (copula, no participle) names a kind.
        copula = any(t.pos in _FINITE and t.lemma in ("sein", "werden", "bleiben") for t in main)
        return past and not (copula and not any(t.pos == "VV(PP)" for t in main))
    lemma = tagged[head].lemma
    # Named before, alone or as the head (last part) of a compound ("Begegnungscafé" … "das Café").
    named_before = bool(earlier) and bool(re.search(rf"{re.escape(lemma)}\b", earlier, re.IGNORECASE))
    return past or named_before


def _anchored(tagged: tuple[morph.Token, ...], first: int, comma: int, clause: tuple[morph.Token, ...]) -> bool:
    """A definite singular noun phrase whose noun is named ("die Gaststätte Lindenhof"): one referent.

    A proper name refers to one thing (Duden grammar, Eigennamen); a definite singular noun with a
    name in close apposition right after it (enge Apposition: "das Hotel Seeblick", "die Firma
    Brandt") names that one thing, so a clause on it adds to that referent and does not pick it
    out. A name inside an attribute names something else ("die Halle im Ortsteil Buchau": a place,
    with possibly many halls in it), so it anchors nothing. The clause's verb is singular; an
    indefinite phrase or a plural one is left to ``_specific``.
    """
    phrase = tagged[first:comma]
    if tagged[first].word.lower() in _INDEFINITE or tagged[first].pos not in ("ART", "APPRART"):
        return False
    # The head noun: the first noun after the determiner (adjectives may stand between).
    head = next((i for i, t in enumerate(phrase) if i > 0 and t.pos in ("NN", "NE")), None)
    if head is None or phrase[head].pos != "NN" or head + 1 >= len(phrase):
        return False
    # Only names after the head noun, up to the comma: a close apposition, no attribute between.
    return all(t.pos == "NE" for t in phrase[head + 1 :]) and not _plural(clause[-1])


def _past_event(main: list[morph.Token]) -> bool:
    """The main clause reports one past event: Perfekt or Präteritum, no modal, no negation or condition."""
    if any(t.word.lower() in _NOT_REAL for t in main) or intensional(main):
        return False  # not real, or the referent may not exist ("hat einen Zeugen gesucht, der …")
    finite = [t for t in main if t.pos in _FINITE]
    if not finite or any(verb.pos == "VM(FIN)" for verb in finite):
        return False
    # Every finite verb ("erhielt … und wurde … vereidigt") in the Präteritum or a Perfekt auxiliary.
    perfect = any(t.pos == "VV(PP)" for t in main)
    return all(
        (verb.lemma in _PAST_AUXILIARY and perfect and verb.word.lower() in _PERFECT_AUXILIARY)
        or morph.is_preterite(verb.word, verb.lemma)
        or verb.word.lower() in ("war", "waren", "wurde", "wurden", "hatte", "hatten")
        for verb in finite
    )


def _sentence(words: list[str]) -> str:
    """The words as a sentence: German spacing, no trailing comma and a capital first letter."""
    text = " ".join(words)
    text = re.sub(r"\s+([,.!?:;“])", r"\1", text)
    text = re.sub(r"(\d) (?=-\w)", r"\1", text)
    text = re.sub(r"„\s+", "„", text).rstrip(",;: ")
    return text[:1].upper() + text[1:]
