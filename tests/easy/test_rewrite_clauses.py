"""Rewriting source sentences into main clauses: cuts that keep each clause true, or no cut at all."""

from __future__ import annotations

import pytest

from pressconv.transforms.easy.clauses import pieces, resolve, trim
from pressconv.transforms.easy.rewrite import rewrite
from pressconv.transforms.easy.select import candidates, ranked, speaker_label
from pressconv.transforms.easy.source import SourceSentence
from pressconv.transforms.easy.verify import rule_failures, structure_failures
from pressconv.transforms.easy.voice import active


def test_relative_clause_after_a_name_becomes_its_own_sentence() -> None:
    out = pieces("Den Preis bekam Anna Muster, die seit 1990 den Verein leitet.")
    assert out == ["Den Preis bekam Anna Muster.", "Anna Muster leitet seit 1990 den Verein."]


def test_relative_clause_with_a_possible_subject_is_not_restated() -> None:
    # "der 12 Jahre die Schule leitete": "die Schule" may be the subject; no guess.
    out = pieces("Er folgt auf Max Beispiel, der 12 Jahre die Schule leitete.")
    assert out == ["Er folgt auf Max Beispiel."]


def test_relative_clause_with_its_own_subject_is_dropped_not_restated() -> None:
    # "die" is the object here ("der Verein unterstützt sie"): "Anna Muster unterstützt …" would be false.
    out = pieces("Den Preis bekam Anna Muster, die der Verein seit 1990 unterstützt.")
    assert all("Anna Muster unterstützt" not in piece for piece in out)


def test_coordinated_relative_clause_gives_one_sentence_per_verb() -> None:
    out = pieces("Er folgt auf Max Beispiel, der 12 Jahre an der Schule lehrte und nun in Rente geht.")
    assert "Max Beispiel lehrte 12 Jahre an der Schule." in out
    assert "Max Beispiel geht nun in Rente." in out


def test_restrictive_relative_clause_is_never_cut() -> None:
    # Without the clause the statement would speak of all citizens: keep the sentence whole.
    sentence = "Alle Bürger, die älter als 60 Jahre sind, bekommen einen Brief."
    assert pieces(sentence) == [sentence]


def test_relative_clause_after_an_indefinite_noun_may_go() -> None:
    out = pieces("Es gibt eine Feier, zu der alle Nachbarn eingeladen sind.")
    assert out == ["Es gibt eine Feier."]


def test_reporting_frame_before_a_colon_gives_way_to_the_statement() -> None:
    out = pieces("Die Stadträtin informiert: Der Spielplatz bleibt bis Freitag geschlossen.")
    assert out == ["Der Spielplatz bleibt bis Freitag geschlossen."]


def test_a_label_before_a_colon_is_not_a_frame() -> None:
    sentence = "Kontakt: Anna Muster ist erreichbar."
    assert pieces(sentence) == [sentence]


def test_verb_phrases_sharing_a_subject_become_sentences() -> None:
    out = pieces("Das Team berät Familien, hilft bei Anträgen und vermittelt Wohnungen.")
    assert out == ["Das Team berät Familien.", "Das Team hilft bei Anträgen.", "Das Team vermittelt Wohnungen."]


def test_verbs_sharing_an_object_are_not_cut() -> None:
    sentence = "Die Polizei kontrollierte und verwarnte 20 Fahrer."
    assert pieces(sentence) == [sentence]


def test_an_opening_connective_leaves_and_the_subject_moves_up() -> None:
    assert pieces("Außerdem sucht die Polizei Berlin Zeugen.") == ["Die Polizei Berlin sucht Zeugen."]


def test_auch_is_never_dropped() -> None:
    assert "Auch" in pieces("Auch die Feuerwehr war vor Ort.")[0]


def test_perfekt_for_a_preterite_with_a_listed_object() -> None:
    assert rewrite("Die Polizei nahm den Mann, die Frau und das Kind fest.", None) == (
        "Die Polizei hat den Mann, die Frau und das Kind festgenommen."
    )


def test_perfekt_before_an_afterthought_which_trim_then_drops() -> None:
    out = rewrite("Die Frau arbeitete seit 2004 im Rathaus, zunächst als Sekretärin.", None)
    assert out == "Die Frau hat seit 2004 im Rathaus gearbeitet, zunächst als Sekretärin."
    assert trim(out) == "Die Frau hat seit 2004 im Rathaus gearbeitet."


def test_perfekt_refuses_a_comma_that_may_join_objects() -> None:
    sentence = "Der Verein kaufte neue Bälle, Trikots und Tore."
    assert rewrite(sentence, None) == sentence


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Die Straße wurde am Montag von der Stadt gesperrt.", "Die Stadt hat die Straße am Montag gesperrt."),
        (
            "Der 20-jährige Tatverdächtige wurde von der Bundespolizei festgenommen.",
            "Die Bundespolizei hat den 20-jährigen Tatverdächtigen festgenommen.",
        ),
        (
            "Die Brücke ist von Bürgermeisterin Anna Muster eröffnet worden.",
            "Bürgermeisterin Anna Muster hat die Brücke eröffnet.",
        ),
        (
            "Am Montag wurde ein junger Mann durch den Notarzt versorgt.",
            "Am Montag hat der Notarzt einen jungen Mann versorgt.",
        ),
    ],
)
def test_passive_with_its_agent_becomes_active(source: str, expected: str) -> None:
    assert active(source) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Mann wurde festgenommen.",  # no agent: naming one would invent a fact
        "Ein Auto wurde von der Feuerwehr geborgen.",  # "ein Auto"/"ein Mann": gender unknown
        "Der Preis wurde durch die Schüler gewonnen.",  # "durch die" may be plural
        "Der Zeuge wurde von der Polizei befragt.",  # a weak noun ("den Zeugen") needs its ending
    ],
)
def test_passive_stays_where_active_would_guess(sentence: str) -> None:
    assert active(sentence) == sentence


def test_genitive_of_a_feminine_noun_takes_von() -> None:
    assert rewrite("Die Leiterin der Abteilung hat das Amt übernommen.", None) == (
        "Die Leiterin von der Abteilung hat das Amt übernommen."
    )
    # A plural genitive would need a new noun ending: left for the verifier to refuse.
    assert "der Bürger" in rewrite("Die Zahl der Bürger ist gestiegen.", None)


def test_opening_pronoun_resolved_only_to_the_one_possible_name() -> None:
    assert resolve("Er leitet den Verein seit 2010.", "Max Beispiel wohnt in Köln.") == (
        "Max Beispiel leitet den Verein seit 2010."
    )
    # Another masculine noun could be meant: no guess.
    assert resolve("Er leitet den Verein seit 2010.", "Max Beispiel traf den Trainer.") is None
    assert resolve("Er leitet den Verein.", "Der Verein ist alt.") is None


def test_possessive_bound_to_the_subject_is_no_dangling_pronoun() -> None:
    assert structure_failures("Die Polizei bringt ihre Erfahrung ein.") == []
    assert structure_failures("Der Mann gab der Frau ihre Tasche.")


def test_reported_statement_allows_first_person_and_checks_the_statement() -> None:
    assert structure_failures("Anna Muster sagt: Wir helfen allen Familien.") == []
    assert structure_failures("Anna Muster sagt: Das hilft.")  # "Das" points at nothing
    assert structure_failures("Wir helfen allen Familien.")  # the sender's "wir" without a name


def test_speaker_label_keeps_a_modifier_and_drops_long_roles() -> None:
    assert speaker_label("Max Beispiel", "erster Vorsitzender") == "Erster Vorsitzender Max Beispiel"
    # A modifier is never dropped from its role: a role too long to keep goes whole, the name stays.
    assert speaker_label("Max Beispiel", "Ordinariatsdirektorin") == "Max Beispiel"
    # A long role of plain parts is split by the style step ("Forschungs·feld·leiter") and stays.
    assert speaker_label("Max Beispiel", "Forschungsfeldleiter") == "Forschungsfeldleiter Max Beispiel"
    assert speaker_label("Anna Muster", "Berlins Kultursenatorin") == "Kultursenatorin Anna Muster"
    assert speaker_label("Anna Muster", None) == "Anna Muster"


def test_ranking_puts_lead_and_paragraph_openings_first() -> None:
    sentences = [
        SourceSentence("Lead.", lead=True, paragraph=0, position=0),
        SourceSentence("Detail.", paragraph=1, position=1),
        SourceSentence("Opening.", paragraph=1, position=0),
        SourceSentence("Zitat.", speech=True, speaker="Anna Muster", paragraph=2, position=0),
        SourceSentence("Mehr Zitat.", speech=True, speaker="Anna Muster", paragraph=2, position=1),
        SourceSentence("Ohne Sprecher.", speech=True, paragraph=3, position=0),
    ]
    assert ranked(sentences) == [0, 2, 3, 1, 4]


def test_candidates_frame_speech_and_pass_the_checks() -> None:
    sentences = [SourceSentence("Wir helfen allen Familien.", speech=True, speaker="Anna Muster", role="Leiterin")]
    found = candidates(sentences, lambda s: rewrite(s, None))
    assert [c.text for c in found] == ["Leiterin Anna Muster sagt: Wir helfen allen Familien."]
    assert not rule_failures(found[0].text) and not structure_failures(found[0].text)


def test_shorten_leaves_out_a_nominal_circumstance_but_keeps_dates_and_names() -> None:
    from pressconv.transforms.easy.clauses import shorten

    long = "Am 6. Juni ermittelt der Ausschuss nach Berichterstattung durch die Wahlleiterin das Ergebnis im Land Berlin."
    assert shorten(long) == "Am 6. Juni ermittelt der Ausschuss das Ergebnis im Land Berlin."
    # A phrase that closes the clause may be the verb's complement ("sucht nach …"): it stays.
    kept = "Die Polizei sucht seit dem frühen Morgen des Montags in der ganzen Stadt nach der Entführung."
    assert shorten(kept) == kept
    # Short enough already: nothing goes.
    assert shorten("Die Stadt hat nach Prüfung die Straße gesperrt.") == "Die Stadt hat nach Prüfung die Straße gesperrt."


def test_dash_between_two_main_clauses_splits() -> None:
    assert pieces("Das Museum ist geschlossen – der Umbau dauert bis Mai.") == [
        "Das Museum ist geschlossen.",
        "Der Umbau dauert bis Mai.",
    ]
    assert pieces("Das Büro liegt in der Hauptstraße 115 – 121.") == ["Das Büro liegt in der Hauptstraße 115 – 121."]


def test_shorten_keeps_the_charge_and_never_leaves_half_a_phrase() -> None:
    from pressconv.transforms.easy.clauses import shorten

    sentence = (
        "Die Polizei ermittelt wegen des Verdachts des besonders schweren Diebstahls und des Fahrens ohne Fahrerlaubnis."
    )
    assert shorten(sentence) == sentence


def test_connective_not_dropped_when_the_subject_phrase_goes_on() -> None:
    sentence = "Außerdem wurden Bargeld in vierstelliger Höhe und eine Uhr beschlagnahmt."
    assert pieces(sentence) == [sentence]


def test_abbreviations_before_numbers_do_not_end_a_sentence() -> None:
    from pressconv.transforms.easy.source import split_sentences

    text = "Die Ausgaben steigen auf rd. 2 Mrd. Euro. Am Mo. 3. Mai ist Schluss."
    assert split_sentences(text, "de") == ["Die Ausgaben steigen auf rd. 2 Mrd. Euro.", "Am Mo. 3. Mai ist Schluss."]


def test_shell_noun_with_definite_article_points_back() -> None:
    assert structure_failures("Die Stadtwerke haben den Vorgang übernommen.")
    assert structure_failures("Die Tendenz ist steigend.")
    assert not structure_failures("Die Stadtwerke haben die Leitung repariert.")


def test_leading_clause_of_time_goes_and_the_subject_moves_up() -> None:
    # The clause of time is a fact too: it becomes a main clause of its own, first (subordinate.py).
    assert pieces("Nachdem die Wehr eingetroffen war, löschte die Feuerwehr den Brand.") == [
        "Die Wehr war eingetroffen.",
        "Die Feuerwehr löschte den Brand.",
    ]
    # A condition is never dropped: the main clause alone would be claimed outright.
    sentence = "Wenn es regnet, fällt das Fest aus."
    assert pieces(sentence) == [sentence]


def test_er_resolved_to_the_one_man_introduced_with_ein() -> None:
    previous = "Ein junger Mann fuhr mit der Bahn nach Hause."
    assert resolve("Er kam spät an.", previous) == "Der junge Mann kam spät an."
    # "einen Freund" could be meant as well.
    assert resolve("Er kam spät an.", "Ein junger Mann traf einen Freund.") is None


def test_pronoun_after_a_leading_clause_is_resolved_per_piece() -> None:
    sentences = [
        SourceSentence("Ein junger Mann fuhr mit der Bahn nach Hause.", lead=True),
        SourceSentence("Als er aussteigen wollte, stürzte er und verletzte sich am Bein.", lead=True),
    ]
    texts = [c.text for c in candidates(sentences, lambda s: rewrite(s, None))]
    assert "Der junge Mann ist gestürzt." in texts
    assert "Der junge Mann hat sich am Bein verletzt." in texts


def test_praise_goes_only_outside_negation_and_after_an_article() -> None:
    from pressconv.transforms.easy.clauses import shorten

    assert shorten("Die engagierten Helfer haben den zahlreichen Besuchern am Samstag im Park bei der Suche geholfen.") == (
        "Die Helfer haben den Besuchern am Samstag im Park bei der Suche geholfen."
    )
    negated = "Es gab am Samstag keinen großartigen Schaden an dem Haus und auch nicht an der Garage."
    assert shorten(negated) == negated


def test_summary_reports_a_statement_with_its_speaker_and_never_titles_with_it() -> None:
    from pressconv.model import Metadata, Paragraph, Quotation, Release, Text
    from pressconv.transforms.easy import pipeline

    release = Release(
        meta=Metadata(title=(Text(text="Stellungnahme"),), language="de-DE"),
        body=(
            Paragraph(
                children=(
                    Text(text="Zum neuen Bericht erklärt die Ministerin:"),
                    Quotation(children=(Text(text="Die Schulen brauchen mehr Lehrkräfte."),), speaker="Erika Beispiel"),
                )
            ),
        ),
    )
    draft = pipeline.build(release)
    spoken = [line for line in draft.lines if line.origin == "speech"]
    assert [line.text.replace("·", "") for line in spoken] == ["Erika Beispiel sagt: Die Schulen brauchen mehr Lehrkräfte."]
    assert "sagt" not in (draft.headline or "")


def test_infinitive_clause_after_a_comma_breaks_the_rules() -> None:
    assert any(f.check == "rule.subordinate-clause" for f in rule_failures("Der Verein fordert, Radwege zu bauen."))
    assert not rule_failures("Der Verein will Radwege bauen.")


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Zeugen werden gebeten, sich bei der Polizei zu melden.", "Zeugen sollen sich bei der Polizei melden."),
        ("Die Bevölkerung wird gebeten, den Bereich zu umfahren.", "Die Bevölkerung soll den Bereich umfahren."),
        ("Anwohner werden gebeten, die Feuerwehr anzurufen.", "Anwohner sollen die Feuerwehr anrufen."),
    ],
)
def test_appeal_convention_becomes_soll(source: str, expected: str) -> None:
    from pressconv.transforms.easy.voice import appeal

    assert appeal(source) == expected


def test_appeal_with_a_restricting_clause_is_left_alone() -> None:
    from pressconv.transforms.easy.voice import appeal

    sentence = "Zeugen, die den Unfall sahen, werden gebeten, sich zu melden."
    assert appeal(sentence) == sentence


def test_that_clause_keeps_its_frame_so_a_demand_stays_a_demand() -> None:
    # After the colon a bare present would state the demand as done: "sollen" keeps it a demand.
    assert pieces("Der Verein fordert, dass die Stadt mehr Radwege baut.") == [
        "Der Verein fordert: Die Stadt soll mehr Radwege bauen."
    ]
    # Informing only: the statement stands alone; a separable verb splits around its object.
    assert pieces("Die Polizei teilt mit, dass der Mann nach Hause zurückkommt.") == ["Der Mann kommt nach Hause zurück."]


def test_a_colon_frame_of_a_view_is_never_cut_off() -> None:
    sentence = "Der Verein fordert: Die Stadt baut Radwege und die Bahn fährt öfter."
    assert pieces(sentence) == [sentence]


def test_someone_elses_report_keeps_its_frame() -> None:
    # "berichtet" passes on another's claim; a passive frame hides who informs: never cut off.
    for sentence in (
        "Die Zeitung berichtet, dass der Bürgermeister zurücktritt.",
        "Es wird mitgeteilt, dass die Schule schließt.",
    ):
        assert all(not piece.startswith(("Der Bürgermeister", "Die Schule")) for piece in pieces(sentence))


def test_plural_agent_without_article_takes_haben() -> None:
    assert active("Am Montag wurde der Schüler durch alarmierte Helferinnen in ein Krankenhaus gebracht.") == (
        "Am Montag haben alarmierte Helferinnen den Schüler in ein Krankenhaus gebracht."
    )
    assert active("Am Montag wurde die Brücke von Bürgermeisterin Anna Muster eröffnet.") == (
        "Am Montag hat Bürgermeisterin Anna Muster die Brücke eröffnet."
    )
    # A mass noun may be singular: no guess at the verb's number.
    assert active("Der Mann wurde durch große Hitze verletzt.") == "Der Mann wurde durch große Hitze verletzt."


def test_dabei_inside_goes_from_a_plain_claim_but_not_as_the_complement() -> None:
    assert (
        rewrite("Der Bericht zeigt dabei wichtige Entwicklungen auf.", None)
        == "Der Bericht zeigt wichtige Entwicklungen auf."
    )
    assert rewrite("Die Feuerwehr war auch dabei.", None) == "Die Feuerwehr war auch dabei."


def test_dabei_inside_a_rule_or_negated_claim_stays_it_restricts_the_claim() -> None:
    # A tax office's help days: without "dabei" the sentence says the office gives no advice at all.
    assert (
        rewrite("Eine Beratung im Einzelfall ist dabei nicht möglich.", None)
        == "Eine Beratung im Einzelfall ist dabei nicht möglich."
    )
    # A museum's workshop: a rule for the occasion.
    assert "dabei" in rewrite("Kinder müssen dabei von Erwachsenen begleitet werden.", None)
    # A transport association's call bus: "vorher" says when to book.
    assert "60 Minuten vorher" in rewrite("Fahrten sind 60 Minuten vorher anzumelden.", None)


def test_an_ordinal_after_an_article_ends_no_sentence() -> None:
    """Duden: ordinals are digits with a period; after an article the noun follows, not a new sentence."""
    from pressconv.transforms.easy.source import split_sentences

    text = "Es fand die 500. Kursstunde beim Turnverein statt. Der Verein feiert zum 11. Mal. Es waren 25. Dann kam Regen."
    assert split_sentences(text, "de") == [
        "Es fand die 500. Kursstunde beim Turnverein statt.",
        "Der Verein feiert zum 11. Mal.",
        "Es waren 25.",
        "Dann kam Regen.",
    ]
    # A year after "das" may end a sentence.
    assert split_sentences("Es waren mehr als das 2021. Danach sank die Zahl.", "de") == [
        "Es waren mehr als das 2021.",
        "Danach sank die Zahl.",
    ]


@pytest.mark.parametrize(
    ("passive", "active_form"),
    [
        ("Die Zivilgesellschaft muss stärker eingebunden werden.", "Man muss die Zivilgesellschaft stärker einbinden."),
        ("Die Brücke darf nicht mehr befahren werden.", "Man darf die Brücke nicht mehr befahren."),
        ("Die Anträge müssen bis zum 3. Mai gestellt werden.", "Man muss die Anträge bis zum 3. Mai stellen."),
        ("Im Sommer muss der Spielplatz erneuert werden.", "Im Sommer muss man den Spielplatz erneuern."),
        ("Der Brand konnte schnell gelöscht werden.", "Man konnte den Brand schnell löschen."),
    ],
)
def test_an_agentless_modal_passive_becomes_the_active_with_man(passive: str, active_form: str) -> None:
    from pressconv.transforms.easy.voice import modal_passive

    assert modal_passive(passive) == active_form
    assert not [f for f in rule_failures(active_form) if f.check == "rule.passive"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Schule muss von der Stadt saniert werden.",  # an agent: not agentless
        "Ein Zettel kann online ausgefüllt werden.",  # "ein Zettel": the lexicon does not give the gender
        "Der Schüler wurde schwer verletzt.",  # no modal: an event, "man" could name a culprit
        "Die Straße muss, wenn es schneit, geräumt werden.",  # a clause inside: not the plain form
        "Es dürfen keine Wohnungen verkauft werden.",  # an expletive "es" is no adverbial Vorfeld
    ],
)
def test_other_passives_are_left_for_the_verifier(sentence: str) -> None:
    from pressconv.transforms.easy.voice import modal_passive

    assert modal_passive(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "rewritten"),
    [
        # "weitere" stays: without it "Eine Person war nicht zu Hause." reads as if nobody had
        # been home (blind judgement, session 5); the verifier drops the sentence as a reference.
        ("Eine weitere Person war nicht zu Hause.", "Eine weitere Person war nicht zu Hause."),
        ("Ein weiterer Zeuge meldete sich bei der Polizei.", "Ein weiterer Zeuge hat sich bei der Polizei gemeldet."),
        ("Es gab keine weiteren Verletzten.", "Es hat keine weiteren Verletzten gegeben."),
        ("Die Polizei fand nicht eine weitere Spur.", "Die Polizei hat nicht eine weitere Spur gefunden."),
    ],
)
def test_an_additive_weitere_is_never_dropped(sentence: str, rewritten: str) -> None:
    assert rewrite(sentence, None) == rewritten


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Two main clauses joined by a comma (Duden: Komma zwischen Hauptsätzen) become two sentences.
        (
            "Der Beifahrer flüchtete, der Fahrer zog sich leichte Verletzungen zu.",
            ["Der Beifahrer flüchtete.", "Der Fahrer zog sich leichte Verletzungen zu."],
        ),
        (
            "Die Polizei sucht den Fahrer, die Ermittlungen dauern an.",
            ["Die Polizei sucht den Fahrer.", "Die Ermittlungen dauern an."],
        ),
        # A part that opens with a possessive points outside the summary and is left out.
        ("Sein Beifahrer flüchtete, der Fahrer blieb am Unfallort.", ["Der Fahrer blieb am Unfallort."]),
        # A relative clause is no main clause, a leading subordinate clause is no comma splice.
        ("Die Polizei fand den Mann, der sich versteckt hatte.", ["Die Polizei fand den Mann, der sich versteckt hatte."]),
        ("Weil es regnete, die Straße war nass.", ["Weil es regnete, die Straße war nass."]),
    ],
)
def test_comma_spliced_main_clauses_are_split(sentence: str, expected: list[str]) -> None:
    from pressconv.transforms.easy.clauses import _comma_splice

    assert _comma_splice(sentence) == expected
