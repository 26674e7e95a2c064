"""The summary pipeline: kind → facts → sentences → title → glossary → verifier, as ordered steps.

Each step takes the draft and returns a new one (``STEPS``); ``build`` runs them in order. Nothing
reaches the summary without passing the verifier: a failing sentence is dropped and reported.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Final, TypedDict

from pressconv._months import MONTHS_DE
from pressconv.diagnostics import Diagnostic
from pressconv.model import Paragraph, Release
from pressconv.transforms.easy import morph
from pressconv.transforms.easy.abbreviations import expand, long_forms
from pressconv.transforms.easy.ages import indefinite_age
from pressconv.transforms.easy.anaphora import resolve_at
from pressconv.transforms.easy.antecedents import settled
from pressconv.transforms.easy.appeals import sought_head
from pressconv.transforms.easy.audience import audiences, for_reader
from pressconv.transforms.easy.bodies import body_lines
from pressconv.transforms.easy.bodycards import lifted_from_body
from pressconv.transforms.easy.both import resolve_both
from pressconv.transforms.easy.chains import resolve_chain
from pressconv.transforms.easy.claims import claim_frame
from pressconv.transforms.easy.compose import Composer, composed
from pressconv.transforms.easy.compounds import MEDIOPUNKT, Separator
from pressconv.transforms.easy.contact import dialable, email_address, usable_contacts
from pressconv.transforms.easy.contactout import web_address
from pressconv.transforms.easy.core import CORE_FOLLOWER, core_sentences, headline_sentences
from pressconv.transforms.easy.deixis import resolve_time
from pressconv.transforms.easy.details import anchor_index, orphan_detail
from pressconv.transforms.easy.donation import money_lines
from pressconv.transforms.easy.draft import (
    NO_TEXT,
    Draft,
    allowed_acronyms,
    capital_nouns,
    fact_guard,
    lexicon_acronyms,
    metadata,
    own_voice,
    style,
)
from pressconv.transforms.easy.dropreport import merged_drops
from pressconv.transforms.easy.existentials import introduced_in_statement
from pressconv.transforms.easy.facts import PRESS_ADDRESS, find_facts
from pressconv.transforms.easy.framesender import frame_sender
from pressconv.transforms.easy.headtopic import with_topic
from pressconv.transforms.easy.incident import restates
from pressconv.transforms.easy.incident_place import with_place
from pressconv.transforms.easy.introductions import introduce_person, met_person, named_person
from pressconv.transforms.easy.joins import return_line
from pressconv.transforms.easy.kind import classify
from pressconv.transforms.easy.leads import lead_sentences
from pressconv.transforms.easy.lexicon import common_noun, entries_for, lookup
from pressconv.transforms.easy.limits import HARD_LIMIT
from pressconv.transforms.easy.mentions import said_once
from pressconv.transforms.easy.namedattributes import WORD_CHECKS, without_named_attributes
from pressconv.transforms.easy.newsfirst import news_sentences, standfirst
from pressconv.transforms.easy.nounphrases import fitted
from pressconv.transforms.easy.offguard import without_unsaid_call_off
from pressconv.transforms.easy.organisations import ORG_HEADS
from pressconv.transforms.easy.orgkinds import kind_nouns
from pressconv.transforms.easy.pairs import join_pair
from pressconv.transforms.easy.parts import part_count
from pressconv.transforms.easy.plainwords import plain_words
from pressconv.transforms.easy.positions import own_sentence, position_lines, subject_of
from pressconv.transforms.easy.programme import plainer_items
from pressconv.transforms.easy.propernames import source_names
from pressconv.transforms.easy.purposes import task_only
from pressconv.transforms.easy.quotes import person_name, quotes
from pressconv.transforms.easy.readability import words
from pressconv.transforms.easy.references import fuller, indefinite_opener
from pressconv.transforms.easy.references import indefinite as indefinite_events
from pressconv.transforms.easy.rescue import Rescue, RescueContext, exempt, whole_groups
from pressconv.transforms.easy.rescuers import rescues
from pressconv.transforms.easy.rewrite import rewrite
from pressconv.transforms.easy.salience import side_action
from pressconv.transforms.easy.scopes import scoped_item
from pressconv.transforms.easy.segments import headline_parts, segment_sentences
from pressconv.transforms.easy.select import (
    Candidate,
    candidates,
    protagonists,
    split_sentences_of,
)
from pressconv.transforms.easy.sender import body_of, find_sender, with_article
from pressconv.transforms.easy.servicelines import service_lines
from pressconv.transforms.easy.signup import (
    about_the_news,
    appointment_only,
    emergency_appeal,
    for_appointments,
    for_questions,
    report_only,
    sign_up_only,
    witness_only,
)
from pressconv.transforms.easy.source import SourceSentence, contacts, flat, sentences, source_text, split_sentences
from pressconv.transforms.easy.sourcelists import overview_lines, split_name
from pressconv.transforms.easy.templates import (
    Line,
    contact_lines,
    fact_lines,
    sender_lines,
    split_sender_lines,
    written_line,
)
from pressconv.transforms.easy.title_check import state_ahead
from pressconv.transforms.easy.title_step import (
    GENERIC_TITLE,
    announced_on_day,
    counted,
    revoked,
    shares_noun,
    stated_topic,
    title,
)
from pressconv.transforms.easy.titles import (
    ironic,
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
from pressconv.transforms.easy.when import WEEKDAYS_DE, find_moments
from pressconv.transforms.easy.wordorder import reader_addressed, subject_first

__all__ = ["GENERIC_TITLE", "STEPS", "Draft", "build"]

# A readable summary is 12 to 20 sentences (issue 16 brief): source sentences fill what the templates leave.
_MAX_LINES: Final = 18
_MIN_SOURCE: Final = 6
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


def _lines_for(
    purpose: Callable[..., bool], phones: Sequence[str], emails: Sequence[str], listed: set[str], lines: list[str]
) -> tuple[str, ...]:
    """The body's phone numbers and e-mail addresses given for one ``purpose`` (signup.py: sign-up only,
    appointments only, reports only), other than the closing contact block's (``listed``: digits, addresses)."""
    return (
        *(p for p in phones if re.sub(r"\D", "", p) not in listed and purpose(p, lines, digits=True)),
        *(e for e in emails if e not in listed and purpose(e, lines, digits=False)),
    )


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
        """The lines around the address that say whose it is."""
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
        """The address is a press desk's or a person's in the press block, not a desk for readers."""
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
    # A line the body gives for one task (a call-taxi, damage, volunteers) is no reader's line for
    # questions (purposes.py): left out before the reader's lines are chosen.
    told = [s.text for s in draft.sentences if not s.speech]
    phones = tuple(p for p in phones if not task_only(p, told, digits=True))
    emails = tuple(e for e in emails if not task_only(e, told, digits=False))
    # A sign-up line is said as such in an event's release, and left out in any other (signup.py).
    # The source's own sentences too: a line that is only a contact ("Anmeldung unter …") is no body sentence.
    lines = [*told, *re.split(r"(?<=[^\d\s][.!?])\s+|\n+", draft.source)]  # "20. April" ends no sentence
    # A line a closing contact block gives with a person or a desk ("Ansprechpartnerin: …") is the
    # sender's contact, whatever else it is used for; a sentence the parser took for one names nobody.
    # A card the parser lifted out of a body sentence keeps that sentence's purpose (bodycards.py).
    closing = [
        c
        for section in draft.release.sections
        if not lifted_from_body(section, draft.release)
        for c in section.contacts
        if c.name or c.organisation
    ]
    listed = {re.sub(r"\D", "", c.phone) for c in closing if c.phone} | {c.email for c in closing if c.email}
    sign_up = _lines_for(sign_up_only, phones, emails, listed, lines)
    # A line for booking one kind of appointment is said as such only in a release about that matter;
    # elsewhere (careers advice in a labour-market report) it is a side line, left out like a sign-up.
    booked = _lines_for(appointment_only, phones, emails, listed, lines)
    side = {c for c in booked if not about_the_news(c, lines, draft.title, digits=c in phones)}
    if draft.kind != "event":
        side |= {c for c in sign_up if not about_the_news(c, lines, draft.title, digits=c in phones)}
    phones = tuple(p for p in phones if p not in side)
    emails = tuple(e for e in emails if e not in side)
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
        styled = style(f"Die Polizei sucht Hinweise zu {article} {noun}.", replace(draft, facts=found))
        if rule_failures(styled, known_acronyms=lexicon_acronyms()):
            # The compound's last part names the object in plainer words ("eine Schale") (appeals.py).
            head = sought_head(noun, gender)
            plain = head and f"Die Polizei sucht Hinweise zu {article} {head[0]}."
            if not plain or rule_failures(style(plain, draft), known_acronyms=lexicon_acronyms()):
                head = None
            found = replace(found, sought=head)
    report_to = _lines_for(report_only, phones, emails, listed, lines)
    appointments = _lines_for(appointment_only, phones, emails, listed, lines)
    witness_to = _lines_for(witness_only, phones, emails, listed, lines)  # a police witness appeal's line

    # The line the body gives for questions first ("Bei Fragen … unter …"): the summary shows one
    # number, and a line for one purpose (appointments at one school) is no desk for the reader.
    def desk_first(item: str, digits: bool) -> tuple[bool, bool]:
        """The sort key of a contact line: lines for appointments and lines not for questions last."""
        return for_appointments(item, lines, digits=digits), not for_questions(item, lines, digits=digits)

    asked = tuple(sorted(found.phones, key=lambda p: desk_first(p, True)))
    mailed = tuple(sorted(found.emails, key=lambda e: desk_first(e, False)))
    found = replace(
        found,
        phones=asked,
        emails=mailed,
        press_office=press_office,
        sign_up=sign_up,
        report_to=report_to,
        appointments=appointments,
        witness_to=witness_to,
        witness_emergency=emergency_appeal(lines),
        # Named public lines and their hours, from the source's own sentences (servicelines.py).
        service_lines=service_lines(asked, re.split(r"\n\s*\n", draft.source)),
    )
    people = {part for p in found.people for part in p.name.split()}
    # Place names of the named units and of the sender stay whole ("Baiersdorf" is no "Baiers·dorf").
    places = set(re.findall(r"\b[A-ZÄÖÜ][\wäöüß\-]+", (found.actor or "").replace("Feuerwehr", "")))
    places |= {w for w in (sender.name if sender else "").split()[1:] if lookup(w) is None}
    places |= _territory_names(draft.source) | source_names(draft.source)
    # A quoted speaker's name stays whole in "X sagt: …" ("Pfannenstiel" is no "Pfannen·stiel").
    speakers = {w for s in draft.sentences if s.speech and person_name(s.speaker) for w in (s.speaker or "").split()[-2:]}
    return replace(draft, facts=found, keep=draft.keep | people | places | speakers)


# "Stadt Nordheim", "Landkreis Westkreis", "Gemeinde Oberau": German official style names a
# territorial body by its kind and its proper name; the word after the kind is a place name, and the
# dateline ("Nordheim, 27. Februar 2031 –") opens with the place of the release (press convention).
_TERRITORY_NAME: Final = re.compile(
    r"\b(?:Stadt|Gemeinde|Landkreis|Kreis|Ortsteil|Stadtteil|Bezirk|Markt)\s+([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b"
)
_TERRITORY_LIST: Final = re.compile(
    r"\b(?:Gemeinden|Städten|Ortsteilen|Stadtteilen|Ortschaften)\s+((?:[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)"
    r"(?:(?:, | und )[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)*)"
)
_DATELINE: Final = re.compile(r"^([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?),\s+(?:den\s+)?\d{1,2}\.", re.M)


def _territory_names(source: str) -> set[str]:
    """Place names of the release: after a territorial body's kind, and the dateline's place.

    A name the lexicon knows as a common noun ("Kreis Verwaltung" does not occur, but "Stadt Mitte"
    does) stays out: such a word is split like any other.
    """
    found = {m.group(1) for m in _TERRITORY_NAME.finditer(source)} | {m.group(1) for m in _DATELINE.finditer(source)}
    # "in den Gemeinden Nordau, Westerbrück und Kleinhain": every name of a plural body's list.
    for listed in _TERRITORY_LIST.finditer(source):
        found |= set(re.split(r", | und ", listed.group(1)))
    return {name for name in found if lookup(name) is None}


def compose(draft: Draft) -> Draft:
    """Template sentences first, then source sentences whose rewrite the verifier accepts."""
    assert draft.facts is not None
    guard = fact_guard(draft)
    dropped = list(draft.dropped)
    issued = draft.release.meta.issued
    core, core_from = _core_lines(draft, guard, dropped)
    templated = [*fact_lines(draft.facts), *sender_lines(draft.facts)]
    # A core sentence whose nouns the fact templates all say already repeats them ("Es hat einen
    # Unfall gegeben." / "Ein Unfall hat sich ereignet."): the template, correct by construction, stays.
    # Partners and advice are added sentences, not the news: they never make a core sentence a repeat.
    known = {n for line in templated if line.origin not in _ADDED for n in capital_nouns(line.text)}

    # A time or place sentence follows its main sentence: if the main sentence goes, they go too.
    # Most of its nouns (three of four) in one template sentence is a repeat too, named a little
    # differently ("Das Senioren·netz Berlin …" beside the template's "der AWO Landes·verband Berlin …").
    def _echoes(nouns: set[str]) -> bool:
        """Most of the nouns (at least the minimum count) stand in one template sentence: a repeat."""
        return len(nouns) >= _ECHO_NOUNS_MIN and any(
            len(nouns & capital_nouns(t.text)) >= _ECHO_SHARE * len(nouns) for t in templated if t.origin not in _ADDED
        )

    # A place the templates do not say ("… findet am Sonntag im Kurpark statt") is a fact of its own:
    # the sentence is no repeat, or the place is lost beside the template's day line.
    repeated = {
        index
        for index, line, first in core
        if first
        and (capital_nouns(line.text) <= known or _echoes(capital_nouns(line.text)))
        and {w.replace("·", "").lower() for w in _PLACE_NOUN.findall(line.text)} <= known
    }
    # A sentence whose closing sites the counted list says (closings.py): the list stands for it.
    # A core index past the body's sentences is the subtitle's or the headline's (no source sentence).
    closed = draft.facts.closed_from
    repeated |= {i for i, _, _ in core if closed and 0 <= i < len(draft.sentences) and draft.sentences[i].text in closed}
    # Their time or place sentence may still add a fact; it names a noun the template introduced
    # ("Es hat einen Verkehrs·unfall gegeben." / "Der Verkehrs·unfall war in der Nacht …"), so it
    # follows the template's lines.
    extra = [
        line
        for index, line, first in core
        if index in repeated
        and not first
        and line.text.split()[1].replace("·", "").lower() in known
        and not capital_nouns(line.text) <= known
    ]
    facts_part = list(fact_lines(draft.facts))
    for detail in extra:
        noun = detail.text.split()[1].replace("·", "").lower()
        after = max(
            (i for i, line in enumerate(facts_part) if noun in capital_nouns(line.text)), default=len(facts_part) - 1
        )
        facts_part.insert(after + 1, detail)
    # Inverted pyramid: the news first, who sent it and when last (issue 16: the metadata lines
    # filled the top of "Worum geht es?"). They are appended after the source sentences below.
    senders = sender_lines(draft.facts)
    lines = [*(line for index, line, _ in core if index not in repeated), *facts_part]
    lines[len(lines) - len(facts_part) : len(lines) - len(facts_part)] = _positions(draft, guard, lines, dropped)
    lines += _comes_back(draft)
    lines += _money_from(draft)
    lines += [Line(text, origin="body") for text in body_lines(draft)]  # kind-specific facts (bodies.py)
    lines += _scoped_advice(draft, guard, dropped)  # a narrowed list's advice under its intro (scopes.py)
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
    voice = own_voice(draft)
    offered = candidates(draft.sentences, lambda piece: rewrite(piece, issued), own_voice=voice)
    # Overview lists of the body ("Die Änderungen auf einen Blick:") as Leichte-Sprache lists (sourcelists.py).
    listed = overview_lines(draft, lambda item: _item_said(item, draft, guard), room - _MIN_SOURCE, [*lines, *senders])
    room = max(_MIN_SOURCE, room - sum(1 + len(line.items) for _, line in listed))
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
        if candidate.source.text in draft.facts.closed_from:
            continue  # its closing sites stand as a counted list already (closings.py)
        if not _complete(candidate.source.text) and not candidate.source.speech:
            continue  # a fragment the parser cut off stays out, whatever a rewrite would make of it
        if text in said or len(words(text)) < _SENTENCE_WORDS_MIN or _said_already(text, said):
            continue
        if orphan_detail(text, candidate.source, draft.sentences, [*said, *(line.text for line in lines)], issued):
            # Registration or admission without the event it is for (details.py). It may still stand
            # after the headline's facts, which come in below and may name the event (segments.py).
            waiting.append((candidate, text))
            continue
        if scoped_item(candidate.index, draft.sentences) is not None:
            continue  # an item of a list whose intro narrows it: said under that intro only (_scoped_advice)
        unchanged = text == candidate.source.text and len(words(text)) >= _COPY_MIN
        styled = style(text, draft)
        failures = [
            *rule_failures(styled, known_acronyms=allowed_acronyms(draft)),
            *structure_failures(styled),
            *guard.failures(styled),
        ]
        if any(f.check in ("guard.pronoun", "guard.dangling-opener") for f in failures):
            # "Er …"/"Sie …" by its one antecedent in the source sentence before (anaphora.py), checked again.
            earlier = [draft.title, *_lead(draft), *said]
            # "Beide …" by the pair the sentence before names (both.py); "Seit 2021 ist sie …" by the
            # person a chain of subject pronouns takes up (chains.py).
            resolved = (
                resolve_chain(text, draft.sentences, candidate.index, earlier)
                or resolve_at(text, draft.sentences, candidate.index, earlier)
                or resolve_both(text, draft.sentences, candidate.index, earlier)
            )
            again = style(resolved, draft) if resolved else ""
            acronyms = allowed_acronyms(draft)
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
            # Every refused sentence is reported, the long ones too (issue 16: "a failing sentence is
            # dropped and reported, never written silently"): a lead of 40 words that no rescue could say
            # is the fact a press officer most needs to see missing.
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
            claim = _as_claim(text, candidate.source.text, draft)
            if claim is None or len(words(claim)) > HARD_LIMIT or guard.failures(style(claim, draft)):
                continue  # an accusation cut from its frame is the speaker's claim, never a fact (claims.py)
            text = claim
            framed = _as_view(text, draft)
            if framed != text:
                if not framed or len(words(framed)) > HARD_LIMIT or guard.failures(style(framed, draft)):
                    continue  # a demand that cannot be marked as the sender's view stays out
                text = framed
        if origin == "source" and (text.startswith("Man ") or ": Man " in text):
            # An impersonal rule or demand ("Man muss …") says no news of its own: never the title.
            origin = "source-impersonal"
        found.append((candidate.index, candidate.piece, Line(text, origin=origin)))
        said.add(text)
        copied += unchanged
    found += _quote_lines(draft, guard, found, said)
    found += [(index, 0, line) for index, line in listed]
    ordered = sorted(found, key=lambda item: (item[0], item[1]))
    # Main message first, side details last (inverted pyramid): a sentence about a side action
    # goes after the others, and never becomes the title (salience.py).
    lines.extend(line for _, _, line in ordered)
    # A rescue's followers go wherever their head goes (rescue.py: they point back at it).
    side_groups = {line.group for line in lines if line.group is not None and not line.follows and _side(line)}
    moved = [_side(line) if line.group is None else line.group in side_groups for line in lines]
    side = [replace(line, origin="side") for line, move in zip(lines, moved, strict=True) if move]
    lines = [line for line, move in zip(lines, moved, strict=True) if not move] + side
    at = next((i + 1 for i, line in enumerate(lines) if line.origin in ("core", "core-timed")), 0)
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


def _scoped_advice(draft: Draft, guard: FactGuard, dropped: list[tuple[str, tuple[Failure, ...]]]) -> list[Line]:
    """Advice of a narrowed list as a list under its intro, which carries the scope; no intro, no items (scopes.py)."""
    assert draft.facts is not None
    out: list[Line] = []
    for intro, advice in draft.facts.scoped_advice:
        items = tuple(item for item in advice if not _item_failures(style(item, draft), draft, guard))
        text = _rewritten(intro, draft.release.meta.issued).strip()
        styled = style(text, draft)
        failures = [] if items else [Failure("guard.lost-scope", "no item passes")]
        failures += _checks(styled, draft, guard, list_intro=True)
        if failures:
            dropped.append((styled, tuple(failures)))
            continue
        out.append(Line(text, origin="advice", list_intro=True, items=items))
    return out


def _quote_lines(
    draft: Draft, guard: FactGuard, found: list[tuple[int, int, Line]], said: set[str]
) -> list[tuple[int, int, Line]]:
    """A named speaker's key statement, "X sagt: …", cut to a main clause that passes every check (quotes.py)."""
    issued = draft.release.meta.issued

    def failures(text: str) -> list[object]:
        """The checks that fail for the styled text."""
        return list(_checks(style(text, draft), draft, guard))

    taken = [line.text.split(" sagt: ")[0] for _, _, line in found if line.origin == "speech"]
    lines = quotes(
        draft.sentences,
        lambda piece: plain_words(rewrite(piece, issued)),
        failures,
        lambda text: text in said or _said_already(text, said),
        taken=taken,
    )
    said.update(q.text for q in lines)
    return [(q.index, 0, Line(q.text, origin="speech")) for q in lines]


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
        styled = style(text, draft)
        failures = _checks(styled, draft, guard)
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
    if part_count(text) is not None:
        return []  # a rescue would cut the count and say one case for several (parts.py)
    issued = draft.release.meta.issued
    context = RescueContext(
        source=candidate.source,
        text=text,
        sentences=tuple(draft.sentences),
        index=candidate.index,
        issued=issued,
        rewrite=lambda piece: rewrite(piece, issued),
        earlier=(draft.title, *_lead(draft), *sorted(said)),
        contacts=(*draft.facts.phones[:1], *draft.facts.emails[:1]) if draft.facts else (),
    )
    group = candidate.index * 1000 + candidate.piece  # unique within the release, the same on every run
    offered: list[tuple[str, Rescue]] = []
    for name, result in rescues(context):
        lines = _verified_rescue(draft, guard, name, result, group, said)
        if lines:
            return lines
        offered.append((name, result))
    # No offer passes as it is: each again with its refused pieces repaired (compose.py).
    composer = Composer(lambda sentence, head: _rescue_sentence_passes(draft, guard, sentence, head))
    for name, result in offered:
        repaired = composed(result, context, composer)
        lines = [] if repaired is None else _verified_rescue(draft, guard, f"{name}+composed", repaired, group, said)
        if lines:
            return lines
    return []


def _rescue_sentence_passes(draft: Draft, guard: FactGuard, sentence: str, head: bool) -> bool:
    """The verifier's checks of one sentence of a rescue, as _verified_rescue makes them (no list, no question)."""
    line = Line(plain_words(sentence), origin="rescue", follows=not head)
    return not exempt(_checks(style(line.text, draft), draft, guard), line)


def _verified_rescue(draft: Draft, guard: FactGuard, name: str, result: Rescue, group: int, said: set[str]) -> list[Line]:
    """The lines of one rescue when every one of them passes the verifier and says something new, else none."""
    lines: list[Line] = []
    for position, sentence in enumerate(map(plain_words, result.sentences)):
        head, last = position == 0, position == len(result.sentences) - 1
        line = Line(
            sentence,
            origin=f"rescue-{name}",
            group=group,
            follows=not head,
            question=head and result.question and len(result.sentences) > 1,
            size=len(result.sentences) if head else 0,
            items=tuple(map(plain_words, result.items)) if last else (),
        )
        if sentence in said or (head and not line.items and _said_already(sentence, said)):
            return []
        checks = [
            *_checks(style(sentence, draft), draft, guard, list_intro=line.question or bool(line.items)),
            *(f for item in line.items for f in _item_failures(style(item, draft), draft, guard)),
        ]
        if exempt(checks, line):
            return []
        lines.append(line)
    return lines


def _item_said(item: str, draft: Draft, guard: FactGuard) -> str | None:
    """A source list item as the summary says it (rewrite, plain words), or None when a check refuses it."""
    text = _rewritten(item, draft.release.meta.issued).strip()
    forms, names = long_forms(draft.source), name_words(draft.source)
    styled = style(plain_units(expand(text, forms, keep=names)), draft)
    return None if _item_failures(styled, draft, guard) or split_name(styled) else text


def _checks(styled: str, draft: Draft, guard: FactGuard, *, list_intro: bool = False) -> list[Failure]:
    """The verifier's rule, structure and fact checks of one styled summary sentence."""
    return [
        *rule_failures(styled, known_acronyms=allowed_acronyms(draft)),
        *structure_failures(styled, list_intro=list_intro),
        *guard.failures(styled),
    ]


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
    if dialable(item) == item or email_address(item) == item or web_address(item):
        # A phone number, e-mail or web address alone on its line is the contact form a reader uses
        # (the contact block's, contactout.py); the word and number rules are about words and
        # quantities, which it is not (rubric item 4: "numbers a reader cannot use"); it cannot be
        # put in other words. Structure and fact checks still apply.
        return [*structure, *guard.failures(item)]
    return [*rule_failures(item, known_acronyms=allowed_acronyms(draft)), *structure, *guard.failures(item)]


def _headline_block(draft: Draft) -> tuple[list[str], list[str], bool]:
    """The headline block's parts that may state a fact (segments.py), the body they are checked
    against, and whether the release reports the past."""
    assert draft.facts is not None
    meta, facts = draft.release.meta, draft.facts
    labels = [meta.organisation or "", facts.sender.name if facts.sender else "", meta.kicker or ""]
    sub = flat(meta.subtitle, meta.language) if meta.subtitle else None
    # A satirical or teasing headline is never stated as a fact (easy-judging.md, items 2 and 6), as in
    # title(); the subtitle under it states the news plainly and still counts.
    headline_text = "" if ironic(draft.title, opinion=facts.kind == "statement") else stated_topic(draft.title)
    parts = headline_parts(headline_text, sub, meta.kicker, labels)
    body = [s.text for s in draft.sentences if not s.speech]  # list items and headings state facts too
    told = facts.told_in_past and facts.when is not None and facts.issued is not None and facts.when.day <= facts.issued
    past = facts.kind in ("police", "fire", "appeal", "missing") or told
    return parts, body, past


def _passes_logged(draft: Draft, guard: FactGuard, dropped: list[tuple[str, tuple[Failure, ...]]]) -> Callable[[str], bool]:
    """The verifier's rule, structure and fact checks; the report names every left-out sentence."""

    def passes(text: str) -> bool:
        """The styled text passes the rules, the structure guard and the fact guard; a failure is recorded."""
        styled = style(text, draft)
        checks = [*rule_failures(styled, known_acronyms=allowed_acronyms(draft)), *structure_failures(styled)]
        failures = [*checks, *guard.failures(styled)]
        dropped.extend([(styled, tuple(failures))] if failures else [])
        return not failures

    return passes


class _HeadlineChecks(TypedDict):
    past: bool
    opinion: bool
    passes: Callable[[str], bool]
    countable: Callable[[str], bool]


def _headline_checks(
    draft: Draft, guard: FactGuard, dropped: list[tuple[str, tuple[Failure, ...]]], past: bool
) -> _HeadlineChecks:
    """What both readers of the headline block (newsfirst.py, segments.py) check their sentences with."""
    assert draft.facts is not None
    return {
        "past": past,
        "opinion": draft.facts.kind == "statement",
        "passes": _passes_logged(draft, guard, dropped),
        "countable": lambda noun: counted(noun, draft),
    }


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
    checks = _headline_checks(draft, guard, dropped, past)
    said_news = news_sentences(parts, body, [line.text for line in said], **checks, source=draft.source, sender=named)
    return [sentence for sentence in said_news if _holds_as_said(sentence, draft.source)]


def _segments(draft: Draft, guard: FactGuard, said: list[Line], dropped: list[tuple[str, tuple[Failure, ...]]]) -> list[str]:
    """The facts of the headline and subtitle as sentences the summary does not say yet (segments.py)."""
    assert draft.facts is not None
    parts, body, past = _headline_block(draft)
    found = segment_sentences(parts, body, [line.text for line in said], **_headline_checks(draft, guard, dropped, past))
    return [sentence for sentence in found if _holds_as_said(sentence, draft.source)]


def _holds_as_said(sentence: str, source: str) -> bool:
    """A headline fact said as a sentence still holds as said: no state the body starts on a day ahead
    ("Badeverbot aufgehoben" over "wird zum 20. Juni aufgehoben", title_check.state_ahead) and no day of
    something the body calls off or rejects ("Gebührenerhöhung am 1. Juli" over "kommt nicht",
    title_step.revoked)."""
    return not state_ahead(sentence, source) and not (announced_on_day(sentence) and revoked(sentence, source))


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
    styled = [style(line.text, draft) for line in written]
    if not any([*rule_failures(t, known_acronyms=allowed_acronyms(draft)), *guard.failures(t)] for t in styled):
        return written
    # "Das Ordnungsamt von der Stadt X" is too long: the body it writes for is the sender too (sender.body_of).
    body = body_of(draft.facts.sender) if draft.facts.sender is not None else None
    if body is not None:
        shorter = written_line(replace(draft.facts, sender=body), issued)
        styled = [style(line.text, draft) for line in shorter]
        if not any([*rule_failures(t, known_acronyms=allowed_acronyms(draft)), *guard.failures(t)] for t in styled):
            return shorter
    return split_sender_lines(draft.facts, issued)[-1:]


# The group numbers of a core kernel and its time follower: apart from a rescue's (index × 1000 + piece).
_CORE_GROUP: Final = 10_000_000


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
    found = [(-1, text) for text in headline_sentences(stated_topic(draft.title), draft.sentences)]
    voice = own_voice(draft) or (lambda piece: piece)
    found += _subtitle_core(draft, lambda piece: _rewritten(voice(piece), issued))
    found += core_sentences(draft.sentences, lambda piece: _rewritten(voice(piece), issued))
    # The lead's main clause for leads the kernel could not cut (leads.py): the news of any kind.
    found += lead_sentences(
        draft.sentences, lambda piece: _rewritten(voice(piece), issued), skip=frozenset(i for i, _ in found)
    )
    # A court's verdict and each prison term first (verdicts.py): the lead's clause itself is too long.
    verdicts = verdict_lines(draft.sentences)
    # A lead's news still too long by an apposition or an attribute: its noun phrases shorter (nounphrases.py).
    found = [*verdicts, *((index, fitted(text)) for index, text in found)]
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
        styled = style(text, draft)
        # "Das gilt ab dem 1. Juli 2026." right after the kernel it points back at (core._time_follower):
        # a rescue-style follower, kept with its head or not at all (rescue.whole_groups).
        follows = not first and text.startswith(CORE_FOLLOWER) and bool(out) and out[-1][0] == index
        failures = [
            *rule_failures(styled, known_acronyms=allowed_acronyms(draft)),
            *structure_failures(styled),
            *guard.failures(styled),
        ]
        if follows:
            failures = [f for f in failures if not (f.check == "guard.dangling-opener" and f.match == "Das")]
        plainer = without_named_attributes(styled) if failures and {f.check for f in failures} <= WORD_CHECKS else None
        if plainer is not None:
            # "den neuen qualifizierten Lärm·aktions·plan 2027": the lead's news refused for one describing
            # adjective of a noun phrase its number picks out; without it (namedattributes.py) the
            # news says less and nothing false, as the rescuer does for any other sentence.
            recheck = [
                *rule_failures(plainer, known_acronyms=allowed_acronyms(draft)),
                *structure_failures(plainer),
                *guard.failures(plainer),
            ]
            if not recheck:
                dropped.append((styled, tuple(failures)))
                text, styled, failures = plainer, plainer, []
        if failures:
            dropped.append((styled, tuple(failures)))
            if first:
                failed.add(index)
            elif follows:
                # The head without its time would say it holds now: it goes too (omission over error),
                # and so does every later detail of its sentence.
                out = [item for item in out if item[0] != index]
                used.discard(index)
                failed.add(index)
            continue
        if follows:
            group = _CORE_GROUP + index
            head_index, head, head_first = out[-1]
            # "core-timed": the head says the news only with its time, so it never stands alone as
            # the title (title_step takes "core" lines); it is the lead's news all the same.
            origin = "core-timed" if head.origin == "core" else head.origin
            out[-1] = (head_index, replace(head, group=group, size=2, origin=origin), head_first)
            out.append((index, Line(text, origin="core-detail", group=group, follows=True), False))
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
    if sender is None and draft.kind == "statement":
        sender = frame_sender(draft.sentences)  # no letterhead: the subject of its frame sentences
    subject = subject_of(sender, draft.sentences)
    found = position_lines(draft.sentences, sender, draft.kind, lambda s: _rewritten(s, issued))
    # Only lines the verifier will keep can say a position already ("Beispiel Verschleierung ist
    # Bürger·meister." names the mayor, but it breaks a rule and goes in the verify step).
    acronyms = allowed_acronyms(draft)
    said = {line.text for line in lines if not rule_failures(style(line.text, draft), known_acronyms=acronyms)}
    # The sender's name is in every position line: only the rest says whether a line repeats another.
    name = set((sender.name if sender else "").split())
    out: list[Line] = []
    kept = False
    for text, origin in found:
        if origin == "reason" and not kept:
            continue  # the reason explains the position line before it, which was left out (reasons.py)
        styled = style(text, draft)
        failures = [*rule_failures(styled, known_acronyms=allowed_acronyms(draft)), *structure_failures(styled)]
        failures += guard.failures(styled)
        own = " ".join(w for w in text.split() if w not in name)
        # The same position named by another form of the sender ("Die Blaue Liste kritisiert X." and
        # "Der Orts·verband … kritisiert X."): what follows the subject is said already.
        rest = text[len(subject) :].replace("·", "") if subject and text.startswith(subject + " ") else ""
        again = bool(rest) and any(line.replace("·", "").endswith(rest) for line in said)
        # A line says the same position only with the same frame verb ("kritisiert"): a role line
        # naming the same person ("X ist Bürger·meister.") does not say that X is criticised.
        verb = rest.split()[0].rstrip(":") if rest.split() else ""
        pool = {line for line in said if verb and verb in line.replace(":", " ").split()} if verb else said
        kept = text not in said and not again and not _said_already(own, pool) and not failures
        if kept:
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


def _as_claim(text: str, source: str, draft: Draft) -> str | None:
    """The text, or "<Sender> sagt: …" where it is a clause cut from the sender's criticism (claims.py)."""
    sender = draft.facts.sender if draft.facts is not None else None
    if sender is None and draft.kind == "statement":
        sender = frame_sender(draft.sentences)
    return claim_frame(text, source, subject_of(sender, draft.sentences), own_sentence(source, sender))


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


def _complete(sentence: str) -> bool:
    """The source sentence ends like a sentence (end mark, no dangling preposition or article)."""
    return not [f for f in structure_failures(sentence) if f.check == "guard.cut-off"]


# The noun of a place phrase (a local preposition with its article): "im Kurpark", "auf dem Marktplatz".
_PLACE_NOUN: Final = re.compile(
    r"\b(?:im|ins|beim|in\s+der|in\s+den|auf\s+dem|auf\s+der|an\s+der|vor\s+dem|vor\s+der|hinter\s+dem)\s+"
    r"(?:[a-zäöüß]\w*\s+)?([A-ZÄÖÜ][\wäöüß]{3,})"
)


def _opening_function_word(sentence: str) -> set[str]:
    """The sentence's first word, lower case, where it is an article only its place capitalises ("Eine …").

    An article opening a sentence is written with a capital like a noun; counted as one, "Eine
    Scheune ist zerstört." would share "eine" with "Eine Scheune hat gebrannt." and read as said
    already. (Other opening words stay counted, as before: "Beim Fest …" names a new occasion.)
    """
    tagged = morph.tag(sentence)
    return {tagged[0].word.lower()} if tagged and tagged[0].pos == "ART" else set()


def _said_already(text: str, said: set[str]) -> bool:
    """Most of the sentence's nouns and names are in the template sentences already."""
    nouns = {w.lower() for w in re.findall(r"\b[A-ZÄÖÜ][\wäöüß]{3,}", text)} - _opening_function_word(text)
    known: set[str] = set()
    for line in said:
        plain = line.replace("·", "")
        known |= {w.lower() for w in re.findall(r"\b[A-ZÄÖÜ][\wäöüß·]{3,}", plain)} - _opening_function_word(plain)
    if set(re.findall(r"\d+", text)) - {n for line in said for n in re.findall(r"\d+", line)}:
        return False  # a number or date no said sentence holds is a fact of its own ("… tritt ihr Amt am 1. Oktober an")
    if {w.lower() for w in _PLACE_NOUN.findall(text)} - known:
        return False  # a place no said sentence holds is a fact of its own ("Das Fest findet … im Kurpark statt")
    return len(nouns) >= _SAID_NOUNS_MIN and len(nouns & known) >= _SAID_SHARE * len(nouns)


def verify(draft: Draft) -> Draft:
    """Style every line (compounds split) and drop each one that breaks a rule or states an unknown fact."""
    guard = fact_guard(draft)
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
            # Subject before verb, the reader addressed instead of "Interessierte" (wordorder.py).
            text = reader_addressed(subject_first(text))
        styled = style(text, draft)
        if line.origin not in _OURS:
            styled = _named_referents(styled, draft, guard, [draft.headline or "", *(k.text for k in kept)])
        failures = [*rule_failures(styled, known_acronyms=allowed_acronyms(draft)), *guard.failures(styled)]
        failures = exempt(failures, line)
        # A list's items are checked with it and go with it: a cut list can make it false (lists.py).
        items = tuple(style(plain_units(expand(item, forms, keep=names)), draft) for item in line.items)
        items = plainer_items(
            items,
            line.plain_items,
            lambda item: not _item_failures(item, draft, guard),
            lambda item: style(plain_units(expand(item, forms, keep=names)), draft),
        )
        failures.extend(f for item in items for f in _item_failures(item, draft, guard))
        if line.origin not in _OURS:
            # A definite noun the summary never introduced ("Das Plakat ist …") points at nothing for
            # a reader who has only the summary (style.introduced_failures).
            earlier = [draft.headline or "", *_lead(draft), *(k.text for k in kept)]
            # "Das Unternehmen …" after the company's name: its kind is introduced (orgkinds.py).
            earlier += kind_nouns(draft.source, earlier)
            intro = line.question or bool(line.items)
            failures.extend(exempt(structure_failures(styled, earlier=earlier, list_intro=intro), line))
            if any(f.check == "guard.not-introduced" for f in failures) and not line.items:
                # "Der Fahrer blieb unverletzt." where the release introduced the driver but the summary
                # did not: "Ein Fahrer …" says what the release says (references.indefinite_opener).
                # "Der Junge ist gestürzt." -> "Ein Junge …" where no person the summary named could
                # be the same one (introductions.py).
                repaired = indefinite_opener(styled, draft.source) or introduce_person(styled, draft.source, earlier)
                if repaired is not None:
                    again = [
                        *rule_failures(repaired, known_acronyms=allowed_acronyms(draft)),
                        *guard.failures(repaired),
                        *structure_failures(repaired, earlier=earlier),
                    ]
                    if not again:
                        styled, failures = repaired, []
        if line.origin not in _OURS and not line.items and not failures:
            # "Man hat den Jugendlichen behandelt" with no youth met: "einen Jugendlichen", or the
            # line goes where a person named before could be taken for them (introductions.met_person).
            met = met_person(styled, draft.source, [draft.headline or "", *(k.text for k in kept)])
            if met is None or (met != styled and not _passes_all(met, draft, guard)):
                failures.append(Failure("guard.not-introduced", "person"))
            styled = met or styled
        if failures:
            dropped.append((styled, tuple(failures)))
            continue
        if styled not in {k.text for k in kept}:
            kept.append(replace(line, text=styled, items=items))
    # The lines that passed every check: what the steps below leave out (a repeat of the title, a side
    # detail, half a group) is reported too, never dropped silently (issue 16, Verifier).
    checked = list(kept)
    # A rescue whose head the checks above dropped leaves no follower behind to count as content in
    # the steps below (a lone follower would keep a side fact from being the lone one).
    # One person introduced once, "auch"/"wieder" only after what they presuppose (antecedents.py).
    kept = settled(kept, draft, draft.headline or "", lambda text: _passes_all(style(text, draft), draft, guard))
    kept = whole_groups(kept)
    kept = _without_side_roles(kept, draft)
    kept = _without_lone_side_fact(kept, draft)
    kept = _without_second_receiver(kept, draft)
    headline_text = style(expand(draft.headline or "", forms, keep=names), draft)
    echoed = kept
    kept = _without_title_echo(kept, headline_text)
    kept = said_once(kept, headline_text)  # an event introduced, its time and place said once (mentions.py)
    kept = whole_groups(kept)  # a rescue's follower only right after its head (rescue.py)
    kept = _without_second_date(kept, headline_text)
    if all(metadata(line) for line in kept) and not all(metadata(line) for line in echoed):
        # Only the message's lines left, and its date is padding beside the event's in the title: the
        # title's sentence says the news in the body too ("Worum geht es?" says the news, not only
        # when the message was written; _without_title_echo).
        with_echo = _without_second_date(whole_groups(said_once(echoed, headline_text)), headline_text)
        if len(with_echo) <= len(kept) and any(not metadata(line) for line in with_echo):
            kept = with_echo
    # "Es gibt eine Lesung." + "Die Lesung ist am …" -> "Eine Lesung ist am …" (existentials.py).
    kept = introduced_in_statement(kept, lambda text: _passes_all(text, draft, guard), headline_text)
    # "Algen im Mühlsee: Kreis spricht …": the headline's topic said where nothing names it (headtopic.py).
    kept = with_topic(kept, draft.title, headline_text, draft.source, lambda text: _styled_passing(text, draft, guard))
    # A called-off event's day and invitation only beside its call-off (offguard.py).
    kept = without_unsaid_call_off(kept, draft.source, draft.kind, headline_text)
    contact = tuple(
        replace(c, text=style(c.text, draft)) if c.phone is None and c.email is None else c for c in draft.contact
    )
    said = " ".join(line.text for line in kept)
    for line in checked:
        if line.text not in said:
            dropped.append((line.text, (Failure("summary.said-elsewhere-or-aside", line.text[:40]),)))
    return replace(draft, lines=tuple(kept), contact=contact, headline=headline_text, dropped=tuple(dropped))


def _named_referents(styled: str, draft: Draft, guard: FactGuard, said: list[str]) -> str:
    """The sentence with a thing or person the summary never named said as the release names it.

    "Die Zone C gilt …" -> "Die Anwohner·park·zone F gilt …" (references.fuller), "Man vermisst die
    Jugendliche" -> "Man vermisst Lea M." (introductions.named_person); kept only where the new
    sentence passes every check the old one passed (a longer word must not cost the sentence).
    """
    compound = fuller(styled, draft.source, said)
    new = style(compound, draft) if compound is not None else styled
    new = named_person(new, draft.source, said) or new
    if new == styled or _passes_all(new, draft, guard) or not _passes_all(styled, draft, guard):
        return new
    return styled


def _styled_passing(text: str, draft: Draft, guard: FactGuard) -> str | None:
    """The sentence styled (compounds split) where it passes every check of the verifier, else None."""
    styled = style(text, draft)
    return styled if _passes_all(styled, draft, guard) else None


def _passes_all(text: str, draft: Draft, guard: FactGuard) -> bool:
    """The sentence passes the rule, fact and structure checks the verifier runs on every line."""
    failures = [
        *rule_failures(text, known_acronyms=allowed_acronyms(draft)),
        *guard.failures(text),
        *structure_failures(text),
    ]
    return not failures


def _without_second_date(kept: list[Line], title: str = "") -> list[Line]:
    """The lines without the message's date where the title or another line names a date of the event.

    Issue 16, round 2 ("the event's facts, not the message's"): a second date beside the event's is
    padding. Decided after every drop, so that the message's date stays where the event's went, and
    never where it is all the body says (an empty "Worum geht es?" says nothing at all).
    """
    content = [line for line in kept if not metadata(line)]
    if content and (_EVENT_DATE.search(title) or any(_EVENT_DATE.search(line.text) for line in content)):
        return [line for line in kept if not (metadata(line) and _EVENT_DATE.search(line.text))]
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
        """The text in lower case, without Mediopunkts, indefinite articles and end mark."""
        # Articles aside: "X ist ein Neuzugang" and "X ist Neuzugang." say the same.
        text = re.sub(r"\b(?:ein|eine|einen|einem|einer)\s+", "", text.replace("·", "").lower())
        return text.rstrip(".!").strip()

    title = plain(headline)

    def within(text: str) -> bool:
        """Every word of the sentence stands in the title in the same order, three words at least."""
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
    roles = {style(f"{p.name} ist {p.role}.", draft): p for p in people}
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
# Sentences built by our templates, correct by construction ("written" says who wrote it and when).
_OURS: Final = ("template", "written", "advice", "partners", "programme")
# Template sentences added beside the news (who acts with whom, what the reader should do).
_ADDED: Final = ("advice", "partners")


def _without_lone_side_fact(kept: list[Line], draft: Draft) -> list[Line]:
    """Leave out a statement that stands alone as the news but shares nothing with the headline.

    When a summary keeps one statement about the content besides who sent it and when, a reader takes
    that statement for the news (easy-judging.md, known failure patterns: role lines and side facts
    "filling the space where the event should be"). If it names no noun or name of the release's own
    headline or of the summary's title (a coach's role line under "Neuzugang X", the first recipient
    of a donation headlined for the second), it is a side fact, and the summary says less rather
    than something misleading (omission over error, DESIGN §6).
    """
    content = [line for line in kept if not metadata(line) and line.text != NO_TEXT]
    # Only where the who-and-when lines remain: "Worum geht es?" is never left empty.
    if len(content) != 1 or len(kept) < 2 or not draft.title.strip():
        return kept
    lone = content[0]
    subtitle = flat(draft.release.meta.subtitle, draft.release.meta.language) if draft.release.meta.subtitle else ""
    # The subtitle sums up the news as the headline does (a feature headline "Kleine Hecken, große
    # Wirkung" leaves the finding to the subtitle): a line sharing its nouns is the news too.
    if any(shares_noun(lone.text, head) for head in (draft.title, draft.headline or "", subtitle) if head):
        return kept
    if _shares_day(lone.text, f"{draft.title} {subtitle}", draft.release.meta.issued):
        return kept  # "Anmeldeschluss ist der 20. Mai" under "… – Frist endet am 20. Mai": the headline's day
    if lone.origin == "partners":
        return kept  # who acts with whom is the news of a cooperation, never a side fact (judged pattern 3)
    if lone.origin in ("core", "core-timed"):
        return kept  # the lead's main clause (core.py) is the news by the inverted pyramid, never a side fact
    if lone.origin == "programme":
        return kept  # the dated events a release lists apart are its announcement (programme.py)
    if lone.origin == "news":
        return kept  # a clause of the release's own headline (newsfirst.py) is its news, never a side fact
    return [line for line in kept if line is not lone]


def _shares_day(text: str, headline: str, issued: date | None) -> bool:
    """The line names a day the headline block names too (the news's own day)."""
    days = {moment.day for moment in find_moments(headline, issued)}
    return bool(days) and any(moment.day in days for moment in find_moments(text, issued))


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
        portfolio = style(sender.name.split(" für ", 1)[1], draft)
        texts = [text.replace(portfolio, "") for text in texts]
    return replace(draft, glossary=tuple(entries_for(texts, source=draft.source)))


Step = Callable[[Draft], Draft]
# The incident's place after the verifier, next to the line it points back at (incident_place.py).
STEPS: Final[tuple[Step, ...]] = (read, kind, facts, compose, title, verify, with_place, glossary)


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
        for text, failures in merged_drops(draft.dropped)  # one entry per source sentence (dropreport.py)
    )
