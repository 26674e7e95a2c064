"""Collect every sentence the easy verifier left out over the dev releases (NEAR.md); run with PYTHONPATH=src."""

import collections
import glob
import json
import sys

from pressconv.api import parse
from pressconv.transforms.easy.pipeline import build

PATTERNS = (
    "/work/shared/corpus/de-*.txt",
    "/work/shared/corpus/annotated/texts/d*.txt",
    "/work/dev17/r*.txt",
    "/work/dev17b/r*.txt",
    "/work/dev18/r*.txt",
)


def main(out: str) -> None:
    rows = []
    for pattern in PATTERNS:
        for path in sorted(glob.glob(pattern)):
            with open(path, "rb") as handle:
                release = parse(handle.read(), path=path).release
            draft = build(release)
            for text, failures in draft.dropped:
                checks = sorted({f.check for f in failures})
                matches = sorted({f"{f.check}={f.match}" for f in failures})
                rows.append({"file": path, "checks": checks, "matches": matches, "text": text})
            rows.append(
                {
                    "file": path,
                    "summary": [line.text for line in draft.lines],
                    "contact": [line.text for line in draft.contact],
                }
            )
    with open(out, "w", encoding="utf-8") as handle:
        json.dump(rows, handle, ensure_ascii=False, indent=0)
    rows = [r for r in rows if "checks" in r]
    combos = collections.Counter(", ".join(r["checks"]) for r in rows)
    singles = collections.Counter(c for r in rows for c in r["checks"])
    print(f"{len(rows)} left out")
    for combo, count in combos.most_common(40):
        print(f"{count:4d}  {combo}")
    print("--- single checks")
    for check, count in singles.most_common():
        print(f"{count:4d}  {check}")


if __name__ == "__main__":
    main(sys.argv[1])
