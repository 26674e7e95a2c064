"""A donation the release states plainly: how much money, and who receives it.

The rubric asks a release about a donation or figures to carry "the one or two numbers that
matter" and who gives to whom. Two plain sentence forms of German press language carry it:

- the giver's form, "… spendet/übergibt/überreicht 500 Euro an den Tierschutzverein": the
  receiver is the accusative after "an", which the template keeps as it stands ("Das Geld geht an
  den Tierschutzverein."), so no case has to be changed;
- the receiver's form, "Die Tafel erhielt/bekam/empfing eine Spende von 500 Euro": the receiver is
  the nominative subject before the finite verb, and the verb's number says singular or plural.

Only one amount, no negation, no condition ("wenn", "falls") and no hedge ("soll", "könnte") in the
sentence; a qualifier of the amount ("rund", "mehr als", "mindestens") stays with it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.when import find_moments

__all__ = ["Donation", "find_donation", "money_lines", "money_source", "money_use"]

_AMOUNT: Final = re.compile(
    r"(?P<q>(?:rund|etwa|ungefähr|insgesamt|mindestens|fast|knapp|über|mehr als|weit über)\s+)?"
    r"(?:(?P<n>\d{1,3}(?:[ .\u202f\u00a0]\d{3})*|\d+)(?:,(?:\d{2}|-+))?\s*(?:Euro|€|EUR)\b"
    r"|(?:€|EUR)\s*(?P<n2>\d{1,3}(?:[ .]\d{3})*|\d+)(?:,(?:\d{2}|-+))?)"
)
_GIVE: Final = re.compile(r"\b(?:spende[nt]?|spendete[n]?|gespendet|übergab(?:en)?|übergeben|übergibt|überreicht\w*)\b")
_GET: Final = frozenset(["erhalten", "bekommen", "empfangen"])
_DONATION_NOUN: Final = re.compile(r"\bSpende\w*|\bScheck\w*")
_BLOCK: Final = re.compile(
    r"\b(?:nicht|kein\w*|nie|wenn|falls|sofern|soll|sollen|sollte|sollten|könnte\w*|würde\w*|wäre\w*)\b", re.I
)


@dataclass(frozen=True, slots=True)
class Donation:
    """The amount as the source writes it, and the receiver in the case its sentence form shows."""

    amount: str  # "1 200 Euro", "rund 500 Euro"
    to: str | None = None  # "an den Tierschutzverein" (the giver's form, accusative kept)
    receiver: str | None = None  # "Die Tafel" (the receiver's form, nominative)
    plural: bool = False
    past: bool = False  # the source tells it in the past (Präteritum or Perfekt): the template takes the Perfekt
    giver: str | None = None  # "Der Sportverein": who gives the money, the subject of the giving verb
    giver_verb: str | None = None  # "hat das Geld übergeben" / "spendet das Geld": the verb as the source has it
    day: date | None = None  # "Am 29. Juli übergab …": the one day the donation sentence names (the handover)


def _past(tagged: Sequence[morph.Token]) -> bool:
    """A Präteritum finite verb, or "haben"/"sein" with a participle (Perfekt)."""
    finite = [t for t in tagged if t.pos.endswith("(FIN)")]
    if any(t.pos == "VV(FIN)" and morph.is_preterite(t.word, t.lemma) for t in finite):
        return True
    return any(t.lemma in ("haben", "sein") for t in finite) and any(t.pos == "VV(PP)" for t in tagged)


def _amount(sentence: str) -> str | None:
    """The one amount of money a sentence names, with its qualifier, or None for none or several."""
    found = list(_AMOUNT.finditer(sentence))
    if len(found) != 1:
        return None  # no amount, or several: which one is the donation is not plain
    match = found[0]
    number = match["n"] or match["n2"]
    qualifier = match["q"] or ""
    return f"{qualifier}{number} Euro"


def _noun_phrase(tagged: Sequence[morph.Token], start: int) -> int:
    """Index after article, adjectives and nouns or names from ``start`` (German noun phrase)."""
    end = start
    nouns = False
    while end < len(tagged):
        pos = tagged[end].pos
        if pos in ("NN", "NE"):
            nouns = True
        elif nouns or pos not in ("ART", "ADJ(A)") or (end > start and pos == "ART"):
            break
        end += 1
    return end if nouns else start


def _giver_form(sentence: str, amount: str) -> Donation | None:
    """ "… spendet 500 Euro an den Verein Nord." -> Donation("500 Euro", to="an den Verein Nord")."""
    if not _GIVE.search(sentence):
        return None
    tagged = morph.tag(sentence)
    spots = [i for i, t in enumerate(tagged) if t.word == "an" and i + 1 < len(tagged) and tagged[i + 1].pos == "ART"]
    if len(spots) != 1:
        return None
    at = spots[0]
    end = _noun_phrase(tagged, at + 1)
    if end == at + 1 or tagged[at + 1].word.lower() not in ("den", "die", "das"):
        return None  # "an dem …" is a place ("am Stand"), not whom the money goes to
    # A place name after the receiver belongs to it: "an die Tafel in Nordstadt".
    place = end + 1 < len(tagged) and tagged[end].word == "in" and tagged[end + 1].word[:1].isupper()
    if place and (tagged[end + 1].pos == "NE" or (end + 2 < len(tagged) and tagged[end + 2].pos == "$.")):
        end += 2
    words = " ".join(t.word for t in tagged[at:end])
    return Donation(amount, to=re.sub(r"(\d) (?=-\w)", r"\1", words), past=_past(tagged))


def _dative_form(sentence: str, amount: str) -> Donation | None:
    """ "Der Club hat der Tafel Nord 500 Euro gespendet." -> Donation("500 Euro", to="an die Tafel Nord").

    German names the receiver of "spenden", "übergeben", "überreichen" in the dative right before the
    amount (the accusative object). "an" takes the accusative, so the article changes by the noun's
    gender (Duden grammar): "der" (feminine dative) -> "die", "dem" -> "den" (masculine) or "das"
    (neuter); the weak adjective "-en" becomes "-e" in the feminine and neuter accusative. A noun of
    unknown gender after "dem", or a plural ("den Kindern"), leaves the sentence to the other forms.
    """
    from pressconv.transforms.easy.titles import noun_gender

    if not _GIVE.search(sentence):
        return None
    tagged = morph.tag(sentence)
    finite = next((i for i, t in enumerate(tagged) if t.pos.endswith("(FIN)")), None)
    amount_at = next((i for i, t in enumerate(tagged) if t.pos == "CARD" or t.word in ("rund", "etwa", "insgesamt")), None)
    if finite is None or amount_at is None:
        return None
    starts = [i for i in range(finite + 1, amount_at) if tagged[i].word in ("der", "dem") and tagged[i].pos == "ART"]
    if len(starts) != 1:
        return None
    at = starts[0]
    end = _noun_phrase(tagged, at)
    if end != amount_at:
        return None  # the dative object must stand right before the amount
    head = next(t.word for t in tagged[at + 1 : end] if t.pos in ("NN", "NE"))
    gender = "die" if tagged[at].word == "der" else noun_gender(head)
    if gender not in ("der", "die", "das") or (tagged[at].word == "dem" and gender == "die"):
        return None
    article = {"der": "den", "die": "die", "das": "das"}[gender]
    words = [article]
    for token in tagged[at + 1 : end]:
        word = token.word
        if token.pos == "ADJ(A)" and gender in ("die", "das") and word.endswith("en"):
            word = word[:-1]  # "der örtlichen Tafel" -> "die örtliche Tafel"
        words.append(word)
    return Donation(amount, to="an " + " ".join(words), past=_past(tagged))


def _receiver_form(sentence: str, amount: str) -> Donation | None:
    """ "Die Tafel Nord erhielt eine Spende von 500 Euro." -> Donation("500 Euro", receiver="Die Tafel Nord")."""
    if not _DONATION_NOUN.search(sentence):
        return None
    tagged = morph.tag(sentence)
    verb = next((i for i, t in enumerate(tagged) if t.pos.endswith("(FIN)")), None)
    if verb is None or verb == 0:
        return None
    lemma = tagged[verb].lemma
    perfect = lemma == "haben" and any(t.pos.startswith("VV") and t.lemma in _GET for t in tagged[verb + 1 :])
    if lemma not in _GET and not perfect:
        return None
    if tagged[0].pos in ("ART", "NE") and _noun_phrase(tagged, 0) == verb:
        start, end = 0, verb  # the subject is the Vorfeld
    elif tagged[0].pos in ("APPR", "APPRART", "ADV"):
        # An adverbial Vorfeld ("Am Montag empfingen …"): the subject is the first noun phrase after
        # the verb (the unmarked Mittelfeld order, nominative first).
        start = verb + 1
        end = _noun_phrase(tagged, start)
        if end == start:
            return None
    else:
        return None
    if tagged[start].pos == "ART" and tagged[start].word.lower() not in ("der", "die", "das"):
        return None
    words = [t.word for t in tagged[start:end]]
    receiver = " ".join([words[0][:1].upper() + words[0][1:], *words[1:]])
    # The finite verb's number is the subject's: "-en" is the plural ("erhielten", "haben", "bekommen").
    plural = tagged[verb].word.endswith("en")
    # "haben … bekommen": HanTa may read the participle as an infinitive; "haben" + a receiving verb is Perfekt.
    return Donation(amount, receiver=receiver, plural=plural, past=_past(tagged) or perfect)


# The giving verbs by lemma, with their participle for the Perfekt (Leichte Sprache tells the past so).
_GIVE_LEMMAS: Final = {"spenden": "gespendet", "übergeben": "übergeben", "überreichen": "überreicht"}


def _giver(sentence: str, receiver: set[str]) -> tuple[str, str] | None:
    """ "Am Montag übergab der Verein … an die Tafel": ("Der Verein", "hat das Geld übergeben").

    The giver is the subject of a giving verb whose "an" phrase names the receiver (a word of it):
    the Vorfeld noun phrase before the finite verb, or after an adverbial Vorfeld the first noun
    phrase after it (unmarked Mittelfeld order, nominative first), as in ``_receiver_form``.
    """
    tagged = morph.tag(sentence)
    finite = next((i for i, t in enumerate(tagged) if t.pos.endswith("(FIN)")), None)
    if finite is None or finite == 0:
        return None
    lemma = tagged[finite].lemma
    if lemma == "haben":
        lemma = next((t.lemma for t in tagged[finite + 1 :] if t.pos == "VV(PP)" and t.lemma in _GIVE_LEMMAS), "")
    if lemma not in _GIVE_LEMMAS:
        return None
    after = [t.word for t in tagged[finite + 1 :]]
    # "… an die Tafel" or the dative receiver ("hat der Tafel 500 Euro gespendet", ``_dative_form``).
    named = after[after.index("an") :] if "an" in after else after
    if not receiver & set(named):
        return None  # the money goes to someone else, or the receiver is not named
    if tagged[0].pos in ("ART", "NE") and _noun_phrase(tagged, 0) == finite:
        start, end = 0, finite
    elif tagged[0].pos in ("APPR", "APPRART", "ADV"):
        start = finite + 1
        end = _noun_phrase(tagged, start)
    else:
        return None
    if end == start or (tagged[start].pos == "ART" and tagged[start].word.lower() not in ("der", "die", "das")):
        return None
    words = [t.word for t in tagged[start:end]]
    if receiver & set(words):
        return None
    subject = " ".join([words[0][:1].upper() + words[0][1:], *words[1:]])
    # The finite verb's number is the subject's ("übergaben", "haben" end in "-en").
    plural = tagged[finite].word.endswith("en")
    if _past(tagged) or tagged[finite].lemma == "haben":
        return subject, f"{'haben' if plural else 'hat'} das Geld {_GIVE_LEMMAS[lemma]}"
    return subject, f"{tagged[finite].word} das Geld"


def _with_giver(donation: Donation, body: Sequence[str]) -> Donation:
    """The donation with its giver, where exactly one plain sentence names who gives to the receiver."""
    named = donation.to or donation.receiver or ""
    # The receiver's head noun (its first capitalised word): a place name may be the giver's too
    # ("Der Laufverein Ostheim … an das Kinderhospiz Ostheim").
    receiver = set(re.findall(r"[A-ZÄÖÜ][\w\-]{3,}", named)[:1])
    if not receiver:
        return donation
    found = {
        named_giver
        for sentence in body
        if _GIVE.search(sentence) and not _BLOCK.search(sentence) and (named_giver := _giver(sentence, receiver)) is not None
    }
    if len(found) != 1:
        return donation
    subject, verb = found.pop()
    return replace(donation, giver=_written_out(subject, body), giver_verb=verb)


def _written_out(subject: str, body: Sequence[str]) -> str:
    """ "Der SVN" -> "Der Sportverein Nordheim" where the release defines the abbreviation itself.

    Press releases introduce an abbreviation once after its long form in brackets ("des Sportvereins
    Nordheim (SVN)"); Leichte Sprache writes the long form (rule books: no abbreviations). The long
    form after a genitive article takes its base form (HanTa lemma: "Sportvereins" -> "Sportverein"),
    and the subject's own article stays, so only a masculine or neuter long form after "Der"/"Das"
    or a feminine one after "Die" (the article the abbreviation was given) is written out.
    """
    match = re.fullmatch(r"(Der|Die|Das) ([A-ZÄÖÜ]{2,6})", subject)
    if match is None:
        return subject
    article, short = match.groups()
    for sentence in body:
        defined = re.search(rf"\b(des|der) ((?:[A-ZÄÖÜ][\w\-]*\s+){{1,3}})\({short}\)", sentence)
        if defined is None:
            continue
        if (defined[1] == "des") != (article in ("Der", "Das")):
            return subject  # the genitive article shows another gender than the subject's article
        words = defined[2].split()
        tagged = morph.tag(" ".join(words))
        head = tagged[0].lemma if tagged and tagged[0].pos == "NN" and defined[1] == "des" else words[0]
        return " ".join([article, head, *words[1:]])
    return subject


def _handover_day(sentence: str, issued: date | None) -> date | None:
    """The one day the donation sentence names, not a span: the day the money changed hands."""
    days = {m.day for m in find_moments(sentence, issued) if not (m.range_start or m.range_end or m.until)}
    if len(days) != 1 or (issued is not None and next(iter(days)) > issued):
        return None  # none, several, or a day still to come (a plan, not a handover)
    return days.pop()


def find_donation(body: Sequence[str], issued: date | None = None) -> Donation | None:
    """The one donation the sender's sentences state plainly, or None."""
    found: set[Donation] = set()
    for sentence in body:
        if _BLOCK.search(sentence) or "," in sentence:
            continue  # a negation, a condition, a hedge or a second clause: not plain
        amount = _amount(sentence)
        if amount is None:
            continue
        donation = _giver_form(sentence, amount) or _receiver_form(sentence, amount) or _dative_form(sentence, amount)
        if donation is not None:
            found.add(replace(donation, day=_handover_day(sentence, issued)))
    amounts = {d.amount for d in found}
    if len(amounts) != 1:
        return None  # two different amounts: which one is the donation is not plain
    # Prefer the giver's form: its receiver keeps the source's own case.
    return _with_giver(sorted(found, key=lambda d: d.to is None)[0], body)


# A fundraising event names its purpose in its first part (German compounds: the head is last):
# "Sponsorenlauf", "Benefizkonzert", "Spendenaktion". Its head says what kind of event it is, and the
# head's gender (Duden) gives the article: "von einer Radtour", "von einem Lauf", "von einem Konzert".
_FUNDRAISER: Final = re.compile(r"\b(?:Sponsoren|Sponsor|Benefiz|Spenden)-?[\wäöüß\-]*", re.IGNORECASE)
_EVENT_HEADS: Final = {
    "tour": "die",
    "fahrt": "die",
    "aktion": "die",
    "gala": "die",
    "sammlung": "die",
    "wanderung": "die",
    "lauf": "der",
    "markt": "der",
    "basar": "der",
    "abend": "der",
    "konzert": "das",
    "fest": "das",
    "turnier": "das",
    "essen": "das",
    "spiel": "das",
    "schwimmen": "das",
}


def money_source(body: Sequence[str]) -> str | None:
    """ "Das Geld kommt von einer Sponsoren-Radtour.": the fundraising event the donated money comes from.

    Only for a release with a donation (the caller checks), only for an event whose compound names
    its purpose (Sponsoren-, Benefiz-, Spenden-), and only where the release names one such event
    (two would leave open which one raised this money). The noun stays as the release writes it.
    """
    found: dict[str, tuple[str, str]] = {}
    for sentence in body:
        if _BLOCK.search(sentence):
            continue
        for match in _FUNDRAISER.finditer(sentence):
            word = match.group(0)
            if not word[:1].isupper():
                continue
            head = next((h for h in _EVENT_HEADS if word.lower().endswith(h)), None)
            if head is None or word.lower().rstrip("-") in ("sponsoren", "spenden", "benefiz"):
                continue
            found.setdefault(word.replace("-", "").lower(), (word, _EVENT_HEADS[head]))
    if len(found) != 1:
        return None
    noun, gender = next(iter(found.values()))
    article = "einer" if gender == "die" else "einem"
    return f"Das Geld kommt von {article} {noun}."


# The pronominal adverb after a sentence about the money points at that money (German "davon",
# "damit" stand for "von/mit" + the noun before): in a donation release, "kauft davon einen Bus"
# says what the receiver buys with the donated money.
_MONEY_WORDS: Final = re.compile(r"\b(?:Euro|€|Geld|Spende\w*|Erlös\w*|Scheck\w*)\b")
_POINTERS: Final = {"davon": "vom Geld", "damit": "mit dem Geld"}


def money_use(body: Sequence[str]) -> list[str]:
    """ "Die Tafel kauft vom Geld einen Kühlschrank.": what is done with the money, where the release says so.

    Only the sentence right after one that names the money, with "davon"/"damit" as an adverb after
    the finite verb (not the conjunction "damit", which opens a clause after a comma), a subject noun
    phrase at the start, and no negation, condition or hedge (the verifier checks the rest).
    """
    out: list[str] = []
    for before, sentence in itertools.pairwise(body):
        if not _MONEY_WORDS.search(before) or _BLOCK.search(sentence) or "," in sentence:
            continue
        tagged = morph.tag(sentence)
        finite = next((i for i, t in enumerate(tagged) if t.pos.endswith("(FIN)")), None)
        if finite is None or finite == 0 or _noun_phrase(tagged, 0) != finite:
            continue
        spots = [i for i, t in enumerate(tagged) if t.word in _POINTERS and t.pos in ("PAV", "PROAV") and i > finite]
        if len(spots) != 1:
            continue
        words = [t.word for t in tagged]
        words[spots[0]] = _POINTERS[words[spots[0]]]
        out.append(re.sub(r"\s+([.,!?])", r"\1", " ".join(words)))
    return out


def money_lines(body: Sequence[str]) -> list[str]:
    """Where a donation's money came from and what the receiver does with it (``money_source``, ``money_use``)."""
    found = money_source(body)
    return [*([found] if found else []), *money_use(body)]
