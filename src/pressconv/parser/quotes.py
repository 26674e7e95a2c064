"""Find quotations („…“, "…", »…«, “…”) in a paragraph and who speaks them.

Quoted terms and names („Digitalste Stadt“) stay plain text with their marks; only quoted speech
(a quotation with a speaker, or a full sentence in quotation marks) becomes a Quotation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pressconv.parser._lazy import lazy_compile
from pressconv.parser.limits import (
    ATTRIBUTION_BARE_WORDS_MAX,
    PERSON_PHRASE_MAX,
    QUOTE_RESUME_WINDOW,
    QUOTED_CLAUSE_WORDS_MIN,
    ROLE_PHRASE_WORDS_MAX,
    SCAN_LIMIT,
    SENTENCE_WINDOW,
    SPEAKER_PHRASE_MAX,
    SPEECH_CLAUSE_WORDS_MIN,
    SPEECH_WORDS_MIN,
)
from pressconv.parser.sentences import sentence_starts

__all__ = [
    "KNOWN_WINDOW",
    "QuoteSpan",
    "Speaker",
    "attribution_after",
    "attribution_before",
    "clean_speaker",
    "find_person",
    "find_quotes",
    "is_speech",
    "parse_person",
    "persons_in",
    "pronoun_attribution",
]

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
        # Scrapers that put every inline element on its own line leave a mark standing alone
        # (' “ In each …'): a detached mark before a capitalised word still opens.
        rest = text[index + 1 : index + 3].lstrip()
        return (before.isspace() or not index) and rest[:1].isupper()
    # „ and » are unambiguous openers in German; “ and " open only at a word start.
    if mark in "„»" or before in _OPEN_BEFORE or before in "„“\"'":
        return True
    # A quotation glued to the sentence before by a scraper ('…Peter Robb."The caucus…').
    return before in ".!?" and after.isupper()


def _can_close(text: str, index: int, opener: str) -> bool:
    mark = text[index]
    if mark not in _CLOSERS[opener]:
        return False
    before = text[index - 1] if index else " "
    if before.isspace() and mark not in "«»":
        # A detached closing mark (',\n”' split onto its own line by a scraper) closes when
        # nothing word-like follows it directly.
        after = text[index + 1] if index + 1 < len(text) else " "
        return after.isspace() or after in ".,;:!?"
    if mark in '“"' and opener != "„":
        after = text[index + 1] if index + 1 < len(text) else " "
        # After sentence punctuation a mark glued to a lower-case word closes (scraper glue:
        # 'communities,"said Sen. Lee.'); before a capital it reopens ('workers."This …').
        glued = before in ",.!?" and after.islower()
        return after in _PUNCT_AFTER or not after.isalnum() or glued
    return True


_MARKS = lazy_compile('[„“"»«]')
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
            # (Only „ and » nest: a straight or English mark that could open inside a quotation
            # is its reopening after a paragraph break glued by a scraper, 'workers."This …'.)
            if text[position] == opener and opener in "„»" and _can_open(text, position):
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


_WORDS = lazy_compile(r"\w+")
Speaker = tuple[str, str | None]
# People named in a release are looked up among the latest this many (a bound keeps a 1 MB
# paragraph with thousands of quotations linear).
KNOWN_WINDOW = 300


def is_speech(inner: str, after: str = ".") -> bool:
    """True if quoted text reads as speech or a cited sentence rather than a quoted term or title.

    Decided by form, not by words: six words or more that open with a capital, and a sentence
    inside (final punctuation), or a clause the sentence carries on from (a comma inside the
    marks, English style, or twelve words and punctuation after them: „…“, heißt es.). A quoted
    headline standing alone, or words mostly capitalised (a title: “A Future for Every Child,”),
    is a title.
    """
    found = _WORDS.findall(inner)
    words = len(found)
    if words < SPEECH_WORDS_MIN or inner.lstrip()[:1].islower():
        # A quoted fragment worked into the sentence ('a resolution "that urges Congress …"')
        # cites a text; speech opens with a capital.
        return False
    if _SENTENCE_END.search(inner):
        return True
    if _title_like(found):
        return False
    if inner.rstrip()[-1:] in ",;:":
        return True
    return words >= SPEECH_CLAUSE_WORDS_MIN and (after[:1] in ".,;:!?" if after else False)


# A sentence end inside the quotation: final punctuation after a word (not "e. V." or "Mio. €").
_SENTENCE_END = lazy_compile(r"(?:[a-zäöüß]{2}|\d|[)\]])[.!?…]+(?:\s*$|\s*[A-ZÄÖÜ„“\"»])|[!?…]")


def _title_like(found: list[str]) -> bool:
    """Most words capitalised: a title or a name (“A Future for Every Child”), not a sentence."""
    return sum(1 for word in found if word[:1].isupper()) > 0.6 * len(found)


# ------------------------------------------------------------------------------ speakers

_NAME_PREFIX = r"(?:(?:(?:Dr|Prof|Dipl\.-Ing|Mag|Mr|Mrs|Ms|Hon)\.|Frau|Herr)\s)*"
_NAME_WORD = r"[A-ZÄÖÜ][a-zäöüßéèáàóòíìúùñç'’]+(?:-[A-ZÄÖÜ][a-zäöüßéèáàóòíìúùñç'’]+)?"
_INITIAL = r"[A-Z]\."
_PARTICLE = r"(?:von|van|de|der|den|zu|vom|di|da|del|le|la|ter)"
_PERSON = lazy_compile(
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
        # Determiners and quantifiers that open a noun phrase at a sentence start ("Vielen Gästen
        # möchte …"), not a name. ("Allen" is left out: it is also an English given name.)
        "alle",
        "vielen",
        "viele",
        "diesen",
        "dieser",
        "diese",
        "jeden",
        "jedem",
        "jede",
        "beiden",
        "unseren",
        "unserem",
        "unsere",
        "ihren",
        "ihre",
        "seinen",
        "seine",
        "every",
        "each",
        "all",
        "many",
    ]
)
_ARTICLE = lazy_compile(r"\b(?:der|die|das|des|dem|den|the|unser(?:e|er)?|our)\s+", re.IGNORECASE)
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


_ROLE_SUFFIX = lazy_compile(
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


# A declined adjective (weak or strong ending) and the articles before a role phrase.
_ROLE_ADJECTIVE = re.compile(r"[a-zäöüß]{4,}(?:e|er|en|em|es)")
_ARTICLES = frozenset({"der", "die", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer"})


def _trim_role(role: str) -> str | None:
    """Cut a role phrase before the verb that follows it ("CRVA’s President commented that")."""
    words = role.split()
    kept: list[str] = []
    for index, word in enumerate(words):
        bare = word.strip(",;")
        starts_verb = index and bare[:1].islower() and bare.lower() not in _CONNECTORS
        # German roles may hold lowercase adjectives ("stellvertretender Pressesprecher"),
        # but a lowercase word after the first one is usually the start of the verb phrase.
        adjective = index + 1 < len(words) and words[index + 1][:1].isupper() and bare.endswith(("er", "e", "en", "es"))
        if starts_verb and not kept[-1].endswith("-") and not adjective:
            break
        kept.append(word)
    text = " ".join(kept).strip(" ,;:")
    return text or None


# Relative pronouns that open a clause after a name ("…, der seit 2019 im Amt ist", "…, who led it").
_RELATIVE_OPENERS = frozenset(
    ("der", "die", "das", "dem", "den", "deren", "dessen", "welche", "welcher", "welches", "who", "whose", "which")
)


def parse_person(phrase: str, *, trailing_role: bool = False) -> tuple[str, str | None] | None:
    """Split a phrase such as ``Oberbürgermeister Ullrich Sierau`` into (speaker, role).

    ``trailing_role`` (for "…," said Name, head of X.) takes everything after the name as the role,
    even when it starts lowercase as English roles often do.
    """
    phrase = phrase.strip().strip(",:;.").strip()
    if not phrase or len(phrase) > SPEAKER_PHRASE_MAX:
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
                if extra.split()[:1] and extra.split()[0] in _RELATIVE_OPENERS:  # lower case: not "Die Linke"
                    break  # "X, der seit 2019 im Amt ist": a relative clause about X, not a role
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
                    a for a in _ARTICLE.finditer(prefix) if not re.search(r"[A-ZÄÖÜ][\wäöüß]+\s+$", prefix[: a.start()])
                ]
                candidate = prefix[articles[-1].end() :] if articles else prefix
                if candidate[:1].isupper() and len(candidate.split()) <= ROLE_PHRASE_WORDS_MAX:
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
    if role is not None:
        # "der kommissarische Amtstierarzt Dr. X": an adjective between the article and the role noun is
        # part of the role (German noun phrase: article, adjective, noun), and one that says acting,
        # deputy or former changes who the person is (issue 16: roles keep their modifiers).
        at = next((i for i, token in enumerate(tokens) if token == run[0]), None)
        if at is not None and at >= 2 and _ROLE_ADJECTIVE.fullmatch(tokens[at - 1]) and tokens[at - 2].lower() in _ARTICLES:
            role = f"{tokens[at - 1]} {role}"
    return speaker, role


def attribution_before(text: str, known: list[Speaker] | None = None) -> Speaker | None:
    """Find the speaker in the clause that introduces a quote (``Sierau freut sich:``)."""
    # A speaker label set in bold or italics ("**Max Muster:** „…“") keeps its colon inside.
    clause = text.rstrip().rstrip("*_").rstrip()
    if clause.endswith(("that", "dass")):
        # "… said that" / "… sagte, dass": the conjunction ends the clause like a colon would.
        # (String operations, not a regex with a trailing "$": that would rescan every space.)
        without = clause[:-4].rstrip()
        if len(without) < len(clause) - 4:
            clause = without + ","
    announced = False
    if not clause.endswith((":", ",")):
        # "X released the following statement." / "… erklärte Folgendes.": the sentence
        # announces the quotation that follows, like a colon.
        tail = clause[-SENTENCE_WINDOW:].lower()
        if "follow" not in tail and "folgend" not in tail:
            return None  # (cheap test first: most quotations follow no announcement)
        starts = sentence_starts(clause)
        last = clause[starts[-1] :] if starts else clause
        if not _ANNOUNCES.search(last[-SENTENCE_WINDOW:]):
            return None
        announced = True
    starts = sentence_starts(clause)
    clause = clause[starts[-1] :] if starts else clause
    if announced or _ANNOUNCES.search(clause[-SENTENCE_WINDOW:]):
        issuer = _issuer(clause)
        if issuer is not None or announced:
            return issuer
    bare = clause.rstrip(":, ")
    parsed = parse_person(bare)
    # Any wording: the first person named in the clause ("X shared his thoughts:").
    found = find_person(bare, single=len(bare.split()) <= ATTRIBUTION_BARE_WORDS_MAX, known=known)
    if parsed is not None and found is not None and parsed[0].split()[-1] != found[0].split()[-1]:
        return clean_speaker(found)  # the regex reader took a capitalised noun for a name
    return clean_speaker(parsed or found)


# Cataphoric announcements of a statement: a convention of press releases in both languages.
_ANNOUNCES = lazy_compile(r"(?i)\b(?:the following|as follows|folgende[snm]?|wie folgt)\b")


def _issuer(sentence: str) -> Speaker | None:
    """Who issues an announced statement: one person, or the body a group of several speaks for."""
    cut = _ANNOUNCES.search(sentence)
    subject = sentence[: cut.start()] if cut else sentence
    # Scraped text glues words ("CaucusCo-Chairs"); a capital after a lower-case letter starts a word.
    subject = re.sub(r"(?<=[a-zäöüß])(?=[A-ZÄÖÜ][a-zäöüß])", " ", subject)
    people = persons_in(subject)
    if len(people) >= 2:
        # "Caucus Co-Chairs A, B and C released …": the group speaks as its organisation.
        for _start, _end, run in _runs(subject):
            words = [word.rstrip(".,") for word in run]
            org_at = [index for index, word in enumerate(words) if _bare(word) in _ORG_WORDS]
            if org_at:
                return " ".join(words[: org_at[-1] + 1]), None
    if people:
        return clean_speaker(people[0])
    return None


_AFTER = lazy_compile(
    r"^\s*[,.]?\s*(?:so|sagt|sagte|erklärt|erklärte|betont|betonte|ergänzt|ergänzte|meint|meinte|"
    r"said|says|added|adds|explained|noted|stated|commented|continued)\s+"
    r"(?P<who>(?:(?:Dr|Prof|Mr|Mrs|Ms|Jr|Sr|Sen|Rep|St|[A-Z])\.|[^.!?„“”\"»«]){3,200}?)"
    r"(?:[.!?](?:\s|$)|$|(?=[„“\"»]))",
    re.IGNORECASE,
)
_AFTER_NAME_FIRST = lazy_compile(
    r"^\s*,?\s*(?P<who>[A-ZÄÖÜ][^.!?„“”\"»«]{2,150}?)\s+(?:said|says|added|explained|noted|sagt|sagte|"
    r"erklärt|erklärte|betont|betonte)\b",
)


def attribution_after(text: str, known: list[Speaker] | None = None, inner: str = "") -> Speaker | None:
    """Find the speaker named after a quote (``…“, so Oberbürgermeister Ullrich Sierau.``)."""
    match = _AFTER.match(text) or _AFTER_NAME_FIRST.match(text)
    parsed = parse_person(match.group("who"), trailing_role=True) if match else None
    if match is not None and parsed is None:
        # A speech verb and a bare surname ("…“, sagte Lorenz, „…").
        parsed = find_person(match.group("who"), single=True, trailing=True, known=known, anchored=True)
    if parsed is not None and parsed[1]:
        # "…, sagt X, Role, und ergänzt:": the role ends before a conjunction that goes on.
        parsed = parsed[0], re.split(r",\s+(?:und|and|sowie|who|which|der|die)\b", parsed[1])[0] or None
    who = match.group("who").lstrip() if match else ""
    if parsed is not None and parsed[0] and who.startswith(parsed[0].split()[0]):
        return clean_speaker(parsed)  # the name opens the clause: nothing to weigh it against
    found = _attribution_clause(text, inner, known)
    if parsed is not None and found is not None and parsed[0].split()[-1] != found[0].split()[-1]:
        return clean_speaker(found)  # the regex reader took an organisation for the name
    return clean_speaker(parsed or found)


# Words that open a relative or prepositional clause, not an attribution ("…“, die seit …").
_NOT_ATTRIBUTION = frozenset(["which", "who", "that", "welche", "welcher", "wie", "als", "wenn", "weil", "und", "and"])


def _attribution_clause(text: str, inner: str, known: list[Speaker] | None) -> Speaker | None:
    """The inverted or name-first clause after a quotation, whatever its verb.

    Convention in both languages: a quotation ending in a comma (or ?/!) is followed by
    "verb Name[, role][ particle]." („…“, bemängelt X. / „…“, führt X aus. / "…," wrote X.)
    or "Name verb." ("…," Dewey continued.).
    """
    body = text[:SENTENCE_WINDOW]
    stripped = body.lstrip()
    # „…“, verb X / „…“ – so X (a dash instead of the comma) / "…," verb X
    if not (stripped.startswith((",", "–", "—", "- ")) or inner.rstrip().endswith((",", "?", "!"))):
        return None
    found = _WORDS.findall(inner)
    resumes = _MARKS.search(body[:QUOTE_RESUME_WINDOW]) is not None  # „A“, sagte X, „B“: the quote goes on
    if inner and (
        len(found) < (1 if resumes else QUOTED_CLAUSE_WORDS_MIN) or inner.lstrip()[:1].islower() or _title_like(found)
    ):
        # „Feuer aus“, meldete X / a report titled “…,” was released Monday: without a known
        # speech verb only a quoted clause of some length is speech, not a call or a title.
        return None
    mark = _MARKS.search(body)
    if mark is not None:
        body = body[: mark.start()]
    starts = sentence_starts(body)
    clause = body[: starts[0]] if starts else body
    clause = clause.strip().lstrip(",–—-").strip()
    tokens = clause.split()
    lead = 0
    article = False
    while lead < len(tokens) and lead < 3 and tokens[lead][:1].islower():
        word = _bare(tokens[lead])
        if word in _NOT_ATTRIBUTION:
            return None
        article = article or word in _NOT_NAME
        lead += 1
    if article:
        # '"…," the mayor, Ana Ruiz, said.': after a role with an article only a full name
        # in a short clause counts (not "…“, die seit 2010 läuft …" or "…“, heißt es in der …").
        # Only "verb? article Role/Organisation …" reads so: any other function word
        # ("heißt es in der Mitteilung") opens a phrase that names no speaker.
        function_words = [_bare(token) for token in tokens[:lead] if _bare(token) in _NOT_NAME]
        if len(tokens) > 12 or len(function_words) != 1 or function_words[0] not in _ARTICLES:
            return None
        return find_person(clause, trailing=True, known=known)
    rest = " ".join(tokens[lead:])
    if lead == 0 and len(tokens) > 12:
        return None  # a name-first attribution is short ("Jane Doe, CEO of X, said.")
    return find_person(rest, single=True, trailing=True, known=known, anchored=True)


# ------------------------------------------------------------------ token-based person finder
# The regexes above read the common "Name, Role, verb" and "Role Name verb" shapes. The finder
# below reads any clause word by word: runs of capitalised words are candidate names, the words
# at the end of a run are the name, the words before it the role. It needs no list of verbs.

# Forms of address and academic titles: never part of the name (GOLD: "so Dr. X" -> X).
_HONORIFICS = frozenset(
    ["dr", "prof", "frau", "herr", "mr", "mrs", "ms", "miss", "sir", "dame", "hon", "mag", "dipl.-ing", "ing"]
)
# Abbreviated political titles ("Sen. Lee", "Rep. Pocan") that form the role.
_SHORT_TITLES = frozenset(["sen", "rep", "gov", "gen", "lt", "col", "st"])
# Legal-form and body words: a run holding one names an organisation, not a person.
_ORG_WORDS = frozenset(
    [
        "inc",
        "corp",
        "corporation",
        "ltd",
        "llc",
        "plc",
        "gmbh",
        "ag",
        "kg",
        "se",
        "co",
        "company",
        "group",
        "association",
        "university",
        "universität",
        "institute",
        "institut",
        "caucus",
        "committee",
        "council",
        "foundation",
        "stiftung",
        "verein",
        "verband",
        "bündnis",
        "partei",
        "department",
        "ministerium",
        "amt",
        "polizei",
        "coalition",
        "network",
        "services",
        "bank",
        "agency",
        "commission",
        "kommission",
        "senat",
        "regierung",
        "government",
        "stadt",
        "city",
        "fund",
        "trust",
        "alliance",
        "society",
        "federation",
        "union",
        "board",
        "office",
        "center",
        "centre",
        "college",
        "hospital",
        "club",
        "league",
        "partners",
        "holdings",
        "ventures",
        "bureau",
        "authority",
        "ministry",
        "parliament",
        "staatsanwaltschaft",
        "bezirksamt",
    ]
)
# German compound nouns that name a body ("Landesverband", "Naturschutzbund", "Bezirksamt").
_ORG_ENDING = lazy_compile(
    r"(?i).{2,}(?:verband|bund|amt|werk|werke|verein|stiftung|partei|ministerium|behörde|hilfe|kammer|"
    r"gericht|polizei|feuerwehr|zentrum|institut|akademie|universität|hochschule|klinik|kirche|gemeinde|schaft)$"
)
_RELATIVES = frozenset(["who", "which", "that", "whose", "welche", "welcher", "dessen", "deren"])
_ARTICLES = frozenset(["der", "die", "das", "den", "dem", "des", "the"])
# German common-noun endings: a capitalised word with one of them is a noun, not a name.
_NOUN_ENDING = lazy_compile(r"(?i).{3,}(?:ung|heit|keit|schaft|tion|ität|ismus|ierung|ungen)$")
_PARTICLES = frozenset(["von", "van", "de", "zu", "vom", "da", "di", "del", "le", "la", "ter", "du", "dos", "bin"])
_PARTICLE_FOLLOW = frozenset(["der", "den", "dem", "la", "de"])
_TITLE_NAMES = {"sen": "Senator", "rep": "Representative", "gov": "Governor"}
_RUN_LINKS = frozenset(["der", "des", "für", "bei", "of", "for", "at", "&", "und", "and"])
# Adverbs and conjunctions that open a sentence before a role and name (capitalised there).
_SENTENCE_OPENERS = frozenset(
    ["wie", "dazu", "hierzu", "auch", "so", "nun", "laut", "für", "zudem", "außerdem", "as", "also", "meanwhile"]
)
_PRONOUNS = frozenset(["he", "she", "er", "sie"])
_NAME_TOKEN = lazy_compile(r"[A-ZÄÖÜÅÉÓŁŠŽ][\w'’-]*")
_INITIAL_TOKEN = lazy_compile(r"[A-Z]\.(?:[A-Z]\.)?")
_TOKENS = lazy_compile(r"[^\s,;:()\[\]]+|[,;:()\[\]]")


def _bare(token: str) -> str:
    return token.strip(".,;:!?\"'“”„»«()").lower()


def _name_word(token: str) -> bool:
    word = token.rstrip(".")
    if not _NAME_TOKEN.fullmatch(word) or not any(c.islower() for c in word):
        return False  # all capitals (IÖW, CEO): an acronym or a title
    if word[1:2].isupper() or any(c.isdigit() for c in word):
        return False  # acronyms with lower case (FIfF) name organisations; O’Connor-Smith is a name
    return _bare(word) not in _NOT_NAME and not _NOUN_ENDING.fullmatch(word)


def _role_word(token: str) -> bool:
    bare = _bare(token)
    plural = bare.endswith("s") and bare[:-1] in _TITLE_WORDS  # "Senators A and B"
    return bare in _TITLE_WORDS or plural or bare in _SHORT_TITLES or bool(_ROLE_SUFFIX.fullmatch(token.rstrip(".")))


def _runs(phrase: str) -> list[tuple[int, int, list[str]]]:
    """Runs of capitalised words, initials and name particles: (first token, end token, tokens)."""
    # Dashes glued to a word by a wire dateline ("--(BUSINESS WIRE)--Acme President …") go.
    tokens = [token.strip("*_").lstrip("-–—") or token for token in _TOKENS.findall(phrase)]
    runs: list[tuple[int, int, list[str]]] = []
    current: list[str] = []
    start = 0
    for index, token in enumerate(tokens):
        nxt = tokens[index + 1] if index + 1 < len(tokens) else ""
        part_of_name = (
            _NAME_TOKEN.fullmatch(token.rstrip(".")) is not None
            or _INITIAL_TOKEN.fullmatch(token) is not None
            or (
                current
                and (token in _PARTICLES or (token in _PARTICLE_FOLLOW and current[-1] in _PARTICLES))
                and (_NAME_TOKEN.fullmatch(nxt.rstrip(".")) is not None or nxt in _PARTICLE_FOLLOW)
            )
        )
        # Genitive and prepositional links inside a role ("Leiter des Amtes Max Muster",
        # "Director of Sales Jane Doe") keep role and name in one run.
        linking = (
            bool(current)
            and token in _RUN_LINKS
            and not current[-1].endswith((".", ","))
            and _NAME_TOKEN.fullmatch(nxt.rstrip(".")) is not None
        )
        if part_of_name or linking:
            if not current:
                start = index
            current.append(token)
            # A full stop ends the run unless it marks an abbreviation or initial ("Dr.", "J.").
            if token.endswith(".") and not (_INITIAL_TOKEN.fullmatch(token) or _bare(token) in _HONORIFICS | _SHORT_TITLES):
                runs.append((start, index + 1, current))
                current = []
            continue
        if current:
            runs.append((start, index, current))
            current = []
    if current:
        runs.append((start, len(tokens), current))
    return runs


def _organisation(words: list[str]) -> str | None:
    """The whole run when it names an organisation ("the Ocean Defense Fund", "Der Landesverband
    Berlin"): an organisation word and no role word after it ("Acme Corp President Jane Doe" is a
    person). A speaker is never a fragment of an organisation's name."""
    body = list(words)
    while body and (_bare(body[0]) in _SENTENCE_OPENERS or _bare(body[0]) in _ARTICLES):
        body.pop(0)
    orgs = [index for index, word in enumerate(body) if _org_word(word)]
    if not orgs or len(body) < 2:
        return None
    if any(_role_word(word) for word in body):
        return None  # "Sprecher der Stadt", "Acme Corp President Jane Doe": a person's role
    after = body[orgs[-1] + 1 :]
    if len(after) >= 2 and not any(word in _RUN_LINKS or word in ("on", "in") for word in after):
        return None  # "Council Member Rita Gomez": a name follows the organisation word
    return " ".join(body)


def _org_word(word: str) -> bool:
    return _bare(word) in _ORG_WORDS or _ORG_ENDING.fullmatch(word.rstrip(".")) is not None


def _split_run(run: list[str], *, single: bool, known: list[Speaker], organisations: bool = True) -> Speaker | None:
    """Split a run into (name, role): the last words that read as a name, the rest as the role."""
    words = [token.rstrip(".") if not _INITIAL_TOKEN.fullmatch(token) else token for token in run]
    if organisations:
        organisation = _organisation(words)
        if organisation is not None:
            return organisation, None
    article = False
    while words and _bare(words[0]) in _NOT_NAME:
        words.pop(0)
        article = True  # "Ein Vater berichtet": after an article a lone word is a noun
    single = single and not article
    if not words or not _name_word(words[-1]) or _role_word(words[-1]) or _bare(words[-1]) in _HONORIFICS:
        return None
    if any(_bare(word) in _ORG_WORDS for word in words[-2:]):
        return None
    name = [words[-1]]
    index = len(words) - 2
    while index >= 0 and (words[index] in _PARTICLES or words[index] in _PARTICLE_FOLLOW):
        name.insert(0, words[index])
        index -= 1
    given = 0
    while index >= 0:
        word = words[index]
        if _INITIAL_TOKEN.fullmatch(word):
            name.insert(0, word)
        elif (
            _name_word(word)
            and not _role_word(word)
            and _bare(word) not in _HONORIFICS
            # A second given name only at the start of the run and short, as given names are
            # ("Mary Ann Smith"); a long capitalised word there is a German role noun
            # ("Cheftrainer Max Muster").
            and (given == 0 or (index == 0 and len(word) <= 8))
            and given < 2
        ):
            name.insert(0, word)
            given += 1
        else:
            break
        index -= 1
    prefix = [word for word in words[: index + 1]]
    full = " ".join(name)
    if len(prefix) >= 3 and prefix[-1] in ("and", "und", "&") and given:
        # "Senators Ann Lee and Bob Ortiz said": a joint statement of two people.
        other = _split_run(prefix[:-1], single=False, known=[])
        if other is not None:
            return f"{other[0]} {prefix[-1]} {full}", other[1]
    role_words = [word for word in prefix if _bare(word) not in _HONORIFICS]
    while role_words and _bare(role_words[0]) in _SENTENCE_OPENERS:
        role_words.pop(0)  # "Dazu Staatssekretärin X": the adverb opens the sentence, not the role
    role = " ".join(role_words) or None
    if given == 0:
        for speaker in reversed(known[-KNOWN_WINDOW:]):
            if speaker[0].split()[-1] == full:
                return speaker[0], role or speaker[1]  # "Dewey continued": the Deborah Dewey met before
        titled = bool(prefix) and (_role_word(prefix[-1]) or _bare(prefix[-1]) in _HONORIFICS)
        if not (single or titled):
            return None
    if role and _bare(role) in _SHORT_TITLES:
        role = _TITLE_NAMES.get(_bare(role), role)
    return full, role


def find_person(
    phrase: str,
    *,
    single: bool = False,
    trailing: bool = False,
    known: list[Speaker] | None = None,
    anchored: bool = False,
) -> Speaker | None:
    """The first person named in ``phrase`` with the role written around the name, if any.

    ``single`` accepts a bare surname at the start of the phrase ("Dewey continued"), as
    attribution clauses use them. A role may follow the name as an apposition ("Name, Role,
    verb"); it ends at the next comma, or (``trailing``, after a quote) at the sentence end.
    """
    if len(phrase) > PERSON_PHRASE_MAX:
        return None
    tokens = _TOKENS.findall(phrase)
    runs = _runs(phrase)
    if single and not anchored and any(_split_run(run, single=False, known=known or []) for _, _, run in runs):
        single = False  # "Dazu erklärt Katrin Vogel": a full name beats a lone capitalised word
    for start, end, run in runs:
        if anchored and start > 0:
            return None  # the name must open the phrase
        found = _split_run(run, single=single and start == 0, known=known or [])
        if found is None:
            if anchored:
                return None
            continue
        name, role = found
        if (
            role is not None
            and start >= 2
            and _ROLE_ADJECTIVE.fullmatch(tokens[start - 1])
            and tokens[start - 2].lower() in _ARTICLES
        ):
            # "erklärte der kommissarische Amtstierarzt X": the adjective between the article and the
            # role noun belongs to the role (parse_person does the same for a role before the name).
            role = f"{tokens[start - 1]} {role}"
        if role is None and end < len(tokens) and tokens[end] == ",":
            # "Name, Role, verb" / "said Name, role of X." : the apposition after the comma.
            rest: list[str] = []
            for token in tokens[end + 1 :]:
                if token in ",;":
                    break
                rest.append(token)
            apposition = " ".join(rest).replace(" )", ")").replace("( ", "(").strip(" .")
            if apposition and not trailing:
                apposition = _trim_role(apposition) or ""
            # A lone lower-case word is a separable verb particle ("…, stellt X, Role, fest").
            if apposition and not (len(rest) == 1 and rest[0].islower()):
                role = apposition
        return name, role
    return None


def persons_in(text: str) -> list[Speaker]:
    """Everyone named with first and last name in ``text`` (for resolving a later bare surname)."""
    found: list[Speaker] = []
    for _start, _end, run in _runs(text[:SCAN_LIMIT]):
        person = _split_run(run, single=False, known=[], organisations=False)
        if person is not None and " " in person[0]:
            found.append(person)
    return found


def clean_speaker(speaker: Speaker | None) -> Speaker | None:
    """Titles and forms of address are not part of the name ("Dr. X", "Frau X", "Sen. X")."""
    if speaker is None:
        return None
    name, role = speaker
    if role and "," not in role and role[:1].isupper() and all(word[:1].isupper() for word in role.split()):
        # A regex reader split "the Ocean Defense Fund" into role "Ocean" and name "Defense Fund".
        organisation = _organisation([*role.split(), *name.split()])
        if organisation is not None:
            return organisation, None
    if len(name.split()) >= 3:
        # The regex readers keep a role noun before the name ("Cheftrainer Max Muster").
        split = _split_run(name.split(), single=False, known=[])
        if split is not None and split[0] != name and name.endswith(split[0]):
            name = split[0]
            role = role or split[1]
    if role is not None and _bare(role.split()[0] if role.split() else "") in _RELATIVES:
        role = None  # "said Berg, who joined in 2019": a relative clause, not a role
    if role is not None:
        role_words = role.split()
        while role_words and _bare(role_words[0]) in _SENTENCE_OPENERS:
            role_words.pop(0)
        role = " ".join(role_words) or None
    if role is not None and _bare(role) in _SHORT_TITLES:
        role = _TITLE_NAMES.get(_bare(role), role)
    words = name.split()
    while len(words) > 1 and (_bare(words[0]) in _HONORIFICS or _bare(words[0]) in _SHORT_TITLES):
        dropped = words.pop(0)
        if role is None and _bare(dropped) in _SHORT_TITLES:
            role = _TITLE_NAMES.get(_bare(dropped))
    return " ".join(words), role


def pronoun_attribution(text: str) -> bool:
    """True for '…,” she said.' / '„…“, sagte er.': the speaker is the one quoted just before."""
    clause = text[:60].lstrip(" ,").split(".")[0].split()
    return 2 <= len(clause) <= 4 and any(word.lower().strip(",") in _PRONOUNS for word in clause[:3])
