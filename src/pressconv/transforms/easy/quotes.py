"""A named speaker's key statement as "X sagt: <short core>.", the quote's one main clause that passes.

Press releases carry their position and many facts in quotations of a named person („…“, sagt die
Bürgermeisterin; the press convention of the attributed quote). Leichte Sprache reports what a
person said with "sagen" and a colon (Netzwerk Leichte Sprache, the frame "Frau X sagt: …"), in
short sentences. A whole quote rarely fits; its core may: the main clause, in the speaker's words
after the usual rewrite. The core is a quote's only when it says what the speaker said and no
more, so a quote is tried only where:

- its speaker is a named person the parser attributed (two or more capitalised name words); the
  frame says the name, with a role of the source before it only where the role is whole
  (``select.speaker_label``), so no gender is ever guessed;
- cutting it loses no condition, concession, contrast or complement clause ("wenn", "aber",
  "sondern", "dass", "ob"), and keeps every negation and hedge ("nicht", "nur", "auch", "rund");
- it holds no verb or word of thinking, hoping, wishing or saying ("Ich hoffe, …", "…, sagen die
  Planer"): its main clause would be a belief or another person's claim, stated as the speaker's;
- it is no pleasantry ("Wir freuen uns …", "Ich danke …"), question, or half of a statement that a
  later sentence of the same paragraph qualifies or turns round, by a contrast or restricting word
  anywhere in it ("Das ist gut. Aber …", "Das ist allerdings nur ein Wunsch.").

At most two quotes reach a summary, one per speaker, those with a figure first (a fact), then the
first words each speaker says (press quotes open with the speaker's main position).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from pressconv.transforms.easy.clauses import pieces, shorten, trim
from pressconv.transforms.easy.limits import HARD_LIMIT
from pressconv.transforms.easy.reported import indicative, reporting_speaker
from pressconv.transforms.easy.select import frame_speech, speaker_label
from pressconv.transforms.easy.shorten import condensed
from pressconv.transforms.easy.source import SourceSentence

__all__ = ["Quote", "person_name", "quotes"]

# At most this many quote lines in one summary (the brief's one or two; more reads as an interview).
QUOTES_MAX: Final = 2

# A person's name as the parser gives it: capitalised words, the first no article ("der Bürgerunion"
# is an organisation read as a name) and no lower-case word between them.
_PERSON: Final = re.compile(r"(?:[A-ZÄÖÜ][\w'\-]+\s){1,3}[A-ZÄÖÜ][\w'\-]+")
_NOT_NAME: Final = frozenset(["Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Herr", "Frau"])

# Subordinators and connectives whose clause qualifies the rest (Duden grammar: conditional,
# concessive, adversative, restrictive connectives and complement clauses). A quote holding one is
# taken only whole: its main clause alone could state a condition as a fact ("Der Markt öffnet im
# Mai, wenn das Wetter hält": the general convention of the conditional clause, whose main clause is
# true only under it), a half of a contrast ("…, aber die Heizung fehlt": the adversative "aber"
# restricts the clause before it), or a verb without what it governs.
_QUALIFIED: Final = re.compile(
    r"\b(?:wenn|falls|sofern|solange|soweit|bis|ob|dass|obwohl|obgleich|wenngleich|aber|sondern|doch|jedoch|"
    r"allerdings|zwar|trotzdem|dennoch|außer|ohne|statt|anstatt|nur|erst|sobald|bevor|ehe|damit|um|als|wie|"
    r"wer|was|wo|warum|weshalb|wieso|welche[rnms]?)\b",
    re.IGNORECASE,
)
# Negations, hedges and scope words (rubric, item 2: a dropped "nicht", "nur", "auch", "alle" is a
# wrong statement): each one the quote says must stand in the core too.
_SCOPE: Final = re.compile(
    r"\b(?:nicht|kein\w*|nie|niemals|nichts|niemand|nur|auch|alle\w*|jede[rnms]?|noch|schon|fast|rund|etwa|"
    r"ungefähr|knapp|mehr|weniger|kaum|oft|häufig|selten|meist\w*|viele\w*|manche\w*|einige\w*|wenige\w*|"
    r"vielleicht|möglicherweise|wahrscheinlich|vermutlich|bisher|bislang|teilweise|zeitweise)\b",
    re.IGNORECASE,
)
# Verbs and words of thinking, hoping, wishing, believing and saying (Duden grammar: verba sentiendi
# et dicendi, which frame what follows as a view or as another's words; the press convention of the
# attribution "…, sagen die Planer" / "so der Planer"). A quote holding one is never cut to a core:
# its main clause would state a hope, a belief or a second speaker's claim as the speaker's statement.
_BELIEF: Final = re.compile(
    r"\b(?:hoff\w*|glaub\w*|denke|denkst|denkt|denken|dachte\w*|meine(?=\s*,)|meinst|meint|meinen|meinte\w*|"
    r"gemeint|finde|findest|finden|findet|fand\w*|wünsch\w*|Wunsch\w*|erwart\w*|fürcht\w*|befürcht\w*|"
    r"vermut\w*|annehm\w*|nehme\w* an|schätz\w*|überzeugt|zuversichtlich|sicher|Meinung|Ansicht|Auffassung|"
    r"Eindruck|davon aus|sag\w*|gesagt|betont?\w*|erklär\w*|behaupt\w*|versicher\w*|bericht\w*|so der|so die|"
    r"zufolge|laut|Ziel|Traum|Plan)\b",
    re.IGNORECASE,
)
# Pleasantries and feelings (the press quote's courtesy, no fact): thanks, joy, pride, welcome.
_PLEASANTRY: Final = re.compile(
    r"\b(?:freu\w*|danke?\w*|bedank\w*|Dank\w*|gratulier\w*|Glückwunsch\w*|herzlich\w*|stolz\w*|begeistert|"
    r"willkommen|toll\w*|großartig\w*|schön\w*|wunderbar\w*|glücklich\w*|dankbar\w*)\b",
    re.IGNORECASE,
)
# A following sentence that opens with a contrast turns the one before round (Duden: adversative
# connectives); a quote sentence that opens with a connective points back to the one before it.
# Anywhere in a later sentence, a contrast or restricting word ("Das ist allerdings nur ein Wunsch",
# "So steht es jedenfalls im Entwurf") qualifies what came before (Duden: adversative and restrictive
# particles, Abtönung); then the statement before is not said alone either.
_QUALIFYING: Final = re.compile(
    r"\b(?:aber|doch|jedoch|allerdings|jedenfalls|zumindest|wenigstens|immerhin|trotzdem|dennoch|gleichwohl|"
    r"andererseits|freilich|zwar|nur|lediglich|erst|noch nicht|vorerst|vorläufig|bisher|bislang|eigentlich|"
    r"theoretisch|offiziell|angeblich|vielleicht|wohl)\b",
    re.IGNORECASE,
)
_CONTRAST: Final = re.compile(
    r"(?:Aber|Doch|Jedoch|Allerdings|Trotzdem|Dennoch|Gleichwohl|Andererseits|Nur|Jetzt|Nun|Endlich|Gleichzeitig|"
    r"Zugleich|Dabei)\b"
)
_POINTS_BACK: Final = re.compile(
    r"(?:Und|Aber|Doch|Deshalb|Deswegen|Daher|Darum|Dafür|Dabei|Damit|Dazu|Dadurch|Das|Dies|Diese\w*|Dann|So|Auch|"
    r"Trotzdem|Gleichzeitig|Zudem|Außerdem|Gerade|Genau|Hier|Dort|Jetzt|Nun|Es|Er|Sie|Ihr|Sein)\b"
)
# A main clause and one closing causal clause, no other comma in the cause ("…, weil der Bus fährt.").
_CAUSE: Final = re.compile(r"(?P<main>[^,]+), (?:weil|da) [^,;:–]+[.!]")
# Pronouns and pronominal adverbs that point at a clause or a thing said before (Duden: Verweiswörter).
_ANAPHORIC: Final = re.compile(r"\b(?:es|das|dies|dieses|dabei|damit|dafür|davon|darüber|daran|darauf|dazu|dort|hier)\b")
# A fact in a quote: a number (a figure, a date, an amount).
_FIGURE: Final = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Quote:
    """One quote line: where its sentence stands in the release, and the framed statement."""

    index: int
    text: str
    speaker: str


def person_name(speaker: str | None) -> bool:
    """The parser's speaker is a named person: two to four capitalised name words, no article."""
    if not speaker or not _PERSON.fullmatch(speaker):
        return False
    return speaker.split()[0] not in _NOT_NAME


def _label(speaker: str, role: str | None) -> str:
    """The frame's subject: the role of the source before the name where it is whole, else the name.

    A nominalised adjective or participle as role ("Vorsitzende", "Beauftragte", "Abgeordnete")
    takes its gender from the article the source put before it, which the frame leaves out:
    "Vorsitzende Hans Beispiel" would be wrong German, so the name stands alone.
    """
    label = speaker_label(speaker, role)
    if label != speaker and re.search(r"(?:nde|te|ene)\b", label.split()[-len(speaker.split()) - 1]):
        return speaker
    return label


def _statement(sentence: SourceSentence, sentences: Sequence[SourceSentence], index: int) -> bool:
    """The sentence may be said alone: no pleasantry, no question, nothing the next sentence reverses."""
    text = sentence.text.strip()
    if not text or not text[:1].isupper() or text.endswith("?") or _PLEASANTRY.search(text):
        return False
    if _POINTS_BACK.match(text):
        return False
    # The later sentences of the paragraph, past the frame's tail (", sagt X."): a turn opening the
    # next ("Aber …", "Jetzt muss …") makes this one the polite half of a criticism, said alone the
    # opposite; a contrast, restricting word or belief anywhere in a later one qualifies it as well.
    later = [
        s.text.strip()
        for s in sentences[index + 1 :]
        if s.paragraph == sentence.paragraph and not re.match(r"\s*(?:[,–-]|[a-zäöü])", s.text)
    ]
    if later and _CONTRAST.match(later[0]):
        return False
    return not any(_QUALIFYING.search(text) or _BELIEF.search(text) for text in later)


def _words(text: str) -> list[str]:
    """The text's words in lower case, without Mediopunkts."""
    return re.findall(r"[\wäöüÄÖÜß]+", text.replace("·", "").lower())


def _keeps_scope(source: str, body: str) -> bool:
    """Every negation, hedge and scope word of the quote stands in its core as often."""
    kept = _words(body)
    return all(kept.count(word) >= count for word, count in _counts(source).items())


def _counts(text: str) -> dict[str, int]:
    """How often each scope word occurs in the text."""
    found: dict[str, int] = {}
    for match in _SCOPE.finditer(text):
        word = match.group(0).lower()
        found[word] = found.get(word, 0) + 1
    return found


def _cores(text: str, rewrite: Callable[[str], str], room: int) -> list[str]:
    """The quote's main clauses after the rewrite, each cut to ``room`` words where that is safe."""
    if _BELIEF.search(text):
        return []  # a hope, a belief or a second speaker's words: never the speaker's statement
    if not text.rstrip().endswith((".", "!", "?", "…")):
        # „Wir …“, sagt X.: the quote's sentence ends at its closing mark, the frame took its full stop.
        text = text.rstrip(" ,;–-") + "."
    out: list[str] = []
    for whole in _without_cause(text):
        out += _main_clauses(whole, rewrite, room)
    return out


def _without_cause(text: str) -> list[str]:
    """The quote, then its main clause without a closing "weil"/"da" clause where it has one.

    A causal clause gives the reason of the statement (Duden grammar: Kausalsatz); without it the
    statement stays what the speaker said, with less detail (omission, never a changed claim).
    """
    found = _CAUSE.fullmatch(text.strip())
    return [text] if found is None else [text, found["main"] + "."]


def _main_clauses(text: str, rewrite: Callable[[str], str], room: int) -> list[str]:
    """The quote's main clauses, shortened and rewritten, that keep its qualifiers and scope words."""
    cut = pieces(condensed(text))
    out: list[str] = []
    for piece in cut:
        body = shorten(trim(rewrite(piece)), room)
        # A qualifying clause of the quote that the core does not keep (its connective gone): the
        # main clause alone may state a condition as a fact, half a contrast or a verb without object.
        qualifiers = {m.group(0).lower() for m in _QUALIFIED.finditer(text)}
        if qualifiers - set(_words(body)):
            continue
        if not _keeps_scope(text, body):
            continue
        if _ANAPHORIC.search(body) and not _ANAPHORIC.search(text.split(",")[0]):
            continue  # "es"/"das" of a cut clause points at nothing ("Wir konnten es kaum glauben")
        if len(body.split()) <= room and body.endswith((".", "!")):
            out.append(body)
    return out


def quotes(
    sentences: Sequence[SourceSentence],
    rewrite: Callable[[str], str],
    failures: Callable[[str], list[object]],
    said: Callable[[str], bool],
    *,
    taken: Sequence[str] = (),
) -> list[Quote]:
    """At most two verified quote lines of named speakers, a figure's first, in source order.

    ``rewrite`` is the summary's rewrite of a source piece, ``failures`` every check of the verifier
    for a framed line (rules, structure, fact guard), ``said`` true for a line the summary says
    already, and ``taken`` the speakers framed already.
    """
    found: list[Quote] = []
    for index, sentence in enumerate(sentences):
        speaker, role, text = sentence.speaker, sentence.role, sentence.text
        if not sentence.speech:
            # Konjunktiv I after one named speaker in the paragraph (reported.py): the indicative,
            # but only inside the frame, where it stays the speaker's view.
            reported = reporting_speaker(sentences, index)
            plain = indicative(text) if reported is not None and not sentence.heading else None
            if reported is None or plain is None:
                continue
            (speaker, role), text = reported, plain
        if sentence.heading or not person_name(speaker) or not _statement(sentence, sentences, index):
            continue
        assert speaker is not None
        label = _label(speaker, role)
        for body in _cores(text, rewrite, HARD_LIMIT - len(speaker.split()) - 1):
            if len(label.split()) + 1 + len(body.split()) > HARD_LIMIT:
                label = speaker  # the role goes before the statement does
            line = frame_speech(label, body)
            if len(line.split()) > HARD_LIMIT or said(line) or failures(line):
                continue
            found.append(Quote(index, line, speaker))
            break
    return _chosen(found, taken)


def _chosen(found: list[Quote], taken: Sequence[str]) -> list[Quote]:
    """One quote per speaker, a figure's before the others, each speaker's first; at most two."""
    # ``taken`` holds frame labels ("Bürgermeisterin Anna Beispiel"), a quote's speaker is the bare
    # name: a label that is the name or ends with it frames the same person.
    seen = set(taken)
    ordered = sorted(found, key=lambda q: (not _FIGURE.search(q.text), q.index))
    chosen: list[Quote] = []
    for quote in ordered:
        framed = any(label == quote.speaker or label.endswith(" " + quote.speaker) for label in seen)
        if framed or len(chosen) + len(taken) >= QUOTES_MAX:
            continue
        seen.add(quote.speaker)
        chosen.append(quote)
    return sorted(chosen, key=lambda q: q.index)
