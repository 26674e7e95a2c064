"""Find quotations („…“, "…", »…«, “…”) in a paragraph and who speaks them.

Quoted terms and names („Digitalste Stadt“) stay plain text with their marks; only quoted speech
(a quotation with a speaker, or a full sentence in quotation marks) becomes a Quotation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pressconv.parser.sentences import sentence_starts

__all__ = ["QuoteSpan", "attribution_after", "attribution_before", "find_quotes", "is_speech", "parse_person"]

# Opening mark -> marks that may close it. German „…“ is often closed with " or ” in practice.
_CLOSERS: dict[str, str] = {"„": '“”"', "“": '”"“', '"': '"”“', "»": "«", "«": "»", "‚": "‘’"}
_OPEN_BEFORE = " \t([{/–—-:;\n"
_PUNCT_AFTER = " \t.,;:!?)]}–—-\n…"


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quotation in a paragraph: positions of its marks and whether it was closed."""

    start: int  # index of the opening mark
    end: int  # index just past the closing mark (or the paragraph end when unclosed)
    inner_start: int
    inner_end: int
    closed: bool


def _can_open(text: str, index: int) -> bool:
    mark = text[index]
    if mark not in _CLOSERS or mark == "‚":
        return False
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    if after.isspace():
        return False
    # „ and » are unambiguous openers in German; “ and " open only at a word start.
    return mark in "„»" or before in _OPEN_BEFORE or before in "„“\"'"


def _can_close(text: str, index: int, opener: str) -> bool:
    mark = text[index]
    if mark not in _CLOSERS[opener]:
        return False
    before = text[index - 1] if index else " "
    if before.isspace() and mark not in "«»":
        return False
    if mark in '“"' and opener != "„":
        after = text[index + 1] if index + 1 < len(text) else " "
        return after in _PUNCT_AFTER or not after.isalnum()
    return True


_MARKS = re.compile('[„“"»«]')
_CLOSING_MARKS: dict[str, re.Pattern[str]] = {
    opener: re.compile("[" + re.escape(closers) + "]") for opener, closers in _CLOSERS.items()
}


# „ and » never close anything, so another one before the closing mark opens a nested quotation.
_NESTING_MARKS: dict[str, re.Pattern[str]] = {
    opener: re.compile("[" + re.escape(opener + _CLOSERS[opener]) + "]") for opener in "„»"
}


def find_quotes(text: str) -> list[QuoteSpan]:
    """Return the top-level quotations of ``text`` in order (nested quotes are part of their parent).

    Jumps from mark to mark with regex searches, so long texts cost linear time, not a Python
    loop over every character.
    """
    spans: list[QuoteSpan] = []
    length = len(text)
    search_from = 0
    while True:
        mark = _MARKS.search(text, search_from)
        if mark is None:
            break
        index = mark.start()
        if not _can_open(text, index):
            search_from = index + 1
            continue
        opener = text[index]
        closers = _NESTING_MARKS.get(opener, _CLOSING_MARKS[opener])
        probe = index + 1
        closing = -1
        depth = 0
        while True:
            candidate = closers.search(text, probe)
            if candidate is None:
                break
            position = candidate.start()
            if text[position] == opener and _can_open(text, position):
                depth += 1  # „… „Grüne Welle“ …“: a quoted term inside written with the same marks
            elif _can_close(text, position, opener):
                if depth == 0:
                    closing = position
                    break
                depth -= 1
            probe = position + 1
        if closing < 0:
            spans.append(QuoteSpan(index, length, index + 1, length, False))
            break
        spans.append(QuoteSpan(index, closing + 1, index + 1, closing, True))
        search_from = closing + 1
    return spans


_WORDS = re.compile(r"\w+")


def is_speech(inner: str) -> bool:
    """True if quoted text reads as speech or a cited sentence rather than a quoted term or title."""
    words = len(_WORDS.findall(inner))
    return words >= 6 and (bool(re.search(r"[.!?…]", inner)) or words >= 12)


# ------------------------------------------------------------------------------ speakers

_NAME_PREFIX = r"(?:(?:Dr|Prof|Dipl\.-Ing|Mag|Mr|Mrs|Ms|Hon)\.\s)*"
_NAME_WORD = r"[A-ZÄÖÜ][a-zäöüßéèáàóòíìúùñç'’]+(?:-[A-ZÄÖÜ][a-zäöüßéèáàóòíìúùñç'’]+)?"
_INITIAL = r"[A-Z]\."
_PARTICLE = r"(?:von|van|de|der|den|zu|vom|di|da|del|le|la|ter)"
_PERSON = re.compile(
    _NAME_PREFIX
    + _NAME_WORD
    + r"(?:\s(?:"
    + _INITIAL
    + r"|"
    + _NAME_WORD
    + r"|"
    + _PARTICLE
    + r"(?=\s[A-ZÄÖÜ])))"
    + r"{1,3}"
)
_TITLE_WORDS = frozenset(
    [
        "senator",
        "senatorin",
        "sen",
        "rep",
        "representative",
        "congressman",
        "congresswoman",
        "governor",
        "gouverneur",
        "mayor",
        "president",
        "präsident",
        "präsidentin",
        "minister",
        "ministerin",
        "bürgermeister",
        "bürgermeisterin",
        "oberbürgermeister",
        "oberbürgermeisterin",
        "landrat",
        "landrätin",
        "chairman",
        "chairwoman",
        "chair",
        "ceo",
        "cfo",
        "coo",
        "cto",
        "director",
        "direktor",
        "direktorin",
        "stadtrat",
        "stadträtin",
        "bezirksbürgermeister",
        "bezirksbürgermeisterin",
        "sprecher",
        "sprecherin",
        "professor",
        "professorin",
        "staatssekretär",
        "staatssekretärin",
        "polizeipräsident",
        "polizeipräsidentin",
        "kultursenator",
        "kultursenatorin",
        "sozialsenatorin",
        "sozialsenator",
        "justizsenator",
        "justizsenatorin",
    ]
)
# Words that start a sentence or a noun phrase but never a name.
_NOT_NAME = frozenset(
    [
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einer",
        "the",
        "a",
        "an",
        "this",
        "these",
        "our",
        "his",
        "her",
        "their",
        "in",
        "im",
        "am",
        "an",
        "auf",
        "mit",
        "für",
        "bei",
        "nach",
        "von",
        "zu",
        "zum",
        "zur",
        "und",
        "oder",
        "wir",
        "ich",
        "sie",
        "er",
        "es",
        "we",
        "they",
        "he",
        "she",
        "it",
        "today",
        "heute",
        "gestern",
        "stadt",
        "land",
        "polizei",
        "senat",
        "bezirksamt",
        "jury",
    ]
)
_ARTICLE = re.compile(r"\b(?:der|die|das|des|dem|den|the|unser(?:e|er)?|our)\s+", re.IGNORECASE)
_CONNECTORS = frozenset(
    [
        "of",
        "and",
        "at",
        "for",
        "the",
        "der",
        "des",
        "die",
        "für",
        "und",
        "von",
        "am",
        "im",
        "in",
        "bei",
        "an",
        "zur",
        "zum",
        "&",
        "of,",
        "de",
        "du",
        "la",
        "le",
    ]
)


_ROLE_SUFFIX = re.compile(
    r"(?i).{4,}(?:ent|entin|meister|meisterin|ektor|ektorin|rat|rätin|sprecher|sprecherin|leiter|leiterin|"
    r"minister|ministerin|senator|senatorin|direktor|direktorin|chef|chefin|beauftragte|beauftragter|"
    r"vorsitzende|vorsitzender|präsident|präsidentin|manager|managerin|officer|director|"
    # Kämmerin, Kämmerer, Staatssekretär(in): German role nouns that the endings above miss.
    r"erin|erer|är|ärin)$"
)


def _is_person(text: str) -> bool:
    match = _PERSON.fullmatch(text.strip())
    if not match:
        return False
    words = text.replace(".", ". ").split()
    first = words[0].lower().rstrip(".")
    if len(words) >= 3 and _ROLE_SUFFIX.fullmatch(words[0]):
        return False  # "Verkehrsdezernent Max Muster": a role before the name
    return first not in _NOT_NAME and first not in _TITLE_WORDS


def _trim_role(role: str) -> str | None:
    """Cut a role phrase before the verb that follows it ("CRVA’s President commented that")."""
    words = role.split()
    kept: list[str] = []
    for index, word in enumerate(words):
        bare = word.strip(",;")
        starts_verb = index and bare[:1].islower() and bare.lower() not in _CONNECTORS
        # German roles may hold lowercase adjectives ("stellvertretender Pressesprecher"),
        # but a lowercase word after the first one is usually the start of the verb phrase.
        adjective = (
            index + 1 < len(words)
            and words[index + 1][:1].isupper()
            and bare.endswith(("er", "e", "en", "es"))
        )
        if starts_verb and not kept[-1].endswith("-") and not adjective:
            break
        kept.append(word)
    text = " ".join(kept).strip(" ,;:")
    return text or None


def parse_person(phrase: str, *, trailing_role: bool = False) -> tuple[str, str | None] | None:
    """Split a phrase such as ``Oberbürgermeister Ullrich Sierau`` into (speaker, role).

    ``trailing_role`` (for "…," said Name, head of X.) takes everything after the name as the role,
    even when it starts lowercase as English roles often do.
    """
    phrase = phrase.strip().strip(",:;.").strip()
    if not phrase or len(phrase) > 250:
        return None
    parts = [part.strip() for part in phrase.split(",")]
    # "Name, Role, ..." or "..., Name" / "..., Name, verb ..."
    for index, part in enumerate(parts):
        if _is_person(part):
            after = [p for p in parts[index + 1 :]]
            role_parts: list[str] = []
            for extra in after:
                if not trailing_role and (
                    not extra or (extra[:1].islower() and extra.split()[0].lower() not in _CONNECTORS)
                ):
                    break
                role_parts.append(extra)
            if trailing_role:
                role = ", ".join(role_parts).strip(" .,;") or None
            else:
                role = _trim_role(", ".join(role_parts)) if role_parts else None
            if role is None and index:
                prefix = ", ".join(parts[:index])
                # The role starts at the last article that is not a genitive attribute
                # ("Die Leiterin des Zentrums": "des" follows a noun, so the role starts at "Die").
                articles = [
                    a
                    for a in _ARTICLE.finditer(prefix)
                    if not re.search(r"[A-ZÄÖÜ][\wäöüß]+\s+$", prefix[: a.start()])
                ]
                candidate = prefix[articles[-1].end() :] if articles else prefix
                if candidate[:1].isupper() and len(candidate.split()) <= 12:
                    role = candidate
            return part, role
    # "Role Firstname Lastname verb..." : a capitalised run followed by lowercase words.
    tokens = parts[-1].split()
    run: list[str] = []
    for token in tokens:
        if token[:1].isupper() or re.fullmatch(r"[A-Z]\.|U\.S\.", token):
            run.append(token)
            continue
        if run:
            break
    while run and run[0].lower().rstrip(".") in _NOT_NAME:
        run.pop(0)
    if len(run) < 2:
        return None
    name = [run[-1]]
    index = len(run) - 2
    while index >= 0 and re.fullmatch(r"[A-Z]\.", run[index]):
        name.insert(0, run[index])
        index -= 1
    if index >= 0 and run[index].lower().rstrip(".") not in _TITLE_WORDS:
        name.insert(0, run[index])
        index -= 1
    while index >= 0 and run[index] in ("Dr.", "Prof."):
        name.insert(0, run[index])
        index -= 1
    speaker = " ".join(name)
    if not re.fullmatch(r"[A-ZÄÖÜ][\w'’.-]*(?: [\w'’.-]+)*", speaker) or speaker.lower() in _NOT_NAME:
        return None
    role = " ".join(run[: index + 1]) or None
    return speaker, role


def attribution_before(text: str) -> tuple[str, str | None] | None:
    """Find the speaker in the clause that introduces a quote (``Sierau freut sich:``)."""
    clause = text.rstrip()
    if clause.endswith(("that", "dass")):
        # "… said that" / "… sagte, dass": the conjunction ends the clause like a colon would.
        # (String operations, not a regex with a trailing "$": that would rescan every space.)
        without = clause[:-4].rstrip()
        if len(without) < len(clause) - 4:
            clause = without + ","
    if not clause.endswith((":", ",")):
        return None
    starts = sentence_starts(clause)
    clause = clause[starts[-1] :] if starts else clause
    # Verb phrases after a name that are not part of the person.
    return parse_person(clause.rstrip(":, "))


_AFTER = re.compile(
    r"^\s*[,.]?\s*(?:so|sagt|sagte|erklärt|erklärte|betont|betonte|ergänzt|ergänzte|meint|meinte|"
    r"said|says|added|adds|explained|noted|stated|commented|continued)\s+"
    r"(?P<who>(?:(?:Dr|Prof|Mr|Mrs|Ms|Jr|Sr|Sen|Rep|St|[A-Z])\.|[^.!?„“”\"»«]){3,200}?)"
    r"(?:[.!?](?:\s|$)|$|(?=[„“\"»]))",
    re.IGNORECASE,
)
_AFTER_NAME_FIRST = re.compile(
    r"^\s*,?\s*(?P<who>[A-ZÄÖÜ][^.!?„“”\"»«]{2,150}?)\s+(?:said|says|added|explained|noted|sagt|sagte|"
    r"erklärt|erklärte|betont|betonte)\b",
)


def attribution_after(text: str) -> tuple[str, str | None] | None:
    """Find the speaker named after a quote (``…“, so Oberbürgermeister Ullrich Sierau.``)."""
    match = _AFTER.match(text) or _AFTER_NAME_FIRST.match(text)
    if not match:
        return None
    return parse_person(match.group("who"), trailing_role=True)
