"""Questionnaire templates: versioned data files, validated like the method catalogue."""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from .questionnaire import definition_problems, iter_questions

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates_data" / "questionnaires"


class TemplateError(Exception):
    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("Invalid questionnaire templates:\n" + "\n".join(problems))


@dataclass(frozen=True)
class QuestionnaireTemplate:
    key: str
    title: str
    description: str
    methods: tuple[str, ...]
    definition: dict

    @property
    def question_count(self) -> int:
        return sum(len(section["questions"]) for section in self.definition["sections"])


def read_templates(directory: Path | None = None) -> list[QuestionnaireTemplate]:
    directory = directory or TEMPLATES_DIR
    problems, templates = [], []
    for path in sorted(directory.glob("*.yaml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as error:
            problems.append(f"{path.name}: not valid YAML: {error}")
            continue
        file_problems = [f"{path.name}: {p}" for p in definition_problems(data)]
        if not file_problems and data["key"] != path.stem:
            file_problems.append(f"{path.name}: key '{data['key']}' must equal the file name")
        problems += file_problems
        if not file_problems:
            templates.append(
                QuestionnaireTemplate(
                    key=data["key"],
                    title=data["title"],
                    description=data.get("staff_description", ""),
                    methods=tuple(data.get("methods", [])),
                    definition=data,
                )
            )
    problems += _paired_problems(templates)
    if problems:
        raise TemplateError(problems)
    return templates


@cache
def templates() -> dict[str, QuestionnaireTemplate]:
    return {template.key: template for template in read_templates()}


@dataclass(frozen=True)
class PairedGroup:
    key: str
    label: str
    template_key: str
    position: int


@dataclass(frozen=True)
class PairedSet:
    """Templates that ask several groups the same statements, each group in its own words.
    The group at position 1 is the one the others are compared with."""

    key: str
    title: str
    groups: tuple[PairedGroup, ...]

    @property
    def template_keys(self) -> tuple[str, ...]:
        return tuple(group.template_key for group in self.groups)


PAIRED_STATEMENT_TYPES = {"likert5", "smiley5", "yes_no"}


def statement_keys(definition: dict) -> set[str]:
    """Keys that can be set side by side: matrix statements and single closed statements."""
    keys = set()
    for _section, question in iter_questions(definition):
        if question["type"] == "matrix":
            keys |= {statement["key"] for statement in question["statements"]}
        elif question["type"] in PAIRED_STATEMENT_TYPES:
            keys.add(question["key"])
    return keys


def _group_sets(found) -> dict[str, list[QuestionnaireTemplate]]:
    sets: dict[str, list[QuestionnaireTemplate]] = {}
    for template in found:
        if "paired" in template.definition:
            sets.setdefault(template.definition["paired"]["set"], []).append(template)
    return sets


def _paired_problems(found) -> list[str]:
    """A set needs two groups, one title, distinct groups and positions, and statements every
    group shares with the first: otherwise there is nothing to set side by side."""
    problems = []
    for key, members in _group_sets(found).items():
        pairs = [member.definition["paired"] for member in members]
        if len(members) < 2:
            problems.append(f"paired set '{key}': needs at least two templates")
            continue
        if len({pair["title"] for pair in pairs}) > 1:
            problems.append(f"paired set '{key}': every template must give the same title")
        for field in ("group", "position"):
            if len({pair[field] for pair in pairs}) < len(pairs):
                problems.append(f"paired set '{key}': each template needs its own {field}")
        members = sorted(members, key=lambda m: m.definition["paired"]["position"])
        shared = statement_keys(members[0].definition)
        for member in members[1:]:
            if not shared & statement_keys(member.definition):
                problems.append(
                    f"{member.key}: shares no statement key with {members[0].key} in set '{key}'"
                )
    return problems


@cache
def paired_sets() -> dict[str, PairedSet]:
    found = {}
    for key, members in _group_sets(templates().values()).items():
        groups = sorted(
            (
                PairedGroup(
                    key=member.definition["paired"]["group"],
                    label=member.definition["paired"]["label"],
                    template_key=member.key,
                    position=member.definition["paired"]["position"],
                )
                for member in members
            ),
            key=lambda group: group.position,
        )
        found[key] = PairedSet(key, members[0].definition["paired"]["title"], tuple(groups))
    return found


def templates_for_method(slug: str) -> list[QuestionnaireTemplate]:
    return [t for t in templates().values() if slug in t.methods]


def personalise(definition: dict, municipality_name: str):
    """Fill in the municipality's name wherever a template says {gemeente}."""
    if isinstance(definition, str):
        return definition.replace("{gemeente}", municipality_name)
    if isinstance(definition, list):
        return [personalise(item, municipality_name) for item in definition]
    if isinstance(definition, dict):
        return {key: personalise(value, municipality_name) for key, value in definition.items()}
    return definition
