"""Prices, fees, fines and funding said plainly: a refused sentence with an amount of money, rescued.

Readers need to know what something costs and how much money there is (Netzwerk Leichte Sprache:
numbers that matter, in short sentences of one statement each). Releases bury the amount in
official verbs ("beläuft sich auf", "ist zum Preis von … erhältlich", "kann mit einem Bußgeld von …
geahndet werden"). Each shape below is a sentence form of German administrative and press
language, said again in the plain forms Leichte-Sprache texts use for money: "X kostet …",
"X ist … Euro", "Für X gibt es …", "Y bezahlt X. Das sind …".

What changes an amount stays with it: "bis zu", "rund", "ab", "zwischen … und …", "je/pro …",
"im Monat", "ermäßigt", "je nach …" (its own sentence, "Die Miete hängt von … ab."). Every amount
of the sentence is said (a price list is kept whole or not at all), and ``money_amounts.faithful``
checks each amount said against the source: the same value with the same qualifiers, else no
rescue. A sentence with a percentage, a negation, a comparison, a hedge or a condition is refused
(omission over error).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.limits import HARD_LIMIT
from pressconv.transforms.easy.money_amounts import (
    AMOUNT,
    AMOUNT_RE,
    CURRENCY,
    ONE,
    PERIOD,
    PERIOD_UNIT,
    amounts,
    faithful,
    plain,
    read_amount,
)
from pressconv.transforms.easy.rescue import Rescue, RescueContext

__all__ = ["money"]

# --- phrases -------------------------------------------------------------------------------------

_PHRASE_TAGS: Final = frozenset(["ART", "ADJ(A)", "NN", "NNA", "NNI", "NE", "CARD", "APPR", "APPRART", "PIAT", "KON", "$("])


def _phrase(words: str, *, start: bool = True) -> bool:
    """A noun phrase, with prepositional attributes ("Ein Abonnement für alle 3 Konzerte").

    No verb, pronoun, comma or clause: the phrase is kept as the source wrote it, so it must be
    one that stands in the new sentence in the same case and means the same.
    """
    if not words or "," in words or (start and not re.match(r"[A-ZÄÖÜ„]", words)):
        return False
    tagged = [t for t in morph.tag(words) if t.word not in ("„", "“")]
    if not tagged or any(t.pos not in _PHRASE_TAGS for t in tagged):
        return False
    if any(t.pos == "KON" and t.word not in ("und", "oder") for t in tagged):
        return False
    if any(t.pos == "$(" for t in tagged):
        return False
    return tagged[-1].pos in ("NN", "NNA", "NNI", "NE", "CARD") and tagged[0].pos != "APPR"


# Adverbs between the verb and the amount that the new sentence keeps where they stood: time
# ("künftig", "ab sofort"), scope ("jeweils", "insgesamt", "in der Regel", "pro Person"). Any other
# word there may qualify the amount in a way we cannot read, and "dann"/"auch" point at another
# sentence: the sentence is refused.
_KEPT_ADVERB: Final = re.compile(
    r"^(?:(?:künftig|zukünftig|jetzt|nun|ab sofort|weiterhin|in der Regel|jeweils|insgesamt|nur|"
    r"(?:je|pro) [A-ZÄÖÜ]\w+|für (?:Erwachsene|Kinder|Jugendliche|Mitglieder|Gruppen|Familien|Studierende|"
    r"Schülerinnen und Schüler|Rentnerinnen und Rentner)|(?:ab|zum) (?:dem )?\d{1,2}\. \w+(?: \d{4})?|"
    r"im Vorverkauf|an der (?:Tages|Abend)kasse) )*$"
)
# "je nach Größe und Ausstattung": what the amount depends on, said as a sentence of its own.
_DEPENDS: Final = re.compile(r"\bje nach (?P<what>[A-ZÄÖÜ]\w+(?: (?:und|oder) [A-ZÄÖÜ]\w+)?) ")

# Source sentences the rescuer leaves alone, even where the refused piece no longer shows it (the
# piece may be a clause cut out of them): a negation, a hedge or plan, a condition, Konjunktiv, a
# question, someone's words ("…“, sagt X"), an attribution ("nach Angaben", "laut").
_REFUSE_SOURCE: Final = re.compile(
    r"\b(?:nicht|kein\w*|nie|ohne|weder|statt|anstatt|"
    r"soll|sollen|sollte|sollten|würde\w*|könnte\w*|wäre\w*|hätte\w*|sei|seien|solle|müsse|könne|"
    r"wenn|falls|sofern|sobald|voraussichtlich|vermutlich|möglicherweise|eventuell|geplant\w*|"
    r"nach Angaben|laut|zufolge)\b|\?|[“\"],? (?:sagt|sagte|so|betont|betonte|erklärt|erklärte|meint)\b"
)
# Refused pieces the rescuer leaves alone: a percentage (its own rule), a comparison with another
# time or amount, a pronominal adverb that points at another sentence ("dafür", "davon").
_REFUSE: Final = re.compile(
    r"%|\bProzent|\b(?:Vorjahr\w*|Vergleich|gegenüber|mehr als im|weniger als im|als bisher|als im|"
    r"damit|davon|dafür|dazu|darin|hierfür)\b"
)


@dataclass(frozen=True, slots=True)
class _Parts:
    """What a shape found: the head sentence and the sentences that follow it."""

    head: str
    followers: tuple[str, ...] = ()
    question: bool = False  # the head asks (a condition), its first follower answers with "Dann …"


def _end(sentence: str) -> str:
    """The text as a sentence: single spaces, a capital first letter and a full stop."""
    sentence = re.sub(r"\s+", " ", sentence).strip()
    return sentence[:1].upper() + sentence[1:] + "."


def _periodic(subject: str) -> tuple[str, str | None]:
    """The subject without its time adjective, and the unit the adjective said ("im Monat")."""
    found = PERIOD.search(subject)
    if found is None:
        return subject, None
    return subject[: found.start()] + subject[found.end() :], PERIOD_UNIT[found["adj"]]


def _with_unit(amount: str, unit: str | None) -> str | None:
    """The amount with its unit of time, or None when the amount already has one."""
    if unit is None:
        return amount
    if re.search(r"\b(?:je|pro|im) \w+$", amount):
        return None  # "monatlich … je Person": two units; the order would be ours, not the source's
    return f"{amount} {unit}"


# --- shapes --------------------------------------------------------------------------------------

# "Die Miete beträgt 400 Euro.", "Die Kosten belaufen sich auf rund 2 Millionen Euro.", "Der Preis
# liegt bei 5 Euro.", "Ein Kurs kostet 40 Euro.": a cost noun and its amount, said with "ist"/"kostet".
_VALUE: Final = re.compile(
    rf"^(?P<subj>[A-ZÄÖÜ][^,;:]*?) (?P<verb>beträgt|betragen|beläuft sich|belaufen sich|liegt|liegen|kostet|kosten) "
    rf"(?P<mid>(?:[^,;:]+? )??)(?P<prep>auf |bei )?(?P<amount>{AMOUNT})(?P<tail>(?: [^,;:]+)?)$"
)
_PREPOSITION_OF: Final = {"beläuft sich": "auf ", "belaufen sich": "auf ", "liegt": "bei ", "liegen": "bei "}


def _value_shape(text: str) -> _Parts | None:
    """A value ("X beträgt N Euro") as "X kostet N Euro." or "X ist N Euro." with its followers, or None."""
    match = _VALUE.match(text)
    if match is None or (match["prep"] or "") != _PREPOSITION_OF.get(match["verb"], ""):
        return None
    subject, unit = _periodic(match["subj"])
    mid, followers = match["mid"], []
    plural = match["verb"].split()[0] in ("betragen", "belaufen", "liegen", "kosten")
    depends = _DEPENDS.search(mid + " ")
    if depends is not None:
        mid = (mid[: depends.start()] + (mid + " ")[depends.end() :]).strip() + " "
        # The subject's noun again, not "Das …": the follower names what the head introduced.
        noun = re.split(r" (?:für|von|vom|im|in|an|am|bei|beim|mit|zum|zur|aus) ", subject, maxsplit=1)[0]
        what = depends["what"]
        # "je nach Größe": one bare noun needs its article after "von" ("von der Größe"), which the
        # phrase does not give; a pair of bare nouns is grammatical ("von Größe und Lage"). The range
        # of the head is true without the follower, so the single noun is left out (review).
        if " " in what.strip():
            followers.append(f"{noun} {'hängen' if plural else 'hängt'} von {what} ab.")
    # "kostet monatlich 10 Euro": the adverb is the amount's unit too ("10 Euro im Monat").
    mid, adverb_unit = _periodic(mid.strip() + " ")
    if unit is not None and adverb_unit is not None:
        return None
    unit, mid = unit or adverb_unit, mid.strip()
    if not _phrase(subject) or not _KEPT_ADVERB.match(mid + " " if mid else "") or not _tail(match["tail"]):
        return None
    amount = _with_unit(match["amount"], unit)
    if amount is None:
        return None
    verb = ("kosten" if plural else "kostet") if match["verb"].startswith("kost") else ("sind" if plural else "ist")
    return _Parts(_end(f"{subject} {verb} {mid} {amount}{match['tail']}"), tuple(followers))


def _tail(tail: str) -> bool:
    """What may stand after the amount: nothing, or a phrase for whom it is ("für Mitglieder")."""
    tail = tail.strip()
    return not tail or (tail.split()[0] in ("für", "bei", "im", "in", "an") and _phrase(tail, start=False))


# "Der Preis steigt von 1,98 Euro auf 2,24 Euro.", "Die Gebühr wird von 8,50 Euro auf 9,90 Euro
# angehoben.": a change of an amount, said as the new amount and then the old one.
_CHANGE: Final = re.compile(
    rf"^(?P<subj>[A-ZÄÖÜ][^,;:]*?) (?:(?P<verb>steigt|steigen|sinkt|sinken|erhöht sich|erhöhen sich|"
    rf"verringert sich|verringern sich)|(?P<aux>wird|werden)) (?P<mid>(?:[^,;:]+? )??)von (?:bisher )?"
    rf"(?P<old>{AMOUNT}|{ONE}) auf (?P<new>{AMOUNT})(?: (?P<part>angehoben|erhöht|gesenkt|reduziert))?$"
)
_UP: Final = frozenset(["steigt", "steigen", "erhöht sich", "erhöhen sich", "angehoben", "erhöht"])


def _change_shape(text: str) -> _Parts | None:
    """A price change "von A auf B" as "X steigt auf B." with "Bisher sind es A.", or None."""
    match = _CHANGE.match(text)
    if match is None or (match["aux"] is None) != (match["part"] is None):
        return None
    subject, unit = _periodic(match["subj"])
    mid = match["mid"].strip()
    if not _phrase(subject) or not _KEPT_ADVERB.match(mid + " " if mid else ""):
        return None
    old, new = match["old"], match["new"]
    if not re.search(CURRENCY, old):
        old = f"{old} {re.search(CURRENCY, new).group(0)}"  # type: ignore[union-attr]  # "von 1,98 auf 2,24 Euro"
    said_old, said_new = read_amount(old), read_amount(new)
    if said_old is None or said_new is None or len(said_old.values) != 1 or len(said_new.values) != 1:
        return None
    up = said_new.values[0] > said_old.values[0]
    if ((match["verb"] or match["part"]) in _UP) != up:
        return None  # the verb and the numbers disagree: one of them is not what we read
    plural = (match["verb"] or match["aux"]).split()[0] in ("steigen", "sinken", "erhöhen", "verringern", "werden")
    verb = ("steigen" if plural else "steigt") if up else ("sinken" if plural else "sinkt")
    new_said = _with_unit(new, unit)
    if new_said is None:
        return None
    old_bare = re.sub(r" (?:je|pro|im) \w+$", "", old)
    return _Parts(_end(f"{subject} {verb} {mid} auf {new_said}"), (f"Bisher sind es {old_bare}.",))


# "Verstöße können mit einem Bußgeld von bis zu 30.000 Euro geahndet werden.", "Bei Verstößen droht
# ein Bußgeld von bis zu 500 Euro.": the fine a rule sets, said as what can happen and how much.
_FINE_NOUN: Final = r"(?P<noun>Bußgeld|Verwarnungsgeld|Verwarngeld|Geldbuße|Geldstrafe|Strafe)"
_FINE_PASSIVE: Final = re.compile(
    rf"^(?P<subj>[A-ZÄÖÜ][^,;:]*?) (?:kann|können) (?:als Ordnungswidrigkeit |als Straftat )?mit (?:einem|einer) "
    rf"{_FINE_NOUN} (?:von |in Höhe von )(?P<amount>{AMOUNT}) (?:geahndet|bestraft|belegt) werden$"
)
# The same rule after the passive repair (voice.py): "Man kann X mit einem Bußgeld von … ahnden". The
# object is in the accusative already, the case "für" takes.
_FINE_ACTIVE: Final = re.compile(
    rf"^Man kann (?P<obj>[^,;:]+?) (?:als Ordnungswidrigkeit |als Straftat )?mit (?:einem|einer) "
    rf"{_FINE_NOUN} (?:von |in Höhe von )(?P<amount>{AMOUNT}) (?:ahnden|bestrafen|belegen)$"
)
_FINE_THREAT: Final = re.compile(
    rf"^(?P<pp>(?:Bei|Für) [^,;:]+?) (?:droht|drohen) (?:ein|eine) {_FINE_NOUN} (?:von |in Höhe von )"
    rf"(?P<amount>{AMOUNT})$"
)
_NEUTER_FINES: Final = frozenset(["Bußgeld", "Verwarnungsgeld", "Verwarngeld"])
# "Wer gegen die Regel verstößt, muss mit einem Bußgeld von bis zu 500 Euro rechnen.": a generalising
# relative clause (Duden: "wer"-Satz) is the condition; Leichte Sprache asks it as a question and
# answers with "Dann …" (Netzwerk Leichte Sprache: conditions as a question, no "wenn"-clause).
_FINE_WHO: Final = re.compile(
    rf"^Wer (?P<cond>[^,;:]+) (?P<verb>[a-zäöüß]+), (?:muss mit (?:einem|einer) {_FINE_NOUN} (?:von |in Höhe von )"
    rf"(?P<amount>{AMOUNT}) rechnen|riskiert (?:ein|eine) {_FINE_NOUN.replace('noun', 'noun2')} (?:von |in Höhe von )"
    rf"(?P<amount2>{AMOUNT}))$"
)
# A separable verb's particle stays at the end of a main clause ("lädt … ab"): moving the written
# "ablädt" to the front would be wrong, so such a verb is refused (Duden: trennbare Verben).
_PARTICLE: Final = re.compile(
    r"^(?:ab|an|auf|aus|bei|dar|durch|ein|fest|frei|her|hin|los|mit|nach|um|vor|weg|wieder|zu|zurück|zusammen)"
)


def _fine_question(text: str) -> _Parts | None:
    """ "Verstößt jemand gegen die Regel? Dann kann es ein Bußgeld geben. Das Bußgeld ist …"."""
    match = _FINE_WHO.match(text)
    if match is None:
        return None
    tagged = [t for t in morph.tag(f"Wer {match['cond']} {match['verb']}") if t.word != "·"]
    verb = tagged[-1]
    if not verb.pos.endswith("(FIN)") or any(t.pos.endswith("(FIN)") for t in tagged[:-1]):
        return None
    particle = _PARTICLE.match(verb.word)
    if particle is not None and verb.lemma.startswith(particle.group(0)):
        return None
    noun, amount = match["noun"] or match["noun2"], match["amount"] or match["amount2"]
    neuter = noun in _NEUTER_FINES
    return _Parts(
        f"{verb.word[:1].upper() + verb.word[1:]} jemand {match['cond']}?",
        (f"Dann kann es {'ein' if neuter else 'eine'} {noun} geben.", f"{'Das' if neuter else 'Die'} {noun} ist {amount}."),
        question=True,
    )


def _fine_shape(text: str) -> _Parts | None:
    """A fine as "Für X kann es ein Bußgeld geben." with "Das Bußgeld ist N Euro.", or None."""
    passive, threat, active = _FINE_PASSIVE.match(text), _FINE_THREAT.match(text), _FINE_ACTIVE.match(text)
    if active is not None:
        if not _phrase(active["obj"], start=False):
            return None
        lead, noun, amount = f"Für {active['obj']}", active["noun"], active["amount"]
    elif passive is not None:
        subject = passive["subj"]
        # "Für" takes the accusative: a bare plural or a feminine or neuter article keeps its form.
        if not _phrase(subject) or re.match(r"(?:Der|Ein|Einer?|Dem|Den) ", subject):
            return None
        lead, noun, amount = f"Für {_inside(subject)}", passive["noun"], passive["amount"]
    elif threat is not None:
        if not _phrase(threat["pp"].split(" ", 1)[1], start=False):
            return None
        lead, noun, amount = threat["pp"], threat["noun"], threat["amount"]
    else:
        return None
    neuter = noun in _NEUTER_FINES
    head = f"{lead} kann es {'ein' if neuter else 'eine'} {noun} geben"
    return _Parts(_end(head), (f"{'Das' if neuter else 'Die'} {noun} ist {amount}.",))


_ARTICLE: Final = re.compile(r"^(?:Die|Das|Eine|Alle) ")


def _inside(phrase: str) -> str:
    """A phrase that opened the sentence, as it reads inside one: "Das Aussetzen" -> "das Aussetzen"."""
    return phrase[:1].lower() + phrase[1:] if _ARTICLE.match(phrase) else phrase


# "Die Kosten von 2 Millionen Euro trägt die Stadt.", "Der Kreis übernimmt die Kosten in Höhe von
# 300 Euro.": who pays, and how much; said as "Y bezahlt die Kosten. Das sind …".
_COST_NOUN: Final = r"(?:die |den |das )?(?:[A-ZÄÖÜ]\w*kosten|Kosten|Betrag|Restbetrag|Eigenanteil|Anteil)"
_PAYS_FRONTED: Final = re.compile(
    rf"^(?P<obj>(?:Die|Den|Das) (?:[A-ZÄÖÜ]\w*kosten|Kosten|Betrag|Restbetrag|Eigenanteil)(?: für [^,;:]+?)?) "
    rf"(?:in Höhe )?von (?P<amount>{AMOUNT}) (?P<verb>trägt|übernimmt|zahlt|bezahlt) (?P<payer>(?:der|die|das) [^,;:]+?)"
    r"(?: als [A-ZÄÖÜ]\w+)?$"
)
_PAYS: Final = re.compile(
    rf"^(?P<payer>[A-ZÄÖÜ][^,;:]*?) (?P<verb>trägt|übernimmt|zahlt|bezahlt) (?P<obj>{_COST_NOUN}(?: für [^,;:]+?)?) "
    rf"(?:in Höhe )?von (?P<amount>{AMOUNT})$"
)


def _pays_shape(text: str) -> _Parts | None:
    """Who bears a cost ("X trägt die Kosten von N Euro") as "X bezahlt die Kosten." and "Das sind N Euro.", or None."""
    match = _PAYS_FRONTED.match(text) or _PAYS.match(text)
    if match is None:
        return None
    payer, obj = match["payer"], match["obj"]
    if " und " in payer:
        return None  # "Bund und Land trägt …": the verb's number no longer tells who the subject is
    # The verb is singular, so the payer is the one singular phrase: "Die Kosten" is plural.
    if not _phrase(payer[:1].upper() + payer[1:]) or not _phrase(obj[:1].upper() + obj[1:]):
        return None
    obj = obj[:1].lower() + obj[1:]
    if match.re is _PAYS_FRONTED and obj.startswith("den "):
        return None
    return _Parts(_end(f"{payer} bezahlt {obj}"), (f"Das sind {match['amount']}.",))


# "Für das Programm stehen in den Jahren 2026 und 2027 insgesamt 6 Millionen Euro zur Verfügung.":
# money available for something, said as "Für X gibt es …" and the years as a sentence of their own.
_AVAILABLE: Final = re.compile(
    rf"^(?P<pp>Für [^,;:]+?) (?:steht|stehen) (?P<mid>(?:[^,;:]+? )??)(?P<amount>{AMOUNT})"
    r"(?: aus [A-ZÄÖÜ][\wäöüß]+)? zur Verfügung$"
)
_YEARS: Final = re.compile(r"\b(?:in den Jahren|für die Jahre) (?P<y>20\d\d (?:und|bis) 20\d\d)|\bim Jahr (?P<one>20\d\d)")
# "Gefördert werden Vorhaben mit bis zu 50.000 Euro je Antrag.", "Projekte werden mit bis zu 5.000 Euro
# gefördert.", "Man fördert Vorhaben mit …" (rewrite.py's active form): what a programme pays for,
# said as "Für Vorhaben gibt es …".
_FUNDED: Final = re.compile(
    rf"^(?:(?:Gefördert werden|Man fördert) (?P<x>[^,;:]+?) mit (?P<a>{AMOUNT})"
    rf"|(?P<y>[A-ZÄÖÜ][^,;:]*?) werden mit (?P<b>{AMOUNT}) gefördert)$"
)
# "Das Land fördert das Vorhaben mit 12 Millionen Euro.": who gives money for what.
_FUNDS: Final = re.compile(
    rf"^(?P<payer>[A-ZÄÖÜ][^,;:]*?) (?:(?P<verb>fördert|fördern) (?P<obj>[^,;:]+?)|(?P<aux>hat|haben) (?P<obj2>[^,;:]+?))"
    rf" mit (?:einem Zuschuss (?:in Höhe )?von )?(?P<amount>{AMOUNT})(?P<part> gefördert)?$"
)


def _funding_shape(text: str) -> _Parts | None:
    """Funding ("stehen N Euro für X zur Verfügung", "fördert mit N Euro") as a plain sentence, or None."""
    available = _AVAILABLE.match(text)
    if available is not None:
        mid, followers = available["mid"], []
        years = _YEARS.search(mid)
        if years is not None:
            mid = mid[: years.start()] + mid[years.end() :]
            followers.append(
                f"Das gilt für die Jahre {years['y']}." if years["y"] else f"Das gilt für das Jahr {years['one']}."
            )
        mid = mid.strip()
        if not _phrase(available["pp"][4:], start=False) or not _KEPT_ADVERB.match(mid + " " if mid else ""):
            return None
        return _Parts(_end(f"{available['pp']} gibt es {mid} {available['amount']}"), tuple(followers))
    funded = _FUNDED.match(text)
    if funded is not None:
        what, amount = funded["x"] or funded["y"], funded["a"] or funded["b"]
        if not _phrase(what[:1].upper() + what[1:]) or re.match(r"(?:der|den|dem|ein|einen|einem)\b", what, re.I):
            return None
        return _Parts(_end(f"Für {_inside(what)} gibt es {amount}"))
    funds = _FUNDS.match(text)
    if funds is None or (funds["aux"] is None) != (funds["part"] is None):
        return None
    payer, obj = funds["payer"], funds["obj"] or funds["obj2"]
    if not _phrase(payer) or not _phrase(obj, start=False) or not re.match(r"(?:die|das|den|ein|eine|einen) ", obj):
        return None  # "für" takes the accusative, the case "fördert" gives its object already
    plural = (funds["verb"] or funds["aux"]) in ("fördern", "haben")
    if funds["aux"] is not None:
        return _Parts(_end(f"{payer} {funds['aux']} {funds['amount']} für {obj} gegeben"))
    return _Parts(_end(f"{payer} {'geben' if plural else 'gibt'} {funds['amount']} für {obj}"))


# "Ein Abonnement ist zum Preis von 30 Euro erhältlich.", "Lose sind für 2 Euro pro Stück zu haben.":
# what something costs, said with "kostet".
_SOLD: Final = re.compile(
    rf"^(?P<subj>[A-ZÄÖÜ][^,;:]*?) (?P<verb>ist|sind) (?P<mid>(?:[^,;:]+? )??)(?:für |zum Preis von |zu einem Preis von )?"
    rf"(?P<amount>{AMOUNT}) (?:erhältlich|zu haben|zu kaufen)$"
)


def _sold_shape(text: str) -> _Parts | None:
    """A sale price ("X ist für N Euro erhältlich") as "X kostet N Euro.", or None."""
    match = _SOLD.match(text)
    if match is None:
        return None
    mid = match["mid"].strip()
    if not _phrase(match["subj"]) or not _KEPT_ADVERB.match(mid + " " if mid else ""):
        return None
    verb = "kosten" if match["verb"] == "sind" else "kostet"
    return _Parts(_end(f"{match['subj']} {verb} {mid} {match['amount']}"))


# "Der Eintritt kostet 8 Euro, ermäßigt 5 Euro.": a price and its reduced price, one sentence each.
_REDUCED: Final = re.compile(
    rf"^(?P<subj>[A-ZÄÖÜ][^,;:]*?) (?P<verb>kostet|kosten) (?P<full>{AMOUNT}), ermäßigt (?P<less>{AMOUNT})"
    r"(?: für (?P<who>[^;:]+?))?$"
)


def _reduced_shape(text: str) -> _Parts | None:
    """A full and a reduced price as two sentences, with whom the reduction is for kept whole, or None."""
    match = _REDUCED.match(text)
    if match is None or not _phrase(match["subj"]) or not re.match(r"(?:Der|Die|Das) ", match["subj"]):
        return None
    subject, verb = match["subj"], match["verb"]
    followers = [f"Mit Ermäßigung {verb} {subject[:1].lower() + subject[1:]} {match['less']}."]
    if match["who"] is not None:
        # Who pays less is a list kept whole ("für A, B und C"), or not said: the reduced price
        # alone says nothing false, a cut list would (easy-judging: a cut list made false).
        who = match["who"]
        if not all(_phrase(part, start=False) for part in re.split(r", | und | sowie ", who)):
            return None
        sentence = f"Die Ermäßigung gibt es für {who}."
        if len(sentence.split()) <= HARD_LIMIT:
            followers.append(sentence)
    return _Parts(_end(f"{subject} {verb} {match['full']}"), tuple(followers))


# "Der Schaden wird auf rund 5.000 Euro geschätzt.": an estimate, said as the amount and then "Das ist
# geschätzt." (the estimate must stay one: a reader takes a bare amount as known).
_ESTIMATE: Final = re.compile(rf"^(?P<subj>[A-ZÄÖÜ][^,;:]*?) (?P<aux>wird|werden) auf (?P<amount>{AMOUNT}) geschätzt$")


def _estimate_shape(text: str) -> _Parts | None:
    """An estimated amount ("wird auf N Euro geschätzt") as "X ist N Euro." with "Das ist geschätzt.", or None."""
    match = _ESTIMATE.match(text)
    if match is None or not _phrase(match["subj"]):
        return None
    verb = "sind" if match["aux"] == "werden" else "ist"
    return _Parts(_end(f"{match['subj']} {verb} {match['amount']}"), ("Das ist geschätzt.",))


# "Die ersten 30 Minuten sind kostenlos, jede weitere Stunde kostet 1,50 Euro.": a tariff that is free
# at first and then costs per unit (parking, hire), said as two sentences linked by "Dann".
_THEN_PAID: Final = re.compile(
    r"^(?P<free>(?=[^,;:]*\b(?:ist|sind)\b)(?=[^,;:]*\bersten\b)[^,;:]+ (?:kostenfrei|kostenlos|gebührenfrei|gratis)), "
    rf"(?P<next>jede weitere (?:angefangene )?[A-ZÄÖÜ]\w+) kostet (?P<amount>{AMOUNT})$"
)


def _then_paid_shape(text: str) -> _Parts | None:
    """A tariff free at first and then paid per unit as two sentences ("Dann kostet …"), or None."""
    match = _THEN_PAID.match(text)
    if match is None:
        return None
    return _Parts(_end(match["free"]), (f"Dann kostet {match['next']} {match['amount']}.",))


_SHAPES: Final[tuple[Callable[[str], _Parts | None], ...]] = (
    _then_paid_shape,
    _reduced_shape,
    _fine_question,
    _change_shape,
    _value_shape,
    _fine_shape,
    _pays_shape,
    _funding_shape,
    _sold_shape,
    _estimate_shape,
)


# Words that restrict what an amount applies to ("nur für Mitglieder", "ab 18 Jahren", "je Person").
_RESTRICTING: Final = ("nur", "für", "bei", "ab", "außer", "ausgenommen", "lediglich", "jeweils", "je", "pro", "mit", "ohne")


# An amount amounts.py rounded down to full thousands ("mehr als 4 tausend Euro").
_ROUNDED: Final = re.compile(r"\bmehr als (?:\d+ )?tausend\b", re.IGNORECASE)
# A source amount given as an estimate or lower bound, which a rounded "mehr als" may say.
_APPROXIMATE: Final = re.compile(r"\b(?:rund|etwa|ca\.|circa|über|mehr als|gut|mindestens)\s+\d", re.IGNORECASE)


def _restriction_lost(text: str, source: str) -> bool:
    """The refused piece has fewer restricting words than the source's clause with its amount.

    Earlier steps may cut a sentence to its kernel (select._fitted); a restriction cut with it
    ("Die Gebühr wird für Mitglieder … angehoben") would make the rescued amount apply to everyone.
    """
    # The clause with the amount's first digits; an amount said in words only ("tausend Euro") is
    # compared with the whole source, the strictest reading.
    first = re.search(r"\d+", text)
    clauses = [c for c in source.split(";") if first is not None and first.group(0) in c] or [source]
    words, said = clauses[0].lower().split(), text.lower().split()
    return any(words.count(w) > said.count(w) for w in _RESTRICTING)


def money(context: RescueContext) -> Rescue | None:
    """The refused sentence's amount of money in plain sentences, or None (see the module)."""

    text = re.sub(r"\s+", " ", context.text).strip().rstrip(".").strip()
    if context.source.speech or not AMOUNT_RE.search(text) or _REFUSE_SOURCE.search(context.source.text):
        return None
    if _REFUSE.search(text) or len(amounts(text)) > 2:
        return None  # a list of more than two prices is kept whole by no shape here
    said_plainly = plain(text)
    if said_plainly is None:
        return None
    if _ROUNDED.search(said_plainly) and not _APPROXIMATE.search(context.source.text):
        # amounts.py said an exact "1.250 Euro" as "mehr als tausend Euro": true, but no price, fee or
        # grant a reader can act on; only an amount the source gives as an estimate ("rund 3.500
        # Euro") may be said as rounded. Otherwise the source's own amount or nothing.
        return None
    if _restriction_lost(text, context.source.text):
        return None
    opening = " ".join(text.split()[:2]).lower()
    if not text.startswith("Man ") and opening not in re.sub(r"\s+", " ", context.source.text).lower():
        # The piece opens with words the source does not have there: an earlier step rebuilt its
        # subject ("eine Ordnungswidrigkeit, die …" -> "Die Ordnungswidrigkeit …"), which alone
        # points at nothing the reader knows.
        return None
    for shape in _SHAPES:
        parts = shape(said_plainly)
        if parts is None:
            continue
        sentences = (parts.head, *parts.followers)
        if not faithful(sentences, said_plainly, context.source.text):
            return None
        return Rescue(sentences, question=parts.question)
    return None
