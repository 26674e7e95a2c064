"""Advice and requests in running text ("Die Polizei rät, …", "Anwohner werden gebeten, …") as Sie-imperatives.

Senders of every kind put what the reader should do into a sentence about advising or asking: the
sender "rät"/"empfiehlt"/"bittet", the public "wird gebeten", "es wird empfohlen", "man sollte". The
request itself is a chain of zu-infinitives ("Türen abzuschließen und Nachbarn zu informieren"), a
subordinate construction Leichte Sprache avoids. Said to the reader it is the Sie-imperative
(Netzwerk Leichte Sprache: address the reader directly), one instruction a sentence, and a request
opens with "Bitte" ("Bitte parken Sie Ihre Autos um."), as German politeness has it (Duden: "bitte").

Only a request to the reader is said this way: to nobody named, to the public ("die Bevölkerung",
"Bürgerinnen und Bürger") or to a group every reader of such a notice belongs to or reads for
(residents, visitors, passengers, drivers, customers). A narrower group ("Gewerbetreibende",
"Arbeitgeber", "Schulen", "Zeugen") is left out: the imperative would ask every reader. Every
instruction of the chain must turn, or none is said (a cut chain may drop a "nicht"); a pronoun
that points outside the sentence, a "sondern" or a second clause refuses the sentence.
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.frequency import LISTED, zipf
from pressconv.transforms.easy.instructions import imperatives

__all__ = ["READER_GROUP", "asked_advice", "zu_instructions"]

# The groups a notice addresses as its readers, in nominative, accusative and dative (plural, pair forms).
_READERS: Final = (
    r"(?:(?:alle|allen|die|den)\s+)?(?:"
    r"Bevölkerung|Öffentlichkeit|"
    r"(?:Bürgerinnen\s+und\s+Bürger|Bürger(?:innen)?)n?|"
    r"(?:Anwohnerinnen\s+und\s+Anwohner|Anwohner(?:innen)?|Anwohnende)n?|"
    r"(?:Anliegerinnen\s+und\s+Anlieger|Anlieger(?:innen)?)n?|"
    r"(?:Einwohnerinnen\s+und\s+Einwohner|Einwohner(?:innen)?)n?|"
    r"(?:Besucherinnen\s+und\s+Besucher|Besucher(?:innen)?|Besuchende)n?|"
    r"Gäste|Gästen|Fahrgäste|Fahrgästen|"
    r"(?:Autofahrerinnen\s+und\s+Autofahrer|Autofahrer(?:innen)?|Autofahrende)n?|"
    r"(?:Verkehrsteilnehmerinnen\s+und\s+Verkehrsteilnehmer|Verkehrsteilnehmer(?:innen)?|Verkehrsteilnehmende)n?|"
    r"(?:Kundinnen\s+und\s+Kunden|Kunden|Kundinnen)|"
    r"(?:Verbraucherinnen\s+und\s+Verbraucher|Verbraucher(?:innen)?)n?"
    r")"
)
# The whole phrase a reader group ("Die Anwohnerinnen und Anwohner", "Fahrgäste").
READER_GROUP: Final = re.compile(rf"^{_READERS}$", re.I)
# Adverbs a sender puts between its verb and the request ("rät in diesem Zusammenhang dringend").
_BETWEEN: Final = (
    r"(?:\s+(?:in\s+diesem\s+Zusammenhang|dringend|eindringlich|daher|deshalb|außerdem|zudem|"
    r"ausdrücklich|nochmals|erneut))*"
)
_SENDER: Final = r"(?:Die|Der|Das)\s+[A-ZÄÖÜ][\w·\-]+(?:\s+[A-ZÄÖÜ][\w·\-]+)?"
# "Die Polizei rät (den Anwohnern), …", "Die Stadt bittet (alle Besucher) (darum), …".
_SENDER_ASKS: Final = re.compile(
    rf"^{_SENDER}\s+(?P<verb>rät|raten|empfiehlt|empfehlen|bittet|bitten){_BETWEEN}"
    rf"(?:\s+(?P<group>{_READERS}))?(?:\s+darum)?\s*,\s+(?P<tail>.+)\.$"
)
# "Der Landkreis ruft (die Bevölkerung) dazu auf, …": the appeal ("aufrufen, etwas zu tun", Duden).
_SENDER_CALLS: Final = re.compile(
    rf"^{_SENDER}\s+(?P<verb>ruft|rufen){_BETWEEN}(?:\s+(?P<group>{_READERS}))?(?:\s+dazu)?\s+auf\s*,\s+(?P<tail>.+)\.$"
)
# "Anwohner werden gebeten, …", "Die Bevölkerung wird dringend gebeten, …", "Es wird empfohlen, …".
_PUBLIC_ASKED: Final = re.compile(
    rf"^(?P<group>{_READERS}|Es)\s+(?:werden|wird){_BETWEEN}\s+(?P<verb>gebeten|empfohlen|geraten)\s*,\s+(?P<tail>.+)\.$",
    re.I,
)
# "Man sollte Türen abschließen.": the general recommendation (Konjunktiv II) with its infinitive.
_ONE_SHOULD: Final = re.compile(r"^Man\s+sollte\s+(?P<tail>[^,;:]+)\.$")
_REASON: Final = re.compile(r",\s+(?:da|weil|damit|um\s+[^,]+?\s+zu\s+\w+)\b[^,]*\.$")
# Words that open another clause or point outside the sentence: the request is left out.
_REFUSED: Final = frozenset(["PPER", "PDS", "PRELS", "KOUS", "KOUI", "PWS", "PWAV", "PROAV"])


def asked_advice(sentence: str) -> list[str]:
    """The Sie-imperatives of one sentence of advice or request to the reader, or [] when it is none or unsure."""
    # The request's reason or purpose at its end (", da …", ", damit …", ", um … zu V"; Duden grammar:
    # Kausal-, Finalsatz) says why, not what to do: the request stands without it.
    text = _REASON.sub(".", sentence.strip())
    if re.search(r"[„“”\"()\[\]:;–—]", text):
        return []  # speech, a bracket or a list inside: not one plain request
    found = _SENDER_ASKS.match(text) or _SENDER_CALLS.match(text)
    if found is None:
        found = _PUBLIC_ASKED.match(text)
    if found is not None:
        group = found["group"]
        if group is not None and group.lower() == "es":
            group = None
        if group is None and found["verb"] in ("gebeten",):
            return []  # "Es wird gebeten, …" is said by conditions.request already
        polite = found["verb"] in ("bittet", "bitten", "gebeten", "ruft", "rufen")
        # The reader's possessive: "ihre Autos" of a plural group is "Ihre Autos"; without a group
        # "ihre" may be the sender's, so it refuses (below, as a pointer).
        said = _said(found["tail"], polite=polite, owner=group is not None)
        if group is not None and _LOCAL.match(group) and found.re is _PUBLIC_ASKED:
            # "Anwohner werden gebeten, …": residents are those near the place the release names, not
            # every reader; said to "Sie" the request would reach all (judged wrong, session 29). The
            # group stays the subject: "Anwohnerinnen und Anwohner sollen die Fenster geschlossen halten."
            return [line for line in (_as_duty(group, imperative) for imperative in said) if line is not None]
        return said
    should = _ONE_SHOULD.match(text)
    if should is not None:
        return _said(should["tail"], polite=False, owner=False, zu=False)
    return []


# Groups named by where they live or park (Duden: "Anwohner", "Anlieger" are those next to a place).
_LOCAL: Final = re.compile(r"^(?:(?:die|alle)\s+)?(?:Anwohner|Anlieger|Anwohnende)", re.I)
# "Bitte halten Sie … geschlossen.", "Schalten Sie … ab.": a Sie-imperative.
_IMPERATIVE: Final = re.compile(r"^(?:Bitte\s+)?(?P<verb>[A-ZÄÖÜa-zäöüß]+)\s+Sie\s+(?P<rest>.*?)\.$")


def _as_duty(group: str, imperative: str) -> str | None:
    """ "Halten Sie die Fenster geschlossen." -> "Anwohner sollen die Fenster geschlossen halten." (or None)."""
    match = _IMPERATIVE.match(imperative)
    if match is None or re.search(r"\bSie\b", match["rest"]):
        return None
    verb = match["verb"].lower()
    rest = match["rest"]
    last = rest.rsplit(" ", 1)[-1]
    if last.islower() and zipf(last + verb) >= LISTED:
        # "Schalten Sie … ab.", "Stellen Sie … bereit.": the separable particle at the end joins its verb
        # again where the whole is a listed verb ("abschalten", "bereitstellen"; "geschlossen halten" stays).
        rest, verb = rest[: -len(last)].rstrip(), last + verb
    subject = re.sub(r"^(?:die|alle)\s+", "", group, flags=re.I)
    # The reader's "Ihre Mülltonnen" is the group's own again ("ihre"), as the source wrote it.
    rest = re.sub(r"\bIhr(?=\w*\b)", "ihr", rest)
    return f"{subject[:1].upper()}{subject[1:]} sollen {rest} {verb}."


def zu_instructions(item: str) -> list[str]:
    """ "Türen abzuschließen und Nachbarn zu informieren" (an item after "… bittet darum:") as Sie-imperatives."""
    return _said(item, polite=False, owner=False)


def _said(tail: str, *, polite: bool, owner: bool, zu: bool = True) -> list[str]:
    """The chain of (zu-)infinitive instructions of ``tail`` as Sie-imperatives; [] unless all turn."""
    tags = morph.tag(tail)
    spans = morph.token_spans(tail)
    if not tags or len(tags) != len(spans) or any(t.word == "sondern" for t in tags):
        return []
    pieces: list[str] = []
    cursor = 0
    zus = 0
    for index, token in enumerate(tags):
        start, end = spans[index]
        word = tail[start:end]
        if token.pos in _REFUSED or token.pos.startswith(("VM", "VA(FIN)", "VV(FIN)")):
            return []
        if token.pos == "PPOSAT" and word.startswith(("ihr", "sein")):
            if not owner or not word.startswith("ihr"):
                return []
            pieces.append(tail[cursor:start] + "Ihr" + word[3:])
            cursor = end
        elif zu and token.pos == "PTKZU" and index + 1 < len(tags) and tags[index + 1].pos == "VV(INF)":
            pieces.append(tail[cursor:start])
            cursor = spans[index + 1][0]  # "zu verschließen" -> "verschließen"
            zus += 1
        elif zu and token.pos == "VV(IZU)":
            particle = morph.separable_particle(token.lemma)
            if not particle or not word.startswith(particle + "zu"):
                return []
            pieces.append(tail[cursor:start] + particle + word[len(particle) + 2 :])
            cursor = end
            zus += 1
    pieces.append(tail[cursor:])
    plain = re.sub(r"\s+", " ", "".join(pieces)).strip()
    if zu and zus == 0:
        return []
    turned = imperatives(plain[:1].upper() + plain[1:])
    if not polite:
        return turned
    return [f"Bitte {line[:1].lower()}{line[1:]}" for line in turned]
