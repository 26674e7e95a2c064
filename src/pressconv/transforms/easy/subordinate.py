"""Adverbial clauses (weil, als, nachdem, sodass …) turned into main clauses of their own.

Topologisches Feldermodell (Duden grammar): a subordinate clause opens with its conjunction and
closes with its finite verb (Verbletztstellung). Moved to second place behind the clause's own
subject, the same words make a main clause (Verbzweitstellung) that states the same fact. Leichte
Sprache asks for one statement per sentence and no subordinate clauses (Netzwerk Leichte Sprache),
so "X fiel auf, weil Y zu schnell fuhr." becomes "X fiel auf." and "Y fuhr zu schnell.", in the
order of the events. Only conjunctions whose clause states a fact are cut this way: a condition
("wenn", "falls") or a concession ("obwohl") is never made a statement of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.casualties import tells_a_death
from pressconv.transforms.easy.frequency import zipf
from pressconv.transforms.easy.negation import NEGATION

__all__ = [
    "NAME_ZIPF",
    "definite_relative",
    "denied_degree",
    "intensional",
    "named_subject",
    "relative_as_main",
    "relative_clause_as_main",
    "split_adverbial",
    "verb_first_as_main",
    "verb_second",
]

_FINITE: Final = ("VV(FIN)", "VA(FIN)", "VM(FIN)")
# Conjunctions whose clause is a fact as much as the main clause (Duden grammar: Kausalsatz "weil",
# "da"; Temporalsatz "als", "nachdem", "während", "bevor"; Konsekutivsatz "sodass"; "wobei" adds a
# circumstance). "bevor" reverses the order of the events, so its clause goes second.
_FACTUAL: Final = frozenset(["weil", "da", "als", "nachdem", "während", "bevor", "sodass", "wobei"])
_AFTER: Final = frozenset(["bevor"])
# Articles that open a noun phrase in the nominative (a subject), by gender they show.
_NOMINATIVE: Final = {"der": "m", "ein": "mn", "die": "fp", "eine": "f", "das": "n", "kein": "mn", "keine": "fp"}
# A pronoun subject and the genders it can name: "er"/"dieser" a masculine noun, "sie"/"diese" a
# feminine one (singular verb) or a plural one (plural verb).
_PRONOUNS: Final = {"er": "m", "dieser": "m", "sie": "fp", "diese": "fp"}
# Articles a rival noun phrase of each gender may open with (any case).
_RIVALS: Final = {
    "m": frozenset(["der", "den", "dem", "ein", "einen", "einem", "kein", "keinen", "keinem", "dieser", "diesen"]),
    "f": frozenset(["die", "der", "eine", "einer", "keine", "keiner", "diese", "dieser"]),
    "p": frozenset(["die", "den", "keine", "keinen", "diese", "diesen"]),
}


def split_adverbial(sentence: str) -> list[str]:
    """The main clause and its factual adverbial clause as two main clauses, in the order of events.

    "Der Roller fiel auf, weil er falsch fuhr." -> ["Der Roller fiel auf.", "Der Roller fuhr falsch."];
    "Als die Wehr eintraf, brannte der Keller." -> ["Die Wehr traf ein.", "Der Keller brannte."].
    Refuses (returns ``[sentence]``) unless the tags show one main clause with its finite verb and
    one clause that opens with the conjunction, has a nominative subject first and ends with its
    finite verb, with no further comma. A pronoun subject is replaced by the other clause's subject
    when that is the only noun phrase of the pronoun's gender there; else it stays, and the
    verifier leaves that clause out (guard.dangling-opener) while the other one may stand.
    """
    if denied_degree(sentence):
        return [sentence]
    tagged = morph.tag(sentence)
    words = [t.word for t in tagged]
    if not tagged or tagged[-1].word not in (".", "!") or "," not in words:
        return [sentence]
    if words.count(",") > 1:
        return _trailing(tagged) or [sentence]
    comma = words.index(",")
    if comma < 3 or comma + 4 >= len(tagged):
        return [sentence]
    first = tagged[0].word.lower()
    if first in _FACTUAL and tagged[0].pos in ("KOUS", "APPR", "KOKOM"):
        # Vorfeld clause: "Nachdem …, <finite verb> <subject> …".
        clauses = _as_main(tagged[1:comma])
        main = _verb_first(tagged[comma + 1 : -1])
        if clauses is None or main is None:
            return [sentence]
        parts = [main, *clauses] if first in _AFTER else [*clauses, main]
        return _resolved(parts, main)
    else:
        conjunction = tagged[comma + 1].word.lower()
        if conjunction == "so" and comma + 2 < len(tagged) and tagged[comma + 2].word == "dass":
            conjunction, start = "sodass", comma + 3
        else:
            start = comma + 2
        # HanTa may tag "sodass" as a name and "wobei" as an adverb; the clause must still end with
        # its finite verb (_as_main), which no prepositional "während der Fahrt" does.
        # After the main clause "während" is often adversative ("X wächst, während Y schrumpft") or a
        # figure of speech; only a Vorfeld "Während …" is read as time.
        if (
            conjunction not in _FACTUAL
            or conjunction == "während"
            or (conjunction == "da" and tagged[comma + 1].pos != "KOUS")
        ):
            return _consecutive(tagged, comma) or [sentence]
        main_tokens = list(tagged[:comma])
        if not _main_clause(main_tokens):
            return [sentence]
        clauses = _as_main(tagged[start:-1])
        if clauses is None:
            return [sentence]
        main = _text([t.word for t in main_tokens])
        if conjunction == "sodass" and tells_a_death(" ".join(clauses)):
            # "X wurde schwer verletzt, sodass X starb": the death supersedes the harm the main clause
            # states, which alone would be misleading; only the consequence is said (_result_only).
            return _result_only(main, clauses) or [sentence]
        # "X, nachdem Y": Y happened first and is said first (the order of the events).
        parts = [*clauses, main] if conjunction == "nachdem" else [main, *clauses]
        return _resolved(parts, main)


def _resolved(parts: list[str], main: str) -> list[str]:
    """Each part with its pronoun subject named (from the main clause, or the main one's from the first).

    A subject introduced with "ein"/"eine" is named again with the definite article, only in a
    part that follows the one introducing it (a definite noun before its introduction would point
    at nothing).
    """
    out = []
    where = parts.index(main)
    for position, part in enumerate(parts):
        other = main if part is not main else next((p for p in parts if p is not main), main)
        after = position > (where if part is not main else parts.index(other))
        out.append(_capital(_resolve(part, other, indefinite=after)))
    return out


def _trailing(tagged: tuple[morph.Token, ...]) -> list[str] | None:
    """ "A, B, weil C." -> ["A, B.", "C."]: the factual clause after the last comma, the rest as it is.

    Only when the part before holds no subordinate clause (no conjunction or relative pronoun after
    any of its commas): a "weil" clause after "vermutet, dass …" belongs to what is only supposed,
    and stated alone it would be claimed as a fact. The part before is cut further by the caller.
    """
    words = [t.word for t in tagged]
    comma = len(words) - 1 - words[::-1].index(",")
    if comma + 4 >= len(tagged):
        return None
    head = list(tagged[:comma])
    after_commas = [head[i + 1] for i, t in enumerate(head[:-1]) if t.word == ","]
    if any(t.pos in ("KOUS", "PRELS", "PWS", "PWAV", "KOUI") or t.word.lower() in ("dass", "um") for t in after_commas):
        return None
    if tagged[0].pos in ("KOUS", "PRELS", "PWS", "PWAV") or tagged[0].word.lower() in _FACTUAL:
        return None
    if not any(t.pos in _FINITE for t in head):
        return None
    conjunction = tagged[comma + 1].word.lower()
    start = comma + 2
    so = None
    if conjunction == "dass":
        # "…, war so schnell unterwegs, dass …": the correlate "so" in the part right before.
        last = max((i for i, t in enumerate(head) if t.word == ","), default=-1)
        so = next(
            (i for i in range(last + 1, len(head) - 1) if head[i].word == "so" and head[i + 1].pos.startswith("ADJ")), None
        )
        if so is None:
            return None
        conjunction = "sodass"
    if (
        conjunction not in _FACTUAL
        or conjunction in ("während", "als")
        or (conjunction == "da" and tagged[comma + 1].pos != "KOUS")
    ):
        return None
    clauses = _as_main(tagged[start:-1])
    if clauses is None:
        return None
    if so is not None:
        results = _result_only(_text([t.word for t in head]), clauses)
        if results is None:
            return None
        # "A fuhr …, war aber so schnell, dass …": a main clause before the degree's part, whose verb
        # that part shares, is a fact of its own and stays; the degree goes with the result said.
        before = head[:last] if last > 0 and head[last + 1].pos in _FINITE else []
        if before and _main_clause(before):
            return [_text([t.word for t in before]), *results]
        return results
    main = _text(list(words[:comma]))
    # The pronoun names the subject of the whole sentence, which opens the part before.
    return [main, *(_capital(_resolve(c, main)) for c in clauses)]


def _consecutive(tagged: tuple[morph.Token, ...], comma: int) -> list[str] | None:
    """ "Der Mann war so schnell, dass er stürzte." -> ["Der Mann stürzte."] (Konsekutivsatz).

    The correlate "so" before an adjective in the main clause points at the "dass" clause, which
    states the result; the degree is measured by it and never said without it (``_result_only``).
    """
    if tagged[comma + 1].word != "dass":
        return None
    main = list(tagged[:comma])
    so = next(
        (i for i, t in enumerate(main) if t.word == "so" and i + 1 < len(main) and main[i + 1].pos.startswith("ADJ")), None
    )
    if so is None or not _main_clause(main):
        return None
    clauses = _as_main(tagged[comma + 2 : -1])
    if clauses is None:
        return None
    return _result_only(_text([t.word for t in main]), clauses)


# Words that deny or limit a degree (Duden grammar, Negation; the limiting adverbs "kaum", "nur",
# "wenig"): "nicht so groß, dass …" says the consequence does NOT follow.
_DENIED: Final = re.compile(rf"\b(?:{NEGATION}|niemals|kaum|nur|wenig\w*)\b", re.IGNORECASE)
# The correlate "so" (or "derart", "dermaßen") before an adjective, and the "dass" clause it points at.
_CORRELATE: Final = re.compile(r"\b(?:so|derart|dermaßen)\s+\w[^,.;:]*,\s*dass\b", re.IGNORECASE)


def denied_degree(sentence: str) -> bool:
    """True when a "so …, dass …" (Konsekutivsatz) has its degree denied or limited before "so".

    "Der Schaden ist nicht so groß, dass die Halle schließt." says the hall does NOT close: the
    consequence alone, or the main clause without its "so" and the consequence after it, states the
    opposite of the source (easy-judging.md item 2). Such a sentence is never cut or rewritten.
    """
    match = _CORRELATE.search(sentence)
    if match is None:
        return False
    head = sentence[: match.start()]
    clause = head[head.rfind(",") + 1 :]
    return _DENIED.search(clause) is not None


def _result_only(main: str, clauses: list[str]) -> list[str] | None:
    """The consequence of "so …, dass …" alone, its pronoun named by the main clause's subject; None if unsure.

    In a Konsekutivsatz the degree the main clause states ("so schwer verletzt") is measured by its
    consequence ("dass sie starb"): the main clause without it says less than the source and, as in
    "Eine Frau ist schwer verletzt." for a woman who died, something false (easy-judging.md item 2).
    So only the consequence is said; the degree goes. Its pronoun must name the main clause's
    subject (``_resolve``), or the pieces would be cut apart once more and the consequence dropped
    by the pronoun guard while the degree stood.
    """
    if denied_degree(f"{main}, dass"):
        # The degree was denied ("nicht so groß, dass …"): the consequence did not happen.
        return None
    out = [_capital(_resolve(c, main, indefinite=True)) for c in clauses]
    if any(morph.tag(c)[0].word.lower() in _PRONOUNS for c in out):
        return None
    return out


def _main_clause(tokens: list[morph.Token]) -> bool:
    """One finite verb, not first, and no conjunction opening the part (a main clause, verb second)."""
    finite = [i for i, t in enumerate(tokens) if t.pos in _FINITE]
    return len(finite) == 1 and finite[0] > 0 and tokens[0].pos not in ("KOUS", "PRELS", "PWS", "PWAV", "KON")


# Below this Zipf frequency (wordfreq) a capitalised word is not in everyday use: a name or a rare compound.
NAME_ZIPF: Final = 1.0


def _subject_end(tokens: tuple[morph.Token, ...] | list[morph.Token]) -> int | None:
    """End of the nominative noun phrase that opens a clause, or None when none opens it."""
    head = tokens[0]
    if head.pos == "PPER" and head.word.lower() in ("er", "sie"):
        return 1
    if head.pos == "PDS" and head.word.lower() in ("dieser", "diese"):
        return 1
    if head.pos == "NE" or (head.pos == "ART" and head.word.lower() in _NOMINATIVE):
        end = 1
        while end < len(tokens) and tokens[end].pos in ("ADJ(A)", "CARD", "NN", "NE", "NNA"):
            nouns = [t for t in tokens[1:end] if t.pos in ("NN", "NNA")]
            if nouns and tokens[end].pos != "NE":
                if tokens[end].pos == "NN" and zipf(tokens[end].word) < NAME_ZIPF:
                    # A bare word no one uses right after the head noun is most often a place or
                    # company name in apposition that HanTa read as a noun ("der Landkreis Wiesental",
                    # "die Gemeinde Kleinhausen"), but may be a rare bare object ("die Firma
                    # Spezialgeräte"): where the subject ends is unknown, so no clause is built on it
                    # (omission over error; a torn name read "Der Landkreis hat Wiesental … erlassen").
                    return None
                break  # after the head noun only a name goes on ("die Polizei Nordheim")
            end += 1
        if any(t.pos in ("NN", "NE", "NNA") for t in tokens[:end]):
            return end
    return None


def _as_main(tokens: tuple[morph.Token, ...]) -> list[str] | None:
    """A verb-final clause (without its conjunction) as main clauses: subject, finite verb, rest.

    Coordinated verb-final predicates sharing the subject ("er bremste und stürzte") become one
    main clause each, the subject repeated (each part must end with its own finite verb).
    """
    tokens = tuple(t for t in tokens if t.pos != "$.")
    if len(tokens) < 3 or tokens[-1].pos not in _FINITE:
        return None
    if any(t.word in (",", ":", ";", "(", "–") for t in tokens):
        return None
    end = _subject_end(tokens)
    if end is None or end >= len(tokens) - 1:
        return None
    joints = [i for i in range(end, len(tokens) - 1) if tokens[i].word == "und" and tokens[i - 1].pos in _FINITE]
    finite = [i for i, t in enumerate(tokens) if t.pos in _FINITE]
    if len(finite) != len(joints) + 1:
        return None
    out = []
    for start, stop in zip([end, *[j + 1 for j in joints]], [*joints, len(tokens)], strict=True):
        if stop - start < 1:
            return None
        made = _verb_second(tokens[:end], tokens[start:stop])
        if made is None:
            return None
        out.append(made)
    return out


# Verbs whose object may not exist (intensional verbs, Duden grammar: "sucht Zeugen, die …" does
# not say there are such witnesses): a relative clause on their object is never stated as a fact.
_INTENSIONAL: Final = frozenset(
    [
        "suchen", "brauchen", "benötigen", "wünschen", "erwarten", "fordern", "verlangen", "planen",
        "bitten", "erhoffen", "hoffen", "wollen", "möchten", "beantragen", "vermuten", "befürchten",
        "ausschließen", "prüfen", "ermitteln", "anbieten", "versprechen", "empfehlen", "sollen",
    ]
)  # fmt: skip
# In the main clause, negation or a condition means the referent may not exist ("nahm keinen Mann
# fest, der …"); inside the relative clause a negation is part of what is stated and stays.
_NEGATION: Final = re.compile(rf"\b(?:{NEGATION}|ob|wenn|falls)\b", re.IGNORECASE)


def relative_as_main(
    main: list[morph.Token],
    noun_phrase: list[morph.Token],
    pronoun: morph.Token,
    clause: list[morph.Token],
    *,
    subject_only: bool,
) -> str | None:
    """ "nahm einen Mann fest, der … gestohlen hatte" -> "Der Mann hat … gestohlen." (a statement of its own).

    A relative clause on an indefinite noun phrase says what the newly introduced referent did or
    is; in a main clause that reports a real event (no negation, no modal or future, no verb whose
    object may not exist) that referent exists and the clause is true of it. The relative pronoun
    must be the clause's subject and show the gender (der/die/das, singular verb for "die"):
    "der" after a masculine noun can only be nominative; "die" and "das" may be accusative, so the
    clause must hold no other noun phrase that could be its subject (``subject_only``).
    """
    if _NEGATION.search(" ".join(t.word for t in main)):
        return None
    if not _reports_event(main):
        return None
    article = pronoun.word.lower()
    if pronoun.pos != "PRELS" or article not in ("der", "die", "das") or not noun_phrase:
        return None
    if noun_phrase[0].word.lower() not in ("ein", "eine", "einen", "einem", "einer") or noun_phrase[-1].pos != "NN":
        return None
    clause_finite = [t for t in clause if t.pos in _FINITE]
    if len(clause_finite) != 1 or clause[-1].pos not in _FINITE:
        return None
    if re.search(r"(?:en|ern|eln)$", clause[-1].word) or clause[-1].word == "sind":
        return None  # a plural verb: not the one referent the indefinite article introduced
    if _gender_of(noun_phrase) != {"der": "m", "die": "f", "das": "n"}[article]:
        return None  # the pronoun must agree with this noun, or it names another one
    if article != "der" and not subject_only:
        return None
    weak = [re.sub(r"(?:er|es|en|em|e)$", "e", t.word) for t in noun_phrase[1:-1] if t.pos == "ADJ(A)"]
    if len(weak) != len(noun_phrase) - 2:
        return None
    subject = (
        morph.Token(article.capitalize(), "der", "ART"),
        *(morph.Token(w, w, "ADJ(A)") for w in weak),
        noun_phrase[-1],
    )
    # Only an end mark goes: an ordinal's dot ("seit dem 1. Juli") is tagged "$." too and stays (review).
    kept = tuple(t for i, t in enumerate(clause) if t.pos != "$." or (i and clause[i - 1].pos == "CARD"))
    made = _verb_second(subject, kept)
    return _capital(made) if made is not None else None


def definite_relative(
    tagged: tuple[morph.Token, ...], comma: int, opener: int, close: int, *, subject_only: bool
) -> list[str] | None:
    """ "X versorgte die beiden Bewohner, die das Haus verlassen hatten." -> the main clause, then
    "Die beiden Bewohner haben das Haus verlassen.".

    A relative clause on a definite noun phrase is true of its referents. Stated alone it would be
    read of all that the noun names, so only a phrase that names exactly its referents qualifies: a
    singular one, or a plural with a number or "beiden" (Duden grammar: definite description). The
    pronoun must be the clause's subject and agree (``relative_as_main``'s checks for the main
    clause: a real event, no negation or modal). The noun must have its nominative form already:
    no genitive "-s" ("des Fahrers") and no dative plural ("den beiden Bewohnern").
    """
    if close != len(tagged) - 1 or opener != comma + 1 or tagged[opener].pos != "PRELS":
        return None
    pronoun = tagged[opener].word.lower()
    head = comma - 1
    if tagged[head].pos != "NN" or pronoun not in ("der", "die", "das"):
        return None
    start = head
    while start > 0 and tagged[start - 1].pos in ("ADJ(A)", "CARD", "PIAT"):
        start -= 1
    if start == 0 or tagged[start - 1].pos != "ART":
        return None
    article = tagged[start - 1].word.lower()
    modifiers = tagged[start:head]
    clause = list(tagged[opener + 1 : close])
    plural_verb = bool(re.search(r"(?:en|ern|eln)$", clause[-1].word)) or clause[-1].word == "sind"
    counted = any(t.pos == "CARD" or t.word.lower() == "beiden" for t in modifiers)
    if plural_verb:
        # Plural: "die"/"der" (accusative, genitive) share the nominative's noun form; "den" is dative.
        if pronoun != "die" or not counted or article not in ("die", "der"):
            return None
        nominative = "die"
    else:
        if any(t.pos in ("CARD", "PIAT") for t in modifiers):
            return None
        nominative = {"der": "der", "die": "die", "das": "das"}[pronoun]
        # The article must fit the pronoun's gender in some case: masculine den/dem/der, feminine
        # die/der, neuter das/dem; the genitive "des" changes the noun ("des Fahrers") and is refused.
        fits = {"der": ("den", "dem", "der"), "die": ("die", "der"), "das": ("das", "dem")}[pronoun]
        if article not in fits:
            return None
        if pronoun == "der" and (tagged[head].word.endswith("e") or tagged[head].word.endswith(_WEAK)):
            return None  # a weak masculine noun ("den Zeugen") has no nominative form here
    if pronoun != "der" and not subject_only and not (plural_verb and _singular_phrases_only(clause)):
        return None
    main = list(tagged[:comma])
    if _NEGATION.search(" ".join(t.word for t in main)) or not _reports_event(main):
        return None
    weak = [re.sub(r"(?:er|es|en|em)$", "e", t.word) if t.pos == "ADJ(A)" else t.word for t in modifiers]
    subject = (
        morph.Token(nominative.capitalize(), "der", "ART"),
        *(morph.Token(w, w, "ADJ(A)") for w in weak),
        tagged[head],
    )
    made = _verb_second(subject, tuple(clause))
    if made is None:
        return None
    first = _text([t.word for t in main])
    return [_capital(first), _capital(made)]


def _singular_phrases_only(clause: list[morph.Token]) -> bool:
    """Every noun phrase outside a prepositional phrase opens with a singular article ("das Haus").

    With a plural verb (subject-verb agreement, Duden grammar) none of them can be the subject, so
    the plural relative pronoun is.
    """
    inside = False
    for index, token in enumerate(clause):
        if token.pos in ("APPR", "APPRART"):
            inside = True
        elif token.pos in ("NN", "NE", "NNA", "NNI"):
            if not inside:
                start = index
                while start > 0 and clause[start - 1].pos in ("ADJ(A)", "ADV", "ADJ(D)"):
                    start -= 1
                opener = clause[start - 1] if start > 0 else None  # the phrase's own article, right before it
                if (
                    opener is None
                    or opener.pos != "ART"
                    or opener.word.lower() not in ("das", "ein", "eine", "einen", "den", "dem")
                ):
                    return False
            inside = False
        elif token.pos in ("PPER", "PIS", "PDS"):
            return False
    return True


# Weak masculine nouns (Duden grammar, n-Deklination): "den Kollegen", "dem Polizisten".
_WEAK: Final = ("ent", "ant", "ist", "at", "oge", "en")


def _reports_event(main: list[morph.Token]) -> bool:
    """One finite verb, not modal nor future "werden", and no verb whose object may not exist."""
    finite = [t for t in main if t.pos in _FINITE]
    if len(finite) != 1 or finite[0].pos == "VM(FIN)" or finite[0].lemma == "werden":
        return False
    return not intensional(main)


def intensional(main: Sequence[morph.Token]) -> bool:
    """The clause has a verb whose object may not exist ("sucht", "plant", "bietet … an"; ``_INTENSIONAL``)."""
    verbs = {t.lemma for t in main if t.pos.startswith("VV")}
    particles = [t.word for t in main if t.pos == "PTKVZ"]
    return bool(verbs & _INTENSIONAL or any(p + v in _INTENSIONAL for p in particles for v in verbs))


def _gender_of(noun_phrase: list[morph.Token]) -> str | None:
    """The gender an indefinite noun phrase shows: "eine"/"einer" f, "einen" m, else the lexicon's."""
    from pressconv.transforms.easy.lexicon import lookup

    article = noun_phrase[0].word.lower()
    if article in ("eine", "einer"):
        return "f"
    if article == "einen":
        return "m"
    entry = lookup(noun_phrase[-1].word)
    return {"der": "m", "das": "n"}.get(entry.gender if entry is not None else "")


def _verb_second(subject: tuple[morph.Token, ...], tokens: tuple[morph.Token, ...]) -> str | None:
    """Subject, the finite verb that closes ``tokens``, then the rest (a separable particle last)."""
    if not tokens or tokens[-1].pos not in _FINITE:
        return None
    if len(tokens) == 1 and (morph.participle(tokens[0].lemma) or ("", ""))[1] != "sein":
        # "20 Fahrer kontrollierte und verwarnte": a verb alone may share the object before it;
        # only a verb with "sein" in the Perfekt ("stürzte") takes none (as clauses._verb_list).
        return None
    tokens = (*subject, *tokens)
    end = len(subject)
    finite = tokens[-1]
    middle = [t.word for t in tokens[end:-1]]
    word = finite.word
    particle = _particle(finite)
    if particle:
        word = word[len(particle) :]
    # Plusquamperfekt ("gelöscht hatte") is the Perfekt one step back; in a sequence of main
    # clauses the order says which came first, and Leichte Sprache uses the Perfekt.
    if finite.lemma == "haben" and finite.word in ("hatte", "hatten") and tokens[-2].pos == "VV(PP)":
        word = "hat" if finite.word == "hatte" else "haben"
    elif finite.lemma == "sein" and finite.word in ("war", "waren") and tokens[-2].pos == "VV(PP)":
        built = morph.participle(tokens[-2].lemma)
        if built is not None and built[1] == "sein":
            word = "ist" if finite.word == "war" else "sind"
    return _text([*[t.word for t in tokens[:end]], word, *middle, *([particle] if particle else [])])


def _verb_first(tokens: tuple[morph.Token, ...]) -> str | None:
    """A main clause after a Vorfeld clause ("stürzte der Mann") with its subject moved in front."""
    tokens = tuple(t for t in tokens if t.pos != "$.")
    if len(tokens) < 2 or tokens[0].pos not in _FINITE or any(t.word in (",", ":", ";") for t in tokens):
        return None
    end = _subject_end(tokens[1:])
    if end is None:
        return None
    subject = [t.word for t in tokens[1 : end + 1]]
    rest = tokens[end + 1 :]
    if rest and rest[0].pos in ("KON", "KOKOM"):
        return None  # the subject may go on ("der Fahrer und sein Beifahrer"): not cut
    # A prepositional phrase after the subject stays after the verb, in the same order of words:
    # "stürzte der Mann mit dem Rad" -> "Der Mann stürzte mit dem Rad" says the same.
    return _text([*subject, tokens[0].word, *[t.word for t in rest]])


def verb_first_as_main(tokens: tuple[morph.Token, ...]) -> str | None:
    """The main clause left after its Vorfeld clause went ("stürzte der Mann") with its subject in front.

    topology.py leaves out a Vorfeld clause ("Um … zu …, hat die Stadt …"); the finite verb that
    followed it needs a new Vorfeld, and the subject is the one that keeps the statement the same.
    """
    return _verb_first(tokens)


def _particle(finite: morph.Token) -> str:
    """The separable particle a verb-final form carries ("anhielten" -> "an"), from its lemma."""
    return verb_second(finite)[1]


_PARTICLES: Final = (
    "zusammen", "zurück", "weiter", "vorbei", "statt", "hinzu", "teil", "fest", "frei", "fort", "nach", "auf",
    "aus", "ein", "mit", "vor", "weg", "bei", "los", "an", "ab", "zu",
)  # fmt: skip


# Inseparable verb prefixes (Duden grammar, untrennbare Präfixe): never a particle, whatever the analysis.
_INSEPARABLE: Final = frozenset(["be", "ge", "er", "ver", "zer", "ent", "emp", "miss"])


def verb_second(token: morph.Token) -> tuple[str, str]:
    """A verb-final finite form for the second place: "stattfindet" -> ("findet", "statt").

    In a subordinate clause a separable verb stays whole; in a main clause its particle goes to the
    end (Duden grammar, Verbklammer). The lemma must start with the same particle ("stattfinden").
    """
    word, lemma = token.word, token.lemma.lower()
    for particle in _PARTICLES:
        if word.startswith(particle) and lemma.startswith(particle) and len(word) > len(particle) + 2:
            return word[len(particle) :], particle
    # Particles the list above does not hold ("davontrug", "herausgab", "bereitstellt"): HanTa's analysis.
    found = morph.separable_particle(word) if token.pos in _FINITE else ""
    if found in _INSEPARABLE:
        return word, ""  # an inseparable prefix (Duden grammar: be-, ver-, zer- …) stays with its verb
    if found and word.startswith(found) and lemma.startswith(found) and len(word) > len(found) + 2:
        return word[len(found) :], found
    return word, ""


def named_subject(sentence: str, previous: str | None) -> str | None:
    """ "Sie ist frei von Werbung." after "Die Plattform steht …" -> "Die Plattform ist frei von Werbung."

    The continuation's pronoun subject names the previous sentence's definite subject when that is
    the only noun phrase of the pronoun's gender and number there (``_resolve``); None otherwise.
    """
    if previous is None:
        return None
    named = _resolve(sentence, previous)
    return named if named != sentence else None


def _resolve(clause: str, other: str, *, indefinite: bool = False) -> str:
    """The clause with an opening "er"/"sie"/"dieser"/"diese" replaced by the other clause's subject.

    Only when the other clause's subject is a noun phrase whose article shows its gender (definite,
    or with ``indefinite`` one opened by "ein"/"eine", then named with "der"/"die"/"das"), and no
    other noun phrase of that gender (or name) stands in the other clause (German reference: the
    pronoun names the one noun phrase it agrees with). Else unchanged.
    """
    tagged = morph.tag(clause)
    if len(tagged) < 3 or tagged[0].word.lower() not in _PRONOUNS or tagged[1].pos not in _FINITE:
        return clause
    before = morph.tag(other)
    span = _subject_span(before)
    if span is None:
        return clause
    start, end, verb = span
    article = before[start].word.lower()
    plural_verb = tagged[1].word.endswith("en") or tagged[1].word in ("sind",)
    wanted = _PRONOUNS[tagged[0].word.lower()]
    if wanted == "fp":
        wanted = "p" if plural_verb else "f"
    if article in ("der", "die", "das"):
        shown = _NOMINATIVE[article]
        other_plural = before[verb].word.endswith("en") or before[verb].word == "sind"
        gender = "p" if shown == "fp" and other_plural else "f" if shown == "fp" else shown
        subject = [t.word for t in before[start:end]]
    elif indefinite and article in ("ein", "eine"):
        found = _indefinite_gender(before[start:end])
        if found is None:
            return clause
        gender, subject = found
    else:
        return clause
    if gender != wanted:
        return clause
    rivals = _RIVALS[gender]
    for position, token in enumerate(before):
        if start <= position < end:
            continue
        after_preposition = position > 0 and before[position - 1].pos in ("APPR", "APPRART")
        if gender == "m" and token.word == "der" and after_preposition:
            continue  # "vor der Ampel": after a preposition "der" is feminine (dative), no rival to "er"
        if after_preposition and _street(before, position) and tagged[0].word.lower() in ("er", "sie"):
            continue  # "in der Bahnhofstraße": a street the event happened in is no one who acts
        if token.pos == "NE" or (token.pos in ("ART", "PIAT", "PDAT") and token.word.lower() in rivals):
            return clause
        if token.pos in ("PPER", "PDS"):
            return clause
    named = re.sub(r"(\d) (?=-\w)", r"\1", " ".join(subject))
    return f"{named[:1].upper()}{named[1:]} {clause.split(' ', 1)[1]}"


# Street names end in these nouns (German street naming, Straßennamen): a place, never an actor.
_STREET: Final = re.compile(r"(?:straße|strasse|weg|platz|allee|gasse|ring|damm|ufer|chaussee|steig|pfad)$", re.IGNORECASE)


def _street(tagged: tuple[morph.Token, ...], article: int) -> bool:
    """The noun phrase opened at ``article`` is a street name ("der Bahnhofstraße", "der Rudower Straße")."""
    end = article + 1
    while end < len(tagged) and tagged[end].pos in ("ADJ(A)", "NE", "NN"):
        end += 1
    return end > article + 1 and bool(_STREET.search(tagged[end - 1].word))


def _subject_span(tagged: tuple[morph.Token, ...]) -> tuple[int, int, int] | None:
    """(start, end, finite verb) of the subject: before the verb, or right after it when an
    adverbial opens the clause (verb-second: "Am Montag fuhr ein Mann …", Duden grammar)."""
    verb = next((i for i, t in enumerate(tagged) if t.pos in _FINITE), None)
    if verb is None or verb == 0:
        return None
    if tagged[0].pos == "ART":
        end = _subject_end(tagged)
        return (0, end, verb) if end == verb else None
    if tagged[0].pos not in ("APPR", "APPRART", "ADV") or verb > 7:
        return None
    # The Vorfeld is one adverbial: every noun in it follows a preposition.
    inside = False
    for token in tagged[:verb]:
        if token.pos in ("APPR", "APPRART"):
            inside = True
        elif token.pos in ("NN", "NE"):
            if not inside:
                return None
        elif token.pos not in ("ADV", "ART", "ADJ(A)", "CARD"):
            return None
    if verb + 1 >= len(tagged) or tagged[verb + 1].pos != "ART":
        return None
    end = _subject_end(tagged[verb + 1 :])
    return (verb + 1, verb + 1 + end, verb) if end is not None else None


def _indefinite_gender(phrase: tuple[morph.Token, ...]) -> tuple[str, list[str]] | None:
    """("m", ["der", "45-jährige", "Autofahrer"]) for "ein 45-jähriger Autofahrer"; None if unsure.

    "eine" shows a feminine noun; after "ein" an adjective's strong ending shows the gender ("-er"
    masculine, "-es" neuter), or the lexicon knows the noun. The definite form takes the weak
    ending "-e" (Duden grammar, Adjektivdeklination).
    """
    from pressconv.transforms.easy.lexicon import lookup

    head = phrase[-1]
    if head.pos not in ("NN", "NNA") or any(t.pos not in ("ADJ(A)", "CARD") for t in phrase[1:-1]):
        return None
    adjectives = [t.word for t in phrase[1:-1]]
    if phrase[0].word.lower() == "eine":
        gender = "f"
    else:
        endings = {a[-2:] for a in adjectives if not a[:1].isdigit()}
        if head.pos == "NNA":
            endings.add(head.word[-2:])
        entry = lookup(head.word)
        known = {"der": "m", "das": "n"}.get(entry.gender if entry is not None else "")
        gender = "m" if endings == {"er"} else "n" if endings == {"es"} else known or ""
        if gender != "m":
            return None  # "es" is never replaced; only "er" can name this phrase
    weak = [re.sub(r"(?:er|es|e)$", "e", a) if not a[:1].isdigit() else a for a in adjectives]
    noun = re.sub(r"er$", "e", head.word) if head.pos == "NNA" else head.word
    article = {"m": "der", "f": "die"}[gender]
    return gender, [article, *weak, noun]


def _text(words: list[str]) -> str:
    """The words as a clause with German spacing and a full stop."""
    text = " ".join(words)
    text = re.sub(r"\s+([,.!?:;“])", r"\1", text)
    text = re.sub(r"(\d) (?=-\w)", r"\1", text)
    text = re.sub(r"„\s+", "„", text)
    return text.rstrip(",;: ") + "."


def _capital(text: str) -> str:
    """The text with a capital first letter."""
    return text[:1].upper() + text[1:]


def relative_clause_as_main(vorfeld: list[str], clause: tuple[morph.Token, ...]) -> str | None:
    """A relative clause (without its pronoun) as a main clause with ``vorfeld`` where the pronoun stood.

    "…, die 1970 gebaut worden war" with ["Die", "Halle"] -> "Die Halle ist 1970 gebaut worden.":
    the noun phrase in the pronoun's case takes the pronoun's place, the finite verb moves to second
    place (Verbzweitstellung, Duden grammar), its separable particle to the end (``_verb_second``).
    """
    front = tuple(morph.Token(word, word, "X") for word in vorfeld)
    if not clause or morph.separable_particle(clause[-1].word) is None:
        return None  # "durch", "über", "um": a particle or a prefix, HanTa cannot tell where it goes
    # Only an end mark after the verb goes: a date's period inside the clause ("am 9. März") stays.
    made = _verb_second(front, tuple(clause[:-1] if clause and clause[-1].pos == "$." else clause))
    return _capital(made) if made is not None else None
