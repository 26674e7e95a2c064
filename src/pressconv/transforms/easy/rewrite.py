"""Rewrites of one source sentence that keep its meaning: dates, abbreviations, Perfekt, "von".

Every rewrite is local and reversible in meaning; none cuts a clause. The verifier decides
afterwards whether the result may stand (DESIGN §6: rewritten only where the rewrite is verified).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from pressconv.transforms.easy import morph
from pressconv.transforms.easy.dates import normalise_dates

__all__ = ["rewrite"]

# Abbreviations written out (rule books: no abbreviations). General German usage, not one text's.
_EXPAND: Final = (
    (r"\bz\.\s?B\.", "zum Beispiel"),
    (r"\bu\.\s?a\.", "unter anderem"),
    (r"\bd\.\s?h\.", "das heißt"),
    (r"\bbzw\.", "oder"),
    (r"\bca\.", "etwa"),
    (r"\bNr\.", "Nummer"),
    (r"\bTel\.", "Telefon"),
    (r"\binkl\.", "mit"),
    (r"\bggf\.", "wenn nötig"),
    (r"\bMio\.", "Millionen"),
    (r"\bMrd\.", "Milliarden"),
    (r"\bProf\.", "Professor"),
    (r"\bDr\.\s(?=[A-ZÄÖÜ])", ""),
    (r"\bStr\.", "Straße"),
    (r"\bevtl\.", "vielleicht"),
    (r"\busw\.", "und so weiter"),
    (r"\bsog\.\s", ""),
    (r"\bsowie\b", "und"),
    (r"\s+e\.\s?V\.", ""),
    (r"\bPkw\b|\bPKW\b", "Auto"),
    (r"\bLkw\b|\bLKW\b", "Last·wagen"),
)
_NUMBERS: Final = {
    "zwei": "2", "drei": "3", "vier": "4", "fünf": "5", "sechs": "6", "sieben": "7", "acht": "8",
    "neun": "9", "zehn": "10", "elf": "11", "zwölf": "12",
}  # fmt: skip


def _expand(text: str) -> str:
    for pattern, replacement in _EXPAND:
        text = re.sub(pattern, replacement, text)
    # Numbers as digits (Netzwerk Leichte Sprache, Inclusion Europe).
    text = re.sub(
        rf"\b({'|'.join(_NUMBERS)})\b(?=\s+[A-ZÄÖÜa-zäöü])",
        lambda m: _NUMBERS[m.group(1)],
        text,
    )
    # Parenthetical asides go: they are extra detail, never the statement itself.
    text = re.sub(r"\s*\([^()]*\)", "", text)
    return re.sub(r"\s+([,.!?])", r"\1", re.sub(r"\s{2,}", " ", text)).strip()


def _perfekt(sentence: str) -> str:
    """ "Die Polizei nahm den Mann fest." -> "Die Polizei hat den Mann festgenommen." (one clause only)."""
    tagged = morph.tag(sentence)
    finite = [i for i, t in enumerate(tagged) if t.pos.endswith("(FIN)")]
    if len(finite) != 1 or any(t.pos in ("KON", "$,") for t in tagged):
        return sentence
    index = finite[0]
    verb = tagged[index]
    if verb.pos != "VV(FIN)" or not morph.is_preterite(verb.word) or index == 0:
        return sentence
    particles = [i for i, t in enumerate(tagged) if t.pos == "PTKVZ"]
    particle = tagged[particles[-1]].word if particles else ""
    lemma = verb.lemma if not particle else particle + verb.lemma
    built = morph.participle(lemma, particle)
    if built is None:
        return sentence
    form, auxiliary = built
    plural = verb.word.endswith("en")
    aux = {"haben": ("hat", "haben"), "sein": ("ist", "sind")}[auxiliary][1 if plural else 0]
    words = [t.word for t in tagged]
    out = [*words[:index], aux, *[w for i, w in enumerate(words[index + 1 :], index + 1) if i not in particles]]
    end = out.pop() if out and out[-1] in ".!?" else "."
    out.append(form)
    return _join(out) + end


def _join(words: list[str]) -> str:
    text = " ".join(words)
    text = re.sub(r"\s+([,.!?:;“])", r"\1", text)
    return re.sub(r"„\s+", "„", text)


def _genitive(sentence: str) -> str:
    """ "die Leiterin des Bezirksamts" -> "die Leiterin vom Bezirksamt" (von + dative, same meaning)."""
    tagged = morph.tag(sentence)
    words = [t.word for t in tagged]
    changed = False
    for index, token in enumerate(tagged[:-1]):
        if token.word not in ("des", "eines") or index == 0 or tagged[index - 1].pos not in ("NN", "NE"):
            continue
        following = tagged[index + 1 :]
        noun = next((i for i, t in enumerate(following, index + 1) if t.pos in ("NN", "NE")), None)
        if noun is None or any(t.pos not in ("ADJ(A)",) for t in tagged[index + 1 : noun]):
            continue
        lemma = tagged[noun].lemma
        if not tagged[noun].word.startswith(lemma[: max(3, len(lemma) - 1)]):
            return sentence
        words[index] = "vom" if token.word == "des" else "von einem"
        words[noun] = lemma if tagged[noun].pos == "NN" else re.sub(r"s$", "", tagged[noun].word)
        changed = True
    return _join(words) if changed else sentence


_FEMININE: Final = ("ung", "heit", "keit", "ion", "schaft", "ei", "tät", "ik")


def title_genitive(title: str) -> str:
    """In a headline (no verb to misread), "Hinweise der Polizei" -> "Hinweise von der Polizei".

    Only before a feminine singular noun, where the dative "von der" has the same article; plurals
    ("der Bürger" -> "von den Bürgern") need a new ending and stay as they are.
    """
    from pressconv.transforms.easy.lexicon import lookup

    def replace(match: re.Match[str]) -> str:
        noun = match.group(2)
        entry = lookup(noun)
        feminine = (entry is not None and entry.gender == "die" and noun.lower() in entry.forms[:1]) or noun.endswith(
            _FEMININE
        )
        return f"{match.group(1)} von der {noun}" if feminine else match.group(0)

    return re.sub(r"\b([A-ZÄÖÜ][\wäöüß]+) der ([A-ZÄÖÜ][\wäöüß]+)\b", replace, _genitive(title))


def rewrite(sentence: str, issued: date | None) -> str:
    """The sentence with every safe rewrite applied (it may come back unchanged)."""
    text = normalise_dates(sentence, issued, "de")
    text = _expand(text)
    text = _perfekt(text)
    return _genitive(text)
