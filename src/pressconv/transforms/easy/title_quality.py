"""Title checks for what a headline rewrite loses or brings along: a verb's particle, advice, headline idioms, labels.

Each check takes the styled title (and the release's text where it needs it) and says whether the title
fails; ``title_check.title_failures`` adds the codes, except ``headline_idiom``, which only orders the
candidates (``title_check.rank``). A title states the news of the release in one whole sentence
(easy-judging.md, item 6), so a title that fails here gives way to another candidate.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.verify import rule_failures

__all__ = ["advice", "count_lost", "elliptic_pair", "headline_idiom", "label_after_comma", "particle_lost"]

# The sentence window in which a finite verb's separable particle stands: the verb's own clause ends at
# a full stop, a colon, a semicolon or a dash (German verb bracket, Duden grammar: "ordnet … an"), and
# at a line's end: a headline or a subtitle has no full stop, and its clause never runs on into the next line.
_CLAUSE_END: Final = re.compile(r"[.:;!?]\s|\s[–—-]\s|\n|$")


def _finites(tagged: tuple[morph.Token, ...]) -> list[morph.Token]:
    """The finite full verbs among the tagged words."""
    return [t for t in tagged if t.pos.startswith("VV") and t.pos.endswith("(FIN)")]


def _stem(word: str) -> str:
    """The word's stem for a loose match: lower case, without Mediopunkts and its last three letters."""
    plain = word.replace("·", "").lower()
    return plain[: max(4, len(plain) - 3)]


def particle_lost(tagged: tuple[morph.Token, ...], source: str) -> bool:
    """The title's full verb stands without the separable particle the release writes it with.

    German verb bracket (Duden grammar, "Verbklammer"): a separable verb ("anordnen", "aufrufen") puts its
    particle at the clause's end ("Das Amt ordnet die Stallpflicht an"). A rewrite that cuts the clause's
    end (an attribute left out) may cut the particle too, and "ordnet die Stallpflicht" then says another
    verb ("ordnen": to sort). The title fails where it has no particle for its verb while the release
    writes that verb form only with one: every clause of the release with the same finite form and one of
    the title's objects closes with a particle (HanTa's PTKVZ).
    """
    if any(t.pos == "PTKVZ" for t in tagged) or (len(tagged) > 1 and tagged[0].word == "Es"):
        return False  # "Es gibt …", "Es hat … gegeben": the kind templates' own verbs
    for verb in _finites(tagged):
        lemma = (verb.lemma or verb.word).lower()
        # The words after the verb (its objects) tie a clause of the release to the title: "stellt
        # Forderungen" is another use of "stellen" than the release's "stellt … fest".
        after = tagged[tagged.index(verb) + 1 :]
        objects = {_stem(t.word) for t in after if t.pos in ("NN", "NE")}
        if len(lemma) < 3 or not objects:
            continue
        particles: list[str] = []
        bare = False
        for match in re.finditer(rf"\b{re.escape(verb.word)}\b", source):
            end = _CLAUSE_END.search(source, match.end())
            clause = morph.tag(source[match.start() : end.start() if end else len(source)])
            if not objects & {_stem(t.word) for t in clause if t.pos in ("NN", "NE")}:
                continue
            # The particle before the clause's next finite verb belongs to this verb ("ordnet … an und ruft … auf").
            own = list(itertools.takewhile(lambda t: not t.pos.endswith("(FIN)"), clause[1:]))
            if any(t.pos == "PTKVZ" for t in own):
                particles.append(verb.word)
            else:
                bare = True
        if particles and not bare:
            return True
    return False


# Advice and recommendation frames (Ratgeberstil): "Ein frühes Kommen empfiehlt sich", "Man
# sollte …", "Bitte …". Advice tells the reader what to do; a title tells what the release reports or
# announces (easy-judging.md, item 6), and advice is a side line of the body (inverted pyramid).
_ADVICE: Final = re.compile(
    r"\b(?:empfiehlt sich|empfehlen sich|wird empfohlen|werden empfohlen|ist ratsam|sollten?)\b|^Bitte\b",
    re.IGNORECASE,
)


def advice(text: str) -> bool:
    """The title is a piece of advice ("Ein frühes Kommen empfiehlt sich"), not the news."""
    return bool(_ADVICE.search(text.replace("·", "")))


# Headline idioms (Schlagzeilenstil): figures of speech a reader with learning difficulties reads word by
# word. The verifier's idiom list (verify._IDIOMS, via rule_failures) is the one list of such figures;
# a title is read first and alone, so the ranking puts a title with one after every other candidate
# that names the news (title_check.rank).


def headline_idiom(text: str) -> bool:
    """The title carries a figure of speech the verifier knows as an idiom ("unter Dach und Fach")."""
    return any(f.check == "rule.idiom" for f in rule_failures(text))


def _segments(tagged: tuple[morph.Token, ...]) -> list[list[morph.Token]]:
    """The tagged words split at commas, punctuation left out."""
    parts: list[list[morph.Token]] = [[]]
    for token in tagged:
        if token.word == ",":
            parts.append([])
        elif not token.pos.startswith("$"):
            parts[-1].append(token)
    return parts


def label_after_comma(tagged: tuple[morph.Token, ...]) -> bool:
    """A noun phrase after the sentence's last comma, without a verb and without "und": a label.

    Letterhead and web-page convention: the sender's office or the page's section follows its name
    after a comma ("Stadt X, Der Oberbürgermeister", "Feuerwehr X, Einsatzberichte"). Such a label is
    front matter and no part of what the release is about; a list ("A, B und C") has its "und" and an
    apposition inside a sentence ("X, die neue Leiterin, beginnt …") has the verb after it.
    """
    parts = _segments(tagged)
    if len(parts) < 2:
        return False
    last = parts[-1]
    before = [t for part in parts[:-1] for t in part]
    if not last or not any(t.pos.endswith("(FIN)") for t in before):
        return False
    if any(t.pos.startswith(("V", "KON", "APPR", "CARD")) for t in last):
        return False
    return last[-1].pos in ("NN", "NE") and all(t.pos in ("ART", "ADJ(A)", "NN", "NE") for t in last)


def elliptic_pair(tagged: tuple[morph.Token, ...]) -> bool:
    """A verbless headline part before a comma and a clause with its own subject after it.

    Schlagzeilenstil lists statements ("Karten ab Montag, Vorverkauf endet im Juni"): the first has lost its
    verb, so as a sentence it is broken (Duden grammar: a sentence needs its finite verb). A name with a
    listing inside it ("Senatsverwaltung für Bildung, Jugend und Familie lädt ein") is none: after the
    comma a noun and the verb follow each other directly only where a new clause begins.
    """
    parts = _segments(tagged)
    for first, second in itertools.pairwise(parts):
        if len(first) < 2 or any(t.pos.endswith("(FIN)") for t in first):
            continue
        if len(second) >= 2 and second[0].pos == "NN" and second[1].pos.endswith("(FIN)"):
            return True
    return False


# Counting words before a noun (numbers as digits or words up to twelve, "mehrere"): Duden grammar,
# Zahladjektive. A title's "ein Konzert" where the release counts "vier Konzerte" says one where there are four.
# A number of two to 999 that is no part of a date or a year ("14.03.2026", "2026") counts too.
_COUNT: Final = (
    r"(?:(?<![\d.:])(?:[2-9]|[1-9]\d{1,2})(?![\d.:])"
    r"|(?i:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|mehrere|zahlreiche))"
)
_INDEFINITE: Final = re.compile(r"\b(?:ein|eine|einen|einem|einer)\s+(?:[a-zäöüß]\w*\s+)?(?P<noun>[A-ZÄÖÜ][\wäöüß]{3,})")


def count_lost(text: str, news: str) -> bool:
    """The title names one thing ("lädt zu einem Konzert ein") that the headline or lead counts as several.

    Omission over error (rubric, item 2): a series of four concerts told as one concert is a wrong
    statement, not a shorter one. Only where the news never names the thing with "ein" itself.
    """
    for match in _INDEFINITE.finditer(text.replace("·", "")):
        noun = match["noun"]
        stem = re.escape(noun[: max(4, len(noun) - 2)])
        counted = re.search(rf"\b{_COUNT}\s+(?:[a-zäöüß]\w*\s+)?{stem}\w*", news)
        single = re.search(rf"\b(?:ein|eine|einen|einem|einer)\s+(?:[a-zäöüß]\w*\s+)?{stem}\w*", news, re.IGNORECASE)
        if counted and not single:
            return True
    return False
