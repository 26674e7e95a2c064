"""A fire brigade writing as "wir" is found as the sender from the brigades alarmed with it."""

from __future__ import annotations

from pressconv.transforms.easy.sender import find_sender


def test_companion_brigades_make_the_writer_a_brigade() -> None:
    body = [
        "Am Montag rückten wir zu einem Kellerbrand in der Mühlgasse aus.",
        "Mit uns im Einsatz waren die Feuerwehr Oberholz und die Feuerwehr Kleinau.",
    ]
    sender = find_sender(None, None, body)
    assert sender is not None and sender.name == "Feuerwehr" and sender.gender == "die"


def test_neighbouring_brigades_of_another_writer() -> None:
    body = [
        "Wir wurden am Abend zu einem Flächenbrand am Waldrand gerufen.",
        "Mit uns alarmiert wurden auch die Nachbarwehren aus Tannhausen und Lindach.",
    ]
    sender = find_sender(None, None, body)
    assert sender is not None and sender.name == "Feuerwehr"


def test_police_or_rescue_as_companion_says_nothing_about_the_writer() -> None:
    body = [
        "Wir haben am Samstag ein Sommerfest für Familien gefeiert.",
        "Mit uns vor Ort waren die Polizei und der Rettungsdienst.",
    ]
    assert find_sender(None, None, body) is None


def test_a_named_sender_wins_over_the_brigade_rule() -> None:
    body = ["Mit uns im Einsatz waren die Feuerwehren aus Talheim und Bergdorf."]
    sender = find_sender("Freiwillige Feuerwehr Wiesental", None, body)
    assert sender is not None and sender.name == "Freiwillige Feuerwehr Wiesental"
