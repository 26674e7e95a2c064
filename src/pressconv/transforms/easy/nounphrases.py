"""Shorter noun phrases for a long key-fact sentence: insertions, framing phrases and describing attributes left out.

A lead sentence often stays too long after every clause cut because its noun phrases carry more than
the news needs. German grammar marks several attributes as describing, not as limiting, and a
phrase without them still names the same referent (Duden grammar, Attribute; Bürgernahe
Verwaltungssprache: the first things a plain rewrite drops):

- an insertion in brackets, or between two dashes (Parenthese): the writer sets it off as an aside;
- a loose apposition between commas after a noun ("Anna Berg, Leiterin vom Bauamt, hat …"): it
  describes a referent the noun before it names already (lockere Apposition, non-restrictive);
- a framing phrase ("im Rahmen von …", "im Zuge von …"): it names the frame of an act, never the
  act itself;
- an extended participle attribute before a noun ("die seit Montag geltende Regel", "dem als
  Sportplatz genutzten Grundstück"): a participle with phrases of its own describes the noun after
  it (a plain adjective with an adverb, "die weiterhin gute Lage", is the property itself and stays);
- a "von" attribute that repeats a noun the sentence has named already ("Der Senat von der
  Universität X hat … zur Präsidentin von der Universität gewählt"): the referent is known;
- the outer adjectives of a stack ("die grundhafte bauliche Erneuerung"): the one next to the noun
  classifies it, the ones before it describe.

Nothing goes that could change who, what or which (omission over error): no part that holds a
number, a date, a name, a quotation, a negation or a focus word (nicht, nur, auch, alle, kein),
a hedge or an attribution (mutmaßlich, geplant, möglich, laut Zeugen),
a role modifier (stellvertretend, kommissarisch, ehemalig), a word that decides the referent
("neu" against an existing one, an ordinal, a comparative, "für Kinder"), and never a list item.
The cuts go one at a time, the least telling first, and stop as soon as the sentence is short
enough; the verifier judges the result like any other sentence.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.frequency import zipf
from pressconv.transforms.easy.limits import HARD_LIMIT
from pressconv.transforms.easy.settlements import settlement_name

__all__ = ["LOSSLESS", "fitted", "reduce", "shorter_main", "without_asides", "word_count"]

# Negation and focus words: what stands in a part with them is never left out (rubric, item 2).
_FOCUS: Final = re.compile(
    r"^(?:nicht|nichts|nie|niemals|niemand|nur|auch|all\w*|kein\w*|jede\w*|ohne|kaum|erst|noch|"
    r"mindestens|höchstens|ausschließlich|lediglich|sogar|außer)$",
    re.IGNORECASE,
)
# Adjectives that decide which referent is meant, not what it is like: the time relation ("die neue
# Regel" against the old one, "der ehemalige Leiter"), the role (stellvertretend, kommissarisch),
# the place in a row (ordinals, "letzte", "nächste"). A closed class of German relational adjectives.
_DECIDING: Final = re.compile(
    r"^(?:neu|alt|bisherig|künftig|zukünftig|ehemalig|früher|damalig|jetzig|derzeitig|heutig|aktuell|"
    r"vorig|vorherig|letzt|nächst|kommend|folgend|übernächst|vorläufig|stellvertretend|kommissarisch|"
    r"amtierend|designiert|geschäftsführend|kommunal|erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|"
    r"zehnt|elft|zwölft|\w+zehnt|\w+zigst|\w+ßigst|hundertst|tausendst|einzig|gesamt|ganz|weiter|ander|"
    r"selb|gleich|sonstig|übrig|eigen|privat|öffentlich)$",
    re.IGNORECASE,
)
# Hedges and attribution (press convention for what is not established: "der mutmaßliche Täter",
# "die geplante Halle", "– laut Zeugen –", "(nach Angaben der Polizei)"): without them an allegation,
# a plan or a possibility reads as fact, and a source's claim as the sender's own. Word stems.
_HEDGE: Final = re.compile(
    r"^(?:mutmaßlich|angeblich|vermutlich|vermeintlich|möglich|eventuell|vielleicht|wahrscheinlich|offenbar|"
    r"offensichtlich|anscheinend|scheinbar|potenziell|potentiell|verdächtig|fraglich|denkbar|geplant|vorgesehen|"
    r"beabsichtigt|voraussichtlich|erwartet|angekündigt|angestrebt|sogenannt|geschätzt|schätz|laut|zufolge|"
    r"angabe|aussage|zeug|bericht|gerücht|information|soll|wohl)\w*$|^so$",
    re.IGNORECASE,
)
# Months: a date without digits ("im Mai") is a date all the same.
_MONTH: Final = re.compile(
    r"^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)$"
)
# The nouns of a framing phrase "im Rahmen/Zuge von …" (officialese frames: the occasion of an act).
# Never "im Vorfeld"/"im Verlauf": they say when, and a state without its time would hold always.
FRAMES: Final = frozenset(["Rahmen", "Zuge"])
# Prepositions that limit or negate: "die ab Montag gesperrte Straße", "der bis Juni geltende Tarif",
# "die ohne Genehmigung gebaute Halle", "die für Kinder geeignete Führung" (for whom: the referent).
_LIMITING: Final = frozenset(["für", "ab", "bis", "ohne", "außer", "statt", "anstatt"])
_DASHES: Final = frozenset(["–", "—", "-"])
_LIST: Final = frozenset(["und", "oder", "sowie", "bzw.", "beziehungsweise"])
_DETERMINERS: Final = ("ART", "PPOSAT", "PDAT", "PIAT", "APPRART")
_NOMINAL: Final = ("ART", "PPOSAT", "ADJ(A)", "NN", "NE", "CARD", "PIAT")


def word_count(text: str) -> int:
    """Words as the length rule counts them: what stands between spaces."""
    return len(text.split())


def _protected(tokens: Sequence[morph.Token]) -> bool:
    """The tokens hold something a sentence never loses: a number, date, name, quotation, negation, focus
    or referent-deciding word, a limiting preposition ("für Kinder", "ab Montag")."""
    for index, token in enumerate(tokens):
        word = token.word
        if word == "allem" and index and tokens[index - 1].word.lower() == "vor":
            continue  # "vor allem" names an example, it quantifies nothing
        if any(c.isdigit() for c in word) or word in ("„", "“", '"', "”") or token.pos in ("NE", "PTKNEG", "CARD"):
            return True
        if _FOCUS.match(word) or _MONTH.match(word) or word.lower() in _LIMITING or _HEDGE.match(word):
            return True
        if token.pos.startswith("ADJ") and _DECIDING.match(token.lemma):
            return True
    return False


def _cut(text: str, spans: Sequence[tuple[int, int]], first: int, last: int, *, keep_end: bool = False) -> str:
    """``text`` without the tokens ``first`` … ``last`` (inclusive) and the space before them."""
    start, end = spans[first][0], spans[last][1]
    if keep_end:
        end = spans[last][0]
    while start > 0 and text[start - 1] == " ":
        start -= 1
    out = text[:start] + text[end:]
    out = re.sub(r" {2,}", " ", out)
    return re.sub(r" +([,.;:!?])", r"\1", out).strip()


# Nouns that only name the kind of quantity a number gives (Maßangabe: "einen Betrag von 500 Euro",
# "auf einer Länge von 2 Kilometern", "in Höhe von"): the number says it by itself.
_MEASURES: Final = frozenset(
    ["Betrag", "Gesamtbetrag", "Summe", "Gesamtsumme", "Länge", "Gesamtlänge", "Menge", "Fläche", "Strecke", "Höhe"]
)
# Units whose form is the same in every case: after the cut the number may stand where the measure
# noun stood in another case ("hat einen Betrag von 500 Euro" -> "hat 500 Euro").
_INVARIANT: Final = frozenset(["Euro", "Cent", "Prozent", "%", "€", "Dollar", "Franken"])
# Municipalities: a town's name alone names the town ("von der Stadt X" -> "von X"). Never a district
# or a state: "Kreis X" and the town X are two bodies.
_COMMON: Final = 3.0  # Zipf: a word at least this frequent is a common word, no town's name
_MUNICIPAL: Final = frozenset(["Stadt", "Gemeinde", "Ortsgemeinde", "Marktgemeinde", "Stadtgemeinde", "Samtgemeinde"])


def _measure(text: str, tagged: Sequence[morph.Token], spans: Sequence[tuple[int, int]]) -> str | None:
    """ "einen Betrag von 500 Euro" -> "500 Euro", "in Höhe von" -> "von": the number names its quantity itself."""
    for i, token in enumerate(tagged[:-3]):
        if token.word not in _MEASURES or tagged[i + 1].word != "von" or i == 0:
            continue
        number = next((k for k in range(i + 2, min(i + 6, len(tagged))) if tagged[k].pos == "CARD"), None)
        if number is None or any(t.pos not in ("ADV", "PIAT", "KOKOM", "APPR", "CARD") for t in tagged[i + 2 : number]):
            continue
        unit = number + 1
        while unit < len(tagged) and tagged[unit].pos == "CARD":
            unit += 1
        before = tagged[i - 1]
        if token.word == "Höhe":
            if before.word != "in":
                continue
            return _cut(text, spans, i - 1, i)  # "ein Schaden in Höhe von" -> "ein Schaden von"
        if before.pos != "ART" or i < 1:
            continue
        dative = i >= 2 and tagged[i - 2].pos == "APPR" and before.word in ("einer", "einem", "der", "dem")
        invariant = unit >= len(tagged) or tagged[unit].word in _INVARIANT or tagged[unit].pos != "NN"
        if not (dative or invariant):
            continue  # "hat eine Länge von 20 Metern": "hat 20 Metern" would be wrong German
        return _cut(text, spans, i - 1, i + 1)
    return None


def _municipal(text: str, tagged: Sequence[morph.Token], spans: Sequence[tuple[int, int]]) -> str | None:
    """ "die Feuerwehr von der Stadt Nordstadt" -> "die Feuerwehr von Nordstadt": the town's name names it."""
    for i, token in enumerate(tagged[:-3]):
        if token.word != "von" or tagged[i + 1].word != "der" or tagged[i + 2].word not in _MUNICIPAL:
            continue
        name = tagged[i + 3]
        # HanTa tags an unknown town as a noun; a rare capitalised word is a name ("Talheim"), a common
        # one may be the verb's object ("von der Stadt Geld bekommen") and keeps "der Stadt".
        named = name.pos == "NE" or (name.pos == "NN" and name.word[:1].isupper() and zipf(name.word) < _COMMON)
        if not named or i == 0 or tagged[i - 1].pos not in ("NN", "NE"):
            continue
        return _cut(text, spans, i + 1, i + 2)
    return None


def _parenthesis(text: str, tagged: Sequence[morph.Token], spans: Sequence[tuple[int, int]]) -> str | None:
    """ "Der Verein (gegründet vor Jahren) lädt …": a bracketed aside, the writer's own insertion."""
    for i, token in enumerate(tagged):
        if token.word != "(" or i == 0:
            continue
        close = next((j for j in range(i + 1, len(tagged)) if tagged[j].word == ")"), None)
        if close is None or close == len(tagged) - 1 or _protected(tagged[i + 1 : close]):
            continue
        return _cut(text, spans, i, close)
    return None


def without_asides(text: str) -> str:
    """The sentence without its bracketed asides that only abbreviate, number or name ("(FLI)", "(Az. 4 KLs
    112/24)", "(Wirtschaftsstrafkammer)"), for the lead's kernel, which reads no brackets.

    A bracket sets off an insertion the sentence is complete without (Duden: Klammern), but it may
    also hold a condition, a limit or a span ("(falls die Gespräche scheitern)", "(zwischen 22 und 6
    Uhr)", "(pro Kind)", "(Sauna ausgenommen)"): without it the rest would say more than the release.
    So only three shapes go: an acronym, a file or reference number, and a single noun.
    """
    tagged = morph.tag(text)
    spans = morph.spans(text, [t.word for t in tagged])
    if spans is None:
        return text
    named = _named_apposition(tagged) or _closing_apposition(tagged)
    if named is not None:
        return without_asides(_cut(text, spans, named[0], named[1] - 1))
    for i in range(len(tagged) - 1, 0, -1):
        if tagged[i].word != "(":
            continue
        close = next((j for j in range(i + 1, len(tagged)) if tagged[j].word == ")"), None)
        if close is None or any(t.word == "(" for t in tagged[i + 1 : close]):
            return text
        inside = " ".join(t.word for t in tagged[i + 1 : close])
        if not _ASIDE.fullmatch(inside):
            continue
        text = _cut(text, spans, i, close)
        return without_asides(text)
    return text


# "dem Leiter der Direktion, Leitendem Kriminaldirektor Rainer Buschhoff,": a loose apposition that
# names the person a role noun points at (Duden: lockere Apposition, set off by commas) adds who it is,
# not what happens; the sentence is as true without it. Its words: titles or role words, then a first
# and a last name.
_TITLE_WORD: Final = re.compile(r"(?:Dr\.|Prof\.|med\.|[A-ZÄÖÜ][a-zäöüß]+)")


def _named_apposition(tagged: Sequence[morph.Token]) -> tuple[int, int] | None:
    """(first comma, index after the closing comma) of a name apposition after a common noun, or None."""
    for i, token in enumerate(tagged):
        if token.word != "," or i == 0 or tagged[i - 1].pos != "NN":
            continue
        close = next((j for j in range(i + 1, min(len(tagged), i + 8)) if tagged[j].word == ","), None)
        if close is None or close - i < 3 or close + 1 >= len(tagged):
            continue
        inside = tagged[i + 1 : close]
        after = tagged[close + 1]
        # After the closing comma the clause goes on (its object, its verb); a name, a noun or a relative
        # pronoun there means a list or a relative clause goes on (the commas were a list's).
        if (
            after.pos in ("NE", "NN", "PRELS", "PRELAT", "PDS")
            or after.word.lower() in ("und", "oder", "sowie")
            or not all(_TITLE_WORD.fullmatch(t.word) for t in inside)
        ):
            continue
        if inside[-1].pos == "NE" and inside[-2].pos == "NE":
            return i, close + 1
    return None


# "am Sommerleseclub, einem Projekt für Kinder.": a loose apposition with the indefinite article that
# closes the sentence says what the noun before it is (Duden: lockere Apposition); it has no verb and
# the sentence is as true without it.
_INDEFINITE: Final = frozenset({"ein", "eine", "einer", "einem", "einen", "eines"})


def _closing_apposition(tagged: Sequence[morph.Token]) -> tuple[int, int] | None:
    """(comma, index of the end mark) of an indefinite apposition that ends the sentence, or None."""
    commas = [i for i, t in enumerate(tagged) if t.word == ","]
    if len(commas) != 1 or tagged[-1].word not in (".", "!"):
        return None
    comma = commas[0]
    if comma == 0 or tagged[comma - 1].pos not in ("NN", "NE") or comma + 2 >= len(tagged) - 1:
        return None
    # The noun before it has a determiner (a bare plural before a comma may open an asyndetic list:
    # "Äpfel, eine Birne").
    if not any(t.pos in ("ART", "APPRART", "PPOSAT", "PDAT") for t in tagged[max(0, comma - 4) : comma - 1]):
        return None
    inside = tagged[comma + 1 : -1]
    if inside[0].word.lower() not in _INDEFINITE or any(t.pos.startswith("V") or t.pos in ("KOUS", "KON") for t in inside):
        return None  # a verb, a clause, or "und"/"oder": a list's last items, never an apposition
    return comma, len(tagged) - 1


# The bracketed asides that only name: an acronym ("FLI", "ASP", "KOD"), a file or reference number
# ("Az. 4 KLs 112 Js 20417/24", "Drucksache 19/123"), or one capitalised noun ("Wirtschaftsstrafkammer").
_ASIDE: Final = re.compile(
    r"[A-ZÄÖÜ]{2,6}|(?:Az|Aktenzeichen|Drucksache|Vorlage|Nr|AZ)\b\.?\s*[\w/ .:-]{1,40}|[A-ZÄÖÜ][a-zäöüß]{3,}"
)


def _dashes(text: str, tagged: Sequence[morph.Token], spans: Sequence[tuple[int, int]]) -> str | None:
    """ "Der Verein – seit Jahren aktiv – lädt …": a pair of dashes sets off an aside (Duden: Gedankenstrich)."""
    marks = [i for i, t in enumerate(tagged) if t.word in _DASHES and text[spans[i][0] - 1 : spans[i][0]] == " "]
    for first, second in itertools.pairwise(marks):
        inside = tagged[first + 1 : second]
        if not inside or second >= len(tagged) - 2 or _protected(inside) or any(t.word == "," for t in inside):
            continue
        if tagged[first - 1].word in (",", "(") or tagged[second + 1].word in (",", ")"):
            continue
        return _cut(text, spans, first, second)
    return None


def _phrase_end(tagged: Sequence[morph.Token], start: int) -> int:
    """Index after a noun phrase at ``start`` with its genitive or "von" attributes ("der Sanierung von der Halle").

    ``start`` itself when no noun phrase stands there. "vom" opens an attribute with its article in it.
    """
    end = start
    if end < len(tagged) and tagged[end].pos in ("ART", "PPOSAT", "PDAT", "PIAT"):
        end += 1
    while end < len(tagged) and tagged[end].pos in ("ADJ(A)", "CARD"):
        end += 1
    nouns = end
    while end < len(tagged) and tagged[end].pos in ("NN", "NE"):
        end += 1
    if end == nouns:
        return start
    if end + 1 < len(tagged):
        word = tagged[end].word
        if word in ("des", "der") and tagged[end].pos == "ART":
            after = _phrase_end(tagged, end)
        elif word in ("von", "vom"):
            after = _phrase_end(tagged, end + 1)
        else:
            after = end
        if after > end + 1:
            return after
    return end


def _frame(text: str, tagged: Sequence[morph.Token], spans: Sequence[tuple[int, int]]) -> str | None:
    """ "… hat im Rahmen von der Aktionswoche 40 Bäume gepflanzt": the frame of the act goes."""
    for i, token in enumerate(tagged[:-2]):
        if token.word.lower() != "im" or tagged[i + 1].word not in FRAMES or i == 0:
            continue
        nxt = tagged[i + 2]
        if nxt.word in ("von", "vom"):
            end = _phrase_end(tagged, i + 3)
        elif nxt.pos == "ART":
            end = _phrase_end(tagged, i + 2)
        else:
            continue
        if end <= i + 3 or end >= len(tagged) - 1 or _protected([t for t in tagged[i:end] if t.pos != "NE"]):
            continue
        if tagged[end].word in _LIST or tagged[end - 1].word in _LIST:
            continue
        return _cut(text, spans, i, end - 1)
    return None


def _listed(tagged: Sequence[morph.Token], start: int) -> bool:
    """A list goes on from ``start``: noun-phrase words up to an "und"/"oder" ("…, B und C hat")."""
    for token in tagged[start:]:
        if token.word in _LIST:
            return True
        if token.pos not in _NOMINAL:
            return False
    return False


def _apposition(text: str, tagged: Sequence[morph.Token], spans: Sequence[tuple[int, int]]) -> str | None:
    """ "Anna Berg, Leiterin vom Bauamt, hat …": a loose apposition between commas after a noun."""
    commas = [i for i, t in enumerate(tagged) if t.word == ","]
    for first, second in itertools.pairwise(commas):
        inside = tagged[first + 1 : second]
        if not 1 <= len(inside) <= 8 or first == 0 or second >= len(tagged) - 2:
            continue
        if tagged[first - 1].pos not in ("NN", "NE") or inside[0].pos not in ("ART", "PPOSAT", "ADJ(A)", "NN"):
            continue
        # A clause (relative, subordinate, a verb of its own) is no apposition.
        if any(t.pos.startswith(("V", "KOU", "PREL", "PW")) or t.word in _LIST for t in inside):
            continue
        # A name in the apposition may be the only one of the person who acts ("Der Leiter, Max Berg, …").
        if _protected(inside):
            continue
        # "A, B, C und D": the commas of a list; an item goes only with the whole list.
        before = [i for i in commas if i < first]
        if _listed(tagged, second + 1) or (before and all(t.pos in _NOMINAL for t in tagged[before[-1] + 1 : first])):
            continue
        after = tagged[second + 1]
        if after.pos.startswith("V") or after.pos in ("APPR", "APPRART", "ART", "PPOSAT", "ADV", "PTKVZ", "ADJ(D)"):
            return _cut(text, spans, first, second)
    return None


def _repeated_von(text: str, tagged: Sequence[morph.Token], spans: Sequence[tuple[int, int]]) -> str | None:
    """ "… zur Präsidentin von der Universität gewählt" after "Der Senat von der Universität X": the
    attribute names a referent the sentence has named already (a definite noun phrase's antecedent)."""
    for i, token in enumerate(tagged[1:-3], start=1):
        if token.word not in ("von", "vom") or tagged[i - 1].pos != "NN":
            continue
        start = i + 1 if token.word == "vom" else i + 2
        if token.word == "von" and tagged[i + 1].word not in ("der", "dem", "den"):
            continue
        end = start
        while end < len(tagged) and tagged[end].pos == "ADJ(A)":
            end += 1
        if end >= len(tagged) - 1 or tagged[end].pos != "NN" or tagged[end + 1].pos in ("NN", "NE", "CARD", "APPR"):
            continue
        if tagged[end + 1].word in _LIST or tagged[i - 2].word in _LIST if i >= 2 else False:
            continue
        earlier = {t.lemma.lower() for t in tagged[:i] if t.pos == "NN"}
        if tagged[end].lemma.lower() not in earlier or _protected(tagged[i : end + 1]):
            continue
        return _cut(text, spans, i, end)
    return None


def _participle(token: morph.Token) -> bool:
    """The adjective is a participle: Partizip I ("geltend") or a Partizip II with "ge-" or "-iert" ("genutzt")."""
    lemma = token.lemma.lower()
    if lemma.endswith("end"):
        return True
    return lemma.endswith(("t", "en")) and ("ge" in lemma[:6] or lemma.endswith("iert"))


def _extended(text: str, tagged: Sequence[morph.Token], spans: Sequence[tuple[int, int]]) -> str | None:
    """ "die seit Montag geltende Regel": an attribute with phrases of its own between article and noun."""
    for i, token in enumerate(tagged[:-3]):
        if token.pos not in _DETERMINERS:
            continue
        j = i + 1
        dependents = 0
        # The attribute's own phrases: adverbs, prepositional phrases, an "als" phrase (no verb, no comma).
        while j < len(tagged):
            pos = tagged[j].pos
            if pos in ("ADV", "ADJ(D)"):
                j, dependents = j + 1, dependents + 1
            elif pos in ("APPR", "APPRART") or tagged[j].word == "als":
                k = j + 1
                if pos == "APPR" and k < len(tagged) and tagged[k].pos in ("ART", "PPOSAT"):
                    k += 1
                while k < len(tagged) and tagged[k].pos == "ADJ(A)":
                    k += 1
                if k >= len(tagged) or tagged[k].pos != "NN":
                    break
                j, dependents = k + 1, dependents + 1
            else:
                break
        if not dependents or j >= len(tagged) - 1 or tagged[j].pos != "ADJ(A)" or not _participle(tagged[j]):
            continue  # "die weiterhin gute Lage": a plain adjective is the property itself, it stays
        k = j + 1
        while k < len(tagged) and tagged[k].pos == "ADJ(A)":
            k += 1
        if k >= len(tagged) or tagged[k].pos != "NN" or _protected(tagged[i + 1 : j + 1]):
            continue
        if token.pos == "APPRART" and tagged[i + 1].pos in ("APPR", "APPRART"):
            continue  # "zum am Montag …" is no German; a misread
        return _cut(text, spans, i + 1, j, keep_end=False)
    return None


def _adjective_base(token: morph.Token) -> bool:
    """The adjective is in its positive form: its word is its lemma with an inflection ending (no comparative)."""
    word, lemma = token.word.lower(), token.lemma.lower()
    return any(word == lemma + end for end in ("", "e", "en", "em", "er", "es"))


def _stacked(text: str, tagged: Sequence[morph.Token], spans: Sequence[tuple[int, int]]) -> str | None:
    """ "die grundhafte bauliche Erneuerung" -> "die bauliche Erneuerung": the outer adjective of a stack."""
    for i in range(len(tagged) - 2):
        first, second, noun = tagged[i], tagged[i + 1], tagged[i + 2]
        # HanTa tags an unknown lower-case adjective as a noun ("grundhaften"); German writes nouns capitalised.
        adjective = first.pos == "ADJ(A)" or (first.pos == "NN" and first.word[:1].islower())
        if not adjective or second.pos != "ADJ(A)" or noun.pos != "NN":
            continue
        if first.word[:1].isupper() or not _adjective_base(first) or _protected([first]) or _DECIDING.match(first.word):
            continue  # a capitalised adjective is part of a name ("Erweiterter Senat")
        return _cut(text, spans, i, i)
    return None


_Cut = Callable[[str, Sequence[morph.Token], Sequence[tuple[int, int]]], str | None]
# What loses nothing first (a measure noun, a town's classifier), then the least telling: an aside,
# a frame, an apposition, a repeated referent, then attributes.
_CUTS: Final[tuple[_Cut, ...]] = (
    _measure,
    _municipal,
    settlement_name,
    _parenthesis,
    _dashes,
    _frame,
    _apposition,
    _repeated_von,
    _extended,
    _stacked,
)


# The cuts that leave the referent and every fact about it as they were: a measure noun the number
# names by itself, a settlement's classifier its name names by itself (settlements.py; at most where
# the place lies goes). A sentence that is no key fact may take them too (keynouns.py).
LOSSLESS: Final[tuple[_Cut, ...]] = (_measure, _municipal, settlement_name)


# The cuts that take out commas, brackets and dashes: they stop the lead's clause cut (leads.lead_main).
_MARKED: Final[tuple[_Cut, ...]] = (_parenthesis, _dashes, _apposition)


def reduce(text: str, limit: int = HARD_LIMIT, cuts: Sequence[_Cut] = _CUTS) -> str | None:
    """``text`` with describing parts of its noun phrases left out until it has at most ``limit`` words.

    Returns the shortest sentence reached (it may still be longer than ``limit``: a caller may cut
    its clauses further), or None when no part could safely go.
    """
    current = text
    while word_count(current) > limit:
        tagged = morph.tag(current)
        spans = morph.token_spans(current)
        if not tagged or len(tagged) != len(spans):
            break
        for cut in cuts:
            shorter = cut(current, tagged, spans)
            if shorter is not None and shorter != current:
                current = shorter
                break
        else:
            break
    return current if current != text else None


def shorter_main(
    found: str | None, text: str, main: Callable[[str], str | None], finish: Callable[[str], str]
) -> str | None:
    """The lead's main clause (``found``, already finished) with shorter noun phrases where it is too long.

    ``text`` is the whole lead sentence, ``main`` the lead's clause cut (leads._main_statement) and
    ``finish`` what the caller does to a cut (the weekday back, the rewrite). The clause as it was
    cut comes first; then the sentence with its noun phrases reduced before the clause is cut, since
    an apposition's commas stop the clause cut. None when neither fits: the caller keeps ``found``.
    """
    if found is not None and word_count(found) <= HARD_LIMIT:
        return found
    if found is not None:
        shorter = reduce(found)
        if shorter is not None and word_count(shorter) <= HARD_LIMIT:
            return shorter
    reduced = reduce(text, limit=0, cuts=_MARKED)
    if reduced is None:
        return None
    cut = main(reduced)
    if cut is None:
        return None
    out = finish(cut)
    out = reduce(out) or out
    return out if word_count(out) <= HARD_LIMIT else None


def fitted(text: str) -> str:
    """``text`` with shorter noun phrases where that brings it to HARD_LIMIT words, else as it is."""
    if word_count(text) <= HARD_LIMIT:
        return text
    shorter = reduce(text)
    return shorter if shorter is not None and word_count(shorter) <= HARD_LIMIT else text
