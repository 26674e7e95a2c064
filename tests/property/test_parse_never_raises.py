"""Property: the parser never raises and always returns a release with a title, whatever the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressconv.api import parse
from pressconv.model import inline_text
from pressconv.writers.json import release_from_json, release_to_json

# Text biased towards what the parser looks for: quote marks, list markers, dates, labels, URLs.
_PIECES = st.sampled_from(
    [
        "„",
        "“",
        "”",
        '"',
        "»",
        "«",
        "• ",
        "- ",
        "* ",
        "1. ",
        "\t",
        "\n",
        "\n\n",
        "  ",
        ": ",
        ", so ",
        "said ",
        "20.09.2018",
        "September 20, 2018",
        "Nr. 12",
        "Kontakt:",
        "Pressekontakt",
        "Über ",
        "About ",
        "###",
        "-30-",
        "www.example.de",
        "https://x.example.com/a?b=c",
        "a@b.de",
        "Tel. 030 1234",
        "Oberbürgermeister Max Muster freut sich",
        "Weitere Informationen: ",
        "---",
        "[x](https://y.de)",
        "\u00a0",
        "Sperrfrist: ",
        "(ots)",
        "Foto: ",
        "Die ",
        "Der ",
        "ALLES GROSS",
        "Dortmund, ",
    ]
)
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=30)), max_size=60).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_parse_never_raises(text: str) -> None:
    result = parse(text)
    assert inline_text(result.release.meta.title)
    assert not [d for d in result.diagnostics if d.code == "parser.internal"], result.diagnostics
    # The JSON document reads back into the same model.
    assert release_from_json(release_to_json(result)) == result.release


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=400))
def test_parse_bytes_raises_only_input_errors(data: bytes) -> None:
    from pressconv.errors import InputError

    try:
        parse(data)
    except InputError as error:
        assert "\n" not in error.message
