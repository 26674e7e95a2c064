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


def _subject_is(sentence: str, rule: str) -> bool:
    """The sentence's subject is the rule or the order: "Die Allgemeinverfügung tritt …" (a
    subtitle drops the article: "Allgemeinverfügung des Landkreises … tritt … in Kraft")."""
    return bool(re.match(rf"(?:(?:Die|Das|Der|Diese) )?(?:{re.escape(rule)}|{_ORDER_NOUN})\b", sentence))


def decree_lines(headline: str, subtitle: str, body: list[str]) -> list[str]:
    """The rule's start, its end and its fine, each only where the source states it plainly."""
    # The headline block and the lead (news convention: the order is named there); a parser may
    # read the subtitle as the first body sentence.
    head_block = f"{headline} – {subtitle} – {body[0] if body else ''}"
    if not (_ORDERED.search(head_block) or re.search(_ORDER_NOUN, head_block)) or _LIFTED.search(head_block):
        return []
    rules = {m["rule"]: m["head"] for m in _RULE.finditer(headline)}
    if len(rules) != 1:
        return []  # no rule or two: whose dates a sentence gives would not be sure
    rule, head = next(iter(rules.items()))
    the = f"{_GENDER[head]} {rule}"
    lines: list[str] = []
    whole = re.search(rf"\b(?P<adj>{'|'.join(_WHOLE)})\w* {re.escape(rule)}\b", headline, re.IGNORECASE)
    if whole:
        lines.append(f"{the} gilt {_WHOLE[whole['adj'].lower()]}.")
    clauses = [c.strip() for c in subtitle.split(" – ") if c.strip()]
    starts = [m for s in [*clauses, *body] if _subject_is(s, rule) for m in _FROM.finditer(s)]
    days = {m["start"] or m["start2"] for m in starts}
    if len(days) == 1:
        lines.append(f"{the} gilt ab {days.pop()}.")
        ends = [m["end"] for s in body if _subject_is(s, rule) for m in _AT_LEAST.finditer(s)]
        if len(set(ends)) == 1:
            lines.append(f"{the} gilt mindestens bis {ends[0]}.")
        elif not ends:
            until = {m["end"] for s in body if _subject_is(s, rule) and "mindestens" not in s for m in _UNTIL.finditer(s)}
            if len(until) == 1:
                lines.append(f"{the} gilt bis {until.pop()}.")
    # A fine for a breach of another rule ("Verstöße gegen das Leinengebot") is not this rule's.
    fines = {
        m["amount"]
        for text in [subtitle, *body]
        for m in _FINE.finditer(text)
        if all(other["rule"] == rule for other in _RULE.finditer(m["what"]))
    }
    if len(fines) == 1:
        lines.append(f"Ein Verstoß gegen {_GENDER[head].lower()} {rule} kann bis zu {fines.pop()} Euro kosten.")
    return lines
