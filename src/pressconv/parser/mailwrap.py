"""Find the e-mail a release was pasted with: header fields, salutation, cover note, separator, closing."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from pressconv.parser._lazy import lazy_compile
from pressconv.parser.dates import FoundDate, find_date
from pressconv.parser.header import match_label
from pressconv.parser.lines import Line

__all__ = ["MailWrapper", "mail_wrapper", "subject_title"]

# The header fields mail programs print above a forwarded or pasted message (German and English).
_HEADER_FIELD = lazy_compile(
    r"(?P<key>Von|An|Cc|Bcc|Gesendet|Datum|Betreff|Antwort an|From|To|Sent|Date|Subject|Reply-To)\s*:\s*(?P<value>\S.*)",
    re.IGNORECASE,
)
_SENDER_KEYS: Final = frozenset(("von", "from"))
# The address after the display name ("Pressestelle X <presse@x.example>"), or the address alone.
_ADDRESS = lazy_compile(r"<[^<>]*>|\S+@\S+")
_SUBJECT_KEYS: Final = frozenset(("betreff", "subject"))
_SENT_KEYS: Final = frozenset(("gesendet", "datum", "sent", "date"))
# Letters open with a salutation line ("Sehr geehrte Damen und Herren,", "Liebe Kolleginnen und
# Kollegen,", "Guten Tag,"): it addresses the newsroom, not the readers of the release.
_SALUTATION = lazy_compile(
    r"(?:Sehr geehrte|Liebe|Lieber|Hallo|Guten Tag|Moin|Servus|Dear|Hello|Hi)\b.{0,80}?[,!]?", re.IGNORECASE
)
# A line of dashes, underscores or equals signs separates the cover note from the pasted release.
_SEPARATOR = lazy_compile(r"[-_=*~]{3,}")
# The closing formula of a letter ("Mit freundlichen Grüßen", "Viele Grüße", "Best regards").
_CLOSING = lazy_compile(
    r"(?:Mit (?:freundlichen|besten|herzlichen|vielen) Grüßen|(?:Freundliche|Viele|Beste|Herzliche|Liebe) Grüße"
    r"|Best regards|Kind regards|Regards|Sincerely|Yours sincerely)\s*[,.!]?",
    re.IGNORECASE,
)
# Mail programs set a marker line above a forwarded message's header ("-------- Weitergeleitete
# Nachricht --------", "---------- Forwarded message ---------", "-----Ursprüngliche Nachricht-----",
# "Begin forwarded message:"): the forwarding's residue, never part of the release.
_FORWARD_MARKER = lazy_compile(
    r"[-_=\s]*(?:Weitergeleitete Nachricht|Forwarded message|Original-?Nachricht|Ursprüngliche Nachricht|"
    r"Original Message|Anfang der weitergeleiteten (?:Nachricht|E-Mail)|Begin forwarded message)\s*:?[-_=\s]*",
    re.IGNORECASE,
)
# A subject line marks the release with a label or a forwarding prefix ("PM – …", "AW: …", "Fwd: …").
_SUBJECT_PREFIX = lazy_compile(r"(?:(?:AW|WG|RE|FW|FWD|Fw|Wg)\s*:\s*|(?:PM|PI)\s*[:–—-]\s*)+", re.IGNORECASE)

# A cover note is a line or two ("anbei unsere Pressemitteilung mit der Bitte um Veröffentlichung");
# a signature is a name, a role, a desk and a phone line.
COVER_LINES_MAX: Final = 4
SIGNATURE_LINES_MAX: Final = 5
COVER_LINE_MAX: Final = 300


@dataclass
class MailWrapper:
    """The lines of the e-mail around the release, each with the reason it is not part of it."""

    lines: dict[int, str] = field(default_factory=dict)
    subject: tuple[int, str] | None = None  # (index, subject without label or forwarding prefix)
    sent: tuple[int, FoundDate] | None = None  # (index, the day the mail was sent)
    sender: tuple[int, str] | None = None  # (index, the sender's display name, without the address)
    forwarded: bool = False  # a forwarding marker stood above the header: its sender is the source


def subject_title(subject: str) -> str:
    """The subject of a mail without its forwarding prefix and press label ("AW: PM – X" -> "X")."""
    text = _SUBJECT_PREFIX.sub("", subject.strip(), count=1).strip()
    label = match_label(text.split(":", 1)[0]) if ":" in text else None
    if label is not None and label.title is None:
        text = text.split(":", 1)[1].strip()  # "Pressemitteilung: X"
    return text


def _header_block(lines: list[Line], keep: list[bool], found: MailWrapper) -> int | None:
    """Read the mail header fields at the top; return the index after them (None if there are none)."""
    keys: list[str] = []
    index = 0
    marker: int | None = None
    while index < len(lines):
        if not keep[index]:
            index += 1
            continue
        text = lines[index].text.strip()
        if not keys and marker is None and len(text) <= COVER_LINE_MAX and _FORWARD_MARKER.fullmatch(text):
            marker = index
            index += 1
            continue
        match = _HEADER_FIELD.fullmatch(text)
        if match is None:
            break
        key = match.group("key").lower()
        keys.append(key)
        if key in _SUBJECT_KEYS and found.subject is None:
            found.subject = (index, subject_title(match.group("value")))
        if key in _SENDER_KEYS and found.sender is None:
            name = _ADDRESS.sub("", match.group("value")).strip().strip("\"'").strip()
            found.sender = (index, name) if name else None
        if key in _SENT_KEYS and found.sent is None:
            sent = find_date(match.group("value"))
            found.sent = (index, sent) if sent is not None else None
        found.lines[index] = "e-mail header field of the message that carried the release"
        index += 1
    # One "Datum:" line is a release's date line; a header names the sender or the subject and one more field.
    if len(keys) < 2 or not (set(keys) & (_SENDER_KEYS | _SUBJECT_KEYS)):
        found.lines.clear()
        found.subject = found.sent = None
        found.sender = None
        return None
    if marker is not None:
        found.lines[marker] = "forwarding marker of the e-mail that carried the release"
        found.forwarded = True
    return index


def _cover_note(lines: list[Line], keep: list[bool], start: int, found: MailWrapper) -> None:
    """Read the salutation and cover note after the header, up to a separator line or the press label."""
    cover: list[int] = []
    closed: int | None = None
    for index in range(start, len(lines)):
        if not keep[index]:
            continue
        text = lines[index].text.strip()
        if _SEPARATOR.fullmatch(text):
            found.lines[index] = "separator between the e-mail's cover note and the release"
            break
        label = match_label(text)
        if label is not None and label.title is None:
            break
        if not cover and _SALUTATION.fullmatch(text):
            found.lines[index] = "salutation of the e-mail that carried the release"
            cover.append(index)
            continue
        if closed is None and _CLOSING.fullmatch(text):
            # The cover note signs off before the separator ("Mit freundlichen Grüßen", name, desk):
            # a signature's few lines may follow the closing formula.
            closed = len(cover)
        limit = COVER_LINES_MAX if closed is None else closed + 1 + SIGNATURE_LINES_MAX
        if len(cover) >= limit or len(text) > COVER_LINE_MAX:
            return  # no separator or label in reach: the text itself begins here
        cover.append(index)
    else:
        return
    for index in cover:
        found.lines.setdefault(index, "cover note of the e-mail that carried the release")


def _closing(lines: list[Line], keep: list[bool], found: MailWrapper) -> None:
    """Find the closing formula near the end, and a signature that only repeats names of the text."""
    live = [index for index in range(len(lines)) if keep[index] and index not in found.lines]
    for back in range(1, min(len(live), SIGNATURE_LINES_MAX + 1) + 1):
        index = live[-back]
        if not _CLOSING.fullmatch(lines[index].text.strip()):
            continue
        found.lines[index] = "closing formula of the e-mail that carried the release"
        signature = live[len(live) - back + 1 :]
        rest = "\n".join(lines[position].text for position in live[: len(live) - back])
        # The signature is removed only when each of its lines is named in the text already (the
        # press contact); a line it alone gives (a phone number, a name) stays for the contact reader.
        if signature and all(lines[position].text.strip() in rest for position in signature):
            for position in signature:
                found.lines[position] = "signature of the e-mail, repeating the press contact above"
        return


def mail_wrapper(lines: list[Line], keep: list[bool]) -> MailWrapper:
    """The e-mail lines around a pasted release: header fields, salutation, cover note, separator, closing.

    Releases are often sent as the body of an e-mail, and copied with the mail's header ("Von:",
    "Betreff:"), the cover note ("Sehr geehrte Damen und Herren, anbei …") and the letter's closing
    ("Mit freundlichen Grüßen" and the signature). None of these is part of the release.
    """
    found = MailWrapper()
    start = _header_block(lines, keep, found)
    if start is not None:
        _cover_note(lines, keep, start, found)
    _closing(lines, keep, found)
    return found
