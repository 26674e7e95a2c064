"""Passive to active where the source names the agent: "wurde von der Polizei festgenommen".

Leichte-Sprache rule books ask for active sentences. A passive without an agent stays passive (and
the verifier leaves it out): naming someone the source does not name would invent a fact. With
"von"/"durch" + agent, the past passive (Präteritum "wurde … festgenommen" or Perfekt "ist …
festgenommen worden") becomes the Perfekt active "Die Polizei hat … festgenommen"; a passive's
verb is transitive, so the auxiliary is always "haben". Case forms follow German declension;
where the gender or number cannot be read off the words, nothing is changed.
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.judgement import judged_elsewhere
from pressconv.transforms.easy.lexicon import article
from pressconv.transforms.easy.organisations import ORG_HEADS
from pressconv.transforms.easy.phrases import _TIME
from pressconv.transforms.easy.present import third_singular
from pressconv.transforms.easy.rivals import noun_gender as rival_gender

__all__ = ["active", "appeal", "modal_passive", "present_passive"]

_NP: Final = ("ART", "ADJ(A)", "NN", "NE", "NNA", "CARD")
_NOUNS: Final = ("NN", "NE", "NNA")
# Agent after "von"/"durch" -> its article in the nominative, or None where gender/number is unclear.
# The indefinite forms are as sure: "durch einen" is only masculine, "von einem" masculine or neuter
# (both "ein" in the nominative), "von/durch eine(r)" only feminine (Duden grammar, declension of "ein").
_AGENT_ARTICLE: Final = {
    ("von", "der"): "die", ("durch", "den"): "der", ("durch", "das"): "das", ("durch", "die"): "die",
    ("durch", "einen"): "ein", ("von", "einem"): "ein", ("von", "einer"): "eine", ("durch", "eine"): "eine",
}  # fmt: skip


def _join(words: list[str]) -> str:
    """The words joined with German spacing; a trailing comma goes, a number and "-jährige" stay one word."""
    # A date's closing comma ("am Montag, 4. Mai, veröffentlicht") has nothing to close at the end.
    while words and words[-1] == ",":
        words = words[:-1]
    text = re.sub(r"\s+([,.!?:;“])", r"\1", " ".join(words))
    text = re.sub(r"„\s+", "„", text)  # German quotation marks hug the quoted words (Duden, Anführungszeichen)
    return re.sub(r"(\d) (?=-\w)", r"\1", text)  # "20-jährige" is one word, tokenised in two


# Determiners other than the articles (STTS tags): "kein", "dieser", "jeder", "sein", "alle".
_DETERMINERS: Final = ("PIAT", "PIDAT", "PDAT", "PPOSAT", "PWAT", "PRELAT")


def _noun_phrase(tagged: tuple[morph.Token, ...], start: int) -> int:
    """Index after the noun phrase that starts at ``start`` (article, adjectives, nouns)."""
    end = start
    if start < len(tagged) and tagged[start].pos in _DETERMINERS:
        end += 1  # "kein", "dieser", "alle" open a noun phrase as an article does
    while end < len(tagged) and (
        tagged[end].pos in _NP
        # "die schwer erreichbare Stelle": an adverb that grades the adjective after it is inside the phrase
        or (end > start and tagged[end].pos == "ADJ(D)" and end + 1 < len(tagged) and tagged[end + 1].pos == "ADJ(A)")
    ):
        if end > start and tagged[end].pos == "ART":
            break
        end += 1
    return end if end > start + 1 or start >= len(tagged) or tagged[start].pos not in _DETERMINERS else start


def coordinated(tagged: tuple[morph.Token, ...], start: int, end: int) -> tuple[list[str], int] | None:
    """The accusative of a coordinated noun phrase "die Rettung und die Bergung" and the index after it.

    German coordinates noun phrases with "und"/"oder" (Duden grammar, Koordination); as a passive's
    subject the whole coordination becomes the object. Each conjunct takes its own accusative; a second
    conjunct without article shares the first one's ("die Rettung und Bergung"), which is certain only
    where that article reads the same in both cases (die, das, eine, or none). None when the phrase at
    ``start``..``end`` is not coordinated or a case form is unsure.
    """
    if end >= len(tagged) or tagged[end].word not in ("und", "oder") or end == start:
        return None
    first = _accusative(tagged[start:end])
    if first is None:
        return None
    second_start = end + 1
    if second_start >= len(tagged):
        return None
    if tagged[second_start].pos in ("NN", "ADJ(A)"):
        shared = tagged[start].word.lower() if tagged[start].pos in ("ART", *_DETERMINERS) else None
        if shared not in (None, "die", "das", "eine", "keine", "alle"):
            return None
        second_end = second_start
        while second_end < len(tagged) and tagged[second_end].pos in ("ADJ(A)", "NN"):
            second_end += 1
        if tagged[second_end - 1].pos != "NN" or (
            shared is None and any(t.pos == "ADJ(A)" for t in tagged[second_start:second_end])
        ):
            return None
        second = [t.word for t in tagged[second_start:second_end]]
    else:
        second_end = _noun_phrase(tagged, second_start)
        if second_end == second_start:
            return None
        found = _accusative(tagged[second_start:second_end])
        if found is None:
            return None
        second = found
    if second_end < len(tagged) and tagged[second_end].word in ("und", "oder", ","):
        return None  # a longer list: its scope is left to the verifier
    return [*first, tagged[end].word, *second], second_end


def listed_subject(body: list[morph.Token], verb: int) -> list[str] | None:
    """The Vorfeld ``body[:verb]`` as the accusative object, where it is a list of noun phrases.

    "Saft, Brot und Obst", "Ein Vortrag und eine Übung in Erster Hilfe": German lists noun
    phrases with commas and one "und"/"oder" before the last (Duden, Komma bei Aufzählungen); the
    Vorfeld is one constituent (verb-second order), so prepositional phrases after the last item stay
    where they are. Each item takes its own accusative and must show it; None when one does not, when
    the Vorfeld is anything else, or when it is one plain noun phrase (the callers' own case).
    """
    words: list[str] = []
    index = 0
    joined = False
    count = 0
    while index < verb:
        end = phrase_end(body, index)
        if end == index or end > verb:
            return None
        found = _accusative(tuple(body[index:end]))
        if found is None:
            return None
        words.extend(found)
        count += 1
        index = end
        if index < verb and body[index].word in (",", "und", "oder") and not joined:
            joined = body[index].word != ","
            words.append(body[index].word)
            index += 1
        else:
            break
    if count < 2 or not joined or not _attachments(tuple(body), index, verb):
        return None
    if body[0].pos in ("ART", "ADJ(A)", *_DETERMINERS):
        words[0] = words[0].lower()
    return [*words, *[t.word for t in body[index:verb]]]


def _attachments(tagged: tuple[morph.Token, ...], start: int, end: int) -> bool:
    """Between ``start`` and ``end`` only prepositional phrases that belong to the noun before them."""
    index = start
    while index < end:
        if tagged[index].word in ("des", "eines") and tagged[index].pos == "ART":
            # "die Einführung des neuen Verfahrens": a genitive attribute belongs to the noun before it.
            after = _noun_phrase(tagged, index)
            if after <= index + 1 or tagged[after - 1].pos not in _NOUNS:
                return False
            index = after
            continue
        if tagged[index].pos not in ("APPR", "APPRART"):
            return False
        after = _noun_phrase(tagged, index + 1)
        if after == index + 1:
            return False
        if after + 1 < end and tagged[after].word in ("und", "oder") and tagged[after + 1].pos in _NP:
            # "zwischen Ort A und Ort B": one preposition governs both nouns of a coordination.
            after = _noun_phrase(tagged, after + 1)
        index = after
    return True


def _rival_subject(tokens: list[morph.Token]) -> bool:
    """A noun phrase outside any prepositional phrase that could be the subject instead (a reflexive
    or demonstrative pronoun is no rival subject: "sich" is an object, "das" may be the article)."""
    return morph.bare_noun_phrase(never_subjects(tokens), frozenset({"PPER", "PIS"}))


# Nouns of a span of time: with a number and "lang" they make an adverbial accusative of duration
# ("drei Tage lang", Duden grammar: adverbialer Akkusativ), never a subject.
_DURATION: Final = frozenset(
    {"Minute", "Stunde", "Tag", "Woche", "Monat", "Jahr", "Wochenende", "Nacht", "Minuten", "Stunden", "Tage",
     "Wochen", "Monate", "Jahre", "Nächte", "Wochenenden"}
)  # fmt: skip
# Bounds on a span ("mindestens zehn Minuten"): with a count and a noun of time, a duration.
_BOUNDS: Final = frozenset({"mindestens", "höchstens", "wenigstens", "maximal", "minimal"})
_MONTHS: Final = frozenset(
    {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
     "Dezember"}
)  # fmt: skip


def never_subjects(tokens: list[morph.Token] | tuple[morph.Token, ...]) -> list[morph.Token]:
    """``tokens`` without the noun phrases whose form shows they cannot be a nominative subject.

    German case forms (Duden grammar, Deklination): a phrase led by "dem"/"einem" or "des"/"eines" is a
    dative or genitive (inside a prepositional phrase the preposition decides, and the phrase stays);
    "drei Tage lang" is an adverbial accusative of duration; "Anfang/Mitte/Ende Mai" and "4. Mai
    2026" name a time (enge Apposition), not an actor. What is left is what a subject test must look at.
    """
    out: list[morph.Token] = []
    index = 0
    items = list(tokens)
    while index < len(items):
        token = items[index]
        governed = index > 0 and items[index - 1].pos in ("APPR", "APPRART")
        if token.word in ("dem", "einem", "des", "eines", "einer", "der") and token.pos == "ART" and not governed:
            end = phrase_end(items, index)
            # "der" is a nominative only before a masculine singular; before a feminine singular ("der
            # Revision") or a plural ("der Arbeiten") it is a genitive or dative.
            head = items[end - 1]
            if end > index + 1 and head.pos in _NOUNS and (token.word != "der" or _not_nominative(head)):
                index = end
                continue
        if token.pos == "NE" and out and out[-1].pos in ("NN", "NE"):
            index += 1  # "das Museum Altstadt": a name in close apposition is part of the noun phrase
            continue
        if token.pos in ("APPR", "APPRART"):
            end = phrase_end(items, index + 1)
            # The phrase up to its first noun, as morph.bare_noun_phrase reads a prepositional phrase.
            first_noun = next((i for i in range(index + 1, end) if items[i].pos in _NOUNS), end - 1)
            out.extend(items[index : first_noun + 1])
            # "über die B 9 und die B 12": the preposition governs both conjuncts where they share
            # the article's form (a different article may be a new subject: the roles are unsure).
            while (
                end > index + 1
                and end + 1 < len(items)
                and items[end].word in ("und", "oder")
                and (
                    (items[end + 1].word.lower() == items[index + 1].word.lower() and items[end + 1].pos == "ART")
                    # "zwischen Bahnhof und Markt": two bare nouns under one preposition
                    or (items[index + 1].pos in ("NN", "NE") and items[end + 1].pos in ("NN", "NE"))
                )
            ):
                end = phrase_end(items, end + 1)
            index = max(end, index + 1)
            continue
        if (
            token.pos == "CARD"
            and index + 2 < len(items)
            and items[index + 1].word in _DURATION
            and items[index + 2].word == "lang"
        ):
            index += 3
            continue
        if (
            token.word.lower() in _BOUNDS
            and index + 2 < len(items)
            and items[index + 1].pos == "CARD"
            and items[index + 2].word in _DURATION
        ):
            # "mindestens zehn Minuten", "höchstens zwei Stunden": a bound on a span is said of how
            # long something lasts, the adverbial accusative of duration again (Duden grammar).
            index += 3
            continue
        if token.word in ("Anfang", "Mitte", "Ende") and index + 1 < len(items) and items[index + 1].word in _MONTHS:
            index += 2
            continue
        if (
            token.pos == "CARD"
            and index + 2 < len(items)
            and items[index + 1].word == "."
            and items[index + 2].word in _MONTHS
        ):
            # "30. April 2026": a date, listed or in apposition after a weekday ("am Montag, 4. Mai").
            index += 4 if index + 3 < len(items) and items[index + 3].pos == "CARD" else 3
            continue
        out.append(token)
        index += 1
    return out


def _not_nominative(noun: morph.Token) -> bool:
    """After "der": a feminine singular or a plural noun (the lemma differs and carries a plural ending)."""
    if _singular_feminine(noun.word):
        return True
    return noun.pos == "NN" and noun.lemma != noun.word and noun.word.endswith(("en", "n", "e", "er", "s"))


def date_commas_only(tokens: list[morph.Token] | tuple[morph.Token, ...]) -> bool:
    """Every comma stands beside a number: a date's apposition ("am Montag, 4. Mai 2026, um …") or a
    list of dates ("am 4. Mai, 8. Juni und 6. Juli"), not a clause boundary (Duden, Komma bei
    Datumsangaben). With one finite verb such commas leave the clause whole."""
    return all(
        t.word != ","
        or (
            0 < i < len(tokens) - 1
            and (tokens[i + 1].pos == "CARD" or tokens[i - 1].pos == "CARD" or tokens[i - 1].word == "Uhr")
        )
        for i, t in enumerate(tokens)
    )


def commas_ok(body: list[morph.Token], verb: int) -> bool:
    """Every comma is a date's (``date_commas_only``) or separates the items of a Vorfeld list."""
    if date_commas_only(body):
        return True
    if date_commas_only(body[verb:]) and _place_list_commas(body[:verb]):
        return True
    return date_commas_only(body[verb:]) and listed_subject(body, verb) is not None


def _place_list_commas(vorfeld: list[morph.Token]) -> bool:
    """ "Das Trinkwasser in Adorf, Bedorf und Cedorf": every comma of the Vorfeld joins names
    under one preposition, closed by "und"/"oder" (Duden, Komma bei Aufzählungen): no clause boundary."""
    commas = [i for i, t in enumerate(vorfeld) if t.word == ","]
    if not commas:
        return False
    preposition = next((i for i, t in enumerate(vorfeld) if t.pos in ("APPR", "APPRART")), None)
    if preposition is None or preposition > commas[0]:
        return False
    tail = vorfeld[commas[-1] + 1 :]
    closed = [t.word for t in tail[1:3]] and any(t.word in ("und", "oder") for t in tail)
    return bool(closed) and all(
        0 < i < len(vorfeld) - 1 and vorfeld[i - 1].pos in ("NE", "NN") and vorfeld[i + 1].pos in ("NE", "NN")
        for i in commas
    )


def agent_at(tokens: list[morph.Token] | tuple[morph.Token, ...], index: int) -> bool:
    """ "von"/"vom"/"durch"/"seitens" at ``index`` may name an agent; "von" before a number is an
    amount or a time ("von 3 Euro auf 4 Euro", "von 9 bis 17 Uhr"), never an agent."""
    word = tokens[index].word.lower()
    if word not in ("von", "vom", "durch", "seitens"):
        return False
    if word != "von" or index + 1 >= len(tokens):
        return True
    number = index + 1
    # "ein Bußgeld von bis zu 500 Euro", "von rund 20 Euro": a limit or an estimate before the amount.
    while number < len(tokens) and tokens[number].word.lower() in _LIMITS:
        number += 1
    if number >= len(tokens) or tokens[number].pos != "CARD":
        return True
    # "von 2 Polizisten" counts agents; "von 8 Euro", "von 9 bis 17 Uhr" is an amount or a time.
    after = tokens[number + 1] if number + 1 < len(tokens) else None
    return after is not None and after.pos in ("NN", "NNA", "ADJ(A)") and after.word not in _UNITS


def _inside_phrase(tokens: list[morph.Token] | tuple[morph.Token, ...], index: int) -> bool:
    """ "auf dem Parkplatz von einem Markt": a "von" right after the noun of a prepositional phrase.

    There it may be that noun's attribute (the genitive said with "von", as the summary says every
    genitive) as well as the agent; the tags cannot tell, so it is not read as the agent (omission
    over error: "Ein Markt hat das Auto beschädigt" would be invented).
    """
    at = index - 1
    # A common noun only, never a time ("am Montag von der Stadt") nor a town's name ("in Talheim von
    # der Stadt"): neither takes a "von" attribute, so there the "von" is the agent.
    if at < 1 or tokens[at].pos != "NN" or _TIME.search(tokens[at].word):
        return False
    while at > 0 and tokens[at - 1].pos in ("ART", "ADJ(A)", "CARD", "NN", "NE", "PPOSAT"):
        at -= 1
    # The phrase has its article ("auf dem Parkplatz", "am Eingang"): a town after "in" has none.
    determined = tokens[at - 1].pos == "APPRART" or tokens[at].pos in ("ART", "PPOSAT")
    if not (at > 0 and tokens[at - 1].pos in ("APPR", "APPRART") and determined):
        return False
    # A person by name or role after "von" ("von Landrätin Maria Muster", "von einem Mann") is the
    # agent: a place's noun takes no person as its attribute.
    end = index + 1
    while end < len(tokens) and tokens[end].pos in ("ART", "ADJ(A)", "NN", "NE", "CARD"):
        end += 1
    agent = tokens[index + 1 : end]
    return not any(t.pos == "NE" or (t.pos == "NN" and rival_gender(t.word) is not None) for t in agent)


_LIMITS: Final = frozenset({"bis", "zu", "rund", "etwa", "ca.", "über", "unter", "knapp", "maximal", "mindestens"})
# Units of money, time and measure: "von" + number + unit is an amount or a span, never an agent.
_UNITS: Final = frozenset(
    {"Euro", "€", "Cent", "Prozent", "%", "Uhr", "Minute", "Minuten", "Stunde", "Stunden", "Tag", "Tage", "Tagen",
     "Woche", "Wochen", "Monat", "Monate", "Monaten", "Jahr", "Jahre", "Jahren", "Meter", "Kilometer", "Liter",
     "Kilogramm", "Gramm", "Tonnen", "Tonne", "Quadratmeter", "Hektar", "Grad", "Millionen", "Milliarden",
     "Tausend", "tausend", "Punkte", "Punkten", "Metern", "Kilometern", "Litern", "Sekunden", "Zentimeter",
     "Zentimetern"}
)  # fmt: skip


def money_span(tokens: list[morph.Token] | tuple[morph.Token, ...]) -> bool:
    """ "von 7 Euro auf 9 Euro", "von bis zu 500 Euro": an amount of money after "von".

    Such a sentence (a price change, a fine) is money.py's: its rescue says the new price, then the
    old, or the fine as what can happen ("Dafür kann es ein Bußgeld geben."), plainer than "man hebt …
    an"; the passive repairs leave it to that rescuer.
    """
    for index, token in enumerate(tokens):
        if token.word != "von":
            continue
        number = index + 1
        while number < len(tokens) and tokens[number].word.lower() in _LIMITS:
            number += 1
        if number + 1 < len(tokens) and tokens[number].pos == "CARD" and tokens[number + 1].word in _MONEY:
            return True
    return False


_MONEY: Final = frozenset({"Euro", "€", "Cent", "Dollar"})


def any_agent(tokens: list[morph.Token] | tuple[morph.Token, ...]) -> bool:
    """Some token of ``tokens`` may name a passive's agent (``agent_at``)."""
    return any(agent_at(tokens, i) for i in range(len(tokens)))


def _singular_feminine(noun: str) -> bool:
    """The noun is feminine and singular, not read as a plural."""
    from pressconv.transforms.easy.lexicon import feminine_singular

    return feminine_singular(noun) and not said_plural(noun)


def said_plural(noun: str) -> bool:
    """Whether the lexicon explains the noun as a plural ("Die Stadt·werke sind eine Firma …").

    A Pluraletantum written with its article in the explanation takes the plural article "die" like a
    feminine singular, so the gender alone would make "von der Stadtwerke" or "die Stadtwerke hat"
    (Duden grammar: Pluraletantum, plural agreement).
    """
    from pressconv.transforms.easy.lexicon import lookup

    entry = lookup(noun)
    if entry is None or noun.endswith(("ung", "heit", "keit", "schaft", "ion", "tät", "ei")):
        return False  # a feminine suffix is singular, whatever the explanation's verb ("Die Verwaltung sind …")
    head = re.escape(entry.word.replace("·", ""))
    if re.match(rf"(?:Die\s+)?{head}\s+sind\b", entry.explanation.replace("·", "")) is None:
        return False
    # The explanation's "sind" may be loose ("Die Presse sind …"): the noun must also be a plural form
    # of a singular the tagger knows ("Stadtwerke" of "Stadtwerk").
    tagged = morph.tag(f"die {noun}")
    return len(tagged) == 2 and tagged[1].lemma not in ("", noun)


def _agent(tagged: tuple[morph.Token, ...], at: int) -> tuple[list[str], int] | None:
    """The agent after "von"/"durch" at ``at`` in the nominative, and the index after it; None where
    "und"/"oder" follows it: a coordinated agent ("von der Stadt und dem Land") is one subject whose
    every conjunct and the verb's plural must be said (``active`` does it with ``_second_agent``),
    and the first conjunct alone would leave the second one behind as a wrong object."""
    found = _single_agent(tagged, at)
    if found is not None and found[1] < len(tagged) and tagged[found[1]].word in ("und", "oder"):
        return None
    return found


def _single_agent(tagged: tuple[morph.Token, ...], at: int) -> tuple[list[str], int] | None:
    """The agent after "von"/"durch" at ``at`` in the nominative, and the index after it."""
    preposition = tagged[at].word.lower()
    counted = _plural_agent(tagged, at) if preposition == "von" else None
    if counted is not None:
        # "von Dächern", "von Feldern aus": a place or a start, never the agent (as below).
        where = _circumposition(tagged, counted[1]) or _SOURCE_PLACE.search(tagged[counted[1] - 1].word.lower())
        return None if where else counted
    end = _noun_phrase(tagged, at + 1)
    phrase = tagged[at + 1 : end]
    if not phrase or phrase[-1].pos not in _NOUNS:
        return None
    if _circumposition(tagged, end):
        return None
    if _SOURCE_PLACE.search(phrase[-1].word.lower()):
        return None  # "vom Dach geholt", "von der Straße abgedrängt": where from, not who
    genitive: list[str] = []
    if end < len(tagged) and tagged[end].word in ("des", "eines") and tagged[end].pos == "ART":
        # "durch das Gesundheitsamt des Landkreises": the genitive is the agent's attribute and goes
        # with it into the subject; left behind it would attach to the patient ("die Untersuchung des
        # Landkreises").
        after = _noun_phrase(tagged, end)
        if after <= end + 1 or tagged[after - 1].pos not in _NOUNS:
            return None
        genitive = [t.word for t in tagged[end:after]]
        end = after
    elif end < len(tagged) and tagged[end].word in ("der", "einer") and tagged[end].pos == "ART":
        return None  # "von der Website der Stadt": a genitive or a new subject; the words do not say which
    elif end < len(tagged) and tagged[end].word in ("von", "vom") and not _circumposition(tagged, end):
        # "durch den Polier von der Baufirma": the rewrite has said the agent's genitive with "von"
        # (rewrite._genitive), and a "von" phrase right after a noun is its attribute (German noun
        # phrases attach to the right). It goes with the agent into the subject; left behind it would
        # name a doer of the patient ("hat den Diebstahl von der Baufirma festgestellt": judged wrong).
        after = _noun_phrase(tagged, end + 1)
        attribute = tagged[end:after]
        if after <= end + 1 or attribute[-1].pos not in _NOUNS or any(_TIME.search(t.word) for t in attribute):
            return None
        # Only an owner the phrase names as a body or a name ("von der Baufirma", "vom Bauamt", "von
        # Adorf"): "vom Dach", "von der Unfallstelle" say where from, the verb's own phrase (review).
        head_word = attribute[-1].word.lower()
        body = any(head_word.endswith(h) for h in ORG_HEADS) and not head_word.endswith("stelle")
        if attribute[-1].pos != "NE" and not body:
            # ("-stelle" names a place as often as an office: "Unfallstelle", "Baustelle", "Haltestelle".)
            return None
        genitive = [t.word for t in attribute]
        end = after
    if end < len(tagged) and tagged[end].word in ("„", '"'):
        # "durch den neuen Rufbus „Linie plus“": a quoted name right after the agent's noun is its close
        # apposition (Duden: enge Apposition); left behind, it would name the patient (judged wrong).
        close = next((j for j in range(end + 1, min(len(tagged), end + 8)) if tagged[j].word in ("“", '"', "”")), None)
        if close is None or close == end + 1:
            return None
        first = tagged[end + 1]
        if not first.word[:1].isupper() or first.pos in ("APPR", "APPRART", "ADV", "ADJ(D)"):
            return None  # "vom Ausschuss „ohne Gegenstimme“", "„einstimmig“": a manner, no name
        genitive, end = [*genitive, *(t.word for t in tagged[end : close + 1])], close + 1
    if end < len(tagged) and tagged[end].word == "für":
        # "vom Bundesministerium für Bildung und Forschung", "vom Amt für Umwelt": "für …" after an
        # institution's noun is part of its name (German authority names: Ressort after "für"); cut
        # there, the rest would stay behind as the patient's attribute ("die Studie für Bildung").
        named = _institution_name(tagged, end) if INSTITUTION_HEAD.search(phrase[-1].word.lower()) else None
        if named is None:
            return None
        genitive, end = [*genitive, *named[0]], named[1]
    if preposition == "vom":
        found = _vom_agent(phrase, end)
        return None if found is None else ([*found[0], *genitive], found[1])
    if phrase[0].pos != "ART":
        # "von Bürgermeisterin Anna Muster": a name (with its title) has no case ending to change.
        if any(t.pos == "NE" for t in phrase):
            return [*[t.word for t in phrase], *genitive], end
        # "durch alarmierte Rettungskräfte": a plural without article reads the same as subject.
        head = phrase[-1]
        plural = head.pos == "NN" and head.lemma != head.word and head.word.endswith(("e", "en", "er", "s"))
        if preposition == "durch" and plural and all(t.pos in ("ADJ(A)", "NN") for t in phrase):
            words = [t.word for t in phrase]
            return [words[0][:1].upper() + words[0][1:], *words[1:], *genitive], end
        return None
    article = _AGENT_ARTICLE.get((preposition, phrase[0].word.lower()))
    if article is None:
        return None
    head = next(t for t in reversed(phrase) if t.pos in _NOUNS)
    # "von der" is always singular (a plural dative is "von den"); "durch die" may be plural.
    if preposition == "durch" and article == "die" and not (head.pos == "NE" or _singular_feminine(head.word)):
        return None  # "durch die" may be plural; the verb's number would be a guess
    if article == "ein" and any(t.pos == "ADJ(A)" for t in phrase[1:]):
        return None  # after "ein" the adjective's strong ending shows the gender (-er, -es): unknown here
    # A nominalised adjective ("NNA": "von der Vorsitzenden") declines like an adjective (Duden grammar,
    # substantivierte Adjektive): weak "-e" after der/die/das/eine, strong "-er"/"-es" after "ein".
    if article == "ein" and any(t.pos == "NNA" for t in phrase[1:]):
        return None
    # Weak adjective endings: dative/accusative -en becomes nominative -e after der/die/das/eine.
    words = [article, *[re.sub(r"en$", "e", t.word) if t.pos in ("ADJ(A)", "NNA") else t.word for t in phrase[1:]]]
    return [*words, *genitive], end


# Heads of authority and institution names that take their remit after "für" (Duden: Bundesministerium
# für Gesundheit, Amt für Umwelt, Zentrum für …, Institut für …, Agentur für Arbeit).
INSTITUTION_HEAD: Final = re.compile(
    r"(?:ministerium|amt|zentrum|institut|agentur|behörde|stelle|verwaltung|referat|dezernat|fachbereich|"
    r"kommission|ausschuss|stiftung|verband|bund|beauftragte[nr]?|rat)$"
)


def _institution_name(tagged: tuple[morph.Token, ...], at: int) -> tuple[list[str], int] | None:
    """The words of "für X (und Y)" at ``at`` that end an institution's name, and the index after them.

    A remit is said without an article ("für Gesundheit", "für Bildung und Forschung"); "für die Schulen"
    may be whom the act was for as well: None, and the passive stays (omission over error).
    """
    if at + 1 >= len(tagged) or tagged[at + 1].pos in ("ART", "PPOSAT", "PDAT", "PIAT"):
        return None
    end = _noun_phrase(tagged, at + 1)
    if end <= at + 1 or tagged[end - 1].pos not in _NOUNS:
        return None
    if end + 1 < len(tagged) and tagged[end].word == "und" and tagged[end + 1].pos in _NOUNS:
        # "für Bildung und Forschung": two bare nouns of the remit; an article after "und" starts a new phrase.
        end = _noun_phrase(tagged, end + 1)
        if tagged[end - 1].pos not in _NOUNS:
            return None
    return [t.word for t in tagged[at:end]], end


# Nouns of physical places, ways and surfaces (the last part of a compound: "Geh·weg", "Park·platz",
# "Bahn·hof"): after "von" with a passive of moving or removing ("vom Dach geholt", "von der Straße
# abgedrängt", "vom Konto überwiesen") they name the source of the movement (Duden grammar: "von" of
# origin), never the agent. Institutions that are also places ("Stadt", "Schule") can act and stay.
_SOURCE_PLACE: Final = re.compile(
    r"(?:straße|fahrbahn|autobahn|weg|dach|dächern|balkon|fenster|bahnhof|hof|haltestelle|platz|gelände|"
    r"grundstück|konto|website|webseite|internetseite|homepage|server|boden|wand|ufer|brücke|gleis|gleisen|"
    r"feld|wiese|garten|park|wald|keller|haus|gebäude|halle|saal|zimmer|gehweg|spur|anhänger|"
    r"wagen|fahrzeug|schiff|boot|baum|mast|gerüst)$"
)

# The right parts of German circumpositions (Duden grammar, Zirkumposition): "von X aus", "von X her",
# "von X an", "von X ab". With one, "von X" is a place or a starting time, never the passive's agent:
# "wurde von der Rückseite aus beobachtet" does not say that the back side watched.
_CIRCUMPOSITION_PARTS: Final = frozenset({"aus", "her", "an", "ab", "hindurch", "heraus"})


# Nouns of time, measure and amount and "Seite" ("von Seiten"): they never act, so after "von" they
# start a range or a change ("von 30 Minuten auf 10"), never name the agent.
_MEASURE: Final = re.compile(
    r"(?:minute|stunde|tag|woche|monat|jahr|euro|cent|prozent|meter|gramm|liter|grad|punkt|seite|stück|mal)$"
)
# The second part of a range or a change after "von X" (Duden grammar: "von … bis", "von … auf").
_RANGE_ENDS: Final = frozenset(["auf", "bis", "zu", "zum", "zur"])
# Verbs whose own prepositional object is "von" (Duden grammar, Valenz: "jemanden von etwas
# befreien", "von der Teilnahme ausschließen", "von etwas überzeugen"): in their passive "von X" may
# be that object, never the agent, and the active would state a wrong doer.
_VON_OBJECT: Final = frozenset(
    ["befreien", "ausschließen", "entbinden", "entlasten", "abhalten", "abbringen", "fernhalten", "trennen",
     "abtrennen", "überzeugen", "unterscheiden", "freistellen", "verschonen", "entfernen", "ablenken",
     "abschirmen", "ausnehmen", "lösen", "distanzieren"]
)  # fmt: skip
# Focus particles (Duden grammar, Gradpartikeln): right before the agent they are about the agent.
_FOCUS: Final = frozenset(["auch", "nur", "sogar", "selbst", "allein", "ausschließlich", "lediglich", "erst", "ebenfalls"])
# Words of quantity before a number ("von rund 40 Helfern"): part of the agent phrase, as it stands.
_ABOUT: Final = frozenset(["rund", "etwa", "knapp", "fast", "ungefähr", "insgesamt"])


def _plural_agent(tagged: tuple[morph.Token, ...], at: int) -> tuple[list[str], int] | None:
    """ "von (den) (rund 40) weiteren Helfern" in the nominative plural, and the index after it, or None.

    "von den" and "von" with a bare plural (no article, or a number) are the dative plural (Duden
    grammar: a countable singular needs its article). The nominative plural is certain only where the
    noun's plural ends in "-n" (weak nouns, "-innen", "-ien": "Polizisten", "Mitarbeiterinnen"), which
    is the same in every case; a plural that adds "-n" in the dative only ("Kräften", "Kindern") is
    refused. Adjectives and nominalised adjectives ("Ehrenamtlichen") keep the weak "-en" after "die"
    and take the strong "-e" without an article ("40 Ehrenamtliche", Duden grammar, declension).
    """
    index = at + 1
    article = index < len(tagged) and tagged[index].pos == "ART" and tagged[index].word.lower() == "den"
    words: list[str] = ["die"] if article else []
    index += 1 if article else 0
    if not article and index + 1 < len(tagged) and tagged[index].word.lower() in _ABOUT and tagged[index + 1].pos == "CARD":
        words.append(tagged[index].word)
        index += 1
    if index < len(tagged) and tagged[index].pos == "CARD":
        words.append(tagged[index].word)
        index += 1
    start = index
    while index < len(tagged) and tagged[index].pos == "ADJ(A)":
        index += 1
    if index >= len(tagged) or tagged[index].pos not in ("NN", "NNA") or index + 1 >= len(tagged):
        return None
    following = tagged[index + 1]
    if (
        following.pos in ("NN", "NE", "CARD")
        or (following.pos == "ART" and following.word not in ("des", "eines"))
        or following.word in ("und", "oder")
    ):
        return None  # a genitive, a name or a second conjunct after it: not the whole phrase
    if not (article or words or tagged[start].pos == "ADJ(A)" or start == at + 1):
        return None
    head = tagged[index]
    if _MEASURE.search(head.lemma.lower()) or _SOURCE_PLACE.search(head.lemma.lower()):
        return None  # "von 30 Minuten auf 10", "von den Straßen entfernt": an amount or a place, no agent
    if index + 1 < len(tagged) and tagged[index + 1].word.lower() in _RANGE_ENDS:
        return None  # "von 40 Plätzen auf 60": the start of a change or a range (Duden grammar)
    nominative = _plural_nominative(head) if head.pos == "NN" else head.word
    if nominative is None:
        return None  # not surely a plural whose nominative the words show ("Vereinen" / "Vereine")
    for token in tagged[start : index + 1]:
        if token.pos in ("ADJ(A)", "NNA") and not token.word.endswith("en"):
            return None
        if token.pos == "NN":
            words.append(nominative)
        else:
            words.append(token.word if article else token.word[:-1])  # weak "-en" / strong "-e"
    end = index + 1
    if end < len(tagged) and tagged[end].word in ("des", "eines") and tagged[end].pos == "ART":
        # "von Mitarbeitern des Ordnungsamts": the genitive attribute goes with the agent (as in _agent).
        after = _noun_phrase(tagged, end)
        if after <= end + 1 or tagged[after - 1].pos not in _NOUNS:
            return None
        words.extend(t.word for t in tagged[end:after])
        end = after
    return words, end


# Feminine suffixes (Duden grammar): their nouns take the plural "-(e)n", the same in every case.
_FEMININE_SUFFIXES: Final = ("ung", "heit", "keit", "schaft", "ion", "ei", "tät")
# Masculine nouns of the weak declension by their suffix (Duden grammar, n-Deklination): "-ist", "-ant".
_WEAK_SUFFIXES: Final = ("ist", "ant")


_UMLAUT: Final = str.maketrans("äöü", "aou")


def _plural_nominative(head: morph.Token) -> str | None:
    """The nominative of a dative plural noun ("Kräften" -> "Kräfte"), or None where it is unsure.

    German adds "-n" to every dative plural that does not end in "-n" or "-s" (Duden grammar). So a
    dative plural in "-n" is the nominative itself (``_n_plural``) or the nominative and that "-n":
    with an umlaut the lemma lacks (umlaut plurals end in "-e", "-er" or nothing, never in "-en":
    "Kräften", "Männern"), or on a masculine or neuter noun in "-er"/"-el" after a consonant, whose
    plural has no ending ("Helfern", "Mitteln"; not "Bauern", a weak noun).
    """
    word, lemma = head.word, head.lemma
    if _n_plural(head):
        return word
    if not word.endswith("n") or word == lemma:
        return None
    if word.translate(_UMLAUT) != word and lemma.translate(_UMLAUT) == lemma and word[-2:] in ("en", "rn"):
        return word[:-1]
    if word == lemma + "n" and re.search(r"[^aeiouäöüy](?:er|el)$", lemma) and article(lemma) in ("der", "das"):
        return lemma
    return None


def _n_plural(head: morph.Token) -> bool:
    """The noun is a plural in "-n"/"-en", whose every case reads alike ("Polizisten", "Behörden").

    Certain for a singular in "-e" (+"n": "Kollegen", "Behörden"), a feminine noun (+"en"/"nen":
    "Polizeien", "Mitarbeiterinnen") and a weak masculine by its suffix ("Polizisten"). Not for
    "Vereinen", "Helfern": the dative "-n" on a plural in "-e"/"-er" (nominative "Vereine").
    """
    word, lemma = head.word, head.lemma
    if lemma.endswith("e"):
        return word == lemma + "n"
    if lemma.endswith("in"):
        return word == lemma + "nen" and article(lemma) != "der"  # "Mitarbeiterinnen", never "Terminen"
    if word != lemma + "en":
        return False
    return lemma.endswith(_FEMININE_SUFFIXES + _WEAK_SUFFIXES) or article(lemma) == "die"


def _circumposition(tagged: tuple[morph.Token, ...], end: int) -> bool:
    """Whether a circumposition's right part follows the "von" phrase ending at ``end`` before the verb.

    A passive's participle carries its own separable particle ("abgerissen"), so a lone "aus"/"an"
    between the phrase (and any genitive attribute after it) and the verbs closes the "von" phrase.
    """
    for index in range(end, len(tagged)):
        token = tagged[index]
        if token.pos.startswith("V") or token.pos.startswith("$"):
            return False
        if token.word.lower() not in _CIRCUMPOSITION_PARTS:
            continue
        # "von der Stadt ab Montag": "ab" opening a phrase of its own is a preposition, not the right part.
        after = tagged[index + 1] if index + 1 < len(tagged) else None
        if token.pos in ("APZR", "PTKVZ") or after is None or after.pos.startswith(("V", "$")):
            return True
    return False


def _vom_agent(phrase: tuple[morph.Token, ...], end: int) -> tuple[list[str], int] | None:
    """ "vom Rettungsdienst" -> "der Rettungsdienst": "vom" is "von dem", masculine or neuter.

    The lexicon's gender of the noun, or of its last verified part ("Abschlepp·dienst" -> "Dienst"),
    says which nominative article it takes; adjectives take the weak "-e" after it.
    """
    head = phrase[-1]
    if head.pos != "NN" or any(t.pos not in ("ADJ(A)", "NN") for t in phrase[:-1]) or len(phrase) > 3:
        return None
    gender = _noun_gender(head.word)
    if gender not in ("der", "das"):
        return None
    words = [gender, *[re.sub(r"en$", "e", t.word) if t.pos == "ADJ(A)" else t.word for t in phrase]]
    return words, end


def _noun_gender(noun: str) -> str | None:
    """The lexicon's gender of a noun or, for a compound, of its last verified part."""
    from pressconv.transforms.easy.compounds import segment
    from pressconv.transforms.easy.lexicon import lookup

    entry = lookup(noun)
    if entry is None:
        parts = segment(noun, "·").split("·")
        entry = lookup(parts[-1].capitalize()) if len(parts) > 1 else None
    return entry.gender if entry is not None else None


_WEAK_ENDINGS: Final = ("ent", "ant", "ist", "at", "oge")
# Short weak masculine nouns (Duden grammar, n-Deklination: "den Herrn", "den Menschen", "den Nachbarn"),
# alone or as the last part of a compound ("Bau·herr", "Mit·mensch"); no ending shows them.
_WEAK_NOUNS: Final = ("herr", "mensch", "nachbar", "bauer", "graf", "fürst", "prinz", "held", "bär", "narr")


def _accusative(phrase: tuple[morph.Token, ...]) -> list[str] | None:
    """The patient (a nominative subject) in the accusative; None when its gender is unclear."""
    phrase = _adjectival_head(phrase)
    if len(phrase) > 2 and phrase[-1].pos == "CARD" and phrase[-2].pos == "NN":
        # "die Landstraße 7", "der Raum 3": a number after the noun names it and keeps its form.
        found = _accusative(phrase[:-1])
        return None if found is None else [*found, phrase[-1].word]
    if not phrase or phrase[-1].pos not in _NOUNS:
        return None
    words = [t.word for t in phrase]
    if phrase[0].pos in _DETERMINERS:
        return _determiner_accusative(phrase)
    first = phrase[0].word.lower() if phrase[0].pos == "ART" else None
    if first is None:
        # A name, or a noun without article (a plural or a mass noun): the accusative looks the same,
        # except an adjective's strong masculine "-er" ("frischer Kaffee" -> "frischen Kaffee").
        if any(t.pos == "ADJ(A)" and t.word.endswith("er") for t in phrase):
            return None
        if any(_weak_title(t, phrase[i + 1 :]) for i, t in enumerate(phrase)):
            return None  # "Herr Kurz" -> "Herrn Kurz", "Kollege Roth" -> "Kollegen Roth": a weak noun's ending
        return words
    if first in ("die", "das", "eine"):
        return [first, *words[1:]]  # feminine, neuter and plural: the same form in both cases
    head = phrase[-1]
    adjectives = [t for t in phrase[1:-1] if t.pos == "ADJ(A)"]
    if first == "ein":
        masculine = (head.pos == "NNA" and head.word.endswith("er")) or any(a.word.endswith("er") for a in adjectives)
        if not masculine and not adjectives and head.pos == "NN":
            # "ein Auto" (neuter) or "ein Mann" (masculine): the words do not say which, the lexicon's
            # gender of the noun (or of its last part) does; neuter reads the same in both cases.
            gender = _noun_gender(head.word)
            if gender == "das":
                return words
            masculine = gender == "der"
        if not masculine:
            return None
    elif first != "der":
        return None
    out = ["den" if first == "der" else "einen"]
    for token in phrase[1:-1]:
        if token.pos == "ADJ(A)":
            out.append(re.sub(r"(?:er|e)$", "en", token.word))
        else:
            out.append(token.word)
    noun = head.word
    if head.pos == "NNA":
        noun = re.sub(r"(?:er|e)$", "en", noun)  # "der Tatverdächtige" -> "den Tatverdächtigen"
    elif head.pos == "NN" and (noun.endswith("e") or noun.endswith(_WEAK_ENDINGS) or noun.lower().endswith(_WEAK_NOUNS)):
        return None  # a weak noun ("Zeuge", "Student", "Herr") takes -n/-en; "Käse" does not: refuse
    out.append(noun)
    return out


# Determiners without an ending: masculine or neuter nominative alike (Duden grammar, Possessivartikel).
_BARE_DETERMINERS: Final = frozenset({"kein", "mein", "dein", "sein", "ihr", "unser", "euer"})


def _weak_title(token: morph.Token, after: tuple[morph.Token, ...]) -> bool:
    """A title or role before a name that may be a weak noun ("Herr", "Kollege", "Präsident"): its
    accusative takes "-n"/"-en" (Duden grammar, n-Deklination), which the words here do not show."""
    if token.pos != "NN" or not after or after[0].pos not in ("NE", "NN"):
        return False
    return token.word.lower().endswith(_WEAK_NOUNS) or token.word.endswith(("e", *_WEAK_ENDINGS))


def _adjectival_head(phrase: tuple[morph.Token, ...]) -> tuple[morph.Token, ...]:
    """ "der 38-Jährige": an adjective written with a capital after a number is a noun (NNA)."""
    if len(phrase) >= 2 and phrase[-1].pos == "ADJ(A)" and phrase[-1].word.startswith("-") and phrase[-2].pos == "CARD":
        last = phrase[-1]
        if last.word[1:2].isupper():
            return (*phrase[:-1], morph.Token(word=last.word, lemma=last.lemma, pos="NNA"))
    return phrase


def _determiner_accusative(phrase: tuple[morph.Token, ...]) -> list[str] | None:
    """A subject led by a determiner in the accusative; None when its form does not say the gender.

    Duden grammar: "keine", "diese", "alle" (feminine or plural) and "dieses" (neuter) read the same
    in both cases; a masculine "-er" ("dieser", "jeder") takes "-en" in the accusative, like the
    weak adjectives after it. The bare "kein", "sein", "unser" is masculine or neuter ("kein Rauch"
    -> "keinen Rauch", "kein Auto" stays): the words do not say which, so nothing is changed.
    """
    words = [t.word for t in phrase]
    first = phrase[0].word.lower()
    head = phrase[-1]
    if first.endswith(("e", "es")):
        return words
    if first in _BARE_DETERMINERS and head.pos == "NN" and len(phrase) == 2:
        # "kein", "sein", "unser" + noun: masculine or neuter; the lexicon's gender decides ("sein
        # Koffer" -> "seinen Koffer", "kein Auto" stays), a noun it does not know is refused.
        gender = _noun_gender(head.word)
        if gender == "das":
            return words
        if gender != "der" or head.word.endswith("e") or head.word.endswith(_WEAK_ENDINGS):
            return None
        return [phrase[0].word + "en", head.word]
    if not first.endswith("er") or first in ("unser", "euer") or head.pos != "NN":
        return None
    if head.word.endswith("e") or head.word.endswith(_WEAK_ENDINGS):
        return None  # a weak noun takes -n/-en: refuse, as for the articles
    out = [phrase[0].word[:-2] + "en"]
    out.extend(re.sub(r"(?:er|e)$", "en", t.word) if t.pos == "ADJ(A)" else t.word for t in phrase[1:-1])
    return [*out, head.word]


def active(sentence: str) -> str:
    """ "Der Mann wurde von der Polizei festgenommen." -> "Die Polizei hat den Mann festgenommen."."""
    tagged = morph.tag(sentence)
    finite = [i for i, t in enumerate(tagged) if t.pos.endswith("(FIN)")]
    if len(finite) != 1 or any(t.word == "," for t in tagged):
        return sentence
    verb = finite[0]
    aux = tagged[verb]
    # Only the end mark goes: an ordinal's dot ("am 3. Mai") is tagged "$." too and must keep
    # its place, or the indexes below (taken on ``tagged``) would cut a word off the clause.
    body = list(tagged[:-1]) if tagged and tagged[-1].pos == "$." else list(tagged)
    perfect = aux.lemma == "sein" and len(body) >= 2 and body[-1].word == "worden"
    # "wird … von X geprüft": the present passive with its agent becomes the present active.
    present = aux.word in ("wird", "werden")
    if not (aux.lemma == "werden" and aux.word in ("wurde", "wurden")) and not perfect and not present:
        return sentence
    last = len(body) - (2 if perfect else 1)
    if last <= verb or body[last].pos != "VV(PP)":
        return sentence
    participle = body[last].word
    by = next((i for i in range(verb + 1, last) if tagged[i].word.lower() in ("von", "vom", "durch")), None)
    if by is None:
        return sentence
    if body[last].lemma in _VON_OBJECT:
        return sentence  # "wurde von der Teilnahme ausgeschlossen": "von" is the verb's object
    if _attribute_von(tagged, by) or _inside_phrase(tagged, by):
        return sentence  # "eine Kiste von Werkzeugen": the noun's attribute, not the agent
    found = _single_agent(tagged, by)
    if found is None:
        return sentence
    agent, after = found
    both = after < len(tagged) and tagged[after].word in ("und", "oder")
    if both:
        # "vom Förderverein und der Sparkasse": the coordination is the agent, all of it or nothing.
        second = _second_agent(tagged, after, by)
        if second is None:
            return sentence
        agent, after = [*agent, "und", *second[0]], second[1]
    focus: list[str] = []
    if by > verb + 1 and tagged[by - 1].word.lower() in _FOCUS:
        # "wird auch von 14 Ländern übernommen": the particle is about the agent (Duden grammar,
        # Gradpartikeln stand before their focus) and goes with it into the subject ("Auch 14 Länder
        # übernehmen …"); left in the middle field it would be about the verb or the object.
        focus = [tagged[by - 1].word.lower()]
    middle = [*tagged[verb + 1 : by - len(focus)], *tagged[after:last]]
    head_end = _noun_phrase(tagged, 0)
    if 0 < head_end <= verb and _attachments(tagged, head_end, verb) and not _rival_subject(middle):
        # "Ermittlungen zur Brandursache wurden …": the subject's own noun phrase, then what it carries.
        patient = _accusative(tagged[:head_end])
        patient = None if patient is None else [*patient, *[t.word for t in tagged[head_end:verb]]]
        if patient is not None and tagged[0].pos in ("ART", "ADJ(A)", *_DETERMINERS):
            # Mid-sentence an article or determiner is written small ("hat alle Gäste"); a name keeps its capital.
            patient = [patient[0][:1].lower() + patient[0][1:], *patient[1:]]
        opener: list[str] = []
        rest = [t.word for t in middle]
    else:
        start = next((i for i, t in enumerate(middle) if t.pos in ("ART", "NE")), None)
        if start is None or (start > 0 and middle[start - 1].pos in ("APPR", "APPRART")):
            return sentence
        end = start
        while end < len(middle) and middle[end].pos in _NP and (end == start or middle[end].pos != "ART"):
            end += 1
        patient = _accusative(tuple(middle[start:end]))
        opener = [t.word for t in tagged[:verb]]
        rest = [t.word for t in (*middle[:start], *middle[end:])]
    if patient is None:
        return sentence
    end_mark = tagged[-1].word if tagged[-1].pos == "$." else "."
    # An adverbial Vorfeld stays first; otherwise the agent takes the subject's place.
    # "vom" names one agent ("von dem"): singular, like an article or a name.
    # "von den" is the dative plural ("_plural_agent"): the verb takes the plural.
    plural_den = tagged[by].word.lower() == "von" and tagged[by + 1].word.lower() == "den"
    singular = (tagged[by + 1].pos == "ART" and not plural_den) or tagged[by].word.lower() == "vom"
    have = "hat" if (singular or any(t.pos == "NE" for t in tagged[by + 1 : after])) and not both else "haben"
    if opener:
        # Mid-sentence an adjective is written small again; nouns and names keep their capital.
        agent = [agent[0][:1].lower() + agent[0][1:], *agent[1:]] if tagged[by + 1].pos == "ADJ(A)" else agent
    closing = [participle]
    if present:
        # The verb agrees with the agent: a plural agent takes the infinitive's form (German present
        # plural = infinitive, Duden grammar), a singular one the weak verb's "-t" form (``_separable``
        # refuses strong verbs, whose vowel may change). A separable particle closes the clause.
        split = _separable(body[last])
        if have == "haben":
            lemma = body[last].lemma
            if split is not None and split[1]:
                have, closing = lemma[len(split[1]) :], [split[1]]
            elif lemma == participle or not re.fullmatch(r"[a-zäöüß]+(?:en|ern|eln)", lemma or ""):
                return sentence  # the plural form is the lemma, which must be a real infinitive
            else:
                have, closing = lemma, []
            if split is None and re.match(r"(?:an|auf|aus|ab|ein|mit|nach|vor|zu|fest|frei|weg)ge", participle):
                return sentence  # a separable strong verb ("angeboten"): the particle's place is unsure
        else:
            if split is None:
                return sentence
            have, closing = split[0], [split[1]] if split[1] else []
    if focus and opener:
        return sentence  # the Vorfeld is taken: the particle has no place right before the subject
    agent = [*focus, *agent]
    head = [*opener, have, *agent] if opener else [*agent, have]
    words = [*head, *patient, *rest, *closing]
    text = _join(words) + end_mark
    return text[:1].upper() + text[1:]


def _second_agent(tagged: tuple[morph.Token, ...], at: int, by: int) -> tuple[list[str], int] | None:
    """The second conjunct of a coordinated agent after "und" at ``at`` in the nominative, and the
    index after it; None when unsure or after "oder".

    German coordinates two agents under one preposition ("von der Stadt und dem Land") or repeats
    it ("von der Stadt und von dem Land", Duden grammar, Koordination); the second conjunct takes
    the case the first preposition gives, so it is read as if that preposition stood before it.
    With "oder" the verb's number is unsure (Duden grammar, Kongruenz), so it is refused.
    """
    if tagged[at].word != "und" or at + 1 >= len(tagged):
        return None
    if tagged[at + 1].word.lower() in ("von", "vom", "durch"):
        return _single_agent(tagged, at + 1)
    preposition = "durch" if tagged[by].word.lower() == "durch" else "von"
    read = (*tagged[:at], morph.Token(preposition, preposition, "APPR"), *tagged[at + 1 :])
    return _single_agent(read, at)


# Pronouns and quantifiers that take a partitive "von" (Duden grammar: "einer von uns", "viele von ihnen").
_PARTITIVE_HEADS: Final = frozenset(
    {"einer", "eine", "eines", "einem", "keiner", "keine", "keines", "jeder", "jede", "jedes", "viele", "einige",
     "manche", "mehrere", "alle", "beide", "wenige", "zwei", "drei", "vier"}
)  # fmt: skip


def _attribute_von(tagged: tuple[morph.Token, ...], by: int) -> bool:
    """ "von" right after a noun with a bare noun after it ("eine Kiste von Werkzeugen", "ein Team
    von Fachleuten"): German writes a partitive or a content attribute with "von" + bare noun (Duden
    grammar, Attribut mit "von" instead of the genitive), while an agent after the patient has its
    article or is a name ("der Mann von der Polizei", "von Bürgermeisterin Muster"). The active
    would make the attribute the doer (a wrong statement), so the sentence is left as it is."""
    if (
        by > 0
        and tagged[by].word.lower() == "von"
        and (tagged[by - 1].pos in ("PIS", "CARD") or tagged[by - 1].word.lower() in _PARTITIVE_HEADS)
    ):
        # "einer von zwei Gruppen", "3 von 10 Fällen": a part of a set (Duden grammar: partitive "von"),
        # never the agent ("2 Gruppen teilen die Teilnehmenden zu" was judged wrong, session 28).
        return True
    if by == 0 or tagged[by].word.lower() != "von" or tagged[by - 1].pos not in ("NN", "NNA"):
        return False
    end = _noun_phrase(tagged, by + 1)
    phrase = tagged[by + 1 : end] if end > by + 1 else tagged[by + 1 : by + 2]
    return not any(t.pos in ("ART", "NE", *_DETERMINERS) for t in phrase)


def appeal(sentence: str) -> str:
    """ "Zeugen werden gebeten, sich bei der Polizei zu melden." -> "Zeugen sollen sich bei der Polizei melden."

    The appeal convention of many senders (police, authorities, clubs): "X wird/werden gebeten,
    … zu tun" asks X to do something, which "X soll/sollen … tun" says in the active voice without
    the infinitive clause. Only the plain form: subject first, one comma, the infinitive last.
    """
    tagged = morph.tag(sentence)
    words = [t.word for t in tagged]
    if words.count(",") != 1 or len(tagged) < 6:
        return sentence
    comma = words.index(",")
    verb = next((i for i, t in enumerate(tagged) if t.pos.endswith("(FIN)")), None)
    if verb is None or verb == 0 or tagged[verb].lemma != "werden" or comma != verb + 2:
        return sentence
    if tagged[verb + 1].word != "gebeten" or not all(t.pos in _NP or t.word == "und" for t in tagged[:verb]):
        return sentence
    body = [t for t in tagged[comma + 1 :] if t.pos != "$."]
    if len(body) < 2 or body[-2].pos != "PTKZU" or body[-1].pos != "VV(INF)":
        if not body or body[-1].pos != "VV(IZU)":
            return sentence
        # "anzurufen" -> "anrufen": the "zu" sits between particle and verb.
        infinitive = re.sub(r"^(\w+?)zu(\w+)$", r"\1\2", body[-1].word)
        middle = [t.word for t in body[:-1]]
    else:
        infinitive = body[-1].word
        middle = [t.word for t in body[:-2]]
    if any(t.pos.endswith("(FIN)") for t in body):
        return sentence
    modal = "soll" if tagged[verb].word == "wird" else "sollen"
    text = _join([*words[:verb], modal, *middle, infinitive]) + "."
    return text


# "man" is third person singular: the modal verb agrees with it, whatever the passive subject was.
_MODAL_SINGULAR: Final = {
    "muss": "muss", "müssen": "muss", "soll": "soll", "sollen": "soll", "kann": "kann", "können": "kann",
    "darf": "darf", "dürfen": "darf",
    # The past of a modal may stand in Leichte Sprache (only full verbs take the Perfekt).
    "konnte": "konnte", "konnten": "konnte", "musste": "musste", "mussten": "musste", "durfte": "durfte",
    "durften": "durfte",
}  # fmt: skip


def modal_passive(sentence: str, *, advice: bool = False) -> str:
    """ "Die Zivilgesellschaft muss stärker eingebunden werden." -> "Man muss die Zivilgesellschaft stärker einbinden."

    A modal passive without an agent states a demand or a rule, not an event, so the impersonal
    active with "man" says the same (Duden grammar: "man" as the agent of a Passiversatz) and keeps
    the Leichte-Sprache rule of active sentences. Only the plain form: one finite modal verb (present,
    or the past of können, müssen, dürfen), "Partizip + werden" at the end (or coordinated participles,
    "gewaschen und gebügelt werden", each of which becomes its infinitive), no comma but a date's,
    no "von"/"durch" agent (that is ``active``'s), a patient whose accusative the words show.
    Everything else, "nicht" included, keeps its place.
    """
    tagged = morph.tag(sentence)
    # Only the end mark goes; an ordinal's dot ("bis zum 3. Mai") is tagged the same way and stays.
    body = list(tagged[:-1]) if tagged and tagged[-1].pos == "$." else list(tagged)
    finite = [i for i, t in enumerate(body) if t.pos.endswith("(FIN)")]
    if len(finite) != 1 or any(t.word in (":", ";", "–") for t in tagged) or len(body) < 5:
        return sentence
    verb = finite[0]
    commas = [i for i, t in enumerate(body) if t.word == ","]
    if commas and not (body[0].pos in ("APPR", "APPRART") and _listed(body[1:verb])) and not commas_ok(body, verb):
        return sentence  # a comma only inside a prepositional Vorfeld's list ("Für A, B und C kann …") or a date's
    modal = _MODAL_SINGULAR.get(body[verb].word.lower())
    if modal is None or verb == 0 or body[-1].word != "werden" or body[-2].pos != "VV(PP)":
        return sentence
    if modal == "soll" and not advice:
        # "Der Betrieb soll ab Freitag wieder aufgenommen werden": the indicative "soll" with a passive
        # tells a plan or someone's will (Duden grammar, Modalverben: sollen = Absicht eines Dritten),
        # and "Man soll den Betrieb aufnehmen" would turn it into an order to the reader (rubric item 2).
        # Only advice ("sollte … werden", modal_passive.advised_passive) becomes "Man soll …".
        return sentence
    if any_agent(body) or money_span(body):
        return sentence  # an agent: the sentence is not agentless; an amount of money: money.py's
    chain = _participle_chain(body, len(body) - 2, verb)
    if chain is None:
        return sentence
    first_verb, infinitives = chain
    if judged_elsewhere(body, body[-2]):
        return sentence
    middle = body[verb + 1 : first_verb]
    head_end = _noun_phrase(tuple(body), 0)
    attached = 0 < head_end < verb and _attachments(tuple(body), head_end, verb)
    listed = listed_subject(body, verb) if 0 < head_end < verb and not attached else None
    if listed is not None:
        # A list of noun phrases is the subject ("Formulare und Fotos können … hochgeladen werden").
        if _rival_subject(list(middle)):
            return sentence
        words = ["Man", modal, *listed, *[t.word for t in middle]]
    elif head_end == verb or attached:
        # The subject is the Vorfeld (with the prepositional phrases it carries, one constituent in
        # German verb-second order): "man" takes its place, the patient opens the Mittelfeld.
        patient = _accusative(tuple(body[:head_end]))
        if patient is None or _rival_subject(list(middle)):
            return sentence
        patient = [*patient, *[t.word for t in body[head_end:verb]]]
        # An article or adjective is written small mid-sentence; a noun or name keeps its capital.
        first = patient[0].lower() if body[0].pos in ("ART", "ADJ(A)", "PIAT", "PIDAT", "PDAT", "PPOSAT") else patient[0]
        words = ["Man", modal, first, *patient[1:]]
        words += [t.word for t in middle]
    elif body[0].pos not in ("APPR", "APPRART", "ADV", "ADJ(D)"):
        return sentence  # "Es darf …": an expletive or another pronoun in the Vorfeld, not an adverbial
    else:
        # An adverbial Vorfeld stays first; the subject is the Mittelfeld's first noun phrase.
        if not _free_nominal(never_subjects(middle)):
            # No subject at all (subjectless passive, "Mit dem Bau darf nicht begonnen werden"): "man"
            # after the verb, everything else in its place.
            words = [t.word for t in body[:verb]] + [modal, "man", *[t.word for t in middle]]
            text = _join([*words, *infinitives]) + (tagged[-1].word if tagged[-1].pos == "$." else ".")
            return text[:1].upper() + text[1:]
        start = free_start(list(middle))
        if start is None:
            return sentence
        end = _noun_phrase(tuple(middle), start)
        patient = _accusative(tuple(middle[start:end]))
        both = coordinated(tuple(middle), start, end)
        if both is not None and patient is not None:
            patient, end = both  # "alle Gäste und Mitglieder": the coordination is one object
        if patient is None or _rival_subject(list(middle[end:])):
            return sentence
        words = [t.word for t in body[:verb]] + [modal, "man", *[t.word for t in middle[:start]], *patient]
        words += [t.word for t in middle[end:]]
    end_mark = tagged[-1].word if tagged[-1].pos == "$." else "."
    text = _join([*words, *infinitives]) + end_mark
    return text[:1].upper() + text[1:]


def _infinitive(participle: morph.Token) -> str | None:
    """The infinitive of a passive's participle: its lemma, where that is a real infinitive."""
    infinitive = participle.lemma
    # "befahren", "verlassen": an inseparable prefix leaves no "ge-", and the participle may equal the
    # infinitive; a "ge-" form the analyser left unlemmatised is no infinitive.
    unknown = infinitive == participle.word and participle.word.startswith("ge")
    if not infinitive or unknown or not re.search(r"(?:en|ern|eln)$", infinitive):
        return None
    return infinitive


def _participle_chain(body: list[morph.Token], last: int, verb: int) -> tuple[int, list[str]] | None:
    """(index of the first verb, the words from there to ``last`` with every participle as its infinitive).

    German coordinates the participles of one passive ("gewaschen und gebügelt werden", Duden
    grammar: Koordination), each with its own adverbs ("gereinigt und sorgfältig verpackt").
    Only participles, adverbs and "und"/"oder" may stand between them; a noun there would be a second
    subject ("A wird gereinigt und B geräumt"), so None.
    """
    first = next(i for i in range(verb + 1, last + 1) if body[i].pos == "VV(PP)")
    index = first
    while index <= last:
        token = body[index]
        if token.pos in ("APPR", "APPRART"):
            end = _noun_phrase(tuple(body), index + 1)
            if end == index + 1 or end > last:
                return None
            index = end  # "gereinigt und an die Straße gestellt": a participle's own adverbial
        elif token.pos in ("VV(PP)", "ADV", "ADJ(D)") or token.word in ("und", "oder"):
            index += 1
        else:
            return None  # a noun of its own: a second subject ("A wird gereinigt und B geräumt")
    chain = body[first : last + 1]
    participles = [t for t in chain if t.pos == "VV(PP)"]
    conjunctions = [t for t in chain if t.word in ("und", "oder")]
    if (len(participles) > 1) != bool(conjunctions):
        return None  # participles and conjunctions must make one coordination
    words: list[str] = []
    for token in chain:
        if token.pos == "VV(PP)":
            found = _infinitive(token)
            if found is None:
                return None
            words.append(found)
        else:
            words.append(token.word)
    if any(t.pos.startswith("V") for t in body[verb + 1 : first]):
        return None  # another verb before the chain
    return first, words


def _listed(tokens: list[morph.Token]) -> bool:
    """Nouns (with articles, adjectives) joined by commas and one "und"/"oder": a list in one phrase."""
    return all(t.pos in ("NN", "NE", "ART", "ADJ(A)", "$,") or t.word in ("und", "oder") for t in tokens)


def _free_nominal(tokens: list[morph.Token]) -> bool:
    """A noun phrase or pronoun not governed by a preposition: a subject or an object may stand there."""
    governed = False
    for token in tokens:
        if token.pos in ("APPR", "APPRART"):
            governed = True
        elif token.pos in ("NN", "NE", "NNA"):
            if not governed:
                return True
            governed = False  # the prepositional phrase ends with its noun
        elif token.pos in ("PPER", "PIS", "PDS", "PRF", "PPOSS", "PWS", "PRELS"):
            return True
        elif token.pos not in ("ART", "ADJ(A)", "CARD", *_DETERMINERS):
            governed = False
    return False


def present_passive(sentence: str) -> str:
    """ "Die Arbeiten werden fortgesetzt." -> "Man setzt die Arbeiten fort."

    An agentless present passive (Vorgangspassiv: "wird/werden" + Partizip II at the end) says that
    something is done, by nobody in particular; the impersonal active with "man" says the same (Duden
    grammar: "man" as the agent of a Passiversatz) and keeps the Leichte-Sprache rule of active
    sentences. Only where every form is certain: the Vorfeld is the subject, its accusative shows in
    the words, no agent, no comma, a verb whose present is certain (present.py: a strong verb's
    present may change its vowel, "trägt", "nimmt", and only verbs of its tables pass), and the
    participle regenerated from HanTa's lemma and the split-off particle
    equals the source's ("fortgesetzt" = "fort" + "gesetzt"). Anything else is left as it is.
    """
    tagged = morph.tag(sentence)
    body = list(tagged[:-1]) if tagged and tagged[-1].pos == "$." else list(tagged)
    finite = [i for i, t in enumerate(body) if t.pos.endswith("(FIN)")]
    if len(finite) != 1 or any(t.word in (":", ";", "–", "(") for t in tagged) or len(body) < 4:
        return sentence
    verb = finite[0]
    if not commas_ok(body, verb):
        return sentence  # a comma other than a date's or a list's may open a clause: roles unsure
    if body[verb].word.lower() not in ("wird", "werden") or body[-1].pos != "VV(PP)" or verb == 0:
        return sentence
    # The Vorfeld holds exactly one constituent (German verb-second order), so a "vom" inside an
    # adverbial Vorfeld ("Nach Angaben vom Betreiber") is an attribute there; an agent is a Vorfeld
    # of its own ("Von der Stadt wird …") or stands after the finite verb.
    if agent_at(body, 0) or any(agent_at(body, i) for i in range(verb, len(body))) or money_span(body):
        return sentence  # an agent: that is ``active``'s case; an amount of money: money.py's
    inner = [i for i in range(verb + 1, len(body) - 1) if body[i].pos == "VV(PP)"]
    if inner and any(t.word in ("und", "oder") for t in body[inner[0] : -1]):
        # "werden gereinigt und verpackt": two participles need two present forms in two places
        # (German verb-second order); the present tense cannot share one verb, so nothing is changed.
        return sentence
    if judged_elsewhere(body, body[-1]):
        return sentence
    split = _separable(body[-1])
    if split is None:
        return sentence
    present, particle = split
    middle = body[verb + 1 : -1]
    head_end = _noun_phrase(tuple(body), 0)
    both = coordinated(tuple(body), 0, head_end) if 0 < head_end < verb else None
    words: list[str]
    attached = both is None and 0 < head_end < verb and _attachments(tuple(body), head_end, verb)
    listed = listed_subject(body, verb) if 0 < head_end < verb and not attached else None
    if listed is not None:
        # A list of noun phrases is the subject ("Tee und Gebäck werden … verteilt").
        if not _patient_ok(tuple(body[:head_end]), body[-1]) or _rival_subject(list(middle)):
            return sentence
        words = ["Man", present, *listed, *[t.word for t in middle]]
    elif head_end == verb or (both is not None and both[1] == verb) or attached:
        # The subject is the Vorfeld, one noun phrase or a coordination ("Die Mieterinnen und Mieter"),
        # with the prepositional phrases it carries ("Der Ausweis für die Halle"): the Vorfeld is one
        # constituent (German verb-second order), so they belong to the noun.
        patient = _accusative(tuple(body[:head_end])) if both is None else both[0]
        if patient is not None and attached:
            patient = [*patient, *[t.word for t in body[head_end:verb]]]
        if patient is None or not _patient_ok(tuple(body[:head_end]), body[-1]) or _rival_subject(list(middle)):
            return sentence
        first = patient[0].lower() if body[0].pos in ("ART", "ADJ(A)", *_DETERMINERS) else patient[0]
        words = ["Man", present, first, *patient[1:], *[t.word for t in middle]]
    elif body[0].pos in ("APPR", "APPRART", "ADV", "ADJ(D)") and not any(t.pos.startswith("V") for t in body[:verb]):
        # An adverbial Vorfeld stays first; the subject is the Mittelfeld's first noun phrase and
        # "man" takes the subject's place right after the verb ("Am Montag informiert man die Eltern").
        found = _mittelfeld_patient(middle)
        if found is None or not _patient_ok(found[3], body[-1]):
            return sentence
        before, patient, after, _ = found
        words = [*[t.word for t in body[:verb]], present, "man", *before, *patient, *after]
    else:
        return sentence  # a pronoun or expletive in the Vorfeld ("Es wird …"): no subject to move
    if particle:
        words.append(particle)
    end_mark = tagged[-1].word if tagged[-1].pos == "$." else "."
    return _join(words) + end_mark


_AGENT_WORDS: Final = ("von", "vom", "durch", "seitens")


def _mittelfeld_patient(
    middle: list[morph.Token],
) -> tuple[list[str], list[str], list[str], tuple[morph.Token, ...]] | None:
    """(words before, the subject in the accusative, words after, the subject's first noun phrase as
    tagged) of a Mittelfeld behind an adverbial Vorfeld.

    The subject is the first noun phrase that is not inside a prepositional phrase, with nothing
    nominal before it (a dative or a pronoun there would make the roles uncertain) and no rival
    subject after it; a coordination ("die Eltern und Kinder") is one subject. None when unsure.
    """
    start = free_start(middle)
    if start is None:
        return None
    stop = _noun_phrase(tuple(middle), start)
    phrase = tuple(middle[start:stop])
    patient = _accusative(phrase)
    both = coordinated(tuple(middle), start, stop)
    if both is not None and patient is not None:
        patient, stop = both
    if patient is None or _rival_subject(list(middle[stop:])):
        return None
    return [t.word for t in middle[:start]], patient, [t.word for t in middle[stop:]], phrase


def phrase_end(tokens: list[morph.Token] | tuple[morph.Token, ...], start: int) -> int:
    """Index after the noun phrase at ``start`` that ends with its (last adjacent) noun or number.

    Article or determiner, adjectives and numbers, then the nouns ("das Museum Altstadt"); a noun
    phrase that follows ("an der Mauer feuchte Stellen") is a phrase of its own. ``start`` when none.
    """
    index = start
    if index < len(tokens) and tokens[index].pos in ("ART", *_DETERMINERS):
        index += 1
    while index < len(tokens) and tokens[index].pos in ("ADJ(A)", "CARD"):
        index += 1
    if index > start and tokens[index - 1].pos == "ADJ(A)" and _adjectival_head(tuple(tokens[start:index]))[-1].pos == "NNA":
        return index  # "den 38-Jährigen": the capitalised adjective after the number is the noun
    nouns = index
    while index < len(tokens) and tokens[index].pos in _NOUNS:
        index += 1
    following = tokens[index + 1].pos if index + 1 < len(tokens) else ""
    if index > nouns and index < len(tokens) and tokens[index].pos == "CARD" and following not in (*_NP, "$."):
        index += 1  # "die Linie 4", "die B 9"; a number before a noun counts that noun ("3 Tage")
    if index == nouns and not (index > start and tokens[index - 1].pos == "CARD"):
        return start
    return index


def _comparative_bound(middle: list[morph.Token], index: int) -> bool:
    """ "mehr als" / "weniger als" right before a number at ``index``."""
    return (
        index + 2 < len(middle)
        and middle[index].word.lower() in ("mehr", "weniger")
        and middle[index + 1].word == "als"
        and middle[index + 2].pos == "CARD"
    )


def free_start(middle: list[morph.Token]) -> int | None:
    """Where the Mittelfeld's first noun phrase outside a prepositional phrase begins, or None.

    Adverbs ("zusätzlich", "rund") and whole prepositional phrases may stand before the subject
    (German word order, Duden grammar: Mittelfeld); a genitive attribute ("des Landes") stays with the
    phrase it follows. A noun, name or pronoun of any other kind before it makes the roles unsure.
    """
    index = 0
    while index < len(middle):
        token = middle[index]
        if token.pos in ("APPR", "APPRART"):
            end = phrase_end(middle, index + 1)
            if end == index + 1:
                return None
            while end < len(middle) and middle[end].word in ("des", "eines", "einer"):
                after = phrase_end(middle, end)
                if after == end + 1:
                    return None
                # "nach Ablauf des Vertrags": a genitive belongs to the noun before it ("einer" after a
                # noun is a genitive or dative, never the subject)
                end = after
            index = end
        elif token.pos in ("ADV", "ADJ(D)") and token.word.lower() not in ("nicht", "nie"):
            index += 1
        elif _comparative_bound(middle, index):
            # "mehr als 2 tausend Fahrzeuge": the bound of a count stands before it as "rund" does
            # (Duden grammar: Vergleichspartikel "als" after "mehr"/"weniger"); it keeps its place.
            index += 2
        elif token.word == "„" and index + 1 < len(middle) and middle[index + 1].pos in ("NN", "NE"):
            index += 1  # an opening quotation mark stays before the quoted noun: „Alarm“
            break
        else:
            break
    if 0 < index < len(middle) and middle[index].word == "der" and middle[index - 1].pos in _NOUNS:
        return None  # "nach Angaben der Polizei": "der" right after a noun may be a genitive
    if index >= len(middle) or middle[index].pos not in ("ART", *_DETERMINERS, "NN", "NE", "NNA", "CARD"):
        if index < len(middle) and middle[index].pos == "ADJ(A)":
            return index  # "nasse Teile": an adjective opens a noun phrase without article
        return None
    return index


def _patient_ok(phrase: tuple[morph.Token, ...], participle: morph.Token) -> bool:
    """Not a feminine dative "der …", not a verb with a dative object or of harm (patients.py), not a
    verb of physical force (``FORCE``)."""
    from pressconv.transforms.easy.patients import patient_ok

    return patient_ok(phrase, participle) and not FORCE.search(participle.lemma or participle.word)


# Verbs of physical force in accident and storm reports: "Das Auto wurde in den Graben geschleudert"
# reports what the crash or the weather did; "man hat … geschleudert" would invent someone who did it,
# a wrong statement (issue 16), like the verbs of harm in patients.py. Matched on the lemma's end.
FORCE: Final = re.compile(
    r"(?:schleudern|katapultieren|drängen|mitreißen|wegreißen|umreißen|losreißen|spülen|schwemmen|fluten|"
    r"verschütten|werfen|drücken|schleifen|wehen|abdecken|entwurzeln|kippen|abtreiben)$"
)


def _separable(participle: morph.Token) -> tuple[str, str] | None:
    """(third person singular present, separable particle) of a participle; None if unsure."""
    lemma, word = participle.lemma, participle.word
    # An inseparable prefix leaves no "ge-", so "vergeben", "erfahren" are participle and infinitive
    # alike; a "ge-" form the analyser left unlemmatised ("gefahren") is no infinitive.
    if not lemma or (lemma == word and word.startswith("ge")) or not re.fullmatch(r"[a-zäöüß]+(?:en|ern|eln)", lemma):
        return None
    for cut in range(len(lemma) - 2):
        particle = lemma[:cut]
        if cut and not (word.startswith(particle) and word[cut:].startswith("ge")):
            continue
        form = morph.participle(lemma, particle)
        if form is None and _weak_participle(lemma, particle) == word:
            # "schalten" ends like the strong "halten", but the source's own "-t" participle
            # ("umgeschaltet") shows the weak conjugation (Duden grammar: schwache Verben bilden das
            # Partizip II auf -t), and a weak verb's present is regular: stem + "-t".
            return _regular_present(lemma[cut:]), particle
        if form is None or form[0] != word:
            continue
        # A strong verb's present may change its vowel ("vergeben" -> "vergibt"): present.py knows
        # the German table of such verbs and refuses any strong verb it does not know.
        present = third_singular(lemma[cut:])
        return (present, particle) if present is not None else None
    return None


def _weak_participle(lemma: str, particle: str) -> str | None:
    """The participle of ``lemma`` as a weak verb: particle + "ge" + stem + "-t"/"-et" (no ge- after an
    inseparable prefix or for "-ieren"); None when the stem changes its vowel ("-t" of mixed verbs)."""
    base = lemma[len(particle) :]
    if not re.fullmatch(r"[a-zäöüß]+(?:en|ern|eln)", base):
        return None
    stem = base[:-2] if base.endswith("en") else base[:-1]
    ending = "et" if re.search(r"(?:[td]|(?:[^aeiouäöülrhmn]|ch)[mn])$", stem) else "t"
    if base.endswith("ieren") or base.startswith(("be", "ge", "er", "ver", "zer", "ent", "emp", "miss")):
        return particle + stem + ending
    return particle + "ge" + stem + ending


def _regular_present(base: str) -> str:
    """A weak verb's third person singular present: stem + "-t", "-et" after t/d (e-Erweiterung)."""
    stem = base[:-2] if base.endswith("en") else base[:-1]
    return stem + ("et" if re.search(r"(?:[td]|(?:[^aeiouäöülrhmn]|ch)[mn])$", stem) else "t")


# Verbs of injury and damage whose result lasts (German "Zustandspassiv", Duden grammar: "sein" +
# participle names the state the event left): "wurde schwer verletzt" -> "ist schwer verletzt". The
# state passive is the plain form the rule books accept ("Ein Mensch ist verletzt."); an active
# would need an agent the source does not name, and "man" would claim someone did it (impersonal.py).
_RESULT_STATE: Final = re.compile(
    r"^(?P<subject>(?:Der|Die|Das|Ein|Eine|Zwei|Drei|Vier|\d+)\s[^,.;:]+?)\s(?P<aux>wurde|wurden)\s"
    r"(?P<middle>(?:[\wäöüßÄÖÜ-]+\s){0,4}?)(?P<participle>(?:schwer|leicht|lebensgefährlich)?\s?"
    r"(?:verletzt|beschädigt|zerstört))\.$"
)


def result_state(sentence: str) -> str:
    """ "Der Radfahrer wurde schwer verletzt." -> "Der Radfahrer ist schwer verletzt." (same event, its state).

    Only a sentence of subject, "wurde(n)", at most four words (adverbs, "am Kopf") and
    the participle at its end; no agent ("von", "durch"), no negation, no second clause.
    """
    match = _RESULT_STATE.match(sentence)
    if match is None:
        return sentence
    middle = match["middle"].split()
    if any(w in ("von", "vom", "durch", "nicht", "kein", "keine", "nie") for w in [*middle, *match["subject"].split()]):
        return sentence
    aux = "ist" if match["aux"] == "wurde" else "sind"
    return f"{match['subject']} {aux} {match['middle']}{match['participle'].strip()}."
