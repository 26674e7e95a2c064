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
from typing import Final

from pressconv.transforms.easy import morph

__all__ = ["split_adverbial"]

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
    tagged = morph.tag(sentence)
    words = [t.word for t in tagged]
    if words.count(",") != 1 or not tagged or tagged[-1].word not in (".", "!"):
        return [sentence]
    comma = words.index(",")
    if comma < 3 or comma + 4 >= len(tagged):
        return [sentence]
    first = tagged[0].word.lower()
    if first in _FACTUAL and tagged[0].pos in ("KOUS", "APPR", "KOKOM"):
        # Vorfeld clause: "Nachdem …, <finite verb> <subject> …".
        clause = _as_main(tagged[1:comma])
        main = _verb_first(tagged[comma + 1 : -1])
        if clause is None or main is None:
            return [sentence]
        pair = [main, clause] if first in _AFTER else [clause, main]
    else:
        conjunction = tagged[comma + 1].word.lower()
        if conjunction == "so" and comma + 2 < len(tagged) and tagged[comma + 2].word == "dass":
            conjunction, start = "sodass", comma + 3
        else:
            start = comma + 2
        # HanTa may tag "sodass" as a name and "wobei" as an adverb; the clause must still end with
        # its finite verb (_as_main), which no prepositional "während der Fahrt" does.
        if conjunction not in _FACTUAL or (conjunction == "da" and tagged[comma + 1].pos != "KOUS"):
            return _consecutive(tagged, comma) or [sentence]
        main_tokens = list(tagged[:comma])
        if not _main_clause(main_tokens):
            return [sentence]
        clause = _as_main(tagged[start:-1])
        if clause is None:
            return [sentence]
        pair = [_text([t.word for t in main_tokens]), clause]
    resolved = [_resolve(pair[0], pair[1]), _resolve(pair[1], pair[0])]
    return [_capital(p) for p in resolved]


def _consecutive(tagged: tuple[morph.Token, ...], comma: int) -> list[str] | None:
    """ "X war so schnell, dass X stürzte." -> ["X war schnell.", "X stürzte."] (Konsekutivsatz).

    The correlate "so" before an adjective in the main clause points at the "dass" clause; without
    it the main clause says the same degree as a plain fact, and the "dass" clause states the result.
    """
    if tagged[comma + 1].word != "dass":
        return None
    main = list(tagged[:comma])
    so = next((i for i, t in enumerate(main) if t.word == "so" and i + 1 < len(main) and main[i + 1].pos.startswith("ADJ")), None)
    if so is None or not _main_clause(main):
        return None
    clause = _as_main(tagged[comma + 2 : -1])
    if clause is None:
        return None
    first = _text([t.word for i, t in enumerate(main) if i != so])
    return [_capital(first), _capital(_resolve(clause, first))]


def _main_clause(tokens: list[morph.Token]) -> bool:
    """One finite verb, not first, and no conjunction opening the part (a main clause, verb second)."""
    finite = [i for i, t in enumerate(tokens) if t.pos in _FINITE]
    return len(finite) == 1 and finite[0] > 0 and tokens[0].pos not in ("KOUS", "PRELS", "PWS", "PWAV", "KON")


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
                break  # after the head noun only a name goes on ("die Polizei Nordheim")
            end += 1
        if any(t.pos in ("NN", "NE", "NNA") for t in tokens[:end]):
            return end
    return None


def _as_main(tokens: tuple[morph.Token, ...]) -> str | None:
    """A verb-final clause (without its conjunction) as a main clause: subject, finite verb, rest."""
    tokens = tuple(t for t in tokens if t.pos != "$.")
    if len(tokens) < 3 or tokens[-1].pos not in _FINITE or sum(t.pos in _FINITE for t in tokens) != 1:
        return None
    if any(t.word in (",", ":", ";", "(", "–") for t in tokens):
        return None
    end = _subject_end(tokens)
    if end is None or end >= len(tokens) - 1:
        return None
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


def _particle(finite: morph.Token) -> str:
    """The separable particle a verb-final form carries ("anhielten" -> "an"), from its lemma."""
    from pressconv.transforms.easy.clauses import verb_second

    return verb_second(finite)[1]


def _resolve(clause: str, other: str) -> str:
    """The clause with an opening "er"/"sie"/"dieser"/"diese" replaced by the other clause's subject.

    Only when the other clause's subject is a definite noun phrase or a name whose gender the
    article shows, and no other noun phrase of that gender (or name) stands in the other clause
    (German reference: the pronoun names the one noun phrase it agrees with). Else unchanged.
    """
    tagged = morph.tag(clause)
    if len(tagged) < 3 or tagged[0].word.lower() not in _PRONOUNS or tagged[1].pos not in _FINITE:
        return clause
    before = morph.tag(other)
    end = _subject_end(before)
    if end is None or before[0].pos != "ART" or before[0].word.lower() not in ("der", "die", "das"):
        return clause
    if before[end].pos not in _FINITE if end < len(before) else True:
        return clause
    plural_verb = tagged[1].word.endswith("en") or tagged[1].word in ("sind",)
    shown = _NOMINATIVE[before[0].word.lower()]
    wanted = _PRONOUNS[tagged[0].word.lower()]
    if wanted == "fp":
        wanted = "p" if plural_verb else "f"
    other_plural = before[end].word.endswith("en") or before[end].word == "sind"
    gender = "p" if shown == "fp" and other_plural else "f" if shown == "fp" else shown
    if gender != wanted:
        return clause
    rivals = _RIVALS[gender]
    for index, token in enumerate(before[end:], end):
        if token.pos == "NE" or (token.pos in ("ART", "PIAT", "PDAT") and token.word.lower() in rivals):
            return clause
        if token.pos in ("PPER", "PDS"):
            return clause
    subject = " ".join(t.word for t in before[:end])
    return f"{subject} {clause.split(' ', 1)[1]}"


def _text(words: list[str]) -> str:
    text = " ".join(words)
    text = re.sub(r"\s+([,.!?:;“])", r"\1", text)
    text = re.sub(r"(\d) (?=-\w)", r"\1", text)
    text = re.sub(r"„\s+", "„", text)
    return text.rstrip(",;: ") + "."


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
