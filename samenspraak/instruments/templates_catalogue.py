"""Questionnaire templates: versioned data files, validated like the method catalogue."""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from .questionnaire import definition_problems

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
    if problems:
        raise TemplateError(problems)
    return templates


@cache
def templates() -> dict[str, QuestionnaireTemplate]:
    return {template.key: template for template in read_templates()}


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
