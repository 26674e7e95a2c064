"""Wrong statements of session 21: a body sentence's booking line under "Haben Sie Fragen?", a box office
given as the venue, a draft said as existing, "war im Einsatz" on a brigade's open day, a glossary sense
the text does not tell. Invented releases of at least two sender kinds for each rule."""

from __future__ import annotations

from pressconv import parse
from pressconv.transforms.easy import summarise, summary_text
from pressconv.transforms.easy.bodycards import lifted_from_body
from pressconv.transforms.easy.callout import called_out
from pressconv.transforms.easy.drafted import drafted_as_fact, only_drafted
from pressconv.transforms.easy.kind import classify
from pressconv.transforms.easy.lexicon import sense
from pressconv.transforms.easy.venue import desk_address

# --- 1. A number a body sentence gives for booking appointments is no line for questions.

_JOBS = """Agentur für Arbeit Musterstadt

Der Arbeitsmarkt im Mai 2031

Musterstadt, 30. Mai 2031 – Die Zahl der arbeitslosen Menschen ist im Mai gesunken. \
Es waren 8.120 Frauen und Männer arbeitslos gemeldet.

Junge Menschen ohne Ausbildungsplatz sollten sich bei der Berufsberatung melden: \
Termine können unter der kostenfreien Rufnummer 0800 1234 567 vereinbart werden.

Die nächsten Zahlen kommen am 30. Juni 2031.

Pressekontakt:
Agentur für Arbeit Musterstadt
Erika Beispiel
Tel.: 05123 456-789
"""

_CLINIC = """Klinikum Nordheim

Klinikum Nordheim zieht Bilanz für das Jahr 2030

Nordheim, 12. Februar 2031 – Das Klinikum Nordheim hat im Jahr 2030 mehr Menschen behandelt als im Jahr davor. \
Insgesamt waren es 41.300 Patientinnen und Patienten.

Die Sprechstunde für Venen-Erkrankungen ist neu: Termine können unter Telefon 04567 890-12 vereinbart werden.

Pressestelle
Klinikum Nordheim
Max Muster
Tel. 04567 890-100
"""


def _contact(text: str) -> str:
    summary = summary_text(summarise(parse(text.encode()).release).release)
    return summary.split("## Kontakt")[1].split("## ")[0] if "## Kontakt" in summary else ""


def test_a_booking_line_of_a_labour_market_report_is_not_the_desk_for_questions() -> None:
    contact = _contact(_JOBS)
    assert "0800 1234 567" not in contact
    assert "05123 456-789" in contact and "Presse·stelle beantwortet Fragen" in contact


def test_a_clinics_appointment_line_in_its_annual_figures_is_not_the_desk_for_questions() -> None:
    contact = _contact(_CLINIC)
    assert "04567 890-12\n" not in contact and "Haben Sie Fragen?" not in contact


_MUSEUM = """Stadtmuseum Nordheim

Neue Ausstellung über die Stadtgeschichte

Nordheim, 3. April 2031 – Das Stadtmuseum Nordheim zeigt ab Mai eine neue Ausstellung über die Geschichte der Stadt.

Für Schulklassen gibt es Führungen: Termine können bei der Museumspädagogik unter Telefon 04567 890-12 vereinbart werden.

Pressekontakt:
Stadtmuseum Nordheim
Max Muster
Tel. 04567 890-100
"""


def test_the_parsers_card_of_a_body_sentence_is_lifted_and_the_closing_block_is_not() -> None:
    for text, body_number, block_number in ((_JOBS, "0800", "05123"), (_MUSEUM, "890-12", "890-100")):
        release = parse(text.encode()).release
        lifted = {c.phone for s in release.sections if lifted_from_body(s, release) for c in s.contacts}
        kept = {c.phone for s in release.sections if not lifted_from_body(s, release) for c in s.contacts}
        assert any(body_number in (p or "") for p in lifted), (lifted, kept)
        assert any(block_number in (p or "") for p in kept), (lifted, kept)


# --- 2. An address belongs to the desk its sentence names; only a place of the event is the venue.


def test_a_box_office_or_registration_desk_address_is_no_venue() -> None:
    theatre = "Karten sind an der Theaterkasse am Marktplatz 7 erhältlich."
    course = "Die Anmeldung ist in der Geschäftsstelle, Lindenweg 3, möglich."
    concert = "Tickets gibt es im Vorverkauf in der Tourist-Information, Bahnhofstraße 12."
    for sentence, street in ((theatre, "Marktplatz"), (course, "Lindenweg"), (concert, "Bahnhofstraße")):
        assert desk_address(sentence, sentence.index(street)), sentence


def test_an_address_where_the_event_takes_place_is_the_venue() -> None:
    reading = "Die Lesung findet in der Geschäftsstelle des Vereins, Lindenweg 3, statt."
    market = "Der Markt ist auf dem Rathausplatz, Marktstraße 1."
    for sentence, street in ((reading, "Lindenweg"), (market, "Marktstraße")):
        assert not desk_address(sentence, sentence.index(street)), sentence


_PREMIERE = """Stadttheater Musterstadt

Premiere von „Der Sturm“ im Großen Haus

Musterstadt, 2. März 2031 – Am Samstag, 21. März 2031, um 19:30 Uhr hat im Großen Haus das Stück „Der Sturm“ Premiere.

Karten zu 12 bis 30 Euro sind an der Theaterkasse am Marktplatz 7 erhältlich.
"""

_FAIR = """Stadt Nordheim

Herbstmarkt am Sonntag

Nordheim, 1. Oktober 2031 – Der Herbstmarkt ist am Sonntag, 12. Oktober 2031, von 11 bis 17 Uhr.

Anmeldungen für Stände nimmt die Geschäftsstelle, Lindenweg 3, entgegen.
"""


def test_a_summary_never_gives_the_box_office_as_the_venue() -> None:
    for text in (_PREMIERE, _FAIR):
        summary = summary_text(summarise(parse(text.encode()).release).release).replace("·", "")
        assert "Marktplatz 7" not in summary and "Lindenweg 3" not in summary, summary


# --- 3. A draft or a plan keeps its status.

_OPPOSITION = """Fraktion Musterpartei im Landtag

Schulgesetz der Landesregierung: „Viel Papier, wenig Lehrer“

Zum heute eingebrachten Gesetzentwurf der Landesregierung erklärt die Sprecherin der Fraktion, \
Anna Beispiel: Der Entwurf löst kein Problem.
"""

_UNION = """Gewerkschaft Musterland

Tarifrunde: Gewerkschaft lehnt geplante Kürzung ab

Die Gewerkschaft lehnt die geplante Kürzung der Zulagen ab. Sie fordert Gespräche.
"""


def test_a_thing_told_only_as_a_draft_or_plan_is_not_said_to_exist() -> None:
    source = _OPPOSITION.lower()
    assert drafted_as_fact("Es gibt ein Schul·gesetz von der Landes·regierung", source) == ["Schul·gesetz".replace("·", "")]
    assert drafted_as_fact("Es gibt eine Kürzung von den Zulagen.", _UNION) == ["Kürzung"]
    assert drafted_as_fact("Das neue Schulgesetz gilt ab Mai.", source)


def test_a_draft_said_with_its_status_or_a_decided_thing_passes() -> None:
    assert not drafted_as_fact("Die Landes·regierung plant ein Schul·gesetz.", _OPPOSITION)
    assert not drafted_as_fact("Es gibt einen Entwurf für ein Schul·gesetz.", _OPPOSITION)
    decided = _OPPOSITION + "\nDer Landtag hat das Gesetz am Donnerstag verabschiedet."
    assert not drafted_as_fact("Es gibt ein neues Schul·gesetz.", decided)
    assert not drafted_as_fact("Die Gewerkschaft fordert Gespräche.", _UNION)


def test_a_release_about_a_draft_reports_no_decision() -> None:
    decision = r"\bbeschlossen\b|\bverabschiedet\b"
    assert only_drafted(_OPPOSITION, decision)
    assert only_drafted(_UNION, decision)
    assert not only_drafted("Der Rat hat den Haushaltsentwurf beschlossen.", decision)
    assert classify("Schulgesetz der Landesregierung", "Zum Gesetzentwurf erklärt die Fraktion: Nein.") != "decision"


# --- 4. "war im Einsatz" only where the release tells a call-out.

_OPEN_DAY = [
    "125 Jahre Freiwillige Feuerwehr Musterdorf",
    "Die Feuerwehr Musterdorf lädt am Samstag, 9. Mai, zum Tag der offenen Tür ein.",
    "Groß und Klein können mit den Einsatzkräften ins Gespräch kommen.",
    "13 Uhr: Schauübung „Verkehrsunfall mit eingeklemmter Person“",
    "15 Uhr: Fettbrand-Demonstration",
    "Im vergangenen Jahr rückte die Wehr zu 70 Einsätzen aus, davon 20 Brände.",
]
_NEW_VEHICLE = [
    "Neues Löschfahrzeug für die Feuerwehr Nordheim",
    "Die Stadt hat der Feuerwehr Nordheim ein neues Fahrzeug übergeben.",
    "Es ersetzt ein 30 Jahre altes Fahrzeug und ist ab sofort für Einsätze bereit.",
]


def test_an_open_day_or_a_new_vehicle_is_no_call_out() -> None:
    assert not called_out(_OPEN_DAY)
    assert not called_out(_NEW_VEHICLE)
    assert classify(_OPEN_DAY[0], "\n".join(_OPEN_DAY[1:])) == "event"
    assert classify(_NEW_VEHICLE[0], "\n".join(_NEW_VEHICLE[1:])) != "fire"


def test_a_fire_or_a_storm_night_is_a_call_out() -> None:
    fire = ["Küchenbrand in Mehrfamilienhaus", "Am Sonntag wurde die Feuerwehr Musterdorf zu einem Brand alarmiert."]
    storm = ["Sturm: 40 Einsätze in einer Nacht", "Zwischen 20 Uhr und 6 Uhr waren die Einsatzkräfte unterwegs."]
    crash = ["Schwerer Unfall auf der B 12", "In der Nacht kam ein Auto von der Fahrbahn ab."]
    assert called_out(fire) and called_out(storm) and called_out(crash)
    assert classify(fire[0], fire[1]) == "fire"


# --- 5. A glossary sense stands only where the text tells it.


def test_a_lone_sense_needs_its_cue_in_the_words_own_sentence() -> None:
    hippo = "Im Tierpark gibt es ein Kalb. Die Mutter ist eine Flusspferdkuh. Vater ist der Bulle Kofi aus einem Zoo."
    farm = "Der Landwirt hält 40 Rinder. Der Bulle steht im Stall."
    assert sense("Bulle", "Vater ist der Bulle Kofi.", hippo) is None
    assert sense("Bulle", "Der Bulle steht im Stall.", farm) is not None
    # A fountain on a square: water near it names no well; a drilled well does.
    square = "Der Brunnen auf dem Marktplatz ist saniert. Das Wasser fließt wieder."
    village = "Der Brunnen wurde 40 Meter tief gebohrt. Er fördert Grundwasser."
    assert sense("Brunnen", "Der Brunnen ist saniert.", square) is None
    assert sense("Brunnen", "Der Brunnen wurde 40 Meter tief gebohrt.", village) is not None
