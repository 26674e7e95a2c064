"""A definite role noun the summary never introduced, but the release did, becomes indefinite."""

from __future__ import annotations

from pressconv.transforms.easy.references import indefinite_opener
from tests.easy.support import easy_body

_POLICE = (
    "Am Montag ist ein Lieferwagen in Nordheim gegen eine Mauer gefahren. "
    "Der Fahrer blieb unverletzt. Die Mauer ist beschädigt."
)
_CLUB = (
    "Eine Zeugin hat den Vorfall am Sportplatz Birkenau beobachtet. "
    "Die aufmerksame Zeugin rief den Platzwart. Die Trainer sind zufrieden."
)


def test_role_noun_the_release_introduced_is_made_indefinite() -> None:
    assert indefinite_opener("Der Fahrer ist unverletzt geblieben.", _POLICE) == "Ein Fahrer ist unverletzt geblieben."


def test_adjective_takes_the_strong_ending_of_another_sender() -> None:
    assert indefinite_opener("Die aufmerksame Zeugin hat den Platz·wart gerufen.", _CLUB) == (
        "Eine aufmerksame Zeugin hat den Platz·wart gerufen."
    )


def test_plural_and_non_role_nouns_stay() -> None:
    assert indefinite_opener("Die Trainer sind zufrieden.", _CLUB) is None
    # A thing that is no role stays definite unless the release introduced it with "ein" (session 7:
    # "gegen eine Mauer gefahren" … "Eine Mauer ist beschädigt." states what the release states).
    assert indefinite_opener("Der Zaun ist beschädigt.", _POLICE) is None
    assert indefinite_opener("Die Mauer ist beschädigt.", _POLICE) == "Eine Mauer ist beschädigt."


def test_a_role_the_release_never_introduced_stays() -> None:
    assert indefinite_opener("Der Täter ist geflohen.", _POLICE) is None


def test_summary_keeps_the_unhurt_cyclist_whose_introduction_was_dropped() -> None:
    # The first sentence is dropped (a concession is never cut: select._CONCESSIVE); the second
    # would point at nothing. (A factual "als" clause is now cut into main clauses: subordinate.py.)
    body = easy_body(
        "Radfahrerin stürzt in Nordheim",
        "Eine Radfahrerin ist am Dienstag auf dem nassen Radweg an der Bachstraße in Nordheim gestürzt, "
        "obwohl sie langsam fuhr. Die Radfahrerin blieb unverletzt.",
        organisation="Polizeiinspektion Nordheim",
    )
    assert "Eine Radfahrerin ist unverletzt geblieben." in body
    assert "Die Radfahrerin" not in body
