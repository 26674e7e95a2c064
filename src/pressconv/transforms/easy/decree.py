"""A rule an authority orders, said with its time and its fine: "Die Stall·pflicht gilt ab 11. März 2026."

German administrative convention: an authority's order (Allgemeinverfügung, Verordnung, Satzung,
Anordnung) names its obligation or ban in the headline ("Landratsamt ordnet Stallpflicht an",
"Stadt erlässt Grillverbot"), says when it takes effect ("tritt am … in Kraft", "gilt ab …"), how
long it holds ("bis einschließlich …", "mindestens bis …", "bis auf Weiteres") and what a breach
costs ("Verstöße können mit einem Bußgeld von bis zu … Euro geahndet werden"). A reader who keeps
hens or wants to grill needs exactly these facts.

Correct by construction: the rule's name is the headline's own compound (…pflicht, …verbot,
…sperre), its dates are said only from a sentence whose subject is that rule or the order itself,
"mindestens" stays with its date, and the fine only with its "bis zu" and the source's amount.
"""

from __future__ import annotations

import re
from typing import Final

from pressconv._months import MONTHS_DE
from pressconv.transforms.easy.plainfact import attributed, conditional, denied, planned
from pressconv.transforms.easy.propernames import NAME as _NAME

__all__ = ["decree_lines"]

_MONTH: Final = "|".join(MONTHS_DE)
_DAY: Final = r"(?:[A-Z][a-z]+tag|Mittwoch), (?:den )?|(?:den )?"
_DATE: Final = rf"(?:{_DAY})(?P<{{name}}>\d{{{{1,2}}}}\. (?:{_MONTH}) \d{{{{4}}}})"
# The rule's name: a compound whose head names an obligation, a ban or a closure (Verwaltungssprache).
_RULE: Final = re.compile(r"\b(?P<rule>[A-ZÄÖÜ][a-zäöüß]+(?P<head>pflicht|verbot|sperre))\b")
_GENDER: Final = {"pflicht": "Die", "verbot": "Das", "sperre": "Die"}
# The headline orders it: "ordnet … an", "verhängt", "erlässt", "gilt", "beschließt".
_ORDERED: Final = re.compile(r"\b(?:ordnet|ordnen|verhängt|verhängen|erlässt|erlassen|gilt|gelten|beschließt|angeordnet)\b")
# The order itself, as the body names it.
_ORDER_NOUN: Final = r"(?:Allgemeinverfügung|Verfügung|Verordnung|Anordnung|Regelung|Satzung)"
_FROM: Final = re.compile(
    r"(?:tritt|treten) (?:am |mit dem )?" + _DATE.format(name="start") + r",?(?: um [\d:.]+ Uhr,?)? in Kraft"
    r"|gilt (?:ab (?:dem )?|vom )" + _DATE.format(name="start2")
)
_AT_LEAST: Final = re.compile(r"\bmindestens(?: jedoch| aber)? bis (?:einschließlich |zum )?" + _DATE.format(name="end"))
_UNTIL: Final = re.compile(r"\bgilt (?:zunächst )?bis (?:einschließlich |zum )?" + _DATE.format(name="end"))
_FINE: Final = re.compile(
    r"\b(?:Verstöße|Verstoß|Zuwiderhandlungen|Ordnungswidrigkeit\w*)\b(?P<what>[^.]*?)\b(?:Bußgeld|Geldbuße|Zwangsgeld)\w* "
    r"(?:von )?bis zu (?P<amount>\d{1,3}(?:\.\d{3})*) Euro"
)


# A rule lifted, eased or ended is no rule that starts: "hebt … auf", "gilt nicht mehr", "gelockert".
_LIFTED: Final = re.compile(
    r"\b(?:aufgehoben|aufheben|hebt|heben|endet|enden|beendet|entfällt|entfallen|fällt|fallen|gelockert|lockert|"
    r"gelockerte|ausgesetzt|setzt|nicht|kein\w*|ausgelaufen|läuft aus|Ende|Aus für|Schluss)\b",
    re.IGNORECASE,
)
# The rule holds for the whole territory: "Kreisweite Stallpflicht", "stadtweites Grillverbot".
_WHOLE: Final = {"kreisweit": "im ganzen Kreis", "stadtweit": "in der ganzen Stadt", "bundesweit": "in ganz Deutschland"}


# The rule's scope in the order sentence (Verwaltungssprache): "für sämtliche Geflügelhaltungen in der
# Stadt A sowie in den Gemeinden B, C und D". Only this "für … in …" frame names where the rule holds;
# a place elsewhere in the lead may be the outbreak's or the office's ("in der Gemeinde X bestätigt").
_UNIT: Final = (
    r"(?:der|den|dem) (?:Stadt|Städten|Gemeinde|Gemeinden|Ortsteil|Ortsteilen|Stadtteil|Stadtteilen|Ortschaft|Ortschaften)"
)
_NAMES: Final = rf"{_NAME}(?:, {_NAME})*(?: und {_NAME})?"
_SCOPE: Final = re.compile(
    rf"\b[Ff]ür (?:sämtliche|alle) [A-ZÄÖÜ]\w+ (?P<places>in {_UNIT} {_NAMES}(?:,? (?:sowie|und) in {_UNIT} {_NAMES})*)"
    r"(?![\wäöüß\-]|,? (?:sowie|und|oder) |, [A-ZÄÖÜ])"
)
_ORDER_VERB: Final = re.compile(r"\b(?:angeordnet|anordnet|ordnet|ordnen|gilt|gelten)\b")


def _scope(sentences: list[str]) -> str | None:
    """ "Nordau, Westerbrück und Kleinhain": the places of the one order sentence's scope."""
    found = {m["places"] for s in sentences if _ORDER_VERB.search(s) for m in _SCOPE.finditer(s)}
    if len(found) != 1:
        return None
    names = re.split(r",? (?:sowie|und) |, ", re.sub(rf"in {_UNIT} ", "", found.pop()))
    return ", ".join(names[:-1]) + f" und {names[-1]}" if len(names) > 1 else names[0]


def _plain(sentence: str) -> bool:
    """No negation, plan, demand or condition in the sentence (plainfact.py)."""
    return not (denied(sentence) or planned(sentence) or attributed(sentence) or conditional(sentence))


def _subject_is(sentence: str, rule: str) -> bool:
    """The sentence's subject is the rule or the order: "Die Allgemeinverfügung tritt …" (a
    subtitle drops the article: "Allgemeinverfügung des Landkreises … tritt … in Kraft")."""
    return bool(re.match(rf"(?:(?:Die|Das|Der|Diese) )?(?:{re.escape(rule)}|{_ORDER_NOUN})\b", sentence))


def decree_lines(headline: str, subtitle: str, body: list[str], notices: tuple[str, ...] = ()) -> list[str]:
    """The rule's area, start, end and fine, each only where the source states it plainly.

    ``notices`` are the safety-notice lines (safety.py) the summary says already: where they name
    the order's area, this module adds only what they lack, in their name for the order. As there,
    an order whose area no line says gets no line at all: it would read as one for everyone.
    """
    # The headline block and the lead (news convention: the order is named there); a parser may
    # read the subtitle as the first body sentence.
    head_block = f"{headline} – {subtitle} – {body[0] if body else ''}"
    if not (_ORDERED.search(head_block) or re.search(_ORDER_NOUN, head_block)) or _LIFTED.search(head_block):
        return []
    # "Grillverbot soll kommen", "Partei fordert Maskenpflicht": a plan or a demand is no order in force.
    if planned(head_block) or attributed(head_block) or conditional(f"{headline} – {subtitle}"):
        return []
    rules = {m["rule"]: m["head"] for m in _RULE.finditer(headline)}
    if len(rules) != 1:
        return []  # no rule or two: whose dates a sentence gives would not be sure
    rule, head = next(iter(rules.items()))
    the = f"{_GENDER[head]} {rule}"
    lines: list[str] = []
    said = next((m for n in notices if (m := re.match(r"(?P<the>(?:Die|Das|Der) [\w·]+) gilt (?!ab )", n))), None)
    if said is not None:
        the = said["the"]  # the safety notice's name for the order (safety.py), one name throughout
    whole = re.search(rf"\b(?P<adj>{'|'.join(_WHOLE)})\w* {re.escape(rule)}\b", headline, re.IGNORECASE)
    places = _scope(body[:2])
    if said is not None:
        pass  # the area is said by the safety notice
    elif whole:
        lines.append(f"{the} gilt {_WHOLE[whole['adj'].lower()]}.")
    elif places:
        lines.append(f"{the} gilt in {places}.")
    else:
        return []
    clauses = [c.strip() for c in subtitle.split(" – ") if c.strip()]
    # "gilt ab … nicht mehr", "gilt ab …, sofern der Kreistag zustimmt", "soll ab … gelten": the
    # start said plainly would drop the negation, the condition or the plan (plainfact.py).
    starts = [m for s in [*clauses, *body] if _subject_is(s, rule) and _plain(s) for m in _FROM.finditer(s)]
    days = {m["start"] or m["start2"] for m in starts}
    if len(days) == 1:
        if not any(f"{the} gilt ab " in n for n in notices):
            lines.append(f"{the} gilt ab {days.pop()}.")
        ends = [m["end"] for s in body if _subject_is(s, rule) and _plain(s) for m in _AT_LEAST.finditer(s)]
        if len(set(ends)) == 1:
            lines.append(f"{the} gilt mindestens bis {ends[0]}.")
        elif not ends:
            until = {
                m["end"]
                for s in body
                if _subject_is(s, rule) and _plain(s) and "mindestens" not in s
                for m in _UNTIL.finditer(s)
            }
            if len(until) == 1:
                lines.append(f"{the} gilt bis {until.pop()}.")
    # A fine for a breach of another rule ("Verstöße gegen das Leinengebot") is not this rule's.
    fines = {
        m["amount"]
        for text in [subtitle, *body]
        # "Verstöße sollen künftig … kosten", "…, sofern …": a planned or conditional fine is none in force.
        if _plain(text)
        for m in _FINE.finditer(text)
        if all(other["rule"] == rule for other in _RULE.finditer(m["what"]))
    }
    if len(fines) == 1:
        against = the[:1].lower() + the[1:]  # "die Stallpflicht": the accusative of die/das is the nominative
        lines.append(f"Ein Verstoß gegen {against} kann bis zu {fines.pop()} Euro kosten.")
    return lines
