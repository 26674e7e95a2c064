"""Dialable phone numbers: the one ``tel:`` derivation the parser and the writers share."""

from __future__ import annotations

import re

__all__ = ["US_PHONE", "phone_tel"]

# A North American number as written: "(202) 224-0000", "202.224.0000", "+1 202-224-0000".
US_PHONE = re.compile(r"\+?1?[ .-]?\(?\d{3}\)?[ .\-/]?\d{3}[ .-]\d{4}")


def phone_tel(number: str, language: str) -> str | None:
    """Derive a dialable ``tel:`` form (``+49231…``) from a phone number as written, when possible.

    It lives outside the parser because writers derive the same form for numbers an API user put
    into a model without one (``writers.base.tel_href``), and writers never import the parser.
    """
    # After a country code the national trunk zero is never dialled, whether it stands alone in
    # brackets ("+49 (0) 30 …") or opens a bracketed area code ("+49 (0231) 50-0").
    if re.match(r"\s*(?:\+|00)", number):
        number = re.sub(r"\(\s*0", "(", number)
    digits = re.sub(r"\D", "", number)
    if number.strip().startswith("+"):
        return "+" + digits if 7 <= len(digits) <= 15 else None
    if digits.startswith("00"):
        return "+" + digits[2:] if 9 <= len(digits) <= 17 else None
    if language.startswith("de") and digits.startswith("0") and len(digits) >= 7:
        return "+49" + digits[1:]
    if language.startswith("en") and len(digits) == 10 and US_PHONE.fullmatch(number.strip()):
        return "+1" + digits
    if language.startswith("en") and len(digits) == 11 and digits.startswith("1"):
        return "+" + digits
    return None
