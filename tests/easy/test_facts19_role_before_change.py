"""Session 19, facts: a role named with a relative time adjective ("die bisherige Leiterin X") is the
role before the change the sentence tells, never said as the present one (facts.py), on invented
releases of a ministry and a sports club."""

from __future__ import annotations

from pressconv.transforms.easy.facts import _people


def test_a_former_role_makes_no_role_line() -> None:
    # A ministry appoints its department head; "ist bisherige Abteilungsleiterin" would be no German
    # and would say the old role holds.
    body = ["Das Kabinett hat die bisherige Abteilungsleiterin Dr. Petra Beispiel zur Staatssekretärin ernannt."]
    assert all(p.name != "Petra Beispiel" for p in _people(body))
    # A club thanks its outgoing chairman.
    body = ["Der Verein dankte dem Vorstand, der scheidende Vorsitzende Karl Muster bekam Applaus."]
    assert all(p.name != "Karl Muster" for p in _people(body))


def test_a_present_role_with_its_modifier_stays() -> None:
    body = ["Die stellvertretende Leiterin Anna Beispiel eröffnete die Ausstellung."]
    people = _people(body)
    assert [(p.name, p.role) for p in people] == [("Anna Beispiel", "stellvertretende Leiterin")]
