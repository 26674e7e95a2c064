"""The title step: one short sentence that says what the release is about, from the headline, the facts or the lead."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from pressconv._months import MONTHS_DE
from pressconv.parser.header import match_dateline
from pressconv.transforms.easy import morph
from pressconv.transforms.easy.ages import indefinite_age, unintroduced_age
from pressconv.transforms.easy.casualties import died
from pressconv.transforms.easy.compounds import MEDIOPUNKT, segment
from pressconv.transforms.easy.core import is_offer
from pressconv.transforms.easy.details import event_detail
from pressconv.transforms.easy.draft import (
    NO_TEXT,
    Draft,
    allowed_acronyms,
    capital_nouns,
    fact_guard,
    metadata,
    own_voice,
    style,
)
from pressconv.transforms.easy.eventnouns import CALLED_OFF
from pressconv.transforms.easy.facts import Facts, tells_death
from pressconv.transforms.easy.frequency import zipf
from pressconv.transforms.easy.headline_affected import affected_titles
from pressconv.transforms.easy.headline_ellipsis import (
    INJURY_DEGREES,
    death_clause,
    edition_clause,
    injury_clause,
    jubilee_clause,
    unaccusative_clause,
)
from pressconv.transforms.easy.headline_grammar import body_gender
from pressconv.transforms.easy.letterhead import address_line, body_headline
from pressconv.transforms.easy.lexicon import in_domain, lookup
from pressconv.transforms.easy.limits import HARD_LIMIT
from pressconv.transforms.easy.plainwords import without_door_idiom
from pressconv.transforms.easy.planned import planned
from pressconv.transforms.easy.positions import statement_title, subject_of
from pressconv.transforms.easy.readability import words
from pressconv.transforms.easy.references import event_noun
from pressconv.transforms.easy.rewrite import rewrite, title_genitive
from pressconv.transforms.easy.salience import side_action
from pressconv.transforms.easy.section_label import headline_below, section_label
from pressconv.transforms.easy.segments import CONTRAST_PART
from pressconv.transforms.easy.select import (
    _CONCESSIVE,
    _CONTRAST_OPENER,
)
from pressconv.transforms.easy.sender import von, with_article
from pressconv.transforms.easy.source import SourceSentence, flat
from pressconv.transforms.easy.templates import (
    Line,
    headline,
)
from pressconv.transforms.easy.title_active import active_headline
from pressconv.transforms.easy.title_articles import object_article, subject_article, with_suspended
from pressconv.transforms.easy.title_candidates import (
    clause_variants,
    counted_phrase,
    dated_apposition,
    headline_clauses,
    missing_person,
    sought_person,
)
from pressconv.transforms.easy.title_check import (
    TitleCandidate,
    TitleContext,
    dated_state,
    generic,
    rank,
    side_subject,
    state_ahead,
    title_failures,
    word_stem,
)
from pressconv.transforms.easy.title_detail import continued_line, expected_clause, masked_names
from pressconv.transforms.easy.title_elected import elected_titles
from pressconv.transforms.easy.title_event import EXISTENCE_FRAME, dated_event, told_event
from pressconv.transforms.easy.title_nominal import short_sender, state_participle, state_titles, without_label
from pressconv.transforms.easy.title_perfect import perfect_title
from pressconv.transforms.easy.title_result import result_title
from pressconv.transforms.easy.title_state import clipped_state
from pressconv.transforms.easy.title_tense import dated_past
from pressconv.transforms.easy.title_topic import TOPIC_FRAME, message_label, topic_phrases
from pressconv.transforms.easy.title_verbs import same_sense, with_particle
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
from pressconv.transforms.easy.verify import (
    rule_failures,
    structure_failures,
)
from pressconv.transforms.easy.voice import active

__all__ = ["GENERIC_TITLE", "title"]

# The sender's own sentences may become the title; a speaker's statement ("X sagt: …") may not.
_OWN: Final = ("core", "source", "copied")
# The last resort also takes a kind template's line (bodies.py: a post, a ruling, a count), which is
# correct by construction and says the news where the headline gave no title.
_LAST_RESORT: Final = (*_OWN, "body")
_TITLE_WORDS: Final = 10  # a title is one short sentence (issue 16, Title)
# The last-resort title (easy-judging.md, item 6 counts it as a failure): reported when used.
GENERIC_TITLE: Final = "Eine Nachricht"


def stated_topic(raw: str) -> str:
    """The release's own title without a front-matter key, a "Pressemitteilung:" label or quotes."""
    topic = raw.strip()
    if re.match(r"^[a-z_]+\s*[:=]\s*", topic):
        topic = re.sub(r"^[a-z_]+\s*[:=]\s*", "", topic).strip()  # a front-matter key ("title: …")
    topic = re.sub(r"^\+{2,}\s*(.*?)\s*\+{2,}$", r"\1", topic)  # news-ticker marks ("+++ Eilmeldung +++")
    # A ticker label before the headline ("+++ NACHTRAG +++ Feuer in …"): the label says the kind of
    # message (press-portal convention), the text after it is the headline.
    topic = re.sub(r"^\+{2,}\s*[^+]{1,30}?\s*\+{2,}\s+(?=\S)", "", topic)
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
    plain = stated_topic(title)
    # A letterhead names the sender with its legal form and short name ("Verkehrsbetriebe X GmbH
    # (VBX)"): without them it is the institution's name as institution_phrase reads it, or the
    # sender's name the parser found.
    named = re.sub(r"\s*\([^)]*\)|\s+(?:g?GmbH|mbH|AG|KG|e\.\s?V\.)(?=\s|$)", "", plain).strip()
    senders = {draft.release.meta.organisation, draft.facts.sender.name if draft.facts and draft.facts.sender else None}
    letterhead = any(sender and named and sender.startswith(named) for sender in senders)
    # A sender's name over its address or a breadcrumb is a letterhead too (letterhead.address_line).
    meta = draft.release.meta
    subtitle = flat(meta.subtitle, meta.language) if meta.subtitle else ""
    letterhead = letterhead or (bool(subtitle) and address_line(subtitle))
    # "Wasserverband X - Klärwerk Y": the sender's name and its office after a separator is a letterhead
    # too (title_nominal.short_sender reads the same convention); the headline is the line below it.
    office = any(sender and plain.startswith(sender) and _OFFICE_AFTER.match(plain[len(sender) :]) for sender in senders)
    # "der Stadt X und des Kreises Y" under "Gemeinsame Presseinformation": a title that opens with a lowercase
    # article continues the line above it (title_detail.continued_line); a headline opens with a capital.
    letterhead = letterhead or continued_line(plain)
    if section_label(plain):
        # "Aktuelles aus dem Museum": the web page's section, set above the article's headline
        # (section_label.py); the headline is the subtitle the parser found, or the line below the label.
        return subtitle or _joined_subtitle_cut(headline_below(draft.source, title, _junk) or title)
    letterhead = letterhead or office
    if not (_SEPARATOR.match(title) or _junk(plain) or institution_phrase(plain) or institution_phrase(named) or letterhead):
        return title
    for sentence in draft.sentences[:_HEAD_LINES]:
        match = _SUBJECT_LINE.match(sentence.text.strip()) or _TICKER_LINE.match(sentence.text.strip())
        if match is not None:
            return match.group(match.lastgroup or 0)
    if office and subtitle and not address_line(subtitle):
        # The line below the letterhead, which the parser took for the subtitle; a press-portal
        # dateline before it ("Ort (ots) - ") is no part of the headline (parser.header.match_dateline).
        dateline = match_dateline(subtitle)
        return subtitle[dateline.length :].strip() if dateline is not None else subtitle
    # The heading or headline line below the letterhead (letterhead.body_headline).
    # A dated label line ("Sperrfrist: Freitag, 8. Mai 2026, 9:30 Uhr") is no headline (_junk).
    head = [s for s in draft.sentences[:_HEAD_LINES] if not _junk(stated_topic(s.text))]
    return body_headline(head, _HEAD_LINES) or title


# A separator after the sender's name, before the name of its office ("Stadt X – Presseamt", "Kreis X | …").
_OFFICE_AFTER: Final = re.compile(r"^\s*(?:[-–—|]|,)\s+\S")


_PARTICLE_VERB: Final = 3.0  # Zipf frequency of a particle verb in use (wordfreq's scale)


def _joined_subtitle_cut(line: str) -> str:
    """A headline line without the subtitle the parser joined to it ("… lädt zum Abend ein Fragen der …").

    A headline clause closes its verb bracket with the separable particle (Duden grammar: Satzklammer);
    a capitalised word right after it, followed by another finite verb, opens the next line (the
    subtitle), not this clause. Without such a particle the line stays whole.
    """
    tagged = morph.tag(line)
    for at, token in enumerate(tagged[:-1]):
        if not tagged[at + 1].word[:1].isupper():
            continue
        verb = next((t for t in reversed(tagged[:at]) if t.pos == "VV(FIN)"), None)
        # The tagger may read the particle as an article before the next line's noun ("ein Fragen"):
        # the particle and the verb's lemma must then make a verb in use ("einladen").
        joined = verb is not None and zipf(token.word.lower() + (verb.lemma or "").lower()) >= _PARTICLE_VERB
        if not (token.pos == "PTKVZ" or (token.word.islower() and token.pos == "ART" and joined)):
            continue
        if token.word.lower() == "ein" and not _article_impossible(tagged[at + 1 :]):
            continue  # "setzt ein Zeichen": "ein" may be the article of what follows, no clause end
        if verb is not None and any(t.pos.endswith("(FIN)") for t in tagged[at + 1 :]):
            found = re.search(rf"\b{re.escape(token.word)}\s+(?={re.escape(tagged[at + 1].word)})", line)
            if found is not None:
                return line[: found.start() + len(token.word)]
    return line


def _article_impossible(after: Sequence[morph.Token]) -> bool:
    """ "ein" cannot be the article of the words after it: a plural noun follows ("ein Kinder").

    "ein" is both the particle of "einladen" and the indefinite article (Duden grammar), so it ends the
    clause only where no singular noun or adjective after it can be its noun phrase; anything else
    ("ein Zeichen", "ein neues Konzept", a noun of one form for both numbers) keeps the line whole.
    A noun in "-e" with "-n" added ("Fragen" of "Frage") is its plural: "ein" never stands before it.
    """
    noun = after[0] if after else None
    if noun is None or noun.pos != "NN":
        return False
    lemma = noun.lemma or noun.word
    return plural_noun(noun.word, lemma) or (lemma != noun.word and lemma.endswith("e") and noun.word == lemma + "n")


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
    whole = draft.facts
    if whole.sender is not None:
        # The title names the sender without its office or page label (title_nominal.short_sender).
        draft = replace(draft, facts=replace(whole, sender=replace(whole.sender, name=short_sender(whole.sender.name))))
    assert draft.facts is not None
    facts = draft.facts
    chosen = headline(facts)
    body_pick = False  # the pick is a body sentence of a fallback, not built from the headline or the facts
    if chosen is not None and not _title_fits(chosen, draft):
        chosen = None
    if chosen is None:
        chosen = _order_title(draft)  # a safety order and where it holds (safety.py): the notice's news
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
    topic = resolve_coming_weekday(stated_topic(_stated_headline(draft)), facts.issued)
    # "Ort: Was geschah" / "Thema - Aussage": each part may be the sentence the title needs.
    # "Trinkwasser: Abkochgebot …": a topic label names what the news is about, never the news itself.
    label = topic[: len(topic) - len(without_label(topic))].rstrip(": ")
    topic = without_label(topic)
    if message_label(label):
        label = ""  # "Achtung:" names the kind of message, never the topic (title_topic.message_label)
    # A slash between statements separates them too ("Polizei warnt … / Geldabholer festgenommen",
    # title_candidates.headline_clauses); a slash without spaces joins two words ("Ein-/Ausfahrt") and stays.
    pieces = [p.strip() for p in re.split(r":\s+|\s+[-–]\s+|\s+/\s+", topic) if p.strip() and not section_label(p)]
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
    # "Warum leuchten die Sterne?" over "Kinderuni startet im Oktober …": a question headline
    # is a teaser the article answers (press convention: the standfirst then states the news); it
    # states nothing, so the subtitle's parts are tried instead, as for a quoted headline.
    teaser = _teaser(draft)
    if ironic(draft.title, opinion=facts.kind == "statement") or teaser:
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
    quoted = ironic(draft.title, opinion=False) or teaser
    if simple is None and (quoted or not ironic(draft.title, opinion=facts.kind == "statement")):
        # The subtitle (Unterzeile) summarises the news in headline grammar too ("Bibliothek und
        # Musikschule laden am 19. September ein – Eintritt frei"): its parts, grounded in the body
        # like the headline's, are the next title candidates (news-writing convention: standfirst).
        sub = flat(draft.release.meta.subtitle, draft.release.meta.language) if draft.release.meta.subtitle else ""
        sub_parts = [p.strip() for p in re.split(r":\s+|\s+[-–]\s+", without_label(sub)) if p.strip()]
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
                and (simple is None or shares_noun(line.text, " ".join(ordered)))
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
    # The same with the agent the body names ("Die Kriminal·polizei hat … festgenommen", headline_grammar.passive_agent).
    reported = simple is not None and bool(_PERFECT_TOLD.match(simple)) and (verdict is None or chosen != verdict)
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
        # The doer a participle headline names ("Ein Hund hat … gebissen") has the body's article too.
        verbal = (
            any(t.pos.endswith("(FIN)") for t in morph.tag(simple)[1:])
            and not simple.startswith(("Es ", "Man "))
            and not reported
        )
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
                and not _comma_tail(line.text, draft)
                and not _side_condition(line.text)
                and not addressee_only(line.text)
                and not _continues(line.text, [SourceSentence(text=earlier.text) for earlier in draft.lines[:index]])
            ),
            None,
        )
        chosen = first.rstrip(".") if first else None
        body_pick = chosen is not None  # any sentence of the body: after the headline's own candidates (_ranked)
    # The sender's or an office's name alone is no topic (titles.institution_phrase). The topic is
    # said as a sentence, "Es geht um die Geflügel·pest." (titles.topic_sentence): the bare headline
    # after a colon ("Es geht um: Geflügel·pest") is nominal style and a copied headline (rubric
    # item 4); a phrase that cannot take its article is left out.
    about = next(
        (
            sentence.rstrip(".")
            for p in map(title_genitive, [*parts, *([label] if label and _grounded(label, draft) else [])])
            if _usable_topic(p, draft) and not institution_phrase(p)
            for sentence in [topic_sentence(p)]
            if sentence is not None
        ),
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
                style(t + ".", draft).rstrip(".")
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
        chosen = style(sentence + ".", draft).rstrip(".") if sentence and _fits_title(sentence, draft) else None
    if chosen is None:
        chosen = _study_title(draft)  # before the last resort, which would take the framed finding whole
    if chosen is None:
        # Last resort before a generic line: the first verified sentence of the sender, up to _TITLE_WORDS.
        first = next(
            (
                text
                for line in draft.lines
                if line.origin in _LAST_RESORT
                for text in (line.text, _without_last_place(line.text))
                if len(words(text)) <= _TITLE_WORDS
                and not _comma_tail(text, draft)
                and not relative_time(text)  # "die betroffene Ware" points at nothing (judge24h r10)
                and not side_action(text)
                and not _side_condition(text)
                and not addressee_only(text)
            ),
            None,
        )
        chosen = first.rstrip(".") if first else None
        body_pick = chosen is not None
    organisation = draft.release.meta.organisation
    sender = _sender(short_sender(organisation) if organisation else None) if facts.sender is None else von(facts.sender)
    if chosen is None:
        chosen = _kicker_title(draft)
    if chosen is None:
        # Only when no headline part, lead clause or fact makes a sentence: reported (``diagnostics``).
        chosen = f"{GENERIC_TITLE} {sender}" if sender else f"{GENERIC_TITLE} in Leichter Sprache"
    if facts.kind == "statement" and (
        re.search(r" schreibt über | sagt (?:seine|ihre) Meinung$", chosen) or chosen.startswith(GENERIC_TITLE)
    ):
        # A topic frame is judged generic: any position line of the sender says more (positions.py),
        # the criticism template ("X kritisiert die Landes·regierung.") and the sender's own framed
        # source sentence ("X fordert: Die Stadt soll …", clauses.py) included.
        subject = subject_of(facts.sender, draft.sentences)
        said = [
            line.text
            for line in draft.lines
            if line.origin in ("position", "template") or (subject and line.text.startswith(subject + " "))
        ]
        chosen = statement_title(said, counted=chosen.startswith(GENERIC_TITLE)) or chosen
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
    # The cascade's pick is one candidate among the generators' (title_candidates.py); every one
    # passes the same check and the one carrying the news core wins (title_check.py).
    chosen = _ranked(chosen, draft, sender, body_pick=body_pick)
    if announced_on_day(chosen) and revoked(chosen, draft.source):
        # An event or plan the release calls off, moves or rejects is never announced on its day by
        # the title (review of session 27): the sender's line, which says nothing false, instead.
        chosen = _sender_title(facts, draft) or (
            f"{GENERIC_TITLE} {sender}" if sender else f"{GENERIC_TITLE} in Leichter Sprache"
        )
    # A headline's present of an act the body tells as done, in the Perfekt (title_perfect.py).
    perfect = perfect_title(chosen, [s.text for s in draft.sentences if not s.heading and not s.speech])
    if perfect is not None and not title_failures(perfect, _title_context(draft)):
        chosen = perfect
    # A headline fact the title states already is padding below it (segments.py; judged: bodies that open with the title).
    lines = tuple(line for line in draft.lines if line.origin != "segment" or not _in_title(line.text, chosen))
    # No "Es geht um: <headline>" under a title that names the topic already (issue 16, round 2:
    # padding): most of its nouns in the title, or a title that states a topic of its own
    # ("… schreibt über …"), which a front-matter headline (often ironic) is not.
    about_nouns = capital_nouns(about or "")
    titled = bool(about_nouns) and 2 * len(about_nouns & capital_nouns(chosen)) >= len(about_nouns)
    if titled or re.search(r"\b(?:über|zum Thema)\b", chosen):
        about = None
    if not lines and not about:
        # Never an empty "Worum geht es?": say who sent it, or say honestly that nothing passed; the
        # sender only where the title does not name it already (issue 16, round 2: no padding).
        named = bool(sender) and f" {sender}" in chosen
        lines = (Line(f"Die Nachricht ist {sender}." if sender and not named else NO_TEXT),)
    content = [line for line in lines if not metadata(line)]
    thin = len(content) < 2
    # The topic line goes when the lead's news (core.py) says all its nouns already.
    core_nouns = {n for line in lines if line.origin.startswith("core") for n in capital_nouns(line.text)}
    covered = bool(about) and bool(core_nouns) and capital_nouns(about or "") <= core_nouns
    if about and not facts.core and not covered and (thin or facts.what is None):
        # The body says what the release is about when little passed or no event or incident is named.
        lines = (Line(about + "."), *lines)
    # "öffnet seine Pforten": a headline's idiom said by its verb alone, whichever candidate won (plainwords.py).
    chosen = without_door_idiom(chosen)
    if chosen.startswith("Es hat ") and _court_release(draft):
        # A court tells a case: the accident or crime in it is what the parties dispute or the court
        # classifies ("Es hat einen Arbeits·unfall gegeben" for a ruling on whether it was one, judged
        # wrong, blind set 39); the court's own line says nothing it does not.
        generic = f"{GENERIC_TITLE} {sender}" if sender else f"{GENERIC_TITLE} in Leichter Sprache"
        chosen = _sender_title(facts, draft) or generic
    return replace(draft, facts=whole, headline=chosen, lines=lines)


# A participle headline told in the Perfekt: "Man hat …", an organisation's "Die Polizei hat …" (headline_grammar.py)
# or the doer the headline names, "Ein Hund hat …" (headline_agent.py).
_PERFECT_TOLD: Final = re.compile(
    r"^(?:Man|(?:Der|Die|Das|Ein|Eine) (?:[a-zäöüß]\S* )*\S+) hat \S.*"
    r"\b(?:ge[a-zäöüß]+[tn]|[a-zäöüß]+ge[a-zäöüß]+[tn]|(?:ver|be|er|zer|ent|emp|miss)[a-zäöüß]+[tn])$"
)


# A title that announces something on a day: "Es gibt … am 12. September", "… ist am 3. Mai".
_ANNOUNCED_ON_DAY: Final = re.compile(r"^(?:Es gibt\b.*|.*\b(?:ist|sind|findet|beginnt)\b.*)\bam\s+\d{1,2}\.")


def revoked(text: str, source: str) -> bool:
    """A sentence of the source calls off, moves or rejects what ``text`` names: one of its nouns (or a
    compound's last part, "Erhöhung" of "Gebührenerhöhung") stands in a sentence with eventnouns.CALLED_OFF
    or _REJECTED. A bus stop that "entfällt" calls off nothing a title about a closure names."""
    nouns = [w.replace(MEDIOPUNKT, "") for w in re.findall(r"\b[A-ZÄÖÜ][\w·\-]{3,}", text)[1:]]
    parts = {n.lower() for n in nouns} | {segment(n).split(MEDIOPUNKT)[-1].lower() for n in nouns}
    parts = {p for p in parts if len(p) >= 4}
    for sentence in re.split(r"(?<=[a-zäöüß)])[.!?]\s+", source):
        if (CALLED_OFF.search(sentence) or _REJECTED.search(sentence)) and any(p in sentence.lower() for p in parts):
            return True
    return False


def announced_on_day(text: str) -> bool:
    """The sentence announces something on a day ("Es gibt … am 12. September", "… ist am 3. Mai")."""
    return _ANNOUNCED_ON_DAY.search(text) is not None


# A plan rejected or not coming ("Die Erhöhung kommt nicht", "hat … abgelehnt", "wird nicht eingeführt").
_REJECTED: Final = re.compile(r"\b(?:abgelehnt|lehnt\w*\s+(?:\w+\s+){0,6}ab\b|kommt nicht|kommen nicht|gestoppt|gekippt)\b")


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
        # The name may also stand in the piece itself, right after the noun ("Neues Förderprogramm
        # „Muster plus“"): the same close apposition, which the body must write the same way.
        quoted = quoted or re.search(rf"(?<![\w·]){re.escape(noun)}\s+„(?P<name>[^„“]+)“", piece.replace("·", ""))
        first = quoted["name"].split(". ")[0].strip() if quoted else ""
        if first and len(first.split()) <= 4 and re.search(rf"{re.escape(noun)}\s+[„\"»]{re.escape(first)}", draft.source):
            name = f" „{first}“"  # an apposition right after the noun, as the body writes it
            break
    base = " ".join([chosen, *place])
    for candidate in (" ".join([chosen + name, *place]), base, chosen + name):
        if candidate != chosen and _fits_title(candidate, draft):
            return style(candidate + ".", draft).rstrip(".")
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
    return next((style(t + ".", draft).rstrip(".") for t in found if t is not None and _fits_title(t, draft)), None)


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
    for index, clause in enumerate(clauses):
        tagged = morph.tag(clause)
        finite = any(t.pos.endswith("(FIN)") for t in tagged[1:])
        # A later clause may leave out its auxiliary ("…, Hallenbad geschlossen", Schlagzeilenstil):
        # it is a statement of its own all the same, and the first clause does not depend on it.
        elliptic = index > 0 and tagged[-1:] != () and tagged[-1].pos in ("VV(PP)", "ADJ(D)")
        if len(tagged) < 2 or not (finite or elliptic) or tagged[0].pos not in ("NN", "NE", "ART", "ADJ(A)"):
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
        """The name words (NE) the text opens with."""
        return tuple(t.word for t in itertools.takewhile(lambda t: t.pos == "NE", morph.tag(text)))

    first, second = name(title), name(headline)
    return len(first) >= 2 and len(second) >= 2 and first != second


def _in_title(text: str, title: str) -> bool:
    """Every noun of the sentence is one of the title's, or its last part is ("Bundes·polizei" under "Polizei"),
    and every number of it is in the title: the sentence says nothing the title does not."""
    heads = {n for w in capital_nouns(title) for n in (w, segment(w.capitalize()).split("·")[-1].lower())}
    nouns = {segment(w.capitalize()).split("·")[-1].lower() if w not in heads else w for w in capital_nouns(text)}
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
    return next((style(t + ".", draft).rstrip(".") for t in found if _fits_title(t, draft)), None)


def _alarm_title(draft: Draft) -> str | None:
    """ "Jemand hat den Brand von einer Scheune gemeldet" from the report's alarm line, if it fits."""
    alarms = (alarm_title(s.text, event_noun) for s in draft.sentences if not s.heading and not s.speech)
    alarm = next((a for a in alarms if a is not None and _fits_title(a, draft)), None)
    return style(alarm + ".", draft).rstrip(".") if alarm else None


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
    voice = own_voice(draft) or (lambda piece: piece)
    own = [s for s in draft.sentences if not s.heading and not s.speech]
    for index, sentence in enumerate(own[:_LEAD_SENTENCES]):
        after = own[index + 1].text if index + 1 < len(own) else ""
        if _CONTRAST_OPENER.match(after) or _CONCESSIVE.search(sentence.text):
            continue  # "Jedoch …" qualifies or reverses it: alone it would mislead (rubric, item 2)
        clause = lead_clause(voice(dated_apposition(sentence.text)))
        if clause is None or (index > 0 and _continues(clause, own[:index])):
            continue
        for form in dict.fromkeys([clause, _without_sender_attribute(clause, draft)]):
            candidate = rewrite(active(form), issued)
            if index > 0 and _continues(candidate, own[:index]):
                continue
            if _good_title(candidate, draft, _TITLE_WORDS) and not fact_guard(draft).failures(style(candidate, draft)):
                return style(candidate, draft).rstrip(".")
    return None


def _without_sender_attribute(clause: str, draft: Draft) -> str:
    """The clause without the genitive that names the sender after its subject ("Das Fundamt der Stadt X").

    The office belongs to the sender the summary names as its author (press convention: the sender's own
    office acts for it); leaving the owner out states less, nothing false, and keeps the title short.
    """
    assert draft.facts is not None
    names = {draft.release.meta.organisation, draft.facts.sender.name if draft.facts.sender else None}
    for name in sorted((short_sender(n) for n in names if n), key=len, reverse=True):
        owner = rf"^((?:Der|Die|Das) [A-ZÄÖÜ][\wäöüß\-]+) (?:der|des) {re.escape(name)}(?=\s)"
        shorter = re.sub(owner, r"\1", clause)
        if shorter != clause:
            return shorter
    return clause


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


def _attributed(piece: str, noun: str) -> bool:
    """The headline gives the noun an attribute after it ("Die Sorgen der Kleingärtner", "Kosten für X")."""
    tagged = morph.tag(piece)
    index = next((i for i, t in enumerate(tagged) if t.word == noun), None)
    return index is not None and index + 1 < len(tagged) and tagged[index + 1].pos in ("ART", "APPR", "APPRART")


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
            role = lookup(token.word)
            if role is not None and role.role:
                continue  # "Meinung zur Bürgermeisterin": a role names who speaks, never what about
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
            attribute = noun_attribute(title_genitive(piece), token.word) or noun_attribute(piece, token.word)
            if not attribute and _attributed(piece, token.word):
                continue  # "über die Hürden" without "der Kleinstparteien" points at nothing (rubric, item 3)
            counted.append((count, f"{phrase} {attribute}".strip()))
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
        styled = style(sentence + ".", draft)
        if _title_fits(sentence, draft) and not structure_failures(styled) and not fact_guard(draft).failures(styled):
            return styled.rstrip(".")
    return None


def shares_noun(sentence: str, headline: str) -> bool:
    """A noun or name of the sentence is one of the headline's, or ends a compound of it ("Woche")."""

    def parts(text: str) -> set[str]:
        """The stems of the capitalised words of the text and of their last compound parts."""
        found = set()
        for word in re.findall(r"\b[A-ZÄÖÜ][\wäöüß·\-]{2,}", text):
            plain = word.replace("·", "").lower()
            found |= {plain, segment(word.replace("·", "")).split("·")[-1].lower()}
        return {word_stem(w) for w in found if len(w) >= 4}

    return bool(parts(sentence) & parts(headline))


def _reports(draft: Draft) -> bool:
    """The release reports what happened (police and fire, or an event told in the past on or after its day)."""
    assert draft.facts is not None
    facts = draft.facts
    told = facts.told_in_past and facts.when is not None and facts.issued is not None and facts.when.day <= facts.issued
    return facts.kind in ("police", "fire", "appeal", "missing") or told


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
    # Where the facts found no day of the event, the lead's dated sentence shows it (title_tense.py).
    lead = [s.text for s in draft.sentences if not s.heading and not s.speech]
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
        told_part = past or (facts.when is None and dated_past(facts.told_in_past, lead, facts.issued, part))
        sentence = from_headline(
            title_genitive(part), past=told_part, countable=lambda noun: counted(noun, draft), body=body, source=source
        )
        if sentence is not None and told_part and not _happened(sentence):
            # "Es hat eine Fahndung gegeben" would tell a search still going on as over (judged wrong on
            # blind set 40): a search takes the present while the release asks for help.
            sentence = from_headline(
                title_genitive(part), past=False, countable=lambda noun: counted(noun, draft), body=body, source=source
            )
        if sentence is None or (draft.facts.kind == "statement" and sentence.startswith("Es ")):
            continue
        if _fits_title(sentence, draft):
            return style(sentence + ".", draft).rstrip(".")
    return None


def _happened(sentence: str) -> bool:
    """A sentence that is no past existence frame of a search ("Es hat eine Fahndung … gegeben")."""
    found = EXISTENCE_FRAME.match(sentence)
    if found is None or not sentence.startswith("Es hat "):
        return True
    last = segment(found["noun"].replace("·", "").replace("-", "")).split("·")[-1].lower()
    # A search the release appeals for help with is still going on; anything else told in the past
    # (an incident, a donation handed over) keeps the frame the release's tense gave it.
    return last not in _SEARCHES


# Searches for a person or a thing (police "Fahndung", "Suche", "Suchaktion"): a measure in progress
# while the release asks the public for help, never a finished incident.
_SEARCHES: Final = frozenset({"fahndung", "suche", "suchaktion"})


def counted(noun: str, draft: Draft) -> bool:
    """The release names the noun with an indefinite article ("eine Ambulanz"): it is counted, so a
    headline's bare object may take "ein(e)" (titles.headline_clause)."""
    return bool(re.search(rf"\b(?:ein|eine|einen|einem|einer|eines)\s+(?:[a-zäöüß]+\s+)?{re.escape(noun)}\b", draft.source))


def _teaser(draft: Draft) -> bool:
    """The headline is a question over a subtitle: a teaser the article answers, which states nothing."""
    return draft.title.strip().endswith("?") and bool(draft.release.meta.subtitle)


def _fits_title(sentence: str, draft: Draft) -> bool:
    """A title sentence of 3 to _TITLE_WORDS (10) words that keeps every rule, is whole and states only known facts."""
    styled = style(sentence.rstrip(".") + ".", draft)
    # The sender's own name stands as written ("St. Anna-Klinik"), as in _title_fits: a name is no
    # abbreviation a reader must expand (Netzwerk Leichte Sprache: Namen bleiben, wie sie sind).
    names = [
        n
        for n in (draft.facts.sender.name if draft.facts and draft.facts.sender else None, draft.release.meta.organisation)
        if n
    ]
    failures = [
        f
        for f in rule_failures(styled, known_acronyms=allowed_acronyms(draft))
        if not (f.check == "rule.abbreviation" and (any(f.match in name for name in names) or _designation(f.match, styled)))
    ]
    return (
        3 <= len(words(sentence)) <= _TITLE_WORDS
        and not relative_time(sentence)  # "ab kommendem Montag": which Monday? (judge24h r02)
        and not failures
        and not structure_failures(styled)
        and not fact_guard(draft).failures(styled)
    )


# A place phrase closing a sentence ("… Chefarzt am Kreis·klinikum Wiesental-Ost."): an adjunct the
# statement stays true without, which a title may leave to the body when it makes the title too long.
_LAST_PLACE: Final = re.compile(r" (?:am|an der|im|in der|in) [A-ZÄÖÜ][\w·-]*(?: [A-ZÄÖÜ][\w·-]+)?(?=\.$)")


def _without_last_place(text: str) -> str:
    """``text`` without a closing place phrase after a role noun ("… Chefarzt am Klinikum X"), or ``text``.

    A place after a verb of being or holding ("gilt in X", "ist im Museum", "steht in der Hauptstraße")
    is the verb's complement: without it the statement widens, so it stays.
    """
    match = _LAST_PLACE.search(text)
    if match is None:
        return text
    before = text[: match.start()].split()
    if (
        not before
        or not before[-1][:1].isupper()
        or re.search(r"\b(?:gilt|gelten|steht|stehen|liegt|liegen|befindet|wohnt)\b", text)
    ):
        return text
    return text[: match.start()] + text[match.end() :]


def _court_release(draft: Draft) -> bool:
    """The sender is a court (its name a compound on "-gericht": Amts-, Land-, Sozial-, Verwaltungsgericht)."""
    names = [draft.release.meta.organisation or "", draft.facts.sender.name if draft.facts and draft.facts.sender else ""]
    if any(re.search(r"[a-zäöü]gericht\b|\bGericht\b", name) for name in names):
        return True
    # A page whose letterhead names no sender: the lead names the court and its ruling (court
    # press-office convention: "Das Sozialgericht X hat mit Urteil vom … entschieden").
    lead = [s.text for s in draft.sentences if not s.heading and not s.speech][:2]
    return any(re.search(r"[a-zäöü]gerichts?\b[^.]{0,80}\b(?:Urteil|Beschluss)\b", text) for text in lead)


# safety.warning_lines: "Es gibt ab sofort ein Abkoch·gebot." and "Das Abkoch·gebot gilt in A und B."
_ORDER_LINE: Final = re.compile(r"^Es gibt (?:ab sofort )?(?P<article>ein|eine) (?P<order>\S+)\.$")
_ORDER_PLACE: Final = re.compile(r"^(?:Das|Die) (?P<order>\S+) gilt (?P<where>(?:in|im) .+)\.$")


def _order_title(draft: Draft) -> str | None:
    """ "Es gibt ein Abkoch·gebot in Adorf und Bedorf": a safety order with the places it holds in.

    A boil-water or stable-duty notice is about the order and where it holds (safety.py builds both
    lines from the source); the title says them in one existence sentence, or the order alone.
    """
    lines = [line.text for line in draft.lines]
    for index, text in enumerate(lines):
        order = _ORDER_LINE.match(text)
        if order is None:
            continue
        base = f"Es gibt {order['article']} {order['order']}"
        if not any(later.startswith(f"{order['order']} heißt:") for later in lines[index + 1 : index + 3]):
            continue  # the order's meaning line follows a safety order only (safety.warning_lines)
        for later in lines[index + 1 : index + 4]:
            place = _ORDER_PLACE.match(later)
            if place is not None and place["order"] == order["order"]:
                titled = f"{base} {place['where']}"
                if _fits_title(titled, draft):
                    return titled
        return base if _fits_title(base, draft) else None
    return None


# study.study_lines' frame: the finding follows it, verb-second and whole.
_FOUND_FRAME: Final = "Forscher haben heraus·gefunden: "


def _study_title(draft: Draft) -> str | None:
    """ "Forscher haben etwas über Hecken heraus·gefunden": a study's topic (study.py) as the title.

    Science press offices often headline a feature ("Kleine Hecken, große Wirkung") and leave the
    finding to the subtitle and lead. The finding the study template verified names what the study
    is about in its subject; the title keeps the frame (a finding is the researchers', never a plain
    fact) and names only that subject, where it is a bare noun the preposition "über" can take as it is.
    """
    for line in draft.lines:
        if line.origin == "body" and line.text.startswith(_FOUND_FRAME):
            tagged = morph.tag(line.text[len(_FOUND_FRAME) :])
            if len(tagged) < 2 or tagged[0].pos not in ("NN", "NE") or not tagged[1].pos.endswith(("(FIN)", "(INF)")):
                return None
            title = f"Forscher haben etwas über {tagged[0].word} heraus·gefunden"
            return title if _fits_title(title, draft) else None
    return None


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
    return style(sentence + ".", draft).rstrip(".") if _fits_title(sentence, draft) else None


# Nouns that take a "zu" phrase of their theme (saying, asking, informing, campaigning, meeting).
_TOPIC_TAKER: Final = re.compile(
    r"(?:Forderung|Hinweis|Tipp|Information|Aktion|Kampagne|Veranstaltung|Gespräch|Bericht|Stellungnahme|Vortrag|"
    r"Broschüre|Woche|Aktionstag|Thementag|Infotag|Konferenz|Tagung|Beratung|Umfrage|Befragung|Studie|Position|Meinung|Antrag|Frage|Appell|"
    r"Warnung|Aufruf|Kritik|Erklärung|Bilanz|Zahl|Fakt|Angebot|Programm)(?:en|e|n|s)?$",
    re.IGNORECASE,  # also as a compound's last part ("Aktionswoche", "Verbraucherhinweise")
)


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
    have = {word_stem(w) for w in re.findall(r"[\wäöüßÄÖÜ·\-]+", f"{title} {sender}") if len(w) >= 3}
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
            if entry is not None and entry.role:
                continue  # "zur Bürgermeisterin": a role names who speaks, never what about
            if re.search(rf"\bkein(?:e[nmrs]?)?\s+(?:\w+\s+)?{re.escape(token.word)}", draft.source, re.IGNORECASE):
                continue  # "… konnte kein Brand festgestellt werden": a noun the release denies is no topic
            nouns.append(token.word)
    if not nouns or any(word_stem(n) in have for n in nouns):
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
    if tagged[last - 1].pos in ("APPR", "APPRART"):
        return title  # "ist zur Welt gekommen": the last noun is inside a phrase of the verb, no object
    if not _TOPIC_TAKER.search(tagged[last].word.replace("·", "")):
        # "grenzt an ein Grundstück zum Schadensersatz": only a noun of saying, asking or acting on a
        # theme takes a "zu" topic (Duden valency: "Forderung zu", "Hinweise zu", "Aktionswoche zum");
        # after any other noun the phrase would read as its purpose (a wrong or broken title).
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
        styled = style(text.rstrip(".") + ".", replace(draft, keep=draft.keep - {topic}))
        failures = [*rule_failures(styled, known_acronyms=allowed_acronyms(draft)), *structure_failures(styled)]
        if not failures and not fact_guard(draft).failures(styled):
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
        # "-ik" is the loan suffix of "Musik", "Technik"; in "Streik" the "ik" ends the diphthong "ei" (der Streik).
        if noun.endswith(suffixes) and not noun.endswith("eik"):
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
    anchored, missed, verbs_missed, condensed = 0, 0, 0, 0
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
        # A compound of the headline whose last part the body uses ("Verkehrshinweise": "Hinweise");
        # a hyphenated compound ("Herbst-Flohmarkt") is split at its hyphens (Duden: Bindestrich-Kompositum).
        parts = [p for p in token.word.split("-") if p] if "-" in token.word.strip("-") else segment(token.word).split("·")
        if len(parts) > 1 and parts[-1].lower()[: max(4, len(parts[-1]) - 2)] in body:
            anchored += 1
            continue
        # A compound whose every verified part the body uses on its own ("Regenwasser·management"
        # over "Regenwasser … Management"): Duden grammar, a determinative compound says what its
        # parts say together, so the headline condenses the body's words and invents none.
        if len(parts) > 1 and all(_part_in(part, body) for part in parts):
            anchored += 1
            continue
        if len(parts) == 1 and token.pos == "NN" and _tail_in(token.word, body):
            anchored += 1  # "Kursanmeldung" over the body's "Anmeldung" (_tail_in)
            continue
        if token.word in MONTHS_DE and re.search(rf"\b\d{{1,2}}\.0?{MONTHS_DE.index(token.word) + 1}\.", body):
            anchored += 1  # "im Oktober" over the body's "21.10.2026": the same month written in digits
            continue
        if token.pos.startswith("ADJ") and (token.lemma or "").lower() == "neu":
            # "Neues Café öffnet": "neu" marks the headline's news itself (Schlagzeilenstil); it is
            # no pun and adds no fact the body's "öffnet"/"startet" does not say.
            continue
        if token.pos.startswith("ADJ"):
            return False
        if token.pos.startswith("VV") and _told_done(token, body):
            anchored += 1  # "beschließt" over the body's "hat … beschlossen": the same act in the Perfekt
            continue
        if token.pos.startswith("VV") and same_sense(token.lemma or token.word, body):
            anchored += 1  # "startet" over the body's "beginnt": one fact in a shorter verb (title_verbs.py)
            continue
        if token.pos.startswith("VV"):
            verbs_missed += 1
            continue
        # A compound whose first part the body uses ("Hitze·belastung" over "Warnung vor Hitze"):
        # its determiner names the body's thing (Duden grammar: Bestimmungswort), so it is half
        # anchored; a short first part ("Not·bremse") says too little to anchor anything.
        if len(parts) > 1 and len(parts[0]) >= 4 and _part_in(parts[0], body):
            condensed += 1
        missed += 1
    # A headline verb the body does not repeat ("eröffnet" over a body that says what the new
    # service offers) is literal when every noun and name around it is the body's own (two at
    # least): a pun or a metaphor brings its own nouns ("zieht die Notbremse").
    if verbs_missed:
        return literal_verb and verbs_missed == 1 and missed == 0 and anchored >= 2
    # A headline of two anchored words and one such compound condenses the body's words too.
    return missed == 0 or (missed == 1 and (anchored >= 3 or (condensed == 1 and anchored >= 2)))


def _told_done(token: morph.Token, body: str) -> bool:
    """The body uses the participle of the headline verb ("beschließt" over "hat … beschlossen").

    A strong verb changes its stem in the participle (Ablaut, Duden grammar), so the stem check of
    _grounded misses it; the participle is the same verb, told as done.
    """
    formed = morph.participle((token.lemma or "").lower())
    return formed is not None and len(formed[0]) >= 6 and re.search(rf"\b{re.escape(formed[0])}\b", body) is not None


def _tail_in(word: str, body: str) -> bool:
    """The body writes, as a word of its own, the last part of a compound the splitter left whole.

    Duden grammar: a determinative compound ("Kurs·einschreibung") names a kind of its last part
    ("Einschreibung"); the splitter cuts only words it is sure of. A last part of six letters at least
    after a first part of three at least, which the body writes at the start of a word, anchors it.
    """
    plain = word.replace("·", "").replace("-", "").lower()
    for at in range(3, len(plain) - 5):
        tail = plain[at:]
        if re.search(rf"(?<![\wäöüß]){re.escape(tail[: max(6, len(tail) - 2)])}", body):
            return True
    return False


def _part_in(part: str, body: str) -> bool:
    """A part of a compound (compounds.segment) recurs in the body: its stem of four letters at least.

    A part shorter than four letters ("Ei", "Tal") says too little on its own to anchor anything.
    """
    plain = part.lower().replace("-", "")
    return len(plain) >= 4 and plain[: max(4, len(plain) - 2)] in body


def _title_fits(text: str, draft: Draft) -> bool:
    """A title sentence of 3 to HARD_LIMIT (12) words that keeps the rules (a name may stand as written)."""
    styled = style(text, draft)
    failures = [f for f in rule_failures(styled, known_acronyms=allowed_acronyms(draft)) if f.check != "rule.abbreviation"]
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
    if re.search(r"gericht(?:shof)?\b", subject, re.IGNORECASE):
        # A court decides; its release reports a ruling, never the court's opinion (a judged wrong:
        # "Das Amts·gericht … sagt seine Meinung zur Freiheits·strafe" for a prison sentence).
        ruled = re.search(r"\b(?:verurteilt|Urteil|freigesprochen|entschieden)\b", body)
        return f"{subject} hat ein Urteil gesprochen" if ruled else None
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
    styled = style(part, draft)
    allowed = ("rule.too-long", "rule.genitive")
    failures = [f for f in rule_failures(styled, known_acronyms=allowed_acronyms(draft)) if f.check not in allowed]
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


# What stays as it was ("Unverändert bleiben die Befreiungen", "Die Preise bleiben gleich", "wie bisher"):
# said beside a change, it qualifies the news; as a title it reads as "nothing changes" (blind
# judgement, session 27: a dog-tax rise titled with its unchanged exemptions).
_UNCHANGED: Final = re.compile(
    r"\b(?:[Uu]nverändert|[Ww]eiterhin|[Ww]ie bisher|[Nn]ach wie vor)\b|\bbleib\w*\b[^.]*\b(?:gleich|bestehen|erhalten)\b"
)


def _side_condition(sentence: str) -> bool:
    """A body sentence that qualifies the news instead of saying it, so never the fallback title.

    A negated sentence ("Eine Anmeldung ist nicht nötig") says what is not. A copula with only a
    predicative adjective ("Der Eintritt ist frei", "Die Teilnahme ist freiwillig") describes a
    property of something the title would have to name first (rubric, item 6: a title says what
    happened or what is announced).
    """
    if _NEGATED.search(sentence) or _UNCHANGED.search(sentence):
        return True
    tagged = [t for t in morph.tag(sentence) if not t.pos.startswith("$")]
    copula = next((i for i, t in enumerate(tagged) if t.pos == "VA(FIN)" and t.lemma == "sein"), None)
    if copula is None:
        return False
    after = tagged[copula + 1 :]
    return bool(after) and all(t.pos in ("ADJ(D)", "ADV", "PTKNEG") for t in after)


def _comma_tail(sentence: str, draft: Draft) -> bool:
    """The sentence is a clause the source wrote after a comma ("…, der Normalwasserstand liegt bei 1,80
    Meter"): an addition to the clause before it, never what the release is about (a flood warning
    titled with the normal water level was judged misleading)."""
    opening = " ".join(sentence.replace("·", "").split()[:3])
    if len(opening.split()) < 3:
        return False
    pattern = re.compile(rf",\s+{re.escape(opening[:1].lower() + opening[1:])}\b|,\s+{re.escape(opening)}\b")
    starts = any(s.text.startswith(opening) for s in draft.sentences)
    return not starts and any(pattern.search(s.text) for s in draft.sentences)


def _good_title(sentence: str, draft: Draft, most: int = 8) -> bool:
    """Short, rule-clean, a complete statement that opens with its subject (not "Wer …?")."""
    styled = style(sentence, draft)
    tagged = morph.tag(styled)
    return (
        3 <= len(words(sentence)) <= most
        and not relative_time(sentence)  # a relative date or "die betroffene Ware" points at nothing (judge24h r02, r10)
        and not rule_failures(styled, known_acronyms=allowed_acronyms(draft))
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


def _subject_article(sentence: str, body: str = "") -> str:
    """The definite article before a headline's bare singular subject, where the lexicon knows its gender.

    "Gesundheits·amt bietet zusätzliche Impf·termine an." -> "Das Gesundheits·amt bietet …": the
    institution a release names in its headline is the one it is about (definite). A noun the lexicon
    does not know takes the gender the body's own articles show ("das Kabinett", headline_grammar.
    body_gender). Without a known gender the sentence stays as it is (and fails as a title).
    """
    tagged = morph.tag(sentence)
    if not _bare_singular_subject(tagged):
        return sentence
    noun = tagged[0].word.replace("·", "")
    entry = lookup(noun)
    gender = entry.gender if entry is not None else None
    if gender not in ("der", "die", "das") and body:
        gender = body_gender(noun, body)
    if gender not in ("der", "die", "das"):
        return sentence
    return f"{gender.capitalize()} {sentence}"


_WHOLLY_QUOTED: Final = re.compile(r"^[„“\"»«‚'][^„“\"»«]*[“\"«‘']$")
# The lead: the first sentences of the body, where the inverted pyramid puts the news.
_NEWS_SENTENCES: Final = 2
# Checks a title that fails only these may keep when no candidate passes: too long or without a
# verb it is a poor title, never a wrong one; any other failure states something false or broken.
# So are the checks of form: a missing or mismatched article (the gender is a guess, titles.noun_gender;
# a mass noun takes none), a day without its dot, a word in capitals.
# Checks of wording only: a long or rare word is hard to read, never a wrong or broken statement.
_WORDING: Final = frozenset({"rule.hard-word", "rule.long-word"})
_SOFT: Final = frozenset(
    {"title.length", "title.no-verb", "rule.too-long", "title.article", "title.no-article", "title.date", "title.capitals"}
)


def _title_context(draft: Draft) -> TitleContext:
    """The check's view of the release: its text, its news (headline, subtitle, lead) and the verifier."""
    meta = draft.release.meta
    subtitle = flat(meta.subtitle, meta.language) if meta.subtitle else ""
    lead = [s.text for s in draft.sentences if not s.heading and not s.speech][:_NEWS_SENTENCES]
    stated = stated_topic(_stated_headline(draft))
    headline = "" if _junk(stated) else " ".join([stated, subtitle])
    news = " ".join([headline, *lead])
    names = [n for n in (draft.facts.sender.name if draft.facts and draft.facts.sender else None, meta.organisation) if n]

    def failures(styled: str) -> list[str]:
        """The checks the styled title fails, a sender's name and a quoted name's pronoun allowed."""
        # The sender's name stands as written ("St. Anna-Klinik", "Muster Antriebstechnik"), as in _fits_title.
        rules = [
            f.check
            for f in rule_failures(styled, known_acronyms=allowed_acronyms(draft))
            if not (f.check in ("rule.abbreviation", "rule.long-word") and any(f.match in name for name in names))
            and not (f.check == "rule.abbreviation" and _designation(f.match, styled))
        ]
        guarded = [f.check for f in fact_guard(draft).failures(styled)]
        # A pronoun inside a quoted name ("„Felder unserer Heimat“") is part of the name
        # (title_detail.masked_names): only a pronoun outside it points at nothing.
        masked = {f.check for f in structure_failures(masked_names(styled))}
        structure = [f.check for f in structure_failures(styled) if f.check != "guard.pronoun" or f.check in masked]
        return [*rules, *structure, *guarded]

    return TitleContext(
        source=draft.source,
        news=news,
        style=lambda text: style(text, draft),
        failures=failures,
        headline=headline,
        actors=" ".join(names),
        # A done event is never said in the present existence frame (title_check): a report, or a lead
        # told in the past with no date of an event to come.
        past=_reports(draft) or bool(draft.facts and draft.facts.told_in_past and draft.facts.when is None),
    )


def _designation(letters: str, text: str) -> bool:
    """Capitals before a number name a road or a line ("L 318", "HBK 7", "Linie R5"): a name, no abbreviation.

    German road and transit numbering (Straßenbezeichnung: the road class or district code and its
    number) is written as the sign shows it; the reader finds it on the sign.
    """
    return bool(re.fullmatch(r"[A-ZÄÖÜ]{1,4}", letters)) and bool(re.search(rf"\b{re.escape(letters)} \d", text))


def _generated(draft: Draft) -> list[TitleCandidate]:
    """Title candidates besides the cascade's: the missing person sought, every clause of the headline
    and the subtitle in its plainer forms (title_candidates.py), and the lead's main clause."""
    assert draft.facts is not None
    facts = draft.facts
    meta = draft.release.meta
    issued = meta.issued
    headline = resolve_coming_weekday(stated_topic(_stated_headline(draft)), facts.issued)
    subtitle = flat(meta.subtitle, meta.language) if meta.subtitle else ""
    found: list[TitleCandidate] = []
    told = [s.text for s in draft.sentences if not s.heading and not s.speech]
    if facts.kind in ("missing", "appeal"):
        # A missing-person appeal says whom the police look for (press-portal convention "Vermisst: …").
        # "Die Polizei" first where the release says it: the office's full name makes the title longer
        # than eight words and says no more to the reader (a police office acts for the police).
        askers = ["die Polizei"] if re.search(r"\bPolizei", draft.source) else []
        askers += [with_article(facts.sender, "nom")] if facts.sender and "Polizei" in facts.sender.name else []
        people = [p for p in (missing_person(text) for text in (headline, subtitle) if text) if p is not None]
        found += [
            TitleCandidate(style(sought_person(asker[:1].upper() + asker[1:], person), draft), "missing")
            for asker in askers
            for person in people
        ]
    # An event is said to be on its day only where the release announces it (never a report of the past).
    announced = not (_reports(draft) or facts.told_in_past)
    for origin, text in (("headline", headline), ("subtitle", subtitle)):
        if not text or ironic(text, opinion=facts.kind == "statement") or (origin == "headline" and _teaser(draft)):
            continue  # satire, a teaser or a quote is never stated as a fact (titles.ironic)
        parts = headline_clauses(without_label(text))
        # A part wholly in quotation marks is somebody's words, and the part before it names the
        # speaker ("Ministerin X: „…“"): neither states the sender's news (titles.ironic). A quoted
        # word inside a part ("„Schockanrufe“ im Kreis") is the sender's own scare quote.
        quoted = {i for i, p in enumerate(parts) if _WHOLLY_QUOTED.match(p)}
        spoken = quoted | {i - 1 for i in quoted}
        for part in (p for i, p in enumerate(parts) if i not in spoken):
            # "Anna Muster zur Präsidentin gewählt": who appointed her, as the body tells it (title_elected.py).
            # The agent comes from the body, so the headline may not name it: the candidate goes with
            # the states, before the cascade's pick (_ranked), as the headline's own news.
            if _grounded(part, draft, literal_verb=True):
                found += [TitleCandidate(style(t + ".", draft).rstrip("."), "elected") for t in elected_titles(part, told)]
            # A counted noun phrase ("Vier Konzerte von Februar bis Mai") as an existence sentence
            # (title_candidates.counted_phrase); reports take "Es hat … gegeben".
            # A tally the lead tells in the past with no event to come is a tally of what happened
            # ("912 Einsätze" in a year's report): "Es hat … gegeben", never "Es gibt". Where the
            # body tells the counted things as a plan ("hat beschlossen, vier Konzerte zu
            # veranstalten"), neither holds: they neither happened nor exist yet (planned.py).
            done = facts.when is None or (facts.issued is not None and facts.when.day <= facts.issued)
            tally = facts.told_in_past and done
            counted = counted_phrase(part, past=_reports(draft) or tally)
            if counted is not None and _grounded(part, draft) and not planned(part, draft.sentences):
                found.append(TitleCandidate(style(rewrite(counted + ".", issued), draft).rstrip("."), origin))
            # "Bis zu 36 Grad erwartet": a participle of expectation is a present passive, said as
            # "Man erwartet …" (title_detail.expected_clause), never "Man hat … erwartet".
            expected = expected_clause(part, [(t.word, t.pos, t.lemma or "") for t in morph.tag(part)])
            if expected is not None and _grounded(part, draft, literal_verb=True):
                found.append(TitleCandidate(style(rewrite(expected + ".", issued), draft).rstrip("."), origin))
            for variant in [v for form in clause_variants(part) for v in (form, *_first_clause(form))]:
                if _junk(variant) or not _grounded(without_quoted_name(variant), draft, literal_verb=True):
                    continue  # a pun or a metaphor of the headline (_grounded)
                # A nominal part in headline grammar ("Es hat … gegeben") is the cascade's own
                # candidate; a clause rebuilt with its articles ("Verband tritt einem Bündnis bei")
                # and the plainer forms of either are new.
                clause = any(t.pos.endswith("(FIN)") for t in morph.tag(variant)[1:])
                built = _from_headline([variant], draft) if variant != part or clause else None
                if built is not None and not clause and built.startswith("Es "):
                    # A plainer form of a verbless part in a frame: only an event's, a measure's or a
                    # warning's, and never with its validity cut off (title_event.told_event).
                    built = told_event(built, variant)
                if built is not None:
                    found.append(TitleCandidate(built, origin))
                if not clause:
                    # A verbless part of an event, a measure or a warning, its copula or "es gibt" put
                    # back (title_event.py): the headline's own news, checked like every candidate.
                    # The event on its day is the headline's ellipsis said whole (as headline_ellipsis.py):
                    # it goes with the states, before the cascade's pick, which may be a later part's detail.
                    # (Never where the release calls it off or rejects it: the filter at the end drops it.)
                    on_day = dated_event(variant) if announced and origin == "headline" else None
                    if on_day is not None and _fits_title(on_day, draft):
                        found.append(TitleCandidate(style(on_day + ".", draft).rstrip("."), "ellipsis"))
                    framed = told_event(_from_headline([variant], draft), variant) if variant == part else None
                    if framed is not None:
                        found.append(TitleCandidate(framed, origin))
                subject = _subject_article(rewrite(active(variant + "."), issued), draft.source)
                direct = _with_article(subject, draft.source).rstrip(".")
                found.append(TitleCandidate(style(direct, draft), origin))
            # "Es geht um den Kita·plan 2028": the part's noun phrase as the topic, where no clause
            # of it may stand (title_topic.py); the frame goes after every clause in the ranking.
            # The part as a noun where a headline shouts it in capitals (clause_variants' first form).
            for phrase in topic_phrases(clause_variants(part)[0] if clause_variants(part) else part):
                topic = topic_sentence(title_genitive(phrase), draft.source)
                if topic is not None and not _junk(phrase) and _grounded(phrase, draft):
                    found.append(TitleCandidate(style(topic + ".", draft).rstrip("."), "topic"))
    lead = _lead_title(draft)
    if lead is not None:
        found.append(TitleCandidate(lead, "lead"))
    # An event or plan the release calls off, moves or rejects: no candidate says it exists or takes
    # place on its day ("Es gibt ein Vereinsfest am 12. September", review of session 27).
    found = [c for c in found if not (announced_on_day(c.text) and revoked(c.text, draft.source))]
    return found


def _ranked(chosen: str, draft: Draft, sender: str | None, *, body_pick: bool = False) -> str:
    """The best candidate that passes the title check (title_check.rank), the cascade's pick first.

    A pick of the cascade's fallbacks (any short body sentence) goes after the headline's own
    candidates: "Die Umleitung ist ausgeschildert" is no title where the headline's closure makes one.

    Where none passes, the cascade's pick stays if it fails only on form (_SOFT); a pick that would
    state something wrong gives way to the generic line (omission over error).
    """
    context = _title_context(draft)
    # A state the headline names as a noun and the body tells (title_nominal.state_titles) says the
    # same news as the headline's "Es gibt eine Sperrung" with a verb: it goes before the cascade's pick.
    states = [TitleCandidate(text, "state") for text in _state_candidates(draft)]
    # A headline's bare object gets its article back (title_articles.object_article).
    # Its bare subject too (title_articles.subject_article): "Neue Praxis öffnet" -> "Die neue Praxis öffnet".
    chosen = with_particle(object_article(subject_article(chosen), draft.source), draft.source)
    generated = [
        replace(c, text=with_particle(object_article(subject_article(c.text), draft.source), draft.source))
        for c in _generated(draft)
    ]
    states += [c for c in generated if c.origin in ("elected", "ellipsis")]
    generated = [c for c in generated if c.origin not in ("elected", "ellipsis")]
    # A match report's result line says who won (title_result.py): the news core of the report, so
    # it goes before the cascade's pick, which may be a moment of the match or a sports idiom.
    result = result_title(draft.source.splitlines()[: 2 * _HEAD_LINES], draft.source)
    states += [TitleCandidate(style(result + ".", draft).rstrip("."), "result")] if result else []
    # The headline part that counts the people or jobs affected is its hard news (headline_affected.py).
    states += [TitleCandidate(style(t + ".", draft).rstrip("."), "affected") for t in _affected(draft)]
    # A participle headline of an act with "sein" as a whole Perfekt sentence (headline_ellipsis.py): the
    # headline's news before the cascade's pick, which may be a side detail of the body.
    states += [TitleCandidate(style(t + ".", draft).rstrip("."), "ellipsis") for t in _ellipses(draft)]
    # An agentless passive headline said in the active ("Man eröffnet den neuen Spiel·platz",
    # title_active.py): the headline's own clause, whole, before the cascade's pick, which may be a
    # side detail of the body; it is checked like every candidate (side subject included).
    states += [TitleCandidate(t, "headline") for t in _actives(draft)]
    cascade = [TitleCandidate(chosen, "cascade")]
    if body_pick:
        # After the headline's own clauses, before the subtitle's details (a subtitle often lists
        # side matters: "Der Wochenmarkt zieht um" beside the closure the body tells).
        own = [c for c in generated if c.origin == "headline"]
        rest = [c for c in generated if c.origin != "headline"]
        best = rank([*states, *own, *cascade, *rest], context)
    else:
        best = rank([*states, *cascade, *generated], context)
    if best is not None and not generic(best.text):
        return best.text
    topic = best is not None and best.text.startswith(TOPIC_FRAME) and best.origin in ("topic", "cascade")
    if (best is None or topic) and not generic(chosen) and set(title_failures(chosen, context)) <= _SOFT:
        return chosen
    if best is not None and topic:
        # The headline's own topic (title_topic.py) before a body line, which may be a side fact.
        return best.text
    # Where only a frame that names no news passes, or nothing, the summary's first line that says
    # news is the title (inverted pyramid): true and in the body, never a generic line.
    news = _news_line(draft, context)
    if news is not None:
        return news
    # The headline's topic with a word the reader may not know ("Es geht um die Kurs·einschreibung")
    # still says what the release is about; a frame of the sender or the kind says nothing (item 6).
    worded = (c.text for c in generated if c.origin == "topic" and set(title_failures(c.text, context)) <= _WORDING)
    named = next(worded, None)
    if named is not None and (best is None or not best.text.startswith((TOPIC_FRAME, "Es gibt ", "Es hat "))):
        return named
    if best is not None:
        return best.text
    if set(title_failures(chosen, context)) <= _SOFT:
        return chosen
    return f"{GENERIC_TITLE} {sender}" if sender else f"{GENERIC_TITLE} in Leichter Sprache"


def _actives(draft: Draft) -> list[str]:
    """The headline's agentless passive parts in the active (title_active.py), where every word is grounded."""
    headline = stated_topic(_stated_headline(draft))
    if not headline or ironic(headline, opinion=False):
        return []
    body = " ".join(s.text for s in draft.sentences if not s.heading)
    issued = draft.release.meta.issued
    parts = [p for p in headline_clauses(without_label(headline)) if _grounded(p, draft, literal_verb=True)]
    told = [t for t in (active_headline(p, body) for p in parts) if t is not None]
    return [style(rewrite(t + ".", issued), draft).rstrip(".") for t in told]


def _ellipses(draft: Draft) -> list[str]:
    """The headline's participle parts of acts with "sein", said whole (headline_ellipsis.py), where grounded."""
    headline = stated_topic(_stated_headline(draft))
    if not headline or ironic(headline, opinion=False):
        return []
    parts = headline_clauses(without_label(headline))
    grounded = [p for p in parts if _grounded(p, draft, literal_verb=True)]
    body = " ".join(s.text for s in draft.sentences if not s.heading)
    told = [*map(unaccusative_clause, grounded), *(edition_clause(p, body) for p in grounded)]
    if tells_death([s.text for s in draft.sentences if not s.heading and not s.speech]):
        # A death headline ("X tödlich verletzt") where the body tells a death (facts.tells_death) and
        # names the person the headline names: the plain "… ist gestorben" (headline_ellipsis.py).
        # The death must be that person's: a body where the headline's cyclist is hurt and a driver
        # dies gives no "Ein Radfahrer ist gestorben" (casualties.died).
        lines = [s.text for s in draft.sentences if not s.heading and not s.speech]
        told += [t for p in parts if (t := death_clause(p)) is not None and _death_named(t, lines)]
    # An injury headline ("Radfahrerin bei Unfall schwer verletzt") where a body sentence tells that
    # injury, its degree included, of the person the headline names (headline_ellipsis.injury_clause).
    lines = [s.text for s in draft.sentences if not s.heading and not s.speech]
    told += [t for p in parts if (t := injury_clause(p)) is not None and _injury_told(t, lines)]
    # A jubilee headline ("30 Jahre Städtepartnerschaft mit X") the body dates (headline_ellipsis.jubilee_clause).
    told += [jubilee_clause(p, body, lambda noun: _gender(noun) or body_gender(noun, body)) for p in grounded]
    return [t for t in told if t is not None]


def _injury_told(clause: str, lines: list[str]) -> bool:
    """Some body sentence names the clause's person noun and its injury with the same degree word.

    "Ein Rad·fahrer ist schwer verletzt" needs a sentence with "Radfahrer" (a noun ending so:
    "Radfahrerin" is another person) and "schwer verletzt"; a body that says "leicht verletzt"
    contradicts the headline's degree and gives no title (rubric item 2: a wrong fact).
    """
    found = re.search(r"(?P<noun>[A-ZÄÖÜ][\w-]+) (?:ist|sind) (?:\S+ )*?(?P<degree>(?:\S+ )?)verletzt$", clause)
    if found is None:
        return False
    noun = found["noun"]
    degree = found["degree"].strip()
    # The degree is the last word before "verletzt" only if it is one of the injury's degrees.
    degree = degree if degree in INJURY_DEGREES else ""
    said = re.compile(rf"\b{re.escape(noun)}\b")
    hurt = re.compile(rf"\b{degree}\s+verletzt" if degree else r"\bverletzt")
    others = re.compile(rf"\b(?:{'|'.join(INJURY_DEGREES)}|tödlich|un)\s*verletzt")
    return any(said.search(line) and hurt.search(line) and (degree or not others.search(line)) for line in lines)


def _death_named(clause: str, lines: list[str]) -> bool:
    """Some body sentence tells the death of the person the title's clause names ("Ein Radfahrer ist …")."""
    words = clause.split()
    if len(words) < 2:
        return False
    return any(died(line, words[1]) for line in lines)


def _affected(draft: Draft) -> list[str]:
    """The headline's count of those affected as a sentence (headline_affected.py), where the body repeats it."""
    headline = stated_topic(_stated_headline(draft))
    if not headline or ironic(headline, opinion=False):
        return []
    body = " ".join(s.text for s in draft.sentences if not s.heading)
    return affected_titles(headline_clauses(without_label(headline)), body)


def _state_candidates(draft: Draft) -> list[str]:
    """The states the headline's or subtitle's -ung nouns name, as the body tells them (title_nominal.py)."""
    assert draft.facts is not None
    meta = draft.release.meta
    texts = [stated_topic(_stated_headline(draft)), flat(meta.subtitle, meta.language) if meta.subtitle else ""]
    parts = [p for t in texts if t and not ironic(t, opinion=draft.facts.kind == "statement") for p in headline_clauses(t)]
    body = [s.text for s in draft.sentences if not s.heading and not s.speech]
    issued = meta.issued
    found = [style(rewrite(text + ".", issued), draft).rstrip(".") for text in state_titles(parts, body)]
    # The clipped form of the same state ("Kreisstraße ab Montag gesperrt"), rebuilt with its copula.
    clipped = (
        _from_headline([part], draft)
        for part in parts
        if state_participle(part) and _grounded(part, draft, literal_verb=True)
    )
    # A clipped state too long for that, with a cause or "bis auf Weiteres" between (title_state.py).
    whole = (clipped_state(part, body, " ".join(body)) for part in parts if _grounded(part, draft, literal_verb=True))
    stated = [style(text + ".", draft).rstrip(".") for text in whole if text is not None]
    states = [*found, *(t for t in clipped if t is not None and re.search(r" (?:ist|sind) ", t)), *stated]
    # A state the body tells only for some days ("bleibt vom 4. bis 8. März geschlossen") is said with
    # them (title_check.dated_state); without them it would claim the state now (state_ahead).
    dated = (dated_state(t, draft.source) for t in states if state_ahead(t, draft.source))
    return [*states, *(t for t in dated if t is not None)]


# A line that only dates something ("Die Lesung ist am 5. Mai", "Der Kurs beginnt um 18 Uhr").
_WHEN_ONLY: Final = re.compile(r"^\S+ \S+ (?:ist|sind|beginnt|beginnen|endet|enden) (?:am|um|ab|vom|bis|von)\b")


def _news_line(draft: Draft, context: TitleContext) -> str | None:
    """The first line of the summary that passes the title check, names no frame and is about the
    headline's subject or the sender (title_check.side_subject): the lead's news, said plainly."""
    assert draft.facts is not None
    names = [p.name for p in draft.facts.people]
    for line in draft.lines:
        if line.origin not in (*_OWN, "template") or metadata(line):
            continue
        text = line.text.rstrip(".")
        if any(text.startswith(name) for name in names) or re.search(r"\bist (?:ein|eine|der|die)?\s?\S*(?:in|er)$", text):
            continue  # "X ist Senatorin": a role line is a side fact where the news should be (easy-judging.md)
        if _WHEN_ONLY.match(text):
            continue  # "Das Gespräch ist am Mittwoch": when, not what (a detail of an event already named)
        if generic(text) or side_subject(text, context) or title_failures(text, context):
            continue
        if event_detail(text) or side_action(text) or _side_condition(text) or addressee_only(text):
            continue
        return text
    return None


def _with_article(sentence: str, source: str = "") -> str:
    """The definite article before a headline's bare singular subject that a name or number follows
    ("Kreis·straße K 27 ist gesperrt" -> "Die Kreis·straße K 27 …"), where the noun's gender is known.

    Headline grammar drops the article (Duden, "Schlagzeilenstil"); the thing a headline names is the
    one the release is about (definite). A noun followed by another noun may be a name ("Muster
    Antriebstechnik") and stays as it is.
    """
    tagged = morph.tag(sentence)
    if len(tagged) < 3 or tagged[0].pos != "NN":
        return sentence
    noun = tagged[0].word.replace("·", "")
    if tagged[0].lemma != tagged[0].word:
        # A plural subject ("Stadtwerke X nehmen …", a place name after it) takes "die" in every gender
        # (Duden grammar: the plural article), where the finite verb agrees in the plural and the
        # release itself writes "die" before this very form: the sender's own definite reading.
        return f"Die {sentence}" if _plural_subject(tagged, noun, source) else sentence
    if tagged[1].pos == "NN":
        return sentence
    # A noun the lexicon does not know takes the gender the release's own "das/eine/einen" shows, a cut
    # compound's too ("eine Bade- und Angelverbotszone", title_articles.with_suspended).
    gender = noun_gender(noun) or (body_gender(noun, with_suspended(source)) if source else None)
    return f"{gender.capitalize()} {sentence}" if gender in ("der", "die", "das") else sentence


def _plural_subject(tagged: Sequence[morph.Token], noun: str, source: str) -> bool:
    """The headline's first noun is a plural subject the release writes with "die" ("die Stadtwerke")."""
    finite = next((t for t in tagged[1:4] if t.pos.endswith("(FIN)")), None)
    if finite is None or not (finite.word.endswith("en") or finite.word in ("sind", "tun")):
        return False
    return re.search(rf"\b[Dd]ie {re.escape(noun)}(?![\wäöüß·\-])", source.replace("·", "")) is not None
