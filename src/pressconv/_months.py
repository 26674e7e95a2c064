"""Month names per language: the one table the writers, the easy-language transform and the checks share."""

from __future__ import annotations

from typing import Final

__all__ = ["MONTHS_DE", "MONTHS_EN"]

MONTHS_DE: Final = (
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
)  # fmt: skip
MONTHS_EN: Final = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
