"""Aligning the release's words with an output's words: in-order matching and repair of split words."""

from __future__ import annotations

import bisect
import itertools
from collections import Counter

__all__ = ["align_in_order", "join_broken_words", "split_line_end_joins"]

# Below this many words on either side, a stretch between two anchors is aligned exactly (dynamic
# programming); above it, greedily with a look-ahead window, which keeps pathological inputs (100 000
# identical lines) linear.
_EXACT_LIMIT = 40_000
_ALIGN_WINDOW = 64
_CONTEXT = 3


def align_in_order(expected: list[str], found: list[str]) -> set[int]:
    """Indices of ``expected`` that are part of a longest in-order match against ``found``.

    Patience alignment, as in ``git diff --patience``: words that occur exactly once in both
    stretches are anchors; the longest run of anchors in the same order fixes the alignment, and
    the stretches between anchors are aligned the same way, recursively. An extra copy of the title
    in the output (``<title>``, a running header) or a dateline printed after the title cannot
    derail it, as it derailed a greedy walk. Runs in about O(n log n) on real text.
    """
    matched: set[int] = set()
    stack = [(0, len(expected), 0, len(found))]
    while stack:
        a_lo, a_hi, b_lo, b_hi = stack.pop()
        # Equal words at both ends need no search.
        while a_lo < a_hi and b_lo < b_hi and expected[a_lo] == found[b_lo]:
            matched.add(a_lo)
            a_lo, b_lo = a_lo + 1, b_lo + 1
        while a_lo < a_hi and b_lo < b_hi and expected[a_hi - 1] == found[b_hi - 1]:
            matched.add(a_hi - 1)
            a_hi, b_hi = a_hi - 1, b_hi - 1
        if a_lo >= a_hi or b_lo >= b_hi:
            continue
        anchors = _unique_anchors(expected, a_lo, a_hi, found, b_lo, b_hi)
        if not anchors:
            matched |= _align_small(expected, a_lo, a_hi, found, b_lo, b_hi)
            continue
        previous_a, previous_b = a_lo, b_lo
        for a, b in anchors:
            matched.add(a)
            stack.append((previous_a, a, previous_b, b))
            previous_a, previous_b = a + 1, b + 1
        stack.append((previous_a, a_hi, previous_b, b_hi))
    return matched


def _unique_anchors(
    expected: list[str], a_lo: int, a_hi: int, found: list[str], b_lo: int, b_hi: int
) -> list[tuple[int, int]]:
    """The longest increasing run of (expected, found) index pairs of words unique on both sides."""
    in_expected = Counter(expected[a_lo:a_hi])
    in_found = Counter(found[b_lo:b_hi])
    found_at = {found[b]: b for b in range(b_lo, b_hi) if in_found[found[b]] == 1}
    pairs = [
        (a, found_at[expected[a]]) for a in range(a_lo, a_hi) if in_expected[expected[a]] == 1 and expected[a] in found_at
    ]
    # Longest increasing subsequence of the found indices (patience sorting, O(k log k)).
    tails: list[int] = []
    tail_index: list[int] = []
    parent: list[int] = [-1] * len(pairs)
    for index, (_, b) in enumerate(pairs):
        at = bisect.bisect_left(tails, b)
        if at == len(tails):
            tails.append(b)
            tail_index.append(index)
        else:
            tails[at] = b
            tail_index[at] = index
        parent[index] = tail_index[at - 1] if at else -1
    run: list[tuple[int, int]] = []
    index = tail_index[-1] if tail_index else -1
    while index >= 0:
        run.append(pairs[index])
        index = parent[index]
    return run[::-1]


def _align_small(expected: list[str], a_lo: int, a_hi: int, found: list[str], b_lo: int, b_hi: int) -> set[int]:
    """Align a stretch without unique words: exactly when small, else greedily within a window."""
    rows, columns = a_hi - a_lo, b_hi - b_lo
    if rows * columns <= _EXACT_LIMIT:
        # Longest common subsequence by dynamic programming, then walk back.
        lengths = [[0] * (columns + 1) for _ in range(rows + 1)]
        for i in range(rows - 1, -1, -1):
            row, below = lengths[i], lengths[i + 1]
            word = expected[a_lo + i]
            for j in range(columns - 1, -1, -1):
                row[j] = below[j + 1] + 1 if word == found[b_lo + j] else max(below[j], row[j + 1])
        matched: set[int] = set()
        i = j = 0
        while i < rows and j < columns:
            if expected[a_lo + i] == found[b_lo + j]:
                matched.add(a_lo + i)
                i, j = i + 1, j + 1
            elif lengths[i + 1][j] >= lengths[i][j + 1]:
                i += 1
            else:
                j += 1
        return matched
    positions: dict[str, list[int]] = {}
    for index in range(b_lo, b_hi):
        positions.setdefault(found[index], []).append(index)
    matched = set()
    cursor = b_lo
    for index in range(a_lo, a_hi):
        candidates = positions.get(expected[index])
        if not candidates:
            continue
        at = bisect.bisect_left(candidates, cursor)
        if at >= len(candidates):
            continue
        place = candidates[at]
        # A near match is taken; a far one only when the next words follow it too, so that one
        # common word ("die", "the") cannot drag the alignment past everything in between.
        near = place - cursor <= _ALIGN_WINDOW
        if near or _continues(expected, index, a_hi, found, place, b_hi):
            matched.add(index)
            cursor = place + 1
    return matched


def _continues(expected: list[str], index: int, a_hi: int, found: list[str], place: int, b_hi: int) -> bool:
    """True if the words after ``expected[index]`` also follow ``found[place]`` (up to three)."""
    span = min(_CONTEXT, a_hi - index - 1, b_hi - place - 1)
    return span > 0 and expected[index + 1 : index + 1 + span] == found[place + 1 : place + 1 + span]


def split_line_end_joins(found: list[str], expected: list[str]) -> list[str]:
    """Undo the joining of a word that ends in a hyphen at a line end with the next word.

    PDF text extraction joins a line that ends in a hyphen with the next one (PDFium marks such a
    hyphen U+FFFE, poppler drops it): "Transparenz-" at the end of a line and "und" on the next
    come out as "transparenzund". A
    found token that is no word of the release but is two adjacent release words run together is
    split back into those two words before the alignment.
    """
    known = set(expected)
    pairs = {first + second: (first, second) for first, second in itertools.pairwise(expected)}
    result: list[str] = []
    for token in found:
        if token not in known and token in pairs:
            result.extend(pairs[token])
        else:
            result.append(token)
    return result


def join_broken_words(found: list[str], expected: list[str]) -> list[str]:
    """Join the pieces of a release word that the output broke over several lines.

    A token wider than the page (a 128-character hash, a 40 kB run) is broken anywhere in the PDF,
    and the PDF's text layer gives one piece per line. Consecutive found tokens that are no release word but
    together spell one are put back together; each piece is looked at once or twice, so this stays
    linear in the length of the text.
    """
    known = set(expected)
    by_head: dict[str, list[str]] = {}
    for word in known:
        if len(word) > _HEAD:
            by_head.setdefault(word[:_HEAD], []).append(word)
    result: list[str] = []
    index = 0
    while index < len(found):
        token = found[index]
        joined: tuple[str, int, list[int]] | None = None
        if token not in known and len(token) >= _HEAD:
            for word in by_head.get(token[:_HEAD], ()):
                pieces = _pieces_of(word, found, index)
                if pieces is not None:
                    joined = (word, *pieces)
                    break
        if joined is None:
            result.append(token)
            index += 1
        else:
            # The running header and footer read between the pieces stay, after the word.
            word, end, between = joined
            result.append(word)
            result += [found[k] for k in between]
            index = end
    return result


def _pieces_of(word: str, found: list[str], start: int) -> tuple[int, list[int]] | None:
    """Where the pieces of ``word`` starting at ``found[start]`` end, and the tokens read between them.

    Between two pieces a page break may put the running header and footer (title words, a page
    number): up to ``_PAGE_FURNITURE`` tokens that do not continue the word are stepped over.
    """
    position, after = 0, start
    between: list[int] = []
    while position < len(word) and after < len(found):
        piece = found[after]
        if word.startswith(piece, position):
            position += len(piece)
            after += 1
            continue
        ahead = next(
            (
                k
                for k in range(after + 1, min(after + 1 + _PAGE_FURNITURE, len(found)))
                # A piece found past page furniture must be long enough to be told from a stray
                # short word: "whistleblower" … "s" of a later "U.S." is no broken "whistleblowers".
                if word.startswith(found[k], position) and len(found[k]) >= _HEAD
            ),
            None,
        )
        if ahead is None or after == start:
            break
        between += range(after, ahead)
        after = ahead
    if position == len(word) and after > start + 1:
        return after, between
    return None


# Pieces of a broken word are found by their first characters; shorter words are never broken.
_HEAD = 4
# Tokens a page break puts between two lines: running header and footer ("Seite 2 von 15").
_PAGE_FURNITURE = 16
