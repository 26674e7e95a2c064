"""German morphology from HanTa (POS tags, lemmas, tense), loaded once per process.

HanTa (LGPL-3, PyPI) ships its German model inside the wheel, so it works offline. Without it the
summariser still runs: every check that needs morphology fails closed (the sentence is left out).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, Protocol

__all__ = [
    "ADDRESS",
    "PLAIN_PARTICLES",
    "Token",
    "auxiliary_varies",
    "available",
    "geographic_adjectives",
    "is_preterite",
    "join",
    "participle",
    "separable_particle",
    "strong",
    "tag",
    "takes_sein",
    "token_spans",
    "tokens",
]


@dataclass(frozen=True, slots=True)
class Token:
    """One word with its lemma and STTS-like tag as HanTa writes it ("VV(FIN)", "NN", "$,")."""

    word: str
    lemma: str
    pos: str


class _Tagger(Protocol):
    def tag_sent(self, words: list[str], taglevel: int = ...) -> list[tuple[str, str, str]]:
        """HanTa's tags of the words: (word, lemma, tag) for each."""

    def analyze(self, word: str, taglevel: int = ...) -> object:
        """HanTa's morphological analysis of one word."""


# A web or e-mail address is one token (RFC 3986 / RFC 5322 shapes, as press releases write them:
# "www.example.de/seite", "info@example.de"): split at its dots, a rewrite that joins tokens with
# spaces wrote "www. example. de", a broken address. Its last dot before a space ends the sentence.
# Every part is bounded (RFC 5321: a local part of at most 64 characters; RFC 1035: labels of at
# most 63; an address of at most 300 here): on a megabyte of dots or "www." an unbounded pattern
# would be tried from every position to the end (issue 15, pathological input).
_ADDRESS: Final = (
    r"(?:https?://|www\.)[^\s<>\"„“”()]{0,300}[^\s<>\"„“”().,;:!?]"
    r"|(?<![\w.+\-])\w[\w.+\-]{0,63}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){0,8}\.[A-Za-z]{2,24}"
    # A bare domain ("lebensmittelwarnung.de", a path optional): the usual top-level domains only, so
    # "z.B" or "3.Mai" is never read as one.
    r"|(?<![\w.\-])[\w\-]{1,63}(?:\.[\w\-]{1,63}){0,8}\.(?:de|com|org|net|eu|info|example|at|ch)"
    r"(?:/[^\s<>\"„“”()]{0,300}[^\s<>\"„“”().,;:!?]|(?![\w\-]))"
)
ADDRESS: Final = re.compile(_ADDRESS)
_TOKEN: Final = re.compile(rf"{_ADDRESS}|„|“|”|\"|\d+(?:[.,:]\d+)*|[\w·\-]+(?:\.(?=\w))?|[^\w\s]")


@lru_cache(maxsize=1)
def _tagger() -> _Tagger | None:
    """HanTa's German tagger, or None when HanTa is not installed."""
    try:
        from HanTa import HanoverTagger  # type: ignore[import-untyped]  # HanTa ships no types
    except ImportError:
        return None
    tagger: _Tagger = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    return tagger


@lru_cache(maxsize=8192)
def analysis(word: str) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    """HanTa's analysis of one word out of context: its lemma and its morphemes with their tags.

    "zurückkommt" gives ("zurückkomm", (("zurück", "PTKVZ_SEP"), ("komm", "VV"), ("t", "SUF_FIN"))).
    The word is analysed as given (case matters to HanTa); None without HanTa or without an analysis.
    """
    tagger = _tagger()
    if tagger is None:
        return None
    found = tagger.analyze(word, taglevel=3)
    if not isinstance(found, tuple) or len(found) < 2 or not isinstance(found[0], str) or not isinstance(found[1], list):
        return None
    morphemes = tuple((str(part[0]), str(part[1])) for part in found[1] if isinstance(part, tuple) and len(part) >= 2)
    return found[0], morphemes


def available() -> bool:
    """True when HanTa and its German model can be loaded."""
    return _tagger() is not None


def tokens(sentence: str) -> list[str]:
    """Split a sentence into words and punctuation; Mediopunkt compounds and addresses stay one word."""
    return _TOKEN.findall(sentence)


def join(words: Sequence[str]) -> str:
    """Tokens back into text as German writes it (Duden, Satzzeichen): no space before a punctuation
    mark or a closing quotation mark or bracket, none after an opening one, none inside "20-jährige"
    or a gender star ("Bürger*innen")."""
    text = " ".join(words)
    text = re.sub(r"\s+([,.!?:;)\]“”«])", r"\1", text)
    text = re.sub(r"([(\[„»])\s+", r"\1", text)
    text = re.sub(r"(\d) (?=-\w)", r"\1", text)
    # A span of years ("Schuljahr 2026/2027", "2026/27") is one token in writing (Duden: Schrägstrich
    # ohne Leerzeichen); the tagger splits it. Phone numbers keep the spacing their sender chose.
    text = re.sub(r"\b((?:19|20)\d\d) / ((?:19|20)?\d\d)\b", r"\1/\2", text)
    return re.sub(r"(?<=\w) \* (?=\w)", "*", text)


def token_spans(sentence: str) -> list[tuple[int, int]]:
    """Where each of ``tokens(sentence)`` stands in the sentence: (start, end), in the same order as ``tag``.

    A rewrite that moves a word can then keep the writer's own spacing around every other word
    (quotation marks, brackets, addresses) instead of joining tokens with spaces.
    """
    return [m.span() for m in _TOKEN.finditer(sentence)]


@lru_cache(maxsize=8192)
def tag(sentence: str) -> tuple[Token, ...]:
    """Tag one sentence; empty when HanTa is missing (callers then refuse what they cannot check)."""
    tagger = _tagger()
    if tagger is None:
        return ()
    words = [w.replace("·", "") for w in tokens(sentence)]
    if not words or len(words) > _MAX_TAGGED:
        return ()
    try:
        tagged = tagger.tag_sent(words, taglevel=1)
    except (KeyError, IndexError, ValueError):
        # HanTa's Viterbi fails on some token runs (a KeyError on "." × 1000); a sentence that cannot
        # be tagged cannot be verified, and callers leave it out.
        return ()
    # An address is a name of a place on the web, not a word of the sentence: HanTa's guess for it
    # ("ADJ(D)", a lemma with its last letter cut) would make it an adverb or an adjective.
    out = [Token(w, w, "XY") if ADDRESS.fullmatch(w) else Token(w, lemma, pos) for w, lemma, pos in tagged]
    if out and out[0].pos == "XY" and words[0].isalpha() and words[0][:1].isupper():
        # HanTa's model is case-sensitive and leaves a sentence-initial capitalised function word
        # before a number unknown ("Am 13. März" -> XY); German capitalises it only for its position,
        # so its tag is the one the lower-case form gets mid-sentence (after a neutral "und").
        try:
            again = tagger.tag_sent(["und", words[0].lower(), *words[1:]], taglevel=1)
        except (KeyError, IndexError, ValueError):
            again = []
        if len(again) > 1 and again[1][2] != "XY":
            out[0] = Token(words[0], again[1][1], again[1][2])
    # A sentence with no finite verb may have one HanTa read as an adjective (homographs.py).
    from pressconv.transforms.easy.homographs import finite_homographs

    for i in finite_homographs([(t.word, t.pos) for t in out], _word_candidates):
        out[i] = Token(out[i].word, out[i].word, "VV(FIN)")
    return tuple(out)


@lru_cache(maxsize=4096)
def _word_candidates(word: str) -> tuple[tuple[str, float], ...]:
    """HanTa's tags of ``word`` on its own, most likely first, with their log probabilities."""
    tagger = _tagger()
    if tagger is None:
        return ()
    try:
        found = tagger.tag_word(word, cutoff=10)  # type: ignore[attr-defined]
    except (KeyError, IndexError, ValueError):
        return ()
    return tuple((str(pos), float(score)) for pos, score in found)


@lru_cache(maxsize=4096)
def separable_particle(word: str) -> str | None:
    """The separable particle a verb form is written with ("mitbringt" -> "mit", "anzurufen" -> "an").

    "" for a verb without one ("meldet"); None where HanTa cannot tell a separable particle from an
    inseparable prefix ("durch", "über", "um": its PTKVZ_DUBIUM) or is missing, so callers refuse.
    """
    tagger = _tagger()
    if tagger is None:
        return None
    try:
        analysis = tagger.analyze(word, taglevel=3)
    except (KeyError, IndexError, ValueError):
        return None
    if not isinstance(analysis, tuple) or len(analysis) < 2 or not isinstance(analysis[1], list) or not analysis[1]:
        return None
    morpheme, kind = analysis[1][0]
    if kind == "PTKVZ_SEP":
        return str(morpheme)
    return None if kind == "PTKVZ_DUBIUM" else ""


# No sentence this long can be verified for Leichte Sprache (12 words at most, after rewriting the
# longest source sentences); HanTa's tagging time grows with it, so a 1 MB "sentence" is not tagged.
_MAX_TAGGED = 120


@lru_cache(maxsize=4096)
def is_preterite(word: str, lemma: str = "") -> bool:
    """True for a Präteritum form of a full verb ("löschte", "nahm", "flüchteten").

    ``lemma`` is the lemma the sentence tagger gave: out of context HanTa reads "bedrohte" as an
    adjective, but stem + -te/-ten/-tet of a weak verb's lemma is its Präteritum.
    """
    tagger = _tagger()
    if tagger is None:
        return False
    stem = re.sub(r"e?n$", "", lemma)
    if stem and re.fullmatch(rf"{re.escape(stem)}e?(?:te|test|ten|tet)", word):
        return True
    analysis = tagger.analyze(word, taglevel=3)
    if not isinstance(analysis, tuple) or len(analysis) < 2:
        return False
    morphemes = analysis[1]
    if not isinstance(morphemes, list):
        return False
    suffixes = [m for m, kind in morphemes if kind == "SUF_FIN"]
    if any(s.startswith("te") or s in ("ete", "eten", "etest") for s in suffixes):
        return True
    variants = [m for m, kind in morphemes if kind.endswith("_VAR")]
    if not variants:
        return False
    stem = variants[0]
    if stem.endswith("t") and suffixes and suffixes[0] in ("e", "en"):
        return True  # mixed verbs: "brannte", "brachte", "dachte"
    if suffixes and suffixes[0] not in ("en",):
        return False  # "nimmt", "fährt": present tense with a changed stem
    # No ending: "kam", "lief" are Präteritum; "hält", "nimm" keep the present's umlaut or e→i.
    lemma = str(analysis[0])
    return not _present_variant(lemma, stem)


# Present forms without an ending that look like a changed stem ("weiß", "kann").
_IRREGULAR_PRESENT: Final = frozenset(["weiß", "kann", "will", "muss", "darf", "soll", "mag", "tut", "ist", "hat", "wird"])


def _present_variant(lemma: str, stem: str) -> bool:
    """A changed present stem: umlaut of the stem vowel (halt→hält) or e→i (nehm→nimm, vertret→vertritt)."""
    if stem in _IRREGULAR_PRESENT:
        return True
    for plain, changed in (("au", "äu"), ("a", "ä"), ("o", "ö"), ("e", "i"), ("e", "ie")):
        position = lemma.rfind(plain)
        if position < 0:
            continue
        # The root's last vowel changes; a doubled consonant may follow ("tret" -> "tritt").
        changed_lemma = lemma[:position] + changed + lemma[position + len(plain) :]
        if stem.startswith(changed_lemma) or changed_lemma.startswith(stem):
            return True
    return False


# Past participles of strong and irregular verbs, and which take "sein" in the Perfekt. General
# German grammar (any grammar book's list of strong verbs); weak verbs are built by rule below.
_STRONG: Final = dict(
    item.split(":")
    for item in [
        "nehmen:genommen",
        "bringen:gebracht",
        "gehen:gegangen",
        "kommen:gekommen",
        "fahren:gefahren",
        "fliehen:geflohen",
        "laufen:gelaufen",
        "finden:gefunden",
        "geben:gegeben",
        "sehen:gesehen",
        "stehen:gestanden",
        "sitzen:gesessen",
        "liegen:gelegen",
        "halten:gehalten",
        "fallen:gefallen",
        "schlagen:geschlagen",
        "treffen:getroffen",
        "tragen:getragen",
        "rufen:gerufen",
        "schreiben:geschrieben",
        "sprechen:gesprochen",
        "helfen:geholfen",
        "beginnen:begonnen",
        "gewinnen:gewonnen",
        "werfen:geworfen",
        "ziehen:gezogen",
        "schließen:geschlossen",
        "stehlen:gestohlen",
        "brechen:gebrochen",
        "steigen:gestiegen",
        "springen:gesprungen",
        "sterben:gestorben",
        "treten:getreten",
        "bleiben:geblieben",
        "wissen:gewusst",
        "denken:gedacht",
        "kennen:gekannt",
        "nennen:genannt",
        "rennen:gerannt",
        "senden:gesandt",
        "lassen:gelassen",
        "lesen:gelesen",
        "essen:gegessen",
        "trinken:getrunken",
        "singen:gesungen",
        "schießen:geschossen",
        "stechen:gestochen",
        "fliegen:geflogen",
        "frieren:gefroren",
        "wachsen:gewachsen",
        "werden:geworden",
        "sein:gewesen",
        "tun:getan",
        "heißen:geheißen",
        "schneiden:geschnitten",
        "greifen:gegriffen",
        "leiden:gelitten",
        "reiten:geritten",
        "streiten:gestritten",
        "weisen:gewiesen",
        "bitten:gebeten",
        "binden:gebunden",
        "scheinen:geschienen",
        "schweigen:geschwiegen",
        "verbinden:verbunden",
        "beschließen:beschlossen",
        "entscheiden:entschieden",
        "stoßen:gestoßen",
        "weichen:gewichen",
        # Further strong verbs (Duden grammar, Liste der starken Verben): a weak participle
        # would be a broken form ("verliert", "gefangt").
        "backen:gebacken",
        "befehlen:befohlen",
        "beißen:gebissen",
        "bergen:geborgen",
        "betrügen:betrogen",
        "biegen:gebogen",
        "bieten:geboten",
        "blasen:geblasen",
        "braten:gebraten",
        "dringen:gedrungen",
        "empfehlen:empfohlen",
        "fangen:gefangen",
        "fechten:gefochten",
        "flechten:geflochten",
        "fließen:geflossen",
        "gebären:geboren",
        "gedeihen:gediehen",
        "gelingen:gelungen",
        "gelten:gegolten",
        "genesen:genesen",
        "genießen:genossen",
        "geschehen:geschehen",
        "gießen:gegossen",
        "gleichen:geglichen",
        "gleiten:geglitten",
        "graben:gegraben",
        "heben:gehoben",
        "klingen:geklungen",
        "kneifen:gekniffen",
        "kriechen:gekrochen",
        "laden:geladen",
        "leihen:geliehen",
        "lügen:gelogen",
        "meiden:gemieden",
        "misslingen:misslungen",
        "pfeifen:gepfiffen",
        "preisen:gepriesen",
        "raten:geraten",
        "reiben:gerieben",
        "reißen:gerissen",
        "riechen:gerochen",
        "ringen:gerungen",
        "saufen:gesoffen",
        "schieben:geschoben",
        "schlafen:geschlafen",
        "schleichen:geschlichen",
        "schmeißen:geschmissen",
        "schmelzen:geschmolzen",
        "schreien:geschrien",
        "schwimmen:geschwommen",
        "schwinden:geschwunden",
        "schwingen:geschwungen",
        "schwören:geschworen",
        "sinken:gesunken",
        "spinnen:gesponnen",
        "stinken:gestunken",
        "streichen:gestrichen",
        "treiben:getrieben",
        "verderben:verdorben",
        "verlieren:verloren",
        "verzeihen:verziehen",
        "waschen:gewaschen",
        "werben:geworben",
        "winden:gewunden",
        "zwingen:gezwungen",
    ]
)
_WITH_SEIN: Final = frozenset(
    [
        "gehen",
        "kommen",
        "fahren",
        "fliehen",
        "laufen",
        "fallen",
        "steigen",
        "springen",
        "sterben",
        "bleiben",
        "fliegen",
        "wachsen",
        "werden",
        "sein",
        "rennen",
        "geschehen",
        "passieren",
        "flüchten",
        "reisen",
        "stürzen",
        "prallen",
        "geraten",
        # Verbs of motion or change of state among the strong verbs added above (Duden: "ist gesunken").
        "schwimmen",
        "sinken",
        "gelingen",
        "misslingen",
        "schwinden",
        "kriechen",
        "gleiten",
        "fließen",
        "schleichen",
        "genesen",
        "gedeihen",
        "dringen",
        "eindringen",
        "gelangen",
        "erscheinen",
        "entstehen",
        "einreisen",
        "ausrücken",
        "landen",
        # Verbs of dying (Duden: "ist verstorben", "ist seinen Verletzungen erlegen"): a change of state.
        "versterben",
        "erliegen",
        # Particle verbs of motion or change of state take "sein" although their base verb takes
        # "haben" as a transitive verb (Duden: "Ein Feuer ist ausgebrochen", "Die Täter sind in ein
        # Haus eingebrochen", "Zwei Autos sind zusammengestoßen", "Er ist einem Hund ausgewichen").
        "ausbrechen",
        "einbrechen",
        "zusammenstoßen",
        "ausweichen",
        "begegnen",
        # Further verbs of motion and change of state (Duden grammar, Perfekt mit "sein"): an accident,
        # a death, a return, a turn, a slip, waking and falling asleep, following someone.
        "verunglücken",
        "ertrinken",
        "ersticken",
        "erfrieren",
        "einschlafen",
        "aufwachen",
        "erwachen",
        "aufstehen",
        "zurückkehren",
        "heimkehren",
        "abbiegen",
        "einbiegen",
        "rutschen",
        "ausrutschen",
        "explodieren",
        "platzen",
        "folgen",
        "wandern",
        "klettern",
        # "treten" itself takes "haben" ("hat gegen die Tür getreten"); its particle verbs of motion or
        # change take "sein" ("ist zurückgetreten", "ist dem Verein beigetreten", "Gas ist ausgetreten").
        "zurücktreten",
        "auftreten",
        "austreten",
        "beitreten",
        "eintreten",
        # Intransitive verbs of an event, an outcome or a change of state (Duden grammar, Perfekt mit
        # "sein": "Der Versuch ist gescheitert", "Die Alarmierung ist erfolgt", "Er ist eingetroffen",
        # "Das Feuer ist erloschen", "Der Zug ist entgleist", "Die Lage ist eskaliert").
        "scheitern",
        "erfolgen",
        "eintreffen",
        "erlöschen",
        "entgleisen",
        "eskalieren",
        "kollabieren",
        "kollidieren",
        "erkranken",
        "verstummen",
        "verhungern",
        "verdursten",
        "verarmen",
        "glücken",
        "missglücken",
        "schrumpfen",
        "altern",
        "umkippen",
        "schreiten",
        "eilen",
        "stolpern",
        "kentern",
        "spazieren",
        "marschieren",
        "ergehen",
    ]
)
# Verbs that form the Perfekt with "sein" when they name a motion or change of the subject and with
# "haben" when they take an accusative object (Duden grammar, Perfekt mit "haben" oder "sein": "Er ist
# nach Hause gefahren" / "Er hat das Auto gefahren"; "Der Bagger ist auf Steine gestoßen" / "Er hat
# ihn gestoßen"). Only the sentence tells which, so the Perfekt rewrite reads its objects.
_SEIN_OR_HABEN: Final = frozenset(
    [
        "fahren",
        "fliegen",
        "stoßen",
        "eintreten",
        "ziehen",
        "brechen",
        "reißen",
        "schmelzen",
        "verderben",
        "reiten",
        "schwimmen",
        "rudern",
        "segeln",
        "stürzen",
        "trocknen",
        "heilen",
        "zerbrechen",
        "umkippen",
    ]
)
# "ver-", "ent-", "zer-" before a verb of motion or change keep its "sein" ("Die Suche ist ohne Erfolg
# verlaufen", "Der Täter ist entkommen", "Das Haus ist zerfallen"); used with "sich" or an object they
# take "haben" ("Er hat sich verlaufen"). "be-" makes a verb transitive ("hat … bekommen") and "er-"
# a different verb ("hat … erfahren"), so neither keeps it (Duden grammar, Verbpräfixe).
_SEIN_PREFIXES: Final = ("ver", "ent", "zer")
_INSEPARABLE: Final = ("be", "ge", "er", "ver", "zer", "ent", "emp", "miss", "hinter", "über", "unter", "wider")


def _prefixed_motion(base: str) -> bool:
    """The verb is a verb of motion with "sein" after a separable prefix ("ausgehen", "abfahren")."""
    return any(base.startswith(p) and base[len(p) :] in _WITH_SEIN for p in _SEIN_PREFIXES)


def auxiliary_varies(lemma: str, particle: str = "") -> bool:
    """True when the verb takes "sein" without an accusative object and "haben" with one (or with "sich").

    "fahren", "stoßen", "verlaufen", "abfahren": the auxiliary ``participle`` gives is the more usual
    one; a caller that builds a Perfekt must read the clause (Duden grammar). A verb listed as always
    taking "sein" ("zusammenstoßen", "kommen") never varies.
    """
    base = lemma[len(particle) :] if particle and lemma.startswith(particle) else lemma
    if lemma in _SEIN_OR_HABEN:
        return True
    if lemma in _WITH_SEIN:
        return False
    return base in _SEIN_OR_HABEN or _prefixed_motion(base)


# Separable particles that never open an inseparable verb ("über", "um", "durch", "unter" do:
# "hat … überfallen", "hat … umfahren"), so a lemma that starts with one is particle + base verb.
PLAIN_PARTICLES: Final = (
    "zurück",
    "zusammen",
    "entgegen",
    "heraus",
    "herein",
    "hinaus",
    "hinein",
    "vorbei",
    "davon",
    "weiter",
    "heim",
    "fort",
    "nach",
    "auf",
    "aus",
    "ein",
    "mit",
    "weg",
    "los",
    "vor",
    "an",
    "ab",
    "zu",
)


def takes_sein(lemma: str) -> bool:
    """True when the verb forms its Perfekt with "sein" only: "scheitern", "ankommen", "erfolgen".

    A verb listed as taking "sein" whose use with an object takes "haben" ("fahren", "stoßen") varies
    and is no "sein"-only verb; a prefix that makes a verb transitive ("verfolgen") is not read as a
    particle (Duden grammar, Perfekt mit "sein").
    """
    if lemma in _WITH_SEIN:
        return not auxiliary_varies(lemma)
    particle = next((p for p in PLAIN_PARTICLES if lemma.startswith(p) and len(lemma) > len(p) + 3), "")
    base = lemma[len(particle) :]
    return bool(particle) and base in _WITH_SEIN and base not in _SEIN_OR_HABEN and lemma not in _SEIN_OR_HABEN


def participle(lemma: str, particle: str = "") -> tuple[str, str] | None:
    """Return (participle, auxiliary infinitive) for a lemma and its split-off particle, or None.

    "nehmen" + "fest" -> ("festgenommen", "haben"); "flüchten" -> ("geflüchtet", "sein").
    """
    base = lemma[len(particle) :] if particle and lemma.startswith(particle) else lemma
    aux = "sein" if base in _WITH_SEIN or lemma in _WITH_SEIN or _prefixed_motion(base) else "haben"
    if base in _STRONG:
        return particle + _STRONG[base], aux
    for prefix in _INSEPARABLE:
        rest = base[len(prefix) :]
        if base.startswith(prefix) and rest in _STRONG:
            # "verbringen" -> "verbracht": no ge- after an inseparable prefix.
            return particle + prefix + _STRONG[rest].removeprefix("ge"), aux
    if not base.endswith("en") and not base.endswith("ern") and not base.endswith("eln"):
        return None
    stem = base[:-2] if base.endswith("en") else base[:-1]
    if _is_strong_compound(base):
        return None  # an unknown strong verb: refuse rather than invent "genehmt"
    # "-et" after t/d and after a consonant + m/n that cannot be spoken without it ("geatmet",
    # "gerechnet", "gezeichnet"); a vowel + h ("gewohnt") or a doubled "mm"/"nn" takes "-t"
    # ("gestimmt"; Duden grammar: e-Erweiterung).
    ending = "et" if re.search(r"(?:[td]|(?:[^aeiouäöülrhmn]|ch)[mn])$", stem) else "t"
    # "-ieren" verbs take no ge- ("informiert"); "feiern" is stem "feier" + -n and does ("gefeiert").
    if base.endswith("ieren") or base.startswith(_INSEPARABLE):
        return particle + stem + ending, aux
    return particle + "ge" + stem + ending, aux


def participle_of(lemma: str) -> tuple[str, str] | None:
    """(participle, auxiliary) of a lemma, a separable particle split off first ("zurückkehren" ->
    ("zurückgekehrt", "sein")); ``participle`` alone would put "ge" before the particle."""
    particle = next((p for p in PLAIN_PARTICLES if lemma.startswith(p) and len(lemma) > len(p) + 3), "")
    return participle(lemma, particle)


def weak_preterite(word: str, lemma: str) -> bool:
    """ "löschte", "meldeten": stem + "-te" endings, the Präteritum of a weak verb (Duden grammar).

    A strong verb changes its stem vowel instead ("verlor", "fuhr"); only a weak form lets the
    participle be built by rule (ge- + stem + -t).
    """
    stem = re.sub(r"(?:e?n)$", "", lemma)
    return bool(stem) and re.fullmatch(rf"{re.escape(stem)}e?(?:te|test|ten|tet)", word) is not None


def strong(base: str) -> bool:
    """``base`` (an infinitive without separable particle) is a strong or irregular verb we know of."""
    if base in _STRONG or _is_strong_compound(base):
        return True
    return any(base.startswith(prefix) and base[len(prefix) :] in _STRONG for prefix in _INSEPARABLE)


def _is_strong_compound(base: str) -> bool:
    """The verb ends in a strong verb it is a compound of."""
    return any(base.endswith(strong) and base != strong for strong in _STRONG)


# Personal, indefinite and reflexive pronouns stand for a whole noun phrase ("er", "jemand", "sich").
NOUN_PHRASE_PRONOUNS: Final = frozenset({"PPER", "PIS", "PRF", "PDS"})


def bare_noun_phrase(tokens: Iterable[Token], pronouns: frozenset[str] = NOUN_PHRASE_PRONOUNS) -> bool:
    """True when a noun, name or one of ``pronouns`` stands outside any prepositional phrase.

    A preposition governs the next noun phrase only ("mit dem Auto den Zaun": "den Zaun" is bare).
    Callers use it to find a subject or an object the sentence has besides the one they look at.
    """
    inside = False
    for token in tokens:
        if token.pos in ("APPR", "APPRART"):
            inside = True
        elif token.pos in ("NN", "NE", "NNA"):
            if not inside:
                return True
            inside = False
        elif token.pos in pronouns:
            # "bis auf Weiteres", "mit ihm": a pronoun a preposition governs is no bare phrase either.
            if not inside:
                return True
            inside = False
    return False


def geographic_adjectives(tagged: Sequence[Token]) -> frozenset[str]:
    """The adjectives on "-er" made from a place's name ("der Neckarwiesener Lauf", "die Thüringer Schulordnung").

    German writes every other adjective before a noun in lower case; one made from a geographic name
    with "-er" keeps its capital and never inflects (Amtliches Regelwerk § 61; Duden grammar). So a
    capitalised adjective on "-er" inside a sentence, right before a noun, is such a name's form,
    spelt as the place is (Leichte Sprache splits no names).
    """
    return frozenset(
        token.word
        for index, token in enumerate(tagged)
        if 0 < index < len(tagged) - 1
        and token.pos == "ADJ(A)"
        and token.word[:1].isupper()
        and token.word.endswith("er")
        # not a sentence's first word (an ordinal's dot, "der 12. Neckarwiesener Lauf", ends none)
        and not (tagged[index - 1].pos in ("$.", "$(") and (index < 2 or tagged[index - 2].pos != "CARD"))
        and tagged[index + 1].pos in ("NN", "NE")
    )


def spans(text: str, words: Sequence[str]) -> list[tuple[int, int]] | None:
    """The character span of each of ``words`` in ``text``, in order; None where they do not line up.

    HanTa's tokens carry no offsets; the rescuers cut the source text at token boundaries.
    """
    out: list[tuple[int, int]] = []
    position = 0
    for word in words:
        found = text.find(word, position)
        if found < 0:
            return None
        out.append((found, found + len(word)))
        position = found + len(word)
    return out
