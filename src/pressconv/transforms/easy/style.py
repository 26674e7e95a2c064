"""Style checks of the verifier: hard words, nominal style, copied reference words, unknown roles.

These are the checks of the rubric's item 4 ("Leichte-Sprache rule breaks") that need more than a
pattern: a word's frequency and the lexicon (hard words), the suffixes of nominalisations (nominal
style), and the lexicon's role nouns (a title the lexicon does not know is not presented as an
office). Each returns ``Failure`` values; ``verify.rule_failures`` runs them all.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.ages import unintroduced_age
from pressconv.transforms.easy.compounds import STREET_SUFFIXES, zipf
from pressconv.transforms.easy.hardwords import family_zipf
from pressconv.transforms.easy.lexicon import explained_senses, lookup, sense
from pressconv.transforms.easy.types import Failure
from pressconv.transforms.easy.unique import inherently_unique

__all__ = [
    "hard_word_failures",
    "introduced_failures",
    "nominal_failures",
    "reference_failures",
    "role_failures",
    "speaker_failures",
    "style_failures",
]


def style_failures(sentence: str) -> list[Failure]:
    """Every style failure of one (styled) German sentence."""
    return [
        *hard_word_failures(sentence),
        *nominal_failures(sentence),
        *reference_failures(sentence),
        *role_failures(sentence),
    ]


# --- hard words ------------------------------------------------------------------------------

_WORD: Final = re.compile(r"[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß·\-]*")
# Linking elements of German compounds (Fugenelemente: Duden grammar §1064): "Präventions·einsatz".
_LINKS: Final = ("s", "es", "n", "en", "er", "e")


def _explained(word: str, sentence: str = "") -> bool:
    """The lexicon explains the word (so the glossary will), in this form or a linked form.

    A word with one sense bound to cue words ("Revision" at court) is explained only where the
    sentence holds a cue (lexicon.sense): elsewhere it is a hard word the lexicon does not cover. A
    word of two or more explained senses ("Initiative": a group or a government's plan) counts as
    explained: which sense is meant is the glossary's question, answered from the whole release
    (lexicon.sense with the source), and where the release does not tell, the entry is left out.
    Omission over error (DESIGN §6): dropping one glossary entry loses less than dropping the
    sentence, or a whole list of winners that must stay whole (winners.py).
    """
    plain = word.replace("·", "").replace("-", "")
    for candidate in (plain, *(plain[: -len(link)] for link in _LINKS if plain.endswith(link) and len(plain) > 5)):
        entry = lookup(candidate)
        if entry is not None and entry.explanation:
            if not sentence or explained_senses(candidate) > 1:
                return True
            return sense(candidate, sentence) is not None
    return False


def _known_part(part: str, position: int, count: int) -> bool:
    """One part of a split compound is plain: common, or explained by the lexicon."""
    if _explained(part):
        return True
    bare = part
    if position < count - 1:  # a first part may carry a linking element ("Arbeits·platz")
        for link in _LINKS:
            if bare.endswith(link) and len(bare) - len(link) >= 3 and not _hard(bare[: -len(link)]):
                return True
        # A verb stem as a first part ("Wander·karte", Duden grammar: Verbstamm als Erstglied) is as
        # plain as its verb; the splitter verified the stem (compounds._verb_stem).
        from pressconv.transforms.easy.compounds import _verb_infinitive, _verb_stem

        if _verb_stem(bare.lower()) and not _hard(_verb_infinitive(bare.lower())):
            return True
    return not _hard(part)


# Latin-type and foreign endings (research notes §3.3): frequency lists overrate such words ("Strategie",
# "Kooperation" are common in print and still unknown to many readers), so they count as hard below a
# higher frequency than native words do. The Latin adjective ending "-ell" follows "i", "u", "on",
# "in" or "r" ("finanziell", "aktuell", "traditionell", "kulturell"); native "Teller", "Geselle",
# "schnell", "Quelle" are no foreign words.
_LATIN: Final = re.compile(
    r"(?:ation|ationen|ität|itäten|ismus|ierung|ierungen|ieren|iert|ierte|ierten|ion|ionen|enz|enzen|anz|"
    r"(?<!qu)(?:[iu]|on|in|r)(?:ell|elle|ellen|eller)|iv|ive|iven|iver|ise|ource|ourcen|ektive|ektiven|(?<!di)ent|enten|ant|anten|ös|öse|ösen)$"
)
# "bedient", "verdient": the native verb "dienen" ends in "-dient", no Latin "-ent" ("Patient").
# Native words between Zipf 3.1 and 3.3 are everyday compounds and nouns a frequency list splits
# across forms ("Postleitzahl", "Notdienst", "Fahrzeit", "Kopfbedeckung"); below 3.1 they are rare.
_NATIVE_RARE: Final = 3.1
_LATIN_RARE: Final = 4.6
# "unerlässlich", "unverzichtbar": negated abstract adjectives are hard although print uses them often.
_ABSTRACT_NEGATED: Final = re.compile(r"^un\w{4,}(?:lich|bar)(?:e|en|er|es|em)?$")
_PLURAL: Final = ("en", "n", "e", "s", "er")
# Separable verb particles (Duden grammar: trennbare Verben), longest first.
_PARTICLES: Final = ("zurück", "heraus", "herein", "nach", "ab", "an", "auf", "aus", "ein", "mit", "um", "vor", "weg", "zu")


def _hard(word: str, lemma: str = "") -> bool:
    """A word the reader likely does not know: a rare word, or a foreign or abstract one.

    Frequency alone cannot tell "Einbrecher" from "Gewitter" (both Zipf 3.8); the lexicon decides
    for the words between, so this predicate only marks the clear cases: rare native words (below
    Zipf 3.3 in every form: the word, its inflection family, its lemma, its singular), foreign-shaped
    words below Zipf 4.6 and negated abstract adjectives.
    """
    lower = word.lower().replace("·", "").replace("-", "")
    if lower in _SIMPLE or lower.startswith("telefon") or (lower.endswith("weise") and len(lower) > 8):
        return False  # "telefonierte", "normalerweise": everyday words of a Latin or long shape
    if _ABSTRACT_NEGATED.match(lower) and zipf(lower) < 4.0:
        return True
    best = max(zipf(lower), family_zipf(lower), family_zipf(lemma.lower()) if lemma else 0.0)
    # A separable verb is as plain as its base verb: "umwerfen" is "werfen", "ausleihen" is "leihen".
    for form in (lower, lemma.lower()):
        particle = next((p for p in _PARTICLES if form.startswith(p) and len(form) - len(p) >= 4), None)
        if particle is not None:
            best = max(best, family_zipf(form[len(particle) :]))
    best = max([best, *(zipf(lower[: -len(end)]) for end in _PLURAL if lower.endswith(end) and len(lower) > 5)])
    if _LATIN.search(lower):
        return best < _LATIN_RARE
    return best < _NATIVE_RARE


# Latin-shaped words every reader knows (Zipf above 4.6 is rare for them, but these are everyday).
_SIMPLE: Final = frozenset(["polizei", "information", "informationen", "station", "aktion", "region", "million", "cent"])


def hard_word_failures(sentence: str) -> list[Failure]:
    """Words a reader with learning difficulties likely does not know and the lexicon does not explain.

    Rule books (Netzwerk Leichte Sprache: "Benutzen Sie einfache Wörter"; "Erklären Sie schwere
    Wörter"): a rare, foreign or abstract word either has a Wörterbuch entry or the sentence is left
    out. Names are not hard words: a word HanTa tags as a name, a word in a quoted name, and a
    capitalised word no frequency list knows and no compound split explains (a village, a surname).
    """
    text = re.sub(r"„[^“]*“", " ", sentence)
    # Template frames whose value is a name or an address: "Die Nachricht ist vom SV Nordheim.",
    # "Die Adresse ist: Nordheimer Arkaden …". The name is the sender's; only copied reference
    # words are checked there (reference_failures).
    text = re.sub(r"^(Die Nachricht ist vo[nm]|Die Adresse ist:|Der Ort ist:|Der Treffpunkt ist:).*", r"\1", text)
    tagged = morph.tag(text)
    names = {t.word for t in tagged if t.pos == "NE"}
    lemmas = {t.word: t.lemma for t in tagged}
    skip = _name_runs(text, names)
    found: list[Failure] = []
    hard_seen: list[str] = []
    previous = ""
    for match in _WORD.finditer(text):
        word = match.group(0).strip("-·")
        before, previous = previous, word.lower()
        if len(word) < 4 or word in names or word.isupper() or "@" in word:
            continue
        if _explained(word, text):
            if _hard(word, lemmas.get(word, "")):
                hard_seen.append(word)
            continue
        if word in skip:
            continue
        parts = [p for p in re.split(r"[·\-]", word) if p]
        if len(parts) == 2 and "·" in word and word[:1].isupper() and parts[1].lower() in STREET_SUFFIXES:
            # A street's name as compounds.segment sets it off ("Amsel·gasse"): a name, as LS editors
            # write it, whatever its first part (a bird, a family, a town); never a word to explain.
            continue
        if "-" in word and word[:1].isupper() and parts[-1].lower() in STREET_SUFFIXES:
            # A street named after a person, written with hyphens throughout (Duden rule on street
            # names: "Carl-Benz-Straße", "Käthe-Kollwitz-Platz"): a name, never a word to explain.
            continue
        if len(parts) > 1:
            # A common compound written whole ("Vordergrund") or one of plain parts is plain; a
            # hyphenated word with a part no list knows is a name ("Edeka-Filiale", "Kollatz-Ahnen").
            if zipf(word.replace("·", "").replace("-", "").lower()) >= 3.5:
                continue
            if all(_known_part(p, i, len(parts)) for i, p in enumerate(parts)):
                continue
            if "-" in word and any(zipf(p.lower()) == 0.0 and p[:1].isupper() for p in parts):
                continue
            found.append(Failure("rule.hard-word", word))
            continue
        if not _hard(word, lemmas.get(word, "")) or _plain_compound(word):
            continue
        # No list knows it and it has no Latin shape: a name ("Kleinau", "Brandtmöller"), unless an
        # indefinite article stands before it (names take none: "zu einer Zinnschale").
        if word[:1].isupper() and zipf(word.lower()) == 0.0 and not _foreign_shape(word) and before not in _INDEFINITE:
            continue
        found.append(Failure("rule.hard-word", word))
    # Two or more foreign or rare words in one sentence overload it even when the Wörterbuch
    # explains each ("bringt ihre Expertise und Ressourcen in die Kooperation ein").
    if len(hard_seen) >= 3 and not found:
        found.append(Failure("rule.hard-word", " + ".join(hard_seen)))
    return found


def _name_like(word: str, names: set[str]) -> bool:
    """A word that reads as (part of) a name: tagged as one, unknown to every list, a place adjective."""
    bare = word.replace("·", "")
    return (
        word in names
        or (zipf(bare.lower()) == 0.0 and not _foreign_shape(bare))
        or zipf(bare.lower(), "en") > zipf(bare.lower()) + 0.5
        or bool(re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+er", bare))  # "Nordheimer", "Oldenburger"
    )


def _name_runs(text: str, names: set[str]) -> set[str]:
    """Capitalised words standing next to a name-like capitalised word: one name ("Arche Lindental",
    "Erika Beispiel", "Digital Public Services", "Kabel und Drähte"), not words to explain.

    The person line "Katja Kipping ist Senatorin" opens with the person's name: its words are names too.
    """
    tokens = re.findall(r"[\wÄÖÜäöüß·\-]+|[^\s\w]", text)
    skip: set[str] = set()
    person = re.match(r"^((?:[A-ZÄÖÜ][\w\-]+\s){2,4})(?:ist|sind|sagt|hat|haben)\b", text)
    if person and any(w in names for w in person.group(1).split()):
        skip.update(person.group(1).split())
    capital = [t[:1].isupper() and t.lower() not in _ARTICLES for t in tokens]
    for i, token in enumerate(tokens):
        if not capital[i]:
            continue
        neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(tokens) and capital[j]]
        # "Kabel und Drähte": a name joined by "und" when one side is no German word.
        for j, k in ((i - 2, i - 1), (i + 2, i + 1)):
            joined = 0 <= j < len(tokens) and tokens[k] in ("und", "&") and capital[j]
            if joined and (_name_like(tokens[j], names) or _name_like(token, names)):
                neighbours.append(j)
        if any(_name_like(tokens[j], names) or _name_like(token, names) for j in neighbours):
            skip.add(token)
            skip.update(tokens[j] for j in neighbours)
    return skip


_ARTICLES: Final = frozenset(["der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einen", "einem"])


_INDEFINITE: Final = frozenset(["ein", "eine", "einer", "einen", "einem", "eines", "kein", "keine", "keinen"])


def _plain_compound(word: str) -> bool:
    """An unsplit compound of two common words ("Treffpunkt"): plain, not hard."""
    from pressconv.transforms.easy.compounds import _best_split

    score, parts = _best_split(word.lower())
    if len(parts) > 1 and all(not _hard(p) for p in parts) and score >= 3.5:
        return True
    # A short compound the splitter keeps whole because the word itself is listed, if rarely
    # ("Stadtfest", Zipf 3.3): two everyday words of four letters or more are read as their parts.
    lower = word.lower()
    return any(
        zipf(lower[:cut]) >= _EVERYDAY_PART and zipf(lower[cut:]) >= _EVERYDAY_PART
        for cut in range(_PART_MIN, len(lower) - _PART_MIN + 1)
    )


_EVERYDAY_PART: Final = 4.5  # Zipf of a word every reader knows ("Stadt" 5.7, "Fest" 5.2)
_PART_MIN: Final = 4  # letters of each part: shorter ones match by chance ("Bea·mter")


# Latin-type noun endings (research notes §3.3): a capitalised word no list knows but of this shape
# is a foreign word ("Dezernat", "Prävention"), not a name.
_FOREIGN: Final = re.compile(r"(?:ation|ität|ismus|ierung|ion|ionen|ment|enz|anz|at|ate|eur|ologie|thek|ive|iven)$")


def _foreign_shape(word: str) -> bool:
    """The word has a Latin-type noun ending ("-ation", "-ität"): a foreign word, not a name."""
    return bool(_FOREIGN.search(word))


# --- nominal style ---------------------------------------------------------------------------

# Nominalisations (Duden grammar: nouns derived from verbs and adjectives by -ung, -heit, -keit,
# -ion, -tät, -ismus, -anz, -enz): the mark of "Nominalstil" that the rule books tell writers to
# turn back into verbs ("die Umsetzung der Forderungen" → "Sie setzen die Forderungen um").
_ABSTRACT: Final = re.compile(r"(?:ung|ungen|heit|heiten|keit|keiten|ion|ionen|tät|täten|ismus|anz|enz)$")
_EVERYDAY: Final = 4.7
_LINK_WORDS: Final = frozenset(["des", "der", "eines", "einer", "von", "vom", "zur", "zum"])
# Prepositional phrases of officialese (Amtsdeutsch), each a nominal wrapper around a plain verb or
# preposition ("im Rahmen von" → "bei", "hinsichtlich" → "über"). Our own list.
_NOMINAL_PHRASES: Final = re.compile(
    r"\b(?:im Rahmen|zum Thema|hinsichtlich|bezüglich|im Hinblick auf|in Bezug auf|seitens|mittels|zwecks|"
    r"infolge|im Zuge|im Zusammenhang mit|unter Berücksichtigung|unter Einbeziehung|unter Beteiligung|"
    r"im Bereich|auf Grundlage|auf der Grundlage|nach Maßgabe|in Form von|mit Hilfe von|mithilfe|"
    r"zur Verfügung (?:stellen|gestellt|stellt)|in Anspruch (?:nehmen|genommen|nimmt)|Rechnung (?:tragen|getragen|trägt)|"
    r"zum Ausdruck|zur Anwendung|Anwendung (?:finden|findet|gefunden)|zum Einsatz (?:kommen|kommt|gekommen)|"
    r"in Betrieb (?:nehmen|genommen|nimmt)|Bezug (?:nehmen|genommen|nimmt)|zur Kenntnis|in Kenntnis|"
    r"Folge (?:leisten|geleistet)|Beitrag (?:leisten|geleistet|leistet)|Maßnahmen (?:ergreifen|ergriffen|ergreift)|"
    r"Entscheidung (?:treffen|getroffen|trifft)|Ermittlungen (?:aufnehmen|aufgenommen|eingeleitet|einleiten)|"
    r"Anzeige (?:erstatten|erstattet)|erfolgt|erfolgen|erfolgte|im Umgang mit|es handelt sich um|"
    r"Es handelt sich um|unter Einhaltung|in Zusammenarbeit mit|im Vorfeld|"
    # "An Roller und Auto ist Sach·schaden entstanden": the damage as subject instead of "X ist kaputt".
    r"(?:Schaden|Schäden|Sachschaden|Sachschäden)\b[^.]*\bentstanden|entstand|"
    # Function-verb constructions with words between noun and verb ("Ermittlungen zur Ursache aufgenommen").
    r"Ermittlungen\b[^.]*\b(?:aufgenommen|eingeleitet|aufnehmen|einleiten)|"
    # Legal light-verb constructions with no plain paraphrase that keeps their legal meaning
    # (custody is not arrest, executing a warrant is not an arrest): left out (lightverbs.py).
    r"in Gewahrsam\b[^.]*\b(?:genommen|nehmen|nimmt|nahm)|in Vollzug\b[^.]*\b(?:gesetzt|setzen|setzt|setzte)|"
    r"Haftbefehl\b[^.]*\b(?:vollstreckt|vollstrecken)|"
    # Light verbs the table in lightverbs.py could not turn into a plain verb (an adjective or a
    # determiner on the noun): still nominal style.
    r"sich\b[^.]*\bVerletzungen\b[^.]*\b(?:zugezogen|zuziehen|zu)|Hilfe (?:geleistet|leisten|leistet)|"
    r"Unterstützung (?:geleistet|leisten|leistet)|in Kenntnis\b|zur Anzeige (?:gebracht|bringen)|"
    # A verbal noun in -ung as the object of a verb that only starts, allows or carries it out
    # ("die Brandbekämpfung eingeleitet", "Mitgestaltung ermöglichen"): the action is in the noun,
    # not the verb (Leichte-Sprache rule books: "Verben statt Nomen"); the plain verb says it
    # (lightverbs.py) or the sentence is left out (issue 16).
    # Only the noun right before the verb (or a pair joined by "und"): a subject in -ung ("Die
    # Stiftung hat 20 Kinder aufgenommen") stands apart from its verb and is no light-verb object.
    r"[A-ZÄÖÜ][a-zäöüß]*ung(?:en)?(?: und (?:die |den )?[A-ZÄÖÜ][a-zäöüß]*ung(?:en)?)? (?:eingeleitet|einleiten|"
    r"aufgenommen|aufnehmen|vorgenommen|vornehmen|ermöglichen|ermöglicht)|"
    r"(?:leitet|leitete|leiteten|nimmt|nahm|nahmen) [^.,:]{0,40}[a-zäöüß]ung(?:en)? (?:ein|auf)\b|"
    # A quantity as a range noun ("im Kilogrammbereich gehandelt"): officialese for "kilograms of".
    r"im [A-ZÄÖÜ][a-zäöüß]+bereich|"
    # "den Betrieb (wieder) aufnehmen": a light verb for "fahren", "öffnen", "arbeiten" again.
    r"\b(?:den|seinen|ihren) Betrieb\b[^.]*\b(?:aufnehmen|aufgenommen|aufnimmt|wiederaufnehmen|wiederaufgenommen))\b"
)


def nominal_failures(sentence: str) -> list[Failure]:
    """Nominal style: a chain of nominalisations, three of them in one sentence, or officialese phrases."""
    plain = sentence.replace("·", "")
    found = [Failure("rule.nominal-style", m.group(0)) for m in _NOMINAL_PHRASES.finditer(plain)]
    tokens = re.findall(r"[\wÄÖÜäöüß\-]+", plain)
    # Everyday nouns of that shape ("Informationen", "Wohnung") are no mark of nominal style.
    abstract = [
        i
        for i, t in enumerate(tokens)
        if t[:1].isupper() and i > 0 and len(t) > 5 and _ABSTRACT.search(t.lower()) and zipf(t.lower()) < _EVERYDAY
    ]
    # "Umsetzung der Forderungen", "Stärkung von der Zusammenarbeit": nominalisation + genitive or
    # "von" + nominalisation, with at most one adjective between.
    for first, second in itertools.pairwise(abstract):
        between = [t.lower() for t in tokens[first + 1 : second]]
        if 1 <= len(between) <= 3 and between[0] in _LINK_WORDS:
            found.append(Failure("rule.nominal-style", f"{tokens[first]} … {tokens[second]}"))
            break
    if len(abstract) >= 3:
        found.append(Failure("rule.nominal-style", ", ".join(tokens[i] for i in abstract)))
    found.extend(_telegram(sentence))
    return found


_TOPIC: Final = re.compile(r"^(?:Es geht um|Das Thema ist|Thema):\s*(?P<value>.+?)\.?$")


def _telegram(sentence: str) -> list[Failure]:
    """ "Es geht um: Neuzugang Max Muster", "Das Thema ist: Sommer·aktion Rad·sicherheit".

    A topic value that ends in a predicative adjective or a participle is a headline clause without
    its copula (nominal style too). A topic line whose value sets two nouns side by side without
    article or preposition is headline telegram style (nominal style, rubric item 4). A role before
    a name ("Trainer Max Muster") and a street name ("Liebenwalder Straße 15") are ordinary German
    and pass.
    """
    match = _TOPIC.match(sentence.strip())
    if match is None:
        return []
    value = re.sub(r"„[^“]*“", "Name", match.group("value"))
    tagged = [t for t in morph.tag(value) if not t.pos.startswith("$")]
    if len(tagged) > 1 and tagged[-1].pos in ("ADJ(D)", "VV(PP)"):
        # "Briefwahl ab sofort möglich", "Schwimmbad wieder geöffnet": a headline clause without its
        # copula (headline style drops "ist"); after "Es geht um:" it is a statement with no verb.
        return [Failure("rule.nominal-style", tagged[-1].word)]
    for index, (first, second) in enumerate(itertools.pairwise(tagged)):
        if first.pos != "NN" or first.word == "Name":
            continue
        # Noun + noun, or noun + a person's two names; an organisation and its place ("Landes·archiv
        # Berlin", "Polizei Berlin") is a name and passes.
        person = second.pos == "NE" and index + 2 < len(tagged) and tagged[index + 2].pos == "NE"
        # HanTa reads an unknown compound as a name; the lexicon knows its head ("Fahrrad·diebstahl").
        common = second.pos == "NN" or lookup(second.word.replace("·", "")) is not None
        if not common and not person:
            continue
        entry = lookup(first.word.replace("·", ""))
        if (entry is not None and entry.role and entry.title) or re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+er", first.word):
            continue
        return [Failure("rule.nominal-style", f"{first.word} {second.word}")]
    return []


# --- copied reference words ------------------------------------------------------------------

# Words that refer back into the source text ("dortiger Haupteingang", "die obige Adresse", "besagte
# Person"): in a summary their referent is gone, so they point at nothing (rubric, item 3).
_REFERENCE: Final = re.compile(
    r"\b(?:dortig|hiesig|obig|besagt|vorgenannt|oben ?genannt|untenstehend|nachstehend|vorstehend|"
    r"letztgenannt|erstgenannt|selbig|ebendies|ebenjen|vorerwähnt|o\.\s?g\.)(?:e|er|es|en|em)?\b",
    re.IGNORECASE,
)


def reference_failures(sentence: str) -> list[Failure]:
    """Reference words copied from the source that point at a context the summary does not have."""
    return [Failure("guard.reference-word", m.group(0)) for m in _REFERENCE.finditer(sentence)]


# --- role lines ------------------------------------------------------------------------------

# "Jens Wemhöner ist Zentral·inspektor." A person line: two or more capitalised words (a name),
# "ist"/"sind", then the role up to its first preposition or the end.
_ROLE_LINE: Final = re.compile(
    r"^(?P<name>(?:[A-ZÄÖÜ][\w\-]+\s){2,4})(?:ist|sind)\s+(?:der\s|die\s|ein\s|eine\s)?(?P<role>[^.]*?)"
    r"(?:\s(?:von|vom|bei|beim|im|in|für|der|des|an|am)\s.*)?\.$"
)


def role_failures(sentence: str) -> list[Failure]:
    """A person's role that the lexicon does not know as a public role is not stated as an office.

    Satirical or party-internal titles ("Zentral·inspektor" of a satirical party) read as real
    offices; omission over error (rubric, item 2): a role line stands only when the head of its
    role noun is a role of the lexicon.
    """
    match = _ROLE_LINE.match(sentence.strip())
    if match is None:
        return []
    # The subject must be a person's name: HanTa reads one of its words as a name, none as a function
    # word or adjective ("Bei Hochwasser ist …", "Künstliche Intelligenz sind …" are no person lines).
    subject = morph.tag(match.group("name"))
    if not any(t.pos == "NE" for t in subject) or any(t.pos not in ("NE", "NN") for t in subject):
        return []
    if re.fullmatch(r"\d{1,3} Jahre alt", match.group("role")):
        return []  # "Lea M. ist 9 Jahre alt.": an age, no office
    nouns = [w for w in re.findall(r"[\w·\-]+", match.group("role")) if w[:1].isupper()]
    if not nouns:
        return []
    head = nouns[-1]
    entry = lookup(head.replace("·", ""))
    if entry is not None and entry.role:
        return []
    return [Failure("rule.unknown-role", head)]


# --- definite noun phrases the summary never introduced -----------------------------------

# Referents every reader knows without an introduction: public bodies of the reader's own place and
# the summary's own frame words ("Die Polizei ermittelt.", "Die Adresse ist: …").
_UNIQUE: Final = frozenset(
    [
        *("polizei", "bundespolizei", "kriminalpolizei", "feuerwehr", "stadt", "gemeinde", "senat", "regierung"),
        *("bundesregierung", "landesregierung", "staatsanwaltschaft", "verwaltung", "stadtverwaltung"),
        *("bezirksamt", "rathaus", "bundestag", "landtag", "rettungsdienst", "öffentlichkeit", "presse"),
        *("nachricht", "adresse", "telefonnummer", "e-mail", "polizeipräsidentin", "polizeipräsident"),
        *("bürgermeisterin", "bürgermeister", "landrätin", "landrat", "wahl", "bundesrepublik", "welt"),
        # The audit office of the reader's state, known like its parliament (a constitutional body).
        "rechnungshof",
        # The summary's own frames: "Das Thema ist: …", "Der Termin ist am …" name what the title announced.
        *("thema", "termin"),
    ]
)
_DEFINITE_OPENER: Final = re.compile(
    r"^(?:Der|Die|Das|Den|Dem)\s+(?:[a-zäöüß][\w·\-]*\s+){0,2}(?P<noun>[A-ZÄÖÜ][\w·\-]*)(?P<rest>.*)$"
)


# "Das war am Mittwoch.": "Das" before a finite verb is the demonstrative pronoun (a rescue's
# follower pointing at its head), no article of the noun after the verb.
_DEMONSTRATIVE: Final = re.compile(r"^Das\s+(?:ist|war|sind|waren|wird|gilt|galt|passiert|geht|dauert)\b")


# "von der Maßnahme", "vom Projekt": a definite owner after "von" (the plain form of a genitive).
_DEFINITE_OWNER: Final = re.compile(
    r"^(?:von\s+(?:der|dem|den)|vom)\s+(?:[a-zäöüß][\w·\-]*\s+){0,2}(?P<noun>[A-ZÄÖÜ][\w·\-]*)"
)


# Associative anaphora (bridging; Löbner's functional nouns): a definite noun whose referent is
# unique once its frame has been introduced needs no introduction of its own. An event has one
# admission ("Der Eintritt ist frei."), a court case one verdict, a closure one reason and one span,
# a fire or an accident one cause and one damage, a crime one offender, a building named by any of
# its kinds is "das Gebäude". Each noun passes when a word of its frame stands earlier in the summary
# or the release's headline and subtitle; the frames are the general ones of public life.
_FRAMES: Final = {
    "eintritt": r"veranstalt|\w{3,}fest\b|festival|konzert|ausstellung|\bführung|offenen tür|lesung|vortrag|"
    r"informations(?:abend|nachmittag|tag)|infoabend|aktionstag|"
    r"markt\b|museum|zoo\b|theater|kino|feier|messe\b|turnier|aufführung|tierpark|schwimmbad|freibad",
    # A named event of any kind is "die Veranstaltung" afterwards (a hypernym as anaphor).
    "veranstaltung": r"verleihung|\w{3,}fest\b|festival|konzert|ausstellung|lesung|vortrag|feier|"
    r"offenen tür|aktionstag|aktionswoche|workshop|seminar|tagung|konferenz|messe\b|markt\b|turnier",
    "urteil": r"verurteil|gericht|prozess|angeklagt|verfahren|verhandlung",
    "verhandlung": r"gericht|prozess|angeklagt|verfahren",
    "sperrung": r"gesperrt|sperrt|unterbroch|baustelle|bauarbeiten|umleitung",
    "umleitung": r"gesperrt|sperrung|unterbroch|baustelle|bauarbeiten",
    "teilnahme": r"teilnehm|mitmach|anmeld|studie|kurs|wettbewerb|abstimm|umfrage|aktion|programm|erprob|befragung|"
    r"untersuchung|\btest\b",
    # An event with places has one number of participants, one room, one hall, one opening.
    "teilnehmerzahl": r"\bführung|veranstalt|kurs|workshop|seminar|wanderung|exkursion|vortrag|lesung|tagung",
    "raum": r"sprechstunde|versammlung|vortrag|kurs|lesung|sitzung|beratung|veranstalt|workshop|seminar|treff",
    "halle": r"versammlung|konzert|turnier|veranstalt|\w{3,}fest\b|messe\b|sitzung|ausstellung",
    "eröffnung": r"eröffne|ausstellung|neubau|filiale|museum|bibliothek|zentrum|praxis",
    # A court case has one chamber (the deciding panel), a police operation one patrol.
    "kammer": r"gericht|prozess|angeklagt|verurteil",
    "streife": r"polizei|notruf",
    "anmeldung": r"anmeld|veranstalt|kurs|\bführung|teilnehm|workshop|seminar",
    "ursache": r"brand|feuer|unfall|störung|ausfall|schaden|explosion",
    "brandursache": r"brand|feuer",
    "schaden": r"brand|feuer|unfall|sturm|unwetter|beschädig|hochwasser",
    "täter": r"\btat\b|raub|überfall|diebstahl|einbruch|gestohlen|betrug|angriff|überfallen|geraubt",
    "gebäude": r"haus\b|halle|schule|museum|bibliothek|zentrum|kirche|werk\b|klinik|krankenhaus|neubau|rathaus",
    "förderung": r"förder|zuschuss|programm",
    "bewerbung": r"stelle|arbeitsplätz|ausbildung|bewerb|job",
}


def _unumlaut(text: str) -> str:
    """The text with its umlauts written as plain vowels."""
    return text.replace("ä", "a").replace("ö", "o").replace("ü", "u")


def _bridged(noun: str, earlier: list[str]) -> bool:
    """The noun's frame (``_FRAMES``) was introduced by an earlier sentence."""
    frame = _FRAMES.get(noun)
    if frame is None and "·" in noun:
        # A compound takes its frame from its last part, the head of a German Determinativkompositum
        # (Duden grammar): "Sach·schaden" is a "Schaden" and is bridged by a fire or crash like it.
        frame = _FRAMES.get(noun.rsplit("·", 1)[1])
    if frame is None:
        return False
    return any(re.search(frame, e.replace("·", "").lower()) for e in earlier)


def _named(noun: str, earlier: list[str]) -> bool:
    """The noun (or its umlaut plural, or an inflected form) stands in an earlier sentence."""
    plain = noun.replace("·", "").lower()
    stem = _unumlaut(plain[: max(4, len(plain) - 3)])
    # Only in a noun (a capitalised word, German orthography): "dauern" names no "Dauer" and "Die
    # Dauer ist 90 Minuten" after "Die Arbeiten dauern acht Wochen" points at nothing (judged wrong).
    return any(
        stem in _unumlaut(word.replace("·", "").lower())
        for e in earlier
        for word in re.findall(r"[\w·\-]+", e)
        if word[:1].isupper()
    )


# Inherently anaphoric attributes (Duden grammar: "besagt", "genannt", "erwähnt", "fraglich" refer
# back by their meaning; "betroffen" and "beteiligt" ask "affected by, taking part in what?"). With
# the definite article they pick out a set an earlier sentence must have named, wherever the phrase
# stands in the sentence ("Man hat die betroffenen Familien …" after no word of any family).
_RELATIONAL: Final = re.compile(
    r"\b(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]es|vom|zum|zur|beim|im|am)\s+(?:(?:oben\s+)?genannt|erwähnt|besagt|"
    r"fraglich|vorgenannt|betroffen|beteiligt)\w*\s+(?P<noun>[A-ZÄÖÜ][\w·\-]*)"
)


# The bare nouns of an event's parts that press releases use as labels in a sentence ("Beginn ist um …",
# "Start ist …", "Treffpunkt ist …"): a closed class of relational nouns (Duden: Beginn, Ende, …) that
# need the event they belong to.
_BARE_PART: Final = re.compile(
    r"^(?P<noun>Beginn|Start|Ende|Einlass|Treffpunkt|Abfahrt|Ankunft|Dauer|Anpfiff|Startschuss)\s+(?:ist|war|sind)\b"
)


# Danger to life said of nobody in particular, after a summary sentence about several injured people.
_DANGER_TO_LIFE: Final = re.compile(r"\bLebens·?gefahr\b")
_WHOSE: Final = re.compile(
    r"\b(?:[Bb]ei|[Ff]ür|[Aa]ußer)\s+(?:dem|der|den|einem|einer|ihm|ihr|ihnen)\b|\b(?:[Ee]r|[Ss]ie)\s+(?:ist|schwebt|war)\b"
)
_SEVERAL_HURT: Final = re.compile(
    r"\b(?:[2-9]|\d{2,}|zwei|drei|vier|fünf|sechs|mehrere)\s+(?:\w+\s+)?(?:Menschen|Personen|Verletzte\w*|Kinder|Männer|Frauen)\b"
    r"[^.]*\bverletzt",
    re.IGNORECASE,
)


# A bare plural opened by an additive or contrastive determiner ("Weitere Personen …", "Andere
# Schulen …"). "Weitere Informationen/Infos/Auskünfte/Hinweise" is left out: the closing formula of
# press releases, where the first set is the text itself.
_FURTHER: Final = re.compile(
    r"^(?:Weitere|Andere|Übrige|Restliche)\s+(?:[a-zäöüß][\w·\-]*\s+)?"
    r"(?!(?:Informationen|Infos|Auskünfte|Hinweise|Details)\b)(?P<noun>[A-ZÄÖÜ][\w·\-]*)"
)


_BOTH: Final = re.compile(r"\b(?:[Bb]eide|[Bb]eiden)\s+(?:[a-zäöü][\wäöüß]*\s+)?(?P<noun>[A-ZÄÖÜ][\w·\-]+)")


def introduced_failures(sentence: str, earlier: list[str]) -> list[Failure]:
    """A sentence that opens with a definite noun phrase for something the summary never introduced.

    "Das Plakat ist …" in a summary that has named no poster points at nothing (rubric, item 3;
    German grammar: the definite article marks a referent as known). The noun passes when an earlier
    sentence of the summary (or the title) uses it, when it names a body every reader knows, or when
    the phrase identifies it itself (a name or a "von"/"aus"/"in" phrase follows: "Die Polizei Berlin").
    """
    age = unintroduced_age(sentence, earlier)
    if age is not None:
        # "Die 63-Jährige …" with no one of that age named before: read as the last woman named (ages.py).
        return [Failure("guard.not-introduced", age)]
    both = _BOTH.search(sentence)
    if both is not None:
        # "Man hat beide Fahrzeuge sichergestellt": "beide" points at two things named before (Duden:
        # beide as a determiner is anaphoric), wherever it stands in the sentence.
        stem = _unumlaut(both.group("noun").replace("·", "").lower()[: max(4, len(both.group("noun")) - 3)])
        if not any(stem in _unumlaut(e.replace("·", "").lower()) for e in earlier):
            return [Failure("guard.not-introduced", both.group("noun"))]
    if _DANGER_TO_LIFE.search(sentence) and not _WHOSE.search(sentence) and any(_SEVERAL_HURT.search(e) for e in earlier):
        # "Man kann Lebens·gefahr nicht ausschließen" after "4 Menschen sind verletzt": whose life? The
        # reader takes it for all of them (judged misleading); police reports say it of one person.
        return [Failure("guard.not-introduced", "Lebensgefahr")]
    further = _FURTHER.match(sentence.strip())
    if further is not None and not _named(further.group("noun"), earlier):
        # "Weitere Personen sind nicht verletzt" after no person at all: "weitere" and "andere"
        # presuppose a first set of the same kind (Duden: weiter- as an additive determiner), which
        # the summary must have named, else the reader gets "more of what?".
        return [Failure("guard.not-introduced", further.group("noun"))]
    label = _BARE_PART.match(sentence.strip())
    if label is not None:
        # "Beginn ist um 11 Uhr auf dem Stadtplatz": press writing's bare label of an event's part (its
        # start, end, meeting point, length) names no event; in a summary it points at nothing the
        # reader can place (judged broken: "Beginn" of what?). The event's own template says its start.
        return [Failure("guard.not-introduced", label.group("noun"))]
    relational = _RELATIONAL.search(sentence)
    if relational is not None and not _named(relational.group("noun"), earlier):
        # "Man hat die betroffenen Familien informiert": affected by what? (see _RELATIONAL)
        return [Failure("guard.not-introduced", relational.group("noun"))]
    match = _DEFINITE_OPENER.match(sentence.strip())
    if match is None or _DEMONSTRATIVE.match(sentence.strip()):
        return []
    noun = match.group("noun").replace("·", "")
    plain = noun.lower()
    # Councils, parliaments, courts and ministries of the sender's place are known to its readers
    # the way "die Polizei" is ("der Gemeinderat", "das Landgericht", "der Kreistag").
    bodies = ("polizei", "feuerwehr", "verwaltung", "amt", "rat", "tag", "gericht", "ministerium", "senat")
    if plain in _UNIQUE or any(plain.endswith(u) for u in bodies):
        return []
    if plain.endswith("telefon") and plain != "telefon":
        # "Das Bürger·telefon", "Das Hitze·telefon": the sender's named public line, known to its readers
        # the way its office is (servicelines.py says it with its number); a bare "Das Telefon" is not.
        return []
    rest = match.group("rest").strip()
    owner = _DEFINITE_OWNER.match(rest)
    if owner is not None:
        # "Die Gesamt·kosten von der Maßnahme …": the "von" phrase identifies the noun only where its
        # own definite noun is known; "der Maßnahme" the summary never named points at nothing too
        # (the same check for the phrase's noun, wrongs19).
        return introduced_failures("Die " + rest[owner.start("noun") :], earlier)
    if re.match(r"(?:[A-ZÄÖÜ][\w\-]*\b|von\b|vom\b|aus\b|in\b|im\b|an\b|am\b|für\b|zum\b|zur\b|„)", rest):
        return []
    # "Die Schulen brauchen …": a plural with the definite article names the kind in general (generic
    # reference), not one thing the reader should already know.
    # Only the bare plural is generic: an attributive adjective or participle before the noun ("die
    # förderfähigen Ausgaben", "die betroffenen Familien") narrows the kind to the set one context
    # defines (eligible under which programme, affected by what?), which the summary must have named.
    verb = rest.split()[0] if rest.split() else ""
    bare = re.match(r"Die\s+[A-ZÄÖÜ]", sentence.strip()) is not None
    if bare and verb.endswith(("en", "ern", "eln")) and verb[:1].islower():
        return []
    # "Die Bäume" after "eine Baum·fällung": the plural's umlaut (Duden: Umlautplural) is no new noun.
    if _named(plain, earlier):
        return []
    # "Die förderfähigen Ausgaben" after "ein Förder·programm": an attributive adjective derived from
    # a word the summary said (förder-) ties the noun to that frame (associative anaphora through
    # the modifier). Long adjectives only, their first six letters at a word start: "neuen" ties nothing.
    modifiers = re.findall(r"\b[a-zäöüß][\w·]{8,}", sentence.strip()[: match.start("noun")])
    said = [e.replace("·", "").lower() for e in earlier]
    if any(re.search(r"\b" + re.escape(m.replace("·", "")[:6]), e) for m in modifiers for e in said):
        return []
    if _bridged(plain, earlier) or _bridged(match.group("noun").lower(), earlier):
        return []
    # "Der Gesamt·schaden", "der größte Einzel·posten": unique by meaning, no introduction needed (unique.py).
    if inherently_unique(sentence.strip()[: match.start("noun")].split()[1:], match.group("noun")):
        return []
    # "Die Preis·verleihung" after "… hat einen Preis bekommen": a part of the compound was introduced.
    parts = [p.lower() for p in match.group("noun").split("·") if len(p) >= 4]
    if len(parts) > 1 and any(p[: max(4, len(p) - 2)] in e.replace("·", "").lower() for p in parts for e in earlier):
        return []
    return [Failure("guard.not-introduced", match.group("noun"))]


def speaker_failures(speaker: str) -> list[Failure]:
    """ "Zentral·inspektor Jens Wemhöner sagt: …": a speaker's title must be a role of the lexicon.

    A party-internal or satirical title read as an office misleads (rubric, item 2); the name alone
    would do, so a title the lexicon does not know fails the sentence.
    """
    found: list[Failure] = []
    tagged = morph.tag(speaker)
    # Only the words before the name are a title: a surname may be a common noun ("Erika Beispiel").
    first_name = next((i for i, t in enumerate(tagged) if t.pos == "NE"), None)
    for token in tagged[: first_name or 0]:
        if token.pos != "NN":
            continue
        entry = lookup(token.word.replace("·", ""))
        if entry is None or not entry.role:
            found.append(Failure("rule.unknown-role", token.word))
    return found
