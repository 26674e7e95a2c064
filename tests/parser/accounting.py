"""Word accounting for the tests: the parser's own ``text.lost`` self-check, applied to a ParseResult."""

from __future__ import annotations

from collections import Counter

from pressconv.api import ParseResult
from pressconv.parser.accounting import lost_words


def missing_words(source_text: str, result: ParseResult) -> Counter[str]:
    """Words of the input (with multiplicity) that appear neither in the model nor in ``removed``."""
    return lost_words(source_text, result.release, result.removed)
