"""Leichte Sprache (German) and Easy Read (English) summaries: a short easy ``Release`` built offline.

Rule-based and extractive: sentence templates filled from facts found in the release (who, what,
when, where), plus source sentences simplified by fixed rules and rejected if still long or hard.
Nothing is paraphrased and every generated sentence is checked against the source for facts it
does not contain, so the summary never invents a name, number or date (DESIGN §6).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Final, Literal

from pressconv.diagnostics import Diagnostic
from pressconv.model import (
    Block,
    BulletList,
    Email,
    Heading,
    Inline,
    ListItem,
    Metadata,
    OrderedList,
    Paragraph,
    Phone,
    Quotation,
    Release,
    Section,
    Text,
)
from pressconv.transforms.easy.compounds import MEDIOPUNKT, Separator, segment, segment_text
from pressconv.transforms.easy.dates import format_date
from pressconv.transforms.easy.facts import (
    ROLE_ABBREVIATIONS,
    Facts,
    extract_facts,
    source_text,
    unsupported_facts,
)
from pressconv.transforms.easy.glossary import entries_for, load_glossary
from pressconv.transforms.easy.grammar import sentence_problems
from pressconv.transforms.easy.hardwords import hard_words
from pressconv.transforms.easy.kinds import KindFacts, kind_statements
from pressconv.transforms.easy.readability import Finding, findings, measure
from pressconv.transforms.easy.sentences import (
    HARD_LIMIT,
    Piece,
    is_acceptable,
    looks_complete,
    simplify,
    word_count,
)

__all__ = [
    "DRAFT_LABELS",
    "EASY_KICKERS",
    "EasyResult",
    "is_easy_release",
    "report",
    "summarise",
    "summary_text",
]

EASY_KICKERS: Final = {"de": "Leichte Sprache", "en": "Easy Read"}
# DIN SPEC 33429:2025: only a check by readers of the target group makes a text Leichte Sprache.
DRAFT_LABELS: Final = {
    "de": "Entwurf – nicht von Prüferinnen und Prüfern geprüft",
    "en": "Draft – not checked by readers",
}
_WORDS: Final = {
    "de": {
        "about": "Worum geht es?",
        "more": "Mehr Infos",
        "say": "Das sagen die Menschen",
        "says": "{name} sagt:",
        "contact_heading": "Kontakt",
        "contact": "Haben Sie Fragen?",
        "write": "Dann schreiben Sie eine E-Mail an:",
        "call": "Oder rufen Sie an:",
        "call_only": "Dann rufen Sie an:",
        "glossary": "Wörterbuch",
        "issued": "Die Nachricht ist vom {date}.",
        "prize": "{winner} hat einen Preis bekommen.",
        "prize_name": "Der Preis heißt „{prize}“.",
        "prize_from": "Der Preis ist von {giver}.",
        "event_when": "{event} {tense} am {date}.",
        "event_where": "{event} {tense} in {place}.",
        "role": "{name} ist {role}.",
        "happy_prize": "{name} freut sich über den Preis.",
        "happy": "{name} freut sich.",
        "fallback_title": "Eine Nachricht in Leichter Sprache",
        "fallback": "Hier steht eine kurze Nachricht.",
        "topic": "Das Thema ist: {title}",
        "kind_words": (
            "Es gab einen eine Straftat Sperrung Dann kurz Feier Einladung zum Der Unfall Die Tat war ist "
            "in am um etwa Uhr Das Ein Eine Jahre alt "
            "verletzt Krankenhaus gekommen Die Polizei hat Tatverdächtigen festgenommen ermittelt sucht "
            "Zeugen Haben Sie etwas gesehen? Dann rufen Sie die Polizei an: gesperrt zwischen bis macht "
            "sind an diesen Tagen: beginnen Der Besuch Das Pressegespräch Die Verleihung besucht "
            "Die Adresse ist im von der Alle Interessierten sind eingeladen. Diese Menschen kommen: "
            "Bitte melden Sie sich vorher an. Das geht auf der Homepage vom Es gibt eine Feier für den "
            "Die Jury hat diese Vorschläge ausgewählt: Bei der Feier erfahren Sie: Wer bekommt den Preis?"
        ),
        "police_call": "Dann rufen Sie die Polizei an:",
    },
    "en": {
        "about": "What is it about?",
        "more": "More information",
        "say": "What people say",
        "says": "{name} says:",
        "contact_heading": "Contact",
        "contact": "Do you have questions?",
        "write": "Then send an e-mail to:",
        "call": "Or call:",
        "call_only": "Then call:",
        "glossary": "Word list",
        "issued": "This news is from {date}.",
        "prize": "{winner} got a prize.",
        "prize_name": "The prize is called “{prize}”.",
        "prize_from": "The prize is from {giver}.",
        "event_when": "{event} {tense} on {date}.",
        "event_where": "{event} {tense} in {place}.",
        "role": "{name} is {role}.",
        "happy_prize": "{name} is happy about the prize.",
        "happy": "{name} is happy.",
        "fallback_title": "News in Easy Read",
        "fallback": "Here is a short piece of news.",
        "topic": "The topic is: {title}",
        "kind_words": "",
        "police_call": "Then call the police:",
    },
}
_EVENT_ARTICLE_DE: Final = {
    "Unfall": "Der",
    "Verkehrsunfall": "Der",
    "Festakt": "Der",
    "Pressegespräch": "Das",
}
_MAX_EXTRACTED: Final = 8
_MAX_PER_SPEAKER: Final = 4


@dataclass(frozen=True, slots=True, kw_only=True)
class EasyResult:
    """The easy release plus what the summariser noticed and what the report needs."""

    release: Release
    diagnostics: tuple[Diagnostic, ...]
    sentences: tuple[str, ...]
    source_sentences: tuple[str, ...]
    facts_kept: tuple[tuple[str, bool], ...]
    allowed_text: str
    extra_numbers: tuple[str, ...]
    hard_unexplained: tuple[str, ...]
    language: str


def _lang(language: str) -> Literal["de", "en"]:
    return "de" if language.lower().startswith("de") else "en"


def is_easy_release(release: Release) -> bool:
    """True if ``release`` is already an easy summary (so writers do not summarise it twice)."""
    label = DRAFT_LABELS[_lang(release.meta.language)]
    subtitle = release.meta.subtitle
    return (
        release.meta.kicker in EASY_KICKERS.values()
        and subtitle is not None
        and label in "".join(t.text for t in subtitle if isinstance(t, Text))
    )


def _inlines(text: str, language: str) -> tuple[Inline, ...]:
    """Turn a sentence into inlines; quoted names „…“ become Quotation nodes (writers add the marks)."""
    pattern = r"„([^“]+)“" if language == "de" else r"“([^”]+)”"
    out: list[Inline] = []
    position = 0
    for match in re.finditer(pattern, text):
        if match.start() > position:
            out.append(Text(text=text[position : match.start()]))
        out.append(Quotation(children=(Text(text=match.group(1)),)))
        position = match.end()
    if position < len(text):
        out.append(Text(text=text[position:]))
    return tuple(out)


def _restyle(text: str, separator: Separator) -> str:
    """Glossary texts are written with the Mediopunkt; the hyphen style capitalises every part."""
    if separator == MEDIOPUNKT:
        return text
    return re.sub(r"·(\w)", lambda m: "-" + m.group(1).upper(), text)


class _Builder:
    """Collects blocks and sentences, refusing any sentence that is long or names an unknown fact."""

    def __init__(
        self, facts: Facts, source: str, language: Literal["de", "en"], separator: Separator
    ) -> None:
        self.facts = facts
        self.source = source
        self.language = language
        self.separator = separator
        self.blocks: list[Block] = []
        self.sentences: list[str] = []
        self.diagnostics: list[Diagnostic] = []
        self.allowed: list[str] = [w for v in _WORDS[language].values() for w in [v]]
        self.allowed.extend(DRAFT_LABELS.values())
        self.allowed.extend(EASY_KICKERS.values())
        self.allowed.extend(ROLE_ABBREVIATIONS.values())
        self.extra_numbers: set[str] = set()
        keep = set(facts.names)
        self.keep = frozenset(keep)

    def allow_date(self, day: date) -> str:
        text = format_date(day, self.language)
        self.allowed.append(text)
        self.extra_numbers.update({str(day.day), str(day.year)})
        return text

    def styled(self, sentence: str) -> str:
        if self.language != "de":
            return sentence
        return segment_text(sentence, self.separator, keep=self.keep)

    def check(self, sentence: str, *, grammar: bool = True) -> bool:
        if word_count(sentence) > HARD_LIMIT:
            self.diagnostics.append(
                Diagnostic(
                    level="info",
                    code="easy.long-sentence",
                    message=f"left out, more than {HARD_LIMIT} words: {sentence}",
                )
            )
            return False
        problems = sentence_problems(sentence, self.language) if grammar else []
        if problems:
            self.diagnostics.append(
                Diagnostic(
                    level="info",
                    code="easy.incomplete-sentence",
                    message=f"left out, not a complete sentence ({'; '.join(problems)}): {sentence}",
                )
            )
            return False
        missing = unsupported_facts(
            sentence, self.source, allowed=" ".join(self.allowed), extra_numbers=self.extra_numbers
        )
        if missing:
            self.diagnostics.append(
                Diagnostic(
                    level="warning",
                    code="easy.unsupported-fact",
                    message=f"left out, not in the source ({', '.join(missing)}): {sentence}",
                )
            )
            return False
        return True

    def heading(self, text: str) -> None:
        self.blocks.append(Heading(level=2, children=(Text(text=text),)))

    def say(self, sentence: str) -> bool:
        styled = self.styled(sentence)
        if styled in self.sentences or not self.check(styled):
            return False
        self.sentences.append(styled)
        self.blocks.append(Paragraph(children=_inlines(styled, self.language)))
        return True

    def say_list(self, intro: str, items: tuple[str, ...]) -> bool:
        styled_items = [self.styled(i) for i in items]
        styled = self.styled(intro)
        if not self.check(styled) or not all(self.check(i, grammar=False) for i in styled_items):
            return False
        self.sentences.append(styled)
        self.sentences.extend(styled_items)
        self.blocks.append(Paragraph(children=_inlines(styled, self.language)))
        self.blocks.append(
            BulletList(items=tuple(ListItem(children=_inlines(i, self.language)) for i in styled_items))
        )
        return True


def _giver_dative(giver: str) -> str:
    """ "Die Stiftung „X“" -> "der Stiftung „X“" (von + dative; no genitive in Leichte Sprache)."""
    head, _, rest = giver.partition(" ")
    return {"Die": "der", "Der": "dem", "Das": "dem"}.get(head, head) + " " + rest


def _role_phrase(role: str, scope: str | None, language: str) -> str:
    if language == "de":
        if scope and scope.startswith("der "):
            return f"{role} bei {scope}"  # "Geschäftsführer der X" -> "bei der X": no genitive
        if scope and not scope.startswith("des "):
            return f"{role} {scope}"
        return role
    article = "an" if role[:1].lower() in "aeiou" else "a"
    return f"{article} {role}" + (f" {scope}" if scope else "")


_TITLE_ABBREVIATIONS_EN: Final = {
    "Sen.": "Senator",
    "Rep.": "Representative",
    "Gov.": "Governor",
    "Dr.": "Doctor",
}


def _readable_title_en(title: str, body: str) -> str:
    """ "SEN. SNOWE MOURNS LOSS OF JAMES ERWIN" -> "Senator Snowe mourns loss of James Erwin".

    Capitals are hard to read (Easy Read guidelines), so an all-caps headline gets the case the words
    have in the body: names stay capitalised, other words are lowercase; abbreviations are written out.
    """
    letters = [c for c in title if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8:
        out: list[str] = []
        for index, word in enumerate(title.split()):
            bare = word.strip(".,:;!?\"'")
            capitalised = bare[:1].upper() + bare[1:].lower()
            if capitalised + "." in _TITLE_ABBREVIATIONS_EN and word.endswith("."):
                out.append(capitalised + ".")
            elif (len(bare) > 1 and re.search(rf"\b{re.escape(capitalised)}\b", body)) or index == 0:
                out.append(word.replace(bare, capitalised))
            else:
                out.append(word.lower())
        title = " ".join(out)
    for short, long in _TITLE_ABBREVIATIONS_EN.items():
        title = re.sub(rf"(?<!\w){re.escape(short)}(?=\s)", long, title)
    return title


def _title(facts: Facts, language: Literal["de", "en"]) -> str:
    words = _WORDS[language]
    if facts.award is not None:
        return words["prize"].format(winner=facts.award.winner).rstrip(".")
    title = re.sub(
        r"^(?:Presseeinladung|Pressemitteilung|Einladung|Press release)\s*:\s*", "", facts.title
    ).strip()
    parts = [p.strip() for p in re.split(r":\s|\s+[-–]\s+", title) if p.strip()]
    candidates = [title] if len(parts) == 1 else []
    if len(parts) > 1:
        # "Frankfurt-Gallus: Versuchtes Tötungsdelikt": the part with a verb, else the last part.
        with_verb = [p for p in parts if looks_complete(p + ".", language, pronoun_start=True)]
        candidates = [*with_verb, parts[-1], parts[0]]
    for candidate in candidates:
        if word_count(candidate) <= 8 and not re.search(r"[;/()]", candidate):
            return f"{EASY_KICKERS[language]}: {candidate}"
    return words["fallback_title"]


def summarise(release: Release, *, separator: str = MEDIOPUNKT) -> EasyResult:
    """Build the easy-language summary of ``release``. Never raises on an odd release."""
    language = _lang(release.meta.language)
    sep: Separator = "-" if separator in ("-", "hyphen") else MEDIOPUNKT
    facts = extract_facts(release)
    source = source_text(release)
    if language == "en":
        body = " ".join(s.text for s in facts.sentences)
        facts = replace(facts, title=_readable_title_en(facts.title, body))
    words = _WORDS[language]
    builder = _Builder(facts, source, language, sep)
    used_sentences: set[str] = set()

    # 1. Key facts from templates: what, who, when, where.
    builder.heading(words["about"])
    award = facts.award
    if award is not None:
        builder.allowed.append(award.prize)
        builder.say(words["prize"].format(winner=award.winner))
        builder.say(words["prize_name"].format(prize=award.prize))
        if award.giver:
            builder.say(words["prize_from"].format(giver=_giver_dative(award.giver)))
        used_sentences.add(award.sentence)
    if facts.event_word and facts.event_date is not None and not _has_kind(release, facts, language):
        event = facts.event_word
        article = _EVENT_ARTICLE_DE.get(event, "Die")
        tense = "war" if facts.issued is None or facts.event_date <= facts.issued else "ist"
        when = builder.allow_date(facts.event_date)
        builder.say(words["event_when"].format(event=f"{article} {event}", tense=tense, date=when))
        if facts.event_place:
            builder.say(
                words["event_where"].format(event=f"{article} {event}", tense=tense, place=facts.event_place)
            )
    kind = _kind_facts(release, facts, language)
    builder.extra_numbers.update(kind.extra_numbers)
    builder.allowed.extend(kind.allowed)
    for statement in kind.statements:
        if statement.items:
            builder.say_list(statement.text, statement.items)
        else:
            builder.say(statement.text)
    for person in facts.people[:4]:
        role = _role_phrase(person.role, person.scope, language)
        if not builder.say(words["role"].format(name=person.name, role=role)):
            builder.say(
                words["role"].format(name=person.name, role=_role_phrase(person.role, None, language))
            )
    for name in facts.happy:
        builder.say(words["happy_prize" if award else "happy"].format(name=name))
    if facts.issued is not None:
        builder.say(words["issued"].format(date=builder.allow_date(facts.issued)))

    # 2. Simplified source sentences (not quotations), lead first.
    builder.heading(words["more"])
    before = len(builder.blocks)
    abbreviations = frozenset(e.word for e in load_glossary(language) if e.word.isupper())
    extracted = 0
    for sentence in facts.sentences:
        if sentence.speech or extracted >= _MAX_EXTRACTED:
            continue
        if any(used in sentence.text for used in used_sentences) or re.search(
            r"freut sich|:\s*$", sentence.text
        ):
            continue
        if _already_said(sentence.text, kind):
            continue
        for piece in simplify(sentence.text, language, issued=facts.issued, genitive_names=facts.names):
            extracted += _emit(builder, piece, language, abbreviations, facts.issued)
    if len(builder.blocks) == before:
        builder.blocks.pop()  # no heading without content

    if len(builder.sentences) < 2:
        # Too little survived the rules: say at least what the release is about, in its own words.
        topic = re.sub(r"[.!?]+$", "", facts.title.strip())
        if topic and word_count(topic) <= HARD_LIMIT - 3:
            builder.say(words["topic"].format(title=topic).rstrip(".") + ".")

    # 3. Facts from quotations, by speaker (half of a release is often quotations).
    by_speaker: dict[str, list[Piece]] = {}
    for sentence in facts.sentences:
        if not sentence.speech or not sentence.speaker:
            continue
        pieces = by_speaker.setdefault(sentence.speaker, [])
        for piece in simplify(
            sentence.text, language, issued=facts.issued, resolve_dates=False, genitive_names=facts.names
        ):
            text = builder.styled(piece.text)
            if (
                not piece.items
                and len(pieces) < _MAX_PER_SPEAKER
                and is_acceptable(text, language, allowed_abbreviations=abbreviations)
                and builder.check(text)
            ):
                pieces.append(Piece(text))
    quoted = {name: pieces for name, pieces in by_speaker.items() if pieces}
    if quoted:
        builder.heading(words["say"])
        for name, pieces in quoted.items():
            builder.say_list(words["says"].format(name=name), tuple(p.text for p in pieces))

    # 4. Whom to contact.
    contacts = [c for c in facts.contacts if c.email or c.phone]
    if kind.contact_phone or kind.contact_email:
        builder.heading(words["contact_heading"])
        if kind.contact_phone:
            builder.sentences.append(words["police_call"])
            builder.blocks.append(Paragraph(children=(Text(text=words["police_call"]),)))
            builder.blocks.append(Paragraph(children=(Phone(number=kind.contact_phone),)))
        if kind.contact_email:
            builder.sentences.append(words["write"])
            builder.blocks.append(Paragraph(children=(Text(text=words["write"]),)))
            builder.blocks.append(Paragraph(children=(Email(address=kind.contact_email),)))
        contacts = [] if not contacts or contacts[0].email == kind.contact_email else contacts
    if contacts:
        contact = contacts[0]
        builder.heading(words["contact_heading"])
        builder.say(words["contact"])
        if contact.email:
            builder.sentences.append(words["write"])
            builder.blocks.append(Paragraph(children=(Text(text=words["write"]),)))
            builder.blocks.append(Paragraph(children=(Email(address=contact.email),)))
        if contact.phone:
            line = words["call"] if contact.email else words["call_only"]
            builder.sentences.append(line)
            builder.blocks.append(Paragraph(children=(Text(text=line),)))
            builder.blocks.append(Paragraph(children=(Phone(number=contact.phone),)))

    # A heading with nothing under it helps nobody.
    builder.blocks = [
        block
        for index, block in enumerate(builder.blocks)
        if not isinstance(block, Heading)
        or (index + 1 < len(builder.blocks) and not isinstance(builder.blocks[index + 1], Heading))
    ]
    if not any(isinstance(b, Paragraph | BulletList) for b in builder.blocks):
        builder.blocks = [Paragraph(children=(Text(text=words["fallback"]),))]
        builder.sentences.append(words["fallback"])

    # 5. Wörterbuch: curated explanations of the words the summary uses.
    entries = entries_for(builder.sentences, language)
    glossary_blocks: list[Block] = []
    for entry in entries:
        builder.allowed.extend((entry.word, *entry.explanation))
        glossary_blocks.append(Heading(level=3, children=(Text(text=_restyle(entry.word, sep)),)))
        glossary_blocks.extend(Paragraph(children=(Text(text=_restyle(s, sep)),)) for s in entry.explanation)
    sections: tuple[Section, ...] = ()
    if glossary_blocks:
        sections = (Section(kind="notes", title=words["glossary"], blocks=tuple(glossary_blocks)),)

    explained = {f for e in entries for f in e.forms}
    unexplained = [
        w
        for w in hard_words(builder.sentences, language, names=facts.names)
        if w.replace("·", "").replace("-", "").lower() not in explained
        and not any(p.lower() in explained for p in re.split(r"[·\-]", w))
    ]
    for word in unexplained:
        builder.diagnostics.append(
            Diagnostic(
                level="info", code="easy.hard-word", message=f"hard word without a glossary entry: {word}"
            )
        )

    title = _title(facts, language)
    if kind.title and (facts.award is None) and (
        title == words["fallback_title"] or not re.search(r"verletzt|Unfall|gesperrt", title)
    ):
        title = kind.title
    builder.allowed.append(title)
    meta = Metadata(
        title=(Text(text=builder.styled(title)),),
        language=release.meta.language,
        subtitle=(Text(text=DRAFT_LABELS[language]),),
        kicker=EASY_KICKERS[language],
        issued=release.meta.issued,
        place=None,
        organisation=release.meta.organisation,
        author=release.meta.author,
        keywords=(EASY_KICKERS[language],),
        source=release.meta.source,
    )
    easy = Release(meta=meta, body=tuple(builder.blocks), sections=sections)
    summary_norm = re.sub(r"[·\-\s]", "", " ".join(builder.sentences)).lower()
    key_facts = _key_facts(facts, language)
    key_facts += [f for f in kind.key_facts if f not in key_facts]
    kept = tuple((fact, re.sub(r"[·\-\s]", "", fact).lower() in summary_norm) for fact in key_facts)
    return EasyResult(
        release=easy,
        diagnostics=tuple(builder.diagnostics),
        sentences=tuple(builder.sentences),
        source_sentences=tuple(s.text for s in facts.sentences),
        facts_kept=kept,
        allowed_text=" ".join(builder.allowed),
        extra_numbers=tuple(sorted(builder.extra_numbers)),
        hard_unexplained=tuple(unexplained),
        language=language,
    )


def _kind_facts(release: Release, facts: Facts, language: str) -> KindFacts:
    """Template facts for police reports, closures and invitations (German releases only)."""
    if language != "de":
        return KindFacts()
    lead = next((s.text for s in facts.sentences if s.lead), "")
    lead = " ".join(s.text for s in facts.sentences if s.lead and not s.speech) or lead
    lists = [
        [_plain_with_quotes(Paragraph(children=i.children), language) for i in block.items]
        for block in release.body
        if isinstance(block, BulletList | OrderedList)
    ]
    return kind_statements(facts.title, lead, source_text(release), lists, facts.issued)


def _already_said(sentence: str, kind: KindFacts) -> bool:
    """True if a template already states the main nouns of ``sentence`` ("Verkehrsunfall")."""
    if not kind.statements:
        return False
    said = _normal_words(" ".join(s.text for s in kind.statements))
    nouns = [w for w in re.findall(r"[A-ZÄÖÜ][a-zäöüß]{7,}", sentence)]
    return any(n.lower()[:10] in said for n in nouns)


def _normal_words(text: str) -> str:
    return re.sub(r"[·\-]", "", text).lower()


def _has_kind(release: Release, facts: Facts, language: str) -> bool:
    return bool(_kind_facts(release, facts, language).statements)


def _emit(
    builder: _Builder, piece: Piece, language: str, abbreviations: frozenset[str], issued: date | None
) -> int:
    """Add one simplified piece if it passes the rules; return how many sentences it added."""
    del issued
    if piece.items:
        if all(word_count(i) <= 3 for i in piece.items) and is_acceptable(
            piece.text.rstrip(":") + " x.", language, allowed_abbreviations=abbreviations
        ):
            return 1 if builder.say_list(piece.text, piece.items) else 0
        return 0
    text = builder.styled(piece.text)
    if is_acceptable(text, language, allowed_abbreviations=abbreviations, pronoun_start=piece.attached):
        return 1 if builder.say(piece.text) else 0
    return 0


def _key_facts(facts: Facts, language: str) -> list[str]:
    """The facts a reader must get: award, date, place, people (research notes §5.1, metric 6)."""
    found: list[str] = []
    if facts.award:
        found.extend(v for v in (facts.award.winner, facts.award.prize) if v)
        if facts.award.giver:
            quoted = re.search(r"„([^“]+)“", facts.award.giver)
            found.append(quoted.group(1) if quoted else facts.award.giver)
    if facts.event_date:
        found.append(format_date(facts.event_date, language))
    if facts.event_place:
        found.append(facts.event_place)
    found.extend(p.name for p in facts.people)
    if facts.issued:
        found.append(format_date(facts.issued, language))
    return found


def report(result: EasyResult) -> dict[str, object]:
    """Return the readability report: figures for source and summary, findings by type, facts kept."""
    language = result.language
    abbreviations = frozenset(e.word for e in load_glossary(language) if e.word.isupper())
    source_findings: list[Finding] = [f for s in result.source_sentences for f in findings(s, language)]
    summary_findings: list[Finding] = [
        f for s in result.sentences for f in findings(s, language, allowed_abbreviations=abbreviations)
    ]
    explained = {f for e in load_glossary(language) for f in e.forms}
    long_unsplit = [
        w
        for s in result.sentences
        for w in re.findall(r"[A-Za-zÄÖÜäöüß·\-]+", s)
        if language == "de" and len(w) >= 12 and "·" not in w and "-" not in w and w.lower() not in explained
    ]
    source = measure(result.source_sentences, language, finding_list=source_findings)
    summary = measure(result.sentences, language, finding_list=summary_findings)
    summary.findings["long_word_unsplit"] = len(long_unsplit)
    summary.findings["hard_word_unexplained"] = len(result.hard_unexplained)
    kept = sum(1 for _, ok in result.facts_kept if ok)
    return {
        "language": language,
        "source": _figures(source),
        "summary": _figures(summary),
        "delta": {
            "flesch": round(summary.flesch - source.flesch, 1),
            "wstf1": None
            if summary.wstf1 is None or source.wstf1 is None
            else round(summary.wstf1 - source.wstf1, 1),
        },
        "facts_kept": {
            "kept": kept,
            "total": len(result.facts_kept),
            "facts": [{"fact": f, "kept": ok} for f, ok in result.facts_kept],
        },
        "hard_words_unexplained": list(result.hard_unexplained),
        "long_words_unsplit": long_unsplit,
        "findings": [{"type": f.kind, "match": f.match, "sentence": f.sentence} for f in summary_findings],
    }


def _figures(figures: object) -> dict[str, object]:
    from dataclasses import asdict

    return asdict(figures)  # type: ignore[call-overload, no-any-return]


def summary_text(release: Release) -> str:
    """Return the easy release as plain text: one sentence per line, lists with "- "."""
    from pressconv.model import block_text, inline_text

    lines = [inline_text(release.meta.title), inline_text(release.meta.subtitle or ()), ""]

    def emit(block: Block) -> None:
        match block:
            case Heading(level=level):
                lines.extend(["", "#" * level + " " + block_text(block)])
            case BulletList(items=items):
                lines.extend(
                    "- " + _plain_with_quotes(Paragraph(children=i.children), release.meta.language)
                    for i in items
                )
            case _:
                lines.append(_plain_with_quotes(block, release.meta.language))

    for block in release.body:
        emit(block)
    for section in release.sections:
        lines.extend(["", "## " + section.title])
        for block in section.blocks:
            emit(block)
    return "\n".join(lines).strip() + "\n"


def _plain_with_quotes(block: Block, language: str) -> str:
    from pressconv.model import block_text

    if isinstance(block, Paragraph):
        opening, closing = ("„", "“") if _lang(language) == "de" else ("“", "”")
        parts: list[str] = []
        for node in block.children:
            if isinstance(node, Quotation):
                parts.append(
                    opening + "".join(t.text for t in node.children if isinstance(t, Text)) + closing
                )
            elif isinstance(node, Text):
                parts.append(node.text)
            elif isinstance(node, Email):
                parts.append(node.address)
            elif isinstance(node, Phone):
                parts.append(node.number)
        return "".join(parts)
    return block_text(block)


# Re-exported for writers: segment one word the way the summary does.
segment_word = segment
