"""Usable contacts: obfuscated e-mail addresses written out, phone numbers in a dialable form.

A reader with learning difficulties cannot decode "presse at example punkt org" or dial
"+49 (0)30 - 123"; an address or number that cannot be made usable is left out (omission over error).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["EMAIL_PATTERN", "dialable", "email_address", "usable_contacts"]

# RFC 5322 "dot-atom" local part and a domain of labels with a letter TLD: what mail programs accept.
# An e-mail address (RFC 5321 local part as senders write it, a host of labels and a TLD); shared with
# contactout.py, which finds addresses inside sentences.
EMAIL_PATTERN: Final = r"[A-Za-z0-9._%+\-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,24}"
_EMAIL: Final = re.compile(EMAIL_PATTERN)
# The obfuscations spam-shy senders use for "@" and "." (bracketed or spelled out, German or English).
_AT: Final = re.compile(r"\s*(?:\[\s*(?:at|ät|@)\s*\]|\(\s*(?:at|ät|@)\s*\)|\{\s*at\s*\}|\s(?:at|ät)\s)\s*", re.I)
_DOT: Final = re.compile(
    r"\s*(?:\[\s*(?:dot|punkt|\.)\s*\]|\(\s*(?:dot|punkt|\.)\s*\)|\{\s*(?:dot|punkt)\s*\}|\s(?:dot|punkt)\s)\s*", re.I
)


def email_address(raw: str) -> str | None:
    """A real address for ``raw`` ("name [at] example.org" -> "name@example.org"), or None."""
    text = raw.strip().strip("<>()[]").strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    if _EMAIL.fullmatch(text):
        return text
    # Only one "at" may be spelled out: two would leave the reader a guess between two addresses.
    if len(_AT.findall(f" {text} ")) != 1:
        return None
    candidate = _DOT.sub(".", _AT.sub("@", f" {text} ")).strip()
    return candidate if _EMAIL.fullmatch(candidate) else None


# A note after the number ("(AB)" answering machine, "(CvD)" duty officer) is no part of it.
_NOTE: Final = re.compile(r"\s*\((?=[^)]*[A-Za-zÄÖÜäöü])[^)]*\)\s*$")


_OTHER_EXTENSION: Final = re.compile(r"\s*(?:/|,|\boder\b|\bbzw\.?)\s*-\s*\d+(?:\s*(?:/|,|\boder\b)\s*-\s*\d+)*\s*$")


def dialable(raw: str) -> str | None:
    """The number in the DIN 5008 form ("030 4664-4664", "+49 30 24060-212"), or None if unusable.

    DIN 5008 writes the area code apart from the subscriber number and a direct-dial extension after
    a hyphen; the sender's own digit groups inside the number are kept. "(0)" after a country code
    is dropped (it must not be dialled from abroad and confuses at home). A number without an area
    code cannot be dialled from another town and is left out.
    """
    text = _NOTE.sub("", raw.strip())
    # "8812-240 / -241", "8812-240 oder -241": a second extension offered beside the first. The first
    # number is whole and dialable; joining the digits would make one nobody can dial.
    text = _OTHER_EXTENSION.sub("", text)
    if re.search(r"[A-Za-zÄÖÜäöü]", text):
        return None
    country = ""
    match = re.match(r"^\s*(?:\+|00)(\d{1,3})\s*(?:\(0\)\s*)?", text)
    if match:
        country = "+" + match.group(1)
        text = text[match.end() :]
    else:
        text = re.sub(r"^\s*\((0\d{1,5})\)", r"\1 ", text)  # "(030) 4664-4664"
    tokens = re.findall(r"\d+|-", text)
    while tokens and tokens[0] == "-":
        tokens.pop(0)
    if not tokens:
        return None
    area, rest = tokens[0], tokens[1:]
    if country and area.startswith("0"):
        return None
    if not country and not area.startswith("0"):
        return None  # "9013-3644": no area code
    while rest and rest[0] == "-":
        rest.pop(0)  # "07127-580676", "+49 1577 - 135 49 52": a hyphen after the area code only separates
    if "-" in rest:
        cut = rest.index("-")
        subscriber, extension = " ".join(rest[:cut]), " ".join(t for t in rest[cut + 1 :] if t != "-")
    else:
        subscriber, extension = " ".join(rest), ""
    # The sender's digit groups stay (a reader compares them with a printed number; every phone dials them).
    digits = sum(c.isdigit() for c in area + subscriber + extension)
    if not subscriber or not 6 <= digits + (0 if country else -1) <= 14:
        return None
    number = f"{area} {subscriber}" + (f"-{extension}" if extension else "")
    return f"{country} {number}" if country else number


def usable_contacts(phones: tuple[str, ...], emails: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The phones and e-mail addresses a reader can use, normalised, in order, without repeats."""
    usable_phones = dict.fromkeys(p for p in map(dialable, phones) if p)
    usable_emails = dict.fromkeys(e for e in map(email_address, emails) if e)
    return tuple(usable_phones), tuple(usable_emails)
