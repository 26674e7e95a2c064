"""Easy Read for English releases: facts of the model, the sender's sentences rewritten and verified.

Lower priority than German (issue 16, item 7). Sentences come from the model's facts (who sends the
news, its date) and from the release's own sentences with detail removed and plain words
(``english_rewrite``); a sentence that still fails the Easy Read checks is left out.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Final

from pressconv.model import Block, Email, Heading, Paragraph, Phone, Release, Text
from pressconv.transforms.easy.english_rewrite import has_finite_verb, plain_words, rewrite_sentence, without_legal_form
from pressconv.transforms.easy.readability import findings, words
from pressconv.transforms.easy.source import SourceSentence, contacts, flat, sentences

if TYPE_CHECKING:
    from pressconv.transforms.easy import EasyResult

__all__ = ["summarise_english"]

_OPENERS: Final = frozenset(
    ["he", "she", "it", "they", "this", "these", "those", "that", "then", "also", "and", "but", "so", "however", "there"]
)
_MAX: Final = 6
_SPEECH_MAX: Final = 2
# UK government guidance on Easy Read (gov.uk, "Accessible communication formats"): sentences of no
# more than ten to 15 words, one idea each.
EASY_READ_LIMIT: Final = 15
_MONTHS: Final = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
# Day-first dates ("7 March 2019") in British, Irish, Australian and New Zealand English.
_DAY_FIRST: Final = frozenset({"en-gb", "en-ie", "en-au", "en-nz"})
# Easy Read (Mencap, "Am I making myself clear?"): short sentences; a line of fewer than four words
# is a label or a fragment, not a sentence that can stand in a summary.
_MIN_WORDS: Final = 4
_ABBREVIATIONS: Final = {"Sen.": "Senator", "Rep.": "Representative", "Gov.": "Governor", "Dr.": "Doctor"}


# A headline whose letters are more than four in five capitals is set in all caps (a few capitals
# of names and abbreviations in a sentence-case headline stay far below this).
_ALL_CAPS_SHARE: Final = 0.8


def _readable_title(title: str, body: str) -> str:
    """All-caps headlines are hard to read (Easy Read guidelines): sentence case, names kept, abbreviations out.

    A word keeps its capital where the body writes it so ("Alvarez", "Dana Reyes").
    """
    letters = [c for c in title if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > _ALL_CAPS_SHARE:
        out: list[str] = []
        for index, word in enumerate(title.split()):
            bare = word.strip(".,:;!?\"'")
            capitalised = bare[:1].upper() + bare[1:].lower()
            named = len(bare) > 1 and re.search(rf"\b{re.escape(capitalised)}\b", body) is not None
            out.append(word.replace(bare, capitalised) if named or index == 0 else word.lower())
        title = " ".join(out)
    for short, long in _ABBREVIATIONS.items():
        title = re.sub(rf"(?<!\w){re.escape(short)}(?=\s)", long, title, flags=re.I)
    return title


def _junk(title: str) -> bool:
    """Markup or a link the parser left as the title ("![Business Wire](/images/…)")."""
    return bool(re.search(r"!\[|\]\(|https?://|^\W*$|\{\{|^[#+]|^[\w/.-]*\d[\w/.-]*$", title))


# Words that point outside the sentence: a demonstrative ("this incident"), a place in the page
# ("here", "below"), a link or a clause-initial third-person pronoun ("In gaming, they act …"). In a
# summary the thing they point at is not there (rubric, item 3: a pronoun pointing at nothing).
_POINTER: Final = re.compile(
    r"\b(?:this|these|those|here|below|above|following)\b|(?:^|,\s+)(?:he|she|it|they|we|our|us)\b", re.I
)
_OPENING_PHRASES: Final = re.compile(
    r"^(?:for (?:instance|example)|in addition|additionally|moreover|furthermore|meanwhile|yet|still|"
    r"as a result|in fact|at the same time)\b",
    re.I,
)


def _ok(sentence: str) -> bool:
    """The sentence is fit for the easy-read summary: length, opener, no pointer, end mark, finite verb, no finding."""
    first = sentence.split()[0].lower().strip("“\"'") if sentence.split() else ""
    said = sentence.split(": ", 1)[1] if " says: " in sentence else sentence
    return (
        _MIN_WORDS <= len(words(sentence)) <= EASY_READ_LIMIT
        and first not in _OPENERS
        and not _OPENING_PHRASES.match(sentence)
        and not _POINTER.search(said)
        and re.search(r"[.!?]$", sentence) is not None
        and not [f for f in findings(sentence, "en") if f.kind != "negation"]
        and has_finite_verb(sentence)
    )


def _date(day: date, language: str) -> str:
    """A date as the reader's country writes it: "7 March 2019" in British, "March 7, 2019" elsewhere."""
    month = _MONTHS[day.month - 1]
    return f"{day.day} {month} {day.year}" if language.lower() in _DAY_FIRST else f"{month} {day.day}, {day.year}"


def _key(sentence: str) -> str:
    """The sentence reduced to lower-case words, to find repeats."""
    return re.sub(r"\W+", " ", sentence.lower()).strip()


def _order(found: tuple[SourceSentence, ...]) -> list[SourceSentence]:
    """The lead first, then each paragraph's opening sentence, then the rest (news writing puts the
    most important first: the inverted pyramid)."""
    own = [s for s in found if not s.heading and not s.speech]
    return sorted(own, key=lambda s: (not s.lead, s.position != 0, s.paragraph, s.position))


def _expand(sentence: str) -> str:
    """The sentence with its known abbreviations written out."""
    for short, long in _ABBREVIATIONS.items():
        sentence = re.sub(rf"(?<!\w){re.escape(short)}(?=\s)", long, sentence)
    return sentence


def _content(found: tuple[SourceSentence, ...], title: str) -> list[str]:
    """The easy-read body: the rewritten source sentences that pass, without repeats of the title or each other."""
    kept: list[str] = []
    seen = {_key(title)}
    for source in _order(found):
        sentence = _expand(rewrite_sentence(source.text, limit=EASY_READ_LIMIT))
        if _ok(sentence) and _key(sentence) not in seen:
            kept.append(sentence)
            seen.add(_key(sentence))
        if len(kept) == _MAX:
            break
    return kept


def _speech(found: tuple[SourceSentence, ...]) -> list[str]:
    """What a named speaker says, as "<name> says: …" (Easy Read: say who says it), first sentence of
    each quotation only, at most two."""
    out: list[str] = []
    for source in found:
        if not source.speech or not source.speaker or source.position != 0:
            continue
        said = plain_words(source.text.strip("“”\"' "))
        sentence = f"{_expand(source.speaker)} says: {said[:1].upper()}{said[1:]}"
        if _ok(sentence):
            out.append(sentence)
        if len(out) == _SPEECH_MAX:
            break
    return out


def summarise_english(release: Release) -> EasyResult:
    """The Easy Read summary of an English release (an EasyResult)."""
    from pressconv.transforms.easy import EasyResult, easy_metadata

    found = sentences(release)
    body_text = " ".join(s.text for s in found)
    raw = flat(release.meta.title, release.meta.language).strip()
    title = plain_words(_readable_title(raw, body_text)) if raw and not _junk(raw) else ""
    content = _content(found, title)
    speech = _speech(found)
    title = title or (content[0].rstrip(".") if content else "News in Easy Read")
    facts: list[str] = []
    if release.meta.organisation:
        facts.append(f"This news is from {without_legal_form(release.meta.organisation).rstrip('.')}.")
    if release.meta.issued:
        facts.append(f"The date of the news is {_date(release.meta.issued, release.meta.language)}.")
    kept = [*content, *speech, *facts]
    body: list[Block] = [Heading(level=2, children=(Text(text="What is it about?"),))]
    body.extend(Paragraph(children=(Text(text=s),)) for s in kept)
    if not kept:
        kept = ["Here is a short piece of news."]
        body.append(Paragraph(children=(Text(text=kept[0]),)))
    phones, emails = contacts(release, found)
    if phones or emails:
        body.append(Heading(level=2, children=(Text(text="Contact"),)))
        if emails:
            body.append(Paragraph(children=(Text(text="Do you have questions? Send an e-mail to:"),)))
            body.append(Paragraph(children=(Email(address=emails[0]),)))
        if phones:
            body.append(Paragraph(children=(Text(text="Or call:" if emails else "Do you have questions? Call:"),)))
            body.append(Paragraph(children=(Phone(number=phones[0]),)))
    meta = easy_metadata(release, title, "en")
    origins = [*("rewritten" for _ in content), *("speech" for _ in speech), *("fact" for _ in facts)]
    return EasyResult(
        release=Release(meta=meta, body=tuple(body)),
        diagnostics=(),
        sentences=tuple(kept),
        source_sentences=tuple(s.text for s in found if not s.heading),
        facts_kept=(),
        kind="other",
        origins=tuple(origins) if origins else ("fact",),
        dropped=(),
        hard_unexplained=(),
        language="en",
    )
