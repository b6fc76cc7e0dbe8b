"""The werkvormen data file: sound, complete for the five regional werkvormen, and checked."""

import copy
from pathlib import Path

import pytest
import yaml
from django.utils import translation

from samenspraak.trajects import werkvormen as module
from samenspraak.trajects.werkvormen import STAGES, werkvorm_problems, werkvormen

CATALOGUE = Path(module.__file__).resolve().parents[1] / "methods/catalogue/methods"
FIVE = {"landkaart", "werkbezoek", "wereldcafe", "de-week-van", "kunst-en-cultuur"}


def raw():
    return yaml.safe_load(module.DATA.read_text(encoding="utf-8"))


def test_data_file_is_sound_and_holds_the_five_werkvormen():
    assert werkvorm_problems(raw()) == []
    assert {w.key for w in werkvormen()} == FIVE


@pytest.mark.parametrize("werkvorm", werkvormen(), ids=lambda w: w.key)
def test_each_werkvorm_is_complete(werkvorm):
    assert (CATALOGUE / f"{werkvorm.method}.yaml").exists()
    assert werkvorm.harvest_form == werkvorm.key
    assert werkvorm.question.endswith("?")
    assert [step.stage for step in werkvorm.steps] == list(STAGES)
    assert all(step.who and step.when and step.text for step in werkvorm.steps)
    assert werkvorm.purpose_labels and all(werkvorm.purpose_labels)


def test_landkaart_and_wereldcafe_bring_their_themes_and_rounds():
    by_key = {w.key: w for w in werkvormen()}
    assert len(by_key["landkaart"].harvest_settings["themes"]) >= 3
    assert len(by_key["wereldcafe"].harvest_settings["rounds"]) == 3
    assert by_key["werkbezoek"].harvest_settings == {}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["werkvormen"][0]["purposes"].append("gezellig"), "unknown purpose gezellig"),
        (lambda d: d["werkvormen"][0].pop("question"), "missing question"),
        (lambda d: d["werkvormen"][1].update(harvest_form="quiz"), "unknown harvest_form quiz"),
        (lambda d: d["werkvormen"][1]["steps"].pop(), "every stage"),
        (lambda d: d["werkvormen"][1]["steps"].reverse(), "follow the order"),
        (lambda d: d["werkvormen"][2]["steps"][0].update(phase="dromen"), "unknown phase dromen"),
        (lambda d: d["werkvormen"][0].update(themes=[]), "at least one line"),
        (lambda d: d["werkvormen"].append(d["werkvormen"][0]), "duplicate key landkaart"),
    ],
)
def test_problems_are_reported(change, expected):
    data = copy.deepcopy(raw())
    change(data)
    with translation.override("en"):  # the data file's problems are for developers
        problems = werkvorm_problems(data)
    assert any(expected in problem for problem in problems), problems
    with pytest.raises(ValueError, match=r"werkvormen\.yaml"):
        module.parse(data)
