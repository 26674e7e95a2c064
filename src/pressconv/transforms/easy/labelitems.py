"""List items of the form "Label: value" said as a sentence, or left out.

Press releases set prices and figures apart as "Erwachsene: 4,50 Euro" or "Langzeitarbeitslose:
2.418" (German list convention: Schlagwort, Doppelpunkt, Wert). In Leichte Sprache every line is a
sentence with a verb (Netzwerk Leichte Sprache: one statement per sentence), and a key-value line
is a fragment the reader has to complete. The relation between label and value is said only where
it is plain: under a price list ("Eintrittspreise:", "Gebühren:") a thing costs the amount ("Eine
Familien·karte kostet 11 Euro.") and people pay it ("Erwachsene zahlen 4,50 Euro."); a bare count
beside people or things in the plural counts them ("Es gibt 2.418 Langzeitarbeitslose."). Any other
label item is left out (omission over error): the reader would have to guess how the two halves belong together.
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.compounds import segment
from pressconv.transforms.easy.lexicon import lookup

__all__ = ["label_item", "label_sentence", "price_intro", "price_list"]

# "Label: value": a label of at most six words before the colon (no clause: no finite verb).
_LABEL_ITEM: Final = re.compile(r"^\s*(?P<label>[^:]{1,60}?)\s*:\s+(?P<value>\S.*?)[\s.;]*$")
_BRACKET: Final = re.compile(r"\s*\([^()]*\)")
# Intro nouns of a price list (German: Preisliste, Gebührenordnung, Tarife, Eintritt, Beiträge).
_PRICE_INTRO: Final = re.compile(r"preis|gebühr|tarif|eintritt|kosten|entgelt|beitr[aä]g", re.I)
# An amount of money and an optional unit of time it is paid for ("120 Euro pro Jahr").
_AMOUNT: Final = re.compile(
    r"^(?P<amount>\d{1,5}(?:[.,]\d{1,2})?\s?(?:Euro|€))(?:\s+(?:pro|je|im)\s+(?P<per>Jahr|Monat|Woche|Tag|Stunde|Person))?$"
)
# The unit of time as Leichte Sprache says it ("im Jahr", not "pro Jahr").
_PER: Final = {
    "Jahr": "im Jahr",
    "Monat": "im Monat",
    "Woche": "in der Woche",
    "Tag": "am Tag",
    "Stunde": "für 1 Stunde",
    "Person": "für 1 Person",
}
_FREE: Final = frozenset({"frei", "kostenlos", "gratis", "kostenfrei", "eintritt frei"})
# A bare count ("2.418", "rund 300", "mehr als 1.000").
_COUNT: Final = re.compile(r"^(?:(?:rund|etwa|ca\.|über|mehr als|knapp)\s+)?\d{1,3}(?:\.\d{3})*$")
# After the people of a label: an age limit ("unter 6 Jahren", "ab 65 Jahren") or "insgesamt".
_AGE: Final = re.compile(r"^(?:(?:unter|ab|bis|über)\s+\d{1,3}\s+Jahren|insgesamt)$")
_INDEFINITE: Final = {"der": "Ein", "das": "Ein", "die": "Eine"}


# "Label amount" without a colon: a price list set as a table, the amount in the last column
# ("Erwachsene 4,50 €", "Kinder unter 6 Jahren frei"; German price-list convention). The label has no
# comma, slash or currency outside its brackets, so that a line of two prices ("Saisonkarte 85 €,
# ermäßigt 45 €") never splits into a false label and the last amount.
_LABEL_AMOUNT: Final = re.compile(
    r"^\s*(?P<label>[^,;:/€()]{2,60}?(?:\s*\([^()]{1,40}\))?)\s+"
    r"(?P<value>\d{1,5}(?:[.,]\d{1,2})?\s?(?:Euro|€)(?:\s+(?:pro|je|im)\s+[A-ZÄÖÜ][a-zäöü]+)?|frei|kostenlos)"
    r"(?P<note>\s*\([^()]{1,40}\))?[\s.;]*$"
)


def label_item(item: str) -> tuple[str, str] | None:
    """(label, value) of a "Label: value" or "Label amount" item whose two halves have no verb, else None."""
    match = _LABEL_ITEM.match(item)
    if match is None:
        bare = _LABEL_AMOUNT.match(item)
        # The label is a noun phrase: no verb of any form ("Erwachsene zahlen 5 Euro" is a sentence).
        if bare is None or "Euro" in bare["label"] or any(t.pos.startswith("V") for t in morph.tag(bare["label"])):
            return None
        return bare["label"].strip(), bare["value"].strip()
    label, value = match["label"].strip(), match["value"].strip()
    said = morph.tag(value)
    clause = bool(said) and said[0].pos != "CARD" and any("(FIN)" in t.pos for t in said)
    if len(label.split()) > 6 or clause or any("(FIN)" in t.pos for t in morph.tag(label)):
        # "Linie 4: Die Busse fahren …": a sentence after its label. A value that opens with its
        # number is none ("2,50 Euro / ermäßigt 1,50 Euro": HanTa reads "ermäßigt" as a verb).
        return None
    return label, value


def label_sentence(label: str, value: str, intro: str) -> str | None:
    """The item as a sentence when the relation is plain from the intro and the value, else None."""
    label = _BRACKET.sub("", label).strip()
    value = _BRACKET.sub("", value).strip()
    if _SCOPED_INTRO.search(intro) and not _COUNT.match(value):
        # "Bisherige Preise:", "Ab 1. Januar gilt:", "Zur Wahl stehen:": the intro says when or in what
        # status the items hold, and "Erwachsene zahlen 4 Euro." or "X ist Kassiererin." without it
        # would say they hold now (omission over error).
        return None
    holders = _people(value)
    if holders is not None:
        # "Kassiererin: Lena Muster": a role and who holds it ("Lena Muster ist Kassiererin.").
        # Under an intro of people who leave or held a post ("Die bisherigen …", "Verabschiedet:"),
        # "ist" would be false: then none.
        if not _role(label) or _FORMER.search(intro):
            return None
        return f"{value} {'sind' if holders > 1 else 'ist'} {label}."
    if _TIME_LABEL.search(label) and _TIME_VALUE.search(value) and not _TIME_VALUE.search(label):
        # "Besuchszeit: täglich von 14 bis 19 Uhr": a time the label names ("Die Besuchs·zeit ist …").
        plural = label.split()[0].endswith("zeiten")
        return f"Die {label} {'sind' if plural else 'ist'} {value}."
    if _PRICE_INTRO.search(intro):
        return _price(label, value)
    if _COUNT.match(value):
        people = _plural_phrase(label)
        return f"Es gibt {value} {people}." if people else None
    return None


# A label that names a time ("Besuchszeit auf den Stationen", "Öffnungszeiten") and a value with a clock time.
_TIME_LABEL: Final = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]*zeit(?:en)?\b")
_TIME_VALUE: Final = re.compile(r"\d\s*Uhr\b")
# The suffixes of German role nouns (Duden grammar, Nomen Agentis and Movierung: "Kassierer",
# "Kassiererin", "Vorsitzender", "Präsident", "Direktor"); "Moderation: …" names no role.
_ROLE_ENDINGS: Final = ("er", "erin", "ende", "ender", "ent", "entin", "or", "orin")
_GIVEN_NAME: Final = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+[A-ZÄÖÜ][\wäöüß-]+$")


# An intro that puts its items in another time or status than now: former, planned or from a date,
# candidates (German list intros: "Bisherige Preise:", "Künftig gilt:", "Ab 1. Mai:", "Zur Wahl stehen:").
_SCOPED_INTRO: Final = re.compile(
    r"bisherig|ehemalig|früher|\balte[nr]?\b|künftig|zukünftig|geplant|vorgesehen|\bab\b|\bbis\b|Kandidat|"
    # "gegenüber dem Vorjahr", "im Vergleich zum Vorjahr": a comparison; the items are the prices now.
    r"Bewerber|zur Wahl|vorgeschlagen|nominiert|(?<!gegenüber dem )(?<!Vergleich zum )Vorjahr|Vormonat",
    re.I,
)
# An intro in the past ("waren", "lagen", "betrugen", a year) or naming what or whom the prices are for
# ("für den Ausflug", "in Nachbarorten").
_PAST_OR_OWNED: Final = re.compile(
    r"\b(?:waren|war|lagen|lag|betrugen|betrug|galten|galt|kosteten|kostete)\b|\b(?:19|20)\d\d\b|\b(?:für|in|im|bei|beim)\s+\w+",
)
_FORMER: Final = re.compile(r"bisherig|ehemalig|früher|ausgeschieden|scheid|verabschied|verstorben|Nachruf", re.I)


def _people(value: str) -> int | None:
    """How many people the value names ("Lena Muster", "Paul Probe und Eva Beispiel"), or None.

    A name is a given name HanTa knows (NE) and a family name; anything else is no list of people.
    """
    names = [n.strip() for n in re.split(r"\s+und\s+|,\s*", value)]
    for name in names:
        if not _GIVEN_NAME.match(name) or morph.tag(name)[:1] == () or morph.tag(name)[0].pos != "NE":
            return None
    return len(names)


def _role(label: str) -> bool:
    """The label is a role noun, with an ordinal or an adjective before it ("2. Vorsitzender")."""
    words = label.split()
    if not words or len(words) > 3 or not words[-1][:1].isupper():
        return False
    entry = lookup(words[-1])
    return (entry is not None and entry.role) or words[-1].replace("·", "").lower().endswith(_ROLE_ENDINGS)


def _price(label: str, value: str) -> str | None:
    """ "Erwachsene zahlen 4,50 Euro.", "Eine Familien·karte kostet 11 Euro." or None."""
    amount = _AMOUNT.match(value)
    free = value.lower() in _FREE
    if amount is None and not free:
        return None  # "2,50 Euro / ermäßigt 1,50 Euro": two prices, two relations
    per = f" {_PER[amount['per']]}" if amount is not None and amount["per"] else ""
    if amount is not None:
        # "5,00 €" as a reader says it: "5 Euro" (Leichte Sprache: no signs, no zero cents).
        said = re.sub(r"\s?(?:Euro|€)$", " Euro", amount["amount"])
        value = re.sub(r",00(?= Euro)", "", said)
    people = _plural_phrase(label)
    if people is not None:
        return f"{people} zahlen nichts." if free else f"{people} zahlen {value}{per}."
    article = _thing(label)
    if article is None or free:
        return None
    return f"{article} {label} kostet {value}{per}."


def _plural_phrase(label: str) -> str | None:
    """The label when it names people or things in the plural ("Kinder unter 6 Jahren"), else None.

    An optional adjective, one plural noun (HanTa's lemma is its singular) or a nominalised adjective
    in "-e" ("Erwachsene"), and an optional age limit or "insgesamt" after it.
    """
    tagged = morph.tag(label)
    index = 0
    while index < len(tagged) and tagged[index].pos == "ADJ(A)":
        index += 1
    if index >= len(tagged):
        return None
    noun = tagged[index]
    plural = (noun.pos == "NN" and noun.lemma != noun.word and noun.word.startswith(noun.lemma[:-1])) or (
        noun.pos == "NNA" and noun.word.endswith("e")
    )
    rest = " ".join(t.word for t in tagged[index + 1 :])
    if not plural or (rest and not _AGE.match(rest)):
        return None
    return label


def _thing(label: str) -> str | None:
    """The indefinite article of a label that is one singular noun of known gender ("Eine"), else None."""
    tagged = morph.tag(label)
    if len(tagged) != 1 or tagged[0].pos != "NN" or tagged[0].lemma != tagged[0].word:
        return None
    entry = lookup(label)
    gender = entry.gender if entry is not None else None
    if gender not in _INDEFINITE:
        # The last part of a compound fixes its gender (Duden grammar: das Grundwort bestimmt das Genus).
        head = segment(label).rsplit("·", 1)[-1].capitalize()
        entry = lookup(head) if head != label else None
        gender = entry.gender if entry is not None else None
    return _INDEFINITE.get(gender or "")


# A clause intro whose subject is the price list itself: "Die Eintrittspreise bleiben stabil:", "Die
# Gebühren sind:" (the definite article, an optional adjective, a plural price noun; German notice
# convention of a price list under a sentence about it).
_PRICE_SUBJECT: Final = re.compile(
    r"^Die\s+(?:[a-zäöü]+e\s+)?(?P<noun>(?:[A-ZÄÖÜ][a-zäöüß]*(?:preis|gebühr|tarif|entgelt|beitr[aä]g)"
    r"|Preis|Gebühr|Tarif|Entgelt|Beiträg)(?:e|en)?)\s+\S.*:$"
)
# Words that make a list exhaustive, negated or one of several (Duden grammar: Gradpartikeln,
# Negation): such an intro is said as written or not at all, never as "Die Preise sind:".
_NOT_PLAIN: Final = re.compile(
    r"\b(?:nur|ausschließlich|lediglich|kein\w*|nicht|außer|ausgenommen|unter anderem)\b|\bu\.\s?a\.", re.I
)


def price_intro(intro: str) -> str | None:
    """The price noun of an intro sentence about a price list that holds now ("Eintrittspreise"), else None."""
    text = intro.strip()
    match = _PRICE_SUBJECT.match(text)
    if match is None or _SCOPED_INTRO.search(text) or _NOT_PLAIN.search(text) or "?" in text:
        return None
    if _PAST_OR_OWNED.search(text):
        # "Die Eintrittspreise waren im Jahr 2019:", "Die Preise für den Ausflug betragen:": prices of
        # another time, or of one thing the intro names, said as "Es gibt diese Eintrittspreise" would
        # read as today's prices for everything (review of session 27).
        return None
    noun = match["noun"]
    return noun if noun.endswith(("e", "en")) else None


def price_list(noun: str) -> bool:
    """The noun names prices ("Eintrittspreise", "Gebühren"): the items under it are said as prices."""
    return _PRICE_INTRO.search(noun) is not None
