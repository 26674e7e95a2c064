"""The headline's news clauses as the body's first sentences, each in full prose with the body's words.

Press convention: the headline and the subtitle (Unterzeile) state the news in headline grammar
(Schlagzeilenstil, Duden grammar on headlines): articles and auxiliaries left out, the verb in the
present, parts joined by a colon or a dash, two predicates sharing one subject ("Firma investiert
5 Millionen Euro und schafft 40 Stellen"). Often the body never states the news again in one
sentence, so a summary built from the body alone misses it. Here each headline part that is a
clause (a finite verb, or a participle that reports an act) becomes a plain main clause:

- the articles come from the body or the lexicon (titles.from_headline with the body, as in the title);
- a subject that is only the sender's name ("Jobcenter baut …" under the sender "Jobcenter Kreis X")
  takes the sender's full name with its article (sender.with_article): the name the release uses;
- two predicates joined by "und" become two sentences, each with the subject (Leichte Sprache:
  one statement a sentence, Netzwerk Leichte Sprache);
- a bare noun before a name ("Außenstelle Nordheim zieht um") keeps no article only where the
  body writes it so too (a role before a person's name: "Landrätin Eva Muster"); where the body
  writes an article before it, the nominative article of the noun's gender is written.

Nothing is stated that the release does not state: a question or a quotation is never a fact, a
modal ("soll") or a copula headline is refused by the rebuild, every content word must recur in the
body (segments._grounded), numbers, dates, names and negations must hold (segments.truthful), and
the caller's verifier (rules, fact guard, structure guard) decides last. When in doubt: nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.headline_grammar import body_gender, mass_in_body
from pressconv.transforms.easy.lexicon import lookup
from pressconv.transforms.easy.rewrite import title_genitive
from pressconv.transforms.easy.segments import (
    _OPINION,
    _RESTRICTS,
    REQUEST,
    _gender,
    _grounded,
    _informative,
    _said,
    rebuild,
    truthful,
)
from pressconv.transforms.easy.source import SourceSentence
from pressconv.transforms.easy.titles import headline_clause, plural_noun

__all__ = ["news_sentences", "standfirst"]

_NOMINATIVE: Final = {"der": "Der", "die": "Die", "das": "Das"}
# Forms of the definite article and its contractions with a preposition (Duden grammar).
_ARTICLES: Final = frozenset(("der", "die", "das", "dem", "den", "des", "im", "am", "zum", "zur", "vom", "beim"))
# "Der Preis war verliehen": the past of a state reads as a state that no longer holds (or as "lent"),
# not as the act the headline reports; only the present state ("ist gesperrt") is said.
_PAST_STATE: Final = re.compile(r"\b(?:war|waren)\s+(?:\S+\s+)?\S+(?:t|en)\.$")
# A part that asks or quotes states no fact (rubric, item 2: a headline question stated as fact).
_QUESTION_OR_QUOTE: Final = re.compile(r"[?„“”\"»«]")


def news_sentences(
    parts: Sequence[str],
    body: Sequence[str],
    said: Sequence[str],
    *,
    past: bool,
    opinion: bool,
    passes: Callable[[str], bool],
    countable: Callable[[str], bool] | None = None,
    source: str = "",
    sender: tuple[str, str] | None = None,
) -> list[str]:
    """The clause parts of the headline block as sentences the summary does not say yet, in their order.

    ``sender`` is the sender's name as written and with its nominative article ("Jobcenter Kreis X",
    "das Jobcenter Kreis X"); ``passes`` is the caller's verifier.
    """
    joined = " ".join(body)
    out: list[str] = []
    known = list(said)
    for whole in parts:
        if _QUESTION_OR_QUOTE.search(whole):
            continue
        for clause in _clauses(whole):
            if _past_event(clause, joined, past=past):
                continue
            for part in _predicates(_with_sender(clause, sender)):
                sentence = rebuild(part, past=past, countable=countable, body=joined, source=source)
                sentence = sentence or _bare_name_clause(part, sender, countable, joined, source)
                if (
                    sentence is None
                    or sentence.startswith("Es ")
                    or (opinion and (_OPINION.search(sentence) or REQUEST.match(sentence)))
                ):
                    continue  # an existence frame is no clause of news; a statement's "muss" is a view
                sentence = _named_subject(sentence, joined)
                if sentence is None or _PAST_STATE.search(sentence) or _plural_against_body(sentence, joined):
                    continue
                if _bare_singular(sentence, joined):
                    continue
                if not _grounded(clause, body) or not _nouns_in_body(clause, joined) or not truthful(part, sentence, body):
                    continue
                if not _informative(sentence) or _said(_own_part(sentence, out), known) or not passes(sentence):
                    continue
                out.append(sentence)
                known.append(sentence)
    return out


def standfirst(sentences: Sequence[SourceSentence]) -> SourceSentence | None:
    """A second subtitle the parser left in the body: the lead block's only line, in headline grammar.

    Press releases may put two lines under the headline (Unterzeilen); where the second stands as
    the first body block, it is no sentence of the lead: no closing stop, and parts joined by a
    dash (segments._PART_SPLIT). Its parts are headline parts; the body to ground them on is the
    rest of the release, never the line itself.
    """
    first = next((s for s in sentences if not s.speech and not s.heading), None)
    if first is None or not first.lead or re.search(r"[.!?:;“”\"]$", first.text.strip()):
        return None
    alone = sum(1 for s in sentences if s.paragraph == first.paragraph) == 1
    return first if alone and re.search(r"\s[–—]\s", first.text) else None


def _own_part(sentence: str, before: list[str]) -> str:
    """The sentence without the subject it shares with the sentence before ("X investiert …" / "X schafft …"):
    a second predicate is judged by what it adds, not by the subject both name."""
    if not before:
        return sentence
    words, last = sentence.split(), before[-1].split()
    shared = 0
    while shared < min(len(words), len(last)) - 1 and words[shared] == last[shared]:
        shared += 1
    return " ".join(words[shared:]) if shared else sentence


def _past_event(clause: str, body: str, *, past: bool) -> bool:
    """The headline's present tells a past event (Präsens in headlines: "Radfahrerin stürzt in Nordheim").

    In a report of the past every finite full verb of the headline is such a present; elsewhere it is
    one where the body tells the same verb as a past participle ("ist … gestürzt"). The body must
    not say that it happens now: such a clause is refused (Leichte Sprache: Perfekt for the past).
    """
    finite = [t for t in morph.tag(clause) if t.pos == "VV(FIN)"]
    verbs = {t.lemma for t in finite}
    if not verbs:
        return False
    if past:
        return True
    # A finite form of the same verb that is neither the headline's present nor the infinitive-like
    # plural present ("stieg" beside "steigt") is a Präteritum: the body tells it as past too.
    present = {t.word.lower() for t in finite} | {v.lower() for v in verbs}
    return any(
        t.lemma in verbs and (t.pos == "VV(PP)" or (t.pos == "VV(FIN)" and t.word.lower() not in present))
        for t in morph.tag(body)
    )


# Words that determine a noun phrase (Duden grammar, "Artikelwörter"), a number, a preposition with
# its article; a noun after them (and its adjectives) is no bare noun.
_DETERMINERS: Final = ("ART", "APPRART", "PPOSAT", "PIAT", "PIDAT", "PDAT", "PWAT", "PRELAT", "CARD")


_ARTICLE_FORMS: Final = r"(?:der|die|das|dem|den|des|ein|eine|einen|einem|einer)"


def _bare_singular(sentence: str, body: str) -> bool:
    """A noun left without its article as headlines write it ("Die Stadt schließt Bad nicht").

    Prose needs the article before a singular count noun (Duden grammar); a bare plural ("Kunden"),
    a mass noun the body writes bare (headline_grammar.mass_in_body), a name and a noun inside a
    name ("Stadt Musterstadt") need none. A noun that may be singular and has no determiner, number or
    article-bearing preposition before it makes the sentence headline grammar still: it is refused.
    """
    tagged = morph.tag(sentence)
    for index, token in enumerate(tagged):
        if token.pos not in ("NN", "NE"):
            continue
        before = index - 1
        while before >= 0 and tagged[before].pos in ("ADJ(A)", "ADV", "ADJ(D)"):
            before -= 1
        previous = tagged[before] if before >= 0 else None
        if previous is not None and (previous.pos in _DETERMINERS or previous.pos in ("NN", "NE")):
            continue  # determined, or part of a name or an apposition
        if token.pos == "NE":
            # A name is written bare, but a word the body writes after an article ("das Bad") is none
            # here, whatever the tagger reads: the headline dropped its article.
            if re.search(rf"\b{_ARTICLE_FORMS}\s+{re.escape(token.word)}\b", body, re.I):
                return True
            continue
        entry = lookup(token.word)
        if index == 0 and entry is not None and entry.role and entry.title and len(tagged) > 1 and tagged[1].pos == "NE":
            continue  # a role as a title before a name ("Landrätin Eva Muster")
        if plural_noun(token.word, token.lemma) and body_gender(token.word, body) is None:
            continue  # a bare plural is prose too (Duden grammar: Nullartikel im Plural)
        if mass_in_body(token.word, body):
            continue
        return True
    return False


def _is_clause(tagged: tuple[morph.Token, ...]) -> bool:
    """A finite verb after the first word, or a final participle (an act reported without its auxiliary)."""
    finite = any(t.pos.endswith("(FIN)") for t in tagged[1:])
    return finite or (len(tagged) > 1 and tagged[-1].pos == "VV(PP)")


def _clauses(part: str) -> list[str]:
    """The part, or its comma pieces where each is a clause of its own ("X baut aus, Y zieht um").

    Headlines join clauses with a comma. Where a piece is no clause and restricts the others
    ("…, nur für Mitglieder") nothing is said: the rest alone would claim more (rubric, item 2).
    """
    pieces = [p.strip() for p in re.split(r",\s+", part) if p.strip()]
    tagged = [morph.tag(p) for p in pieces]
    if len(pieces) > 1 and any(not _is_clause(t) and _RESTRICTS.search(p) for p, t in zip(pieces, tagged, strict=True)):
        return []
    if len(pieces) > 1 and not all(_is_clause(t) for t in tagged):
        return [part] if _is_clause(morph.tag(part)) and "," not in part else []
    return [p for p, t in zip(pieces, tagged, strict=True) if _is_clause(t)]


def _with_sender(clause: str, sender: tuple[str, str] | None) -> str:
    """ "Jobcenter baut …" -> "Das Jobcenter Kreis X baut …" where the subject words are the sender's name.

    A headline names its sender short and without the article; the sender's full name with its
    article (sender.with_article) is the name the release itself uses. Only a subject of capitalised
    words that all belong to the sender's name, right before the finite verb.
    """
    if sender is None:
        return clause
    name, nominative = sender
    if re.search(r"[,|/:–—]", name) or re.match(r"(?:der|die|das)\s+(?:der|die|das)\b", nominative, re.I):
        return clause  # a letterhead with a department or a label after the name is no name to write
    tagged = morph.tag(clause)
    finite = next((i for i, t in enumerate(tagged) if t.pos.endswith("(FIN)")), None)
    if not finite or nominative == name:
        return clause  # a bare name ("Kabel und Drähte") has no article to add
    subject = [t.word for t in tagged[:finite]]
    own = {w.lower() for w in re.findall(r"[\wäöüß-]+", name)}
    if not all(w[:1].isupper() and w.lower() in own for w in subject):
        return clause
    words = clause.split()
    if words[: len(subject)] != subject:
        return clause
    return " ".join([nominative[:1].upper() + nominative[1:], *words[len(subject) :]])


def _bare_name_clause(
    part: str, sender: tuple[str, str] | None, countable: Callable[[str], bool] | None, body: str, source: str
) -> str | None:
    """ "Muster Antriebe investiert 5 Millionen Euro." where the subject is the sender's bare name.

    A company's name takes no article (Duden grammar: proper names); the tagger may read its words
    as common nouns and the rebuild then asks for an article it cannot know. Where the subject's
    words are the sender's own name without an article (sender.with_article leaves it bare), they
    are read as a name, and the rest of the clause is rebuilt as for any headline clause.
    """
    if sender is None or sender[0] != sender[1]:
        return None
    tagged = morph.tag(title_genitive(part))
    finite = next((i for i, t in enumerate(tagged) if t.pos.endswith("(FIN)")), None)
    own = {w.lower() for w in re.findall(r"[\wäöüß-]+", sender[0])}
    if not finite or not all(t.word[:1].isupper() and t.word.lower() in own for t in tagged[:finite]):
        return None
    named = tuple(morph.Token(t.word, t.word, "NE") for t in tagged[:finite]) + tagged[finite:]
    sentence = headline_clause(named, countable, body, source)
    return sentence.rstrip(".") + "." if sentence else None


def _predicates(clause: str) -> list[str]:
    """ "X investiert A und schafft B" -> ["X investiert A", "X schafft B"]: one statement a sentence.

    Duden grammar: coordinated verb phrases share the subject before the first finite verb. Only two
    finite verbs with "und" right before the second; the negation or "nur" of one predicate stays
    in its own part (truthful checks each part against its sentence).
    """
    tagged = morph.tag(clause)
    finite = [i for i, t in enumerate(tagged) if t.pos.endswith("(FIN)")]
    if len(finite) != 2 or finite[0] == 0 or tagged[finite[1] - 1].word != "und" or finite[1] - 1 <= finite[0] + 1:
        return [clause]
    words = [t.word for t in tagged]
    if " ".join(words) != clause:
        return [clause]  # the tokens do not give the text back (a hyphen, a dot): no safe cut
    subject = words[: finite[0]]
    return [" ".join(words[: finite[1] - 1]), " ".join([*subject, *words[finite[1] :]])]


def _named_subject(sentence: str, body: str) -> str | None:
    """A bare "Noun Name" subject with the article the body writes before it, or as it is, or None.

    Duden grammar: a role or title before a person's name takes no article ("Landrätin Eva
    Muster sagt"); a common noun before a place or institution name does ("die Außenstelle
    Nordheim"). The body's own use decides: an article right before the phrase in the body
    gives the nominative article of the noun's gender; the phrase written bare in the body stays
    bare; neither, or a noun of unknown gender, refuses the sentence.
    """
    tagged = morph.tag(sentence)
    if len(tagged) < 3 or tagged[0].pos != "NN" or tagged[1].pos != "NE":
        return sentence
    phrase = re.escape(f"{tagged[0].word} {tagged[1].word}")
    # The word before the phrase in the body, past one declined adjective ("die bisherige Außenstelle X").
    before = [m.group(1) for m in re.finditer(rf"(\S+)\s+(?:[a-zäöüß]+e[mnrs]?\s+)?{phrase}\b", body)]
    with_article = [w for w in before if w.lower() in _ARTICLES]
    bare = len(before) > len(with_article) or re.match(phrase, body) is not None
    entry = lookup(tagged[0].word)
    if entry is not None and entry.role and entry.title:
        return sentence  # a role as a title before a person's name: "Landrätin Eva Muster"
    gender = _gender(tagged[0].word)  # a compound by its last part (Duden grammar: the Grundwort)
    if with_article and not bare and gender is not None:
        return f"{_NOMINATIVE[gender]} {sentence}"
    if bare and not with_article:
        return sentence
    return None


def _plural_against_body(sentence: str, body: str) -> bool:
    """ "Die Gästeparken sind …" where the body writes "das Gästeparken": a plural the body's own
    singular determiners ("das", "eine", "einen" right before the noun, body_gender) contradict.
    A headline noun in "-en" may be a nominalised infinitive (Duden grammar: "das Parken"), which the
    tagger and the lexicon take for a plural; the sentence is refused."""
    match = re.match(r"Die (?:\S+ )?([A-ZÄÖÜ][\wäöüß-]+) (?:sind|haben|werden|[a-zäöüß]+en)\b", sentence)
    return match is not None and body_gender(match.group(1), body) is not None


def _nouns_in_body(clause: str, body: str) -> bool:
    """Every noun of the clause stands in the body as a whole word (by its stem), not only its last part.

    segments._grounded accepts a compound by its last part ("Gästeparken" by "parken"); a
    sentence that comes first in the body states the news, so a noun only the headline uses (a
    coinage, a word play, a compound the body never forms) is not said as a fact.
    """
    plain = body.replace("-", "").lower()
    for token in morph.tag(clause):
        if token.pos in ("NN", "NE") and len(token.word) >= 4 and not token.word.isupper():
            word = token.word.replace("-", "").lower()
            if word[: max(4, len(word) - 3)] not in plain:
                return False
    return True
