"""What the reader should do, in the general shapes of German advice (advicelist.py, asked.py, instructions.py)."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.advicegroups import advice_groups
from pressconv.transforms.easy.advicelist import list_advice, turn
from pressconv.transforms.easy.asked import asked_advice
from pressconv.transforms.easy.conditions import conditional_text
from pressconv.transforms.easy.instructions import imperatives
from pressconv.transforms.easy.source import SourceSentence
from tests.easy.support import easy_body


@pytest.mark.parametrize(
    ("item", "said"),
    [
        # Health office, bathing water: a gapped second phrase with "auch nicht".
        (
            "Nicht im Stausee schwimmen, auch nicht am seichten Ufer.",
            ["Schwimmen Sie nicht im Stausee.", "Schwimmen Sie auch nicht am seichten Ufer."],
        ),
        # Forestry office, storm damage: an object before the shared "nicht"-phrase.
        (
            "Kinder nicht in den Wald schicken, auch nicht auf die breiten Wege.",
            ["Schicken Sie Kinder nicht in den Wald.", "Schicken Sie Kinder auch nicht auf die breiten Wege."],
        ),
        # Veterinary office: a reason after a dash is left out, the instruction and "unbedingt" stay.
        (
            "Katzen unbedingt im Haus halten – das Virus ist für Tiere gefährlich.",
            ["Halten Sie Katzen unbedingt im Haus."],
        ),
        # Fire brigade, heat: "lassen" with the infinitive of what it lets happen.
        (
            "Kinder nie allein im Auto warten lassen, Getränke mitnehmen.",
            ["Lassen Sie Kinder nie allein im Auto warten.", "Nehmen Sie Getränke mit."],
        ),
    ],
)
def test_infinitive_tips_with_an_extension(item: str, said: list[str]) -> None:
    assert imperatives(item) == said


@pytest.mark.parametrize(
    "item",
    [
        # A dash comment without a verb may narrow the instruction: nothing is said.
        "Fenster schließen – nur am Abend.",
        # "auch nicht" after an item without "nicht": which phrase it replaces is unsure.
        "Keine Pilze im Wald sammeln, auch nicht am Waldrand.",
        # Two phrases between "nicht" and the verb: which one the tail replaces is unsure.
        "Nicht im Fluss mit dem Boot fahren, auch nicht im Hafen.",
    ],
)
def test_unsure_extensions_are_left_out(item: str) -> None:
    assert imperatives(item) == []


@pytest.mark.parametrize(
    ("item", "said"),
    [
        # Health office: a free relative with "sollte", said as question and imperative.
        (
            "Wer Kontakt mit dem Löschwasser hatte, sollte sich gründlich waschen.",
            ["Hatten Sie Kontakt mit dem Löschwasser?", "Dann waschen Sie sich gründlich."],
        ),
        # Police, missing person: the condition in the present.
        (
            "Wer den Jungen sieht, sollte sofort den Notruf wählen.",
            ["Sehen Sie den Jungen?", "Dann wählen Sie sofort den Notruf."],
        ),
        # Health office: "Bei Beschwerden" asked of the reader, the examples kept.
        (
            "Bei Beschwerden wie Husten den Hausarzt anrufen.",
            ["Haben Sie Beschwerden wie Husten?", "Dann rufen Sie den Hausarzt an."],
        ),
        # Water supplier: "Bei Fragen" asked, the answer an imperative.
        (
            "Bei Fragen die Kundenhotline anrufen.",
            ["Haben Sie Fragen?", "Dann rufen Sie die Kundenhotline an."],
        ),
        # Municipality after "… bittet darum:": a zu-infinitive item, its reason after the dash left out.
        (
            "die Spielplätze bis Freitag nicht zu betreten – es besteht Verletzungsgefahr,",
            ["Betreten Sie die Spielplätze bis Freitag nicht."],
        ),
        # Waste company: a separable verb in the zu-infinitive.
        ("die Tonnen am Vorabend bereitzustellen.", ["Stellen Sie die Tonnen am Vorabend bereit."]),
        # Police advice: "Man sollte" as the imperative.
        (
            "Man sollte keine Fremden in die Wohnung lassen.",
            ["Lassen Sie keine Fremden in die Wohnung."],
        ),
    ],
)
def test_conditional_and_recommended_tips(item: str, said: list[str]) -> None:
    assert turn(item) == said


def test_a_bei_phrase_not_asked_stays_inside_the_imperative() -> None:
    """Forestry office: weather is no state of the reader ("Haben Sie Gewitter?"): the phrase stays in place."""
    assert turn("Bei Gewitter den Wald verlassen.") == ["Verlassen Sie bei Gewitter den Wald."]


@pytest.mark.parametrize(
    "item",
    [
        # Doctor's office: a second instruction after one condition would read as unconditional.
        "Bei Fieber den Arzt anrufen und zu Hause bleiben.",
        # Travel office: a time the item opens with holds for both instructions.
        "Vor der Reise die Fenster schließen, den Nachbarn Bescheid geben.",
    ],
)
def test_unsure_conditions_are_left_out(item: str) -> None:
    assert turn(item) == []


def test_a_condition_never_loses_its_question() -> None:
    """The "Dann …" answer stands only with its question, as one group."""
    pairs = [("s1", "Haben Sie Fragen?"), ("s1", "Dann rufen Sie an."), ("s2", "Dann gehen Sie.")]
    lines = advice_groups(pairs)
    assert [line.text for line in lines] == ["Haben Sie Fragen?", "Dann rufen Sie an."]
    assert lines[0].question and lines[0].size == 2 and lines[1].follows
    assert lines[0].group == lines[1].group


def test_dann_sollen_becomes_the_imperative() -> None:
    """School office and police: one instruction after "Dann" as the imperative, two stay with "sollen"."""
    assert conditional_text("Wer krank ist, sollte zu Hause bleiben.") == (
        "Sind Sie krank?",
        "Dann bleiben Sie zu Hause.",
    )
    assert conditional_text("Wer Fieber hat, sollte im Bett bleiben und viel trinken.") == (
        "Haben Sie Fieber?",
        "Dann sollen Sie im Bett bleiben und viel trinken.",
    )


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        # Police: "rät" with a chain of zu-infinitives.
        (
            "Die Polizei rät, Haustüren stets abzuschließen und Wertsachen nicht im Auto zu lassen.",
            ["Schließen Sie Haustüren stets ab.", "Lassen Sie Wertsachen nicht im Auto."],
        ),
        # City: residents asked in the passive stay the ones asked (session 29: "Sie" would ask every
        # reader, while residents are those near the place the release names), with their possessive.
        (
            "Anwohnerinnen und Anwohner werden gebeten, ihre Mülltonnen am Vorabend bereitzustellen.",
            ["Anwohnerinnen und Anwohner sollen ihre Mülltonnen am Vorabend bereitstellen."],
        ),
        # Transport company: the passengers asked by the sender.
        (
            "Die Verkehrsbetriebe bitten alle Fahrgäste, sich vorab im Internet zu informieren.",
            ["Bitte informieren Sie sich vorab im Internet."],
        ),
        # Fire brigade: an appeal "ruft … dazu auf" is a request.
        (
            "Die Feuerwehr ruft die Bevölkerung dazu auf, Rettungswege frei zu halten.",
            ["Bitte halten Sie Rettungswege frei."],
        ),
        # Waste company: the request without its closing reason clause.
        (
            "Die Bürgerinnen und Bürger werden gebeten, die Tonnen früh bereitzustellen, da die Touren früher beginnen.",
            ["Bitte stellen Sie die Tonnen früh bereit."],
        ),
        # Library: the request without its closing purpose clause.
        (
            "Die Bücherei bittet, Medien rechtzeitig zu verlängern, um Gebühren zu vermeiden.",
            ["Bitte verlängern Sie Medien rechtzeitig."],
        ),
        # District office: "Es wird empfohlen" as the imperative.
        (
            "Es wird empfohlen, den Antrag vorab auszufüllen.",
            ["Füllen Sie den Antrag vorab aus."],
        ),
    ],
)
def test_requests_in_running_text(sentence: str, said: list[str]) -> None:
    assert asked_advice(sentence) == said


@pytest.mark.parametrize(
    "sentence",
    [
        # A narrower group: the imperative would ask every reader.
        "Die Polizei rät Gewerbetreibenden, Lagerhallen nachts zu beleuchten.",
        "Arbeitgeber werden gebeten, ihren Beschäftigten freizugeben.",
        # Witnesses: said by the witness line, not here.
        "Zeugen werden gebeten, sich bei der Polizei zu melden.",
        # A contrast: one imperative would say half of it.
        "Die Stadt bittet, nicht anzurufen, sondern eine E-Mail zu schreiben.",
        # "ihre" without a group may be the sender's.
        "Die Klinik bittet, ihre Notaufnahme nur im Notfall aufzusuchen.",
    ],
)
def test_requests_left_out(sentence: str) -> None:
    assert asked_advice(sentence) == []


def test_advice_list_of_mixed_shapes() -> None:
    """A heat warning's list: infinitives, a condition and a dash reason, all in plain form."""
    sentences = [
        SourceSentence("Das Gesundheitsamt rät:", heading=True),
        SourceSentence("Viel Wasser trinken – der Körper verliert bei Hitze viel Flüssigkeit.", heading=True),
        SourceSentence("Wer Schwindel hat, sollte sich in den Schatten setzen.", heading=True),
    ]
    assert [line for _, line in list_advice(sentences)] == [
        "Trinken Sie viel Wasser.",
        "Haben Sie Schwindel?",
        "Dann setzen Sie sich in den Schatten.",
    ]


def test_summary_says_the_condition_with_its_answer() -> None:
    """End to end: a pond warning of a town keeps the tips and the question with its answer."""
    body = easy_body(
        "Stadt sperrt den Mühlteich",
        "Die Stadt Beispielstadt hat am Montag den Mühlteich gesperrt. Im Wasser sind Keime.",
        "Das Gesundheitsamt rät:",
        "Nicht im Mühlteich baden, auch nicht am Rand.",
        "Wer Hautkontakt mit dem Teichschlamm hatte, sollte sich duschen.",
        organisation="Stadt Beispielstadt",
    )
    assert "Baden Sie nicht im Mühlteich." in body
    assert "Baden Sie auch nicht am Rand." in body
    if "Dann duschen Sie sich." in body:
        assert "Hatten Sie Hautkontakt mit dem Teichschlamm?\nDann duschen Sie sich." in body


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        # City: residents narrowed by a relative clause are the reader the question asks.
        (
            "Anwohnerinnen und Anwohner, die ein Auto besitzen, werden gebeten, den Parkplatz am Rathaus zu nutzen.",
            ("Besitzen Sie ein Auto?", "Dann nutzen Sie bitte den Parkplatz am Rathaus."),
        ),
        # Museum: visitors narrowed the same way.
        (
            "Besucherinnen und Besucher, die eine Führung wünschen, werden gebeten, sich an der Kasse zu melden.",
            ("Wünschen Sie eine Führung?", "Dann melden Sie sich bitte an der Kasse."),
        ),
    ],
)
def test_reader_group_with_a_relative_clause(sentence: str, said: tuple[str, str]) -> None:
    assert conditional_text(sentence) == said


def test_narrower_group_with_a_relative_clause_is_left_out() -> None:
    """Chamber of crafts: employers are not every reader; the question would ask everyone."""
    assert conditional_text("Arbeitgeber, die Lehrlinge suchen, werden gebeten, sich bei der Kammer zu melden.") is None


@pytest.mark.parametrize(
    ("item", "said"),
    [
        # Police, fraud: the clause after the dash is a comment, the instruction stands alone.
        ("Beenden Sie das Gespräch – Betrüger geben schnell auf.", "Beenden Sie das Gespräch."),
        # Water supplier: the reason after the dash.
        (
            "Kochen Sie das Wasser vor dem Trinken ab – im Netz sind Keime.",
            "Kochen Sie das Wasser vor dem Trinken ab.",
        ),
    ],
)
def test_sie_imperative_without_its_dash_comment(item: str, said: str) -> None:
    from pressconv.transforms.easy.advice import listed_advice

    assert [line for _, line in listed_advice([item])] == [said]


def test_sie_imperative_with_a_verbless_dash_phrase_stays_whole() -> None:
    """Bank: a phrase after a dash without a verb may narrow the instruction; nothing is cut."""
    from pressconv.transforms.easy.advice import listed_advice

    said = [line for _, line in listed_advice(["Geben Sie Ihre PIN nie weiter – auch nicht an Angehörige."])]
    assert said in ([], ["Geben Sie Ihre PIN nie weiter – auch nicht an Angehörige."])


@pytest.mark.parametrize(
    "item",
    [
        # Water supplier: "aber … nicht" after the dash may restrict; the instruction is not cut.
        "Kochen Sie das Wasser ab – aber nutzen Sie es nicht für Säuglingsnahrung.",
        # Parking office: "das gilt nur …" restricts the instruction.
        "Parken Sie in der Ringstraße – das gilt nur nachts.",
    ],
)
def test_dash_comment_that_may_restrict_is_not_cut(item: str) -> None:
    from pressconv.transforms.easy.advice import listed_advice

    head = item.split(" – ")[0] + "."
    assert head not in [line for _, line in listed_advice([item])]
    assert imperatives("Kinder ins Haus holen – das gilt nur nachts.") == []


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        # Food recall: "es" of the request names the product of the relative clause again.
        (
            "Kundinnen und Kunden, die das betroffene Müsli gekauft haben, werden gebeten, es nicht zu essen.",
            ("Haben Sie das betroffene Müsli gekauft?", "Dann essen Sie bitte das betroffene Müsli nicht."),
        ),
        # Electronics recall: the maker asks, "dieses" names the device again.
        (
            "Der Hersteller bittet Kunden, die das Ladegerät gekauft haben, dieses nicht mehr zu benutzen.",
            ("Haben Sie das Ladegerät gekauft?", "Dann benutzen Sie bitte das Ladegerät nicht mehr."),
        ),
    ],
)
def test_request_pronoun_names_the_object_again(sentence: str, said: tuple[str, str]) -> None:
    assert conditional_text(sentence) == said


def test_pronoun_with_two_possible_nouns_is_left_out() -> None:
    """Two nouns in the relative clause: which one "es" takes up is unsure."""
    sentence = "Kunden, die das Gerät im Markt gekauft haben, werden gebeten, es nicht zu benutzen."
    assert conditional_text(sentence) is None


@pytest.mark.parametrize(
    ("item", "said"),
    [
        # Utility: the second instruction shares the first one's object, said again.
        (
            "den Zählerstand ablesen und über das Portal übermitteln",
            ["Lesen Sie den Zählerstand ab.", "Übermitteln Sie den Zählerstand über das Portal."],
        ),
        # Health office: a singular noun without article (telegraphic tip style) is not said again, since
        # "Lüften Sie Wohnung" lacks its article and the list does not say which one; the item goes whole.
        ("Wohnung tagsüber abdunkeln und nur abends lüften", []),
        # Energy adviser: the first instruction opens with a time, not its object: nothing is said.
        ("zum Jahresende den Zählerstand ablesen und über das Portal übermitteln", []),
        # Storm warning: each instruction has its own object.
        (
            "Warn-Apps auf dem Handy aktivieren und die Lokalradios hören",
            ["Aktivieren Sie Warn-Apps auf dem Handy.", "Hören Sie die Lokalradios."],
        ),
    ],
)
def test_a_later_instruction_needs_its_own_object(item: str, said: list[str]) -> None:
    assert turn(item) == said
