"""Easy Read for English releases: the title and the sender's short, plain sentences, verified.

Lower priority than German (issue 16, item 7): no templates yet, only sentences that already pass
the Easy Read checks (at most HARD_LIMIT words, no subordinate clause, passive or dangling opener).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from pressconv.model import Block, Email, Heading, Paragraph, Phone, Release, Text
from pressconv.transforms.easy.limits import HARD_LIMIT
from pressconv.transforms.easy.readability import findings, words
from pressconv.transforms.easy.source import contacts, flat, sentences

if TYPE_CHECKING:
    from pressconv.transforms.easy import EasyResult

__all__ = ["summarise_english"]

_OPENERS: Final = frozenset(
    ["he", "she", "it", "they", "this", "these", "those", "that", "then", "also", "and", "but", "so", "however", "there"]
)
_MAX: Final = 6
# Easy Read (Mencap, "Am I making myself clear?"): short sentences; a line of fewer than four words
# is a label or a fragment, not a sentence that can stand in a summary.
_MIN_WORDS: Final = 4
_ABBREVIATIONS: Final = {"Sen.": "Senator", "Rep.": "Representative", "Gov.": "Governor", "Dr.": "Doctor"}


# A headline whose letters are more than four in five capitals is set in all caps (a few capitals
# of names and abbreviations in a sentence-case headline stay far below this).
_ALL_CAPS_SHARE: Final = 0.8


def _readable_title(title: str, body: str) -> str:
    """All-caps headlines are hard to read (Easy Read guidelines): sentence case, names kept, abbreviations out.

    A word keeps its capital where the body writes it so ("Snowe", "James Erwin").
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


def _ok(sentence: str) -> bool:
    first = sentence.split()[0].lower().strip("“\"'") if sentence.split() else ""
    return (
        _MIN_WORDS <= len(words(sentence)) <= HARD_LIMIT
        and first not in _OPENERS
        and re.search(r"[.!?]$", sentence) is not None
        and not [f for f in findings(sentence, "en") if f.kind != "negation"]
    )


def summarise_english(release: Release) -> EasyResult:
    """The Easy Read summary of an English release (an EasyResult)."""
    from pressconv.transforms.easy import EasyResult, easy_metadata

    found = sentences(release)
    body_text = " ".join(s.text for s in found)
    kept = [s.text for s in found if not s.speech and not s.heading and _ok(s.text)][:_MAX]
    raw = flat(release.meta.title, release.meta.language).strip()
    title = _readable_title(raw, body_text) if raw and not _junk(raw) else ""
    title = title or (kept[0].rstrip(".") if kept else "News in Easy Read")
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
    return EasyResult(
        release=Release(meta=meta, body=tuple(body)),
        diagnostics=(),
        sentences=tuple(kept),
        source_sentences=tuple(s.text for s in found if not s.heading),
        facts_kept=(),
        kind="other",
        origins=tuple("copied" for _ in kept),
        dropped=(),
        hard_unexplained=(),
        language="en",
    )
