"""The summary pipeline: kind → facts → sentences → title → glossary → verifier, as ordered steps.

Each step takes the draft and returns a new one (``STEPS``); ``build`` runs them in order. Nothing
reaches the summary without passing the verifier: a failing sentence is dropped and reported.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Final

from pressconv._months import MONTHS_DE
from pressconv.diagnostics import Diagnostic
from pressconv.model import Paragraph, Release
from pressconv.transforms.easy import morph
from pressconv.transforms.easy.abbreviations import expand, long_forms
from pressconv.transforms.easy.ages import indefinite_age, unintroduced_age
from pressconv.transforms.easy.anaphora import resolve_at
from pressconv.transforms.easy.appeals import sought_head
from pressconv.transforms.easy.audience import audiences, for_reader
from pressconv.transforms.easy.compounds import MEDIOPUNKT, Separator, segment, segment_text
from pressconv.transforms.easy.contact import usable_contacts
from pressconv.transforms.easy.core import core_sentences, headline_sentences, is_offer
from pressconv.transforms.easy.deixis import resolve_time
from pressconv.transforms.easy.details import anchor_index, event_detail, orphan_detail
from pressconv.transforms.easy.donation import money_lines
from pressconv.transforms.easy.existentials import introduced_in_statement
from pressconv.transforms.easy.facts import PRESS_ADDRESS, Facts, find_facts
from pressconv.transforms.easy.incident import restates
from pressconv.transforms.easy.joins import return_line
from pressconv.transforms.easy.kind import Kind, classify
from pressconv.transforms.easy.leads import lead_sentences
from pressconv.transforms.easy.lexicon import Entry, common_noun, entries_for, in_domain, lexicon, lookup
from pressconv.transforms.easy.limits import HARD_LIMIT
from pressconv.transforms.easy.mentions import said_once
from pressconv.transforms.easy.newsfirst import news_sentences, standfirst
from pressconv.transforms.easy.organisations import ORG_HEADS
from pressconv.transforms.easy.ours import SenderForms
from pressconv.transforms.easy.pairs import join_pair
from pressconv.transforms.easy.person import third_person
from pressconv.transforms.easy.plainwords import plain_words
from pressconv.transforms.easy.positions import list_counts, position_lines, statement_title, subject_of
from pressconv.transforms.easy.readability import words
from pressconv.transforms.easy.references import event_noun, indefinite_opener
from pressconv.transforms.easy.references import indefinite as indefinite_events
from pressconv.transforms.easy.rescue import Rescue, RescueContext, exempt, whole_groups
from pressconv.transforms.easy.rescuers import rescues
from pressconv.transforms.easy.rewrite import digits_of_number_words, rewrite, title_genitive
from pressconv.transforms.easy.salience import side_action
from pressconv.transforms.easy.segments import CONTRAST_PART, headline_parts, segment_sentences
from pressconv.transforms.easy.select import (
    _CONCESSIVE,
    _CONTRAST_OPENER,
    Candidate,
    candidates,
    protagonists,
    split_sentences_of,
)
from pressconv.transforms.easy.sender import body_of, find_sender, von, with_article
from pressconv.transforms.easy.source import SourceSentence, contacts, flat, sentences, source_text, split_sentences
from pressconv.transforms.easy.templates import (
    Line,
    contact_lines,
    derived_facts,
    fact_lines,
    headline,
    sender_lines,
    split_sender_lines,
    written_line,
)
from pressconv.transforms.easy.titles import (
    addressee_only,
    alarm_title,
    appeal_title,
    from_headline,
    institution_phrase,
    ironic,
    kicker_topic,
    lead_clause,
    noun_attribute,
    noun_gender,
    opinion_sentence,
    plain_title,
    plural_noun,
    relative_time,
    resolve_coming_weekday,
    sought_title,
    topic_sentence,
    without_quoted_name,
)
from pressconv.transforms.easy.units import plain_units
from pressconv.transforms.easy.verdicts import verdict_lines
from pressconv.transforms.easy.verify import (
    FactGuard,
    Failure,
    name_words,
    rule_failures,
    structure_failures,
)
from pressconv.transforms.easy.voice import active
from pressconv.transforms.easy.when import WEEKDAYS_DE

__all__ = ["GENERIC_TITLE", "STEPS", "Draft", "build"]

# A readable summary is 12 to 20 sentences (issue 16 brief): source sentences fill what the templates leave.
_MAX_LINES: Final = 18
_MIN_SOURCE: Final = 6
# The sender's own sentences may become the title; a speaker's statement ("X sagt: …") may not.
_OWN: Final = ("core", "source", "copied")
_TITLE_WORDS: Final = 10  # a title is one short sentence (issue 16, Title)
# The last-resort title (easy-judging.md, item 6 counts it as a failure): reported when used.
GENERIC_TITLE: Final = "Eine Nachricht"
_COPY_MIN: Final = 7  # a 7+-word sentence copied unchanged counts as copied (issue 16 figures)
# A source sentence repeats one template sentence when three of its four nouns or more are that
# sentence's, and it has at least four nouns to judge by (fewer nouns overlap by chance).
_ECHO_SHARE: Final = 0.75
_ECHO_NOUNS_MIN: Final = 4
# A source sentence says what the summary has said already when most of its nouns and names (three
# in five or more, of at least two) are in the sentences kept so far.
_SAID_SHARE: Final = 0.6
_SAID_NOUNS_MIN: Final = 2
# Shorter source sentences than this are headings, captions or fragments, not statements.
_SENTENCE_WORDS_MIN: Final = 4
# A failing candidate of up to 20 words was close to a summary sentence (a rewrite cuts to HARD_LIMIT)
# and is reported as dropped; a longer source sentence fails on length anyway and would flood the report.
_REPORT_WORDS_MAX: Final = 20


@dataclass(frozen=True, slots=True, kw_only=True)
class Draft:
    """The summary while it is built: what each step found and what the verifier kept or dropped."""

    release: Release
    separator: Separator = MEDIOPUNKT
    title: str = ""
    sentences: tuple[SourceSentence, ...] = ()
    source: str = ""
    kind: Kind = "other"
    facts: Facts | None = None
    lines: tuple[Line, ...] = ()
    contact: tuple[Line, ...] = ()
    headline: str | None = None
    glossary: tuple[Entry, ...] = ()
    dropped: tuple[tuple[str, tuple[Failure, ...]], ...] = ()
    copied: int = 0
    keep: frozenset[str] = field(default_factory=frozenset)


def read(draft: Draft) -> Draft:
    """Title, sentences and full text of the release, and the names that must stay whole."""
    release = draft.release
    language = release.meta.language
    found = sentences(release)
    source = source_text(release)
    # A short quoted title („Digitalste Stadt“) is a name and stays whole; a quoted speech is no name.
    names = {
        w
        for q in re.findall(r"„([^“]+)“", source)
        if len(q.split()) <= 5 and not re.search(r"[.!?]\s", q)
        for w in q.split()
        if not common_noun(w)  # „Taschendiebstahl“: a topic, split like the word outside quotes
    }
    return replace(
        draft,
        title=flat(release.meta.title, language),
        sentences=found,
        source=source,
        keep=frozenset(names),
    )


# The line of a mailing list's footer ("Abmeldung vom Verteiler: …", "Newsletter abbestellen") and of
# the press contact block ("Pressekontakt: …", "Medienanfragen an …").
_LIST_FOOTER: Final = re.compile(r"Abmeld\w*|abmelden|abbestell\w*|Verteiler\w*|Newsletter|unsubscribe|no-?reply", re.I)
_PRESS_LINE: Final = re.compile(
    r"\b(?:Pressekontakt|Pressestelle|Pressesprecher\w*|Medienkontakt|Medienanfragen|Presseanfragen)\b", re.I
)


_CONTACT_BLOCK_LINES: Final = 5  # label, name, role, phone, address: a contact block's usual lines
_CONTACT_LINE_CHARS: Final = 80  # a label before an address on its own line ("Pressekontakt: … presse@…")


def _reader_emails(emails: tuple[str, ...], phones: tuple[str, ...], draft: Draft) -> tuple[str, ...]:
    """The e-mail addresses a reader may write to: never a mailing list's, nor a press officer's beside
    a reader line of the body.

    An unsubscribe address in a mail footer is no contact (judged wrong: "the unsubscribe address of
    the press mailing list"); a press officer's address under the body's registration number sends
    the reader to the wrong desk (judged wrong twice). Without any number in the body, the press
    office's address stays: it is then the only way to ask.
    """
    lines = draft.source.splitlines()

    def block(address: str) -> list[str]:
        # The text before the address on its line and the lines of its block above it (a contact
        # block lists its label, the name, the role, the number and the address one a line).
        found: list[str] = []
        for index, line in enumerate(lines):
            if address not in line:
                continue
            found.append(line[: line.index(address)][-_CONTACT_LINE_CHARS:])
            for above in reversed(lines[max(0, index - _CONTACT_BLOCK_LINES) : index]):
                if not above.strip():
                    break
                found.append(above)
        return found

    def press_personal(address: str) -> bool:
        # A press desk's address, or a person's in the press block ("anna.beispiel@", "beispiel@"
        # beside "Anna Beispiel"); a desk's own address there ("kulturamt@") still serves readers.
        around = block(address)
        if not any(_PRESS_LINE.search(text) for text in around):
            return False
        local = address.split("@")[0].lower()
        names = {word.lower() for text in around for word in re.findall(r"[A-ZÄÖÜ][a-zäöüß]+", text)}
        person = [part for part in re.split(r"[._-]", local) if part in names and not part.endswith(ORG_HEADS)]
        return bool(PRESS_ADDRESS.match(address)) or bool(person)

    body_phone = any(
        re.sub(r"\D", "", phone) in re.sub(r"\D", "", sentence.text) for phone in phones for sentence in draft.sentences
    )
    return tuple(
        e
        for e in emails
        if not any(_LIST_FOOTER.search(text) for text in block(e)) and not (body_phone and press_personal(e))
    )


def kind(draft: Draft) -> Draft:
    """The kind of release, from the title and the sender's own sentences."""
    body = "\n".join(s.text for s in draft.sentences if not s.speech)
    # The subtitle is part of the lead (it usually sums up the news in one line).
    meta = draft.release.meta
    lead = flat(meta.subtitle, meta.language) if meta.subtitle else ""
    return replace(draft, kind=classify(draft.title, body, lead))


def facts(draft: Draft) -> Draft:
    """The facts the kind's templates need."""
    # Only contacts a reader can use: obfuscated addresses written out, numbers dialable (contact.py).
    phones, emails = usable_contacts(*contacts(draft.release, draft.sentences))
    emails = _reader_emails(emails, phones, draft)
    # The public's lines only; the press office's, said as such, where there is none (audience.py).
    phones, emails, press_office = for_reader(phones, emails, audiences(draft.release, draft.sentences, draft.source))
    meta = draft.release.meta
    body = [s.text for s in draft.sentences if not s.speech and not s.heading]
    # An "Über uns" section (the parser's Section kind "about") is where a sender says what it is.
    about = [
        sentence
        for section in draft.release.sections
        if section.kind == "about"
        for block in section.blocks
        if isinstance(block, Paragraph)
        for sentence in split_sentences(flat(block.children, meta.language), meta.language)
    ]
    sender = find_sender(meta.organisation, meta.kicker, body, about=about)
    found = find_facts(
        draft.kind,
        draft.title,
        draft.sentences,
        issued=meta.issued,
        phones=phones,
        emails=emails,
        sender=sender,
        kicker=meta.kicker,
        subtitle=flat(meta.subtitle, meta.language) if meta.subtitle else None,
    )
    if found.sought is not None:
        # "Wer kennt diese Kristallschale?": an object noun no reader knows and no glossary explains
        # would take the whole appeal with it in the verifier; the general appeal ("Die Polizei bittet
        # um Hinweise.") still says what the reader can do (omission of the noun, not of the appeal).
        noun, gender = found.sought
        article = "einer" if gender == "die" else "einem"
        # Styled as the verifier styles it (compounds split at their parts): "Taschen·uhr" is no hard
        # word once split, and the glossary explains a compound by its parts (issue 16, round 2).
        styled = _style(f"Die Polizei sucht Hinweise zu {article} {noun}.", replace(draft, facts=found))
        if rule_failures(styled, known_acronyms=_lexicon_acronyms()):
            # The compound's last part names the object in plainer words ("eine Schale") (appeals.py).
            head = sought_head(noun, gender)
            plain = head and f"Die Polizei sucht Hinweise zu {article} {head[0]}."
            if not plain or rule_failures(_style(plain, draft), known_acronyms=_lexicon_acronyms()):
                head = None
            found = replace(found, sought=head)
    found = replace(found, press_office=press_office)
    people = {part for p in found.people for part in p.name.split()}
    # Place names of the named units and of the sender stay whole ("Baiersdorf" is no "Baiers·dorf").
    places = set(re.findall(r"\b[A-ZÄÖÜ][\wäöüß\-]+", (found.actor or "").replace("Feuerwehr", "")))
    places |= {w for w in (sender.name if sender else "").split()[1:] if lookup(w) is None}
    places |= _territory_names(draft.source)
    return replace(draft, facts=found, keep=draft.keep | people | places)


# "Stadt Neuenbrunn", "Landkreis Osterwald", "Gemeinde Effeltrich": German official style names a
# territorial body by its kind and its proper name; the word after the kind is a place name, and the
# dateline ("Neuenbrunn, 27. Februar 2026 –") opens with the place of the release (press convention).
_TERRITORY_NAME: Final = re.compile(
    r"\b(?:Stadt|Gemeinde|Landkreis|Kreis|Ortsteil|Stadtteil|Bezirk|Markt)\s+([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b"
)
_DATELINE: Final = re.compile(r"^([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?),\s+(?:den\s+)?\d{1,2}\.", re.M)


def _territory_names(source: str) -> set[str]:
    """Place names of the release: after a territorial body's kind, and the dateline's place.

    A name the lexicon knows as a common noun ("Kreis Verwaltung" does not occur, but "Stadt Mitte"
    does) stays out: such a word is split like any other.
    """
    found = {m.group(1) for m in _TERRITORY_NAME.finditer(source)} | {m.group(1) for m in _DATELINE.finditer(source)}
    return {name for name in found if lookup(name) is None}


def compose(draft: Draft) -> Draft:
    """Template sentences first, then source sentences whose rewrite the verifier accepts."""
    assert draft.facts is not None
    guard = _guard(draft)
    dropped = list(draft.dropped)
    issued = draft.release.meta.issued
    core, core_from = _core_lines(draft, guard, dropped)
    templated = [*fact_lines(draft.facts), *sender_lines(draft.facts)]
    # A core sentence whose nouns the fact templates all say already repeats them ("Es hat einen
    # Unfall gegeben." / "Ein Unfall hat sich ereignet."): the template, correct by construction, stays.
    # Partners and advice are added sentences, not the news: they never make a core sentence a repeat.
    known = {n for line in templated if line.origin not in _ADDED for n in _nouns(line.text)}

    # A time or place sentence follows its main sentence: if the main sentence goes, they go too.
    # Most of its nouns (three of four) in one template sentence is a repeat too, named a little
    # differently ("Das Senioren·netz Berlin …" beside the template's "der AWO Landes·verband Berlin …").
    def _echoes(nouns: set[str]) -> bool:
        return len(nouns) >= _ECHO_NOUNS_MIN and any(
            len(nouns & _nouns(t.text)) >= _ECHO_SHARE * len(nouns) for t in templated if t.origin not in _ADDED
        )

    repeated = {index for index, line, first in core if first and (_nouns(line.text) <= known or _echoes(_nouns(line.text)))}
    # Their time or place sentence may still add a fact; it names a noun the template introduced
    # ("Es hat einen Verkehrs·unfall gegeben." / "Der Verkehrs·unfall war in der Nacht …"), so it
    # follows the template's lines.
    extra = [
        line
        for index, line, first in core
        if index in repeated
        and not first
        and line.text.split()[1].replace("·", "").lower() in known
        and not _nouns(line.text) <= known
    ]
    facts_part = list(fact_lines(draft.facts))
    for detail in extra:
        noun = detail.text.split()[1].replace("·", "").lower()
        after = max((i for i, line in enumerate(facts_part) if noun in _nouns(line.text)), default=len(facts_part) - 1)
        facts_part.insert(after + 1, detail)
    # Inverted pyramid: the news first, who sent it and when last (issue 16: the metadata lines
    # filled the top of "Worum geht es?"). They are appended after the source sentences below.
    senders = sender_lines(draft.facts)
    lines = [*(line for index, line, _ in core if index not in repeated), *facts_part]
    lines[len(lines) - len(facts_part) : len(lines) - len(facts_part)] = _positions(draft, guard, lines, dropped)
    lines += _comes_back(draft)
    lines += _money_from(draft)
    written = _written(draft, guard, [*lines, *senders])
    # The sender's name is said by the closing line: a sentence that only names the sender again
    # ("Wir haben hier viel beschrieben." in the sender's name) adds nothing.
    said = {line.text for line in [*lines, *senders, *written]}
    # The sender's closing sentence without a date is not printed (_written), but what it says is
    # no news either: a source sentence that only names the sender again stays out all the same.
    said |= {line.text for line in written_line(draft.facts, None)}
    room_taken = len(lines) + len(senders)
    copied = 0
    found: list[tuple[int, int, Line]] = []
    room = max(_MIN_SOURCE, _MAX_LINES - room_taken)
    voice = _own_voice(draft)
    offered = candidates(draft.sentences, lambda piece: rewrite(piece, issued), own_voice=voice)
    waiting: list[tuple[Candidate, str]] = []
    split = split_sentences_of(offered)
    for candidate in offered:
        if len(found) >= room:
            break
        # Plain words for the formal ones (plainwords.py); a rescuer reads the rewrite as it was, in
        # the register its shapes are written for, and its sentences get plain words in turn.
        text = plain_words(candidate.text)
        if candidate.index in core_from and candidate.index not in split:
            continue  # the core step has said this sentence already, cut to its news
        if restates(
            candidate.source.text, uninhabitable=bool(draft.facts.uninhabitable), investigating=draft.facts.investigating
        ):
            continue  # a fact template (incident.py) has said it in plain words
        if any(candidate.source.text == source for source, _ in draft.facts.advice):
            continue  # its advice stands in plain form already (advice.py)
        if any(candidate.source.text == source for source, _ in draft.facts.outcomes):
            continue  # its outcome stands in plain form already (outcomes.py)
        if not _complete(candidate.source.text) and not candidate.source.speech:
            continue  # a fragment the parser cut off stays out, whatever a rewrite would make of it
        if text in said or len(words(text)) < _SENTENCE_WORDS_MIN or _said_already(text, said):
            continue
        if orphan_detail(text, candidate.source, draft.sentences, [*said, *(line.text for line in lines)], issued):
            # Registration or admission without the event it is for (details.py). It may still stand
            # after the headline's facts, which come in below and may name the event (segments.py).
            waiting.append((candidate, text))
            continue
        unchanged = text == candidate.source.text and len(words(text)) >= _COPY_MIN
        styled = _style(text, draft)
        failures = [
            *rule_failures(styled, known_acronyms=_acronyms(draft)),
            *structure_failures(styled),
            *guard.failures(styled),
        ]
        if any(f.check in ("guard.pronoun", "guard.dangling-opener") for f in failures):
            # "Er …"/"Sie …" by its one antecedent in the source sentence before (anaphora.py), checked again.
            resolved = resolve_at(text, draft.sentences, candidate.index, [draft.title, *_lead(draft), *said])
            again = _style(resolved, draft) if resolved else ""
            acronyms = _acronyms(draft)
            if resolved and not [
                *structure_failures(again),
                *guard.failures(again),
                *rule_failures(again, known_acronyms=acronyms),
            ]:
                text, styled, failures = resolved, again, []
        if failures:
            # A refused sentence may still say its fact in several short sentences (rescue.py).
            rescued = [] if candidate.source.speech else _rescued(draft, guard, candidate, candidate.text, said)
            if rescued:
                found.extend((candidate.index, candidate.piece, line) for line in rescued)
                said.update(line.text for line in rescued)
                continue
            if len(words(text)) <= _REPORT_WORDS_MAX:
                dropped.append((styled, tuple(failures)))
            continue
        if unchanged and copied >= 1:
            # A summary is not the release again: at most one sentence as the sender wrote it. Checked
            # after the verifier, so that a refused one still gets its rescue (new sentences, no copy);
            # a passing one may be rescued too, in a new form (a list, short sentences: rescue.py).
            rescued = [] if candidate.source.speech else _rescued(draft, guard, candidate, candidate.text, said)
            found.extend((candidate.index, candidate.piece, line) for line in rescued)
            said.update(line.text for line in rescued)
            continue
        origin = "speech" if candidate.source.speech else "copied" if unchanged else "source"
        if not candidate.source.speech:
            framed = _as_view(text, draft)
            if framed != text:
                if not framed or len(words(framed)) > HARD_LIMIT or guard.failures(_style(framed, draft)):
                    continue  # a demand that cannot be marked as the sender's view stays out
                text = framed
        if origin == "source" and (text.startswith("Man ") or ": Man " in text):
            # An impersonal rule or demand ("Man muss …") says no news of its own: never the title.
            origin = "source-impersonal"
        found.append((candidate.index, candidate.piece, Line(text, origin=origin)))
        said.add(text)
        copied += unchanged
    ordered = sorted(found, key=lambda item: (item[0], item[1]))
    # Main message first, side details last (inverted pyramid): a sentence about a side action
    # goes after the others, and never becomes the title (salience.py).
    lines.extend(line for _, _, line in ordered)
    # A rescue's followers go wherever their head goes (rescue.py: they point back at it).
    side_groups = {line.group for line in lines if line.group is not None and not line.follows and _side(line)}
    moved = [_side(line) if line.group is None else line.group in side_groups for line in lines]
    side = [replace(line, origin="side") for line, move in zip(lines, moved, strict=True) if move]
    lines = [line for line, move in zip(lines, moved, strict=True) if not move] + side
    at = next((i + 1 for i, line in enumerate(lines) if line.origin == "core"), 0)
    at += sum(1 for line in itertools.takewhile(lambda line: line.origin == "core-detail", lines[at:]))
    # The headline's clauses first (newsfirst.py): the news core, which the body may never state itself;
    # the other headline facts after the lead's news (segments.py; inverted pyramid), each verified.
    news = [Line(t, origin="news") for t in _news(draft, guard, [*lines, *senders], dropped)]
    lines[at:at] = [Line(t, origin="segment") for t in _segments(draft, guard, [*lines, *senders, *news], dropped)]
    lines[0:0] = news
    lines = _introduce_people(lines, draft)
    lines = _anchored_details(draft, guard, waiting, lines, dropped)
    lines.extend(senders)
    # The message's date goes in now; the verifier takes it out again where a date of the event
    # stands after its last drop (_without_second_date): a rescue with the event's date that a later
    # check drops must not leave the summary without any date.
    lines.extend(written)
    return replace(
        draft, lines=tuple(lines), contact=tuple(contact_lines(draft.facts)), dropped=tuple(dropped), copied=copied
    )


def _side(line: Line) -> bool:
    """A sentence about a side action (salience.py), which goes after the news; never one of ours."""
    return line.origin not in _OURS and side_action(line.text)


def _anchored_details(
    draft: Draft,
    guard: FactGuard,
    waiting: list[tuple[Candidate, str]],
    lines: list[Line],
    dropped: list[tuple[str, tuple[Failure, ...]]],
) -> list[Line]:
    """``lines`` with the registration and admission details whose event they now name (details.py).

    The headline's facts (segments.py) come in after the source sentences, so a detail checked in the
    candidate loop may have missed its event ("Das Fest ist am 6. September." from the subtitle, then
    "Der Eintritt ist frei."). Each is checked again against every line, verified like any other
    sentence, and put right after the line that states its event (after that line's rescue group):
    said anywhere else it would attach to the sentence before it. The rest is reported as left out.
    """
    issued = draft.release.meta.issued
    out = list(lines)
    for candidate, text in waiting:
        said = [line.text for line in out]
        at = anchor_index(text, candidate.source, draft.sentences, said, issued)
        if at is None or orphan_detail(text, candidate.source, draft.sentences, said, issued):
            dropped.append((text, (Failure("guard.detail-without-event", candidate.source.text[:40]),)))
            continue
        styled = _style(text, draft)
        failures = [
            *rule_failures(styled, known_acronyms=_acronyms(draft)),
            *structure_failures(styled),
            *guard.failures(styled),
        ]
        if failures or text in said:
            dropped.append((styled, tuple(failures)))
            continue
        at += 1
        while at < len(out) and out[at].follows:
            at += 1  # never between a rescue's head and its followers (rescue.whole_groups)
        out.insert(at, Line(text, origin="source"))
    return out


def _rewritten(piece: str, issued: date | None) -> str:
    """A source sentence's rewrite (rewrite.py) in plain words (plainwords.py: "bereits" → "schon")."""
    return plain_words(rewrite(piece, issued))


def _rescued(draft: Draft, guard: FactGuard, candidate: Candidate, text: str, said: set[str]) -> list[Line]:
    """The lines of the first rescue (rescue.py) whose every sentence the verifier accepts, else none.

    A rescue stands whole or not at all: its followers point back at its head. Every sentence is
    checked like any other, except that a follower may open with "Das"/"Dann"/"Dort" and a head may
    ask, where its follower answers (rescue.exempt). When one rescuer's offer fails the verifier, the
    next rescuer is asked: a sentence often has several shapes a rescuer reads (a time and a list).
    """
    issued = draft.release.meta.issued
    context = RescueContext(
        source=candidate.source,
        text=text,
        sentences=tuple(draft.sentences),
        index=candidate.index,
        issued=issued,
        rewrite=lambda piece: rewrite(piece, issued),
    )
    group = candidate.index * 1000 + candidate.piece  # unique within the release, the same on every run
    for name, result in rescues(context):
        lines = _verified_rescue(draft, guard, name, result, group, said)
        if lines:
            return lines
    return []


def _verified_rescue(draft: Draft, guard: FactGuard, name: str, result: Rescue, group: int, said: set[str]) -> list[Line]:
    """The lines of one rescue when every one of them passes the verifier and says something new, else none."""
    lines: list[Line] = []
    for position, sentence in enumerate(map(plain_words, result.sentences)):
        head = position == 0
        line = Line(
            sentence,
            origin=f"rescue-{name}",
            group=group,
            follows=not head,
            question=head and result.question and len(result.sentences) > 1,
            size=len(result.sentences) if head else 0,
            items=tuple(map(plain_words, result.items)) if head else (),
        )
        if sentence in said or (head and not line.items and _said_already(sentence, said)):
            return []
        styled = _style(sentence, draft)
        checks = [
            *rule_failures(styled, known_acronyms=_acronyms(draft)),
            *structure_failures(styled, list_intro=line.question or bool(line.items)),
            *guard.failures(styled),
            *(f for item in line.items for f in _item_failures(_style(item, draft), draft, guard)),
        ]
        if exempt(checks, line):
            return []
        lines.append(line)
    return lines


def _item_failures(item: str, draft: Draft, guard: FactGuard) -> list[Failure]:
    """The rule, structure and fact checks of one list item (lists.py), which is a phrase, not a sentence.

    An item needs no finite verb, no end mark and no capital (it continues its intro, Netzwerk Leichte
    Sprache list form: "Sie brauchen: einen Stift"); every other check of a sentence holds.
    """
    structure = [
        f
        for f in structure_failures(item, list_intro=True)
        if not (f.check == "guard.cut-off" and f.match == "starts mid-sentence")
    ]
    return [*rule_failures(item, known_acronyms=_acronyms(draft)), *structure, *guard.failures(item)]


def _headline_block(draft: Draft) -> tuple[list[str], list[str], bool]:
    """The headline block's parts that may state a fact (segments.py), the body they are checked
    against, and whether the release reports the past."""
    assert draft.facts is not None
    meta, facts = draft.release.meta, draft.facts
    labels = [meta.organisation or "", facts.sender.name if facts.sender else "", meta.kicker or ""]
    sub = flat(meta.subtitle, meta.language) if meta.subtitle else None
    # A satirical or teasing headline is never stated as a fact (easy-judging.md, items 2 and 6), as in
    # title(); the subtitle under it states the news plainly and still counts.
    headline_text = "" if ironic(draft.title, opinion=facts.kind == "statement") else _topic(draft.title)
    parts = headline_parts(headline_text, sub, meta.kicker, labels)
    body = [s.text for s in draft.sentences if not s.speech]  # list items and headings state facts too
    told = facts.told_in_past and facts.when is not None and facts.issued is not None and facts.when.day <= facts.issued
    past = facts.kind in ("police", "fire", "appeal", "missing") or told
    return parts, body, past


def _passes_logged(draft: Draft, guard: FactGuard, dropped: list[tuple[str, tuple[Failure, ...]]]) -> Callable[[str], bool]:
    """The verifier's rule, structure and fact checks; the report names every left-out sentence."""

    def passes(text: str) -> bool:
        styled = _style(text, draft)
        checks = [*rule_failures(styled, known_acronyms=_acronyms(draft)), *structure_failures(styled)]
        failures = [*checks, *guard.failures(styled)]
        dropped.extend([(styled, tuple(failures))] if failures else [])
        return not failures

    return passes


def _news(draft: Draft, guard: FactGuard, said: list[Line], dropped: list[tuple[str, tuple[Failure, ...]]]) -> list[str]:
    """The headline block's clauses as plain sentences the summary does not say yet (newsfirst.py)."""
    assert draft.facts is not None
    parts, body, past = _headline_block(draft)
    second = standfirst(draft.sentences)
    if second is not None:
        # A second subtitle left in the body (newsfirst.standfirst): its parts, grounded on the rest.
        parts = [*parts, *headline_parts(second.text, None, None, [])]
        body = [text for text in body if text != second.text]
    sender = draft.facts.sender
    named = (sender.name, with_article(sender, "nom")) if sender is not None else None
    return news_sentences(
        parts,
        body,
        [line.text for line in said],
        past=past,
        opinion=draft.facts.kind == "statement",
        passes=_passes_logged(draft, guard, dropped),
        countable=lambda noun: _counted(noun, draft),
        source=draft.source,
        sender=named,
    )


def _segments(draft: Draft, guard: FactGuard, said: list[Line], dropped: list[tuple[str, tuple[Failure, ...]]]) -> list[str]:
    """The facts of the headline and subtitle as sentences the summary does not say yet (segments.py)."""
    assert draft.facts is not None
    parts, body, past = _headline_block(draft)
    counted = lambda noun: _counted(noun, draft)  # noqa: E731
    return segment_sentences(
        parts,
        body,
        [line.text for line in said],
        past=past,
        opinion=draft.facts.kind == "statement",
        passes=_passes_logged(draft, guard, dropped),
        countable=counted,
    )


def _written(draft: Draft, guard: FactGuard, before: list[Line]) -> list[Line]:
    """Who wrote the release and when, as one sentence after the content (templates.written_line).

    At most one line, and only with the date: "Die Feuerwehr hat die Nachricht geschrieben." says
    nothing a reader can use (issue 16, round 2; judged7b pattern 1: padding). A sender's name of
    many words makes the sentence break a rule (more than 12 words, a hard word in the name): then
    the short frame line with the date alone stands (style.py keeps frames apart).
    """
    assert draft.facts is not None
    meta = draft.release.meta
    issued = meta.issued
    if issued is None:
        return []
    if meta.embargo is not None and meta.embargo.date() == issued:
        # The release's date is its embargo's (Sperrfrist: the day it may be published): when it was
        # written the release does not say, and "hat die Nachricht am … geschrieben" would (judge23h).
        return []
    written = written_line(draft.facts, issued)
    styled = [_style(line.text, draft) for line in written]
    if not any([*rule_failures(t, known_acronyms=_acronyms(draft)), *guard.failures(t)] for t in styled):
        return written
    # "Das Ordnungsamt von der Stadt X" is too long: the body it writes for is the sender too (sender.body_of).
    body = body_of(draft.facts.sender) if draft.facts.sender is not None else None
    if body is not None:
        shorter = written_line(replace(draft.facts, sender=body), issued)
        styled = [_style(line.text, draft) for line in shorter]
        if not any([*rule_failures(t, known_acronyms=_acronyms(draft)), *guard.failures(t)] for t in styled):
            return shorter
    return split_sender_lines(draft.facts, issued)[-1:]


def _core_lines(
    draft: Draft, guard: FactGuard, dropped: list[tuple[str, tuple[Failure, ...]]]
) -> tuple[list[tuple[int, Line, bool]], set[int]]:
    """The news from the lead (core.py), each sentence verified before it may stand first.

    A time or place sentence names the event noun of the sentence before it; if that sentence fails,
    its followers from the same source sentence go too (they would point at nothing).
    """
    issued = draft.release.meta.issued
    out: list[tuple[int, Line, bool]] = []
    failed: set[int] = set()
    used: set[int] = set()
    last: int | None = None
    # A nominal headline the body confirms ("Spende der X an die Y") says the news first (index -1).
    found = [(-1, text) for text in headline_sentences(_topic(draft.title), draft.sentences)]
    voice = _own_voice(draft) or (lambda piece: piece)
    found += _subtitle_core(draft, lambda piece: _rewritten(voice(piece), issued))
    found += core_sentences(draft.sentences, lambda piece: _rewritten(voice(piece), issued))
    # The lead's main clause for leads the kernel could not cut (leads.py): the news of any kind.
    found += lead_sentences(
        draft.sentences, lambda piece: _rewritten(voice(piece), issued), skip=frozenset(i for i, _ in found)
    )
    # A court's verdict and each prison term first (verdicts.py): the lead's clause itself is too long.
    verdicts = verdict_lines(draft.sentences)
    found = [*verdicts, *found]
    verdict_texts = {text for _, text in verdicts}
    for index, text in found:
        first = index != last
        last = index
        if index in failed or any(line.text == text for _, line, _ in out):
            continue
        # A demand of a statement release is the sender's view and says so, as in compose.
        framed = _as_view(text, draft)
        if framed != text and (not framed or len(words(framed)) > HARD_LIMIT):
            if first:
                failed.add(index)
            continue
        impersonal = text.startswith("Man ")
        text = framed
        styled = _style(text, draft)
        failures = [
            *rule_failures(styled, known_acronyms=_acronyms(draft)),
            *structure_failures(styled),
            *guard.failures(styled),
        ]
        if failures:
            dropped.append((styled, tuple(failures)))
            if first:
                failed.add(index)
            continue
        # Only the main sentence may become the title; its time and place sentences are details.
        # "Man muss …" is no news of its own: it never becomes the title.
        origin = "core-impersonal" if impersonal else "core" if first else "core-detail"
        if text in verdict_texts:
            origin = "verdict"  # the title step prefers it to an arrest template (title())
        out.append((index, Line(text, origin=origin), first))
        used.add(index)
    return out, used


def _positions(
    draft: Draft, guard: FactGuard, lines: list[Line], dropped: list[tuple[str, tuple[Failure, ...]]]
) -> list[Line]:
    """A statement's demands, criticism and views, and their count (positions.py), verified."""
    assert draft.facts is not None
    issued = draft.release.meta.issued
    sender = draft.facts.sender
    found = position_lines(draft.sentences, sender, draft.kind, lambda s: _rewritten(s, issued))
    said = {line.text for line in lines}
    # The sender's name is in every position line: only the rest says whether a line repeats another.
    name = set((sender.name if sender else "").split())
    out: list[Line] = []
    for text, origin in found:
        styled = _style(text, draft)
        failures = [*rule_failures(styled, known_acronyms=_acronyms(draft)), *structure_failures(styled)]
        failures += guard.failures(styled)
        own = " ".join(w for w in text.split() if w not in name)
        if text not in said and not _said_already(own, said) and not failures:
            out.append(Line(text, origin=origin))
        elif failures:
            dropped.append((styled, tuple(failures)))
        said.add(text)
    return out


def _comes_back(draft: Draft) -> list[Line]:
    """ "Max Muster kommt zurück zum Turn·verein.": the newcomer returns, where the sender says so (joins.py)."""
    facts = draft.facts
    if facts is None or facts.newcomer is None or facts.sender is None:
        return []
    body = [s.text for s in draft.sentences if not s.speech and not s.heading]
    found = return_line(body, facts.newcomer, with_article(facts.sender, "dat"))
    return [Line(found, origin="position")] if found else []


def _money_from(draft: Draft) -> list[Line]:
    """Where a donation's money came from and what is done with it (donation.py), rewritten."""
    if draft.facts is None or draft.facts.donation is None:
        return []
    own = [s.text for s in draft.sentences if not s.speech and not s.heading]
    return [Line(rewrite(text, draft.release.meta.issued), origin="position") for text in money_lines(own)]


def _subtitle_core(draft: Draft, rewritten: Callable[[str], str]) -> list[tuple[int, str]]:
    """The news of the release's own subtitle (Metadata.subtitle), kernel-cut and rewritten like the lead.

    News writing puts a one-sentence summary under the headline (Unterzeile / standfirst); it is
    often the clearest statement of the news, so it is a lead candidate of its own. Indexes are
    negative (-2, -3 …) so they never collide with the headline (-1) or a body sentence.
    """
    meta = draft.release.meta
    if not meta.subtitle:
        return []
    pieces = split_sentences(flat(meta.subtitle, meta.language), "de")
    lead = [SourceSentence(piece, lead=True, paragraph=0, position=i) for i, piece in enumerate(pieces)]
    found = [(-2 - index, text) for index, text in core_sentences(lead, rewritten, limit=1)]
    if found or not pieces or not re.search(r"[.!]$", pieces[0].strip()):
        return found
    # A subtitle that is a plain sentence already has no kernel to cut: it is offered rewritten, and
    # the caller's checks (rules, structure, fact guard) decide as for any lead sentence. A subtitle
    # without a closing full stop is a phrase ("Drohender Dachstuhlbrand"), not a sentence.
    return [(-2, rewritten(pieces[0].strip().rstrip("!.") + "."))]


# "Man muss …", "… müssen … werden": an obligation in the sender's own voice is the sender's demand.
_DEMAND: Final = re.compile(r"\b(?:muss|müssen|soll|sollen|sollte|sollten)\b")


# A sentence that names whose view it is already: a frame verb before the colon.
_FRAMED: Final = re.compile(r"^[^:]{2,90}\b(?:fordert|fordern|verlangt|verlangen|sagt|sagen|meint|meinen|kritisiert)\b: ")


def _as_view(text: str, draft: Draft) -> str:
    """ "Kabel und Drähte fordert: Man muss …": a demand of a statement release, marked as the sender's view.

    The rubric asks that a statement or opinion be "clearly marked as their view"; a demand in the
    sender's voice written as a bare "Man muss …" would read as a rule or a fact. The frame names the
    sender ("fordert" where the release itself speaks of demands, else "sagt"); without a known
    sender the sentence is left as it is only outside statement releases.
    """
    if draft.kind != "statement" or not _DEMAND.search(text) or _FRAMED.match(text):
        return text  # "X fordert: Y soll …" (clauses.py) is marked as a view already
    facts = draft.facts
    if facts is None or facts.sender is None:
        return ""  # whose demand it is cannot be said: the caller leaves the sentence out
    subject = with_article(facts.sender, "nom")
    subject = subject[:1].upper() + subject[1:]
    plural = subject.count(" und ") == 1 and bool(re.search(r" und (?:der|die|das) ", subject))
    body = " ".join(s.text for s in draft.sentences if not s.speech)
    demands = re.search(r"\b(?:forder(?:t|n)|Forderung(?:en)?)\b", body) is not None
    verb = ("fordern" if plural else "fordert") if demands else ("sagen" if plural else "sagt")
    return f"{subject} {verb}: {text[:1].upper()}{text[1:]}"


def _own_voice(draft: Draft) -> Callable[[str], str] | None:
    """The sender's first person plural in the third person with its name, where the sender is known."""
    sender = draft.facts.sender if draft.facts is not None else None
    if sender is None:
        return None
    subject = with_article(sender, "nom")
    # "die Polizei und die Staatsanwaltschaft": two organisations take the plural verb.
    # A plural head ("die Stadtwerke X") takes the plural verb too (sender.Sender.plural).
    plural = sender.plural or (subject.count(" und ") == 1 and bool(re.search(r" und (?:der|die|das) ", subject)))
    # "uns" and "unser" name the sender in the case the grammar asks for (ours.py).
    forms = SenderForms(subject, with_article(sender, "acc"), with_article(sender, "dat"), plural=plural)
    return lambda piece: third_person(piece, subject, plural=plural, forms=forms)


def _introduce_people(lines: list[Line], draft: Draft) -> list[Line]:
    """ "Der 77-Jährige ist gestürzt." -> "Ein 77-Jähriger …" where no line before has named that person.

    A pronoun is replaced by its person in the definite form (select.protagonists); if the sentence
    that introduced the person did not reach the summary, the definite form would point at nothing
    (rubric, item 3), and the indefinite form the source used says the same without pointing back.
    """
    people = {(definite, indefinite) for _, definite, indefinite in protagonists(draft.sentences).values()}
    out: list[Line] = []
    for line in lines:
        for definite, indefinite in people:
            head = indefinite.split(" ", 1)[1]
            stem = head[: max(4, len(head) - 2)]
            if line.text.startswith(definite + " ") and not any(stem in earlier.text for earlier in out):
                line = replace(line, text=indefinite + line.text[len(definite) :])
        line = replace(line, text=indefinite_age(line.text, [earlier.text for earlier in out]))
        out.append(line)
    return out


def _nouns(text: str) -> set[str]:
    """Capitalised words after the first (nouns and names), without compound dots."""
    return {w.lower() for w in re.findall(r"(?<!^)\b[A-ZÄÖÜ][\wäöüß·\-]{2,}", text.replace("·", ""))}


def _complete(sentence: str) -> bool:
    """The source sentence ends like a sentence (end mark, no dangling preposition or article)."""
    return not [f for f in structure_failures(sentence) if f.check == "guard.cut-off"]


def _said_already(text: str, said: set[str]) -> bool:
    """Most of the sentence's nouns and names are in the template sentences already."""
    nouns = {w.lower() for w in re.findall(r"\b[A-ZÄÖÜ][\wäöüß]{3,}", text)}
    known = {w.lower() for line in said for w in re.findall(r"\b[A-ZÄÖÜ][\wäöüß·]{3,}", line.replace("·", ""))}
    return len(nouns) >= _SAID_NOUNS_MIN and len(nouns & known) >= _SAID_SHARE * len(nouns)


def _topic(raw: str) -> str:
    """The release's own title without a front-matter key, a "Pressemitteilung:" label or quotes."""
    topic = raw.strip()
    if re.match(r"^[a-z_]+\s*[:=]\s*", topic):
        topic = re.sub(r"^[a-z_]+\s*[:=]\s*", "", topic).strip()  # a front-matter key ("title: …")
    topic = re.sub(r"^\+{2,}\s*(.*?)\s*\+{2,}$", r"\1", topic)  # news-ticker marks ("+++ Eilmeldung +++")
    topic = re.sub(r"^([\"'])(.*)\1$", r"\2", topic)
    topic = re.sub(
        r"^(?:Gemeinsame\s+)?(?:Presseeinladung|Pressemitteilung|Einladung|Pressemeldung|Meldung)(?:\s*:\s*|\s+zu[rm]?\s+)",
        "",
        topic,
    )
    topic = re.sub(r"\"([^\"]+)\"", r"„\1“", topic)
    return re.sub(r"[.!?]+$", "", topic).strip()


# A mail client's separator line ("-------- Weitergeleitete Nachricht --------", "----- Original Message -----").
_SEPARATOR: Final = re.compile(r"^\s*-{3,}.*-{3,}\s*$")
# The subject line of a mailed release (RFC 5322 §3.6.5 "Subject"; German clients write "Betreff").
_SUBJECT_LINE: Final = re.compile(r"^(?:Betreff|Betr\.|Subject)\s*:\s*(?P<subject>\S.*)$")
# A news-ticker headline in the body ("+++ Sperrung der Brücke +++", press-portal convention).
_TICKER_LINE: Final = re.compile(r"^\+{3}\s*(?P<headline>\S.*?)\s*\+{3}$")
_HEAD_LINES: Final = 8  # the header block of a mail or a web page: the first lines of the body


def _stated_headline(draft: Draft) -> str:
    """The release's headline: its parsed title, or, where that is a mail separator or only the name of
    an institution (a letterhead or site name the parser took), the subject line or the ticker line among the
    first lines of the body, which carries the sender's headline (judge24h r07, r09)."""
    title = draft.title
    plain = _topic(title)
    if not (_SEPARATOR.match(title) or _junk(plain) or institution_phrase(plain)):
        return title
    for sentence in draft.sentences[:_HEAD_LINES]:
        match = _SUBJECT_LINE.match(sentence.text.strip()) or _TICKER_LINE.match(sentence.text.strip())
        if match is not None:
            return match.group(match.lastgroup or 0)
    return title


def _junk(topic: str) -> bool:
    """A time stamp, markup or a front-matter line the parser left as the title."""
    # "Brand 3", "THL 2": an alarm keyword with its level is a label of the dispatch system.
    return bool(re.search(r"\d{1,2}[.:]\d{2}\s*Uhr|\d{4}-\d\d|^[#+{<\[]|[#{}<>]|^\W*$|^\S+\s+\d{1,2}$", topic))


def title(draft: Draft) -> Draft:
    """One short sentence saying what the release is about (never a time stamp or a generic line).

    Order: a title built from the facts; a part of the sender's headline, rewritten, only if every
    content word of it recurs in the body (a headline word the body never uses is a pun or a
    metaphor: "Mit Volldampf voraus", "Endspurt für die Koalition"); the first verified sentence; the sender and
    the kind ("Die Polizei Berlin berichtet über einen Unfall"); last, the sender alone.
    """
    assert draft.facts is not None
    facts = draft.facts
    chosen = headline(facts)
    if chosen is not None and not _title_fits(chosen, draft):
        chosen = None
    # A court release says who was sentenced (verdicts.py); the arrest its lead mentions in passing
    # ("seit ihrer Festnahme") is not what it is about (judged8: never "Die Polizei hat … festgenommen").
    verdict = next((line.text.rstrip(".") for line in draft.lines if line.origin == "verdict"), None)
    if verdict is not None and len(words(verdict)) <= _TITLE_WORDS:
        chosen = verdict
    if chosen is None and facts.kind == "statement":
        # What the sender demands or criticises, never "<Sender> schreibt über …" (positions.py).
        # The criticism template ("X kritisiert die Landes·regierung.", statement.py) is a position too.
        chosen = statement_title([line.text for line in draft.lines if line.origin == "position"], long=False)
    # "ab kommendem Montag" gets its date before the parts are read (titles.resolve_coming_weekday).
    topic = resolve_coming_weekday(_topic(_stated_headline(draft)), facts.issued)
    # "Ort: Was geschah" / "Thema - Aussage": each part may be the sentence the title needs.
    pieces = [p.strip() for p in re.split(r":\s+|\s+[-–]\s+", topic) if p.strip()]
    if any(CONTRAST_PART.match(p) for p in pieces[1:]):
        pieces = []  # "Mehr Verträge – aber …": no part alone says what the whole headline says (segments.py)
    # "Nachfrage steigt, Preise bleiben stabil": a headline may list clauses, each with its own
    # finite verb (Schlagzeilenstil); the first is the sender's lead news and a title candidate of its own.
    pieces = [q for p in pieces for q in (p, *_first_clause(p))]
    # "Frankfurt-Gallus: Versuchtes Tötungsdelikt": the part after the place says what happened.
    parts = [*reversed(pieces), topic] if len(pieces) > 1 else [topic]
    # A headline verb the body does not repeat is accepted only where headline grammar is rebuilt
    # into a sentence (_from_headline adds the articles); a part taken as it stands needs every word.
    # A quoted name after a noun is left out of the sentence (titles.without_quoted_name), so only the
    # words that remain need to recur in the body.
    clauses = [p for p in parts if p and not _junk(p) and _grounded(without_quoted_name(p), draft, literal_verb=True)]
    parts = [p for p in parts if p and not _junk(p) and _grounded(p, draft)]
    if ironic(draft.title, opinion=facts.kind == "statement"):
        parts = clauses = []  # satire or a teaser is never stated as a fact (easy-judging.md, items 2 and 6)
    ordered = [p for p in [*pieces, topic] if p in clauses]
    if chosen is not None and facts.kind in ("appeal", "missing") and _OBJECTLESS_APPEAL.fullmatch(chosen):
        # "Die Polizei bittet um Hilfe" names nothing the reader could know about (judged generic,
        # easy-judging.md item 6); the appeal headline's question names the thing ("Wer kennt …?").
        chosen = _appeal_title(draft, facts, pieces or [topic]) or chosen
    simple = _from_headline(ordered, draft)
    # A headline wholly in quotation marks is somebody's words (titles.ironic), not the sender's:
    # the subtitle then carries the facts in the sender's own voice (press convention: quote as
    # headline, facts in the standfirst), so its first part is tried as for any other headline.
    quoted = ironic(draft.title, opinion=False)
    if simple is None and (quoted or not ironic(draft.title, opinion=facts.kind == "statement")):
        # The subtitle (Unterzeile) summarises the news in headline grammar too ("Bibliothek und
        # Musikschule laden am 19. September ein – Eintritt frei"): its parts, grounded in the body
        # like the headline's, are the next title candidates (news-writing convention: standfirst).
        sub = flat(draft.release.meta.subtitle, draft.release.meta.language) if draft.release.meta.subtitle else ""
        sub_parts = [p.strip() for p in re.split(r":\s+|\s+[-–]\s+", sub) if p.strip()]
        # Every part, in the sender's order (standfirst convention: the most important first); a later
        # part is a title only when it makes a headline clause itself, which a bare condition or side
        # fact ("Eintritt frei", "Anmeldung erforderlich") does not (titles.from_headline).
        # A quoted part is somebody's words, and the part before it is the speaker ("Ministerin X:
        # „…“"): neither states the sender's news (titles.ironic), so the parts end before the speaker.
        spoken = next((i for i, p in enumerate(sub_parts) if p[:1] in "„“\"»«‚'"), None)
        own = sub_parts if spoken is None else sub_parts[: max(0, spoken - 1)]
        grounded = [p for p in own if not _junk(p) and _grounded(without_quoted_name(p), draft, literal_verb=True)]
        simple = _from_headline(grounded[:1], draft) if own[:1] == grounded[:1] else None
        rest = [p for p in own[1:] if p in grounded]
        later = _from_headline(rest, draft) if simple is None else None
        simple = simple or (later if later is not None and not later.startswith(("Es ", "Man ")) else None)
    # "Wer hat alte Fotos vom Hafen?" in the headline or the subtitle: a call for things, which says
    # what the release is about better than the event it serves ("Es gibt eine Ausstellung").
    sought = _sought_title(draft, facts)
    if sought is not None and (chosen is None or _TEMPLATE_ONLY.fullmatch(chosen) or _OBJECTLESS_APPEAL.fullmatch(chosen)):
        chosen, simple = None, sought
    if facts.kind == "fire" and facts.what is None:
        # A fire report that names no incident the facts could state: its lead often sets the scene
        # ("Am Montag heulten die Sirenen"), its alarm line says what the call-out was for
        # (titles.alarm_title), which the lead clause does not. It says that someone reported the
        # fire, before the body's "Die Meldung war: …" line (outcomes.py), which as a title alone
        # could read as a fire still burning.
        chosen = _alarm_title(draft) or chosen
    if chosen is None:
        # The news from the lead (core.py): subject and verb, no pronoun, at most 10 words. Inverted
        # pyramid: the lead says what the release is about better than a generic line, unless it
        # shares no noun with a headline that makes a title itself: then it is a side fact.
        chosen = next(
            (
                line.text.rstrip(".")
                for line in draft.lines
                if line.origin == "core"
                and not is_offer(line.text)  # the program of an event is a detail (core.offer_sentence)
                and not addressee_only(line.text)  # who is told, not what (titles.addressee_only)
                and len(words(line.text)) <= _TITLE_WORDS
                and _good_title(line.text, draft, _TITLE_WORDS)
                and (simple is None or _shares_noun(line.text, " ".join(ordered)))
            ),
            None,
        )
    for part in parts if chosen is None else []:
        candidate = _subject_article(rewrite(part + ".", draft.release.meta.issued))
        if _good_title(candidate, draft):
            chosen = candidate.rstrip(".")
            break
    # The sender's headline as a sentence (titles.py) before a sentence of the body: the headline says
    # what the release is about; a body sentence may be a side fact ("Die Bäume sind nicht mehr …").
    # A bare template ("Es gibt eine Verleihung") gives way to the headline that names the same noun.
    bare = chosen is not None and bool(re.fullmatch(r"Es (?:gibt|hat) (?:eine?n?|eine) \S+(?: gegeben)?", chosen))
    # A participle headline the body tells as a past passive ("Man hat … gefunden", headline_grammar.py)
    # names the event the sender put first: it goes before a template or a lead clause, which may be
    # a side fact or a frame ("bittet um Hilfe"), but not before a court's verdict.
    reported = simple is not None and simple.startswith("Man ") and chosen != verdict
    # A headline clause with its own verb ("Anna Muster wird neue Leiterin") says what the sender put
    # first; a title built from the facts about another person ("B ist scheidende Leiterin") says a
    # side fact (inverted pyramid: the headline is the news).
    headline_news = (
        simple is not None
        and chosen is not None
        and chosen != verdict
        and any(t.pos == "VV(FIN)" or t.word == "wird" for t in morph.tag(simple)[1:])
        and _other_person(chosen, simple)
    )
    if simple is not None and (
        chosen is None or reported or headline_news or (bare and _plain(chosen.split()[3]) in _plain(simple))
    ):
        # A headline in headline grammar with its own verb ("Verband tritt Bündnis bei") is rebuilt
        # with guessed articles ("einem Bündnis"); the lead's main clause says the same news with the
        # names written out ("Der Verband X ist neu im Bündnis Y"), so it goes first when it passes.
        # "Man hat … gefunden" (headline_grammar.py) takes its articles from the body: no guess to avoid.
        verbal = any(t.pos.endswith("(FIN)") for t in morph.tag(simple)[1:]) and not simple.startswith(("Es ", "Man "))
        chosen = (_lead_title(draft) if verbal and chosen is None else None) or simple
    if chosen is None:
        # The lead's main clause before a later sentence of the summary (inverted pyramid).
        chosen = _lead_title(draft)
    if chosen is None:
        first = next(
            (
                line.text
                for index, line in enumerate(draft.lines)
                if line.origin in _OWN
                and _good_title(line.text, draft)
                and not _side_condition(line.text)
                and not addressee_only(line.text)
                and not _continues(line.text, [SourceSentence(text=earlier.text) for earlier in draft.lines[:index]])
            ),
            None,
        )
        chosen = first.rstrip(".") if first else None
    # The sender's or an office's name alone is no topic (titles.institution_phrase).
    about = next(
        (f"Es geht um: {p}" for p in map(title_genitive, parts) if _usable_topic(p, draft) and not institution_phrase(p)),
        None,
    )
    if chosen is not None and any(line.origin == "core" and line.text.rstrip(".") == chosen for line in draft.lines):
        chosen = _with_topic(chosen, draft, pieces or [topic])
    if chosen is None:
        sent = _sender_title(facts, draft)
        sent = _with_topic(sent, draft, pieces or [topic]) if sent else None
        chosen = sent if sent and _title_fits(sent, draft) else None
        # "X sagt seine Meinung" names no topic (easy-judging.md, item 6: generic); a kicker that
        # names the topic ("Pressemitteilung zu den Landtagswahlen") says more.
        if chosen is not None and chosen.endswith(" Meinung"):
            chosen = _opinion_topic(facts, draft, pieces or [topic]) or _kicker_title(draft) or chosen
    if chosen is None:
        # "Es geht um den Neu·zugang Max Muster": the headline's topic as a sentence; the bare
        # "Es geht um: X" is no sentence (easy-judging.md, item 6) and stays in the body only.
        chosen = next(
            (
                _style(t + ".", draft).rstrip(".")
                for t in map(
                    topic_sentence, (title_genitive(p) for p in [*pieces, topic] if p in parts and not institution_phrase(p))
                )
                if t is not None and _fits_title(t, draft)
            ),
            about,
        )
    if chosen is None:
        # A fact sentence of ours ("Die Polizei ermittelt."), but no role line ("X ist Senatorin") and
        # no date line: those are side facts, not what the release is about.
        names = [p.name for p in facts.people]
        chosen = next(
            (
                line.text.rstrip(".")
                for line in draft.lines
                if line.origin == "template"
                and not line.text.startswith("Die Nachricht ist")
                and " im Einsatz." not in line.text  # who helped is a side fact, not the news
                and not any(line.text.startswith(n) for n in names)
                and _good_title(line.text, draft)
            ),
            None,
        )
    if chosen is None and facts.kind == "appeal":
        # A witness appeal's headline question as what the police ask (titles.appeal_title).
        asker = with_article(facts.sender, "nom") if facts.sender else "die Polizei" * ("Polizei" in draft.source)
        chosen = _appeal_title(draft, facts, pieces or [topic])
        fallback = f"{asker[:1].upper()}{asker[1:]} bittet um Hinweise" if re.search(r"\bHinweis", draft.source) else ""
        chosen = chosen or (fallback if asker and _fits_title(fallback, draft) else None)
    if chosen is None and facts.kind == "fire" and re.search(r"\bFeuerwehr", draft.source):
        # A fire brigade's report whose incident has no name the lexicon knows: the operation itself
        # is what happened (kind template of fire reports; "Feuerwehr" is the release's own word).
        # "Im Einsatz" alone is true of every fire report (easy-judging.md, item 6: generic), so the
        # title needs the place the facts found ("in Altdorf"); without it the title says nothing.
        # Before the last resort below: a later sentence of the body may be a side fact ("Vor Ort war …").
        sentence = f"Die Feuerwehr war {facts.area} im Einsatz" if facts.area else ""
        chosen = _style(sentence + ".", draft).rstrip(".") if sentence and _fits_title(sentence, draft) else None
    if chosen is None:
        # Last resort before a generic line: the first verified sentence of the sender, up to _TITLE_WORDS.
        first = next(
            (
                line.text
                for line in draft.lines
                if line.origin in _OWN
                and len(words(line.text)) <= _TITLE_WORDS
                and not relative_time(line.text)  # "die betroffene Ware" points at nothing (judge24h r10)
                and not side_action(line.text)
                and not _side_condition(line.text)
                and not addressee_only(line.text)
            ),
            None,
        )
        chosen = first.rstrip(".") if first else None
    sender = _sender(draft.release.meta.organisation) if facts.sender is None else von(facts.sender)
    if chosen is None:
        chosen = _kicker_title(draft)
    if chosen is None:
        # Only when no headline part, lead clause or fact makes a sentence: reported (``diagnostics``).
        chosen = f"{GENERIC_TITLE} {sender}" if sender else f"{GENERIC_TITLE} in Leichter Sprache"
    if facts.kind == "statement" and re.search(r" schreibt über | sagt (?:seine|ihre) Meinung$", chosen):
        # A topic frame is judged generic: any position line of the sender says more (positions.py),
        # the criticism template ("X kritisiert die Landes·regierung.") and the sender's own framed
        # source sentence ("X fordert: Die Stadt soll …", clauses.py) included.
        subject = subject_of(facts.sender, draft.sentences)
        said = [
            line.text
            for line in draft.lines
            if line.origin in ("position", "template") or (subject and line.text.startswith(subject + " "))
        ]
        chosen = statement_title(said) or chosen
    if _KIND_ONLY.fullmatch(chosen):
        # "Es gibt eine Sonder·ausstellung" names only the kind; the headline or its subtitle names
        # which one (judge24h r08).
        sub = flat(draft.release.meta.subtitle, draft.release.meta.language) if draft.release.meta.subtitle else ""
        naming = [*(pieces or [topic]), *(p.strip() for p in re.split(r":\s+|\s+[-–]\s+", sub) if p.strip())]
        chosen = _named_template(chosen, draft, naming) or chosen
    # Refusal only (another step builds titles): a title stands first, so "Die 63-Jährige geht …"
    # points back at no one; the indefinite says it without pointing (ages.py), else the sender's title.
    chosen = indefinite_age(chosen, [])
    if unintroduced_age(chosen, []) is not None:
        chosen = _sender_title(facts, draft) or chosen
    chosen = plain_title(chosen)  # "konnte X durchführen" -> "hat X gemacht" (titles.py)
    # A headline fact the title states already is padding below it (segments.py; judged: bodies that open with the title).
    lines = tuple(line for line in draft.lines if line.origin != "segment" or not _in_title(line.text, chosen))
    # No "Es geht um: <headline>" under a title that names the topic already (issue 16, round 2:
    # padding): most of its nouns in the title, or a title that states a topic of its own
    # ("… schreibt über …"), which a front-matter headline (often ironic) is not.
    about_nouns = _nouns(about or "")
    titled = bool(about_nouns) and 2 * len(about_nouns & _nouns(chosen)) >= len(about_nouns)
    if titled or re.search(r"\b(?:über|zum Thema)\b", chosen):
        about = None
    if not lines and not about:
        # Never an empty "Worum geht es?": say who sent it, or say honestly that nothing passed; the
        # sender only where the title does not name it already (issue 16, round 2: no padding).
        named = bool(sender) and f" {sender}" in chosen
        lines = (Line(f"Die Nachricht ist {sender}." if sender and not named else _NO_TEXT),)
    content = [line for line in lines if not _metadata(line)]
    thin = len(content) < 2
    # The topic line goes when the lead's news (core.py) says all its nouns already.
    core_nouns = {n for line in lines if line.origin.startswith("core") for n in _nouns(line.text)}
    covered = bool(about) and bool(core_nouns) and _nouns(about or "") <= core_nouns
    if about and not facts.core and not covered and (thin or facts.what is None):
        # The body says what the release is about when little passed or no event or incident is named.
        lines = (Line(about + "."), *lines)
    return replace(draft, headline=chosen, lines=lines)


# A kind template that names only the kind of event ("Es gibt eine Ausstellung"): generic (easy-judging.md item 6).
_TEMPLATE_ONLY: Final = re.compile(r"Es (?:gibt|hat) (?:eine?n?|eine) \S+(?: gegeben)?")


# "Es gibt eine (große) Ausstellung": the kind template with at most one adjective and nothing after the noun.
_KIND_ONLY: Final = re.compile(r"Es gibt (?:eine?n?) (?:[a-zäöüß]+ )?[A-ZÄÖÜ][\w·\-]+")
_QUOTED_PART: Final = re.compile(r"^[„\"»](?P<name>[^„“\"«»]+?)[“\"«]$")


def _named_template(chosen: str, draft: Draft, pieces: list[str]) -> str | None:
    """ "Es gibt eine Sonder·ausstellung „Name“ im Stadt·museum Muster" from a bare kind template.

    Headline convention: a part names the thing ("Große Sonderausstellung im Stadtmuseum X") with
    the place phrase after its noun, and a part wholly in quotation marks beside it names the work
    ("„Farben der Zeit“ – …"). The place phrase is added when its words recur in the body (as
    _grounded for any headline part); the quoted name only when the body writes it right after the
    noun (an apposition: "die Sonderausstellung „…“"), so a speaker's quote is never taken for a
    name. Adjectives before the noun ("Große") are left out: that states less, nothing false.
    """
    noun = chosen.split()[-1].replace("·", "")
    place: list[str] = []
    for piece in pieces:
        tagged = morph.tag(piece)
        at = next((i for i, t in enumerate(tagged) if t.word.lower() == noun.lower()), None)
        if at is None or at + 1 >= len(tagged):
            continue
        found = re.search(rf"(?<![\w·]){re.escape(tagged[at].word)}(?![\w·])", piece)
        rest = piece[found.end() :].strip() if found else ""
        if rest and tagged[at + 1].pos in ("APPR", "APPRART") and _grounded(rest, draft):
            place = [rest]  # the piece's own text: the tagger's tokens would split "5." into "5 ."
            break
    name = ""
    for piece in pieces:
        quoted = _QUOTED_PART.match(piece.strip())
        first = quoted["name"].split(". ")[0].strip() if quoted else ""
        if first and len(first.split()) <= 4 and re.search(rf"{re.escape(noun)}\s+[„\"»]{re.escape(first)}", draft.source):
            name = f" „{first}“"  # an apposition right after the noun, as the body writes it
            break
    base = " ".join([chosen, *place])
    for candidate in (" ".join([chosen + name, *place]), base, chosen + name):
        if candidate != chosen and _fits_title(candidate, draft):
            return _style(candidate + ".", draft).rstrip(".")
    return None


def _sought_title(draft: Draft, facts: Facts) -> str | None:
    """The sender looks for what a "Wer hat …?" part of the headline or subtitle asks for (titles.sought_title)."""
    # "Wer hat Fragen zur Wahl?" offers answers and seeks nothing: only a release whose body says that
    # something is sought ("Gesucht werden …", "sucht") makes its question a call for things.
    body = " ".join(s.text for s in draft.sentences if not s.heading)
    if facts.sender is None or not re.search(r"\b(?:ge)?such(?:t|en|e)\b", body, re.I):
        return None
    subject = with_article(facts.sender, "nom")
    subject = subject[:1].upper() + subject[1:]
    meta = draft.release.meta
    texts = [flat(t, meta.language) for t in (meta.title, meta.subtitle) if t]
    questions = [p.strip() for text in texts for p in re.split(r":\s+|\s+[-–]\s+", text) if p.strip().endswith("?")]
    found = (sought_title(subject, q) for q in questions)
    return next((_style(t + ".", draft).rstrip(".") for t in found if t is not None and _fits_title(t, draft)), None)


# An appeal title without its object: "bittet um Hilfe / Hinweise / Mithilfe" and nothing after it.
_OBJECTLESS_APPEAL: Final = re.compile(r"\S.* bittet um (?:Hilfe|Mithilfe|Hinweise|Ihre Hilfe)")


# Words after which a later clause restricts or contradicts the first ("…, aber nur am Abend"):
# the first clause alone would then state a broader claim (rubric: never a dropped restriction).
_RESTRICTING: Final = re.compile(
    r"\b(?:aber|doch|jedoch|dennoch|trotzdem|sondern|während|obwohl|außer|nicht|kein\w*|nur|ohne|niemand|noch)\b", re.I
)


def _first_clause(piece: str) -> tuple[str, ...]:
    """The first clause of a headline part that lists clauses with commas, when it may stand alone.

    Every comma-separated piece must be a clause with its own finite verb after its subject, and no
    later one may restrict the first (_RESTRICTING); otherwise nothing.
    """
    clauses = [c.strip() for c in piece.split(", ")]
    if len(clauses) < 2 or _RESTRICTING.search(", ".join(clauses[1:])):
        return ()
    for clause in clauses:
        tagged = morph.tag(clause)
        finite = any(t.pos.endswith("(FIN)") for t in tagged[1:])
        if len(tagged) < 2 or not finite or tagged[0].pos not in ("NN", "NE", "ART", "ADJ(A)"):
            return ()
    return (clauses[0],)


def _plain(text: str) -> str:
    """The text without the compound dots the style step adds ("Bürger·sprech·stunde" -> "Bürgersprechstunde")."""
    return text.replace(MEDIOPUNKT, "").replace("·", "")


def _other_person(title: str, headline: str) -> bool:
    """Both open with a person's name (two name words at least), and the names differ.

    "B ist scheidender Trainer" under the headline "A wird neuer Trainer": the same role noun, but a
    title about another person than the headline's says a side fact (the headline names the news).
    """

    def name(text: str) -> tuple[str, ...]:
        return tuple(t.word for t in itertools.takewhile(lambda t: t.pos == "NE", morph.tag(text)))

    first, second = name(title), name(headline)
    return len(first) >= 2 and len(second) >= 2 and first != second


def _in_title(text: str, title: str) -> bool:
    """Every noun of the sentence is one of the title's, or its last part is ("Bundes·polizei" under "Polizei"),
    and every number of it is in the title: the sentence says nothing the title does not."""
    heads = {n for w in _nouns(title) for n in (w, segment(w.capitalize()).split("·")[-1].lower())}
    nouns = {segment(w.capitalize()).split("·")[-1].lower() if w not in heads else w for w in _nouns(text)}
    numbers = set(re.findall(r"\d+", text)) <= set(re.findall(r"\d+", title))
    return bool(nouns) and nouns <= heads and numbers


def _appeal_title(draft: Draft, facts: Facts, pieces: list[str]) -> str | None:
    """ "Die Polizei sucht Hinweise zu einer Schale" from the appeal headline (titles.appeal_title), if it fits."""
    asker = with_article(facts.sender, "nom") if facts.sender else "die Polizei" * ("Polizei" in draft.source)
    askers = [asker[:1].upper() + asker[1:]] if asker else []
    # A police body's full name ("Polizeidirektion Nordstadt") may break the word rules where the
    # body says "die Polizei" itself: then the plain name is the same asker.
    if (
        facts.sender
        and re.search(r"Polizei|[Kk]riminal", facts.sender.name)
        and re.search(r"\b[Dd]ie Polizei\b", draft.source)
    ):
        askers.append("Die Polizei")
    # The question about the thing first ("Wer kennt …?"): a reader can recognise a thing, not an offence.
    ordered = sorted(pieces, key=lambda piece: not piece.startswith("Wer "))
    found = (t for a in askers for p in ordered for t in appeal_title(a, p))
    return next((_style(t + ".", draft).rstrip(".") for t in found if _fits_title(t, draft)), None)


def _alarm_title(draft: Draft) -> str | None:
    """ "Jemand hat den Brand von einer Scheune gemeldet" from the report's alarm line, if it fits."""
    alarms = (alarm_title(s.text, event_noun) for s in draft.sentences if not s.heading and not s.speech)
    alarm = next((a for a in alarms if a is not None and _fits_title(a, draft)), None)
    return _style(alarm + ".", draft).rstrip(".") if alarm else None


_CONTENT_TAGS: Final = ("NN", "NE", "ADJ(A)", "ADJ(D)")


# The lead: the first sentences of the body's first paragraphs (news-writing convention).
_LEAD_SENTENCES: Final = 3


def _lead_title(draft: Draft) -> str | None:
    """The main clause of one of the lead's first sentences, rewritten, as the title (titles.lead_clause).

    Inverted pyramid: the lead says what happened, so its main clause is a better title than a
    generic frame or a topic label. The clause must pass the same checks as every title sentence
    (rules, structure, fact guard, at most _TITLE_WORDS words, the subject first).
    """
    issued = draft.release.meta.issued
    voice = _own_voice(draft) or (lambda piece: piece)
    own = [s for s in draft.sentences if not s.heading and not s.speech]
    for index, sentence in enumerate(own[:_LEAD_SENTENCES]):
        after = own[index + 1].text if index + 1 < len(own) else ""
        if _CONTRAST_OPENER.match(after) or _CONCESSIVE.search(sentence.text):
            continue  # "Jedoch …" qualifies or reverses it: alone it would mislead (rubric, item 2)
        clause = lead_clause(voice(sentence.text))
        if clause is None or (index > 0 and _continues(clause, own[:index])):
            continue
        candidate = rewrite(active(clause), issued)
        if index > 0 and _continues(candidate, own[:index]):
            continue
        if _good_title(candidate, draft, _TITLE_WORDS) and not _guard(draft).failures(_style(candidate, draft)):
            return _style(candidate, draft).rstrip(".")
    return None


_DEFINITE_SUBJECT: Final = re.compile(r"^(?:Der|Die|Das)\s+([A-ZÄÖÜ][\wäöüß·\-]+)")


def _continues(clause: str, before: list[SourceSentence]) -> bool:
    """True when the clause's subject is a definite noun that an earlier lead sentence introduced
    ("Am Samstag gibt es einen Erste-Hilfe-Kurs. Der Kurs ist kostenlos."): an anaphoric definite
    continues the news about that thing (a property, a detail) and does not say what happened.
    The earlier sentence may name it as the last part of a compound ("Erste-Hilfe-Kurs")."""
    subject = _DEFINITE_SUBJECT.match(clause)
    if subject is None:
        return False
    noun = re.escape(subject.group(1).replace("·", ""))
    pattern = re.compile(rf"\bein(?:e|en|em|er|es)?\s+(?:[\w\-]+\s+)?[\w\-]*{noun}\b", re.IGNORECASE)
    return any(pattern.search(s.text.replace("·", "")) for s in before)


def _opinion_topic(facts: Facts, draft: Draft, pieces: list[str]) -> str | None:
    """ "X hat eine Meinung zu den Radwegen": the view and the topic it is about (easy-judging.md,
    statement: "who says what … clearly marked as their view"). No possessive ("seine Meinung"):
    the structure guard reads it as a pronoun, and "eine Meinung" says the same.

    The subject is the sender; a sender "A von der B" (a branch of an organisation) may stand as "Die
    B" when the whole name is too long: the branch speaks for a part of B, which stays true.

    The topic is the headline noun the body repeats most (twice at least: a pun or an ironic label is
    no word the body repeats), else the topic a kicker names ("Pressemitteilung zu den Wahlen"). "zu"
    takes the dative: "zu den" + plural, "zur" + feminine, "zum" + masculine or neuter noun.
    """
    body = " ".join(s.text for s in draft.sentences if not s.heading).replace("·", "").lower()
    counted: list[tuple[int, str]] = []
    for piece in pieces:
        for token in morph.tag(piece):
            if token.pos != "NN" or len(token.word) < 4 or not token.word[:1].isupper():
                continue
            stem = (token.lemma or token.word).lower()
            count = len(re.findall(rf"{re.escape(stem[: max(4, len(stem) - 1)])}\w*", body))
            if count < 2:
                continue
            if plural_noun(token.word, token.lemma):
                phrase = f"zu den {token.word}" if token.word.endswith(("n", "s")) else f"zu den {token.word}n"
            elif token.lemma == token.word and (gender := _gender(token.word)) is not None:
                phrase = f"{'zur' if gender == 'die' else 'zum'} {token.word}"
            else:
                continue
            # The headline's attribute says which ones ("die Kosten von Kleinbetrieben", titles.py).
            counted.append((count, f"{phrase} {noun_attribute(title_genitive(piece), token.word)}".strip()))
    topics = [phrase for _, phrase in sorted(counted, key=lambda c: -c[0])]
    kicker = kicker_topic(draft.release.meta.kicker)
    if kicker is not None:
        topics.append(kicker)
    if facts.sender is None:
        return None
    subject = with_article(facts.sender, "nom")
    subjects = [subject[:1].upper() + subject[1:]]
    branch = re.search(r"\bvon der ([A-ZÄÖÜ][\w\-]*(?: [A-ZÄÖÜ][\w\-]*)?)$", facts.sender.name)
    if branch is not None:
        # "von der Blauen Liste" -> "Die Blaue Liste": after "die" a feminine singular adjective takes
        # the weak nominative "-e" (Duden grammar); "von der" shows the noun is feminine singular.
        name = re.sub(r"^([A-ZÄÖÜ]\w*)en (?=[A-ZÄÖÜ])", r"\1e ", branch.group(1))
        subjects.append(f"Die {name}")
    plural = facts.sender.plural
    for sentence in filter(None, (opinion_sentence(s, plural, p) for p in topics for s in subjects)):
        styled = _style(sentence + ".", draft)
        if _title_fits(sentence, draft) and not structure_failures(styled) and not _guard(draft).failures(styled):
            return styled.rstrip(".")
    return None


def _shares_noun(sentence: str, headline: str) -> bool:
    """A noun or name of the sentence is one of the headline's, or ends a compound of it ("Woche")."""

    def parts(text: str) -> set[str]:
        found = set()
        for word in re.findall(r"\b[A-ZÄÖÜ][\wäöüß·\-]{2,}", text):
            plain = word.replace("·", "").lower()
            found |= {plain, segment(word.replace("·", "")).split("·")[-1].lower()}
        return {_stem(w) for w in found if len(w) >= 4}

    return bool(parts(sentence) & parts(headline))


def _from_headline(parts: list[str], draft: Draft) -> str | None:
    """The first headline part that titles.py turns into a short sentence the verifier accepts.

    Reports of what happened (police, fire) take "Es hat … gegeben". A statement's headline names
    the subject of an opinion, not an event, so it gets no "Es gibt" frame (only apposition and copula).
    """
    assert draft.facts is not None
    facts = draft.facts
    # A release that tells its event in the past, on or after the event's day, reports it: "Es hat
    # einen Festakt gegeben", not "Es gibt" (the body says "war" too, templates._tense).
    # Only with the event's day known and not after the release: a lead in the Perfekt may also
    # announce ("sind nominiert worden" before a ceremony to come), and a title must never report as
    # done what is still to come.
    told = facts.told_in_past and facts.when is not None and facts.issued is not None and facts.when.day <= facts.issued
    past = facts.kind in ("police", "fire", "appeal", "missing") or told
    body = " ".join(s.text for s in draft.sentences if not s.heading)
    # The headline and the subtitle are no evidence for their own grammar: "warnen vor X" in the
    # subtitle must not show that the release writes X bare (headline_grammar.bare_in_body).
    source = draft.source
    for own in (draft.release.meta.title, draft.release.meta.subtitle):
        text = flat(own, draft.release.meta.language) if own else ""
        source = source.replace(text, " ") if text.strip() else source
    for part in parts:
        # "ab kommendem Montag" gets its date; any other relative time makes the part no title (titles.relative_time).
        part = resolve_coming_weekday(part, facts.issued)
        sentence = from_headline(
            title_genitive(part), past=past, countable=lambda noun: _counted(noun, draft), body=body, source=source
        )
        if sentence is None or (draft.facts.kind == "statement" and sentence.startswith("Es ")):
            continue
        if _fits_title(sentence, draft):
            return _style(sentence + ".", draft).rstrip(".")
    return None


def _counted(noun: str, draft: Draft) -> bool:
    """The release names the noun with an indefinite article ("eine Ambulanz"): it is counted, so a
    headline's bare object may take "ein(e)" (titles.headline_clause)."""
    return bool(re.search(rf"\b(?:ein|eine|einen|einem|einer|eines)\s+(?:[a-zäöüß]+\s+)?{re.escape(noun)}\b", draft.source))


def _fits_title(sentence: str, draft: Draft) -> bool:
    """A title sentence of 3 to _TITLE_WORDS (10) words that keeps every rule, is whole and states only known facts."""
    styled = _style(sentence.rstrip(".") + ".", draft)
    # The sender's own name stands as written ("St. Anna-Klinik"), as in _title_fits: a name is no
    # abbreviation a reader must expand (Netzwerk Leichte Sprache: Namen bleiben, wie sie sind).
    names = [
        n
        for n in (draft.facts.sender.name if draft.facts and draft.facts.sender else None, draft.release.meta.organisation)
        if n
    ]
    failures = [
        f
        for f in rule_failures(styled, known_acronyms=_acronyms(draft))
        if not (f.check == "rule.abbreviation" and any(f.match in name for name in names))
    ]
    return (
        3 <= len(words(sentence)) <= _TITLE_WORDS
        and not relative_time(sentence)  # "ab kommendem Montag": which Monday? (judge24h r02)
        and not failures
        and not structure_failures(styled)
        and not _guard(draft).failures(styled)
    )


def _kicker_title(draft: Draft) -> str | None:
    """ "Es geht um die Landtags·wahlen 2022" from a kicker "Pressemitteilung zu den Landtagswahlen …".

    The kicker's topic stands in the dative after "zu"; "um" takes the accusative: "zu den X"
    (plural) -> "um die X", "zur X" -> "um die X", "zum X" -> "um den/das X" by the noun's gender.
    """
    topic = kicker_topic(draft.release.meta.kicker)
    if topic is None:
        return None
    first, *rest = topic.split()
    noun = next((w for w in rest if w[:1].isupper()), "")
    if first == "zu" and rest[0] == "den":
        rest = ["die", *rest[1:]]
    elif first == "zur":
        rest = ["die", *rest]
    elif first == "zum" and noun_gender(noun) in ("der", "das"):
        rest = [{"der": "den", "das": "das"}[noun_gender(noun) or "das"], *rest]
    else:
        return None
    sentence = f"Es geht um {' '.join(rest)}"
    return _style(sentence + ".", draft).rstrip(".") if _fits_title(sentence, draft) else None


def _stem(word: str) -> str:
    word = word.replace("·", "").replace("-", "").lower()
    return word[: max(4, len(word) - 3)]


def _with_topic(title: str, draft: Draft, pieces: list[str]) -> str:
    """The title with the topic the release names, when the title names none ("X stellt Forderungen").

    Convention: the topic of a release is the noun of its own headline that its body repeats most
    (term frequency; a pun or metaphor of the headline is no word the body repeats, and a lexicon word
    of another domain is left out as in ``_grounded``). It follows the title's object as "zu" with the
    article the noun's gender takes ("zur Digital·politik"; a compound takes the gender of its last
    part), so the verb keeps its object. The title stays as it is when it names a headline noun
    already, when no headline noun recurs twice in the body, when the gender is unknown, or when the
    longer title breaks a rule, the fact guard or the 12-word limit.
    """
    body = " ".join(s.text for s in draft.sentences if not s.heading).replace("-", "").replace("·", "").lower()
    sender = draft.facts.sender.name if draft.facts is not None and draft.facts.sender is not None else ""
    have = {_stem(w) for w in re.findall(r"[\wäöüßÄÖÜ·\-]+", f"{title} {sender}") if len(w) >= 3}
    nouns: list[str] = []
    for piece in pieces:
        for token in morph.tag(piece):
            if token.pos != "NN" or len(token.word) < 4 or not token.word[:1].isupper() or token.word in nouns:
                continue
            if token.lemma and token.lemma.lower() != token.word.lower():
                continue  # a plural or inflected form ("Radwege"): "zum" + it would be wrong German
            entry = lookup(token.word)
            if entry is not None and not in_domain(entry.domain, draft.source):
                continue  # "Ampel" for a coalition: a metaphor, not the topic
            if re.search(rf"\bkein(?:e[nmrs]?)?\s+(?:\w+\s+)?{re.escape(token.word)}", draft.source, re.IGNORECASE):
                continue  # "… konnte kein Brand festgestellt werden": a noun the release denies is no topic
            nouns.append(token.word)
    if not nouns or any(_stem(n) in have for n in nouns):
        return title  # no headline noun, or the title names the topic already
    # The noun as a word or the last part of a compound, with its inflection endings.
    counts = [len(re.findall(rf"{re.escape(n.lower())}(?:e|en|n|s|es)?\b", body)) for n in nouns]
    # A compound names the topic more exactly than a simple noun beside it ("Digital·politik" before
    # "Umwelt" in "Digitalpolitik in den Dienst von Mensch und Umwelt stellen"); then the count decides.
    counted = [("·" in segment(n), c, -i, n) for i, (n, c) in enumerate(zip(nouns, counts, strict=True)) if c >= 2]
    if not counted:
        return title
    topic = max(counted)[3]
    gender = _gender(topic)
    tagged = morph.tag(title)
    # After the last noun of the title (its object): "führt eine Aktions·woche zum X durch". A name is
    # a noun too ("informiert die Stadtwerke"), and the object stands after the finite verb: before it
    # is the subject, which "zum X" would turn into a wrong phrase ("Die Feuerwehr zum X hat …").
    finite = next((i for i, t in enumerate(tagged) if "FIN" in t.pos), None)
    last = max(
        (
            i
            for i, t in enumerate(tagged)
            if t.pos in ("NN", "NE") and t.word[:1].isupper() and finite is not None and i > finite
        ),
        default=None,
    )
    if gender is None or last is None or last == 0:
        return title
    tokens = [t.word for t in tagged]
    words_in = [*tokens[: last + 1], {"die": "zur"}.get(gender, "zum"), topic, *tokens[last + 1 :]]
    # A second try without adverbial adjectives ("stadtweit"): the topic says more than the manner, and
    # leaving one out changes no statement (only "nicht", "nur", "auch", "alle" would, and none is ADJD).
    # (A lowercase word the tagger calls a noun is an adverbial adjective too: German nouns are capitalised.)
    manner = {t.word for t in tagged if t.pos == "ADJD" or (t.pos == "NN" and t.word[:1].islower())}
    for attempt in (words_in, [w for w in words_in if w not in manner]) if manner else (words_in,):
        text = re.sub(r"\s+([.,!?])", r"\1", " ".join(attempt))
        if len(words(text)) > _TITLE_WORDS:  # a title is at most ten words (issue 16 brief)
            continue
        # The topic is split at its word parts here even where a quote made it a name ("„Taschendiebstahl“").
        styled = _style(text.rstrip(".") + ".", replace(draft, keep=draft.keep - {topic}))
        failures = [*rule_failures(styled, known_acronyms=_acronyms(draft)), *structure_failures(styled)]
        if not failures and not _guard(draft).failures(styled):
            return styled[:-1] if not title.endswith(".") else styled
    return title


def _gender(noun: str) -> str | None:
    """The article a singular noun takes: the lexicon's, or that of a compound's last part."""
    entry = lookup(noun)
    if entry is None:
        last = segment(noun).split("·")[-1]
        entry = lookup(last[:1].upper() + last[1:]) if last != noun else None
    if entry is not None and entry.gender in ("der", "die", "das"):
        return entry.gender
    # German noun suffixes that fix the gender (Duden grammar): -ung, -heit, -keit, -schaft, -tion,
    # -tät, -ik are feminine; -ismus masculine; -chen, -lein neuter. A compound takes its last part's.
    for suffixes, gender in ((("ung", "heit", "keit", "schaft", "tion", "tät", "ik"), "die"), (("ismus",), "der")):
        if noun.endswith(suffixes):
            return gender
    return "das" if noun.endswith(("chen", "lein")) else None


def _grounded(part: str, draft: Draft, *, literal_verb: bool = False) -> bool:
    """Every noun, name, adjective and full verb of a headline part recurs in the body.

    Headlines play with words; the body states facts. A word of the headline that the body never
    uses ("wächst", "Draht", "Ampel" for a coalition) is read as a pun or a metaphor and the part is
    not used for the title or the topic line (rubric, item 6: no metaphor taken from a headline).
    """
    body = " ".join(s.text for s in draft.sentences if not s.heading).lower()
    body = body.replace("-", "")
    if not body:
        return False
    # One noun the body does not repeat is allowed where three others anchor the part (a headline's
    # own compound such as "Verkehrshinweise"); a verb the body never uses is never allowed.
    anchored, missed, verbs_missed = 0, 0, 0
    for token in morph.tag(part):
        if not (token.pos in _CONTENT_TAGS or token.pos.startswith("VV")) or len(token.word) < 3:
            continue
        if token.word.isupper():
            continue  # an acronym ("DGB") is a name: the fact guard checks it
        entry = lookup(token.word)
        if entry is not None and not in_domain(entry.domain, draft.source):
            return False  # "Ampel" in a release about a coalition: a word of another domain is a metaphor
        forms = {token.word.lower().replace("-", ""), (token.lemma or "").lower()}
        stems = {f[: max(4, len(f) - 3)] for f in forms if f}
        if any(stem in body for stem in stems):
            anchored += 1
            continue
        # A compound of the headline whose last part the body uses ("Verkehrshinweise": "Hinweise").
        parts = segment(token.word).split("·")
        if len(parts) > 1 and parts[-1].lower()[: max(4, len(parts[-1]) - 2)] in body:
            anchored += 1
            continue
        # A compound whose every verified part the body uses on its own ("Regenwasser·management"
        # over "Regenwasser … Management"): Duden grammar, a determinative compound says what its
        # parts say together, so the headline condenses the body's words and invents none.
        if len(parts) > 1 and all(_part_in(part, body) for part in parts):
            anchored += 1
            continue
        if token.pos.startswith("ADJ") and (token.lemma or "").lower() == "neu":
            # "Neues Café öffnet": "neu" marks the headline's news itself (Schlagzeilenstil); it is
            # no pun and adds no fact the body's "öffnet"/"startet" does not say.
            continue
        if token.pos.startswith("ADJ"):
            return False
        if token.pos.startswith("VV"):
            verbs_missed += 1
            continue
        missed += 1
    # A headline verb the body does not repeat ("eröffnet" over a body that says what the new
    # service offers) is literal when every noun and name around it is the body's own (two at
    # least): a pun or a metaphor brings its own nouns ("zieht die Notbremse").
    if verbs_missed:
        return literal_verb and verbs_missed == 1 and missed == 0 and anchored >= 2
    return missed == 0 or (missed == 1 and anchored >= 3)


def _part_in(part: str, body: str) -> bool:
    """A part of a compound (compounds.segment) recurs in the body: its stem of four letters at least.

    A part shorter than four letters ("Ei", "Tal") says too little on its own to anchor anything.
    """
    plain = part.lower().replace("-", "")
    return len(plain) >= 4 and plain[: max(4, len(plain) - 2)] in body


def _title_fits(text: str, draft: Draft) -> bool:
    """A title sentence of 3 to HARD_LIMIT (12) words that keeps the rules (a name may stand as written)."""
    styled = _style(text, draft)
    failures = [f for f in rule_failures(styled, known_acronyms=_acronyms(draft)) if f.check != "rule.abbreviation"]
    return 3 <= len(words(text)) <= HARD_LIMIT and not failures and not relative_time(text)


def _sender_title(facts: Facts, draft: Draft) -> str | None:
    """ "Die Polizei Berlin berichtet über einen Unfall": the sender and the kind, built from facts."""
    if facts.sender is None:
        return None
    subject = with_article(facts.sender, "nom")
    subject = subject[:1].upper() + subject[1:]
    # "Die Polizei und die Staatsanwaltschaft": two senders take the plural verb.
    plural = subject.count(" und ") == 1 and bool(re.search(r" und (?:der|die|das|dem) ", subject))
    body = " ".join(s.text for s in draft.sentences if not s.speech)
    report = "berichten" if plural else "berichtet"
    if facts.what and facts.what_gender:
        article = {"der": "einen", "die": "eine", "das": "ein"}[facts.what_gender]
        return f"{subject} {report} über {article} {facts.what}"
    if facts.kind == "statement" and re.search(r"\bforder(?:t|n)\b", body):
        return f"{subject} {'stellen' if plural else 'stellt'} Forderungen"
    if facts.kind == "statement" and facts.sender.gender is not None and not plural:
        return f"{subject} sagt {'ihre' if facts.sender.gender == 'die' else 'seine'} Meinung"
    nouns = {"figures": "neue Zahlen", "decision": "eine Entscheidung", "service": "eine Änderung"}
    if facts.kind in nouns:
        return f"{subject} {report} über {nouns[facts.kind]}"
    return None


def _usable_topic(part: str, draft: Draft) -> bool:
    """Not a sentence, but the sender's own words for the topic, if they keep the main rules."""
    styled = _style(part, draft)
    allowed = ("rule.too-long", "rule.genitive")
    failures = [f for f in rule_failures(styled, known_acronyms=_acronyms(draft)) if f.check not in allowed]
    failures += [f for f in structure_failures(styled, list_intro=True) if f.check != "guard.question"]
    # A full sentence is no topic ("Es geht um: Sven Kriese folgt …"); it may be the title instead.
    tagged = morph.tag(styled)
    finite = any(t.pos.endswith("(FIN)") for t in tagged)
    # A topic after "Es geht um:" is a noun phrase; "Ohne Führerschein … unterwegs" is a headline
    # predicate without its subject and reads as a broken sentence there.
    noun_phrase = bool(tagged) and tagged[0].pos in ("ART", "NN", "NE", "ADJ(A)", "CARD", "PPOSAT", "PIAT", "PIDAT")
    # "Vorläufiges Ergebnis festgestellt": a headline ending in a participle is a clipped passive.
    content = [t for t in tagged if not t.pos.startswith("$")]
    noun_phrase = noun_phrase and not (content and content[-1].pos.startswith("VV"))
    return len(words(part)) <= 9 and not failures and not finite and noun_phrase


def _sender(organisation: str | None) -> str | None:
    """ "vom Bündnis Kabel & Drähte", "von der Polizei Berlin": the sender with the article its noun takes."""
    if not organisation or len(words(organisation)) > 5:
        return None
    organisation = organisation.replace(" & ", " und ")  # no special characters (rule books)
    first = organisation.split()[0]
    entry = lookup(first)
    if entry is not None and entry.gender in ("der", "das"):
        return f"vom {organisation}"
    if entry is not None and entry.gender == "die":
        return f"von der {organisation}"
    return f"von {organisation}" if first[:1].isupper() else None


_NEGATED: Final = re.compile(r"\b(?:nicht|kein|keine|keinen|keiner|nie)\b")


def _side_condition(sentence: str) -> bool:
    """A body sentence that qualifies the news instead of saying it, so never the fallback title.

    A negated sentence ("Eine Anmeldung ist nicht nötig") says what is not. A copula with only a
    predicative adjective ("Der Eintritt ist frei", "Die Teilnahme ist freiwillig") describes a
    property of something the title would have to name first (rubric, item 6: a title says what
    happened or what is announced).
    """
    if _NEGATED.search(sentence):
        return True
    tagged = [t for t in morph.tag(sentence) if not t.pos.startswith("$")]
    copula = next((i for i, t in enumerate(tagged) if t.pos == "VA(FIN)" and t.lemma == "sein"), None)
    if copula is None:
        return False
    after = tagged[copula + 1 :]
    return bool(after) and all(t.pos in ("ADJ(D)", "ADV", "PTKNEG") for t in after)


def _good_title(sentence: str, draft: Draft, most: int = 8) -> bool:
    """Short, rule-clean, a complete statement that opens with its subject (not "Wer …?")."""
    styled = _style(sentence, draft)
    tagged = morph.tag(styled)
    return (
        3 <= len(words(sentence)) <= most
        and not relative_time(sentence)  # a relative date or "die betroffene Ware" points at nothing (judge24h r02, r10)
        and not rule_failures(styled, known_acronyms=_acronyms(draft))
        and not structure_failures(styled)
        and bool(tagged)
        and tagged[0].pos in ("ART", "NE", "NN", "CARD", "PPOSAT")
        and not _bare_singular_subject(tagged)
        and not event_detail(styled)  # tickets, admission, registration: a detail, never what it is about
        and not side_action(styled)  # "hat die Stadtwerke informiert": a side action (titles.py)
    )


def _bare_singular_subject(tagged: tuple[morph.Token, ...]) -> bool:
    """ "Gesundheitsamt bietet … an": a singular common noun without its article before the verb.

    Headline grammar drops the article (Duden, "Schlagzeilenstil"); a sentence needs it. A plural
    ("Betrüger fordern Geld") and a name stand without one.
    """
    return (
        len(tagged) > 1 and tagged[0].pos == "NN" and tagged[1].pos.endswith("(FIN)") and not tagged[1].word.endswith("en")
    )


def _subject_article(sentence: str) -> str:
    """The definite article before a headline's bare singular subject, where the lexicon knows its gender.

    "Gesundheits·amt bietet zusätzliche Impf·termine an." -> "Das Gesundheits·amt bietet …": the
    institution a release names in its headline is the one it is about (definite). Without a known
    gender the sentence stays as it is (and fails as a title).
    """
    tagged = morph.tag(sentence)
    if not _bare_singular_subject(tagged):
        return sentence
    entry = lookup(tagged[0].word.replace("·", ""))
    if entry is None or entry.gender not in ("der", "die", "das"):
        return sentence
    return f"{entry.gender.capitalize()} {sentence}"


def verify(draft: Draft) -> Draft:
    """Style every line (compounds split) and drop each one that breaks a rule or states an unknown fact."""
    guard = _guard(draft)
    kept: list[Line] = []
    dropped = list(draft.dropped)
    # Abbreviations: the long form where the source or the lexicon defines it (abbreviations.py).
    forms = long_forms(draft.source)
    names = name_words(draft.source)
    for line in draft.lines:
        # Unit symbols and company-name abbreviations in plain words (units.py).
        text = plain_units(expand(line.text, forms, keep=names))
        if line.origin not in _OURS:
            # "bei dem Zusammenstoß" before any crash was named: "bei einem Zusammenstoß" says what is known.
            text = indefinite_events(text, [draft.headline or "", *(k.text for k in kept)])
            # A torn pair form joined, "an diesem Tag" resolved to the date before (pairs.py, deixis.py).
            text = resolve_time(join_pair(text), kept[-1].text if kept else None)
        styled = _style(text, draft)
        failures = [*rule_failures(styled, known_acronyms=_acronyms(draft)), *guard.failures(styled)]
        failures = exempt(failures, line)
        # A list's items are checked with it and go with it: a cut list can make it false (lists.py).
        items = tuple(_style(plain_units(expand(item, forms, keep=names)), draft) for item in line.items)
        failures.extend(f for item in items for f in _item_failures(item, draft, guard))
        if line.origin not in _OURS:
            # A definite noun the summary never introduced ("Das Plakat ist …") points at nothing for
            # a reader who has only the summary (style.introduced_failures).
            earlier = [draft.headline or "", *_lead(draft), *(k.text for k in kept)]
            intro = line.question or bool(line.items)
            failures.extend(exempt(structure_failures(styled, earlier=earlier, list_intro=intro), line))
            if any(f.check == "guard.not-introduced" for f in failures) and not line.items:
                # "Der Fahrer blieb unverletzt." where the release introduced the driver but the summary
                # did not: "Ein Fahrer …" says what the release says (references.indefinite_opener).
                repaired = indefinite_opener(styled, draft.source)
                if repaired is not None:
                    again = [
                        *rule_failures(repaired, known_acronyms=_acronyms(draft)),
                        *guard.failures(repaired),
                        *structure_failures(repaired, earlier=earlier),
                    ]
                    if not again:
                        styled, failures = repaired, []
        if failures:
            dropped.append((styled, tuple(failures)))
            continue
        if styled not in {k.text for k in kept}:
            kept.append(replace(line, text=styled, items=items))
    kept = _without_side_roles(kept, draft)
    kept = _without_lone_side_fact(kept, draft)
    kept = _without_second_receiver(kept, draft)
    headline_text = _style(expand(draft.headline or "", forms, keep=names), draft)
    echoed = kept
    kept = _without_title_echo(kept, headline_text)
    kept = said_once(kept, headline_text)  # an event introduced, its time and place said once (mentions.py)
    kept = whole_groups(kept)  # a rescue's follower only right after its head (rescue.py)
    kept = _without_second_date(kept, headline_text)
    if all(_metadata(line) for line in kept) and not all(_metadata(line) for line in echoed):
        # Only the message's lines left, and its date is padding beside the event's in the title: the
        # title's sentence says the news in the body too ("Worum geht es?" says the news, not only
        # when the message was written; _without_title_echo).
        with_echo = _without_second_date(whole_groups(said_once(echoed, headline_text)), headline_text)
        if len(with_echo) <= len(kept) and any(not _metadata(line) for line in with_echo):
            kept = with_echo
    # "Es gibt eine Lesung." + "Die Lesung ist am …" -> "Eine Lesung ist am …" (existentials.py).
    kept = introduced_in_statement(kept, lambda text: _passes_all(text, draft, guard), headline_text)
    contact = tuple(
        replace(c, text=_style(c.text, draft)) if c.phone is None and c.email is None else c for c in draft.contact
    )
    return replace(draft, lines=tuple(kept), contact=contact, headline=headline_text, dropped=tuple(dropped))


def _passes_all(text: str, draft: Draft, guard: FactGuard) -> bool:
    """The sentence passes the rule, fact and structure checks the verifier runs on every line."""
    failures = [*rule_failures(text, known_acronyms=_acronyms(draft)), *guard.failures(text), *structure_failures(text)]
    return not failures


def _without_second_date(kept: list[Line], title: str = "") -> list[Line]:
    """The lines without the message's date where the title or another line names a date of the event.

    Issue 16, round 2 ("the event's facts, not the message's"): a second date beside the event's is
    padding. Decided after every drop, so that the message's date stays where the event's went, and
    never where it is all the body says (an empty "Worum geht es?" says nothing at all).
    """
    content = [line for line in kept if not _metadata(line)]
    if content and (_EVENT_DATE.search(title) or any(_EVENT_DATE.search(line.text) for line in content)):
        return [line for line in kept if not (_metadata(line) and _EVENT_DATE.search(line.text))]
    return kept


def _lead(draft: Draft) -> list[str]:
    """The release's headline and subtitle, which introduce the nouns of its news (style.introduced_failures)."""
    meta = draft.release.meta
    return [draft.title, flat(meta.subtitle, meta.language) if meta.subtitle else ""]


def _without_title_echo(kept: list[Line], headline: str) -> list[Line]:
    """Leave out a body sentence that repeats the title word for word.

    The title is read first and says it already; the same sentence again as the body's first line is
    padding (last blind judgement: 8 of 20 bodies opened with the title). Compared without the full
    stop and the compound dots, so "Das Tier·heim …" and "Das Tierheim …" count as the same.
    """

    def plain(text: str) -> str:
        # Articles aside: "X ist ein Neuzugang" and "X ist Neuzugang." say the same.
        text = re.sub(r"\b(?:ein|eine|einen|einem|einer)\s+", "", text.replace("·", "").lower())
        return text.rstrip(".!").strip()

    title = plain(headline)

    def within(text: str) -> bool:
        # "Es hat einen Brand gegeben." under "Es hat einen Brand in der Nordstraße gegeben": every
        # word of the sentence in the title, in the same order, says nothing the title did not.
        rest = iter(title.split())
        own = text.split()
        return len(own) >= 3 and all(word in rest for word in own)

    # The headline's news clause (newsfirst.py) stays: the body states the news core itself, and
    # a reader who skips the title, or a title built another way, must still find it there.
    out = [
        line
        for line in kept
        if not title or line.origin == "news" or (plain(line.text) != title and not within(plain(line.text)))
    ]
    # "Worum geht es?" is never left empty: the sentence stays where it is all the body has.
    return out if out else kept


def _without_side_roles(kept: list[Line], draft: Draft) -> list[Line]:
    """Role lines ("X ist Bürger·meisterin.") only for a person another sentence or the title names.

    A role line alone tells the reader nothing about the news and fills the room the event needs
    (easy-judging.md, known failure patterns: role lines). It stays when the person speaks or acts in
    another sentence of the summary, and in an appointment release (who holds which job is the news:
    easy-judging.md, "Appointment or personnel").
    """
    if draft.facts is None:
        return kept
    people = draft.facts.people
    if draft.facts.kind == "appointment":
        # Who is new is the news of a personnel release; the coach or head who welcomes them is a
        # side role (last blind judgement: "X ist Chef·trainer." beside the newcomer). Without a
        # person marked new, every role line may be the news and stays.
        new = [p for p in people if p.new or p.role.lower().startswith("neu")]
        if not new:
            return kept
        # A person the sender's own sentences name (not only a speaker's label before a quote)
        # may be news too ("Der stellvertretende Leiter X bleibt im Amt"): that role line stays.
        own = [t.text for t in draft.sentences if not t.speech and not t.heading and not t.text.rstrip().endswith(":")]
        people = tuple(p for p in people if p not in new and not any(p.name in text for text in own))
    roles = {_style(f"{p.name} ist {p.role}.", draft): p for p in people}
    out: list[Line] = []
    for index, line in enumerate(kept):
        person = roles.get(line.text) if line.origin == "template" else None
        if person is not None:
            others = [draft.headline or "", *(k.text for i, k in enumerate(kept) if i != index)]
            # The surname is how a later sentence names the person ("Beispiel sagt: …").
            surname = person.name.split()[-1]
            if not any(re.search(rf"\b{re.escape(surname)}\b", text) for text in others):
                continue
        out.append(line)
    return out


# The lines that say who sent the release and when ("Die Nachricht ist vom …"): no news of their own.
# A body line that names a day ("am 3. Juni 2023", "vom 7. bis zum 11. Oktober", "am Montag"): the
# event's date, after which the message's own date is padding (issue 16, round 2).
_EVENT_DATE: Final = re.compile(r"\b(?:\d{1,2}\.\s*(?:" + "|".join(MONTHS_DE) + r")|" + "|".join(WEEKDAYS_DE) + r")\b")
_METADATA_LINE: Final = re.compile(r"Die Nachricht ist (?:vom|von)\b")
# Sentences built by our templates, correct by construction ("written" says who wrote it and when).
_OURS: Final = ("template", "written", "advice", "partners")
# Template sentences added beside the news (who acts with whom, what the reader should do).
_ADDED: Final = ("advice", "partners")


def _metadata(line: Line) -> bool:
    """A line that says only who sent the release and when."""
    return line.origin == "written" or bool(_METADATA_LINE.match(line.text))


# What an otherwise empty "Worum geht es?" says (never an empty section).
_NO_TEXT: Final = "Für die Nachricht gibt es noch keinen Text in Leichter Sprache."


def _without_lone_side_fact(kept: list[Line], draft: Draft) -> list[Line]:
    """Leave out a statement that stands alone as the news but shares nothing with the headline.

    When a summary keeps one statement about the content besides who sent it and when, a reader takes
    that statement for the news (easy-judging.md, known failure patterns: role lines and side facts
    "filling the space where the event should be"). If it names no noun or name of the release's own
    headline or of the summary's title (a coach's role line under "Neuzugang X", the first recipient
    of a donation headlined for the second), it is a side fact, and the summary says less rather
    than something misleading (omission over error, DESIGN §6).
    """
    content = [line for line in kept if not _metadata(line) and line.text != _NO_TEXT]
    # Only where the who-and-when lines remain: "Worum geht es?" is never left empty.
    if len(content) != 1 or len(kept) < 2 or not draft.title.strip():
        return kept
    lone = content[0]
    if _shares_noun(lone.text, draft.title) or _shares_noun(lone.text, draft.headline or ""):
        return kept
    if lone.origin == "partners":
        return kept  # who acts with whom is the news of a cooperation, never a side fact (judged pattern 3)
    if lone.origin == "core":
        return kept  # the lead's main clause (core.py) is the news by the inverted pyramid, never a side fact
    return [line for line in kept if line is not lone]


# Money moving to someone: "… ist an X gegangen", "X hat das Geld bekommen", "geht an X".
_MONEY_MOVES: Final = re.compile(
    r"\b(?:Erlös|Erlöse|Geld|Spende|Spenden|Summe|Betrag|Euro|Scheck)\b.*\b(?:an|für)\s+(?:die|den|das|der|dem)\s+"
    r"(?P<to>[A-ZÄÖÜ][\w·\-]+)"
)


def _without_second_receiver(kept: list[Line], draft: Draft) -> list[Line]:
    """In a donation summary, leave out another sentence of money going to a second receiver.

    The donation's amount and receiver (donation.py) are the news; a further sentence of money going
    elsewhere ("Ein Teil vom Erlös ist an X gegangen") reads, in a summary of few sentences, as if
    part of that amount went to X (a misleading statement in a blind judgement: easy-judging.md,
    item 2). The release may say both; the summary says the one it has verified and leaves the
    other out (omission over error, DESIGN §6).
    """
    donation = draft.facts.donation if draft.facts is not None else None
    receiver = (donation.to or donation.receiver or "") if donation is not None else ""
    if not receiver:
        return kept
    own = {w for w in re.findall(r"[A-ZÄÖÜ][\w·\-]+", receiver)}
    out = []
    for line in kept:
        match = _MONEY_MOVES.search(line.text) if line.origin != "template" else None
        if match is not None and match.group("to") not in own:
            continue
        out.append(line)
    return out


def glossary(draft: Draft) -> Draft:
    """Lexicon entries for the words the kept sentences use, in the form the text uses."""
    texts = [draft.headline or "", *(line.text for line in draft.lines)]
    texts += [item for line in draft.lines for item in line.items]  # a list's items are read too (lists.py)
    sender = draft.facts.sender if draft.facts is not None else None
    if sender is not None and " für " in sender.name:
        # "Ministerium für Umwelt, Klima und ländliche Räume": the words after "für" are the office's
        # name, not the release's topic; "Klima" explained there is an irrelevant entry (rubric, item 5).
        portfolio = _style(sender.name.split(" für ", 1)[1], draft)
        texts = [text.replace(portfolio, "") for text in texts]
    return replace(draft, glossary=tuple(entries_for(texts, source=draft.source)))


def _style(text: str, draft: Draft) -> str:
    """Split long compounds at verified word parts; names and quoted titles stay whole."""
    # Names HanTa recognises in the sentence (a town, a street's first part) are not split either.
    # A compound whose last part the lexicon knows ("Taschen·diebstahl") is a common noun after all.
    names = {t.word for t in morph.tag(text) if t.pos == "NE" and lookup(t.word) is None}
    return segment_text(text, draft.separator, keep=draft.keep | names)


def _guard(draft: Draft) -> FactGuard:
    derived = derived_facts(draft.facts) if draft.facts is not None else []
    # Number words written as digits by rewrite (Leichte Sprache writes numbers as digits) are the
    # source's own numbers, not new facts.
    derived = [*derived, *digits_of_number_words(draft.source)]
    derived += list_counts(draft.sentences)  # "hat 4 Forderungen": the items of a list, counted (positions.py)
    vocabulary = template_vocabulary()
    return FactGuard(draft.source, derived=derived, vocabulary=vocabulary)


@lru_cache(maxsize=1)
def template_vocabulary() -> frozenset[str]:
    """Words our templates and lexicon bring in; they are not facts of the release."""
    from pressconv._months import MONTHS_DE
    from pressconv.transforms.easy import rewrite as rewrites
    from pressconv.transforms.easy import templates
    from pressconv.transforms.easy.when import WEEKDAYS_DE

    # Our own sentence frames and written-out abbreviations: read from the modules that hold them.
    text = "".join(Path(m.__file__ or "").read_text(encoding="utf-8") for m in (templates, rewrites))
    found = set(re.findall(r"[A-ZÄÖÜ][\w·\-]*[\wäöüß]", text)) | set(re.findall(r"[A-ZÄÖÜ][a-zäöüß]+", text))
    found.update(e.word.replace("·", "") for e in lexicon())
    # The long forms of the lexicon's abbreviations ("Arbeiter·wohlfahrt" for AWO): the general
    # lexicon's words, not facts of the release (abbreviations.py writes them out).
    found.update(
        w.replace("·", "") for e in lexicon() if e.word.isupper() for w in re.findall(r"[A-ZÄÖÜ][\w·\-]*", e.explanation)
    )
    found.update(WEEKDAYS_DE, MONTHS_DE)
    found.update(("Auto", "Nummer", "Beispiel", "Nachricht"))
    found.add("Man")  # the impersonal subject voice.modal_passive brings in after a frame's colon
    found.update(("Es", "Thema", "Leichter", "Sprache", "Eine", "Einladung", "Telefon·nummer", "Telefonnummer"))
    return frozenset(found)


def _acronyms(draft: Draft) -> frozenset[str]:
    """Acronyms the lexicon explains may stand (the glossary then says what they mean), and so may
    the all-caps names the source uses like words ("Die PARTEI"; see ``verify.name_words``)."""
    return _lexicon_acronyms() | name_words(draft.source)


@lru_cache(maxsize=1)
def _lexicon_acronyms() -> frozenset[str]:
    return frozenset(e.word for e in lexicon() if e.word.isupper())


Step = Callable[[Draft], Draft]
STEPS: Final[tuple[Step, ...]] = (read, kind, facts, compose, title, verify, glossary)


def build(release: Release, separator: Separator = MEDIOPUNKT) -> Draft:
    """Run every step in order and return the finished draft."""
    draft = Draft(release=release, separator=separator)
    morph.available()
    for step in STEPS:
        draft = step(draft)
    return draft


def diagnostics(draft: Draft) -> tuple[Diagnostic, ...]:
    """One info diagnostic per dropped sentence, naming the checks it failed, and a warning for a generic title."""
    generic: tuple[Diagnostic, ...] = ()
    if (draft.headline or "").startswith(GENERIC_TITLE):
        message = "no headline part, lead clause or fact made a title sentence; the title is generic"
        generic = (Diagnostic(level="warning", code="easy.generic-title", message=message),)
    return generic + tuple(
        Diagnostic(
            level="info",
            code="easy.dropped",
            message=f"left out ({', '.join(sorted({f.check for f in failures}))}): {text}",
        )
        for text, failures in draft.dropped
    )
