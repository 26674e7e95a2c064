"""Cuts of detail that leave a long source sentence's main clause whole and true (issue 16).

Each cut removes a part German grammar marks as an addition to a complete main clause, never a part
the statement depends on: a continuing clause after the main clause ("weiterführender Nebensatz",
Duden grammar), a participle group set off by commas, a demonstrative frame phrase ("in diesem
Zusammenhang"). Where the tags do not show that structure, or the part could qualify or reverse
the claim (negation, contrast, a limit), the sentence stays as it is and the verifier decides.
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.casualties import tells_a_death

__all__ = ["alternatives", "condensed", "without_range", "without_weekday_and_total"]

_FINITE: Final = ("VV(FIN)", "VA(FIN)", "VM(FIN)")
# Continuing clauses (Duden grammar, "weiterführender Nebensatz"): they comment on or go on from the
# whole main clause and never narrow one of its nouns, so the main clause is as true without them.
# "wobei" is not among them: it also opens a restriction ("…, wobei die Zahl noch offen ist").
_CONTINUING: Final = frozenset(["was", "woraufhin", "weshalb", "weswegen", "wodurch", "worauf", "womit"])
# Trailing adverbial clauses of consequence and of time before (Duden grammar: Konsekutivsatz,
# Temporalsatz der Vorzeitigkeit): they add what followed or came first; the main clause is true
# without them. Never "wenn/falls" (a condition), "obwohl" (a concession) or "bis" (without it a
# closure "bis die Reparatur fertig ist" would read as for ever).
_ADVERBIAL: Final = frozenset(["sodass", "nachdem"])
# A clause with one of these may reverse, limit or hedge the claim before it ("…, was die Polizei
# aber bestreitet"): the rubric forbids a dropped "nicht/nur/auch/alle" and a lost concession.
_QUALIFYING: Final = re.compile(
    r"\b(?:nicht|kein\w*|nie|niemand|nichts|nur|auch|alle\w*|ohne|aber|jedoch|doch|allerdings|noch|"
    r"unklar|offen|bestreit\w*|dementier\w*|falsch|wenn|falls|sofern|trotz\w*|obwohl)\b",
    re.IGNORECASE,
)
# Demonstrative frame phrases: they only point back to the source's previous sentence or name the
# current year of a yearly event; without them the statement stays true (rubric, item 3: a
# demonstrative pointing at nothing breaks the sentence). A closed class of frame nouns, not places
# or things a verb could need as its complement ("wohnt in diesem Haus" keeps its phrase).
_FRAME: Final = re.compile(r"\s(?:in diesem (?:Jahr|Zusammenhang|Rahmen|Sinne)|in dieser Hinsicht|darüber hinaus)(?=[\s,.])")


def condensed(sentence: str) -> str:
    """The sentence without continuing clauses, participle groups, frame phrases and a part's count."""
    return _without_fillers(
        without_range(
            _without_frame(_without_participle_group(_without_continuing_clause(_role_name(_without_part_count(sentence)))))
        )
    )


# Adverbs of manner and emphasis that officialese adds to a statement without changing what it says
# (Duden, Stilebene: "offiziell freigegeben", "feierlich eröffnet", "eigens bereitgestellt"): a sentence
# over the limit loses them first (Leichte Sprache: short sentences). Never a word that limits, negates
# or totals ("nur", "nicht", "auch", "alle", "insgesamt" are not here), never the Vorfeld's word.
# Never right after a negation: "nicht ausdrücklich verboten" is not "nicht verboten".
_FILLERS: Final = re.compile(
    r"(?<=\S)(?<!\bnicht)(?<!\bkein)(?<!\bkeine)(?<!\bkeinen) "
    r"(?:offiziell|feierlich|eigens|ausdrücklich|selbstverständlich|zudem|außerdem)(?= )"
)
_LIMIT_WORDS: Final = 12


def _without_fillers(sentence: str) -> str:
    """The sentence without the filler adverbs of _FILLERS, where it has more words than the limit."""
    if len(sentence.split()) <= _LIMIT_WORDS:
        return sentence
    return _FILLERS.sub("", sentence)


# An elliptic apposition that counts a part of the count before it, the number first ("…, 41 davon im
# Bußgeldbereich", "…, 3 darunter schwer"; Duden grammar: partitive Pronominaladverbien). It narrows no
# word of the main clause, which is as true without it; without a finite verb it is no clause of its own.
_PART_COUNT: Final = re.compile(
    r", (?:\d[\d.]*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf) (?:davon|darunter) [^,;:]+(?=\.$)"
)


def _without_part_count(sentence: str) -> str:
    """ "187 Autos waren zu schnell, 41 davon deutlich." -> "187 Autos waren zu schnell."."""
    found = _PART_COUNT.search(sentence)
    if found is None or not re.search(r"\d", sentence[: found.start()]):
        return sentence  # the part needs its whole: a count before it in the main clause
    if any(t.pos in _FINITE for t in morph.tag(found.group(0))):
        return sentence  # "…, 41 davon waren …": a clause of its own
    return sentence[: found.start()] + sentence[found.end() :]


def _without_continuing_clause(sentence: str) -> str:
    """ "Der Verein hat ein Heim eröffnet, was für Freude sorgte." -> "Der Verein hat ein Heim eröffnet."

    Only the sentence's last clause, after a main clause with its own finite verb and no other
    comma (a comma before would leave open which clause the continuing one hangs on). "wo" counts
    only after an indefinite noun ("in ein Krankenhaus, wo …"), as a relative clause after an
    indefinite noun is non-restrictive (clauses._relatives). "was" after a pronoun ("alles, was …")
    is restrictive: never cut.
    """
    tagged = morph.tag(sentence)
    words = [t.word for t in tagged]
    if not words or words[-1] not in (".", "!"):
        return sentence
    commas = [i for i, w in enumerate(words) if w == ","]
    if len(commas) != 1:
        return sentence
    comma = commas[0]
    if comma < 3 or comma + 2 >= len(words) or not any(t.pos in _FINITE for t in tagged[:comma]):
        return sentence
    opener = words[comma + 1].lower()
    if opener == "so" and comma + 2 < len(words) and words[comma + 2] == "dass":
        opener = "sodass"  # "…, so dass …" is the same conjunction in two words
    before = tagged[comma - 1]
    if opener in _ADVERBIAL:
        pass
    elif opener == "wo":
        article = next((t for t in reversed(tagged[:comma]) if t.pos == "ART"), None)
        if before.pos != "NN" or article is None or article.word.lower() not in ("ein", "eine", "einem", "einer"):
            return sentence
    elif opener not in _CONTINUING or before.pos in ("PIS", "PDS", "PIAT"):
        return sentence
    main = tagged[:comma]
    if any(t.word.lower() == "es" for t in main) and not any(t.lemma == "geben" and t.pos in _FINITE for t in main):
        # "Es war lange ein Rätsel, wo …": "es" holds the place of the clause that follows (Duden
        # grammar, Korrelat); without it "es" points at nothing. "Es gibt …" has no such clause.
        return sentence
    clause = tagged[comma + 1 : -1]
    if tagged[-2].pos not in _FINITE or _QUALIFYING.search(" ".join(t.word for t in clause)):
        return sentence  # not a verb-final clause to the end, or it qualifies the claim
    if tells_a_death(" ".join(t.word for t in clause)):
        return sentence  # "…, sodass er starb": the death is the news, never a detail to cut (casualties.py)
    if words[0].lower() in ("wenn", "falls", "als", "weil", "da", "ob", "dass", "obwohl"):
        return sentence  # the first clause is itself subordinate
    return _text([*words[:comma], words[-1]])


def _role_name(sentence: str) -> str:
    """ "Die Landeswahlleiterin, Petra Muster, ruft …" -> "Landeswahlleiterin Petra Muster ruft …".

    A person's name set off by commas after a definite role noun is a close apposition in German
    written the loose way; the close form (role noun without article before the name, Duden
    grammar: "enge Apposition") says the same without two commas. Only article + one role noun +
    a name of two or three capitalised words + the finite verb, at the start of the sentence.
    """
    match = re.match(
        r"^(?:Der|Die) (?P<role>[A-ZÄÖÜ][a-zäöüß]+), (?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
        r"(?: [A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?){1,2}), (?P<rest>[a-zäöüß]+ .+)$",
        sentence,
    )
    if match is None:
        return sentence
    tagged = morph.tag(f"{match['role']} {match['name']} {match['rest']}")
    names = tagged[1 : 1 + len(match["name"].split())]
    verb = tagged[1 + len(names)] if 1 + len(names) < len(tagged) else None
    if tagged[0].pos != "NN" or any(t.pos != "NE" for t in names) or verb is None or verb.pos not in _FINITE:
        return sentence
    return f"{match['role']} {match['name']} {match['rest']}"


def _without_participle_group(sentence: str) -> str:
    """ "Der Verband hat, unterstützt von Helfern, 400 Bäume gepflanzt." -> without the participle group.

    A participle group set off by commas inside the clause (Duden grammar: "Partizipgruppe",
    comma-enclosed and so non-restrictive) only adds how or with whom; the clause around it has its
    subject, finite verb and objects outside it. Only a group of participle + preposition + noun
    phrase, without a finite verb, negation or scope word.
    """
    tagged = morph.tag(sentence)
    words = [t.word for t in tagged]
    commas = [i for i, w in enumerate(words) if w == ","]
    if len(commas) != 2:
        return sentence
    first, second = commas
    inside = tagged[first + 1 : second]
    if len(inside) < 3 or not _participle(inside[0].word) or inside[1].pos not in ("APPR", "APPRART"):
        return sentence
    if any(t.pos in _FINITE or t.pos in ("KOUS", "PRELS", "PTKNEG") for t in inside[1:]):
        return sentence
    if _QUALIFYING.search(" ".join(t.word for t in inside)):
        return sentence
    outside = [*tagged[:first], *tagged[second + 1 :]]
    if not any(t.pos in _FINITE for t in outside) or first < 2:
        return sentence
    return _text([*words[:first], *words[second + 1 :]])


def _participle(word: str) -> bool:
    """A past participle: lowercase, "ge-…-t/-en" or an unprefixed "-iert"/"be-/ver-/er-/unter-…-t"."""
    if not word[:1].islower():
        return False
    return bool(re.fullmatch(r"(?:\w*ge\w+(?:t|en)|\w+iert|(?:be|ver|er|ent|zer|unter|über)\w+t)", word))


def _without_frame(sentence: str) -> str:
    """ "Das Fest findet in diesem Jahr zum dritten Mal statt." -> "Das Fest findet zum dritten Mal statt."

    Only after the finite verb's second place (in the Mittelfeld): in the Vorfeld the phrase holds
    the verb's second place, and without it the verb would open the sentence.
    """
    tagged = morph.tag(sentence)
    verb = next((i for i, t in enumerate(tagged) if t.pos in _FINITE), None)
    if verb is None or verb == 0:
        return sentence
    found = re.search(rf"(?<!\w){re.escape(tagged[verb].word)}(?!\w)", sentence)
    if found is None:
        return sentence
    split = found.end()
    rest = _FRAME.sub("", sentence[split:])
    return sentence[:split] + rest if rest != sentence[split:] else sentence


# "im Kilogrammbereich", "im Millionenbereich": a measure as a range noun is officialese for an
# amount of that order (rubric, item 4: nominal style). Without it the statement stays true and the
# thing counted stays; only compounds of a unit or a number word, not places ("im Stadtbereich").
_RANGE: Final = re.compile(
    r"\s(?:im|in dem) (?:Kilogramm|Gramm|Tonnen|Liter|Meter|Kilometer|Euro|Prozent|Millionen|Milliarden|"
    r"Tausender|Hunderter)bereich(?!\w)"
)


def without_range(sentence: str) -> str:
    """ "Eine Frau soll im Tonnenbereich mit Altmetall gehandelt haben." -> without the range phrase."""
    return _RANGE.sub("", sentence)


# A weekday set off before a full date ("am Montag, 12. Mai 2026,") is an apposition (Duden grammar:
# "Datumsangabe mit Wochentag"): the date alone names the same day, so the statement stays true.
# Only after prepositions that take the date the same way without the weekday ("für Montag, 12. Mai"
# would need "für den 12. Mai").
_WEEKDAY: Final = re.compile(
    r"\b(?P<prep>[Aa]m|[Zz]um|[Vv]om|[Aa]b|[Ss]eit|[Bb]is) (?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|"
    r"Sonntag), (?P<date>\d{1,2}\. [A-ZÄÖÜ][a-zä]+(?: \d{4})?)"
    # The comma that closes the apposition goes with it, unless it also opens a clause ("…, weil").
    r"(?:,(?! (?:weil|da|wenn|falls|dass|als|ob|obwohl|wo|der|die|das|denn|aber|sondern|und)\b))?"
)
# "insgesamt" before a number marks it as a sum (Duden grammar, Gradpartikel of totals): the
# number is the total either way, so without the particle the statement says the same.
# Also before a hedged number ("insgesamt rund 40", "insgesamt mehr als 3") and opening the sentence
# ("Insgesamt 612 Kurse …"): the hedge stays with its number.
_TOTAL: Final = re.compile(r"\b(?:insgesamt|Insgesamt) (?=(?:rund |etwa |ca\. |mehr als |über |fast |knapp )?\d)")


def without_weekday_and_total(sentence: str) -> str:
    """ "Die Bank schließt am Freitag, 3. Juli 2026, ihre Filiale." -> "… am 3. Juli 2026 ihre Filiale."

    Also "insgesamt 5 Personen" -> "5 Personen". Neither cut touches the date or the number.
    """
    sentence = _WEEKDAY.sub(lambda m: f"{m['prep']} {m['date']}", sentence)
    return _TOTAL.sub("", sentence)


# Modals of possibility and permission: "A oder B" under them is a free choice (Duden grammar,
# disjunction under "können": each alternative is possible on its own), so each is true alone.
_CHOICE_MODALS: Final = frozenset(["kann", "können", "darf", "dürfen"])
_SUBJECT_TAGS: Final = ("ART", "NN", "NNA", "NE", "ADJ(A)", "KON", "PIAT", "PPER")


def alternatives(sentence: str) -> list[str]:
    """ "Zeugen können sich an jede Wache wenden oder die Internetwache nutzen." -> two sentences.

    Only subject + "kann/können/darf/dürfen" + two infinitive groups joined by "oder", no comma; the
    second group must open with its own object (article + noun), so it stands alone without the
    first group's reflexive or preposition. The subject is repeated; each sentence says one of the
    choices the source offers, both of which stay possible.
    """
    tagged = morph.tag(sentence)
    words = [t.word for t in tagged]
    if "," in words or not words or words[-1] != ".":
        return [sentence]
    verb = next((i for i, t in enumerate(tagged) if t.pos in _FINITE), None)
    if verb is None or verb == 0 or tagged[verb].word not in _CHOICE_MODALS:
        return [sentence]
    pair = _verb_pair(tagged, verb)
    if pair is not None:
        return pair
    if any(t.pos not in _SUBJECT_TAGS for t in tagged[:verb]) or tagged[verb - 1].pos not in ("NN", "NNA", "NE", "PPER"):
        return [sentence]
    joints = [i for i, w in enumerate(words) if w == "oder" and i > verb]
    if len(joints) != 1 or any(w in ("und", "nicht", "kein", "keine", "nur") for w in words[verb:]):
        return [sentence]
    joint = joints[0]
    if tagged[joint - 1].pos != "VV(INF)" or tagged[-2].pos != "VV(INF)":
        return [sentence]
    second = tagged[joint + 1 : -1]
    if len(second) < 3 or second[0].pos != "ART" or second[1].pos not in ("NN", "ADJ(A)"):
        return [sentence]
    if sum(t.pos in ("VV(INF)", "VM(INF)", "VA(INF)") for t in second) != 1:
        return [sentence]  # "beraten lassen": a verb chain shares the first group's reflexive
    head = words[: verb + 1]
    return [_text([*words[:joint], "."]), _text([*head, *[t.word for t in second], "."])]


def _verb_pair(tagged: tuple[morph.Token, ...], verb: int) -> list[str] | None:
    """ "Das Wasser kann in den nächsten Tagen leicht nach Chlor riechen oder schmecken." -> one per verb.

    Two bare infinitives joined by "oder" at the clause's end share all the rest; under a modal of
    possibility each alternative is possible alone (free choice, as above). Only for a sentence over
    the limit (a short one reads better whole), without a negation or a limit that the split could
    move into one alternative.
    """
    words = [t.word for t in tagged]
    if len(words) - 1 <= 12 or len(words) < 6 or words[-3] != "oder":
        return None
    if tagged[-2].pos != "VV(INF)" or tagged[-4].pos != "VV(INF)" or tagged[-5].pos in ("KON", "$,"):
        return None
    if any(w.lower() in ("nicht", "kein", "keine", "keinen", "nur", "und", "oder", "weder") for w in words[verb:-3]):
        return None
    return [_text([*words[:-3], words[-1]]), _text([*words[:-4], words[-2], words[-1]])]


def _text(words: list[str]) -> str:
    """The words joined with German spacing; a number and its "-jährige" stay one word."""
    text = " ".join(words)
    text = re.sub(r"\s+([,.!?:;“])", r"\1", text)
    text = re.sub(r"(\d) (?=-\w)", r"\1", text)  # "20-jährige" is one word, tokenised in two
    return re.sub(r"„\s+", "„", text)
