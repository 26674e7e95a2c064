"""Quotations and their speakers: German and English attribution conventions (invented examples)."""

from __future__ import annotations

import pytest

from pressconv.model import BlockQuote, Paragraph, Quotation, inline_text
from pressconv.parser.assemble import Notes, build_blocks
from pressconv.parser.blocks import RawBlock
from pressconv.parser.quotes import find_person, find_quotes, is_speech


def _quotes(paragraphs: list[str], language: str = "de") -> list[tuple[str | None, str]]:
    """(speaker, first words) of every quotation in the paragraphs, in order."""
    notes: Notes = []
    raw = [RawBlock("para", number + 1, text=text) for number, text in enumerate(paragraphs)]
    found: list[tuple[str | None, str]] = []
    for block in build_blocks(raw, language, notes):
        if isinstance(block, BlockQuote):
            found.append((block.speaker, inline_text(block.children[0].children)[:20]))
        elif isinstance(block, Paragraph):
            for node in block.children:
                if isinstance(node, Quotation):
                    found.append((node.speaker, inline_text(node.children)[:20]))
    return found


def _speakers(paragraphs: list[str], language: str = "de") -> list[str | None]:
    return [speaker for speaker, _ in _quotes(paragraphs, language)]


# ------------------------------------------------------------------ English attributions


@pytest.mark.parametrize(
    "text",
    [
        "“We are proud of this new bridge for the whole region,” said Anna Fielding.",
        "“We are proud of this new bridge for the whole region,” Anna Fielding said.",
        '"We are proud of this new bridge for the whole region," said Anna Fielding, mayor of Oakport.',
        '"We are proud of this new bridge for the whole region," Anna Fielding, mayor of Oakport, said.',
        "“We are proud of this new bridge for the whole region,” according to Anna Fielding.",
        "“We are proud of this new bridge for the whole region,” wrote Anna Fielding.",
        "Anna Fielding commented: “We are proud of this new bridge for the whole region.”",
        "Anna Fielding shared her thoughts: “We are proud of this new bridge for the whole region.”",
        "Anna Fielding said, “We are proud of this new bridge for the whole region.”",
    ],
)
def test_english_attribution_forms(text: str) -> None:
    assert _speakers([text], "en") == ["Anna Fielding"]


def test_english_role_after_name_is_the_role() -> None:
    notes: Notes = []
    raw = [RawBlock("para", 1, text='"The new line opens in May for all riders," said Tom Baker, director of Transit Ltd.')]
    paragraph = build_blocks(raw, "en", notes)[0]
    assert isinstance(paragraph, Paragraph)
    quote = paragraph.children[0]
    assert isinstance(quote, Quotation)
    assert quote.speaker == "Tom Baker"
    assert quote.role == "director of Transit Ltd"


def test_surname_resolves_to_the_full_name_met_earlier() -> None:
    paragraphs = [
        "Harbor Energy President Lucia Brandt today announced the purchase of two wind farms.",
        "“These farms will supply ten thousand homes with clean power,” said Brandt.",
        "“We will keep every local job at both sites,” Brandt continued.",
    ]
    assert _speakers(paragraphs, "en") == ["Lucia Brandt", "Lucia Brandt"]


def test_titled_surname_resolves_to_the_full_name_met_earlier() -> None:
    paragraphs = [
        "Sen. Ruth Calloway (R-UT) introduced two bills today.",
        "“These bills give the parks back to the towns around them,” said Sen. Calloway.",
    ]
    assert _speakers(paragraphs, "en") == ["Ruth Calloway"]


def test_title_is_the_role_not_part_of_the_name() -> None:
    notes: Notes = []
    raw = [RawBlock("para", 1, text="“This bill protects every family farm in our state,” said Sen. Ruth Calloway.")]
    paragraph = build_blocks(raw, "en", notes)[0]
    assert isinstance(paragraph, Paragraph)
    quote = paragraph.children[0]
    assert isinstance(quote, Quotation)
    assert (quote.speaker, quote.role) == ("Ruth Calloway", "Senator")


def test_pronoun_attribution_is_the_speaker_named_before() -> None:
    paragraphs = [
        "“Our clinic will open its doors on Monday morning,” said Dr. Omar Reyes.",
        "“Every patient will be seen within one hour of arrival,” he added.",
    ]
    assert _speakers(paragraphs, "en") == ["Omar Reyes", "Omar Reyes"]


def test_pronoun_never_points_to_someone_named_after_the_quote() -> None:
    text = "“The doors open at nine for every visitor of the fair,” she said. Later Tom Berg opened the fair."
    assert _speakers([text], "en") == [None]


def test_attribution_on_the_next_line() -> None:
    paragraphs = [
        "Today Senator Ruth Calloway wrote to the agency about the failed audit.",
        "“You must hand over every record of the audit within ten days,”",
        "Senator Calloway wrote.",
    ]
    assert _speakers(paragraphs, "en") == ["Ruth Calloway"]


def test_consecutive_segments_of_one_speaker_share_the_speaker() -> None:
    text = "“The port is ready for larger ships,” said Mia Lund. “Work on the new quay starts this week.”"
    assert _speakers([text], "en") == ["Mia Lund", "Mia Lund"]


def test_multi_paragraph_quotation_is_one_quote_with_one_speaker() -> None:
    paragraphs = [
        "The new chief executive Paul Grant joined last week.",
        "Grant commented: “This merger is a big step for our customers in every region.",
        "“It also gives our engineers the tools they asked for over many years.",
        "“We will share more details at the annual meeting in June.”",
    ]
    speakers = _speakers(paragraphs, "en")
    assert speakers and set(speakers) == {"Paul Grant"}


def test_glued_quotation_after_a_sentence_end() -> None:
    text = (
        "Today, the members of the River Committee released the following statement on the flood."
        '"The new levee protected thousands of homes this week and we thank every volunteer for the work."'
    )
    quotes = _quotes([text], "en")
    assert [first for _, first in quotes] == ["The new levee protec"]


def test_statement_of_several_people_is_the_body_they_speak_for() -> None:
    text = (
        "Today, Harbor Caucus Co-Chairs Representatives Ann Lee, Bob Ortiz and Carl Young released the "
        'following statement on the port strike."We support the workers of the port in their fight for fair pay '
        'and safe conditions."'
    )
    assert _speakers([text], "en") == ["Harbor Caucus"]


def test_statement_of_several_people_announced_with_a_colon() -> None:
    paragraphs = [
        "Today, Harbor Caucus Co-Chairs Ann Lee (D-MI), Bob Ortiz (D-NV) and Carl Young (D-NY) released the "
        "following statement:",
        "“We support the workers of the port in their fight for fair pay and safe conditions.”",
    ]
    assert _speakers(paragraphs, "en") == ["Harbor Caucus"]


def test_detached_quote_marks_left_by_a_line_breaking_scraper() -> None:
    text = "“ In these bills we give the parks back to the towns around them , ” said Sen. Ruth Calloway."
    assert _speakers([text], "en") == ["Ruth Calloway"]


# ------------------------------------------------------------------ German attributions


@pytest.mark.parametrize(
    "text",
    [
        "„Wir bauen die Radwege in diesem Jahr deutlich schneller aus“, sagte Katrin Vogel.",
        "„Wir bauen die Radwege in diesem Jahr deutlich schneller aus“, so Katrin Vogel.",
        "„Wir bauen die Radwege in diesem Jahr deutlich schneller aus“, ergänzt Katrin Vogel.",
        "„Wir bauen die Radwege in diesem Jahr deutlich schneller aus“, bemängelt Katrin Vogel.",
        "„Wir bauen die Radwege in diesem Jahr deutlich schneller aus“, stellt Katrin Vogel, Leiterin des Amtes, fest.",
        "Katrin Vogel betont: „Wir bauen die Radwege in diesem Jahr deutlich schneller aus.“",
        "Katrin Vogel, Leiterin des Tiefbauamtes, sagt: „Wir bauen die Radwege in diesem Jahr schneller aus.“",
        "Dazu erklärt Katrin Vogel: „Wir bauen die Radwege in diesem Jahr deutlich schneller aus.“",
        "Katrin Vogel äußerte sich folgendermaßen: „Wir bauen die Radwege in diesem Jahr schneller aus.“",
        "»Wir bauen die Radwege in diesem Jahr deutlich schneller aus«, sagte Katrin Vogel.",
        "«Wir bauen die Radwege in diesem Jahr deutlich schneller aus», sagte Katrin Vogel.",
    ],
)
def test_german_attribution_forms(text: str) -> None:
    assert _speakers([text]) == ["Katrin Vogel"]


def test_german_role_before_the_name_is_the_role() -> None:
    notes: Notes = []
    raw = [RawBlock("para", 1, text="Stadtbaurätin Dr. Helga Brück erklärt: „Der Neubau wird im Herbst fertig sein.“")]
    paragraph = build_blocks(raw, "de", notes)[0]
    assert isinstance(paragraph, Paragraph)
    quote = next(node for node in paragraph.children if isinstance(node, Quotation))
    assert (quote.speaker, quote.role) == ("Helga Brück", "Stadtbaurätin")


def test_german_form_of_address_is_not_part_of_the_name() -> None:
    text = "Frau Dr. Helga Brück, Leiterin der Bauverwaltung, ergänzt: „Der Neubau wird im Herbst fertig sein.“"
    assert _speakers([text]) == ["Helga Brück"]


def test_german_surname_and_separable_verb_resolve_to_the_full_name() -> None:
    paragraphs = [
        "Jonas Adler, Vorsitzender des Fördervereins, lobte das neue Konzept.",
        "„Die Schule bekommt endlich eine moderne Bibliothek mit vielen Plätzen“, führt Adler aus.",
    ]
    assert _speakers(paragraphs) == ["Jonas Adler"]


def test_german_speaker_label_line_then_quote_line() -> None:
    paragraphs = [
        "Cheftrainerin Nora Falk:",
        "„Mit ihr kommt eine schnelle und mutige Spielerin zu uns in die Mannschaft.“",
        "Lea Brandt:",
        "> „Ich freue mich sehr auf die neue Saison mit diesem starken Team.“",
    ]
    assert _speakers(paragraphs) == ["Nora Falk", "Lea Brandt"]


def test_bold_speaker_label() -> None:
    text = "**Trainerin Nora Falk:** „Mit ihr kommt eine schnelle und mutige Spielerin zu uns.“"
    assert _speakers([text]) == ["Nora Falk"]


def test_german_role_noun_before_the_name_on_a_label_line() -> None:
    notes: Notes = []
    raw = [
        RawBlock("para", 1, text="Cheftrainerin Nora Falk:"),
        RawBlock("para", 2, text="„Mit ihr kommt eine schnelle und mutige Spielerin zu uns in die Mannschaft.“"),
    ]
    quote = build_blocks(raw, "de", notes)[1]
    assert isinstance(quote, BlockQuote)
    assert (quote.speaker, quote.role) == ("Nora Falk", "Cheftrainerin")


def test_german_speaker_named_in_the_middle_of_the_introduction() -> None:
    text = "Vielen Gästen möchte der Kassenwart Ole Brandt noch einen Rat geben: „Kommen Sie bitte mit dem Rad zum Fest.“"
    assert _speakers([text]) == ["Ole Brandt"]


def test_german_speaker_in_the_sentence_before() -> None:
    text = "Bürgermeisterin Erika Stein zeigte sich erfreut. „Das ist ein großer Tag für unsere kleine Gemeinde.“"
    assert _speakers([text]) == ["Erika Stein"]


def test_german_multi_paragraph_quotation_closed_by_its_attribution() -> None:
    paragraphs = [
        "„Wir haben in diesem Jahr so viele Anmeldungen wie nie zuvor erhalten.",
        "„Deshalb öffnen wir im Sommer eine zweite Gruppe für die Kleinen“, sagte Leiterin Jana Voss.",
    ]
    assert set(_speakers(paragraphs)) == {"Jana Voss"}


def test_german_nested_single_quotes_stay_inside() -> None:
    text = "Jan Ober erklärt: „Auf dem Schild steht ‚Betreten verboten‘ und das gilt auch für uns alle.“"
    quotes = _quotes([text])
    assert quotes == [("Jan Ober", "Auf dem Schild steht")]


def test_german_interleaved_speakers_keep_their_own_names() -> None:
    text = (
        "„Die Frist für Stellungnahmen war mit zwei Tagen viel zu kurz“, kritisiert Eva Roth, Sprecherin des Netzwerks. "
        "„Das muss sich bei den nächsten Gesetzen dringend ändern“, fordert Paul Kranz. "
        "„Wir brauchen mindestens vier Wochen für eine gute Antwort“, ergänzt Roth."
    )
    assert _speakers([text]) == ["Eva Roth", "Paul Kranz", "Eva Roth"]


def test_speaker_in_the_last_sentence_of_the_paragraph_before() -> None:
    paragraphs = [
        "The new bridge opened on Monday. Mayor Ann Cole was the first to cross it.",
        "“This bridge connects two towns that have waited fifty years for it.”",
    ]
    assert _speakers(paragraphs, "en") == ["Ann Cole"]
    paragraphs = [
        "Die neue Brücke ist fertig. Bürgermeisterin Ute Brandt eröffnete sie am Montag.",
        "„Diese Brücke verbindet zwei Orte, die fünfzig Jahre darauf gewartet haben.“ Danach gab es ein Fest.",
    ]
    assert _speakers(paragraphs) == ["Ute Brandt"]


def test_german_speaker_in_the_sentence_after() -> None:
    text = "„Wir haben das Ziel für dieses Jahr schon im Sommer erreicht.“ Das sagte Kämmerin Ute Brandt am Montag."
    assert _speakers([text]) == ["Ute Brandt"]


def test_english_speaker_in_the_sentence_after() -> None:
    text = "“Our new line will be ready before the winter comes.” That was the promise of Mayor Ann Cole."
    assert _speakers([text], "en") == ["Ann Cole"]


def test_scraper_glued_quotation_marks() -> None:
    text = '"In these bills we give the parks back to the towns,"said Sen. Ruth Calloway."We trust the people there."'
    assert _speakers([text], "en") == ["Ruth Calloway", "Ruth Calloway"]


def test_glued_multi_paragraph_statement_is_one_quote() -> None:
    text = (
        'The committee released the following statement."We welcome the ruling of the court today.'
        '"It protects every worker in the state and we will defend it."'
    )
    assert len(_quotes([text], "en")) == 1


def test_joint_statement_of_two_people() -> None:
    paragraphs = [
        "Senators Ann Lee and Bob Ortiz released the following statement:",
        "“We will keep fighting for the farmers of our state every single day.”",
    ]
    assert _speakers(paragraphs, "en") == ["Ann Lee and Bob Ortiz"]


def test_names_with_apostrophes_and_particles() -> None:
    text = "“The new plant opens next spring in the harbour,” said Mary O’Neill-Baker, head of Ocean Ltd."
    assert _speakers([text], "en") == ["Mary O’Neill-Baker"]
    text = "„Die Schule bekommt eine neue Mensa für alle Kinder“, so Jan van der Berg."
    assert _speakers([text]) == ["Jan van der Berg"]


def test_role_given_once_holds_for_the_next_quote_of_the_same_person() -> None:
    text = (
        "„Der Park wird im Mai eröffnet“, so Lea Horn, Leiterin des Grünflächenamtes. "
        "„Die Bänke kommen im Juni dazu und dann ist alles fertig“, so Lea Horn."
    )
    notes: Notes = []
    paragraph = build_blocks([RawBlock("para", 1, text=text)], "de", notes)[0]
    assert isinstance(paragraph, Paragraph)
    roles = [node.role for node in paragraph.children if isinstance(node, Quotation)]
    assert roles == ["Leiterin des Grünflächenamtes", "Leiterin des Grünflächenamtes"]


def test_german_dash_attribution_and_interrupted_quote() -> None:
    assert _speakers(["„Wir bauen die Radwege in diesem Jahr schneller aus“ – so Max Ebert."]) == ["Max Ebert"]
    text = "„Wir freuen uns“, sagte Lorenz, „dass so viele Menschen zum Fest gekommen sind.“"
    assert _speakers([text]) == ["Lorenz", "Lorenz"]


def test_english_role_with_article_before_the_name() -> None:
    text = "“Our city will plant ten thousand trees this year,” the mayor, Ana Ruiz, said."
    assert _speakers([text], "en") == ["Ana Ruiz"]


def test_role_stops_before_a_second_verb_phrase() -> None:
    text = (
        "„Wir bauen die Radwege in diesem Jahr aus“, sagt Max Ebert, Geschäftsführer der Ebert GmbH, "
        "und ergänzt: „Die Kosten tragen Bund und Land gemeinsam.“"
    )
    notes: Notes = []
    paragraph = build_blocks([RawBlock("para", 1, text=text)], "de", notes)[0]
    assert isinstance(paragraph, Paragraph)
    quotes = [node for node in paragraph.children if isinstance(node, Quotation)]
    assert [(q.speaker, q.role) for q in quotes] == [("Max Ebert", "Geschäftsführer der Ebert GmbH")] * 2


# ------------------------------------------------------------------ not quotations


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadt trägt seit gestern den Titel „Digitalste Stadt“ und freut sich darüber.",
        "Um 14 Uhr meldete die Leitstelle „Feuer aus“ an alle Einsatzkräfte.",
        "Das Buch „Die Geschichte der alten Mühle am Fluss“ erscheint im Mai.",
        "The museum shows the exhibition “Rivers of the North” until June.",
        'Ein Vater berichtet: "Mein Kind war hier." Mehr Details folgen.',
        'The council passed a resolution "that asks the state to fund the new school in our town."',
        "„Feuer aus“, meldete Einsatzleiter Tom Kranz um 14 Uhr.",
        "The report, titled “A Future for Every Child in the Northern Valley,” was released Monday.",
    ],
)
def test_scare_quotes_and_titles_are_not_attributed_speech(text: str) -> None:
    speakers = _speakers([text])
    assert all(speaker is None for speaker in speakers)
    if "Vater" not in text:
        assert speakers == []


def test_quoted_headline_without_punctuation_is_a_title() -> None:
    assert not is_speech("Neue Wege für die Stadt von morgen und die Menschen in allen Bezirken hier", "")
    assert is_speech("Wir freuen uns sehr über die Auszeichnung für unsere Stadt.")


def test_organisation_speaks_with_its_whole_name_never_a_fragment() -> None:
    assert find_person("Acme Holdings Inc. announced") == ("Acme Holdings Inc", None)
    assert find_person("the Ocean Defense Fund said") == ("Ocean Defense Fund", None)
    assert find_person("Der Landesverband Nord erklärt dazu") == ("Landesverband Nord", None)
    # A role word after the organisation makes its holder the speaker.
    assert find_person("Acme Partners Managing Director Ann Lee said") == (
        "Ann Lee",
        "Acme Partners Managing Director",
    )
    text = "“We demand an immediate ban on this practice in every state,” said the Ocean Defense Fund."
    assert _speakers([text], "en") == ["Ocean Defense Fund"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("“Why should anyone wait years for a simple permit?” asked Council Member Rita Gomez.", "en", "Rita Gomez"),
        ("„Wir bauen die Radwege in diesem Jahr aus“, sagte der Sprecher der Stadt, Max Ebert.", "de", "Max Ebert"),
        ("Die Bürgermeisterin der Stadt Neustadt, Erika Stein, sagt: „Das ist ein großer Erfolg.“", "de", "Erika Stein"),
    ],
)
def test_role_holding_an_organisation_word_belongs_to_the_person(text: str, language: str, expected: str) -> None:
    assert _speakers([text], language) == [expected]


def test_relative_clause_after_the_name_is_not_a_role() -> None:
    notes: Notes = []
    raw = [RawBlock("para", 1, text="“This was our best year by a wide margin,” said Tom Berg, who joined in 2019.")]
    paragraph = build_blocks(raw, "en", notes)[0]
    assert isinstance(paragraph, Paragraph)
    quote = paragraph.children[0]
    assert isinstance(quote, Quotation)
    assert (quote.speaker, quote.role) == ("Tom Berg", None)


def test_long_line_with_many_quotes_finds_every_quote() -> None:
    # 20 000 quotes on one line: a quadratic scan would not finish within the suite's run time.
    # Speed itself is measured by `make bench`, never asserted here (a loaded CI machine is slow).
    text = "„Das ist gut“, sagte Max Muster. " * 20000
    spans = find_quotes(text)
    _quotes([text])
    assert len(spans) == 20000
