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

from pressconv.transforms.easy.lexicon import lookup

__all__ = ["Sender", "find_sender", "von", "with_article"]


@dataclass(frozen=True, slots=True)
class Sender:
    """The sender's name as the release writes it, and what it is ("ein Verein") when it says so."""

    name: str
    gender: str | None  # der/die/das of the head noun, None for a bare name ("Bits und Bäume")
    kind: str | None = None  # "ein Bündnis", "eine Partei": from the release's own self-description


# Legal-form suffixes carry no meaning for the reader and break the abbreviation rule.
_LEGAL: Final = re.compile(r",?\s*\b(?:e\.\s?V\.|gGmbH|GmbH|AG|KdöR|gemeinnützige GmbH)(?=\s|$|,)")
# Nouns that name an organisation (the head of "Polizei Berlin", "Bündnis Bits & Bäume").
_ORG_HEADS: Final = (
    "polizei", "feuerwehr", "verein", "verband", "bündnis", "partei", "stiftung", "organisation", "initiative",
    "gewerkschaft", "unternehmen", "firma", "behörde", "amt", "ministerium", "verwaltung", "präsidium", "archiv",
    "gericht", "staatsanwaltschaft", "rechnungshof", "schule", "museum", "universität", "hochschule", "stadt",
    "gemeinde", "bezirk", "netzwerk", "club", "klub", "bund", "kreisverband", "landesverband", "institut", "zentrum",
    "bibliothek", "bücherei", "kirche", "gemeinschaft", "rat", "senat", "landkreis", "kreis", "wehr", "dienst",
)  # fmt: skip


def _head_gender(name: str) -> str | None:
    """The gender of the name's head: its last organisation noun before "für"/"am" ("AWO Landesverband
    Berlin" is a Landesverband, "Bezirksamt Mitte" an Amt, not a "Mitte")."""
    gender = None
    for word in re.findall(r"[\wÄÖÜäöüß·\-]+", name):
        if word in ("und", "für", "am", "an", "in", "im", "der", "des", "von"):
            break
        entry = lookup(word)
        org = any(h in word.lower() for h in _ORG_HEADS) or (word.isupper() and len(word) >= 2)
        if org and entry is not None and entry.gender in ("der", "die", "das"):
            gender = entry.gender
    return gender


def _clean(name: str) -> str:
    name = _LEGAL.sub("", name).strip(" ,;:")
    return re.sub(r"\s+", " ", name.replace(" & ", " und "))


def _org_like(name: str) -> bool:
    """A name that is an organisation (head noun or an acronym), not a sentence or a date."""
    if not name or len(name.split()) > 9 or re.search(r"\d", name) or not name[:1].isupper():
        return False
    lowered = name.lower()
    return any(h in lowered for h in _ORG_HEADS) or bool(re.search(r"\b[A-ZÄÖÜ]{2,6}\b", name)) or len(name.split()) <= 4


def _from_kicker(kicker: str) -> str | None:
    """ "Gemeinsame Meldung Polizei und Staatsanwaltschaft Berlin", "…, 17.03.2022, Die PARTEI Kreisverband Plön"."""
    for part in reversed([p.strip() for p in kicker.split(",")]):
        part = re.sub(
            r"^(?:Gemeinsame\s+)?(?:Presse)?(?:mitteilung|meldung|information|einladung)\b\s*", "", part, flags=re.I
        )
        part = re.sub(r"^(?:von|der|des)\s+", "", part)
        if part and not re.match(r"(?:zu[rm]?|über|für)\b", part) and _org_like(part) and _head_gender(part):
            return re.sub(r"^(?:Die|Der|Das)\s+(?=[A-ZÄÖÜ])", "", part) if len(part.split()) > 2 else part
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
            # A name with an organisation noun, an acronym ("SV Walddorf") or an ampersand ("X & Y").
            if match and (_head_gender(match["n"]) or re.match(r"[A-ZÄÖÜ]{2,6} ", match["n"]) or " & " in match["n"]):
                name = _clean(match["n"])
                break
    if name is None:
        return None
    return Sender(name, _head_gender(name), _kind(name, [*(about or []), *body]))


# "X ist ein Verein für …", "„X“ ist das größte Bündnis …": the release's own words about the sender.
_IS_A: Final = (
    r"(?:ist|sind)\s+(?:ein|eine|der|die|das)\s+(?:[a-zäöüß\-]+\s+){0,4}(?P<h>[A-ZÄÖÜ][a-zäöüß]+)\b"
    r"(?:\s+(?:aus|von|mit)\s+(?P<n>\d{1,4}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\s+"
    r"(?P<m>[A-ZÄÖÜ][a-zäöüß]+)\b)?"
)


def _kind(name: str, body: list[str]) -> str | None:
    """ "ein Bündnis" when a sentence of the release says the sender is one (head noun only)."""
    # The distinctive part of the name ("Bits und Bäume" of "Bündnis Bits und Bäume"), "&" or "und".
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
    genders = [_head_gender(p) for p in parts]
    if len(parts) > 1 and all(genders):
        return " und ".join(f"{_ARTICLES[case][g]} {p}" for p, g in zip(parts, genders, strict=True) if g)
    if sender.gender is None:
        return sender.name
    return f"{_ARTICLES[case][sender.gender]} {sender.name}"


def von(sender: Sender) -> str:
    """ "von der Polizei Berlin", "vom Bezirksamt Mitte", "von Bits und Bäume"."""
    phrase = "von " + with_article(sender, "dat")
    return re.sub(r"^von dem ", "vom ", phrase)
