"""The NEAR.md tables from near_collect.py's output: left-out sentences by reasons, key facts estimated."""

import collections
import json
import re
import sys

# A key fact by the rubric's item 1 (who, what, when, where, what to do), estimated from the words:
# a date, weekday or time; a phone, e-mail or web address; an amount; a reader action; an address.
KEY = re.compile(
    r"\d{1,2}\.\s+[A-ZÄÖÜ][a-zä]+|\b(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\w*|\d+(?::\d+)? Uhr"
    r"|\b0\d{2,5}[\s/-]+\d|@|www\.|\d[\d.,]* (?:tausend |Millionen )?(?:Euro|€|Prozent)|\bHinweise\b|\bmelden\b"
    r"|\banmelden\b|\bAnmeldung\b|\bgesperrt\b|\bverletzt\b|\bfestgenommen\b|\bstraße\b|\bSie\b(?! \w+ (?:ist|hat))"
)

FAMILIES = (
    ("phone or e-mail in a body sentence", lambda r: any(m.startswith("rule.big-number=0") for m in r["matches"]) or "@" in r["text"]),
    ("'X wird als … beschrieben'", lambda r: " als " in r["text"] and "beschrieben" in r["text"]),
    ("'Beide …' opener", lambda r: r["text"].startswith("Beide ")),
    ("'Auch …' opener", lambda r: any(m == "guard.dangling-opener=Auch" for m in r["matches"])),
    ("13-15 words, too long only", lambda r: r["checks"] == ["rule.too-long"] and 13 <= len(r["text"].split()) <= 15),
    ("not introduced only", lambda r: r["checks"] == ["guard.not-introduced"]),
    ("passive only", lambda r: r["checks"] == ["rule.passive"]),
    ("web address", lambda r: "www." in r["text"]),
)


def rows(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [r for r in json.load(handle) if "checks" in r]


def main(before_path: str, after_path: str) -> None:
    before, after = rows(before_path), rows(after_path)
    print(f"Left out: {len(before)} before, {len(after)} after; estimated key facts "
          f"{sum(bool(KEY.search(r['text'])) for r in before)} before, {sum(bool(KEY.search(r['text'])) for r in after)} after.\n")
    print("| reasons | left out (before) | key fact est. | left out (after) |")
    print("|---|---:|---:|---:|")
    combos = collections.Counter(", ".join(r["checks"]) for r in before)
    key = collections.Counter(", ".join(r["checks"]) for r in before if KEY.search(r["text"]))
    later = collections.Counter(", ".join(r["checks"]) for r in after)
    for combo, count in combos.most_common(30):
        print(f"| {combo} | {count} | {key[combo]} | {later[combo]} |")
    print("\n| class | before | key fact est. | after |")
    print("|---|---:|---:|---:|")
    for name, test in FAMILIES:
        b = [r for r in before if test(r)]
        a = [r for r in after if test(r)]
        print(f"| {name} | {len(b)} | {sum(bool(KEY.search(r['text'])) for r in b)} | {len(a)} |")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
