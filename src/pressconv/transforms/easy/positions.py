"""A statement's position in the sender's own frame: what it demands, criticises or thinks, plainly.

The rubric asks of a statement or opinion "who says what … clearly marked as their view"
(easy-judging.md); the last blind judgement found none of the demands and nothing of what is
criticised. German press statements name the position in a few plain constructions this module reads,
each only with the sender (its name, its head noun, "wir") as the subject:

- a frame verb with a noun phrase as its object: "Der Verband fordert einen höheren Mindestlohn."
  (``frame_lines``); the object stays whole, coordinated demands become one sentence or one each;
- a call on someone: "fordert die Stadt auf, … zu bauen" -> "<Sender> fordert: Die Stadt soll …
  bauen." (``call_lines``); a dass-clause after a factive frame verb: "kritisiert, dass die Stadt …
  spart" -> "<Sender> kritisiert: Die Stadt spart …" (``that_lines``); a noun of opinion: "Nach
  Ansicht der X ist …" -> "<Sender> meint: …" (``view_lines``); "lehnt X ab" -> "ist gegen X"
  (``stance_lines``);
- the number of the demands ("sieben Kernforderungen", a list after "Wir fordern:") with the list's
  first items (``demand_count``, ``listed_demands``);
- the title from the position, never "<Sender> schreibt über …" (``statement_title``).

Everything here is a candidate: the caller rewrites it (genitive, Präteritum) and the verifier keeps
it only if it passes every rule and guard (omission over error, DESIGN §6).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.accusations import accusation
from pressconv.transforms.easy.framesender import short_names
from pressconv.transforms.easy.lexicon import lookup
from pressconv.transforms.easy.limits import HARD_LIMIT
from pressconv.transforms.easy.organisations import ORG_GENDERS
from pressconv.transforms.easy.readability import words
from pressconv.transforms.easy.reasons import REASON_VERB, reason_sentence, split_reason
from pressconv.transforms.easy.sender import Sender, with_article
from pressconv.transforms.easy.source import SourceSentence

__all__ = [
    "accusation_lines",
    "call_lines",
    "demand_count",
    "frame_lines",
    "list_counts",
    "listed_demands",
    "own_sentence",
    "position_lines",
    "stance_lines",
    "statement_title",
    "subject_of",
    "that_lines",
    "view_lines",
]

# Frame verbs of a position (third person singular, plural); "warnt vor" takes a dative object.
_VERBS: Final = {
    "fordert": "fordern",
    "verlangt": "verlangen",
    "kritisiert": "kritisieren",
    "bemängelt": "bemängeln",
    "begrüßt": "begrüßen",
    "warnt": "warnen",
}
_SINGULAR: Final = {plural: singular for singular, plural in _VERBS.items()}
# Connectives between verb and object only point back to the sentence before; without them the
# statement stands alone and stays true (as rewrite.py drops them inside a sentence).
_CONNECTIVE: Final = r"(?:(?:deshalb|deswegen|daher|darum|zudem|außerdem|nun|jetzt|erneut|ebenfalls|weiterhin)\s+)*"
# A subordinate or relative clause after the object: cut there (the object noun phrase stays whole).
_CLAUSE_CUT: Final = re.compile(r",\s+(?:die|der|das|den|dem|deren|dessen|welche[rsmn]?|um|damit|weil|da|denn|wenn|was)\b")
# Determiners and attributes an accusative object may open with; never a preposition, a comma or "dass".
_OBJECT_TAGS: Final = ("ART", "PIAT", "PIDAT", "ADJ(A)", "NN", "NE", "CARD", "PPOSAT")
# Nouns of a point in time ("zur Halbzeit", "zum Jahresende"): a phrase with one of them before the
# object only says when; the demand or criticism stays true without it.
_TIME_NOUNS: Final = re.compile(
    r"(?:halbzeit|beginn|anfang|ende|auftakt|start|abschluss|mitte|hälfte|jahr|woche|monat)$", re.IGNORECASE
)
_NOT_PLAIN: Final = re.compile(r"\b(?:nicht|kein\w*|wenn|falls|würde\w*|könnte\w*|sollte\w*|wolle\w*)\b")
# German number words up to twelve; larger counts are written as digits in the source already.
_NUMBERS: Final = {
    "zwei": "2",
    "drei": "3",
    "vier": "4",
    "fünf": "5",
    "sechs": "6",
    "sieben": "7",
    "acht": "8",
    "neun": "9",
    "zehn": "10",
    "elf": "11",
    "zwölf": "12",
}
_COUNT: Final = re.compile(
    rf"\b(?P<n>{'|'.join(_NUMBERS)}|\d{{1,2}})\s+(?P<core>Kern|Haupt)?(?:f|F)orderungen\b", re.IGNORECASE
)


def _names(sender: Sender) -> tuple[str, list[str]]:
    """The sender's names as one pattern ("Bündnis Kabel und Drähte|Kabel & Drähte") and its head nouns."""
    names = {sender.name, sender.name.replace(" und ", " & ")}
    head = sender.kind.split()[-1] if sender.kind else None
    heads: list[str] = []
    if head is not None and sender.name.startswith(head + " "):
        # "Bündnis Kabel und Drähte" is "Kabel & Drähte" in its own sentences too.
        bare = sender.name.removeprefix(head + " ")
        names |= {bare, bare.replace(" und ", " & ")}
    if head is not None:
        heads.append(head)  # "ein Bündnis" -> "das Bündnis" (the sender's own self-description, sender.py)
    branch = re.search(r"\bvon der ([A-ZÄÖÜ][\w\-]*(?: [A-ZÄÖÜ][\w\-]*)?)$", sender.name)
    if branch is not None:
        # "Ortsverband Nordheim von der Blauen Liste": a branch speaks as its party ("Die Blaue Liste
        # kritisiert …"); after "die" the weak adjective of the feminine nominative ends in "-e".
        names.add(re.sub(r"^([A-ZÄÖÜ]\w*)en (?=[A-ZÄÖÜ])", r"\1e ", branch.group(1)))
    first = sender.name.split()[0]
    if sender.gender is not None and first[:1].isupper() and len(first) > 3 and first not in heads:
        # "die Gewerkschaft" for "Gewerkschaft Nahverkehr Süd": the name's own head noun (sender.py
        # knows its gender) with the definite article is how a release names its sender again.
        heads.append(first)
        # "die Initiative" for "die Bürgerinitiative": a compound's last part names it again (framesender.py).
        heads += [tail for tail in short_names(first) if tail not in heads]
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)), heads


def own_sentence(text: str, sender: Sender | None) -> bool:
    """The sentence speaks as the sender: it opens with the sender as its subject, or says "wir".

    Only "wir" as a subject makes it the sender's own claim; "uns"/"unser" as an object or an
    attribute ("Der Bürgermeister kritisiert uns, weil …") is somebody else speaking about the sender.
    """
    if re.search(r"\b[Ww]ir\b", text):
        return True
    return sender is not None and re.match(rf"^(?:{'|'.join(_subjects(sender))})\s", text.strip()) is not None


def _subjects(sender: Sender) -> list[str]:
    """How a release names its sender as a subject: its name, its head noun ("Das Bündnis")."""
    name, heads = _names(sender)
    found = [rf"(?:(?:Der|Die|Das)\s+(?:[A-ZÄÖÜ][\wäöüß\-]+\s+)?)?(?:{name})"]
    found += [rf"(?:Der|Die|Das)\s+{re.escape(h)}" for h in heads]
    unit = _unit(sender)
    if unit is not None:
        # "Die Gruppe der Wählerliste im Rat Neudorf": the unit with its body as attribute.
        owner = re.escape(sender.name.split()[0])
        found.insert(
            0,
            rf"(?:Der|Die|Das)\s+{re.escape(unit[0])}\s+(?:der|des|von der|vom)\s+{owner}"
            rf"(?:\s+(?:im|in der|in)\s+[A-ZÄÖÜ][\wäöüß\-]*(?:\s+[A-ZÄÖÜ][\wäöüß\-]*)?)?",
        )
    return found


def _unit(sender: Sender) -> tuple[str, str] | None:
    """ "Gruppe", "die" of "Wählerliste Neudorf, Gruppe im Gemeinderat": a letterhead's unit after its body.

    Letterheads name the body first and the unit that writes after a comma (sender.py, _department);
    a unit with a complement ("im Stadtrat") stays in the name there, and is read here.
    """
    if sender.name.count(",") != 1 or sender.gender is None:
        return None
    head = sender.name.split(",")[1].split()[0] if sender.name.split(",")[1].split() else ""
    plain = head.lower()
    gender = ORG_GENDERS.get(plain)
    entry = lookup(head)
    if entry is not None and entry.gender in ("der", "die", "das"):
        gender = entry.gender
    return (head, gender) if gender is not None and head[:1].isupper() else None


def _subject(sender: Sender, body: Sequence[SourceSentence] = ()) -> str:
    """The sender as the subject: "Die Gewerkschaft Nord"; a name after its kind ("Bündnis Kabel und
    Drähte") by the name alone where the release itself opens a sentence with it ("Kabel & Drähte
    fordert …"): the release's own short name, which leaves room for the position."""
    head = sender.kind.split()[-1] if sender.kind else None
    if head is not None and sender.name.startswith(head + " "):
        bare = sender.name.removeprefix(head + " ")
        forms = (bare, bare.replace(" und ", " & "))
        if any(s.text.startswith(tuple(f + " " for f in forms)) for s in body if not s.speech):
            return bare
    if _unit(sender) is not None:
        # "Die Wählerliste Neudorf" of "Wählerliste Neudorf, Gruppe im Gemeinderat": the unit
        # speaks in its body's name (letterhead convention, as sender.body_of); "Die Gruppe von der
        # Wählerliste" would chain two nouns the rules read as nominal style.
        body_name = sender.name.split(",")[0].strip()
        subject = with_article(Sender(body_name, sender.gender, plural=sender.plural), "nom")
        return subject[:1].upper() + subject[1:]
    subject = with_article(sender, "nom")
    return subject[:1].upper() + subject[1:]


def subject_of(sender: Sender | None, body: Sequence[SourceSentence]) -> str | None:
    """The sender as the position sentences name it ("Die Gewerkschaft Nord", "Kabel und Drähte")."""
    return _subject(sender, body) if sender is not None else None


def _opening(text: str, sender: Sender) -> re.Match[str] | None:
    """The sender's opening "X fordert/kritisiert …" with subject, verb and rest, or None."""
    subjects = "|".join(_subjects(sender))
    verbs = "|".join([*_VERBS, *_VERBS.values()])
    return re.match(rf"^(?P<s>{subjects}|Wir)\s+(?P<v>{verbs})\s+{_CONNECTIVE}(?P<rest>.+)$", text)


def _object(rest: str, warn: bool) -> str | None:
    """The object noun phrase after the frame verb, cut before a subordinate clause; None if no plain one."""
    rest = rest.strip().rstrip(".!").strip()
    cut = _CLAUSE_CUT.search(rest)
    if cut is not None:
        rest = rest[: cut.start()]
    if "," in rest or ":" in rest or ";" in rest or " – " in rest or "„" in rest:
        return None  # an apposition, an enumeration or a quote: not one plain object
    if warn:
        # "warnt vor den Folgen": the object is the "vor" phrase (dative).
        return rest if rest.startswith("vor ") else None
    if re.search(r"\bauf$", rest) or rest.startswith(("dass", "zu ", "dazu", "darum", "auf ", "an ")):
        return None
    tagged = morph.tag(rest)
    addressee = ""
    from_whom = re.match(
        r"von\s+(?:der|dem|den)\s+(?:[a-zäöü]\w*\s+)?[A-ZÄÖÜ][\wäöüß\-]*(?:\s+[A-ZÄÖÜ][\wäöüß\-]*)?\s+", rest
    )
    if from_whom is not None and tagged and morph.tag(rest[from_whom.end() :])[:1]:
        # "verlangt von der Stadt mehr Geld": whom the demand is made of stays with the object.
        addressee, rest = from_whom.group(0), rest[from_whom.end() :]
        tagged = morph.tag(rest)
    elif tagged and tagged[0].pos in ("APPR", "APPRART"):
        rest, tagged = _without_time_phrase(rest, tagged)
    if not tagged or tagged[0].pos not in _OBJECT_TAGS:
        return None
    # A finite verb inside means a clause, not a noun phrase ("fordert die Stadt handelt"): no object.
    if any(t.pos.endswith("(FIN)") or t.pos.endswith("FIN") for t in tagged):
        return None
    if tagged[-1].pos.startswith("V"):
        return None  # "fordert mehr Geld bereitzustellen": an infinitive clause, left to clauses.py
    return addressee + rest


def _without_time_phrase(rest: str, tagged: tuple[morph.Token, ...]) -> tuple[str, tuple[morph.Token, ...]]:
    """ "zur Halbzeit der Wahlperiode eine schwache Bilanz" -> "eine schwache Bilanz" (a time phrase only)."""
    index = 1
    while index < len(tagged) and tagged[index].pos in ("ART", "ADJ(A)"):
        index += 1
    if index >= len(tagged) or tagged[index].pos != "NN" or not _TIME_NOUNS.search(tagged[index].word):
        return rest, ()
    index += 1
    # A genitive attribute of the time noun ("der Wahlperiode") belongs to the phrase.
    if index + 1 < len(tagged) and tagged[index].word in ("der", "des") and tagged[index + 1].pos == "NN":
        index += 2
    kept = [t.word for t in tagged[index:]]
    if not kept:
        return rest, ()
    text = re.sub(r"\s+([.,!?])", r"\1", " ".join(kept))
    return text, morph.tag(text)


def frame_lines(body: Sequence[SourceSentence], sender: Sender | None, rewritten: Callable[[str], str]) -> list[str]:
    """ "Der Verband fordert einen höheren Mindestlohn.": the sender's positions as candidate sentences.

    Only the sender's own sentences (no quotation, no heading) whose subject is the sender, and
    none with a negation or a condition before the verb's object (rubric, item 2: never lose
    *nicht*). The sentences keep the source's object whole and are rewritten by the caller's rules.
    """
    if sender is None:
        return []
    subject = _subject(sender, body)
    plural = sender.plural or (subject.count(" und ") == 1 and bool(re.search(r" und (?:der|die|das) ", subject)))
    out: list[str] = []
    for sentence in body:
        if sentence.speech or sentence.heading:
            continue
        match = _opening(sentence.text.strip(), sender)
        if match is None:
            continue
        position, reason = split_reason(match["rest"], _main_clause)
        if _NOT_PLAIN.search(position):
            continue
        verb = _SINGULAR.get(match["v"], match["v"])
        items = [part.strip() for part in re.split(r"\s+sowie\s+", position.rstrip(".! "))]
        objects = [_object(item, verb == "warnt") for item in items]
        if not objects or any(o is None for o in objects):
            continue  # a list cut to some of its items could mislead: all items or none
        finite = _VERBS[verb] if plural else verb
        found = [o for o in objects if o is not None]
        if len(found) > 1:
            # One sentence for the whole list where it fits ("fordert A und B"): no "auch" pointing back.
            whole = rewritten(f"{subject} {finite} {', '.join(found[:-1])} und {found[-1]}.")
            if len(words(whole)) <= HARD_LIMIT:
                _add(out, whole, reason, rewritten)
                continue
            reason = None  # the reason explains the whole position, not one of its items
        for index, item in enumerate(found):
            also = " auch" if index else ""
            text = rewritten(f"{subject} {finite}{also} {item}.")
            if len(words(text)) <= HARD_LIMIT:
                _add(out, text, reason, rewritten)
    return out


def _add(out: list[str], line: str, reason: str | None, rewritten: Callable[[str], str]) -> None:
    """The position line, and its reason right after it in the sender's frame (reasons.py) where it fits."""
    if line in out:
        return
    out.append(line)
    subject = re.match(rf"^(?P<s>.+?) (?:{'|'.join([*_VERBS, *_VERBS.values(), 'ist', 'sind'])})\b", line)
    if reason is None or subject is None:
        return
    plural = not re.match(rf"^{re.escape(subject['s'])} (?:{'|'.join(_VERBS)}|ist)\b", line)
    because = reason_sentence(subject["s"], rewritten(reason.rstrip(".!") + "."), plural=plural)
    if len(words(because)) <= HARD_LIMIT and because not in out:
        out.append(because)


# A sentence or heading that introduces a list of demands: "Wir fordern:", "Unsere Forderungen".
_LIST_INTRO: Final = re.compile(r"\b(?:forder(?:t|n)|Forderung(?:en)?|Kernforderung(?:en)?)\b")
# A list of demands is summarised by its count and at most three items (issue 16 brief, Facts).
_LIST_EXAMPLES: Final = 3


def _demand_lists(body: Sequence[SourceSentence]) -> list[list[str]]:
    """The items of each bulleted or numbered list a demand intro ("Wir fordern:") opens.

    The source marks list items as ``heading`` sentences sharing their block's number (source.py); the
    intro is the sender's own sentence ending in a colon, or a heading naming the demands, just before.
    """
    found: list[list[str]] = []
    index = 0
    while index < len(body):
        intro = body[index]
        run: list[SourceSentence] = []
        after = index + 1
        while after < len(body) and body[after].heading and (not run or body[after].paragraph == run[0].paragraph):
            if body[after].paragraph == intro.paragraph:
                break
            run.append(body[after])
            after += 1
        opens = not intro.speech and _LIST_INTRO.search(intro.text) is not None
        opens = opens and (intro.text.rstrip().endswith(":") or intro.heading)
        if opens and len(run) >= 2:
            found.append([item.text.strip().rstrip(".;,") for item in run])
            index = after
            continue
        index += 1
    return found


def listed_demands(body: Sequence[SourceSentence], sender: Sender | None, rewritten: Callable[[str], str]) -> list[str]:
    """ "<Sender> fordert mehr Geld für Schulen.": the first items of a list of demands, one sentence each.

    The count goes with them (``demand_count``), so the reader knows there are more; an item is a
    noun phrase ("Mehr Geld für Schulen": the frame's object) or a sentence of its own ("Die Stadt
    muss …": after "fordert:" as the sender's words). Each is a candidate for the verifier.
    """
    if sender is None:
        return []
    subject = _subject(sender, body)
    verb = "fordern" if sender.plural else "fordert"
    out: list[str] = []
    for items in _demand_lists(body):
        for item in items[:_LIST_EXAMPLES]:
            tagged = morph.tag(item)
            if not tagged or _NOT_PLAIN.search(item):
                continue
            if any(t.pos.endswith("(FIN)") for t in tagged):
                text = f"{subject} {verb}: {item}."
            elif tagged[-1].pos in ("VV(INF)", "VV(IZU)") and len(tagged) >= 2:
                # "den Beschluss aufzuheben", "Radwege ausbauen": a demand list's items in the infinitive
                # (list convention: the verb last, no subject); what is demanded gets its impersonal
                # subject, "Man soll …", in the sender's frame (as a demand with "muss", _as_view).
                bare = _infinitive(item) if any(t.pos in ("PTKZU", "VV(IZU)") for t in tagged) else item
                if bare is None or any(t.pos in ("KON", "$,") for t in tagged):
                    continue  # two infinitives or a second clause: not one plain demand
                bare = re.sub(r"\s+([.,!?])", r"\1", bare)
                bare = bare if tagged[0].pos in ("NN", "NE") else bare[:1].lower() + bare[1:]
                text = f"{subject} {verb}: Man soll {bare}."
            else:
                # "Mehr Geld für Schulen" -> "fordert mehr Geld für Schulen": only a noun keeps its capital.
                head = item if tagged[0].pos in ("NN", "NE") else item[:1].lower() + item[1:]
                obj = _object(head, False)
                if obj is None:
                    continue
                text = f"{subject} {verb} {obj}."
            text = rewritten(text)
            if len(words(text)) <= HARD_LIMIT and text not in out:
                out.append(text)
    return out


# "fordert die Stadt (dazu) auf, … zu bauen", "ruft den Landkreis auf, …", "appelliert an die
# Betriebe, …": the addressee is an accusative noun phrase, what it should do a zu-infinitive.
_ADDRESSEE: Final = r"(?P<a>(?:die|den|das)\s+(?:[a-zäöü][a-zäöüß]+en?\s+)?[A-ZÄÖÜ][\wäöüß\-]*(?:\s+[A-ZÄÖÜ][\wäöüß\-]*)?)"
_ADVERBS: Final = r"(?:(?:dazu|darum|nachdrücklich|erneut|eindringlich|dringend|deshalb|daher)\s+)*"
_CALLS: Final = (
    (re.compile(rf"^(?:forder(?:t|n))\s+{_ADDRESSEE}\s+{_ADVERBS}auf,\s+(?P<do>[^,;:]+)$"), "fordert", "fordern"),
    (re.compile(rf"^(?:ruft|rufen)\s+{_ADDRESSEE}\s+{_ADVERBS}auf,\s+(?P<do>[^,;:]+)$"), "bittet", "bitten"),
    (re.compile(rf"^(?:appelliert|appellieren)\s+{_ADVERBS}an\s+{_ADDRESSEE},\s+(?P<do>[^,;:]+)$"), "bittet", "bitten"),
)
_CONDITION: Final = re.compile(r"\b(?:wenn|falls|sofern|würde\w*|könnte\w*|sollte\w*)\b", re.IGNORECASE)


def _nominative(phrase: str) -> str:
    """ "den neuen Stadtrat" -> "der neue Stadtrat": the accusative addressee as a subject.

    Only the masculine singular differs (Duden grammar: "den" -> "der", the weak adjective "-en" -> "-e");
    "die" and "das" phrases read the same in both cases.
    """
    if not phrase.startswith("den "):
        return phrase
    rest = phrase[4:]
    rest = re.sub(r"^([a-zäöü][a-zäöüß]+)en ", r"\1e ", rest)
    return "der " + rest


def _infinitive(clause: str) -> str | None:
    """ "mehr Wohnungen zu bauen" -> "mehr Wohnungen bauen": the zu-infinitive as the bare infinitive."""
    tagged = morph.tag(clause)
    if not tagged or not any(t.pos in ("PTKZU", "VV(IZU)") for t in tagged):
        return None
    if not (tagged[-1].pos.startswith("V") and tagged[-1].pos.endswith(("(INF)", "(IZU)"))):
        return None  # the clause must end in its verb: anything after it is not one plain infinitive
    out: list[str] = []
    for token in tagged:
        if token.pos == "PTKZU":
            continue
        out.append(token.lemma if token.pos == "VV(IZU)" and token.lemma else token.word)
    return " ".join(out)


def _plural_addressee(phrase: str) -> bool | None:
    """Whether "die X" is plural: a plural form, or a masculine or neuter noun after "die"; None if unknown.

    "den"/"das" phrases are singular; "die" is a feminine singular or any plural (Duden grammar), so
    the noun decides: its plural ending (titles.plural_noun), else its gender (titles.noun_gender).
    """
    from pressconv.transforms.easy.titles import noun_gender, plural_noun

    if not phrase.startswith("die "):
        return False
    head = morph.tag(phrase)[-1]
    if plural_noun(head.word, head.lemma or head.word):
        return True
    gender = noun_gender(head.word)
    if gender in ("der", "das"):
        return True
    return False if gender == "die" and (head.lemma or head.word) == head.word else None


def call_lines(body: Sequence[SourceSentence], sender: Sender | None, rewritten: Callable[[str], str]) -> list[str]:
    """ "Der Mieterbund fordert: Die Stadt soll mehr Wohnungen bauen.": whom the sender calls on to do what.

    German states a demand to someone as "fordert X auf, … zu tun" (or "ruft X auf", "appelliert an
    X"); the plain form names the addressee as the subject of "soll", the sender's frame marks it as
    the sender's view (easy-judging.md, statement). *nicht* stays where the source has it; a condition
    or a subjunctive leaves the sentence out.
    """
    if sender is None:
        return []
    subject = _subject(sender, body)
    out: list[str] = []
    for sentence in body:
        if sentence.speech or sentence.heading or _CONDITION.search(sentence.text):
            continue
        opening = re.match(rf"^(?P<s>{'|'.join(_subjects(sender))}|Wir)\s+(?P<rest>.+?)[.!]?$", sentence.text.strip())
        if opening is None:
            continue
        for pattern, singular, plural in _CALLS:
            match = pattern.match(opening["rest"])
            if match is None:
                continue
            do = _infinitive(match["do"])
            if do is None:
                break
            addressee = _nominative(match["a"])
            many = _plural_addressee(addressee)
            if many is None:
                break  # "die Eltern"/"die Bürger": whether "soll" or "sollen" is not known, so nothing is said
            verb = plural if sender.plural else singular
            text = f"{subject} {verb}: {addressee[:1].upper()}{addressee[1:]} {'sollen' if many else 'soll'} {do}."
            text = rewritten(text)
            if len(words(text)) <= HARD_LIMIT and text not in out:
                out.append(text)
            break
    return out


# "kritisiert, dass …": a frame verb whose object is a dass-clause the sender states as a fact (a
# factive verb: what is criticised, regretted or welcomed is said to be so). "fordert, dass" is
# clauses.py's ("… soll …").
_THAT_VERBS: Final = {
    "kritisiert": ("kritisiert", "kritisieren"),
    "kritisieren": ("kritisiert", "kritisieren"),
    "bemängelt": ("kritisiert", "kritisieren"),
    "bemängeln": ("kritisiert", "kritisieren"),
    "beklagt": ("kritisiert", "kritisieren"),
    "beklagen": ("kritisiert", "kritisieren"),
    "bedauert": ("bedauert", "bedauern"),
    "bedauern": ("bedauert", "bedauern"),
    "begrüßt": ("begrüßt", "begrüßen"),
    "begrüßen": ("begrüßt", "begrüßen"),
    "warnt": ("warnt", "warnen"),
    "warnen": ("warnt", "warnen"),
}
# Separable verb particles that never form an inseparable verb (Duden grammar): "zumacht" ->
# "macht … zu". um-, durch-, über-, unter- are left out (both kinds exist).
_PARTICLES: Final = (
    "zurück",
    "weiter",
    "statt",
    "fest",
    "ab",
    "an",
    "auf",
    "aus",
    "bei",
    "ein",
    "mit",
    "nach",
    "vor",
    "weg",
    "zu",
    "los",
)


def _main_clause(clause: str) -> str | None:
    """ "die Stadt zu wenig Busse kauft" -> "Die Stadt kauft zu wenig Busse": verb-final to verb-second.

    Only a clause that opens with its subject (an article and a noun, or a name) and ends in its
    finite verb, with no comma (no second clause); otherwise None. A subordinate clause ends in its
    finite verb (German verb-final order), so a last verb the tagger reads as an infinitive ("weil
    viele Familien wenig Geld haben": the plural looks like the infinitive) is finite there too.
    """
    if "," in clause or re.search(r"\b(?:dass|und dass|oder)\b", clause):
        return None
    tagged = morph.tag(clause)
    if len(tagged) >= 3 and tagged[-1].pos in ("VA(INF)", "VV(INF)", "VM(INF)"):
        if any(t.pos.endswith("(FIN)") or t.pos.endswith("(INF)") or t.pos.endswith("(PP)") for t in tagged[:-1]):
            return None  # another verb before it: which one is finite is not sure
        last = tagged[-1]
        tagged = (*tagged[:-1], morph.Token(word=last.word, lemma=last.lemma, pos=last.pos.replace("(INF)", "(FIN)")))
    if len(tagged) < 3 or not tagged[-1].pos.endswith("(FIN)"):
        return None
    index = 1 if tagged[0].pos in ("ART", "PIAT", "PIDAT", "CARD") else 0
    while index < len(tagged) and tagged[index].pos == "ADJ(A)":
        index += 1
    start = index
    while index < len(tagged) and tagged[index].pos in ("NN", "NE"):
        index += 1
    if index == start or index >= len(tagged) - 1:
        return None
    if tagged[index].pos == "ART" and tagged[index].word in ("des", "der", "eines", "einer"):
        # "der Großteil der digitalen Dienste …": a genitive attribute goes on with the subject; the
        # verb put before it would split the subject ("Der Großteil werde der digitalen Dienste …").
        return None
    subject = [t.word for t in tagged[:index]]
    end = len(tagged) - 1
    while end > index and tagged[end - 1].pos.startswith("V") and not tagged[end - 1].pos.endswith("(FIN)"):
        end -= 1
    finite = tagged[-1]
    verb, particle = finite.word, ""
    lemma = finite.lemma or ""
    for p in _PARTICLES:
        if lemma.startswith(p) and verb.startswith(p) and len(verb) > len(p) + 2 and end == len(tagged) - 1:
            verb, particle = verb[len(p) :], p
            break
    rest = [t.word for t in tagged[index:end]] + [t.word for t in tagged[end:-1]] + ([particle] if particle else [])
    text = " ".join([*subject, verb, *rest])
    return text[:1].upper() + text[1:]


def that_lines(body: Sequence[SourceSentence], sender: Sender | None, rewritten: Callable[[str], str]) -> list[str]:
    """ "Die Gewerkschaft kritisiert: Die Stadt kauft zu wenig Busse.": what the sender criticises, as it says it."""
    if sender is None:
        return []
    subject = _subject(sender, body)
    verbs = "|".join(_THAT_VERBS)
    out: list[str] = []
    for sentence in body:
        if sentence.speech or sentence.heading or _CONDITION.search(sentence.text):
            continue
        statement, reason = split_reason(sentence.text.strip(), _main_clause)
        match = re.match(
            rf"^(?P<s>{'|'.join(_subjects(sender))}|Wir)\s+(?P<v>{verbs})(?:\s+(?:zudem|außerdem|auch|erneut|scharf|deutlich))*,"
            rf"\s+dass\s+(?P<c>[^,;:]+?)[.!]?$",
            statement,
        )
        if match is None:
            continue
        main = _main_clause(match["c"])
        if main is None:
            continue
        singular, plural = _THAT_VERBS[match["v"]]
        verb = plural if sender.plural else singular
        text = rewritten(f"{subject} {verb}: {main}.")
        if len(words(text)) <= HARD_LIMIT:
            _add(out, text, reason, rewritten)
    return out


# "Nach Ansicht der Gewerkschaft ist der Plan falsch.", "Aus Sicht des Verbands fehlt Geld.", "Wir
# sind der Meinung, dass …": the sender's view named by a noun of opinion (Ansicht, Auffassung,
# Meinung, Einschätzung, Sicht); the plain form says it with "meint:" (easy-judging.md, statement).
_OPINION_NOUN: Final = r"(?:Ansicht|Auffassung|Meinung|Einschätzung|Sicht)"
_GENITIVE: Final = r"(?:der|des|von der|vom|von)"


def view_lines(body: Sequence[SourceSentence], sender: Sender | None, rewritten: Callable[[str], str]) -> list[str]:
    """ "Die Gewerkschaft Nord meint: Der Plan ist falsch.": a view the release marks by a noun of opinion."""
    if sender is None:
        return []
    subject = _subject(sender, body)
    # "meint" marks an opinion as plainly as "sagt" and is what the noun of opinion says (Meinung).
    verb = "meinen" if sender.plural else "meint"
    names = _subjects(sender)
    name, heads = _names(sender)
    # The sender after a genitive article or "von" ("der Gewerkschaft Nord", "des Bündnisses").
    alternatives = "|".join([rf"(?:[A-ZÄÖÜ][\wäöüß\-]+\s+)?(?:{name})", *(rf"{re.escape(h)}(?:s|es|ses)?" for h in heads)])
    sender_genitive = rf"{_GENITIVE}\s+(?:{alternatives})"
    out: list[str] = []
    for sentence in body:
        text = sentence.text.strip()
        if sentence.speech or sentence.heading or _CONDITION.search(text):
            continue
        main: str | None = None
        opener = re.match(rf"^(?:Nach|Aus)\s+{_OPINION_NOUN}\s+{sender_genitive}\s+(?P<rest>[^,;:]+?)[.!]?$", text)
        if opener is not None:
            # "ist der neue Plan falsch": the finite verb first, then the subject noun phrase.
            tagged = morph.tag(opener["rest"])
            if len(tagged) >= 3 and tagged[0].pos.endswith("(FIN)"):
                index = 2 if tagged[1].pos in ("ART", "PIAT", "PIDAT", "CARD") else 1
                while index < len(tagged) and tagged[index].pos == "ADJ(A)":
                    index += 1
                start = index
                while index < len(tagged) and tagged[index].pos in ("NN", "NE"):
                    index += 1
                if index > start and index < len(tagged):
                    np = " ".join(t.word for t in tagged[1:index])
                    main = " ".join([np[:1].upper() + np[1:], tagged[0].word, *(t.word for t in tagged[index:])])
        else:
            that = re.match(
                rf"^(?:{'|'.join(names)}|Wir)\s+(?:ist|sind)\s+der\s+{_OPINION_NOUN},\s+dass\s+(?P<c>[^,;:]+?)[.!]?$", text
            )
            main = _main_clause(that["c"]) if that is not None else None
        if main is None:
            continue
        line = rewritten(f"{subject} {verb}: {main}.")
        if len(words(line)) <= HARD_LIMIT and line not in out:
            out.append(line)
    return out


# "spricht sich gegen X aus", "lehnt X ab": a stance with a separable or reflexive verb, said
# plainly as "ist gegen X" / "ist für X" (the object keeps the accusative "für"/"gegen" take).
_STANCES: Final = (
    (
        re.compile(
            r"^(?:spricht|sprechen)\s+sich\s+(?:(?:klar|deutlich|erneut|entschieden)\s+)*(?P<side>für|gegen)\s+(?P<o>.+)\s+aus$"
        ),
        "",
    ),
    (re.compile(r"^(?:lehnt|lehnen)\s+(?P<o>.+?)\s+(?:(?:klar|deutlich|entschieden|strikt)\s+)*ab$"), "gegen"),
)


def stance_lines(body: Sequence[SourceSentence], sender: Sender | None, rewritten: Callable[[str], str]) -> list[str]:
    """ "Der Verband ist gegen die Kürzungen.": the sender's stance from "spricht sich … aus" or "lehnt … ab"."""
    if sender is None:
        return []
    subject = _subject(sender, body)
    verb = "sind" if sender.plural else "ist"
    out: list[str] = []
    for sentence in body:
        if sentence.speech or sentence.heading:
            continue
        statement, reason = split_reason(sentence.text.strip(), _main_clause)
        opening = _opening_any(statement, sender)
        if opening is None or _NOT_PLAIN.search(opening):
            continue
        for pattern, fixed in _STANCES:
            match = pattern.match(opening)
            if match is None:
                continue
            obj = _object(match["o"], False)
            if obj is not None:
                line = rewritten(f"{subject} {verb} {fixed or match['side']} {obj}.")
                if len(words(line)) <= HARD_LIMIT:
                    _add(out, line, reason, rewritten)
            break
    return out


def accusation_lines(body: Sequence[SourceSentence], sender: Sender | None, rewritten: Callable[[str], str]) -> list[str]:
    """ "Die Fraktion sagt: Der Bürger·meister hat gelogen.": what the sender accuses someone of (accusations.py)."""
    if sender is None:
        return []
    subject = _subject(sender, body)
    out: list[str] = []
    for sentence in body:
        if sentence.speech or sentence.heading:
            continue
        opening = _opening_any(sentence.text.strip(), sender)
        line = accusation(opening, subject, plural=sender.plural) if opening is not None else None
        if line is None:
            continue
        line = rewritten(line)
        if len(words(line)) <= HARD_LIMIT and line not in out:
            out.append(line)
    return out


def _opening_any(text: str, sender: Sender) -> str | None:
    """What follows the sender as the subject at the start of a sentence, without its end mark."""
    match = re.match(rf"^(?:{'|'.join(_subjects(sender))}|Wir)\s+(?P<rest>.+?)[.!]?$", text)
    return match["rest"] if match is not None else None


def list_counts(body: Sequence[SourceSentence]) -> list[str]:
    """The counts of the demand lists as digits: facts derived from the release (for the fact guard)."""
    return [str(len(items)) for items in _demand_lists(body)]


def demand_count(body: Sequence[SourceSentence], sender: Sender | None) -> str | None:
    """ "<Sender> hat 7 wichtige Forderungen.": the count of demands the sender states for itself.

    "sieben Kernforderungen" are the main demands of a paper; "wichtige Forderungen" says so in
    plain words. Only where one count is named (two different counts are not plain).
    """
    if sender is None:
        return None
    counts = {
        (_NUMBERS.get(m["n"].lower(), m["n"]), bool(m["core"]))
        for s in body
        if not s.speech and not s.heading
        for m in _COUNT.finditer(s.text)
    }
    # A list of demands counts its items itself ("Wir fordern:" and four bullets).
    counts |= {(str(len(items)), False) for items in _demand_lists(body)}
    if len({number for number, _ in counts}) == 1 and len(counts) == 2:
        counts = {max(counts)}  # "vier Kernforderungen" and a list of four: the same four demands
    if len(counts) != 1:
        return None
    number, core = counts.pop()
    if number in ("0", "1"):
        return None
    subject = _subject(sender, body)
    verb = "haben" if sender.plural else "hat"
    return f"{subject} {verb} {number} {'wichtige ' if core else ''}Forderungen."


# A title says the position in at most 10 words (issue 16, Title); the verbs ranked by how much of
# the position they say: what is demanded or criticised before a welcome or a warning.
_TITLE_WORDS: Final = 10
_TITLE_VERBS: Final = (
    "fordert",
    "fordern",
    "kritisiert",
    "kritisieren",
    "verlangt",
    "verlangen",
    "warnt",
    "warnen",
    "meint",
    "meinen",
    "bedauert",
    "bedauern",
    "begrüßt",
    "begrüßen",
    "ist gegen",
    "sind gegen",
    "ist für",
    "sind für",
)


def statement_title(lines: Sequence[str], *, long: bool = True, counted: bool = False) -> str | None:
    """ "Der Verband fordert einen höheren Mindest·lohn": the first verified position line as the title.

    Never "<Sender> schreibt über …" (judged generic): the title says what the sender demands or
    criticises, from a sentence of ``frame_lines`` the verifier has accepted already. A line "… fordert
    auch X" is no title: "auch" points back at a demand the title does not name. Without ``long``,
    only a short line (10 words, no colon): a longer one is the title only in place of a topic frame.
    With ``counted``, the count line ("X hat 3 Forderungen") is the last choice, in place of a generic line.
    """
    # Several demands counted ("X hat 7 Forderungen."): one of them is no title for all of them.
    many = any(_COUNT_LINE.search(line) for line in lines)
    verbs = [v for v in _TITLE_VERBS if not (many and v.startswith(("ford", "verlang")))]
    for verb in verbs:
        for line in lines:
            if re.search(rf"^\S.*? {verb} (?!auch )", line) and ":" not in line and len(words(line)) <= _TITLE_WORDS:
                return line.rstrip(".")
    if not long:
        return None
    # A longer position line (up to 12 words) or the sender's words after a colon ("X kritisiert: Die
    # Stadt kauft zu wenig Busse") still say the position, better than a topic frame ("X schreibt
    # über …", judged generic in the last blind judgement).
    for verb in verbs:
        for line in lines:
            if re.search(rf"^[^:]*? {verb}(?::| (?!auch ))", line) and len(words(line)) <= HARD_LIMIT:
                return line.rstrip(".")
    if not counted:
        return None
    # The count of the demands says who demands and how much ("Die Initiative hat 3 Forderungen"):
    # more than a generic line ("Eine Nachricht …"), where no single position names what.
    return next((line.rstrip(".") for line in lines if _COUNT_LINE.search(line)), None)


_COUNT_LINE: Final = re.compile(r"^\S.*? (?:hat|haben) \d+ (?:wichtige )?Forderungen\.$")


def position_lines(
    body: Sequence[SourceSentence], sender: Sender | None, kind: str, rewritten: Callable[[str], str]
) -> list[tuple[str, str]]:
    """Every position candidate of a release with its origin ("position"), main one first.

    A list of demands is a position in any release; a frame
    verb ("X fordert Y", "X kritisiert: …", "X meint: …") only in a statement (kind.py). The caller
    verifies each candidate (rules, structure, fact guard) and leaves out what the summary says already.
    """
    listed = listed_demands(body, sender, rewritten)
    if kind != "statement" and not listed:
        return []
    count = demand_count(body, sender)
    framed: list[str] = []
    if kind == "statement":
        for lines in (call_lines, that_lines, accusation_lines, view_lines, stance_lines, frame_lines):
            framed += lines(body, sender, rewritten)
    found = [*([count] if count else []), *listed, *framed]
    # A reason line ("X sagt: …", reasons.py) explains the position line before it.
    return [(text, "reason" if f" {REASON_VERB}: " in text or " sagen: " in text else "position") for text in found]
