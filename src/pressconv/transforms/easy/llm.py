"""The language-model engine: a model writes the Leichte-Sprache summary, the verifier decides what stands.

The rule pipeline reads the release first (kind, facts, the fact guard's source); the prompt is built
from those facts (llm_prompt.py). Every sentence, heading, title and glossary line of the answer goes
through the verifier of the rule engine (sentence rules, structure guard, fact guard) plus two checks
a model needs and templates do not: dates must be the release's own (a wrong month passes the number
check), and text addressed to a model is no fact. Style failures are dropped or sent back to the model
with the findings; an invented fact, a missing key fact or an answer that cannot be read after the
last attempt rejects the answer, and the rule engine writes the summary instead (DESIGN §6: a summary
may omit a fact, it must never state a wrong one).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, replace
from datetime import date
from typing import Final

from pressconv._months import MONTHS_DE
from pressconv.config import LlmConfig
from pressconv.diagnostics import Diagnostic
from pressconv.model import Block, Heading, Paragraph, Release, Section, Text
from pressconv.transforms.easy import HEADINGS, EasyResult, _facts_kept, _paragraph, _restyle, easy_metadata, summarise
from pressconv.transforms.easy.compounds import MEDIOPUNKT, Separator
from pressconv.transforms.easy.draft import Draft, allowed_acronyms, style, template_vocabulary
from pressconv.transforms.easy.lexicon import Entry, entries_for
from pressconv.transforms.easy.llm_client import LlmError, Send, chat
from pressconv.transforms.easy.llm_prompt import Answer, AnswerError, injected, parse_answer, prompt, repair_prompt
from pressconv.transforms.easy.pipeline import build
from pressconv.transforms.easy.readability import words
from pressconv.transforms.easy.source import split_sentences
from pressconv.transforms.easy.templates import Line, derived_facts
from pressconv.transforms.easy.types import Failure
from pressconv.transforms.easy.verify import HARD_LIMIT, FactGuard, rule_failures, structure_failures
from pressconv.transforms.easy.when import WEEKDAYS_DE

__all__ = ["ENGINE", "LLM_DRAFT_LABEL", "summarise_llm"]

ENGINE: Final = "llm"
# DIN SPEC 33429:2025 asks for a check by readers; this says who wrote the draft and what checked it.
LLM_DRAFT_LABEL: Final = (
    "Entwurf – mit einem Sprachmodell erstellt, automatisch geprüft, nicht von Prüferinnen und Prüfern geprüft"
)
# A failure of these checks means a statement the source does not support: never repaired by dropping
# alone on the last attempt, the whole answer goes (the rest of it came from the same model).
_FACT_CHECKS: Final = frozenset({"guard.fact", "guard.date", "guard.injection"})
# Fewer verified sentences than this is no summary; the rule engine's is then the better draft.
_MIN_SENTENCES: Final = 3

_MONTH: Final = "|".join(MONTHS_DE)
_WRITTEN_DATE: Final = re.compile(rf"\b(\d{{1,2}})\.\s*({_MONTH})(?:\s+(\d{{4}}))?")
_NUMERIC_DATE: Final = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?(?!\d)")
_WEEKDAY_DATE: Final = re.compile(rf"\b({'|'.join(WEEKDAYS_DE)}),?\s+(?:den\s+)?(\d{{1,2}})\.\s*({_MONTH})(?:\s+(\d{{4}}))?")

DateKey = tuple[int, int, int | None]


@dataclass(frozen=True, slots=True)
class _Checked:
    """One answer after the verifier: what may stand, what was dropped and what is missing."""

    title: str | None
    sections: tuple[tuple[str, tuple[str, ...]], ...]
    glossary: tuple[Entry, ...]
    dropped: tuple[tuple[str, tuple[Failure, ...]], ...]
    missing: tuple[str, ...]

    @property
    def texts(self) -> tuple[str, ...]:
        """Every sentence of every section, in order."""
        return tuple(s for _, sentences in self.sections for s in sentences)

    @property
    def invented(self) -> bool:
        """A dropped sentence stated something the source does not support."""
        return any(f.check in _FACT_CHECKS for _, failures in self.dropped for f in failures)


class _Rejected(Exception):
    """The answer cannot be published; the message says why (for the warning)."""


def _dates(text: str) -> set[DateKey]:
    """Every day a text names, as (day, month, year or None): "19. September 2018" and "19.09.2018"."""
    found: set[DateKey] = set()
    for match in _WRITTEN_DATE.finditer(text):
        year = int(match.group(3)) if match.group(3) else None
        found.add((int(match.group(1)), MONTHS_DE.index(match.group(2)) + 1, year))
    for match in _NUMERIC_DATE.finditer(text):
        day, month = int(match.group(1)), int(match.group(2))
        if 1 <= day <= 31 and 1 <= month <= 12:
            raw = match.group(3)
            year = None if raw is None else int(raw) + (2000 if len(raw) == 2 else 0)
            found.add((day, month, year))
    return found


def _known_dates(source: str, facts_days: list[date], derived: list[str]) -> set[DateKey]:
    """The dates the source, the facts and the derived sentences name: those a model may state."""
    known = _dates(source) | {(d.day, d.month, d.year) for d in facts_days}
    for text in derived:
        known |= _dates(text)
    return known


def _date_failures(sentence: str, known: set[DateKey]) -> list[Failure]:
    """A day the source does not name, or a weekday that does not fit its date (a wrong date)."""
    found: list[Failure] = []
    plain = sentence.replace("·", "")
    for day, month, year in _dates(plain):
        fits = [k for k in known if k[0] == day and k[1] == month and (year is None or k[2] in (None, year))]
        if not fits:
            found.append(Failure("guard.date", f"{day}.{month}." + (str(year) if year else "")))
    for match in _WEEKDAY_DATE.finditer(plain):
        day, month = int(match.group(2)), MONTHS_DE.index(match.group(3)) + 1
        years = {int(match.group(4))} if match.group(4) else {k[2] for k in known if k[:2] == (day, month) and k[2]}
        for year in years:
            try:
                real = WEEKDAYS_DE[date(year, month, day).weekday()]
            except ValueError:
                found.append(Failure("guard.date", match.group(0)))
                continue
            if real != match.group(1):
                found.append(Failure("guard.date", match.group(0)))
    return found


class _Verifier:
    """The rule engine's checks, set up once per release, for every piece of the model's answer."""

    def __init__(self, draft: Draft) -> None:
        """Prepare the checks for a draft: its Mediopunkt form, fact guard, known dates and acronyms."""
        assert draft.facts is not None
        self.draft = draft
        # Checked in the Mediopunkt form the rules are written for ("Preis·verleihung" is introduced
        # by "Preis"); the hyphen style is applied to the verified text when it is written (_out).
        self.canonical = replace(draft, separator=MEDIOPUNKT)
        facts = draft.facts
        # Sentences addressed to a model are no facts of the release: the guard does not know them.
        kept = [
            sentence
            for line in draft.source.splitlines()
            for sentence in split_sentences(line, "de") or [line]
            if not injected(sentence)
        ]
        clean = "\n".join(kept)
        derived = derived_facts(facts)
        self.guard = FactGuard(clean, derived=derived, vocabulary=template_vocabulary())
        days = [d for d in (facts.issued, facts.register_by, facts.when.day if facts.when else None) if d]
        self.dates = _known_dates(clean, [*days, *facts.dates], derived)
        self.acronyms = allowed_acronyms(draft)

    def style(self, text: str) -> str:
        """The model's text in the house style, with the compound splitter's Mediopunkts."""
        # The model is asked for Mediopunkts; the compound splitter adds those it left out.
        return style(text, self.canonical)

    def facts_of(self, styled: str) -> list[Failure]:
        """The fact guard's and the date check's failures of a styled text, and any injected instruction."""
        found = [*self.guard.failures(styled), *_date_failures(styled, self.dates)]
        if injected(styled):
            found.append(Failure("guard.injection", styled[:40]))
        return found

    def sentence(self, text: str, earlier: list[str] | None) -> tuple[str, list[Failure]]:
        """The styled sentence and its failures: rules, one sentence, structure and facts."""
        styled = self.style(text)
        failures = [*rule_failures(styled, known_acronyms=self.acronyms)]
        if len(split_sentences(styled, "de")) > 1:
            failures.append(Failure("rule.one-sentence", styled[:40]))
        # With ``earlier`` (body sentences): a definite noun never introduced points at nothing
        # (style.introduced_failures). A title and a definition stand alone, as in the rule engine.
        failures += structure_failures(styled, earlier=earlier)
        failures += self.facts_of(styled)
        return styled, failures

    def heading(self, text: str) -> tuple[str, list[Failure]]:
        """The styled heading and its failures: rules, facts and at most six words."""
        styled = self.style(text.rstrip(":"))
        failures = [*rule_failures(styled, known_acronyms=self.acronyms), *self.facts_of(styled)]
        if len(words(styled)) > 6:
            failures.append(Failure("rule.too-long", f"{len(words(styled))} words in a heading"))
        return styled, failures

    def title(self, text: str) -> tuple[str, list[Failure]]:
        """The styled title (no full stop) and its failures as a sentence of at most the hard limit of words."""
        styled, failures = self.sentence(text.rstrip(".") + ".", None)
        if len(words(styled)) > HARD_LIMIT:
            failures.append(Failure("rule.too-long", "title"))
        return styled.rstrip("."), failures


def _check(answer: Answer, verifier: _Verifier, required: list[str]) -> _Checked:
    """Verify every piece of the answer; keep what passes, in order."""
    draft = verifier.draft
    dropped: list[tuple[str, tuple[Failure, ...]]] = []
    title, failures = verifier.title(answer.title)
    if failures:
        dropped.append((title, tuple(failures)))
    chosen_title = None if failures else title
    earlier: list[str] = [chosen_title or ""]
    reserved = {h.lower() for h in HEADINGS["de"].values()} - {HEADINGS["de"]["about"].lower()}
    sections: list[tuple[str, list[str]]] = []
    for number, section in enumerate(answer.sections):
        heading, failures = verifier.heading(section.heading)
        if failures or heading.lower() in reserved:
            heading = HEADINGS["de"]["about"] if number == 0 or not sections else ""
        kept: list[str] = []
        for text in section.sentences:
            styled, failures = verifier.sentence(text, earlier)
            if failures:
                dropped.append((styled, tuple(failures)))
                continue
            if styled not in earlier:
                kept.append(styled)
                earlier.append(styled)
        if heading or not sections:
            sections.append((heading or HEADINGS["de"]["about"], kept))
        else:
            sections[-1][1].extend(kept)  # a heading that failed: its sentences join the section before
    texts = [s for _, sentences in sections for s in sentences]
    checked_draft = replace(draft, lines=tuple(Line(t, origin=ENGINE) for t in texts))
    carried = dict(_facts_kept(checked_draft, tuple(texts)))
    missing = tuple(fact for fact in required if not carried.get(fact, False))
    lexicon_entries = entries_for([chosen_title or "", *texts], source=draft.source)
    glossary = [*lexicon_entries, *_model_glossary(answer, verifier, texts, lexicon_entries, dropped)]
    return _Checked(
        title=chosen_title,
        sections=tuple((h, tuple(s)) for h, s in sections if s),
        glossary=tuple(glossary),
        dropped=tuple(dropped),
        missing=missing,
    )


def _model_glossary(
    answer: Answer,
    verifier: _Verifier,
    texts: list[str],
    have: list[Entry],
    dropped: list[tuple[str, tuple[Failure, ...]]],
) -> list[Entry]:
    """The model's explanations of words the kept text uses, each sentence verified like the body."""
    flat = " ".join(texts).replace("·", "").replace("-", "").lower()
    known = {f for e in have for f in e.forms} | {e.word.replace("·", "").lower() for e in have}
    out: list[Entry] = []
    for word, explanation in answer.glossary:
        plain = word.replace("·", "").replace("-", "").lower()
        if plain in known or not re.search(rf"\b{re.escape(plain)}", flat):
            continue  # the lexicon explains it already, or the summary does not use the word
        headword, failures = verifier.heading(word)
        lines: list[str] = []
        for sentence in split_sentences(explanation, "de"):
            styled, more = verifier.sentence(sentence, None)
            failures += more
            lines.append(styled)
        if failures or not lines:
            dropped.append((headword, tuple(failures)))
            continue
        out.append(Entry(word=headword, gender="", forms=(plain,), explanation=" ".join(lines)))
        known.add(plain)
    return out


def _findings(checked: _Checked) -> list[tuple[str, tuple[Failure, ...]]]:
    """The dropped sentences with their failures, and each missing fact as a finding of its own."""
    return [*checked.dropped, *((fact, (Failure("llm.missing-fact", fact),)) for fact in checked.missing)]


def _ask(config: LlmConfig, verifier: _Verifier, required: list[str], send: Send) -> tuple[_Checked, int]:
    """Ask up to ``max_attempts`` times; return the verified answer and the attempts it took."""
    assert verifier.draft.facts is not None
    deadline = time.monotonic() + config.timeout
    messages = prompt(verifier.draft.facts, verifier.draft.source)
    for attempt in range(1, config.max_attempts + 1):
        last = attempt == config.max_attempts
        try:
            text = send(config, messages, deadline)
        except LlmError as error:
            raise _Rejected(str(error)) from None
        try:
            answer = parse_answer(text)
        except AnswerError as error:
            if last:
                raise _Rejected(f"the answer is not the JSON asked for ({error})") from None
            messages = repair_prompt(messages, text, [], str(error))
            continue
        checked = _check(answer, verifier, required)
        clean = not checked.dropped and not checked.missing and checked.title is not None
        if clean:
            return checked, attempt
        if not last:
            messages = repair_prompt(messages, text, _findings(checked), None)
            continue
        if checked.invented:
            checks = sorted({f.check for _, fs in checked.dropped for f in fs if f.check in _FACT_CHECKS})
            raise _Rejected(f"it states what the release does not say ({', '.join(checks)}) after {attempt} attempt(s)")
        if checked.missing:
            raise _Rejected(f"it leaves out key facts ({', '.join(checked.missing)}) after {attempt} attempt(s)")
        if len(checked.texts) < _MIN_SENTENCES:
            raise _Rejected(f"only {len(checked.texts)} sentence(s) passed the verifier")
        return checked, attempt
    raise _Rejected("no answer")  # unreachable: max_attempts >= 1 (config.py)


def _result(release: Release, draft: Draft, checked: _Checked, notes: list[Diagnostic]) -> EasyResult:
    """The easy release from a verified answer: its sections, the rule engine's contact, the glossary."""
    from pressconv.transforms.easy import morph
    from pressconv.transforms.easy.hardwords import hard_words
    from pressconv.transforms.easy.lexicon import basic_form

    labels = HEADINGS["de"]
    body: list[Block] = []
    for heading, sentences in checked.sections:
        body.append(Heading(level=2, children=(Text(text=_restyle(heading, draft.separator)),)))
        body.extend(_paragraph(Line(_restyle(text, draft.separator), origin=ENGINE), "de") for text in sentences)
    if draft.contact:
        # Contact lines are the rule engine's: built from the release's own numbers and addresses.
        body.append(Heading(level=2, children=(Text(text=labels["contact"]),)))
        body.extend(_paragraph(line, "de") for line in draft.contact)
    sections: tuple[Section, ...] = ()
    if checked.glossary:
        blocks: list[Block] = []
        for entry in checked.glossary:
            blocks.append(Heading(level=3, children=(Text(text=_restyle(entry.word, draft.separator)),)))
            for sentence in re.split(r"(?<=[.!?])\s+", entry.explanation):
                blocks.append(Paragraph(children=(Text(text=_restyle(sentence, draft.separator)),)))
        sections = (Section(kind="notes", title=labels["glossary"], blocks=tuple(blocks)),)
    title = _restyle(checked.title, draft.separator) if checked.title else draft.headline
    easy = Release(
        meta=easy_metadata(
            release, title or "Eine Nachricht in Leichter Sprache", "de", label=LLM_DRAFT_LABEL, engine=ENGINE
        ),
        body=tuple(body),
        sections=sections,
    )
    written = tuple(_restyle(text, draft.separator) for text in checked.texts)
    texts = written + tuple(line.text for line in draft.contact if not line.phone and not line.email)
    explained = {f for e in checked.glossary for f in e.forms}
    names = set(draft.keep) | {t.word for text in texts for t in morph.tag(text) if t.pos == "NE"}
    unexplained = tuple(
        w
        for w in hard_words(texts, "de", names=frozenset(names), basic_form=basic_form)
        if w.replace("·", "").replace("-", "").lower() not in explained
    )
    if checked.dropped:
        checks = sorted({f.check for _, failures in checked.dropped for f in failures})
        # The checks only, not the model's words: unverified text reaches no output, the report included.
        notes.append(
            Diagnostic(
                level="info",
                code="easy.dropped",
                message=f"left out {len(checked.dropped)} piece(s) of the model's answer ({', '.join(checks)})",
            )
        )
    notes.extend(
        Diagnostic(level="info", code="easy.hard-word", message=f"hard word without a glossary entry: {w}")
        for w in unexplained
    )
    return EasyResult(
        release=easy,
        diagnostics=tuple(notes),
        sentences=texts,
        source_sentences=tuple(s.text for s in draft.sentences if not s.heading),
        facts_kept=_facts_kept(replace(draft, lines=tuple(Line(t, origin=ENGINE) for t in written)), texts),
        kind=draft.kind,
        origins=tuple(ENGINE for _ in checked.texts),
        dropped=tuple((t, tuple(sorted({f.check for f in fs}))) for t, fs in checked.dropped),
        hard_unexplained=unexplained,
        language="de",
    )


def summarise_llm(release: Release, config: LlmConfig, *, separator: str = MEDIOPUNKT, send: Send = chat) -> EasyResult:
    """The summary written by the configured model and verified; the rule engine's if it is rejected.

    Never raises for a failing endpoint or a bad answer (the warning ``easy.llm-rejected`` says why).
    KeyboardInterrupt passes through: Ctrl-C cancels the request and the run.
    """
    if not release.meta.language.lower().startswith("de"):
        rules = summarise(release, separator=separator)
        note = Diagnostic(
            level="info",
            code="easy.llm-skipped",
            message="the language-model engine writes Leichte Sprache (German) only; the rule engine wrote this summary",
        )
        return replace(rules, diagnostics=(note, *rules.diagnostics))
    sep: Separator = "-" if separator in ("-", "hyphen") else MEDIOPUNKT
    draft = build(release, sep)
    assert draft.facts is not None
    # Key facts: what the rule engine's own summary manages to say (date, place, people, what), so
    # the model's draft may be different, but never poorer in facts.
    rule_texts = tuple(line.text for line in draft.lines)
    required = [fact for fact, kept in _facts_kept(draft, rule_texts) if kept and fact not in draft.facts.phones]
    sent = Diagnostic(
        level="info",
        code="easy.llm-endpoint",
        message=f"the release text was sent to {config.endpoint} (model {config.model}) for the summary",
    )
    try:
        checked, attempts = _ask(config, _Verifier(draft), required, send)
    except _Rejected as why:
        rules = summarise(release, separator=separator)
        warning = Diagnostic(
            level="warning",
            code="easy.llm-rejected",
            message=f"the language model's summary was not used: {why}; the rule engine wrote this summary",
        )
        return replace(rules, diagnostics=(sent, warning, *rules.diagnostics))
    used = Diagnostic(
        level="info",
        code="easy.llm-used",
        message=f"the summary was written by {config.model} and passed the verifier "
        f"(attempt {attempts} of {config.max_attempts})",
    )
    return _result(release, draft, checked, [sent, used])
