"""A grammatical sanity check for one summary sentence: finite verb, subject, nothing left dangling.

Without a POS tagger (no German model is installable offline, DESIGN §6) this is a heuristic built
for the way the simplifier fails: dropping a clause leaves half-sentences such as "Mit dem hohen
Schulden·berg ist für Berlin." (no subject), "… wird die Antrag·stellung." (auxiliary without its
verb) or "Betreuung und Integration dieser Menschen gestellt." (participle, no finite verb). A
sentence a reader cannot parse is worse than a missing one, so the check errs on the side of "no".
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy.readability import words

__all__ = ["is_grammatical", "sentence_problems"]

_PREPOSITIONS_DE: Final = frozenset(
    [
        "mit",
        "für",
        "von",
        "vom",
        "bei",
        "beim",
        "in",
        "im",
        "ins",
        "an",
        "am",
        "ans",
        "auf",
        "aus",
        "nach",
        "zu",
        "zum",
        "zur",
        "über",
        "unter",
        "vor",
        "hinter",
        "neben",
        "zwischen",
        "durch",
        "gegen",
        "ohne",
        "um",
        "seit",
        "bis",
        "wegen",
        "trotz",
        "während",
        "innerhalb",
        "außerhalb",
        "aufgrund",
        "gegenüber",
        "entlang",
        "ab",
        "per",
        "laut",
        "dank",
        "statt",
    ]
)
_ARTICLES_DE: Final = frozenset(
    [
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
        "eines",
        "kein",
        "keine",
        "keinen",
        "keinem",
        "keiner",
        "dieser",
        "diese",
        "dieses",
        "diesem",
        "diesen",
        "jeder",
        "jede",
        "jedes",
        "jedem",
        "jeden",
        "alle",
        "allen",
        "mein",
        "meine",
        "unser",
        "unsere",
        "unserem",
        "unseren",
        "unserer",
        "ihr",
        "ihre",
        "ihrem",
        "ihren",
        "ihrer",
        "sein",
        "seine",
        "seinem",
        "seinen",
        "seiner",
    ]
)
_CONJUNCTIONS_DE: Final = frozenset(
    ["und", "oder", "aber", "sondern", "denn", "doch", "sowie", "als", "wie", "dass", "ob", "weil", "wenn"]
)
_PRONOUNS_DE: Final = frozenset(
    [
        "ich",
        "du",
        "er",
        "sie",
        "es",
        "wir",
        "ihr",
        "man",
        "sie",
        "wer",
        "das",
        "dies",
        "alle",
        "viele",
        "jeder",
        "jede",
        "jemand",
        "niemand",
    ]
)
# Sentence-initial words that are capitalised only because they start the sentence.
_INITIAL_ADVERBS_DE: Final = frozenset(
    [
        "hier",
        "heute",
        "dort",
        "jetzt",
        "dann",
        "morgen",
        "gestern",
        "damit",
        "deshalb",
        "auch",
        "nun",
        "bald",
        "außerdem",
        "zudem",
        "so",
        "danach",
        "vorher",
        "später",
        "bisher",
        "seitdem",
        "trotzdem",
        "dennoch",
        "immer",
        "oft",
        "zuerst",
        "erst",
        "noch",
        "schon",
        "weitere",
        "weiterer",
        "weiteres",
        "viele",
    ]
)
_NEEDS_VERB_DE: Final = frozenset(
    [
        "wird",
        "werden",
        "wurde",
        "wurden",
        "kann",
        "können",
        "konnte",
        "konnten",
        "muss",
        "müssen",
        "musste",
        "mussten",
        "soll",
        "sollen",
        "sollte",
        "sollten",
        "will",
        "wollen",
        "wollte",
        "wollten",
        "darf",
        "dürfen",
        "durfte",
        "durften",
    ]
)
# Finite forms of "sein", "haben" and common strong verbs that the "-t" ending heuristic misses;
# shared with the sentence simplifier, which must agree on what counts as a verb.
IRREGULAR_FINITE_DE: Final = frozenset(
    (
        "begann",
        "bekam",
        "blieb",
        "erhielt",
        "fand",
        "fiel",
        "fuhr",
        "gab",
        "gewann",
        "gibt",
        "ging",
        "haben",
        "half",
        "hat",
        "hatte",
        "hatten",
        "ist",
        "kam",
        "lag",
        "lief",
        "nahm",
        "sah",
        "sind",
        "sprach",
        "stand",
        "stieg",
        "traf",
        "trat",
        "verlor",
        "war",
        "waren",
        "zog",
    )
)
_FINITE_DE: Final = IRREGULAR_FINITE_DE | {"heißt"} | _NEEDS_VERB_DE
_NOT_FINITE_DE: Final = frozenset(
    [
        "nicht",
        "jetzt",
        "erst",
        "meist",
        "zuletzt",
        "bekannt",
        "oft",
        "gut",
        "weit",
        "breit",
        "laut",
        "insgesamt",
        "höchst",
        "best",
        "nächst",
        "dort",
        "selbst",
        "bereit",
        "sonst",
        "fast",
        "gesamt",
        "digital",
        "recht",
        "direkt",
        "echt",
        "spät",
        "stets",
        "zuerst",
        "komplett",
        "konkret",
        "leicht",
        "schwer",
        "mehr",
        "sehr",
    ]
)
_DANGLING_DE: Final = _PREPOSITIONS_DE - {"an", "auf", "aus", "ab", "mit", "nach", "vor", "zu", "bei", "um"}


def _lower_finite_candidate(token: str) -> bool:
    """A lowercase word that may be a finite verb ("arbeitet", "lobte", "stürzte", "helfen")."""
    if token in _FINITE_DE:
        return True
    if token in _NOT_FINITE_DE or token in _ARTICLES_DE or token in _PREPOSITIONS_DE:
        return False
    if "zu" in token[2:-3] and token.endswith("en") and re.search(r"zu[a-zäöü]{3,}en$", token[1:]):
        return False  # "festzustellen": an infinitive with zu is never finite
    if token.startswith("ge") and len(token) >= 8 and token.endswith("t"):
        return False  # "gestellt", "gebracht": participles
    return bool(re.fullmatch(r"[a-zäöüß]{3,}(?:t|te|ten|st|en|n)", token)) and not token.endswith(
        ("keit", "heit", "lich", "ig")
    )


def _outside_phrases(tokens: list[str]) -> list[int]:
    """Return the positions of tokens outside prepositional phrases.

    "mit der seit Januar eingesetzten Lösung" is one phrase.

    The phrase ends at its head noun; a nested preposition waits for its own noun first.
    """
    kept: list[int] = []
    pending = 0
    for index, token in enumerate(tokens):
        if token.lower() in _PREPOSITIONS_DE:
            pending += 1
            continue
        if pending:
            if token[:1].isupper():
                pending -= 1
            continue
        kept.append(index)
    return kept


def _german_problems(tokens: list[str]) -> list[str]:
    problems: list[str] = []
    lowered = [t.lower() for t in tokens]
    finite = [
        tokens[i] for i in _outside_phrases(tokens) if i and tokens[i].islower() and _lower_finite_candidate(tokens[i])
    ]
    if lowered[0] in _FINITE_DE and len(tokens) > 1:
        finite.insert(0, lowered[0])  # "Haben Sie Fragen?"
    if not finite:
        problems.append("no finite verb")
    last = lowered[-1]
    if last in _ARTICLES_DE or last in _CONJUNCTIONS_DE or last in _DANGLING_DE:
        problems.append(f"ends with {tokens[-1]!r}")
    # An auxiliary or modal verb needs its infinitive or participle ("wird … helfen").
    if finite and all(f in _NEEDS_VERB_DE for f in finite):
        position = lowered.index(finite[0], 1 if lowered[0] not in _FINITE_DE else 0)
        rest = [t for t in tokens[position + 1 :] if t.islower() and t not in _ARTICLES_DE and t not in _PREPOSITIONS_DE]
        if not any(re.search(r"(?:en|n|t|er|ig|lich|bar|los)$", t) for t in rest):
            problems.append(f"{finite[0]!r} without its verb")
    # Subject: a noun, name, number or pronoun outside the prepositional phrases.
    subject = False
    pending = 0
    index = 0
    while index < len(tokens):
        token = tokens[index]
        low = token.lower()
        index += 1
        if low in _PREPOSITIONS_DE:
            pending += 1
            continue
        capital = token[:1].isupper() or token[:1].isdigit()
        if index == 1 and low in {"das", "dies"} and len(tokens) > 1 and tokens[1].islower():
            subject = True  # "Das war um 15:10 Uhr.": a demonstrative pronoun
            break
        if index == 1 and (low in _INITIAL_ADVERBS_DE or low in _ARTICLES_DE or low in _FINITE_DE):
            continue
        if pending:
            if capital and not token[:1].isdigit():
                pending -= 1
                # A name after the head belongs to the phrase ("auf dem Spreng·platz Grunewald").
                while index < len(tokens) and (tokens[index][:1].isupper() or tokens[index].isdigit()):
                    index += 1
            continue
        if capital or low in _PRONOUNS_DE:
            subject = True
            break
    if not subject:
        problems.append("no subject")
    return problems


_FINITE_EN: Final = re.compile(
    r"(?:is|are|was|were|has|have|had|will|can|could|would|should|must|may|might|does|do|did|said|"
    r"says|got|gave|made|gets|makes|won|met|took|went|came|told|found|paid|left|began|brought|held|"
    r"led|kept|built|sent|spent|lost|[a-z]{3,}s|[a-z]{3,}ed)"
)
_NOT_FINITE_EN: Final = frozenset(
    [
        "this",
        "his",
        "its",
        "us",
        "as",
        "news",
        "always",
        "perhaps",
        "series",
        "various",
        "previous",
        "famous",
        "serious",
        "less",
        "unless",
        "across",
        "thus",
        "plus",
        "yes",
        "us",
        "bus",
    ]
)
_FUNCTION_EN: Final = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "and",
        "or",
        "but",
        "that",
        "this",
        "these",
        "those",
        "its",
        "his",
        "her",
        "their",
        "our",
        "your",
        "my",
        "as",
        "into",
        "about",
        "over",
        "under",
        "than",
    ]
)
_SUBJECT_PRONOUNS_EN: Final = frozenset(
    ["i", "you", "he", "she", "it", "we", "they", "this", "that", "there", "who", "everyone", "people"]
)


def _english_problems(tokens: list[str], sentence: str) -> list[str]:
    problems: list[str] = []
    # A relative clause is not the main clause: "The stakeholders who have supported us."
    main = re.sub(r"\b(?:who|which|whom|whose)\b[^,;]*", "", sentence, flags=re.I)
    main_tokens = words(main)
    finite_at = None
    for index, token in enumerate(main_tokens):
        low = token.lower()
        if low in _NOT_FINITE_EN or not _FINITE_EN.fullmatch(low) or (index == 0 and token[:1].isupper()):
            if index == 0 and re.fullmatch(r"[A-Z][a-z]+(?:ed|ing)", token):
                problems.append("starts with a participle")
            continue
        if low.endswith("s") and not low.endswith(("ss", "us")) and low not in {"is", "was", "has", "does", "says"}:
            previous = main_tokens[index - 1].lower() if index else ""
            if index + 1 >= len(main_tokens) or re.search(r"(?:ed|al|ive|ous|ful|ic|ing)$", previous):
                continue  # "decentralized applications", "the industry stakeholders": plural nouns
        if low.endswith("ed"):
            following = main_tokens[index + 1].lower() if index + 1 < len(main_tokens) else ""
            if following and following not in _FUNCTION_EN and not following.endswith("ly"):
                continue  # "decentralized applications": an adjective, not a verb
        finite_at = index
        break
    if finite_at is None:
        problems.append("no finite verb")
    elif not any(
        t[:1].isupper() or t[:1].isdigit() or t.lower() in _SUBJECT_PRONOUNS_EN or t.lower() not in _FUNCTION_EN
        for t in main_tokens[:finite_at]
    ):
        problems.append("no subject")
    if tokens[-1].lower() in _FUNCTION_EN - {"this", "that", "these", "those", "his", "her", "its"}:
        problems.append(f"ends with {tokens[-1]!r}")
    return problems


def sentence_problems(sentence: str, language: str) -> list[str]:
    """Return why ``sentence`` is not a complete main clause (empty if it looks fine).

    List introductions ending with a colon and questions are judged too: "In Dortmund arbeiten
    zusammen:" has a verb and a subject; only the dangling-end test is skipped for them.
    """
    tokens = words(sentence)
    if len(tokens) < 2:
        return ["too short"]
    german = language.lower().startswith("de")
    problems = _german_problems(tokens) if german else _english_problems(tokens, sentence)
    if sentence.rstrip().endswith(":"):
        # A list introduction: its subject or object is the list ("In Dortmund arbeiten zusammen:").
        problems = [p for p in problems if not p.startswith("ends with") and p != "no subject"]
    return problems


def is_grammatical(sentence: str, language: str) -> bool:
    """True if ``sentence`` has a finite verb and a subject and does not stop mid-phrase."""
    return not sentence_problems(sentence, language)
