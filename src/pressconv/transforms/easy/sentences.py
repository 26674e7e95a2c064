"""Sentence rules: split text into sentences, and simplify a source sentence into short easy ones.

Simplifying is deliberately conservative (research notes §4): split at semicolons and coordinating
conjunctions, drop subordinate and relative clauses, remove filler words, rewrite a few genitives and
abbreviations, and then reject every candidate that is still long, incomplete or breaks a rule.
Nothing is paraphrased, so nothing is invented.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Final

from pressconv.transforms.easy.dates import normalise_dates
from pressconv.transforms.easy.grammar import IRREGULAR_FINITE_DE
from pressconv.transforms.easy.readability import findings, words

__all__ = [
    "HARD_LIMIT",
    "TARGET",
    "Piece",
    "is_acceptable",
    "looks_complete",
    "simplify",
    "split_sentences",
    "word_count",
]

TARGET: Final = 8
HARD_LIMIT: Final = 12
# Extracted sentences must be a little shorter than the hard limit: templates fill the rest.
EXTRACT_LIMIT: Final = 10

_ABBREVIATIONS: Final = (
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
)
_MONTH_AFTER_ORDINAL: Final = re.compile(
    r"(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|"
    r"Jahrhundert|Mal|Platz|Stock|Lebensjahr)\b"
)


# A sentence end: a run of end marks (matched only from its first mark, and never given back, so a
# run of 100 000 dots is one linear step, not a quadratic backtrack), an optional closing quote,
# then a space and the start of the next sentence.
_SENTENCE_END: Final = re.compile(r"(?<![.!?…])[.!?…]++[“”\"»«’']?(?=\s+[„“\"»(]?[A-ZÄÖÜ0-9])")
# What the ordinal and abbreviation tests need to see of the text after a sentence end.
_LOOKAHEAD: Final = 48


def split_sentences(text: str, language: str) -> list[str]:
    """Split running text into sentences, not at abbreviations, ordinals ("19. September") or initials.

    Linear in the length of the text: every candidate end looks only at the token before it and
    a few characters after it, never at everything since the last sentence end ("z. B. " x 20 000
    is one sentence of 120 kB, and re-reading it at each "z." took minutes).
    """
    text = re.sub(r"\s+", " ", text).strip()
    if not text:
        return []
    german = language.lower().startswith("de")
    result: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        # After the whitespace normalisation a token ends at the previous single space.
        token = text[max(start, text.rfind(" ", start, match.start()) + 1) : match.start()]
        following = text[end : end + _LOOKAHEAD].lstrip()
        if match.group(0).startswith(".") and token:
            bare = token.strip('(„“"')
            if bare in _ABBREVIATIONS or (len(bare) == 1 and bare.isalpha()):
                continue
            if re.fullmatch(r"\d{1,2}", bare) and (
                german and (_MONTH_AFTER_ORDINAL.match(following) or re.match(r"\d", following))
            ):
                continue
            if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]?", bare):  # z.B, U.S, e.V
                continue
        result.append(text[start:end].strip())
        start = end
    tail = text[start:].strip()
    if tail:
        result.append(tail)
    return [s for s in result if s]


def word_count(sentence: str) -> int:
    """Return the number of words in a sentence (compounds with · or - are one word)."""
    return len(words(sentence))


# Filler words and phrases that carry no fact (German and English), removed before judging.
_FILLERS_DE: Final = (
    r"unter anderem",
    r"in diesem Kontext",
    r"in diesem Zusammenhang",
    r"bereits heute",
    r"bereits",
    r"mittlerweile",
    r"hoffentlich",
    r"eben",
    r"dabei",
    r"damit",
    r"daher",
    r"somit",
    r"jedoch",
    r"zudem",
    r"außerdem",
    r"nun",
    r"derzeit",
    r"eigens",
    r"insgesamt",
    r"jeweils",
    r"zunächst",
    r"schließlich",
    r"umgehend",
    r"augenscheinlich",
    r"nach derzeitigem Ermittlungsstand",
    r"nach den bisherigen Ermittlungen",
    r"ab sofort",
    r"auch",
    r"hier",
    r"sehr",
    r"deshalb",
    r"zugleich",
    r"weiterhin",
    r"erneut",
    r"entsprechend",
    r"erfolgreich",
    r"konsequent",
)
_FILLERS_EN: Final = (
    r"in addition",
    r"furthermore",
    r"moreover",
    r"also",
    r"currently",
    r"additionally",
    r"however",
    r"therefore",
    r"indeed",
    r"truly",
    r"very",
    r"really",
    r"officially",
)
_REWRITES_DE: Final = (
    (r"\bbzw\.", "oder"),
    (r"\bsowie\b", "und"),
    (r"\bz\.\s?B\.", "zum Beispiel"),
    (r"\bca\.", "etwa"),
    (r"\bim Rahmen (?:einer|eines)\b", "bei"),
    (r"\bim Rahmen der\b", "bei der"),
    (r"(\d)\s?%", r"\1 Prozent"),
    (r"\bvernetzt\b", "zusammen"),
)
_REWRITES_EN: Final = (
    (r"\be\.g\.", "for example"),
    (r"\bi\.e\.", "that is"),
    (r"(\d)\s?%", r"\1 percent"),
    (r"\bapprox\.", "about"),
)
# Coordinating conjunctions after a comma start a new main clause we can split off.
_SPLIT_DE: Final = re.compile(r";|\s+–\s+|,\s*(?=(?:und|aber|sondern|denn|doch|oder)\s)")
_SPLIT_EN: Final = re.compile(r";|\s+–\s+|,\s*(?=(?:and|but|so|or|yet)\s)")
# A subordinate or relative clause starts at a comma followed by one of these; we drop it.
_SUBCLAUSE_DE: Final = re.compile(
    r",\s*(?:dass|weil|wenn|ob|obwohl|damit|nachdem|während|bevor|sodass|indem|falls|als|wo|was|wie|"
    r"der|die|das|dem|den|denen|deren|dessen|welche[rsmn]?|um|etwa|zu|wobei|womit|wodurch|"
    r"(?:an|in|auf|mit|bei|für|von|zu|aus)\s+(?:der|dem|den|denen|deren|welche[rsmn]?))\b.*?(?=,|$)"
)
_SUBCLAUSE_EN: Final = re.compile(
    r",\s*(?:which|who|whom|whose|that|because|although|while|when|if|where|as|since|including|"
    r"with|to)\b.*?(?=,|$)"
)
# German finite verbs that occur in press sentences but are not caught by the "-t" heuristic.
_FINITE_DE: Final = IRREGULAR_FINITE_DE | frozenset(
    (
        "arbeiten",
        "beginnen",
        "bekommen",
        "besuchen",
        "bieten",
        "bleiben",
        "brauchen",
        "darf",
        "dürfen",
        "erhalten",
        "feiern",
        "finden",
        "freuen",
        "geben",
        "gehen",
        "helfen",
        "informieren",
        "kann",
        "kommen",
        "können",
        "laufen",
        "leben",
        "lernen",
        "liegen",
        "machen",
        "muss",
        "müssen",
        "nehmen",
        "sehen",
        "soll",
        "sollen",
        "sprechen",
        "stehen",
        "suchen",
        "tagen",
        "werden",
        "will",
        "wird",
        "wohnen",
        "wollen",
        "wurde",
        "wurden",
        "zeigen",
    )
)
_NOT_VERBS_DE: Final = frozenset(
    {
        "nicht",
        "jetzt",
        "seit",
        "mit",
        "erst",
        "meist",
        "zuletzt",
        "bekannt",
        "oft",
        "gut",
        "weit",
        "breit",
        "laut",
        "insgesamt",
        "höchst",
        "best",
        "nächst",
        "geplant",
        "dort",
        "zurzeit",
        "selbst",
        "bereit",
        "sonst",
        "fast",
        "gesamt",
        "digital",
        "geehrt",
        "recht",
        "direkt",
        "halt",
        "acht",
        "samt",
        "echt",
        "stadt",
        "welt",
        "zeit",
        "arbeit",
        "mindest",
        "meistens",
        "spät",
        "stets",
        "zuerst",
        "komplett",
        "statt",
        "anstatt",
        "nebst",
        "durchschnitt",
        "bisschen",
        "erstmals",
        "jeweilt",
        "rechtzeitig",
        "konkret",
        "exzellent",
        "intelligent",
        "effizient",
        "kompetent",
        "präsent",
        "transparent",
        "interessiert",
        "engagiert",
        "qualifiziert",
        "motiviert",
        "leicht",
        "sicht",
        "pflicht",
    }
)
_FINITE_EN: Final = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|can|must|does|do|did|\w+ed|said|says|got|gave|made|gets|makes|"
    r"helps|works|gives|takes|wants|needs|plans|leads|offers|provides|announced|announces|welcomes|"
    r"supports|includes|brings|joins|celebrates|raises|opens|starts|shows|calls|asks|thanks|"
    r"won|met|took|went|came|told|found|paid|left|began|brought|held|led|kept|built|sent|spent|lost)\b",
    re.I,
)
# Sentences that start with a pronoun pointing back to an earlier sentence make no sense alone.
_ANAPHORIC_START_DE: Final = re.compile(
    r"^(?:Darin|Daraus|Darauf|Davon|So|Als|Wenn|Weil|Dass|Ob|Obwohl|Nachdem|Während|Bevor|Wer|Wie|Was|Wo|Um|Falls|Sobald|Indem|Er|Sie|Es|Das|Dies|Diese|Dieser|Dieses|Dafür|Dazu|Dabei|Dort|Damit|"
    r"Daher|Darum|Deshalb|Dadurch|Hierzu|Hierfür|Zudem|Außerdem)\b"
)
_ANAPHORIC_START_EN: Final = re.compile(
    r"^(?:When|If|Because|Although|While|As|Since|Who|Which|What|Where|For|In|To|With|By|He|She|It|They|This|That|These|Those|There|Such)\b"
)


def looks_complete(sentence: str, language: str, *, pronoun_start: bool = False) -> bool:
    """Heuristic: starts like a sentence and has a finite verb (no POS tagger needed)."""
    tokens = words(sentence)
    if len(tokens) < 3 or not re.match(r"[„\"A-ZÄÖÜ0-9]", sentence):
        return False
    if language.lower().startswith("de"):
        if not pronoun_start and _ANAPHORIC_START_DE.match(sentence):
            return False
        for token in tokens[1:]:
            lower = token.lower()
            if token[0].isupper() and token != tokens[0]:
                continue
            if lower in _FINITE_DE:
                return True
            if lower in _NOT_VERBS_DE or "·" in token or "-" in token:
                continue
            if re.fullmatch(r"[a-zäöüß]{3,}(?:t|te|ten|st)", lower) and not lower.endswith(("keit", "heit")):
                return True
        return False
    if not pronoun_start and _ANAPHORIC_START_EN.match(sentence):
        return False
    return bool(_FINITE_EN.search(" ".join(tokens[1:])))


_TRAILING_OK_DE: Final = frozenset(
    {
        "heute",
        "gerne",
        "alleine",
        "immer",
        "wieder",
        "weiter",
        "später",
        "früher",
        "länger",
        "besser",
        "mehr",
        "sehr",
        "hier",
        "außer",
        "sicher",
        "gemeinsame",
        "ohne",
        "alle",
        "sehe",
        "habe",
        "freue",
        "danke",
        "hoffe",
    }
)
_TRAILING_BAD_DE: Final = frozenset(
    {
        "sich",
        "es",
        "ist",
        "sind",
        "hat",
        "haben",
        "wird",
        "werden",
        "kann",
        "muss",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einen",
        "einer",
        "und",
        "oder",
        "für",
        "mit",
        "von",
        "zu",
        "bei",
        "nach",
        "aus",
        "in",
        "an",
        "auf",
        "rd",
        "bzw",
        "ca",
        "war",
        "waren",
        "wurde",
    }
)


# Verbs that take a clause as their object: with the clause dropped, the sentence says nothing.
_CLAUSE_VERBS_DE: Final = (
    "forder",
    "erwart",
    "festleg",
    "festzuleg",
    "zeig",
    "sag",
    "beton",
    "erklär",
    "mein",
    "glaub",
    "hoff",
    "wiss",
    "weiß",
    "feststell",
    "festgestellt",
    "verlang",
    "empfehl",
    "empfiehlt",
    "beabsichtig",
    "kritisier",
    "bitte",
    "teilt",
    "informier",
    "weist",
    "wies",
    "prüf",
    "frag",
)


def _ends_cleanly(sentence: str, language: str, *, shortened: bool) -> bool:
    """Reject main clauses that lost their object with a dropped clause ("Der Rechnungshof erwartet.")."""
    tokens = words(sentence)
    if not tokens:
        return False
    german = language.lower().startswith("de")
    if shortened and german and any(t.lower().startswith(_CLAUSE_VERBS_DE) for t in tokens[1:] if t.islower()):
        return False
    last = tokens[-1]
    if not language.lower().startswith("de"):
        if last.lower() in {"said", "says", "stated", "added", "announced", "noted"}:
            return False  # "Senator Warner said." — what he said was the dropped part
        return not (shortened and last.lower() in {"the", "a", "an", "of", "to", "and", "or", "that", "is"})
    if last in _TRAILING_BAD_DE:
        return False
    # A lowercase adjective at the end ("… hält gezielte.") means the noun was cut off.
    if last.islower() and len(last) >= 5 and last.endswith(("e", "er", "es", "em")) and last not in _TRAILING_OK_DE:
        return False
    return not (shortened and len(tokens) < 5)


def _clean(sentence: str) -> str:
    """Tidy spaces and punctuation after words were removed; end with a full stop."""
    text = re.sub(r"\s+", " ", sentence).strip(" ,;:–-")
    text = re.sub(r"\s+([,.!?:])", r"\1", text)
    text = re.sub(r",\s*,", ",", text)
    text = re.sub(r"\(\s*\)", "", text).strip()
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    if text and text[-1] not in ".!?":
        text = text.rstrip(".") + "."
    return text


@dataclass(frozen=True, slots=True)
class Piece:
    """One simplified statement; ``items`` turns it into an introduction followed by a bullet list."""

    text: str
    items: tuple[str, ...] = ()
    # True when the piece continues the one before it ("Sie arbeiten …" after a list).
    attached: bool = False


_ITEM = r"[A-ZÄÖÜ][A-Za-zÄÖÜäöüß-]+"
_ENUMERATION_DE: Final = re.compile(rf"(?P<pre>.*?)\s(?P<items>(?:{_ITEM}, )+{_ITEM} (?:und|oder) {_ITEM})(?P<post>.*)")
_ENUMERATION_EN: Final = re.compile(rf"(?P<pre>.*?)\s(?P<items>(?:{_ITEM}, )+{_ITEM},? (?:and|or) {_ITEM})(?P<post>.*)")


def _enumeration(text: str, language: str) -> list[Piece] | None:
    """Turn "In X arbeiten A, B, C und D zusammen in Y" into an introduction, a list and a rest.

    Rule books ask for lists instead of enumerations with more than 3 items (Leichte Sprache BW).
    """
    german = language.lower().startswith("de")
    match = (_ENUMERATION_DE if german else _ENUMERATION_EN).fullmatch(text.rstrip(".!?"))
    if match is None:
        return None
    pre, post = match["pre"].strip(), match["post"].strip()
    items = tuple(i.strip() for i in re.split(r",\s*|\s+(?:und|oder|and|or)\s+", match["items"]) if i.strip())
    if not pre or re.search(r"[,:;]", pre) or not looks_complete(pre + " x", language) or len(items) < 3:
        return None
    verb = words(pre)[-1]
    # The introduction must end with its verb ("In Dortmund arbeiten"), else the list is not its object.
    if german and not (
        verb.islower()
        and (verb in _FINITE_DE or re.fullmatch(r"[a-zäöüß]{3,}(?:t|en|te|ten)", verb))
        and verb not in _NOT_VERBS_DE
    ):
        return None
    together = "zusammen" if german else "together"
    has_together = re.match(rf"{together}\b", post) is not None
    post = re.sub(rf"^{together}\b\s*", "", post)
    intro = f"{pre} {together}:" if has_together else f"{pre}:"
    pieces = [Piece(intro, items)]
    preposition = r"(?:in|im|an|am|auf|bei|mit|für|unter|über)\b" if german else r"(?:in|at|on|with|for)\b"
    if post and re.match(preposition, post) and word_count(post) <= 8:
        pronoun = "Sie" if german else "They"
        pieces.append(Piece(_clean(f"{pronoun} {verb} {post}"), attached=True))
    return pieces


def simplify(
    sentence: str,
    language: str,
    *,
    issued: date | None,
    resolve_dates: bool = True,
    genitive_names: frozenset[str] = frozenset(),
) -> list[Piece]:
    """Return the short, complete main clauses a source sentence yields (possibly none)."""
    german = language.lower().startswith("de")
    text = sentence.strip()
    # Parser residue some feeds put in front of the text ("Nr. 2353", "(ots)", author codes).
    text = re.sub(r"^Nr\.\s*\d+\s+", "", text)
    text = re.sub(r"\((?:ots|[a-z]{1,4})\)\s*", "", text)
    text = re.sub(r"\s*\([^()]*\)", "", text)  # parentheses are asides (and a special character)
    text = normalise_dates(text, issued, language, resolve=resolve_dates)
    for pattern, replacement in _REWRITES_DE if german else _REWRITES_EN:
        text = re.sub(pattern, replacement, text)
    if german:
        # Genitive of a name: "die Strategie Dortmunds" -> "die Strategie von Dortmund".
        for name in genitive_names:
            text = re.sub(rf"\b{re.escape(name)}s\b(?!\w)", f"von {name}", text)
            text = re.sub(rf"^von {re.escape(name)}\b", name, text)
    enumerated = _enumeration(text, language)
    if enumerated is not None:
        return enumerated
    parts = (_SPLIT_DE if german else _SPLIT_EN).split(text.rstrip(".!?"))
    candidates: list[Piece] = []
    for raw in parts:
        part = raw.strip()
        part = re.sub(r"^(?:und|aber|sondern|denn|doch|oder|and|but|so|or|yet)\s+", "", part)
        dropped = False
        subclause = _SUBCLAUSE_DE if german else _SUBCLAUSE_EN
        needed = False
        while True:
            found = subclause.search(part)
            if found is None:
                break
            # "eine Stadt, die …": the relative clause carries the point; without it the rest is
            # empty ("Die Jury lobte Dortmund als eine Stadt.").
            needed = needed or bool(
                german
                and re.search(r"\b(?:ein|eine|einen|einem|einer)\s+\S+$", part[: found.start()])
                and re.match(r",\s*(?:der|die|das|dem|den|denen|welche[rsmn]?)\b", found.group(0))
            )
            part, dropped = part[: found.start()] + part[found.end() :], True
        if needed:
            continue
        if re.search(r":(?!\d)", part):
            # "Sierau freut sich: …" / "Die Messgeräte stehen hier: …" — keep what is a sentence.
            head, tail = re.split(r":(?!\d)", part, maxsplit=1)
            part = tail if looks_complete(_clean(tail), language) else head
        for filler in _FILLERS_DE if german else _FILLERS_EN:
            part = re.sub(rf"(?<![\w-]){filler}(?![\w-])", "", part, flags=0 if german else re.I)
        # Leftover commas separate appositions or loose clauses: keep the pieces that are sentences.
        for index, piece in enumerate(re.split(r",(?!\d)", part)):
            cleaned = _clean(piece)
            if index and not re.match(r"\s*[A-ZÄÖÜ„]", piece):
                continue
            if (dropped or index) and re.search(r"\b(?:es|it)\b", cleaned, flags=re.I):
                continue  # "Den Akteuren ist es wichtig." lost its point with the dropped clause
            if looks_complete(cleaned, language) and _ends_cleanly(cleaned, language, shortened=dropped or index > 0):
                candidates.append(Piece(cleaned))
    return candidates


def is_acceptable(
    sentence: str,
    language: str,
    *,
    limit: int = EXTRACT_LIMIT,
    allowed_abbreviations: frozenset[str] = frozenset(),
    pronoun_start: bool = False,
) -> bool:
    """True if a simplified sentence may go into the summary: short, complete, no rule finding."""
    if not 3 <= word_count(sentence) <= limit or not looks_complete(sentence, language, pronoun_start=pronoun_start):
        return False
    blocking = {
        "passive",
        "genitive",
        "konjunktiv",
        "subordinate_clause",
        "special_character",
        "abbreviation",
    }
    found = findings(sentence, language, allowed_abbreviations=allowed_abbreviations)
    return not any(f.kind in blocking for f in found)
