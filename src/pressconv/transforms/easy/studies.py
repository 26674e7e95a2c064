"""Study and survey results in plain words (a rescuer): who asked how many, and what a share of them said.

Universities, statistics offices, associations and companies report a survey in three kinds of
sentence: who asked how many ("… eine Studie der Hochschule X, für die das Team 2.140 Beschäftigte
befragt hat"; "An der Umfrage nahmen 800 Mitglieder teil"), and findings as reported speech of a
share of the respondents ("58 Prozent der Befragten gaben an, regelmäßig Überstunden zu leisten").
Leichte Sprache (Netzwerk Leichte Sprache, "Zahlen": no percentages, "1 von 3" for a fraction; one
statement per sentence) says them as "Die Hoch·schule X hat 2 tausend Beschäftigte befragt." and
"58 von 100 Befragten sagen: Sie leisten regelmäßig Über·stunden."

What is kept exactly: the share's number and its hedge ("mehr als", "fast", "rund", "knapp": never
dropped, amounts.py and hedges.py), the source's own counted noun (whose share it is: "Befragten" or
"befragten Kunden", never widened to all workers), and the verb of saying, which marks the finding as
what the respondents say, never as a fact. The saying is put in the present ("sagen"), as the rubric
asks for a survey's answers; the answer itself keeps every word of the source's clause.

Refused (None, omission over error): a share of an amount, a share with decimals, a clause with more
than one verb or a subjunctive, a "zu"-infinitive of a separable verb ("anzurufen": the particle would
have to move), and a sender the genitive does not name plainly (only a feminine singular, whose
nominative is certain: "der Hochschule" → "die Hochschule").
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.amounts import share
from pressconv.transforms.easy.hedges import SHARE_HEDGE
from pressconv.transforms.easy.rescue import Rescue, RescueContext
from pressconv.transforms.easy.shares import DENOMINATORS, NUMERATORS
from pressconv.transforms.easy.verify import KONJUNKTIV

__all__ = ["studies"]

# The hedges a share keeps with its number: hedges.py's words, without those no share keeps.
_HEDGE: Final = SHARE_HEDGE
_SHARE: Final = (
    rf"(?:(?P<hedge>(?i:{_HEDGE})) )?"
    rf"(?:(?P<percent>\d{{1,2}}) (?:Prozent|%)|(?P<num>ein|zwei|drei) (?P<den>{'|'.join(DENOMINATORS)}))"
)
# Verbs of saying that report a survey's answers (verba dicendi of survey reports, Duden grammar).
_SAYING: Final = r"(?:gaben an|geben an|gab an|sagten|sagen|erklärten|erklären|berichteten|berichten|antworteten)"
# "58 Prozent der Befragten gaben an, regelmäßig Überstunden zu leisten." / "…, dass sie … leisten."
_FINDING: Final = re.compile(
    rf"^(?P<share>{_SHARE}) (?:der|aller) (?P<phrase>[^,;:()„“\"]+?) {_SAYING}, "
    r"(?:(?P<infclause>[^,;:()„“\"]+?) zu (?P<inf>[a-zäöüß]+)|dass sie (?P<dassclause>[^,;:()„“\"]+))\.$"
)
# Verbs that may not be moved into a plain main clause: a subjunctive or modal of the reported clause
# changes what the respondents said ("würden", "seien", "bräuchten"), so such a clause is refused. The
# verifier's list of Konjunktiv forms (verify.KONJUNKTIV), and "möchten", a wish, not a fact.
_SUBJUNCTIVE: Final = frozenset(("möchten",))


def _subjunctive(word: str) -> bool:
    """A Konjunktiv I or II form ("seien", "bräuchten", "würden") or the wish "möchten"."""
    return word in _SUBJUNCTIVE or KONJUNKTIV.fullmatch(word) is not None


# "zu sein" is the one infinitive whose third person plural differs (Duden: "sie sind").
_PLURAL: Final = {"sein": "sind"}
# A time in the answer that places it in the past ("im Jahr 2025", "im vergangenen Monat"): "Sie leisten"
# in the present would misdate it, so such an answer is refused.
_PAST: Final = re.compile(r"\b(?:19|20)\d\d\b|\b(?:vergangen|letzt|früher|damals|zuletzt|bisher|schon einmal)", re.I)
# Modal verbs whose zu-infinitive governs a bare infinitive (Duden grammar); the plural equals the infinitive.
_MODALS: Final = frozenset(("können", "müssen", "wollen", "dürfen"))
# The Leichte-Sprache sentence length the verifier enforces (rule.too-long).
_MAX_WORDS: Final = 12

# Who asked how many: "…einer Studie/Umfrage der Hochschule X, für die … 2.140 Beschäftigte … befragt hat."
# A count of respondents with the hedges a count keeps (hedges.py; amounts.py rounds after them).
_COUNT: Final = r"(?:(?:rund|etwa|mehr als|knapp|fast|insgesamt) )?(?:\d{1,3}(?:\.\d{3})+|\d+)"
# Who asked, when it is the sender's own people (its team, its researchers): then the sender asked.
# Another asker ("ein Institut", "ein Meinungsforschungsinstitut") did the asking for it, so the
# sentence is refused rather than crediting the sender with it; so are "sie" and "man" (they name no
# one: the asking may have been done by another on the sender's behalf).
_OWN_TEAM: Final = r"(?:(?:das|ihr) (?:Team|Forschungsteam)(?: um [^,]+?)? |die Forschenden )?"
_STUDY: Final = r"(?:Studie|Umfrage|Befragung|Erhebung|Untersuchung)"
_ASKED: Final = re.compile(
    rf"\b(?:eine[rn]?|der|die) {_STUDY} der (?P<org>[^,]+?), für die {_OWN_TEAM}"
    rf"(?P<count>{_COUNT}) (?P<phrase>[^,]+?) befragt (?:hat|haben)\.$"
)
# "An der Umfrage nahmen 800 Mitglieder teil." (the participation form of member and customer surveys);
# not "dieser Umfrage": it points back at a survey the summary may not have named.
_TOOK_PART: Final = re.compile(
    rf"^An (?P<art>der) (?P<what>(?:[A-Za-zäöüß-]+ )?{_STUDY}) (?:nahmen|haben) "
    rf"(?P<count>{_COUNT}) "
    r"(?P<phrase>[A-ZÄÖÜ][^,]*?) teil(?:genommen)?\.$"
)


def studies(context: RescueContext) -> Rescue | None:
    """A survey's finding or who asked how many, as short sentences; None where not understood."""
    text = " ".join(context.source.text.split())
    if context.source.speech:
        return None
    for read in (_finding, _asked, _took_part):
        said = read(text, context)
        if said is not None:
            return Rescue((said,))
    return None


def _share_words(match: re.Match[str], phrase: str) -> str | None:
    """ "mehr als 58 Prozent der befragten Kunden" as "mehr als 58 von 100 befragten Kunden", or None."""
    if match["percent"] is not None:
        number, base = int(match["percent"]), 100
    else:
        number, base = NUMERATORS[match["num"]], DENOMINATORS[match["den"]]
    if not 0 < number < base:
        return None
    # amounts.share puts the counted plural in the dative after "von 100" (or refuses a share of an amount).
    percentage = re.match(r"(?P<n>\d+) Prozent der (?P<phrase>.+)", f"{number} Prozent der {phrase}")
    if percentage is None:
        return None
    said = share(percentage)
    if said.startswith(f"{number} Prozent"):
        return None
    counted = said.replace(f"{number} von 100", f"{number} von {base}", 1)
    return f"{match['hedge'].lower()} {counted}" if match["hedge"] else counted


def _finding(text: str, context: RescueContext) -> str | None:
    """ "58 Prozent der Befragten gaben an, … zu leisten." as "58 von 100 Befragten sagen: Sie leisten …." """
    match = _FINDING.match(text)
    if match is None:
        return None
    who = _share_words(match, match["phrase"])
    if who is None:
        return None
    if match["inf"] is not None:
        clause = _from_infinitive(match["infclause"], match["inf"])
    else:
        clause = _from_dass(match["dassclause"])
    if clause is None or _PAST.search(clause):
        return None
    said = f"{who[:1].upper()}{who[1:]} sagen: Sie {clause}."
    return context.rewrite(said)


def _verbs(tokens: tuple[morph.Token, ...]) -> list[morph.Token]:
    """The verb forms among ``tokens`` (finite, infinitive or participle)."""
    return [t for t in tokens if t.pos.startswith(("VV", "VA", "VM"))]


def _from_infinitive(rest: str, infinitive: str) -> str | None:
    """ "regelmäßig Überstunden" + "leisten" as "leisten regelmäßig Überstunden" (third person plural)."""
    tagged = morph.tag(f"{rest} zu {infinitive}")
    if infinitive in _MODALS and len(_verbs(tagged)) == 2 and tagged[-3].pos == "VV(INF)":
        # "Stellen nicht besetzen zu können": the modal second, its infinitive stays last (verb bracket).
        return f"{infinitive} {rest}"
    if (
        len(_verbs(tagged)) != 1
        or not (infinitive.endswith(("en", "ern", "eln")) or infinitive in _PLURAL)
        or _subjunctive(infinitive)
    ):
        return None  # one verb only: a second verb or a participle would need its own place in the clause
    if " zu " in f" {rest} ":
        return None
    return f"{_PLURAL.get(infinitive, infinitive)} {rest}"


def _from_dass(clause: str) -> str | None:
    """ "sich Sorgen machen" (verb last in the dass-clause) as "machen sich Sorgen" (verb second)."""
    words = clause.split(" ")
    tagged = morph.tag(clause)
    if len(words) < 2 or len(tagged) != len(words) or any(_subjunctive(w) for w in words):
        return None
    if len(_verbs(tagged)) != 1 or not tagged[-1].pos.startswith(("VV", "VA")) or tagged[-1].pos.endswith("(PP)"):
        return None  # exactly one verb, the finite one at the end (the tagger reads it as an infinitive too)
    if not words[-1].endswith(("en", "ern", "eln")) and words[-1] != "sind":
        return None  # a third person plural form ("leisten", "sind")
    return f"{words[-1]} {' '.join(words[:-1])}"


def _asked(text: str, context: RescueContext) -> str | None:
    """ "… einer Studie der Hochschule X, für die … 2.140 Beschäftigte befragt hat." as who asked how many."""
    match = _ASKED.search(text)
    if match is None:
        return None
    org = _nominative_feminine(match["org"])
    if org is None:
        return None
    said = context.rewrite(f"{org} hat {match['count']} {match['phrase']} befragt.")
    if len(said.split(" ")) <= _MAX_WORDS:
        return said
    # Too long with the respondents' place ("in Kliniken und Heimen"): the counted noun phrase up to its
    # first preposition is still true of every respondent (a subset of the words, no new restriction).
    head = re.match(
        r"^((?:[a-zäöüß]+e[nrs]? )*[A-ZÄÖÜ][\w-]*(?: und [A-ZÄÖÜ][\w-]*)?) (?:in|aus|von|an|bei|im|mit) ", match["phrase"]
    )
    return None if head is None else context.rewrite(f"{org} hat {match['count']} {head[1]} befragt.")


def _nominative_feminine(phrase: str) -> str | None:
    """The genitive "Technischen Hochschule Westfeld" (after "der") as "Die Technische Hochschule Westfeld".

    After "der" a singular noun is feminine (masculine and neuter take "des"), so its nominative is
    "die" with the weak adjective ending "-e"; a plural ("der Hochschulen") is refused: it would be a
    list of senders the sentence does not name.
    """
    words = phrase.split(" ")
    tagged = morph.tag(phrase)
    if len(tagged) != len(words):
        return None
    out: list[str] = []
    index = 0
    while index < len(tagged) and tagged[index].pos == "ADJ(A)" and tagged[index].word.endswith("en"):
        out.append(tagged[index].word[:-1])
        index += 1
    if index >= len(tagged) or tagged[index].pos != "NN" or tagged[index].word != tagged[index].lemma:
        return None
    if not all(t.pos in ("NE", "NN", "CARD") and t.word[:1].isupper() for t in tagged[index + 1 :]):
        return None  # only names after the noun ("Hochschule Westfeld"); no genitive chain
    return "Die " + " ".join([*out, *words[index:]])


def _took_part(text: str, context: RescueContext) -> str | None:
    """ "An der Umfrage nahmen 800 Mitglieder teil." as "800 Mitglieder haben bei der Umfrage mitgemacht." """
    match = _TOOK_PART.match(text)
    if match is None:
        return None
    count = match["count"]
    return context.rewrite(
        f"{count[:1].upper()}{count[1:]} {match['phrase']} haben bei {match['art']} {match['what']} mitgemacht."
    )
