import pytest

from samenspraak.mystery.template import default_template, template_problems


def test_shipped_template_is_valid():
    assert "Bejegening" in default_template()["criteria"]


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ({"scenarios": [], "locations": ["a"], "criteria": ["b"]}, "scenarios: give"),
        (
            {"scenarios": [{"title": "t"}], "locations": ["a"], "criteria": ["b"]},
            "scenarios: every",
        ),
        (
            {
                "scenarios": [{"title": "t", "help_question": "q"}],
                "locations": ["a", "a"],
                "criteria": ["b"],
            },
            "locations: an entry appears twice",
        ),
    ],
)
def test_template_problems(data, problem):
    assert any(p.startswith(problem) for p in template_problems(data))
