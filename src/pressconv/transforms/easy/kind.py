"""The kind of a release, from cues any sender of that kind uses (genre conventions, not one file)."""

from __future__ import annotations

import re
from typing import Final, Literal, get_args

from pressconv.transforms.easy.callout import called_out
from pressconv.transforms.easy.drafted import only_drafted
from pressconv.transforms.easy.limits import KIND_SCAN_CHARS

__all__ = ["KINDS", "Kind", "advocacy", "classify", "scores"]

Kind = Literal[
    "missing",
    "appeal",
    "police",
    "fire",
    "event",
    "service",
    "appointment",
    "decision",
    "award",
    "figures",
    "statement",
    "other",
]
# The kinds in order of precedence, read off the Literal so the two cannot drift apart.
KINDS: Final[tuple[Kind, ...]] = get_args(Kind)

# Cue patterns per kind, each with its strength: 2 for a cue that names the kind by itself
# ("festgenommen", "Einladung"), 1 for a cue that other kinds of text use as well ("gewählt" in an
# election text, "ermittelt" for a vote count, "Projekt" anywhere), 3 for the cues of the two kinds
# that are special cases of a police text (a missing person, an appeal for witnesses).
_CUES: Final[dict[Kind, tuple[tuple[str, int], ...]]] = {
    "missing": ((r"\bvermisst\w*|\bVermisst\w*|\bVermisstensuche|\bwird gesucht\b", 3),),
    "appeal": (
        (
            r"\bZeug(?:en|innen)\b.{0,80}\b(?:gesucht|sucht|bittet|melden)|\bHinweise\b.{0,60}\b(?:nimmt|erbeten|bittet)|"
            r"\bbittet\b.{0,40}\bum (?:Mithilfe|Hinweise)|Öffentlichkeitsfahndung",
            3,
        ),
        # A question to the reader is an appeal only with other cues: parties ask rhetorical ones.
        (r"\bWer (?:hat|kann|kennt)\b", 1),
    ),
    "police": (
        (
            r"\bfestgenommen|\bTatverdächtig\w*|\bKriminalpolizei|[Dd]iebstahl|[Ee]inbruch|[Uu]nfall\w*|\bRaub\w*|"
            r"\bKörperverletzung|\bgestohlen\w*|\bTäter\w*|\bFahndung|\bFestnahme|\bTatort|\bPolizeikräfte",
            2,
        ),
        (r"\bermittelt\b|\bverletzt\b|\bErmittlung\w*|\bStaatsanwaltschaft|\bRettungswagen", 1),
    ),
    "fire": (
        (r"\bFeuerwehr\b|\bBrand\b|\bBrände\b|\bgelöscht|\bAtemschutz|\bTechnische Hilfe|\bTHL\b|\bLöscharbeiten", 2),
        # The operation report (Einsatzbericht, fire-service and rescue convention): how often the crews
        # were alarmed and went out, the words a storm or flood night is told in when nothing burns.
        # Weak cues: the police speak of "Einsatzkräfte" too, and only together do they name the kind.
        (r"\bEinsätzen?\b|\bEinsatzkräfte\b|\balarmiert\b|\bausgerückt\b|\bEinsatzbericht\w*", 1),
    ),
    "event": (
        (
            # "lädt … ein": the separable verb's particle closes the clause, however long the
            # Mittelfeld with its date, event and place (Duden grammar, Verbklammer); "ein" before an
            # end mark or comma is the particle, not the article.
            r"[Ee]inladung(?:en)?\b|\b(?:lädt|laden)\b.{0,140}?\bein\b(?=\s*(?:[.,;!:]|$|zu[mr]?\b))|[Vv]eranstaltung\b|"
            r"\bTag der offenen Tür\b|\bAnmeldung(?:en)?\b|\bfindet\b.{0,60}\bstatt\b|[Pp]ressegespräch\b|"
            r"[Pp]ressetermin\b|^Ort:|^Zeit:|"
            r"[Aa]ktions(?:woche|tag)\b|"
            # A blood drive (Red Cross, clinics, towns): a day and place to come and give blood.
            r"[Bb]lutspende\w*|"
            # A theatre's or orchestra's first night and performances (Spielplan convention).
            r"\w*[Pp]remiere\b|\bAufführung(?:en)?\b",
            2,
        ),
        (r"\bFest\b|\bFührung(?:en)?\b|[Aa]usstellung\b|\bVortrag\b|\bWorkshop\b|\bKonzert\b|\bEintritt\b|\bBeginn\b", 1),
    ),
    "service": (
        (
            r"\bgesperrt\b|[Ss]perrung(?:en)?\b|[Vv]erkehrshinweis\w*|\bÖffnungszeiten\b|\bBauarbeiten\b|\bUmleitung\b|\bSprechstunde\b|"
            r"\bausfallen\b|\bfällt aus\b|[Ff]ällung\w*|\bFällarbeiten\b|Geschwindigkeits(?:messung|kontrolle)\w*|"
            # Public-transport notices: replacement traffic and timetable changes (operators' convention).
            r"[Ee]rsatzverkehr\b|[Ee]rsatzbus(?:se)?\b|[Ff]ahrplan(?:änderung|wechsel)\w*|\bneuen? Fahrplan\b|"
            r"[Ll]inienführung\w*|\bunterbrochen\b",
            2,
        ),
        (r"\bgeschlossen\b|\bgeöffnet\b|\bStörung\b", 1),
    ),
    "appointment": (
        (
            r"\b[Nn]eue[rn]? (?:Leitung|Spitze|Leiter|Leiterin|Chef|Chefin|Präsident|Präsidentin|Direktor|Direktorin|"
            r"Geschäftsführer|Geschäftsführerin|Bürgermeister|Bürgermeisterin|Trainer|Vorsitzende[r]?)\b|"
            r"\b(?:ernannt|berufen|Amtsantritt|Nachfolger\w*|Neuzugang|Führungswechsel)\b",
            2,
        ),
        # "gewählt" is also what voters do and "übernimmt" what anyone does with a task.
        (r"\b(?:gewählt|übernimmt|verpflichtet|wechselt)\b", 1),
    ),
    "decision": (
        (
            r"\bbeschlossen\b|\bbeschließt\b|\bgilt ab\b|\bVerordnung\b|\bneue Regel\w*|\bverabschiedet\b|"
            r"\btritt\b.{0,40}\bin Kraft\b",
            2,
        ),
        (r"\bentschieden\b|\bab sofort\b|\bGesetz\b|\bUrteil\b", 1),
    ),
    "award": (
        # A donation handed over ("gespendet", "Spende … übergeben", a cheque): the gift made. A bare
        # "Spende" is as often what an appeal asks for (a blood drive's "Spenden der Blutgruppe 0",
        # a charity's "Spenden erbeten"), so only the handing-over names the kind.
        (
            r"\bausgezeichnet\b|\bAuszeichnung\b|\beröffnet\b|\bEröffnung\b|"
            r"\b[Ss]pende\w*\b[^.\n]{0,80}\b(?:übergeben|überreicht|übergab|überreichte|übergibt|überreicht)\b|"
            r"\b(?:übergab|überreichte|übergibt|überreicht|übergeben)\b[^.\n]{0,80}\b[Ss]pende\b|[Ss]pendenscheck\w*|"
            # "Firma spendet für Kita", "Die Spende … ist 500 Euro": a giver's verb, one gift's amount.
            r"\bspendet(?:e|en)?\b|\b[Ss]pende\b[^.\n]{0,60}\bEuro\b|"
            r"\bgespendet\b|\bJubiläum\b|\bverliehen\b|\bVerleihung\b",
            2,
        ),
        (r"\bPreis\b|\bfeiert\b|\bKooperation\w*|\bProjekt\b|\bunterzeichnet\b", 1),
    ),
    "figures": (
        # Results of a count or a vote: "Wahlergebnis", "Endergebnis", the turnout of an election or a
        # referendum ("Wahlbeteiligung", "Abstimmungsbeteiligung"; election-office convention).
        (
            r"\bStatistik\b|\bBilanz\b|\bJahresbericht\b|\b(?:Wahl|Abstimmungs)beteiligung\b|"
            r"\b(?:[Ww]ahl|[Ee]nd|[Gg]esamt|[Aa]bstimmungs)?[Ee]rgebnis(?:se)?\b",
            2,
        ),
        (r"\bZahlen\b|\bProzent\b|\bgestiegen\b|\bgesunken\b|\bAnstieg\b|\bRückgang\b", 1),
    ),
    "statement": (
        (
            r"\bfordert\b|\bfordern\b|\bkritisiert\b|\bkritisieren\b|\bStellungnahme\b|\bappelliert\b|"
            r"\bverurteilt\b|"
            # Criticism as a light-verb phrase and an accusation ("übt scharfe Kritik an X", "wirft X
            # Y vor"): the same position in the nominal style of political statements.
            r"\b(?:übt|üben)\b.{0,30}\bKritik\b|\b(?:wirft|werfen)\b.{0,80}\bvor\b|\bvorwerfen\b",
            2,
        ),
        (r"\bwarnt\b|\bmahnt\b|\bbegrüßt\b|\bErklärung\b", 1),
    ),
}
# Where two kinds score the same, the more specific one wins (a missing person report is also a
# police text); "missing" and "appeal" win whenever they reach their threshold for the same reason.
_PRIORITY: Final[tuple[Kind, ...]] = (
    "missing",
    "appeal",
    "event",
    "service",
    "appointment",
    "fire",
    "police",
    "decision",
    "award",
    "statement",
    "figures",
)
_SPECIFIC: Final[tuple[Kind, ...]] = ("missing", "appeal")
# An invitation's labelled day ("Wann: Freitag, 4. September 2026, ab 17 Uhr"; "Datum: 20.09.2026").
_INVITATION_LABELS: Final = re.compile(r"^(?:Wann|Datum|Termin)\s*:\s*\S*[^\n]*?\d{1,2}\.", re.M)
_OVER_POLICE: Final[tuple[Kind, ...]] = ("fire", "event")
# The kinds whose notices share the "Wann:"/"Wo:" layout of an invitation (a closure, a check, a drill).
_LABEL_YIELDS: Final[tuple[Kind, ...]] = ("service", "police", "fire")
# Weighted score a kind needs: one strong cue in the headline, or two in the lead, or three in the body.
_THRESHOLD: Final = 3
# Inverted pyramid (news-writing convention): the headline and the lead name what the release is
# about; later paragraphs add background; the contact block names only the sender.
_TITLE_WEIGHT: Final = 3
_LEAD_WEIGHT: Final = 2
_LEAD_LINES: Final = 2
# Contact and imprint lines (e-mail, web address, phone, press office, V.i.S.d.P.) carry the
# sender's name ("presse@polizei.example"), which says who writes, not what happened.
_CONTACT: Final = re.compile(
    r"@|https?://|\bwww\.|\b(?:Tel|Telefon|Fax|Mobil)\b|\bPressestelle\b|\bKontakt\b|V\.i\.S\.d\.P|Pressesprecher\w*",
    re.I,
)


# Crime prevention (police public-relations convention): a headline or lead about "Prävention" or
# safety tips names crimes as its topic, so crime words there do not make it a police report.
_PREVENTION: Final = re.compile(r"[Pp]räventi\w*|[Vv]orbeug\w*|\bTipps?\b|[Ss]icherheitstipps?")


# Sender type beats a mention in the body (genre convention): a party, parliamentary group or
# association writes statements, never police or fire reports, however often it names the police.
# Its self-designation and its own first person plural ("wir", "unsere Partei") mark its voice; a
# police or fire service naming itself marks theirs, and then the rule does not apply.
_ADVOCACY: Final = re.compile(
    r"\b\w*[Pp]artei\b|\bFraktion\b|\b(?:Kreis|Orts|Landes|Bundes)(?:verband|vorstand|vorsitzende[rn]?)\b|"
    r"\bOrtsverein\b|\bBündnis\b"
)
_WE: Final = re.compile(r"\b(?:[Ww]ir|[Uu]ns|[Uu]nser\w*)\b")
_EMERGENCY_SELF: Final = re.compile(
    r"\b(?:Feuerwehr|Polizeipräsidium|Polizeidirektion|Polizeiinspektion|Polizeirevier|Landespolizei|Bundespolizei)\b|"
    r"\bPolizei \w+ (?:sucht|bittet|ermittelt|meldet|berichtet)\b"
)
_REPORTS: Final[tuple[Kind, ...]] = ("police", "fire", "appeal", "missing")
# A self-designation counts when it occurs this often: once may be a mention of another sender.
_ADVOCACY_MIN: Final = 2


# A year's figures (annual-report convention of police, fire services and authorities: the
# "Jahresbilanz", the crime or operation statistics): the lead counts a whole year or compares it
# with the year before. Its fire and crime words are categories counted, not one incident, so a
# summary must not say "Es hat einen Brand gegeben" with one day and place.
_PERIOD: Final = re.compile(
    r"\bJahres(?:bericht|bilanz|statistik|zahlen)\w*|\b(?:Kriminal|Einsatz|Unfall)statistik\w*|\bVorjahr\w*|"
    r"\bim (?:gesamten |vergangenen |abgelaufenen )?Jahr(?:e)? (?:19|20)\d\d\b|\bim (?:vergangenen|abgelaufenen) Jahr\b"
)


def _period_report(title: str, body: str, lead: str) -> bool:
    """The headline or lead counts a year (see _PERIOD), the way an annual report opens."""
    lines = [line for line in body[:KIND_SCAN_CHARS].splitlines() if line.strip() and not _CONTACT.search(line)]
    return _PERIOD.search("\n".join([title, lead, *lines[:_LEAD_LINES]])) is not None


def advocacy(text: str) -> bool:
    """The release speaks as a party or association (its name twice, its "wir"), not as an emergency service."""
    return (
        len(_ADVOCACY.findall(text)) >= _ADVOCACY_MIN
        and _WE.search(text) is not None
        and _EMERGENCY_SELF.search(text) is None
    )


def _hits(kind: Kind, text: str) -> int:
    """The weighted count of the kind's cues in the text."""
    return sum(weight * len(re.findall(pattern, text, flags=re.M)) for pattern, weight in _CUES[kind])


def scores(title: str, body: str, lead: str = "") -> dict[Kind, int]:
    """Weighted cue score of every kind: cue strength times the weight of where it stands."""
    body = body[:KIND_SCAN_CHARS]  # the kind is told at the top (inverted pyramid; limits.py)
    lines = [line for line in body.splitlines() if line.strip() and not _CONTACT.search(line)]
    first, rest = "\n".join([lead, *lines[:_LEAD_LINES]]), "\n".join(lines[_LEAD_LINES:])
    found = {
        kind: _TITLE_WEIGHT * _hits(kind, title) + _LEAD_WEIGHT * _hits(kind, first) + _hits(kind, rest)
        for kind in _PRIORITY
    }
    if _PREVENTION.search(title) or _PREVENTION.search(first):
        found["police"] = 0
    return found


# An event takes place: it has a clock time, a start, an admission, a host who invites or a "findet …
# statt" (the invitation conventions of press releases). A release that names an event noun only in a
# rule about it ("Ab 1. Mai kostet eine Veranstaltung im Saal 250 Euro", "Führungen sind nur mit
# Termin möglich") announces a fee, a price or a rule, and its summary must not say "Es gibt eine
# Veranstaltung" on a day (wrongs17: a fee change summarised as an event).
_HAPPENS: Final = re.compile(
    r"\b\d{1,2}(?:[.:]\d{2})?\s*Uhr\b|\blädt\b|\bladen\b|\beingeladen\b|[Ee]inladung|\bfindet\b.{0,80}\bstatt\b|"
    r"\bfinden\b.{0,80}\bstatt\b|\bBeginn\b|\bbeginnt\b|\bEintritt\b|\bTag der offenen Tür\b|\bfeier[tn]\b|"
    r"\bProgramm\b|\bgeöffnet\b|\böffnet\b|^(?:Ort|Zeit|Wann|Wo):",
    re.M,
)
# A change of fees, prices, tariffs or hours: what a rule notice announces (administrative convention).
_RULE_CHANGE: Final = re.compile(
    r"\b(?:[Nn]eue|[Hh]öhere|[Gg]eänderte|[Nn]iedrigere)[rn]?\s+[\w-]*(?:[Gg]ebühr|[Pp]reis|[Tt]arif|[Bb]eitr[aä]g|"
    r"[Ee]ntgelt|[Öö]ffnungszeit|[Ss]prechzeit|[Rr]egel|[Ss]atzung)\w*|\bkoste[nt]\b[^.\n]{0,60}\bEuro\b|"
    r"[Gg]ebühr\w*|[Ee]ntgelt\w*"
)


def _rule_notice(text: str) -> bool:
    """The release announces a fee, price or rule and nothing in it takes place (see _HAPPENS)."""
    return _RULE_CHANGE.search(text) is not None and _HAPPENS.search(text) is None


# A court's ruling told by the court (press-office convention of every branch): the lead opens with the
# court or its chamber and the form of the ruling ("Das Sozialgericht X hat mit Urteil vom …", "Die 2.
# Zivilkammer des Landgerichts Y hat mit Beschluss …"). Its accident or crime words name the case, so
# it is a decision, never a police report (judged wrong: "Es hat einen Arbeitsunfall gegeben").
_COURT_LEAD: Final = re.compile(
    r"^(?:(?:Die|Der) \d{1,2}\. [A-ZÄÖÜ]\w* des |Das )[A-ZÄÖÜ]\w*gerichts?\b[^.\n]{0,60}?\bhat\b[^.\n]{0,40}?"
    r"\b(?:mit|durch|in seinem|in ihrem) (?:\w+ )?(?:Urteil|Beschluss)\b",
    re.M,
)


def classify(title: str, body: str, lead: str = "") -> Kind:
    """Return the kind of a German release from its title, lead (subtitle) and body (one sentence a line)."""
    lines = [line for line in body[:KIND_SCAN_CHARS].splitlines() if line.strip()]
    if any(_COURT_LEAD.match(line.strip()) for line in lines[:_LEAD_LINES]):
        return "decision"
    found = scores(title, body, lead)
    if advocacy("\n".join([title, lead, body])):
        # A party's or association's text about a crime or an accident is its view of it.
        found.update(dict.fromkeys(_REPORTS, 0))
        best = max(_PRIORITY, key=lambda k: (found[k], -_PRIORITY.index(k)))
        return best if found[best] >= _THRESHOLD else "statement"
    for kind in _SPECIFIC:
        if found[kind] >= _THRESHOLD:
            return kind
    invitation = _INVITATION_LABELS.search(body)
    if (
        invitation
        and invitation.start() < len(body) / 3
        and re.search(r"^Wo\s*:", body, re.M)
        and not any(found[kind] for kind in _LABEL_YIELDS)
    ):
        # "Wann: Sonntag, 20. September, 16 Uhr" and "Wo: …" lines near the top set an invitation's facts
        # apart (announcement convention): the release announces an event, whatever its occasion (a
        # benefit). Further down they are a side event of a release about something else. The labels
        # are a weak cue: a road closure, a speed check or a fire drill gives its time and place in
        # the same layout, so any cue of those kinds leaves the choice to the scores.
        return "event"
    if found["decision"] and only_drafted("\n".join([title, lead, body]), _CUES["decision"][0][0]):
        found["decision"] = 0  # a draft law or a planned rule is no decision taken (drafted.py)
    if not called_out([title, lead, body]):
        # The fire service named, no call-out told (callout.py: an open day, a drill, last year's
        # count): no fire report ("X war im Einsatz" would be invented).
        found["fire"] = 0
    best = max(_PRIORITY, key=lambda k: (found[k], -_PRIORITY.index(k)))
    if best in ("fire", "police") and found["figures"] >= _THRESHOLD and _period_report(title, body, lead):
        return "figures"  # an annual report about fires or crimes, not a report of one (see _PERIOD)
    for kind in _OVER_POLICE if best == "police" else ():
        # A fire brigade's report and a police event (a prevention day) use crime words for what
        # they are about; they stay fire or event unless the crime cues clearly dominate.
        if found[kind] >= _THRESHOLD and found["police"] <= 2 * found[kind] + 2:
            return kind
    if best == "event" and _rule_notice("\n".join([title, lead, body[:KIND_SCAN_CHARS]])):
        # A fee or rule notice: the decision it reports, else a plain notice (omission over an invented event).
        return "decision" if found["decision"] >= _THRESHOLD else "other"
    return best if found[best] >= _THRESHOLD else "other"
