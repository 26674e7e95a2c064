"""The verifier: rule checks, structure guard and fact guard for every sentence of a summary.

Rules follow the simple-German checks of LanguageTool's ``de-DE-x-simple-language`` module and the
rule books in ``notes/leichte-sprache.md`` (sentence length, long words, Präteritum, passive,
genitive, Konjunktiv, abbreviations, long numbers, percentages, Roman numerals, special characters,
subordinate clauses, idioms). A sentence with a failure is dropped and reported, never written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Final

from pressconv.transforms.easy import morph, references
from pressconv.transforms.easy.anaphora import inner_connective, possessive_bound
from pressconv.transforms.easy.auxiliaries import wrong_auxiliary
from pressconv.transforms.easy.drafted import drafted_as_fact
from pressconv.transforms.easy.frequency import LISTED, zipf
from pressconv.transforms.easy.hedges import doubled_hedge
from pressconv.transforms.easy.limits import HARD_LIMIT, LONG_WORD, RULE_SCAN_WORDS
from pressconv.transforms.easy.lostspan import lost_span
from pressconv.transforms.easy.pairs import split_pair
from pressconv.transforms.easy.partitives import partitive
from pressconv.transforms.easy.parts import part_count
from pressconv.transforms.easy.presence import presence_da
from pressconv.transforms.easy.readability import words
from pressconv.transforms.easy.saxon import saxon_genitive
from pressconv.transforms.easy.saying import lost_content, lost_request
from pressconv.transforms.easy.shares import from_fraction
from pressconv.transforms.easy.siblings import sibling_value
from pressconv.transforms.easy.style import introduced_failures, speaker_failures, style_failures
from pressconv.transforms.easy.types import Failure

__all__ = [
    "HARD_LIMIT",
    "KONJUNKTIV",
    "FactGuard",
    "Failure",
    "dangling",
    "fact_failures",
    "has_finite_verb",
    "name_words",
    "rule_failures",
    "structure_failures",
]

_LONG_WORD: Final = LONG_WORD


# Konjunktiv II and the Konjunktiv I of reported speech ("könne", "müsse", "werde"; Duden grammar,
# "indirekte Rede"): a summary's sentence is the summary's own claim, so a copied "Jeder Hinweis
# könne helfen" keeps the speaker's voice without naming the speaker. "habe"/"werde" are also the
# first person singular indicative ("ich habe"), which is not flagged.
# The Konjunktiv II of full verbs with an umlaut ("bräuchten", "gäbe", "käme") has no indicative reading.
KONJUNKTIV: Final = re.compile(
    r"\b(?:wäre|wären|hätte|hätten|würde|würden|könnte|könnten|müsste|müssten|sollte|sollten|"
    r"dürfte|dürften|sei|seien|möge|mögen|könne|müsse|solle|dürfe|wolle|"
    r"bräuchte|bräuchten|gäbe|gäben|käme|kämen|wüsste|wüssten)\b|(?<![Ii]ch )\b(?:habe|werde)\b"
)
_ABBREVIATION: Final = re.compile(
    r"\b(?:bzw|z\.\s?B|u\.\s?a|d\.\s?h|ggf|inkl|usw|etc|vgl|ca|Nr|Tel|Mio|Mrd|e\.\s?V|Abs|Dr|Prof|rd|Hr|"
    r"Fr|St|Str|Hl|geb|evtl|bspw|sog|Std|Min|Kfz|Pkw|Lkw|Gebr)\.|\b(?:Pkw|Lkw|Kfz|PKW|LKW|KFZ)\b|"
    # Abbreviations that are no word with or without their dot ("Ggf ist …" after a cut lost the dot).
    r"\b(?i:ggf|bzw|evtl|bspw|usw|inkl|vgl)\b|"
    # Legal forms in mixed case, which the all-caps acronym check does not see (units.py drops them).
    r"\b(?:g?GmbH|mbH|KGaA)\b|"
    # A unit symbol after a number ("150 g", "2,4 km"; DIN 1301): units.py writes it out.
    r"(?<=\d)\s?(?:mg|kg|ml|mm|cm|km|qm|g|t|l|m)(?![\w/²])(?!\.\w)"
)
_ACRONYM: Final = re.compile(r"\b[A-ZÄÖÜ]{2,6}s?\b")
_SPECIAL: Final = re.compile(r"[;/()&§%*_\[\]{}|•+=<>#@]")
_ROMAN: Final = re.compile(r"\b(?:[IVXLC]{2,}|[IVX]+\.)(?=\s|$)")
_PERCENT: Final = re.compile(r"%|\bProzent\b|\bProzentpunkte?\b")
_BIG_NUMBER: Final = re.compile(r"\b\d{1,3}(?:\.\d{3})+\b|\b\d{4,}\b")
_YEAR: Final = re.compile(r"^(?:1[89]|20)\d\d$")
# Numbers that name a thing rather than count it: an ordinal ("die 500. Sitzung", the dot followed
# by more of the sentence) and a German postcode (five digits before the place name, "10115 Berlin").
_ORDINAL_AFTER: Final = re.compile(r"\.\s+\S")
_POSTCODE: Final = re.compile(r"^\d{5}$")
_PLACE_AFTER: Final = re.compile(r"\s+[A-ZÄÖÜ]")
# An address line puts the postcode after the street's comma or after "in" / "PLZ" ("in 80331 München").
_POSTCODE_BEFORE: Final = re.compile(r"(?:,|\bin|\bPLZ:?)\s*$")
# A road's number after its class letter or road noun names the road (German road numbering:
# Bundesstraße "B 483", Landesstraße "L 3071", Kreisstraße "K 27", "Staatsstraße 2140").
_ROAD_BEFORE: Final = re.compile(r"(?:\b(?:A|B|K|L|S|St|KS)|[a-zß]straße)\s$")
# Idioms and metaphors read literally by readers with learning difficulties (our own general list
# of phrases common in German official and press language; not taken from any one text).
_IDIOMS: Final = re.compile(
    # Legal fixed phrases read wrongly word by word: "außer Vollzug gesetzt" (suspended: the person is
    # free) read as prison, "außer Kraft" (no longer valid) (blind judgement, session 17).
    r"\b(?:außer Vollzug|außer Kraft|"
    r"auf den Weg|unter die Lupe|ins Leben ge?rufen|an einem Strang|Hand in Hand|Kommissar Zufall|"
    r"Fahrt aufnehmen|über Nacht|auf Hochtouren|in trockenen Tüchern|grünes Licht|Startschuss|"
    r"Weichen (?:ge)?stellt|Meilenstein|Leuchtturm|unter Dach und Fach|an Bord|ins Rollen|"
    r"auf die Beine|im Fokus|Fokus liegt|Zeichen (?:setzen|gesetzt)|Brücken? (?:bauen|gebaut|schlagen)|"
    r"auf Augenhöhe|unter einem Dach|Tür und Tor|aus allen Nähten|am Ball|Rückenwind|"
    r"Hausaufgaben|Baustelle[n]? (?:der|des|in der)|Spitze des Eisbergs|roter Faden|Schulterschluss|"
    r"auf der Strecke|in die Hand nehmen|zum Tragen|Flagge zeigen|Bahn brechen|Neuland|"
    r"auf Herz und Nieren|unter den Nägeln|Handschrift|Sprungbrett|Motor für|Herzstück|"
    # Praise and weight metaphors of press language: a "Schritt" nobody takes, a "Klassiker" that is a poster.
    r"(?:wichtige[nmrs]?|große[nmrs]?|entscheidende[nmrs]?|richtige[nmrs]?|weitere[nmrs]?) Schritte?s?|"
    r"Schritt in die richtige Richtung|"
    r"(?:wahre[nmrs]?|echte[nmrs]?|absolute[nmrs]?) (?:Klassiker|Highlight|Hingucker|Renner)|"
    r"Highlight|Hingucker|Publikumsmagnet|Besuchermagnet|Aushängeschild|Flaggschiff|Zugpferd|Vorreiter(?:in|rolle)?|"
    r"Eckpfeiler|Grundstein|Türöffner|Schlüsselrolle|Wermutstropfen|Tropfen auf den heißen Stein|Quantensprung|"
    r"Paradigmenwechsel|Kinderschuhen|aus der Taufe|Feuertaufe|mit Leben (?:füllen|gefüllt)|Früchte (?:tragen|getragen)|"
    r"zu Buche|ins Gewicht|auf den Punkt|unter Beweis|mit gutem Beispiel|in Angriff|auf Kurs|den Weg (?:ebnen|frei)|"
    r"in die Wege|Weichenstellung|Schulter an Schulter|Bilanz (?:ziehen|gezogen|zieht)|am Herzen|Herzensangelegenheit|"
    r"(?:Fahrt|Schwung) (?:aufnehmen|aufgenommen|nimmt)|ins Boot|im selben Boot|auf dem Prüfstand|in den Startlöchern|"
    r"unter die Arme|offenes Ohr|offene Ohren|Luft nach oben|Nägel mit Köpfen|ins Auge (?:fassen|gefasst)|"
    r"auf der Hand|auf frischer Tat|das Weite|ins Netz (?:gegangen|gehen)|ins Visier|im Visier|dingfest|hinter Gitter|"
    r"durch die Decke|die Nase vorn|auf Eis|Wellen (?:schlagen|geschlagen)|in aller Munde|heißes Eisen|"
    r"Dreh- und Angelpunkt|Löwenanteil|Sahnehäubchen|Tüpfelchen|Wendepunkt|Schlüssel zu[rm]?|an einen Tisch|"
    r"(?:auf den|in die) Weg gebracht|auf den Weg (?:bringen|gebracht|bringt)|in die Tat umsetzen|"
    r"Hürden? (?:nehmen|genommen)|in der Pipeline|Fuß fassen|Spagat|Gratwanderung|Zahn der Zeit|Schattenseite|"
    r"(?:dunkle|dunklen) Jahreszeit|Achillesferse|Kehrseite|Lupe|Mammutaufgabe|Marathon|Kraftakt|"
    r"unter einen Hut|auf einen Blick|in den Blick|an der Spitze|an die Spitze)\b"
)
_SUBORDINATORS: Final = frozenset(
    [
        "dass",
        "weil",
        "wenn",
        "ob",
        "obwohl",
        "damit",
        "nachdem",
        "während",
        "bevor",
        "sodass",
        "indem",
        "falls",
        "als",
        "wo",
        "wie",
        "um",
        "ohne",
        "sofern",
        "soweit",
        "seit",
        "seitdem",
        "bis",
        "wodurch",
        "womit",
        "wofür",
        "worauf",
    ]
)
# Words that open a sentence by pointing back at one the reader may not have (rubric, item 3).
_OPENERS: Final = frozenset(
    [
        "er",
        "sie",
        "es",
        "ihm",
        "ihn",
        "ihr",
        "ihnen",
        "dies",
        "diese",
        "dieser",
        "dieses",
        "dabei",
        "dazu",
        # "Hinzu kommt das Mittagessen": "in addition" to something said before (Duden: hinzu, deiktisch).
        "hinzu",
        "danach",
        "daher",
        "deshalb",
        "deswegen",
        "darum",
        "dort",
        "dann",
        "damit",
        "darauf",
        "dafür",
        "darüber",
        "davon",
        "hierzu",
        "hierbei",
        "hierfür",
        "hier",
        "anschließend",
        "zudem",
        "außerdem",
        "ebenfalls",
        "ebenso",
        "zusätzlich",
        "auch",
        "aber",
        "und",
        "oder",
        "doch",
        "jedoch",
        "trotzdem",
        "dennoch",
        "beide",
        "beides",
        "sodass",
        "somit",
        "zuvor",
        "vorher",
        "später",
        "letztere",
        "letzterer",
        "ersterer",
        "derselbe",
        "dieselbe",
        "solche",
        "solcher",
        "weiterhin",
        "ferner",
        "stattdessen",
        "allerdings",
        "insofern",
        "also",
        "folglich",
        "seither",
        "seitdem",
        "damals",
        "daraufhin",
        "dadurch",
        "demnach",
        "entsprechend",
        "zugleich",
        "genauso",
        "ja",
        "nein",
        "nun",
        "so",
        "da",
        "deren",
        "dessen",
        "derartige",
        "jene",
        "jener",
        "hierdurch",
        "hiermit",
        "wobei",
        "worauf",
    ]
)
_ANAPHORS: Final = frozenset(
    [
        # "wir" is the sender, whom the reader of the summary does not know by that word.
        *["wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer"],
        *["ich", "mir", "mich", "mein", "meine", "meinen", "meinem"],
        # Connectives that presuppose an earlier sentence ("somit", "deshalb") point back too.
        *[
            "somit",
            "daher",
            "deshalb",
            "deswegen",
            "trotzdem",
            "dennoch",
            "folglich",
            "außerdem",
            "zudem",
            "ebenfalls",
            "hierbei",
            "dabei",
        ],
        "er",
        "ihm",
        "ihn",
        "ihnen",
        "dies",
        "dieser",
        "diesem",
        "diesen",
        "dieses",
        "derselbe",
        "dieselbe",
        "da",
        "dort",
        "dorthin",
        "deren",
        "dessen",
    ]
)


# A time said relative to the day the release was written ("gestern", "am kommenden Montag", "nächste
# Woche"): the reader of the summary does not know that day, so the time points at nothing (Netzwerk
# Leichte Sprache: dates written out; a blind judge counted "ab kommendem Montag" as misleading). The
# rewrite resolves the ones it can (dates.py, deixis.py); a left-over one is refused.
_WEEKDAY_WORDS: Final = r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende|Woche|Monat|Jahr)"
_RELATIVE_TIME: Final = re.compile(
    # "Samstag·morgen" is a part of a day, not "morgen" (tomorrow): the Mediopunkt of a split compound
    # is no word boundary for this rule.
    rf"\b(?:[Gg]estern|[Vv]orgestern|[Üü]bermorgen|[Gg]estrig\w*|[Hh]eutig\w*|[Mm]orgig\w*|[Hh]eute)\b|(?<![·-])\bmorgen\b|"
    rf"\b(?:[Kk]ommende[nmrs]?|[Nn]ächste[nmrs]?|[Vv]ergangene[nmrs]?|[Ll]etzte[nmrs]?|[Dd]iese[nmrs]?)\s+{_WEEKDAY_WORDS}\w*"
)


def rule_failures(sentence: str, *, known_acronyms: Iterable[str] = ()) -> list[Failure]:
    """The Leichte-Sprache rule failures of one German sentence (empty: it passes)."""
    found: list[Failure] = []
    all_words = words(sentence)
    count = len(all_words)
    if count > RULE_SCAN_WORDS:
        # The other rules on the first words only (limits.py): the sentence fails as too long anyway.
        sentence = " ".join(all_words[:RULE_SCAN_WORDS])
    # A quoted name („Schule des Jahres“) is the sender's proper name, not our wording.
    sentence = re.sub(r"„[^“]*“", "„Name“", sentence)
    if count > HARD_LIMIT:
        found.append(Failure("rule.too-long", f"{count} words"))
    tagged = morph.tag(sentence)
    names = {t.word for t in tagged if t.pos == "NE"} | morph.geographic_adjectives(tagged)
    # The parts of a web or e-mail address ("lebensmittelwarnung.de"): typed as written, never split.
    typed = {part for address in morph.ADDRESS.findall(sentence) for part in re.split(r"[^\w·\-]+", address)}
    for word in words(sentence):
        if word in names:
            continue  # a place's or a person's name is written as it is ("Neustadt-Glewe")
        plain = word.replace("·", "").replace("-", "")
        address = "@" in word or word in typed
        unsplit = len(plain) >= _LONG_WORD and "·" not in word and "-" not in word and not address
        # A word that cannot be split at real word parts may stand if the Wörterbuch explains it.
        if unsplit and not _explained(plain):
            found.append(Failure("rule.long-word", word))
    for pattern, check in (
        (KONJUNKTIV, "rule.konjunktiv"),
        (_ABBREVIATION, "rule.abbreviation"),
        (_SPECIAL, "rule.special-character"),
        (_ROMAN, "rule.roman-numeral"),
        (_PERCENT, "rule.percentage"),
        (_RELATIVE_TIME, "rule.relative-time"),
    ):
        found.extend(Failure(check, m.group(0)) for m in pattern.finditer(sentence))
    # Idioms are matched on the unsplit words: "Publikums·magnet" is still a "Publikumsmagnet".
    found.extend(Failure("rule.idiom", m.group(0)) for m in _IDIOMS.finditer(sentence.replace("·", "")))
    allowed = set(known_acronyms)
    found.extend(
        Failure("rule.abbreviation", m.group(0))
        for m in _ACRONYM.finditer(sentence)
        if m.group(0) not in allowed and m.group(0).rstrip("s") not in allowed
    )
    found.extend(
        Failure("rule.big-number", m.group(0)) for m in _BIG_NUMBER.finditer(sentence) if not _names_a_thing(sentence, m)
    )
    found.extend(_grammar_failures(sentence))
    found.extend(style_failures(sentence))
    auxiliary = wrong_auxiliary(sentence)  # "hat … gescheitert" (auxiliaries.py)
    if auxiliary is not None:
        found.append(Failure("rule.auxiliary", auxiliary))
    return found


# After a comma these open a relative or indirect-question clause ("ein Feuer, das Schaden macht").
_RELATIVES: Final = frozenset(
    [
        "der",
        "die",
        "das",
        "dem",
        "den",
        "denen",
        "deren",
        "dessen",
        "welche",
        "welcher",
        "welches",
        "was",
        "wer",
        "wem",
        "wen",
    ]
)


# An all-caps word the sender uses as a name in running text ("Die PARTEI", "der LINKEN") is read as
# a word, not spelt out letter by letter, so the abbreviation rule (Netzwerk Leichte Sprache: no
# abbreviations) does not apply: letters only, at least four, a common German word when written
# in lower case, used after an article, and never given an expansion in brackets ("… (ADAC)").
_NAME_WORD_MIN: Final = 4
_NAME_WORD_ZIPF: Final = 4.5
_ARTICLE_BEFORE: Final = r"\b(?:[Dd]ie|[Dd]er|[Dd]en|[Dd]em|[Dd]es|[Dd]as)\s+"


def name_words(source: str) -> frozenset[str]:
    """All-caps words of ``source`` that are names read as words, not initialisms."""
    from pressconv.transforms.easy.compounds import zipf

    found: set[str] = set()
    for word in set(re.findall(r"\b[A-ZÄÖÜ]{4,}\b", source)):
        if len(word) < _NAME_WORD_MIN or zipf(word.lower()) < _NAME_WORD_ZIPF:
            continue  # an initialism (ADAC, DLRG) is no common word when written in lower case
        if re.search(rf"\({re.escape(word)}\)", source):
            continue  # "Allgemeiner Deutscher … (ADAC)": the source spells it out, so it is an initialism
        if re.search(_ARTICLE_BEFORE + re.escape(word) + r"\b", source):
            found.add(word)
    return frozenset(found)


def _names_a_thing(sentence: str, match: re.Match[str]) -> bool:
    """A year, an ordinal, a postcode or a road number: a number as a name, which Leichte Sprache writes as digits.

    The simple-German rule on numbers of more than three digits (LanguageTool's
    ``de-DE-x-simple-language``) is about large quantities a reader cannot picture; the Netzwerk
    Leichte Sprache rules write years, dates and ordinals as digits ("2024", "die 500. Sitzung").
    """
    number, rest = match.group(0), sentence[match.end() :]
    if _YEAR.match(number):
        return True
    if "." not in number and _ORDINAL_AFTER.match(rest):
        return True
    before = sentence[: match.start()]
    if "." not in number and _ROAD_BEFORE.search(before):
        return True
    return bool(_POSTCODE.match(number) and _PLACE_AFTER.match(rest) and _POSTCODE_BEFORE.search(before))


def _explained(word: str) -> bool:
    """The lexicon explains the word."""
    from pressconv.transforms.easy.lexicon import lookup

    entry = lookup(word)
    return entry is not None and bool(entry.explanation)


def _gerundive(tagged: tuple[morph.Token, ...]) -> str | None:
    """The zu-infinitive of a modal passive "ist/sind … zu <Infinitiv>" (Duden grammar, Gerundiv), if any.

    "Das Formular ist auszufüllen" is a passive with a modal meaning (must or can); the rule books ask
    for the active ("Man muss das Formular ausfüllen"). Only a clause without a comma, whose finite
    verb is "sein" and whose last word is the zu-infinitive: "Es ist wichtig, … zu helfen" is a
    subordinate infinitive clause, not this form.
    """
    body = [t for t in tagged if t.pos != "$."]
    if len(body) < 3 or any(t.word == "," for t in tagged):
        return None
    if not any(t.pos == "VA(FIN)" and t.lemma == "sein" for t in body):
        return None
    if body[-1].pos == "VV(IZU)":
        return body[-1].word
    # "Mitzubringen sind …": the zu-infinitive moved to the front (Vorfeld), which the tagger reads as
    # a noun; a particle, "zu" and an infinitive ending make it the same modal passive.
    first = body[0].word.lower()
    particle = next((p for p in morph.PLAIN_PARTICLES if first.startswith(p + "zu")), None)
    rest = first[len(particle) + 2 :] if particle else ""
    if body[1].pos == "VA(FIN)" and particle and rest.endswith("en") and zipf(particle + rest) >= LISTED:
        # Only where particle and verb make a known verb: "Aufzugsanlagen" is no "aufgsanlagen".
        return body[0].word
    if body[-1].pos == "VV(INF)" and body[-2].pos == "PTKZU":
        return f"zu {body[-1].word}"
    return None


def _grammar_failures(sentence: str) -> list[Failure]:
    """Passive, Präteritum, genitive and subordinate clauses, from HanTa's tags."""
    tagged = morph.tag(sentence)
    found: list[Failure] = []
    lemmas = [t.lemma for t in tagged]
    # "wird gesperrt", "muss ermöglicht werden": any form of werden with a full verb's participle.
    finite_werden = any(t.pos.startswith("VA") and t.lemma == "werden" for t in tagged)
    if finite_werden and any(t.pos == "VV(PP)" for t in tagged):
        found.append(Failure("rule.passive", " ".join(t.word for t in tagged if t.pos == "VV(PP)")))
    gerundive = _gerundive(tagged)
    if gerundive is not None:
        found.append(Failure("rule.passive", gerundive))
    for token in tagged:
        if token.pos == "VV(FIN)" and morph.is_preterite(token.word, token.lemma):
            found.append(Failure("rule.praeteritum", token.word))
    for index, token in enumerate(tagged):
        before = tagged[index - 1] if index else None
        if token.word in ("des", "eines") or (
            token.word in ("der", "einer")
            and before is not None
            and before.pos in ("NN", "NE")
            and index + 1 < len(tagged)
            and tagged[index + 1].pos in ("NN", "NE", "ADJ(A)")
        ):
            found.append(Failure("rule.genitive", f"{before.word + ' ' if before else ''}{token.word}"))
        elif saxon_genitive(tagged, index):
            found.append(Failure("rule.genitive", f"{tagged[index - 1].word} {token.word}"))  # "Strategie Nordheims"
        if index == 0 and (token.word.lower() in _SUBORDINATORS or token.pos in ("KOUS", "PWAV")) and "," in sentence:
            found.append(Failure("rule.subordinate-clause", token.word))  # "Wie … ist, gibt es …"
        # "Freitag, der 13. März": an article before a date after its weekday is an apposition (Duden:
        # Datumsangaben), no relative pronoun.
        dated = index + 1 < len(tagged) and tagged[index + 1].pos == "CARD" and token.word.lower() in ("der", "den", "dem")
        if (
            before is not None
            and before.word == ","
            and not dated
            and (
                token.word.lower() in _SUBORDINATORS
                or token.word.lower() in _RELATIVES
                or token.pos in ("PRELS", "PRELAT", "KOUS", "PWAV", "PWS")
            )
        ):
            found.append(Failure("rule.subordinate-clause", f", {token.word}"))
    # "Gehen mehr Anträge ein, entscheidet das Los.": a clause that opens with its finite verb and is
    # followed by a comma and another finite verb is a condition without "wenn" (Duden grammar:
    # uneingeleiteter Konditionalsatz, verb-first); an imperative ("Rufen Sie …") has no such clause.
    comma = next((i for i, t in enumerate(tagged) if t.word == ","), None)
    if (
        tagged
        and tagged[0].pos in ("VV(FIN)", "VA(FIN)", "VM(FIN)")
        and comma is not None
        and not (len(tagged) > 1 and tagged[1].word == "Sie")
        and any(t.pos in ("VV(FIN)", "VA(FIN)", "VM(FIN)") for t in tagged[comma + 1 :])
    ):
        found.append(Failure("rule.subordinate-clause", f"{tagged[0].word} …,"))
    # "fordert, Infrastrukturen aufzubauen": an infinitive clause after a comma is a subordinate
    # clause too (rule books: one statement per sentence, no "zu" clauses).
    for index, token in enumerate(tagged):
        if token.pos in ("VV(IZU)", "PTKZU") and "," in [t.word for t in tagged[:index]]:
            found.append(Failure("rule.subordinate-clause", f"… {token.word}"))
            break
    if not tagged and not morph.available():
        found.append(Failure("rule.unchecked", "HanTa is not installed"))
    del lemmas
    return found


_SPECIFYING: Final = re.compile(r"(?:Im Einzelnen|Im Detail|Im Konkreten|Konkret|Genauer gesagt|Im Folgenden)\b")
# A prepositional phrase that works as a connector (Duden grammar: Konnektoren, adverbial
# "im Gegenzug", "im Übrigen", "aus diesem Grund"): it links the sentence to one before it ("Im
# Gegenzug kann man …": in return for what?), which the summary or the title may not hold. Where the
# phrase names what it refers to ("im Anschluss an die Feier", "im Vergleich zum Vorjahr") it
# points at nothing outside; a pronominal adverb after it ("im Gegensatz dazu") points back again.
_CONNECTIVE_PHRASE: Final = re.compile(
    r"(?:Im (?:Gegenzug|Übrigen|Gegenteil|Zuge dessen)"
    r"|Im (?:Anschluss|Gegensatz|Vergleich|Unterschied)(?! (?:an|zu|zum|zur|mit)\b)"
    r"|(?:Aus|In|Zu|Vor|Nach|Trotz) (?:diesem|dieser|diesen) "
    r"(?:Grund|Gründen|Fall|Fällen|Zusammenhang|Zweck|Hintergrund|Anlass|Schritt)"
    r")\b"
)


# Verbs without an accusative object whose subject may follow them after a placeholder "es"
# ("Es gilt ein Tempolimit", "Es besteht Lebensgefahr", "Es fehlen Helfer").
_PLACEHOLDER_VERBS: Final = frozenset({"gelten", "bestehen", "entstehen", "fehlen", "herrschen", "drohen"})


def _placeholder_es(tagged: tuple[morph.Token, ...]) -> bool:
    """ "Es gilt ein Tempolimit.", "Es gelten neue Regeln.": the "es" only fills the Vorfeld.

    German puts a placeholder "es" first when the subject stands after the verb (Duden grammar:
    Platzhalter-es); it points at nothing. It is one where a noun phrase follows the finite verb and
    either the verb is plural ("es" is singular, so the noun phrase is the subject) or the verb takes
    no accusative object, so the noun phrase can only be its subject.
    """
    if len(tagged) < 3 or not tagged[1].pos.endswith("(FIN)"):
        return False
    if tagged[2].pos not in ("ART", "ADJ(A)", "NN", "PIAT", "CARD") and tagged[2].word.lower() not in ("kein", "keine"):
        return False
    verb = tagged[1]
    plural = verb.word.endswith("en") and verb.word.lower() not in ("haben",)
    return plural or (verb.lemma or "").lower() in _PLACEHOLDER_VERBS


def dangling(sentence: str) -> str | None:
    """The word a sentence opens with if it points at something outside the sentence, else None."""
    first = re.match(r"[\w·\-]+", sentence.lstrip("„“\"'( "))
    if first is None:
        return None
    word = first.group(0)
    # "Eine weitere Person", "Die anderen Gäste": the subject counts on someone named before.
    second = re.match(r"\S+\s+(weitere[nmrs]?|andere[nmrs]?|übrigen|beiden|gleiche[nmrs]?|selbe[nmrs]?)\b", sentence)
    if second:
        return second.group(1)
    # "An allen übrigen Wochentagen …", "die restlichen Termine": the rest of a set after an exception
    # the sentence itself does not name (judge23h: the exception had gone, the rest read as "all").
    rest = re.search(r"\b(übrige[nmrs]?|restliche[nmrs]?)\b", sentence)
    if rest and not re.search(r"\b(?:außer|ausgenommen|Ausnahme)\b", sentence[: rest.start()], re.IGNORECASE):
        return rest.group(1)
    # "Im Einzelnen sind …", "Konkret gilt …": a specifying opener (Duden grammar: spezifizierende
    # Konnektoren) details a statement made before it, which the summary may not hold.
    specifying = _SPECIFYING.match(sentence.lstrip())
    if specifying:
        return specifying.group(0)
    connective = _CONNECTIVE_PHRASE.match(sentence.lstrip())
    if connective:
        return connective.group(0)
    if word == "Es" and re.match(r"Es (?:gibt|hat (?:\S+ ){1,8}gegeben|geht um|handelt sich um)\b", sentence):
        return None  # the expletive "es" points at nothing by design
    if word == "Es" and _placeholder_es(morph.tag(sentence)):
        return None
    if word.lower() in _OPENERS and not (word == "Sie" and _formal_you(sentence)):
        return word
    tagged = morph.tag(sentence)
    if tagged and tagged[0].pos in ("PROAV", "PAV", "PDS"):
        return word
    return None


def _present_form(token: morph.Token) -> bool:
    """A participle form that is also the third person present ("ermittelt", "ermitteln"), which
    verbs with an inseparable prefix share (Duden grammar); "gebaut" is only a participle."""
    lemma = token.lemma.lower()
    stem = lemma[:-1] if lemma.endswith(("eln", "ern")) else lemma[:-2] if lemma.endswith("en") else ""
    word = token.word.lower()
    return bool(stem) and word in (stem + "t", stem + "et")


def _noun_phrase_field(words: Sequence[morph.Token]) -> bool:
    """``words`` are one noun phrase with prepositional attributes ("die Studie von der Universität X").

    It opens with an article or a name, ends with a noun or a name, and every preposition inside is
    followed by a noun of its own: the shape of a subject in the Vorfeld (Duden grammar: a noun phrase
    takes prepositional attributes after its head), never a clause.
    """
    if len(words) < 2 or words[0].pos not in ("ART", "NE") or words[-1].pos not in ("NN", "NE"):
        return False
    if not all(t.pos in ("ART", "NN", "NE", "ADJ(A)", "APPR", "APPRART", "CARD") for t in words):
        return False
    return all(any(u.pos in ("NN", "NE") for u in words[i + 1 :]) for i, t in enumerate(words) if t.pos.startswith("APPR"))


def _second_place_participle(tagged: tuple[morph.Token, ...]) -> bool:
    """ "Die Polizei ermittelt.": a form HanTa reads as participle but stands where the verb goes."""
    words = [t for t in tagged if not t.pos.startswith("$")]
    for index in (1, 2):
        if len(words) > index and words[index].pos == "VV(PP)" and _present_form(words[index]):
            subject = words[:index]
            if all(t.pos in ("ART", "NN", "NE") for t in subject) and subject[-1].pos in ("NN", "NE"):
                return True
    # German verb-second order (Duden grammar): in a main clause of subject and verb only ("Die
    # Polizei Nordheim ermittelt."), the one verb after a nominal subject is the finite verb; a
    # participle would need an auxiliary, and the sentence has none. The subject is a noun phrase
    # (article, adjectives, nouns, names) that opens with an article or a name.
    verbs = [t for t in words if t.pos.startswith(("VV", "VA", "VM"))]
    if (
        len(verbs) == 1
        and verbs[0].pos == "VV(PP)"
        and _present_form(verbs[0])
        and _noun_phrase_field(words[: words.index(verbs[0])])
    ):
        # The same order with a subject that carries a prepositional attribute ("Die Studie von der
        # Universität Lindenau untersucht …"): one noun phrase in the Vorfeld, then the one verb, with
        # no auxiliary anywhere for a participle to hang on; HanTa reads the form by its neighbours.
        return True
    if len(words) >= 3 and verbs == [words[-1]] and words[-1].pos == "VV(PP)" and _present_form(words[-1]):
        subject = words[:-1]
        if (
            all(t.pos in ("ART", "NN", "NE", "ADJ(A)") for t in subject)
            and subject[0].pos in ("ART", "NE")
            and subject[-1].pos in ("NN", "NE")
        ):
            return True
    return False


def has_finite_verb(tagged: tuple[morph.Token, ...]) -> bool:
    """A finite verb by its tag, or a form HanTa reads as participle where only a finite verb can stand."""
    return any(t.pos.endswith("(FIN)") for t in tagged) or _second_place_participle(tagged)


def _formal_you(sentence: str) -> bool:
    """ "Sie" addressing the reader ("Haben Sie …?", "Sie können …"), not "sie" = they."""
    return bool(re.match(r"Sie (?:können|müssen|dürfen|sollen|finden|bekommen|erreichen)\b", sentence))


# "Ullrich Sierau sagt: Dortmund ist stolz." A speaker's statement, reported with the name first.
_FRAME: Final = re.compile(r"^((?:[A-ZÄÖÜ][\w·\-]*\s){1,6})sagt: (\S.*)$")
_FIRST_PERSON: Final = frozenset(
    ["ich", "mir", "mich", "mein", "meine", "meinen", "meinem", "wir", "uns", "unser", "unsere", "unseren", "unserem"]
)


def framed(sentence: str) -> tuple[str, str] | None:
    """(speaker, statement) of a reported statement "X sagt: …", else None."""
    match = _FRAME.match(sentence.strip())
    if match is None:
        return None
    return match.group(1).strip(), match.group(2)


def structure_failures(sentence: str, *, list_intro: bool = False, earlier: list[str] | None = None) -> list[Failure]:
    """A finite verb, no dangling opener, no pronoun pointing at nothing, no cut-off ending.

    In a reported statement ("X sagt: Wir …") the statement is checked as a sentence of its own,
    where "ich" and "wir" point at the named speaker and so point at something. With ``earlier``
    (the title and the sentences before it in the summary), a sentence opening with a definite noun
    phrase for something never introduced fails too ("Das Schild ist …", style.introduced_failures),
    and so does a definite event noun anywhere in it ("bei dem Zusammenstoß", references.failures).
    """
    if "\ufffd" in sentence:
        # A character the decoder could not read (U+FFFD, "f � r"): the words around it cannot be
        # checked, and a reader cannot read them (source.py decodes; a damaged file keeps its marks).
        return [Failure("guard.garbled", "\ufffd")]
    frame = framed(sentence)
    found: list[Failure] = []
    if frame is not None:
        speaker, statement = frame
        # A name, a role and a name, or an organisation with its article ("Die Gewerkschaft sagt:",
        # attribution.py); a pronoun or any other word points at nothing or is no speaker.
        found = [
            Failure("guard.speaker", t.word)
            for i, t in enumerate(morph.tag(speaker))
            if t.pos not in ("NE", "NN", "ADJ(A)") and not (i == 0 and t.word in ("Die", "Der", "Das"))
        ]
        found += speaker_failures(speaker)
        found += _structure(statement, list_intro=False, speech=True)
        sentence = statement
    else:
        found = _structure(sentence, list_intro=list_intro, speech=False)
    if earlier is not None:
        others = _OTHERS_OF.search(sentence)
        if others is not None and not _set_named(others["noun"], earlier[-1] if earlier else ""):
            # "Für alle anderen Verbraucher ist das Produkt unbedenklich": "die anderen" are those not
            # named before (Duden: "ander-" contrasts with a set); where the sentence before does not
            # name that set, the line reads as a claim about everyone (blind judgement, session 27).
            found.append(Failure("guard.pronoun", others.group(0)))
        found += introduced_failures(sentence, earlier)
        # "bei dem Zusammenstoß" with no crash before: a definite event noun anywhere in the sentence.
        found += references.failures(sentence, earlier)
    return found


# A told event with "man" as subject and a third person's possessive in it (see _structure).
_TOLD_BY_MAN: Final = re.compile(r"^Man (?:hat|ist)\b.*?\b(?P<owner>(?:sein|ihr)(?:e|en|em|er|es)?)\b")
# "alle anderen Stationen", "die übrigen Gäste": a set named by contrast, with its noun.
_OTHERS_OF: Final = re.compile(
    r"\b(?:[Aa]lle|[Dd]ie|[Dd]en|[Dd]er|[Aa]llen)\s+(?:anderen|übrigen)\s+(?P<noun>[A-ZÄÖÜ][\wäöüß]+)"
)


def _set_named(noun: str, before: str) -> bool:
    """The sentence before names the set "die anderen <noun>" contrasts with: the noun's stem, or "nur"."""
    stem = noun[: max(4, len(noun) - 3)].lower()
    plain = before.replace("·", "").lower()
    return stem in plain or re.search(r"\bnur\b", plain) is not None


def _stray_number(sentence: str) -> str | None:
    """A number left behind when the phrase it belonged to was cut ("Die Feier findet 3 statt").

    A German number counts or names something: a noun follows it ("3 Tage", "18:30 Uhr", "6. Juni"),
    or it closes a name or a phrase it belongs to ("Linie 4", "Markt·platz 3", "um 3"). Right before
    a verb, a verb particle or the full stop, after neither a noun nor a preposition, it belongs to
    nothing: the house number of a cut place phrase read as a time (judge15h).
    """
    tagged = [t for t in morph.tag(sentence) if t.word != "·"]
    for index, token in enumerate(tagged):
        if token.pos != "CARD" or index == 0:
            continue
        before, after = tagged[index - 1], tagged[index + 1] if index + 1 < len(tagged) else None
        if before.pos in ("NN", "NE", "NNA", "CARD", "APPR", "APPRART", "ADV", "KON", "KOKOM", "$(", "$,", "VA(FIN)"):
            continue  # a name's or a phrase's number, a range, a comparison ("als 2014"), a copula's value
        if after is not None and after.word == "." and index + 2 < len(tagged):
            continue  # an ordinal or a date ("die 1000. Stunde", "am 4. Mai"): a word follows its point
        if after is not None and (after.pos in ("PTKVZ", "$.") or after.pos.startswith(("VV", "VA", "VM"))):
            return token.word
    return None


# "Eine zweite durchsucht die Wohnung": an article and an ordinal or "andere" with no noun after them
# stand for a noun of an earlier sentence (Duden grammar: elliptical noun phrase); alone in a summary
# they point at nothing, or at the wrong noun of the sentence before (judge14h: read as the police).
_ELLIPTIC_OPENER: Final = re.compile(
    r"^(?:Ein|Eine|Einer|Der|Die|Das|Den)\s+(?:erste|zweite|dritte|vierte|andere|weitere|letzte|nächste)[nrs]?"
    r"\s+(?![A-ZÄÖÜ0-9])"
)


# Subordinating conjunctions that are no other word class (Duden grammar, "Subjunktionen"); HanTa
# tags some of them as adverbs ("solange").
_SUBJUNCTIONS: Final = frozenset(
    {"dass", "ob", "weil", "wenn", "falls", "obwohl", "nachdem", "bevor", "solange", "sobald", "sofern", "soweit"}
)


def _only_subordinate_finite(tagged: tuple[morph.Token, ...]) -> bool:
    """Every finite verb ends a subordinate clause: a fragment around it, no main clause.

    German puts the finite verb of a clause opened by a subjunction or a relative pronoun at the
    clause's end (Verbletztstellung); "Einlass nur, wenn noch Plätze frei sind, Abendkasse ab 18 Uhr" has
    its only finite verb there, and what stands around it is a heading, not a sentence (rubric: a
    fragment is a broken sentence). A clause runs from its opener to the next comma or the end.
    """
    finite = [i for i, t in enumerate(tagged) if t.pos.endswith("(FIN)")]
    if not finite:
        return False
    inside: set[int] = set()
    for start, token in enumerate(tagged):
        opener = token.pos in ("KOUS", "PRELS") or token.word.lower() in _SUBJUNCTIONS
        if not opener:
            continue
        end = next((i for i in range(start + 1, len(tagged)) if tagged[i].pos in ("$,", "$.", "$(")), len(tagged))
        if end - 1 > start and tagged[end - 1].pos.endswith("(FIN)"):
            inside.update(range(start, end))
    return all(i in inside for i in finite)


# Possessives and relative genitives that always point back at an owner named before (Duden grammar:
# Possessivartikel "sein-" for a masculine or neuter owner; "dessen"/"deren").
_OWNER_BEFORE: Final = re.compile(r"(?:Sein|Seine|Seinen|Seinem|Seiner|Seines|Dessen|Deren)$")


_FORWARD_THESE: Final = re.compile(r"[Dd]iese[nmrs]?$")


def _structure(sentence: str, *, list_intro: bool, speech: bool) -> list[Failure]:
    """The structure failures of a sentence: elliptic or dangling opener, question, cut-off start or end."""
    found: list[Failure] = []
    elliptic = _ELLIPTIC_OPENER.match(sentence.lstrip())
    if elliptic is not None:
        found.append(Failure("guard.pronoun", elliptic.group(0).strip()))
    if sentence.rstrip().endswith("?") and not list_intro:
        found.append(Failure("guard.question", sentence[:40]))  # a sender's question is rhetorical
    if not re.match(r"[„\"A-ZÄÖÜ0-9]", sentence.lstrip()):
        found.append(Failure("guard.cut-off", "starts mid-sentence"))
    opener = dangling(sentence)
    if opener and not (speech and opener.lower() in _FIRST_PERSON):
        found.append(Failure("guard.dangling-opener", opener))
    tagged = morph.tag(sentence)
    inner = inner_connective(tagged) if not speech else None
    if inner is not None and not opener:
        # "Die Gebühren bleiben hingegen gleich.": a link to a sentence the summary may not hold
        # (rubric: an adverb pointing at nothing); the rescue takes it out (anaphora.without_connective).
        found.append(Failure("guard.dangling-opener", tagged[inner].word))
    no_main_verb = not has_finite_verb(tagged)
    if not list_intro and (no_main_verb or _only_subordinate_finite(tagged)):
        found.append(Failure("guard.no-finite-verb", sentence[:40]))
    if tagged and not speech and tagged[0].word.lower() in _FIRST_PERSON:
        found.append(Failure("guard.pronoun", tagged[0].word))  # "Wir …" is the sender, unnamed
    told_by_man = _TOLD_BY_MAN.match(sentence)
    if told_by_man is not None and not speech:
        # "Man hat seinen Führerschein sichergestellt": a passive's possessive ("Sein Führerschein wurde
        # …") now binds to "man" (Duden grammar: "man" takes "sein"), which in a told event is nobody;
        # the owner stood in a sentence before. Advice keeps it ("Man muss seinen Ausweis mitbringen").
        found.append(Failure("guard.pronoun", told_by_man["owner"]))
    if tagged and _OWNER_BEFORE.match(tagged[0].word):
        # "Sein Beifahrer wurde verletzt." opening a sentence: its owner stood in a sentence before,
        # which the summary may have rewritten or left out (rubric item 3: a pronoun pointing at
        # nothing). "Ihr"/"Ihre" opening a sentence is also the polite address ("Ihre Meinung
        # zählt"), so only the forms that can only point back are refused.
        found.append(Failure("guard.pronoun", tagged[0].word))
    for position, token in enumerate(tagged[1:], 1):
        if speech and token.word.lower() in _FIRST_PERSON:
            continue
        if token.pos == "PPOSAT" and (_bound_possessive(tagged, position) or possessive_bound(tagged, position)):
            continue
        if partitive(tagged, position):
            continue  # "230 Gäste, davon 41 Kinder": its count stands in the sentence (partitives.py)
        if presence_da(tagged, position):
            continue  # "Der neue Fahr·plan ist da.": "da sein" is "present" (presence.py)
        if (
            token.word in _ANAPHORS
            # "Übrigens: Wir suchen …": after a label's colon the sender's "Wir" is capitalised.
            or (token.word[:1].isupper() and token.word.lower() in _FIRST_PERSON)
            or token.pos in ("PDS", "PROAV")
            or (
                token.word in ("sie", "ihr", "ihre", "ihren", "ihrem", "ihrer", "sein", "seine", "seinen", "seinem")
                and token.pos in ("PPER", "PPOSAT")
            )
        ):
            found.append(Failure("guard.pronoun", token.word))
            break
        if token.pos == "PDAT" and list_intro and sentence.rstrip().endswith(":") and _FORWARD_THESE.match(token.word):
            # "Ab 1. April gelten diese Preise:": in a list intro "diese" before a noun points forward
            # at the lines right below it (kataphorisch, Duden grammar), which the summary prints with it.
            continue
        if token.pos == "PDAT":
            found.append(Failure("guard.pronoun", token.word))
            break
    # "Beauftragen Sie sondern eine Fachfirma.": "sondern" corrects a negated part before it (Duden
    # grammar: "nicht A, sondern B"); without a negation in the sentence, a cut took that part away.
    stranded = re.search(r"\bsondern\b", sentence)
    if stranded and not re.search(r"\b(?:nicht|kein\w*|nie|niemals|nichts)\b", sentence[: stranded.start()], re.IGNORECASE):
        found.append(Failure("guard.lost-content", "sondern"))
    # "Der Richter hat in der Begründung ausgeführt.": a verb of saying without what was said (saying.py).
    lost = lost_content(sentence) or lost_request(sentence) or lost_span(sentence)
    if lost is not None:
        found.append(Failure("guard.lost-content", lost))
    stray = _stray_number(sentence)
    if stray is not None:
        found.append(Failure("guard.cut-off", stray))
    # "Besucherinnen können und Besucher …": a pair form torn apart by the verb (pairs.py).
    pair = split_pair(sentence)
    if pair is not None:
        found.append(Failure("guard.split-pair", pair))
    shell = _SHELL.search(sentence)
    if shell:
        found.append(Failure("guard.pronoun", shell.group(0)))
    last = next((t for t in reversed(tagged) if not t.pos.startswith("$")), None)
    # A list intro may end in its preposition: the list after the colon is its complement
    # ("Ermäßigungen gelten für:", Netzwerk Leichte Sprache list form; lists.py).
    complement = list_intro and sentence.rstrip().endswith(":") and last is not None and last.pos == "APPR"
    if last is not None and last.pos in ("ART", "APPR", "APPRART", "KON", "KOUS", "PIAT", "PPOSAT") and not complement:
        found.append(Failure("guard.cut-off", last.word))
    if sentence.count("„") != sentence.count("“") or sentence.count('"') % 2:
        found.append(Failure("guard.cut-off", "unbalanced quotation marks"))
    if not list_intro and not re.search(r"[.!?]$", sentence.strip()):
        found.append(Failure("guard.cut-off", "no end mark"))
    return found


# Shell nouns (German "Schalennomen"): with a definite article they sum up what was said before
# ("der Vorgang", "die Tendenz", "dieser Fall"), so alone they point at nothing, like a pronoun.
_SHELL: Final = re.compile(
    r"\b(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]es|vom|beim|zum|zur|im)\s+"
    r"(?:Vorgang|Vorgangs|Tendenz|Sachverhalt|Vorfall|Vorfalls|Angelegenheit|Geschehen|Ganze|Ganzen)\b"
)


def _bound_possessive(tagged: tuple[morph.Token, ...], position: int) -> bool:
    """ "Die Polizei bringt ihre Erfahrung ein": the possessive points at the sentence's own subject.

    German reads a possessive after the finite verb as the subject's when no other noun stands
    between them; its form must fit the subject's gender ("ihr" for a feminine or plural subject,
    "sein" for a masculine or neuter one; a bare name may be either).
    """
    verb = next((i for i, t in enumerate(tagged) if t.pos.endswith("(FIN)")), None)
    if verb is None or verb == 0 or verb > position:
        return False
    subject = tagged[:verb]
    between = tagged[verb + 1 : position]
    word = tagged[position].word.lower()
    owner = _plain_subject_owner(subject, tagged[verb])
    if owner is not None:
        # "Mieterinnen und Mieter erhalten ihre Ausweise", "Niemand muss seine Unterlagen abgeben".
        if any(t.pos in ("NN", "NE", "PPER", "PIS", "PDS") and not _time_noun(between, i) for i, t in enumerate(between)):
            return False
        return word.startswith(owner)
    if any(t.pos not in ("ART", "ADJ(A)", "NN", "NE", "CARD") for t in subject):
        # "Am Samstag öffnet das Haus seine Türen": after a fronted adverbial the subject follows the
        # finite verb (German verb-second order); a definite noun phrase right after the verb is it.
        after = _noun_phrase(tagged, verb + 1)
        if after is None:
            return False
        subject, between = tagged[verb + 1 : after], tagged[after:position]
    if any(
        t.pos in ("NN", "NE", "PPER", "PIS", "PDS") and not _time_noun(between, i) and not _plural_noun(between, i, word)
        for i, t in enumerate(between)
    ):
        return False
    feminine_or_plural = word.startswith("ihr")
    if not feminine_or_plural and not word.startswith("sein"):
        return False
    article = subject[0].word.lower() if subject[0].pos == "ART" else None
    if article is None:
        return all(t.pos == "NE" for t in subject)
    if article in ("die", "eine"):
        return feminine_or_plural
    return article in ("der", "das", "ein") and not feminine_or_plural


# Indefinite pronouns as subjects and the possessive that agrees with them (Duden grammar: "niemand",
# "jemand", "jeder", "man" and "wer" take "sein"; "jede" takes "ihr"; "alle" is plural and takes "ihr").
_PRONOUN_OWNERS: Final = {"niemand": "sein", "jemand": "sein", "jeder": "sein", "man": "sein", "jede": "ihr", "alle": "ihr"}
# Quantifiers that make a noun phrase plural ("alle Mieter", "viele Vereine").
_PLURAL_QUANTIFIERS: Final = frozenset(["alle", "viele", "mehrere", "beide", "einige", "zahlreiche", "sämtliche"])


def _plain_subject_owner(subject: tuple[morph.Token, ...], verb: morph.Token) -> str | None:
    """The possessive ("ihr" or "sein") that agrees with a subject before the verb whose number is
    certain without an article: an indefinite pronoun, a coordination "X und Y" (plural, Duden
    grammar: coordinated subjects take the plural), a quantified plural ("alle Vereine") or a bare
    plural noun with a plural finite verb ("Vereine können …": a singular count noun needs an
    article, and a third person plural verb ends in -n). None where the subject is anything else.
    """
    if len(subject) == 1 and subject[0].pos == "PIS":
        return _PRONOUN_OWNERS.get(subject[0].word.lower())
    if not subject or any(t.pos not in ("ART", "ADJ(A)", "NN", "NE", "CARD", "PIAT", "KON") for t in subject):
        return None
    if subject[-1].pos not in ("NN", "NE"):
        return None
    conjunctions = [t for t in subject if t.pos == "KON"]
    if any(t.word != "und" for t in conjunctions) or not verb.word.endswith("n"):
        return None  # "oder" leaves the number open; a singular verb contradicts a plural reading
    if any(t.pos == "ART" and t.word.lower() not in ("die", "der", "den") for t in subject):
        return None
    # A genitive inside the subject ("die Mitglieder des Vereins") is a second candidate owner.
    articles = [i for i, t in enumerate(subject) if t.pos == "ART"]
    if any(i > 0 and subject[i - 1].pos != "KON" for i in articles):
        return None
    if conjunctions:
        return "ihr"
    if subject[0].pos == "PIAT" and subject[0].word.lower() in _PLURAL_QUANTIFIERS:
        return "ihr"
    if not articles and all(t.pos in ("ADJ(A)", "NN", "CARD") for t in subject):
        return "ihr"
    return None


def _noun_phrase(tagged: tuple[morph.Token, ...], start: int) -> int | None:
    """The end of a definite noun phrase (article, adjectives, nouns) that starts at ``start``."""
    if start >= len(tagged) or tagged[start].word.lower() not in ("der", "die", "das"):
        return None
    end = start + 1
    while end < len(tagged) and tagged[end].pos == "ADJ(A)":
        end += 1
    if end >= len(tagged) or tagged[end].pos not in ("NN", "NE"):
        return None
    while end < len(tagged) and tagged[end].pos in ("NN", "NE"):
        end += 1
    return end


_PLURAL_WORDS: Final = ("alle", "allen", "viele", "vielen", "mehrere", "beide", "beiden")


def _plural_noun(tokens: tuple[morph.Token, ...], index: int, possessive: str) -> bool:
    """A plural noun ("für alle Bürgerinnen und Bürger") cannot own what "sein" names: German
    possessives agree with their owner in number and gender (Duden grammar), so "seine" skips it."""
    if not possessive.startswith("sein"):
        return False
    before = tokens[index - 1] if index > 0 else None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if before is not None and (before.pos == "CARD" or before.word.lower() in _PLURAL_WORDS):
        return True
    # One part of a coordination "X und Y" is a plural subject phrase as a whole.
    if after is not None and after.word == "und":
        return True
    return before is not None and before.word == "und" and index >= 2 and tokens[index - 2].pos in ("NN", "NE")


# Nouns of time: a day, a part of the day or a span owns nothing, so a possessive after "am Montag"
# or "in dieser Woche" still points at the subject (German grammar: possessor reference).
_TIME_NOUNS: Final = re.compile(
    r"^(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende|Morgen|Vormittag|"
    r"Mittag|Nachmittag|Abend|Nacht|Tag|Woche|Monat|Jahr|Uhr)(?:s|e|en)?$"
)


def _time_noun(tokens: tuple[morph.Token, ...], index: int) -> bool:
    """A noun of time inside a prepositional phrase ("am Montag", "in der Nacht")."""
    if not _TIME_NOUNS.match(tokens[index].word):
        return False
    before = [t for t in tokens[:index] if t.pos not in ("ART", "ADJ(A)", "CARD")]
    return bool(before) and before[-1].pos in ("APPR", "APPRART")


def _normal(text: str) -> str:
    """The text in NFC, without Mediopunkts and soft hyphens, single-spaced and in lower case."""
    text = unicodedata.normalize("NFC", text).replace("·", "").replace("\u00ad", "")
    return re.sub(r"\s+", " ", text).lower()


class FactGuard:
    """Every number and name of the summary must be in the source or derived from it (a weekday)."""

    def __init__(self, source: str, *, derived: Iterable[str] = (), vocabulary: Iterable[str] = ()) -> None:
        """Index the source for the fact guard: its normal form, its numbers, the derived texts and vocabulary."""
        self.raw = source
        self.source = _normal(source)
        self.numbers = set(re.findall(r"\d+", self.source))
        self.bare_numbers = {n.lstrip("0") or "0" for n in self.numbers}
        self.derived = {_normal(d) for d in derived}
        self.derived_numbers = {n for d in self.derived for n in re.findall(r"\d+", d)}
        self.vocabulary = {_normal(v) for v in vocabulary}

    def allow(self, *texts: str) -> None:
        """Accept facts computed from the source (a resolved date, a weekday)."""
        for text in texts:
            normal = _normal(text)
            self.derived.add(normal)
            self.derived_numbers.update(re.findall(r"\d+", normal))

    def failures(self, sentence: str) -> list[Failure]:
        """The numbers and names of ``sentence`` that the source does not support."""
        found: list[Failure] = []
        # "2 500 Euro" for the source's "2500,00 €": a number in digit groups (DIN 5008) is the
        # source's number when its digits joined are; then it is no new fact (collected.py).
        grouped = re.compile(r"\b\d{1,3}(?: \d{3})+\b")
        sentence_numbers = grouped.sub(lambda m: "" if m.group(0).replace(" ", "") in self.numbers else m.group(0), sentence)
        # "30 von 100" says the source's "30 Prozent" (amounts.py): the 100 is derived from that percentage only.
        # A share with decimals is said rounded and hedged ("46,7 Prozent" as "ungefähr 47 von 100",
        # votes.py); a share with a zero decimal ("52,0 Prozent") is the whole number itself.
        found_shares = re.findall(r"(?<![\d,.])(\d{1,2})(?:,(\d+))? ?(?:prozent|%)", self.source, re.I)
        exact = {whole for whole, tenths in found_shares if not tenths.strip("0")}
        rounded = {str(int(whole) + (1 if tenths[:1] >= "5" else 0)) for whole, tenths in found_shares if tenths}
        sentence_numbers = re.sub(
            r"\b(?P<hedge>[Uu]ngefähr )?(?P<share>\d{1,2}) von 100\b",
            lambda m: (
                (m["hedge"] or "")  # derived from a percentage of the source: no new number
                if m["share"] in exact or (m["hedge"] and m["share"] in rounded)
                else m.group(0)
            ),
            sentence_numbers,
        )
        # "1 von 3" says the source's "ein Drittel" (shares.py).
        sentence_numbers = from_fraction(sentence_numbers, self.source)
        for number in re.findall(r"\d+", sentence_numbers):
            # "01.10.2024" is written "1. Oktober 2024": leading zeros are no different fact.
            bare = number.lstrip("0") or "0"
            if not {number, bare} & (self.numbers | self.derived_numbers | self.bare_numbers):
                found.append(Failure("guard.fact", number))
        from pressconv.transforms.easy.compounds import zipf

        tagged = morph.tag(sentence)
        # Names are the facts: every NE, and nouns too rare to be a common word (a village's name).
        candidates = [
            t.word
            for index, t in enumerate(tagged)
            if t.pos == "NE"
            or (t.word[:1].isupper() and index > 0 and t.pos != "NN")
            or (t.pos == "NN" and zipf(t.word) < 3.0)
        ]
        for position, word in enumerate(candidates):
            normal = _normal(word).replace("-", "")
            if len(normal) < 3 or normal in self.vocabulary:
                continue
            source_plain = self.source.replace("-", "")
            if normal in source_plain or any(normal in d for d in self.derived):
                continue
            # Inflected forms: "Zeugen" for "Zeuginnen und Zeugen", "Polizei" in "Polizeidirektion".
            stem = normal[: max(5, len(normal) - 3)]
            if len(stem) >= 5 and stem in source_plain:
                continue
            del position
            found.append(Failure("guard.fact", word))
        # A thing the release tells only as a draft or plan is not said as existing (drafted.py).
        found.extend(Failure("guard.drafted", noun) for noun in drafted_as_fact(sentence, self.source))
        found.extend(_misleading(sentence, self.raw))
        return found


def _misleading(sentence: str, source: str) -> list[Failure]:
    """A value that is one of several (siblings.py), a garbled hedge (hedges.py), a part count with no total (parts.py)."""
    found: list[Failure] = []
    if (sibling := sibling_value(sentence, source)) is not None:
        found.append(Failure("guard.one-of-several", sibling[:60]))
    if (hedge := doubled_hedge(sentence)) is not None:
        found.append(Failure("guard.hedge", hedge))
    if (part := part_count(sentence)) is not None:
        found.append(Failure("guard.part-count", part))
    return found


def fact_failures(sentence: str, guard: FactGuard) -> list[Failure]:
    """The fact guard's findings for one sentence."""
    return guard.failures(sentence)
