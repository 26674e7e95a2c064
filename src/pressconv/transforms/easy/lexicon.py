"""A general lexicon of public life: plain explanations, grammatical gender, both role-noun forms.

``lexicon_de.txt`` is written by the project (no copied prose). One entry a line, fields split by
``|``:

- ``N|gender|Head·word|other forms|explanation`` for a noun (gender der/die/das; forms comma-separated);
- ``R|Mask·uline|Femi·nine|predicate`` for a role noun: the explanation is built in the form the text
  uses ("Eine Bürger·meisterin leitet …" for a woman, "Ein Bürger·meister leitet …" for a man);
- ``W|-|Word|other forms|explanation`` for any other word (adjectives, verbs, acronyms).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["Entry", "article", "entries_for", "lexicon", "lookup"]


@dataclass(frozen=True, slots=True)
class Entry:
    """One word as the glossary shows it: headword (with Mediopunkt), forms matched, explanation."""

    word: str
    gender: str
    forms: tuple[str, ...]
    explanation: str
    role: bool = False


def _plain(word: str) -> str:
    return word.replace("·", "").lower()


def _role_entries(masculine: str, feminine: str, predicate: str) -> tuple[Entry, Entry]:
    male_plain, female_plain = _plain(masculine), _plain(feminine)
    # Both forms of the role noun, as the text uses them: singular, plural, dative/genitive endings.
    male_forms = (male_plain, male_plain + "s", male_plain + "n", male_plain + "en", male_plain + "r")
    female_forms = (female_plain, female_plain + "nen")
    male = Entry(masculine, "der", male_forms, f"Ein {masculine} {predicate}", role=True)
    female = Entry(feminine, "die", female_forms, f"Eine {feminine} {predicate}", role=True)
    return male, female


@lru_cache(maxsize=1)
def lexicon() -> tuple[Entry, ...]:
    """Every entry of the German lexicon, in file order."""
    text = resources.files(__package__).joinpath("lexicon_de.txt").read_text(encoding="utf-8")
    entries: list[Entry] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("|")
        if fields[0] == "R" and len(fields) == 4:
            entries.extend(_role_entries(fields[1], fields[2], fields[3]))
        elif fields[0] in ("N", "W") and len(fields) == 5:
            forms = (_plain(fields[2]), *(_plain(f) for f in fields[3].split(",") if f.strip()))
            entries.append(Entry(fields[2], fields[1], tuple(dict.fromkeys(forms)), fields[4]))
    return tuple(entries)


@lru_cache(maxsize=1)
def _index() -> dict[str, Entry]:
    index: dict[str, Entry] = {}
    for entry in lexicon():
        for form in entry.forms:
            index.setdefault(form, entry)
    return index


def lookup(word: str) -> Entry | None:
    """The entry for a word in any of its listed forms, or for the last part of a compound."""
    plain = _plain(word).replace("-", "")
    index = _index()
    if plain in index:
        return index[plain]
    # "Verkehrsunfall" takes its gender from "Unfall": the head of a German compound is its last part.
    for cut in range(1, len(plain) - 3):
        if plain[cut:] in index and index[plain[cut:]].gender in ("der", "die", "das"):
            head = index[plain[cut:]]
            return Entry(word, head.gender, (plain,), "", role=head.role)
    return None


def article(word: str, case: str = "nom") -> str | None:
    """The definite article of a noun by its lexicon gender ("die" Veranstaltung), or None."""
    entry = lookup(word)
    if entry is None or entry.gender not in ("der", "die", "das"):
        return None
    table = {"nom": {"der": "der", "die": "die", "das": "das"}, "acc": {"der": "den", "die": "die", "das": "das"}}
    return table[case][entry.gender]


def _tokens(text: str) -> list[str]:
    return [t.replace("·", "").lower() for t in re.findall(r"[\w·\-]+", text)]


def entries_for(texts: list[str], *, limit: int = 8) -> list[Entry]:
    """Entries for words the summary uses, in order of first use; whole words before compound heads."""
    index = _index()
    seen: dict[str, Entry] = {}
    for text in texts:
        for raw in re.findall(r"[\w·\-]+", text):
            token = raw.replace("·", "").lower()
            # The word itself, its hyphen parts, else the head of a split compound: a
            # "Sozial·senatorin" is a "Senatorin", explained in the form the text uses.
            head = raw.split("·")[-1].lower() if "·" in raw and token not in index else None
            for part in (token, *token.split("-"), *([head] if head else [])):
                entry = index.get(part)
                if entry is not None and entry.explanation and entry.word not in seen:
                    seen[entry.word] = entry
    return list(seen.values())[:limit]
