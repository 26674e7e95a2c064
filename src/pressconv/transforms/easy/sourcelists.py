"""A body bullet list of key facts as a Leichte-Sprache list: a plain intro line, then one item a line.

Press releases set their key facts apart in a list under a noun-phrase intro ("Die Änderungen auf
einen Blick:", "Die Bilanz im Überblick:", "Die wichtigsten Ergebnisse:"; German press convention of
the overview list). The summariser read each item as a heading and left it out. Leichte Sprache
writes such facts as a list, one item a line, under an intro that is a sentence of its own
(Netzwerk Leichte Sprache, rule "Aufzählungen"): "Es gibt drei Änderungen:". Each item gets the
rewrite every source sentence gets and the item checks; an item may be cut at a clause boundary only
where the kept part is a whole statement of its own. A list stands whole when every item passes;
otherwise the intro says how many there are and that the lines are examples ("Es gibt sieben
Änderungen." and "Zum Beispiel:"), so that a part is never read as the whole (issue: "Lists kept
whole or summarised with their count"). Lists another module says already
(programme.py, schedules.py, advice.py, winners.py, looks.py) are left to it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from pressconv.model import BulletList, Heading, OrderedList, Paragraph, Release
from pressconv.transforms.easy import morph
from pressconv.transforms.easy.draft import Draft
from pressconv.transforms.easy.labelitems import label_item, label_sentence, price_intro, price_list
from pressconv.transforms.easy.source import SourceSentence
from pressconv.transforms.easy.templates import Line

__all__ = [
    "Announced",
    "Overview",
    "SourceList",
    "announced",
    "announced_list",
    "overview",
    "overview_lines",
    "safe_heads",
    "source_lists",
    "split_name",
    "spoken_list",
]

# A list of one item is no list (Netzwerk Leichte Sprache: a list sets like facts apart).
_KEPT_MIN: Final = 2
# At most five item lines: a summary of 12 to 20 sentences (issue 16 brief) has room for the list
# and for the news around it; a longer list is said with its count and at most five examples.
_KEPT_MAX: Final = 5
# The overview intro: an article, an optional ranking adjective, one noun (plural or singular), an
# optional "im Überblick"/"auf einen Blick" and an optional bracket of its date ("(März 2026)").
_OVERVIEW: Final = re.compile(
    r"^(?:(?P<article>Die|Das|Der)\s+)?"
    r"(?:(?P<adjective>wichtigsten|wesentlichen|zentralen|wichtigen|weiteren|Weitere|Wichtige)\s+)?"
    r"(?P<noun>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)"
    r"(?:\s+(?:im\s+Überblick|auf\s+einen\s+Blick|in\s+Kürze|kurz\s+gefasst|im\s+Einzelnen))?"
    r"(?:\s*\([^()]{1,40}\))?\s*:$"
)
# A notice frame over a list of points the reader should know ("Bitte beachten Sie:", "Wichtig:";
# German notice convention): its items are notes, said as "Es gibt drei Hinweise:".
_NOTICE: Final = re.compile(r"^(?:Bitte\s+)?(?:beachten\s+Sie|Wichtig|Achtung)(?:\s+bitte)?\s*:$", re.I)
# Nouns that name no facts of their own: a list under them is a programme, times or a contact
# (programme.py, schedules.py, contact.py say those), or the sender's advice (advice.py).
_NOT_FACTS: Final = frozenset(
    {
        "Programm",
        "Termine",
        "Öffnungszeiten",
        "Zeiten",
        "Kontakt",
        "Ansprechpartner",
        "Ansprechpartnerin",
        "Tipps",
        "Links",
        "Anfahrt",
        "Ablauf",
    }
)
# A clause boundary inside an item: a comma, a semicolon, a dash or a colon outside brackets/quotes.
_BOUNDARY: Final = re.compile(r",\s|;\s|\s[–—-]\s|:\s")
# A part after the boundary that opens with one of these words qualifies or restricts what came
# before (a relative or subordinate clause, a concession, an exception): the part before is not
# whole without it ("Kinder dürfen mit, aber nur …"). German grammar: subordinating conjunctions,
# relative pronouns, adversative and restrictive adverbs.
_BOUND_OPENERS: Final = frozenset(
    {
        "der", "die", "das", "dem", "den", "deren", "dessen", "welche", "welcher", "welches", "dass",
        "weil", "wenn", "ob", "sofern", "falls", "da", "damit", "um", "wo", "was", "wie", "als",
        "obwohl", "bevor", "nachdem", "bis", "während", "aber", "jedoch", "doch", "allerdings",
        "sondern", "außer", "ausgenommen", "nur", "sonst", "ansonsten", "soweit", "solange", "zumindest",
        "wobei", "wodurch", "womit", "weshalb", "weswegen", "sodass", "indem", "ohne", "statt", "anstatt",
    }
)  # fmt: skip
# Words anywhere in the part after the boundary that restrict the part before ("…, sie gelten
# jedoch nur …"): then the cut is never made.
_RESTRICTING: Final = re.compile(
    r"\b(?:aber|jedoch|allerdings|nur|außer|ausgenommen|nicht|kein\w*|sofern|falls|wenn|bzw|ohne|exkl\w*|"
    r"zzgl|mindestens|höchstens|maximal|max|mind|lediglich|bis|ab)\b",
    re.I,
)
# A part that adds a subset or an example to a noun phrase: "…, davon 1 Sattelzug", "…, darunter 9 Lkw".
_ADDITION: Final = re.compile(r"^(?:davon|darunter|u\.\s?a\.|unter anderem|z\.\s?B\.|zum Beispiel|etwa|insbesondere)\b")
# An item that opens with "davon"/"darunter" counts a part of the item before it: alone, or after
# an item left out, it says a part as a whole ("davon im Rechtskreis SGB III: 4.912").
_LEANING: Final = re.compile(r"^(?:davon|darunter|dabei|außerdem|zudem|ebenso)\b", re.I)
# A bracket the rewrite leaves out; one with a restriction ("Unterbeschäftigung (ohne Kurzarbeit):
# 16.102") changes what the item says without it, so the item is not said at all.
_BRACKET: Final = re.compile(r"\(([^()]*)\)")
# A finite verb (STTS): the mark of a clause of its own.
_FINITE: Final = re.compile(r"^V[AVM]\(FIN\)$")
_KEY_FACT: Final = re.compile(r"\d")
# An item that opens with a count of things ("412 Brandeinsätze", "rund 300 Gäste"), not a time.
_COUNTED: Final = re.compile(r"^\W*(?:rund |etwa |ca\. |über |mehr als )?\d[\d.]*\s+(?:\w+\s+)?(?P<noun>[A-ZÄÖÜ][\w-]*)")


_COUNT_WORDS: Final = dict(
    zip(
        range(2, 13),
        ("zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"),
        strict=True,
    )
)
# A ranking adjective after the definite article (weak form) and after a number (strong form).
_STRONG: Final = {"wichtigsten": "wichtige", "wesentlichen": "wesentliche", "zentralen": "zentrale",
                  "wichtigen": "wichtige", "weiteren": "weitere", "weitere": "weitere", "wichtige": "wichtige"}  # fmt: skip
_INDEFINITE_ACC: Final = {"die": "eine", "das": "ein", "der": "einen"}


@dataclass(frozen=True, slots=True)
class SourceList:
    """A list block of the body: its intro sentence, the index of that sentence, and the items as written."""

    intro: str
    at: int
    items: tuple[str, ...]
    item_at: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Overview:
    """An overview intro read: the noun phrase as the reader gets it, and whether the noun is plural."""

    phrase: str  # "die wichtigsten Ergebnisse"
    noun: str  # "Ergebnisse"
    plural: bool


@dataclass(frozen=True, slots=True)
class Announced:
    """A clause intro that announces the list below it: as the release says it, and as examples.

    ``whole`` says the list with every item ("Ab 1. April gelten diese Preise:"); ``examples`` says
    that the lines are some of them ("Ab 1. April gelten zum Beispiel diese Preise:"), the form for a
    list the release gives only in part ("u. a.") or the summary gives only in part.
    """

    whole: str | None  # None when the release's own list is partial ("u. a."): never said as whole
    examples: str | None  # None when the intro restricts its list ("nur folgende"): whole or nothing


# German announces a list with the determiner "folgend-" before the noun the items are ("Ab 1. April
# gelten folgende Preise:", "Polizei und Landkreis geben folgende Hinweise:"; Duden grammar:
# "folgend" points forward, kataphorisch), or with "u. a."/"unter anderem" before the colon ("Zu den
# Spielgeräten gehören u. a.:"), the items then being some of many. Said plainly, "folgende" is
# "diese", which points at the lines right below, and "u. a." is "zum Beispiel".
_FOLLOWING: Final = re.compile(r"\b([Ff])olgende([nrs]?)(?=\s+[A-ZÄÖÜ])")
_SOME_OF: Final = re.compile(r"\s*\b(?:u\.\s?a\.|unter anderem|insbesondere|beispielsweise|zum Beispiel|z\.\s?B\.)(?=\s|:)")
# Words that make an intro's list exhaustive or its complement meaningful (Duden grammar: Gradpartikeln,
# Negation, Allquantoren): "nur folgende", "keine der", "nicht".
_EXHAUSTIVE: Final = re.compile(
    r"\b(?:nur|ausschließlich|lediglich|kein\w*|alle\w*|sämtliche\w*|nicht|nichts|außer|ausgenommen)\b", re.I
)
# An article, a quantifier or a negation right before "folgend-" ("die folgenden", "alle folgenden",
# "keine der folgenden"): "folgend" is an adjective there, and "diese" cannot replace it.
_DETERMINER_BEFORE: Final = re.compile(
    r"\b(?:der|die|das|den|dem|des|alle\w*|kein\w*|jede\w*|sämtliche\w*|beide\w*|einige\w*|mehrere\w*)\s+$", re.I
)
_PHRASE_OF_FOLLOWING: Final = re.compile(
    r"(?:\b(?:an|in|auf|für|mit|zu|bei|von|aus|nach|über|unter|vor|zwischen|gegen|durch|ohne|um)\s+)?\b[Ff]olgende"
)
# Intro clauses whose list another module says (a programme, times, a contact: programme.py,
# schedules.py, contact.py), by the noun after "folgende".
_ANNOUNCED_NOUN: Final = re.compile(r"\b[Ff]olgende[nrs]?\s+(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)")


def announced(intro: str) -> Announced | None:
    """The intro said plainly when it is a clause that announces its list ("folgende …:", "… u. a.:"), else None.

    The intro must be one main clause (a finite verb, no second clause after a comma, no question)
    that ends with its colon; every other check is the verifier's, on the line as the summary says it.
    """
    text = intro.strip()
    # A comma before a date's day ("ab Dienstag, 20. Januar") is the date's own, no clause boundary.
    if not text.endswith(":") or "?" in text or "," in re.sub(r",\s+(?=\d)", " ", text) or not _finite(text[:-1]):
        return None
    following = _FOLLOWING.search(text)
    if following is not None and _DETERMINER_BEFORE.search(text[: following.start()]):
        return None  # "die folgenden Straßen", "alle folgenden Kurse": "diese" cannot take its place
    some = _SOME_OF.search(text)
    if following is None and (some is None or not re.fullmatch(r"\s*:", text[some.end() :])):
        return None  # neither "folgende …" nor a closing "u. a.:": an intro of another kind
    plain = _SOME_OF.sub("", text) if some is not None else text
    # The first word lower-cased, so that only its place does not make it a noun ("Betroffen sind …").
    if not any(t.pos in ("NN", "NE") for t in morph.tag(plain[:1].lower() + plain[1:-1])):
        return None  # "Betroffen sind u. a.:" names nothing: it points at a sentence before it
    noun = _ANNOUNCED_NOUN.search(text)
    if noun is not None and noun["noun"] in _NOT_FACTS:
        return None
    if following is not None:

        def these(match: re.Match[str]) -> str:
            """ "folgende"/"folgenden"/"folgender"/"folgendes" as the same case of "diese"."""
            return ("D" if match[1] == "F" else "d") + "iese" + match[2]

        whole = _FOLLOWING.sub(these, plain, count=1)
        # "zum Beispiel" goes before the phrase of "diese", its preposition included ("an zum
        # Beispiel diesen Orten" would split the prepositional phrase).
        found = _PHRASE_OF_FOLLOWING.search(plain)
        assert found is not None
        start = found.start()
        examples = whole[:start] + ("Zum Beispiel " if start == 0 else "zum Beispiel ") + whole[start:]
        examples = examples.replace("Zum Beispiel Diese", "Zum Beispiel diese")
    else:
        whole = plain
        examples = plain[:-1].rstrip() + " zum Beispiel:"
    # "Die Stadt zahlt nur für folgende Schäden:": a list the intro restricts (nur, kein, alle, nicht)
    # is exhaustive; some of its items as examples would read as the whole, the rest as excluded.
    restricted = _EXHAUSTIVE.search(plain) is not None
    return Announced(whole=None if some is not None else whole, examples=None if restricted else examples)


def _plural(noun: str) -> bool:
    """The noun is a plural form: HanTa reads a plural suffix onto its lemma ("Änderungen" → "änderung")."""
    found = morph.analysis(noun)
    return found is not None and found[0] != noun.lower()


def _counts_the_noun(items: Sequence[str], noun: str) -> bool:
    """An item counts things of the intro's noun: "412 Brandeinsätze" under "Die Einsätze …:"."""
    stem = noun.lower()[: max(4, len(noun) - 2)]
    return any((m := _COUNTED.match(item)) is not None and stem in m["noun"].lower() for item in items)


def overview(intro: str) -> Overview | None:
    """The noun phrase of an overview intro ("Die Änderungen auf einen Blick:"), or None for any other intro."""
    if _NOTICE.match(intro.strip()):
        return Overview(phrase="Hinweise", noun="Hinweise", plural=True)
    match = _OVERVIEW.match(intro.strip())
    if match is None or match["noun"] in _NOT_FACTS:
        return None
    noun = match["noun"]
    article = match["article"]
    plural = _plural(noun) and article in (None, "Die")
    if article is None and not plural:
        return None  # "Bilanz:" without an article: a label, not a noun phrase to say again
    adjective = (match["adjective"] or "").lower()
    if article is None:
        phrase = f"{adjective} {noun}".strip()
    else:
        phrase = " ".join(p for p in (article.lower(), adjective, noun) if p)
    return Overview(phrase=phrase, noun=noun, plural=plural)


def source_lists(release: Release, sentences: Sequence[SourceSentence]) -> list[SourceList]:
    """Every bullet or numbered list of the body whose block follows a sentence ending with a colon or a subheading."""
    out: list[SourceList] = []
    for number, block in enumerate(release.body):
        if not isinstance(block, (BulletList, OrderedList)) or number == 0:
            continue
        item_at = tuple(i for i, s in enumerate(sentences) if s.paragraph == number and s.heading)
        before = [i for i, s in enumerate(sentences) if s.paragraph == number - 1]
        if not item_at or not before:
            continue
        intro = sentences[before[-1]]
        text = intro.text.strip()
        if isinstance(release.body[number - 1], Heading) and not text.endswith(":"):
            text += ":"  # a subheading over the list is its intro ("Die Zahlen im Überblick")
        if intro.speech or not text.endswith(":"):
            continue
        items = tuple(sentences[i].text for i in item_at)
        out.append(SourceList(intro=text, at=before[-1], items=items, item_at=item_at))
    out.extend(_unmarked_lists(release, sentences))
    return sorted(out, key=lambda found: found.at)


# An item line of a list set without bullets: one short line, no sentence end of its own.
_UNMARKED_ITEM_MAX: Final = 100
_SENTENCE_END: Final = re.compile(r"[.!?…]\W*$")


# A row of a table set with spaces ("Wohngeld  4.120  3.987  4.305"): two figures with nothing but a
# unit between them; the columns' heads are lost once the spaces are collapsed.
_TABLE_ROW: Final = re.compile(r"\d[\d.,]*\s*[%€]?\s+[-+]?\d")
# An item says something only with a word of its own; a bare figure ("3,5 %") is a table's cell.
_WORDED: Final = re.compile(r"[A-Za-zÄÖÜäöüß]{3}")


def _unmarked_item(block: object, sentences: Sequence[SourceSentence], number: int) -> int | None:
    """The sentence index of a paragraph that is one unpunctuated short line, else None."""
    if not isinstance(block, Paragraph):
        return None
    found = [i for i, s in enumerate(sentences) if s.paragraph == number]
    if len(found) != 1:
        return None
    sentence = sentences[found[0]]
    text = sentence.text.strip()
    if sentence.speech or len(text) > _UNMARKED_ITEM_MAX or text.endswith(":") or _SENTENCE_END.search(text):
        return None
    return found[0]


def _open_line(block: object, sentences: Sequence[SourceSentence], number: int) -> bool:
    """A paragraph whose text neither ends a sentence nor opens a list: an item line too long to read as one."""
    found = [s.text.strip() for s in sentences if s.paragraph == number]
    if not isinstance(block, Paragraph) or not found:
        return False
    return not _SENTENCE_END.search(found[-1]) and not found[-1].endswith(":")


def _unmarked_lists(release: Release, sentences: Sequence[SourceSentence]) -> list[SourceList]:
    """Lists set without bullets: short lines, each a paragraph, under a paragraph that ends with a colon.

    Notices set prices, hours and places one a line under an intro ("Eintrittspreise:" over
    "Erwachsene 5 Euro"; German notice convention), often without a bullet. The run is a list only
    where its end is plain: the block after it is no such line (a sentence, a heading, the end), so a
    list is never read as cut short.
    """
    out: list[SourceList] = []
    body = release.body
    for number, block in enumerate(body):
        if not isinstance(block, Paragraph):
            continue
        before = [i for i, s in enumerate(sentences) if s.paragraph == number]
        if not before or sentences[before[-1]].speech or not sentences[before[-1]].text.rstrip().endswith(":"):
            continue
        item_at: list[int] = []
        probe = number + 1
        while probe < len(body) and (index := _unmarked_item(body[probe], sentences, probe)) is not None:
            item_at.append(index)
            probe += 1
        if len(item_at) < _KEPT_MIN or (probe < len(body) and _open_line(body[probe], sentences, probe)):
            continue  # a longer line without an end after the items may be one more item
        if any(_TABLE_ROW.search(sentences[i].text) or not _WORDED.search(sentences[i].text) for i in item_at):
            # A table set with spaces: its columns are lost (the parser may split its cells into lines
            # of their own, "4.120"), and a row's or a cell's figures say nothing alone.
            continue
        text = sentences[before[-1]].text.strip()
        items = tuple(sentences[i].text for i in item_at)
        out.append(SourceList(intro=text, at=before[-1], items=items, item_at=tuple(item_at)))
    return out


def _finite(text: str) -> bool:
    """The text has a finite verb."""
    return any(_FINITE.match(t.pos) for t in morph.tag(text))


def _top_boundaries(text: str) -> list[re.Match[str]]:
    """The clause boundaries of an item outside brackets and quotation marks."""
    found: list[re.Match[str]] = []
    for match in _BOUNDARY.finditer(text):
        before = text[: match.start()]
        if before.count("(") > before.count(")") or before.count("„") > before.count("“"):
            continue
        found.append(match)
    return found


_ARTICLES: Final = frozenset({"der", "die", "das", "dem", "den"})
_SUBORDINATE_TAGS: Final = frozenset({"KOUS", "KOUI", "PRELS", "PRELAT", "PWAV", "PWS", "PWAT"})


def _clause_opener(text: str, at: int) -> bool:
    """The word at ``at`` opens a subordinate or relative clause (STTS KOUS, KOUI, PRELS, PRELAT, PWAV …)."""
    spans = morph.token_spans(text)
    tagged = morph.tag(text)
    if len(spans) != len(tagged):
        return True  # cannot tell: no cut (omission over error)
    return any(start == at and token.pos in _SUBORDINATE_TAGS for (start, _), token in zip(spans, tagged, strict=True))


def _article(text: str, at: int) -> bool:
    """The word at ``at`` is tagged as an article in its item (STTS ART), not a relative pronoun."""
    spans = morph.token_spans(text)
    tagged = morph.tag(text)
    if len(spans) != len(tagged):
        return False
    return any(start == at and token.pos == "ART" for (start, _), token in zip(spans, tagged, strict=True))


def split_name(styled: str) -> bool:
    """A family name split like a compound ("Peter Schaum·löffel"): a word split after a given name.

    German names put the given name first; HanTa knows given names (NE), but a rare family name in a
    list line with no sentence around it ("Schriftführer: Peter Schaumlöffel") is read as a noun and
    split at its "parts". A name is never split (Netzwerk Leichte Sprache: names stay as they are),
    so such an item is left out.
    """
    tagged = [t for t in morph.tag(styled.replace("·", "")) if t.word != "·"]
    words = styled.split()
    if len(tagged) < 2:
        return False
    split = {w.strip(".,;:!?()„“").replace("·", "") for w in words if "·" in w}
    return any(
        before.pos == "NE" and token.word in split and token.word[:1].isupper()
        for before, token in itertools.pairwise(tagged)
    )


def safe_heads(item: str) -> list[str]:
    """The item's first parts that say a whole, true statement without the rest, longest first.

    A cut is made at a clause boundary only where the part after it is a statement of its own (a
    finite verb: "…, Spitzenreiter war ein Fahrer mit 123 km/h") or, after a noun phrase, a subset
    ("…, davon 1 Sattelzug"). Never before a zu-infinitive the verb before it needs ("Nur 16 Prozent
    planen, ihre Belegschaft aufzustocken"), a relative or subordinate clause, an ellipsis that
    shares the verb ("29 Prozent … als gut, 22 Prozent als schlecht") or a restriction ("aber nur …"):
    there the part before is not whole, and the item stands whole or not at all (omission over error).
    """
    text = item.strip().rstrip(".;,")
    bounds = _top_boundaries(text)
    heads: list[str] = []
    for index, bound in enumerate(bounds):
        head = text[: bound.start()].strip()
        end = bounds[index + 1].start() if index + 1 < len(bounds) else len(text)
        part = text[bound.end() : end].strip()
        if not head or not part:
            break
        first = part.split()[0].lower().strip('„“"(')
        if _clause_opener(text, bound.end()):
            break  # "…, wobei …", "…, sodass …": a subordinate clause (tagged so in its item)
        if first in _ARTICLES and _article(text, bound.end()):
            first = ""  # "…, der schnellste Fahrer hatte …": an article opens a main clause, no relative
        head_clause = _finite(head)
        if bound.group(0).strip() == ":" and not head_clause:
            # "Linie 4: Verdichtung …": the part before the colon is a label, the fact is after it.
            continue
        if first in _BOUND_OPENERS or _RESTRICTING.search(text[bound.end() :]):
            break  # the rest qualifies what came before: no cut here nor later
        if _finite(part) or (not head_clause and _ADDITION.match(part)):
            heads.append(head)
            continue
        break  # an ellipsis or an infinitive the part before needs: not whole without it
    return heads[::-1]


def _said_items(found: SourceList, said: Callable[[str], str | None]) -> list[tuple[int, str]]:
    """The items the summary can say, with their places in the list.

    Each item as written, or its first whole part (safe_heads), or as a sentence where it is a label
    and its value (labelitems.py); an item that leans on the one before it ("davon …") or restricts
    itself in a bracket is left out.
    """
    kept: list[tuple[int, str]] = []
    for index, item in enumerate(found.items):
        if _LEANING.match(item.strip()) or any(_RESTRICTING.search(b) for b in _BRACKET.findall(item)):
            continue
        for form in (item, *safe_heads(item)):
            labelled = label_item(form)
            if labelled is not None:
                # "Erwachsene: 4,50 Euro" is a fragment: a sentence where the relation is plain, else
                # left out (labelitems.py).
                sentence = label_sentence(*labelled, found.intro)
                if sentence is None:
                    continue
                form = sentence
            text = said(form)
            if text is not None:
                kept.append((index, text))
                break
    return kept


def announced_list(
    found: SourceList, intro: Announced, said: Callable[[str], str | None], room: int
) -> tuple[str, tuple[str, ...]] | None:
    """The intro line and the items of a list a clause announces ("Ab 1. April gelten folgende Preise:").

    The list stands whole under the intro as the release says it ("… gelten diese Preise:"); where
    the release gives some items only ("u. a.") or the summary can say only some of them, it stands
    under the intro's example form ("… gelten zum Beispiel diese Preise:"), the items with numbers
    first, so a part is never read as the whole (issue 16: lists kept whole or said as examples). The
    intro passes the same checks as an item (``said``); one item left is no list.
    """
    kept = _said_items(found, said)
    limit = min(room, _KEPT_MAX)
    whole = len(kept) == len(found.items) and len(kept) <= limit and intro.whole is not None
    if len(kept) > limit:
        ranked = sorted(kept, key=lambda pair: (not _KEY_FACT.search(pair[1]), pair[0]))[:limit]
        kept = sorted(ranked)
    if len(kept) < _KEPT_MIN:
        return None
    form = intro.whole if whole and intro.whole is not None else intro.examples
    if form is None:
        return None  # a restricted list the summary cannot say whole
    line = said(form)
    if line is None or not line.endswith(":"):
        return None
    return line, tuple(text for _, text in kept)


def spoken_list(
    found: SourceList,
    said: Callable[[str], str | None],
    room: int,
) -> tuple[str, tuple[str, ...]] | None:
    """The intro line and the items of an overview list, or None when it cannot be said.

    An intro that ends with a full stop counts the list; "Zum Beispiel:" follows it (overview_lines).

    ``said`` gives an item's form as the summary says it when it passes every check, else None. One
    item left is no list, and is not said alone either: under its intro ("Die Neuerungen ab Juli:")
    it was news, alone it would read as the state of things now. A
    list with every item said stands whole ("Das sind die Änderungen:"); a list with some of them,
    or more than ``room`` allows, says its count and gives examples ("Es gibt 7 Änderungen. Zum
    Beispiel:"), the items with numbers first (they carry the key facts), in source order.
    """
    phrase = overview(found.intro)
    if phrase is None:
        return None
    kept = _said_items(found, said)
    limit = min(room, _KEPT_MAX)
    whole = len(kept) == len(found.items) and len(kept) <= limit
    if len(kept) > limit:
        ranked = sorted(kept, key=lambda pair: (not _KEY_FACT.search(pair[1]), pair[0]))[:limit]
        kept = sorted(ranked)
    if len(kept) < _KEPT_MIN:
        return None
    items = tuple(text for _, text in kept)
    # The count as a word, as programme.py writes it: the fact guard reads digits as facts of the
    # source, and the count is the list's, not a number the release wrote.
    count = _COUNT_WORDS.get(len(found.items), "viele")
    end = ":" if whole else "."
    if phrase.plural and _counts_the_noun(found.items, phrase.noun):
        # "412 Brandeinsätze", "346 Fehlalarme" under "Die Einsätze im Überblick:": each line counts
        # many of the intro's things, so "Es gibt drei Einsätze" would be false. The lines are
        # counted as points about them, the noun in the dative plural (-n unless it ends in -n or -s).
        dative = phrase.noun if phrase.noun.endswith(("n", "s")) else phrase.noun + "n"
        if count == "viele":
            return None
        return f"Zu den {dative} gibt es {count} Punkte{end}", items
    if phrase.plural:
        # "Es gibt fünf wichtige Ergebnisse.": the adjective in its strong form after a number.
        adjective = phrase.phrase.split()[-2] if len(phrase.phrase.split()) > 1 else ""
        strong = _STRONG.get(adjective, "")
        adjective_part = f"{strong} " if strong else ""
        return f"Es gibt {count} {adjective_part}{phrase.noun}{end}", items
    # A singular noun ("die Bilanz") is not counted: its points are ("Es gibt eine Bilanz mit sieben
    # Punkten."), introduced with the indefinite article of its gender (accusative after "es gibt").
    article = _INDEFINITE_ACC.get(phrase.phrase.split()[0], "")
    if not article or count == "viele":
        return None
    return f"Es gibt {article} {phrase.noun} mit {count} Punkten{end}", items


# Words of an item as compared with another module's list items: letters and digits, lower case.
_WORD: Final = re.compile(r"[\wäöüß]{3,}|\d+")
# Another module's list says an item when it shares most of the item's words (three in five).
_CLAIM_SHARE: Final = 0.6
# The piece number of a list's group: a rescue's group is its sentence's index × 1000 + its piece
# (pipeline._rescued), and the intro sentence of a list is never a rescued candidate's piece 999.
_GROUP_PIECE: Final = 999


def _claimed(found: SourceList, draft: Draft, before: Sequence[Line]) -> bool:
    """Another module says this list already (programme.py, schedules.py, winners.py, looks.py,
    advice.py, outcomes.py): a list said twice is padding, and two forms of it may disagree."""
    facts = draft.facts
    if facts is not None:
        if facts.programme is not None and set(facts.programme.lines) & {found.at, *found.item_at}:
            return True
        sources = {s for s, _ in (*facts.advice, *facts.fees, *facts.outcomes)}
        if any(item in sources for item in found.items):
            return True
    said = [set(_WORD.findall(item.lower())) for line in before for item in line.items]
    for item in found.items:
        words = set(_WORD.findall(item.lower()))
        if words and any(other and len(words & other) >= _CLAIM_SHARE * len(other) for other in said):
            return True
    return False


def _priced(intro: str) -> Announced | None:
    """A sentence about a price list over it ("Die Eintrittspreise bleiben stabil:") as "Es gibt diese Eintrittspreise:".

    "diese" points at the lines below, as announced() says "folgende" (a definite noun alone would point at nothing the
    summary said). The items are said as prices only under a price intro (labelitems.label_sentence);
    a list the summary gives in part is said as examples ("Es gibt zum Beispiel diese Eintrittspreise:").
    """
    noun = price_intro(intro)
    if noun is None:
        return None
    return Announced(whole=f"Es gibt diese {noun}:", examples=f"Es gibt zum Beispiel diese {noun}:")


def overview_lines(
    draft: Draft, said: Callable[[str], str | None], room: int, before: Sequence[Line]
) -> list[tuple[int, Line]]:
    """The overview lists of the body as (index of the intro sentence, intro line with its items).

    ``said`` gives an item's summary form when it passes every check (pipeline._item_said); ``room``
    is how many lines the summary has left beside its source sentences. The line stands where the
    intro stands in the source, so the compose step orders it with the source sentences.
    """
    out: list[tuple[int, Line]] = []
    left = max(room, _KEPT_MIN + 1)
    for found in source_lists(draft.release, draft.sentences):
        if left < _KEPT_MIN + 1 or _claimed(found, draft, before):
            continue
        clause = announced(found.intro) if overview(found.intro) is None else None
        if overview(found.intro) is None and clause is None:
            clause = _priced(found.intro)
        heading = overview(found.intro)
        if heading is not None and heading.plural and price_list(heading.noun):
            # "Eintrittspreise:" over "Zehnerkarte 40 € / Kinder 24 €": a line may hold two prices, so
            # "Es gibt fünf Eintrittspreise" could be false; said without a count.
            clause = Announced(
                whole=f"Es gibt diese {heading.noun}:", examples=f"Es gibt zum Beispiel diese {heading.noun}:"
            )
        if overview(found.intro) is None and clause is None:
            continue
        spoken = spoken_list(found, said, left - 1) if clause is None else announced_list(found, clause, said, left - 1)
        if spoken is None:
            continue
        intro, items = spoken
        if intro.endswith(":"):
            out.append((found.at, Line(intro, origin="list", items=items)))
        else:
            # The count and "Zum Beispiel:" as two lines of one group (rescue.whole_groups): neither
            # stands without the other, and the examples never read as the whole list.
            group = found.at * 1000 + _GROUP_PIECE
            out.append((found.at, Line(intro, origin="list", group=group, size=2)))
            out.append((found.at, Line("Zum Beispiel:", origin="list", items=items, group=group, follows=True)))
        left -= 1 + len(items)
    return out
