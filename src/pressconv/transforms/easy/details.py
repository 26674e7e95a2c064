"""Whether a source sentence about registering or admission belongs to an event the summary names.

Announcements give the practical details of an event right after it, in its paragraph or the next
one ("Der Infoabend ist am 12. März. Eine Anmeldung ist nicht nötig."; news-writing convention: the
details follow the item they are for). Standing alone, such a sentence attaches itself to whatever
the summary names: a deadline to register for an information evening read as the deadline of a
funding programme, "Eine Anmeldung ist nicht erforderlich" beside a course that asks for one, or
with no event at all (judge15h: three releases of different senders). So the detail stays only when
the summary states a day its own context names; otherwise it is left out (omission over error).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.source import SourceSentence
from pressconv.transforms.easy.when import find_moments

__all__ = ["anchor_index", "event_detail", "orphan_detail"]

# The practical details of taking part (registration, admission, tickets, catering: "Für Kaffee und
# Kuchen ist gesorgt", "Für Bewirtung sorgt der Förderverein"): words that presuppose an event the
# sentence itself does not name.
# What to bring and who must come along are such details too ("Mitzubringen sind …", "Minderjährige
# müssen begleitet werden"): said alone they read as a general rule (judge23h).
_DETAIL: Final = re.compile(
    r"\b(?:Anmeld\w*|anmelden|angemeldet|Voranmeldung|Einlass|Eintritt\w*|Tickets?|Eintrittskarten|Vorverkauf|"
    r"Bewirtung|ist gesorgt|[Mm]itzubringen|mitbringen|mitnehmen|begleitet|begleiten|Begleitung|"
    # The conditions of taking part in a contest or a course ("Teilnahmekarten", "Teilnahmebedingungen").
    r"Teilnahme\w+|"
    # Where the participants of a tour or a walk meet ("Treffpunkt ist …"): a detail of that event.
    r"Treffpunkt|Treff·punkt)\b"
)


def event_detail(text: str) -> bool:
    """Whether ``text`` speaks of registering, admission or tickets."""
    return _DETAIL.search(text) is not None


def _days(texts: Iterable[str], issued: date | None) -> set[date]:
    """The days the texts name, read with the release's date."""
    return {moment.day for text in texts for moment in find_moments(text, issued)}


def orphan_detail(
    text: str,
    source: SourceSentence,
    sentences: Sequence[SourceSentence],
    summary: Iterable[str],
    issued: date | None,
) -> bool:
    """Whether ``text`` (a part of ``source``) is an event detail whose event the summary does not state.

    The detail's context is its own paragraph, or, when that names no day, the nearest paragraph
    before it that does. The detail belongs to the summary's event when the summary names one of
    the context's days. A release that names no day anywhere gives nothing to anchor by and is left
    to the other checks.
    """
    if not event_detail(text):
        return False
    if _own_subject(text, source, sentences, issued):
        return False
    said = list(summary)
    by_paragraph: dict[int, list[str]] = {}
    for sentence in sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence.text)
    context: set[date] = set()
    paragraphs = sorted((p for p in by_paragraph if p <= source.paragraph), reverse=True)
    for paragraph in paragraphs:
        context = _days(by_paragraph[paragraph], issued)
        if context:
            break
    if _anchored(text, by_paragraph.get(source.paragraph, []), said):
        return False
    if not context:
        return bool(_days((s.text for s in sentences), issued))
    return not (context & _days(said, issued))


def _own_subject(text: str, source: SourceSentence, sentences: Sequence[SourceSentence], issued: date | None) -> bool:
    """The detail belongs to the release's own subject: the release names no event, and no day stands in
    the detail's paragraph but the detail's own ("Anmeldeschluss ist der 20. Mai" for a school place).

    A dated activity without an event noun ("Das Gesundheitsamt impft am 12. März"; "Mitzubringen sind …")
    keeps its details to itself: said alone they would read as a general rule (judge23h).
    """
    if _kinds(s.text for s in sentences):
        return False
    own = _days([text], issued)
    # The detail's context as orphan_detail reads it: its paragraph, or the nearest one before it that
    # names a day ("Der Verein spielt am 7. März." then "Kinder haben freien Eintritt.").
    for paragraph in sorted({s.paragraph for s in sentences if s.paragraph <= source.paragraph}, reverse=True):
        around = _days((s.text for s in sentences if s.paragraph == paragraph), issued)
        if around:
            return around <= own
    return True


def anchor_index(
    text: str,
    source: SourceSentence,
    sentences: Sequence[SourceSentence],
    summary: Sequence[str],
    issued: date | None,
) -> int | None:
    """The position in ``summary`` of the last line that states the event ``text`` is a detail of.

    The same anchors as ``orphan_detail``: the one kind of event of the detail's paragraph (named by
    a line of the summary), else a day of the detail's context that a line names. None when no line
    does: the detail then has no place in the summary. The detail goes right after that line, since
    the details of an event follow it (news-writing convention; said apart they attach to whatever
    stands before them).
    """
    if summary and _own_subject(text, source, sentences, issued):
        return len(summary) - 1  # no event in the release: the detail of its subject comes after the lines
    by_paragraph: dict[int, list[str]] = {}
    for sentence in sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence.text)
    own = by_paragraph.get(source.paragraph, [])
    kinds = _kinds(own)
    if len(kinds) == 1:
        kind = next(iter(kinds))
        named = [i for i, line in enumerate(summary) if kind in _kinds([line])]
        if len(named) == 1:
            return named[0]
        if named:
            # Two lines name an event of this kind ("Frühlingsfest" and "Erntefest", two tours): the
            # detail is for its own paragraph's event, found by that event's noun, else by its day;
            # otherwise it could go after the other event and say the wrong thing about it.
            return _same_event(own, [(i, summary[i]) for i in named], summary, issued)
    context: set[date] = set()
    for paragraph in sorted((p for p in by_paragraph if p <= source.paragraph), reverse=True):
        context = _days(by_paragraph[paragraph], issued)
        if context:
            break
    dated = [i for i, line in enumerate(summary) if _days([line], issued) & context]
    return dated[-1] if dated else None


def _same_event(
    paragraph: Sequence[str], named: Sequence[tuple[int, str]], summary: Sequence[str], issued: date | None
) -> int | None:
    """The last of the ``named`` lines that names the paragraph's own event, or None when unsure.

    A line whose event nouns the paragraph names ("Erntefest") and another line's not, or, when the
    nouns do not decide, the last line of the summary with a day of the paragraph.
    """
    own = _event_nouns(paragraph)
    same = [i for i, line in named if _event_nouns([line]) & own]
    if same and len(same) < len(named):
        return same[-1]
    days = _days(paragraph, issued)
    dated = [i for i, line in enumerate(summary) if days and _days([line], issued) & days]
    return dated[-1] if dated else None


def _event_nouns(texts: Iterable[str]) -> set[str]:
    """The event nouns of the texts, whole ("frühlingsfest"), for telling two events of one kind apart."""
    return {
        token.word.replace("-", "").lower()
        for text in texts
        for token in morph.tag(text.replace("·", ""))
        if token.pos == "NN" and _EVENT_NOUN.fullmatch(token.word.replace("-", "").lower()) is not None
    }


# Kinds of public event a practical detail can belong to (news-writing convention: the details
# follow the event they are for). Each is the head of a noun, alone or at the end of a German
# compound (Duden grammar: the last part names the kind, "Sommer·fest" is a "Fest"), in the singular
# or a plural form.
_EVENTS: Final = (
    "veranstaltung", "fest", "festival", "konzert", "ausstellung", "führung", "lesung", "vortrag", "eröffnung",
    "feier", "kurs", "workshop", "seminar", "tagung", "konferenz", "messe", "turnier", "aufführung",
    "vorstellung", "sprechstunde", "infoabend", "informationsabend", "versammlung", "sitzung", "wanderung",
    "exkursion", "spiel", "markt",
)  # fmt: skip
_EVENT_NOUN: Final = re.compile(r"\w*(" + "|".join(_EVENTS) + r")(?:e|en|n|s|es|er|ern)?")


def _kinds(texts: Iterable[str]) -> set[str]:
    """The kinds of event the texts name, by the head of each noun (HanTa's NN: "Festes Schuhwerk"
    opens with an adjective, not with a feast)."""
    found: set[str] = set()
    for text in texts:
        for token in morph.tag(text.replace("·", "")):
            if token.pos != "NN":
                continue
            match = _EVENT_NOUN.fullmatch(token.word.replace("-", "").lower())
            if match is not None:
                found.add(match.group(1))
    return found


def _anchored(text: str, paragraph: Sequence[str], summary: Sequence[str]) -> bool:
    """The detail belongs to an event the summary names: the detail's own paragraph names exactly one
    kind of event, and that kind is the one the detail names itself ("Der Eintritt zum Fest ist
    frei.", the anchor is in the sentence) or one the summary names ("Es gibt Führungen." before
    "Eine Anmeldung ist nicht nötig." of the paragraph about the tours). A paragraph that names two
    kinds (a course and an information evening) leaves open which one the detail is for."""
    kinds = _kinds(paragraph)
    if len(kinds) != 1:
        return False
    kind = next(iter(kinds))
    return kind in _kinds([text]) or kind in _kinds(summary)
