"""Easy Read rewrites of English release sentences: drop what only adds detail, keep what is said.

Each step removes or replaces words so that the sentence says the same thing, or less, in plainer
words; none adds a claim. What a step cannot do safely it leaves alone, and the caller drops a
sentence that still fails the Easy Read checks (omission over error, issue 16).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final, NamedTuple, Protocol

__all__ = ["EnToken", "has_finite_verb", "plain_words", "rewrite_sentence", "tag_en", "without_legal_form"]


class EnToken(NamedTuple):
    """One English word with its lemma and CLAWS5 tag as HanTa's English model writes it ("VVD", "NN1")."""

    word: str
    lemma: str
    pos: str


class _Tagger(Protocol):
    def tag_sent(self, words: list[str], taglevel: int = ...) -> list[tuple[str, str, str]]:
        """HanTa's tags of the words: (word, lemma, tag) for each."""


@lru_cache(maxsize=1)
def _tagger() -> _Tagger | None:
    """HanTa's English tagger, or None when HanTa is not installed."""
    try:
        from HanTa import HanoverTagger  # type: ignore[import-untyped]  # HanTa ships no types
    except ImportError:
        return None
    tagger: _Tagger = HanoverTagger.HanoverTagger("morphmodel_en.pgz")
    return tagger


_TOKEN: Final = re.compile(r"\d+(?:[.,:]\d+)*|[\w'’\-]+|[^\w\s]")
_MAX_TAGGED: Final = 120  # longer "sentences" cannot become Easy Read sentences; spare the tagger


@lru_cache(maxsize=4096)
def tag_en(sentence: str) -> tuple[EnToken, ...]:
    """Tag one English sentence with HanTa; empty when HanTa is missing or the sentence is too long."""
    tagger = _tagger()
    words = _TOKEN.findall(sentence)
    if tagger is None or not words or len(words) > _MAX_TAGGED:
        return ()
    try:
        return tuple(EnToken(w, lemma, pos) for w, lemma, pos in tagger.tag_sent(words, taglevel=1))
    except (KeyError, IndexError, ValueError):
        return ()  # an untaggable sentence cannot be verified: callers leave it out


# CLAWS5 finite verb tags: past (VVD), present (VVZ, VVB) and the forms of be/have/do, and modals.
_FINITE: Final = frozenset({"VVD", "VVZ", "VVB", "VBD", "VBZ", "VBB", "VHD", "VHZ", "VHB", "VDD", "VDZ", "VDB", "VM0"})
_FINITE_WORDS: Final = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "can", "says"})


def has_finite_verb(sentence: str) -> bool:
    """True when the sentence has a finite verb (a statement, not a headline fragment or a label)."""
    tagged = tag_en(sentence)
    return any(t.pos in _FINITE or t.word.lower() in _FINITE_WORDS for t in tagged)


# --- plain words --------------------------------------------------------------------------------
# The Plain English Campaign's A-Z of alternative words: a formal verb or word and its everyday
# equivalent with the same meaning. Verbs are listed with all their forms so tense and person stay.
_PLAIN: Final = {
    "acquire": "buy",
    "acquires": "buys",
    "acquired": "bought",
    "acquiring": "buying",
    "purchased": "bought",  # "purchase(s)" and "purchasing" are nouns too ("the purchase of"): left alone
    "commence": "start",
    "commences": "starts",
    "commenced": "started",
    "utilize": "use",
    "utilizes": "uses",
    "utilized": "used",
    "utilise": "use",
    "utilises": "uses",
    "utilised": "used",
    "assist": "help",
    "assists": "helps",
    "assisted": "helped",
    "obtain": "get",
    "obtains": "gets",
    "obtained": "got",
    "approximately": "about",
    "additional": "more",
    "numerous": "many",
    "sufficient": "enough",
    "regarding": "about",
    "prior to": "before",
    "in order to": "to",
    "in excess of": "more than",
    "a number of": "some",
}
_PLAIN_PATTERN: Final = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _PLAIN), key=len, reverse=True)) + r")\b", re.I)


def plain_words(sentence: str) -> str:
    """Replace formal words by their everyday equivalents, keeping a capital where there was one."""

    def swap(match: re.Match[str]) -> str:
        """The plain word for the matched word, with its capital kept."""
        word = match.group(1)
        plain = _PLAIN[word.lower()]
        return plain[:1].upper() + plain[1:] if word[:1].isupper() else plain

    return _PLAIN_PATTERN.sub(swap, sentence)


# --- detail that can go ---------------------------------------------------------------------------
# A parenthesis adds detail (a ticker, an abbreviation, a party and state) to what stands before it;
# without it the sentence says the same. One that limits or negates the claim stays.
_PARENTHESIS: Final = re.compile(r"\s*\(([^()]{1,120})\)")
_LIMITING: Final = re.compile(r"\b(?:not|no|only|except|unless|without|never)\b", re.I)
# An appositive after the subject ("Northwind, a maker of tools …, today said") renames it: English
# sets a non-restrictive apposition between commas, so both commas and what they enclose can go.
# A sentence opening with a preposition ("In X, a … ecosystem enables …") has no subject there: the
# noun phrase after its comma is the subject itself, not an apposition.
_APPOSITION: Final = re.compile(
    r"^(?!(?:In|On|At|For|With|By|From|After|Before|During|Under|Over|Through|Since|Across|Within|Without|"
    r"Beyond|Despite|Following|Among|Between|Against|Into|Upon|As|Like|Unlike)\b)"
    r"(?P<subject>[A-Z][^,]{0,80}?),\s+(?:a|an|the|one of)\s[^,]{1,160},\s+"
)
# A comma before which/who opens a non-restrictive relative clause (English punctuation rule: a
# restrictive one takes no comma); it describes, it does not limit, so it can go.
_RELATIVE_INSIDE: Final = re.compile(r",\s+(?:which|who)\s[^,]{1,160},\s+")
_RELATIVE_END: Final = re.compile(r",\s+(?:which|who)\s.{1,240}(?=[.!?]$)")
# A participle clause after a comma ("…, celebrating five decades of …") adds a description.
_PARTICIPLE_END: Final = re.compile(r",\s+(?:[a-z]+ing)\s.{1,240}(?=[.!?]$)")
# "today" repeats the date of the release, which the summary states once in its own sentence.
_TODAY: Final = re.compile(r"^(?:Today|On \w+day),?\s+|\s+today\b(?=[\s,.])")
# US congressional releases name a member's party and state after the name, in parentheses
# ("(R-UT)", dropped with the other parentheses) or between commas (", R-Va.,"): detail, not content.
_PARTY_STATE: Final = re.compile(r",\s+[DRI]-[A-Z][A-Za-z]{0,3}\.?,(?=\s)")


# A reduced relative clause of place at the end ("… the stores located in the Omaha area.") says where
# the object is; the sentence without it still names the object.
_PLACE_END: Final = re.compile(r",?\s+(?:located|based|situated)\s+(?:in|at|near)\s.{1,160}(?=[.!?]$)")
# The frame of a statement release (US Congress and many ministries): "X issued the following
# statement (today) (on Y):" introduces a quotation; as a sentence of its own it becomes "X has made a
# statement (on Y)."
_STATEMENT_FRAME: Final = re.compile(
    r"^(?P<who>.{3,80}?)\s+(?:issued|released|made)\s+the\s+following\s+statement"
    r"(?P<topic>\s+(?:on|about|regarding|in response to)\s+[^:]{3,120}?)?\s*:$"
)


def _statement(sentence: str) -> str:
    """A statement frame ("X issued a statement regarding …") said as "X has made a statement about …", else as is."""
    frame = _STATEMENT_FRAME.match(sentence)
    if frame is None:
        return sentence
    topic = (frame.group("topic") or "").replace("regarding", "about")
    return f"{frame.group('who')} has made a statement{topic}."


# A company's legal form ("Inc.", "Ltd", "GmbH") and trademark signs are part of its registered name,
# not of what a reader needs to recognise it; Easy Read avoids the abbreviations they are.
_TRADEMARK: Final = re.compile(r"[®™]")
# Only where the name goes on (a comma, a lower-case word, the end): "Ltd. These …" may end a sentence.
_LEGAL_FORM: Final = re.compile(
    r",?\s+(?:Inc|Ltd|LLC|Corp|Co|PLC|plc|GmbH|AG|Pte\.? Ltd|S\.A|N\.V|L\.P)\.?(?=,|\s+[a-z(]|\s*$)"
)


def without_legal_form(name: str) -> str:
    """The name without its legal form or trademark sign ("Northwind Tools, Inc." -> "Northwind Tools")."""
    return _LEGAL_FORM.sub("", _TRADEMARK.sub("", name)).strip()


def _drop_parentheses(sentence: str) -> str:
    """The sentence without its brackets, except those that limit what it says."""
    return _PARENTHESIS.sub(lambda m: m.group(0) if _LIMITING.search(m.group(1)) else "", sentence)


# --- the reporting frame ------------------------------------------------------------------------
# News leads open with "<Sender> announced (that) …" / "… said …": the frame of what follows. With a
# pronoun subject ("they have bought …") the pronoun is the sender and is replaced by its name; the
# verb then agrees with a singular name (an organisation or a person).
_FRAME: Final = re.compile(
    r"^(?P<who>(?:[A-Z][\w'’.&®\-]*,?\s?){1,8}?)\s+(?:announced|announces|said|says|confirmed|confirms|stated)"
    r"\s+(?:that\s+)?(?P<rest>.+)$"
)
_PRONOUN: Final = re.compile(r"^(?:it|they|we|he|she)\s+(?:(?P<aux>have|are|were|has|is|was)\s+)?(?P<tail>.+)$", re.I)
_SINGULAR: Final = {"have": "has", "are": "is", "were": "was", "has": "has", "is": "is", "was": "was"}


def _reframe(sentence: str) -> str:
    """A sentence about the sender ("X said that they …") said as the sender's own clause, where that is safe."""
    frame = _FRAME.match(sentence)
    if frame is None:
        return sentence
    who, rest = frame.group("who").strip(), frame.group("rest")
    pronoun = _PRONOUN.match(rest)
    if pronoun is None:
        # Not a clause about the sender: keep it as what the sender says, when it is a clause with a
        # subject of its own (a verb right after "that" means the source lost a word: leave it).
        tagged = tag_en(rest)
        starts_with_verb = bool(tagged) and tagged[0].pos[:2] in ("VV", "VB", "VH", "VD", "VM")
        if starts_with_verb or not has_finite_verb(rest):
            return sentence
        return f"{who.rstrip(',')} says: {rest[:1].upper()}{rest[1:]}"
    aux = pronoun.group("aux")
    verb = f"{_SINGULAR[aux.lower()]} " if aux else ""
    if not aux and not re.match(r"\w+ed\b", pronoun.group("tail")):
        return sentence  # a present verb after "they"/"we" would need its own agreement: leave it
    return f"{who.rstrip(',')} {verb}{pronoun.group('tail')}"


# A purpose clause ("… the stores to help millions …") after the object adds a reason, and the rest
# stays true without it; after a verb "to" belongs to it ("plans to", "wants to") and stays.
_PURPOSE_NOUN_TAGS: Final = frozenset({"NN0", "NN1", "NN2", "NP0", "AV0"})


def _drop_purpose(sentence: str) -> str:
    """The sentence cut before a purpose clause ("… to improve …") when the words before it are a whole claim."""
    tagged = tag_en(sentence)
    for index in range(1, len(tagged) - 1):
        if tagged[index].pos == "TO0" and tagged[index + 1].pos == "VVI" and tagged[index - 1].pos in _PURPOSE_NOUN_TAGS:
            # Cut at the "to" of the purpose clause: the words before it are the whole claim.
            cut = re.search(
                rf"\s+to\s+{re.escape(tagged[index + 1].word)}\b",
                sentence,
            )
            if cut is not None and has_finite_verb(sentence[: cut.start()]):
                return sentence[: cut.start()].rstrip(" ,") + "."
    return sentence


def _tidy(sentence: str) -> str:
    """The sentence with single spaces, no space before punctuation, no comma before the end mark, a capital."""
    sentence = re.sub(r"\s{2,}", " ", sentence).strip()
    sentence = re.sub(r"\s+([,.!?:;])", r"\1", sentence)
    sentence = re.sub(r"[,;:]\s*([.!?])$", r"\1", sentence)
    return sentence[:1].upper() + sentence[1:] if sentence else sentence


def rewrite_sentence(sentence: str, *, limit: int) -> str:
    """The sentence with detail removed and plain words, shortened further only while over ``limit`` words."""
    out = _drop_parentheses(sentence)
    # The full stop of a legal form that ends the sentence is also the sentence's own.
    out = _TRADEMARK.sub("", out)
    end = len(out)
    out = _LEGAL_FORM.sub(lambda m: "." if m.end() == end and m.group(0).endswith(".") else "", out)
    out = _PARTY_STATE.sub("", out)
    out = _APPOSITION.sub(lambda m: m.group("subject") + " ", out)
    out = _RELATIVE_INSIDE.sub(" ", out)
    out = _TODAY.sub("", out)
    out = _tidy(out)
    out = _statement(out)
    out = _reframe(out)
    out = plain_words(out)
    if len(out.split()) > limit:
        out = _RELATIVE_END.sub("", out)
        out = _PARTICIPLE_END.sub("", out)
        out = _PLACE_END.sub("", out)
    if len(out.split()) > limit:
        out = _drop_purpose(out)
    return _tidy(out)
