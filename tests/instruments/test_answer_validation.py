"""Every question type accepts what it should and explains in Dutch what it refuses."""

import pytest

from samenspraak.instruments.questionnaire import AnswerError, choices_for, clean_answer


def raw(**fields):
    return {key: value if isinstance(value, list) else [value] for key, value in fields.items()}


Q = {
    "single": {
        "key": "q",
        "type": "single_choice",
        "text": "?",
        "required": True,
        "options": [{"value": "a", "label": "A"}, {"value": "b", "label": "B"}],
        "other_option": True,
    },
    "multi": {
        "key": "q",
        "type": "multiple_choice",
        "text": "?",
        "allow_unknown": True,
        "options": [{"value": "a", "label": "A"}, {"value": "b", "label": "B"}],
    },
    "likert": {"key": "q", "type": "likert5", "text": "?", "allow_unknown": True, "required": True},
    "mark0": {"key": "q", "type": "mark_0_10", "text": "?"},
    "mark1": {"key": "q", "type": "mark_1_10", "text": "?"},
    "smiley3": {"key": "q", "type": "smiley3", "text": "?"},
    "smiley5": {"key": "q", "type": "smiley5", "text": "?"},
    "yesno": {"key": "q", "type": "yes_no", "text": "?", "required": True},
    "number": {"key": "q", "type": "number", "text": "?", "min": 0, "max": 10, "required": True},
    "date": {"key": "q", "type": "date", "text": "?"},
    "short": {"key": "q", "type": "text_short", "text": "?", "required": True},
    "long": {"key": "q", "type": "text_long", "text": "?", "max_length": 20},
    "matrix": {
        "key": "q",
        "type": "matrix",
        "text": "?",
        "scale": "likert5",
        "required": True,
        "statements": [{"key": "s1", "text": "Een"}, {"key": "s2", "text": "Twee"}],
    },
}


@pytest.mark.parametrize(
    ("kind", "fields", "expected"),
    [
        ("single", raw(q="a"), "a"),
        (
            "single",
            raw(q="anders", q_anders="Via de huisarts"),
            {"choice": "anders", "other": "Via de huisarts"},
        ),
        ("multi", raw(q=["a", "b"]), ["a", "b"]),
        ("multi", raw(q="weet_niet"), ["weet_niet"]),
        ("multi", raw(), None),
        ("likert", raw(q="4"), "4"),
        ("likert", raw(q="weet_niet"), "weet_niet"),
        ("mark0", raw(q="0"), "0"),
        ("mark1", raw(q="10"), "10"),
        ("smiley3", raw(q="3"), "3"),
        ("smiley5", raw(q="1"), "1"),
        ("yesno", raw(q="nee"), "nee"),
        ("number", raw(q="7"), 7),
        ("number", raw(q="2,5"), 2.5),
        ("date", raw(q="2027-03-15"), "2027-03-15"),
        ("date", raw(q="15-03-2027"), "2027-03-15"),
        ("date", raw(q="5/3/2027"), "2027-03-05"),
        ("short", raw(q="  Prima geholpen  "), "Prima geholpen"),
        ("long", raw(q=""), None),
        ("matrix", raw(s1="5", s2="2"), {"s1": "5", "s2": "2"}),
    ],
)
def test_accepted_answers(kind, fields, expected):
    assert clean_answer(Q[kind], fields) == expected


@pytest.mark.parametrize(
    ("kind", "fields", "message"),
    [
        ("single", raw(), "Kies een antwoord."),
        ("single", raw(q="c"), "Kies een van de antwoorden uit de lijst."),
        ("single", raw(q=["a", "b"]), "Kies maar één antwoord."),
        ("single", raw(q="anders"), "U koos “anders”. Schrijf op wat u bedoelt."),
        (
            "multi",
            raw(q=["a", "weet_niet"]),
            "“Weet ik niet” kunt u niet combineren met andere antwoorden.",
        ),
        ("likert", raw(q="6"), "Kies een van de antwoorden uit de lijst."),
        ("mark0", raw(q="11"), "Kies een van de antwoorden uit de lijst."),
        ("mark1", raw(q="0"), "Kies een van de antwoorden uit de lijst."),
        ("smiley3", raw(q="4"), "Kies een van de antwoorden uit de lijst."),
        ("yesno", raw(), "Kies een antwoord."),
        ("number", raw(q="elf"), "Vul een getal in, bijvoorbeeld 12."),
        ("number", raw(q="11"), "Vul een getal in tussen 0 en 10."),
        ("number", raw(), "Vul een getal in."),
        ("date", raw(q="31-02-2027"), "Vul een datum in, bijvoorbeeld 15-03-2027."),
        ("short", raw(q="   "), "Schrijf een antwoord."),
        ("long", raw(q="x" * 21), "Uw antwoord is te lang. Gebruik hooguit 20 tekens."),
        ("matrix", raw(s1="5"), "Kies bij elke zin een antwoord."),
        ("matrix", raw(s1="5", s2="9"), "Kies bij elke zin een antwoord."),
    ],
)
def test_refused_answers_explain_in_dutch(kind, fields, message):
    with pytest.raises(AnswerError) as error:
        clean_answer(Q[kind], fields)
    assert str(error.value) == message


def test_every_scale_point_has_a_text_label():
    for kind in ("likert", "smiley3", "smiley5", "yesno"):
        labels = [choice.label for choice in choices_for(Q[kind])]
        assert all(label and not label.isdigit() for label in labels), kind
    assert choices_for(Q["likert"])[-1].label.startswith("Weet ik niet")
