"""Definitions must be sound before they can be saved: schema, keys, skip logic, types."""

import copy

import pytest

from samenspraak.instruments.questionnaire import definition_problems, visible_questions


def definition(**overrides):
    base = {
        "key": "proef",
        "title": "Proefvragenlijst",
        "intro": "De gemeente wil weten hoe u de hulp ervaart. Het duurt vijf minuten.",
        "closing": "Dank u wel. In juni leest u wat we met de antwoorden doen.",
        "estimated_minutes": 5,
        "sections": [
            {
                "key": "contact",
                "title": "Contact",
                "questions": [
                    {
                        "key": "had_contact",
                        "type": "yes_no",
                        "text": "Had u contact met het wijkteam?",
                        "required": True,
                    },
                    {
                        "key": "wachttijd",
                        "type": "number",
                        "text": "Hoeveel dagen wachtte u?",
                        "min": 0,
                        "max": 365,
                        "show_if": {
                            "all": [{"question": "had_contact", "op": "equals", "value": "ja"}]
                        },
                    },
                ],
            },
            {
                "key": "oordeel",
                "title": "Uw oordeel",
                "show_if": {"any": [{"question": "wachttijd", "op": "greater_than", "value": 14}]},
                "questions": [{"key": "waarom", "type": "text_long", "text": "Wat ging er mis?"}],
            },
        ],
    }
    base.update(overrides)
    return base


def test_sound_definition_has_no_problems():
    assert definition_problems(definition()) == []


def test_schema_errors_are_reported_with_their_path():
    broken = definition()
    broken["sections"][0]["questions"][0]["type"] = "slider"
    problems = definition_problems(broken)
    assert problems and problems[0].startswith("sections/0/questions/0/type")


def test_condition_on_a_later_question_is_refused():
    broken = definition()
    broken["sections"][0]["questions"][0]["show_if"] = {
        "all": [{"question": "wachttijd", "op": "greater_than", "value": 1}]
    }
    assert any("geen eerdere vraag" in p for p in definition_problems(broken))


def test_condition_on_itself_is_a_cycle_and_refused():
    broken = definition()
    broken["sections"][0]["questions"][1]["show_if"] = {
        "all": [{"question": "wachttijd", "op": "greater_than", "value": 1}]
    }
    assert any(
        "“wachttijd”, en dat is geen eerdere vraag" in p for p in definition_problems(broken)
    )


def test_condition_on_a_deleted_question_is_refused():
    broken = definition()
    del broken["sections"][0]["questions"][0]
    assert any("“had_contact”" in p for p in definition_problems(broken))


def test_duplicate_keys_are_refused():
    broken = definition()
    extra = copy.deepcopy(broken["sections"][0]["questions"][0])
    broken["sections"][1]["questions"].append(extra)
    assert any("twee keer gebruikt" in p for p in definition_problems(broken))


def test_matrix_statement_keys_count_as_question_keys():
    broken = definition()
    broken["sections"][1]["questions"].append(
        {
            "key": "stellingen",
            "type": "matrix",
            "text": "Hoe eens bent u het met deze zinnen?",
            "scale": "likert5",
            "statements": [{"key": "waarom", "text": "A"}, {"key": "b", "text": "B"}],
        }
    )
    assert any(
        "“waarom”: de sleutel is twee keer gebruikt" in p for p in definition_problems(broken)
    )


@pytest.mark.parametrize(
    ("question", "message"),
    [
        ({"key": "k", "type": "single_choice", "text": "Kies"}, "minstens twee antwoorden"),
        ({"key": "k", "type": "matrix", "text": "Kies"}, "zinnen en een schaal"),
        ({"key": "k", "type": "number", "text": "Getal", "min": 5, "max": 5}, "laagste getal"),
    ],
)
def test_type_specific_requirements(question, message):
    broken = definition()
    broken["sections"][1]["questions"].append(question)
    assert any(message in p for p in definition_problems(broken))


def test_skip_logic_follows_the_answers():
    d = definition()
    keys = lambda answers: [q["key"] for _, q in visible_questions(d, answers)]  # noqa: E731
    assert keys({}) == ["had_contact"]
    assert keys({"had_contact": "nee"}) == ["had_contact"]
    assert keys({"had_contact": "ja"}) == ["had_contact", "wachttijd"]
    assert keys({"had_contact": "ja", "wachttijd": 10}) == ["had_contact", "wachttijd"]
    assert keys({"had_contact": "ja", "wachttijd": 30}) == ["had_contact", "wachttijd", "waarom"]


def test_one_of_condition_with_multiple_choice_answers():
    d = definition()
    d["sections"][1]["show_if"] = {
        "all": [{"question": "had_contact", "op": "one_of", "value": ["ja", "weet_niet"]}]
    }
    assert [q["key"] for _, q in visible_questions(d, {"had_contact": "ja"})][-1] == "waarom"
