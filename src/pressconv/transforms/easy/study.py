"""A study's result said as what researchers found: "Forscher haben heraus·gefunden: Hecken schützen Vögel."

Science communication convention (university and institute press offices): the lead says who found
what, in a "dass" clause after a verb of finding ("hat in einer Studie gezeigt, dass …", "Die
Ergebnisse zeigen, dass …", "haben herausgefunden, dass …"). A summary that names the study but
not its result says nothing.

Correct by construction: the result is the source's own clause, every word kept (its "nicht",
"nur", "können", its figures with their units), only turned from verb-last to verb-second order;
the frame says that researchers found it, so a finding is never stated as a plain fact. The frame
is said only where the main clause reports the study's own finding plainly: not denied ("haben
nicht festgestellt"), not an aim or a possibility ("soll zeigen", "könnte zeigen"), not earlier work
the study answers ("Frühere Studien hatten gezeigt") (plainfact.py). A clause whose subject is a
pronoun or that holds a clause of its own is refused; the verifier checks the length and the words
like every sentence.
"""

from __future__ import annotations

import re
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.plainfact import attributed, conditional, denied, in_the_past, planned

__all__ = ["study_lines"]

# The finder is research: a team, scientists, a study (the press office's own words for them).
# Scientists are also named by their discipline ("Biologen", "Geoökologinnen", "Soziologen": the
# "-loge/-login" nouns of a field of study, Duden word formation).
_RESEARCH: Final = re.compile(r"\b(?:Forsch\w*|Wissenschaftler\w*|Studie\w*)\b")
_DISCIPLINE: Final = re.compile(r"\b[A-ZÄÖÜ]\w*log(?:en|innen|in|e)\b")
# A study's home: a discipline's noun ("Geoökologen") counts as research only with one of these ("Der
# Urologe … stellt fest" names a practitioner, no study).
_STUDY: Final = re.compile(r"\b(?:Universität|Hochschule|Institut\w*|Klinikum)\b")
# A verb of finding, then its "dass" clause to the end of the sentence. A separable verb in the
# present ends its clause with the particle ("weisen nach, dass", "finden heraus, dass": Verbklammer).
_FOUND: Final = re.compile(
    r"\b(?:gezeigt|herausgefunden|nachgewiesen|festgestellt|zeigt|zeigen|belegt|belegen|"
    r"(?:weis(?:t|en)|find(?:et|en)|stell(?:t|en))\b[^,;:()]{0,80}?\b(?:nach|heraus|fest))\s*,\s*dass\s+"
    r"(?P<clause>[^,;:()]+?)\.?$"
)
# "… binden als bislang angenommen": the comparison with what was thought before stands after the
# verb (Nachfeld, Duden grammar: Vergleichssatz); it moves with the clause and stays at its end.
_THOUGHT: Final = re.compile(
    r"\s+(?P<tail>als (?:bislang |bisher |zuvor |lange |allgemein )?(?:angenommen|vermutet|gedacht|erwartet|bekannt))$"
)


def _verb_second(clause: str) -> str | None:
    """ "Hecken den Vögeln Schutz bieten können" -> "Hecken können den Vögeln Schutz bieten"."""
    tagged = [t for t in morph.tag(clause) if not t.pos.startswith("$")]
    if len(tagged) < 3 or len(tagged) != len(clause.split()):
        return None
    last = tagged[-1]
    # The last verb of a "dass" clause is its finite verb; HanTa may read a plural form ("können",
    # "leben") as the infinitive it equals.
    if not (last.pos.startswith("V") and last.pos.endswith(("(FIN)", "(INF)"))):
        return None
    cluster = len(tagged) - 1
    while cluster > 0 and tagged[cluster - 1].pos.startswith("V"):
        cluster -= 1
    if any(t.pos.startswith("V") for t in tagged[:cluster]):
        return None  # a second verb ("… steigt und … sinkt"): the order of two clauses is not one move
    # The first phrase: determiners and adjectives, then one noun (or a name of several words).
    # A second noun right after it starts the next phrase ("Kinder | Gemüse mögen").
    subject_end = 0
    while subject_end < len(tagged) - 1 and tagged[subject_end].pos in ("ART", "PIAT", "PPOSAT", "CARD", "ADJ(A)"):
        subject_end += 1
    if subject_end >= len(tagged) - 1 or tagged[subject_end].pos not in ("NN", "NE"):
        return None  # no noun phrase first ("sie", "im Juni"): refused rather than guessed
    subject_end += 1
    while subject_end < len(tagged) - 1 and tagged[subject_end - 1].pos == "NE" and tagged[subject_end].pos == "NE":
        subject_end += 1
    words = [t.word for t in tagged]
    reordered = [*words[:subject_end], last.word, *words[subject_end:-1]]
    sentence = " ".join(reordered)
    return sentence[:1].upper() + sentence[1:]


def study_lines(body: list[str], subtitle: str = "") -> list[str]:
    """ "Forscher haben heraus·gefunden: …" from the lead's finding (or the subtitle's), where research found it."""
    for sentence in [*([subtitle] if subtitle else []), *body[:3]]:
        match = _FOUND.search(sentence)
        if match is None:
            continue
        frame_words = sentence[: match.start()]
        if not (_RESEARCH.search(frame_words) or (_DISCIPLINE.search(frame_words) and _STUDY.search(frame_words))):
            continue
        frame = sentence[: match.end("clause") - len(match["clause"])]
        # The main clause must report this study's finding as made: a denial, an aim, a demand, a
        # condition or an earlier study's result would be turned into the study's own finding.
        if denied(frame) or planned(frame) or attributed(frame) or conditional(frame) or in_the_past(frame):
            return []
        clause, tail = match["clause"], ""
        thought = _THOUGHT.search(clause)
        if thought is not None:
            clause, tail = clause[: thought.start()], " " + thought["tail"]
        said = _verb_second(clause)
        if said is None:
            return []
        said += tail
        return [f"Forscher haben heraus·gefunden: {said}."]
    return []
