"""Rescuer: a body sentence without its phone number, e-mail or web address, said on a line of its own.

Press releases put the reader's number into a sentence ("Hinweise nimmt die Polizei unter Telefon
0123 4567-0 entgegen.", "Termine können unter Tel. … vereinbart werden."). Leichte Sprache gives a
contact on a line of its own, the way the summary's "Kontakt" block prints it (Netzwerk Leichte
Sprache: one piece of information a line; a number a reader can dial is no "big number" to
picture, but it does not belong inside a sentence). So the sentence is said without the contact
phrase ("unter Telefon …", "per E-Mail an …"), shortened like any sentence (clauses.shorten):

- when the contact block prints that number or address, the sentence without it is all (the reader
  finds the number under "Kontakt");
- when it prints another one, the number gets a line of its own right after the sentence, as a
  list under "Die Telefonnummer ist:" (the contact block's own words), so the reader never calls the
  block's number for this sentence's business; a web address ("unter www.…") likewise, under
  "Die Adresse im Internet ist:" (the block prints none).

The phrase goes only whole and only where the sentence stays a sentence: a contact in a list of
other ways ("in der App und über die Hotline …") or a number that cannot be dialled is left as it
was (omission over error). The verifier checks what remains like any other sentence.
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy.clauses import shorten
from pressconv.transforms.easy.contact import EMAIL_PATTERN, dialable, email_address
from pressconv.transforms.easy.rescue import Rescue, RescueContext

__all__ = ["contact_out", "web_address", "without_contacts"]

# A phone number as German senders write it: with country code, with the area code in brackets, with
# the area code and a space, slash or hyphen, or a local number with an extension ("4664-4664").
_NUMBER: Final = (
    r"(?:\+\d{2}[\d\s()/-]{6,}\d|\(0\d{2,5}\)\s?\d[\d\s/-]{3,}\d|\b0\d{2,5}[\s/-]+\d[\d\s-]{3,}\d|\b\d{3,5}-\d{1,6}\b)"
)

# The words that lead to a number: "unter (der kostenlosen) Telefonnummer", "telefonisch unter".
_PHONE_LEAD: Final = (
    r"(?:telefonisch\s+)?unter\s+(?:der\s+|die\s+)?(?:kostenlosen\s+|kostenfreien\s+|zentralen\s+)?"
    r"(?:(?:Telefon(?:-?[Nn]ummer)?|Tel\.?|Rufnummer|Nummer|Service-?[Hh]otline|Hotline|Service-?[Nn]ummer|Durchwahl)\s*:?\s*)?"
)
_MAIL_LEAD: Final = r"(?:(?:per\s+|via\s+)?E-Mail\s+(?:an|unter)\s+|(?:unter|an)\s+(?:der\s+)?(?:E-Mail-Adresse\s+)?)"
# A web address: "www." and a host, a path whose last character is no sentence mark.
_WEB: Final = r"(?:https?://)?www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,24}(?:/[\w%-]+(?:[./][\w%-]+)*/?)?"
_WEB_LEAD: Final = r"(?:im\s+Internet\s+)?(?:unter|auf)\s+(?:der\s+(?:Internetseite|Webseite|Homepage)\s+)?"
_ONE: Final = rf"(?:{_PHONE_LEAD}(?P<phone>{_NUMBER})|{_MAIL_LEAD}(?P<mail>{EMAIL_PATTERN})|{_WEB_LEAD}(?P<web>{_WEB}))"
_TWO: Final = _ONE.replace("?P<phone>", "?P<phone2>").replace("?P<mail>", "?P<mail2>").replace("?P<web>", "?P<web2>")
# One contact phrase, or two joined ("unter Telefon … oder per E-Mail an …"): they go together.
_PHRASE: Final = re.compile(
    rf"(?P<dash>\s*[–,]\s*(?:erreichbar\s+)?)?(?P<first>{_ONE})(?:\s*(?:,|oder|und)\s+(?P<second>{_TWO}))?"
    r"(?P<close>\s*[–,](?=\s))?"
)
# A joiner right before the phrase: the contact is one of a list of ways ("in der App und über …");
# without it the list would lose its "und" and read as cut.
_JOINED_BEFORE: Final = re.compile(r"(?:\b(?:und|oder|sowie)|,)\s*$")
# Material for the media ("Pressefotos", "Einsatzbilder", "Bildmaterial" to download): press-release
# convention puts it for journalists (audience.py); a reader gets nothing from it, so no line of its own.
_FOR_MEDIA: Final = re.compile(r"\b(?:Presse\w*|Medien\w*|\w*[Ff]otos?|\w*[Bb]ilder|Bildmaterial\w*|O-Töne)\b")


def without_contacts(sentence: str) -> tuple[str, tuple[str, ...]] | None:
    """(the sentence without its contact phrases, the numbers and addresses taken out), or None.

    None when the sentence has no contact phrase, when one is joined to other ways of contact, or
    when a number or address cannot be used (it would be lost, not moved).
    """
    taken: list[str] = []
    out = sentence
    while True:
        match = _PHRASE.search(out)
        if match is None:
            break
        if _JOINED_BEFORE.search(out[: match.start()]) and not match["dash"]:
            return None
        for name in ("phone", "phone2"):
            if match[name]:
                number = dialable(match[name]) or _local(match[name])
                if number is None:
                    return None
                taken.append(number)
        for name in ("mail", "mail2"):
            if match[name]:
                address = email_address(match[name])
                if address is None:
                    return None
                taken.append(address)
        taken.extend(match[name] for name in ("web", "web2") if match[name])
        dash, close = match["dash"] or "", match["close"] or ""
        if close.strip() == "," and not dash:
            return None  # "auf www.…, über die Apps und …": the first of a list of ways
        # An apposition between dashes or commas goes with both marks ("– erreichbar unter … –").
        keep_close = bool(close) and not dash
        out = out[: match.start()] + (close if keep_close else "") + out[match.end() :]
    if not taken:
        return None
    out = re.sub(r"\s+([.,;:!?])", r"\1", re.sub(r"\s{2,}", " ", out)).strip()
    return out, tuple(taken)


# Verbs of finding whose place complement the contact phrase was ("finden Sie unter www.…", Duden
# valency: "finden" needs a place): without it the sentence is cut off (judge20: "Die ausführlichen
# Daten … finden Sie."). "abrufbar", "erreichbar" are complete without one ("ab Montag abrufbar").
_NEEDS_PLACE: Final = re.compile(
    r"\b(?:(?:finden|lesen)\s+Sie|findet\s+man|finden\s+sich|findet\s+sich|zu\s+finden|nachzulesen|"
    # "… gibt es unter www.…": "es gibt" with a thing and no place says the thing exists (Duden: "es
    # gibt" = "ist vorhanden"), so without its place the sentence says something else.
    r"gibt\s+es|geben\s+es)\s*\.$"
)


def web_address(text: str) -> bool:
    """Whether ``text`` is one web address and nothing else ("www.example.org/path")."""
    return re.fullmatch(_WEB, text) is not None


def _local(raw: str) -> str | None:
    """A local number with an extension ("4664-4664"): its digits, to compare with the block's number."""
    return raw if re.fullmatch(r"\d{3,5}-\d{1,6}", raw.strip()) else None


def _digits(text: str) -> str:
    """The digits of the text, every other character left out."""
    return re.sub(r"\D", "", text)


def _in_block(contact: str, block: tuple[str, ...]) -> bool:
    """Whether the contact block prints ``contact``: the same address, or the same digits (a local
    number without its area code is the block's number when the block's digits end with it)."""
    if "@" in contact or "www." in contact:
        return any(contact.lower() == other.lower() for other in block)
    digits = _digits(contact)
    return any(
        _digits(other) == digits or (contact[:1] != "0" and _digits(other).endswith(digits) and len(digits) >= 6)
        for other in block
        if "@" not in other
    )


def contact_out(context: RescueContext) -> Rescue | None:
    """The refused sentence without its contact phrase; the number on a line of its own where the
    contact block prints another one; or None."""
    if context.source.speech:
        return None  # a speaker's words keep their speaker
    found = without_contacts(context.text)
    if found is None:
        return None
    text, taken = found
    if _FOR_MEDIA.search(text):
        # Press photos, media material and O-Töne are offered to journalists, not to the reader of the
        # summary: without its contact the sentence would promise the reader something they cannot get.
        return None
    if _NEEDS_PLACE.search(text):
        # "… finden Sie unter www.…": the address was the verb's place, and "… finden Sie." is cut off.
        # A web address names a place of its own kind, "im Internet" (the words of the line under it),
        # so the verb keeps a place and the address follows; a phone number or e-mail has no such place.
        if len(taken) != 1 or "www." not in taken[0]:
            return None
        text = f"{text[:-1].rstrip()} im Internet."
    # What remains may still be long by an adverb the summary can spare (adjuncts.py, clauses.shorten).
    text = shorten(text)
    if not text.endswith("."):
        return None
    missing = [contact for contact in taken if not _in_block(contact, context.contacts)]
    if not missing:
        return Rescue((text,))
    # A number the block does not print goes on a line of its own, only dialable ones and one only:
    # two numbers under one intro would leave the reader to guess which is which.
    if len(missing) != 1 or len(taken) != 1:
        return None
    contact = missing[0]
    if "www." in contact:
        return Rescue((text, "Die Adresse im Internet ist:"), items=(contact,))
    if "@" in contact:
        return Rescue((text, "Die E-Mail-Adresse ist:"), items=(contact,))
    if dialable(contact) != contact:
        return None  # a local number without its area code cannot be dialled from another town
    return Rescue((text, "Die Telefonnummer ist:"), items=(contact,))
