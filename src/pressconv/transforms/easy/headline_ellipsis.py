"""A participle headline of an act that takes "sein" ("Jungtier im Zoo geboren"), said as a whole sentence."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import Final

from pressconv._months import MONTHS_DE
from pressconv.transforms.easy import morph
from pressconv.transforms.easy.casualties import DIED_PARTICIPLE
from pressconv.transforms.easy.compounds import MEDIOPUNKT, segment
from pressconv.transforms.easy.source import split_sentences
from pressconv.transforms.easy.titles import noun_gender
from pressconv.transforms.easy.when import WEEKDAYS_DE

__all__ = ["INJURY_DEGREES", "death_clause", "edition_clause", "injury_clause", "jubilee_clause", "unaccusative_clause"]

# Headline ellipsis (Schlagzeilenstil, Duden grammar): "Jungtier im Tierpark geboren", "Hund aus Tierheim
# entlaufen" leave out the article and the auxiliary. For a verb whose Perfekt takes "sein" (a change of
# place or state: ankommen, entlaufen, ausbrechen; morph.participle) the auxiliary is "ist/sind", and the
# sentence is the Perfekt itself, active, no passive. "geboren" takes "sein" by convention ("ist geboren",
# Duden: "geboren sein"), though "gebären" itself takes "haben". A transitive participle ("eröffnet") is
# no such clause: its Perfekt needs the agent (title_perfect.py, headline_grammar.man_perfect).
_BORN: Final = "geboren"
# Indefinite articles by gender: the headline names a thing the reader meets for the first time.
_INDEFINITE: Final = {"der": "Ein", "die": "Eine", "das": "Ein"}
# Counts before a plural subject ("Zwei Kälber …", "3 Hunde …"): the count stands in place of the article.
_COUNT: Final = re.compile(r"^(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)$", re.IGNORECASE)


def _sein_participle(token: morph.Token) -> bool:
    """The token is a participle whose Perfekt takes "sein" (or "geboren")."""
    if token.pos != "VV(PP)":
        return False
    if token.word == _BORN:
        return True
    lemma = (token.lemma or "").lower()
    formed = morph.participle(lemma) if lemma else None
    return formed is not None and formed[0] == token.word and formed[1] == "sein"


def unaccusative_clause(part: str) -> str | None:
    """ "Ein Jung·tier ist im Tierpark X geboren" from "Jungtier im Tierpark X geboren", else None.

    Only a part of a bare subject (one noun, with a count if plural), prepositional phrases and the
    participle at its end: no finite verb, no comma, no article to guess beyond the subject's own.
    """
    text = part.strip().rstrip(".!")
    if "," in text:
        return None
    tagged = [t for t in morph.tag(text) if not t.pos.startswith("$")]
    if len(tagged) < 2 or not _sein_participle(tagged[-1]) or any(t.pos.endswith("(FIN)") for t in tagged):
        return None
    words = text.split()
    if len(words) != len(tagged):
        return None  # the tagger split a word: no safe rebuilding
    count = _COUNT.match(tagged[0].word) is not None
    at = 1 if count else 0
    if at >= len(tagged) - 1 or tagged[at].pos != "NN":
        return None
    rest = tagged[at + 1 : -1]
    # What stands between subject and participle must be prepositional phrases ("im Tierpark X").
    if rest and rest[0].pos not in ("APPR", "APPRART"):
        return None
    if any(t.pos not in ("APPR", "APPRART", "ART", "NN", "NE", "CARD", "ADJA", "ADJ(A)") for t in rest):
        return None
    # "in Lagerhalle": a bare common noun after a preposition lost its article to headline grammar;
    # its case and gender would be a guess (headline_grammar.restore_articles), so the part is refused.
    if any(a.pos == "APPR" and b.pos in ("NN", "ADJA", "ADJ(A)") for a, b in itertools.pairwise(rest)):
        return None
    noun = words[at]
    if count:
        plural = tagged[0].word.lower() not in ("1", "ein", "eine")
        subject = " ".join(words[: at + 1])
        subject = subject[:1].upper() + subject[1:]
        aux = "sind" if plural else "ist"
    else:
        if noun.lower() != (tagged[at].lemma or noun).lower():
            return None  # a plural without a count ("Kälber geboren"): no article to give
        last = re.split(r"[-·]", noun.replace("·", ""))[-1]
        # The last word part fixes a compound's gender (Duden grammar: das Grundwort bestimmt das Genus).
        head = segment(last).split(MEDIOPUNKT)[-1]
        gender = noun_gender(last) or noun_gender(head[:1].upper() + head[1:])
        if gender not in _INDEFINITE:
            return None
        subject, aux = f"{_INDEFINITE[gender]} {noun}", "ist"
    middle = " ".join(words[at + 1 : -1])
    return re.sub(r"\s+", " ", f"{subject} {aux} {middle} {words[-1]}").strip()


# "28. Blauensteiner Stadtlauf am Sonntag": a recurring event named by its edition number, with its day,
# the verb of being left out (Schlagzeilenstil). The ordinal makes the event one of a kind, so the
# definite article is certain (Duden grammar: "der 28. Stadtlauf"); only place adjectives in "-er",
# which never inflect ("Blauensteiner"), may stand before the head noun.
_EDITION: Final = re.compile(
    r"^(?P<number>\d{1,3}\.) (?P<before>(?:[A-ZÄÖÜ][\wäöüß]*er )?)(?P<noun>[A-ZÄÖÜ][\wäöüß·-]+) "
    r"(?P<when>(?:am|vom|von|im) [^,;:]+)$"
)
_DEFINITE: Final = {"der": "Der", "die": "Die", "das": "Das"}


def edition_clause(part: str, body: str = "") -> str | None:
    """ "Der 28. Blauensteiner Stadtlauf ist am Sonntag" from "28. Blauensteiner Stadtlauf am Sonntag", else None.

    A bare weekday ("am Sonntag") gets the date the body gives it ("Sonntag, 10. Mai 2026"), where the
    body dates that weekday once: a title stands alone, and "Sonntag" alone names no day.
    """
    match = _EDITION.match(part.strip().rstrip(".!"))
    if match is None:
        return None
    before = match["before"].strip()
    if before and any((t.lemma or "").lower() != t.word.lower() for t in morph.tag(before)):
        return None  # "Großer Preis": an adjective that inflects ("groß") would need its weak ending after "Der"
    noun = match["noun"].replace("·", "")
    head = segment(re.split(r"-", noun)[-1]).split(MEDIOPUNKT)[-1]
    gender = noun_gender(noun) or noun_gender(head[:1].upper() + head[1:])
    if gender not in _DEFINITE:
        return None
    when = match["when"]
    # Only a time may follow: "am Sonntag mit neuem Teilnehmerrekord" reports a past event, and "ist"
    # would tell it as to come (a reviewer's probe). Weekdays, months, numbers and their joints only.
    time_words = {*WEEKDAYS_DE, *MONTHS_DE, "am", "vom", "von", "im", "bis", "zum", "und"}
    if not all(w in time_words or re.fullmatch(r"\d{1,4}\.?", w) for w in when.replace(",", " ").split()):
        return None
    weekday = re.fullmatch(rf"am ({'|'.join(WEEKDAYS_DE)})", when)
    if weekday is not None:
        # The date only from a sentence that names the event itself ("Der Stadtlauf ist am Sonntag, 10.
        # Mai"), not from any dated sentence of the body (a deadline "bis Sonntag, 3. Mai").
        stem = head[: max(4, len(head) - 2)].lower()
        own = " ".join(x for x in split_sentences(body, "de") if stem in x.replace("·", "").lower())
        dates = set(re.findall(rf"\b{weekday[1]},? (\d{{1,2}}\. (?:{'|'.join(MONTHS_DE)})(?: \d{{4}})?)", own))
        when = f"am {weekday[1]}, {dates.pop()}" if len(dates) == 1 else when
    return f"{_DEFINITE[gender]} {match['number']} {match['before']}{match['noun']} ist {when}"


# A death in headline ellipsis (Schlagzeilenstil): "Radfahrer bei Sturz tödlich verletzt", "Wanderin
# tödlich verunglückt", "Motorradfahrer gestorben". "tödlich verletzt" means the person died of the
# injury (Duden: tödlich "den Tod herbeiführend"); Leichte Sprache says it plainly: "… ist gestorben".
_DEATH: Final = re.compile(rf"\s+(?:{DIED_PARTICIPLE})$")
# Prepositions that always govern the dative (Duden grammar): a bare noun after them takes "einem"/"einer".
_DATIVE: Final = frozenset(["bei", "nach", "mit", "aus"])
# The agent of a passive participle: "von"/"durch" with the one who acted.
_AGENT: Final = re.compile(r"\b(?:von|vom|durch)\b", re.IGNORECASE)
_DATIVE_INDEFINITE: Final = {"der": "einem", "das": "einem", "die": "einer"}


def death_clause(part: str) -> str | None:
    """ "Eine Fußgängerin ist bei einem Unfall gestorben" from "Fußgängerin bei Unfall tödlich verletzt", else None.

    The subject is one bare singular noun (its article from its gender), perhaps with an age or other
    adjective before it, or a count with a plural noun; one prepositional phrase may follow (see
    ``_harmed``). Any other word ("nicht", "fast", "beinahe" tödlich) refuses the part.
    """
    text = part.strip().rstrip(".!")
    found = _DEATH.search(text)
    if found is None:
        return None
    harmed = _harmed(text[: found.start()])
    return None if harmed is None else f"{harmed} gestorben"


# An injury in headline ellipsis (Schlagzeilenstil): "Radfahrerin bei Abbiegeunfall schwer verletzt",
# "Zwei Kinder bei Unfall leicht verletzt". The auxiliary left out is that of the passive ("wurde …
# verletzt"); the state it leaves is said with "ist" and the participle as a predicative adjective
# (Zustandspassiv, Duden grammar), the plain way Leichte Sprache says who is hurt ("Eine Rad·fahrerin
# ist schwer verletzt"). The degree word stays: "schwer" and "leicht" verletzt are different facts.
INJURY_DEGREES: Final = ("schwer", "schwerst", "leicht", "lebensgefährlich")
_INJURY: Final = re.compile(rf"\s+(?:(?P<degree>{'|'.join(INJURY_DEGREES)})\s+)?verletzt$")


def injury_clause(part: str) -> str | None:
    """ "Ein 14-jähriger Rad·fahrer ist nach einem Zusammen·stoß schwer verletzt" from the headline part
    "14-jähriger Radfahrer nach Zusammenstoß schwer verletzt", else None (subject and phrase as ``_harmed``)."""
    text = part.strip().rstrip(".!")
    found = _INJURY.search(text)
    if found is None or _DEATH.search(text):
        return None
    harmed = _harmed(text[: found.start()])
    return None if harmed is None else " ".join(w for w in (harmed, found["degree"], "verletzt") if w)


# The nominative ending of an adjective after "ein"/"eine" (mixed declension, Duden grammar), which a
# headline's bare adjective shows already ("14-jähriger Radfahrer" -> "ein 14-jähriger Radfahrer").
_MIXED_ENDING: Final = {"der": "er", "die": "e", "das": "es"}


def _harmed(text: str) -> str | None:
    """The subject of a harm headline with its auxiliary and one phrase: "Eine Fußgängerin ist bei einem Unfall".

    The subject is one singular noun, perhaps after adjectives whose ending already fits the noun's
    gender after "ein(e)" (their strong and mixed nominative endings are the same), or a count with a
    plural noun. One prepositional phrase may follow: a contracted preposition with its noun ("im
    Hafen"), or a dative preposition with a bare noun whose gender is known ("bei Unfall" -> "bei
    einem Unfall"). Any other phrase of nouns is left out (the harm is the news; omission over error).
    """
    if "," in text or _AGENT.search(text):
        # "Mann von Polizei tödlich verletzt", "Kind durch Hund verletzt": the agent of a passive (Duden
        # grammar, Agensangabe) is no place or occasion; the sentence would drop who did it.
        return None
    tagged: list[morph.Token] = []
    for token in (t for t in morph.tag(text) if not t.pos.startswith("$")):
        if token.word.startswith("-") and tagged and tagged[-1].pos == "CARD":
            # "14-jähriger": HanTa splits the number from its adjective; together they are one adjective.
            tagged[-1] = morph.Token(tagged[-1].word + token.word, tagged[-1].word + token.lemma, "ADJ(A)")
        else:
            tagged.append(token)
    words = text.split()
    if not tagged or len(words) != len(tagged):
        return None
    # The headline's first word is capitalised by position only: an adjective after the article is not.
    # A place adjective in "-er" ("Berliner") is a name's form and never inflects: its lemma is the word itself.
    if tagged[0].pos == "ADJ(A)" and tagged[0].lemma.islower() and tagged[0].lemma != tagged[0].word.lower():
        words[0] = words[0][:1].lower() + words[0][1:]
    count = _COUNT.match(tagged[0].word) is not None
    at = 1 if count else 0
    adjectives = 0
    while not count and at < len(tagged) and tagged[at].pos == "ADJ(A)":
        at, adjectives = at + 1, adjectives + 1
    if at >= len(tagged) or tagged[at].pos != "NN":
        return None
    noun = words[at]
    if count:
        if tagged[0].word.lower() in ("1", "ein", "eine"):
            return None
        subject, aux = f"{words[0][:1].upper()}{words[0][1:]} {noun}", "sind"
    else:
        if noun.lower() != (tagged[at].lemma or noun).lower():
            return None  # a plural without a count: no article to give
        gender = _gender(noun)
        if gender not in _INDEFINITE:
            return None
        if any(not w.endswith(_MIXED_ENDING[gender]) for w in words[:adjectives]):
            return None  # the adjective's ending says another gender or case: nothing to trust
        subject, aux = " ".join([_INDEFINITE[gender], *words[:adjectives], noun]), "ist"
    rest = tagged[at + 1 :]
    if any(t.pos not in ("APPR", "APPRART", "ART", "NN", "NE", "CARD", "ADJ(A)") for t in rest):
        # "nicht", "fast", "beinahe", "knapp" before the participle: the harm did not happen (rubric item 2).
        return None
    phrase = ""
    if len(rest) == 2 and rest[0].pos == "APPRART" and rest[1].pos in ("NN", "NE"):
        phrase = f"{rest[0].word} {rest[1].word}"
    elif len(rest) == 2 and rest[0].word.lower() in _DATIVE and rest[1].pos == "NN":
        gender = _gender(rest[1].word)
        if gender in _DATIVE_INDEFINITE and rest[1].word.lower() == (rest[1].lemma or "").lower():
            phrase = f"{rest[0].word.lower()} {_DATIVE_INDEFINITE[gender]} {rest[1].word}"
    return re.sub(r"\s+", " ", f"{subject} {aux} {phrase}").strip()


# A female person noun formed with "-in" from an agent noun (Duden grammar, Movierung: "Radlerin",
# "Polizistin", "Studentin"): always feminine.
_FEMALE_AGENT: Final = re.compile(r"(?:er|ist|ent|ant|eur|or)in$")


def _gender(noun: str) -> str | None:
    """A singular noun's gender: the lexicon's or its suffix's, a compound's by its last part."""
    if _FEMALE_AGENT.search(noun):
        return "die"
    head = segment(noun).split(MEDIOPUNKT)[-1]
    return noun_gender(noun) or noun_gender(head[:1].upper() + head[1:])


# A jubilee headline (Schlagzeilenstil): "100 Jahre TSV Musterdorf", "30 Jahre Städtepartnerschaft mit
# X" says that the thing has existed for that many years, the verb left out. Said whole, with the
# plainest verb German has for existence: "Es gibt die Städte·partnerschaft mit X seit 30 Jahren".
_JUBILEE: Final = re.compile(r"^(?P<years>\d{1,3}) Jahre (?P<what>[A-ZÄÖÜ][^,;:„“\"]*)$")
# Words of an anniversary: what a jubilee's body says besides the number of years.
_ANNIVERSARY: Final = re.compile(r"\b(?:Jubiläum\w*|Bestehen\w*|gegründet\w*|Gründung\w*|Geburtstag\w*)", re.IGNORECASE)
# The accusative of the definite article by gender (Duden grammar: Deklination des Artikels).
_DEFINITE_ACCUSATIVE: Final = {"der": "den", "die": "die", "das": "das"}


def jubilee_clause(part: str, body: str, gender_of: Callable[[str], str | None]) -> str | None:
    """ "Es gibt die Städte·partnerschaft mit X seit 30 Jahren" from "30 Jahre Städtepartnerschaft mit X", else None.

    Only where the body confirms the age ("30-jährigen Bestehens", "seit 30 Jahren", "30 Jahre") and
    names the thing, and where the thing is a noun whose gender ``gender_of`` knows (no article guessed)
    followed by nothing but names and prepositional phrases of names.
    """
    match = _JUBILEE.match(part.strip().rstrip(".!"))
    if match is None:
        return None
    years, what = match["years"], match["what"].strip()
    if not re.search(rf"\b{years}(?:-jährig\w*| Jahre\b| Jahren\b)", body) or not _ANNIVERSARY.search(body):
        # "5 Jahre Haft für Betrüger" or "10 Jahre Wartezeit": a span that is no age; the body of a
        # jubilee names the anniversary itself (its founding, its existence, the jubilee).
        return None
    tagged = morph.tag(what)
    if not tagged or tagged[0].pos not in ("NN", "NE") or any(t.pos.startswith(("V", "$")) for t in tagged):
        return None
    if any(t.pos not in ("NN", "NE", "APPR", "APPRART", "CARD") for t in tagged):
        return None  # an adjective or an article inside: its case would change with the frame
    head = tagged[0].word
    if head.replace("·", "") not in body.replace("·", "") and what not in body:
        return None
    gender = gender_of(head)
    if gender not in _DEFINITE_ACCUSATIVE:
        return None
    return f"Es gibt {_DEFINITE_ACCUSATIVE[gender]} {what} seit {years} Jahren"
