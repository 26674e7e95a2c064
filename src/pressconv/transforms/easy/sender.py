"""Who speaks: the sender of a release and what it is, only where the release itself says so.

Conventions read (press-release practice of any sender, not of one file): the organisation of the
byline or front matter; a kicker "Gemeinsame Meldung X und Y"; an opener "Die X teilt mit:"; the
first person plural of a club or alliance ("wir bei X", "unser X"); and the self-description of an
"Über uns" paragraph or boilerplate ("X ist ein Verein …"), reduced to its head noun so that it stays
true ("das größte Bündnis an der Schnittstelle …" -> "ein Bündnis").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.lexicon import lookup
from pressconv.transforms.easy.organisations import ORG_GENDERS as _ORG_GENDERS
from pressconv.transforms.easy.organisations import ORG_HEADS as _ORG_HEADS
from pressconv.transforms.easy.titles import plural_noun

__all__ = ["Sender", "body_of", "find_sender", "von", "with_article"]


@dataclass(frozen=True, slots=True)
class Sender:
    """The sender's name as the release writes it, and what it is ("ein Verein") when it says so."""

    name: str
    gender: str | None  # der/die/das of the head noun, None for a bare name ("Kabel und Drähte")
    kind: str | None = None  # "ein Bündnis", "eine Partei": from the release's own self-description
    plural: bool = False  # a plural head ("Stadtwerke Bochum"): "die"/"den … Stadtwerken"


# Legal-form suffixes carry no meaning for the reader and break the abbreviation rule (the forms
# of the German company and association law: HGB, GmbHG, AktG, GenG, BGB §21).
_LEGAL: Final = re.compile(
    r",?\s*(?:\b(?:gemeinnützige GmbH|GmbH\s*(?:&|und)\s*Co\.\s*KG|UG \(haftungsbeschränkt\)|gGmbH|GmbH|mbH|"
    r"AG|KGaA|KG|OHG|SE|KdöR|AöR|eG)(?=\s|$|,|\()|\be\.\s?[VG]\.)"
)
# "Verkehrsbetriebe Nordheim (VBN)": a bracketed acronym after a name is the name's own short form
# (press convention: the long form first, its abbreviation in brackets); the long form says it plainly.
_OWN_ACRONYM: Final = re.compile(r"\s*\([A-ZÄÖÜ][A-Za-zÄÖÜ0-9\-]{1,7}\)")
# Words that end the head phrase: what follows is a complement ("Senatsverwaltung für Bildung").
_STOP: Final = ("und", "für", "am", "an", "in", "im", "der", "des", "von", "vom", "zu", "zur", "zum")


@dataclass(frozen=True, slots=True)
class _Head:
    """The head noun of an organisation name: its position, its gender, whether it is plural."""

    index: int
    gender: str | None
    plural: bool = False


def _noun_gender(word: str) -> str | None:
    """The gender of a noun: the lexicon's (compounds by their last part), else the organisation table."""
    entry = lookup(word)
    if entry is not None and entry.gender in ("der", "die", "das"):
        return entry.gender
    plain = word.lower().replace("-", "")
    # The head of a German compound is its last part (Duden grammar): the longest known ending.
    for cut in range(len(plain) - 2):
        if plain[cut:] in _ORG_GENDERS:
            return _ORG_GENDERS[plain[cut:]]
    return None


def _head(name: str) -> _Head | None:
    """The head of a German organisation name (Duden: the head of a noun phrase comes first; what
    follows is an apposition or a name). "Elternverein Grundschule Nord" is a Verein, "AWO
    Landesverband Berlin" a Landesverband, "Freiwillige Feuerwehr X" a Feuerwehr, "Sportfreunde
    Neustadt" a plural. A name with its own article before an organisation noun is its owner ("Die
    Blaue Liste Ortsverband X" is an Ortsverband), so there the first organisation noun wins over an
    earlier noun; otherwise the first common noun is the head. An acronym before the head is a modifier; with
    no common noun the acronym is the head when the lexicon knows its gender ("SV Nordheim", "DRK").
    """
    words = name.split()
    tagged = morph.tag(name)
    by_word = {t.word: t for t in tagged}
    acronym: _Head | None = None
    first: _Head | None = None
    seen_noun = False
    after_acronym = False
    for index, word in enumerate(words):
        if word in _STOP:
            break
        if not word[:1].isupper():
            continue
        if word.endswith("."):
            continue  # an abbreviated part of a name ("St. Elisabeth-Krankenhaus": Sankt), never the head
        if word.isupper() and len(word) >= 2:
            gender = _noun_gender(word) if lookup(word) is not None else None
            if acronym is None and gender is not None:
                acronym = _Head(index, gender)
            after_acronym = not seen_noun
            continue
        if after_acronym and _territory(word, by_word.get(word)):
            # "VHS Nordstadt", "ADFC Landkreis Talheim": a place or territory after an acronym says
            # where the organisation works; the acronym is the head and takes the gender of its own
            # head noun (die Volkshochschule -> die VHS), never the place's ("der VHS Nordkreis").
            continue
        token = by_word.get(word)
        pos = token.pos if token is not None else ""
        if index == 0 and word in ("Die", "Der", "Das"):
            continue  # the name's own article ("Die PARTEI …"): see _restructure
        if pos.startswith("ADJ") or pos == "ART":
            continue  # "Freiwillige Feuerwehr": the adjective is declined with the head
        gender = _noun_gender(word)
        if pos == "NE" and gender is None:
            continue  # a place or a proper name, not the head
        plain = word.lower().replace("-", "")
        # Only after a name's own article ("Die Blaue Liste Ortsverband X") may a later organisation
        # noun be the head; otherwise a place after the head ("Polizeidirektion Nordheim") could be.
        owned = words[0] in ("Die", "Der", "Das")
        if owned and gender is not None and pos != "NE" and any(plain.endswith(h) for h in _ORG_HEADS):
            return _Head(index, gender)
        if seen_noun:
            continue
        seen_noun = True
        lemma = token.lemma if token is not None else word
        # A plural head: the lemma is the word without a plural ending ("Stadtwerke" / "Stadtwerk").
        if plural_noun(word, lemma):
            # "Kabel und Drähte": bare nouns joined by "und" are a name, not a plural head. A plural
            # first noun names the members ("Sportfreunde X", "Stadtwerke X"): what follows is a place.
            return None if " und " in name else _Head(index, None, plural=True)
        else:
            # The first common noun; with an unknown gender no article is guessed.
            first = _Head(index, gender) if gender is not None else None
    return first or acronym


# Last parts of nouns and names of a territory (Stadt, Kreis, Landkreis, Gemeinde, Bezirk, Region,
# Land, Dorf, and "-heim", the most frequent ending of German place names): after an organisation's
# acronym such a word names where it works, not what it is ("SV Nordheim" is a Sportverein).
_TERRITORY: Final = ("stadt", "kreis", "gemeinde", "bezirk", "region", "land", "dorf", "heim")


def _territory(word: str, token: morph.Token | None) -> bool:
    """A place name (tagged a name, unknown to the lexicon) or a territory noun ("Landkreis", "Nordstadt")."""
    plain = word.lower().replace("-", "")
    if token is not None and token.pos == "NE" and lookup(word) is None:
        return True
    return plain.endswith(_TERRITORY)


def _head_gender(name: str) -> str | None:
    """The gender of the name's head noun (``_head``), None for a plural or an unknown head."""
    head = _head(name)
    return head.gender if head is not None else None


def _clean(name: str) -> str:
    """The sender's name without a legal form or its own acronym, "&" written as "und"."""
    name = _OWN_ACRONYM.sub("", _LEGAL.sub("", name)).strip(" ,;:")
    name = _LEGAL.sub("", name).strip(" ,;:")
    return re.sub(r"\s+", " ", name.replace(" & ", " und "))


def _org_like(name: str, *, named: bool = False) -> bool:
    """A name that is an organisation (head noun or an acronym), not a sentence or a date.

    ``named``: the name must show it by an organisation's noun or an acronym; a short name alone (up
    to four words) does not, since a kicker names a topic as often as a sender ("Sicherheit an Silvester").
    """
    if not name or len(name.split()) > 9 or re.search(r"\d", name) or not name[:1].isupper():
        return False
    lowered = name.lower()
    shown = any(h in lowered for h in _ORG_HEADS) or bool(re.search(r"\b[A-ZÄÖÜ]{2,6}\b", name))
    return shown or (not named and len(name.split()) <= 4)


def _from_kicker(kicker: str) -> str | None:
    """ "Gemeinsame Meldung Polizei und Staatsanwaltschaft Berlin", "…, 03.05.2021, Die Beispielpartei Nordheim"."""
    for part in reversed([p.strip() for p in kicker.split(",")]):
        part = re.sub(
            r"^(?:Gemeinsame\s+)?(?:Presse|Medien)?(?:mitteilung|meldung|information|einladung)\b\s*", "", part, flags=re.I
        )
        part = re.sub(r"^(?:von|der|des)\s+", "", part)
        # A kicker names a topic as often as a sender ("Sicherheit an Silvester", "Tierseuchenbekämpfung"):
        # only a part with an organisation's noun or an acronym is the sender (organisations.ORG_HEADS).
        if part and not re.match(r"(?:zu[rm]?|über|für)\b", part) and _org_like(part, named=True) and _head_gender(part):
            return part
    return None


_TELLS: Final = re.compile(r"^(?P<n>(?:Die|Der|Das) [A-ZÄÖÜ][^:.,]{2,80}?) (?:teilt|teilen) mit:")
_WE: Final = re.compile(
    r"\b(?:[Ww]ir (?:vo[nm]|bei|beim) (?:der |dem )?|[Uu]nser(?:e[mnrs]?)? )"
    r"(?P<n>[A-ZÄÖÜ][\wäöüß\-]+(?: & [A-ZÄÖÜ][\wäöüß\-]+| [A-ZÄÖÜ][\wäöüß\-]+)+)"
)


def find_sender(
    organisation: str | None, kicker: str | None, body: list[str], *, about: list[str] | None = None
) -> Sender | None:
    """The sender by the conventions above, first match wins; None when the release does not say.

    ``about`` holds the sentences of an "Über uns" section, where senders describe themselves.
    """
    name = None
    if organisation and _org_like(_clean(organisation)):
        name = _clean(organisation)
    if name is None and kicker:
        found = _from_kicker(kicker)
        name = _clean(found) if found else None
    if name is None:
        for sentence in body[:6]:
            match = _TELLS.match(sentence)
            if match and _head_gender(match["n"]):
                name = _clean(re.sub(r"^(?:Die|Der|Das) ", "", match["n"]))
                break
    if name is None:
        for sentence in body:
            match = _WE.search(sentence)
            # A name with an organisation noun, an acronym ("SV Nordheim") or an ampersand ("X & Y").
            if match and (_head_gender(match["n"]) or re.match(r"[A-ZÄÖÜ]{2,6} ", match["n"]) or " & " in match["n"]):
                name = _clean(match["n"])
                break
    if name is None and _brigade_we(body):
        # Only the kind of body is known, not its own name: "die Feuerwehr" is true, a place is not.
        return Sender("Feuerwehr", "die")
    if name is None:
        return None
    name = _restructure(_department(name))
    head = _head(name)
    gender = head.gender if head is not None else None
    plural = head is not None and head.plural
    return Sender(name, gender, _kind(name, [*(about or []), *body]), plural=plural)


# Fire-brigade reports close with the units alarmed alongside the writer ("Mit uns im Einsatz waren
# die Feuerwehr X und Y", "Gemeinsam mit uns alarmiert waren die Nachbarwehren …"): a brigade names
# other brigades as its companions, so the "wir" of such a release is a Feuerwehr. A police force
# or a rescue service named as companion says nothing about the writer and is not matched.
_WITH_US: Final = re.compile(r"\b(?:[Mm]it uns|[Nn]eben uns)\b[^.]*?\b(?:[Ff]euerwehr(?:en)?|[A-ZÄÖÜ]?[a-zäöüß]*wehren)\b")
_WE_WORD: Final = re.compile(r"\b(?:[Ww]ir|uns|unser(?:e[mnrs]?)?)\b")


def _brigade_we(body: list[str]) -> bool:
    """The release speaks as "wir" and names other fire brigades as alarmed with "uns" (above)."""
    return any(_WITH_US.search(s) for s in body) and sum(bool(_WE_WORD.search(s)) for s in body) >= 1


def _department(name: str) -> str:
    """ "Stadt Nordheim, Ordnungsamt" -> "Ordnungsamt von der Stadt Nordheim".

    Letterheads name the body first and its department after a comma; in a sentence German puts the
    department first and attaches the body after it, in Leichte Sprache with "von" (no genitive).
    Both parts must be organisations (a head noun of known gender), or the name stays as it is.
    """
    parts = [p.strip() for p in name.split(",")]
    if len(parts) != 2 or not all(parts) or len(parts[1].split()) > 3:
        return name
    body, unit = parts
    if unit.lower() in ("pressestelle", "pressebüro", "öffentlichkeitsarbeit", "kommunikation"):
        return body  # a press office speaks for its body, which is the sender the reader knows
    # The unit is one organisation noun ("Kulturamt", "Pressestelle"), the body has no complement
    # of its own ("Senatsverwaltung für Bildung, Jugend und Familie" is one name with a list).
    if not unit.lower().endswith(_ORG_HEADS) or any(w in _STOP for w in [*body.split(), *unit.split()]):
        return name
    body_head, unit_head = _head(body), _head(unit)
    if body_head is None or unit_head is None or body_head.gender is None or unit_head.gender is None:
        return name
    if body.split()[0] in ("Die", "Der", "Das"):
        return name
    return re.sub(r"\bvon dem ", "vom ", f"{unit} von {_declined(body, body_head, 'dat')}")


def body_of(sender: Sender) -> Sender | None:
    """ "Stadt Nordheim" of "Ordnungsamt von der Stadt Nordheim": the body a department writes for.

    A department speaks in its body's name (letterhead convention), so the body alone is a true and
    shorter sender where the department's full name makes the sentence too long. None when the
    sender names no department of a body.
    """
    match = re.match(r"^\S+ (?:von der|vom|von den) (?P<body>[A-ZÄÖÜ].*)$", sender.name)
    if match is None or not sender.name.split()[0].lower().endswith(_ORG_HEADS):
        return None
    body = match.group("body")
    head = _head(body)
    if head is None or head.gender is None:
        return None
    return Sender(body, head.gender, plural=head.plural)


def _restructure(name: str) -> str:
    """ "Die Beispielpartei Kreisverband Nordheim" -> "Kreisverband Nordheim von der Beispielpartei".

    A name that brings its own article ("Die PARTEI", "Die Linke") before the head noun of the
    organisation cannot take a second article ("der Die PARTEI Kreisverband"); German attaches the
    owner after the head, and Leichte Sprache writes that attribute with "von" (no genitive).
    The article is declined in the dative: "Die" + a name ending in "-en" is a plural ("Die Grünen").
    """
    words = name.split()
    if len(words) < 3 or words[0] not in ("Die", "Der", "Das"):
        return name
    head = _head(name)
    if head is None or head.index < 2:
        return name
    owner = words[1 : head.index]
    plural = words[0] == "Die" and owner[-1].endswith("en") and not owner[-1].isupper()
    article = "dem" if words[0] != "Die" else "den" if plural else "der"
    # After an article in the dative a weak adjective ends in "-en" ("von der Blauen Liste").
    tags = {t.word: t.pos for t in morph.tag(" ".join(owner))}
    owner = [
        re.sub(r"(?:e|er|es|en|em)$", "", w) + "en" if tags.get(w, "").startswith("ADJ") and w[:1].isupper() else w
        for w in owner
    ]
    return " ".join([*words[head.index :], "von", article, *owner])


# "X ist ein Verein für …", "„X“ ist das größte Bündnis …": the release's own words about the sender.
_IS_A: Final = (
    r"(?:ist|sind)\s+(?:ein|eine|der|die|das)\s+(?:[a-zäöüß\-]+\s+){0,4}(?P<h>[A-ZÄÖÜ][a-zäöüß]+)\b"
    r"(?:\s+(?:aus|von|mit)\s+(?P<n>\d{1,4}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\s+"
    r"(?P<m>[A-ZÄÖÜ][a-zäöüß]+)\b)?"
)


def _kind(name: str, body: list[str]) -> str | None:
    """ "ein Bündnis" when a sentence of the release says the sender is one (head noun only)."""
    # The distinctive part of the name ("Kabel und Drähte" of "Bündnis Kabel und Drähte"), "&" or "und".
    own = [w for w in name.split() if not any(h in w.lower() for h in _ORG_HEADS)] or name.split()
    spelled = " ".join(re.escape(w) for w in own).replace(" und ", r" (?:&|und) ")
    pattern = re.compile(rf"^(?:Das |Der |Die )?(?:[A-ZÄÖÜ][a-zäöüß]+ )?[„\"]?{spelled}[“\"]?\s+{_IS_A}")
    for sentence in body:
        match = pattern.match(sentence)
        if match is None:
            continue
        head = match["h"]
        entry = lookup(head)
        lowered = head.lower()
        if entry is None or entry.gender not in ("der", "die", "das") or not any(lowered.endswith(h) for h in _ORG_HEADS):
            continue
        kind = {"der": "ein", "das": "ein", "die": "eine"}[entry.gender] + " " + head
        if match["n"] and lookup(match["m"]) is not None:
            # "ein Netzwerk aus 13 Organisationen": the count of members, as the release writes it.
            kind += f" aus {match['n']} {match['m']}"
        return kind
    return None


_ARTICLES: Final = {
    "dat": {"der": "dem", "die": "der", "das": "dem"},
    "nom": {"der": "der", "die": "die", "das": "das"},
    "acc": {"der": "den", "die": "die", "das": "das"},
}


def with_article(sender: Sender, case: str = "dat") -> str:
    """ "der Polizei und der Staatsanwaltschaft Berlin" (dative after "von"); a bare name stays bare.

    Two organisations joined by "und" take an article each, where both heads are known.
    """
    parts = sender.name.split(" und ")
    heads = [_head(p) for p in parts]
    # Two organisations ("Polizei und Staatsanwaltschaft Berlin"), not a list inside a complement
    # ("Senatsverwaltung für Integration, Arbeit und Soziales"): each part opens with its own head.
    complement = any(w in _STOP for w in parts[0].split())
    if len(parts) > 1 and not complement and all(h is not None and h.gender for h in heads):
        return " und ".join(_declined(p, h, case) for p, h in zip(parts, heads, strict=True) if h is not None)
    head = _head(sender.name)
    if head is None or (head.gender is None and not head.plural):
        return sender.name
    return _declined(sender.name, head, case)


def _declined(name: str, head: _Head, case: str) -> str:
    """The name with its article, its adjectives and a plural head declined for the case.

    German weak adjective declension after the definite article (Duden grammar): "-e" in the
    nominative singular and in the accusative of feminine and neuter nouns, "-en" everywhere else
    ("die Freiwillige Feuerwehr", "von der Freiwilligen Feuerwehr", "vom Deutschen Gewerkschaftsbund").
    A plural noun takes "-n" in the dative ("von den Stadtwerken").
    """
    words = name.split()
    gender = "pl" if head.plural else head.gender or "der"
    article = {"pl": {"nom": "die", "acc": "die", "dat": "den"}}.get(gender) or {c: _ARTICLES[c][gender] for c in _ARTICLES}
    weak_e = (case == "nom" and gender != "pl") or (case == "acc" and gender in ("die", "das"))
    tokens = morph.tag(name)
    tagged = {t.word: t.pos for t in tokens}
    # "Nordauer", "Berliner": an adjective made from a place name with "-er" never declines (Duden
    # grammar: Einwohnerbezeichnung as attribute, "von der Berliner Polizei"); HanTa finds no shorter
    # stem for it, its lemma is the whole word.
    indeclinable = {t.word for t in tokens if t.word.endswith("er") and (t.lemma or "").lower() == t.word.lower()}
    for i in range(head.index):
        if words[i] in indeclinable:
            continue
        if tagged.get(words[i], "").startswith("ADJ") and words[i][:1].isupper():
            stem = re.sub(r"(?:e|er|es|en|em)$", "", words[i])
            words[i] = stem + ("e" if weak_e else "en")
    if head.plural and case == "dat" and not words[head.index].endswith(("n", "s")):
        words[head.index] += "n"
    return f"{article[case]} {' '.join(words)}"


def von(sender: Sender) -> str:
    """ "von der Polizei Berlin", "vom Bezirksamt Mitte", "von Kabel und Drähte"."""
    phrase = "von " + with_article(sender, "dat")
    return re.sub(r"^von dem ", "vom ", phrase)
