"""Safety advice to the reader, in the plain forms Leichte Sprache asks for ("Sie sollen …", "Bitte … nicht …").

Reports close with what the public should do. Three German forms of it fail the rule checks as the
source writes them, though the advice is the most useful sentence for a reader:

- the recommendation in the Konjunktiv II ("Anwohner sollten die Fenster geschlossen halten"):
  the indicative "sollen" says the same advice without the subjunctive (rule books: no Konjunktiv);
- the negated attempt with a zu-infinitive ("Versuchen Sie nicht, selbst zu löschen"): the
  Sie-imperative of the infinitive says it without the subordinate clause ("Bitte löschen Sie nicht
  selbst.");
- the infinitive instruction of notices and signs ("Achtung: Fenster schließen!"): the German
  Sie-imperative has the infinitive's form, so "Fenster schließen" is "Bitte schließen Sie Fenster.".

The negation is never lost: a conjunct that is only "keine X" has no verb to turn and is left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.asked import asked_advice
from pressconv.transforms.easy.instructions import comment_only

__all__ = ["advice", "advised", "listed_advice"]

# A condition or a counterfactual turns a recommendation into something else: left as it is.
_NOT_ADVICE: Final = re.compile(r"\b(?:wenn|falls|ob|hätte\w*|wäre\w*|würde\w*)\b", re.I)
_SHOULD: Final = re.compile(r"^(?P<subj>Sie|[A-ZÄÖÜ][a-zäöüß]+(?: und [A-ZÄÖÜ][a-zäöüß]+)?) sollten (?P<rest>[^,;:!?]+)\.$")
_TRY_NOT: Final = re.compile(r"^Versuchen Sie (?:bitte )?nicht,? (?P<rest>[^,;:]*?) ?zu (?P<verb>[a-zäöü]+)[.!]$")
# The notice label may follow an introduction ("… der Hinweis im Umgang mit Gasflaschen: ❗Achtung: …"); its
# text ends at a full stop, an exclamation mark or a warning symbol (U+2600–U+27BF, pictographs).
_NOTICE: Final = re.compile(
    r"(?:^|[\s:\W])(?:Achtung|Wichtig|Vorsicht)\s*[:!]\s*(?P<body>[^.!?\u2600-\u27bf\U0001f300-\U0001faff]+)"
)
# A condition inside a notice ("Bei Sturm …", "Im Fall eines Brandes …"): the plain imperative cannot carry it.
_CONDITION: Final = re.compile(r"\b(?:bei|beim|im Fall\w*|wenn|falls|sobald)\b", re.I)
# Separable verb particles (Duden: trennbare Verben): such a verb is left out rather than misbuilt.
_SEPARABLE: Final = re.compile(r"^(?:ab|an|auf|aus|bei|ein|fest|fern|her|hin|los|mit|nach|vor|weg|zu|zurück|zusammen|frei)")
_INFINITIVE: Final = re.compile(r"^(?P<neg>nicht )?(?P<obj>(?:[A-ZÄÖÜ][a-zäöüß]+)(?: [a-zäöüß]+)?) (?P<verb>[a-zäöüß]+en)$")


def _plural_noun_subject(subject: str) -> bool:
    """ "Anwohner", "Eltern und Kinder": a plural noun phrase (the public addressed by group)."""
    if subject == "Sie":
        return True
    tagged = morph.tag(subject + " sollten")
    return all(t.pos == "NN" for t in tagged if t.word not in ("und", "sollten"))


def _infinitive(word: str, context: str) -> bool:
    """HanTa reads the word as an infinitive in the instruction (not a plural noun ending in -en)."""
    return any(t.word == word and t.pos in ("VV(INF)", "VA(INF)", "VM(INF)") for t in morph.tag(context))


def advice(sentence: str) -> list[str]:
    """The advice of one source sentence in plain form, or [] when it is no advice of these forms."""
    text = sentence.strip()
    if _NOT_ADVICE.search(text):
        return []
    should = _SHOULD.match(text)
    if should and _plural_noun_subject(should["subj"]):
        return [f"{should['subj']} sollen {should['rest']}."]
    attempt = _TRY_NOT.match(text)
    if attempt and _infinitive(attempt["verb"], f"Man soll nicht {attempt['rest']} {attempt['verb']}."):
        rest = f" {attempt['rest']}" if attempt["rest"] else ""
        return [f"Bitte {attempt['verb']} Sie nicht{rest}."]
    notice = _NOTICE.search(text)
    if notice is None:
        return []
    parts = re.split(r"\s+und\s+|\s*,\s*", notice["body"].strip())
    condition = _condition(parts[0])
    if condition is not None:
        parts[0] = parts[0][len(condition[0]) :].strip()
    elif _CONDITION.search(notice["body"]):
        # "Bei Glätte: Gehwege streuen": the instruction holds under that condition only;
        # "Bitte streuen Sie Gehwege." alone would say neither from what nor when
        # (issue 16, round 2: a warning keeps its condition or is left out).
        return []
    out: list[str] = []
    for part in parts:
        line = _no_attempt(part.strip()) or _instruction(part.strip())
        if line is None:
            continue
        # The condition goes with every instruction it governs: "Bei Sturm: Halten Sie Abstand."
        plain = line.removeprefix("Bitte ")
        out.append(f"{condition[1]}: {plain[:1].upper()}{plain[1:]}" if condition else line)
    danger = _DANGER.search(text[notice.start() :])
    if out and danger is not None:
        # The reason the warning gives (judged pattern 3); "Es gibt" is the existential opener the
        # structure guard accepts ("Es ist …" reads as a dangling "es").
        out.append(f"Es gibt {danger['danger']}.")
    return out


def _instruction(part: str) -> str | None:
    """ "Abstand halten" -> "Bitte halten Sie Abstand.": the infinitive instruction as a Sie-imperative."""
    found = _INFINITIVE.match(part)
    if found is None or _SEPARABLE.match(found["verb"]):
        return None  # a separable verb splits in the imperative ("zumachen" -> "Machen Sie … zu")
    if not _infinitive(found["verb"], f"Man soll {found['obj']} {found['verb']}."):
        return None  # no verb ("KEINE Versuche"), or not an infinitive: nothing to turn
    negation = " nicht" if found["neg"] else ""
    return f"Bitte {found['verb']} Sie{negation} {found['obj']}."


# "KEINE Selbstlöschversuche", "keine Löschversuche": a noun of attempting whose first part is a
# verb stem; the negated Sie-imperative of that verb says it ("Löschen Sie nicht selbst.").
_NO_ATTEMPT: Final = re.compile(r"^(?:KEINE|[Kk]eine)\s+(?P<self>Selbst)?(?P<stem>[A-ZÄÖÜa-zäöü][a-zäöü]{2,})versuche?$")


def _no_attempt(part: str) -> str | None:
    """The warning "Nicht selbst löschen" as the order "Löschen Sie nicht selbst.", or None for no infinitive."""
    match = _NO_ATTEMPT.match(part)
    if match is None:
        return None
    verb = match["stem"].lower() + "en"
    if not _infinitive(verb, f"Man soll nicht {verb}."):
        return None
    return f"{verb.capitalize()} Sie nicht{' selbst' if match['self'] else ''}."


# "Bei einem Defekt oder Brand an einer Leitung": the condition a notice opens with, a prepositional
# phrase of "bei"/"beim" and nouns only; an alternative after a slash ("Leitung/Mast") is left out
# (the advice then names one case it holds for, which stays true).
_LEADING: Final = re.compile(
    r"^(?P<cond>(?:Bei|Beim)\s+.+)\s+(?P<instr>(?:KEINE|[Kk]eine)\s+\S+|(?:nicht\s+)?[A-ZÄÖÜ]\w+(?:\s+[a-zäöüß]+)?\s+[a-zäöüß]+en)$"
)
_CONDITION_WORDS_MAX: Final = 8


def _condition(part: str) -> tuple[str, str] | None:
    """(the source's condition, the condition as the summary says it), or None if there is none."""
    match = _LEADING.match(part.strip())
    if match is None:
        return None
    said = re.sub(r"/[A-ZÄÖÜ][\wäöüß\-]*", "", match["cond"]).strip()
    if len(said.split()) > _CONDITION_WORDS_MAX:
        return None
    # A plain phrase: prepositions, articles, conjunctions and nouns, no verb and no pronoun.
    tagged = morph.tag(said)
    if any(t.pos.startswith(("V", "PP", "PD", "PR", "KOUS")) for t in tagged):
        return None
    return match["cond"], said


# "Es besteht Lebensgefahr (durch …)": the danger a warning names as its reason.
_DANGER: Final = re.compile(
    r"\bEs besteht (?P<danger>(?:akute\s+)?[A-ZÄÖÜ][a-zäöüß]*gefahr)\b(?!\s+für\s+(?:die|den|das)\b)"
)


def advised(body: Sequence[str]) -> list[tuple[str, str]]:
    """(source sentence, plain advice) for every piece of advice of the sender's sentences, in order."""
    found: list[tuple[str, str]] = []
    for index, sentence in enumerate(body):
        # Else a sender's advice or request in running text ('Die Polizei rät, …'; asked.py).
        lines = advice(sentence) or asked_advice(sentence)
        found.extend((sentence, line) for line in lines)
        # "… Abstand halten. Es besteht Lebensgefahr.": the danger the next sentence names is the
        # warning's reason (judged pattern 3: the warning with its reason).
        after = body[index + 1] if index + 1 < len(body) else ""
        danger = _DANGER.match(after.strip())
        if lines and danger is not None and not any("gefahr." in line for line in lines):
            found.append((after, f"Es gibt {danger['danger']}."))
    return found


# "Lassen Sie keine Fremden in die Wohnung.": the Sie-imperative, the form Leichte Sprache itself uses
# for what the reader should do (Netzwerk Leichte Sprache: address the reader directly). A question
# ("Haben Sie Fragen?") is no advice; a sentence that goes on after a dash or a colon is left whole
# to the verifier, which refuses what is too long.
_IMPERATIVE_END: Final = re.compile(r"[.!]$")


def listed_advice(items: Sequence[str], language: str = "de") -> list[tuple[str, str]]:
    """(list item, a Sie-imperative sentence of it) for every piece of advice a list of tips gives.

    Warnings list their tips ("Polizei und Ordnungsamt geben folgende Tipps: 1. Lassen Sie …"); the
    summary reads a list item as a heading, so the reader's action was lost with it. A sentence of
    an item that is already an instruction to the reader is the advice itself, word for word: it
    says nothing the sender did not say. Two coordinated instructions become two sentences
    (``_coordinated``). A later sentence of an item may lean on the one before it ("Rufen Sie keine
    Nummer an. Legen Sie im Zweifel auf."): it is taken only after all earlier ones, each as the
    verifier will accept it.
    """
    from pressconv.transforms.easy.compounds import segment_text
    from pressconv.transforms.easy.source import split_sentences
    from pressconv.transforms.easy.verify import rule_failures, structure_failures

    found: list[tuple[str, str]] = []
    for item in items:
        for sentence in split_sentences(item, language):
            parts = _coordinated(_without_comment(sentence.strip()))
            kept = 0
            for part in parts:
                written = segment_text(part)
                # The imperative is finite by construction (``_coordinated``); the tagger may read its
                # verb as an infinitive or participle ("Vergeben"), which the structure check counts.
                structure = [f for f in structure_failures(written) if f.check != "guard.no-finite-verb"]
                if rule_failures(written) or structure:
                    break
                found.append((item, part))
                kept += 1
            if not parts or kept < len(parts):
                break  # no instruction, or one the summary cannot keep: what follows may lean on it
    return found


# "Legen Sie auf – das ist nicht unhöflich.": a spaced dash after an instruction opens a comment on
# it (Duden: Gedankenstrich); a comment with a finite verb is a statement of its own (instructions.py).
_COMMENT: Final = re.compile(r"^(?P<head>.+?)\s+[–—]\s+(?P<comment>.+?)[.!]$")


def _without_comment(sentence: str) -> str:
    """The instruction without a clause after a dash ("Rufen Sie an – aber …" -> "Rufen Sie an.")."""
    found = _COMMENT.match(sentence)
    if found is None or not comment_only(found["comment"]):
        return sentence
    return found["head"].rstrip(",") + "."


def _coordinated(sentence: str) -> list[str]:
    """ "Zahlen Sie nichts und öffnen Sie nicht." -> both instructions; [] when it is no instruction.

    Two Sie-imperatives joined by "und" (German coordination of main clauses, Duden grammar) are two
    statements, one a sentence (Netzwerk Leichte Sprache). Each half keeps its own negation.
    """
    if not _IMPERATIVE_END.search(sentence) or _NOT_ADVICE.search(sentence):
        return []
    halves = re.split(r",?\s+und\s+(?=[a-zäöü]+\s+Sie\b)", sentence[:-1])
    out: list[str] = []
    for half in halves:
        text = f"{half[:1].upper()}{half[1:]}."
        tagged = morph.tag(text)
        if len(tagged) < 3 or not tagged[0].pos.startswith("V") or tagged[1].word != "Sie":
            return []
        out.append(text)
    return out
