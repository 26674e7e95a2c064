"""List the string literals of test files that share a run of N words with a dev release.

The project forbids fitting tests to real files: test sentences are invented, or copied from the
shared corpus with their source named in the test file. This check finds the literals that copy a
dev release word for word anyway, so that they can be rewritten with invented sentences of the same
construction. Run it as ``python tools/test_overlap.py [--n 8] [--tests tests/easy] DEV_PATH...``,
where a DEV_PATH is a release file or a folder of ``*.txt`` releases. A shared-corpus release
(``de-*``, ``dc-*``, ``dp-*``) named in the test file counts as a noted source and is listed apart.
Words are compared case-insensitively, punctuation ignored. Exit status 1 when unnoted overlaps remain.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from collections import defaultdict
from pathlib import Path

# A number with its decimal or time separators ("30,70", "17.30") is one word.
_WORD = re.compile(r"\d+(?:[.,:]\d+)*|\w+")
_CORPUS_NAME = re.compile(r"^d[cep]-")


def words(text: str) -> list[str]:
    """The text's words, lower-cased, without punctuation."""
    return [w.lower() for w in _WORD.findall(text)]


def dev_grams(paths: list[Path], n: int) -> dict[tuple[str, ...], set[str]]:
    """Every run of n words of the dev releases, with the releases it occurs in."""
    grams: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for path in paths:
        ws = words(path.read_text(encoding="utf-8", errors="replace"))
        for i in range(len(ws) - n + 1):
            grams[tuple(ws[i : i + n])].add(path.name)
    return grams


def literals(path: Path) -> list[tuple[int, str]]:
    """The string literals of a Python file (docstrings included) with their line numbers."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            out.append((node.lineno, node.value))
    return out


def overlaps(path: Path, grams: dict[tuple[str, ...], set[str]], n: int) -> list[tuple[int, str, set[str], bool, str]]:
    """The literals of a test file that share n words with a dev release.

    Each is (line, literal, releases, noted, longest shared run of words).
    """
    source = path.read_text(encoding="utf-8")
    found = []
    for line, text in literals(path):
        ws = words(text)
        hits: set[str] = set()
        covered = [False] * len(ws)
        for i in range(len(ws) - n + 1):
            got = grams.get(tuple(ws[i : i + n]))
            if got:
                hits |= got
                covered[i : i + n] = [True] * n
        if hits:
            # A corpus release is a noted source only when the test file names it.
            noted = all(_CORPUS_NAME.match(h) and Path(h).stem in source for h in hits)
            runs = " ".join(w if c else "|" for w, c in zip(ws, covered, strict=True)).split("|")
            found.append((line, text, hits, noted, max(runs, key=len).strip()))
    return found


def main(argv: list[str] | None = None) -> int:
    """Print the overlaps, one per literal, and the counts per test file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=8, help="words in a shared run (default 8)")
    parser.add_argument("--tests", type=Path, default=Path("tests/easy"), help="folder of test files")
    parser.add_argument("--glob", default="test_*.py", help="test file pattern (default test_*.py)")
    parser.add_argument("--runs", action="store_true", help="also print the longest shared run")
    parser.add_argument("dev", nargs="+", type=Path, help="dev release files or folders")
    args = parser.parse_args(argv)
    devs = sorted(p for d in args.dev for p in (sorted(d.glob("*.txt")) if d.is_dir() else [d]))
    grams = dev_grams(devs, args.n)
    unnoted = noted = 0
    files: dict[str, int] = {}
    for test in sorted(args.tests.glob(args.glob)):
        for line, text, hits, is_noted, run in overlaps(test, grams, args.n):
            tag = "noted" if is_noted else "COPY"
            short = " ".join(text.split())[:110]
            print(f"{tag} {test.name}:{line}: {short!r} <- {', '.join(sorted(hits))}")
            if args.runs:
                print(f"    shared: {run}")
            if is_noted:
                noted += 1
            else:
                unnoted += 1
                files[test.name] = files.get(test.name, 0) + 1
    print(f"{unnoted} unnoted overlapping literals in {len(files)} files; {noted} from noted corpus releases")
    for name, count in sorted(files.items(), key=lambda kv: -kv[1]):
        print(f"  {count:4d} {name}")
    return 1 if unnoted else 0


if __name__ == "__main__":
    sys.exit(main())
