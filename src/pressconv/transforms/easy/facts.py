"""Pick the key facts of a release from the model: sentences (with who said them), people and their
roles, an award, the event's date and place, and the press contact. Also checks that a summary
names no fact the source does not have."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Final

from pressconv.model import (
    Abbr,
    BlockQuote,
    BulletList,
    Contact,
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
from pressconv.transforms.easy.dates import relative_day
from pressconv.transforms.easy.sentences import split_sentences

__all__ = [
    "ROLE_ABBREVIATIONS",
    "Award",
    "Facts",
    "Person",
    "SourceSentence",
    "extract_facts",
    "source_text",
    "unsupported_facts",
]


@dataclass(frozen=True, slots=True)
class SourceSentence:
    """One sentence of the release; ``speaker`` is set for sentences inside a quotation."""

    text: str
    speech: bool = False
    speaker: str | None = None
    lead: bool = False


@dataclass(frozen=True, slots=True)
class Person:
    """A person named with a role ("Oberbürgermeister Ullrich Sierau")."""

    name: str
    role: str
    scope: str | None = None


@dataclass(frozen=True, slots=True)
class Award:
    """Who gave which prize to whom ("Die Stiftung „Lebendige Stadt“ hat Dortmund als „…“ ausgezeichnet")."""

    winner: str
    prize: str
    giver: str | None
    sentence: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Facts:
    """Everything the templates need, all taken from the release."""

    language: str
    title: str
    issued: date | None
    sentences: tuple[SourceSentence, ...]
    people: tuple[Person, ...] = ()
    award: Award | None = None
    event_date: date | None = None
    event_place: str | None = None
    event_word: str | None = None
    happy: tuple[str, ...] = ()
    contacts: tuple[Contact, ...] = ()
    organisation: str | None = None
    names: frozenset[str] = field(default_factory=frozenset)


def _marks(language: str) -> tuple[str, str]:
    return ("„", "“") if language.lower().startswith("de") else ("“", "”")


def _is_speech(quotation: Quotation) -> bool:
    """A quotation is speech when someone says it; a short „title“ inside a sentence is a name."""
    text = inline_text(quotation.children)
    return quotation.speaker is not None or bool(re.search(r"[.!?]\s", text + " ")) or len(text.split()) >= 6


def _flat(inlines: Iterable[Inline], language: str) -> str:
    opening, closing = _marks(language)
    parts: list[str] = []
    for node in inlines:
        match node:
            case Text(text=text):
                parts.append(text)
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


# --- people -------------------------------------------------------------------------------------
_ROLE_ENDINGS_DE: Final = (
    "bürgermeister",
    "senator",
    "stadtrat",
    "stadträtin",
    "präsident",
    "geschäftsführer",
    "direktor",
    "leiter",
    "sprecher",
    "minister",
    "staatssekretär",
    "vorsitzende",
    "vorsitzender",
    "beauftragte",
    "dezernent",
    "landrat",
    "landrätin",
    "professor",
    "kanzler",
    "intendant",
    "chef",
)
_NAME: Final = r"[A-ZÄÖÜ][a-zäöüßéèáçñ]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
# A name is not followed by another capitalised word ("Leiter Digital Public Services" is no person).
_FULLNAME: Final = rf"{_NAME}(?: [A-Z]\.)?(?: (?:von |van |de |vom )?{_NAME}){{1,2}}(?! [A-ZÄÖÜ])"
_ROLEWORD_DE: Final = rf"(?=[A-ZÄÖÜ])(?:[A-ZÄÖÜ]?[a-zäöüß]*)(?i:{'|'.join(_ROLE_ENDINGS_DE)})(?:in|innen)?"
_ROLEWORD_EN: Final = (
    r"(?:U\.S\. )?(?:Senator|Sen\.|President|CEO|Chief Executive Officer|Founder|Co-Founder|Co-founder|"
    r"Director|Executive Director|Governor|Mayor|Chairman|Chairwoman|Chair|Spokesperson|Manager|"
    r"Secretary|Representative|Rep\.|Chief Technology Officer|CTO|COO|CFO)"
)
# Easy language has no abbreviations: titles are written out ("U.S. Senator" is just "Senator").
ROLE_ABBREVIATIONS: Final = {
    "Sen.": "Senator",
    "U.S. Sen.": "Senator",
    "U.S. Senator": "Senator",
    "Rep.": "Representative",
    "U.S. Rep.": "Representative",
    "CEO": "head of the company",
    "CTO": "head of technology",
    "COO": "head of operations",
    "CFO": "head of finance",
}
_TOO_GENERIC: Final = frozenset(
    {
        "leiter",
        "leiterin",
        "sprecher",
        "sprecherin",
        "chef",
        "chefin",
        "vorsitzende",
        "vorsitzender",
        "director",
        "manager",
        "chair",
    }
)
_STOP_NAMES: Final = frozenset(
    {
        "Der",
        "Die",
        "Das",
        "Den",
        "Dem",
        "Des",
        "Ein",
        "Eine",
        "Im",
        "In",
        "Am",
        "Mit",
        "Auf",
        "Und",
        "The",
        "This",
        "Stadt",
        "Bezirk",
        "Senat",
        "Land",
        "Polizei",
        "Berlin",
        "Herr",
        "Frau",
    }
)


def _valid_name(name: str) -> bool:
    return not any(part in _STOP_NAMES for part in name.split())


def _people(text: str, language: str) -> list[Person]:
    german = language.lower().startswith("de")
    role = _ROLEWORD_DE if german else _ROLEWORD_EN
    scope_words = "für|der|des|von|im|bei|in" if german else "of|for|at"
    # "für Bildung, Jugend und Familie": an enumeration belongs to the role as a whole.
    continuation = r"(?:, [A-ZÄÖÜ][\w-]+)*(?:,? (?:und|and) [A-ZÄÖÜ][\w-]+)?"
    found: dict[str, Person] = {}
    # "Thomas Westphal, Geschäftsführer der Wirtschaftsförderung Dortmund," / "Jane Doe, CEO of Acme,"
    pattern_b = (
        rf"(?P<name>{_FULLNAME}), (?:the )?(?P<role>{role})"
        rf"(?: (?P<scope>(?:{scope_words}) [^,:;.]{{2,80}}?{continuation}))?[,:]"
    )
    # "Oberbürgermeister Ullrich Sierau" / "der Senator für Justiz, …, Dirk Behrendt" /
    # "Senator Daniel K. Akaka"
    pattern_a = (
        rf"(?P<role>{role})(?: (?P<scope>(?:{scope_words}) [^:;.]{{2,90}}?))?,? (?P<name>{_FULLNAME})\b"
    )
    if not german:
        # English wire copy is full of capitalised organisation names ("Camps Foundation, Executive
        # Director of …"); only "Senator Jane Doe" reads reliably as a person with a role.
        pattern_a = rf"(?P<role>{role}),? (?P<name>{_FULLNAME})\b(?P<scope>)"
    for pattern in (pattern_b, pattern_a) if german else (pattern_a,):
        for match in re.finditer(pattern, text):
            name = match["name"]
            if not _valid_name(name) or name in found:
                continue
            scope = match["scope"]
            if match["role"].lower() in _TOO_GENERIC:
                continue  # "Jens Klessmann ist Leiter." says nothing, and the next words are rarely a name
            if scope and not german and not re.fullmatch(r"[^,]*", scope):
                scope = None
            role_text = ROLE_ABBREVIATIONS.get(match["role"].strip(), match["role"].strip())
            found[name] = Person(name=name, role=role_text, scope=scope.strip() if scope else None)
    # In the order the release names them: the first person named is usually the main one.
    return sorted(found.values(), key=lambda person: text.find(person.name))


# --- award --------------------------------------------------------------------------------------
_AWARD_DE: Final = re.compile(
    r"(?P<giver>(?:Die|Der|Das) [^.]{3,80}?) hat (?:die Stadt |den |die |das )?(?P<winner>[A-ZÄÖÜ][\w-]+)"
    r" (?:als|mit dem Preis|mit dem) „(?P<prize>[^“”\"]+)[“”\"] (?:ausgezeichnet|geehrt)"
)
_AWARD_TITLE_DE: Final = re.compile(
    r"(?P<winner>[A-ZÄÖÜ][\w-]+) (?:als|mit) „(?P<prize>[^“”\"]+)[“”\"] (?:ausgezeichnet|geehrt)"
)
_EVENT_WORDS_DE: Final = (
    "Preisverleihung",
    "Verleihung",
    "Veranstaltung",
    "Eröffnung",
    "Feier",
    "Festakt",
    "Sitzung",
    "Konferenz",
    "Pressekonferenz",
    "Pressegespräch",
    "Wahl",
    "Unfall",
    "Verkehrsunfall",
)


def _award(text: str, title: str) -> Award | None:
    match = _AWARD_DE.search(text)
    if match:
        return Award(
            winner=match["winner"], prize=match["prize"], giver=match["giver"], sentence=match.group(0)
        )
    match = _AWARD_TITLE_DE.search(title)
    if match:
        return Award(winner=match["winner"], prize=match["prize"], giver=None, sentence=match.group(0))
    return None


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
        for block in blocks:
            match block:
                case Paragraph(children=c) | Heading(children=c):
                    parts.append(_flat(c, language))
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


def extract_facts(release: Release) -> Facts:
    """Collect sentences and key facts from a parsed release."""
    language = release.meta.language
    german = language.lower().startswith("de")
    title = _flat(release.meta.title, language)
    full = source_text(release)
    people = _people(full, language)
    sentences: list[SourceSentence] = []
    first_paragraph = True
    for block in release.body:
        match block:
            case Paragraph(children=children, lead=lead):
                segments = _segments(children, language)
                for position, (text, quotation) in enumerate(segments):
                    if quotation is None:
                        for sentence in split_sentences(text, language):
                            sentences.append(SourceSentence(sentence, lead=lead or first_paragraph))
                        continue
                    speaker = quotation.speaker or _speaker_near(segments, position, people)
                    for sentence in split_sentences(text, language):
                        sentences.append(SourceSentence(sentence, speech=True, speaker=speaker))
                first_paragraph = False
            case BlockQuote(children=paragraphs, speaker=speaker):
                name = _person_name(speaker, people) if speaker else None
                for paragraph in paragraphs:
                    for sentence in split_sentences(_flat(paragraph.children, language), language):
                        sentences.append(SourceSentence(sentence, speech=True, speaker=name))
            case BulletList(items=items) | OrderedList(items=items):
                for item in items:
                    sentences.append(SourceSentence(_flat(item.children, language)))
            case _:
                pass
    award = _award(full, title) if german else None
    event_date: date | None = None
    event_place: str | None = None
    event_word: str | None = None
    for candidate in sentences[:6]:
        if candidate.speech:
            continue
        day = relative_day(candidate.text, release.meta.issued, language)
        if day is None:
            continue
        event_date = day
        place = re.search(r"\bin (?P<place>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b", candidate.text)
        if place and german and place["place"] not in _STOP_NAMES:
            event_place = place["place"]
        for word in _EVENT_WORDS_DE if german else ():
            if word in candidate.text:
                event_word = word
                break
        break
    happy = tuple(
        p.name
        for p in people
        if re.search(
            rf"{re.escape(p.name)} freut sich|{re.escape(p.name)} is (?:delighted|pleased|happy)", full
        )
    )
    contacts = tuple(c for s in release.sections if s.kind == "contact" for c in s.contacts)
    names = frozenset(
        {p.name for p in people}
        | {part for p in people for part in p.name.split()}
        | ({event_place} if event_place else set())
    )
    return Facts(
        language=language,
        title=title,
        issued=release.meta.issued,
        sentences=tuple(sentences),
        people=tuple(people),
        award=award,
        event_date=event_date,
        event_place=event_place,
        event_word=event_word,
        happy=happy,
        contacts=contacts,
        organisation=release.meta.organisation,
        names=names,
    )


def _person_name(text: str, people: Iterable[Person]) -> str | None:
    for person in people:
        if person.name in text:
            return person.name
    match = re.search(_FULLNAME, text)
    return match.group(0) if match and _valid_name(match.group(0)) else None


def _speaker_near(
    segments: list[tuple[str, Quotation | None]], position: int, people: list[Person]
) -> str | None:
    """Find who said a quotation: named in the text just before it, or in ", so …" just after it."""
    if position + 1 < len(segments) and segments[position + 1][1] is None:
        after = segments[position + 1][0]
        if re.match(r"\s*,?\s*(?:so|sagt|sagte|erklärt|erklärte|said|says)\b", after):
            name = _person_name(after.split(".")[0], people)
            if name:
                return name
    if position > 0 and segments[position - 1][1] is None:
        before = segments[position - 1][0]
        tail = re.split(r"[.!?]\s", before)[-1]
        name = _person_name(tail, people)
        if name:
            return name
    for index in range(position - 1, -1, -1):
        # A second quotation in a later paragraph by the same person: the last one named.
        if segments[index][1] is not None and segments[index][1].speaker:  # type: ignore[union-attr]
            return segments[index][1].speaker  # type: ignore[union-attr]
    return None


# --- fact precision -----------------------------------------------------------------------------
_FACT_TOKEN: Final = re.compile(r"\d+|[A-ZÄÖÜ][\w·\-]*")


def _normal(text: str) -> str:
    return re.sub(r"[·\-\s]", "", text).lower()


@lru_cache(maxsize=16)
def _reference(source: str, allowed: str) -> tuple[str, str, frozenset[str]]:
    """The normalised source and allowed text and their numbers, computed once per summary.

    ``unsupported_facts`` runs for every candidate sentence against the same two texts.
    """
    source_numbers = set(re.findall(r"\d+", source)) | {n.lstrip("0") for n in re.findall(r"\d+", source)}
    return _normal(source), _normal(allowed), frozenset(source_numbers | set(re.findall(r"\d+", allowed)))


def unsupported_facts(
    summary: str, source: str, *, allowed: str = "", extra_numbers: Iterable[str] = ()
) -> list[str]:
    """Return numbers and capitalised words of ``summary`` found neither in ``source`` nor in ``allowed``.

    ``allowed`` is our own fixed text (templates, labels, glossary explanations, resolved dates);
    ``extra_numbers`` are digits that come from resolving dates ("gestern" -> 19). Comparison ignores
    case, hyphens and the Mediopunkt, so "Ober·bürger·meister" matches "Oberbürgermeister".
    """
    source_norm, allowed_norm, known_numbers = _reference(source, allowed)
    numbers = known_numbers | set(extra_numbers)
    missing: list[str] = []
    for token in _FACT_TOKEN.findall(summary):
        if token.isdigit():
            if token not in numbers and token.lstrip("0") not in numbers:
                missing.append(token)
            continue
        norm = _normal(token)
        if norm and norm not in source_norm and norm not in allowed_norm:
            missing.append(token)
    return missing
