"""The paired templates: declared as a set in the template data, the same statement keys for
every group in its own words, the client list in plain Dutch, and a loader that refuses a set
that cannot be set side by side."""

import shutil

import pytest
import yaml

from samenspraak.insights.readability import measure
from samenspraak.instruments.questionnaire import iter_questions
from samenspraak.instruments.templates_catalogue import (
    TEMPLATES_DIR,
    TemplateError,
    paired_sets,
    read_templates,
    statement_keys,
    templates,
)


def test_the_toegangsspiegel_pairs_clients_professionals_and_relatives():
    found = paired_sets()["toegangsspiegel"]
    assert found.title == "Toegangsspiegel"
    assert [g.key for g in found.groups] == ["clienten", "professionals", "naasten"]
    assert found.template_keys == (
        "toegangsspiegel-clienten",
        "toegangsspiegel-professionals",
        "toegangsspiegel-naasten",
    )
    keys = [statement_keys(templates()[key].definition) for key in found.template_keys]
    assert keys[0] == keys[1] == keys[2] and len(keys[0]) == 7
    assert "ggz-spiegel" in templates()["toegangsspiegel-clienten"].methods


def test_templates_without_pairing_are_no_set():
    assert "paired" not in templates()["ceo-wmo"].definition
    assert all(
        key.startswith("toegangsspiegel-")
        for s in paired_sets().values()
        for key in s.template_keys
    )


def test_each_group_is_asked_in_its_own_words():
    words = {}
    for key in paired_sets()["toegangsspiegel"].template_keys:
        for _section, question in iter_questions(templates()[key].definition):
            for statement in question.get("statements", []):
                words.setdefault(statement["key"], set()).add(statement["text"])
    assert all(len(texts) == 3 for texts in words.values())


def test_the_client_list_is_plain_dutch():
    definition = templates()["toegangsspiegel-clienten"].definition
    texts = [definition["intro"], definition["closing"]]
    for _section, question in iter_questions(definition):
        texts.append(question["text"])
        texts += [s["text"] for s in question.get("statements", [])]
    for text in texts:
        assert measure(text).is_b1, text


def copy_with(tmp_path, changes: dict):
    """The shipped templates in a temporary folder, with some of them changed or removed."""
    for path in TEMPLATES_DIR.glob("*.yaml"):
        shutil.copy(path, tmp_path / path.name)
    for name, change in changes.items():
        path = tmp_path / f"{name}.yaml"
        if change is None:
            path.unlink()
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        change(data)
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return tmp_path


def test_the_shipped_set_loads(tmp_path):
    assert len(read_templates(copy_with(tmp_path, {}))) == len(templates())


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        (
            {"toegangsspiegel-professionals": None, "toegangsspiegel-naasten": None},
            "needs at least two templates",
        ),
        (
            {"toegangsspiegel-naasten": lambda d: d["paired"].update(group="clienten")},
            "its own group",
        ),
        (
            {"toegangsspiegel-naasten": lambda d: d["paired"].update(position=2)},
            "its own position",
        ),
        (
            {"toegangsspiegel-naasten": lambda d: d["paired"].update(title="Andere spiegel")},
            "the same title",
        ),
        (
            {
                "toegangsspiegel-naasten": lambda d: [
                    s.update(key=f"{s['key']}_x")
                    for s in d["sections"][0]["questions"][0]["statements"]
                ]
            },
            "shares no statement key",
        ),
        (
            {"toegangsspiegel-naasten": lambda d: d["paired"].pop("label")},
            "'label' is a required property",
        ),
    ],
)
def test_the_loader_refuses_a_set_that_cannot_be_compared(tmp_path, changes, problem):
    with pytest.raises(TemplateError) as error:
        read_templates(copy_with(tmp_path, changes))
    assert any(problem in line for line in error.value.problems), error.value.problems
