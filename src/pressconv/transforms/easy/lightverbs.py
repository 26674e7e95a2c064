"""Light-verb constructions and officialese verbs in their plain verb: "hat Ermittlungen aufgenommen" -> "ermittelt".

German style guides (Duden "Funktionsverbgefüge", the Leichte-Sprache rule books' "Verben statt
Substantive") ask for the plain verb where a noun carries the meaning and a light verb only the
grammar ("eine Entscheidung treffen" = "entscheiden"). Every entry of the closed table below is
such a construction, with every form spelled out, and is replaced only where the plain verb takes
the same objects (so no case changes) and the noun phrase carries nothing the verb cannot: no
determiner but an article (a dropped "keine" would turn the claim around), adjectives only where
the entry turns them into adverbs ("leichte Verletzungen" -> "leicht verletzt"). Legal constructions
without a plain paraphrase ("in Gewahrsam nehmen", "in Vollzug setzen") are not here: the verifier
leaves those sentences out (style.py, nominal style). Anything unsure leaves the sentence as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.lexicon import lookup

__all__ = [
    "PEOPLE",
    "calendar_pointer",
    "classifying",
    "counselling",
    "event_passive",
    "goes_on",
    "more_info",
    "negative_finding",
    "plain_light_verbs",
    "plain_verbs",
    "possibility",
    "prevented_spread",
]


@dataclass(frozen=True, slots=True)
class _Plain:
    """The plain verb's forms: third person singular and plural present, participle, infinitive."""

    singular: str
    plural: str
    participle: str
    infinitive: str


@dataclass(frozen=True, slots=True)
class _Construction:
    """A noun (with its preposition, if any) and a light verb that together mean the plain verb."""

    nouns: tuple[str, ...]  # lemmas of the noun
    preposition: str | None  # "in Kenntnis setzen": the noun comes with this preposition
    verbs: tuple[str, ...]  # lemmas of the light verb, separable particle included
    plain: _Plain
    reflexive: bool = False  # "sich Verletzungen zuziehen" -> "sich verletzen": "sich" must be there
    adverbs: bool = False  # the noun's adjectives become the verb's adverbs ("schwere" -> "schwer")
    inchoative: bool = False  # "Ermittlungen aufnehmen" begins a state that goes on: Perfekt -> present
    bare: bool = False  # the plain verb would need an object the construction has not: no other object


# Duden, "Funktionsverbgefüge"; Bundesverwaltungsamt, "Bürgernahe Verwaltungssprache" (plain verbs).
_TABLE: Final = (
    _Construction(
        ("Ermittlung",), None, ("aufnehmen", "einleiten"),
        _Plain("ermittelt", "ermitteln", "ermittelt", "ermitteln"), inchoative=True,
    ),
    _Construction(
        ("Verletzung",), None, ("zuziehen",),
        _Plain("verletzt", "verletzen", "verletzt", "verletzen"), reflexive=True, adverbs=True,
    ),
    _Construction(("Entscheidung",), None, ("treffen",), _Plain("entscheidet", "entscheiden", "entschieden", "entscheiden")),
    _Construction(("Hilfe",), None, ("leisten",), _Plain("hilft", "helfen", "geholfen", "helfen")),
    _Construction(
        ("Unterstützung",), None, ("leisten",),
        _Plain("unterstützt", "unterstützen", "unterstützt", "unterstützen"), bare=True,
    ),
    _Construction(("Kenntnis",), "in", ("setzen",), _Plain("informiert", "informieren", "informiert", "informieren")),
    _Construction(("Verfügung",), "zu", ("stellen",), _Plain("gibt", "geben", "gegeben", "geben")),
    # "zeigt … an" would need its particle moved to the clause end: only the forms at the end are given.
    _Construction(("Anzeige",), "zu", ("bringen",), _Plain("", "", "angezeigt", "anzeigen")),
)  # fmt: skip

_FINITE: Final = ("VV(FIN)", "VA(FIN)", "VM(FIN)")
_NOUN_ARTICLES: Final = ("ein", "eine", "einen", "die", "der", "den")


def _join(words: list[str]) -> str:
    """The words joined with German spacing (morph.join)."""
    return morph.join(words)


def _verb_lemma(tagged: tuple[morph.Token, ...], index: int) -> str:
    """The lemma of the verb at ``index`` with its split-off particle ("zog … zu" -> "zuziehen")."""
    token = tagged[index]
    if token.pos != "VV(FIN)":
        return token.lemma
    particle = next((t.word.lower() for t in tagged[index + 1 :] if t.pos == "PTKVZ"), "")
    return particle + token.lemma


def _phrase(tagged: tuple[morph.Token, ...], noun: int, entry: _Construction) -> tuple[int, list[str]] | None:
    """Start of the construction's noun phrase ending at ``noun`` and the adverbs its adjectives give."""
    start = noun
    adverbs: list[str] = []
    if entry.preposition is not None:
        before = tagged[noun - 1] if noun else None
        if before is None or before.pos not in ("APPR", "APPRART") or before.lemma != entry.preposition:
            return None
        return noun - 1, []
    while start > 0 and tagged[start - 1].pos == "ADJ(A)":
        start -= 1
        adverbs.insert(0, tagged[start].lemma)
    if adverbs and not entry.adverbs:
        return None  # "eine wichtige Entscheidung": the adjective has no place in the plain verb
    if start > 0 and tagged[start - 1].pos == "ART":
        if tagged[start - 1].word.lower() not in _NOUN_ARTICLES:
            return None
        start -= 1
    elif start > 0 and tagged[start - 1].pos in ("PIAT", "PIDAT", "PDAT", "PPOSAT", "PWAT", "CARD"):
        return None  # "keine", "mehrere", "zwei Verletzungen": the determiner says more than the verb
    if any(not re.fullmatch(r"[a-zäöüß]+", a) for a in adverbs):
        return None
    return start, adverbs


# A time or a date in a sentence of beginning: it dates the beginning, not the state that goes on.
_BEGINNING_TIME: Final = re.compile(
    r"\b(?:noch|sofort|umgehend|unverzüglich|inzwischen|bereits|schon|gestern|heute|zunächst|dann|"
    r"daraufhin|anschließend|seit|nach|Nacht|Morgen|Mittag|Abend|Uhr|\w+tag|\w+tags)\b|\d"
)


def plain_light_verbs(sentence: str) -> str:
    """ "Der Fahrer hat sich leichte Verletzungen zugezogen." -> "Der Fahrer hat sich leicht verletzt."

    One clause only (one finite verb, no comma). The light verb is the participle or infinitive at
    the clause end, or the finite verb in second place (its particle then goes too). An inchoative
    construction in the Perfekt ("hat Ermittlungen aufgenommen") says that the state began and goes
    on: the plain verb takes the present ("ermittelt"), in the auxiliary's place and number.
    """
    tagged = morph.tag(sentence)
    body = tagged[:-1] if tagged and tagged[-1].pos == "$." else tagged
    finite = [i for i, t in enumerate(body) if t.pos in _FINITE]
    if len(finite) != 1 or any(t.word in (",", ":", ";", "–", "(") for t in tagged) or not body:
        return sentence
    verb_at = finite[0]
    for entry in _TABLE:
        noun = next((i for i, t in enumerate(body) if t.pos == "NN" and t.lemma in entry.nouns), None)
        if noun is None:
            continue
        light = next((i for i, t in enumerate(body) if t.pos.startswith("VV") and _verb_lemma(body, i) in entry.verbs), None)
        if light is None:
            continue
        if entry.reflexive != any(t.pos == "PRF" for t in body):
            continue  # "sich" belongs to the reflexive entry, and only to it
        found = _phrase(body, noun, entry)
        if found is None:
            continue
        start, adverbs = found
        words = [t.word for t in body]
        at_end = light == len(body) - 1 and body[light].pos in ("VV(PP)", "VV(INF)")
        if entry.bare and morph.bare_noun_phrase(body[verb_at + 1 : start]):
            continue  # "leistete dem Nachbarn Unterstützung": the plain verb would need a new case
        if at_end and light > noun:
            if body[light].pos == "VV(PP)" and entry.inchoative:
                aux = body[verb_at]
                if aux.lemma != "haben" or aux.pos != "VA(FIN)":
                    continue
                if _BEGINNING_TIME.search(sentence):
                    # "hat noch in der Nacht die Ermittlungen aufgenommen": the time is the beginning's;
                    # in the present ("ermittelt noch in der Nacht") it would be the ongoing state's.
                    continue
                form = entry.plain.plural if aux.word.endswith("en") else entry.plain.singular
                out = [*words[:verb_at], form, *words[verb_at + 1 : start], *adverbs, *words[noun + 1 : light]]
            else:
                form = entry.plain.participle if body[light].pos == "VV(PP)" else entry.plain.infinitive
                out = [*words[:start], *adverbs, *words[noun + 1 : light], form]
        elif light == verb_at and noun > light:
            form = entry.plain.plural if body[light].word.endswith("en") else entry.plain.singular
            if not form or not body[light].word.endswith(("t", "en")):
                continue
            out = [*words[:light], form, *words[light + 1 : start], *adverbs, *words[noun + 1 :]]
            particles = [i for i, t in enumerate(body) if t.pos == "PTKVZ"]
            if particles and body[particles[-1]].word != out[-1]:
                continue
            if particles:
                out.pop()  # the light verb's particle ("zog … zu") goes with it
        else:
            continue
        end = tagged[-1].word if tagged[-1].pos == "$." else "."
        text = _join(out) + end
        return text[:1].upper() + text[1:]
    return sentence


# Officialese verbs and their everyday verb with every form (Leichte-Sprache rule books: "einfache
# Wörter"); both take the same objects. The separable particle of a finite form goes with it.
_VERBS: Final = {
    # Only the forms at the clause end: "führt … eine Aktionswoche durch" stays, the present of
    # holding an event that names the event for its time and place (core.py, _HOLDING_VERBS).
    "durchführen": ("durch", {"durchgeführt": "gemacht", "durchführen": "machen", "durchzuführen": "zu machen"}),
    "auffinden": ("auf", {
        "aufgefunden": "gefunden", "auffinden": "finden", "aufzufinden": "zu finden", "findet": "findet",
        "finden": "finden", "fand": "fand", "fanden": "fanden",
    }),
}  # fmt: skip


# The web pointer of a press release's closing line ("Weitere Informationen erhalten Sie unter …"):
# officialese for "there is more on this website" (Bürgernahe Verwaltungssprache: address the reader
# plainly; the brief's example of a copied sentence). Only a whole sentence that is nothing but the
# pointer, its optional "zu …"/"über …" topic and one web address.
_MORE_INFO: Final = re.compile(
    r"^(?:Weitere|Zusätzliche|Nähere|Mehr|Ausführliche|Aktuelle)\s+Informationen"
    r"(?P<topic>\s+(?:zu[rm]?|über)\s+[^,;:]{3,60}?)?"
    r"\s+(?:(?:erhalten|finden|bekommen)\s+Sie|gibt\s+es|sind)(?:\s+auch)?(?:\s+(?:online|im\s+Internet))?"
    r"\s+(?:unter|auf)\s+(?:der\s+(?:Internet|Web)seite\s+)?"
    r"(?P<url>(?:https?://|www\.)[\w./\-~%#?=&]+?|[\w\-]+(?:\.[\w\-]+)*\.(?:de|com|org|net|eu|info)(?:/[\w./\-~%#?=&]*)?)"
    r"(?:\s+(?:abrufbar|zu\s+finden|erhältlich))?\s*\.?$"
)
# "die zuständigen Stadtwerke": "zuständig" after an article only restricts a noun the release names
# already (officialese, Bürgernahe Verwaltungssprache); without it the phrase names the same body.
_RESPONSIBLE: Final = re.compile(r"\b(?P<art>der|die|das|den|dem)\s+zuständige[nrs]?\s+(?=[A-ZÄÖÜ])")


def more_info(sentence: str) -> str:
    """ "Zusätzliche Informationen erhalten Sie online unter www.example.org." -> "Mehr Infos gibt es im Internet: …".

    The topic stays where the sentence keeps to twelve words; the address is the source's own.
    """
    match = _MORE_INFO.match(sentence.strip())
    if match is None:
        return sentence
    topic = (match["topic"] or "").rstrip()
    text = f"Mehr Infos{topic} gibt es im Internet: {match['url'].rstrip('.')}."
    return text if len(text.split()) <= 12 else f"Mehr Infos gibt es im Internet: {match['url'].rstrip('.')}."


# "Man hat die Ausbreitung vom Feuer auf den Dachstuhl verhindert": a nominalised verb under a verb of
# preventing (nominal style, Leichte-Sprache rule books: "Verben statt Substantive"). Preventing the
# spread entails that it did not spread, which the plain verb says without the noun: "Das Feuer hat
# sich nicht auf den Dachstuhl ausgebreitet." Without a target, "nicht weiter" (it had begun to burn).
# The agent goes (less said, nothing false); only "vom"/"von der"/"von den" + one noun, as the
# rewrite's "von" for the genitive writes it, and "hat … verhindert" or "konnte … verhindern" with
# nothing else in between: "nicht", "fast", "weitgehend" would make the plain sentence false.
_SPREAD: Final = re.compile(
    r"^(?P<subject>[A-ZÄÖÜ][\w·\- ]*?) (?P<aux>hat|haben|konnte|konnten) "
    r"(?:die Ausbreitung|das Übergreifen|ein Übergreifen) (?P<of>vom|von der|von den) (?P<noun>[A-ZÄÖÜ][\w·\-]*)"
    r"(?P<target> auf (?:den|die|das|ein|eine|einen)(?: [a-zäöüß]+)? [A-ZÄÖÜ][\w·\-]*)? "
    r"(?P<verb>verhindert|verhindern)\.$"
)
_DEF_NOM: Final = {"der": "Der", "die": "Die", "das": "Das"}


def prevented_spread(sentence: str) -> str:
    """ "Man hat die Ausbreitung vom Feuer verhindert." -> "Das Feuer hat sich nicht weiter ausgebreitet." """
    match = _SPREAD.match(sentence.strip())
    # "hat … verhindert" and "konnte … verhindern" (it was possible, and it happened) both entail it.
    if match is None or (match["aux"].startswith("konnte") != (match["verb"] == "verhindern")):
        return sentence
    noun = match["noun"]
    if match["of"] == "von den":
        article, verb = "Die", "haben"
    elif match["of"] == "von der":
        article, verb = "Die", "hat"
    else:
        entry = lookup(noun.replace("·", ""))
        gender = entry.gender if entry is not None else None
        if gender not in ("der", "das"):
            return sentence  # "vom" is masculine or neuter; an unknown noun gets no guessed article
        article, verb = _DEF_NOM[gender], "hat"
    target = match["target"] or ""
    where = f"nicht{target}" if target else "nicht weiter"
    return f"{article} {noun} {verb} sich {where} ausgebreitet."


# "Die Standorte der einzelnen Veranstaltungen finden Sie im Veranstaltungskalender auf der Webseite
# der Stadt": where the reader finds the places or dates of an action week's events (announcement
# convention). The plain sentence keeps what and where: the kind of list (the compound's head,
# "Kalender", Duden: a determinative compound names a kind of its head) and that it is on the web (a
# website is on the internet); the site's owner goes (the summary names the sender's address).
_CALENDAR: Final = re.compile(
    r"^(?:Die (?P<what>Standorte|Orte|Termine|Adressen) (?:der|von den) (?:einzelnen |genauen )?(?P<of>[A-ZÄÖÜ][\w·\-]*)"
    r"|(?P<whole>Das (?:ganze |genaue )?Programm|Alle Termine)) "
    r"finden Sie (?:auch )?(?:im|in einem|in unserem) [\w·\-]*[Kk]alender "
    r"(?:auf|im) (?:der|unserer|dem) (?:Web|Internet|Home)[·\-]?(?:seite|auftritt)\b[^,;:]*\.$"
)
_PLAIN_WHAT: Final = {"Standorte": "Orte", "Orte": "Orte", "Termine": "Termine", "Adressen": "Adressen"}


def calendar_pointer(sentence: str) -> str:
    """ "Die Standorte der Veranstaltungen finden Sie im Kalender auf der Webseite …" -> "Die Orte von den
    Veranstaltungen stehen in einem Kalender im Internet." Plural nouns only (the pattern's "der"
    before a plural is its genitive; the dative plural after "von den" takes "-n" where it has none)."""
    match = _CALENDAR.match(sentence.strip())
    if match is None:
        return sentence
    if match["whole"]:
        verb = "steht" if match["whole"].startswith("Das") else "stehen"
        return f"{match['whole']} {verb} in einem Kalender im Internet."
    of = match["of"] if match["of"].endswith(("n", "s")) else match["of"] + "n"
    return f"Die {_PLAIN_WHAT[match['what']]} von den {of} stehen in einem Kalender im Internet."


# The people an event addresses or sends, as announcements name them: a pair of role nouns in both
# genders ("Polizistinnen und Polizisten"), the interested public, guests, parents, or the sender.
PEOPLE: Final = (
    r"(?:[A-ZÄÖÜ][\wäöüß]*innen und [A-ZÄÖÜ][\wäöüß]*|Interessierte|Gäste|Eltern"
    r"|Die (?:Polizei|Feuerwehr|Stadt)(?: [A-ZÄÖÜ][\wäöüß]+)?)"
)
# "Interessierte können sich über Möglichkeiten des Einbruchschutzes informieren und beraten lassen":
# the counselling an event offers (easy-judging.md, "Event": what the reader gets there), with a
# nominal "über" phrase. The topic is the phrase's last noun after "vom"/"von der"/"des"/"der" (the
# attribute names what the possibilities are of), with "zum"/"zur" by its gender; without a known
# gender it goes (less said, nothing false). "informieren und" goes with it: counselling informs.
_COUNSEL: Final = re.compile(
    rf"^(?P<subj>{PEOPLE}) können sich (?:dort |vor Ort |hier )?(?:über (?P<about>[^,.]+?) )?"
    r"(?:informieren und )?beraten lassen\.$"
)
_ABOUT_TOPIC: Final = re.compile(r"\b(?:vom|von dem|von der|des|der) (?P<noun>[A-ZÄÖÜ][\w·\-]*)$")


def counselling(sentence: str) -> str:
    """ "Interessierte können sich über … vom Einbruchschutz informieren und beraten lassen." ->
    "Interessierte können sich zum Einbruchschutz beraten lassen." """
    counsel = _COUNSEL.match(sentence.strip())
    if counsel is None:
        return sentence
    topic = ""
    about = _ABOUT_TOPIC.search(counsel["about"] or "")
    if about is not None:
        entry = lookup(about["noun"].replace("·", ""))
        gender = entry.gender if entry is not None else None
        topic = f" {'zur' if gender == 'die' else 'zum'} {about['noun']}" if gender in ("der", "die", "das") else ""
    return f"{counsel['subj']} können sich{topic} beraten lassen."


# A fire report's negative finding ("Vor Ort konnte kein Brand festgestellt werden", Einsatzbericht
# convention): a modal passive of a verb of finding with "kein" + the fire noun. "konnte nicht
# festgestellt werden" says that nobody saw it, which "Es war kein Brand zu sehen" says plainly
# without an agent the release does not name; "initial"/"zunächst" (at first) is kept as "Zuerst",
# since the report may go on with what was found later. Only the first noun of a list is named
# ("kein Brand oder offenes Feuer": less said, nothing false).
_NOT_FOUND: Final = re.compile(
    r"^(?:[^,.]*,\s*)?(?:(?:Vor Ort|Dort|Am Einsatzort|Zunächst|Zuerst)\s+)?(?:konnte|konnten)\s+"
    r"(?P<first>initial\s+|zunächst\s+|zuerst\s+|anfangs\s+)?(?:jedoch\s+|aber\s+)?kein\s+(?P<what>Brand|Feuer|Rauch)\b"
    r"[^.]*?\s(?:festgestellt|entdeckt|gefunden|gesehen)\s+werden\.$"
)


def negative_finding(sentence: str) -> str:
    """ "Vor Ort konnte kein Feuer festgestellt werden." -> "Es war kein Feuer zu sehen." """
    match = _NOT_FOUND.match(sentence.strip())
    # "kein Brand mehr", "noch kein Feuer": the time the finding holds for changes; left as it is.
    if match is None or re.search(r"\b(?:mehr|noch|nicht)\b", sentence):
        return sentence
    return f"{'Zuerst war' if match['first'] else 'Es war'} kein {match['what']} zu sehen."


# "die Möglichkeit haben, X zu tun" is a function-verb construction for "können" (Duden,
# "Funktionsverbgefüge"; Bürgernahe Verwaltungssprache). The plain sentence keeps the subject, the
# first infinitive and its object; a second infinitive joined by "und" goes (less said, nothing
# false). "werden … die Möglichkeit haben" (future) and "haben die Möglichkeit" both say "können";
# a linking adverb before it ("Dabei") points back and goes. Subject: a noun phrase before
# "die Möglichkeit" with no verb and no comma in it.
_POSSIBILITY: Final = re.compile(
    r"^(?:(?:Dabei|Dort|Hier|Außerdem|Zudem)\s+(?P<aux>werden|wird|haben|hat)\s+(?P<subj1>[A-ZÄÖÜ][^,.]*?)"
    r"|(?P<subj2>[A-ZÄÖÜ][^,.]*?)\s+(?P<aux2>werden|wird|haben|hat))\s+(?:die|eine)\s+Möglichkeit(?:\s+haben)?,\s+"
    r"(?P<obj>[^,.]+?)\s+zu\s+(?P<verb>[a-zäöüß]+)(?:\s+und\s+.+)?\.$"
)


def possibility(sentence: str) -> str:
    """ "Gäste haben die Möglichkeit, das Haus zu besichtigen." -> "Gäste können das Haus besichtigen." """
    match = _POSSIBILITY.match(sentence.strip())
    if match is None:
        return sentence
    subject = match["subj1"] or match["subj2"]
    aux = match["aux"] or match["aux2"]
    future = "haben" in sentence.split("Möglichkeit", 1)[1][:7]
    if aux in ("werden", "wird") and not future:
        return sentence  # "werden die Möglichkeit …" without "haben": another construction
    if re.search(r"\b(?:nicht|kein\w*|nie)\b", subject):
        return sentence
    tagged = morph.tag(subject)
    if not tagged or any(t.pos.startswith(("V", "KOUS", "PREL")) for t in tagged):
        return sentence
    modal = "können" if aux in ("werden", "haben") else "kann"
    text = f"{subject} {modal} {match['obj']} {match['verb']}."
    return text[:1].upper() + text[1:]


# "Die Ermittlungen dauern an": "andauern" is the formal word for "weitergehen" (Duden; the last blind
# judgement named it officialese). Same subject, same number, present tense; one clause only.
_GOES_ON: Final = re.compile(r"^(?P<subject>(?:Die|Der|Das) [^,;:]+?) (?P<verb>dauert|dauern) (?:noch |weiter )?an\.$")


def goes_on(sentence: str) -> str:
    """ "Die Ermittlungen dauern an." -> "Die Ermittlungen gehen weiter." """
    match = _GOES_ON.match(sentence.strip())
    if match is None or re.search(r"\b(?:nicht|kein\w*)\b", match["subject"]):
        return sentence
    return f"{match['subject']} {'geht' if match['verb'] == 'dauert' else 'gehen'} weiter."


def plain_verbs(sentence: str) -> str:
    """ "Die Polizei hat keine Waffe aufgefunden." -> "Die Polizei hat keine Waffe gefunden."

    One clause only; a finite form loses its particle, which must be the clause's last word. A web
    pointer becomes the plain "Mehr Infos gibt es im Internet: …" (``more_info``) and "zuständig"
    after an article goes.
    """
    pointer = goes_on(possibility(negative_finding(counselling(calendar_pointer(more_info(prevented_spread(sentence)))))))
    if pointer != sentence:
        return pointer
    sentence = _RESPONSIBLE.sub(lambda m: m["art"] + " ", sentence)
    tagged = morph.tag(sentence)
    body = tagged[:-1] if tagged and tagged[-1].pos == "$." else tagged
    if sum(t.pos in _FINITE for t in body) != 1 or any(t.word in (",", ";", "(") for t in tagged):
        return sentence
    words = [t.word for t in body]
    for index, token in enumerate(body):
        if not token.pos.startswith("VV"):
            continue
        lemma = _verb_lemma(body, index)
        entry = _VERBS.get(lemma)
        if entry is None:
            continue
        particle, forms = entry
        form = forms.get(token.word)
        if form is None:
            return sentence
        if token.pos == "VV(FIN)":
            if body[-1].pos != "PTKVZ" or body[-1].word != particle or index == len(body) - 1:
                return sentence
            words = [*words[:index], form, *words[index + 1 : -1]]
        else:
            words = [*words[:index], *form.split(), *words[index + 1 :]]
        end = tagged[-1].word if tagged[-1].pos == "$." else "."
        return _join(words) + end
    return sentence


def event_passive(sentence: str) -> str:
    """ "Am Montag werden Kontrollen durchgeführt." -> "Am Montag finden Kontrollen statt."

    The subject of a passive "durchführen" is always an event or a procedure (a check, a test, a
    measurement); "X wird durchgeführt" says that X takes place, which "stattfinden" says in the
    active without naming an agent the source does not name (Duden grammar, Passiversatz). The
    subject stays the subject, so no case changes; the tense stays (Präteritum and Perfekt passive
    become the Perfekt "hat … stattgefunden", the modal passive keeps its modal). No agent, one clause.
    """
    tagged = morph.tag(sentence)
    body = list(tagged[:-1]) if tagged and tagged[-1].pos == "$." else list(tagged)
    finite = [i for i, t in enumerate(body) if t.pos in _FINITE]
    if len(finite) != 1 or any(t.word in (",", ":", ";", "–", "(") for t in tagged) or len(body) < 3:
        return sentence
    verb = finite[0]
    for index, token in enumerate(body):
        # "Im Laufe vom Montag wird …": a "von" after a noun inside the Vorfeld is that noun's
        # attribute (the agent would be the whole Vorfeld); anywhere else it may name the agent.
        attribute = 0 < index < verb and body[index - 1].pos == "NN"
        if token.word.lower() in ("von", "vom", "durch", "seitens") and not attribute:
            return sentence  # an agent: ``voice.active`` names it as the subject
    aux = body[verb].word.lower()
    words = [t.word for t in body]
    if body[-1].word == "durchgeführt" and aux in ("wird", "werden"):
        words = [*words[:verb], "findet" if aux == "wird" else "finden", *words[verb + 1 : -1], "statt"]
    elif body[-1].word == "durchgeführt" and aux in ("wurde", "wurden"):
        words = [*words[:verb], "hat" if aux == "wurde" else "haben", *words[verb + 1 : -1], "stattgefunden"]
    elif body[-2:] and [t.word for t in body[-2:]] == ["durchgeführt", "worden"] and aux in ("ist", "sind"):
        words = [*words[:verb], "hat" if aux == "ist" else "haben", *words[verb + 1 : -2], "stattgefunden"]
    elif [t.word for t in body[-2:]] == ["durchgeführt", "werden"] and body[verb].pos == "VM(FIN)":
        words = [*words[:-2], "stattfinden"]
    else:
        return sentence
    words[0] = words[0][:1].upper() + words[0][1:]
    end = tagged[-1].word if tagged[-1].pos == "$." else "."
    return _join(words) + end


# The indefinite article's accusative shows the gender (Duden grammar, declension of "ein"):
# "einen" is masculine, "eine" feminine, "ein" neuter (the masculine accusative would be "einen").
_DEFINITE_OF: Final = {"einen": "Der", "eine": "Die", "ein": "Das"}


def classifying(sentence: str) -> str:
    """ "Es handelt sich um eine öffentliche Veranstaltung." -> "Die Veranstaltung ist öffentlich."

    "Es handelt sich um" is officialese for classifying the thing just named (Bürgernahe
    Verwaltungssprache: "es handelt sich um" -> "ist"); the property it states is its one
    adjective, so the plain sentence says that the thing has the property. Only "ein/eine/einen +
    one adjective + noun" with nothing after it, where the article shows the gender.
    """
    tagged = morph.tag(sentence)
    words = [t.word for t in tagged]
    if len(tagged) != 8 or [w.lower() for w in words[:4]] != ["es", "handelt", "sich", "um"] or words[-1] != ".":
        return sentence
    article, adjective, noun = tagged[4], tagged[5], tagged[6]
    definite = _DEFINITE_OF.get(article.word.lower())
    if definite is None or adjective.pos != "ADJ(A)" or noun.pos != "NN" or not re.fullmatch(r"[a-zäöüß]+", adjective.lemma):
        return sentence
    return f"{definite} {noun.word} ist {adjective.lemma}."
