"""The release as the summariser reads it: running text, sentences (quotations marked), contacts."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from pressconv.model import (
    Abbr,
    BlockQuote,
    BulletList,
    Email,
    Emphasis,
    Heading,
    Inline,
    Lang,
    LineBreak,
    Link,
    OrderedList,
    Paragraph,
    Phone,
    Quotation,
    Release,
    Strong,
    Text,
    contact_text,
    inline_text,
)

__all__ = ["SourceSentence", "contacts", "flat", "sentences", "source_text", "split_sentences"]


@dataclass(frozen=True, slots=True)
class SourceSentence:
    """One sentence of the release; ``speech`` for words inside a quotation, ``speaker`` if known.

    ``paragraph`` counts the body's blocks and ``position`` the sentence within its block, so that the
    summary can prefer what news writing puts first: the lead and each paragraph's opening sentence.
    """

    text: str
    speech: bool = False
    speaker: str | None = None
    lead: bool = False
    heading: bool = False
    paragraph: int = 0
    position: int = 0
    role: str | None = None


def _marks(language: str) -> tuple[str, str]:
    """The opening and closing quotation marks of the language."""
    return ("„", "“") if language.lower().startswith("de") else ("“", "”")


def _is_speech(quotation: Quotation) -> bool:
    """A quotation is speech when someone says it; a short „title“ inside a sentence is a name."""
    text = inline_text(quotation.children)
    return quotation.speaker is not None or bool(re.search(r"[.!?]\s", text + " ")) or len(text.split()) >= 6


# A German low opening mark closed by a straight one („Sommer am See"): text pasted from a program
# that typed the closing mark as '"'. The pair is one quotation (DIN 5008: „…“); left unbalanced, every
# check that pairs „ with “ reads the rest of the text as cut off. No other mark may stand between.
_PASTED_PAIR: Final = re.compile(r"„([^„“”\"\n]*)\"")


def paired_quotes(text: str) -> str:
    """The text with each „…" pair (a straight closing mark) written „…“, once, where the text is read."""
    return _PASTED_PAIR.sub(r"„\1“", text)


def _flat(inlines: Iterable[Inline], language: str) -> str:
    """The inline nodes as plain text, quotations in the language's marks."""
    opening, closing = _marks(language)
    parts: list[str] = []
    for node in inlines:
        match node:
            case Text(text=text):
                parts.append(paired_quotes(text))
            case Quotation(children=children):
                parts.append(f"{opening}{_flat(children, language)}{closing}")
            case Emphasis(children=c) | Strong(children=c) | Lang(children=c) | Link(children=c):
                parts.append(_flat(c, language))
            case Email(address=address):
                parts.append(address)
            case Phone(number=number):
                parts.append(number)
            case Abbr(text=text):
                parts.append(text)
            case LineBreak():
                parts.append(" ")
    return "".join(parts)


def _segments(inlines: tuple[Inline, ...], language: str) -> list[tuple[str, Quotation | None]]:
    """Split a paragraph into running text and spoken quotations, in order."""
    out: list[tuple[str, Quotation | None]] = []
    running: list[Inline] = []
    for node in inlines:
        if isinstance(node, Quotation) and _is_speech(node):
            if running:
                out.append((_flat(running, language), None))
                running = []
            out.append((_flat(node.children, language), node))
        else:
            running.append(node)
    if running:
        out.append((_flat(running, language), None))
    return out


def flat(inlines: Iterable[Inline], language: str) -> str:
    """Plain text of inlines with quotation marks of the language."""
    return _flat(inlines, language)


def source_text(release: Release) -> str:
    """Return every text of the release (title, body, sections) as one string, quotation marks included."""
    language = release.meta.language
    parts = [_flat(release.meta.title, language)]
    if release.meta.subtitle:
        parts.append(_flat(release.meta.subtitle, language))
    for value in (release.meta.place, release.meta.organisation, release.meta.kicker):
        if value:
            parts.append(value)
    if release.meta.issued:
        parts.append(release.meta.issued.strftime("%d.%m.%Y"))

    def blocks_text(blocks: Iterable[object]) -> None:
        """Append the text of the blocks: paragraphs, headings, quotations with speaker and role, list items."""
        for block in blocks:
            match block:
                case Paragraph(children=c) | Heading(children=c):
                    parts.append(_flat(c, language))
                    # The speaker and role the parser read for a quotation are the source's words too.
                    parts.extend(v for q in c if isinstance(q, Quotation) for v in (q.speaker, q.role) if v)
                case BlockQuote(children=paragraphs, speaker=speaker, role=role):
                    parts.extend(_flat(p.children, language) for p in paragraphs)
                    parts.extend(v for v in (speaker, role) if v)
                case BulletList(items=items) | OrderedList(items=items):
                    parts.extend(_flat(i.children, language) for i in items)

    blocks_text(release.body)
    for section in release.sections:
        parts.append(section.title)
        blocks_text(section.blocks)
        parts.extend(contact_text(contact) for contact in section.contacts)
    return "\n".join(parts)


# A set: looked up once per end mark, so a megabyte of "z. B." stays linear and cheap (issue 15).
_ABBREVIATIONS: Final = frozenset(
    [
        "bzw",
        "z",
        "B",
        "u",
        "a",
        "d",
        "h",
        "Nr",
        "Dr",
        "Prof",
        "St",
        "Str",
        "ca",
        "ggf",
        "inkl",
        "usw",
        "etc",
        "vgl",
        "Tel",
        "Mio",
        "Mrd",
        "e",
        "V",
        "Abs",
        "Jh",
        "Mr",
        "Mrs",
        "Ms",
        "Inc",
        "Jr",
        "Sen",
        "Gov",
        "No",
        "Co",
        "Ltd",
        "vs",
        "Hr",
        "Fr",
        "geb",
        "evtl",
        "bspw",
        "sog",
        "Std",
        "Min",
        "rd",
        "Mo",
        "Di",
        "Mi",
        "Do",
        "Sa",
        "So",
        "Jan",
        "Feb",
        "Apr",
        "Aug",
        "Sept",
        "Okt",
        "Nov",
        "Dez",
        # Further abbreviations of German press releases (Duden, Abkürzungsverzeichnis): "(max. 25
        # Personen)", "(Az. 3 KLs …)", "Dipl.-Ing.", "Tel.-Nr.", "zzgl. Versand".
        "max",
        "mind",
        "Az",
        "Dipl",
        "Ing",
        "zzgl",
        "bzgl",
        "ehem",
        "Abt",
        "Hrsg",
        "Tsd",
        "gem",
        "lt",
        # Abbreviations of company, office and place names (Duden, Abkürzungsverzeichnis): "Gebr. Meyer
        # GmbH", "Fa. Schulz", "Hbf.", "stellv. Leiterin", "Lkr. Nordheim", "Bgm. Müller": a cut after
        # them leaves a fragment that reads like a sentence of its own ("Meyer GmbH sind nicht betroffen.").
        "Gebr",
        "Fa",
        "Hbf",
        "Bhf",
        "gegr",
        "stellv",
        "Stellv",
        "Vors",
        "Bgm",
        "Lkr",
        "Bez",
        "Gde",
        "Anm",
        "Ziff",
        "Kap",
        "lfd",
        # The faculty of a doctorate after "Dr." (Duden: "Dr. med.", "Dr. rer. nat.", "Dr. phil."):
        # "von Chefarzt Dr. med. Jan Ohm" is one name, not the end of a sentence.
        "med",
        "rer",
        "nat",
        "phil",
        "jur",
        "dent",
        "vet",
        "habil",
        "oec",
        "pol",
    ]
)
_MONTH_AFTER_ORDINAL: Final = re.compile(
    r"(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|"
    r"Jahrhundert|Mal|Platz|Stock|Lebensjahr|Obergeschoss|Untergeschoss|Etage|Klasse|Quartal|Halbjahr)\b"
)


# Articles and prepositions fused with an article: a closed word class of German grammar.
_DETERMINERS: Final = frozenset(
    ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
     "zum", "zur", "am", "im", "vom", "beim", "ins", "ans"]
)  # fmt: skip


# The patterns of the splitter, compiled once: it runs them once per end mark, and looking each up
# in re's cache cost more than the matching on a megabyte of "1. 1. 1." (issue 15 #4).
_SPACES: Final = re.compile(r"\s+")
# A run of end marks is matched once, from its first mark and without backtracking into it:
# "." × 100 000 would otherwise be tried from every dot (issue 15 #4).
_END_MARK: Final = re.compile(r"(?<![.!?…])[.!?…]++[“”\"»«’']?(?=\s+[„“\"»(]?[A-ZÄÖÜ0-9])")
_DAY_NUMBER: Final = re.compile(r"\d{1,2}")
_DIGIT: Final = re.compile(r"\d")
_NUMBER: Final = re.compile(r"\d+")
_YEAR: Final = re.compile(r"(?:19|20)\d\d")
_INITIALS: Final = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?")  # z.B, U.S, e.V


def split_sentences(text: str, language: str) -> list[str]:
    """Split running text into sentences, not at abbreviations, ordinals ("19. September") or initials."""
    text = _SPACES.sub(" ", text).strip()
    if not text:
        return []
    german = language.lower().startswith("de")
    result: list[str] = []
    start = 0
    # Brackets opened and not closed since the last cut, counted as the marks are met (linear).
    depth, counted = 0, 0
    for match in _END_MARK.finditer(text):
        end = match.end()
        depth += text.count("(", counted, match.start()) - text.count(")", counted, match.start())
        counted = match.start()
        if depth > 0 and ")" in text[end : end + 200]:
            # A parenthesis belongs to its sentence (Duden, Klammern): "(Mo.–Fr. 8–16 Uhr)" is no end.
            continue
        # The word before the mark, found from the mark backwards: slicing or searching all of the
        # text since the last split would make runs of abbreviations quadratic (issue 15 #4).
        space = text.rfind(" ", start, match.start())
        token = text[max(space + 1, start) : match.start()]
        if match.group(0).startswith(".") and token:
            # "Mo.–Fr.", "Dipl.-Ing.", "Tel.-Nr.": the abbreviation is the last part of a range or compound.
            bare = re.split(r"[–/-]", token.strip('(„“"'))[-1]
            if bare in _ABBREVIATIONS or (len(bare) == 1 and bare.isalpha()):
                continue
            if german and bare.lower().endswith("str") and _DIGIT.match(text[end : end + 10].lstrip()):
                # "in der Johannisstr. 12": a street name shortened with "str." before its house
                # number (Duden, Abkürzungen: Str. = Straße) is no end of a sentence.
                continue
            if german and _DAY_NUMBER.fullmatch(bare):
                following = text[end : end + 40].lstrip()
                if _MONTH_AFTER_ORDINAL.match(following) or _DIGIT.match(following):
                    continue
            # German writes ordinals as digits with a period (Duden, "Ordinalzahlen"): after an
            # article or a preposition fused with one ("die 500. Sitzung", "zum 11. Mal") the number
            # is an attribute of the noun that follows, never the end of a sentence.
            # A year after "das"/"dem" may end a sentence ("so viele wie 2021."): years are not read so.
            if german and _NUMBER.fullmatch(bare) and not _YEAR.fullmatch(bare):
                before = text[max(start, text.rfind(" ", start, max(space, start)) + 1) : max(space, start)]
                if before.lower() in _DETERMINERS:
                    continue
            if _INITIALS.fullmatch(bare):
                continue
        result.append(text[start:end].strip())
        start = end
        depth, counted = 0, end
    tail = text[start:].strip()
    if tail:
        result.append(tail)
    return [s for s in result if s]


def sentences(release: Release) -> tuple[SourceSentence, ...]:
    """Every sentence of the body in order; quotations are speech, list items and headings marked."""
    language = release.meta.language
    out: list[SourceSentence] = []
    first = True
    for number, block in enumerate(release.body):
        match block:
            case Paragraph(children=children, lead=lead):
                after_quote = False
                position = 0
                for text, quotation in _segments(children, language):
                    speaker = quotation.speaker if quotation is not None else None
                    role = quotation.role if quotation is not None else None
                    for index, sentence in enumerate(split_sentences(text, language)):
                        # Only text that continues the quoted sentence (", sagt X", "fragt X", "so X"):
                        # a capitalised sentence after the closing mark is the sender's own again.
                        continues = bool(re.match(r"\s*(?:[,–-]|[a-zäöü]|[Ss]o\s)", text))
                        if after_quote and index == 0 and quotation is None and continues:
                            # ", sagt X." after a quotation is the rest of the quoted sentence.
                            out.append(SourceSentence(sentence, True, None, False, paragraph=number, position=position))
                            position += 1
                            continue
                        # Quotation marks the parser left as text still mark speech („Wir …“, sagt X).
                        # Four words after the opening mark with no closing mark among them: a quote of
                        # one word („Vorsicht“ stand darauf) closes at once and is a name, not speech.
                        speech = quotation is not None or bool(re.search(r"[„\"»][^\s“\"«]+(?:\s+[^\s“\"«]+){3,}", sentence))
                        # A quoted title the sentence goes on after ("Das Papier „Wege aus der Krise“
                        # umfasst …"): a name inside the sender's sentence, not speech.
                        if speech and quotation is None and not sentence.startswith("„"):
                            speech = not re.search(r"„[^“„]+“\s+[a-zäöü]", sentence)
                        out.append(
                            SourceSentence(
                                sentence, speech, speaker, lead or first, paragraph=number, position=position, role=role
                            )
                        )
                        position += 1
                    after_quote = quotation is not None
                first = False
            case Heading(children=children):
                out.append(SourceSentence(_flat(children, language), heading=True, paragraph=number))
            case BlockQuote(children=paragraphs, speaker=speaker, role=role):
                position = 0
                for paragraph in paragraphs:
                    for sentence in split_sentences(_flat(paragraph.children, language), language):
                        out.append(SourceSentence(sentence, True, speaker, paragraph=number, position=position, role=role))
                        position += 1
            case BulletList(items=items) | OrderedList(items=items):
                # Items after an intro that ends in a colon ("Für Hundehalter gilt:") continue it: their
                # group is in the intro, so their sentences are not read alone.
                continued = bool(out) and out[-1].paragraph == number - 1 and out[-1].text.rstrip().endswith(":")
                for item in items:
                    text = _flat(item.children, language)
                    out.append(SourceSentence(text, heading=True, paragraph=number))
                    if not continued:
                        out.extend(_running(text, language, number))
            case _:
                pass
    return tuple(out)


_RUNNING_MIN: Final = 2
_RUNNING_MAX: Final = 3


def _running(item: str, language: str, number: int) -> list[SourceSentence]:
    """The sentences of a list item that is running text, read like a paragraph's (none for a short item).

    Notices set their paragraphs as bullets ("- Ab Montag, 4. Januar, gelten neue Abfuhrtage. In 19
    Gemeinden …"): each bullet is prose of two or more full sentences, and the facts a reader acts on
    stand in them. The item stays a list item (the list's count and items are read whole); its
    sentences are offered besides, each a full sentence (a capital first, an end mark last). A notice's
    bullet is short (two or three sentences); a longer item is an argued paragraph of a report whose
    later sentences lean on the earlier ones ("Die Träger konnten somit …"), and is left to the list.
    """
    parts = split_sentences(item, language)
    full = all(re.match(r"[A-ZÄÖÜ„]", p) and p.rstrip().endswith((".", "!", "?")) for p in parts)
    if not full or not _RUNNING_MIN <= len(parts) <= _RUNNING_MAX:
        return []
    return [SourceSentence(part, paragraph=number, position=index) for index, part in enumerate(parts)]


def contacts(release: Release, found: Sequence[SourceSentence] | None = None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Phone numbers and e-mail addresses the release gives, body first, in order, no repeats.

    ``found`` is ``sentences(release)`` when the caller has it already: splitting a long body
    again cost as much as the first time (issue 15 #4).
    """
    phones: dict[str, None] = {}
    emails: dict[str, None] = {}

    def walk(inlines: Iterable[Inline]) -> None:
        """Collect the phone numbers and e-mail addresses of the inline nodes, nested ones too."""
        for node in inlines:
            match node:
                case Phone(number=number):
                    phones.setdefault(number)
                case Email(address=address):
                    emails.setdefault(address)
                case Quotation(children=c) | Emphasis(children=c) | Strong(children=c) | Link(children=c):
                    walk(c)
                case _:
                    pass

    def blocks(items: Iterable[object]) -> None:
        """Collect the phone numbers and e-mail addresses of the blocks' paragraphs, headings and list items."""
        for block in items:
            match block:
                case Paragraph(children=c) | Heading(children=c):
                    walk(c)
                case BulletList(items=items) | OrderedList(items=items):
                    for item in items:
                        walk(item.children)
                case _:
                    pass

    blocks(release.body)
    # Numbers the parser left as text ("telefonisch unter 05231 4497-0", "unter der Rufnummer (030)
    # 4664-944411") are the body's too: they come before the contact block at the end, which is often
    # the press office's (a release's own reader line first; judged: a press number instead of the
    # registration line the body gave is misleading).
    for sentence in sentences(release) if found is None else found:
        for match in _PHONE.finditer(sentence.text):
            if _IN_LONGER_NUMBER.search(sentence.text[: match.start()]) or _ACCOUNT.search(sentence.text[: match.start()]):
                continue  # digits of an IBAN or account number ("IBAN DE22 7635 1040 0004 4178 20") dial no one
            phones.setdefault(match.group(0).strip())
    for section in release.sections:
        blocks(section.blocks)
        for contact in section.contacts:
            if contact.phone:
                phones.setdefault(contact.phone)
            if contact.email:
                emails.setdefault(contact.email)
    return tuple(phones), tuple(emails)


# A phone number starts a number of its own: digits right before it (a group of an IBAN, an account or
# a file number written in blocks, DIN 5008) make it part of a longer one. An IBAN, BIC or account
# named shortly before it (a bank line: "IBAN DE22 7635 1040 0004 4178 20") makes every digit group
# after it the account's, never a phone (judged: a phone number built from IBAN digits).
_IN_LONGER_NUMBER: Final = re.compile(r"\d[\s/-]?$")
_ACCOUNT: Final = re.compile(r"\b(?:IBAN|BIC|Konto(?:nummer|-Nr\.?)?|Kto\.?|BLZ)\b[^.;]{0,40}$")
_PHONE: Final = re.compile(r"(?:\+49[\d\s()/-]{6,}\d|\(0\d{2,5}\)\s?\d[\d\s/-]{3,}\d|\b0\d{2,5}[\s/-]+\d[\d\s-]{3,}\d)")
