"""The regional werkvormen of the Inspiratiegids as traject templates.

The data lives in ``templates_data/werkvormen.yaml``: per werkvorm the catalogue method, a
suggested improvement question, its regional purposes, a ready plan of steps and the harvest form
of its meeting. It is checked as a whole when first read; a broken file stops the pages that
use it rather than starting half a traject.
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from django.utils.translation import gettext_lazy

from samenspraak.meetings.harvest import SETTING_KEY, settings_problems
from samenspraak.meetings.models import HarvestForm
from samenspraak.methods.facets import PHASES, REGIONAL_PURPOSES

DATA = Path(__file__).resolve().parent / "templates_data" / "werkvormen.yaml"
STAGE_LABELS = {
    "voorbereiding": gettext_lazy("Preparation"),
    "bijeenkomst": gettext_lazy("Meeting"),
    "oogst": gettext_lazy("Harvest"),
    "vervolg": gettext_lazy("Follow-up"),
}
STAGES = tuple(STAGE_LABELS)
STEP_FIELDS = {"stage", "phase", "text", "who", "when"}
# The landkaart's themes, the wereldcafé's round questions: a harvest form's own settings.
SETTING_FIELDS = set(SETTING_KEY.values())
FIELDS = SETTING_FIELDS | {
    "key",
    "method",
    "harvest_form",
    "title",
    "meeting_title",
    "question",
    "summary",
    "purposes",
    "steps",
}
REQUIRED = FIELDS - SETTING_FIELDS


@dataclass(frozen=True)
class Step:
    stage: str
    phase: str
    text: str
    who: str
    when: str


@dataclass(frozen=True)
class Werkvorm:
    key: str
    method: str
    harvest_form: str
    title: str
    meeting_title: str
    question: str
    summary: str
    purposes: tuple[str, ...]
    steps: tuple[Step, ...]
    harvest_settings: dict

    @property
    def purpose_labels(self) -> list[str]:
        return [REGIONAL_PURPOSES.label_for(p) for p in self.purposes]


def _harvest_settings(entry) -> dict:
    return {key: entry[key] for key in sorted(SETTING_FIELDS) if key in entry}


def _entry_problems(entry) -> list[str]:
    if not isinstance(entry, dict):
        return ["an entry is not a mapping"]
    name = entry.get("key", "?")
    problems = [f"{name}: missing {field}" for field in sorted(REQUIRED - set(entry))]
    problems += [f"{name}: unknown field {field}" for field in sorted(set(entry) - FIELDS)]
    for field in REQUIRED - {"purposes", "steps"}:
        if field in entry and (not isinstance(entry[field], str) or not entry[field].strip()):
            problems.append(f"{name}: {field} must be a non-empty text")
    purposes = entry.get("purposes")
    if not isinstance(purposes, list) or not purposes:
        problems.append(f"{name}: purposes must be a non-empty list")
    else:
        problems += [
            f"{name}: unknown purpose {p}" for p in purposes if p not in REGIONAL_PURPOSES.options
        ]
    if entry.get("harvest_form") not in set(HarvestForm.values) - {HarvestForm.ALGEMEEN}:
        problems.append(f"{name}: unknown harvest_form {entry.get('harvest_form')}")
    else:
        settings = _harvest_settings(entry)
        problems += [f"{name}: {p}" for p in settings_problems(entry["harvest_form"], settings)]
    problems += _steps_problems(name, entry.get("steps"))
    return problems


def _steps_problems(name, steps) -> list[str]:
    if not isinstance(steps, list) or not steps:
        return [f"{name}: steps must be a non-empty list"]
    problems = []
    for number, step in enumerate(steps, start=1):
        if not isinstance(step, dict) or set(step) != STEP_FIELDS:
            problems.append(f"{name}: step {number} needs exactly {sorted(STEP_FIELDS)}")
            continue
        if step["stage"] not in STAGES:
            problems.append(f"{name}: step {number} has unknown stage {step['stage']}")
        if step["phase"] not in PHASES.options:
            problems.append(f"{name}: step {number} has unknown phase {step['phase']}")
        if not all(isinstance(step[f], str) and step[f].strip() for f in ("text", "who", "when")):
            problems.append(f"{name}: step {number} needs text, who and when")
    stages = [step.get("stage") for step in steps if isinstance(step, dict)]
    if [s for s in STAGES if s in stages] != list(STAGES):
        problems.append(f"{name}: the plan needs every stage: {', '.join(STAGES)}")
    elif stages != sorted(stages, key=lambda s: STAGES.index(s) if s in STAGES else 0):
        problems.append(f"{name}: steps must follow the order {', '.join(STAGES)}")
    return problems


def werkvorm_problems(data) -> list[str]:
    """Everything wrong with the data file, so one run shows every mistake."""
    if not isinstance(data, dict) or not isinstance(data.get("werkvormen"), list):
        return ["the file needs a list 'werkvormen'"]
    problems = []
    for entry in data["werkvormen"]:
        problems += _entry_problems(entry)
    keys = [entry.get("key") for entry in data["werkvormen"] if isinstance(entry, dict)]
    problems += [f"duplicate key {key}" for key in sorted({k for k in keys if keys.count(k) > 1})]
    return problems


def parse(data) -> tuple[Werkvorm, ...]:
    problems = werkvorm_problems(data)
    if problems:
        raise ValueError(f"{DATA.name}: " + "; ".join(problems))
    return tuple(
        Werkvorm(
            key=entry["key"],
            method=entry["method"],
            harvest_form=entry["harvest_form"],
            title=entry["title"].strip(),
            meeting_title=entry["meeting_title"].strip(),
            question=entry["question"].strip(),
            summary=entry["summary"].strip(),
            purposes=tuple(entry["purposes"]),
            steps=tuple(Step(**{k: v.strip() for k, v in step.items()}) for step in entry["steps"]),
            harvest_settings=_harvest_settings(entry),
        )
        for entry in data["werkvormen"]
    )


@cache
def werkvormen() -> tuple[Werkvorm, ...]:
    return parse(yaml.safe_load(DATA.read_text(encoding="utf-8")))


def werkvorm_for(key: str) -> Werkvorm | None:
    return next((w for w in werkvormen() if w.key == key), None)


def werkvormen_for_method(slug: str) -> list[Werkvorm]:
    """The ready traject templates built on a catalogue method, for its method page."""
    return [w for w in werkvormen() if w.method == slug]


def label_for(key: str) -> str:
    werkvorm = werkvorm_for(key)
    return werkvorm.title if werkvorm else key
