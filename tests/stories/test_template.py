import pytest

from samenspraak.stories.template import default_template, template_problems


def test_shipped_template_is_valid():
    template = default_template()
    assert "Familielid of mantelzorger" in template["roles"]
    assert "Wachten" in template["topics"]


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ({"roles": [], "topics": ["a"], "ask_msc": True}, "roles: give at least one"),
        ({"roles": ["a", "a"], "topics": ["b"], "ask_msc": True}, "roles: an entry appears twice"),
        ({"roles": ["a"], "topics": [""], "ask_msc": True}, "topics: every entry"),
        ({"roles": ["a"], "topics": ["b"], "ask_msc": "ja"}, "ask_msc: true or false"),
    ],
)
def test_template_problems(data, problem):
    assert any(p.startswith(problem) for p in template_problems(data))
